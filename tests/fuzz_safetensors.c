/* fuzz_safetensors.c — libFuzzer target for valkyr's safetensors parser.

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_safetensors.c -o /tmp/fst
     /tmp/fst tests/fuzz/safetensors

   The input is opened as an in-memory safetensors image. When it is accepted,
   every tensor is checked against the invariants the parser promises (sizes,
   bounds, order, lookup) and a few elements of each F32/F16/BF16 tensor are
   read; any violation traps. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static int same_float(float a, float b) {
    if (isnan(a) && isnan(b)) return 1;
    return memcmp(&a, &b, sizeof a) == 0;
}

/* The element the reader should produce, decoded here independently. */
static float expected_f32(const vkr_tensor *t, int64_t i) {
    const uint8_t *p = (const uint8_t *)t->data;
    if (t->dtype == VKR_DTYPE_F32) {
        uint32_t u = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
                     (uint32_t)p[4 * i + 3] << 24;
        float f;
        memcpy(&f, &u, sizeof f);
        return f;
    } else {
        uint16_t h = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        return t->dtype == VKR_DTYPE_BF16 ? vkr_bf16_to_f32(h) : vkr_f16_to_f32(h);
    }
}

static void check_read(const vkr_tensor *t, int64_t first, int64_t count) {
    float buf[16];
    int64_t i;
    FUZZ_ASSERT(count <= 16);
    FUZZ_ASSERT(vkr_tensor_read_f32(t, first, count, buf) == VKR_OK);
    for (i = 0; i < count; i++) FUZZ_ASSERT(same_float(buf[i], expected_f32(t, first + i)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vkr_st *st = NULL;
    vkr_result r;
    int64_t n, i;
    uint64_t header_len = 0;
    const uint8_t *end = data + size;

    r = vkr_st_open_memory(data, size, "fuzz", NULL, &st);
    if (r != VKR_OK) {
        const char *m = vkr_last_error();
        FUZZ_ASSERT(m != NULL && m[0] != 0);
        FUZZ_ASSERT(r < 0);
        return 0;
    }
    FUZZ_ASSERT(st != NULL);
    FUZZ_ASSERT(size >= 8);
    for (i = 0; i < 8; i++) header_len |= (uint64_t)data[i] << (8 * i);
    FUZZ_ASSERT(header_len <= size - 8);

    FUZZ_ASSERT(vkr_st_file_count(st) == 1);
    FUZZ_ASSERT(vkr_st_file_path(st, 0) != NULL);
    {
        const char *fmt = vkr_st_metadata(st, "format");
        if (fmt) FUZZ_ASSERT(strlen(fmt) < size);
    }

    n = vkr_st_count(st);
    FUZZ_ASSERT(n >= 0 && (uint64_t)n <= size);
    for (i = 0; i < n; i++) {
        const vkr_tensor *t = vkr_st_at(st, i), *f;
        int64_t elems = 1;
        int32_t d, bits;
        const uint8_t *p;

        FUZZ_ASSERT(t != NULL && t->name != NULL);
        FUZZ_ASSERT(t->dtype > VKR_DTYPE_INVALID && t->dtype < VKR_DTYPE_COUNT);
        FUZZ_ASSERT(t->n_dims >= 0 && t->n_dims <= VKR_MAX_DIMS);
        FUZZ_ASSERT(t->file == 0);
        for (d = 0; d < t->n_dims; d++) {
            FUZZ_ASSERT(t->shape[d] >= 0);
            /* the product cannot overflow once the bytes fit in the file */
            if (t->shape[d] == 0) elems = 0;
            else if (elems) { FUZZ_ASSERT(elems <= INT64_MAX / t->shape[d]); elems *= t->shape[d]; }
        }
        FUZZ_ASSERT(t->n_elems == elems);
        bits = vkr_dtype_bits(t->dtype);
        FUZZ_ASSERT(bits > 0);
        FUZZ_ASSERT(t->n_bytes <= size);
        FUZZ_ASSERT((uint64_t)t->n_elems <= t->n_bytes * 8);
        FUZZ_ASSERT(t->n_bytes * 8 == (uint64_t)t->n_elems * (uint64_t)bits);

        /* the bytes lie in the data section of the image */
        p = (const uint8_t *)t->data;
        if (t->n_bytes > 0 || p != NULL) {
            FUZZ_ASSERT((uintptr_t)p >= (uintptr_t)(data + 8 + header_len));
            FUZZ_ASSERT((uintptr_t)p <= (uintptr_t)end);
            FUZZ_ASSERT(t->n_bytes <= (uint64_t)((uintptr_t)end - (uintptr_t)p));
        }

        /* sorted by name, and found again by name */
        if (i > 0) FUZZ_ASSERT(strcmp(vkr_st_at(st, i - 1)->name, t->name) <= 0);
        f = vkr_st_find(st, t->name);
        FUZZ_ASSERT(f != NULL);
        if (f != t) {
            /* only possible when two names differ after an embedded \u0000 */
            FUZZ_ASSERT(strcmp(f->name, t->name) == 0);
        } else {
            FUZZ_ASSERT(f->data == t->data && f->n_bytes == t->n_bytes);
        }
        FUZZ_ASSERT(strcmp(vkr_dtype_name(t->dtype), "?") != 0);

        /* element reads */
        if (t->dtype == VKR_DTYPE_F32 || t->dtype == VKR_DTYPE_F16 || t->dtype == VKR_DTYPE_BF16) {
            int64_t k = t->n_elems < 16 ? t->n_elems : 16;
            if (k > 0) {
                check_read(t, 0, k);
                check_read(t, t->n_elems - k, k);
                check_read(t, t->n_elems / 2, 1);
            }
        } else if (t->n_elems > 0) {
            float one;
            FUZZ_ASSERT(vkr_tensor_read_f32(t, 0, 1, &one) == VKR_ERR_UNSUPPORTED);
        }
    }
    vkr_st_close(st);
    return 0;
}
