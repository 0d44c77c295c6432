/* The CPU forward pass against Hugging Face transformers: tiny random-weight
   models of each family (tests/data/parity, made by tools/make_parity.py),
   bf16 weights, transformers' fp32 logits at all 260 prompt positions and its
   greedy continuation; the bundled stories260K against llama2.c's greedy
   outputs; every SIMD dot product against the plain-C one; batching,
   context overflow and rewinding. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"
#include <math.h>

static vkr_json_doc *read_json(const char *path) {
    size_t len;
    char *text = vt_read_file(path, &len);
    vkr_json_doc *doc = NULL;
    if (text && vkr_json_parse(text, len, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

/* Logits at every prompt position within 1e-4 · max(1, |ref|); greedy
   continuation identical. n_batch exercises prefill chunking. */
static void check_parity(const char *name, int32_t n_batch) {
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
    sd.precision = VKR_PRECISION_F32;   /* the oracle mode */
    REQUIRE(vkr_session_new(m, &sd, &s) == VKR_OK, "%s: %s", name, vkr_last_error());
    prompt = vkr_json_get(vkr_json_root(meta), "prompt");
    greedy = vkr_json_get(vkr_json_root(meta), "greedy");
    n = prompt->len;
    V = (size_t)vkr_model_config(m)->vocab_size;
    snprintf(path, sizeof path, "%s/logits.f32", dir);
    ref = (float *)vt_read_file(path, &len);
    REQUIRE(ref && len == n * V * 4, "%s: logits.f32 has %zu bytes, want %zu", name, len, n * V * 4);
    ids = (vkr_token *)malloc(n * sizeof(vkr_token));
    got = (float *)malloc(n * V * sizeof(float));
    for (i = 0; i < n; i++) ids[i] = (vkr_token)prompt->items[i].i64;
    REQUIRE(vkr_session_append(s, ids, n, got) == VKR_OK, "%s: %s", name, vkr_last_error());
    for (i = 0; i < n * V; i++) {
        double e = fabs((double)got[i] - ref[i]) / fmax(1.0, fabs(ref[i]));
        if (e > worst) worst = e;
        if (e > 1e-4) bad++;
    }
    CHECK(bad == 0, "%s: %zu of %zu logits off by more than 1e-4 relative (worst %.3g)", name, bad, n * V, worst);
    fprintf(stderr, "  %s: max |Δlogit| / max(1, |logit|) = %.3g over %zu positions\n", name, worst, n);
    /* the last position's logits are what the session keeps */
    CHECK(!memcmp(vkr_session_logits(s), got + (n - 1) * V, V * sizeof(float)));
    /* greedy continuation, one token at a time through the KV cache */
    {
        vkr_sampler *sp;
        size_t k, diff = greedy->len;
        REQUIRE(vkr_sampler_new(NULL, (int32_t)V, &sp) == VKR_OK);
        for (k = 0; k < greedy->len; k++) {
            vkr_token t;
            CHECK(vkr_session_step(s, sp, &t) == VKR_OK);
            if (t != (vkr_token)greedy->items[k].i64 && diff == greedy->len) diff = k;
        }
        CHECK(diff == greedy->len, "%s: greedy token %zu differs from transformers", name, diff);
        vkr_sampler_free(sp);
    }
    free(ids);
    free(got);
    free(ref);
    vkr_json_free(meta);
    vkr_session_free(s);
    vkr_model_free(m);
}

#define PARITY(fn, name, nb) static void fn(void) { check_parity(name, nb); }
PARITY(test_parity_llama, "llama", 0)
PARITY(test_parity_llama_mqa, "llama_mqa", 0)
PARITY(test_parity_llama3_rope, "llama3_rope", 0)
PARITY(test_parity_mistral_sliding, "mistral", 0)
PARITY(test_parity_qwen2, "qwen2", 0)
PARITY(test_parity_qwen3, "qwen3", 0)
PARITY(test_parity_gemma, "gemma", 0)
PARITY(test_parity_gemma2, "gemma2", 0)
PARITY(test_parity_gemma3, "gemma3", 0)
PARITY(test_parity_llama_batch7, "llama", 7)
PARITY(test_parity_qwen3_batch1, "qwen3", 1)

/* stories260K reproduces llama2.c's greedy stories token for token. */
static void test_stories260k_reference(void) {
    vkr_json_doc *doc = read_json("tests/data/stories260k_reference_outputs.json");
    const vkr_json *cases;
    vkr_model *m;
    size_t c;
    REQUIRE(doc);
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK, "%s", vkr_last_error());
    cases = vkr_json_get(vkr_json_root(doc), "cases");
    for (c = 0; c < cases->len; c++) {
        const vkr_json *cs = &cases->items[c], *pt = vkr_json_get(cs, "prompt_tokens"), *gt = vkr_json_get(cs, "greedy_tokens");
        const vkr_json *first8 = vkr_json_get(cs, "last_prompt_pos_logits_first8");
        int64_t steps = vkr_json_get(cs, "greedy_steps")->i64;
        vkr_session *s;
        vkr_sampler *sp;
        vkr_token ids[512];
        size_t i, n = pt->len, diff = (size_t)-1;
        REQUIRE(vkr_session_new(m, NULL, &s) == VKR_OK && vkr_sampler_new(NULL, 512, &sp) == VKR_OK);
        for (i = 0; i < n; i++) ids[i] = (vkr_token)pt->items[i].i64;
        CHECK(vkr_session_append(s, ids, n, NULL) == VKR_OK);
        for (i = 0; first8 && i < first8->len && i < 8; i++)
            CHECK(fabs(vkr_session_logits(s)[i] - first8->items[i].num) <= 1e-4 * fmax(1.0, fabs(first8->items[i].num)),
                  "case %zu logit %zu: %g vs %g", c, i, vkr_session_logits(s)[i], first8->items[i].num);
        /* run.c: positions up to `steps`, stopping before a generated BOS */
        while ((int64_t)n < steps + 1) {
            vkr_token t;
            t = vkr_sampler_sample(sp, vkr_session_logits(s), NULL, 0);
            if (t == 1) break;
            CHECK(vkr_session_append(s, &t, 1, NULL) == VKR_OK);
            ids[n++] = t;
        }
        for (i = 0; i < gt->len && i < n; i++) if (ids[i] != (vkr_token)gt->items[i].i64) { diff = i; break; }
        CHECK(diff == (size_t)-1 && n == gt->len, "case %zu (\"%s\"): %zu tokens, want %zu; first difference at %zd",
              c, vkr_json_string(vkr_json_get(cs, "prompt")), n, gt->len, (ptrdiff_t)diff);
        vkr_sampler_free(sp);
        vkr_session_free(s);
    }
    vkr_model_free(m);
    vkr_json_free(doc);
}

/* Every dot-product path matches the plain C one on awkward sizes. */
static void test_dot_paths(void) {
    static const int64_t cols[] = {1, 3, 7, 8, 15, 16, 17, 31, 33, 64, 100, 257};
    vkr__dot_fn paths[3];
    const char *names[3] = {"portable", "avx2", "avx512"};
    int np = 0, pi;
    size_t ci;
    uint32_t seed = 12345;
    paths[np++] = vkr__dot_ref;
#ifdef VKR__X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) paths[np++] = vkr__dot_avx2;
    else names[1] = NULL;
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) paths[np++] = vkr__dot_avx512;
#endif
    for (ci = 0; ci < VKR__COUNT(cols); ci++) {
        int64_t n = cols[ci], k;
        int dt;
        float *x[4], wf[257 * 3];
        uint16_t wh[257 * 3];
        for (k = 0; k < 4; k++) { int64_t j; x[k] = (float *)malloc((size_t)n * sizeof(float)); for (j = 0; j < n; j++) { seed = seed * 1103515245u + 12345u; x[k][j] = (float)((int)(seed >> 9) % 2001 - 1000) / 500.0f; } }
        for (k = 0; k < n * 3; k++) { seed = seed * 1103515245u + 12345u; wf[k] = (float)((int)(seed >> 9) % 2001 - 1000) / 700.0f; }
        for (dt = 0; dt < 3; dt++) {
            vkr__mat w;
            float want[4], got[4];
            w.rows = 3;
            w.cols = n;
            w.t = dt == 0 ? VKR_DTYPE_F32 : dt == 1 ? VKR_DTYPE_BF16 : VKR_DTYPE_F16;
            for (k = 0; k < n * 3; k++) wh[k] = dt == 1 ? vkr_f32_to_bf16(wf[k]) : vkr_f32_to_f16(wf[k]);
            w.p = dt == 0 ? (const void *)wf : (const void *)wh;
            for (pi = 1; pi < np; pi++) {
                int nx, j;
                for (nx = 1; nx <= 4; nx++) {
                    vkr__dot_ref(&w, 2, (const float *const *)x, nx, want);
                    paths[pi](&w, 2, (const float *const *)x, nx, got);
                    for (j = 0; j < nx; j++)
                        CHECK(fabsf(got[j] - want[j]) <= 1e-5f * (1.0f + fabsf(want[j])), "dot path %d (%s), dtype %s, n %lld: %g vs %g",
                              pi, names[pi] ? names[pi] : "?", vkr_dtype_name(w.t), (long long)n, got[j], want[j]);
                }
            }
        }
        for (k = 0; k < 4; k++) free(x[k]);
    }
    fprintf(stderr, "  %d dot paths checked; this CPU uses %s\n", np, vkr_cpu_features());
}

/* The 4×4 block kernels (f32 and BF16) against their plain twins. */
static void test_block_kernels(void) {
    static const int64_t cols[] = {1, 5, 16, 31, 32, 33, 64, 100};
    size_t ci;
    uint32_t seed = 777;
    vkr__mm4_fn mm4 = vkr__pick_mm4();
    vkr__mm4b_fn mm4b = vkr__pick_mm4_bf16();
    if (!mm4 && !mm4b) SKIP("this CPU has no block kernels (AVX-512)");
    for (ci = 0; ci < VKR__COUNT(cols); ci++) {
        int64_t n = cols[ci], k;
        float wf[4 * 100], xf[4 * 100], want[16], got[16];
        uint16_t wb[4 * 100], xb[4 * 100];
        const float *xs[4];
        int i;
        vkr__mat w;
        for (k = 0; k < 4 * n; k++) {
            seed = seed * 1103515245u + 12345u; wf[k] = (float)((int)(seed >> 9) % 2001 - 1000) / 600.0f;
            seed = seed * 1103515245u + 12345u; xf[k] = (float)((int)(seed >> 9) % 2001 - 1000) / 400.0f;
            wb[k] = vkr_f32_to_bf16(wf[k]);
            xb[k] = vkr_f32_to_bf16(xf[k]);
        }
        for (i = 0; i < 4; i++) xs[i] = xf + i * n;
        w.p = wb; w.t = VKR_DTYPE_BF16; w.rows = 4; w.cols = n;
        if (mm4) {
            vkr__mm4x4_ref(&w, 0, xs, want);
            mm4(&w, 0, xs, got);
            for (i = 0; i < 16; i++) CHECK(fabsf(got[i] - want[i]) <= 1e-5f * (1 + fabsf(want[i])), "mm4 n %lld [%d]: %g vs %g", (long long)n, i, got[i], want[i]);
            w.p = wf; w.t = VKR_DTYPE_F32;
            vkr__mm4x4_ref(&w, 0, xs, want);
            mm4(&w, 0, xs, got);
            for (i = 0; i < 16; i++) CHECK(fabsf(got[i] - want[i]) <= 1e-5f * (1 + fabsf(want[i])), "mm4 f32 n %lld [%d]", (long long)n, i);
        }
        if (mm4b) {
            vkr__mm4x4_bf16_ref(wb, n, xb, n, n, want);
            mm4b(wb, n, xb, n, n, got);
            for (i = 0; i < 16; i++) CHECK(fabsf(got[i] - want[i]) <= 1e-5f * (1 + fabsf(want[i])), "mm4 bf16 n %lld [%d]: %g vs %g", (long long)n, i, got[i], want[i]);
        }
    }
}

/* The fast precision (BF16 activations in prefill) stays close to the
   oracle and picks the same greedy tokens on a bf16 model. */
static void test_fast_precision(void) {
    vkr_model *m;
    vkr_session *fast, *exact;
    vkr_session_desc sd;
    vkr_token ids[64];
    float worst = 0;
    int i;
    REQUIRE(vkr_model_load("tests/data/parity/llama", NULL, &m) == VKR_OK, "%s", vkr_last_error());
    memset(&sd, 0, sizeof sd);
    REQUIRE(vkr_session_new(m, &sd, &fast) == VKR_OK);
    sd.precision = VKR_PRECISION_F32;
    REQUIRE(vkr_session_new(m, &sd, &exact) == VKR_OK);
    for (i = 0; i < 64; i++) ids[i] = (vkr_token)((i * 53 + 7) % 256);
    CHECK(vkr_session_append(fast, ids, 64, NULL) == VKR_OK && vkr_session_append(exact, ids, 64, NULL) == VKR_OK);
    for (i = 0; i < 256; i++) {
        float e = fabsf(vkr_session_logits(fast)[i] - vkr_session_logits(exact)[i]) / fmaxf(1.0f, fabsf(vkr_session_logits(exact)[i]));
        if (e > worst) worst = e;
    }
    CHECK(worst < 0.05f, "fast precision moved a logit by %g (relative)", worst);
    CHECK(vkr_argmax(vkr_session_logits(fast), 256) == vkr_argmax(vkr_session_logits(exact), 256));
    fprintf(stderr, "  fast vs f32 precision: max relative logit difference %.3g (%s)\n", worst, vkr__pick_mm4_bf16() ? "bf16 path on" : "no bf16 path here");
    vkr_session_free(fast);
    vkr_session_free(exact);
    vkr_model_free(m);
}

/* One token at a time gives the same logits as one batch. */
/* A row's result does not depend on which rows share its batch or on the
   thread count (each output is summed in a fixed order of its own): 40
   tokens as one batch, one by one, and in batches of 3 on 3 threads give
   bit-identical logits, in f32 and in FAST (on AVX512-BF16 CPUs every row
   goes through the BF16 kernel; elsewhere FAST is f32 on the CPU). */
static void check_batch_invariance(vkr_precision prec) {
    vkr_model *m;
    vkr_session *a, *b, *c;
    vkr_token ids[40];
    int i;
    float worst = 0, worst3 = 0;
    vkr_session_desc sd;
    memset(&sd, 0, sizeof sd);
    sd.precision = prec;
    sd.backend = VKR_BACKEND_CPU;
    sd.n_threads = 1;
    REQUIRE(vkr_model_load("tests/data/parity/qwen2", NULL, &m) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_session_new(m, &sd, &a) == VKR_OK && vkr_session_new(m, &sd, &b) == VKR_OK);
    sd.n_threads = 3;
    sd.n_batch = 3;
    REQUIRE(vkr_session_new(m, &sd, &c) == VKR_OK);
    for (i = 0; i < 40; i++) ids[i] = (vkr_token)((i * 37 + 11) % 256);
    CHECK(vkr_session_append(a, ids, 40, NULL) == VKR_OK);
    for (i = 0; i < 40; i++) CHECK(vkr_session_append(b, ids + i, 1, NULL) == VKR_OK);
    CHECK(vkr_session_append(c, ids, 40, NULL) == VKR_OK);
    for (i = 0; i < 256; i++) {
        worst = fmaxf(worst, fabsf(vkr_session_logits(a)[i] - vkr_session_logits(b)[i]));
        worst3 = fmaxf(worst3, fabsf(vkr_session_logits(a)[i] - vkr_session_logits(c)[i]));
    }
    CHECK(worst == 0, "%s: one batch of 40 vs one by one: logits differ by %g", prec ? "f32" : "fast", worst);
    CHECK(worst3 == 0, "%s: one batch of 40 on 1 thread vs batches of 3 on 3 threads: logits differ by %g", prec ? "f32" : "fast", worst3);
    CHECK(vkr_session_n_past(a) == 40 && vkr_session_tokens(a)[39] == ids[39]);
    /* rewind and redo the tail: same logits again */
    CHECK(vkr_session_rewind(a, 30) == VKR_OK && vkr_session_logits(a) == NULL);
    CHECK(vkr_session_append(a, ids + 30, 10, NULL) == VKR_OK);
    for (i = 0; i < 256; i++) CHECK(vkr_session_logits(a)[i] == vkr_session_logits(b)[i]);
    CHECK(vkr_session_rewind(a, 41) == VKR_ERR_INVALID_ARGUMENT);
    vkr_session_free(a);
    vkr_session_free(b);
    vkr_session_free(c);
    vkr_model_free(m);
}
static void test_prefill_equals_decode(void) {
    check_batch_invariance(VKR_PRECISION_F32);
    check_batch_invariance(VKR_PRECISION_FAST);
    fprintf(stderr, "  CPU: %s\n", vkr_cpu_features());
}

/* A full context is a clear error that changes nothing. */
/* The FAST BF16 matrix product (vkr__matmul with a BF16 block kernel) on any
   CPU: the portable twin of the AVX512-BF16 kernel stands in for it. Every
   (row, token) — full quads, leftover rows, leftover tokens, one-token
   batches — equals the plain sum of BF16 products, and is the same whatever
   batch or thread count computed it. */
static void test_bf16_matmul_any_batch(void) {
    static const int64_t ns[] = {1, 3, 4, 7, 40};
    int64_t rows = 23, cols = 70, N = 40, i, r, k;
    size_t ni;
    uint16_t *w = (uint16_t *)malloc((size_t)(rows * cols) * 2);
    float *x = (float *)malloc((size_t)(N * cols) * 4), *y = (float *)malloc((size_t)(N * rows) * 4), *want = (float *)malloc((size_t)(N * rows) * 4);
    vkr_tensor t;
    vkr__cpu cpu;
    vkr_allocator a = vkr__allocator(NULL);
    uint64_t s = 12345;
    for (i = 0; i < rows * cols; i++) { s = s * 6364136223846793005ull + 1; w[i] = vkr_f32_to_bf16((float)((int64_t)(s >> 40) % 2001 - 1000) / 700.0f); }
    for (i = 0; i < N * cols; i++) { s = s * 6364136223846793005ull + 1; x[i] = (float)((int64_t)(s >> 40) % 2001 - 1000) / 900.0f; }
    for (i = 0; i < N; i++)
        for (r = 0; r < rows; r++) {
            float acc = 0;
            for (k = 0; k < cols; k++) acc += vkr_bf16_to_f32(w[r * cols + k]) * vkr_bf16_to_f32(vkr_f32_to_bf16(x[i * cols + k]));
            want[i * rows + r] = acc;
        }
    memset(&t, 0, sizeof t);
    t.name = "w"; t.dtype = VKR_DTYPE_BF16; t.n_dims = 2; t.shape[0] = rows; t.shape[1] = cols; t.n_elems = rows * cols;
    t.n_bytes = (uint64_t)(rows * cols * 2); t.data = w;
    memset(&cpu, 0, sizeof cpu);
    cpu.dot = vkr__dot_ref;
    cpu.mm4_bf16 = vkr__mm4x4_bf16_ref;
    cpu.xb_elems = (size_t)(N * cols);
    cpu.xb = (uint16_t *)malloc(cpu.xb_elems * 2);
    for (ni = 0; ni < sizeof ns / sizeof ns[0]; ni++) {
        int64_t n = ns[ni], bad = 0;
        REQUIRE(vkr__pool_init(&cpu.pool, (int32_t)(1 + ni % 3), &a));
        for (i = 0; i < N; i += n) {
            int64_t m = N - i < n ? N - i : n;
            vkr__x_changed(&cpu);
            vkr__matmul(&cpu, &t, NULL, x + i * cols, m, cols, y + i * rows, rows, false);
        }
        for (i = 0; i < N * rows; i++) bad += y[i] != want[i];
        CHECK(bad == 0, "bf16 product in batches of %lld on %d threads: %lld of %lld outputs differ", (long long)n, (int)(1 + ni % 3),
              (long long)bad, (long long)(N * rows));
        vkr__pool_free(&cpu.pool, &a);
    }
    free(cpu.xb); free(w); free(x); free(y); free(want);
}

static void test_context_overflow(void) {
    vkr_model *m;
    vkr_session *s;
    vkr_session_desc sd;
    vkr_token ids[20] = {0};
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK);
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = 16;
    REQUIRE(vkr_session_new(m, &sd, &s) == VKR_OK);
    CHECK(vkr_session_n_ctx(s) == 16);
    CHECK(vkr_session_append(s, ids, 10, NULL) == VKR_OK);
    CHECK(vkr_session_append(s, ids, 7, NULL) == VKR_ERR_LIMIT, "overflow must fail");
    CHECK(strstr(vkr_last_error(), "16") != NULL, "%s", vkr_last_error());
    CHECK(vkr_session_n_past(s) == 10);
    CHECK(vkr_session_append(s, ids, 6, NULL) == VKR_OK && vkr_session_n_past(s) == 16);
    ids[0] = 9999;
    vkr_session_rewind(s, 0);
    CHECK(vkr_session_append(s, ids, 1, NULL) == VKR_ERR_INVALID_ARGUMENT, "an id past the vocabulary is refused");
    vkr_session_free(s);
    vkr_model_free(m);
}

int main(void) {
    VT_RUN(test_dot_paths);
    VT_RUN(test_block_kernels);
    VT_RUN(test_fast_precision);
    VT_RUN(test_parity_llama);
    VT_RUN(test_parity_llama_mqa);
    VT_RUN(test_parity_llama3_rope);
    VT_RUN(test_parity_mistral_sliding);
    VT_RUN(test_parity_qwen2);
    VT_RUN(test_parity_qwen3);
    VT_RUN(test_parity_gemma);
    VT_RUN(test_parity_gemma2);
    VT_RUN(test_parity_gemma3);
    VT_RUN(test_parity_llama_batch7);
    VT_RUN(test_parity_qwen3_batch1);
    VT_RUN(test_stories260k_reference);
    VT_RUN(test_prefill_equals_decode);
    VT_RUN(test_bf16_matmul_any_batch);
    VT_RUN(test_context_overflow);
    return vt_finish();
}
