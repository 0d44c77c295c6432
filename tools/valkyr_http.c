/* valkyr_http.c — HTTP/1.1 request heads, chunked bodies and OpenAI request
   bodies, parsed without any I/O. See valkyr_http.h. */
#if defined(__MINGW32__) && !defined(__USE_MINGW_ANSI_STDIO)
#  define __USE_MINGW_ANSI_STDIO 1   /* C99 printf formats on MinGW */
#endif
#include "valkyr_http.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- HTTP/1.1 request heads --------------------------------------------- */

static bool http_is_tchar(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static bool http_ieq(const char *a, size_t an, const char *b) {
    size_t i, bn = strlen(b);
    if (an != bn) return false;
    for (i = 0; i < an; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

static int http_fail(int *status, const char **why, int st, const char *w) {
    *status = st;
    *why = w;
    return HTTP_ERROR;
}

/* Finds the next line at *pos: its text is [*ls, *le) without CR LF or LF;
   *pos moves past it. False when no newline is in buf[*pos, len). */
static bool http_next_line(const char *buf, size_t len, size_t *pos, size_t *ls, size_t *le) {
    const char *nl = (const char *)memchr(buf + *pos, '\n', len - *pos);
    size_t e;
    if (!nl) return false;
    e = (size_t)(nl - buf);
    *ls = *pos;
    *le = (e > *pos && buf[e - 1] == '\r') ? e - 1 : e;
    *pos = e + 1;
    return true;
}

/* Calls fn for each comma-separated, blank-trimmed element of a header value. */
static void http_each_token(const char *v, size_t n, void (*fn)(void *, const char *, size_t), void *user) {
    size_t i = 0;
    while (i < n) {
        size_t s, e;
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ',')) i++;
        s = i;
        while (i < n && v[i] != ',') i++;
        e = i;
        while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t')) e--;
        if (e > s) fn(user, v + s, e - s);
    }
}

typedef struct http_conn_tokens { bool close, keep_alive; } http_conn_tokens;
static void http_conn_token(void *user, const char *t, size_t n) {
    http_conn_tokens *c = (http_conn_tokens *)user;
    if (http_ieq(t, n, "close")) c->close = true;
    else if (http_ieq(t, n, "keep-alive")) c->keep_alive = true;
}
typedef struct http_te_tokens { int n; bool chunked_last; } http_te_tokens;
static void http_te_token(void *user, const char *t, size_t n) {
    http_te_tokens *c = (http_te_tokens *)user;
    c->n++;
    c->chunked_last = http_ieq(t, n, "chunked");
}

int http_parse_head(const char *buf, size_t len, size_t max_head, http_request *req, int *status, const char **why) {
    size_t pos = 0, ls, le, end, i, start;
    bool have_cl = false, have_te = false, close = false, ka = false;
    const char *line;
    size_t n;
    memset(req, 0, sizeof *req);
    req->content_length = -1;
    *status = 0;
    *why = "";
    /* leading empty lines (a client may send CR LF after a body) */
    while (pos < len && (buf[pos] == '\n' || buf[pos] == '\r')) {
        if (buf[pos] == '\r' && pos + 1 < len && buf[pos + 1] != '\n') return http_fail(status, why, 400, "stray CR");
        if (buf[pos] == '\r' && pos + 1 >= len) break;
        pos += buf[pos] == '\r' ? 2 : 1;
        if (pos > max_head) return http_fail(status, why, 431, "request head too large");
    }
    start = pos;
    /* find the blank line that ends the head before parsing anything */
    for (;;) {
        if (!http_next_line(buf, len, &pos, &ls, &le)) {
            if (len >= max_head) return http_fail(status, why, 431, "request head too large");
            return HTTP_INCOMPLETE;
        }
        if (pos > max_head) return http_fail(status, why, 431, "request head too large");
        if (le == ls) break;
    }
    end = pos;
    pos = start;
    http_next_line(buf, end, &pos, &ls, &le);

    /* request line: method SP target SP HTTP/1.x */
    line = buf + ls;
    n = le - ls;
    for (i = 0; i < n && http_is_tchar((unsigned char)line[i]); i++) {}
    if (i == 0 || i > 32 || i >= n || line[i] != ' ') return http_fail(status, why, 400, "malformed request line");
    req->method = line;
    req->method_len = i;
    {
        size_t t0 = i + 1, t1 = t0, v;
        while (t1 < n && (unsigned char)line[t1] > 0x20 && (unsigned char)line[t1] < 0x7F && line[t1] != '#') t1++;
        if (t1 == t0 || t1 >= n || line[t1] != ' ') return http_fail(status, why, 400, "malformed request target");
        v = t1 + 1;
        if (n - v != 8 || memcmp(line + v, "HTTP/", 5) != 0 || line[v + 5] < '0' || line[v + 5] > '9' || line[v + 6] != '.' ||
            line[v + 7] < '0' || line[v + 7] > '9')
            return http_fail(status, why, 400, "malformed HTTP version");
        if (line[v + 5] != '1') return http_fail(status, why, 505, "only HTTP/1.0 and HTTP/1.1 are served");
        req->version_minor = line[v + 7] == '0' ? 0 : 1;
        /* origin-form "/path?query", absolute-form "http://host/path?query", or "*" */
        {
            const char *tg = line + t0;
            size_t tn = t1 - t0, p = 0, q;
            if (tg[0] == '/') {
                p = 0;
            } else if (tn == 1 && tg[0] == '*') {
                p = 0;
            } else if ((tn > 7 && http_ieq(tg, 7, "http://")) || (tn > 8 && http_ieq(tg, 8, "https://"))) {
                p = tg[4] == ':' ? 7 : 8;
                while (p < tn && tg[p] != '/' && tg[p] != '?') p++;
                if (p == tn || tg[p] == '?') {   /* no path: it is "/" */
                    req->path = "/";
                    req->path_len = 1;
                    if (p < tn) { req->query = tg + p + 1; req->query_len = tn - p - 1; }
                    goto target_done;
                }
            } else {
                return http_fail(status, why, 400, "malformed request target");
            }
            for (q = p; q < tn && tg[q] != '?'; q++) {}
            req->path = tg + p;
            req->path_len = q - p;
            if (q < tn) { req->query = tg + q + 1; req->query_len = tn - q - 1; }
        }
    target_done:;
    }

    /* header fields */
    while (http_next_line(buf, end, &pos, &ls, &le) && le > ls) {
        http_header *h;
        size_t c, vs, ve;
        line = buf + ls;
        n = le - ls;
        if (line[0] == ' ' || line[0] == '\t') return http_fail(status, why, 400, "obsolete line folding");
        for (c = 0; c < n && http_is_tchar((unsigned char)line[c]); c++) {}
        if (c == 0 || c >= n || line[c] != ':') return http_fail(status, why, 400, "malformed header field");
        vs = c + 1;
        ve = n;
        while (vs < ve && (line[vs] == ' ' || line[vs] == '\t')) vs++;
        while (ve > vs && (line[ve - 1] == ' ' || line[ve - 1] == '\t')) ve--;
        for (i = vs; i < ve; i++) {
            unsigned char ch = (unsigned char)line[i];
            if ((ch < 0x20 && ch != '\t') || ch == 0x7F) return http_fail(status, why, 400, "control character in a header value");
        }
        if (req->n_headers == HTTP_MAX_HEADERS) return http_fail(status, why, 431, "too many header fields");
        h = &req->headers[req->n_headers++];
        h->name = line;
        h->name_len = c;
        h->value = line + vs;
        h->value_len = ve - vs;
        if (http_ieq(h->name, h->name_len, "content-length")) {
            int64_t v = 0;
            if (h->value_len == 0 || h->value_len > 15) return http_fail(status, why, 400, "bad Content-Length");
            for (i = 0; i < h->value_len; i++) {
                if (h->value[i] < '0' || h->value[i] > '9') return http_fail(status, why, 400, "bad Content-Length");
                v = v * 10 + (h->value[i] - '0');
            }
            if (have_cl && v != req->content_length) return http_fail(status, why, 400, "conflicting Content-Length");
            have_cl = true;
            req->content_length = v;
        } else if (http_ieq(h->name, h->name_len, "transfer-encoding")) {
            http_te_tokens te = {0, false};
            http_each_token(h->value, h->value_len, http_te_token, &te);
            if (have_te || te.n != 1 || !te.chunked_last) return http_fail(status, why, 501, "unsupported Transfer-Encoding (only chunked)");
            have_te = true;
        } else if (http_ieq(h->name, h->name_len, "connection")) {
            http_conn_tokens ct = {false, false};
            http_each_token(h->value, h->value_len, http_conn_token, &ct);
            close = close || ct.close;
            ka = ka || ct.keep_alive;
        } else if (http_ieq(h->name, h->name_len, "expect")) {
            if (!http_ieq(h->value, h->value_len, "100-continue")) return http_fail(status, why, 417, "unsupported Expect");
            req->expect_continue = req->version_minor >= 1;
        }
    }
    if (have_te && req->version_minor == 0) return http_fail(status, why, 400, "Transfer-Encoding in an HTTP/1.0 request");
    if (have_te && have_cl) return http_fail(status, why, 400, "both Content-Length and Transfer-Encoding");
    req->chunked = have_te;
    req->keep_alive = req->version_minor >= 1 ? !close : (ka && !close);
    req->head_len = end;
    return HTTP_DONE;
}

const char *http_header_get(const http_request *req, const char *name, size_t *len) {
    size_t i;
    for (i = 0; i < req->n_headers; i++)
        if (http_ieq(req->headers[i].name, req->headers[i].name_len, name)) {
            if (len) *len = req->headers[i].value_len;
            return req->headers[i].value;
        }
    if (len) *len = 0;
    return NULL;
}

/* ---- chunked bodies ------------------------------------------------------ */

enum { CK_SIZE0, CK_SIZE, CK_EXT, CK_SIZE_LF, CK_DATA, CK_DATA_END, CK_DATA_LF, CK_TRAILER, CK_TRAILER_LINE, CK_TRAILER_LF,
       CK_END_LF, CK_DONE };

#define HTTP_MAX_CHUNK_LINE 1024      /* a size line with its extensions */
#define HTTP_MAX_TRAILERS 8192        /* all trailer lines together */

static int http_hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int http_ck_fail(http_chunked *d, int status) {
    d->status = status;
    return HTTP_ERROR;
}

int http_chunked_decode(http_chunked *d, char *body, size_t n, size_t max_body) {
    while (d->in < n) {
        char c = body[d->in];
        if (d->state == CK_DATA) {
            size_t k = n - d->in;
            if ((uint64_t)k > d->remaining) k = (size_t)d->remaining;
            memmove(body + d->out, body + d->in, k);
            d->out += k;
            d->in += k;
            d->remaining -= k;
            if (d->remaining == 0) d->state = CK_DATA_END;
            continue;
        }
        d->in++;
        switch (d->state) {
        case CK_SIZE0:
            if (http_hex(c) < 0) return http_ck_fail(d, 400);
            d->remaining = (uint64_t)http_hex(c);
            d->line = 1;
            d->state = CK_SIZE;
            break;
        case CK_SIZE:
        case CK_EXT:
            if (c == '\r' || c == '\n') {
                if (c == '\r') { d->state = CK_SIZE_LF; break; }
                goto size_line_done;
            }
            if (++d->line > HTTP_MAX_CHUNK_LINE) return http_ck_fail(d, 400);
            if (d->state == CK_SIZE && http_hex(c) >= 0) {
                if (d->line > 16) return http_ck_fail(d, 400);
                d->remaining = d->remaining * 16 + (uint64_t)http_hex(c);
            } else if (c == ';' || c == ' ' || c == '\t') {
                d->state = CK_EXT;
            } else if (d->state == CK_SIZE || (unsigned char)c < 0x20 || c == 0x7F) {
                return http_ck_fail(d, 400);
            }
            break;
        case CK_SIZE_LF:
            if (c != '\n') return http_ck_fail(d, 400);
        size_line_done:
            if (d->remaining == 0) { d->state = CK_TRAILER; d->line = 0; break; }
            if (d->remaining > (uint64_t)(max_body - d->out)) return http_ck_fail(d, 413);
            d->state = CK_DATA;
            break;
        case CK_DATA_END:
            if (c == '\r') d->state = CK_DATA_LF;
            else if (c == '\n') d->state = CK_SIZE0;
            else return http_ck_fail(d, 400);
            break;
        case CK_DATA_LF:
            if (c != '\n') return http_ck_fail(d, 400);
            d->state = CK_SIZE0;
            break;
        case CK_TRAILER:
            if (c == '\r') d->state = CK_END_LF;
            else if (c == '\n') { d->state = CK_DONE; return HTTP_DONE; }
            else if ((unsigned char)c < 0x20 && c != '\t') return http_ck_fail(d, 400);
            else { d->state = CK_TRAILER_LINE; if (++d->line > HTTP_MAX_TRAILERS) return http_ck_fail(d, 400); }
            break;
        case CK_TRAILER_LINE:
            if (c == '\r') d->state = CK_TRAILER_LF;
            else if (c == '\n') d->state = CK_TRAILER;
            else if ((unsigned char)c < 0x20 && c != '\t') return http_ck_fail(d, 400);
            else if (++d->line > HTTP_MAX_TRAILERS) return http_ck_fail(d, 400);
            break;
        case CK_TRAILER_LF:
            if (c != '\n') return http_ck_fail(d, 400);
            d->state = CK_TRAILER;
            break;
        case CK_END_LF:
            if (c != '\n') return http_ck_fail(d, 400);
            d->state = CK_DONE;
            return HTTP_DONE;
        default:   /* CK_DONE: the caller should have stopped */
            d->in--;
            return HTTP_DONE;
        }
    }
    return d->state == CK_DONE ? HTTP_DONE : HTTP_INCOMPLETE;
}

const char *http_status_text(int status) {
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

/* ---- OpenAI request bodies ---------------------------------------------- */

void oai_error_set(oai_error *e, int status, const char *type, const char *code, const char *param, const char *fmt, ...) {
    va_list ap;
    e->status = status;
    e->type = type;
    e->code = code;
    snprintf(e->param, sizeof e->param, "%s", param ? param : "");
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
}

void oai_error_write(vkr_json_writer *w, const oai_error *e) {
    vkr_json_begin_object(w);
    vkr_json_key(w, "error");
    vkr_json_begin_object(w);
    vkr_json_key(w, "message"); vkr_json_write_string(w, e->message);
    vkr_json_key(w, "type"); vkr_json_write_string(w, e->type ? e->type : "invalid_request_error");
    vkr_json_key(w, "param");
    if (e->param[0]) vkr_json_write_string(w, e->param); else vkr_json_write_null(w);
    vkr_json_key(w, "code");
    if (e->code) vkr_json_write_string(w, e->code); else vkr_json_write_null(w);
    vkr_json_end_object(w);
    vkr_json_end_object(w);
}

static const char *oai_type_name(const vkr_json *v) {
    static const char *names[] = {"null", "boolean", "boolean", "number", "string", "array", "object"};
    return v && v->type >= VKR_JSON_NULL && v->type <= VKR_JSON_OBJECT ? names[v->type] : "missing";
}

/* A member that is present and not null, or NULL. */
static const vkr_json *oai_get(const vkr_json *obj, const char *key) {
    const vkr_json *v = vkr_json_get(obj, key);
    return v && v->type != VKR_JSON_NULL ? v : NULL;
}

#define OAI_BAD(param, ...) do { oai_error_set(err, 400, "invalid_request_error", NULL, param, __VA_ARGS__); return false; } while (0)
#define OAI_UNSUPPORTED(param, ...) do { oai_error_set(err, 400, "invalid_request_error", "unsupported_parameter", param, __VA_ARGS__); return false; } while (0)

/* An optional number in [lo, hi]; *out is left alone when absent. */
static bool oai_number(const vkr_json *root, const char *key, double lo, double hi, float *out, oai_error *err) {
    const vkr_json *v = oai_get(root, key);
    if (!v) return true;
    if (v->type != VKR_JSON_NUMBER) OAI_BAD(key, "Invalid type for '%s': expected a number, but got %s.", key, oai_type_name(v));
    if (!(v->num >= lo && v->num <= hi)) OAI_BAD(key, "Invalid value for '%s': %g is not in [%g, %g].", key, v->num, lo, hi);
    *out = (float)v->num;
    return true;
}

/* An optional integer in [lo, hi]; *present tells whether it was there. */
static bool oai_integer(const vkr_json *root, const char *key, int64_t lo, int64_t hi, int64_t *out, bool *present, oai_error *err) {
    const vkr_json *v = oai_get(root, key);
    *present = false;
    if (!v) return true;
    if (v->type != VKR_JSON_NUMBER || !vkr_json_int(v, out))
        OAI_BAD(key, "Invalid type for '%s': expected an integer, but got %s.", key, v->type == VKR_JSON_NUMBER ? "a decimal" : oai_type_name(v));
    if (*out < lo || *out > hi) OAI_BAD(key, "Invalid value for '%s': %lld is not in [%lld, %lld].", key, (long long)*out, (long long)lo, (long long)hi);
    *present = true;
    return true;
}

static bool oai_boolean(const vkr_json *root, const char *key, bool *out, oai_error *err) {
    const vkr_json *v = oai_get(root, key);
    if (!v) return true;
    if (!vkr_json_bool(v, out)) OAI_BAD(key, "Invalid type for '%s': expected a boolean, but got %s.", key, oai_type_name(v));
    return true;
}

static bool oai_role_known(const char *r) {
    static const char *roles[] = {"system", "developer", "user", "assistant", "tool", "function"};
    size_t i;
    for (i = 0; i < sizeof roles / sizeof roles[0]; i++) if (!strcmp(r, roles[i])) return true;
    return false;
}

/* Checks the messages and writes them as the template wants them. */
static bool oai_messages(const vkr_json *msgs, vkr_json_writer *w, oai_error *err) {
    size_t i, j;
    char param[128];
    if (!msgs) OAI_BAD("messages", "Missing required parameter: 'messages'.");
    if (msgs->type != VKR_JSON_ARRAY) OAI_BAD("messages", "Invalid type for 'messages': expected an array, but got %s.", oai_type_name(msgs));
    if (msgs->len == 0) OAI_BAD("messages", "Invalid 'messages': empty array. Expected an array with minimum length 1.");
    vkr_json_begin_array(w);
    for (i = 0; i < msgs->len; i++) {
        const vkr_json *m = &msgs->items[i], *role, *content, *v;
        const char *copy[] = {"name", "tool_call_id", "reasoning_content"};
        size_t k;
        snprintf(param, sizeof param, "messages[%llu]", (unsigned long long)i);
        if (m->type != VKR_JSON_OBJECT) OAI_BAD(param, "Invalid type for '%s': expected an object, but got %s.", param, oai_type_name(m));
        role = vkr_json_get(m, "role");
        snprintf(param, sizeof param, "messages[%llu].role", (unsigned long long)i);
        if (!role) OAI_BAD(param, "Missing required parameter: '%s'.", param);
        if (role->type != VKR_JSON_STRING) OAI_BAD(param, "Invalid type for '%s': expected a string, but got %s.", param, oai_type_name(role));
        if (!oai_role_known(role->str) || strlen(role->str) != role->len)
            OAI_BAD(param, "Invalid value for '%s': expected one of 'system', 'developer', 'user', 'assistant', 'tool' or 'function'.", param);
        vkr_json_begin_object(w);
        vkr_json_key(w, "role");
        vkr_json_write_string(w, !strcmp(role->str, "developer") ? "system" : role->str);
        content = vkr_json_get(m, "content");
        snprintf(param, sizeof param, "messages[%llu].content", (unsigned long long)i);
        vkr_json_key(w, "content");
        if (!content || content->type == VKR_JSON_NULL) {
            if (strcmp(role->str, "assistant") != 0) OAI_BAD(param, "Missing required parameter: '%s'.", param);
            vkr_json_write_string(w, "");
        } else if (content->type == VKR_JSON_STRING) {
            vkr_json_write_string_n(w, content->str, content->len);
        } else if (content->type == VKR_JSON_ARRAY) {
            /* text parts, joined with newlines into one string */
            size_t total = 0, at = 0;
            char *joined;
            for (j = 0; j < content->len; j++) {
                const vkr_json *part = &content->items[j], *type, *text;
                snprintf(param, sizeof param, "messages[%llu].content[%llu]", (unsigned long long)i, (unsigned long long)j);
                if (part->type != VKR_JSON_OBJECT) OAI_BAD(param, "Invalid type for '%s': expected an object, but got %s.", param, oai_type_name(part));
                type = vkr_json_get(part, "type");
                snprintf(param, sizeof param, "messages[%llu].content[%llu].type", (unsigned long long)i, (unsigned long long)j);
                if (!type || type->type != VKR_JSON_STRING) OAI_BAD(param, "Invalid type for '%s': expected a string, but got %s.", param, oai_type_name(type));
                if (strcmp(type->str, "text") != 0)
                    OAI_UNSUPPORTED(param, "Invalid value for '%s': only 'text' content parts are supported by this model.", param);
                text = vkr_json_get(part, "text");
                snprintf(param, sizeof param, "messages[%llu].content[%llu].text", (unsigned long long)i, (unsigned long long)j);
                if (!text || text->type != VKR_JSON_STRING) OAI_BAD(param, "Invalid type for '%s': expected a string, but got %s.", param, oai_type_name(text));
                total += text->len + 1;
            }
            joined = (char *)malloc(total + 1);
            if (!joined) { oai_error_set(err, 500, "server_error", NULL, NULL, "out of memory"); return false; }
            for (j = 0; j < content->len; j++) {
                const vkr_json *text = vkr_json_get(&content->items[j], "text");
                if (j) joined[at++] = '\n';
                memcpy(joined + at, text->str, text->len);
                at += text->len;
            }
            vkr_json_write_string_n(w, joined, at);
            free(joined);
        } else {
            OAI_BAD(param, "Invalid type for '%s': expected a string or an array of content parts, but got %s.", param, oai_type_name(content));
        }
        for (k = 0; k < sizeof copy / sizeof copy[0]; k++) {
            v = oai_get(m, copy[k]);
            if (!v) continue;
            snprintf(param, sizeof param, "messages[%llu].%s", (unsigned long long)i, copy[k]);
            if (v->type != VKR_JSON_STRING) OAI_BAD(param, "Invalid type for '%s': expected a string, but got %s.", param, oai_type_name(v));
            vkr_json_key(w, copy[k]);
            vkr_json_write_string_n(w, v->str, v->len);
        }
        if ((v = oai_get(m, "tool_calls")) != NULL) { vkr_json_key(w, "tool_calls"); vkr_json_write_value(w, v); }
        vkr_json_end_object(w);
    }
    vkr_json_end_array(w);
    return true;
}

static bool oai_stop(const vkr_json *root, oai_request *req, oai_error *err) {
    const vkr_json *v = oai_get(root, "stop");
    size_t i, n;
    if (!v) return true;
    if (v->type != VKR_JSON_STRING && v->type != VKR_JSON_ARRAY)
        OAI_BAD("stop", "Invalid type for 'stop': expected a string or an array of strings, but got %s.", oai_type_name(v));
    n = v->type == VKR_JSON_STRING ? 1 : v->len;
    if (n > OAI_MAX_STOP) OAI_BAD("stop", "Invalid 'stop': at most %d stop sequences are allowed.", OAI_MAX_STOP);
    for (i = 0; i < n; i++) {
        const vkr_json *s = v->type == VKR_JSON_STRING ? v : &v->items[i];
        char param[32];
        snprintf(param, sizeof param, v->type == VKR_JSON_STRING ? "stop" : "stop[%llu]", (unsigned long long)i);
        if (s->type != VKR_JSON_STRING) OAI_BAD(param, "Invalid type for '%s': expected a string, but got %s.", param, oai_type_name(s));
        if (strlen(s->str) != s->len) OAI_BAD(param, "Invalid value for '%s': a stop sequence may not contain NUL.", param);
        if (s->len > OAI_MAX_STOP_LEN) OAI_BAD(param, "Invalid value for '%s': longer than %d bytes.", param, OAI_MAX_STOP_LEN);
        if (s->len) req->stop[req->n_stop++] = s->str;
    }
    return true;
}

/* True when an integer id list was read into req->prompt_ids. */
static bool oai_ids(const vkr_json *arr, oai_request *req, const char *param, oai_error *err) {
    size_t i;
    if (arr->len == 0) OAI_BAD(param, "Invalid '%s': empty array.", param);
    req->prompt_ids = (vkr_token *)malloc(arr->len * sizeof(vkr_token));
    if (!req->prompt_ids) { oai_error_set(err, 500, "server_error", NULL, NULL, "out of memory"); return false; }
    for (i = 0; i < arr->len; i++) {
        int64_t id;
        if (arr->items[i].type != VKR_JSON_NUMBER || !vkr_json_int(&arr->items[i], &id) || id < 0 || id > INT32_MAX)
            OAI_BAD(param, "Invalid value for '%s': item %llu is not a token id (an integer >= 0).", param, (unsigned long long)i);
        req->prompt_ids[i] = (vkr_token)id;
    }
    req->n_prompt_ids = arr->len;
    return true;
}

static bool oai_prompt(const vkr_json *root, oai_request *req, oai_error *err) {
    const vkr_json *p = vkr_json_get(root, "prompt"), *first;
    if (!p || p->type == VKR_JSON_NULL) OAI_BAD("prompt", "Missing required parameter: 'prompt'.");
    if (p->type == VKR_JSON_STRING) { req->prompt = p->str; req->prompt_len = p->len; return true; }
    if (p->type != VKR_JSON_ARRAY)
        OAI_BAD("prompt", "Invalid type for 'prompt': expected a string, an array of token ids, or one of those in an array, but got %s.", oai_type_name(p));
    if (p->len == 0) OAI_BAD("prompt", "Invalid 'prompt': empty array.");
    first = &p->items[0];
    if (first->type == VKR_JSON_NUMBER) return oai_ids(p, req, "prompt", err);
    if (p->len > 1) OAI_UNSUPPORTED("prompt", "Invalid 'prompt': one prompt per request is supported, not a batch of %llu.", (unsigned long long)p->len);
    if (first->type == VKR_JSON_STRING) { req->prompt = first->str; req->prompt_len = first->len; return true; }
    if (first->type == VKR_JSON_ARRAY) return oai_ids(first, req, "prompt[0]", err);
    OAI_BAD("prompt[0]", "Invalid type for 'prompt[0]': expected a string or an array of token ids, but got %s.", oai_type_name(first));
}

static bool oai_parse_fields(oai_kind kind, const vkr_json *root, oai_request *req, oai_error *err) {
    const vkr_json *v;
    int64_t iv;
    bool present, flag;
    if (root->type != VKR_JSON_OBJECT) OAI_BAD(NULL, "The request body must be a JSON object, not %s.", oai_type_name(root));
    v = vkr_json_get(root, "model");
    if (!v || v->type == VKR_JSON_NULL) OAI_BAD("model", "Missing required parameter: 'model'.");
    if (v->type != VKR_JSON_STRING) OAI_BAD("model", "Invalid type for 'model': expected a string, but got %s.", oai_type_name(v));
    req->model = v->str;

    /* OpenAI's defaults: temperature 1, top_p 1; the rest off */
    req->sampling.temperature = 1.0f;
    req->sampling.top_p = 1.0f;
    if (!oai_number(root, "temperature", 0, 2, &req->sampling.temperature, err)) return false;
    if (!oai_number(root, "top_p", 0, 1, &req->sampling.top_p, err)) return false;
    if (req->sampling.top_p == 0) req->sampling.top_p = 1e-9f;   /* 0 is "only the top token", not "off" */
    if (!oai_number(root, "presence_penalty", -2, 2, &req->sampling.presence_penalty, err)) return false;
    if (!oai_number(root, "frequency_penalty", -2, 2, &req->sampling.frequency_penalty, err)) return false;
    /* extensions that vLLM and llama.cpp accept too */
    if (!oai_number(root, "min_p", 0, 1, &req->sampling.min_p, err)) return false;
    if (!oai_number(root, "repetition_penalty", 0.01, 100, &req->sampling.repetition_penalty, err)) return false;
    if (!oai_integer(root, "top_k", -1, INT32_MAX, &iv, &present, err)) return false;
    if (present) req->sampling.top_k = iv < 0 ? 0 : (int32_t)iv;
    if (!oai_integer(root, "seed", INT64_MIN, INT64_MAX, &iv, &present, err)) return false;
    if (present) { req->sampling.seed = (uint64_t)iv; req->seeded = true; }

    if (!oai_integer(root, "max_tokens", 1, INT64_MAX, &iv, &present, err)) return false;
    if (present) req->max_tokens = iv;
    if (kind == OAI_CHAT) {
        if (!oai_integer(root, "max_completion_tokens", 1, INT64_MAX, &iv, &present, err)) return false;
        if (present) req->max_tokens = iv;
    } else if (!present) {
        req->max_tokens = 16;   /* the completions API's default */
    }
    if (!oai_integer(root, "n", 1, 1, &iv, &present, err)) {
        oai_error_set(err, 400, "invalid_request_error", "unsupported_value", "n", "Invalid value for 'n': this server generates one choice per request, so n must be 1.");
        return false;
    }
    if (!oai_stop(root, req, err)) return false;

    if (!oai_boolean(root, "stream", &req->stream, err)) return false;
    v = oai_get(root, "stream_options");
    if (v) {
        if (v->type != VKR_JSON_OBJECT) OAI_BAD("stream_options", "Invalid type for 'stream_options': expected an object, but got %s.", oai_type_name(v));
        if (!req->stream) OAI_BAD("stream_options", "The 'stream_options' parameter is only allowed when 'stream' is enabled.");
        if (!oai_boolean(v, "include_usage", &req->include_usage, err)) { snprintf(err->param, sizeof err->param, "stream_options.include_usage"); return false; }
    }

    /* known parameters that would be silently wrong if ignored */
    if (kind == OAI_CHAT) {
        flag = false;
        if (!oai_boolean(root, "logprobs", &flag, err)) return false;
        if (flag) OAI_UNSUPPORTED("logprobs", "Unsupported parameter: 'logprobs' is not supported by this server.");
        if (oai_get(root, "top_logprobs")) OAI_UNSUPPORTED("top_logprobs", "Unsupported parameter: 'top_logprobs' is not supported by this server.");
        v = oai_get(root, "tools");
        if (v && (v->type != VKR_JSON_ARRAY || v->len)) OAI_UNSUPPORTED("tools", "Unsupported parameter: 'tools' (function calling) is not supported by this server yet.");
        v = oai_get(root, "functions");
        if (v && (v->type != VKR_JSON_ARRAY || v->len)) OAI_UNSUPPORTED("functions", "Unsupported parameter: 'functions' is not supported by this server.");
        v = oai_get(root, "response_format");
        if (v) {
            const char *t = vkr_json_string(vkr_json_get(v, "type"));
            if (!t || strcmp(t, "text") != 0)
                OAI_UNSUPPORTED("response_format", "Unsupported value for 'response_format': only {\"type\": \"text\"} is supported by this server.");
        }
    } else {
        v = oai_get(root, "logprobs");
        if (v && !(v->type == VKR_JSON_NUMBER && v->num == 0)) OAI_UNSUPPORTED("logprobs", "Unsupported parameter: 'logprobs' is not supported by this server.");
        flag = false;
        if (!oai_boolean(root, "echo", &flag, err)) return false;
        if (flag) OAI_UNSUPPORTED("echo", "Unsupported parameter: 'echo' is not supported by this server.");
        v = oai_get(root, "best_of");
        if (v && !(v->type == VKR_JSON_NUMBER && v->num == 1)) OAI_UNSUPPORTED("best_of", "Unsupported value for 'best_of': only 1 is supported.");
        v = oai_get(root, "suffix");
        if (v && !(v->type == VKR_JSON_STRING && v->len == 0)) OAI_UNSUPPORTED("suffix", "Unsupported parameter: 'suffix' is not supported by this server.");
    }
    v = oai_get(root, "logit_bias");
    if (v && (v->type != VKR_JSON_OBJECT || v->len)) OAI_UNSUPPORTED("logit_bias", "Unsupported parameter: 'logit_bias' is not supported by this server.");

    if (kind == OAI_CHAT) {
        vkr_json_writer w;
        const char *text;
        size_t len;
        bool ok;
        vkr_json_writer_init(&w, NULL);
        ok = oai_messages(vkr_json_get(root, "messages"), &w, err);
        if (ok && vkr_json_writer_result(&w, &text, &len) == VKR_OK) {
            req->messages_json = (char *)malloc(len + 1);
            if (req->messages_json) { memcpy(req->messages_json, text, len + 1); req->messages_len = len; }
        }
        vkr_json_writer_free(&w);
        if (!ok) return false;
        if (!req->messages_json) { oai_error_set(err, 500, "server_error", NULL, NULL, "out of memory"); return false; }
        return true;
    }
    return oai_prompt(root, req, err);
}

bool oai_parse_request(oai_kind kind, const char *body, size_t len, oai_request *req, oai_error *err) {
    vkr_json_desc jd;
    memset(req, 0, sizeof *req);
    memset(err, 0, sizeof *err);
    req->kind = kind;
    memset(&jd, 0, sizeof jd);
    jd.name = "request body";
    jd.max_depth = 48;
    if (vkr_json_parse(body, len, &jd, &req->doc) != VKR_OK) {
        oai_error_set(err, 400, "invalid_request_error", NULL, NULL,
                      "We could not parse the JSON body of your request: %s. (The body must be a JSON object sent with "
                      "'Content-Type: application/json'.)", vkr_last_error());
        return false;
    }
    if (!oai_parse_fields(kind, vkr_json_root(req->doc), req, err)) {
        oai_request_free(req);
        req->kind = kind;
        return false;
    }
    return true;
}

void oai_request_free(oai_request *req) {
    if (!req) return;
    free(req->messages_json);
    free(req->prompt_ids);
    vkr_json_free(req->doc);
    memset(req, 0, sizeof *req);
}
