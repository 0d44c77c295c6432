/* bench_qdot.c — CPU matrix products with block weights against BF16 (not a test).
     make build/bench_qdot && build/bench_qdot [threads] [decode] [cold]
   (default 2 threads; decode: skip prefill; cold: each call reads another of
   several copies of the weights, 256 MB in all, so they come from memory as
   in a forward pass rather than from a last-level cache that holds one matrix)
   For TinyLlama's shapes (rows × cols: 2048×2048, 5632×2048, 2048×5632,
   32000×2048) and each weight type: decode (1 token, the matrix-vector
   product) and prefill (64 tokens) through vkr__matmul in FAST precision (the
   session's default), best of several runs; GB/s counts the weight bytes read
   once. The last lines estimate TinyLlama's whole-model decode tok/s from the
   shapes (22 layers of q, k, v, o, gate, up, down and the LM head). Weights are
   random blocks with sane scales: the speed does not depend on the values. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>

static uint64_t rng = 42;
static uint32_t rnd(void) { rng = rng * 6364136223846793005ull + 1442695040888963407ull; return (uint32_t)(rng >> 33); }

static uint8_t *make(vkr_dtype t, int64_t rows, int64_t cols, size_t *bytes) {
    int64_t e, bb, i, nb;
    uint8_t *w;
    vkr_dtype_block(t, &e, &bb);
    nb = rows * cols / e;
    *bytes = (size_t)(nb * bb);
    w = (uint8_t *)malloc(*bytes);
    for (i = 0; i < nb * bb; i++) w[i] = (uint8_t)rnd();
    for (i = 0; i < nb; i++) {   /* sane scales (f16 0x2000 ≈ 0.0078) */
        uint16_t h = 0x2000;
        if (t == VKR_DTYPE_BF16) { h = 0x3C00; memcpy(w + i * 2, &h, 2); continue; }
        memcpy(w + i * bb + (t == VKR_DTYPE_Q6_K ? 208 : 0), &h, 2);
    }
    return w;
}

static double best_seconds(vkr__cpu *cpu, const vkr_tensor *W, int copies, const float *x, int64_t n, float *y) {
    double best = 1e30, t0 = vkr_time_ns() / 1e9, t;
    int k = 0;
    while (k < 3 || (vkr_time_ns() / 1e9 - t0 < 0.4 && k < 200)) {
        double a = vkr_time_ns() / 1e9;
        vkr__x_changed(cpu);   /* each call quantizes (FAST) or rounds (BF16) its activations, as a forward pass does */
        vkr__matmul(cpu, &W[k % copies], NULL, x, n, W->shape[1], y, W->shape[0], false);
        t = vkr_time_ns() / 1e9 - a;
        if (t < best) best = t;
        k++;
    }
    return best;
}

int main(int argc, char **argv) {
    static const vkr_dtype types[] = {VKR_DTYPE_BF16, VKR_DTYPE_Q8_0, VKR_DTYPE_Q4_0, VKR_DTYPE_Q4_1, VKR_DTYPE_Q5_0,
                                      VKR_DTYPE_Q5_1, VKR_DTYPE_Q4_K, VKR_DTYPE_Q5_K, VKR_DTYPE_Q6_K};
    static const int64_t shapes[4][2] = {{2048, 2048}, {5632, 2048}, {2048, 5632}, {32000, 2048}};
    int32_t threads = argc > 1 ? atoi(argv[1]) : 2;
    int decode_only = 0, cold = 0, ai;
    int64_t N = 64, widest = 5632, i;
    size_t ti, si;
    float *x = (float *)malloc((size_t)(N * widest) * 4), *y = (float *)malloc((size_t)(N * 32000) * 4);
    double dec[9][4], pre[9][4];
    vkr_allocator a = vkr__allocator(NULL);
    vkr__cpu cpu;
    const char *qn = "portable";
    memset(&cpu, 0, sizeof cpu);
    cpu.dot = vkr__pick_dot(NULL);
    cpu.mm4 = vkr__pick_mm4();
    cpu.mm4x1 = vkr__pick_mm4x1();
    if ((cpu.mm4_bf16 = vkr__pick_mm4_bf16()) != NULL) {
        cpu.xb_elems = (size_t)(N * widest);
        cpu.xb = (uint16_t *)malloc(cpu.xb_elems * 2);
    }
    vkr__pool_init(&cpu.pool, threads, &a);
    vkr__cpu_blocks(&cpu, &a, true, N, widest, threads);
    vkr__pick_qmm(&qn);
    for (i = 0; i < N * widest; i++) x[i] = (float)((int)(rnd() % 2001) - 1000) / 1000.0f;
    for (ai = 2; ai < argc; ai++) {
        decode_only |= strcmp(argv[ai], "decode") == 0;
        cold |= strcmp(argv[ai], "cold") == 0;
    }
    printf("CPU %s, block product %s, %d threads, FAST precision%s\n", vkr_cpu_features(), qn, (int)threads,
           cold ? ", weights from memory (cold)" : "");
    printf("%-5s %-12s %10s %8s %9s %8s | %10s %9s %8s\n", "type", "shape", "decode µs", "GB/s", "tok/s", "×bf16", "prefill ms", "tok/s", "×bf16");
    for (si = 0; si < 4; si++)
        for (ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
            int64_t rows = shapes[si][0], cols = shapes[si][1];
            size_t bytes;
            uint8_t *w = make(types[ti], rows, cols, &bytes), *wc;
            vkr_tensor W[64];
            char sh[32];
            int copies = cold ? (int)VKR__MIN((size_t)64, VKR__MAX((size_t)2, ((size_t)256 << 20) / bytes)) : 1, c;
            wc = (uint8_t *)malloc(bytes * (size_t)copies);
            for (c = 0; c < copies; c++) {
                memcpy(wc + bytes * (size_t)c, w, bytes);
                memset(&W[c], 0, sizeof W[c]);
                W[c].name = "w"; W[c].dtype = types[ti]; W[c].n_dims = 2; W[c].shape[0] = rows; W[c].shape[1] = cols;
                W[c].n_elems = rows * cols; W[c].n_bytes = bytes; W[c].data = wc + bytes * (size_t)c;
            }
            dec[ti][si] = best_seconds(&cpu, W, copies, x, 1, y);
            pre[ti][si] = decode_only ? 1e-9 : best_seconds(&cpu, W, copies, x, N, y);
            snprintf(sh, sizeof sh, "%lldx%lld", (long long)rows, (long long)cols);
            printf("%-5s %-12s %10.1f %8.2f %9.1f %8.2f | %10.2f %9.1f %8.2f\n", vkr_dtype_name(types[ti]), sh, dec[ti][si] * 1e6,
                   (double)bytes / dec[ti][si] / 1e9, 1 / dec[ti][si], dec[0][si] / dec[ti][si], pre[ti][si] * 1e3, (double)N / pre[ti][si],
                   pre[0][si] / pre[ti][si]);
            fflush(stdout);
            free(w);
            free(wc);
        }
    printf("\nTinyLlama-1.1B estimate (22 × (q, o: 2048² · 2; k, v: 256×2048 · 2; gate, up; down) + LM head), matrices only:\n");
    for (ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        double d = 22 * (2.25 * dec[ti][0] + 2 * dec[ti][1] + dec[ti][2]) + dec[ti][3];
        double p = 22 * (2.25 * pre[ti][0] + 2 * pre[ti][1] + pre[ti][2]) + pre[ti][3];
        double d0 = 22 * (2.25 * dec[0][0] + 2 * dec[0][1] + dec[0][2]) + dec[0][3];
        printf("  %-5s decode %6.1f tok/s (%.2f× bf16)   prefill %7.1f tok/s\n", vkr_dtype_name(types[ti]), 1 / d, d0 / d, (double)N / p);
    }
    vkr__cpu_blocks_free(&cpu, &a);
    vkr__pool_free(&cpu.pool, &a);
    free(cpu.xb); free(x); free(y);
    return 0;
}
