/* test_http.c — the server's I/O-free parts (tools/valkyr_http.c): HTTP/1.1
   request heads, chunked bodies, and OpenAI request bodies with the errors
   they give. Build: make build/test_http */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "../tools/valkyr_http.c"
#include "vt.h"

static int parse(const char *text, http_request *r, int *status) {
    const char *why;
    return http_parse_head(text, strlen(text), 16384, r, status, &why);
}

static bool span_is(const char *p, size_t n, const char *want) { return n == strlen(want) && memcmp(p, want, n) == 0; }

static void head_simple_get(void) {
    const char *t = "GET /v1/models?x=1&y HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n";
    http_request r;
    int st;
    size_t n;
    const char *v;
    REQUIRE(parse(t, &r, &st) == HTTP_DONE);
    CHECK(span_is(r.method, r.method_len, "GET"));
    CHECK(span_is(r.path, r.path_len, "/v1/models"));
    CHECK(span_is(r.query, r.query_len, "x=1&y"));
    CHECK(r.version_minor == 1 && r.keep_alive && !r.chunked && r.content_length == -1);
    CHECK(r.head_len == strlen(t));
    CHECK(r.n_headers == 2);
    v = http_header_get(&r, "HOST", &n);
    CHECK(v && span_is(v, n, "localhost"));
    CHECK(http_header_get(&r, "content-type", &n) == NULL && n == 0);
}

/* Every proper prefix of a head is incomplete; the whole is done. */
static void head_incremental(void) {
    const char *t = "POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}";
    size_t head = strlen(t) - 2, i;
    http_request r;
    int st;
    const char *why;
    for (i = 0; i < head; i++) CHECK(http_parse_head(t, i, 16384, &r, &st, &why) == HTTP_INCOMPLETE, "prefix %zu", i);
    REQUIRE(http_parse_head(t, strlen(t), 16384, &r, &st, &why) == HTTP_DONE);
    CHECK(r.head_len == head && r.content_length == 2);
}

static void head_versions_and_connection(void) {
    http_request r;
    int st;
    REQUIRE(parse("GET / HTTP/1.0\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(r.version_minor == 0 && !r.keep_alive);
    REQUIRE(parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(r.keep_alive);
    REQUIRE(parse("GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(!r.keep_alive);
    REQUIRE(parse("GET / HTTP/1.2\r\n\r\n", &r, &st) == HTTP_DONE);   /* a later 1.x is served as 1.1 */
    CHECK(r.version_minor == 1);
    CHECK(parse("GET / HTTP/2.0\r\n\r\n", &r, &st) == HTTP_ERROR && st == 505);
    CHECK(parse("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", &r, &st) == HTTP_ERROR && st == 505);
    CHECK(parse("GET / http/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET / HTTP/1.1 \r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
}

static void head_bad_request_lines(void) {
    http_request r;
    int st;
    CHECK(parse("GET /\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET  / HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("G(T / HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET v1/models HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET /a\x01 HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET /a#frag HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("\x16\x03\x01\x02\x05\x01\x07\x01\xfc\x03\x03\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);   /* TLS hello */
    CHECK(parse("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ / HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
}

static void head_targets(void) {
    http_request r;
    int st;
    REQUIRE(parse("GET http://localhost:8080/v1/models?q HTTP/1.1\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(span_is(r.path, r.path_len, "/v1/models") && span_is(r.query, r.query_len, "q"));
    REQUIRE(parse("GET HTTPS://example HTTP/1.1\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(span_is(r.path, r.path_len, "/"));
    REQUIRE(parse("OPTIONS * HTTP/1.1\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(span_is(r.path, r.path_len, "*"));
}

static void head_line_endings(void) {
    http_request r;
    int st;
    const char *t = "\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\n\r\n";
    REQUIRE(parse(t, &r, &st) == HTTP_DONE);   /* leading empty lines are skipped */
    CHECK(span_is(r.path, r.path_len, "/health") && r.head_len == strlen(t));
    REQUIRE(parse("GET /health HTTP/1.1\nHost: x\n\n", &r, &st) == HTTP_DONE);   /* bare LF */
    CHECK(r.n_headers == 1 && span_is(r.headers[0].value, r.headers[0].value_len, "x"));
    CHECK(parse("\rGET / HTTP/1.1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
}

static void head_header_syntax(void) {
    http_request r;
    int st;
    REQUIRE(parse("GET / HTTP/1.1\r\nX-A:   padded value \t\r\nX-B:\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(span_is(r.headers[0].value, r.headers[0].value_len, "padded value"));
    CHECK(r.headers[1].value_len == 0);
    CHECK(parse("GET / HTTP/1.1\r\nX-A: a\r\n folded\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET / HTTP/1.1\r\nX-A : a\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET / HTTP/1.1\r\n: a\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET / HTTP/1.1\r\nno colon\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET / HTTP/1.1\r\nX-A: a\x01z\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("GET / HTTP/1.1\r\nX-A: a\rz\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    {   /* a NUL inside a value */
        const char t[] = "GET / HTTP/1.1\r\nX-A: a\0z\r\n\r\n";
        const char *why;
        CHECK(http_parse_head(t, sizeof t - 1, 16384, &r, &st, &why) == HTTP_ERROR && st == 400);
    }
    REQUIRE(parse("GET / HTTP/1.1\r\nX-Utf8: caf\xc3\xa9\r\n\r\n", &r, &st) == HTTP_DONE);   /* obs-text is allowed */
}

static void head_limits(void) {
    char *big = (char *)malloc(40000);
    http_request r;
    int st, i;
    const char *why;
    size_t n;
    REQUIRE(big);
    /* a head that never ends: incomplete while under the limit, 431 at it */
    n = (size_t)snprintf(big, 40000, "GET / HTTP/1.1\r\nX-Long: ");
    memset(big + n, 'a', 40000 - n);
    CHECK(http_parse_head(big, 1000, 16384, &r, &st, &why) == HTTP_INCOMPLETE);
    CHECK(http_parse_head(big, 16384, 16384, &r, &st, &why) == HTTP_ERROR && st == 431);
    CHECK(http_parse_head(big, 40000, 16384, &r, &st, &why) == HTTP_ERROR && st == 431);
    /* a complete head that is over the limit */
    memcpy(big + 20000, "\r\n\r\n", 4);
    CHECK(http_parse_head(big, 20004, 16384, &r, &st, &why) == HTTP_ERROR && st == 431);
    /* too many header fields */
    n = (size_t)snprintf(big, 40000, "GET / HTTP/1.1\r\n");
    for (i = 0; i < HTTP_MAX_HEADERS + 1; i++) n += (size_t)snprintf(big + n, 40000 - n, "X-%d: v\r\n", i);
    n += (size_t)snprintf(big + n, 40000 - n, "\r\n");
    CHECK(http_parse_head(big, n, 16384, &r, &st, &why) == HTTP_ERROR && st == 431);
    /* endless empty lines are no way around the limit */
    memset(big, '\n', 40000);
    CHECK(http_parse_head(big, 40000, 16384, &r, &st, &why) == HTTP_ERROR && st == 431);
    free(big);
}

static void head_body_framing(void) {
    http_request r;
    int st;
    REQUIRE(parse("POST / HTTP/1.1\r\nContent-Length: 0012\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(r.content_length == 12);
    REQUIRE(parse("POST / HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(r.content_length == 5);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    REQUIRE(parse("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(r.chunked && r.content_length == -1);
    CHECK(parse("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", &r, &st) == HTTP_ERROR && st == 501);
    CHECK(parse("POST / HTTP/1.1\r\nTransfer-Encoding: identity\r\n\r\n", &r, &st) == HTTP_ERROR && st == 501);
    CHECK(parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", &r, &st) == HTTP_ERROR);
    /* smuggling: both framings, or chunked in HTTP/1.0 */
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
    CHECK(parse("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", &r, &st) == HTTP_ERROR && st == 400);
}

static void head_expect(void) {
    http_request r;
    int st;
    REQUIRE(parse("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(r.expect_continue);
    REQUIRE(parse("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n", &r, &st) == HTTP_DONE);
    CHECK(!r.expect_continue);
    CHECK(parse("POST / HTTP/1.1\r\nExpect: something\r\n\r\n", &r, &st) == HTTP_ERROR && st == 417);
}

static void head_pipelined(void) {
    const char *t = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
    http_request r;
    int st;
    const char *why;
    REQUIRE(parse(t, &r, &st) == HTTP_DONE);
    CHECK(span_is(r.path, r.path_len, "/a"));
    REQUIRE(http_parse_head(t + r.head_len, strlen(t) - r.head_len, 16384, &r, &st, &why) == HTTP_DONE);
    CHECK(span_is(r.path, r.path_len, "/b"));
}

/* Decodes `enc` fed `step` bytes at a time, as the server does (compacting
   the undecoded bytes after the decoded ones between calls). */
static int dechunk(const char *enc, size_t step, size_t max_body, char *out, size_t *out_len, size_t *used) {
    size_t len = strlen(enc), fed = 0, have = 0, consumed = 0;
    char buf[4096];
    http_chunked d;
    int st = HTTP_INCOMPLETE;
    memset(&d, 0, sizeof d);
    while (fed < len) {
        size_t k = len - fed < step ? len - fed : step;
        memcpy(buf + have, enc + fed, k);
        fed += k;
        have += k;
        st = http_chunked_decode(&d, buf, have, max_body);
        if (st != HTTP_INCOMPLETE) break;
        consumed += d.in - d.out;
        memmove(buf + d.out, buf + d.in, have - d.in);
        have = d.out + (have - d.in);
        d.in = d.out;
    }
    memcpy(out, buf, d.out);
    *out_len = d.out;
    *used = consumed + d.in;
    return st == HTTP_ERROR ? -d.status : st;
}

static void chunked_bodies(void) {
    char out[4096];
    size_t n, used, step;
    const char *wiki = "4\r\nWiki\r\n5;ext=1\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nTrailer: x\r\n\r\nNEXT";
    for (step = 1; step <= 64; step *= 2) {
        CHECK(dechunk(wiki, step, 1 << 20, out, &n, &used) == HTTP_DONE, "step %zu", step);
        CHECK(n == 23 && !memcmp(out, "Wikipedia in\r\n\r\nchunks.", 23), "step %zu", step);
        CHECK(used == strlen(wiki) - 4, "step %zu: used %zu", step, used);   /* NEXT is the next request's */
    }
    CHECK(dechunk("0\r\n\r\n", 1, 10, out, &n, &used) == HTTP_DONE && n == 0);
    CHECK(dechunk("3\nabc\n0\n\n", 1, 10, out, &n, &used) == HTTP_DONE && n == 3);   /* bare LF */
    CHECK(dechunk("3\r\nabc\r\n", 1, 10, out, &n, &used) == HTTP_INCOMPLETE);
    CHECK(dechunk("g\r\n", 1, 10, out, &n, &used) == -400);
    CHECK(dechunk("\r\n", 1, 10, out, &n, &used) == -400);
    CHECK(dechunk("3\r\nabcX\r\n", 1, 10, out, &n, &used) == -400);
    CHECK(dechunk("3x\r\n", 1, 10, out, &n, &used) == -400);
    CHECK(dechunk("10000000000000000\r\n", 4, 10, out, &n, &used) == -400);   /* 17 hex digits */
    CHECK(dechunk("ffffffffffffffff\r\n", 4, 10, out, &n, &used) == -413);
    CHECK(dechunk("6\r\nabcdef\r\n6\r\nabcdef\r\n0\r\n\r\n", 3, 10, out, &n, &used) == -413);
    CHECK(dechunk("3;a\x01\r\nabc\r\n0\r\n\r\n", 1, 10, out, &n, &used) == -400);
}

static void status_texts(void) {
    CHECK(!strcmp(http_status_text(413), "Content Too Large"));
    CHECK(!strcmp(http_status_text(431), "Request Header Fields Too Large"));
    CHECK(!strcmp(http_status_text(299), "Unknown"));
}

/* ---- OpenAI bodies ---------------------------------------------------------- */

static bool chat(const char *body, oai_request *r, oai_error *e) { return oai_parse_request(OAI_CHAT, body, strlen(body), r, e); }
static bool compl(const char *body, oai_request *r, oai_error *e) { return oai_parse_request(OAI_COMPLETION, body, strlen(body), r, e); }

/* The request fails with 400 and names `param` ("" for null). */
static bool rejects(oai_kind kind, const char *body, const char *param) {
    oai_request r;
    oai_error e;
    if (oai_parse_request(kind, body, strlen(body), &r, &e)) { oai_request_free(&r); fprintf(stderr, "  accepted: %s\n", body); return false; }
    if (e.status != 400 || strcmp(e.param, param) != 0 || !e.message[0]) {
        fprintf(stderr, "  %s: status %d param '%s' (want '%s'): %s\n", body, e.status, e.param, param, e.message);
        return false;
    }
    return true;
}

static void oai_chat_minimal(void) {
    oai_request r;
    oai_error e;
    REQUIRE(chat("{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}", &r, &e), "%s", e.message);
    CHECK(!strcmp(r.model, "m") && r.kind == OAI_CHAT);
    CHECK(r.sampling.temperature == 1.0f && r.sampling.top_p == 1.0f && r.sampling.top_k == 0);
    CHECK(r.max_tokens == 0 && !r.stream && !r.include_usage && !r.seeded && r.n_stop == 0);
    CHECK(r.messages_json && !strcmp(r.messages_json, "[{\"role\":\"user\",\"content\":\"Hi\"}]"), "%s", r.messages_json);
    oai_request_free(&r);
}

static void oai_chat_fields(void) {
    oai_request r;
    oai_error e;
    REQUIRE(chat("{\"model\": \"m\", \"messages\": [{\"role\": \"developer\", \"content\": \"Be brief.\"}, "
                 "{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"a\"}, {\"type\": \"text\", \"text\": \"b\"}], \"name\": \"x\"}, "
                 "{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c\", \"type\": \"function\"}]}], "
                 "\"temperature\": 0, \"top_p\": 0.5, \"max_tokens\": 7, \"max_completion_tokens\": 9, \"stop\": [\"END\", \"\", \"\\n\\n\"], "
                 "\"seed\": -3, \"n\": 1, \"presence_penalty\": 0.5, \"frequency_penalty\": -1, \"stream\": true, "
                 "\"stream_options\": {\"include_usage\": true}, \"user\": \"ignored\", \"logprobs\": false, \"tools\": [], "
                 "\"response_format\": {\"type\": \"text\"}, \"top_k\": 40, \"min_p\": 0.1, \"whatever\": {\"x\": [1]}}", &r, &e),
            "%s", e.message);
    CHECK(r.sampling.temperature == 0 && r.sampling.top_p == 0.5f && r.max_tokens == 9);
    CHECK(r.n_stop == 2 && !strcmp(r.stop[0], "END") && !strcmp(r.stop[1], "\n\n"));   /* empty stops dropped */
    CHECK(r.seeded && r.sampling.seed == (uint64_t)(int64_t)-3);
    CHECK(r.sampling.presence_penalty == 0.5f && r.sampling.frequency_penalty == -1.0f);
    CHECK(r.stream && r.include_usage && r.sampling.top_k == 40 && r.sampling.min_p == 0.1f);
    CHECK(!strcmp(r.messages_json, "[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"a\\nb\",\"name\":\"x\"},"
                                   "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\"}]}]"),
          "%s", r.messages_json);
    oai_request_free(&r);
    REQUIRE(chat("{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"stop\": \"###\", \"top_p\": 0, "
                 "\"max_tokens\": null, \"temperature\": null, \"stream\": null}", &r, &e), "%s", e.message);
    CHECK(r.n_stop == 1 && !strcmp(r.stop[0], "###") && r.sampling.top_p > 0 && r.sampling.top_p < 1e-6f);
    CHECK(r.max_tokens == 0 && r.sampling.temperature == 1.0f && !r.stream);
    oai_request_free(&r);
    /* text with a NUL and non-ASCII survives into the template's JSON */
    REQUIRE(chat("{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"a\\u0000\\u00e9\\ud83d\\ude00\"}]}", &r, &e), "%s", e.message);
    CHECK(!strcmp(r.messages_json, "[{\"role\":\"user\",\"content\":\"a\\u0000\xc3\xa9\xf0\x9f\x98\x80\"}]"), "%s", r.messages_json);
    oai_request_free(&r);
}

static void oai_chat_errors(void) {
    const char *msgs = "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]";
    char b[512];
#define WITH(extra) (snprintf(b, sizeof b, "{\"model\": \"m\", %s, %s}", msgs, extra), b)
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [", ""));                   /* bad JSON */
    CHECK(rejects(OAI_CHAT, "", ""));
    CHECK(rejects(OAI_CHAT, "[1, 2]", ""));                                                  /* not an object */
    CHECK(rejects(OAI_CHAT, "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}", "model"));
    CHECK(rejects(OAI_CHAT, "{\"model\": 5, \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}", "model"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\"}", "messages"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": []}", "messages"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": {}}", "messages"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [\"hi\"]}", "messages[0]"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": 1, \"content\": \"Hi\"}]}", "messages[0].role"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"content\": \"Hi\"}]}", "messages[0].role"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"wizard\", \"content\": \"Hi\"}]}", "messages[0].role"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"a\"}, {\"role\": \"user\"}]}", "messages[1].content"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": 3}]}", "messages[0].content"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"a\"}, "
                            "{\"type\": \"image_url\", \"image_url\": {\"url\": \"x\"}}]}]}", "messages[0].content[1].type"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\"}]}]}", "messages[0].content[0].text"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [\"a\"]}]}", "messages[0].content[0]"));
    CHECK(rejects(OAI_CHAT, "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"a\", \"name\": 1}]}", "messages[0].name"));
    CHECK(rejects(OAI_CHAT, WITH("\"temperature\": 2.5"), "temperature"));
    CHECK(rejects(OAI_CHAT, WITH("\"temperature\": \"0\""), "temperature"));
    CHECK(rejects(OAI_CHAT, WITH("\"top_p\": 1.5"), "top_p"));
    CHECK(rejects(OAI_CHAT, WITH("\"max_tokens\": 0"), "max_tokens"));
    CHECK(rejects(OAI_CHAT, WITH("\"max_tokens\": 1.5"), "max_tokens"));
    CHECK(rejects(OAI_CHAT, WITH("\"max_completion_tokens\": -1"), "max_completion_tokens"));
    CHECK(rejects(OAI_CHAT, WITH("\"n\": 2"), "n"));
    CHECK(rejects(OAI_CHAT, WITH("\"n\": \"1\""), "n"));
    CHECK(rejects(OAI_CHAT, WITH("\"seed\": 1.5"), "seed"));
    CHECK(rejects(OAI_CHAT, WITH("\"presence_penalty\": 3"), "presence_penalty"));
    CHECK(rejects(OAI_CHAT, WITH("\"frequency_penalty\": -2.5"), "frequency_penalty"));
    CHECK(rejects(OAI_CHAT, WITH("\"stop\": 5"), "stop"));
    CHECK(rejects(OAI_CHAT, WITH("\"stop\": [\"a\", 5]"), "stop[1]"));
    CHECK(rejects(OAI_CHAT, WITH("\"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"]"), "stop"));
    CHECK(rejects(OAI_CHAT, WITH("\"stop\": \"a\\u0000b\""), "stop"));
    CHECK(rejects(OAI_CHAT, WITH("\"stream\": \"yes\""), "stream"));
    CHECK(rejects(OAI_CHAT, WITH("\"stream_options\": {\"include_usage\": true}"), "stream_options"));
    CHECK(rejects(OAI_CHAT, WITH("\"stream\": true, \"stream_options\": {\"include_usage\": 1}"), "stream_options.include_usage"));
    CHECK(rejects(OAI_CHAT, WITH("\"logprobs\": true"), "logprobs"));
    CHECK(rejects(OAI_CHAT, WITH("\"top_logprobs\": 2"), "top_logprobs"));
    CHECK(rejects(OAI_CHAT, WITH("\"tools\": [{\"type\": \"function\"}]"), "tools"));
    CHECK(rejects(OAI_CHAT, WITH("\"logit_bias\": {\"50256\": -100}"), "logit_bias"));
    CHECK(rejects(OAI_CHAT, WITH("\"response_format\": {\"type\": \"json_object\"}"), "response_format"));
#undef WITH
    {   /* nesting deeper than the body parser allows */
        char deep[400];
        int i, n = 0;
        n += snprintf(deep + n, sizeof deep - (size_t)n, "{\"model\": \"m\", \"x\": ");
        for (i = 0; i < 60; i++) deep[n++] = '[';
        for (i = 0; i < 60; i++) deep[n++] = ']';
        snprintf(deep + n, sizeof deep - (size_t)n, ", %s}", msgs);
        CHECK(rejects(OAI_CHAT, deep, ""));
    }
}

static void oai_completion_prompts(void) {
    oai_request r;
    oai_error e;
    REQUIRE(compl("{\"model\": \"m\", \"prompt\": \"Once upon\"}", &r, &e), "%s", e.message);
    CHECK(r.prompt && r.prompt_len == 9 && !r.prompt_ids && r.max_tokens == 16);
    oai_request_free(&r);
    REQUIRE(compl("{\"model\": \"m\", \"prompt\": [1, 403, 407], \"max_tokens\": 3, \"echo\": false, \"best_of\": 1, \"logprobs\": null}", &r, &e), "%s", e.message);
    CHECK(!r.prompt && r.n_prompt_ids == 3 && r.prompt_ids[0] == 1 && r.prompt_ids[2] == 407 && r.max_tokens == 3);
    oai_request_free(&r);
    REQUIRE(compl("{\"model\": \"m\", \"prompt\": [[5, 6]]}", &r, &e), "%s", e.message);
    CHECK(r.n_prompt_ids == 2 && r.prompt_ids[1] == 6);
    oai_request_free(&r);
    REQUIRE(compl("{\"model\": \"m\", \"prompt\": [\"one\"]}", &r, &e), "%s", e.message);
    CHECK(r.prompt && !strcmp(r.prompt, "one"));
    oai_request_free(&r);
    REQUIRE(compl("{\"model\": \"m\", \"prompt\": \"\"}", &r, &e), "%s", e.message);
    CHECK(r.prompt && r.prompt_len == 0);
    oai_request_free(&r);
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\"}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": []}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": 5}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": [\"a\", \"b\"]}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": [1, -2]}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": [1, 2.5]}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": [1, 4294967296]}", "prompt"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": [[]]}", "prompt[0]"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": [{}]}", "prompt[0]"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": \"x\", \"echo\": true}", "echo"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": \"x\", \"best_of\": 2}", "best_of"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": \"x\", \"suffix\": \"y\"}", "suffix"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": \"x\", \"logprobs\": 2}", "logprobs"));
    CHECK(rejects(OAI_COMPLETION, "{\"model\": \"m\", \"prompt\": \"x\", \"n\": 3}", "n"));
}

static void oai_error_json(void) {
    oai_error e;
    vkr_json_writer w;
    const char *text;
    size_t len;
    memset(&e, 0, sizeof e);
    oai_error_set(&e, 400, "invalid_request_error", "context_length_exceeded", "messages", "too long: %d > %d", 600, 512);
    vkr_json_writer_init(&w, NULL);
    oai_error_write(&w, &e);
    REQUIRE(vkr_json_writer_result(&w, &text, &len) == VKR_OK);
    CHECK(!strcmp(text, "{\"error\":{\"message\":\"too long: 600 > 512\",\"type\":\"invalid_request_error\",\"param\":\"messages\","
                        "\"code\":\"context_length_exceeded\"}}"), "%s", text);
    vkr_json_writer_free(&w);
    oai_error_set(&e, 500, "server_error", NULL, NULL, "x");
    vkr_json_writer_init(&w, NULL);
    oai_error_write(&w, &e);
    REQUIRE(vkr_json_writer_result(&w, &text, &len) == VKR_OK);
    CHECK(!strcmp(text, "{\"error\":{\"message\":\"x\",\"type\":\"server_error\",\"param\":null,\"code\":null}}"), "%s", text);
    vkr_json_writer_free(&w);
}

int main(void) {
    VT_RUN(head_simple_get);
    VT_RUN(head_incremental);
    VT_RUN(head_versions_and_connection);
    VT_RUN(head_bad_request_lines);
    VT_RUN(head_targets);
    VT_RUN(head_line_endings);
    VT_RUN(head_header_syntax);
    VT_RUN(head_limits);
    VT_RUN(head_body_framing);
    VT_RUN(head_expect);
    VT_RUN(head_pipelined);
    VT_RUN(chunked_bodies);
    VT_RUN(status_texts);
    VT_RUN(oai_chat_minimal);
    VT_RUN(oai_chat_fields);
    VT_RUN(oai_chat_errors);
    VT_RUN(oai_completion_prompts);
    VT_RUN(oai_error_json);
    return vt_finish();
}
