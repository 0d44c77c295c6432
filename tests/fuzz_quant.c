/* fuzz_quant.c — libFuzzer target for valkyr's quantizers and type choice (>>quant).

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_quant.c -o /tmp/fquant
     /tmp/fquant tests/fuzz/quant

   The input's bytes are read as floats (NaN and infinities become 0: the
   quantizers take finite weights) and quantized to every type, then
   dequantized; any out-of-range conversion (UBSan) or out-of-bounds access
   (ASan) is a bug. Zero-padded to whole 256-element blocks. The same bytes,
   as a string, are a tensor name for vkr_quant_pick under every file type. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const vkr_dtype types[] = {VKR_DTYPE_Q8_0, VKR_DTYPE_Q4_0, VKR_DTYPE_Q4_1, VKR_DTYPE_Q5_0, VKR_DTYPE_Q5_1,
                                      VKR_DTYPE_Q4_K, VKR_DTYPE_Q5_K, VKR_DTYPE_Q6_K, VKR_DTYPE_F16, VKR_DTYPE_BF16, VKR_DTYPE_F32};
    static const vkr_qtype qtypes[] = {VKR_QTYPE_F32, VKR_QTYPE_F16, VKR_QTYPE_BF16, VKR_QTYPE_Q8_0, VKR_QTYPE_Q4_0, VKR_QTYPE_Q4_1,
                                       VKR_QTYPE_Q5_0, VKR_QTYPE_Q5_1, VKR_QTYPE_Q4_K_S, VKR_QTYPE_Q4_K_M, VKR_QTYPE_Q5_K_S,
                                       VKR_QTYPE_Q5_K_M, VKR_QTYPE_Q6_K};
    size_t n = (size / 4 + 255) / 256 * 256, i, k;
    float *x, *y;
    uint8_t *q;
    char *name;
    if (n == 0 || n > 4096) return 0;
    x = (float *)calloc(n, sizeof(float));
    y = (float *)malloc(n * sizeof(float));
    q = (uint8_t *)malloc(n * 4);
    name = (char *)malloc(size + 1);
    if (!x || !y || !q || !name) { free(x); free(y); free(q); free(name); return 0; }
    memcpy(x, data, size / 4 * 4);
    for (i = 0; i < n; i++)
        if (!isfinite(x[i])) x[i] = 0;
    for (k = 0; k < sizeof types / sizeof types[0]; k++) {
        FUZZ_ASSERT(vkr_quantize(types[k], x, (int64_t)n, q) == VKR_OK);
        FUZZ_ASSERT(vkr_dequantize(types[k], q, (int64_t)n, y) == VKR_OK);
        if (types[k] == VKR_DTYPE_F32) FUZZ_ASSERT(!memcmp(x, y, n * sizeof(float)));
    }
    memcpy(name, data, size);
    name[size] = 0;
    for (k = 0; k < sizeof qtypes / sizeof qtypes[0]; k++) {
        vkr_quant_plan plan;
        int64_t ne[2];
        vkr_dtype t;
        memset(&plan, 0, sizeof plan);
        plan.type = qtypes[k];
        plan.n_layer = (int64_t)(size % 97);
        plan.n_expert = (int64_t)(size % 9);
        ne[0] = size ? (int64_t)data[0] * 16 + 16 : 32;
        ne[1] = 8;
        t = vkr_quant_pick(&plan, name, 2, ne);
        if (t != VKR_DTYPE_INVALID) FUZZ_ASSERT(vkr_dtype_row_bytes(t, ne[0]) > 0);
    }
    free(x); free(y); free(q); free(name);
    return 0;
}
