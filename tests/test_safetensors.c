#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

/* test_safetensors.c — tests of valkyr's safetensors reader (>>st): round
   trips of every dtype, f16/bf16 conversions (exhaustive), malformed files
   (in memory and on disk, mapped and read), every truncation of a good file,
   sharded models, no_mmap, and allocator accounting (with failure injection).

   Every image is built in a heap buffer of exactly its size so that a
   sanitizer build catches any read past the end. Temporary files live under
   /tmp/vkr_test_st_<pid>/ and are removed at the end. */

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- helpers */

static char tmp_root[256];

static int contains(const char *hay, const char *needle) {
    return hay && needle && strstr(hay, needle) != NULL;
}
static int ci_contains(const char *hay, const char *needle) {
    size_t n = strlen(needle), i, j;
    for (i = 0; hay[i]; i++) {
        for (j = 0; j < n && hay[i + j]; j++)
            if (tolower((unsigned char)hay[i + j]) != tolower((unsigned char)needle[j])) break;
        if (j == n) return 1;
    }
    return 0;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = s ? strlen(s) : 0, m = strlen(suffix);
    return s && n >= m && memcmp(s + n - m, suffix, m) == 0;
}

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

/* tmp_path("a/b") → "/tmp/vkr_test_st_<pid>/a/b" (rotating static buffers). */
static const char *tmp_path(const char *rel) {
    static char bufs[8][1024];
    static int k;
    char *o = bufs[k++ & 7];
    snprintf(o, 1024, "%s/%s", tmp_root, rel);
    return o;
}
static void tmp_mkdir(const char *rel) { mkdir(tmp_path(rel), 0755); }

/* ------------------------------------------------- safetensors image builder */

typedef struct sbuild {
    char hdr[1 << 21];
    size_t hlen;
    uint8_t *data;
    size_t dlen, dcap;
    int n_entries;
} sbuild;

static void sb_hdr(sbuild *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    b->hlen += (size_t)vsnprintf(b->hdr + b->hlen, sizeof b->hdr - b->hlen, fmt, ap);
    va_end(ap);
    if (b->hlen >= sizeof b->hdr) { fprintf(stderr, "sbuild: header too long\n"); abort(); }
}

static sbuild *sb_new(void) {
    sbuild *b = (sbuild *)calloc(1, sizeof *b);
    sb_hdr(b, "{");
    return b;
}

/* Appends a raw header member `"key": value` (value is JSON text). */
static void sb_raw(sbuild *b, const char *key, const char *value) {
    sb_hdr(b, "%s\"%s\":%s", b->n_entries ? "," : "", key, value);
    b->n_entries++;
}

/* Appends a tensor: header entry with correct data_offsets, and its bytes
   (zeros when bytes is NULL). */
static void sb_add(sbuild *b, const char *name, const char *dtype, int nd, const int64_t *shape,
                   const void *bytes, size_t nbytes) {
    int i;
    sb_hdr(b, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", b->n_entries ? "," : "", name, dtype);
    for (i = 0; i < nd; i++) sb_hdr(b, "%s%lld", i ? "," : "", (long long)shape[i]);
    sb_hdr(b, "],\"data_offsets\":[%zu,%zu]}", b->dlen, b->dlen + nbytes);
    b->n_entries++;
    if (b->dlen + nbytes > b->dcap) {
        b->dcap = (b->dlen + nbytes) * 2 + 64;
        b->data = (uint8_t *)realloc(b->data, b->dcap);
    }
    if (nbytes && bytes) memcpy(b->data + b->dlen, bytes, nbytes);
    else if (nbytes) memset(b->data + b->dlen, 0, nbytes);
    b->dlen += nbytes;
}

/* A raw image: 8-byte little-endian `declared` length, `hlen` header bytes,
   then `dlen` data bytes (a pattern when data is NULL). Exactly sized. */
static uint8_t *raw_image(uint64_t declared, const char *header, size_t hlen, const void *data, size_t dlen,
                          size_t *size) {
    uint8_t *img = (uint8_t *)malloc(8 + hlen + dlen + 1);
    size_t i;
    for (i = 0; i < 8; i++) img[i] = (uint8_t)(declared >> (8 * i));
    if (hlen) memcpy(img + 8, header, hlen);
    for (i = 0; i < dlen; i++) img[8 + hlen + i] = data ? ((const uint8_t *)data)[i] : (uint8_t)(i * 7 + 1);
    *size = 8 + hlen + dlen;
    return img;
}
/* The same with a correct length for a NUL-terminated header. */
static uint8_t *hdr_image(const char *header, size_t dlen, size_t *size) {
    return raw_image(strlen(header), header, strlen(header), NULL, dlen, size);
}

/* Closes the header ("}" then `pad` spaces), builds the image, frees b. */
static uint8_t *sb_finish(sbuild *b, size_t pad, size_t *size) {
    uint8_t *img;
    size_t i;
    sb_hdr(b, "}");
    for (i = 0; i < pad; i++) sb_hdr(b, " ");
    img = raw_image(b->hlen, b->hdr, b->hlen, b->data ? b->data : (const uint8_t *)"", b->dlen, size);
    free(b->data);
    free(b);
    return img;
}

#define SHAPE(...) (int)(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t)), (int64_t[]){__VA_ARGS__}

static int write_tmp(const char *rel, const void *data, size_t n) { return vt_write_file(tmp_path(rel), data, n); }

/* ---------------------------------------------------- counting allocator */

typedef struct arec { void *p; size_t size; } arec;
typedef struct counter {
    long long outstanding;      /* bytes alloc'd minus bytes free'd (by the size free is told) */
    long long n_allocs, n_frees;
    long long fail_at;          /* fail the fail_at-th allocation (1-based); 0 never */
    long long n_failed;
    int size_mismatch;          /* free told a size other than the one allocated */
    int unknown_free;           /* free of a pointer not allocated here */
    int bad_align;
    arec *recs;
    size_t n_recs, cap_recs;
} counter;

static void *count_alloc(void *user, size_t size, size_t align) {
    counter *c = (counter *)user;
    void *p = NULL;
    c->n_allocs++;
    if (c->fail_at && c->n_allocs == c->fail_at) { c->n_failed++; return NULL; }
    if (align < sizeof(void *)) align = sizeof(void *);
    if (posix_memalign(&p, align, size ? size : 1) != 0) return NULL;
    if ((uintptr_t)p % align) c->bad_align++;
    if (c->n_recs == c->cap_recs) {
        c->cap_recs = c->cap_recs ? c->cap_recs * 2 : 64;
        c->recs = (arec *)realloc(c->recs, c->cap_recs * sizeof *c->recs);
    }
    c->recs[c->n_recs].p = p;
    c->recs[c->n_recs].size = size;
    c->n_recs++;
    c->outstanding += (long long)size;
    return p;
}
static void count_free(void *user, void *ptr, size_t size) {
    counter *c = (counter *)user;
    size_t i;
    c->n_frees++;
    c->outstanding -= (long long)size;
    for (i = c->n_recs; i-- > 0;)
        if (c->recs[i].p == ptr) {
            if (c->recs[i].size != size) {
                c->size_mismatch++;
                fprintf(stderr, "  (allocator: free told %zu bytes for a block of %zu)\n", size, c->recs[i].size);
            }
            c->recs[i] = c->recs[--c->n_recs];
            free(ptr);
            return;
        }
    c->unknown_free++;
}
static void counter_reset(counter *c, long long fail_at) {
    free(c->recs);
    memset(c, 0, sizeof *c);
    c->fail_at = fail_at;
}
static void counter_done(counter *c) {
    size_t i;
    for (i = 0; i < c->n_recs; i++) free(c->recs[i].p);   /* leaks, so ASan does not report them twice */
    free(c->recs);
    memset(c, 0, sizeof *c);
}
static vkr_st_desc counting_desc(counter *c, bool no_mmap) {
    vkr_st_desc d;
    memset(&d, 0, sizeof d);
    d.hooks.allocator.alloc = count_alloc;
    d.hooks.allocator.free = count_free;
    d.hooks.allocator.user = c;
    d.no_mmap = no_mmap;
    return d;
}
#define CHECK_BALANCED(c, what) \
    CHECK((c)->outstanding == 0 && (c)->n_recs == 0 && !(c)->size_mismatch && !(c)->unknown_free && !(c)->bad_align, \
          "%s: %lld bytes in %zu blocks outstanding, %d size mismatches, %d unknown frees", what, \
          (c)->outstanding, (c)->n_recs, (c)->size_mismatch, (c)->unknown_free)

/* ------------------------------------------------------- a good 3-tensor file */

static const float good_f32[6] = {1.0f, -2.0f, 3.5f, 0.25f, -0.0f, 1e-3f};
static const uint16_t good_f16[4] = {0x3C00, 0xC100, 0x7BFF, 0x0001};      /* 1, -2.5, 65504, 2^-24 */
static const uint16_t good_bf16[3] = {0x3F80, 0xC020, 0x0001};             /* 1, -2.5, 2^-133 */

/* "b.f16" [4] F16, "a.f32" [2,3] F32, "c.bf16" [3] BF16 (header order b, a, c). */
static uint8_t *good_image(size_t *size, bool with_meta) {
    sbuild *b = sb_new();
    if (with_meta) sb_raw(b, "__metadata__", "{\"format\":\"pt\",\"note\":\"h\\u00e9llo\"}");
    sb_add(b, "b.f16", "F16", SHAPE(4), good_f16, sizeof good_f16);
    sb_add(b, "a.f32", "F32", SHAPE(2, 3), good_f32, sizeof good_f32);
    sb_add(b, "c.bf16", "BF16", SHAPE(3), good_bf16, sizeof good_bf16);
    return sb_finish(b, 0, size);
}

/* Checks the three tensors of good_image against the image's data section. */
static void check_good_set(const vkr_st *st, const uint8_t *data_section, int32_t file) {
    const vkr_tensor *a = vkr_st_find(st, "a.f32"), *bb = vkr_st_find(st, "b.f16"), *c = vkr_st_find(st, "c.bf16");
    REQUIRE(a && bb && c, "a=%p b=%p c=%p", (const void *)a, (const void *)bb, (const void *)c);
    CHECK(a->dtype == VKR_DTYPE_F32 && a->n_dims == 2 && a->shape[0] == 2 && a->shape[1] == 3);
    CHECK(a->n_elems == 6 && a->n_bytes == 24 && a->file == file);
    CHECK(bb->dtype == VKR_DTYPE_F16 && bb->n_dims == 1 && bb->shape[0] == 4 && bb->n_elems == 4 && bb->n_bytes == 8);
    CHECK(c->dtype == VKR_DTYPE_BF16 && c->n_dims == 1 && c->shape[0] == 3 && c->n_elems == 3 && c->n_bytes == 6);
    CHECK(!strcmp(a->name, "a.f32") && !strcmp(bb->name, "b.f16") && !strcmp(c->name, "c.bf16"));
    if (data_section) {
        /* file order: b (0..8), a (8..32), c (32..38) */
        CHECK((const uint8_t *)bb->data == data_section);
        CHECK((const uint8_t *)a->data == data_section + 8);
        CHECK((const uint8_t *)c->data == data_section + 32);
    }
    CHECK(memcmp(a->data, good_f32, sizeof good_f32) == 0);
    CHECK(memcmp(bb->data, good_f16, sizeof good_f16) == 0);
    CHECK(memcmp(c->data, good_bf16, sizeof good_bf16) == 0);
}

/* -------------------------------------------------------------- round trips */

static void test_roundtrip_basic(void) {
    size_t size;
    uint8_t *img = good_image(&size, true);
    uint64_t hlen = 0;
    vkr_st *st = NULL;
    vkr_result r;
    int i;
    for (i = 0; i < 8; i++) hlen |= (uint64_t)img[i] << (8 * i);
    r = vkr_st_open_memory(img, size, "good.safetensors", NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_st_count(st) == 3);
    check_good_set(st, img + 8 + hlen, 0);
    /* sorted by name, and vkr_st_at agrees with vkr_st_find */
    CHECK(!strcmp(vkr_st_at(st, 0)->name, "a.f32"));
    CHECK(!strcmp(vkr_st_at(st, 1)->name, "b.f16"));
    CHECK(!strcmp(vkr_st_at(st, 2)->name, "c.bf16"));
    for (i = 0; i < 3; i++) CHECK(vkr_st_find(st, vkr_st_at(st, i)->name) == vkr_st_at(st, i));
    CHECK(vkr_st_at(st, 3) == NULL && vkr_st_at(st, -1) == NULL);
    CHECK(vkr_st_find(st, "a") == NULL && vkr_st_find(st, "a.f32x") == NULL && vkr_st_find(st, "") == NULL);
    CHECK(vkr_st_find(st, "__metadata__") == NULL);
    CHECK(vkr_st_file_count(st) == 1);
    CHECK(vkr_st_file_path(st, 0) && !strcmp(vkr_st_file_path(st, 0), "good.safetensors"));
    CHECK(vkr_st_file_path(st, 1) == NULL);
    /* metadata */
    CHECK(vkr_st_metadata(st, "format") && !strcmp(vkr_st_metadata(st, "format"), "pt"));
    CHECK(vkr_st_metadata(st, "note") && !strcmp(vkr_st_metadata(st, "note"), "h\xc3\xa9llo"));
    CHECK(vkr_st_metadata(st, "missing") == NULL);
    vkr_st_close(st);

    /* no __metadata__ at all */
    free(img);
    img = good_image(&size, false);
    r = vkr_st_open_memory(img, size, NULL, NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_metadata(st, "format") == NULL);
    CHECK(vkr_st_file_path(st, 0) != NULL);
    check_good_set(st, NULL, 0);
    vkr_st_close(st);
    vkr_st_close(NULL);   /* a no-op */
    free(img);

    /* the same file through the file system */
    img = good_image(&size, true);
    REQUIRE(write_tmp("good.safetensors", img, size));
    r = vkr_st_open(tmp_path("good.safetensors"), NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    check_good_set(st, NULL, 0);
    CHECK(!strcmp(vkr_st_file_path(st, 0), tmp_path("good.safetensors")));
    CHECK(vkr_st_metadata(st, "format") && !strcmp(vkr_st_metadata(st, "format"), "pt"));
    vkr_st_close(st);
    free(img);
}

static void test_every_dtype(void) {
    static const struct { const char *name; vkr_dtype dt; int bits; } dts[] = {
        {"F32", VKR_DTYPE_F32, 32}, {"F16", VKR_DTYPE_F16, 16}, {"BF16", VKR_DTYPE_BF16, 16},
        {"F64", VKR_DTYPE_F64, 64}, {"I64", VKR_DTYPE_I64, 64}, {"I32", VKR_DTYPE_I32, 32},
        {"I16", VKR_DTYPE_I16, 16}, {"I8", VKR_DTYPE_I8, 8}, {"U64", VKR_DTYPE_U64, 64},
        {"U32", VKR_DTYPE_U32, 32}, {"U16", VKR_DTYPE_U16, 16}, {"U8", VKR_DTYPE_U8, 8},
        {"BOOL", VKR_DTYPE_BOOL, 8}, {"F8_E4M3", VKR_DTYPE_F8_E4M3, 8}, {"F8_E5M2", VKR_DTYPE_F8_E5M2, 8},
        {"F8_E8M0", VKR_DTYPE_F8_E8M0, 8}, {"F6_E2M3", VKR_DTYPE_F6_E2M3, 6}, {"F6_E3M2", VKR_DTYPE_F6_E3M2, 6},
        {"F4", VKR_DTYPE_F4, 4}, {"C64", VKR_DTYPE_C64, 64},
    };
    const int n = (int)(sizeof dts / sizeof dts[0]);
    sbuild *b = sb_new();
    uint8_t *img, bytes[64];
    size_t size, off[32], nb[32], pos = 0;
    uint64_t hlen = 0;
    vkr_st *st;
    vkr_result r;
    int i, k;
    CHECK(n == VKR_DTYPE_Q8_0 - 1, "the table covers every safetensors dtype");
    /* llama.cpp's block types are vkr_dtypes too, but never a safetensors dtype */
    for (i = VKR_DTYPE_Q8_0; i < VKR_DTYPE_COUNT; i++) {
        char hdr[160];
        size_t hl;
        uint8_t file[256];
        uint64_t h;
        snprintf(hdr, sizeof hdr, "{\"w\":{\"dtype\":\"%s\",\"shape\":[32],\"data_offsets\":[0,34]}}", vkr_dtype_name((vkr_dtype)i));
        hl = strlen(hdr);
        h = hl;
        memcpy(file, &h, 8);
        memcpy(file + 8, hdr, hl);
        memset(file + 8 + hl, 0, 34);
        CHECK(vkr_st_open_memory(file, 8 + hl + 34, "q.safetensors", NULL, &st) == VKR_ERR_SAFETENSORS, "%s accepted", vkr_dtype_name((vkr_dtype)i));
        CHECK(strstr(vkr_last_error(), "unknown dtype") != NULL, "%s", vkr_last_error());
    }
    /* each tensor: shape [4, 2] = 8 elements = `bits` bytes; F4/F6 make whole bytes */
    for (i = n - 1; i >= 0; i--) {   /* header in reverse name order of the table */
        char name[64];
        snprintf(name, sizeof name, "t.%s", dts[i].name);
        nb[i] = (size_t)dts[i].bits;
        off[i] = pos;
        for (k = 0; k < (int)nb[i]; k++) bytes[k] = (uint8_t)(i * 16 + k);
        sb_add(b, name, dts[i].name, SHAPE(4, 2), bytes, nb[i]);
        pos += nb[i];
    }
    /* odd-shaped sub-byte tensors that still fill whole bytes */
    sb_add(b, "u.F4", "F4", SHAPE(2), NULL, 1);
    sb_add(b, "u.F6", "F6_E2M3", SHAPE(4), NULL, 3);
    sb_add(b, "u.F6b", "F6_E3M2", SHAPE(1, 12), NULL, 9);
    img = sb_finish(b, 0, &size);
    for (i = 0; i < 8; i++) hlen |= (uint64_t)img[i] << (8 * i);
    r = vkr_st_open_memory(img, size, "dtypes.safetensors", NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == n + 3);
    for (i = 0; i < n; i++) {
        char name[64];
        const vkr_tensor *t;
        snprintf(name, sizeof name, "t.%s", dts[i].name);
        t = vkr_st_find(st, name);
        CHECK(t != NULL, "%s not found", name);
        if (!t) continue;
        CHECK(t->dtype == dts[i].dt, "%s: dtype %d", name, (int)t->dtype);
        CHECK(!strcmp(vkr_dtype_name(t->dtype), dts[i].name), "%s: %s", name, vkr_dtype_name(t->dtype));
        CHECK(vkr_dtype_bits(t->dtype) == dts[i].bits, "%s", name);
        CHECK(vkr_dtype_from_name(dts[i].name) == dts[i].dt, "%s", name);
        CHECK(t->n_dims == 2 && t->shape[0] == 4 && t->shape[1] == 2, "%s", name);
        CHECK(t->n_elems == 8, "%s", name);
        CHECK(t->n_bytes == nb[i], "%s: %llu bytes", name, (unsigned long long)t->n_bytes);
        CHECK((const uint8_t *)t->data == img + 8 + hlen + off[i], "%s: data pointer", name);
        CHECK(((const uint8_t *)t->data)[0] == (uint8_t)(i * 16), "%s: data", name);
        CHECK(t->file == 0);
    }
    {
        const vkr_tensor *t = vkr_st_find(st, "u.F4");
        CHECK(t && t->n_elems == 2 && t->n_bytes == 1);
        t = vkr_st_find(st, "u.F6");
        CHECK(t && t->n_elems == 4 && t->n_bytes == 3);
        t = vkr_st_find(st, "u.F6b");
        CHECK(t && t->n_elems == 12 && t->n_bytes == 9 && t->n_dims == 2);
    }
    for (i = 1; i < vkr_st_count(st); i++)
        CHECK(strcmp(vkr_st_at(st, i - 1)->name, vkr_st_at(st, i)->name) < 0, "vkr_st_at sorted at %d", i);
    vkr_st_close(st);
    free(img);

    /* names */
    CHECK(!strcmp(vkr_dtype_name(VKR_DTYPE_INVALID), "?") && !strcmp(vkr_dtype_name(VKR_DTYPE_COUNT), "?"));
    CHECK(vkr_dtype_bits(VKR_DTYPE_INVALID) == 0);
    CHECK(vkr_dtype_from_name("bfloat16") == VKR_DTYPE_BF16 && vkr_dtype_from_name("float16") == VKR_DTYPE_F16);
    CHECK(vkr_dtype_from_name("float32") == VKR_DTYPE_F32 && vkr_dtype_from_name(NULL) == VKR_DTYPE_INVALID);
    CHECK(vkr_dtype_from_name("F128") == VKR_DTYPE_INVALID && vkr_dtype_from_name("f32") == VKR_DTYPE_INVALID);
}

static void test_scalar_and_empty(void) {
    sbuild *b = sb_new();
    uint8_t *img;
    size_t size;
    vkr_st *st;
    vkr_result r;
    float one = 1.5f, out[2];
    const vkr_tensor *t;
    sb_add(b, "empty0", "F32", SHAPE(0), NULL, 0);            /* [0, 0] before the scalar */
    sb_add(b, "scalar", "F32", 0, NULL, &one, 4);
    sb_add(b, "empty2", "BF16", SHAPE(3, 0, 5), NULL, 0);     /* [4, 4] between */
    sb_add(b, "vec", "F16", SHAPE(1), "\x00\x3c", 2);
    sb_add(b, "emptyend", "I8", SHAPE(0), NULL, 0);           /* [6, 6] at the end */
    img = sb_finish(b, 0, &size);
    r = vkr_st_open_memory(img, size, "scalar.safetensors", NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == 5);
    t = vkr_st_find(st, "scalar");
    REQUIRE(t != NULL);
    CHECK(t->n_dims == 0 && t->n_elems == 1 && t->n_bytes == 4);
    CHECK(vkr_tensor_read_f32(t, 0, 1, out) == VKR_OK && out[0] == 1.5f);
    t = vkr_st_find(st, "empty0");
    REQUIRE(t != NULL);
    CHECK(t->n_dims == 1 && t->shape[0] == 0 && t->n_elems == 0 && t->n_bytes == 0);
    CHECK(vkr_tensor_read_f32(t, 0, 0, out) == VKR_OK, "reading nothing of an empty tensor: %s", vkr_last_error());
    CHECK(vkr_tensor_read_f32(t, 0, 1, out) != VKR_OK);
    t = vkr_st_find(st, "empty2");
    REQUIRE(t != NULL);
    CHECK(t->n_dims == 3 && t->shape[0] == 3 && t->shape[1] == 0 && t->shape[2] == 5 && t->n_elems == 0 && t->n_bytes == 0);
    t = vkr_st_find(st, "emptyend");
    CHECK(t && t->n_elems == 0 && t->dtype == VKR_DTYPE_I8);
    t = vkr_st_find(st, "vec");
    CHECK(t && vkr_tensor_read_f32(t, 0, 1, out) == VKR_OK && out[0] == 1.0f);
    vkr_st_close(st);
    free(img);

    /* a header with no tensors at all, and no data */
    img = hdr_image("{}", 0, &size);
    r = vkr_st_open_memory(img, size, "nothing.safetensors", NULL, &st);
    CHECK(r == VKR_OK, "%s", vkr_last_error());
    if (r == VKR_OK) { CHECK(vkr_st_count(st) == 0 && vkr_st_find(st, "x") == NULL && vkr_st_at(st, 0) == NULL); vkr_st_close(st); }
    free(img);
    img = hdr_image("{\"__metadata__\":{\"a\":\"b\"}}", 0, &size);
    r = vkr_st_open_memory(img, size, "metaonly.safetensors", NULL, &st);
    CHECK(r == VKR_OK, "%s", vkr_last_error());
    if (r == VKR_OK) { CHECK(vkr_st_count(st) == 0 && vkr_st_metadata(st, "a") && !strcmp(vkr_st_metadata(st, "a"), "b")); vkr_st_close(st); }
    free(img);
}

static void test_header_padding(void) {
    size_t pads[] = {1, 3, 7, 64}, i, size;
    for (i = 0; i < sizeof pads / sizeof pads[0]; i++) {
        sbuild *b = sb_new();
        uint8_t *img;
        vkr_st *st;
        vkr_result r;
        sb_raw(b, "__metadata__", "{\"format\":\"pt\"}");
        sb_add(b, "x", "F32", SHAPE(2), good_f32, 8);
        img = sb_finish(b, pads[i], &size);
        r = vkr_st_open_memory(img, size, "padded.safetensors", NULL, &st);
        CHECK(r == VKR_OK, "pad %zu: %s", pads[i], vkr_last_error());
        if (r == VKR_OK) {
            const vkr_tensor *t = vkr_st_find(st, "x");
            CHECK(t && memcmp(t->data, good_f32, 8) == 0);
            CHECK(t && (const uint8_t *)t->data == img + size - 8);
            vkr_st_close(st);
        }
        free(img);
    }
    /* whitespace inside the header is also fine (it is JSON) */
    {
        const char *h = "{ \"x\" :\n\t{ \"dtype\" : \"U8\" , \"shape\" : [ 3 ] , \"data_offsets\" : [ 0 , 3 ] } }   ";
        size_t size2;
        uint8_t *img = hdr_image(h, 3, &size2);
        vkr_st *st;
        vkr_result r = vkr_st_open_memory(img, size2, "ws.safetensors", NULL, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) vkr_st_close(st);
        free(img);
    }
}

/* Thousands of tensors with long names: the tensor array and the name arena
   grow past their first blocks, and every name is found again. */
static void test_many_tensors(void) {
    enum { N = 5000 };
    sbuild *b = sb_new();
    uint8_t *img;
    size_t size;
    vkr_st *st;
    vkr_result r;
    int i, bad = 0;
    char name[200];
    for (i = N - 1; i >= 0; i--) {
        uint8_t v = (uint8_t)i;
        snprintf(name, sizeof name, "model.layers.%d.a_rather_long_component_name_to_fill_the_arena_quickly."
                 "and_then_some_more_text_%05d.weight", i % 97, i);
        sb_add(b, name, "U8", SHAPE(1), &v, 1);
    }
    img = sb_finish(b, 0, &size);
    r = vkr_st_open_memory(img, size, "many.safetensors", NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == N);
    for (i = 0; i < N && bad < 5; i++) {
        const vkr_tensor *t;
        snprintf(name, sizeof name, "model.layers.%d.a_rather_long_component_name_to_fill_the_arena_quickly."
                 "and_then_some_more_text_%05d.weight", i % 97, i);
        t = vkr_st_find(st, name);
        if (!t || strcmp(t->name, name) || *(const uint8_t *)t->data != (uint8_t)i) { bad++; CHECK(0, "%s", name); }
    }
    for (i = 1; i < N && bad < 5; i++)
        if (strcmp(vkr_st_at(st, i - 1)->name, vkr_st_at(st, i)->name) >= 0) { bad++; CHECK(0, "not sorted at %d", i); }
    CHECK(vkr_st_find(st, "model.layers.0.weight") == NULL);
    vkr_st_close(st);
    /* and with the counting allocator, balanced */
    {
        counter c;
        vkr_st_desc d;
        memset(&c, 0, sizeof c);
        d = counting_desc(&c, false);
        r = vkr_st_open_memory(img, size, "many.safetensors", &d, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) vkr_st_close(st);
        CHECK_BALANCED(&c, "many");
        counter_done(&c);
    }
    free(img);
}

/* ------------------------------------------------------ reading elements */

static int same_bits(float a, float b) { return memcmp(&a, &b, sizeof a) == 0; }

static void test_read_f32_values(void) {
    static const uint16_t f16[] = {0x3C00, 0xC100, 0x7BFF, 0x7C00, 0xFC00, 0x8000, 0x0001, 0x03FF, 0x3555};
    static const uint16_t bf16[] = {0x3F80, 0xC020, 0x0001, 0x7F80, 0xFF80, 0x7F7F, 0x8000, 0x4049};
    float want16[9], wantb[8], out[9], f32[3] = {1.25f, -0.0f, 3e38f};
    sbuild *b = sb_new();
    uint8_t *img;
    size_t size;
    vkr_st *st;
    vkr_result r;
    const vkr_tensor *t;
    int i;
    want16[0] = 1.0f; want16[1] = -2.5f; want16[2] = 65504.0f; want16[3] = INFINITY; want16[4] = -INFINITY;
    want16[5] = -0.0f; want16[6] = ldexpf(1.0f, -24); want16[7] = ldexpf(1023.0f, -24); want16[8] = 0.333251953125f;
    wantb[0] = 1.0f; wantb[1] = -2.5f; wantb[2] = ldexpf(1.0f, -133); wantb[3] = INFINITY; wantb[4] = -INFINITY;
    wantb[5] = ldexpf(255.0f, 120); wantb[6] = -0.0f; wantb[7] = 3.140625f;
    sb_add(b, "h", "F16", SHAPE(9), f16, sizeof f16);
    sb_add(b, "b", "BF16", SHAPE(8), bf16, sizeof bf16);
    sb_add(b, "f", "F32", SHAPE(3), f32, sizeof f32);
    sb_add(b, "i8", "I8", SHAPE(4), "\x01\x02\x03\x04", 4);
    sb_add(b, "f64", "F64", SHAPE(1), NULL, 8);
    sb_add(b, "f8", "F8_E4M3", SHAPE(2), NULL, 2);
    img = sb_finish(b, 0, &size);
    r = vkr_st_open_memory(img, size, "read.safetensors", NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());

    t = vkr_st_find(st, "h");
    REQUIRE(t != NULL);
    memset(out, 0, sizeof out);
    CHECK(vkr_tensor_read_f32(t, 0, 9, out) == VKR_OK, "%s", vkr_last_error());
    for (i = 0; i < 9; i++) CHECK(same_bits(out[i], want16[i]), "f16[%d]: %.9g, want %.9g", i, out[i], want16[i]);
    /* a ranged read */
    memset(out, 0, sizeof out);
    CHECK(vkr_tensor_read_f32(t, 2, 3, out) == VKR_OK);
    CHECK(same_bits(out[0], 65504.0f) && same_bits(out[1], INFINITY) && same_bits(out[2], -INFINITY));
    CHECK(out[3] == 0.0f, "read no more than count");
    CHECK(vkr_tensor_read_f32(t, 8, 1, out) == VKR_OK && same_bits(out[0], want16[8]));
    CHECK(vkr_tensor_read_f32(t, 9, 0, out) == VKR_OK, "an empty read at the end");

    t = vkr_st_find(st, "b");
    REQUIRE(t != NULL);
    CHECK(vkr_tensor_read_f32(t, 0, 8, out) == VKR_OK, "%s", vkr_last_error());
    for (i = 0; i < 8; i++) CHECK(same_bits(out[i], wantb[i]), "bf16[%d]: %.9g, want %.9g", i, out[i], wantb[i]);
    CHECK(vkr_tensor_read_f32(t, 5, 2, out) == VKR_OK && same_bits(out[0], wantb[5]) && same_bits(out[1], -0.0f));

    t = vkr_st_find(st, "f");
    REQUIRE(t != NULL);
    CHECK(vkr_tensor_read_f32(t, 1, 2, out) == VKR_OK && same_bits(out[0], -0.0f) && same_bits(out[1], 3e38f));

    /* other dtypes are refused with the tensor and dtype named */
    {
        static const char *names[] = {"i8", "f64", "f8"}, *dn[] = {"I8", "F64", "F8_E4M3"};
        for (i = 0; i < 3; i++) {
            t = vkr_st_find(st, names[i]);
            REQUIRE(t != NULL);
            r = vkr_tensor_read_f32(t, 0, 1, out);
            CHECK(r == VKR_ERR_UNSUPPORTED, "%s: %d", names[i], (int)r);
            CHECK(contains(vkr_last_error(), names[i]) && contains(vkr_last_error(), dn[i]), "%s: %s", names[i], vkr_last_error());
        }
    }

    /* out-of-range requests */
    t = vkr_st_find(st, "h");
    {
        static const int64_t bad[][2] = {{-1, 1}, {0, 10}, {9, 1}, {10, 0}, {5, 5}, {0, -1}, {1, INT64_MAX},
                                          {INT64_MAX, 1}, {INT64_MIN, 2}, {8, INT64_MAX}};
        for (i = 0; i < (int)(sizeof bad / sizeof bad[0]); i++) {
            r = vkr_tensor_read_f32(t, bad[i][0], bad[i][1], out);
            CHECK(r == VKR_ERR_INVALID_ARGUMENT, "[%lld, +%lld): %d", (long long)bad[i][0], (long long)bad[i][1], (int)r);
            CHECK(contains(vkr_last_error(), "h"), "%s", vkr_last_error());
        }
    }
    CHECK(vkr_tensor_read_f32(NULL, 0, 1, out) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_tensor_read_f32(t, 0, 1, NULL) == VKR_ERR_INVALID_ARGUMENT);
    vkr_st_close(st);
    free(img);
}

/* ------------------------------------------------- f16 / bf16 conversions */

static int bf16_is_nan(uint16_t h) { return (h & 0x7F80) == 0x7F80 && (h & 0x7F); }
static int f16_is_nan(uint16_t h) { return (h & 0x7C00) == 0x7C00 && (h & 0x3FF); }
static float bits_f(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static uint32_t f_bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

/* An independent decoder of IEEE binary16. */
static float ref_f16(uint16_t h) {
    int e = (h >> 10) & 0x1F, m = h & 0x3FF;
    double v;
    if (e == 0x1F) v = m ? NAN : INFINITY;
    else if (e == 0) v = ldexp((double)m, -24);
    else v = ldexp((double)(m + 1024), e - 25);
    return (float)((h & 0x8000) ? -v : v);
}

static void test_bf16_exhaustive(void) {
    uint32_t h;
    int bad = 0;
    for (h = 0; h <= 0xFFFF && bad < 10; h++) {
        float f = vkr_bf16_to_f32((uint16_t)h);
        if (f_bits(f) != h << 16) { bad++; CHECK(0, "bf16 %04X decodes to %08X", h, f_bits(f)); }
        if (bf16_is_nan((uint16_t)h)) {
            CHECK(isnan(f), "%04X", h);
            CHECK(bf16_is_nan(vkr_f32_to_bf16(f)), "NaN %04X stays NaN: %04X", h, vkr_f32_to_bf16(f));
            continue;
        }
        if (vkr_f32_to_bf16(f) != h) { bad++; CHECK(0, "bf16 %04X -> %g -> %04X", h, f, vkr_f32_to_bf16(f)); }
    }
    /* every midpoint between neighbours, and one f32 ulp either side */
    for (h = 0; h < 0x7F80 && bad < 10; h++) {
        uint32_t mid = (h << 16) | 0x8000, s;
        uint16_t even = (uint16_t)((h & 1) ? h + 1 : h);
        for (s = 0; s < 2; s++) {
            uint32_t sg = s ? 0x80000000u : 0, hs = s ? 0x8000u : 0;
            uint16_t a = vkr_f32_to_bf16(bits_f(sg | mid)), lo = vkr_f32_to_bf16(bits_f(sg | (mid - 1))),
                     hi = vkr_f32_to_bf16(bits_f(sg | (mid + 1)));
            if (a != (even | hs) || lo != (h | hs) || hi != ((h + 1) | hs)) {
                bad++;
                CHECK(0, "bf16 around %08X: %04X %04X %04X, want %04X %04X %04X", sg | mid, lo, a, hi,
                      h | hs, even | hs, (h + 1) | hs);
            }
        }
    }
    /* f32 NaNs whose payload is only in the low bits stay NaN */
    CHECK(bf16_is_nan(vkr_f32_to_bf16(bits_f(0x7F800001u))), "%04X", vkr_f32_to_bf16(bits_f(0x7F800001u)));
    CHECK(bf16_is_nan(vkr_f32_to_bf16(bits_f(0xFF800001u))));
    CHECK(bf16_is_nan(vkr_f32_to_bf16(NAN)));
    CHECK(vkr_f32_to_bf16(INFINITY) == 0x7F80 && vkr_f32_to_bf16(-INFINITY) == 0xFF80);
    CHECK(vkr_f32_to_bf16(FLT_MAX) == 0x7F80, "FLT_MAX rounds to inf: %04X", vkr_f32_to_bf16(FLT_MAX));
    CHECK(vkr_f32_to_bf16(bits_f(0x7F7F7FFFu)) == 0x7F7F);
    CHECK(vkr_f32_to_bf16(bits_f(0x00000001u)) == 0x0000 && vkr_f32_to_bf16(bits_f(0x80000001u)) == 0x8000);
    CHECK(vkr_f32_to_bf16(-0.0f) == 0x8000);
}

static void test_f16_exhaustive(void) {
    uint32_t h;
    int bad = 0;
    for (h = 0; h <= 0xFFFF && bad < 10; h++) {
        float f = vkr_f16_to_f32((uint16_t)h), r = ref_f16((uint16_t)h);
        if (f16_is_nan((uint16_t)h)) {
            CHECK(isnan(f), "%04X", h);
            CHECK(f16_is_nan(vkr_f32_to_f16(f)), "NaN %04X stays NaN", h);
            continue;
        }
        if (!same_bits(f, r)) { bad++; CHECK(0, "f16 %04X decodes to %.9g, want %.9g", h, f, r); }
        if (vkr_f32_to_f16(f) != h) { bad++; CHECK(0, "f16 %04X -> %.9g -> %04X", h, f, vkr_f32_to_f16(f)); }
    }
    /* midpoints between neighbours (exact in f32), and one f32 ulp either side */
    for (h = 0; h < 0x7C00 && bad < 10; h++) {
        double lo = ref_f16((uint16_t)h), hi = h == 0x7BFF ? 65536.0 : ref_f16((uint16_t)(h + 1));
        float mid = (float)((lo + hi) / 2);
        uint16_t even = (uint16_t)((h & 1) ? h + 1 : h), s;
        CHECK((double)mid == (lo + hi) / 2);
        for (s = 0; s < 2; s++) {
            float m = s ? -mid : mid;
            uint16_t hs = s ? 0x8000 : 0;
            uint16_t a = vkr_f32_to_f16(m), below = vkr_f32_to_f16(nextafterf(m, 0.0f)),
                     above = vkr_f32_to_f16(nextafterf(m, s ? -INFINITY : INFINITY));
            if (a != (even | hs) || below != (h | hs) || above != ((h + 1) | hs)) {
                bad++;
                CHECK(0, "f16 around %.9g: %04X %04X %04X, want %04X %04X %04X", m, below, a, above,
                      h | hs, even | hs, (h + 1) | hs);
            }
        }
    }
    CHECK(vkr_f32_to_f16(65519.996f) == 0x7BFF);
    CHECK(vkr_f32_to_f16(65520.0f) == 0x7C00, "65520 rounds (to even) to inf");
    CHECK(vkr_f32_to_f16(FLT_MAX) == 0x7C00 && vkr_f32_to_f16(-FLT_MAX) == 0xFC00);
    CHECK(vkr_f32_to_f16(INFINITY) == 0x7C00 && vkr_f32_to_f16(-INFINITY) == 0xFC00);
    CHECK(f16_is_nan(vkr_f32_to_f16(NAN)) && f16_is_nan(vkr_f32_to_f16(bits_f(0x7F800001u))));
    CHECK(vkr_f32_to_f16(ldexpf(1.0f, -25)) == 0x0000, "2^-25 ties to 0");
    CHECK(vkr_f32_to_f16(ldexpf(3.0f, -26)) == 0x0001, "1.5 * 2^-25 rounds up");
    CHECK(vkr_f32_to_f16(ldexpf(1.0f, -26)) == 0x0000 && vkr_f32_to_f16(-ldexpf(1.0f, -26)) == 0x8000);
    CHECK(vkr_f32_to_f16(bits_f(1)) == 0 && vkr_f32_to_f16(-0.0f) == 0x8000);
    CHECK(vkr_f32_to_f16(ldexpf(1023.5f, -24)) == 0x0400, "largest subnormal + half ulp carries into the normals");
}

/* A sweep of f32 bit patterns against the compiler's own conversion. */
static void test_f16_vs_compiler(void) {
#if defined(__FLT16_MAX__) && (defined(__x86_64__) || defined(__aarch64__))
    uint64_t u;
    int bad = 0;
    for (u = 0; u <= 0xFFFFFFFFull && bad < 10; u += 4093) {
        float f = bits_f((uint32_t)u);
        __extension__ _Float16 c = (__extension__ (_Float16)f);
        uint16_t want, got;
        if (isnan(f)) continue;
        memcpy(&want, &c, 2);
        got = vkr_f32_to_f16(f);
        if (got != want) { bad++; CHECK(0, "f32 %08X: %04X, the compiler says %04X", (uint32_t)u, got, want); }
    }
#else
    SKIP("no _Float16 in this compiler");
#endif
}

/* ------------------------------------------------------- malformed files */

/* Opens the image from memory (name `label`.safetensors) and from a file,
   mapped and read, each with a counting allocator; each must fail with
   `want`, name the file (and `tensor` when given) and mention `word`. */
static void expect_bad_(const char *file, int line, const char *label, const uint8_t *img, size_t size,
                        vkr_result want, const char *tensor, const char *word) {
    char name[128], rel[160];
    const char *path;
    counter c;
    vkr_st_desc d;
    vkr_st *st;
    vkr_result r;
    int pass;
    memset(&c, 0, sizeof c);
    snprintf(name, sizeof name, "%s.safetensors", label);
    for (pass = 0; pass < 3; pass++) {
        const char *shown = name;
        counter_reset(&c, 0);
        d = counting_desc(&c, pass == 2);
        st = (vkr_st *)(uintptr_t)1;
        if (pass == 0) {
            r = vkr_st_open_memory(img, size, name, &d, &st);
        } else {
            snprintf(rel, sizeof rel, "bad/%s", name);
            path = tmp_path(rel);
            if (!vt_write_file(path, img, size)) { vt_fail_at(file, line, "cannot write %s", path); continue; }
            shown = path;
            r = vkr_st_open(path, &d, &st);
            unlink(path);
        }
        {
            const char *how = pass == 0 ? "memory" : pass == 1 ? "mapped" : "no_mmap";
            const char *e = vkr_last_error();
            if (getenv("VT_VERBOSE")) fprintf(stderr, "  [%s %s] %s\n", label, how, e);
            if (r != want) vt_fail_at(file, line, "%s (%s): result %d (%s), want %d; %s", label, how, (int)r,
                                      vkr_result_str(r), (int)want, e);
            if (st != NULL) { vt_fail_at(file, line, "%s (%s): *out not NULL on failure", label, how); if (r == VKR_OK) vkr_st_close(st); }
            if (!contains(e, shown)) vt_fail_at(file, line, "%s (%s): message does not name %s: %s", label, how, shown, e);
            if (tensor && !contains(e, tensor)) vt_fail_at(file, line, "%s (%s): message does not name tensor %s: %s", label, how, tensor, e);
            if (word && !ci_contains(e, word)) vt_fail_at(file, line, "%s (%s): message does not say \"%s\": %s", label, how, word, e);
            if (c.outstanding || c.n_recs || c.size_mismatch || c.unknown_free)
                vt_fail_at(file, line, "%s (%s): allocator: %lld bytes in %zu blocks outstanding, %d size mismatches, %d unknown frees",
                           label, how, c.outstanding, c.n_recs, c.size_mismatch, c.unknown_free);
        }
    }
    counter_done(&c);
}
#define EXPECT_BAD(label, img, size, want, tensor, word) expect_bad_(__FILE__, __LINE__, label, img, size, want, tensor, word)
/* A header text with `dlen` data bytes. */
#define EXPECT_BAD_HDR(label, hdr, dlen, want, tensor, word) do { \
        size_t sz_; uint8_t *im_ = hdr_image(hdr, dlen, &sz_); \
        EXPECT_BAD(label, im_, sz_, want, tensor, word); free(im_); } while (0)

static void test_bad_sizes(void) {
    uint8_t *img;
    size_t size, n;
    /* shorter than the 8-byte length */
    for (n = 0; n < 8; n++) {
        char label[32];
        static const uint8_t bytes[8] = {2, 0, 0, 0, 0, 0, 0, 0};
        uint8_t *im = (uint8_t *)malloc(n ? n : 1);
        memcpy(im, bytes, n);
        snprintf(label, sizeof label, "short%zu", n);
        EXPECT_BAD(label, im, n, VKR_ERR_SAFETENSORS, NULL, NULL);
        free(im);
    }
    /* the header length runs past the end */
    img = raw_image(100, "{}", 2, NULL, 10, &size);
    EXPECT_BAD("past_end", img, size, VKR_ERR_SAFETENSORS, NULL, "100");
    free(img);
    img = raw_image(3, "{}", 2, NULL, 0, &size);
    EXPECT_BAD("past_end_by_one", img, size, VKR_ERR_SAFETENSORS, NULL, NULL);
    free(img);
    img = raw_image(UINT64_MAX, "{}", 2, NULL, 0, &size);
    EXPECT_BAD("len_max", img, size, VKR_ERR_SAFETENSORS, NULL, NULL);
    free(img);
    /* over the 100 MB limit (the file itself is small) */
    img = raw_image(100000001, "{}", 2, NULL, 0, &size);
    EXPECT_BAD("over_100mb", img, size, VKR_ERR_SAFETENSORS, NULL, "100");
    free(img);
    /* a zero-length header */
    img = raw_image(0, "", 0, NULL, 4, &size);
    EXPECT_BAD("zero_header", img, size, VKR_ERR_SAFETENSORS, NULL, NULL);
    free(img);
    /* a 0-byte file on disk and in memory */
    img = (uint8_t *)malloc(1);
    EXPECT_BAD("empty_file", img, 0, VKR_ERR_SAFETENSORS, NULL, NULL);
    free(img);
}

static void test_bad_header_start(void) {
    EXPECT_BAD_HDR("array_header", "[]", 0, VKR_ERR_SAFETENSORS, NULL, "{");
    EXPECT_BAD_HDR("leading_space", " {}", 0, VKR_ERR_SAFETENSORS, NULL, "{");
    EXPECT_BAD_HDR("leading_newline", "\n{}", 0, VKR_ERR_SAFETENSORS, NULL, NULL);
    EXPECT_BAD_HDR("string_header", "\"x\"", 0, VKR_ERR_SAFETENSORS, NULL, NULL);
    EXPECT_BAD_HDR("number_header", "1", 0, VKR_ERR_SAFETENSORS, NULL, NULL);
    EXPECT_BAD_HDR("null_header", "null", 0, VKR_ERR_SAFETENSORS, NULL, NULL);
    {   /* a UTF-8 byte order mark */
        size_t size;
        uint8_t *img = hdr_image("\xEF\xBB\xBF{}", 0, &size);
        EXPECT_BAD("bom_header", img, size, VKR_ERR_SAFETENSORS, NULL, NULL);
        free(img);
    }
}

static void test_bad_json(void) {
    EXPECT_BAD_HDR("json_unclosed", "{\"a\":", 0, VKR_ERR_JSON, NULL, NULL);
    EXPECT_BAD_HDR("json_trailing", "{} []", 0, VKR_ERR_JSON, NULL, NULL);
    EXPECT_BAD_HDR("json_trailing_comma", "{\"__metadata__\":{},}", 0, VKR_ERR_JSON, NULL, NULL);
    EXPECT_BAD_HDR("json_single_quotes", "{'a':1}", 0, VKR_ERR_JSON, NULL, NULL);
    EXPECT_BAD_HDR("json_bad_utf8", "{\"\xff\":1}", 0, VKR_ERR_JSON, NULL, NULL);
    {   /* a NUL byte between tokens */
        size_t size;
        uint8_t *img = raw_image(8, "{\"a\"\0:1}", 8, NULL, 0, &size);
        EXPECT_BAD("json_nul", img, size, VKR_ERR_JSON, NULL, NULL);
        free(img);
    }
    {   /* a NUL inside the header bytes (the length counts it) */
        size_t size;
        uint8_t *img = raw_image(4, "{}\0 ", 4, NULL, 0, &size);
        EXPECT_BAD("json_nul_pad", img, size, VKR_ERR_JSON, NULL, NULL);
        free(img);
    }
    {   /* deep nesting inside an entry */
        char h[2200];
        size_t i, o = 0;
        o += (size_t)sprintf(h + o, "{\"__metadata__\":");
        for (i = 0; i < 1000; i++) h[o++] = '[';
        for (i = 0; i < 1000; i++) h[o++] = ']';
        h[o++] = '}';
        h[o] = 0;
        {
            size_t size;
            uint8_t *img = hdr_image(h, 0, &size);
            counter c;
            vkr_st_desc d;
            vkr_st *st = NULL;
            vkr_result r;
            memset(&c, 0, sizeof c);
            d = counting_desc(&c, false);
            r = vkr_st_open_memory(img, size, "deep.safetensors", &d, &st);
            CHECK(r != VKR_OK && st == NULL, "%d", (int)r);
            CHECK(contains(vkr_last_error(), "deep.safetensors"), "%s", vkr_last_error());
            CHECK_BALANCED(&c, "deep");
            counter_done(&c);
            free(img);
        }
    }
}

static void test_bad_layout(void) {
    /* duplicate names (contiguous, so only the name is wrong) */
    EXPECT_BAD_HDR("dup_names",
                   "{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                   "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",
                   8, VKR_ERR_SAFETENSORS, "w", "duplicate");
    EXPECT_BAD_HDR("dup_names_same",
                   "{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                   "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "w", NULL);
    EXPECT_BAD_HDR("overlap",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                   "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}",
                   12, VKR_ERR_SAFETENSORS, "b", "overlap");
    EXPECT_BAD_HDR("overlap_contained",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},"
                   "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",
                   16, VKR_ERR_SAFETENSORS, NULL, "overlap");
    EXPECT_BAD_HDR("gap",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                   "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}",
                   12, VKR_ERR_SAFETENSORS, "b", "gap");
    EXPECT_BAD_HDR("first_not_zero",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",
                   8, VKR_ERR_SAFETENSORS, "a", "0");
    EXPECT_BAD_HDR("trailing_bytes",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                   8, VKR_ERR_SAFETENSORS, NULL, "8");
    EXPECT_BAD_HDR("trailing_no_tensors", "{}", 1, VKR_ERR_SAFETENSORS, NULL, NULL);
    EXPECT_BAD_HDR("end_past_data",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}",
                   4, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("begin_after_end",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,4]}}",
                   8, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("negative_offset",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}}",
                   4, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("huge_offsets",
                   "{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[9223372036854775806,9223372036854775807]}}",
                   4, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("offsets_too_big_for_int64",
                   "{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,18446744073709551617]}}",
                   1, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("shape_bytes_mismatch",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("shape_bytes_mismatch_bf16",
                   "{\"a\":{\"dtype\":\"BF16\",\"shape\":[2,3],\"data_offsets\":[0,24]}}",
                   24, VKR_ERR_SAFETENSORS, "a", "[2, 3]");
}

static void test_bad_shape(void) {
    EXPECT_BAD_HDR("shape_negative", "{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,0]}}",
                   0, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_fraction", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_float_int", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_string", "{\"a\":{\"dtype\":\"F32\",\"shape\":[\"1\"],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_nested", "{\"a\":{\"dtype\":\"F32\",\"shape\":[[1]],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_not_array", "{\"a\":{\"dtype\":\"F32\",\"shape\":1,\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_null", "{\"a\":{\"dtype\":\"F32\",\"shape\":null,\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("shape_overflow",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296,4294967296],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "overflow");
    EXPECT_BAD_HDR("shape_overflow_bytes",   /* 2^62 elements fit, 2^62 * 4 bytes do not */
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "overflow");
    EXPECT_BAD_HDR("shape_over_int64",
                   "{\"a\":{\"dtype\":\"U8\",\"shape\":[9223372036854775807,2],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("shape_huge_entry",
                   "{\"a\":{\"dtype\":\"U8\",\"shape\":[18446744073709551616],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("nine_dims",
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "dimensions");
    {   /* exactly 8 dims is fine */
        size_t size;
        vkr_st *st;
        uint8_t *img = hdr_image("{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,2],\"data_offsets\":[0,8]}}", 8, &size);
        vkr_result r = vkr_st_open_memory(img, size, "eight.safetensors", NULL, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) { CHECK(vkr_st_at(st, 0)->n_dims == 8 && vkr_st_at(st, 0)->shape[7] == 2); vkr_st_close(st); }
        free(img);
    }
}

static void test_bad_dtype(void) {
    EXPECT_BAD_HDR("dtype_f128", "{\"a\":{\"dtype\":\"F128\",\"shape\":[1],\"data_offsets\":[0,16]}}",
                   16, VKR_ERR_SAFETENSORS, "a", "F128");
    EXPECT_BAD_HDR("dtype_torch_name", "{\"a\":{\"dtype\":\"float32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "float32");
    EXPECT_BAD_HDR("dtype_bfloat16", "{\"a\":{\"dtype\":\"bfloat16\",\"shape\":[1],\"data_offsets\":[0,2]}}",
                   2, VKR_ERR_SAFETENSORS, "a", "bfloat16");
    EXPECT_BAD_HDR("dtype_lowercase", "{\"a\":{\"dtype\":\"f32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("dtype_question", "{\"a\":{\"dtype\":\"?\",\"shape\":[1],\"data_offsets\":[0,0]}}",
                   0, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("dtype_empty", "{\"a\":{\"dtype\":\"\",\"shape\":[1],\"data_offsets\":[0,0]}}",
                   0, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("dtype_number", "{\"a\":{\"dtype\":5,\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "dtype");
    EXPECT_BAD_HDR("dtype_null", "{\"a\":{\"dtype\":null,\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "dtype");
    EXPECT_BAD_HDR("f4_odd", "{\"a\":{\"dtype\":\"F4\",\"shape\":[3],\"data_offsets\":[0,2]}}",
                   2, VKR_ERR_SAFETENSORS, "a", "bytes");
    EXPECT_BAD_HDR("f4_odd_1", "{\"a\":{\"dtype\":\"F4\",\"shape\":[1],\"data_offsets\":[0,1]}}",
                   1, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("f6_partial", "{\"a\":{\"dtype\":\"F6_E2M3\",\"shape\":[2],\"data_offsets\":[0,2]}}",
                   2, VKR_ERR_SAFETENSORS, "a", NULL);
}

static void test_bad_entries(void) {
    EXPECT_BAD_HDR("offsets_three", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "data_offsets");
    EXPECT_BAD_HDR("offsets_one", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "data_offsets");
    EXPECT_BAD_HDR("offsets_strings", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[\"0\",\"4\"]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "data_offsets");
    EXPECT_BAD_HDR("offsets_float", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4.5]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "data_offsets");
    EXPECT_BAD_HDR("offsets_object", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":{\"b\":0}}}",
                   4, VKR_ERR_SAFETENSORS, "a", "data_offsets");
    EXPECT_BAD_HDR("missing_dtype", "{\"a\":{\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "dtype");
    EXPECT_BAD_HDR("missing_shape", "{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "shape");
    EXPECT_BAD_HDR("missing_offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}",
                   4, VKR_ERR_SAFETENSORS, "a", "data_offsets");
    EXPECT_BAD_HDR("entry_not_object", "{\"a\":[1,2]}", 0, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("entry_string", "{\"a\":\"F32\"}", 0, VKR_ERR_SAFETENSORS, "a", NULL);
    EXPECT_BAD_HDR("empty_name", "{\"\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, NULL, NULL);
    EXPECT_BAD_HDR("nul_in_name", "{\"a\\u0000b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                   4, VKR_ERR_SAFETENSORS, NULL, NULL);
    /* the second tensor is the broken one: the message must name it, not the first */
    EXPECT_BAD_HDR("second_broken",
                   "{\"good\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                   "\"bad.one\":{\"dtype\":\"F32\",\"shape\":[1]}}",
                   4, VKR_ERR_SAFETENSORS, "bad.one", "data_offsets");
}

static void test_bad_metadata(void) {
    EXPECT_BAD_HDR("meta_string", "{\"__metadata__\":\"x\"}", 0, VKR_ERR_SAFETENSORS, NULL, "__metadata__");
    EXPECT_BAD_HDR("meta_array", "{\"__metadata__\":[]}", 0, VKR_ERR_SAFETENSORS, NULL, "__metadata__");
    EXPECT_BAD_HDR("meta_null", "{\"__metadata__\":null}", 0, VKR_ERR_SAFETENSORS, NULL, "__metadata__");
    EXPECT_BAD_HDR("meta_number_value", "{\"__metadata__\":{\"format\":\"pt\",\"n\":1}}", 0, VKR_ERR_SAFETENSORS, "n", "__metadata__");
    EXPECT_BAD_HDR("meta_object_value", "{\"__metadata__\":{\"o\":{}}}", 0, VKR_ERR_SAFETENSORS, "o", "__metadata__");
    EXPECT_BAD_HDR("meta_null_value", "{\"__metadata__\":{\"z\":null}}", 0, VKR_ERR_SAFETENSORS, "z", "__metadata__");
}

/* Every prefix of a good file fails cleanly: in memory (exactly sized
   buffers) and from a file, with every byte of the allocator given back. */
static void test_truncations(void) {
    size_t size, n;
    uint8_t *img = good_image(&size, true);
    counter c;
    int bad = 0;
    memset(&c, 0, sizeof c);
    for (n = 0; n < size && bad < 10; n++) {
        uint8_t *cut = (uint8_t *)malloc(n ? n : 1);
        vkr_st_desc d;
        vkr_st *st = NULL;
        vkr_result r;
        int pass;
        memcpy(cut, img, n);
        for (pass = 0; pass < 2; pass++) {
            counter_reset(&c, 0);
            d = counting_desc(&c, false);
            if (pass == 0) r = vkr_st_open_memory(cut, n, "cut.safetensors", &d, &st);
            else {
                if (!write_tmp("cut.safetensors", cut, n)) { CHECK(0, "cannot write"); break; }
                r = vkr_st_open(tmp_path("cut.safetensors"), &d, &st);
            }
            if (r == VKR_OK || st != NULL || !vkr_last_error()[0] || !contains(vkr_last_error(), "cut.safetensors") ||
                c.outstanding || c.size_mismatch || c.unknown_free) {
                bad++;
                CHECK(0, "%s of %zu bytes: result %d, st %p, allocator %lld/%d/%d: %s", pass ? "file" : "memory", n,
                      (int)r, (void *)st, c.outstanding, c.size_mismatch, c.unknown_free, vkr_last_error());
                if (r == VKR_OK) vkr_st_close(st);
            }
        }
        free(cut);
    }
    unlink(tmp_path("cut.safetensors"));
    /* and the whole file opens */
    {
        vkr_st *st;
        vkr_result r = vkr_st_open_memory(img, size, "whole.safetensors", NULL, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) vkr_st_close(st);
    }
    counter_done(&c);
    free(img);
}

/* ------------------------------------------------------------------ shards */

static const float shard_a[2] = {1, 2};
static const uint16_t shard_b[3] = {0x3F80, 0x4000, 0x4040};   /* bf16 1 2 3 */
static const uint16_t shard_c[4] = {0x3C00, 0x4000, 0x4200, 0x4400}; /* f16 1 2 3 4 */
static const float shard_d[1] = {7};

#define SHARD1 "model-00001-of-00002.safetensors"
#define SHARD2 "model-00002-of-00002.safetensors"

/* Writes dir/SHARD1 (a.weight, b.weight[, extra1]) and dir/SHARD2 (c.weight,
   d[, extra2]); extra names a tensor to add to a shard. */
static int write_shards(const char *dir, const char *extra1, const char *extra2) {
    char rel[256];
    sbuild *b;
    uint8_t *img;
    size_t size;
    int ok;
    tmp_mkdir(dir);
    b = sb_new();
    sb_add(b, "a.weight", "F32", SHAPE(2), shard_a, sizeof shard_a);
    sb_add(b, "b.weight", "BF16", SHAPE(3), shard_b, sizeof shard_b);
    if (extra1) sb_add(b, extra1, "F32", SHAPE(1), shard_d, 4);
    img = sb_finish(b, 0, &size);
    snprintf(rel, sizeof rel, "%s/" SHARD1, dir);
    ok = write_tmp(rel, img, size);
    free(img);
    b = sb_new();
    sb_add(b, "c.weight", "F16", SHAPE(2, 2), shard_c, sizeof shard_c);
    sb_add(b, "d", "F32", 0, NULL, shard_d, 4);
    if (extra2) sb_add(b, extra2, "F32", SHAPE(1), shard_d, 4);
    img = sb_finish(b, 0, &size);
    snprintf(rel, sizeof rel, "%s/" SHARD2, dir);
    ok = ok && write_tmp(rel, img, size);
    free(img);
    return ok;
}
static int write_index(const char *dir, const char *text) {
    char rel[256];
    snprintf(rel, sizeof rel, "%s/model.safetensors.index.json", dir);
    return write_tmp(rel, text, strlen(text));
}
static const char *good_index =
    "{\"metadata\":{\"total_size\":38},\"weight_map\":{"
    "\"a.weight\":\"" SHARD1 "\",\"b.weight\":\"" SHARD1 "\","
    "\"c.weight\":\"" SHARD2 "\",\"d\":\"" SHARD2 "\"}}";

static void check_sharded(const vkr_st *st) {
    const vkr_tensor *t;
    float out[4];
    REQUIRE(vkr_st_count(st) == 4, "%lld tensors", (long long)vkr_st_count(st));
    REQUIRE(vkr_st_file_count(st) == 2);
    CHECK(ends_with(vkr_st_file_path(st, 0), "/" SHARD1), "%s", vkr_st_file_path(st, 0));
    CHECK(ends_with(vkr_st_file_path(st, 1), "/" SHARD2), "%s", vkr_st_file_path(st, 1));
    t = vkr_st_find(st, "a.weight");
    CHECK(t && t->file == 0 && t->dtype == VKR_DTYPE_F32 && memcmp(t->data, shard_a, 8) == 0);
    t = vkr_st_find(st, "b.weight");
    CHECK(t && t->file == 0 && vkr_tensor_read_f32(t, 0, 3, out) == VKR_OK && out[0] == 1 && out[1] == 2 && out[2] == 3);
    t = vkr_st_find(st, "c.weight");
    CHECK(t && t->file == 1 && t->n_dims == 2 && vkr_tensor_read_f32(t, 0, 4, out) == VKR_OK && out[3] == 4);
    t = vkr_st_find(st, "d");
    CHECK(t && t->file == 1 && t->n_dims == 0 && vkr_tensor_read_f32(t, 0, 1, out) == VKR_OK && out[0] == 7);
    CHECK(!strcmp(vkr_st_at(st, 0)->name, "a.weight") && !strcmp(vkr_st_at(st, 3)->name, "d"));
}

static void test_sharded_open(void) {
    vkr_st *st;
    vkr_result r;
    char p[1024];
    REQUIRE(write_shards("sharded", NULL, NULL) && write_index("sharded", good_index));
    r = vkr_st_open(tmp_path("sharded"), NULL, &st);
    REQUIRE(r == VKR_OK, "dir: %s", vkr_last_error());
    check_sharded(st);
    vkr_st_close(st);
    snprintf(p, sizeof p, "%s/", tmp_path("sharded"));   /* a trailing slash */
    r = vkr_st_open(p, NULL, &st);
    CHECK(r == VKR_OK, "dir/: %s", vkr_last_error());
    if (r == VKR_OK) { check_sharded(st); vkr_st_close(st); }
    r = vkr_st_open(tmp_path("sharded/model.safetensors.index.json"), NULL, &st);
    REQUIRE(r == VKR_OK, "index: %s", vkr_last_error());
    check_sharded(st);
    vkr_st_close(st);
    /* one shard alone */
    r = vkr_st_open(tmp_path("sharded/" SHARD2), NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_count(st) == 2 && vkr_st_find(st, "c.weight") && vkr_st_find(st, "c.weight")->file == 0);
    vkr_st_close(st);
    /* the index also wins over a stray model.safetensors */
    {
        size_t size;
        uint8_t *img = good_image(&size, false);
        REQUIRE(write_tmp("sharded/model.safetensors", img, size));
        free(img);
        r = vkr_st_open(tmp_path("sharded"), NULL, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) { check_sharded(st); vkr_st_close(st); }
        unlink(tmp_path("sharded/model.safetensors"));
    }
}

/* Opens dir (and its index file) and expects `want` with the words in the message. */
static void expect_bad_dir_(const char *file, int line, const char *dir, vkr_result want, const char *w1, const char *w2,
                            const char *w3) {
    int pass;
    for (pass = 0; pass < 2; pass++) {
        counter c;
        vkr_st_desc d;
        vkr_st *st = (vkr_st *)(uintptr_t)1;
        vkr_result r;
        const char *e, *path;
        char rel[256];
        memset(&c, 0, sizeof c);
        d = counting_desc(&c, false);
        snprintf(rel, sizeof rel, "%s/model.safetensors.index.json", dir);
        path = pass ? tmp_path(rel) : tmp_path(dir);
        r = vkr_st_open(path, &d, &st);
        e = vkr_last_error();
        if (getenv("VT_VERBOSE")) fprintf(stderr, "  [%s] %s\n", path, e);
        if (r != want) vt_fail_at(file, line, "%s: result %d (%s), want %d: %s", path, (int)r, vkr_result_str(r), (int)want, e);
        if (st != NULL) { vt_fail_at(file, line, "%s: *out not NULL", path); if (r == VKR_OK) vkr_st_close(st); }
        if (w1 && !contains(e, w1)) vt_fail_at(file, line, "%s: message lacks \"%s\": %s", path, w1, e);
        if (w2 && !contains(e, w2)) vt_fail_at(file, line, "%s: message lacks \"%s\": %s", path, w2, e);
        if (w3 && !contains(e, w3)) vt_fail_at(file, line, "%s: message lacks \"%s\": %s", path, w3, e);
        if (c.outstanding || c.n_recs || c.size_mismatch || c.unknown_free)
            vt_fail_at(file, line, "%s: allocator: %lld bytes outstanding, %d size mismatches, %d unknown frees", path,
                       c.outstanding, c.size_mismatch, c.unknown_free);
        counter_done(&c);
    }
}
#define EXPECT_BAD_DIR(dir, want, w1, w2, w3) expect_bad_dir_(__FILE__, __LINE__, dir, want, w1, w2, w3)

static void test_sharded_errors(void) {
    /* a tensor mapped to the wrong shard */
    REQUIRE(write_shards("wrong_shard", NULL, NULL));
    REQUIRE(write_index("wrong_shard", "{\"weight_map\":{\"a.weight\":\"" SHARD1 "\",\"b.weight\":\"" SHARD1 "\","
                                      "\"c.weight\":\"" SHARD1 "\",\"d\":\"" SHARD2 "\"}}"));
    EXPECT_BAD_DIR("wrong_shard", VKR_ERR_SAFETENSORS, "c.weight", "model.safetensors.index.json", SHARD2);
    /* the index names a file that is not there */
    REQUIRE(write_shards("missing_shard", NULL, NULL));
    REQUIRE(write_index("missing_shard", "{\"weight_map\":{\"a.weight\":\"" SHARD1 "\",\"b.weight\":\"" SHARD1 "\","
                                        "\"c.weight\":\"" SHARD2 "\",\"d\":\"model-00003-of-00003.safetensors\"}}"));
    EXPECT_BAD_DIR("missing_shard", VKR_ERR_NOT_FOUND, "model-00003-of-00003.safetensors", NULL, NULL);
    /* a name in both shards */
    REQUIRE(write_shards("both", "twice", "twice"));
    REQUIRE(write_index("both", "{\"weight_map\":{\"a.weight\":\"" SHARD1 "\",\"b.weight\":\"" SHARD1 "\","
                               "\"c.weight\":\"" SHARD2 "\",\"d\":\"" SHARD2 "\",\"twice\":\"" SHARD1 "\"}}"));
    EXPECT_BAD_DIR("both", VKR_ERR_SAFETENSORS, "twice", "appears in both", NULL);
    /* paths that leave the directory */
    REQUIRE(write_shards("escape", NULL, NULL));
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":\"../x.safetensors\"}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "a.weight", "model.safetensors.index.json", NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":\"/etc/passwd\"}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "a.weight", NULL, NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":\"..\"}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "a.weight", NULL, NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":\"sub\\\\x.safetensors\"}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "a.weight", NULL, NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":\"\"}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "a.weight", NULL, NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":7}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "a.weight", NULL, NULL);
    /* no weight_map, or not an object, or empty */
    REQUIRE(write_index("escape", "{\"metadata\":{}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "weight_map", "model.safetensors.index.json", NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":[]}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "weight_map", NULL, NULL);
    REQUIRE(write_index("escape", "{\"weight_map\":{}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "weight_map", NULL, NULL);
    REQUIRE(write_index("escape", "[]"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "weight_map", NULL, NULL);
    /* index JSON syntax error */
    REQUIRE(write_index("escape", "{\"weight_map\":{"));
    EXPECT_BAD_DIR("escape", VKR_ERR_JSON, "model.safetensors.index.json", NULL, NULL);
    /* the index maps a name no shard holds */
    REQUIRE(write_index("escape", "{\"weight_map\":{\"a.weight\":\"" SHARD1 "\",\"ghost\":\"" SHARD1 "\"}}"));
    EXPECT_BAD_DIR("escape", VKR_ERR_SAFETENSORS, "ghost", SHARD1, NULL);
    /* a malformed shard: the message names the shard */
    REQUIRE(write_shards("bad_shard", NULL, NULL));
    REQUIRE(write_index("bad_shard", good_index));
    {
        size_t size;
        uint8_t *img = hdr_image("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,8]}}", 8, &size);
        REQUIRE(write_tmp("bad_shard/" SHARD2, img, size));
        free(img);
    }
    EXPECT_BAD_DIR("bad_shard", VKR_ERR_SAFETENSORS, SHARD2, "x", NULL);
}

static void test_dir_without_index(void) {
    vkr_st *st;
    vkr_result r;
    size_t size;
    uint8_t *img;
    sbuild *b;
    tmp_mkdir("multi");
    b = sb_new();
    sb_add(b, "z.first", "F32", SHAPE(1), shard_d, 4);
    img = sb_finish(b, 0, &size);
    REQUIRE(write_tmp("multi/b.safetensors", img, size));
    free(img);
    b = sb_new();
    sb_add(b, "y.second", "F32", SHAPE(2), shard_a, 8);
    img = sb_finish(b, 0, &size);
    REQUIRE(write_tmp("multi/a.safetensors", img, size));
    free(img);
    REQUIRE(write_tmp("multi/README.md", "hi", 2));
    REQUIRE(write_tmp("multi/c.safetensors.bak", "junk", 4));
    r = vkr_st_open(tmp_path("multi"), NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_file_count(st) == 2);
    CHECK(ends_with(vkr_st_file_path(st, 0), "/a.safetensors"), "%s", vkr_st_file_path(st, 0));
    CHECK(ends_with(vkr_st_file_path(st, 1), "/b.safetensors"), "%s", vkr_st_file_path(st, 1));
    CHECK(vkr_st_count(st) == 2);
    CHECK(vkr_st_find(st, "y.second") && vkr_st_find(st, "y.second")->file == 0);
    CHECK(vkr_st_find(st, "z.first") && vkr_st_find(st, "z.first")->file == 1);
    vkr_st_close(st);
    /* a name in two of them */
    b = sb_new();
    sb_add(b, "z.first", "F32", SHAPE(1), shard_d, 4);
    img = sb_finish(b, 0, &size);
    REQUIRE(write_tmp("multi/c.safetensors", img, size));
    free(img);
    st = NULL;
    r = vkr_st_open(tmp_path("multi"), NULL, &st);
    CHECK(r == VKR_ERR_SAFETENSORS && st == NULL, "%d", (int)r);
    CHECK(contains(vkr_last_error(), "z.first") && contains(vkr_last_error(), "appears in both"), "%s", vkr_last_error());
    unlink(tmp_path("multi/c.safetensors"));
    /* model.safetensors, when present, is the one */
    img = good_image(&size, false);
    REQUIRE(write_tmp("multi/model.safetensors", img, size));
    free(img);
    r = vkr_st_open(tmp_path("multi"), NULL, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_file_count(st) == 1 && vkr_st_count(st) == 3 && vkr_st_find(st, "a.f32"));
    vkr_st_close(st);
}

static void test_empty_dir_and_missing(void) {
    vkr_st *st = (vkr_st *)(uintptr_t)1;
    vkr_result r;
    tmp_mkdir("empty");
    r = vkr_st_open(tmp_path("empty"), NULL, &st);
    CHECK(r == VKR_ERR_NOT_FOUND && st == NULL, "%d", (int)r);
    CHECK(contains(vkr_last_error(), tmp_path("empty")), "%s", vkr_last_error());
    REQUIRE(write_tmp("empty/notes.txt", "x", 1));
    r = vkr_st_open(tmp_path("empty"), NULL, &st);
    CHECK(r == VKR_ERR_NOT_FOUND, "%d", (int)r);
    r = vkr_st_open(tmp_path("no/such/file.safetensors"), NULL, &st);
    CHECK(r == VKR_ERR_NOT_FOUND && st == NULL, "%d", (int)r);
    CHECK(contains(vkr_last_error(), "no/such/file.safetensors"), "%s", vkr_last_error());
    CHECK(vkr_st_open(NULL, NULL, &st) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_st_open(tmp_path("empty"), NULL, NULL) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_st_open_memory(NULL, 8, "x", NULL, &st) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_st_open_memory("12345678", 8, "x", NULL, NULL) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_st_count(NULL) == 0 && vkr_st_find(NULL, "a") == NULL && vkr_st_at(NULL, 0) == NULL);
    CHECK(vkr_st_file_count(NULL) == 0 && vkr_st_file_path(NULL, 0) == NULL && vkr_st_metadata(NULL, "a") == NULL);
}

/* ------------------------------------------------------------------ no_mmap */

static void same_sets(const vkr_st *x, const vkr_st *y) {
    int64_t i;
    REQUIRE(vkr_st_count(x) == vkr_st_count(y));
    REQUIRE(vkr_st_file_count(x) == vkr_st_file_count(y));
    for (i = 0; i < vkr_st_file_count(x); i++) CHECK(!strcmp(vkr_st_file_path(x, (int32_t)i), vkr_st_file_path(y, (int32_t)i)));
    for (i = 0; i < vkr_st_count(x); i++) {
        const vkr_tensor *a = vkr_st_at(x, i), *b = vkr_st_at(y, i);
        int d;
        CHECK(!strcmp(a->name, b->name) && a->dtype == b->dtype && a->n_dims == b->n_dims && a->n_elems == b->n_elems &&
              a->n_bytes == b->n_bytes && a->file == b->file, "%s", a->name);
        for (d = 0; d < a->n_dims; d++) CHECK(a->shape[d] == b->shape[d]);
        CHECK(a->data != b->data || a->n_bytes == 0, "%s: no_mmap data is a copy", a->name);
        CHECK(memcmp(a->data, b->data, (size_t)a->n_bytes) == 0, "%s: data", a->name);
    }
}

static void test_no_mmap(void) {
    size_t size;
    uint8_t *img = good_image(&size, true);
    vkr_st_desc d;
    vkr_st *x, *y;
    vkr_result r;
    memset(&d, 0, sizeof d);
    REQUIRE(write_tmp("nommap.safetensors", img, size));
    free(img);
    r = vkr_st_open(tmp_path("nommap.safetensors"), NULL, &x);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    d.no_mmap = true;
    r = vkr_st_open(tmp_path("nommap.safetensors"), &d, &y);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    same_sets(x, y);
    check_good_set(y, NULL, 0);
    CHECK(vkr_st_metadata(y, "format") && !strcmp(vkr_st_metadata(y, "format"), "pt"));
    vkr_st_close(x);
    vkr_st_close(y);
    /* sharded */
    REQUIRE(write_shards("sharded_nommap", NULL, NULL) && write_index("sharded_nommap", good_index));
    r = vkr_st_open(tmp_path("sharded_nommap"), NULL, &x);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    r = vkr_st_open(tmp_path("sharded_nommap"), &d, &y);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    same_sets(x, y);
    check_sharded(y);
    vkr_st_close(x);
    vkr_st_close(y);
}

/* --------------------------------------------------------------- allocator */

static void test_allocator_balance(void) {
    counter c;
    vkr_st_desc d;
    vkr_st *st;
    vkr_result r;
    size_t size;
    uint8_t *img = good_image(&size, true);
    int nm;
    memset(&c, 0, sizeof c);
    counter_reset(&c, 0);
    d = counting_desc(&c, false);
    r = vkr_st_open_memory(img, size, "mem.safetensors", &d, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(c.n_allocs > 0 && c.outstanding > 0, "the hook is used");
    vkr_st_close(st);
    CHECK_BALANCED(&c, "memory");
    REQUIRE(write_tmp("alloc.safetensors", img, size));
    REQUIRE(write_shards("sharded_alloc", NULL, NULL) && write_index("sharded_alloc", good_index));
    for (nm = 0; nm < 2; nm++) {
        counter_reset(&c, 0);
        d = counting_desc(&c, nm == 1);
        r = vkr_st_open(tmp_path("alloc.safetensors"), &d, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) {
            if (nm) CHECK(c.outstanding >= (long long)size, "no_mmap reads the file through the hook");
            vkr_st_close(st);
        }
        CHECK_BALANCED(&c, nm ? "file, no_mmap" : "file");
        counter_reset(&c, 0);
        d = counting_desc(&c, nm == 1);
        r = vkr_st_open(tmp_path("sharded_alloc"), &d, &st);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) vkr_st_close(st);
        CHECK_BALANCED(&c, nm ? "sharded, no_mmap" : "sharded");
    }
    counter_done(&c);
    free(img);
}

/* Fails each allocation in turn: every open must fail (out of memory) and
   give back every byte with the right sizes. */
static void oom_sweep(const char *what, const uint8_t *img, size_t size, const char *path, bool no_mmap) {
    counter c;
    vkr_st_desc d;
    vkr_st *st;
    vkr_result r;
    long long total, k;
    int bad = 0;
    memset(&c, 0, sizeof c);
    counter_reset(&c, 0);
    d = counting_desc(&c, no_mmap);
    r = img ? vkr_st_open_memory(img, size, "oom.safetensors", &d, &st) : vkr_st_open(path, &d, &st);
    REQUIRE(r == VKR_OK, "%s: %s", what, vkr_last_error());
    vkr_st_close(st);
    total = c.n_allocs;
    for (k = 1; k <= total && bad < 5; k++) {
        counter_reset(&c, k);
        d = counting_desc(&c, no_mmap);
        st = NULL;
        r = img ? vkr_st_open_memory(img, size, "oom.safetensors", &d, &st) : vkr_st_open(path, &d, &st);
        if (r == VKR_OK) vkr_st_close(st);   /* an optional allocation may fail quietly */
        else if (r != VKR_ERR_OUT_OF_MEMORY || st != NULL) { bad++; CHECK(0, "%s: allocation %lld: result %d: %s", what, k, (int)r, vkr_last_error()); }
        if (c.outstanding || c.n_recs || c.size_mismatch || c.unknown_free) {
            bad++;
            CHECK(0, "%s: allocation %lld failed: %lld bytes in %zu blocks outstanding, %d size mismatches, %d unknown frees",
                  what, k, c.outstanding, c.n_recs, c.size_mismatch, c.unknown_free);
        }
    }
    counter_done(&c);
}

static void test_allocation_failures(void) {
    size_t size;
    uint8_t *img = good_image(&size, true);
    REQUIRE(write_tmp("oom.safetensors", img, size));
    REQUIRE(write_shards("sharded_oom", NULL, NULL) && write_index("sharded_oom", good_index));
    oom_sweep("memory", img, size, NULL, false);
    oom_sweep("file", NULL, 0, tmp_path("oom.safetensors"), false);
    oom_sweep("file no_mmap", NULL, 0, tmp_path("oom.safetensors"), true);
    oom_sweep("sharded", NULL, 0, tmp_path("sharded_oom"), false);
    free(img);
}

/* ------------------------------------------------------------------ progress */

typedef struct prog { int calls; int stop_at; } prog;
static bool on_progress(void *user, const char *what, uint64_t done, uint64_t total) {
    prog *p = (prog *)user;
    p->calls++;
    if (!what || done > total) p->stop_at = -1000;   /* flag nonsense */
    return p->stop_at <= 0 || p->calls < p->stop_at;
}

static void test_progress(void) {
    vkr_st_desc d;
    vkr_st *st;
    vkr_result r;
    prog p;
    memset(&d, 0, sizeof d);
    memset(&p, 0, sizeof p);
    REQUIRE(write_shards("sharded_prog", NULL, NULL) && write_index("sharded_prog", good_index));
    d.hooks.progress = on_progress;
    d.hooks.progress_user = &p;
    r = vkr_st_open(tmp_path("sharded_prog"), &d, &st);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(p.calls >= 2 && p.stop_at == 0, "%d calls", p.calls);
    vkr_st_close(st);
    memset(&p, 0, sizeof p);
    p.stop_at = 1;
    st = (vkr_st *)(uintptr_t)1;
    r = vkr_st_open(tmp_path("sharded_prog"), &d, &st);
    CHECK(r == VKR_ERR_ABORTED && st == NULL, "%d", (int)r);
}

/* ---------------------------------------------------------------------- main */

int main(void) {
    snprintf(tmp_root, sizeof tmp_root, "/tmp/vkr_test_st_%ld", (long)getpid());
    rm_rf(tmp_root);
    if (mkdir(tmp_root, 0755) != 0) { perror(tmp_root); return 1; }
    tmp_mkdir("bad");
    VT_RUN(test_roundtrip_basic);
    VT_RUN(test_every_dtype);
    VT_RUN(test_scalar_and_empty);
    VT_RUN(test_header_padding);
    VT_RUN(test_many_tensors);
    VT_RUN(test_read_f32_values);
    VT_RUN(test_bf16_exhaustive);
    VT_RUN(test_f16_exhaustive);
    VT_RUN(test_f16_vs_compiler);
    VT_RUN(test_bad_sizes);
    VT_RUN(test_bad_header_start);
    VT_RUN(test_bad_json);
    VT_RUN(test_bad_layout);
    VT_RUN(test_bad_shape);
    VT_RUN(test_bad_dtype);
    VT_RUN(test_bad_entries);
    VT_RUN(test_bad_metadata);
    VT_RUN(test_truncations);
    VT_RUN(test_sharded_open);
    VT_RUN(test_sharded_errors);
    VT_RUN(test_dir_without_index);
    VT_RUN(test_empty_dir_and_missing);
    VT_RUN(test_no_mmap);
    VT_RUN(test_allocator_balance);
    VT_RUN(test_allocation_failures);
    VT_RUN(test_progress);
    rm_rf(tmp_root);
    return vt_finish();
}
