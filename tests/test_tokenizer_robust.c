/* The tokenizer (>>tok) under stress rather than for parity: (a) every
   allocation failing in turn while loading, encoding, decoding and
   streaming (clean VKR_ERR_OUT_OF_MEMORY, nothing outstanding, every free
   told the size that was allocated); (b) one const tokenizer shared by four
   encoding threads; (c) the streaming decoder pushed one id at a time
   (always a prefix of the one-shot text, always valid UTF-8, reusable after
   a flush); (d) the three kinds of path vkr_tok_load takes, and missing
   ones; (e) ids out of range skipped by decode; (f) every truncation of a
   tokenizer.json / tokenizer_config.json rejected cleanly. Tokenizers come
   from $VKR_TOK_DIR (default build/tok, unpacked by make) and
   models/stories260k. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

#include <pthread.h>
#include <stdint.h>
#ifndef _WIN32
#  include <sys/stat.h>
#  include <sys/wait.h>
#  include <unistd.h>
#endif

static const char *tok_dir(void) {
    const char *d = getenv("VKR_TOK_DIR");
    return d && *d ? d : "build/tok";
}

static const char *const all_names[] = {"stories260k", "tinyllama", "mistral-v0.3", "gpt2", "llama3", "qwen3"};
#define N_NAMES (sizeof all_names / sizeof all_names[0])

static void tok_path(const char *name, char *path, size_t n) {
    if (!strcmp(name, "stories260k")) snprintf(path, n, "models/stories260k");
    else snprintf(path, n, "%s/%s", tok_dir(), name);
}

/* Text for every tokenizer: ASCII, CJK, emoji with ZWJ, combining marks,
   special-token text, and characters no vocabulary here holds whole (CJK
   extension B, private use, U+10FFFD), which the SentencePiece ones turn
   into <0xXX> byte tokens. */
static const char mixed_text[] =
    "Hello, world! The quick brown fox can't stop. \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE"
    "\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88 \xF0\x9F\xA6\x80 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9"
    "\xE2\x80\x8D\xF0\x9F\x91\xA7 na\xC3\xAFve caf\xC3\xA9 e\xCC\x81 \xF0\xA0\x9C\x8E\xF0\xA0\x9C\xB1 "
    "\xEE\x80\x80 \xF4\x8F\xBF\xBD \xEA\x99\xAE\n<s>[INST] hi [/INST]</s><|endoftext|>  12345\ttab\r\n";
static const char second_text[] =
    "  Second sequence: \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80\xF0\x9F\x98\x83 ok \xF0\xA1\x83\x81 \xEF\xBF\xBD end";

/* --- a counting allocator that can fail one allocation ------------------- */

typedef struct cnt {
    pthread_mutex_t mu;
    long n;              /* allocations asked for since the last reset */
    long fail_at;        /* the one that returns NULL; -1: none */
    int failed;          /* it did */
    size_t live;         /* bytes outstanding */
    long blocks;         /* blocks outstanding */
    long bad_frees;      /* frees told a size other than the block's */
    size_t bad_have, bad_told;   /* the first such */
    long foreign;        /* frees of pointers this allocator never gave */
} cnt;

typedef struct cnt_hdr { void *raw; size_t size, magic; } cnt_hdr;
#define CNT_MAGIC ((size_t)0x76616C6B79726121ULL)

static void *cnt_alloc(void *user, size_t size, size_t align) {
    cnt *c = (cnt *)user;
    char *raw, *p;
    cnt_hdr *h;
    int fail;
    pthread_mutex_lock(&c->mu);
    fail = c->n++ == c->fail_at;
    if (fail) c->failed = 1;
    pthread_mutex_unlock(&c->mu);
    if (fail) return NULL;
    if (align < 16) align = 16;
    raw = (char *)malloc(size + align + sizeof(cnt_hdr));
    if (!raw) return NULL;
    p = (char *)(((uintptr_t)raw + sizeof(cnt_hdr) + align - 1) & ~(uintptr_t)(align - 1));
    h = (cnt_hdr *)p - 1;
    h->raw = raw;
    h->size = size;
    h->magic = CNT_MAGIC;
    pthread_mutex_lock(&c->mu);
    c->live += size;
    c->blocks++;
    pthread_mutex_unlock(&c->mu);
    return p;
}

static void cnt_free(void *user, void *ptr, size_t size) {
    cnt *c = (cnt *)user;
    cnt_hdr *h = (cnt_hdr *)ptr - 1;
    pthread_mutex_lock(&c->mu);
    if (!ptr || h->magic != CNT_MAGIC) {
        c->foreign++;
        pthread_mutex_unlock(&c->mu);
        return;
    }
    if (h->size != size) {
        if (!c->bad_frees) { c->bad_have = h->size; c->bad_told = size; }
        c->bad_frees++;
    }
    c->live -= h->size;
    c->blocks--;
    pthread_mutex_unlock(&c->mu);
    h->magic = 0;
    free(h->raw);
}

static void cnt_init(cnt *c) {
    memset(c, 0, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
    c->fail_at = -1;
}
static void cnt_arm(cnt *c, long fail_at) {
    c->n = 0;
    c->fail_at = fail_at;
    c->failed = 0;
}
static vkr_tok_desc cnt_desc(cnt *c) {
    vkr_tok_desc d;
    memset(&d, 0, sizeof d);
    d.hooks.allocator.alloc = cnt_alloc;
    d.hooks.allocator.free = cnt_free;
    d.hooks.allocator.user = c;
    return d;
}

/* Records a failure when c has frees of the wrong size or foreign frees. */
#define CHECK_FREES(c, what) do { \
        CHECK((c)->bad_frees == 0, "%s: %ld frees told the wrong size (first: a block of %zu bytes freed as %zu)", \
              what, (c)->bad_frees, (c)->bad_have, (c)->bad_told); \
        CHECK((c)->foreign == 0, "%s: %ld frees of pointers never allocated", what, (c)->foreign); \
        (c)->bad_frees = 0; (c)->foreign = 0; \
    } while (0)

static vkr_tok *load_plain(const char *name) {
    char path[512];
    vkr_tok *t = NULL;
    tok_path(name, path, sizeof path);
    if (vkr_tok_load(path, NULL, &t) != VKR_OK) {
        fprintf(stderr, "  cannot load %s: %s\n", path, vkr_last_error());
        return NULL;
    }
    return t;
}

static int have_tok(const char *name) {
    char path[512], file[600];
    FILE *f;
    tok_path(name, path, sizeof path);
    snprintf(file, sizeof file, "%s/tokenizer.json", path);
    f = fopen(file, "rb");
    if (f) fclose(f);
    return f != NULL;
}

static int same_ids(const vkr_tokens *a, const vkr_tokens *b) {
    return a->n == b->n && (!a->n || !memcmp(a->ids, b->ids, a->n * sizeof(vkr_token)));
}
static int same_text(const vkr_text *a, const vkr_text *b) {
    return a->len == b->len && (!a->len || !memcmp(a->text, b->text, a->len));
}

/* Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
static int valid_utf8(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i], lo = 0x80, hi = 0xBF;
        size_t need, k;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return 0;
        if (n - i < need + 1) return 0;
        for (k = 1; k <= need; k++) {
            unsigned b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) return 0;
        }
        i += need + 1;
    }
    return 1;
}

/* === (a) allocation failures ============================================== */

/* Fails allocation N of vkr_tok_load for N = 0, stride, 2*stride, ... until
   a load succeeds without reaching N; every failed load must return
   VKR_ERR_OUT_OF_MEMORY, leave *out NULL and free everything it took. The
   sweep is complete (stride 1) when a load makes at most 400 allocations,
   otherwise every 97th. */
static void oom_load_sweep(const char *name) {
    char path[512];
    cnt c;
    vkr_tok_desc d;
    vkr_tok *t = NULL;
    vkr_result r;
    long total, stride, N, tried = 0;
    if (!have_tok(name)) SKIP("no %s tokenizer (run make)", name);
    tok_path(name, path, sizeof path);
    cnt_init(&c);
    d = cnt_desc(&c);
    r = vkr_tok_load(path, &d, &t);
    REQUIRE(r == VKR_OK, "%s: %s", path, vkr_last_error());
    total = c.n;
    vkr_tok_free(t);
    CHECK(c.live == 0 && c.blocks == 0, "%s: %zu bytes in %ld blocks outstanding after vkr_tok_free", name, c.live, c.blocks);
    CHECK_FREES(&c, name);
    stride = total <= 400 ? 1 : 97;
    for (N = 0;; N += stride) {
        t = (vkr_tok *)&c;   /* must come back NULL */
        cnt_arm(&c, N);
        r = vkr_tok_load(path, &d, &t);
        if (!c.failed) {
            CHECK(r == VKR_OK && N >= total, "%s: load without a failed allocation: %s", name, vkr_last_error());
            if (r == VKR_OK) vkr_tok_free(t);
            break;
        }
        tried++;
        CHECK(r == VKR_ERR_OUT_OF_MEMORY, "%s: allocation %ld of %ld failing gave %s (%s)", name, N, total, vkr_result_str(r),
              vkr_last_error());
        CHECK(t == NULL, "%s: allocation %ld failing: *out not NULL", name, N);
        if (r == VKR_OK && t) vkr_tok_free(t);
        CHECK(c.live == 0 && c.blocks == 0, "%s: allocation %ld failing: %zu bytes in %ld blocks leaked", name, N, c.live, c.blocks);
        CHECK(vkr_last_error()[0] != 0);
        CHECK(c.bad_frees == 0, "%s: allocation %ld of %ld failing: %ld frees told the wrong size (first: a block of %zu bytes freed as %zu)",
              name, N, total, c.bad_frees, c.bad_have, c.bad_told);
        CHECK(c.foreign == 0, "%s: allocation %ld failing: %ld frees of pointers never allocated", name, N, c.foreign);
        c.bad_frees = c.foreign = 0;
        if (vt_cur_failed > 5) break;
    }
    CHECK(tried > 0);
}

static void test_oom_load_stories260k(void) { oom_load_sweep("stories260k"); }
static void test_oom_load_tinyllama(void) { oom_load_sweep("tinyllama"); }
static void test_oom_load_gpt2(void) { oom_load_sweep("gpt2"); }

/* A tokenizer loaded with the counting allocator, and what it costs. */
typedef struct oom_ctx {
    const char *name;
    cnt c;
    vkr_tok *t;
    size_t base_live;
    long base_blocks;
    vkr_tokens ids;      /* of mixed_text, with special tokens */
    vkr_text text;       /* their one-shot decode */
} oom_ctx;

static int oom_ctx_open(oom_ctx *x, const char *name) {
    char path[512];
    vkr_tok_desc d;
    memset(x, 0, sizeof *x);
    x->name = name;
    cnt_init(&x->c);
    d = cnt_desc(&x->c);
    tok_path(name, path, sizeof path);
    if (vkr_tok_load(path, &d, &x->t) != VKR_OK) { fprintf(stderr, "  %s: %s\n", path, vkr_last_error()); return 0; }
    if (vkr_tok_encode(x->t, mixed_text, sizeof mixed_text - 1, VKR_TOK_ADD_SPECIAL, &x->ids) != VKR_OK) return 0;
    if (vkr_tok_decode(x->t, x->ids.ids, x->ids.n, 0, &x->text) != VKR_OK) return 0;
    x->base_live = x->c.live;    /* the tokenizer and the two results above */
    x->base_blocks = x->c.blocks;
    return 1;
}
static void oom_ctx_close(oom_ctx *x) {
    vkr_tokens_free(&x->ids);
    vkr_text_free(&x->text);
    vkr_tok_free(x->t);
    CHECK(x->c.live == 0 && x->c.blocks == 0, "%s: %zu bytes outstanding at the end", x->name, x->c.live);
    CHECK_FREES(&x->c, x->name);
}
#define CHECK_BASE(x, what, N) \
    CHECK((x)->c.live == (x)->base_live && (x)->c.blocks == (x)->base_blocks, \
          "%s: %s with allocation %ld failing: %ld bytes in %ld blocks leaked", (x)->name, what, N, \
          (long)((x)->c.live - (x)->base_live), (x)->c.blocks - (x)->base_blocks)

/* prefill: encode into a vkr_tokens that already holds ids; a failed
   append must leave them as they were. */
static void oom_encode_sweep(oom_ctx *x, int prefill) {
    long N;
    for (N = 0;; N++) {
        vkr_tokens out;
        vkr_result r;
        size_t i, had;
        memset(&out, 0, sizeof out);
        cnt_arm(&x->c, -1);
        if (prefill) for (i = 0; i < x->ids.n && i < 100; i++) CHECK(vkr__tokens_push(&out, &x->t->a, x->ids.ids[i]));
        had = out.n;
        cnt_arm(&x->c, N);
        r = vkr_tok_encode(x->t, mixed_text, sizeof mixed_text - 1, VKR_TOK_ADD_SPECIAL, &out);
        for (i = 0; i < had && i < out.n && out.ids[i] == x->ids.ids[i]; i++) {}
        CHECK(out.n >= had && i == had, "%s: encode with allocation %ld failing changed the ids already there", x->name, N);
        if (!x->c.failed) {
            CHECK(r == VKR_OK && out.n == had + x->ids.n && !memcmp(out.ids + had, x->ids.ids, x->ids.n * sizeof(vkr_token)),
                  "%s: encode: %s", x->name, vkr_last_error());
            vkr_tokens_free(&out);
            break;
        }
        CHECK(r == VKR_ERR_OUT_OF_MEMORY, "%s: encode with allocation %ld failing gave %s", x->name, N, vkr_result_str(r));
        vkr_tokens_free(&out);
        CHECK_BASE(x, "encode", N);
        if (vt_cur_failed > 5) break;
    }
    CHECK_FREES(&x->c, x->name);
}

/* One decode with allocation N failing; *done = 1 when none failed. Run in
   a child process: see test_oom_decode_* for why. */
typedef struct dec_job { oom_ctx *x; long N; int done; } dec_job;

/* Fills the stack below this frame with a pattern, so that a variable a
   callee reads uninitialised holds garbage rather than a lucky zero. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static void dirty_stack(void) {
    volatile unsigned char buf[16384];
    size_t i;
    for (i = 0; i < sizeof buf; i++) buf[i] = 0xA5;
}

static void oom_decode_one(void *arg) {
    dec_job *j = (dec_job *)arg;
    oom_ctx *x = j->x;
    vkr_text out;
    vkr_result r;
    memset(&out, 0, sizeof out);
    cnt_arm(&x->c, j->N);
    dirty_stack();
    r = vkr_tok_decode(x->t, x->ids.ids, x->ids.n, 0, &out);
    j->done = !x->c.failed;
    if (j->done) CHECK(r == VKR_OK && same_text(&out, &x->text), "%s: decode: %s", x->name, vkr_last_error());
    else CHECK(r == VKR_ERR_OUT_OF_MEMORY, "%s: decode with allocation %ld failing gave %s", x->name, j->N, vkr_result_str(r));
    vkr_text_free(&out);
    CHECK_BASE(x, "decode", j->N);
    CHECK_FREES(&x->c, x->name);
}

static void oom_stream_one(void *arg) {
    dec_job *j = (dec_job *)arg;
    oom_ctx *x = j->x;
    vkr_text out;
    vkr_tok_stream *s = NULL;
    vkr_result r;
    size_t i;
    memset(&out, 0, sizeof out);
    cnt_arm(&x->c, j->N);
    r = vkr_tok_stream_new(x->t, 0, &s);
    for (i = 0; i < x->ids.n && r == VKR_OK; i++) r = vkr_tok_stream_push(s, x->ids.ids[i], &out);
    if (r == VKR_OK) r = vkr_tok_stream_flush(s, &out);
    j->done = !x->c.failed;
    if (j->done) CHECK(r == VKR_OK && same_text(&out, &x->text), "%s: stream: %s", x->name, vkr_last_error());
    else CHECK(r == VKR_ERR_OUT_OF_MEMORY, "%s: stream with allocation %ld failing gave %s", x->name, j->N, vkr_result_str(r));
    vkr_tok_stream_free(s);
    vkr_text_free(&out);
    CHECK_BASE(x, "stream", j->N);
    CHECK_FREES(&x->c, x->name);
}

static void oom_use(const char *name) {
    oom_ctx x;
    if (!have_tok(name)) SKIP("no %s tokenizer (run make)", name);
    if (!oom_ctx_open(&x, name)) { CHECK(0, "%s: cannot set up", name); oom_ctx_close(&x); return; }
    oom_encode_sweep(&x, 0);
    oom_encode_sweep(&x, 1);
    oom_ctx_close(&x);
}

static void test_oom_encode(void) {
    oom_use("stories260k");
    oom_use("tinyllama");
    oom_use("gpt2");
    oom_use("qwen3");    /* the NFC normalizer's allocations */
}

/* Runs one(N) for N = 0 .. clean-1 (allocation N failing) in a child
   process where fork exists, so that a crash is one failed check rather than
   the end of this program; after a crash the sweep goes on past that N. */
static void sweep_isolated(oom_ctx *x, void (*one)(void *), long clean, const char *what) {
#ifndef _WIN32
    long start = 0;
    int crashes = 0;
    while (start < clean && crashes < 4) {
        pid_t pid;
        int st = 0, fds[2];
        long msg, last = start, done = 0;
        if (pipe(fds) != 0) break;
        fflush(stdout);
        fflush(stderr);
        pid = fork();
        if (pid < 0) { close(fds[0]); close(fds[1]); break; }
        if (pid == 0) {   /* tells the parent each N before running it, then -1 at the end */
            long N;
            close(fds[0]);
            vt_cur_failed = 0;
            for (N = start; N < clean && vt_cur_failed <= 5; N++) {
                dec_job j;
                if (write(fds[1], &N, sizeof N) != (ssize_t)sizeof N) break;
                j.x = x; j.N = N; j.done = 0;
                dirty_stack();
                one(&j);
                if (j.done) { CHECK(0, "%s: %s: allocation %ld of %ld failing did not fail", x->name, what, N, clean); break; }
            }
            msg = -1;
            if (write(fds[1], &msg, sizeof msg) != (ssize_t)sizeof msg) vt_cur_failed++;
            fflush(stderr);
            _exit(vt_cur_failed ? 1 : 0);
        }
        close(fds[1]);
        while (read(fds[0], &msg, sizeof msg) == (ssize_t)sizeof msg) {
            if (msg < 0) done = 1;
            else last = msg;
        }
        close(fds[0]);
        if (waitpid(pid, &st, 0) != pid) { CHECK(0, "waitpid"); break; }
        if (done) {   /* ran to the end: its checks said the rest */
            CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: %s: failed checks above", x->name, what);
            break;
        }
        CHECK(0, "%s: %s with allocation %ld of %ld failing: crashed (%s %d)", x->name, what, last, clean,
              WIFSIGNALED(st) ? "signal" : "exit status", WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
        crashes++;
        start = last + 1;
    }
#else
    long N;
    for (N = 0; N < clean && vt_cur_failed <= 5; N++) {
        dec_job j;
        j.x = x; j.N = N; j.done = 0;
        one(&j);
    }
    (void)what;
#endif
}

/* vkr_tok_decode with its first allocation (vkr_tok_stream_new's) failing
   once passed an uninitialised stream pointer to vkr_tok_stream_free: these
   run in child processes so such a crash is one failed check. */
static void oom_decode(const char *name, int stream) {
    oom_ctx x;
    long clean;
    dec_job j;
    if (!have_tok(name)) SKIP("no %s tokenizer (run make)", name);
    if (!oom_ctx_open(&x, name)) { CHECK(0, "%s: cannot set up", name); oom_ctx_close(&x); return; }
    /* a clean run: how many allocations it makes */
    cnt_arm(&x.c, -1);
    j.x = &x; j.N = -1; j.done = 0;
    (stream ? oom_stream_one : oom_decode_one)(&j);
    clean = x.c.n;
    CHECK(j.done);
    sweep_isolated(&x, stream ? oom_stream_one : oom_decode_one, clean, stream ? "stream decode" : "vkr_tok_decode");
    oom_ctx_close(&x);
}

static void test_oom_decode(void) {
    oom_decode("stories260k", 0);
    oom_decode("tinyllama", 0);
    oom_decode("gpt2", 0);
}
static void test_oom_stream(void) {
    oom_decode("stories260k", 1);
    oom_decode("tinyllama", 1);
    oom_decode("gpt2", 1);
}

/* Every tokenizer: load, use and free with the counting allocator; every
   free must be told the size that was allocated. */
static void test_free_sizes(void) {
    size_t k;
    int any = 0;
    for (k = 0; k < N_NAMES; k++) {
        oom_ctx x;
        vkr_tok_stream *s = NULL;
        vkr_text out;
        size_t i;
        if (!have_tok(all_names[k])) continue;
        any = 1;
        if (!oom_ctx_open(&x, all_names[k])) { CHECK(0, "%s: cannot set up", all_names[k]); oom_ctx_close(&x); continue; }
        memset(&out, 0, sizeof out);
        CHECK(vkr_tok_stream_new(x.t, VKR_TOK_SKIP_SPECIAL, &s) == VKR_OK);
        for (i = 0; s && i < x.ids.n; i++) CHECK(vkr_tok_stream_push(s, x.ids.ids[i], &out) == VKR_OK);
        if (s) CHECK(vkr_tok_stream_flush(s, &out) == VKR_OK);
        vkr_tok_stream_free(s);
        vkr_text_free(&out);
        oom_ctx_close(&x);
    }
    if (!any) SKIP("no tokenizers (run make)");
}

/* === (b) threads ========================================================== */

typedef struct th_job {
    const vkr_tok *t;
    const char *text;
    size_t len;
    const vkr_tokens *want;
    const vkr_text *want_text;
    int bad, errors;
} th_job;

static void *th_worker(void *arg) {
    th_job *j = (th_job *)arg;
    int it;
    for (it = 0; it < 50; it++) {
        vkr_tokens ids;
        vkr_text text;
        memset(&ids, 0, sizeof ids);
        memset(&text, 0, sizeof text);
        if (vkr_tok_encode(j->t, j->text, j->len, VKR_TOK_ADD_SPECIAL, &ids) != VKR_OK) j->errors++;
        else if (!same_ids(&ids, j->want)) j->bad++;
        if (vkr_tok_decode(j->t, ids.ids, ids.n, 0, &text) != VKR_OK) j->errors++;
        else if (!same_text(&text, j->want_text)) j->bad++;
        vkr_tokens_free(&ids);
        vkr_text_free(&text);
    }
    return NULL;
}

static vkr_json_doc *corpus_doc;
static const vkr_json *corpus(void) {
    if (!corpus_doc) {
        size_t len;
        char *text = vt_read_file("tests/data/tokenizers/corpus.json", &len);
        if (text && vkr_json_parse(text, len, NULL, &corpus_doc) != VKR_OK) corpus_doc = NULL;
        free(text);
    }
    return corpus_doc ? vkr_json_root(corpus_doc) : NULL;
}

/* Thread k's text: corpus lines i with i % 4 == k, three times over. */
static char *thread_text(int k, size_t *len) {
    const vkr_json *c = corpus();
    size_t cap = 1, n = 0, i;
    int rep;
    char *s;
    if (!c) return NULL;
    for (i = 0; i < c->len; i++) cap += 3 * (c->items[i].len + 1);
    s = (char *)malloc(cap);
    if (!s) return NULL;
    for (rep = 0; rep < 3; rep++)
        for (i = (size_t)k; i < c->len; i += 4) {
            memcpy(s + n, c->items[i].str, c->items[i].len);
            n += c->items[i].len;
            s[n++] = '\n';
        }
    s[n] = 0;
    *len = n;
    return s;
}

static void threads_on(const char *name) {
    char path[512];
    cnt c;
    vkr_tok_desc d;
    vkr_tok *t = NULL;
    char *texts[4];
    size_t lens[4];
    vkr_tokens want[4];
    vkr_text want_text[4];
    th_job jobs[4];
    pthread_t th[4];
    int k;
    size_t base;
    if (!have_tok(name)) SKIP("no %s tokenizer (run make)", name);
    tok_path(name, path, sizeof path);
    cnt_init(&c);
    d = cnt_desc(&c);   /* the allocator is shared by the threads too */
    REQUIRE(vkr_tok_load(path, &d, &t) == VKR_OK, "%s", vkr_last_error());
    base = c.live;
    memset(want, 0, sizeof want);
    memset(want_text, 0, sizeof want_text);
    for (k = 0; k < 4; k++) {
        texts[k] = thread_text(k, &lens[k]);
        REQUIRE(texts[k] != NULL, "no corpus");
        CHECK(vkr_tok_encode(t, texts[k], lens[k], VKR_TOK_ADD_SPECIAL, &want[k]) == VKR_OK);
        CHECK(vkr_tok_decode(t, want[k].ids, want[k].n, 0, &want_text[k]) == VKR_OK);
    }
    for (k = 0; k < 4; k++) {
        jobs[k].t = t;
        jobs[k].text = texts[k];
        jobs[k].len = lens[k];
        jobs[k].want = &want[k];
        jobs[k].want_text = &want_text[k];
        jobs[k].bad = jobs[k].errors = 0;
        CHECK(pthread_create(&th[k], NULL, th_worker, &jobs[k]) == 0);
    }
    for (k = 0; k < 4; k++) {
        pthread_join(th[k], NULL);
        CHECK(jobs[k].bad == 0 && jobs[k].errors == 0, "%s: thread %d: %d results differ from one thread's, %d errors", name, k,
              jobs[k].bad, jobs[k].errors);
    }
    for (k = 0; k < 4; k++) {
        vkr_tokens_free(&want[k]);
        vkr_text_free(&want_text[k]);
        free(texts[k]);
    }
    CHECK(c.live == base, "%s: %ld bytes leaked by the threads", name, (long)(c.live - base));
    vkr_tok_free(t);
    CHECK(c.live == 0);
    CHECK_FREES(&c, name);
}

static void test_threads_qwen3(void) { threads_on("qwen3"); }
static void test_threads_llama3(void) { threads_on("llama3"); }

/* === (c) the streaming decoder ============================================ */

/* Pushes ids one at a time on s: after each push the text so far must be a
   prefix of the one-shot decode and valid UTF-8; the flush must complete it. */
static void stream_check(const char *name, vkr_tok_stream *s, const vkr_tok *t, const vkr_token *ids, size_t n,
                         uint32_t flags, const char *what) {
    vkr_text one, acc;
    size_t i;
    memset(&one, 0, sizeof one);
    memset(&acc, 0, sizeof acc);
    CHECK(vkr_tok_decode(t, ids, n, flags, &one) == VKR_OK);
    CHECK(valid_utf8(one.text, one.len), "%s: %s: one-shot decode is not valid UTF-8", name, what);
    for (i = 0; i < n; i++) {
        size_t before = acc.len;
        CHECK(vkr_tok_stream_push(s, ids[i], &acc) == VKR_OK);
        if (acc.len > one.len || (acc.len && memcmp(acc.text, one.text, acc.len))) {
            CHECK(0, "%s: %s (flags %u): after id %zu (%d) the stream has \"%.60s\", not a prefix of \"%.60s\"", name, what,
                  (unsigned)flags, i, ids[i], acc.text, one.text);
            break;
        }
        if (!valid_utf8(acc.text, acc.len)) {
            CHECK(0, "%s: %s: after id %zu the stream's text is not valid UTF-8 (bytes %zu..%zu)", name, what, i, before, acc.len);
            break;
        }
    }
    CHECK(vkr_tok_stream_flush(s, &acc) == VKR_OK);
    CHECK(same_text(&acc, &one), "%s: %s (flags %u): stream \"%.60s\" != one-shot \"%.60s\"", name, what, (unsigned)flags,
          acc.text ? acc.text : "", one.text ? one.text : "");
    vkr_text_free(&acc);
    vkr_text_free(&one);
}

static void test_stream_prefix(void) {
    size_t k;
    int any = 0;
    for (k = 0; k < N_NAMES; k++) {
        const char *name = all_names[k];
        vkr_tok *t;
        vkr_tokens a, b, r;
        uint32_t flags;
        int32_t vs;
        size_t i, fallback = 0;
        uint64_t seed = 0x9E3779B97F4A7C15ULL;
        if (!have_tok(name)) continue;
        any = 1;
        t = load_plain(name);
        if (!t) { CHECK(0, "cannot load %s", name); continue; }
        vs = vkr_tok_vocab_size(t);
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        memset(&r, 0, sizeof r);
        CHECK(vkr_tok_encode(t, mixed_text, sizeof mixed_text - 1, VKR_TOK_ADD_SPECIAL, &a) == VKR_OK);
        CHECK(vkr_tok_encode(t, second_text, sizeof second_text - 1, VKR_TOK_ADD_SPECIAL, &b) == VKR_OK);
        /* the SentencePiece ones must have used byte fallback somewhere */
        for (i = 0; i < a.n; i++) {
            const char *p = vkr_tok_piece(t, a.ids[i]);
            if (p && strlen(p) == 6 && !strncmp(p, "<0x", 3)) fallback++;
        }
        if (strcmp(name, "gpt2") && strcmp(name, "llama3") && strcmp(name, "qwen3"))
            CHECK(fallback >= 4, "%s: only %zu byte-fallback tokens in the mixed text", name, fallback);
        /* and random ids: broken UTF-8, specials, anything */
        for (i = 0; i < 300; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            vkr__tokens_push(&r, &t->a, (vkr_token)((seed >> 33) % (uint64_t)vs));
        }
        for (flags = 0; flags <= VKR_TOK_SKIP_SPECIAL; flags += VKR_TOK_SKIP_SPECIAL) {
            vkr_tok_stream *s = NULL;
            REQUIRE(vkr_tok_stream_new(t, flags, &s) == VKR_OK);
            /* one stream for all three sequences: flush starts it afresh */
            stream_check(name, s, t, a.ids, a.n, flags, "mixed text");
            stream_check(name, s, t, b.ids, b.n, flags, "second text after a flush");
            stream_check(name, s, t, r.ids, r.n, flags, "random ids after a flush");
            stream_check(name, s, t, a.ids, a.n, flags, "mixed text again");
            vkr_tok_stream_free(s);
        }
        vkr_tokens_free(&a);
        vkr_tokens_free(&b);
        vkr_tokens_free(&r);
        vkr_tok_free(t);
    }
    if (!any) SKIP("no tokenizers (run make)");
}

/* A flush with nothing pushed, and one right after another, add nothing. */
static void test_stream_empty_flush(void) {
    size_t k;
    for (k = 0; k < N_NAMES; k++) {
        vkr_tok *t;
        vkr_tok_stream *s = NULL;
        vkr_text out;
        if (!have_tok(all_names[k])) continue;
        t = load_plain(all_names[k]);
        if (!t) continue;
        memset(&out, 0, sizeof out);
        CHECK(vkr_tok_stream_new(t, 0, &s) == VKR_OK);
        CHECK(vkr_tok_stream_flush(s, &out) == VKR_OK);
        CHECK(vkr_tok_stream_flush(s, &out) == VKR_OK);
        CHECK(out.len == 0 && out.text && out.text[0] == 0, "%s: \"%s\"", all_names[k], out.text ? out.text : "(null)");
        vkr_text_free(&out);
        vkr_tok_stream_free(s);
        vkr_tok_free(t);
    }
}

/* === (d) load paths ======================================================= */

static void test_load_paths(void) {
    char path[600], file[700];
    vkr_tok *a = NULL, *b = NULL;
    vkr_tokens ia, ib;
    vkr_result r;
    if (!have_tok("tinyllama")) SKIP("no tinyllama tokenizer (run make)");
    /* a directory holding only tokenizer files, and the tokenizer.json in it */
    tok_path("tinyllama", path, sizeof path);
    snprintf(file, sizeof file, "%s/tokenizer.json", path);
    r = vkr_tok_load(path, NULL, &a);
    CHECK(r == VKR_OK, "%s: %s", path, vkr_last_error());
    r = vkr_tok_load(file, NULL, &b);
    CHECK(r == VKR_OK, "%s: %s", file, vkr_last_error());
    REQUIRE(a && b);
    /* the file path still finds tokenizer_config.json beside it */
    CHECK(vkr_tok_bos(b) == 1 && vkr_tok_eos(b) == 2 && vkr_tok_chat_template(b) != NULL, "bos %d eos %d", vkr_tok_bos(b), vkr_tok_eos(b));
    CHECK(vkr_tok_vocab_size(a) == vkr_tok_vocab_size(b) && vkr_tok_vocab_size(a) == 32000);
    memset(&ia, 0, sizeof ia);
    memset(&ib, 0, sizeof ib);
    CHECK(vkr_tok_encode(a, mixed_text, sizeof mixed_text - 1, VKR_TOK_ADD_SPECIAL, &ia) == VKR_OK);
    CHECK(vkr_tok_encode(b, mixed_text, sizeof mixed_text - 1, VKR_TOK_ADD_SPECIAL, &ib) == VKR_OK);
    CHECK(same_ids(&ia, &ib));
    vkr_tokens_free(&ia);
    vkr_tokens_free(&ib);
    vkr_tok_free(a);
    vkr_tok_free(b);
    /* the model directory */
    a = NULL;
    r = vkr_tok_load("models/stories260k", NULL, &a);
    CHECK(r == VKR_OK && vkr_tok_bos(a) == 1, "%s", vkr_last_error());
    vkr_tok_free(a);
}

#ifndef _WIN32
/* A directory with tokenizer.json alone (no tokenizer_config.json), by its
   directory, by its file, and by a bare file name from inside it. */
static void test_load_lone_json(void) {
    char tmpl[] = "/tmp/vkr_tok_robust_XXXXXX", file[256], cwd[4096];
    char *json;
    size_t len;
    vkr_tok *t = NULL;
    vkr_result r;
    json = vt_read_file("models/stories260k/tokenizer.json", &len);
    REQUIRE(json != NULL);
    REQUIRE(mkdtemp(tmpl) != NULL);
    snprintf(file, sizeof file, "%s/tokenizer.json", tmpl);
    REQUIRE(vt_write_file(file, json, len));
    free(json);
    r = vkr_tok_load(tmpl, NULL, &t);
    CHECK(r == VKR_OK, "%s: %s", tmpl, vkr_last_error());
    if (t) {
        CHECK(vkr_tok_bos(t) == -1 && vkr_tok_chat_template(t) == NULL, "no config: bos %d", vkr_tok_bos(t));
        CHECK(vkr_tok_vocab_size(t) == 512);
        vkr_tok_free(t);
        t = NULL;
    }
    r = vkr_tok_load(file, NULL, &t);
    CHECK(r == VKR_OK, "%s: %s", file, vkr_last_error());
    vkr_tok_free(t);
    t = NULL;
    if (getcwd(cwd, sizeof cwd) && chdir(tmpl) == 0) {
        r = vkr_tok_load("tokenizer.json", NULL, &t);
        CHECK(r == VKR_OK, "bare tokenizer.json: %s", vkr_last_error());
        vkr_tok_free(t);
        t = NULL;
        CHECK(chdir(cwd) == 0);
    }
    remove(file);
    rmdir(tmpl);
}
#endif

static void expect_fail(const char *path, vkr_result want, const char *mention) {
    vkr_tok *t = (vkr_tok *)&t;
    vkr_result r = vkr_tok_load(path, NULL, &t);
    CHECK(r == want, "%s: %s, want %s (%s)", path, vkr_result_str(r), vkr_result_str(want), vkr_last_error());
    CHECK(t == NULL, "%s: *out not NULL", path);
    CHECK(strstr(vkr_last_error(), mention) != NULL, "%s: error \"%s\" does not name %s", path, vkr_last_error(), mention);
    if (r == VKR_OK && t) vkr_tok_free(t);
}

static void test_load_missing(void) {
    char path[600];
    snprintf(path, sizeof path, "%s/no-such-tokenizer", tok_dir());
    expect_fail(path, VKR_ERR_NOT_FOUND, path);
    expect_fail("no-such-tokenizer-dir", VKR_ERR_NOT_FOUND, "no-such-tokenizer-dir");
    expect_fail("valkyr-tests/no-such-model", VKR_ERR_NOT_FOUND, "valkyr-tests/no-such-model");
    expect_fail("models/stories260k/no-such-file.json", VKR_ERR_NOT_FOUND, "no-such-file.json");
    /* a directory without tokenizer.json: the error names the file it wanted */
    expect_fail("tests/data/configs/gpt2", VKR_ERR_NOT_FOUND, "tests/data/configs/gpt2/tokenizer.json");
    /* a file that is neither JSON nor a SentencePiece model */
    expect_fail("models/stories260k/model.safetensors", VKR_ERR_TOKENIZER, "model.safetensors");
    /* stories260K's SentencePiece model gives the ids its tokenizer.json gives */
    {
        vkr_tok *a = NULL, *b = NULL;
        vkr_tokens x, y;
        static const char text[] = "Once upon a time, Lily saw a big dog.\n  She said \"hi\" 42 times! ünï 日本";
        memset(&x, 0, sizeof x);
        memset(&y, 0, sizeof y);
        CHECK(vkr_tok_load("models/stories260k/tokenizer.model", NULL, &a) == VKR_OK, "%s", vkr_last_error());
        CHECK(vkr_tok_load("models/stories260k/tokenizer.json", NULL, &b) == VKR_OK);
        if (a && b) {
            CHECK(vkr_tok_encode(a, text, sizeof text - 1, VKR_TOK_ADD_SPECIAL, &x) == VKR_OK && vkr_tok_encode(b, text, sizeof text - 1, VKR_TOK_ADD_SPECIAL, &y) == VKR_OK);
            CHECK(x.n == y.n && x.n > 10 && !memcmp(x.ids, y.ids, x.n * sizeof(vkr_token)), "tokenizer.model and tokenizer.json disagree (%zu / %zu ids)", x.n, y.n);
        }
        vkr_tokens_free(&x);
        vkr_tokens_free(&y);
        vkr_tok_free(a);
        vkr_tok_free(b);
    }
    /* JSON that is not a tokenizer */
    expect_fail("models/stories260k/config.json", VKR_ERR_JSON, "config.json");
}

/* === (e) ids out of range ================================================= */

static void test_decode_out_of_range(void) {
    static const char gaps[] =
        "{\"added_tokens\":[{\"id\":9,\"content\":\"<eos>\",\"special\":true}],"
        "\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0,\"b\":5},\"merges\":[]}}";
    size_t k;
    vkr_tok *t = NULL;
    for (k = 0; k < N_NAMES; k++) {
        const char *name = all_names[k];
        vkr_tokens ids, bad;
        vkr_text want, got, streamed;
        vkr_tok_stream *s = NULL;
        int32_t vs;
        size_t i;
        const vkr_token junk[] = {-1, INT32_MIN, 0, 0, INT32_MAX, -7};
        if (!have_tok(name)) continue;
        t = load_plain(name);
        if (!t) continue;
        vs = vkr_tok_vocab_size(t);
        memset(&ids, 0, sizeof ids);
        memset(&bad, 0, sizeof bad);
        memset(&want, 0, sizeof want);
        memset(&got, 0, sizeof got);
        memset(&streamed, 0, sizeof streamed);
        CHECK(vkr_tok_encode(t, mixed_text, sizeof mixed_text - 1, VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
        for (i = 0; i < ids.n; i++) {
            vkr_token j = junk[i % 6];
            if (i % 6 == 2) j = vs;
            if (i % 6 == 3) j = vs + 1000;
            vkr__tokens_push(&bad, &t->a, j);
            vkr__tokens_push(&bad, &t->a, ids.ids[i]);
        }
        vkr__tokens_push(&bad, &t->a, vs);
        CHECK(vkr_tok_decode(t, ids.ids, ids.n, 0, &want) == VKR_OK);
        CHECK(vkr_tok_decode(t, bad.ids, bad.n, 0, &got) == VKR_OK);
        CHECK(same_text(&got, &want), "%s: out-of-range ids changed the text: \"%.60s\"", name, got.text ? got.text : "");
        CHECK(vkr_tok_stream_new(t, 0, &s) == VKR_OK);
        for (i = 0; s && i < bad.n; i++) CHECK(vkr_tok_stream_push(s, bad.ids[i], &streamed) == VKR_OK);
        if (s) CHECK(vkr_tok_stream_flush(s, &streamed) == VKR_OK);
        CHECK(same_text(&streamed, &want), "%s: streamed out-of-range ids changed the text", name);
        vkr_tok_stream_free(s);
        CHECK(vkr_tok_piece(t, -1) == NULL && vkr_tok_piece(t, vs) == NULL && vkr_tok_piece(t, INT32_MAX) == NULL);
        CHECK(!vkr_tok_is_special(t, -1) && !vkr_tok_is_special(t, vs));
        vkr_tokens_free(&ids);
        vkr_tokens_free(&bad);
        vkr_text_free(&want);
        vkr_text_free(&got);
        vkr_text_free(&streamed);
        vkr_tok_free(t);
    }
    /* ids inside the range with no piece (a vocabulary with holes) are skipped too */
    t = NULL;
    REQUIRE(vkr_tok_load_json(gaps, sizeof gaps - 1, NULL, 0, "gaps.json", NULL, &t) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_tok_vocab_size(t) == 10);
    CHECK(vkr_tok_piece(t, 1) == NULL && vkr_tok_piece(t, 8) == NULL);
    {
        const vkr_token holes[] = {0, 1, 2, 5, 6, 9, 7, 10, -1};
        const vkr_token plain[] = {0, 5, 9};
        vkr_text a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        CHECK(vkr_tok_decode(t, holes, 9, 0, &a) == VKR_OK);
        CHECK(vkr_tok_decode(t, plain, 3, 0, &b) == VKR_OK);
        CHECK(same_text(&a, &b), "\"%s\" vs \"%s\"", a.text, b.text);
        CHECK(b.text && !strcmp(b.text, "a b <eos>"), "no decoder: pieces joined by spaces, got \"%s\"", b.text);
        vkr_text_free(&a);
        vkr_text_free(&b);
    }
    vkr_tok_free(t);
}

/* === (f) truncated files ================================================== */

static int all_space(const char *s, size_t n) {
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t') return 0;
    return 1;
}

static void test_truncated_json(void) {
    static const char name[] = "stories260k-truncated.json";
    char *json, *cfg;
    size_t len, clen, cut;
    long tried = 0;
    cnt c;
    vkr_tok_desc d;
    json = vt_read_file("models/stories260k/tokenizer.json", &len);
    cfg = vt_read_file("models/stories260k/tokenizer_config.json", &clen);
    REQUIRE(json && cfg);
    cnt_init(&c);
    d = cnt_desc(&c);
    for (cut = 0; cut <= len; cut = cut + 37 > len && cut != len ? len : cut + 37) {
        char *buf = (char *)malloc(cut ? cut : 1);   /* exact size: ASan catches a read past the end */
        vkr_tok *t = (vkr_tok *)&c;
        vkr_result r;
        if (cut) memcpy(buf, json, cut);
        r = vkr_tok_load_json(buf, cut, NULL, 0, name, &d, &t);
        tried++;
        if (all_space(json + cut, len - cut)) {
            CHECK(r == VKR_OK, "full text: %s", vkr_last_error());
            if (r == VKR_OK) vkr_tok_free(t);
        } else {
            CHECK(r == VKR_ERR_JSON || r == VKR_ERR_TOKENIZER, "cut at %zu of %zu: %s", cut, len, vkr_result_str(r));
            CHECK(t == NULL, "cut at %zu: *out not NULL", cut);
            CHECK(strstr(vkr_last_error(), name) != NULL, "cut at %zu: error \"%s\" does not name the file", cut, vkr_last_error());
            if (r == VKR_OK && t) vkr_tok_free(t);
        }
        CHECK(c.live == 0, "cut at %zu: %zu bytes leaked", cut, c.live);
        free(buf);
        if (vt_cur_failed > 5) break;
    }
    /* the same for tokenizer_config.json beside a whole tokenizer.json */
    for (cut = 0; cut < clen; cut += 37) {
        char *buf = (char *)malloc(cut ? cut : 1);
        vkr_tok *t = NULL;
        vkr_result r;
        if (cut) memcpy(buf, cfg, cut);
        r = vkr_tok_load_json(json, len, buf, cut, name, &d, &t);
        tried++;
        if (!all_space(cfg + cut, clen - cut)) {
            CHECK(r == VKR_ERR_JSON, "config cut at %zu: %s", cut, vkr_result_str(r));
            CHECK(strstr(vkr_last_error(), "tokenizer_config.json") && strstr(vkr_last_error(), name),
                  "config cut at %zu: error \"%s\"", cut, vkr_last_error());
        }
        if (r == VKR_OK) vkr_tok_free(t);
        CHECK(c.live == 0, "config cut at %zu: %zu bytes leaked", cut, c.live);
        free(buf);
    }
    CHECK_FREES(&c, name);
    CHECK(tried > 400);
    free(json);
    free(cfg);
}

int main(void) {
    VT_RUN(test_free_sizes);
    VT_RUN(test_oom_load_stories260k);
    VT_RUN(test_oom_load_tinyllama);
    VT_RUN(test_oom_load_gpt2);
    VT_RUN(test_oom_encode);
    VT_RUN(test_oom_decode);
    VT_RUN(test_oom_stream);
    VT_RUN(test_threads_qwen3);
    VT_RUN(test_threads_llama3);
    VT_RUN(test_stream_prefix);
    VT_RUN(test_stream_empty_flush);
    VT_RUN(test_load_paths);
#ifndef _WIN32
    VT_RUN(test_load_lone_json);
#endif
    VT_RUN(test_load_missing);
    VT_RUN(test_decode_out_of_range);
    VT_RUN(test_truncated_json);
    if (corpus_doc) vkr_json_free(corpus_doc);
    return vt_finish();
}
