#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

/* test_gguf.c — tests of valkyr's GGUF reader (>>gguf): a real file made by
   llama.cpp's tools (tests/data/gguf), every reference GGUF in
   ../shared/data/gguf when present, every metadata value type and nested
   arrays in a synthetic file built here, and one synthetic file per known
   hardening bug class (each must fail with a message naming the key or
   tensor), plus every truncation of a valid file.

   Every image is parsed from a heap buffer of exactly its size so that a
   sanitizer build catches any read past the end. */

#include <dirent.h>
#include <math.h>
#include <stdint.h>
#include <sys/stat.h>

/* ---------------------------------------------------------------- writer */

typedef struct buf { uint8_t *p; size_t n, cap; } buf;

static void put(buf *b, const void *d, size_t n) {
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2 + 64;
        b->p = (uint8_t *)realloc(b->p, b->cap);
    }
    if (n) memcpy(b->p + b->n, d, n);
    b->n += n;
}
static void u8(buf *b, uint8_t v) { put(b, &v, 1); }
static void u32(buf *b, uint32_t v) { uint8_t t[4]; int i; for (i = 0; i < 4; i++) t[i] = (uint8_t)(v >> (8 * i)); put(b, t, 4); }
static void u64(buf *b, uint64_t v) { uint8_t t[8]; int i; for (i = 0; i < 8; i++) t[i] = (uint8_t)(v >> (8 * i)); put(b, t, 8); }
static void strn(buf *b, const char *s, size_t n) { u64(b, n); put(b, s, n); }
static void str(buf *b, const char *s) { strn(b, s, strlen(s)); }
static void key(buf *b, const char *k, uint32_t type) { str(b, k); u32(b, type); }

/* A file under construction: metadata and tensor infos kept apart so the
   counts can be written first. */
typedef struct gf {
    buf kv, ti, data;
    uint64_t n_kv, n_t;
    uint32_t version, alignment;
    const char *magic;
    uint64_t force_n_kv, force_n_t;   /* nonzero: write this count instead */
} gf;

static void gf_init(gf *f) { memset(f, 0, sizeof *f); f->version = 3; f->alignment = 32; f->magic = "GGUF"; }
static void gf_free(gf *f) { free(f->kv.p); free(f->ti.p); free(f->data.p); }
static void kv_u32(gf *f, const char *k, uint32_t v) { key(&f->kv, k, VKR_GGUF_U32); u32(&f->kv, v); f->n_kv++; }
static void kv_str(gf *f, const char *k, const char *v) { key(&f->kv, k, VKR_GGUF_STRING); str(&f->kv, v); f->n_kv++; }
static void tensor(gf *f, const char *name, uint32_t n_dims, const uint64_t *ne, uint32_t type, uint64_t offset) {
    uint32_t d;
    str(&f->ti, name);
    u32(&f->ti, n_dims);
    for (d = 0; d < n_dims; d++) u64(&f->ti, ne[d]);
    u32(&f->ti, type);
    u64(&f->ti, offset);
    f->n_t++;
}
/* The whole image in a heap block of exactly its size (caller frees). */
static uint8_t *gf_image(gf *f, size_t *size) {
    buf b = {0, 0, 0};
    uint8_t *out;
    put(&b, f->magic, 4);
    u32(&b, f->version);
    u64(&b, f->force_n_t ? f->force_n_t : f->n_t);
    u64(&b, f->force_n_kv ? f->force_n_kv : f->n_kv);
    put(&b, f->kv.p, f->kv.n);
    put(&b, f->ti.p, f->ti.n);
    while (b.n % f->alignment) u8(&b, 0);
    put(&b, f->data.p, f->data.n);
    out = (uint8_t *)malloc(b.n ? b.n : 1);
    memcpy(out, b.p, b.n);
    *size = b.n;
    free(b.p);
    return out;
}

static int contains(const char *hay, const char *needle) { return hay && strstr(hay, needle) != NULL; }

/* A valid file with every value type, nested arrays, alignment 64 and three
   tensors (F32, Q8_0, Q4_K) with a gap between two of them. */
static void good_file(gf *f) {
    uint64_t ne_a[2] = {4, 2}, ne_b[1] = {64}, ne_c[2] = {256, 2};
    int i;
    gf_init(f);
    f->alignment = 64;
    kv_str(f, "general.architecture", "llama");
    kv_u32(f, "general.alignment", 64);
    key(&f->kv, "t.u8", VKR_GGUF_U8); u8(&f->kv, 200); f->n_kv++;
    key(&f->kv, "t.i8", VKR_GGUF_I8); u8(&f->kv, 0x80); f->n_kv++;                      /* -128 */
    key(&f->kv, "t.u16", VKR_GGUF_U16); u8(&f->kv, 0x34); u8(&f->kv, 0x12); f->n_kv++;  /* 0x1234 */
    key(&f->kv, "t.i16", VKR_GGUF_I16); u8(&f->kv, 0xFE); u8(&f->kv, 0xFF); f->n_kv++;  /* -2 */
    kv_u32(f, "t.u32", 4000000000u);
    key(&f->kv, "t.i32", VKR_GGUF_I32); u32(&f->kv, (uint32_t)-7); f->n_kv++;
    { float x = 1.5f; uint32_t u; memcpy(&u, &x, 4); key(&f->kv, "t.f32", VKR_GGUF_F32); u32(&f->kv, u); f->n_kv++; }
    key(&f->kv, "t.bool", VKR_GGUF_BOOL); u8(&f->kv, 1); f->n_kv++;
    key(&f->kv, "t.str", VKR_GGUF_STRING); strn(&f->kv, "h\0i\xff", 4); f->n_kv++;        /* any bytes */
    key(&f->kv, "t.u64", VKR_GGUF_U64); u64(&f->kv, UINT64_MAX); f->n_kv++;
    key(&f->kv, "t.i64", VKR_GGUF_I64); u64(&f->kv, (uint64_t)INT64_MIN); f->n_kv++;
    { double x = -0.25; uint64_t u; memcpy(&u, &x, 8); key(&f->kv, "t.f64", VKR_GGUF_F64); u64(&f->kv, u); f->n_kv++; }
    /* arrays */
    key(&f->kv, "a.i32", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_I32); u64(&f->kv, 3);
    u32(&f->kv, 1); u32(&f->kv, (uint32_t)-2); u32(&f->kv, 3); f->n_kv++;
    key(&f->kv, "a.f32", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_F32); u64(&f->kv, 2);
    { float x[2] = {0.5f, -3.0f}; uint32_t u; for (i = 0; i < 2; i++) { memcpy(&u, &x[i], 4); u32(&f->kv, u); } } f->n_kv++;
    key(&f->kv, "a.str", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_STRING); u64(&f->kv, 3);
    str(&f->kv, "<unk>"); str(&f->kv, ""); str(&f->kv, "abc"); f->n_kv++;
    key(&f->kv, "a.bool", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_BOOL); u64(&f->kv, 2); u8(&f->kv, 0); u8(&f->kv, 1); f->n_kv++;
    key(&f->kv, "a.empty", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_U64); u64(&f->kv, 0); f->n_kv++;
    key(&f->kv, "a.u64", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_U64); u64(&f->kv, 1); u64(&f->kv, UINT64_MAX); f->n_kv++;
    /* an array of arrays: [[u8 1, 2, 3], [i32], [string "x", "yz"]] */
    key(&f->kv, "a.nested", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_ARRAY); u64(&f->kv, 3);
    u32(&f->kv, VKR_GGUF_U8); u64(&f->kv, 3); u8(&f->kv, 1); u8(&f->kv, 2); u8(&f->kv, 3);
    u32(&f->kv, VKR_GGUF_I32); u64(&f->kv, 0);
    u32(&f->kv, VKR_GGUF_STRING); u64(&f->kv, 2); str(&f->kv, "x"); str(&f->kv, "yz");
    f->n_kv++;
    tensor(f, "a", 2, ne_a, VKR_GGML_F32, 0);          /* 32 bytes */
    tensor(f, "b", 1, ne_b, VKR_GGML_Q8_0, 64);        /* 68 bytes */
    tensor(f, "c", 2, ne_c, VKR_GGML_Q4_K, 192);       /* 288 bytes */
    for (i = 0; i < 480; i++) u8(&f->data, (uint8_t)i);
}

/* Opens a finished image; returns the result, the error text in *err. */
static vkr_result open_image(gf *f, vkr_gguf **g, const char **err) {
    size_t n;
    uint8_t *img = gf_image(f, &n);
    vkr_result r = vkr_gguf_open_memory(img, n, "x.gguf", NULL, g);
    *err = vkr_last_error();
    if (r == VKR_OK) { vkr_gguf_close(*g); *g = NULL; }
    free(img);
    return r;
}

/* ---------------------------------------------------------------- tests */

static void test_type_table(void) {
    static const struct { vkr_ggml_type t; const char *name; int64_t be, bb; } want[] = {
        {VKR_GGML_F32, "F32", 1, 4}, {VKR_GGML_F16, "F16", 1, 2}, {VKR_GGML_BF16, "BF16", 1, 2},
        {VKR_GGML_Q4_0, "Q4_0", 32, 18}, {VKR_GGML_Q4_1, "Q4_1", 32, 20}, {VKR_GGML_Q5_0, "Q5_0", 32, 22},
        {VKR_GGML_Q5_1, "Q5_1", 32, 24}, {VKR_GGML_Q8_0, "Q8_0", 32, 34}, {VKR_GGML_Q8_1, "Q8_1", 32, 36},
        {VKR_GGML_Q2_K, "Q2_K", 256, 84}, {VKR_GGML_Q3_K, "Q3_K", 256, 110}, {VKR_GGML_Q4_K, "Q4_K", 256, 144},
        {VKR_GGML_Q5_K, "Q5_K", 256, 176}, {VKR_GGML_Q6_K, "Q6_K", 256, 210}, {VKR_GGML_Q8_K, "Q8_K", 256, 292},
        {VKR_GGML_IQ2_XXS, "IQ2_XXS", 256, 66}, {VKR_GGML_IQ4_NL, "IQ4_NL", 32, 18}, {VKR_GGML_IQ4_XS, "IQ4_XS", 256, 136},
        {VKR_GGML_TQ1_0, "TQ1_0", 256, 54}, {VKR_GGML_TQ2_0, "TQ2_0", 256, 66}, {VKR_GGML_MXFP4, "MXFP4", 32, 17},
        {VKR_GGML_I8, "I8", 1, 1}, {VKR_GGML_F64, "F64", 1, 8},
    };
    static const int retired[] = {4, 5, 31, 32, 33, 36, 37, 38, 40, -1, 1000};
    size_t i;
    int64_t be, bb;
    CHECK(VKR_GGML_Q2_K == 10 && VKR_GGML_IQ2_XXS == 16 && VKR_GGML_BF16 == 30 && VKR_GGML_TQ2_0 == 35);
    for (i = 0; i < sizeof want / sizeof *want; i++) {
        CHECK(vkr_ggml_type_block(want[i].t, &be, &bb), "%s", want[i].name);
        CHECK(be == want[i].be && bb == want[i].bb, "%s: %lld/%lld", want[i].name, (long long)be, (long long)bb);
        CHECK(!strcmp(vkr_ggml_type_name(want[i].t), want[i].name), "%s", want[i].name);
    }
    for (i = 0; i < sizeof retired / sizeof *retired; i++) {
        CHECK(!vkr_ggml_type_block((vkr_ggml_type)retired[i], &be, &bb) && be == 0 && bb == 0, "%d", retired[i]);
        CHECK(!strcmp(vkr_ggml_type_name((vkr_ggml_type)retired[i]), "?"));
    }
    CHECK(!strcmp(vkr_gguf_type_name(VKR_GGUF_F64), "f64") && !strcmp(vkr_gguf_type_name(VKR_GGUF_INVALID), "?"));
}

static void test_every_value_type(void) {
    gf f;
    size_t n, len;
    uint8_t *img;
    vkr_gguf *g = NULL;
    uint64_t u;
    int64_t i;
    double d;
    bool b;
    const char *s;
    vkr_gguf_type t;
    const vkr_gguf_tensor *ta, *tb, *tc;
    good_file(&f);
    img = gf_image(&f, &n);
    REQUIRE(vkr_gguf_open_memory(img, n, "x.gguf", NULL, &g) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_gguf_version(g) == 3 && vkr_gguf_alignment(g) == 64);
    CHECK(vkr_gguf_data_offset(g) % 64 == 0 && vkr_gguf_data_offset(g) + 480 == n);
    CHECK(vkr_gguf_kv_count(g) == (int64_t)f.n_kv && !strcmp(vkr_gguf_key(g, 0), "general.architecture"));
    CHECK(vkr_gguf_key(g, -1) == NULL && vkr_gguf_key(g, 1000) == NULL && vkr_gguf_kv_type(g, 1000) == VKR_GGUF_INVALID);
    CHECK(vkr_gguf_find(g, "t.u8") == 2 && vkr_gguf_find(g, "nope") == -1 && vkr_gguf_kv_type(g, 2) == VKR_GGUF_U8);
    CHECK(vkr_gguf_get_u64(g, "t.u8", &u) == VKR_OK && u == 200);
    CHECK(vkr_gguf_get_i64(g, "t.i8", &i) == VKR_OK && i == -128);
    CHECK(vkr_gguf_get_u64(g, "t.i8", &u) == VKR_ERR_GGUF && contains(vkr_last_error(), "t.i8"));   /* negative */
    CHECK(vkr_gguf_get_u64(g, "t.u16", &u) == VKR_OK && u == 0x1234);
    CHECK(vkr_gguf_get_i64(g, "t.i16", &i) == VKR_OK && i == -2);
    CHECK(vkr_gguf_get_u64(g, "t.u32", &u) == VKR_OK && u == 4000000000u);
    CHECK(vkr_gguf_get_i64(g, "t.i32", &i) == VKR_OK && i == -7);
    CHECK(vkr_gguf_get_f64(g, "t.f32", &d) == VKR_OK && d == 1.5);
    CHECK(vkr_gguf_get_i64(g, "t.f32", &i) == VKR_ERR_GGUF && contains(vkr_last_error(), "t.f32"));
    CHECK(vkr_gguf_get_bool(g, "t.bool", &b) == VKR_OK && b);
    CHECK(vkr_gguf_get_bool(g, "t.u8", &b) == VKR_ERR_GGUF);
    CHECK(vkr_gguf_get_str(g, "t.str", &s, &len) == VKR_OK && len == 4 && !memcmp(s, "h\0i\xff", 4));
    CHECK(vkr_gguf_get_str(g, "t.u8", &s, &len) == VKR_ERR_GGUF);
    CHECK(vkr_gguf_get_u64(g, "t.u64", &u) == VKR_OK && u == UINT64_MAX);
    CHECK(vkr_gguf_get_i64(g, "t.u64", &i) == VKR_ERR_GGUF && contains(vkr_last_error(), "does not fit"));
    CHECK(vkr_gguf_get_i64(g, "t.i64", &i) == VKR_OK && i == INT64_MIN);
    CHECK(vkr_gguf_get_f64(g, "t.f64", &d) == VKR_OK && d == -0.25);
    CHECK(vkr_gguf_get_f64(g, "t.u32", &d) == VKR_OK && d == 4000000000.0);
    CHECK(vkr_gguf_get_u64(g, "missing.key", &u) == VKR_ERR_NOT_FOUND && contains(vkr_last_error(), "missing.key"));
    CHECK(vkr_gguf_get_u64(g, "general.alignment", &u) == VKR_OK && u == 64);
    /* arrays */
    CHECK(vkr_gguf_arr_type(g, "a.i32") == VKR_GGUF_I32 && vkr_gguf_arr_len(g, "a.i32") == 3);
    CHECK(vkr_gguf_arr_type(g, "t.u8") == VKR_GGUF_INVALID && vkr_gguf_arr_len(g, "t.u8") == -1 && vkr_gguf_arr_len(g, "zz") == -1);
    CHECK(vkr_gguf_arr_i64(g, "a.i32", 1, &i) == VKR_OK && i == -2);
    CHECK(vkr_gguf_arr_i64(g, "a.i32", 3, &i) == VKR_ERR_INVALID_ARGUMENT && contains(vkr_last_error(), "a.i32"));
    CHECK(vkr_gguf_arr_i64(g, "a.i32", -1, &i) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_arr_f64(g, "a.i32", 2, &d) == VKR_OK && d == 3.0);
    CHECK(vkr_gguf_arr_f64(g, "a.f32", 1, &d) == VKR_OK && d == -3.0);
    CHECK(vkr_gguf_arr_data(g, "a.f32") != NULL && vkr_gguf_arr_data(g, "a.str") == NULL && vkr_gguf_arr_data(g, "t.u8") == NULL);
    { float x; memcpy(&x, (const uint8_t *)vkr_gguf_arr_data(g, "a.f32") + 4, 4); CHECK(x == -3.0f); }
    CHECK(vkr_gguf_arr_str(g, "a.str", 0, &s, &len) == VKR_OK && len == 5 && !memcmp(s, "<unk>", 5));
    CHECK(vkr_gguf_arr_str(g, "a.str", 1, &s, &len) == VKR_OK && len == 0);
    CHECK(vkr_gguf_arr_str(g, "a.str", 2, &s, &len) == VKR_OK && len == 3 && !memcmp(s, "abc", 3));
    CHECK(vkr_gguf_arr_str(g, "a.i32", 0, &s, &len) == VKR_ERR_GGUF);
    CHECK(vkr_gguf_arr_i64(g, "a.str", 0, &i) == VKR_ERR_GGUF);
    CHECK(vkr_gguf_arr_i64(g, "a.bool", 1, &i) == VKR_ERR_GGUF && vkr_gguf_arr_type(g, "a.bool") == VKR_GGUF_BOOL);
    CHECK(vkr_gguf_arr_len(g, "a.empty") == 0 && vkr_gguf_arr_i64(g, "a.empty", 0, &i) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_arr_i64(g, "a.u64", 0, &i) == VKR_ERR_GGUF);        /* does not fit */
    CHECK(vkr_gguf_arr_i64(g, "t.u8", 0, &i) == VKR_ERR_GGUF);         /* not an array */
    CHECK(vkr_gguf_arr_type(g, "a.nested") == VKR_GGUF_ARRAY && vkr_gguf_arr_len(g, "a.nested") == 3);
    CHECK(vkr_gguf_arr_nested(g, "a.nested", 0, &t, &i) == VKR_OK && t == VKR_GGUF_U8 && i == 3);
    CHECK(vkr_gguf_arr_nested(g, "a.nested", 1, &t, &i) == VKR_OK && t == VKR_GGUF_I32 && i == 0);
    CHECK(vkr_gguf_arr_nested(g, "a.nested", 2, &t, &i) == VKR_OK && t == VKR_GGUF_STRING && i == 2);
    CHECK(vkr_gguf_arr_nested(g, "a.nested", 3, &t, &i) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_arr_nested(g, "a.str", 0, &t, &i) == VKR_ERR_GGUF);
    CHECK(vkr_gguf_arr_str(g, "a.nested", 0, &s, &len) == VKR_ERR_GGUF);
    /* tensors */
    CHECK(vkr_gguf_tensor_count(g) == 3 && vkr_gguf_tensor_at(g, 3) == NULL && vkr_gguf_tensor_find(g, "zz") == NULL);
    ta = vkr_gguf_tensor_find(g, "a"); tb = vkr_gguf_tensor_find(g, "b"); tc = vkr_gguf_tensor_find(g, "c");
    REQUIRE(ta && tb && tc && ta == vkr_gguf_tensor_at(g, 0));
    CHECK(ta->type == VKR_GGML_F32 && ta->n_dims == 2 && ta->ne[0] == 4 && ta->ne[1] == 2 && ta->ne[2] == 1 && ta->n_elems == 8 && ta->n_bytes == 32);
    CHECK(tb->type == VKR_GGML_Q8_0 && tb->n_bytes == 68 && tb->offset == 64 && tb->n_elems == 64);
    CHECK(tc->type == VKR_GGML_Q4_K && tc->n_bytes == 288 && tc->offset == 192);
    CHECK((const uint8_t *)tb->data == img + vkr_gguf_data_offset(g) + 64 && ((const uint8_t *)tb->data)[0] == 64);
    vkr_gguf_close(g);
    vkr_gguf_close(NULL);
    /* version 2 has the same layout */
    img[4] = 2;
    REQUIRE(vkr_gguf_open_memory(img, n, "x.gguf", NULL, &g) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_gguf_version(g) == 2);
    vkr_gguf_close(g);
    free(img);
    gf_free(&f);
}

/* Every prefix of a valid file fails cleanly (and the whole file opens). */
static void test_truncated_anywhere(void) {
    gf f;
    size_t n, k, fails = 0;
    uint8_t *img;
    vkr_gguf *g;
    good_file(&f);
    img = gf_image(&f, &n);
    for (k = 0; k < n; k++) {
        uint8_t *p = (uint8_t *)malloc(k ? k : 1);
        memcpy(p, img, k);
        g = NULL;
        if (vkr_gguf_open_memory(p, k, "x.gguf", NULL, &g) != VKR_OK && g == NULL && contains(vkr_last_error(), "x.gguf")) fails++;
        else vkr_gguf_close(g);
        free(p);
    }
    CHECK(fails == n, "%zu of %zu prefixes failed", fails, n);
    REQUIRE(vkr_gguf_open_memory(img, n, "x.gguf", NULL, &g) == VKR_OK);
    vkr_gguf_close(g);
    free(img);
    gf_free(&f);
}

/* One malformed file per bug class. Each builds on a small valid file and
   breaks one thing; the error must be the right code and name the culprit. */
enum {
    B_MAGIC, B_V1, B_V4, B_BIG_ENDIAN, B_HUGE_N_KV, B_HUGE_N_TENSORS, B_HUGE_STRING, B_HUGE_KEY,
    B_HUGE_ARRAY, B_ARRAY_WRAPS, B_HUGE_NESTED, B_DUP_KEY, B_DUP_TENSOR, B_DIMS_WRAP, B_DIM_NEGATIVE,
    B_ROW_NOT_BLOCKS, B_MISALIGNED, B_PAST_END, B_OFFSET_WRAPS, B_OVERLAP, B_ARRAY_TYPE_LIES,
    B_VALUE_TYPE, B_TENSOR_TYPE, B_TENSOR_TYPE_RETIRED, B_ALIGN_TYPE, B_ALIGN_NPOT, B_ALIGN_ZERO,
    B_TOO_MANY_DIMS, B_NUL_KEY, B_NUL_NAME, B_EMPTY_NAME, B_BOOL_VALUE, B_DEEP_NESTING, B_COUNT
};
static const char *const bug_names[B_COUNT] = {
    "magic", "version 1", "version 4", "big-endian", "huge n_kv", "huge n_tensors", "huge string length",
    "huge key length", "huge array length", "array length * size wraps", "huge nested array", "duplicate key",
    "duplicate tensor", "dims product wraps", "dim above int64", "row not whole blocks", "misaligned offset",
    "offset + size past the end", "offset + size wraps", "overlapping tensors", "array element type lies",
    "bad value type", "tensor type out of range", "retired tensor type", "alignment wrong type",
    "alignment not a power of two", "alignment zero", "5 dims", "NUL in key", "NUL in tensor name",
    "empty tensor name", "bool value 2", "arrays nested 9 deep",
};

static void build_bug(gf *f, int bug) {
    uint64_t ne16[1] = {16}, ne32[1] = {32}, ne[5] = {4, 4, 4, 4, 4};
    int d;
    gf_init(f);
    kv_str(f, "general.architecture", "llama");
    switch (bug) {
    case B_MAGIC: f->magic = "GGML"; break;
    case B_V1: f->version = 1; break;
    case B_V4: f->version = 4; break;
    case B_BIG_ENDIAN: f->version = 0x03000000u; break;
    case B_HUGE_N_KV: f->force_n_kv = (uint64_t)1 << 62; break;
    case B_HUGE_N_TENSORS: f->force_n_t = (uint64_t)1 << 62; break;
    case B_HUGE_STRING: key(&f->kv, "s", VKR_GGUF_STRING); u64(&f->kv, (uint64_t)1 << 63); f->n_kv++; break;
    case B_HUGE_KEY: u64(&f->kv, UINT64_MAX); u32(&f->kv, 0); f->n_kv++; break;
    case B_HUGE_ARRAY: key(&f->kv, "arr", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_STRING); u64(&f->kv, (uint64_t)1 << 60); f->n_kv++; break;
    case B_ARRAY_WRAPS: key(&f->kv, "arr", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_U64); u64(&f->kv, ((uint64_t)1 << 61) + 1); u64(&f->kv, 0); f->n_kv++; break;
    case B_HUGE_NESTED: key(&f->kv, "arr", VKR_GGUF_ARRAY); u32(&f->kv, VKR_GGUF_ARRAY); u64(&f->kv, 1);
        u32(&f->kv, VKR_GGUF_U32); u64(&f->kv, (uint64_t)1 << 62); f->n_kv++; break;
    case B_DUP_KEY: kv_str(f, "general.architecture", "qwen2"); break;
    case B_DUP_TENSOR: tensor(f, "w", 1, ne32, VKR_GGML_F32, 0); tensor(f, "w", 1, ne32, VKR_GGML_F32, 128); break;
    case B_DIMS_WRAP: ne[0] = (uint64_t)1 << 32; ne[1] = (uint64_t)1 << 32; tensor(f, "w", 2, ne, VKR_GGML_F32, 0); break;
    case B_DIM_NEGATIVE: ne[0] = UINT64_MAX; tensor(f, "w", 1, ne, VKR_GGML_F32, 0); break;
    case B_ROW_NOT_BLOCKS: tensor(f, "w", 1, ne16, VKR_GGML_Q8_0, 0); break;
    case B_MISALIGNED: tensor(f, "w", 1, ne32, VKR_GGML_F32, 0); tensor(f, "v", 1, ne32, VKR_GGML_F32, 136); break;
    case B_PAST_END: tensor(f, "w", 1, ne32, VKR_GGML_F32, 32); break;            /* data is 128 bytes */
    case B_OFFSET_WRAPS: tensor(f, "w", 1, ne32, VKR_GGML_F32, UINT64_MAX - 31); break;
    case B_OVERLAP: tensor(f, "w", 1, ne16, VKR_GGML_F32, 0); tensor(f, "v", 1, ne16, VKR_GGML_F32, 32); break;
    case B_ARRAY_TYPE_LIES: key(&f->kv, "arr", VKR_GGUF_ARRAY); u32(&f->kv, 13); u64(&f->kv, 1); u32(&f->kv, 0); f->n_kv++; break;
    case B_VALUE_TYPE: key(&f->kv, "val", 99); u32(&f->kv, 0); f->n_kv++; break;
    case B_TENSOR_TYPE: tensor(f, "w", 1, ne32, 1000, 0); break;
    case B_TENSOR_TYPE_RETIRED: tensor(f, "w", 1, ne32, 36, 0); break;
    case B_ALIGN_TYPE: key(&f->kv, "general.alignment", VKR_GGUF_U64); u64(&f->kv, 32); f->n_kv++; break;
    case B_ALIGN_NPOT: kv_u32(f, "general.alignment", 48); break;
    case B_ALIGN_ZERO: kv_u32(f, "general.alignment", 0); break;
    case B_TOO_MANY_DIMS: tensor(f, "w", 5, ne, VKR_GGML_F32, 0); break;
    case B_NUL_KEY: strn(&f->kv, "a\0b", 3); u32(&f->kv, VKR_GGUF_U8); u8(&f->kv, 0); f->n_kv++; break;
    case B_NUL_NAME: strn(&f->ti, "w\0x", 3); u32(&f->ti, 1); u64(&f->ti, 32); u32(&f->ti, 0); u64(&f->ti, 0); f->n_t++; break;
    case B_EMPTY_NAME: tensor(f, "", 1, ne32, VKR_GGML_F32, 0); break;
    case B_BOOL_VALUE: key(&f->kv, "flag", VKR_GGUF_BOOL); u8(&f->kv, 2); f->n_kv++; break;
    case B_DEEP_NESTING:
        key(&f->kv, "deep", VKR_GGUF_ARRAY);
        for (d = 0; d < 9; d++) { u32(&f->kv, VKR_GGUF_ARRAY); u64(&f->kv, 1); }
        u32(&f->kv, VKR_GGUF_U8); u64(&f->kv, 0);
        f->n_kv++;
        break;
    }
    for (d = 0; d < 128; d++) u8(&f->data, 0);
}

static void test_hardening(void) {
    static const struct { int bug; vkr_result r; const char *a, *b; } want[] = {
        {B_MAGIC, VKR_ERR_GGUF, "not a GGUF", NULL},
        {B_V1, VKR_ERR_UNSUPPORTED, "version 1", NULL},
        {B_V4, VKR_ERR_GGUF, "version 4", NULL},
        {B_BIG_ENDIAN, VKR_ERR_GGUF, "big-endian", NULL},
        {B_HUGE_N_KV, VKR_ERR_GGUF, "metadata entries", NULL},
        {B_HUGE_N_TENSORS, VKR_ERR_GGUF, "tensors cannot fit", NULL},
        {B_HUGE_STRING, VKR_ERR_GGUF, "key s", "string length"},
        {B_HUGE_KEY, VKR_ERR_GGUF, "metadata entry 1", "string length"},
        {B_HUGE_ARRAY, VKR_ERR_GGUF, "key arr", "does not fit"},
        {B_ARRAY_WRAPS, VKR_ERR_GGUF, "key arr", "does not fit"},
        {B_HUGE_NESTED, VKR_ERR_GGUF, "key arr", "does not fit"},
        {B_DUP_KEY, VKR_ERR_GGUF, "general.architecture", "twice"},
        {B_DUP_TENSOR, VKR_ERR_GGUF, "tensor w", "twice"},
        {B_DIMS_WRAP, VKR_ERR_GGUF, "tensor w", "overflows"},
        {B_DIM_NEGATIVE, VKR_ERR_GGUF, "tensor w", "overflows"},
        {B_ROW_NOT_BLOCKS, VKR_ERR_GGUF, "tensor w", "row length 16 is not a multiple of Q8_0's block of 32"},
        {B_MISALIGNED, VKR_ERR_GGUF, "tensor v", "offset 136 is not a multiple of the alignment 32"},
        {B_PAST_END, VKR_ERR_GGUF, "tensor w", "runs past the end"},
        {B_OFFSET_WRAPS, VKR_ERR_GGUF, "tensor w", "runs past the end"},
        {B_OVERLAP, VKR_ERR_GGUF, "tensors w and v overlap", NULL},
        {B_ARRAY_TYPE_LIES, VKR_ERR_GGUF, "key arr", "element type 13"},
        {B_VALUE_TYPE, VKR_ERR_GGUF, "key val", "value type 99"},
        {B_TENSOR_TYPE, VKR_ERR_GGUF, "tensor w", "type 1000"},
        {B_TENSOR_TYPE_RETIRED, VKR_ERR_GGUF, "tensor w", "type 36"},
        {B_ALIGN_TYPE, VKR_ERR_GGUF, "general.alignment", "u64"},
        {B_ALIGN_NPOT, VKR_ERR_GGUF, "general.alignment", "48"},
        {B_ALIGN_ZERO, VKR_ERR_GGUF, "general.alignment", "power of two"},
        {B_TOO_MANY_DIMS, VKR_ERR_GGUF, "tensor w", "5 dimensions"},
        {B_NUL_KEY, VKR_ERR_GGUF, "metadata key", "NUL"},
        {B_NUL_NAME, VKR_ERR_GGUF, "tensor name", "NUL"},
        {B_EMPTY_NAME, VKR_ERR_GGUF, "empty name", NULL},
        {B_BOOL_VALUE, VKR_ERR_GGUF, "key flag", "not 0 or 1"},
        {B_DEEP_NESTING, VKR_ERR_GGUF, "key deep", "nested deeper"},
    };
    size_t i;
    CHECK(sizeof want / sizeof *want == B_COUNT);
    for (i = 0; i < sizeof want / sizeof *want; i++) {
        gf f;
        vkr_gguf *g = NULL;
        const char *e;
        vkr_result r;
        build_bug(&f, want[i].bug);
        r = open_image(&f, &g, &e);
        CHECK(r == want[i].r, "%s: got %d (%s)", bug_names[want[i].bug], (int)r, e);
        CHECK(contains(e, "x.gguf") && contains(e, want[i].a) && (!want[i].b || contains(e, want[i].b)),
              "%s: message \"%s\"", bug_names[want[i].bug], e);
        if (getenv("VT_VERBOSE")) fprintf(stderr, "  [%s] %s\n", bug_names[want[i].bug], e);
        gf_free(&f);
    }
    /* the same builder without a bug opens, so each case fails for its own reason */
    {
        gf f;
        vkr_gguf *g = NULL;
        const char *e;
        uint64_t ne32[1] = {32};
        build_bug(&f, -1);
        tensor(&f, "w", 1, ne32, VKR_GGML_F32, 0);
        CHECK(open_image(&f, &g, &e) == VKR_OK, "%s", e);
        gf_free(&f);
    }
    CHECK(vkr_gguf_open_memory(NULL, 0, NULL, NULL, NULL) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_gguf_open(NULL, NULL, NULL) == VKR_ERR_INVALID_ARGUMENT);
    {
        vkr_gguf *g;
        CHECK(vkr_gguf_open("tests/data/gguf/no-such.gguf", NULL, &g) == VKR_ERR_NOT_FOUND && g == NULL);
    }
}

/* The real file: a Q4_K_M GGUF made by llama.cpp's converter and llama-quantize. */
static void check_tiny256(vkr_gguf *g) {
    static const struct { const char *name; vkr_ggml_type t; int64_t ne0, ne1; } want[] = {
        {"output.weight", VKR_GGML_Q6_K, 256, 512}, {"output_norm.weight", VKR_GGML_F32, 256, 1},
        {"token_embd.weight", VKR_GGML_Q4_K, 256, 512}, {"blk.0.attn_k.weight", VKR_GGML_Q4_K, 256, 128},
        {"blk.0.attn_norm.weight", VKR_GGML_F32, 256, 1}, {"blk.0.attn_output.weight", VKR_GGML_Q4_K, 256, 256},
        {"blk.0.attn_q.weight", VKR_GGML_Q4_K, 256, 256}, {"blk.0.attn_v.weight", VKR_GGML_Q6_K, 256, 128},
        {"blk.0.ffn_down.weight", VKR_GGML_Q6_K, 512, 256}, {"blk.0.ffn_gate.weight", VKR_GGML_Q4_K, 256, 512},
        {"blk.0.ffn_norm.weight", VKR_GGML_F32, 256, 1}, {"blk.0.ffn_up.weight", VKR_GGML_Q4_K, 256, 512},
    };
    const char *s;
    size_t len, i;
    uint64_t u, total = 0;
    int64_t v;
    double d;
    bool b;
    const float *norm;
    CHECK(vkr_gguf_version(g) == 3 && vkr_gguf_alignment(g) == 32 && vkr_gguf_data_offset(g) == 12384);
    CHECK(vkr_gguf_kv_count(g) == 28);
    CHECK(vkr_gguf_get_str(g, "general.architecture", &s, &len) == VKR_OK && len == 5 && !memcmp(s, "llama", 5));
    CHECK(vkr_gguf_get_u64(g, "llama.block_count", &u) == VKR_OK && u == 1);
    CHECK(vkr_gguf_get_u64(g, "llama.embedding_length", &u) == VKR_OK && u == 256);
    CHECK(vkr_gguf_get_u64(g, "llama.feed_forward_length", &u) == VKR_OK && u == 512);
    CHECK(vkr_gguf_get_u64(g, "llama.attention.head_count", &u) == VKR_OK && u == 4);
    CHECK(vkr_gguf_get_u64(g, "llama.attention.head_count_kv", &u) == VKR_OK && u == 2);
    CHECK(vkr_gguf_get_f64(g, "llama.attention.layer_norm_rms_epsilon", &d) == VKR_OK && d > 0 && d < 1e-3);
    CHECK(vkr_gguf_get_u64(g, "general.file_type", &u) == VKR_OK && u == 15);   /* MOSTLY_Q4_K_M */
    CHECK(vkr_gguf_get_str(g, "tokenizer.ggml.model", &s, &len) == VKR_OK && len == 5 && !memcmp(s, "llama", 5));
    CHECK(vkr_gguf_arr_type(g, "tokenizer.ggml.tokens") == VKR_GGUF_STRING && vkr_gguf_arr_len(g, "tokenizer.ggml.tokens") == 512);
    CHECK(vkr_gguf_arr_type(g, "tokenizer.ggml.scores") == VKR_GGUF_F32 && vkr_gguf_arr_len(g, "tokenizer.ggml.scores") == 512);
    CHECK(vkr_gguf_arr_type(g, "tokenizer.ggml.token_type") == VKR_GGUF_I32 && vkr_gguf_arr_len(g, "tokenizer.ggml.token_type") == 512);
    CHECK(vkr_gguf_arr_str(g, "tokenizer.ggml.tokens", 0, &s, &len) == VKR_OK && len == 5 && !memcmp(s, "<unk>", 5));
    CHECK(vkr_gguf_arr_str(g, "tokenizer.ggml.tokens", 2, &s, &len) == VKR_OK && len == 4 && !memcmp(s, "</s>", 4));
    CHECK(vkr_gguf_arr_i64(g, "tokenizer.ggml.token_type", 1, &v) == VKR_OK && v == 3);   /* control */
    CHECK(vkr_gguf_get_u64(g, "tokenizer.ggml.bos_token_id", &u) == VKR_OK && u == 1);
    CHECK(vkr_gguf_get_bool(g, "tokenizer.ggml.add_bos_token", &b) == VKR_OK && b);
    CHECK(vkr_gguf_tensor_count(g) == 12);
    for (i = 0; i < sizeof want / sizeof *want; i++) {
        const vkr_gguf_tensor *t = vkr_gguf_tensor_at(g, (int64_t)i);
        REQUIRE(t);
        CHECK(!strcmp(t->name, want[i].name) && t->type == want[i].t && t->n_dims == (want[i].ne1 == 1 ? 1 : 2) &&
              t->ne[0] == want[i].ne0 && t->ne[1] == want[i].ne1, "%s %s", t->name, vkr_ggml_type_name(t->type));
        CHECK(vkr_gguf_tensor_find(g, want[i].name) == t);
        total += t->n_bytes;
    }
    CHECK(total == 558336 && vkr_gguf_data_offset(g) + total == 570720, "%llu", (unsigned long long)total);
    norm = (const float *)vkr_gguf_tensor_find(g, "output_norm.weight")->data;
    for (i = 0; i < 256; i++) CHECK(isfinite(norm[i]));
}

static void test_tiny256_q4_k_m(void) {
    vkr_gguf *g;
    vkr_gguf_desc desc;
    REQUIRE(vkr_gguf_open("tests/data/gguf/tiny256-q4_k_m.gguf", NULL, &g) == VKR_OK, "%s", vkr_last_error());
    check_tiny256(g);
    vkr_gguf_close(g);
    memset(&desc, 0, sizeof desc);
    desc.no_mmap = true;
    REQUIRE(vkr_gguf_open("tests/data/gguf/tiny256-q4_k_m.gguf", &desc, &g) == VKR_OK, "%s", vkr_last_error());
    check_tiny256(g);
    vkr_gguf_close(g);
}

/* Every reference GGUF (../shared/data/gguf, when this checkout has it):
   opens, and its tensors tile the data section in bounds. */
static void test_reference_files(void) {
    const char *dir = getenv("VKR_GGUF_DIR") ? getenv("VKR_GGUF_DIR") : "/work/shared/data/gguf";
    DIR *dp = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (!dp) SKIP("%s is not here", dir);
    while ((e = readdir(dp))) {
        char path[1024];
        vkr_gguf *g;
        int64_t i;
        uint64_t total = 0;
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 5, ".gguf")) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (vkr_gguf_open(path, NULL, &g) != VKR_OK) { CHECK(0, "%s", vkr_last_error()); continue; }
        CHECK(vkr_gguf_version(g) == 3 && vkr_gguf_arr_len(g, "tokenizer.ggml.tokens") == 512, "%s", path);
        for (i = 0; i < vkr_gguf_tensor_count(g); i++) total += vkr_gguf_tensor_at(g, i)->n_bytes;
        {   /* llama.cpp pads each tensor to the alignment; these sizes are all multiples of 32 */
            struct stat st;
            CHECK(stat(path, &st) == 0 && vkr_gguf_data_offset(g) + total == (uint64_t)st.st_size, "%s", path);
        }
        vkr_gguf_close(g);
        n++;
    }
    closedir(dp);
    CHECK(n >= 1);
}

int main(void) {
    VT_RUN(test_type_table);
    VT_RUN(test_every_value_type);
    VT_RUN(test_truncated_anywhere);
    VT_RUN(test_hardening);
    VT_RUN(test_tiny256_q4_k_m);
    VT_RUN(test_reference_files);
    return vt_finish();
}
