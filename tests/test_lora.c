/* test_lora.c — tests of >>lora: the safetensors writer (round trip through
   the strict reader in every float dtype, metadata, odd and scalar shapes,
   failure without a partial file), vkr_model_save (the bundled model saved
   and loaded again gives the same tensors and the same logits; bf16/f16
   conversion rounds as vkr_f32_to_bf16/f16), PEFT adapters (save → load,
   every refusal naming its field or tensor) and vkr_model_apply_lora (each
   merged weight against W + scaling·B·A computed here in double; logits of
   the merged model against the same model saved and reloaded; the GPU runs
   merged weights as the CPU does). Temporary files live under
   /tmp/vkr_test_lora_<pid>/ and are removed at the end. */
/* It names internals (vkr__*): the Makefile compiles the implementation into it. */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"

#include <dirent.h>
#include <dlfcn.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmp_root[256];
static vkr_model *model;

static int contains(const char *hay, const char *needle) { return hay && needle && strstr(hay, needle) != NULL; }

static void rm_rf(const char *path) {
    struct stat sb;
    if (lstat(path, &sb) != 0) return;
    if (S_ISDIR(sb.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        if (d) {
            while ((e = readdir(d)) != NULL) {
                char sub[4096];
                if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
                snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
                rm_rf(sub);
            }
            closedir(d);
        }
        rmdir(path);
    } else {
        unlink(path);
    }
}

static const char *tmp_path(const char *rel) {
    static char bufs[8][1024];
    static int k;
    char *o = bufs[k++ & 7];
    snprintf(o, 1024, "%s/%s", tmp_root, rel);
    return o;
}

static int exists(const char *path) { struct stat sb; return stat(path, &sb) == 0; }

/* A deterministic pseudo-random float in [-1, 1). */
static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static float frand(void) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (float)((double)(rng >> 11) / 9007199254740992.0 * 2.0 - 1.0);
}

/* Logits of the last of `n` tokens on a CPU session of m (or on a GPU). */
static vkr_result logits_of(const vkr_model *m, vkr_backend be, float *out) {
    static const vkr_token ids[] = {1, 403, 261, 380, 12, 99, 7};
    vkr_session_desc sd;
    vkr_session *s = NULL;
    vkr_result r;
    memset(&sd, 0, sizeof sd);
    sd.backend = be;
    sd.n_ctx = 64;
    sd.n_threads = 2;
    if ((r = vkr_session_new(m, &sd, &s)) != VKR_OK) return r;
    r = vkr_session_append(s, ids, sizeof ids / sizeof ids[0], NULL);
    if (r == VKR_OK) memcpy(out, vkr_session_logits(s), (size_t)vkr_session_vocab_size(s) * sizeof(float));
    vkr_session_free(s);
    return r;
}

/* ------------------------------------------------------------ st writer */

static void test_st_write_round_trip(void) {
    float a[15], scalar = 3.25f, f32src[7];
    uint16_t h[7], bf[6];
    uint8_t u8[3] = {1, 2, 255};
    vkr_st_entry e[6];
    const char *meta[] = {"format", "pt", "note", "a \"quoted\" value\n"};
    vkr_st *st = NULL;
    const char *path = tmp_path("rt.safetensors");
    char *raw;
    size_t len = 0;
    uint64_t hlen = 0;
    int i, k;
    for (i = 0; i < 15; i++) a[i] = frand();
    for (i = 0; i < 7; i++) { f32src[i] = frand(); h[i] = vkr_f32_to_f16(f32src[i]); }
    for (i = 0; i < 6; i++) bf[i] = vkr_f32_to_bf16(frand());
    memset(e, 0, sizeof e);
    /* names deliberately out of order; an odd F16 count before F32 data would
       misalign it, unless larger elements come first */
    e[0].name = "z.f32"; e[0].dtype = VKR_DTYPE_F32; e[0].n_dims = 2; e[0].shape[0] = 3; e[0].shape[1] = 5; e[0].data = a;
    e[1].name = "a.f16"; e[1].dtype = VKR_DTYPE_F16; e[1].n_dims = 1; e[1].shape[0] = 7; e[1].data = h;
    e[2].name = "m.bf16"; e[2].dtype = VKR_DTYPE_BF16; e[2].n_dims = 3; e[2].shape[0] = 2; e[2].shape[1] = 3; e[2].shape[2] = 1; e[2].data = bf;
    e[3].name = "scalar"; e[3].dtype = VKR_DTYPE_F32; e[3].n_dims = 0; e[3].data = &scalar;
    e[4].name = "empty"; e[4].dtype = VKR_DTYPE_F32; e[4].n_dims = 2; e[4].shape[0] = 0; e[4].shape[1] = 4; e[4].data = NULL;
    e[5].name = "bytes"; e[5].dtype = VKR_DTYPE_U8; e[5].n_dims = 1; e[5].shape[0] = 3; e[5].data = u8;
    REQUIRE(vkr_st_write(path, e, 6, meta, 2) == VKR_OK, "%s", vkr_last_error());
    CHECK(!exists(tmp_path("rt.safetensors.tmp")), "the temporary file stayed");
    raw = vt_read_file(path, &len);
    REQUIRE(raw && len > 8);
    for (k = 7; k >= 0; k--) hlen = (hlen << 8) | (uint8_t)raw[k];
    CHECK(hlen % 8 == 0 && raw[8] == '{' && raw[8 + hlen - 1] != '\0', "header length %llu", (unsigned long long)hlen);
    REQUIRE(vkr_st_open(path, NULL, &st) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == 6);
    CHECK(vkr_st_metadata(st, "format") && !strcmp(vkr_st_metadata(st, "format"), "pt"));
    CHECK(vkr_st_metadata(st, "note") && !strcmp(vkr_st_metadata(st, "note"), "a \"quoted\" value\n"));
    for (i = 0; i < 6; i++) {
        const vkr_tensor *t = vkr_st_find(st, e[i].name);
        size_t bytes;
        int64_t n = 1;
        int d;
        CHECK(t != NULL, "%s missing", e[i].name);
        if (!t) continue;
        CHECK(t->dtype == e[i].dtype && t->n_dims == e[i].n_dims, "%s: dtype or rank", e[i].name);
        for (d = 0; d < e[i].n_dims; d++) { CHECK(t->shape[d] == e[i].shape[d], "%s: dim %d", e[i].name, d); n *= e[i].shape[d]; }
        bytes = (size_t)n * (size_t)vkr_dtype_bits(e[i].dtype) / 8;
        CHECK(t->n_bytes == bytes, "%s: %llu bytes", e[i].name, (unsigned long long)t->n_bytes);
        if (bytes) CHECK(!memcmp(t->data, e[i].data, bytes), "%s: data differs", e[i].name);
        /* aligned to its element size within the data section ("z.f32" starts it: largest elements first, then by name) */
        CHECK(((uintptr_t)t->data - (uintptr_t)vkr_st_find(st, "z.f32")->data) % (uintptr_t)(vkr_dtype_bits(t->dtype) / 8) == 0,
              "%s: data not aligned to its element size", e[i].name);
    }
    vkr_st_close(st);
    free(raw);
    /* overwriting an existing file works; an empty set is a valid file */
    REQUIRE(vkr_st_write(path, e, 0, NULL, 0) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_st_open(path, NULL, &st) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == 0);
    vkr_st_close(st);
}

static void test_st_write_errors(void) {
    float x[2] = {1, 2};
    vkr_st_entry e[2];
    const char *bad = tmp_path("no/such/dir/x.safetensors");
    memset(e, 0, sizeof e);
    e[0].name = "x"; e[0].dtype = VKR_DTYPE_F32; e[0].n_dims = 1; e[0].shape[0] = 2; e[0].data = x;
    e[1] = e[0];
    CHECK(vkr_st_write(bad, e, 1, NULL, 0) == VKR_ERR_IO);
    CHECK(contains(vkr_last_error(), "no/such/dir/x.safetensors"), "error does not name the path: %s", vkr_last_error());
    CHECK(!exists(bad) && !exists(tmp_path("no")));
    CHECK(vkr_st_write(tmp_path("dup.safetensors"), e, 2, NULL, 0) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(contains(vkr_last_error(), "duplicate") && contains(vkr_last_error(), "dup.safetensors"), "%s", vkr_last_error());
    CHECK(!exists(tmp_path("dup.safetensors")) && !exists(tmp_path("dup.safetensors.tmp")));
    e[0].shape[0] = -1;
    CHECK(vkr_st_write(tmp_path("neg.safetensors"), e, 1, NULL, 0) == VKR_ERR_INVALID_ARGUMENT);
    e[0].shape[0] = 2; e[0].name = "__metadata__";
    CHECK(vkr_st_write(tmp_path("meta.safetensors"), e, 1, NULL, 0) == VKR_ERR_INVALID_ARGUMENT);
    e[0].name = "bad\xff";   /* the header could not hold it as it is */
    CHECK(vkr_st_write(tmp_path("utf8.safetensors"), e, 1, NULL, 0) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(!exists(tmp_path("utf8.safetensors")));
}

/* ------------------------------------------------------------ model save */

static int same_file(const char *a, const char *b) {
    size_t na = 0, nb = 0;
    char *x = vt_read_file(a, &na), *y = vt_read_file(b, &nb);
    int same = x && y && na == nb && !memcmp(x, y, na);
    free(x); free(y);
    return same;
}

static void test_model_save(void) {
    static const char *side[] = {"config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                                 "special_tokens_map.json", "tokenizer.model"};
    vkr_model *m2 = NULL;
    const vkr_st *s1 = vkr_model_tensors(model), *s2;
    int64_t i, V = vkr_model_config(model)->vocab_size;
    float *l1 = (float *)malloc((size_t)V * 4), *l2 = (float *)malloc((size_t)V * 4);
    size_t k;
    char src[1024];
    REQUIRE(l1 && l2);
    REQUIRE(vkr_model_save(model, tmp_path("saved/f32"), VKR_DTYPE_INVALID) == VKR_OK, "%s", vkr_last_error());
    for (k = 0; k < sizeof side / sizeof side[0]; k++) {
        snprintf(src, sizeof src, "models/stories260k/%s", side[k]);
        {
            char dst[1024];
            snprintf(dst, sizeof dst, "%s/saved/f32/%s", tmp_root, side[k]);
            CHECK(same_file(src, dst), "%s not copied as it was", side[k]);
        }
    }
    REQUIRE(vkr_model_load(tmp_path("saved/f32"), NULL, &m2) == VKR_OK, "%s", vkr_last_error());
    s2 = vkr_model_tensors(m2);
    CHECK(vkr_st_count(s1) == vkr_st_count(s2));
    for (i = 0; i < vkr_st_count(s1); i++) {
        const vkr_tensor *a = vkr_st_at(s1, i), *b = vkr_st_find(s2, a->name);
        CHECK(b && b->dtype == a->dtype && b->n_bytes == a->n_bytes && !memcmp(a->data, b->data, (size_t)a->n_bytes), "%s differs", a->name);
    }
    REQUIRE(logits_of(model, VKR_BACKEND_CPU, l1) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(logits_of(m2, VKR_BACKEND_CPU, l2) == VKR_OK, "%s", vkr_last_error());
    CHECK(!memcmp(l1, l2, (size_t)V * 4), "logits of the saved model differ");
    vkr_model_free(m2);
    m2 = NULL;
    /* bf16 and f16: each element rounded to nearest even */
    {
        vkr_dtype dts[2] = {VKR_DTYPE_BF16, VKR_DTYPE_F16};
        const char *dirs[2] = {"saved/bf16", "saved/f16"};
        int j;
        for (j = 0; j < 2; j++) {
            int64_t bad = 0, n = 0;
            REQUIRE(vkr_model_save(model, tmp_path(dirs[j]), dts[j]) == VKR_OK, "%s", vkr_last_error());
            REQUIRE(vkr_model_load(tmp_path(dirs[j]), NULL, &m2) == VKR_OK, "%s", vkr_last_error());
            s2 = vkr_model_tensors(m2);
            for (i = 0; i < vkr_st_count(s1); i++) {
                const vkr_tensor *a = vkr_st_at(s1, i), *b = vkr_st_find(s2, a->name);
                int64_t e;
                CHECK(b && b->dtype == dts[j], "%s: not %s", a->name, vkr_dtype_name(dts[j]));
                if (!b || b->dtype != dts[j]) continue;
                for (e = 0; e < a->n_elems; e++, n++) {
                    uint16_t got;
                    memcpy(&got, (const uint8_t *)b->data + e * 2, 2);
                    if (got != (dts[j] == VKR_DTYPE_BF16 ? vkr_f32_to_bf16(((const float *)a->data)[e]) : vkr_f32_to_f16(((const float *)a->data)[e]))) bad++;
                }
            }
            CHECK(bad == 0 && n == vkr_model_param_count(model), "%s: %lld of %lld elements differ", dirs[j], (long long)bad, (long long)n);
            vkr_model_free(m2);
            m2 = NULL;
        }
    }
    /* a directory with another *.safetensors would load both: refused; so is an integer dtype */
    REQUIRE(vt_write_file(tmp_path("saved/f32/extra.safetensors"), "x", 1));
    CHECK(vkr_model_save(model, tmp_path("saved/f32"), VKR_DTYPE_INVALID) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(contains(vkr_last_error(), "extra.safetensors"), "%s", vkr_last_error());
    CHECK(vkr_model_save(model, tmp_path("saved/i8"), VKR_DTYPE_I8) == VKR_ERR_UNSUPPORTED);
    free(l1);
    free(l2);
}

/* ------------------------------------------------------------ adapters */

#define NL_MAX 16
static float *ad_a[NL_MAX * VKR_LORA_TARGETS], *ad_b[NL_MAX * VKR_LORA_TARGETS];

/* A random adapter on q, v and down of every layer (rank 4, alpha 8). */
static void make_adapter(vkr_lora_config *c) {
    const vkr_weights *w = vkr_model_weights(model);
    int64_t l, i, nl = vkr_model_config(model)->n_layers;
    memset(c, 0, sizeof *c);
    c->rank = 4;
    c->alpha = 8;
    c->targets = (1u << VKR_LORA_Q) | (1u << VKR_LORA_V) | (1u << VKR_LORA_DOWN);
    c->dropout = 0.05;
    for (l = 0; l < nl; l++) {
        int t;
        for (t = 0; t < VKR_LORA_TARGETS; t++) {
            const vkr_tensor *W = *vkr__lora_slot(&w->layers[l], t);
            int64_t k = l * VKR_LORA_TARGETS + t;
            free(ad_a[k]); free(ad_b[k]);
            ad_a[k] = ad_b[k] = NULL;
            if (!(c->targets & (1u << t))) continue;
            ad_a[k] = (float *)malloc((size_t)(c->rank * W->shape[1]) * 4);
            ad_b[k] = (float *)malloc((size_t)(c->rank * W->shape[0]) * 4);
            for (i = 0; i < c->rank * W->shape[1]; i++) ad_a[k][i] = frand() * 0.3f;
            for (i = 0; i < c->rank * W->shape[0]; i++) ad_b[k][i] = frand() * 0.3f;
        }
    }
}

static void test_lora_round_trip(void) {
    vkr_lora_config c;
    vkr_lora *L = NULL;
    const vkr_lora_config *g;
    int64_t l, nl = vkr_model_config(model)->n_layers;
    char *cfg;
    vkr_st *st = NULL;
    REQUIRE(nl <= NL_MAX);
    make_adapter(&c);
    REQUIRE(vkr_lora_save(tmp_path("ad"), model, &c, (const float *const *)ad_a, (const float *const *)ad_b) == VKR_OK, "%s", vkr_last_error());
    cfg = vt_read_file(tmp_path("ad/adapter_config.json"), NULL);
    CHECK(contains(cfg, "\"peft_type\": \"LORA\"") && contains(cfg, "\"task_type\": \"CAUSAL_LM\"") && contains(cfg, "\"r\": 4") &&
          contains(cfg, "\"lora_alpha\": 8") && contains(cfg, "\"use_dora\": false") && contains(cfg, "\"base_model_name_or_path\": \"models/stories260k\""),
          "%s", cfg ? cfg : "(no file)");
    free(cfg);
    REQUIRE(vkr_st_open(tmp_path("ad/adapter_model.safetensors"), NULL, &st) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == nl * 3 * 2);
    CHECK(vkr_st_find(st, "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight") != NULL);
    CHECK(vkr_st_find(st, "base_model.model.model.layers.4.mlp.down_proj.lora_B.weight") != NULL);
    vkr_st_close(st);
    REQUIRE(vkr_lora_load(tmp_path("ad"), model, NULL, &L) == VKR_OK, "%s", vkr_last_error());
    g = vkr_lora_get_config(L);
    CHECK(g->rank == 4 && g->alpha == 8 && g->targets == c.targets && fabs(g->dropout - 0.05) < 1e-12 && !g->rslora);
    CHECK(fabs(vkr_lora_scaling(g) - 2.0) < 1e-12);
    for (l = 0; l < nl; l++) {
        int t;
        for (t = 0; t < VKR_LORA_TARGETS; t++) {
            const vkr_tensor *W = *vkr__lora_slot(&vkr_model_weights(model)->layers[l], t);
            int64_t k = l * VKR_LORA_TARGETS + t;
            const float *A = vkr_lora_a(L, l, (vkr_lora_target)t), *B = vkr_lora_b(L, l, (vkr_lora_target)t);
            if (!ad_a[k]) { CHECK(!A && !B, "layer %lld %s should not be targeted", (long long)l, vkr_lora_target_name((vkr_lora_target)t)); continue; }
            CHECK(A && B && !memcmp(A, ad_a[k], (size_t)(4 * W->shape[1]) * 4) && !memcmp(B, ad_b[k], (size_t)(4 * W->shape[0]) * 4),
                  "layer %lld %s differs", (long long)l, vkr_lora_target_name((vkr_lora_target)t));
        }
    }
    vkr_lora_free(L);
    /* names and scaling */
    CHECK(!strcmp(vkr_lora_target_name(VKR_LORA_DOWN), "down_proj") && vkr_lora_target_name(VKR_LORA_TARGETS) == NULL);
    c.rank = 16; c.alpha = 0; c.rslora = false;
    CHECK(fabs(vkr_lora_scaling(&c) - 2.0) < 1e-12, "alpha 0 → 2·rank");
    c.alpha = 32; c.rslora = true;
    CHECK(fabs(vkr_lora_scaling(&c) - 8.0) < 1e-12, "rsLoRA: alpha / sqrt(r)");
}

static void test_apply_lora(void) {
    vkr_lora_config c;
    vkr_lora *L = NULL;
    vkr_model *m = NULL, *m2 = NULL;
    const vkr_weights *w0 = vkr_model_weights(model), *w;
    int64_t l, nl = vkr_model_config(model)->n_layers, V = vkr_model_config(model)->vocab_size, i, j, kk, worst_i = 0;
    float *base = (float *)malloc((size_t)V * 4), *merged = (float *)malloc((size_t)V * 4), *again = (float *)malloc((size_t)V * 4);
    double s, worst = 0, maxd = 0;
    REQUIRE(base && merged && again);
    make_adapter(&c);
    REQUIRE(vkr_lora_save(tmp_path("ad2"), model, &c, (const float *const *)ad_a, (const float *const *)ad_b) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_lora_load(tmp_path("ad2"), m, NULL, &L) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_model_apply_lora(m, L) == VKR_OK, "%s", vkr_last_error());
    s = vkr_lora_scaling(&c);
    w = vkr_model_weights(m);
    for (l = 0; l < nl; l++) {
        int t;
        for (t = 0; t < VKR_LORA_TARGETS; t++) {
            const vkr_tensor *W0 = *vkr__lora_slot(&w0->layers[l], t), *W = *vkr__lora_slot((vkr_layer_weights *)&w->layers[l], t);
            int64_t k = l * VKR_LORA_TARGETS + t, out = W0->shape[0], in = W0->shape[1];
            if (!ad_a[k]) {
                CHECK(W == vkr_st_find(vkr_model_tensors(m), W0->name), "layer %lld %s changed", (long long)l, vkr_lora_target_name((vkr_lora_target)t));
                continue;
            }
            CHECK(W != vkr_st_find(vkr_model_tensors(m), W0->name) && W->dtype == VKR_DTYPE_F32 && !strcmp(W->name, W0->name) &&
                  W->n_dims == 2 && W->shape[0] == out && W->shape[1] == in && W->n_bytes == (uint64_t)(out * in * 4));
            for (i = 0; i < out; i++)
                for (j = 0; j < in; j++) {
                    double ba = 0, ref, d;
                    for (kk = 0; kk < c.rank; kk++) ba += (double)ad_b[k][i * c.rank + kk] * (double)ad_a[k][kk * in + j];
                    ref = (double)((const float *)W0->data)[i * in + j] + s * ba;
                    d = fabs(((const float *)W->data)[i * in + j] - ref) / fmax(1.0, fabs(ref));
                    if (d > worst) { worst = d; worst_i = i * in + j; }
                }
        }
    }
    printf("     merged weights: max |Δ| / max(1, |ref|) = %.3g (element %lld) against W + s·B·A in double\n", worst, (long long)worst_i);
    CHECK(worst <= 1.2e-7, "merged weights off by %.3g", worst);
    /* the adapter changes the logits; the merged model saved and reloaded gives the same ones */
    REQUIRE(logits_of(model, VKR_BACKEND_CPU, base) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(logits_of(m, VKR_BACKEND_CPU, merged) == VKR_OK, "%s", vkr_last_error());
    for (i = 0; i < V; i++) maxd = fmax(maxd, fabs(base[i] - merged[i]));
    printf("     logits: max |merged - base| = %.3g\n", maxd);
    CHECK(maxd > 1e-2, "the adapter did not change the logits (%.3g)", maxd);
    REQUIRE(vkr_model_save(m, tmp_path("merged"), VKR_DTYPE_F32) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_model_load(tmp_path("merged"), NULL, &m2) == VKR_OK, "%s", vkr_last_error());
    REQUIRE(logits_of(m2, VKR_BACKEND_CPU, again) == VKR_OK, "%s", vkr_last_error());
    CHECK(!memcmp(merged, again, (size_t)V * 4), "the saved merged model computes other logits");
    {
        const vkr_tensor *a = *vkr__lora_slot((vkr_layer_weights *)&w->layers[2], VKR_LORA_DOWN);
        const vkr_tensor *b = vkr_st_find(vkr_model_tensors(m2), a->name);
        CHECK(b && !memcmp(a->data, b->data, (size_t)a->n_bytes), "saved merged %s differs", a->name);
    }
    vkr_model_free(m2);
    /* on a GPU the merged (f32) weights run as on the CPU */
    {
        const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
        vkr_result r = logits_of(m, VKR_BACKEND_VULKAN, again);
        if (r == VKR_ERR_NO_DEVICE && !(req && *req && strcmp(req, "0"))) {
            printf("     no Vulkan device: GPU check skipped\n");
        } else {
            double e = 0;
            CHECK(r == VKR_OK, "%s", vkr_last_error());
            for (i = 0; r == VKR_OK && i < V; i++) e = fmax(e, fabs(again[i] - merged[i]) / fmax(1.0, fabs(merged[i])));
            printf("     Vulkan vs CPU on the merged model: max rel %.3g\n", e);
            CHECK(r != VKR_OK || e < 1e-3, "GPU logits of the merged model off by %.3g", e);
        }
    }
    /* applying twice stacks: W + 2·s·B·A */
    REQUIRE(vkr_model_apply_lora(m, L) == VKR_OK, "%s", vkr_last_error());
    {
        const vkr_tensor *W0 = w0->layers[1].q, *W = vkr_model_weights(m)->layers[1].q;
        int64_t k = 1 * VKR_LORA_TARGETS + VKR_LORA_Q, in = W0->shape[1];
        double ba = 0, ref;
        for (kk = 0; kk < c.rank; kk++) ba += (double)ad_b[k][3 * c.rank + kk] * (double)ad_a[k][kk * in + 5];
        ref = ((const float *)W0->data)[3 * in + 5] + 2 * s * ba;
        CHECK(fabs(((const float *)W->data)[3 * in + 5] - ref) < 1e-5, "twice: %g vs %g", ((const float *)W->data)[3 * in + 5], ref);
    }
    vkr_lora_free(L);
    vkr_model_free(m);
    free(base); free(merged); free(again);
}

/* ------------------------------------------------------------ refusals */

static const char *good_cfg =
    "{\"peft_type\": \"LORA\", \"r\": 4, \"lora_alpha\": 8, \"target_modules\": [\"q_proj\", \"v_proj\", \"down_proj\"], "
    "\"bias\": \"none\", \"use_dora\": false, \"modules_to_save\": null, \"rank_pattern\": {}, \"alpha_pattern\": {}, "
    "\"fan_in_fan_out\": false, \"layers_to_transform\": null %s}";

/* Writes ad3/adapter_config.json and loads ad3; the error must name `expect_in_error`. */
static vkr_result load_cfg(const char *json, const char *expect_in_error) {
    vkr_lora *L = NULL;
    vkr_result r;
    if (!vt_write_file(tmp_path("ad3/adapter_config.json"), json, strlen(json))) return VKR_ERR_IO;
    r = vkr_lora_load(tmp_path("ad3"), model, NULL, &L);
    if (r == VKR_OK) vkr_lora_free(L);
    if (expect_in_error && !contains(vkr_last_error(), expect_in_error))
        vt_fail_at(__FILE__, __LINE__, "error does not name %s: %s", expect_in_error, vkr_last_error());
    return r;
}

static void test_lora_refusals(void) {
    static const struct { const char *from, *to, *field; vkr_result want; } cases[] = {
        {"\"use_dora\": false", "\"use_dora\": true", "use_dora", VKR_ERR_UNSUPPORTED},
        {"\"modules_to_save\": null", "\"modules_to_save\": [\"lm_head\"]", "modules_to_save", VKR_ERR_UNSUPPORTED},
        {"\"rank_pattern\": {}", "\"rank_pattern\": {\"q_proj\": 8}", "rank_pattern", VKR_ERR_UNSUPPORTED},
        {"\"alpha_pattern\": {}", "\"alpha_pattern\": {\"q_proj\": 8}", "alpha_pattern", VKR_ERR_UNSUPPORTED},
        {"\"bias\": \"none\"", "\"bias\": \"all\"", "bias", VKR_ERR_UNSUPPORTED},
        {"\"fan_in_fan_out\": false", "\"fan_in_fan_out\": true", "fan_in_fan_out", VKR_ERR_UNSUPPORTED},
        {"\"layers_to_transform\": null", "\"layers_to_transform\": [0, 1]", "layers_to_transform", VKR_ERR_UNSUPPORTED},
        {"\"peft_type\": \"LORA\"", "\"peft_type\": \"IA3\"", "peft_type", VKR_ERR_UNSUPPORTED},
        {"[\"q_proj\", \"v_proj\", \"down_proj\"]", "\".*q_proj\"", "target_modules", VKR_ERR_UNSUPPORTED},
        {"[\"q_proj\", \"v_proj\", \"down_proj\"]", "[\"q_proj\", \"embed_tokens\"]", "embed_tokens", VKR_ERR_UNSUPPORTED},
        {"[\"q_proj\", \"v_proj\", \"down_proj\"]", "[\"q_proj\", \"lm_head\"]", "lm_head", VKR_ERR_UNSUPPORTED},
        {"\"r\": 4", "\"r\": 0", "\"r\"", VKR_ERR_CONFIG},
        /* a target the file has tensors for but the config does not list */
        {"[\"q_proj\", \"v_proj\", \"down_proj\"]", "[\"q_proj\", \"down_proj\"]", "v_proj", VKR_ERR_TENSOR},
        /* a listed target without tensors */
        {"[\"q_proj\", \"v_proj\", \"down_proj\"]", "[\"q_proj\", \"v_proj\", \"down_proj\", \"k_proj\"]", "layers.0.self_attn.k_proj.lora_A.weight", VKR_ERR_TENSOR},
        /* r disagrees with the tensors' shapes */
        {"\"r\": 4", "\"r\": 3", "shape", VKR_ERR_TENSOR},
    };
    vkr_lora_config c;
    char json[2048], tmpl[2048];
    size_t i;
    vkr_lora *L = NULL;
    make_adapter(&c);
    REQUIRE(vkr_lora_save(tmp_path("ad3"), model, &c, (const float *const *)ad_a, (const float *const *)ad_b) == VKR_OK, "%s", vkr_last_error());
    snprintf(tmpl, sizeof tmpl, good_cfg, "");
    CHECK(load_cfg(tmpl, NULL) == VKR_OK, "the unmodified config: %s", vkr_last_error());
    /* "all-linear" lists every target: then k, o, gate, up have no tensors */
    {
        char *p = strstr(tmpl, "[\"q_proj\"");
        snprintf(json, sizeof json, "%.*s\"all-linear\"%s", (int)(p - tmpl), tmpl, strchr(p, ']') + 1);
        CHECK(load_cfg(json, "k_proj.lora_A.weight is missing") == VKR_ERR_TENSOR, "%s", vkr_last_error());
    }
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *p = strstr(tmpl, cases[i].from);
        vkr_result r;
        REQUIRE(p, "case %zu", i);
        snprintf(json, sizeof json, "%.*s%s%s", (int)(p - tmpl), tmpl, cases[i].to, p + strlen(cases[i].from));
        r = load_cfg(json, cases[i].field);
        CHECK(r == cases[i].want, "%s → %s (want %s): %s", cases[i].to, vkr_result_str(r), vkr_result_str(cases[i].want), vkr_last_error());
    }
    /* tensors: an unknown one, a misshapen one; BF16 ones load converted */
    {
        const vkr_weights *w = vkr_model_weights(model);
        int64_t in = w->layers[0].q->shape[1], out = w->layers[0].q->shape[0], n;
        float *A = (float *)calloc((size_t)(8 * in), 4), *B = (float *)calloc((size_t)(8 * out), 4);
        uint16_t *Ah = (uint16_t *)calloc((size_t)(4 * in), 2), *Bh = (uint16_t *)calloc((size_t)(4 * out), 2);
        vkr_st_entry e[3];
        const char *cfg1 = "{\"peft_type\": \"LORA\", \"r\": 4, \"lora_alpha\": 4, \"target_modules\": [\"q_proj\"], \"layers_to_transform\": null}";
        REQUIRE(A && B && Ah && Bh);
        for (n = 0; n < 4 * in; n++) Ah[n] = vkr_f32_to_bf16(frand());
        for (n = 0; n < 4 * out; n++) Bh[n] = vkr_f32_to_bf16(frand());
        rm_rf(tmp_path("ad4"));
        mkdir(tmp_path("ad4"), 0755);
        REQUIRE(vt_write_file(tmp_path("ad4/adapter_config.json"), cfg1, strlen(cfg1)));
        memset(e, 0, sizeof e);
        /* layer 0 only: the other layers' q are missing */
        e[0].name = "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight";
        e[0].dtype = VKR_DTYPE_BF16; e[0].n_dims = 2; e[0].shape[0] = 4; e[0].shape[1] = in; e[0].data = Ah;
        e[1].name = "base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight";
        e[1].dtype = VKR_DTYPE_BF16; e[1].n_dims = 2; e[1].shape[0] = out; e[1].shape[1] = 4; e[1].data = Bh;
        REQUIRE(vkr_st_write(tmp_path("ad4/adapter_model.safetensors"), e, 2, NULL, 0) == VKR_OK, "%s", vkr_last_error());
        CHECK(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_ERR_TENSOR && contains(vkr_last_error(), "layers.1.self_attn.q_proj.lora_A.weight"),
              "%s", vkr_last_error());
        {
            const char *cfg2 = "{\"peft_type\": \"LORA\", \"r\": 4, \"target_modules\": [\"q_proj\"], \"layers_to_transform\": null}";
            int64_t l, nl = vkr_model_config(model)->n_layers;
            static char names[NL_MAX][2][128];
            vkr_st_entry *all = (vkr_st_entry *)calloc((size_t)(2 * nl + 1), sizeof *all);
            REQUIRE(all);
            REQUIRE(vt_write_file(tmp_path("ad4/adapter_config.json"), cfg2, strlen(cfg2)));
            for (l = 0; l < nl; l++) {
                snprintf(names[l][0], 128, "base_model.model.model.layers.%lld.self_attn.q_proj.lora_A.weight", (long long)l);
                snprintf(names[l][1], 128, "base_model.model.model.layers.%lld.self_attn.q_proj.lora_B.weight", (long long)l);
                all[2 * l] = e[0]; all[2 * l].name = names[l][0];
                all[2 * l + 1] = e[1]; all[2 * l + 1].name = names[l][1];
            }
            REQUIRE(vkr_st_write(tmp_path("ad4/adapter_model.safetensors"), all, 2 * nl, NULL, 0) == VKR_OK, "%s", vkr_last_error());
            REQUIRE(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_OK, "%s", vkr_last_error());
            CHECK(vkr_lora_get_config(L)->alpha == 8, "lora_alpha absent → PEFT's default 8");
            CHECK(vkr_lora_a(L, 3, VKR_LORA_Q)[5] == vkr_bf16_to_f32(Ah[5]) && vkr_lora_b(L, 4, VKR_LORA_Q)[7] == vkr_bf16_to_f32(Bh[7]));
            vkr_lora_free(L);
            L = NULL;
            /* an unknown tensor */
            all[2 * nl] = e[0];
            all[2 * nl].name = "base_model.model.lm_head.lora_A.weight";
            REQUIRE(vkr_st_write(tmp_path("ad4/adapter_model.safetensors"), all, 2 * nl + 1, NULL, 0) == VKR_OK, "%s", vkr_last_error());
            CHECK(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_ERR_TENSOR && contains(vkr_last_error(), "base_model.model.lm_head.lora_A.weight"),
                  "%s", vkr_last_error());
            /* a layer past the model's */
            all[2 * nl].name = "base_model.model.model.layers.99.self_attn.q_proj.lora_A.weight";
            REQUIRE(vkr_st_write(tmp_path("ad4/adapter_model.safetensors"), all, 2 * nl + 1, NULL, 0) == VKR_OK, "%s", vkr_last_error());
            CHECK(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_ERR_TENSOR && contains(vkr_last_error(), "layers.99."), "%s", vkr_last_error());
            /* a misshapen B: [out, 5] */
            all[3].shape[1] = 5;
            all[3].dtype = VKR_DTYPE_F32;
            all[3].data = B;
            REQUIRE(vkr_st_write(tmp_path("ad4/adapter_model.safetensors"), all, 2 * nl, NULL, 0) == VKR_OK, "%s", vkr_last_error());
            CHECK(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_ERR_TENSOR && contains(vkr_last_error(), "layers.1.self_attn.q_proj.lora_B.weight") &&
                  contains(vkr_last_error(), "shape"), "%s", vkr_last_error());
            free(all);
        }
        /* the pickle format is refused with advice */
        unlink(tmp_path("ad4/adapter_model.safetensors"));
        REQUIRE(vt_write_file(tmp_path("ad4/adapter_model.bin"), "PK", 2));
        CHECK(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_ERR_UNSUPPORTED && contains(vkr_last_error(), "safe_serialization"), "%s", vkr_last_error());
        unlink(tmp_path("ad4/adapter_model.bin"));
        CHECK(vkr_lora_load(tmp_path("ad4"), model, NULL, &L) == VKR_ERR_NOT_FOUND && contains(vkr_last_error(), "adapter_model.safetensors"), "%s", vkr_last_error());
        CHECK(vkr_lora_load(tmp_path("nothing"), model, NULL, &L) == VKR_ERR_NOT_FOUND && contains(vkr_last_error(), "adapter_config.json"), "%s", vkr_last_error());
        free(A); free(B); free(Ah); free(Bh);
    }
}

int main(void) {
    int i;
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);   /* lavapipe's one unfreed allocation stays reachable (LeakSanitizer) */
    snprintf(tmp_root, sizeof tmp_root, "/tmp/vkr_test_lora_%d", (int)getpid());
    rm_rf(tmp_root);
    mkdir(tmp_root, 0755);
    if (vkr_model_load("models/stories260k", NULL, &model) != VKR_OK) {
        fprintf(stderr, "%s\n", vkr_last_error());
        return 1;
    }
    VT_RUN(test_st_write_round_trip);
    VT_RUN(test_st_write_errors);
    VT_RUN(test_model_save);
    VT_RUN(test_lora_round_trip);
    VT_RUN(test_apply_lora);
    VT_RUN(test_lora_refusals);
    vkr_model_free(model);
    for (i = 0; i < NL_MAX * VKR_LORA_TARGETS; i++) { free(ad_a[i]); free(ad_b[i]); }
    rm_rf(tmp_root);
    return vt_finish();
}
