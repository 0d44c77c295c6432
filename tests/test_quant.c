#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

/* test_quant.c — quantization (>>quant) and the GGUF writer (>>gguf):
   - every tensor of every tests/data/gguf/tiny256-*.gguf (made by llama.cpp's
     llama-quantize) is rebuilt from the bf16 source model: vkr_quant_pick
     must give the file's type and vkr_quantize the file's bytes, exactly;
   - the F16 conversion of the real stories260K model against its F16 GGUF;
   - round trips and awkward inputs, bad arguments, the llama Q/K permutation;
   - the writer: every reference GGUF re-written from what vkr_gguf_* read
     must come out byte for byte the same file. */

#include <math.h>
#include <stdint.h>

#define GGUF_DIR "tests/data/gguf/"

/* GGUF name → the Hugging Face name it was converted from (false: unknown). */
static bool hf_name(const char *g, char *out, size_t cap) {
    static const char *const map[][2] = {
        {"attn_q.weight", "self_attn.q_proj.weight"}, {"attn_k.weight", "self_attn.k_proj.weight"},
        {"attn_v.weight", "self_attn.v_proj.weight"}, {"attn_output.weight", "self_attn.o_proj.weight"},
        {"ffn_gate.weight", "mlp.gate_proj.weight"}, {"ffn_up.weight", "mlp.up_proj.weight"},
        {"ffn_down.weight", "mlp.down_proj.weight"}, {"attn_norm.weight", "input_layernorm.weight"},
        {"ffn_norm.weight", "post_attention_layernorm.weight"},
    };
    int layer, used = 0;
    size_t i;
    if (!strcmp(g, "token_embd.weight")) return snprintf(out, cap, "model.embed_tokens.weight") > 0;
    if (!strcmp(g, "output.weight")) return snprintf(out, cap, "lm_head.weight") > 0;
    if (!strcmp(g, "output_norm.weight")) return snprintf(out, cap, "model.norm.weight") > 0;
    if (sscanf(g, "blk.%d.%n", &layer, &used) != 1 || !used) return false;
    for (i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(g + used, map[i][0])) return snprintf(out, cap, "model.layers.%d.%s", layer, map[i][1]) > 0;
    return false;
}

/* The f32 values the converter gave GGUF tensor t: the HF tensor, its Q/K
   rows permuted as convert_hf_to_gguf.py does. Caller frees. */
static float *source_f32(const vkr_st *st, const char *gname, int64_t n_head, int64_t n_head_kv, int64_t *n_out) {
    char hf[256];
    const vkr_tensor *t;
    float *x, *y;
    int64_t nh = strstr(gname, "attn_q.weight") ? n_head : strstr(gname, "attn_k.weight") ? n_head_kv : 0;
    if (!hf_name(gname, hf, sizeof hf) || !(t = vkr_st_find(st, hf))) return NULL;
    x = (float *)malloc((size_t)t->n_elems * sizeof(float));
    if (!x || vkr_tensor_read_f32(t, 0, t->n_elems, x) != VKR_OK) { free(x); return NULL; }
    *n_out = t->n_elems;
    if (!nh) return x;
    y = (float *)malloc((size_t)t->n_elems * sizeof(float));
    if (!y || vkr__llama_permute_rows(x, y, nh, t->shape[0], (size_t)t->shape[1] * sizeof(float), false) != VKR_OK) {
        free(x); free(y); return NULL;
    }
    free(x);
    return y;
}

static int64_t gguf_int(const vkr_gguf *g, const char *key) {
    int64_t v = -1;
    return vkr_gguf_get_i64(g, key, &v) == VKR_OK ? v : -1;
}

static const char *const tiny_types[] = {"q8_0", "q4_0", "q4_1", "q5_0", "q5_1", "q4_k_s", "q4_k_m", "q5_k_m", "q6_k"};

/* (a) every tensor of every quantized tiny256 file, rebuilt from the source. */
static void test_tiny256_identical(void) {
    vkr_st *st = NULL;
    size_t k;
    int total = 0, same_type = 0, same_bytes = 0;
    REQUIRE(vkr_st_open(GGUF_DIR "tiny256/model.safetensors", NULL, &st) == VKR_OK, "%s", vkr_last_error());
    for (k = 0; k < sizeof tiny_types / sizeof tiny_types[0]; k++) {
        char path[256];
        vkr_gguf *g = NULL;
        vkr_quant_plan plan;
        int64_t i, n_t, ok_t = 0, ok_b = 0;
        snprintf(path, sizeof path, GGUF_DIR "tiny256-%s.gguf", tiny_types[k]);
        if (vkr_gguf_open(path, NULL, &g) != VKR_OK) { CHECK(0, "%s: %s", path, vkr_last_error()); continue; }
        memset(&plan, 0, sizeof plan);
        plan.type = vkr_qtype_from_name(tiny_types[k]);
        plan.n_layer = gguf_int(g, "llama.block_count");
        plan.n_head = gguf_int(g, "llama.attention.head_count");
        plan.n_head_kv = gguf_int(g, "llama.attention.head_count_kv");
        plan.no_output = !vkr_gguf_tensor_find(g, "output.weight");
        CHECK(plan.type != VKR_QTYPE_INVALID && gguf_int(g, "general.file_type") == (int64_t)plan.type,
              "%s: general.file_type %lld, vkr_qtype %d", path, (long long)gguf_int(g, "general.file_type"), (int)plan.type);
        n_t = vkr_gguf_tensor_count(g);
        for (i = 0; i < n_t; i++) {
            const vkr_gguf_tensor *t = vkr_gguf_tensor_at(g, i);
            vkr_dtype want = vkr_dtype_from_ggml(t->type), got = vkr_quant_pick(&plan, t->name, t->n_dims, t->ne);
            int64_t n = 0, bytes;
            float *x;
            uint8_t *q;
            total++;
            CHECK(got == want, "%s: %s: picked %s, the file has %s", path, t->name, vkr_dtype_name(got), vkr_dtype_name(want));
            if (got != want) continue;
            ok_t++;
            x = source_f32(st, t->name, plan.n_head, plan.n_head_kv, &n);
            if (!x || n != t->n_elems) { CHECK(0, "%s: %s: no source tensor of %lld elements", path, t->name, (long long)t->n_elems); free(x); continue; }
            bytes = vkr_dtype_row_bytes(want, n);
            q = (uint8_t *)malloc((size_t)bytes);
            CHECK(bytes == (int64_t)t->n_bytes && q && vkr_quantize(want, x, n, q) == VKR_OK, "%s: %s: %s", path, t->name, vkr_last_error());
            if (bytes == (int64_t)t->n_bytes && q && !memcmp(q, t->data, (size_t)bytes)) ok_b++;
            else if (q && bytes == (int64_t)t->n_bytes) {
                int64_t first = 0;
                while (first < bytes && q[first] == ((const uint8_t *)t->data)[first]) first++;
                CHECK(0, "%s: %s (%s): bytes differ from byte %lld of %lld", path, t->name, vkr_dtype_name(want),
                      (long long)first, (long long)bytes);
            }
            free(q);
            free(x);
        }
        printf("  %-8s %lld/%lld tensors: type as llama.cpp, %lld/%lld bytes identical\n", tiny_types[k],
               (long long)ok_t, (long long)n_t, (long long)ok_b, (long long)n_t);
        same_type += (int)ok_t;
        same_bytes += (int)ok_b;
        vkr_gguf_close(g);
    }
    printf("  all: %d tensors, %d with llama.cpp's type, %d byte-identical\n", total, same_type, same_bytes);
    CHECK(total == 9 * 12 && same_bytes == total);
    vkr_st_close(st);
}

/* F16 conversion and the tied-head rule on the real stories260K model
   (f32 safetensors in models/, its F16 GGUF made by convert_hf_to_gguf.py). */
static void test_stories_f16(void) {
    vkr_st *st = NULL;
    vkr_gguf *g = NULL;
    vkr_quant_plan plan;
    int64_t i, n_t, same = 0;
    if (vkr_st_open("models/stories260k", NULL, &st) != VKR_OK) SKIP("models/stories260k: %.150s", vkr_last_error());
    REQUIRE(vkr_gguf_open(GGUF_DIR "stories260k-f16.gguf", NULL, &g) == VKR_OK, "%s", vkr_last_error());
    memset(&plan, 0, sizeof plan);
    plan.type = VKR_QTYPE_F16;
    plan.n_layer = gguf_int(g, "llama.block_count");
    plan.n_head = gguf_int(g, "llama.attention.head_count");
    plan.n_head_kv = gguf_int(g, "llama.attention.head_count_kv");
    plan.no_output = true;
    CHECK(gguf_int(g, "general.file_type") == VKR_QTYPE_F16);
    n_t = vkr_gguf_tensor_count(g);
    for (i = 0; i < n_t; i++) {
        const vkr_gguf_tensor *t = vkr_gguf_tensor_at(g, i);
        vkr_dtype want = vkr_dtype_from_ggml(t->type), got = vkr_quant_pick(&plan, t->name, t->n_dims, t->ne);
        int64_t n = 0;
        float *x = source_f32(st, t->name, plan.n_head, plan.n_head_kv, &n);
        uint8_t *q = (uint8_t *)malloc(t->n_bytes);
        CHECK(got == want, "%s: picked %s, the file has %s", t->name, vkr_dtype_name(got), vkr_dtype_name(want));
        if (x && q && n == t->n_elems && vkr_quantize(want, x, n, q) == VKR_OK && !memcmp(q, t->data, t->n_bytes)) same++;
        else CHECK(0, "%s: bytes differ", t->name);
        free(x);
        free(q);
    }
    printf("  stories260k-f16: %lld/%lld tensors byte-identical\n", (long long)same, (long long)n_t);
    CHECK(same == n_t && n_t == 47);
    /* Q4_K_M on the same shapes: FFN width 172 fits no block, the tied
       embedding (row 64) fits 32-blocks but not 256: Q8_0, as llama.cpp does. */
    memset(&plan, 0, sizeof plan);
    plan.type = VKR_QTYPE_Q4_K_M;
    plan.n_layer = 5;
    plan.no_output = true;
    {
        int64_t ne_embd[2] = {64, 512}, ne_down[2] = {172, 64}, ne_q[2] = {64, 64};
        CHECK(vkr_quant_pick(&plan, "token_embd.weight", 2, ne_embd) == VKR_DTYPE_Q8_0);
        CHECK(vkr_quant_pick(&plan, "blk.0.attn_q.weight", 2, ne_q) == VKR_DTYPE_Q5_0);
        CHECK(vkr_quant_pick(&plan, "blk.0.ffn_down.weight", 2, ne_down) == VKR_DTYPE_F16);   /* Q6_K → Q8_0 → F16 */
        plan.type = VKR_QTYPE_Q4_0;
        CHECK(vkr_quant_pick(&plan, "blk.0.ffn_down.weight", 2, ne_down) == VKR_DTYPE_INVALID);
        CHECK(strstr(vkr_last_error(), "blk.0.ffn_down.weight") != NULL, "%s", vkr_last_error());
    }
    vkr_gguf_close(g);
    vkr_st_close(st);
}

/* F16 / BF16 file types on tiny256 against convert_hf_to_gguf.py's files in
   the full reference set (VKR_GGUF_DIR, else /work/shared/data/gguf; skipped
   where this checkout does not have them). */
static void test_tiny256_f16_bf16(void) {
    const char *dir = getenv("VKR_GGUF_DIR") ? getenv("VKR_GGUF_DIR") : "/work/shared/data/gguf";
    static const char *const kinds[] = {"f16", "bf16"};
    vkr_st *st = NULL;
    size_t k;
    int files = 0;
    REQUIRE(vkr_st_open(GGUF_DIR "tiny256/model.safetensors", NULL, &st) == VKR_OK, "%s", vkr_last_error());
    for (k = 0; k < 2; k++) {
        char path[512];
        vkr_gguf *g = NULL;
        vkr_quant_plan plan;
        int64_t i, n_t, same = 0;
        snprintf(path, sizeof path, "%s/tiny256-%s.gguf", dir, kinds[k]);
        if (vkr_gguf_open(path, NULL, &g) != VKR_OK) continue;
        files++;
        memset(&plan, 0, sizeof plan);
        plan.type = vkr_qtype_from_name(kinds[k]);
        plan.n_layer = gguf_int(g, "llama.block_count");
        plan.n_head = gguf_int(g, "llama.attention.head_count");
        plan.n_head_kv = gguf_int(g, "llama.attention.head_count_kv");
        CHECK(gguf_int(g, "general.file_type") == (int64_t)plan.type, "%s", path);
        n_t = vkr_gguf_tensor_count(g);
        for (i = 0; i < n_t; i++) {
            const vkr_gguf_tensor *t = vkr_gguf_tensor_at(g, i);
            vkr_dtype want = vkr_dtype_from_ggml(t->type), got = vkr_quant_pick(&plan, t->name, t->n_dims, t->ne);
            int64_t n = 0;
            float *x = source_f32(st, t->name, plan.n_head, plan.n_head_kv, &n);
            uint8_t *q = (uint8_t *)malloc(t->n_bytes);
            CHECK(got == want, "%s: %s: picked %s, the file has %s", path, t->name, vkr_dtype_name(got), vkr_dtype_name(want));
            if (x && q && n == t->n_elems && vkr_quantize(want, x, n, q) == VKR_OK && !memcmp(q, t->data, t->n_bytes)) same++;
            else CHECK(0, "%s: %s: bytes differ", path, t->name);
            free(x);
            free(q);
        }
        printf("  tiny256-%s: %lld/%lld tensors byte-identical\n", kinds[k], (long long)same, (long long)n_t);
        vkr_gguf_close(g);
    }
    vkr_st_close(st);
    if (!files) SKIP("no tiny256-f16/bf16.gguf in %.200s", dir);
}

/* Type names and the choices of the file types the tiny files do not cover. */
static void test_pick_rules(void) {
    vkr_quant_plan p;
    int64_t ne[2] = {4096, 1024}, ne1[1] = {4096};
    int i;
    CHECK(vkr_qtype_from_name("q4_k_m") == VKR_QTYPE_Q4_K_M && vkr_qtype_from_name("Q5_K_S") == VKR_QTYPE_Q5_K_S);
    CHECK(vkr_qtype_from_name("bf16") == VKR_QTYPE_BF16 && vkr_qtype_from_name("q4_k") == VKR_QTYPE_INVALID);
    CHECK(vkr_qtype_from_name("q2_k") == VKR_QTYPE_INVALID, "Q2_K is not a type valkyr writes");
    CHECK(vkr_qtype_from_name("q4_k_mm") == VKR_QTYPE_INVALID && vkr_qtype_from_name(NULL) == VKR_QTYPE_INVALID);
    CHECK(!strcmp(vkr_qtype_name(VKR_QTYPE_Q6_K), "Q6_K") && !strcmp(vkr_qtype_name((vkr_qtype)5), "?"));
    memset(&p, 0, sizeof p);
    p.type = VKR_QTYPE_Q4_K_M;
    p.n_layer = 32;
    /* attn_v and ffn_down: Q6_K in layers 0-3, 28-31 and every third between */
    for (i = 0; i < 32; i++) {
        char name[64];
        bool more = i < 4 || i >= 28 || (i - 4) % 3 == 2;
        snprintf(name, sizeof name, "blk.%d.attn_v.weight", i);
        CHECK(vkr_quant_pick(&p, name, 2, ne) == (more ? VKR_DTYPE_Q6_K : VKR_DTYPE_Q4_K), "%s", name);
        snprintf(name, sizeof name, "blk.%d.ffn_down.weight", i);
        CHECK(vkr_quant_pick(&p, name, 2, ne) == (more ? VKR_DTYPE_Q6_K : VKR_DTYPE_Q4_K), "%s", name);
    }
    CHECK(p.i_attn_v == 32 && p.i_ffn_down == 32);
    CHECK(vkr_quant_pick(&p, "blk.0.attn_norm.weight", 1, ne1) == VKR_DTYPE_F32);
    CHECK(vkr_quant_pick(&p, "output.weight", 2, ne) == VKR_DTYPE_Q6_K);
    CHECK(vkr_quant_pick(&p, "token_embd.weight", 2, ne) == VKR_DTYPE_Q4_K);
    p.type = VKR_QTYPE_Q5_K_S;
    CHECK(vkr_quant_pick(&p, "blk.0.ffn_down.weight", 2, ne) == VKR_DTYPE_Q5_K);
    p.type = VKR_QTYPE_Q8_0;
    CHECK(vkr_quant_pick(&p, "output.weight", 2, ne) == VKR_DTYPE_Q8_0);
    p.type = VKR_QTYPE_BF16;
    CHECK(vkr_quant_pick(&p, "output.weight", 2, ne) == VKR_DTYPE_BF16);
    CHECK(vkr_quant_pick(&p, "output_norm.weight", 1, ne1) == VKR_DTYPE_F32);
    /* Q4_K_S: attn_v Q5_K in the first 4 layers; "70B" (80 layers, GQA): Q5_K everywhere */
    memset(&p, 0, sizeof p);
    p.type = VKR_QTYPE_Q4_K_S;
    p.n_layer = 80; p.n_head = 64; p.n_head_kv = 8;
    for (i = 0; i < 6; i++) CHECK(vkr_quant_pick(&p, "blk.0.attn_v.weight", 2, ne) == VKR_DTYPE_Q5_K);
    p.n_head_kv = 64;
    CHECK(vkr_quant_pick(&p, "blk.7.attn_v.weight", 2, ne) == VKR_DTYPE_Q4_K);
    CHECK(vkr_quant_pick(&p, "blk.0.ffn_down.weight", 2, ne) == VKR_DTYPE_Q5_K);   /* i < 80/8 */
    p.type = (vkr_qtype)10;   /* Q2_K: not a type valkyr writes */
    CHECK(vkr_quant_pick(&p, "output.weight", 2, ne) == VKR_DTYPE_INVALID);
}

/* (b) round trips and awkward inputs: the error stays within what each type's
   step allows, zeros stay zeros, extremes survive. */
static void test_round_trip(void) {
    static const vkr_dtype types[] = {VKR_DTYPE_Q8_0, VKR_DTYPE_Q4_0, VKR_DTYPE_Q4_1, VKR_DTYPE_Q5_0, VKR_DTYPE_Q5_1,
                                      VKR_DTYPE_Q4_K, VKR_DTYPE_Q5_K, VKR_DTYPE_Q6_K, VKR_DTYPE_F16, VKR_DTYPE_BF16, VKR_DTYPE_F32};
    /* worst |error| / max |x| of a block, generously: half a step of the type */
    static const double tol[] = {1.0 / 127, 1.0 / 8, 1.0 / 15, 1.0 / 16, 1.0 / 31, 1.0 / 8, 1.0 / 16, 1.0 / 32, 1e-3, 8e-3, 0};
    enum { N = 1024 };
    float *x = (float *)malloc(N * sizeof(float)), *y = (float *)malloc(N * sizeof(float));
    uint8_t *q = (uint8_t *)malloc(N * 4);
    size_t k;
    int c, i;
    uint32_t s = 12345;
    REQUIRE(x && y && q);
    for (k = 0; k < sizeof types / sizeof types[0]; k++) {
        vkr_dtype t = types[k];
        for (c = 0; c < 7; c++) {   /* 5, 6: extremes (scales overflow or divide by subnormals): defined behaviour, no crash */
            double amax = 0, err = 0;
            for (i = 0; i < N; i++) {
                s = s * 1664525u + 1013904223u;
                float r = (float)((int32_t)s >> 8) / (float)(1 << 23);   /* [-1, 1) */
                x[i] = c == 0 ? r : c == 1 ? 0.0f : c == 2 ? -fabsf(r) - 0.01f : c == 3 ? (i % 97 == 5 ? 3.0e4f : r * 1e-3f) : c == 4 ? r * 1e-6f
                     : c == 5 ? (i % 3 == 0 ? 3.0e38f : i % 3 == 1 ? -3.0e38f : r) : r * 1e-44f;
            }
            REQUIRE(vkr_quantize(t, x, N, q) == VKR_OK, "%s: %s", vkr_dtype_name(t), vkr_last_error());
            REQUIRE(vkr_dequantize(t, q, N, y) == VKR_OK, "%s: %s", vkr_dtype_name(t), vkr_last_error());
            for (i = 0; i < N; i++) {
                if (c < 5) CHECK(isfinite(y[i]), "%s case %d: element %d is %g", vkr_dtype_name(t), c, i, (double)y[i]);
                if (t == VKR_DTYPE_F32) CHECK(y[i] == x[i]);
                if (c == 1) CHECK(y[i] == 0.0f, "%s: zeros came back as %g", vkr_dtype_name(t), (double)y[i]);
                if (c == 3 && x[i] > 1e4f) CHECK(fabs(y[i] - x[i]) <= 3.0e4 * (tol[k] + 1e-3), "%s: the spike came back as %g", vkr_dtype_name(t), (double)y[i]);
            }
            if (c == 0 || c == 2) {   /* per block of 256 (covers every block size) */
                int b;
                for (b = 0; b < N; b += 256) {
                    double m = 0, e = 0;
                    for (i = b; i < b + 256; i++) { m = fmax(m, fabs(x[i])); e = fmax(e, fabs((double)y[i] - x[i])); }
                    amax = fmax(amax, m);
                    err = fmax(err, e / m);
                }
                CHECK(err <= tol[k] + 1e-6, "%s case %d: max error %.4g of the block's max, allowed %.4g", vkr_dtype_name(t), c, err, tol[k]);
            }
            if (c == 2 && vkr_dtype_is_quant(t))   /* negative only: nothing positive comes back beyond rounding */
                for (i = 0; i < N; i++) CHECK(y[i] <= 0.05f, "%s: negative input gave %g", vkr_dtype_name(t), (double)y[i]);
            (void)amax;
        }
    }
    free(x); free(y); free(q);
}

/* (d) bad arguments fail with a message naming the type. */
static void test_bad_args(void) {
    float x[512] = {0};
    uint8_t q[1024];
    CHECK(vkr_quantize(VKR_DTYPE_Q4_K, x, 255, q) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(strstr(vkr_last_error(), "Q4_K") && strstr(vkr_last_error(), "255"), "%s", vkr_last_error());
    CHECK(vkr_quantize(VKR_DTYPE_Q8_0, x, 33, q) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_quantize(VKR_DTYPE_Q8_0, x, -32, q) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_quantize(VKR_DTYPE_Q8_0, NULL, 32, q) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_quantize(VKR_DTYPE_I32, x, 32, q) == VKR_ERR_UNSUPPORTED);
    CHECK(vkr_quantize(VKR_DTYPE_INVALID, x, 32, q) == VKR_ERR_UNSUPPORTED);
    CHECK(vkr_quantize(VKR_DTYPE_Q6_K, x, 0, NULL) == VKR_OK);
    CHECK(vkr_quantize(VKR_DTYPE_Q6_K, x, 512, q) == VKR_OK);
    {
        int i;
        bool zero = true;
        for (i = 0; i < 420; i++) zero = zero && q[i] == 0;
        CHECK(zero, "Q6_K of zeros is an all-zero block");
    }
}

/* The llama Q/K permutation: a known small case, and inverse ∘ forward = id. */
static void test_permute(void) {
    /* 2 heads of 4 rows: HF rows (h0: a0 a1 b0 b1), GGUF interleaves (a0 b0 a1 b1) */
    const uint16_t src[8] = {0, 1, 2, 3, 10, 11, 12, 13}, want[8] = {0, 2, 1, 3, 10, 12, 11, 13};
    uint16_t dst[8], back[8];
    uint8_t big[96 * 3], p1[96 * 3], p2[96 * 3];
    int i;
    REQUIRE(vkr__llama_permute_rows(src, dst, 2, 8, 2, false) == VKR_OK);
    CHECK(!memcmp(dst, want, sizeof want));
    REQUIRE(vkr__llama_permute_rows(dst, back, 2, 8, 2, true) == VKR_OK);
    CHECK(!memcmp(back, src, sizeof src));
    for (i = 0; i < (int)sizeof big; i++) big[i] = (uint8_t)(i * 7 + 3);
    REQUIRE(vkr__llama_permute_rows(big, p1, 4, 96, 3, false) == VKR_OK);
    CHECK(memcmp(big, p1, sizeof big) != 0);
    REQUIRE(vkr__llama_permute_rows(p1, p2, 4, 96, 3, true) == VKR_OK);
    CHECK(!memcmp(big, p2, sizeof big));
    CHECK(vkr__llama_permute_rows(big, p1, 4, 90, 3, false) == VKR_ERR_INVALID_ARGUMENT);   /* 90 = 4 heads? no */
    CHECK(vkr__llama_permute_rows(big, big + 3, 4, 8, 3, false) == VKR_ERR_INVALID_ARGUMENT);   /* overlap */
}

/* Re-adds key-value pair i of g through the typed calls (copy: through vkr_gguf_writer_copy_kv). */
static vkr_result readd_kv(vkr_gguf_writer *w, const vkr_gguf *g, int64_t i, bool copy) {
    const char *key = vkr_gguf_key(g, i);
    vkr_gguf_type t = vkr_gguf_kv_type(g, i);
    uint64_t u = 0;
    int64_t s = 0;
    double f = 0;
    bool b = false;
    if (copy || (t == VKR_GGUF_ARRAY && vkr_gguf_arr_type(g, key) == VKR_GGUF_ARRAY)) return vkr_gguf_writer_copy_kv(w, g, i);
    switch (t) {
    case VKR_GGUF_U8: { uint8_t v; vkr_gguf_get_u64(g, key, &u); v = (uint8_t)u; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_U16: { uint16_t v; vkr_gguf_get_u64(g, key, &u); v = (uint16_t)u; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_U32: { uint32_t v; vkr_gguf_get_u64(g, key, &u); v = (uint32_t)u; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_U64: vkr_gguf_get_u64(g, key, &u); return vkr_gguf_writer_add_kv(w, key, t, &u);
    case VKR_GGUF_I8: { int8_t v; vkr_gguf_get_i64(g, key, &s); v = (int8_t)s; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_I16: { int16_t v; vkr_gguf_get_i64(g, key, &s); v = (int16_t)s; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_I32: { int32_t v; vkr_gguf_get_i64(g, key, &s); v = (int32_t)s; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_I64: vkr_gguf_get_i64(g, key, &s); return vkr_gguf_writer_add_kv(w, key, t, &s);
    case VKR_GGUF_F32: { float v; vkr_gguf_get_f64(g, key, &f); v = (float)f; return vkr_gguf_writer_add_kv(w, key, t, &v); }
    case VKR_GGUF_F64: vkr_gguf_get_f64(g, key, &f); return vkr_gguf_writer_add_kv(w, key, t, &f);
    case VKR_GGUF_BOOL: vkr_gguf_get_bool(g, key, &b); return vkr_gguf_writer_add_kv(w, key, t, &b);
    case VKR_GGUF_STRING: { const char *p; size_t len; vkr_gguf_get_str(g, key, &p, &len); return vkr_gguf_writer_add_str(w, key, p, len); }
    default: break;
    }
    {   /* arrays of strings or numbers */
        vkr_gguf_type et = vkr_gguf_arr_type(g, key);
        int64_t n = vkr_gguf_arr_len(g, key), j;
        vkr_result r;
        if (et == VKR_GGUF_STRING) {
            const char **p = (const char **)calloc((size_t)n + 1, sizeof *p);
            size_t *lens = (size_t *)calloc((size_t)n + 1, sizeof *lens);
            for (j = 0; j < n; j++) vkr_gguf_arr_str(g, key, j, &p[j], &lens[j]);
            r = vkr_gguf_writer_add_arr_str(w, key, p, lens, n);
            free(p); free(lens);
        } else {
            size_t size = et == VKR_GGUF_BOOL ? 1 : et == VKR_GGUF_U8 || et == VKR_GGUF_I8 ? 1 : et == VKR_GGUF_U16 || et == VKR_GGUF_I16 ? 2
                        : et == VKR_GGUF_U64 || et == VKR_GGUF_I64 || et == VKR_GGUF_F64 ? 8 : 4;
            void *d = malloc((size_t)n * size + 1);
            memcpy(d, vkr_gguf_arr_data(g, key), (size_t)n * size);   /* little-endian host */
            r = vkr_gguf_writer_add_arr(w, key, et, d, n);
            free(d);
        }
        return r;
    }
}

/* (c) the writer: every reference GGUF (written by llama-quantize and by
   gguf-py) re-written from what the reader gives back is the same file. */
static void test_writer_identical(void) {
    static const char *const files[] = {
        "tiny256-q8_0", "tiny256-q4_0", "tiny256-q4_1", "tiny256-q5_0", "tiny256-q5_1", "tiny256-q4_k_s",
        "tiny256-q4_k_m", "tiny256-q5_k_m", "tiny256-q6_k", "tiny256-q2_k", "stories260k-f16",
    };
    const char *out = "build/test_quant.gguf";
    size_t k;
    int same = 0, mode;
    for (k = 0; k < sizeof files / sizeof files[0]; k++)
        for (mode = 0; mode < 2; mode++) {
            char path[256];
            char *orig, *mine;
            size_t n_orig = 0, n_mine = 0;
            vkr_gguf *g = NULL;
            vkr_gguf_writer *w = NULL;
            int64_t i;
            bool ok = true;
            snprintf(path, sizeof path, GGUF_DIR "%s.gguf", files[k]);
            REQUIRE(vkr_gguf_open(path, NULL, &g) == VKR_OK, "%s", vkr_last_error());
            REQUIRE(vkr_gguf_writer_create(NULL, &w) == VKR_OK);
            for (i = 0; i < vkr_gguf_kv_count(g) && ok; i++)
                ok = readd_kv(w, g, i, mode == 1) == VKR_OK;
            for (i = 0; i < vkr_gguf_tensor_count(g) && ok; i++) {
                const vkr_gguf_tensor *t = vkr_gguf_tensor_at(g, i);
                ok = vkr_gguf_writer_add_tensor(w, t->name, t->type, t->n_dims, t->ne, t->data) == VKR_OK;
            }
            CHECK(ok, "%s: %s", path, vkr_last_error());
            CHECK(vkr_gguf_writer_write(w, out) == VKR_OK, "%s", vkr_last_error());
            orig = vt_read_file(path, &n_orig);
            mine = vt_read_file(out, &n_mine);
            if (orig && mine && n_orig == n_mine && !memcmp(orig, mine, n_orig)) same++;
            else {
                size_t first = 0;
                while (orig && mine && first < n_orig && first < n_mine && orig[first] == mine[first]) first++;
                CHECK(0, "%s (%s): %zu bytes written, the file has %zu; first difference at byte %zu", path,
                      mode ? "copy_kv" : "typed", n_mine, n_orig, first);
            }
            free(orig); free(mine);
            vkr_gguf_writer_free(w);
            vkr_gguf_close(g);
        }
    printf("  writer: %d/%d re-written files byte-identical\n", same, (int)(2 * (sizeof files / sizeof files[0])));
    CHECK(same == 2 * (int)(sizeof files / sizeof files[0]));
    remove(out);
}

/* Writer round trip through the reader: every scalar type, arrays, an
   alignment of 64, and the refusals. */
static void test_writer_api(void) {
    const char *out = "build/test_quant_api.gguf";
    vkr_gguf_writer *w = NULL;
    vkr_gguf *g = NULL;
    uint8_t u8 = 200; int8_t i8 = -5; uint16_t u16 = 65000; int16_t i16 = -300; uint32_t u32 = 4000000000u, al = 64;
    int32_t i32 = -7; float f32 = 1.5f; bool bo = true; uint64_t u64 = 1ull << 40; int64_t i64 = -(1ll << 40); double f64 = 0.1;
    const float arr[3] = {1, -2, 3.25f};
    const char *strs[2] = {"a", "bc"};
    const int64_t ne[2] = {64, 3}, bad_ne[2] = {60, 3};
    static uint8_t data[512];   /* enough for both tensors below */
    uint64_t u; int64_t s; double f; bool b; const char *p; size_t len;
    REQUIRE(vkr_gguf_writer_create(NULL, &w) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "u8", VKR_GGUF_U8, &u8) == VKR_OK && vkr_gguf_writer_add_kv(w, "i8", VKR_GGUF_I8, &i8) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "u16", VKR_GGUF_U16, &u16) == VKR_OK && vkr_gguf_writer_add_kv(w, "i16", VKR_GGUF_I16, &i16) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "u32", VKR_GGUF_U32, &u32) == VKR_OK && vkr_gguf_writer_add_kv(w, "i32", VKR_GGUF_I32, &i32) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "u64", VKR_GGUF_U64, &u64) == VKR_OK && vkr_gguf_writer_add_kv(w, "i64", VKR_GGUF_I64, &i64) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "f32", VKR_GGUF_F32, &f32) == VKR_OK && vkr_gguf_writer_add_kv(w, "f64", VKR_GGUF_F64, &f64) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "bool", VKR_GGUF_BOOL, &bo) == VKR_OK);
    CHECK(vkr_gguf_writer_add_str(w, "str", "x\0y", 3) == VKR_OK);
    CHECK(vkr_gguf_writer_add_arr(w, "arr", VKR_GGUF_F32, arr, 3) == VKR_OK);
    CHECK(vkr_gguf_writer_add_arr_str(w, "strs", strs, NULL, 2) == VKR_OK);
    CHECK(vkr_gguf_writer_add_kv(w, "general.alignment", VKR_GGUF_U32, &al) == VKR_OK);
    /* refusals */
    CHECK(vkr_gguf_writer_add_kv(w, "u8", VKR_GGUF_U8, &u8) == VKR_ERR_INVALID_ARGUMENT && strstr(vkr_last_error(), "twice"));
    CHECK(vkr_gguf_writer_add_kv(w, "s", VKR_GGUF_STRING, "x") == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_writer_add_kv(w, "general.alignment2", VKR_GGUF_U32, NULL) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_writer_add_arr(w, "nested", VKR_GGUF_ARRAY, arr, 1) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_writer_add_tensor(w, "bad", VKR_GGML_Q8_0, 2, bad_ne, data) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(strstr(vkr_last_error(), "bad") && strstr(vkr_last_error(), "60"), "%s", vkr_last_error());
    CHECK(vkr_gguf_writer_add_tensor(w, "retired", (vkr_ggml_type)4, 2, ne, data) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_writer_add_tensor(w, "w", VKR_GGML_Q8_0, 2, ne, data) == VKR_OK);
    CHECK(vkr_gguf_writer_add_tensor(w, "w", VKR_GGML_Q8_0, 2, ne, data) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_writer_add_tensor(w, "v", VKR_GGML_F32, 1, ne, data) == VKR_OK);
    REQUIRE(vkr_gguf_writer_write(w, out) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_gguf_writer_write(w, "build/no-such-dir/x.gguf") == VKR_ERR_IO);
    vkr_gguf_writer_free(w);
    REQUIRE(vkr_gguf_open(out, NULL, &g) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_gguf_kv_count(g) == 15 && vkr_gguf_tensor_count(g) == 2 && vkr_gguf_alignment(g) == 64);
    CHECK(vkr_gguf_data_offset(g) % 64 == 0 && vkr_gguf_tensor_at(g, 1)->offset == 256);   /* 204 bytes → 256 */
    CHECK(vkr_gguf_get_u64(g, "u8", &u) == VKR_OK && u == 200);
    CHECK(vkr_gguf_get_i64(g, "i8", &s) == VKR_OK && s == -5);
    CHECK(vkr_gguf_get_u64(g, "u16", &u) == VKR_OK && u == 65000);
    CHECK(vkr_gguf_get_i64(g, "i16", &s) == VKR_OK && s == -300);
    CHECK(vkr_gguf_get_u64(g, "u32", &u) == VKR_OK && u == 4000000000u);
    CHECK(vkr_gguf_get_i64(g, "i32", &s) == VKR_OK && s == -7);
    CHECK(vkr_gguf_get_u64(g, "u64", &u) == VKR_OK && u == 1ull << 40);
    CHECK(vkr_gguf_get_i64(g, "i64", &s) == VKR_OK && s == -(1ll << 40));
    CHECK(vkr_gguf_get_f64(g, "f32", &f) == VKR_OK && f == 1.5);
    CHECK(vkr_gguf_get_f64(g, "f64", &f) == VKR_OK && f == 0.1);
    CHECK(vkr_gguf_get_bool(g, "bool", &b) == VKR_OK && b);
    CHECK(vkr_gguf_get_str(g, "str", &p, &len) == VKR_OK && len == 3 && !memcmp(p, "x\0y", 3));
    CHECK(vkr_gguf_arr_f64(g, "arr", 2, &f) == VKR_OK && f == 3.25 && vkr_gguf_arr_len(g, "arr") == 3);
    CHECK(vkr_gguf_arr_str(g, "strs", 1, &p, &len) == VKR_OK && len == 2 && !memcmp(p, "bc", 2));
    vkr_gguf_close(g);
    remove(out);
}

int main(void) {
    VT_RUN(test_tiny256_identical);
    VT_RUN(test_stories_f16);
    VT_RUN(test_tiny256_f16_bf16);
    VT_RUN(test_pick_rules);
    VT_RUN(test_round_trip);
    VT_RUN(test_bad_args);
    VT_RUN(test_permute);
    VT_RUN(test_writer_identical);
    VT_RUN(test_writer_api);
    return vt_finish();
}
