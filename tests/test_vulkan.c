/* The Vulkan backend on whole models (each kernel against its CPU twin is
   tests/test_ops.c): both executors receive the identical op list; every
   parity fixture's logits within 1e-3 · max(1, |logit|) of transformers and
   greedy tokens identical to the CPU's, and stories260K's generations equal
   to the CPU's. Runs on any Vulkan device (lavapipe in CI) with the
   validation layer on when installed, and requires zero validation
   messages. Without a device the tests skip, unless
   VALKYR_TEST_REQUIRE_VULKAN=1 makes that a failure. */
#define VKR__VK_KEEP_NAMES   /* white-box: the Vulkan names valkyr's code uses stay, for G's insides */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"
#ifndef _WIN32
#  include <dlfcn.h>
#endif

/* lavapipe keeps a small allocation it never frees; held resident (never
   unloaded) it stays reachable, so LeakSanitizer (make test-asan) checks
   valkyr's own memory without noise from the driver. */
static void pin_driver(void) {
#ifndef _WIN32
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);
#endif
}
#include <math.h>

static vkr_gpu *G;

/* ---- helpers ------------------------------------------------------------ */


/* ---- per-op tests --------------------------------------------------------- */

static void test_device(void) {
    const vkr_gpu_info *in = vkr_gpu_get_info(G);
    vkr_gpu_info list[8];
    int32_t n = 0;
    REQUIRE(in && in->usable);
    fprintf(stderr, "  device: %s (%s), subgroup %u, maxStorageBufferRange %llu MiB\n", in->name, in->driver, in->subgroup_size,
            (unsigned long long)(in->max_storage_buffer_range >> 20));
    CHECK(vkr_gpu_list(list, 8, &n) == VKR_OK && n >= 1);
    CHECK(n >= 1 && list[0].name[0]);
}

/* ---- whole models ----------------------------------------------------------- */

static vkr_json_doc *read_json(const char *path) {
    size_t len;
    char *text = vt_read_file(path, &len);
    vkr_json_doc *doc = NULL;
    if (text && vkr_json_parse(text, len, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

static void check_parity_at(const char *name, int32_t n_batch, bool fast) {
    char dir[256], path[300];
    vkr_model *m = NULL;
    vkr_session *s = NULL;
    vkr_session_desc sd;
    vkr_json_doc *meta;
    const vkr_json *prompt, *greedy;
    size_t n, i, len, V, bad = 0;
    float *ref, *got;
    double worst = 0;
    vkr_token *ids;
    snprintf(dir, sizeof dir, "tests/data/parity/%s", name);
    snprintf(path, sizeof path, "%s/meta.json", dir);
    meta = read_json(path);
    REQUIRE(meta, "%s: no meta.json", name);
    REQUIRE(vkr_model_load(dir, NULL, &m) == VKR_OK, "%s: %s", name, vkr_last_error());
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = 512;
    sd.n_batch = n_batch;
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    sd.precision = fast ? VKR_PRECISION_FAST : VKR_PRECISION_F32;
    REQUIRE(vkr_session_new(m, &sd, &s) == VKR_OK, "%s: %s", name, vkr_last_error());
    CHECK(vkr_session_backend(s) == VKR_BACKEND_VULKAN);
    prompt = vkr_json_get(vkr_json_root(meta), "prompt");
    greedy = vkr_json_get(vkr_json_root(meta), "greedy");
    n = prompt->len;
    V = (size_t)vkr_model_config(m)->vocab_size;
    snprintf(path, sizeof path, "%s/logits.f32", dir);
    ref = (float *)vt_read_file(path, &len);
    REQUIRE(ref && len == n * V * 4, "%s: logits.f32 has %zu bytes", name, len);
    ids = (vkr_token *)malloc(n * sizeof(vkr_token));
    got = (float *)malloc(n * V * sizeof(float));
    for (i = 0; i < n; i++) ids[i] = (vkr_token)prompt->items[i].i64;
    REQUIRE(vkr_session_append(s, ids, n, got) == VKR_OK, "%s: %s", name, vkr_last_error());
    for (i = 0; i < n * V; i++) {
        double e = fabs((double)got[i] - ref[i]) / fmax(1.0, fabs(ref[i]));
        if (e > worst) worst = e;
        if (e > (fast ? 3e-2 : 1e-3)) bad++;
    }
    CHECK(bad == 0, "%s: %zu of %zu GPU logits off by more than %g relative (worst %.3g)", name, bad, n * V, fast ? 3e-2 : 1e-3, worst);
    fprintf(stderr, "  %s on the GPU%s: max |Δlogit| / max(1, |logit|) = %.3g over %zu positions\n", name, fast ? " (fp16 tensor cores)" : "", worst, n);
    if (fast) goto done;   /* fp16 sums may flip a near-tie: greedy equality is the f32 path's promise */
    {   /* greedy continuation through the GPU KV cache, token by token */
        vkr_sampler *sp;
        size_t k, diff = greedy->len;
        REQUIRE(vkr_sampler_new(NULL, (int32_t)V, &sp) == VKR_OK);
        for (k = 0; k < greedy->len; k++) {
            vkr_token t;
            CHECK(vkr_session_step(s, sp, &t) == VKR_OK);
            if (t != (vkr_token)greedy->items[k].i64 && diff == greedy->len) diff = k;
        }
        CHECK(diff == greedy->len, "%s: greedy token %zu differs", name, diff);
        vkr_sampler_free(sp);
    }
done:
    free(ids); free(got); free(ref);
    vkr_json_free(meta);
    vkr_session_free(s);
    vkr_model_free(m);
}

static void check_parity(const char *name, int32_t n_batch) { check_parity_at(name, n_batch, false); }
#define PARITY(fn, name, nb) static void fn(void) { check_parity(name, nb); }
/* The whole model with the fast matmul in prefill: logits within 3e-2. */
static void test_gpu_parity_fast(void) {
    static const char *const names[] = {"llama", "qwen2", "gemma2", "gemma3"};
    size_t i;
    if (!G->cm) SKIP("no cooperative-matrix fast path on %.120s", G->info.name);
    for (i = 0; i < sizeof names / sizeof names[0]; i++) check_parity_at(names[i], 0, true);
}
PARITY(test_gpu_parity_llama, "llama", 0)
PARITY(test_gpu_parity_llama_mqa, "llama_mqa", 0)
PARITY(test_gpu_parity_llama3_rope, "llama3_rope", 0)
PARITY(test_gpu_parity_mistral_sliding, "mistral", 0)
PARITY(test_gpu_parity_qwen2, "qwen2", 0)
PARITY(test_gpu_parity_qwen3, "qwen3", 0)
PARITY(test_gpu_parity_gemma, "gemma", 0)
PARITY(test_gpu_parity_gemma2, "gemma2", 0)
PARITY(test_gpu_parity_gemma3, "gemma3", 0)
PARITY(test_gpu_parity_llama_batch7, "llama", 7)

/* stories260K: the GPU generates what the CPU generates (greedy, 200 tokens,
   and sampled with a seed), through prefill, decode and a rewind. */
static void test_gpu_stories(void) {
    vkr_model *m;
    vkr_tok *tok;
    vkr_session *cpu, *gpu;
    vkr_session_desc sd;
    int k;
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &tok) == VKR_OK);
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_CPU;
    sd.precision = VKR_PRECISION_F32;
    REQUIRE(vkr_session_new(m, &sd, &cpu) == VKR_OK);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    REQUIRE(vkr_session_new(m, &sd, &gpu) == VKR_OK, "%s", vkr_last_error());
    for (k = 0; k < 2; k++) {
        vkr_generate_desc gd;
        vkr_generate_result ra, rb;
        size_t same;
        memset(&gd, 0, sizeof gd);
        gd.max_tokens = 200;
        gd.sampling.temperature = k ? 0.9f : 0.0f;
        gd.sampling.seed = 7;
        vkr_session_rewind(cpu, 0);
        vkr_session_rewind(gpu, 0);
        REQUIRE(vkr_session_append_text(cpu, tok, "Once upon a time, there was a dragon", 36, VKR_TOK_ADD_SPECIAL) == VKR_OK);
        REQUIRE(vkr_session_append_text(gpu, tok, "Once upon a time, there was a dragon", 36, VKR_TOK_ADD_SPECIAL) == VKR_OK);
        REQUIRE(vkr_generate(cpu, tok, &gd, &ra) == VKR_OK && vkr_generate(gpu, tok, &gd, &rb) == VKR_OK);
        CHECK(ra.n_tokens == rb.n_tokens && vkr_session_n_past(cpu) == vkr_session_n_past(gpu), "%s: %lld vs %lld tokens",
              k ? "sampled" : "greedy", (long long)ra.n_tokens, (long long)rb.n_tokens);
        for (same = 0; same < (size_t)vkr_session_n_past(cpu) && vkr_session_tokens(cpu)[same] == vkr_session_tokens(gpu)[same]; same++) {}
        CHECK(same == (size_t)vkr_session_n_past(cpu), "%s: the GPU's tokens part from the CPU's at %zu", k ? "sampled" : "greedy", same);
    }
    {
        int64_t disp;
        double gs;
        vkr_session_gpu_stats(gpu, &disp, &gs);
        CHECK(disp > 5 * vkr_model_config(m)->n_layers, "dispatches per token %lld", (long long)disp);
        fprintf(stderr, "  stories260K decode: %lld dispatches per token, %.3f ms GPU time\n", (long long)disp, gs * 1e3);
    }
    vkr_session_free(cpu);
    vkr_session_free(gpu);
    vkr_tok_free(tok);
    vkr_model_free(m);
}

/* Tensors larger than maxStorageBufferRange are split by rows into pieces:
   with the range pretended down to 64 KiB, stories260K's embedding (and tied
   LM head, 128 KiB) are two pieces, all-logits prefill runs in chunks, and
   generation still equals the CPU's. A batch too large for the range is
   refused with a message; so is a KV cache layer. */
static void test_gpu_pieces(void) {
    vkr_gpu *small;
    vkr_gpu_desc gd;
    vkr_model *m;
    vkr_tok *tok;
    vkr_session *cpu, *gpu, *bad;
    vkr_session_desc sd;
    vkr_generate_desc gen;
    int64_t i;
    float *a, *b;
    vkr_tokens ids;
    memset(&gd, 0, sizeof gd);
    gd.validation = true;
    setenv("VALKYR_MAX_BUFFER_RANGE", "65536", 1);
    REQUIRE(vkr_gpu_new(&gd, &small) == VKR_OK, "%s", vkr_last_error());
    unsetenv("VALKYR_MAX_BUFFER_RANGE");
    CHECK(vkr_gpu_get_info(small)->max_storage_buffer_range == 65536);
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &tok) == VKR_OK);
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = small;
    sd.precision = VKR_PRECISION_F32;   /* the portable kernels, compared at 1e-4 */
    sd.n_ctx = 512;
    CHECK(vkr_session_new(m, &sd, &bad) == VKR_ERR_LIMIT && strstr(vkr_last_error(), "n_batch"), "%s", vkr_last_error());
    sd.n_ctx = 1 << 20;
    sd.n_batch = 16;
    CHECK(vkr_session_new(m, &sd, &bad) == VKR_ERR_LIMIT && strstr(vkr_last_error(), "maxStorageBufferRange"), "%s", vkr_last_error());
    sd.n_ctx = 400;
    sd.n_batch = 64;
    REQUIRE(vkr_session_new(m, &sd, &gpu) == VKR_OK, "%s", vkr_last_error());
    sd.backend = VKR_BACKEND_CPU;
    sd.precision = VKR_PRECISION_F32;
    sd.gpu = NULL;
    REQUIRE(vkr_session_new(m, &sd, &cpu) == VKR_OK);
    memset(&ids, 0, sizeof ids);
    REQUIRE(vkr_tok_encode(tok, "Once upon a time, a little dog named Max ran to the park to play with his ball and his friends.", 95,
                           VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
    a = (float *)malloc(ids.n * 512 * sizeof(float));
    b = (float *)malloc(ids.n * 512 * sizeof(float));
    REQUIRE(vkr_session_append(cpu, ids.ids, ids.n, a) == VKR_OK && vkr_session_append(gpu, ids.ids, ids.n, b) == VKR_OK, "%s", vkr_last_error());
    {
        double worst = 0;
        for (i = 0; i < (int64_t)ids.n * 512; i++) { double e = fabs((double)a[i] - b[i]) / fmax(1.0, fabs(a[i])); if (e > worst) worst = e; }
        CHECK(worst < 1e-4, "all-logits prefill in pieces: %g", worst);
    }
    memset(&gen, 0, sizeof gen);
    gen.max_tokens = 100;
    REQUIRE(vkr_generate(cpu, tok, &gen, NULL) == VKR_OK && vkr_generate(gpu, tok, &gen, NULL) == VKR_OK);
    CHECK(vkr_session_n_past(cpu) == vkr_session_n_past(gpu));
    for (i = 0; i < vkr_session_n_past(cpu) && vkr_session_tokens(cpu)[i] == vkr_session_tokens(gpu)[i]; i++) {}
    CHECK(i == vkr_session_n_past(cpu), "pieces: tokens part at %lld", (long long)i);
    CHECK(vkr_gpu_validation_messages(small) == 0);
    free(a); free(b);
    vkr_tokens_free(&ids);
    vkr_session_free(cpu);
    vkr_session_free(gpu);
    vkr_tok_free(tok);
    vkr_model_free(m);
    vkr_gpu_free(small);
}

/* One walk, two executors: a CPU session and a Vulkan session of the same
   model, fed the same batches (prefill of 9 rows, all logits; then one
   decoded row), log every op they received — the two logs are identical,
   line for line, and name every kind of op. */
static void check_same_ops(const char *dir) {
    vkr_model *m;
    vkr_session *cs, *gs;
    vkr_session_desc sd;
    vkr__oplog lc, lg;
    vkr_token ids[9] = {1, 5, 9, 12, 3, 7, 2, 8, 4};
    float *lgt;
    REQUIRE(vkr_model_load(dir, NULL, &m) == VKR_OK, "%s", vkr_last_error());
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = 64;
    sd.backend = VKR_BACKEND_CPU;
    REQUIRE(vkr_session_new(m, &sd, &cs) == VKR_OK);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    REQUIRE(vkr_session_new(m, &sd, &gs) == VKR_OK, "%s", vkr_last_error());
    memset(&lc, 0, sizeof lc);
    memset(&lg, 0, sizeof lg);
    lc.a = lg.a = vkr__allocator(NULL);
    cs->log = &lc;
    gs->vk->log = &lg;
    gs->vk->plans[0].nb = gs->vk->plans[1].nb = gs->vk->plans[2].nb = gs->vk->plans[3].nb = -1;   /* record anew, so it logs */
    lgt = (float *)malloc(9 * (size_t)vkr_model_config(m)->vocab_size * sizeof(float));
    REQUIRE(vkr_session_append(cs, ids, 9, lgt) == VKR_OK && vkr_session_append(gs, ids, 9, lgt) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_session_append(cs, ids, 1, NULL) == VKR_OK && vkr_session_append(gs, ids, 1, NULL) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(lc.buf && lg.buf);
    CHECK(lc.len == lg.len && !memcmp(lc.buf, lg.buf, lc.len), "%s: the executors received different op lists", dir);
    CHECK(strstr(lc.buf, "embed ") && strstr(lc.buf, "rmsnorm ") && strstr(lc.buf, "linear ") && strstr(lc.buf, "rope_kv ") &&
          strstr(lc.buf, "attention ") && strstr(lc.buf, "glu "));
    {
        size_t lines = 0, i;
        for (i = 0; i < lc.len; i++) lines += lc.buf[i] == '\n';
        CHECK(lines == 2 * (size_t)vkr__walk(m, 1, false, 64, gs->vk->ops), "%s: %zu ops logged", dir, lines);
    }
    cs->log = NULL;
    gs->vk->log = NULL;
    vkr__free(&lc.a, lc.buf, lc.cap);
    vkr__free(&lg.a, lg.buf, lg.cap);
    free(lgt);
    vkr_session_free(cs);
    vkr_session_free(gs);
    vkr_model_free(m);
}
static void test_same_op_list(void) {
    check_same_ops("tests/data/parity/llama");
    check_same_ops("tests/data/parity/gemma2");   /* sandwich norms, soft-caps, sliding layers */
}

/* VKR_PRECISION_F32 on the GPU: a row's logits do not depend on the batch it
   shares: 40 tokens as one batch, one by one, and in batches of 3 give
   bit-identical logits (every size runs matvec.comp and one attention split). */
static void test_gpu_batch_invariant(void) {
    vkr_model *m;
    vkr_session *s[3];
    vkr_session_desc sd;
    vkr_token ids[40];
    int i, k;
    float d1 = 0, d3 = 0;
    REQUIRE(vkr_model_load("tests/data/parity/qwen2", NULL, &m) == VKR_OK, "%s", vkr_last_error());
    memset(&sd, 0, sizeof sd);
    sd.precision = VKR_PRECISION_F32;
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    sd.n_ctx = 64;
    for (k = 0; k < 3; k++) {
        sd.n_batch = k == 2 ? 3 : 64;
        REQUIRE(vkr_session_new(m, &sd, &s[k]) == VKR_OK, "%s", vkr_last_error());
    }
    for (i = 0; i < 40; i++) ids[i] = (vkr_token)((i * 37 + 11) % 256);
    CHECK(vkr_session_append(s[0], ids, 40, NULL) == VKR_OK);
    for (i = 0; i < 40; i++) CHECK(vkr_session_append(s[1], ids + i, 1, NULL) == VKR_OK);
    CHECK(vkr_session_append(s[2], ids, 40, NULL) == VKR_OK);
    for (i = 0; i < 256; i++) {
        d1 = fmaxf(d1, fabsf(vkr_session_logits(s[0])[i] - vkr_session_logits(s[1])[i]));
        d3 = fmaxf(d3, fabsf(vkr_session_logits(s[0])[i] - vkr_session_logits(s[2])[i]));
    }
    CHECK(d1 == 0, "GPU f32: one batch of 40 vs one by one: logits differ by %g", d1);
    CHECK(d3 == 0, "GPU f32: one batch of 40 vs batches of 3: logits differ by %g", d3);
    for (k = 0; k < 3; k++) vkr_session_free(s[k]);
    vkr_model_free(m);
}

static void test_validation_clean(void) {
    int64_t n = vkr_gpu_validation_messages(G);
    CHECK(n == 0, "%lld validation messages (see above)", (long long)n);
}

int main(void) {
    pin_driver();
    vkr_gpu_desc gd;
    const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
    bool require = req && *req && strcmp(req, "0");
    vkr_result r;
    memset(&gd, 0, sizeof gd);
    gd.validation = true;
    if ((r = vkr_gpu_new(&gd, &G)) != VKR_OK) {
        if (r != VKR_ERR_NO_DEVICE) require = true;   /* a device that fails to open is a failure */
        printf("%s no Vulkan device: %s\n", require ? "FAIL" : "skip", vkr_last_error());
        printf("#vt passed 0 failed %d skipped %d\n", require ? 1 : 0, require ? 0 : 1);
        return require ? 1 : 0;
    }
    VT_RUN(test_device);
    VT_RUN(test_same_op_list);
    VT_RUN(test_gpu_batch_invariant);
    VT_RUN(test_gpu_parity_llama);
    VT_RUN(test_gpu_parity_llama_mqa);
    VT_RUN(test_gpu_parity_llama3_rope);
    VT_RUN(test_gpu_parity_mistral_sliding);
    VT_RUN(test_gpu_parity_qwen2);
    VT_RUN(test_gpu_parity_qwen3);
    VT_RUN(test_gpu_parity_gemma);
    VT_RUN(test_gpu_parity_gemma2);
    VT_RUN(test_gpu_parity_gemma3);
    VT_RUN(test_gpu_parity_llama_batch7);
    VT_RUN(test_gpu_parity_fast);
    VT_RUN(test_gpu_stories);
    VT_RUN(test_gpu_pieces);
    VT_RUN(test_validation_clean);
    vkr_gpu_free(G);
    return vt_finish();
}
