/* Sampling and the generation loop: the sampler's rules on hand-made logits,
   seeded determinism, stop tokens, stop strings (never emitted, not even in
   part), abort, length and context limits, streamed text equal to decoding. */
/* VKR_TEST_OWN_BUILD: test_api_papercuts checks the VALKYR_NO_VULKAN build
   itself, so the Makefile compiles the implementation into this test. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"
#include <math.h>

static void test_sampler_rules(void) {
    vkr_sampler *s;
    vkr_sampler_desc d;
    float l[4] = {2.0f, 1.0f, -1.0f, 1.5f};
    vkr_token hist[2] = {0, 2};
    int i, counts[4] = {0, 0, 0, 0};
    memset(&d, 0, sizeof d);
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    CHECK(vkr_sampler_sample(s, l, NULL, 0) == 0, "greedy is the argmax");
    vkr_sampler_free(s);
    /* HF repetition penalty: 2 → 1, -1 → -2; then 1.5 (id 3) wins */
    d.repetition_penalty = 2.0f;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    CHECK(vkr_sampler_sample(s, l, hist, 2) == 3);
    vkr_sampler_free(s);
    /* presence penalty 1: 2 → 1 → ties resolve to... 3 (1.5) is then the max */
    memset(&d, 0, sizeof d);
    d.presence_penalty = 1.0f;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    CHECK(vkr_sampler_sample(s, l, hist, 2) == 3);
    vkr_sampler_free(s);
    /* frequency penalty counts repeats: id 0 seen 3 times → 2 − 3·0.2 = 1.4 < 1.5 */
    {
        vkr_token h3[3] = {0, 0, 0};
        memset(&d, 0, sizeof d);
        d.frequency_penalty = 0.2f;
        REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
        CHECK(vkr_sampler_sample(s, l, h3, 3) == 3);
        d.penalty_last_n = 2;   /* only the last 2 count: 2 − 0.4 = 1.6 > 1.5 */
        vkr_sampler_free(s);
        REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
        CHECK(vkr_sampler_sample(s, l, h3, 3) == 0);
        vkr_sampler_free(s);
    }
    /* top-k 1, top-p tiny and min-p 1 all collapse to the argmax */
    memset(&d, 0, sizeof d);
    d.temperature = 1.0f; d.top_k = 1;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    for (i = 0; i < 50; i++) CHECK(vkr_sampler_sample(s, l, NULL, 0) == 0);
    vkr_sampler_free(s);
    d.top_k = 0; d.top_p = 0.01f;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    for (i = 0; i < 50; i++) CHECK(vkr_sampler_sample(s, l, NULL, 0) == 0);
    vkr_sampler_free(s);
    d.top_p = 0; d.min_p = 1.0f;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    for (i = 0; i < 50; i++) CHECK(vkr_sampler_sample(s, l, NULL, 0) == 0);
    vkr_sampler_free(s);
    /* temperature 1 draws follow the softmax: e^2 : e^1 : e^-1 : e^1.5 */
    d.min_p = 0;
    d.seed = 99;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    for (i = 0; i < 20000; i++) counts[vkr_sampler_sample(s, l, NULL, 0)]++;
    {
        double z = exp(2.0) + exp(1.0) + exp(-1.0) + exp(1.5);
        for (i = 0; i < 4; i++) {
            double want = 20000.0 * exp((double)l[i]) / z;
            CHECK(fabs(counts[i] - want) < 5 * sqrt(want) + 5, "id %d drawn %d times, expected about %.0f", i, counts[i], want);
        }
    }
    vkr_sampler_free(s);
    /* top-p 0.7 keeps {0, 3} (0.49 + 0.30 ≥ 0.7) and never draws 1 or 2 */
    d.top_p = 0.7f;
    REQUIRE(vkr_sampler_new(&d, 4, &s) == VKR_OK);
    memset(counts, 0, sizeof counts);
    for (i = 0; i < 5000; i++) counts[vkr_sampler_sample(s, l, NULL, 0)]++;
    CHECK(counts[1] == 0 && counts[2] == 0 && counts[0] > 0 && counts[3] > 0, "top-p kept %d %d %d %d", counts[0], counts[1], counts[2], counts[3]);
    vkr_sampler_free(s);
    d.top_p = 1.5f;
    CHECK(vkr_sampler_new(&d, 4, &s) == VKR_ERR_INVALID_ARGUMENT);
}

typedef struct sink { vkr_text text; int calls, stop_after; vkr_tokens ids; } sink;
static bool on_piece(void *user, vkr_token id, const char *t, size_t n) {
    sink *k = (sink *)user;
    (void)id;
    if (n) {
        char *nt = (char *)realloc(k->text.text, k->text.len + n + 1);
        if (!nt) return false;
        k->text.text = nt;
        memcpy(k->text.text + k->text.len, t, n);
        k->text.len += n;
        k->text.text[k->text.len] = 0;
    }
    k->calls++;
    return !(k->stop_after && k->calls >= k->stop_after);
}

static vkr_model *model;
static vkr_tok *tok;

static vkr_session *fresh(const char *prompt, int64_t n_ctx) {
    vkr_session *s = NULL;
    vkr_session_desc sd;
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = n_ctx;
    if (vkr_session_new(model, &sd, &s) != VKR_OK) return NULL;
    if (vkr_session_append_text(s, tok, prompt, strlen(prompt), VKR_TOK_ADD_SPECIAL) != VKR_OK) { vkr_session_free(s); return NULL; }
    return s;
}

static void test_generate_stops(void) {
    vkr_session *s;
    vkr_generate_desc g;
    vkr_generate_result r;
    sink k;
    vkr_text dec;
    const char *stops[1] = {"Lily"};
    /* greedy, 40 tokens: the streamed text equals decoding the generated ids */
    REQUIRE((s = fresh("Once upon a time", 0)) != NULL, "%s", vkr_last_error());
    memset(&g, 0, sizeof g);
    memset(&k, 0, sizeof k);
    g.max_tokens = 40;
    g.on_token = on_piece;
    g.user = &k;
    REQUIRE(vkr_generate(s, tok, &g, &r) == VKR_OK, "%s", vkr_last_error());
    CHECK(r.stop == VKR_STOP_LENGTH && r.n_tokens == 40, "stop %d after %lld", r.stop, (long long)r.n_tokens);
    memset(&dec, 0, sizeof dec);
    vkr_tok_decode(tok, vkr_session_tokens(s) + 5, (size_t)(vkr_session_n_past(s) - 5), VKR_TOK_SKIP_SPECIAL | VKR_TOK_CONTINUE, &dec);
    CHECK(k.text.len == dec.len && !memcmp(k.text.text, dec.text, dec.len), "streamed \"%s\" vs decoded \"%s\"", k.text.text, dec.text);
    CHECK(strstr(k.text.text, "Lily") != NULL);
    vkr_text_free(&dec);
    free(k.text.text);
    vkr_session_free(s);
    /* the same with a stop string: it never reaches the callback */
    REQUIRE((s = fresh("Once upon a time", 0)) != NULL);
    memset(&k, 0, sizeof k);
    g.stop_strings = stops;
    g.n_stop_strings = 1;
    REQUIRE(vkr_generate(s, tok, &g, &r) == VKR_OK);
    CHECK(r.stop == VKR_STOP_STRING, "stop %d", r.stop);
    CHECK(k.text.text && !strstr(k.text.text, "Lil") && strstr(k.text.text, "named "), "text \"%s\"", k.text.text ? k.text.text : "");
    free(k.text.text);
    vkr_session_free(s);
    /* a stop token: the first greedy token (432) ends it at once */
    REQUIRE((s = fresh("Once upon a time", 0)) != NULL);
    memset(&k, 0, sizeof k);
    g.stop_strings = NULL;
    g.n_stop_strings = 0;
    {
        vkr_token st = 432;
        g.stop_tokens = &st;
        g.n_stop_tokens = 1;
        REQUIRE(vkr_generate(s, tok, &g, &r) == VKR_OK);
        CHECK(r.stop == VKR_STOP_EOS && r.n_tokens == 1 && k.text.len == 0, "stop %d n %lld", r.stop, (long long)r.n_tokens);
        g.stop_tokens = NULL;
        g.n_stop_tokens = 0;
    }
    vkr_session_free(s);
    /* abort from the callback */
    REQUIRE((s = fresh("Once upon a time", 0)) != NULL);
    memset(&k, 0, sizeof k);
    k.stop_after = 3;
    REQUIRE(vkr_generate(s, tok, &g, &r) == VKR_OK);
    CHECK(r.stop == VKR_STOP_ABORTED && k.calls == 3, "stop %d calls %d", r.stop, k.calls);
    free(k.text.text);
    vkr_session_free(s);
    /* a full context stops generation cleanly */
    REQUIRE((s = fresh("Once upon a time", 12)) != NULL);
    memset(&k, 0, sizeof k);
    g.max_tokens = 0;
    REQUIRE(vkr_generate(s, tok, &g, &r) == VKR_OK);
    CHECK(r.stop == VKR_STOP_CONTEXT && vkr_session_n_past(s) == 12, "stop %d n_past %lld", r.stop, (long long)vkr_session_n_past(s));
    free(k.text.text);
    vkr_session_free(s);
}

/* Same seed, same text; another seed, (almost surely) another. */
static void test_generate_seeded(void) {
    char out[3][2048];
    int run;
    for (run = 0; run < 3; run++) {
        vkr_session *s = fresh("Once upon a time", 0);
        vkr_generate_desc g;
        sink k;
        REQUIRE(s);
        memset(&g, 0, sizeof g);
        memset(&k, 0, sizeof k);
        g.sampling.temperature = 1.0f;
        g.sampling.seed = run == 2 ? 1234 : 77;
        g.max_tokens = 60;
        g.on_token = on_piece;
        g.user = &k;
        REQUIRE(vkr_generate(s, tok, &g, NULL) == VKR_OK);
        snprintf(out[run], sizeof out[run], "%s", k.text.text ? k.text.text : "");
        free(k.text.text);
        vkr_session_free(s);
    }
    CHECK(!strcmp(out[0], out[1]), "same seed gave \"%s\" and \"%s\"", out[0], out[1]);
    CHECK(strcmp(out[0], out[2]) != 0, "different seeds gave the same text");
}

/* The first generated word keeps its space: the stream continues the
   prompt's text (issue 10: "Once" gave "Onceupon", "Lily went to the" gave
   "thepark"). The streamed text is decode(prompt + answer) − decode(prompt). */
static void test_generate_first_space(void) {
    const char *prompts[2] = {"Once", "Lily went to the"};
    int p;
    for (p = 0; p < 2; p++) {
        vkr_session *s = fresh(prompts[p], 0);
        vkr_generate_desc g;
        sink k;
        vkr_text all, pre;
        int64_t n_prompt;
        REQUIRE(s, "%s", vkr_last_error());
        n_prompt = vkr_session_n_past(s);
        memset(&g, 0, sizeof g);
        memset(&k, 0, sizeof k);
        g.max_tokens = 8;
        g.on_token = on_piece;
        g.user = &k;
        REQUIRE(vkr_generate(s, tok, &g, NULL) == VKR_OK, "%s", vkr_last_error());
        REQUIRE(k.text.text);
        CHECK(k.text.text[0] == ' ', "\"%s\" streamed \"%s\": the first word lost its space", prompts[p], k.text.text);
        memset(&all, 0, sizeof all);
        memset(&pre, 0, sizeof pre);
        vkr_tok_decode(tok, vkr_session_tokens(s), (size_t)vkr_session_n_past(s), VKR_TOK_SKIP_SPECIAL, &all);
        vkr_tok_decode(tok, vkr_session_tokens(s), (size_t)n_prompt, VKR_TOK_SKIP_SPECIAL, &pre);
        CHECK(all.len == pre.len + k.text.len && !strcmp(all.text + pre.len, k.text.text),
              "prompt \"%s\" + streamed \"%s\" vs decoded \"%s\"", pre.text, k.text.text, all.text);
        vkr_text_free(&all);
        vkr_text_free(&pre);
        free(k.text.text);
        vkr_session_free(s);
    }
    /* a fresh stream decodes as the tokenizers library does: no leading space */
    {
        vkr_token upon = vkr_tok_find(tok, "\xE2\x96\x81upon");
        vkr_text t;
        REQUIRE(upon >= 0);
        memset(&t, 0, sizeof t);
        REQUIRE(vkr_tok_decode(tok, &upon, 1, 0, &t) == VKR_OK);
        CHECK(!strcmp(t.text, "upon"), "fresh \"%s\"", t.text);
        t.len = 0;
        REQUIRE(vkr_tok_decode(tok, &upon, 1, VKR_TOK_CONTINUE, &t) == VKR_OK);
        CHECK(!strcmp(t.text, " upon"), "continuing \"%s\"", t.text);
        vkr_text_free(&t);
    }
}

#ifndef _WIN32
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct timed { int64_t deadline; bool late; } timed;
static bool on_timed(void *user, vkr_token id, const char *t, size_t n) {
    timed *k = (timed *)user;
    (void)id; (void)t; (void)n;
    if (vkr_time_ns() > k->deadline) { k->late = true; return false; }
    return true;
}

/* Seconds to decode 128 tokens with n_threads (the best of 3); gives up at
   `limit` seconds a run (returning more than limit). */
static double decode_seconds(int32_t n_threads, double limit) {
    double best = 1e9;
    int run;
    for (run = 0; run < 3; run++) {
        vkr_session *s = NULL;
        vkr_session_desc sd;
        vkr_generate_desc g;
        timed k;
        int64_t t0;
        double dt;
        memset(&sd, 0, sizeof sd);
        sd.n_threads = n_threads;
        sd.backend = VKR_BACKEND_CPU;
        if (vkr_session_new(model, &sd, &s) != VKR_OK) return 1e9;
        vkr_session_append_text(s, tok, "Once upon a time", 16, VKR_TOK_ADD_SPECIAL);
        memset(&g, 0, sizeof g);
        g.max_tokens = 128;
        g.no_model_stops = true;
        g.on_token = on_timed;
        g.user = &k;
        t0 = vkr_time_ns();
        k.deadline = t0 + (int64_t)(limit * 1e9);
        k.late = false;
        vkr_generate(s, tok, &g, NULL);
        dt = k.late ? 2 * limit : (double)(vkr_time_ns() - t0) / 1e9;
        if (dt < best) best = dt;
        vkr_session_free(s);
    }
    return best;
}

/* Issue 10: with more threads than free cores (a busy host, make -j, ASan)
   the pool must degrade to about one thread's speed, not collapse 10-100x
   (the old spin-then-sleep pool waited for every worker to be scheduled on
   every one of a decode step's jobs). Busy-loop hogs take every core; the
   pool gets one thread more than there are cores. */
static void test_pool_oversubscribed(void) {
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    pid_t hogs[64];
    int nh = 0, i;
    double one, many;
    if (ncpu < 1) ncpu = 1;
    if (ncpu > 64) ncpu = 64;
    for (i = 0; i < ncpu; i++) {
        pid_t p = fork();
        if (p == 0) { alarm(60); for (;;) {} }   /* dies with the parent's kill, or in a minute at the latest */
        if (p > 0) hogs[nh++] = p;
    }
    one = decode_seconds(1, 20.0);
    many = decode_seconds((int32_t)ncpu + 1, 10 * one + 0.05);
    for (i = 0; i < nh; i++) kill(hogs[i], SIGKILL);
    for (i = 0; i < nh; i++) waitpid(hogs[i], NULL, 0);
    printf("     128 tokens under %d hogs: 1 thread %.3f s, %ld threads %.3f s\n", nh, one, ncpu + 1, many);
    REQUIRE(one < 20.0);
    CHECK(many < 5 * one + 0.02, "%ld threads took %.3f s against %.3f s for 1", ncpu + 1, many, one);
}
#endif

/* A counting allocator, to see who allocates through whose hooks. */
static int64_t counted;
static void *count_alloc(void *user, size_t size, size_t align) {
    void *p = NULL;
    (void)user;
    if (align < sizeof(void *)) align = sizeof(void *);
    if (posix_memalign(&p, align, size ? size : 1)) return NULL;
    counted++;
    return p;
}
static void count_free(void *user, void *p, size_t size) { (void)user; (void)size; free(p); }

/* Issue 10's API papercuts: stop reasons have names, the session tells the
   logits row length, the sampler and chat take hooks (and inherit the
   session's), and a CPU-only build refuses VKR_BACKEND_VULKAN. */
static void test_api_papercuts(void) {
    vkr_session *s = NULL;
    vkr_session_desc sd;
    vkr_sampler_desc smp;
    vkr_sampler *sp;
    vkr_generate_desc g;
    vkr_chat *c;
    vkr_chat_desc cd;
    vkr_generate_result res;
    int64_t before;
    CHECK(!strcmp(vkr_stop_reason_str(VKR_STOP_EOS), "eos") && !strcmp(vkr_stop_reason_str(VKR_STOP_STRING), "stop_string") &&
          !strcmp(vkr_stop_reason_str(VKR_STOP_LENGTH), "length") && !strcmp(vkr_stop_reason_str(VKR_STOP_CONTEXT), "context") &&
          !strcmp(vkr_stop_reason_str(VKR_STOP_ABORTED), "aborted") && !strcmp(vkr_stop_reason_str(VKR_STOP_NONE), "none"));
    /* VALKYR_NO_VULKAN (this test's build): the Vulkan backend is an error, not the CPU in disguise */
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_VULKAN;
    CHECK(vkr_session_new(model, &sd, &s) == VKR_ERR_NO_DEVICE && s == NULL, "a CPU-only build ran VKR_BACKEND_VULKAN");
    CHECK(strstr(vkr_last_error(), "VALKYR_NO_VULKAN") != NULL, "%s", vkr_last_error());
    if (s) vkr_session_free(s);
    /* the session's hooks reach the sampler that vkr_generate makes, and the chat */
    sd.backend = VKR_BACKEND_CPU;
    sd.hooks.allocator.alloc = count_alloc;
    sd.hooks.allocator.free = count_free;
    counted = 0;
    REQUIRE(vkr_session_new(model, &sd, &s) == VKR_OK, "%s", vkr_last_error());
    CHECK(counted > 0);
    CHECK(vkr_session_vocab_size(s) == 512, "vocab %lld", (long long)vkr_session_vocab_size(s));
    REQUIRE(vkr_session_append_text(s, tok, "Once", 4, VKR_TOK_ADD_SPECIAL) == VKR_OK);
    memset(&g, 0, sizeof g);
    g.max_tokens = 3;
    before = counted;
    REQUIRE(vkr_generate(s, tok, &g, NULL) == VKR_OK);
    CHECK(counted >= before + 4, "the sampler's 4 allocations did not use the session's allocator (%lld)", (long long)(counted - before));
    before = counted;
    memset(&cd, 0, sizeof cd);
    REQUIRE(vkr_chat_new(s, tok, &cd, &c) == VKR_OK);
    CHECK(counted > before, "the chat did not inherit the session's allocator");
    before = counted;
    CHECK(vkr_chat_add(c, "user", "Hi") == VKR_OK && counted >= before + 2);
    CHECK(vkr_chat_respond(c, &g, &res) == VKR_OK);
    vkr_chat_free(c);
    vkr_session_free(s);
    /* vkr_sampler_new's own hooks */
    memset(&smp, 0, sizeof smp);
    smp.hooks.allocator.alloc = count_alloc;
    smp.hooks.allocator.free = count_free;
    before = counted;
    REQUIRE(vkr_sampler_new(&smp, 512, &sp) == VKR_OK);
    CHECK(counted == before + 4, "the sampler made %lld allocations through its hooks", (long long)(counted - before));
    vkr_sampler_free(sp);
}

static void test_stop_token_set(void) {
    vkr_token ids[16];
    int32_t n = vkr_model_stop_tokens(model, tok, ids, 16);
    CHECK(n == 1 && ids[0] == 2, "stories260k stops on </s> (2): %d ids", n);
}

int main(void) {
    if (vkr_model_load("models/stories260k", NULL, &model) != VKR_OK || vkr_tok_load("models/stories260k", NULL, &tok) != VKR_OK) {
        fprintf(stderr, "%s\n", vkr_last_error());
        return 1;
    }
    VT_RUN(test_sampler_rules);
    VT_RUN(test_generate_stops);
    VT_RUN(test_generate_seeded);
    VT_RUN(test_generate_first_space);
#ifndef _WIN32
    VT_RUN(test_pool_oversubscribed);
#endif
    VT_RUN(test_api_papercuts);
    VT_RUN(test_stop_token_set);
    vkr_tok_free(tok);
    vkr_model_free(model);
    return vt_finish();
}
