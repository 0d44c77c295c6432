/* valkyr_serve.c — `valkyr serve`: an OpenAI-compatible HTTP server.

   One thread accepts connections; each connection gets a thread (up to
   --max-conn) that reads requests with deadlines, parses them
   (valkyr_http.c), renders and tokenizes the prompt, and queues a job. One
   worker thread owns the model session and runs the jobs in order; it never
   touches a socket: it appends response bytes (whole responses, or SSE
   events) to its job, and the connection thread sends them. A connection
   thread that finds its client gone marks the job cancelled, and the
   worker's token callback stops the generation. Between requests the worker
   keeps the KV cache: it rewinds the session to the longest common prefix of
   what it holds and the new prompt, so a growing conversation prefills only
   its new tokens.

   POSIX only: on Windows `valkyr serve` says so and fails. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE)
#  define _POSIX_C_SOURCE 200809L
#endif
#include "valkyr_http.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *serve_usage =
    "usage: valkyr serve MODEL [options]\n"
    "\n"
    "Serves MODEL over HTTP/1.1 with the OpenAI API: POST /v1/chat/completions\n"
    "and POST /v1/completions (streamed as server-sent events or not), GET\n"
    "/v1/models, and GET /health. Requests queue to the one model and are\n"
    "answered in order; a client that disconnects cancels its generation.\n"
    "SIGINT or SIGTERM stops the server. POSIX systems only (not Windows yet).\n"
    "\n"
    "  --host ADDR          address to listen on (default 127.0.0.1; 0.0.0.0: all)\n"
    "  --port N             TCP port (default 8080; 0 picks a free one, printed at start)\n"
    "  --api-key KEY        require \"Authorization: Bearer KEY\" on /v1/* (default:\n"
    "                       $VALKYR_API_KEY if set, else no key)\n"
    "  --model-id NAME      the model's name in the API (default: the directory's name)\n"
    "  --ctx N              KV cache size in tokens (default: min(model context, 4096))\n"
    "  --threads N          CPU threads (default: all)\n"
    "  --backend B          cpu, vulkan or auto (default auto)\n"
    "  --lora DIR           merge the LoRA adapter in DIR (PEFT format) into the model first\n"
    "  --quant TYPE         quantize the weights at load (q8_0, q4_0, q4_1, q5_0, q5_1, q4_k_s, q4_k_m,\n"
    "                       q5_k_s, q5_k_m, q6_k, f16, bf16): what valkyr quantize would write\n"
    "  --precision P        f32 (default: a greedy answer does not depend on what the\n"
    "                       cache held) or fast (BF16 prefill on CPUs that have it)\n"
    "  --queue N            requests that may wait for the model; more get 503 (default 16)\n"
    "  --max-conn N         open connections; more get 503 (default 256)\n"
    "  --max-body BYTES     largest request body; larger gets 413 (default 8388608)\n"
    "  --max-head BYTES     largest request head; larger gets 431 (default 16384)\n"
    "  --head-timeout S     seconds a client has to send a request head (default 10)\n"
    "  --body-timeout S     seconds to send a body, and to take each response (default 30)\n"
    "  --idle-timeout S     seconds a kept-alive connection may wait for its next\n"
    "                       request (default 10)\n"
    "  --quiet              no access log (by default one line per request on stderr:\n"
    "                       client, request, status, prompt+completion tokens, time)\n";

#ifdef _WIN32

int cmd_serve(int argc, char **argv) {
    (void)argc; (void)argv;
    fprintf(stderr, "valkyr serve: not available on Windows yet (the server uses POSIX sockets and threads)\n");
    return 1;
}

#else

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#ifndef MSG_NOSIGNAL
#  define MSG_NOSIGNAL 0   /* SIGPIPE is ignored anyway */
#endif

/* ---- small helpers ----------------------------------------------------- */

static int64_t now_ms(void) { return vkr_time_ns() / 1000000; }

typedef struct sbuf { char *p; size_t len, cap; bool oom; } sbuf;

static bool sbuf_put(sbuf *b, const char *s, size_t n) {
    if (b->oom) return false;
    if (b->len + n + 1 > b->cap) {
        size_t nc = (b->len + n + 1) * 2;
        char *np = (char *)realloc(b->p, nc < 256 ? 256 : nc);
        if (!np) { b->oom = true; return false; }
        b->p = np;
        b->cap = nc < 256 ? 256 : nc;
    }
    if (n) memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
    return true;
}
static bool sbuf_str(sbuf *b, const char *s) { return sbuf_put(b, s, strlen(s)); }
static void sbuf_free(sbuf *b) { free(b->p); memset(b, 0, sizeof *b); }

/* ---- server state ------------------------------------------------------- */

typedef struct server server;

/* One generation request: filled by its connection thread, run by the worker. */
typedef struct job {
    server *srv;
    oai_request req;
    vkr_tokens encoded;          /* the prompt tokenized here, or empty */
    const vkr_token *prompt;     /* the prompt: encoded.ids or req.prompt_ids */
    size_t n_prompt;
    char id[48];
    int64_t created;
    bool chunked;                /* stream with chunked transfer coding (HTTP/1.1) */
    bool keep_alive;
    struct job *next;            /* in the queue, under srv->mu */
    bool queued;                 /* under srv->mu */
    /* between the worker and the connection thread, under mu */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    sbuf out;                    /* response bytes not yet sent */
    bool done, cancel;
    int status;
    int64_t prompt_tokens, completion_tokens;
    int64_t cached_tokens;       /* prompt tokens the KV cache already held */
    /* the worker's own */
    sbuf text;                   /* non-streamed answer so far */
    bool headers_sent;
} job;

struct server {
    /* options */
    const char *model_arg, *host, *api_key;
    char model_id[256];
    int port;
    int64_t queue_cap, max_conn, ctx;
    size_t max_body, max_head;
    int64_t head_ms, body_ms, idle_ms;
    int32_t threads;
    vkr_backend backend;
    vkr_precision precision;
    bool quiet;
    /* the model; the session is the worker's alone */
    vkr_model *m;
    vkr_tok *tok;
    vkr_session *s;
    vkr_chat_template *tpl;
    int64_t n_ctx;
    int32_t n_vocab;
    int64_t started;
    /* under mu */
    pthread_mutex_t mu;
    pthread_cond_t work_cv, conns_cv;
    job *qhead, *qtail;
    int64_t n_queued, n_conns;
    bool stopping;
    uint64_t rng;
    int listen_fd;
};

static bool srv_stopping(server *srv) {
    bool s;
    pthread_mutex_lock(&srv->mu);
    s = srv->stopping;
    pthread_mutex_unlock(&srv->mu);
    return s;
}

static uint64_t srv_random(server *srv) {
    uint64_t z;
    pthread_mutex_lock(&srv->mu);
    srv->rng += 0x9E3779B97F4A7C15ULL;
    z = srv->rng;
    pthread_mutex_unlock(&srv->mu);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void cond_init_monotonic(pthread_cond_t *cv) {
    pthread_condattr_t a;
    pthread_condattr_init(&a);
#if defined(_POSIX_MONOTONIC_CLOCK) && !defined(__APPLE__)
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
#endif
    pthread_cond_init(cv, &a);
    pthread_condattr_destroy(&a);
}

/* Waits on cv for up to ms milliseconds. */
static void cond_wait_ms(pthread_cond_t *cv, pthread_mutex_t *mu, int64_t ms) {
    struct timespec ts;
#if defined(_POSIX_MONOTONIC_CLOCK) && !defined(__APPLE__)
    clock_gettime(CLOCK_MONOTONIC, &ts);
#else
    clock_gettime(CLOCK_REALTIME, &ts);
#endif
    ts.tv_sec += (time_t)(ms / 1000);
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
    pthread_cond_timedwait(cv, mu, &ts);
}

/* ---- socket I/O with deadlines ------------------------------------------ */

enum { IO_OK = 1, IO_EOF = 0, IO_ERROR = -1, IO_TIMEOUT = -2, IO_STOPPED = -3 };

/* Waits until fd has `events` or the deadline passes; looks at the stop flag
   every 250 ms. */
static int wait_fd(server *srv, int fd, short events, int64_t deadline) {
    for (;;) {
        struct pollfd p;
        int64_t left = deadline - now_ms();
        int r;
        if (srv_stopping(srv)) return IO_STOPPED;
        if (left <= 0) return IO_TIMEOUT;
        p.fd = fd;
        p.events = events;
        p.revents = 0;
        r = poll(&p, 1, (int)(left < 250 ? left : 250));
        if (r < 0 && errno != EINTR) return IO_ERROR;
        if (r > 0) return IO_OK;
    }
}

static int send_all(server *srv, int fd, const char *p, size_t n, int64_t deadline) {
    while (n) {
        ssize_t k = send(fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (k > 0) { p += k; n -= (size_t)k; continue; }
        if (k < 0 && errno == EINTR) continue;
        if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            int w = wait_fd(srv, fd, POLLOUT, deadline);
            if (w != IO_OK) return w;
            continue;
        }
        return IO_ERROR;
    }
    return IO_OK;
}

/* Shuts our side, reads what the client still sends for a moment (so that
   unread input does not turn our last response into a reset), then closes. */
static void linger_close(server *srv, int fd) {
    char junk[4096];
    size_t total = 0;
    int64_t deadline = now_ms() + 1000;
    shutdown(fd, SHUT_WR);
    while (total < ((size_t)256 << 10) && wait_fd(srv, fd, POLLIN, deadline) == IO_OK) {
        ssize_t k = recv(fd, junk, sizeof junk, MSG_DONTWAIT);
        if (k < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        if (k <= 0) break;
        total += (size_t)k;
    }
    close(fd);
}

/* ---- HTTP responses ----------------------------------------------------- */

static void put_head(sbuf *b, const server *srv, int status, const char *ctype, int64_t content_length, bool chunked,
                     bool keep_alive, const char *extra) {
    char line[256], date[64];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    snprintf(line, sizeof line, "HTTP/1.1 %d %s\r\nDate: %s\r\nServer: valkyr/%s\r\n", status, http_status_text(status), date,
             VALKYR_VERSION_STRING);
    sbuf_str(b, line);
    if (ctype) { sbuf_str(b, "Content-Type: "); sbuf_str(b, ctype); sbuf_str(b, "\r\n"); }
    if (chunked) sbuf_str(b, "Transfer-Encoding: chunked\r\n");
    else if (content_length >= 0) { snprintf(line, sizeof line, "Content-Length: %lld\r\n", (long long)content_length); sbuf_str(b, line); }
    if (keep_alive) {
        snprintf(line, sizeof line, "Connection: keep-alive\r\nKeep-Alive: timeout=%lld\r\n", (long long)(srv->idle_ms / 1000));
        sbuf_str(b, line);
    } else {
        sbuf_str(b, "Connection: close\r\n");
    }
    if (extra) sbuf_str(b, extra);
    sbuf_str(b, "\r\n");
}

/* Builds a whole response with a JSON body. */
static void put_response(sbuf *b, const server *srv, int status, const char *body, size_t len, bool keep_alive,
                         const char *extra, bool head_only) {
    put_head(b, srv, status, "application/json", (int64_t)len, false, keep_alive, extra);
    if (!head_only) sbuf_put(b, body, len);
}

static void put_error(sbuf *b, const server *srv, const oai_error *e, bool keep_alive, const char *extra) {
    vkr_json_writer w;
    const char *text;
    size_t len;
    vkr_json_writer_init(&w, NULL);
    oai_error_write(&w, e);
    if (vkr_json_writer_result(&w, &text, &len) == VKR_OK) put_response(b, srv, e->status, text, len, keep_alive, extra, false);
    else b->oom = true;
    vkr_json_writer_free(&w);
}

/* ---- connections ------------------------------------------------------- */

typedef struct conn {
    server *srv;
    int fd;
    char peer[80];
    char *buf;                   /* bytes received and not yet consumed */
    size_t len, cap;
    /* the request being served, for the log */
    char method[16], path[256];
    int64_t t0;
    int status;
    int64_t prompt_tokens, completion_tokens, cached_tokens;
    bool has_tokens;
} conn;

static void access_log(conn *c) {
    if (c->srv->quiet) return;
    if (c->has_tokens)
        fprintf(stderr, "valkyr serve: %s \"%s %s\" %d %lld+%lld tok (%lld cached) %lld ms\n", c->peer, c->method, c->path,
                c->status, (long long)c->prompt_tokens, (long long)c->completion_tokens, (long long)c->cached_tokens,
                (long long)(now_ms() - c->t0));
    else
        fprintf(stderr, "valkyr serve: %s \"%s %s\" %d - %lld ms\n", c->peer, c->method[0] ? c->method : "-",
                c->path[0] ? c->path : "-", c->status, (long long)(now_ms() - c->t0));
}

/* Receives more bytes into c->buf, growing it to hold at least `want` more. */
static int conn_recv(conn *c, size_t want, int64_t deadline) {
    ssize_t k;
    int w;
    if (want < 4096) want = 4096;
    if (c->len + want > c->cap) {
        size_t nc = c->len + want;
        char *nb = (char *)realloc(c->buf, nc);
        if (!nb) return IO_ERROR;
        c->buf = nb;
        c->cap = nc;
    }
    for (;;) {
        w = wait_fd(c->srv, c->fd, POLLIN, deadline);
        if (w != IO_OK) return w;
        k = recv(c->fd, c->buf + c->len, c->cap - c->len, MSG_DONTWAIT);
        if (k > 0) { c->len += (size_t)k; return IO_OK; }
        if (k == 0) return IO_EOF;
        if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) return IO_ERROR;
    }
}

static bool conn_send(conn *c, const sbuf *b) {
    if (b->oom) return false;
    return send_all(c->srv, c->fd, b->p, b->len, now_ms() + c->srv->body_ms) == IO_OK;
}

/* Answers with an OpenAI error; returns keep_alive (false when not sent). */
static bool reply_error(conn *c, int status, const char *type, const char *code, const char *param, bool keep_alive,
                        const char *extra, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 8, 9)))
#endif
    ;
static bool reply_error(conn *c, int status, const char *type, const char *code, const char *param, bool keep_alive,
                        const char *extra, const char *fmt, ...) {
    oai_error e;
    sbuf b;
    bool sent;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    memset(&b, 0, sizeof b);
    oai_error_set(&e, status, type, code, param, "%s", msg);
    put_error(&b, c->srv, &e, keep_alive, extra);
    c->status = status;
    sent = conn_send(c, &b);
    sbuf_free(&b);
    return sent && keep_alive;
}

static bool reply_oai_error(conn *c, const oai_error *e, bool keep_alive) {
    sbuf b;
    bool sent;
    memset(&b, 0, sizeof b);
    put_error(&b, c->srv, e, keep_alive, NULL);
    c->status = e->status;
    sent = conn_send(c, &b);
    sbuf_free(&b);
    return sent && keep_alive;
}

static bool reply_json(conn *c, vkr_json_writer *w, bool keep_alive, bool head_only) {
    const char *text;
    size_t len;
    sbuf b;
    bool sent;
    memset(&b, 0, sizeof b);
    if (vkr_json_writer_result(w, &text, &len) != VKR_OK) {
        vkr_json_writer_free(w);
        return reply_error(c, 500, "server_error", NULL, NULL, false, NULL, "out of memory");
    }
    put_response(&b, c->srv, 200, text, len, keep_alive, NULL, head_only);
    vkr_json_writer_free(w);
    c->status = 200;
    sent = conn_send(c, &b);
    sbuf_free(&b);
    return sent && keep_alive;
}

/* ---- the worker: SSE events and final responses ------------------------- */

static bool job_cancelled_by_client(job *j);
static bool job_cancelled(job *j) { return job_cancelled_by_client(j) || srv_stopping(j->srv); }

/* Hands bytes to the connection thread. */
static void job_send(job *j, const char *p, size_t n) {
    pthread_mutex_lock(&j->mu);
    sbuf_put(&j->out, p, n);
    pthread_cond_signal(&j->cv);
    pthread_mutex_unlock(&j->mu);
}

static bool job_cancelled_by_client(job *j) {
    bool c;
    pthread_mutex_lock(&j->mu);
    c = j->cancel;
    pthread_mutex_unlock(&j->mu);
    return c;
}

/* Hands over the last bytes and marks the job done in one step, so the
   connection never sees a complete response without `done` (and takes a
   client that closes after reading it for one that left early). */
static void job_finish(job *j, int status, const char *last, size_t n) {
    pthread_mutex_lock(&j->mu);
    if (n) sbuf_put(&j->out, last, n);
    j->status = status;
    j->done = true;
    pthread_cond_signal(&j->cv);
    pthread_mutex_unlock(&j->mu);
}

/* One SSE event ("data: JSON\n\n") into b, as a chunk when chunked. */
static void put_event(const job *j, sbuf *b, const char *data, size_t len) {
    char size[32];
    if (j->chunked) { snprintf(size, sizeof size, "%llx\r\n", (unsigned long long)(len + 8)); sbuf_str(b, size); }
    sbuf_str(b, "data: ");
    sbuf_put(b, data, len);
    sbuf_str(b, "\n\n");
    if (j->chunked) sbuf_str(b, "\r\n");
}

static void job_event(job *j, const char *data, size_t len) {
    sbuf b;
    memset(&b, 0, sizeof b);
    put_event(j, &b, data, len);
    if (!b.oom) job_send(j, b.p, b.len);
    sbuf_free(&b);
}

static void write_usage(vkr_json_writer *w, const job *j) {
    vkr_json_key(w, "usage");
    vkr_json_begin_object(w);
    vkr_json_key(w, "prompt_tokens"); vkr_json_write_int(w, j->prompt_tokens);
    vkr_json_key(w, "completion_tokens"); vkr_json_write_int(w, j->completion_tokens);
    vkr_json_key(w, "total_tokens"); vkr_json_write_int(w, j->prompt_tokens + j->completion_tokens);
    vkr_json_key(w, "prompt_tokens_details");
    vkr_json_begin_object(w);
    vkr_json_key(w, "cached_tokens"); vkr_json_write_int(w, j->cached_tokens);
    vkr_json_end_object(w);
    vkr_json_end_object(w);
}

static void write_envelope(vkr_json_writer *w, const job *j, const char *object) {
    vkr_json_begin_object(w);
    vkr_json_key(w, "id"); vkr_json_write_string(w, j->id);
    vkr_json_key(w, "object"); vkr_json_write_string(w, object);
    vkr_json_key(w, "created"); vkr_json_write_int(w, j->created);
    vkr_json_key(w, "model"); vkr_json_write_string(w, j->srv->model_id);
    vkr_json_key(w, "system_fingerprint"); vkr_json_write_string(w, "valkyr-" VALKYR_VERSION_STRING);
}

/* A streamed chunk: text (may be NULL), the role (first chunk), a finish
   reason (last chunk), or with usage_only the usage chunk. */
static void job_chunk(job *j, const char *text, size_t len, bool role, const char *finish, bool usage_only) {
    vkr_json_writer w;
    const char *out;
    size_t n;
    bool chat = j->req.kind == OAI_CHAT;
    vkr_json_writer_init(&w, NULL);
    write_envelope(&w, j, chat ? "chat.completion.chunk" : "text_completion");
    vkr_json_key(&w, "choices");
    vkr_json_begin_array(&w);
    if (!usage_only) {
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "index"); vkr_json_write_int(&w, 0);
        if (chat) {
            vkr_json_key(&w, "delta");
            vkr_json_begin_object(&w);
            if (role) { vkr_json_key(&w, "role"); vkr_json_write_string(&w, "assistant"); }
            if (text || role) { vkr_json_key(&w, "content"); vkr_json_write_string_n(&w, text ? text : "", text ? len : 0); }
            vkr_json_end_object(&w);
        } else {
            vkr_json_key(&w, "text"); vkr_json_write_string_n(&w, text ? text : "", text ? len : 0);
        }
        vkr_json_key(&w, "logprobs"); vkr_json_write_null(&w);
        vkr_json_key(&w, "finish_reason");
        if (finish) vkr_json_write_string(&w, finish); else vkr_json_write_null(&w);
        vkr_json_end_object(&w);
    }
    vkr_json_end_array(&w);
    if (usage_only) write_usage(&w, j);
    else if (j->req.include_usage) { vkr_json_key(&w, "usage"); vkr_json_write_null(&w); }
    vkr_json_end_object(&w);
    if (vkr_json_writer_result(&w, &out, &n) == VKR_OK) job_event(j, out, n);
    vkr_json_writer_free(&w);
}

/* "data: [DONE]", the end of the chunked body, and done. */
static void job_stream_end(job *j, int status) {
    sbuf b;
    memset(&b, 0, sizeof b);
    put_event(j, &b, "[DONE]", 6);
    if (j->chunked) sbuf_put(&b, "0\r\n\r\n", 5);
    job_finish(j, status, b.oom ? NULL : b.p, b.oom ? 0 : b.len);
    sbuf_free(&b);
}

/* An error before anything was sent: a whole error response. After the
   stream began: an error event, then the end of the stream. */
static void job_fail(job *j, int status, const char *type, const char *code, const char *msg) {
    oai_error e;
    oai_error_set(&e, status, type, code, NULL, "%s", msg);
    if (j->headers_sent) {
        vkr_json_writer w;
        const char *text;
        size_t len;
        vkr_json_writer_init(&w, NULL);
        oai_error_write(&w, &e);
        if (vkr_json_writer_result(&w, &text, &len) == VKR_OK) job_event(j, text, len);
        vkr_json_writer_free(&w);
        if (!j->chunked) j->keep_alive = false;
        job_stream_end(j, j->status ? j->status : 200);
    } else {
        sbuf b;
        memset(&b, 0, sizeof b);
        put_error(&b, j->srv, &e, j->keep_alive, status == 503 ? "Retry-After: 1\r\n" : NULL);
        job_finish(j, status, b.oom ? NULL : b.p, b.oom ? 0 : b.len);
        sbuf_free(&b);
    }
}

static bool on_piece(void *user, vkr_token id, const char *text, size_t len) {
    job *j = (job *)user;
    (void)id;
    if (len) {
        if (j->req.stream) job_chunk(j, text, len, false, NULL, false);
        else sbuf_put(&j->text, text, len);
    }
    return !job_cancelled(j) && !j->text.oom;
}

static void run_job(server *srv, job *j) {
    vkr_generate_desc gd;
    vkr_generate_result res;
    vkr_result r;
    int64_t keep = 0, have = vkr_session_n_past(srv->s), n = (int64_t)j->n_prompt;
    const vkr_token *old = vkr_session_tokens(srv->s);
    const char *finish;
    if (job_cancelled(j)) {
        if (srv_stopping(srv)) job_fail(j, 503, "server_error", "shutting_down", "The server is shutting down.");
        else job_finish(j, 499, NULL, 0);
        return;
    }
    /* keep the longest common prefix in the KV cache; re-run at least the
       last prompt token for fresh logits */
    while (keep < have && keep < n && old[keep] == j->prompt[keep]) keep++;
    if (keep == n) keep--;
    r = vkr_session_rewind(srv->s, keep);
    if (r == VKR_OK) r = vkr_session_append(srv->s, j->prompt + keep, (size_t)(n - keep), NULL);
    if (r != VKR_OK) {
        char msg[600];
        snprintf(msg, sizeof msg, "The model failed on the prompt: %s", vkr_last_error());
        vkr_session_rewind(srv->s, 0);
        job_fail(j, 500, "server_error", NULL, msg);
        return;
    }
    j->prompt_tokens = n;
    j->cached_tokens = keep;
    if (j->req.stream) {
        sbuf b;
        memset(&b, 0, sizeof b);
        if (!j->chunked) j->keep_alive = false;   /* HTTP/1.0: the stream ends with the connection */
        put_head(&b, srv, 200, "text/event-stream", -1, j->chunked, j->keep_alive, "Cache-Control: no-cache\r\n");
        if (!b.oom) job_send(j, b.p, b.len);
        sbuf_free(&b);
        j->headers_sent = true;
        j->status = 200;
        if (j->req.kind == OAI_CHAT) job_chunk(j, NULL, 0, true, NULL, false);
    }
    memset(&gd, 0, sizeof gd);
    gd.sampling = j->req.sampling;
    gd.max_tokens = j->req.max_tokens;
    gd.stop_strings = j->req.stop;
    gd.n_stop_strings = j->req.n_stop;
    gd.on_token = on_piece;
    gd.user = j;
    memset(&res, 0, sizeof res);
    r = vkr_generate(srv->s, srv->tok, &gd, &res);
    if (r == VKR_OK && j->text.oom) r = VKR_ERR_OUT_OF_MEMORY;
    if (r != VKR_OK) {
        char msg[600];
        snprintf(msg, sizeof msg, "Generation failed: %s", vkr_last_error());
        job_fail(j, 500, "server_error", NULL, msg);
        return;
    }
    if (res.stop == VKR_STOP_ABORTED) {
        j->completion_tokens = res.n_tokens;   /* for the log */
        if (srv_stopping(srv) && !job_cancelled_by_client(j)) job_fail(j, 503, "server_error", "shutting_down", "The server is shutting down.");
        else job_finish(j, 499, NULL, 0);
        return;
    }
    /* OpenAI counts the text's tokens: a stop token ends the answer but is no part of it */
    j->completion_tokens = res.n_tokens - (res.stop == VKR_STOP_EOS ? 1 : 0);
    finish = (res.stop == VKR_STOP_EOS || res.stop == VKR_STOP_STRING) ? "stop" : "length";
    if (j->req.stream) {
        job_chunk(j, NULL, 0, false, finish, false);
        if (j->req.include_usage) job_chunk(j, NULL, 0, false, NULL, true);
        job_stream_end(j, 200);
    } else {
        vkr_json_writer w;
        const char *text;
        size_t len;
        bool chat = j->req.kind == OAI_CHAT;
        vkr_json_writer_init(&w, NULL);
        write_envelope(&w, j, chat ? "chat.completion" : "text_completion");
        vkr_json_key(&w, "choices");
        vkr_json_begin_array(&w);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "index"); vkr_json_write_int(&w, 0);
        if (chat) {
            vkr_json_key(&w, "message");
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "role"); vkr_json_write_string(&w, "assistant");
            vkr_json_key(&w, "content"); vkr_json_write_string_n(&w, j->text.p ? j->text.p : "", j->text.len);
            vkr_json_key(&w, "refusal"); vkr_json_write_null(&w);
            vkr_json_end_object(&w);
        } else {
            vkr_json_key(&w, "text"); vkr_json_write_string_n(&w, j->text.p ? j->text.p : "", j->text.len);
        }
        vkr_json_key(&w, "logprobs"); vkr_json_write_null(&w);
        vkr_json_key(&w, "finish_reason"); vkr_json_write_string(&w, finish);
        vkr_json_end_object(&w);
        vkr_json_end_array(&w);
        write_usage(&w, j);
        vkr_json_end_object(&w);
        if (vkr_json_writer_result(&w, &text, &len) == VKR_OK) {
            sbuf b;
            memset(&b, 0, sizeof b);
            put_response(&b, srv, 200, text, len, j->keep_alive, NULL, false);
            if (!b.oom) job_finish(j, 200, b.p, b.len);
            else job_fail(j, 500, "server_error", NULL, "out of memory");
            sbuf_free(&b);
        } else {
            job_fail(j, 500, "server_error", NULL, "out of memory");
        }
        vkr_json_writer_free(&w);
    }
}

static void *worker_main(void *arg) {
    server *srv = (server *)arg;
    for (;;) {
        job *j;
        pthread_mutex_lock(&srv->mu);
        while (!srv->qhead && !srv->stopping) pthread_cond_wait(&srv->work_cv, &srv->mu);
        j = srv->qhead;
        if (j) {
            srv->qhead = j->next;
            if (!srv->qhead) srv->qtail = NULL;
            srv->n_queued--;
            j->queued = false;
        }
        pthread_mutex_unlock(&srv->mu);
        if (!j) break;
        run_job(srv, j);   /* after job_finish the job belongs to its connection again */
    }
    return NULL;
}

/* ---- generation requests (connection side) ------------------------------ */

static job *job_new(server *srv) {
    job *j = (job *)calloc(1, sizeof *j);
    if (!j) return NULL;
    j->srv = srv;
    pthread_mutex_init(&j->mu, NULL);
    cond_init_monotonic(&j->cv);
    return j;
}

static void job_free(job *j) {
    if (!j) return;
    oai_request_free(&j->req);
    vkr_tokens_free(&j->encoded);
    sbuf_free(&j->out);
    sbuf_free(&j->text);
    pthread_mutex_destroy(&j->mu);
    pthread_cond_destroy(&j->cv);
    free(j);
}

/* Takes a queued job out of the queue; false when the worker has it. */
static bool unqueue(server *srv, job *j) {
    bool was = false;
    pthread_mutex_lock(&srv->mu);
    if (j->queued) {
        job **p = &srv->qhead, *prev = NULL;
        while (*p && *p != j) { prev = *p; p = &(*p)->next; }
        if (*p) {
            *p = j->next;
            if (srv->qtail == j) srv->qtail = prev;
            srv->n_queued--;
            j->queued = false;
            was = true;
        }
    }
    pthread_mutex_unlock(&srv->mu);
    return was;
}

/* True when the client has closed its side (or the socket failed). Sets
   *pipelined when the client already sent more, so we stop looking. */
static bool client_gone(conn *c, bool *pipelined) {
    struct pollfd p;
    char b;
    ssize_t k;
    p.fd = c->fd;
    p.events = POLLIN;
    p.revents = 0;
    if (poll(&p, 1, 0) <= 0) return false;
    if (p.revents & (POLLERR | POLLNVAL)) return true;
    k = recv(c->fd, &b, 1, MSG_PEEK | MSG_DONTWAIT);
    if (k > 0) { *pipelined = true; return false; }
    if (k == 0) return true;
    return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
}

/* Queues the job and relays what the worker writes until it is done.
   Returns keep_alive. */
static bool relay_job(conn *c, job *j) {
    server *srv = c->srv;
    bool failed = false, pipelined = false, done = false;
    pthread_mutex_lock(&srv->mu);
    if (srv->stopping || srv->n_queued >= srv->queue_cap) {
        bool stopping = srv->stopping;
        int64_t q = srv->n_queued;
        pthread_mutex_unlock(&srv->mu);
        if (stopping) return reply_error(c, 503, "server_error", "shutting_down", NULL, false, NULL, "The server is shutting down.");
        return reply_error(c, 503, "server_error", "queue_full", NULL, j->keep_alive, "Retry-After: 1\r\n",
                           "The server is busy: %lld requests are already waiting for the model. Retry later.", (long long)q);
    }
    j->queued = true;
    if (srv->qtail) srv->qtail->next = j; else srv->qhead = j;
    srv->qtail = j;
    srv->n_queued++;
    pthread_cond_signal(&srv->work_cv);
    pthread_mutex_unlock(&srv->mu);

    while (!done) {
        sbuf t;
        pthread_mutex_lock(&j->mu);
        if (!j->done && j->out.len == 0) cond_wait_ms(&j->cv, &j->mu, 200);
        t = j->out;                      /* take what is there, leave an empty buffer */
        memset(&j->out, 0, sizeof j->out);
        done = j->done;
        pthread_mutex_unlock(&j->mu);
        if (t.len && !failed) {
            if (t.oom || send_all(srv, c->fd, t.p, t.len, now_ms() + srv->body_ms) != IO_OK) failed = true;
        }
        sbuf_free(&t);
        if (!failed && !done && !pipelined && client_gone(c, &pipelined)) failed = true;
        if (failed && !done) {
            pthread_mutex_lock(&j->mu);
            j->cancel = true;
            pthread_mutex_unlock(&j->mu);
            if (unqueue(srv, j)) break;    /* the worker never saw it */
        }
    }
    c->status = failed ? 499 : j->status;
    c->prompt_tokens = j->prompt_tokens ? j->prompt_tokens : (int64_t)j->n_prompt;
    c->completion_tokens = j->completion_tokens;
    c->cached_tokens = j->cached_tokens;
    c->has_tokens = true;
    return j->keep_alive && !failed && j->status < 500;
}

static bool handle_generation(conn *c, oai_kind kind, const char *body, size_t len, bool keep_alive, bool http11) {
    server *srv = c->srv;
    job *j = job_new(srv);
    oai_error e;
    vkr_result r;
    bool keep;
    const char *what = kind == OAI_CHAT ? "messages" : "prompt";
    if (!j) return reply_error(c, 500, "server_error", NULL, NULL, false, NULL, "out of memory");
    j->keep_alive = keep_alive;
    j->chunked = http11;
    if (!oai_parse_request(kind, body, len, &j->req, &e)) {
        keep = reply_oai_error(c, &e, keep_alive);
        job_free(j);
        return keep;
    }
    if (strcmp(j->req.model, srv->model_id) != 0) {
        oai_error_set(&e, 404, "invalid_request_error", "model_not_found", "model",
                      "The model '%.200s' does not exist; this server has '%s'.", j->req.model, srv->model_id);
        keep = reply_oai_error(c, &e, keep_alive);
        job_free(j);
        return keep;
    }
    if (kind == OAI_CHAT) {
        vkr_chat_render_desc rd;
        vkr_text text;
        memset(&rd, 0, sizeof rd);
        memset(&text, 0, sizeof text);
        rd.add_generation_prompt = true;
        r = vkr_chat_render_json(srv->tpl, j->req.messages_json, j->req.messages_len, &rd, &text);
        /* as apply_chat_template(tokenize=True): special tokens parsed, no BOS beyond the template's */
        if (r == VKR_OK) r = vkr_tok_encode(srv->tok, text.text ? text.text : "", text.len, 0, &j->encoded);
        vkr_text_free(&text);
        if (r != VKR_OK) {
            oai_error_set(&e, r == VKR_ERR_OUT_OF_MEMORY ? 500 : 400, r == VKR_ERR_OUT_OF_MEMORY ? "server_error" : "invalid_request_error",
                          NULL, "messages", "The chat template could not render the messages: %s", vkr_last_error());
            keep = reply_oai_error(c, &e, keep_alive);
            job_free(j);
            return keep;
        }
    } else if (j->req.prompt_ids) {
        size_t i;
        for (i = 0; i < j->req.n_prompt_ids; i++)
            if (j->req.prompt_ids[i] >= srv->n_vocab) {
                oai_error_set(&e, 400, "invalid_request_error", NULL, "prompt",
                              "Invalid 'prompt': token id %d at index %llu is outside the vocabulary (0 to %d).",
                              (int)j->req.prompt_ids[i], (unsigned long long)i, (int)srv->n_vocab - 1);
                keep = reply_oai_error(c, &e, keep_alive);
                job_free(j);
                return keep;
            }
        j->prompt = j->req.prompt_ids;
        j->n_prompt = j->req.n_prompt_ids;
    } else {
        r = vkr_tok_encode(srv->tok, j->req.prompt, j->req.prompt_len, VKR_TOK_ADD_SPECIAL, &j->encoded);
        if (r != VKR_OK) {
            oai_error_set(&e, 500, "server_error", NULL, "prompt", "The prompt could not be tokenized: %s", vkr_last_error());
            keep = reply_oai_error(c, &e, keep_alive);
            job_free(j);
            return keep;
        }
    }
    if (j->encoded.n) { j->prompt = j->encoded.ids; j->n_prompt = j->encoded.n; }
    if (j->n_prompt == 0) {
        oai_error_set(&e, 400, "invalid_request_error", NULL, what, "Invalid '%s': it has no tokens (and the model has no BOS token to start from).", what);
        keep = reply_oai_error(c, &e, keep_alive);
        job_free(j);
        return keep;
    }
    if ((int64_t)j->n_prompt >= srv->n_ctx) {
        oai_error_set(&e, 400, "invalid_request_error", "context_length_exceeded", what,
                      "This model's maximum context length is %lld tokens. However, your %s resulted in %llu tokens, "
                      "which leaves no room for a completion. Please reduce the length of the %s.",
                      (long long)srv->n_ctx, what, (unsigned long long)j->n_prompt, what);
        keep = reply_oai_error(c, &e, keep_alive);
        c->prompt_tokens = (int64_t)j->n_prompt;
        job_free(j);
        return keep;
    }
    if (!j->req.seeded) j->req.sampling.seed = srv_random(srv);
    {
        uint64_t a = srv_random(srv), b = srv_random(srv);
        snprintf(j->id, sizeof j->id, "%s%016llx%08llx", kind == OAI_CHAT ? "chatcmpl-" : "cmpl-", (unsigned long long)a,
                 (unsigned long long)(b & 0xFFFFFFFFu));
    }
    j->created = (int64_t)time(NULL);
    keep = relay_job(c, j);
    job_free(j);
    return keep;
}

/* ---- routes -------------------------------------------------------------- */

enum { ROUTE_NONE, ROUTE_HEALTH, ROUTE_MODELS, ROUTE_MODEL, ROUTE_CHAT, ROUTE_COMPLETIONS };

static int route_of(const char *path, const char **rest) {
    const char *p = path;
    *rest = NULL;
    if (!strcmp(p, "/health")) return ROUTE_HEALTH;
    if (!strncmp(p, "/v1/", 4)) p += 3;   /* accept the paths with and without /v1 */
    if (!strcmp(p, "/chat/completions")) return ROUTE_CHAT;
    if (!strcmp(p, "/completions")) return ROUTE_COMPLETIONS;
    if (!strcmp(p, "/models")) return ROUTE_MODELS;
    if (!strncmp(p, "/models/", 8) && p[8]) { *rest = p + 8; return ROUTE_MODEL; }
    return ROUTE_NONE;
}

/* Percent-decodes s in place (a model id may hold '/', sent as %2F). */
static void percent_decode(char *s) {
    char *o = s;
    while (*s) {
        int h1, h2;
        if (*s == '%' && s[1] && s[2] &&
            (h1 = (s[1] >= '0' && s[1] <= '9') ? s[1] - '0' : (s[1] | 32) >= 'a' && (s[1] | 32) <= 'f' ? (s[1] | 32) - 'a' + 10 : -1) >= 0 &&
            (h2 = (s[2] >= '0' && s[2] <= '9') ? s[2] - '0' : (s[2] | 32) >= 'a' && (s[2] | 32) <= 'f' ? (s[2] | 32) - 'a' + 10 : -1) >= 0 &&
            (h1 || h2)) {
            *o++ = (char)(h1 * 16 + h2);
            s += 3;
        } else {
            *o++ = *s++;
        }
    }
    *o = 0;
}

static void write_model(vkr_json_writer *w, const server *srv) {
    vkr_json_begin_object(w);
    vkr_json_key(w, "id"); vkr_json_write_string(w, srv->model_id);
    vkr_json_key(w, "object"); vkr_json_write_string(w, "model");
    vkr_json_key(w, "created"); vkr_json_write_int(w, srv->started);
    vkr_json_key(w, "owned_by"); vkr_json_write_string(w, "valkyr");
    vkr_json_key(w, "context_length"); vkr_json_write_int(w, srv->n_ctx);
    vkr_json_end_object(w);
}

/* Constant-time comparison of the bearer token with the key. */
static bool auth_ok(const server *srv, const http_request *hr) {
    size_t n, i, kl = strlen(srv->api_key);
    const char *v = http_header_get(hr, "authorization", &n);
    unsigned diff;
    if (!v || n < 7 || strncasecmp(v, "bearer ", 7) != 0) return false;
    v += 7;
    n -= 7;
    while (n && *v == ' ') { v++; n--; }
    diff = (unsigned)(n != kl);
    for (i = 0; i < n; i++) diff |= (unsigned char)v[i] ^ (unsigned char)srv->api_key[kl ? i % kl : 0];
    return diff == 0;
}

/* Reads the body the head announced into c->buf after the head. Returns
   IO_OK with *body_len, or an error already answered (then close). */
static int read_body(conn *c, const http_request *hr, size_t head_len, size_t *body_len, size_t *consumed) {
    server *srv = c->srv;
    int64_t deadline = now_ms() + srv->body_ms;
    int rc;
    *body_len = 0;
    *consumed = head_len;
    if (!hr->chunked) {
        size_t want = hr->content_length > 0 ? (size_t)hr->content_length : 0;
        while (c->len - head_len < want) {
            rc = conn_recv(c, want - (c->len - head_len), deadline);
            if (rc == IO_TIMEOUT) { reply_error(c, 408, "invalid_request_error", "timeout", NULL, false, NULL, "The request body did not arrive in time."); return rc; }
            if (rc != IO_OK) { c->status = 400; return rc; }
        }
        *body_len = want;
        *consumed = head_len + want;
        return IO_OK;
    } else {
        http_chunked d;
        memset(&d, 0, sizeof d);
        for (;;) {
            size_t n = c->len - head_len;
            int st = http_chunked_decode(&d, c->buf + head_len, n, srv->max_body);
            if (st == HTTP_DONE) {
                /* the decoded body is at [head_len, head_len + d.out); the
                   rest of the buffer starts at head_len + d.in */
                *body_len = d.out;
                *consumed = head_len + d.in;
                return IO_OK;
            }
            if (st == HTTP_ERROR) {
                char lim[32];
                snprintf(lim, sizeof lim, "%llu", (unsigned long long)srv->max_body);
                if (d.status == 413)
                    reply_error(c, 413, "invalid_request_error", "request_too_large", NULL, false, NULL, "The request body is larger than %s bytes.", lim);
                else
                    reply_error(c, 400, "invalid_request_error", NULL, NULL, false, NULL, "Malformed chunked request body.");
                return IO_ERROR;
            }
            /* compact: move the undecoded bytes down to the decoded ones */
            memmove(c->buf + head_len + d.out, c->buf + head_len + d.in, n - d.in);
            c->len = head_len + d.out + (n - d.in);
            d.in = d.out;
            rc = conn_recv(c, 16384, deadline);
            if (rc == IO_TIMEOUT) { reply_error(c, 408, "invalid_request_error", "timeout", NULL, false, NULL, "The request body did not arrive in time."); return rc; }
            if (rc != IO_OK) { c->status = 400; return rc; }
        }
    }
}

/* Serves one request whose head is parsed; returns keep_alive. */
static bool handle_request(conn *c, const http_request *hr) {
    server *srv = c->srv;
    const char *rest = NULL;
    char path[256], id[256];
    int route;
    bool get, post, head_only, keep = hr->keep_alive, body_pending = hr->chunked || hr->content_length > 0;
    size_t body_len, consumed;
    int rc;
    snprintf(c->method, sizeof c->method, "%.*s", (int)(hr->method_len < 15 ? hr->method_len : 15), hr->method);
    snprintf(c->path, sizeof c->path, "%.*s", (int)(hr->path_len < 255 ? hr->path_len : 255), hr->path);
    snprintf(path, sizeof path, "%s", c->path);
    route = hr->path_len < 255 ? route_of(path, &rest) : ROUTE_NONE;
    get = !strcmp(c->method, "GET");
    head_only = !strcmp(c->method, "HEAD");
    post = !strcmp(c->method, "POST");
    if (srv_stopping(srv)) keep = false;

    if (route == ROUTE_NONE)
        return reply_error(c, 404, "invalid_request_error", "unknown_url", NULL, keep && !body_pending, NULL,
                           "Unknown request URL: %s. See valkyr serve --help for the routes.", c->path);
    if (((route == ROUTE_CHAT || route == ROUTE_COMPLETIONS) && !post) ||
        ((route == ROUTE_HEALTH || route == ROUTE_MODELS || route == ROUTE_MODEL) && !get && !head_only)) {
        const char *allow = (route == ROUTE_CHAT || route == ROUTE_COMPLETIONS) ? "Allow: POST\r\n" : "Allow: GET, HEAD\r\n";
        return reply_error(c, 405, "invalid_request_error", "method_not_allowed", NULL, keep && !body_pending, allow,
                           "Method %s is not allowed here.", c->method);
    }
    if (hr->content_length > 0 && (uint64_t)hr->content_length > (uint64_t)srv->max_body) {
        char lim[32];
        snprintf(lim, sizeof lim, "%llu", (unsigned long long)srv->max_body);
        return reply_error(c, 413, "invalid_request_error", "request_too_large", NULL, false, NULL,
                           "The request body is larger than %s bytes.", lim);
    }
    if (route != ROUTE_HEALTH && srv->api_key && !auth_ok(srv, hr)) {
        bool given = http_header_get(hr, "authorization", NULL) != NULL;
        return reply_error(c, 401, "invalid_request_error", "invalid_api_key", NULL, keep && !body_pending, "WWW-Authenticate: Bearer\r\n",
                           "%s", given ? "Incorrect API key provided." : "You didn't provide an API key: send 'Authorization: Bearer KEY'.");
    }
    if (hr->expect_continue && body_pending) {
        static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
        if (send_all(srv, c->fd, cont, sizeof cont - 1, now_ms() + srv->body_ms) != IO_OK) return false;
    }
    /* hr points into c->buf, which reading the body may move: done with it */
    {
        size_t head_len = hr->head_len;
        http_request copy = *hr;
        copy.n_headers = 0;   /* header pointers would dangle */
        rc = read_body(c, &copy, head_len, &body_len, &consumed);
        if (rc != IO_OK) return false;
        if (route == ROUTE_CHAT || route == ROUTE_COMPLETIONS) {
            /* the body is parsed in place, then dropped with the request */
            char *body = (char *)malloc(body_len + 1);
            if (!body) return reply_error(c, 500, "server_error", NULL, NULL, false, NULL, "out of memory");
            memcpy(body, c->buf + head_len, body_len);
            body[body_len] = 0;
            memmove(c->buf, c->buf + consumed, c->len - consumed);
            c->len -= consumed;
            keep = handle_generation(c, route == ROUTE_CHAT ? OAI_CHAT : OAI_COMPLETION, body, body_len, keep, copy.version_minor >= 1);
            free(body);
            return keep;
        }
        memmove(c->buf, c->buf + consumed, c->len - consumed);
        c->len -= consumed;
    }
    if (route == ROUTE_HEALTH) {
        vkr_json_writer w;
        int64_t q;
        pthread_mutex_lock(&srv->mu);
        q = srv->n_queued;
        pthread_mutex_unlock(&srv->mu);
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "status"); vkr_json_write_string(&w, "ok");
        vkr_json_key(&w, "model"); vkr_json_write_string(&w, srv->model_id);
        vkr_json_key(&w, "queued"); vkr_json_write_int(&w, q);
        vkr_json_end_object(&w);
        return reply_json(c, &w, keep, head_only);
    }
    if (route == ROUTE_MODELS) {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "object"); vkr_json_write_string(&w, "list");
        vkr_json_key(&w, "data");
        vkr_json_begin_array(&w);
        write_model(&w, srv);
        vkr_json_end_array(&w);
        vkr_json_end_object(&w);
        return reply_json(c, &w, keep, head_only);
    }
    /* ROUTE_MODEL */
    snprintf(id, sizeof id, "%s", rest);
    percent_decode(id);
    if (strcmp(id, srv->model_id) != 0)
        return reply_error(c, 404, "invalid_request_error", "model_not_found", "model", keep, NULL, "The model '%.200s' does not exist.", id);
    {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        write_model(&w, srv);
        return reply_json(c, &w, keep, head_only);
    }
}

static void *conn_main(void *arg) {
    conn *c = (conn *)arg;
    server *srv = c->srv;
    bool first = true, keep = true, graceful = false;
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    while (keep) {
        http_request hr;
        int st, rc, io;
        const char *why;
        int64_t deadline;
        /* wait for the first byte: the head timeout for a new connection,
           the idle timeout between requests */
        if (c->len == 0) {
            rc = conn_recv(c, 4096, now_ms() + (first ? srv->head_ms : srv->idle_ms));
            if (rc != IO_OK) break;   /* closed, idle, or stopping: close quietly */
        }
        c->t0 = now_ms();
        c->method[0] = c->path[0] = 0;
        c->status = 0;
        c->has_tokens = false;
        c->prompt_tokens = c->completion_tokens = c->cached_tokens = 0;
        deadline = c->t0 + srv->head_ms;
        io = IO_OK;
        while ((rc = http_parse_head(c->buf, c->len, srv->max_head, &hr, &st, &why)) == HTTP_INCOMPLETE) {
            io = conn_recv(c, 4096, deadline);
            if (io != IO_OK) break;
        }
        if (io == IO_TIMEOUT) {
            reply_error(c, 408, "invalid_request_error", "timeout", NULL, false, NULL, "The request head did not arrive in time.");
            access_log(c);
            graceful = true;
            break;
        }
        if (io != IO_OK) break;
        if (rc == HTTP_ERROR) {
            reply_error(c, st, "invalid_request_error", NULL, NULL, false, NULL, "Bad request: %s.", why);
            access_log(c);
            graceful = true;
            break;
        }
        keep = handle_request(c, &hr);
        access_log(c);
        first = false;
        graceful = !keep;
    }
    if (graceful) linger_close(srv, c->fd);
    else close(c->fd);
    free(c->buf);
    free(c);
    pthread_mutex_lock(&srv->mu);
    srv->n_conns--;
    pthread_cond_broadcast(&srv->conns_cv);
    pthread_mutex_unlock(&srv->mu);
    return NULL;
}

/* ---- startup, the accept loop, shutdown ----------------------------------- */

static int wake_pipe[2] = {-1, -1};
static volatile sig_atomic_t got_signal;

static void on_signal(int sig) {
    int saved = errno;
    char b = 1;
    got_signal = sig;
    if (wake_pipe[1] >= 0 && write(wake_pipe[1], &b, 1) < 0) {}
    signal(sig, SIG_DFL);   /* a second Ctrl-C ends the process at once */
    errno = saved;
}

static bool parse_count(const char *v, int64_t lo, int64_t hi, int64_t *out) {
    char *end;
    long long x;
    errno = 0;
    x = strtoll(v, &end, 10);
    if (errno || end == v || *end || x < lo || x > hi) return false;
    *out = x;
    return true;
}

/* The model's name in the API: the directory's last component for a path,
   the id itself for a Hugging Face id. */
static void default_model_id(const char *arg, char *out, size_t cap) {
    struct stat st;
    size_t n = strlen(arg);
    const char *s;
    while (n > 1 && arg[n - 1] == '/') n--;
    if (stat(arg, &st) == 0) {
        s = arg + n;
        while (s > arg && s[-1] != '/') s--;
        snprintf(out, cap, "%.*s", (int)(arg + n - s), s);
    } else {
        snprintf(out, cap, "%.*s", (int)n, arg);
    }
}

static int open_listener(server *srv, char *shown, size_t cap) {
    struct addrinfo hints, *ai = NULL, *a;
    char port[16];
    int fd = -1, one = 1, rc;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(port, sizeof port, "%d", srv->port);
    rc = getaddrinfo(srv->host, port, &hints, &ai);
    if (rc != 0) { fprintf(stderr, "valkyr serve: %s: %s\n", srv->host, gai_strerror(rc)); return -1; }
    for (a = ai; a; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0) continue;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (bind(fd, a->ai_addr, a->ai_addrlen) == 0 && listen(fd, 128) == 0) break;
        close(fd);
        fd = -1;
    }
    if (fd < 0) {
        fprintf(stderr, "valkyr serve: cannot listen on %s port %d: %s\n", srv->host, srv->port, strerror(errno));
        freeaddrinfo(ai);
        return -1;
    }
    {
        struct sockaddr_storage ss;
        socklen_t sl = sizeof ss;
        char h[1025], s[32];
        if (getsockname(fd, (struct sockaddr *)&ss, &sl) == 0 &&
            getnameinfo((struct sockaddr *)&ss, sl, h, sizeof h, s, sizeof s, NI_NUMERICHOST | NI_NUMERICSERV) == 0)
            snprintf(shown, cap, ss.ss_family == AF_INET6 ? "http://[%s]:%s" : "http://%s:%s", h, s);
        else
            snprintf(shown, cap, "http://%s:%d", srv->host, srv->port);
    }
    freeaddrinfo(ai);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

static void peer_name(const struct sockaddr_storage *ss, socklen_t sl, char *out, size_t cap) {
    char h[1025], s[32];
    if (getnameinfo((const struct sockaddr *)ss, sl, h, sizeof h, s, sizeof s, NI_NUMERICHOST | NI_NUMERICSERV) == 0)
        snprintf(out, cap, ss->ss_family == AF_INET6 ? "[%s]:%s" : "%s:%s", h, s);
    else
        snprintf(out, cap, "?");
}

/* Starts a thread with SIGINT and SIGTERM blocked: only the main thread
   takes them. */
static bool spawn(pthread_t *t, void *(*fn)(void *), void *arg, bool detached) {
    sigset_t set, old;
    pthread_attr_t at;
    int rc;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    pthread_attr_init(&at);
    if (detached) pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(t, &at, fn, arg);
    pthread_attr_destroy(&at);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc == 0;
}

static void accept_loop(server *srv) {
    static const char busy_body[] =
        "{\"error\": {\"message\": \"The server has too many open connections; retry later.\", \"type\": \"server_error\", "
        "\"param\": null, \"code\": \"too_many_connections\"}}";
    for (;;) {
        struct pollfd p[2];
        struct sockaddr_storage ss;
        socklen_t sl = sizeof ss;
        int fd;
        p[0].fd = srv->listen_fd;
        p[0].events = POLLIN;
        p[1].fd = wake_pipe[0];
        p[1].events = POLLIN;
        p[0].revents = p[1].revents = 0;
        if (got_signal) break;
        if (poll(p, 2, -1) < 0) { if (errno == EINTR) continue; break; }
        if (got_signal || p[1].revents) break;
        fd = accept(srv->listen_fd, (struct sockaddr *)&ss, &sl);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) poll(NULL, 0, 100);   /* let some close */
            continue;
        }
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        {
            conn *c = NULL;
            pthread_t t;
            bool room;
            pthread_mutex_lock(&srv->mu);
            room = srv->n_conns < srv->max_conn;
            if (room) srv->n_conns++;
            pthread_mutex_unlock(&srv->mu);
            if (room) c = (conn *)calloc(1, sizeof *c);
            if (c) {
                c->srv = srv;
                c->fd = fd;
                peer_name(&ss, sl, c->peer, sizeof c->peer);
                if (spawn(&t, conn_main, c, true)) continue;
                free(c);
            }
            if (room) {
                pthread_mutex_lock(&srv->mu);
                srv->n_conns--;
                pthread_mutex_unlock(&srv->mu);
            }
            {
                char head[256];
                snprintf(head, sizeof head, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: %u\r\n"
                         "Retry-After: 1\r\nConnection: close\r\n\r\n", (unsigned)(sizeof busy_body - 1));
                if (send(fd, head, strlen(head), MSG_NOSIGNAL | MSG_DONTWAIT) > 0)
                    (void)!send(fd, busy_body, sizeof busy_body - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
                shutdown(fd, SHUT_WR);
                close(fd);
                if (!srv->quiet) {
                    char peer[80];
                    peer_name(&ss, sl, peer, sizeof peer);
                    fprintf(stderr, "valkyr serve: %s refused: 503, %lld connections open (--max-conn)\n", peer, (long long)srv->max_conn);
                }
            }
        }
    }
}

int cmd_serve(int argc, char **argv) {
    server srv;
    int k, rc = 0;
    int64_t v;
    char shown[300];
    const char *lora_dir = NULL, *quant = NULL;
    vkr_model_desc md;
    vkr_session_desc sd;
    vkr_tok_desc td;
    vkr_result r;
    bool generic = false;
    pthread_t worker;
    struct sigaction sa;
    memset(&srv, 0, sizeof srv);
    srv.host = "127.0.0.1";
    srv.port = 8080;
    srv.queue_cap = 16;
    srv.max_conn = 256;
    srv.max_body = (size_t)8 << 20;
    srv.max_head = 16384;
    srv.head_ms = 10000;
    srv.body_ms = 30000;
    srv.idle_ms = 10000;
    srv.precision = VKR_PRECISION_F32;
    srv.api_key = getenv("VALKYR_API_KEY");
    if (srv.api_key && !srv.api_key[0]) srv.api_key = NULL;
    srv.listen_fd = -1;
    for (k = 0; k < argc; k++) {
        const char *a = argv[k], *val = k + 1 < argc ? argv[k + 1] : NULL;
#define NEED_VALUE() do { if (!val) { fprintf(stderr, "valkyr serve: %s needs a value\n", a); return 2; } k++; } while (0)
#define COUNT(lo, hi) do { NEED_VALUE(); if (!parse_count(val, lo, hi, &v)) { fprintf(stderr, "valkyr serve: %s: not a number in [%lld, %lld]: %s\n", a, (long long)(lo), (long long)(hi), val); return 2; } } while (0)
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(serve_usage, stdout); return 0; }
        else if (!strcmp(a, "--host")) { NEED_VALUE(); srv.host = val; }
        else if (!strcmp(a, "--port")) { COUNT(0, 65535); srv.port = (int)v; }
        else if (!strcmp(a, "--api-key")) { NEED_VALUE(); srv.api_key = val[0] ? val : NULL; }
        else if (!strcmp(a, "--model-id")) {
            NEED_VALUE();
            if (!val[0] || strlen(val) >= sizeof srv.model_id) { fprintf(stderr, "valkyr serve: --model-id: 1 to 255 bytes\n"); return 2; }
            snprintf(srv.model_id, sizeof srv.model_id, "%s", val);
        }
        else if (!strcmp(a, "--ctx")) { COUNT(0, INT32_MAX); srv.ctx = v; }
        else if (!strcmp(a, "--threads")) { COUNT(0, 1024); srv.threads = (int32_t)v; }
        else if (!strcmp(a, "--lora")) { NEED_VALUE(); lora_dir = val; }
        else if (!strcmp(a, "--quant")) {
            NEED_VALUE();
            if (vkr_qtype_from_name(val) == VKR_QTYPE_INVALID) { fprintf(stderr, "valkyr serve: --quant %s is not a type valkyr quantizes to (valkyr quantize --help)\n", val); return 2; }
            quant = val;
        }
        else if (!strcmp(a, "--backend")) {
            NEED_VALUE();
            if (!strcmp(val, "cpu")) srv.backend = VKR_BACKEND_CPU;
            else if (!strcmp(val, "vulkan")) srv.backend = VKR_BACKEND_VULKAN;
            else if (!strcmp(val, "auto")) srv.backend = VKR_BACKEND_AUTO;
            else { fprintf(stderr, "valkyr serve: --backend is cpu, vulkan or auto\n"); return 2; }
        }
        else if (!strcmp(a, "--precision")) {
            NEED_VALUE();
            if (!strcmp(val, "f32")) srv.precision = VKR_PRECISION_F32;
            else if (!strcmp(val, "fast")) srv.precision = VKR_PRECISION_FAST;
            else { fprintf(stderr, "valkyr serve: --precision is f32 or fast\n"); return 2; }
        }
        else if (!strcmp(a, "--queue")) { COUNT(1, 1000000); srv.queue_cap = v; }
        else if (!strcmp(a, "--max-conn")) { COUNT(1, 100000); srv.max_conn = v; }
        else if (!strcmp(a, "--max-body")) { COUNT(1, (int64_t)1 << 40); srv.max_body = (size_t)v; }
        else if (!strcmp(a, "--max-head")) { COUNT(256, (int64_t)1 << 24); srv.max_head = (size_t)v; }
        else if (!strcmp(a, "--head-timeout")) { COUNT(1, 86400); srv.head_ms = v * 1000; }
        else if (!strcmp(a, "--body-timeout")) { COUNT(1, 86400); srv.body_ms = v * 1000; }
        else if (!strcmp(a, "--idle-timeout")) { COUNT(1, 86400); srv.idle_ms = v * 1000; }
        else if (!strcmp(a, "--quiet")) srv.quiet = true;
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr serve: unknown option %s (valkyr serve --help lists the options)\n", a); return 2; }
        else if (!srv.model_arg) srv.model_arg = a;
        else { fprintf(stderr, "valkyr serve: one MODEL only\n%s", serve_usage); return 2; }
#undef COUNT
#undef NEED_VALUE
    }
    if (!srv.model_arg) { fputs(serve_usage, stderr); return 2; }
    if (!srv.model_id[0]) default_model_id(srv.model_arg, srv.model_id, sizeof srv.model_id);

    memset(&td, 0, sizeof td);
    r = vkr_tok_load(srv.model_arg, &td, &srv.tok);
    if (r != VKR_OK) { fprintf(stderr, "valkyr serve: %s\n", vkr_last_error()); return 1; }
    memset(&md, 0, sizeof md);
    r = vkr_model_load(srv.model_arg, &md, &srv.m);
    if (r != VKR_OK) { fprintf(stderr, "valkyr serve: %s\n", vkr_last_error()); vkr_tok_free(srv.tok); return 1; }
    if (lora_dir) {   /* merged before the session uploads the weights */
        vkr_lora *lora = NULL;
        r = vkr_lora_load(lora_dir, srv.m, NULL, &lora);
        if (r == VKR_OK) r = vkr_model_apply_lora(srv.m, lora);
        vkr_lora_free(lora);
        if (r != VKR_OK) { fprintf(stderr, "valkyr serve: %s\n", vkr_last_error()); vkr_model_free(srv.m); vkr_tok_free(srv.tok); return 1; }
    }
    if (quant && (r = vkr_model_quantize(srv.m, vkr_qtype_from_name(quant), srv.threads)) != VKR_OK) {
        fprintf(stderr, "valkyr serve: %s\n", vkr_last_error());
        vkr_model_free(srv.m);
        vkr_tok_free(srv.tok);
        return 1;
    }
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = srv.ctx;
    sd.n_threads = srv.threads;
    sd.backend = srv.backend;
    sd.precision = srv.precision;
    r = vkr_session_new(srv.m, &sd, &srv.s);
    if (r == VKR_OK) r = vkr_chat_template_for(srv.tok, vkr_model_config(srv.m)->family, &srv.tpl, &generic);
    if (r != VKR_OK) {
        fprintf(stderr, "valkyr serve: %s\n", vkr_last_error());
        vkr_session_free(srv.s);
        vkr_model_free(srv.m);
        vkr_tok_free(srv.tok);
        return 1;
    }
    if (generic)
        fprintf(stderr, "valkyr serve: warning: %s has no chat template; chat requests use the generic <|role|> format\n", srv.model_id);
    srv.n_ctx = vkr_session_n_ctx(srv.s);
    srv.n_vocab = (int32_t)vkr_model_config(srv.m)->vocab_size;
    srv.started = (int64_t)time(NULL);
    srv.rng = (uint64_t)vkr_time_ns() ^ ((uint64_t)time(NULL) << 32) ^ (uint64_t)getpid();
    pthread_mutex_init(&srv.mu, NULL);
    pthread_cond_init(&srv.work_cv, NULL);
    cond_init_monotonic(&srv.conns_cv);

    signal(SIGPIPE, SIG_IGN);
    if (pipe(wake_pipe) != 0) { fprintf(stderr, "valkyr serve: pipe: %s\n", strerror(errno)); rc = 1; goto free_model; }
    srv.listen_fd = open_listener(&srv, shown, sizeof shown);
    if (srv.listen_fd < 0) { rc = 1; goto close_pipe; }
    got_signal = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    if (!spawn(&worker, worker_main, &srv, false)) { fprintf(stderr, "valkyr serve: cannot start the worker thread\n"); rc = 1; goto close_listener; }
    fprintf(stderr, "valkyr serve: listening on %s (model %s, context %lld tokens, %s %s%s)\n", shown, srv.model_id, (long long)srv.n_ctx,
            vkr_session_gpu(srv.s) ? "vulkan" : "cpu", vkr_session_gpu(srv.s) ? vkr_session_gpu(srv.s)->name : vkr_cpu_features(),
            srv.api_key ? ", API key required" : "");
    fflush(stderr);

    accept_loop(&srv);

    /* stop: no new connections; queued jobs fail, the running one aborts,
       connections close as soon as they notice */
    if (!srv.quiet) fprintf(stderr, "valkyr serve: stopping\n");
    close(srv.listen_fd);
    srv.listen_fd = -1;
    pthread_mutex_lock(&srv.mu);
    srv.stopping = true;
    pthread_cond_broadcast(&srv.work_cv);
    {
        int64_t until = now_ms() + 15000;
        while (srv.n_conns > 0 && now_ms() < until) cond_wait_ms(&srv.conns_cv, &srv.mu, 100);
    }
    k = (int)srv.n_conns;
    pthread_mutex_unlock(&srv.mu);
    pthread_join(worker, NULL);
    if (k > 0) {
        /* a connection thread still runs (stuck in the kernel?): leave the
           model to it and let the process end */
        fprintf(stderr, "valkyr serve: %d connection(s) did not close in time\n", k);
        return 1;
    }
close_listener:
    if (srv.listen_fd >= 0) close(srv.listen_fd);
close_pipe:
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    close(wake_pipe[0]);
    close(wake_pipe[1]);
    wake_pipe[0] = wake_pipe[1] = -1;
    pthread_cond_destroy(&srv.conns_cv);
    pthread_cond_destroy(&srv.work_cv);
    pthread_mutex_destroy(&srv.mu);
free_model:
    vkr_chat_template_free(srv.tpl);
    vkr_session_free(srv.s);
    vkr_model_free(srv.m);
    vkr_tok_free(srv.tok);
    if (rc == 0) fprintf(stderr, "valkyr serve: stopped\n");
    return rc;
}

#endif /* !_WIN32 */
