/* What VKR_PRECISION_FAST costs, measured: every parity fixture's logits
   (tests/data/parity: transformers' fp32 logits at every prompt position) on
   the CPU and on the Vulkan device (lavapipe in CI), in f32 and in fast
   precision. f32 holds the oracle bounds (1e-4 CPU, 1e-3 GPU, relative to
   max(1, |logit|)); fast holds the bound README's "Precision" section states
   (5e-2). The numbers behind its table are printed. The Vulkan half skips
   without a device unless VALKYR_TEST_REQUIRE_VULKAN=1. */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"
#include <math.h>
#ifndef _WIN32
#  include <dlfcn.h>
#endif

static const char *fixtures[] = {"llama", "llama_mqa", "llama3_rope", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3"};
static vkr_gpu *G;

/* The worst per-element |Δ| / max(1, |ref|) over every position's logits, or
   -1 when the session cannot be made. */
static double logit_error(const char *name, vkr_backend backend, vkr_precision precision) {
    char dir[256], path[300];
    vkr_model *m = NULL;
    vkr_session *s = NULL;
    vkr_session_desc sd;
    vkr_json_doc *meta = NULL;
    const vkr_json *prompt;
    size_t n, i, len = 0, V;
    float *ref = NULL, *got = NULL;
    vkr_token *ids = NULL;
    char *text;
    double worst = -1;
    snprintf(dir, sizeof dir, "tests/data/parity/%s", name);
    snprintf(path, sizeof path, "%s/meta.json", dir);
    text = vt_read_file(path, &len);
    if (!text || vkr_json_parse(text, len, NULL, &meta) != VKR_OK) { free(text); return -1; }
    free(text);
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = 512;
    sd.backend = backend;
    sd.precision = precision;
    sd.gpu = backend == VKR_BACKEND_VULKAN ? G : NULL;
    if (vkr_model_load(dir, NULL, &m) != VKR_OK || vkr_session_new(m, &sd, &s) != VKR_OK) goto done;
    prompt = vkr_json_get(vkr_json_root(meta), "prompt");
    n = prompt->len;
    V = (size_t)vkr_model_config(m)->vocab_size;
    snprintf(path, sizeof path, "%s/logits.f32", dir);
    ref = (float *)vt_read_file(path, &len);
    ids = (vkr_token *)malloc(n * sizeof(vkr_token));
    got = (float *)malloc(n * V * sizeof(float));
    if (!ref || len != n * V * 4 || !ids || !got) goto done;
    for (i = 0; i < n; i++) ids[i] = (vkr_token)prompt->items[i].i64;
    if (vkr_session_append(s, ids, n, got) != VKR_OK) goto done;
    worst = 0;
    for (i = 0; i < n * V; i++) {
        double e = fabs((double)got[i] - ref[i]) / fmax(1.0, fabs(ref[i]));
        if (e > worst) worst = e;
    }
done:
    if (worst < 0) fprintf(stderr, "  %s: %s\n", name, vkr_last_error());
    free(ids);
    free(got);
    free(ref);
    vkr_json_free(meta);
    vkr_session_free(s);
    vkr_model_free(m);
    return worst;
}

static void check_backend(vkr_backend backend, double f32_bound) {
    size_t k;
    double worst_f32 = 0, worst_fast = 0;
    for (k = 0; k < VKR__COUNT(fixtures); k++) {
        double f32 = logit_error(fixtures[k], backend, VKR_PRECISION_F32);
        double fast = logit_error(fixtures[k], backend, VKR_PRECISION_FAST);
        CHECK(f32 >= 0 && fast >= 0, "%s: no session", fixtures[k]);
        CHECK(f32 <= f32_bound, "%s: f32 logits off by %.3g", fixtures[k], f32);
        CHECK(fast <= 5e-2, "%s: fast logits off by %.3g", fixtures[k], fast);
        printf("     %-12s f32 %.2e  fast %.2e\n", fixtures[k], f32, fast);
        if (f32 > worst_f32) worst_f32 = f32;
        if (fast > worst_fast) worst_fast = fast;
    }
    printf("     worst        f32 %.2e  fast %.2e  (%s)\n", worst_f32, worst_fast,
           backend == VKR_BACKEND_CPU ? vkr_cpu_features() : vkr_gpu_get_info(G)->name);
}

static void test_precision_cpu(void) { check_backend(VKR_BACKEND_CPU, 1e-4); }

static void test_precision_vulkan(void) {
#ifdef VALKYR_NO_VULKAN
    SKIP("built without Vulkan");
#else
    const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
    bool require = req && *req && strcmp(req, "0");
    vkr_result r;
#  ifndef _WIN32
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);   /* lavapipe's one unfreed allocation stays reachable (LeakSanitizer) */
#  endif
    if ((r = vkr_gpu_new(NULL, &G)) != VKR_OK) {
        CHECK(!require && r == VKR_ERR_NO_DEVICE, "%s", vkr_last_error());
        SKIP("no Vulkan device: %.200s", vkr_last_error());
    }
    check_backend(VKR_BACKEND_VULKAN, 1e-3);
    vkr_gpu_free(G);
    G = NULL;
#endif
}

int main(void) {
    VT_RUN(test_precision_cpu);
    VT_RUN(test_precision_vulkan);
    return vt_finish();
}
