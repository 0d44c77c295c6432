/* valkyr_http.h — the I/O-free half of `valkyr serve`: an HTTP/1.1 request
   head parser, a chunked-body decoder, and the parsers that turn OpenAI
   request bodies (chat completions, completions) into plain C structs with
   errors that name the field at fault. Nothing here touches a socket, a
   thread or the model, so all of it is unit-tested and fuzzed
   (tests/test_http.c, tests/fuzz_http.c). The sockets, threads and the
   worker that owns the model are in valkyr_serve.c.

   Include valkyr.h's declarations first (this header does). */
#ifndef VALKYR_HTTP_H
#define VALKYR_HTTP_H

#include "valkyr.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- HTTP/1.1 request heads --------------------------------------------- */

#define HTTP_MAX_HEADERS 64          /* more → 431 */

typedef struct http_header {
    const char *name, *value;        /* into the parsed buffer; not NUL-terminated */
    size_t name_len, value_len;      /* the value without surrounding blanks */
} http_header;

typedef struct http_request {
    const char *method, *path, *query;   /* into the buffer; not NUL-terminated */
    size_t method_len, path_len, query_len;
    int version_minor;                   /* HTTP/1.0 → 0, HTTP/1.1 → 1 */
    http_header headers[HTTP_MAX_HEADERS];
    size_t n_headers;
    int64_t content_length;              /* -1: no Content-Length */
    bool chunked;                        /* Transfer-Encoding: chunked */
    bool keep_alive;                     /* the connection may carry another request */
    bool expect_continue;                /* Expect: 100-continue */
    size_t head_len;                     /* bytes of the head, its blank line included */
} http_request;

enum { HTTP_ERROR = -1, HTTP_INCOMPLETE = 0, HTTP_DONE = 1 };

/* Parses the request head at the start of buf[0, len) (bytes after it, a
   body or the next request, are left alone). Returns HTTP_DONE with *req
   filled, HTTP_INCOMPLETE when the head has not ended yet (and is still
   under max_head bytes), or HTTP_ERROR with *status the answer to give (400
   malformed, 431 head over max_head bytes or too many headers, 501
   unsupported Transfer-Encoding, 505 not HTTP/1.x, 417 unknown Expect) and
   *why a short reason. Strict where laxness lets requests be smuggled: one
   Content-Length (digits only) and no Transfer-Encoding beside it, no
   obsolete line folding, no blank before a header's colon, no control
   characters. Leading empty lines are skipped; a bare LF ends lines too. */
int http_parse_head(const char *buf, size_t len, size_t max_head, http_request *req, int *status, const char **why);

/* The value of the first header called `name` (any case), or NULL; its
   length goes to *len. */
const char *http_header_get(const http_request *req, const char *name, size_t *len);

/* Incremental, in-place decoder of a chunked body. Zero it, then call
   http_chunked_decode(d, body, n, max) each time more of the body has
   arrived in body[0, n): it decodes what it can into body[0, d->out) (the
   decoded bytes never overtake the encoded ones) and returns HTTP_DONE once
   the last chunk and the trailers are in (d->in is then the length of the
   encoded body: bytes after it belong to the next request), HTTP_INCOMPLETE
   to wait for more, or HTTP_ERROR with d->status 400 (malformed) or 413
   (more than max_body bytes of data). */
typedef struct http_chunked {
    int state;
    uint64_t remaining;                  /* bytes left in the current chunk */
    size_t in, out;                      /* encoded bytes consumed, decoded bytes written */
    size_t line;                         /* length of the size or trailer line so far */
    int status;                          /* on HTTP_ERROR */
} http_chunked;
int http_chunked_decode(http_chunked *d, char *body, size_t n, size_t max_body);

/* "OK", "Not Found", ... ("Unknown" for a code not listed). */
const char *http_status_text(int status);

/* ---- OpenAI request bodies ---------------------------------------------- */

#define OAI_MAX_STOP 4               /* stop strings, as OpenAI allows */
#define OAI_MAX_STOP_LEN 256         /* bytes per stop string */

typedef enum oai_kind { OAI_CHAT = 1, OAI_COMPLETION = 2 } oai_kind;

/* An error as OpenAI reports it: the HTTP status and the members of
   {"error": {"message", "type", "param", "code"}}. */
typedef struct oai_error {
    int status;
    const char *type;                /* "invalid_request_error", "server_error", ... */
    const char *code;                /* NULL → null */
    char param[128];                 /* "" → null; e.g. "messages[1].role" */
    char message[512];
} oai_error;

typedef struct oai_request {
    oai_kind kind;
    const char *model;               /* points into doc */
    bool stream;
    bool include_usage;              /* stream_options.include_usage */
    vkr_sampler_desc sampling;       /* temperature 1, top_p 1 unless the request says */
    bool seeded;                     /* `seed` given (then in sampling.seed) */
    int64_t max_tokens;              /* 0: none given (chat: until a stop or the context ends) */
    const char *stop[OAI_MAX_STOP];  /* point into doc */
    int32_t n_stop;
    /* chat: the messages as a JSON array for vkr_chat_render_json, every
       content a string (text parts joined by "\n"), "developer" → "system" */
    char *messages_json;
    size_t messages_len;
    /* completion: the prompt as text (into doc), or as token ids */
    const char *prompt;
    size_t prompt_len;
    vkr_token *prompt_ids;
    size_t n_prompt_ids;
    vkr_json_doc *doc;
} oai_request;

/* Parses and checks a request body of the given kind. Returns true with
   *req filled (free it with oai_request_free), or false with *err set
   (status 400, the field in param) and *req empty. Unknown members are
   ignored; known ones that valkyr cannot honour (n > 1, logprobs, tools,
   logit_bias, response_format other than text, echo, best_of, suffix) are
   errors rather than silently wrong answers. */
bool oai_parse_request(oai_kind kind, const char *body, size_t len, oai_request *req, oai_error *err);
void oai_request_free(oai_request *req);

/* Sets every member of *e; fmt is printf-like. */
void oai_error_set(oai_error *e, int status, const char *type, const char *code, const char *param, const char *fmt, ...)
#if defined(__MINGW32__)
    __attribute__((format(gnu_printf, 6, 7)))
#elif defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
/* Writes {"error": {...}} into w. */
void oai_error_write(vkr_json_writer *w, const oai_error *e);

/* ---- the serve command (valkyr_serve.c) --------------------------------- */

extern const char *serve_usage;
int cmd_serve(int argc, char **argv);

#ifdef __cplusplus
}
#endif
#endif /* VALKYR_HTTP_H */
