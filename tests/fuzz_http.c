/* fuzz_http.c — libFuzzer target for the server's request parsers
   (tools/valkyr_http.c): the HTTP/1.1 head parser, the chunked-body decoder
   and the OpenAI body parsers, on the same input.

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_http.c -o /tmp/fh
     /tmp/fh tests/fuzz/http

   Invariants checked (any failure traps): a parsed head lies inside the
   input and ends where the parser says; feeding the head one byte at a time
   gives the same answer as feeding it whole; the chunked decoder never
   writes past what it read nor reads past the input, and its answer does
   not depend on how the input is split; a body the OpenAI parsers accept
   has the fields they promise. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "../tools/valkyr_http.c"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static bool inside(const char *p, size_t n, const char *buf, size_t len) {
    return n == 0 || (p >= buf && p + n <= buf + len);
}

static void fuzz_head(const char *buf, size_t len) {
    http_request r, r2;
    int st, st2, rc, rc2;
    const char *why;
    size_t i, max_head = 1024;
    rc = http_parse_head(buf, len, max_head, &r, &st, &why);
    if (rc == HTTP_DONE) {
        FUZZ_ASSERT(r.head_len <= len && r.head_len <= max_head);
        FUZZ_ASSERT(inside(r.method, r.method_len, buf, r.head_len) && r.method_len > 0);
        FUZZ_ASSERT(inside(r.path, r.path_len, buf, r.head_len) || (r.path_len == 1 && r.path[0] == '/'));
        FUZZ_ASSERT(inside(r.query, r.query_len, buf, r.head_len));
        FUZZ_ASSERT(r.n_headers <= HTTP_MAX_HEADERS);
        for (i = 0; i < r.n_headers; i++) {
            FUZZ_ASSERT(inside(r.headers[i].name, r.headers[i].name_len, buf, r.head_len) && r.headers[i].name_len > 0);
            FUZZ_ASSERT(inside(r.headers[i].value, r.headers[i].value_len, buf, r.head_len));
        }
        FUZZ_ASSERT(!(r.chunked && r.content_length >= 0));
        FUZZ_ASSERT(r.version_minor == 0 || r.version_minor == 1);
        /* the head alone parses the same */
        rc2 = http_parse_head(buf, r.head_len, max_head, &r2, &st2, &why);
        FUZZ_ASSERT(rc2 == HTTP_DONE && r2.head_len == r.head_len && r2.n_headers == r.n_headers);
        /* every shorter prefix is incomplete */
        for (i = 0; i < r.head_len; i += 1 + i / 8) {
            rc2 = http_parse_head(buf, i, max_head, &r2, &st2, &why);
            FUZZ_ASSERT(rc2 == HTTP_INCOMPLETE || rc2 == HTTP_ERROR);
        }
    } else if (rc == HTTP_ERROR) {
        FUZZ_ASSERT(st == 400 || st == 417 || st == 431 || st == 501 || st == 505);
        FUZZ_ASSERT(why && why[0]);
    } else {
        FUZZ_ASSERT(len < max_head);
    }
}

/* Decodes with the input split every `step` bytes, as the server does. */
static int fuzz_dechunk(const char *in, size_t len, size_t step, size_t max_body, char *out, size_t *out_len, size_t *used) {
    char *buf = (char *)malloc(len + 1);
    size_t fed = 0, have = 0, consumed = 0;
    http_chunked d;
    int st = HTTP_INCOMPLETE;
    memset(&d, 0, sizeof d);
    if (!buf) return -1000;
    while (fed < len) {
        size_t k = len - fed < step ? len - fed : step;
        memcpy(buf + have, in + fed, k);
        fed += k;
        have += k;
        st = http_chunked_decode(&d, buf, have, max_body);
        FUZZ_ASSERT(d.out <= d.in && d.in <= have && d.out <= max_body);
        if (st != HTTP_INCOMPLETE) break;
        consumed += d.in - d.out;
        memmove(buf + d.out, buf + d.in, have - d.in);
        have = d.out + (have - d.in);
        d.in = d.out;
    }
    memcpy(out, buf, d.out);
    *out_len = d.out;
    *used = consumed + d.in;
    free(buf);
    return st == HTTP_ERROR ? -d.status : st;
}

static void fuzz_chunked(const char *buf, size_t len) {
    char *a = (char *)malloc(len + 1), *b = (char *)malloc(len + 1);
    size_t na, nb, ua, ub, max_body = 4096;
    int ra, rb;
    if (!a || !b) { free(a); free(b); return; }
    ra = fuzz_dechunk(buf, len, len ? len : 1, max_body, a, &na, &ua);
    rb = fuzz_dechunk(buf, len, 1 + (len % 7), max_body, b, &nb, &ub);
    FUZZ_ASSERT(ra == HTTP_DONE || ra == HTTP_INCOMPLETE || ra == -400 || ra == -413);
    FUZZ_ASSERT(ra == rb);
    if (ra == HTTP_DONE) FUZZ_ASSERT(na == nb && ua == ub && ua <= len && memcmp(a, b, na) == 0);
    free(a);
    free(b);
}

static void fuzz_body(oai_kind kind, const char *buf, size_t len) {
    oai_request r;
    oai_error e;
    int32_t i;
    if (oai_parse_request(kind, buf, len, &r, &e)) {
        FUZZ_ASSERT(r.model && r.doc && r.kind == kind);
        FUZZ_ASSERT(r.n_stop >= 0 && r.n_stop <= OAI_MAX_STOP);
        for (i = 0; i < r.n_stop; i++) FUZZ_ASSERT(r.stop[i] && strlen(r.stop[i]) > 0 && strlen(r.stop[i]) <= OAI_MAX_STOP_LEN);
        FUZZ_ASSERT(r.sampling.temperature >= 0 && r.sampling.temperature <= 2);
        FUZZ_ASSERT(r.sampling.top_p > 0 && r.sampling.top_p <= 1);
        FUZZ_ASSERT(r.max_tokens >= 0);
        FUZZ_ASSERT(!r.include_usage || r.stream);
        if (kind == OAI_CHAT) {
            vkr_json_doc *doc = NULL;
            FUZZ_ASSERT(r.messages_json && strlen(r.messages_json) == r.messages_len);
            /* what goes to the template is valid JSON: an array of objects with string roles and contents */
            FUZZ_ASSERT(vkr_json_parse(r.messages_json, r.messages_len, NULL, &doc) == VKR_OK);
            FUZZ_ASSERT(vkr_json_root(doc)->type == VKR_JSON_ARRAY && vkr_json_root(doc)->len > 0);
            for (i = 0; i < (int32_t)vkr_json_root(doc)->len; i++) {
                const vkr_json *m = vkr_json_at(vkr_json_root(doc), (size_t)i);
                FUZZ_ASSERT(vkr_json_string(vkr_json_get(m, "role")) && vkr_json_string(vkr_json_get(m, "content")));
            }
            vkr_json_free(doc);
        } else {
            FUZZ_ASSERT((r.prompt != NULL) != (r.prompt_ids != NULL));
            FUZZ_ASSERT(!r.prompt_ids || r.n_prompt_ids > 0);
        }
        oai_request_free(&r);
    } else {
        FUZZ_ASSERT(e.status == 400 || e.status == 500);
        FUZZ_ASSERT(e.message[0] && e.type);
        FUZZ_ASSERT(r.doc == NULL && r.messages_json == NULL && r.prompt_ids == NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *buf = (char *)malloc(size + 1);
    const char *body;
    size_t body_len;
    if (!buf) return 0;
    memcpy(buf, data, size);
    buf[size] = 0;
    fuzz_head(buf, size);
    /* a request: the body is what follows the head's blank line, else all of it */
    body = strstr(buf, "\r\n\r\n");
    body = body ? body + 4 : buf;
    body_len = size - (size_t)(body - buf);
    fuzz_chunked(body, body_len);
    fuzz_body(OAI_CHAT, body, body_len);
    fuzz_body(OAI_COMPLETION, body, body_len);
    free(buf);
    return 0;
}
