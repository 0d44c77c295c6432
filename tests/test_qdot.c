/* test_qdot.c — matrix products with llama.cpp's weight blocks on the CPU
   (vkr__matmul with Q8_0 … Q6_K weights), in both precisions.
     cc -O2 -I. -o build/test_qdot tests/test_qdot.c -lm -lpthread -ldl
   Weights are random bytes with small sane f16 scales (every bit pattern of
   the integer parts is a valid block). F32 precision is held to the portable
   product (vkr__dot_ref over vkr__dequant_block); FAST's SIMD kernels to their
   portable twin (vkr__qmm_ref) and to F32 within the activations' 8-bit
   rounding; every result is the same whatever batch or thread count made it;
   and a block with a wrong scale is caught. Uses internals (VKR_TEST_OWN_BUILD). */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include "vt.h"
#include <math.h>

static const vkr_dtype TYPES[] = {VKR_DTYPE_Q8_0, VKR_DTYPE_Q4_0, VKR_DTYPE_Q4_1, VKR_DTYPE_Q5_0,
                                  VKR_DTYPE_Q5_1, VKR_DTYPE_Q4_K, VKR_DTYPE_Q5_K, VKR_DTYPE_Q6_K};
#define NT ((int)(sizeof TYPES / sizeof TYPES[0]))
#define NTOK 17   /* tokens per product; batches of 1, 3, 4, 5 and 17 */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void) { rng = rng * 6364136223846793005ull + 1442695040888963407ull; return (uint32_t)(rng >> 33); }
static float urand(float lo, float hi) { return lo + (hi - lo) * (float)(rnd() & 0xFFFFFF) / 16777216.0f; }
static void put_f16(uint8_t *p, float f) { uint16_t h = vkr_f32_to_f16(f); memcpy(p, &h, 2); }

/* rows × cols weights of type t: random bytes, then each block's scales small and sane */
static uint8_t *make_weights(vkr_dtype t, int64_t rows, int64_t cols) {
    int64_t e, bb, i, nb;
    uint8_t *w;
    vkr_dtype_block(t, &e, &bb);
    nb = rows * cols / e;
    w = (uint8_t *)malloc((size_t)(nb * bb));
    for (i = 0; i < nb * bb; i++) w[i] = (uint8_t)rnd();
    for (i = 0; i < nb; i++) {
        uint8_t *b = w + i * bb;
        switch (t) {
        case VKR_DTYPE_Q4_1: case VKR_DTYPE_Q5_1: put_f16(b + 2, urand(-0.05f, 0.05f)); /* fall through */
        case VKR_DTYPE_Q8_0: case VKR_DTYPE_Q4_0: case VKR_DTYPE_Q5_0: put_f16(b, urand(0.001f, 0.02f)); break;
        case VKR_DTYPE_Q4_K: case VKR_DTYPE_Q5_K: put_f16(b, urand(0.0005f, 0.002f)); put_f16(b + 2, urand(0.0f, 0.002f)); break;
        default: put_f16(b + 208, urand(0.0002f, 0.001f)); break;
        }
    }
    return w;
}

static vkr_tensor tensor_of(vkr_dtype t, const void *data, int64_t rows, int64_t cols) {
    vkr_tensor T;
    memset(&T, 0, sizeof T);
    T.name = "w";
    T.dtype = t;
    T.n_dims = 2;
    T.shape[0] = rows;
    T.shape[1] = cols;
    T.n_elems = rows * cols;
    T.n_bytes = (uint64_t)vkr_dtype_row_bytes(t, cols) * (uint64_t)rows;
    T.data = data;
    return T;
}

/* The CPU as a session sets it up: this machine's kernels, `threads` threads,
   FAST (8-bit activations, with the block product qmm when not NULL) or F32. */
static void cpu_init(vkr__cpu *cpu, bool fast, vkr__qmm_fn qmm, int32_t threads, int64_t cols) {
    vkr_allocator a = vkr__allocator(NULL);
    memset(cpu, 0, sizeof *cpu);
    cpu->dot = vkr__pick_dot(NULL);
    cpu->mm4 = vkr__pick_mm4();
    cpu->mm4x1 = vkr__pick_mm4x1();
    vkr__pool_init(&cpu->pool, threads, &a);
    vkr__cpu_blocks(cpu, &a, fast, NTOK, cols, threads);
    if (fast) cpu->qmm = qmm;
}
static void cpu_free(vkr__cpu *cpu) {
    vkr_allocator a = vkr__allocator(NULL);
    vkr__cpu_blocks_free(cpu, &a);
    vkr__pool_free(&cpu->pool, &a);
}

/* y[NTOK, rows] = x · Wᵀ in batches of `batch` tokens */
static void product(vkr__cpu *cpu, const vkr_tensor *W, const float *x, int64_t cols, int64_t rows, int64_t batch, float *y) {
    int64_t i;
    for (i = 0; i < NTOK; i += batch) {
        vkr__x_changed(cpu);
        vkr__matmul(cpu, W, NULL, x + i * cols, VKR__MIN(batch, NTOK - i), cols, y + i * rows, rows, false);
    }
}

/* Outputs farther than tol·scale[i] from want (scale: Σ|w·x| of that output, or a bound). */
static int64_t n_far(const float *got, const float *want, const float *scale, int64_t n, double tol, double *worst) {
    int64_t i, bad = 0;
    for (i = 0; i < n; i++) {
        double d = fabs((double)got[i] - (double)want[i]) / (scale[i] > 0 ? scale[i] : 1);
        if (!(d <= tol)) bad++;
        if (worst && d > *worst) *worst = d;
    }
    return bad;
}

typedef struct shape { int64_t rows, cols; } shape;
static const shape S32[] = {{13, 96}, {17, 64}, {5, 288}, {4, 32}};
static const shape SK[] = {{13, 256}, {7, 512}, {9, 768}};

/* Everything for one type and shape: W, x, the portable reference y_ref, the
   scales (Σ|w·x| and the 8-bit rounding bound Σ|w|·max|x|/254) per output. */
typedef struct fixture {
    vkr_dtype t;
    int64_t rows, cols;
    uint8_t *w;
    vkr_tensor W;
    float *wf, *x, *ref, *sabs, *sq;
    float *x8, *ref8, *s8;   /* x as FAST's 8-bit activations (d·q), W·x8 by the portable product, its tolerance */
} fixture;

static void fixture_make(fixture *f, vkr_dtype t, int64_t rows, int64_t cols) {
    int64_t i, r, k;
    f->t = t; f->rows = rows; f->cols = cols;
    f->w = make_weights(t, rows, cols);
    f->W = tensor_of(t, f->w, rows, cols);
    f->wf = (float *)malloc((size_t)(rows * cols) * 4);
    f->x = (float *)malloc((size_t)(NTOK * cols) * 4);
    f->ref = (float *)malloc((size_t)(NTOK * rows) * 4);
    f->sabs = (float *)malloc((size_t)(NTOK * rows) * 4);
    f->sq = (float *)malloc((size_t)(NTOK * rows) * 4);
    f->x8 = (float *)malloc((size_t)(NTOK * cols) * 4);
    f->ref8 = (float *)malloc((size_t)(NTOK * rows) * 4);
    f->s8 = (float *)malloc((size_t)(NTOK * rows) * 4);
    vkr_dequantize(t, f->w, rows * cols, f->wf);
    for (i = 0; i < NTOK * cols; i++) f->x[i] = urand(-1, 1) * (rnd() % 16 == 0 ? 8.0f : 1.0f);
    for (i = 0; i < NTOK; i++) {   /* the activations FAST multiplies: d·q of each 8-bit block */
        int8_t *q = (int8_t *)malloc((size_t)cols);
        float *d = (float *)malloc((size_t)cols / 32 * 4), *s = (float *)malloc((size_t)cols / 32 * 4);
        int16_t *bs = (int16_t *)malloc((size_t)cols / 16 * 2);
        bool kk = t >= VKR_DTYPE_Q4_K;
        vkr__q8_row(f->x + i * cols, cols, kk, q, d, s, bs);
        for (k = 0; k < cols; k++) f->x8[i * cols + k] = d[k / (kk ? 256 : 32)] * (float)q[k];
        for (r = 0; r < rows; r++) {   /* Q4_1, Q5_1 meet Q8_1's s = d·Σq in f16: two f16 roundings away from the d·q above */
            double extra = 0;
            int64_t b;
            if (t == VKR_DTYPE_Q4_1 || t == VKR_DTYPE_Q5_1)
                for (b = 0; b < cols / 32; b++) {
                    uint16_t h;
                    memcpy(&h, f->w + (r * (cols / 32) + b) * (t == VKR_DTYPE_Q4_1 ? 20 : 24) + 2, 2);
                    extra += fabs((double)vkr_f16_to_f32(h) * s[b]) * 1.1e-3;
                }
            f->s8[i * rows + r] = (float)extra;
        }
        free(q); free(d); free(s); free(bs);
    }
    for (i = 0; i < NTOK; i++)
        for (r = 0; r < rows; r++) {
            vkr__mat m = vkr__mat_of(&f->W);
            const float *xs[1];
            double sa = 0, sw = 0, mx = 0;
            xs[0] = f->x + i * cols;
            vkr__dot_ref(&m, r, xs, 1, &f->ref[i * rows + r]);
            xs[0] = f->x8 + i * cols;
            vkr__dot_ref(&m, r, xs, 1, &f->ref8[i * rows + r]);
            for (k = 0; k < cols; k++) f->s8[i * rows + r] += (float)(2e-6 * fabs((double)f->wf[r * cols + k] * f->x8[i * cols + k]));
            for (k = 0; k < cols; k++) {
                sa += fabs((double)f->wf[r * cols + k] * f->x[i * cols + k]);
                sw += fabs((double)f->wf[r * cols + k]);
                mx = fabs((double)f->x[i * cols + k]) > mx ? fabs((double)f->x[i * cols + k]) : mx;
            }
            f->sabs[i * rows + r] = (float)sa;
            f->sq[i * rows + r] = (float)(sw * mx / 254 + 1e-3 * sa);   /* |Δ| of 8-bit activations (f16-rounded scales) */
        }
}
static void fixture_free(fixture *f) { free(f->w); free(f->wf); free(f->x); free(f->ref); free(f->sabs); free(f->sq); free(f->x8); free(f->ref8); free(f->s8); }

/* Runs fn on every type and shape. */
static void each(void (*fn)(fixture *f)) {
    int ti;
    size_t si;
    for (ti = 0; ti < NT; ti++) {
        bool k = TYPES[ti] >= VKR_DTYPE_Q4_K;
        const shape *S = k ? SK : S32;
        size_t ns = k ? sizeof SK / sizeof SK[0] : sizeof S32 / sizeof S32[0];
        for (si = 0; si < ns; si++) {
            fixture f;
            fixture_make(&f, TYPES[ti], S[si].rows, S[si].cols);
            fn(&f);
            fixture_free(&f);
        }
    }
}

/* F32: the decoded-rows path equals the portable product within float
   rounding, and is bit-identical across batches of 1, 3, 4, 5, 17 and 1-3 threads. */
static void f32_case(fixture *f) {
    static const int64_t batches[] = {17, 1, 3, 4, 5};
    int64_t n = NTOK * f->rows, bi;
    float *y = (float *)malloc((size_t)n * 4), *y0 = (float *)malloc((size_t)n * 4);
    double worst = 0;
    for (bi = 0; bi < 5; bi++) {
        vkr__cpu cpu;
        int32_t th = (int32_t)(1 + bi % 3);
        cpu_init(&cpu, false, NULL, th, f->cols);
        product(&cpu, &f->W, f->x, f->cols, f->rows, batches[bi], bi ? y : y0);
        cpu_free(&cpu);
        if (!bi) {
            int64_t bad = n_far(y0, f->ref, f->sabs, n, 1e-5, &worst);
            CHECK(bad == 0, "%s %lldx%lld F32: %lld of %lld outputs off the portable product (worst %.2e)", vkr_dtype_name(f->t),
                  (long long)f->rows, (long long)f->cols, (long long)bad, (long long)n, worst);
        } else
            CHECK(memcmp(y, y0, (size_t)n * 4) == 0, "%s %lldx%lld F32: batches of %lld on %d threads change the result", vkr_dtype_name(f->t),
                  (long long)f->rows, (long long)f->cols, (long long)batches[bi], (int)th);
    }
    free(y); free(y0);
}
static void test_f32_matches_portable(void) { each(f32_case); }

/* FAST: each SIMD block product against the portable twin on the same 8-bit
   activations; through vkr__matmul against F32 within the activations'
   rounding; bit-identical across batches and threads. */
static void fast_case(fixture *f) {
    static const int64_t batches[] = {17, 1, 3, 4, 5};
    int64_t n = NTOK * f->rows, bi, i, r;
    const char *name = "portable";
    vkr__qmm_fn simd[4];
    const char *simd_name[4] = {"avx2", "avx512", "neon", "avx512vnni"};
    int ns = 0, si;
    float *y = (float *)malloc((size_t)n * 4), *y0 = (float *)malloc((size_t)n * 4), *tw = (float *)malloc((size_t)n * 4);
    double worst = 0;
    vkr__cpu cpu;
    memset(simd, 0, sizeof simd);
#ifdef VKR__X86
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) simd[0] = vkr__qmm_avx2;
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) simd[1] = vkr__qmm_avx512;
    if (simd[1] && __builtin_cpu_supports("avx512vnni")) simd[3] = vkr__qmm_vnni;
#endif
#ifdef VKR__NEON
    simd[2] = vkr__qmm_neon;
#endif
    vkr__pick_qmm(&name);
    /* the twin on the activations vkr__matmul quantizes */
    cpu_init(&cpu, true, vkr__qmm_ref, 1, f->cols);
    product(&cpu, &f->W, f->x, f->cols, f->rows, NTOK, tw);
    {
        int8_t *q = (int8_t *)cpu.qx;
        vkr__qx X;
        X.q = q; X.d = (float *)(q + NTOK * f->cols); X.s = X.d + NTOK * (f->cols / 32);
        X.bs = (int16_t *)(X.s + NTOK * (f->cols / 32)); X.cols = f->cols;
        for (si = 0; si < 4; si++) {
            vkr__mat m = vkr__mat_of(&f->W);
            int64_t bad;
            if (!simd[si]) continue;
            ns++;
            for (i = 0; i < NTOK; i += 4)
                for (r = 0; r < f->rows; r += 4) {
                    float o[16];
                    int R = (int)VKR__MIN(4, f->rows - r), NX = (int)VKR__MIN(4, NTOK - i), a, c;
                    simd[si](&m, r, R, &X, i, NX, o);
                    for (a = 0; a < R; a++) for (c = 0; c < NX; c++) y[(i + c) * f->rows + r + a] = o[a * 4 + c];
                }
            worst = 0;
            bad = n_far(y, tw, f->sabs, n, 1e-6, &worst);
            CHECK(bad == 0, "%s %lldx%lld FAST %s: %lld of %lld outputs off the portable twin (worst %.2e)", vkr_dtype_name(f->t),
                  (long long)f->rows, (long long)f->cols, simd_name[si], (long long)bad, (long long)n, worst);
        }
    }
    cpu_free(&cpu);
    for (bi = 0; bi < 5; bi++) {
        int32_t th = (int32_t)(1 + bi % 3);
        cpu_init(&cpu, true, vkr__pick_qmm(NULL), th, f->cols);
        product(&cpu, &f->W, f->x, f->cols, f->rows, batches[bi], bi ? y : y0);
        cpu_free(&cpu);
        if (!bi) {
            int64_t bad;
            worst = 0;
            bad = n_far(y0, f->ref, f->sq, n, 1.0, &worst);
            CHECK(bad == 0, "%s %lldx%lld FAST (%s): %lld of %lld outputs farther from F32 than 8-bit activations explain (worst %.2f of the bound)",
                  vkr_dtype_name(f->t), (long long)f->rows, (long long)f->cols, name, (long long)bad, (long long)n, worst);
            worst = 0;
            bad = n_far(y0, f->ref8, f->s8, n, 1.0, &worst);
            CHECK(bad == 0, "%s %lldx%lld FAST (%s): %lld of %lld outputs off W·(its 8-bit activations) (worst %.2f of the bound)",
                  vkr_dtype_name(f->t), (long long)f->rows, (long long)f->cols, name, (long long)bad, (long long)n, worst);
        } else
            CHECK(memcmp(y, y0, (size_t)n * 4) == 0, "%s %lldx%lld FAST: batches of %lld on %d threads change the result", vkr_dtype_name(f->t),
                  (long long)f->rows, (long long)f->cols, (long long)batches[bi], (int)th);
    }
    (void)ns;
    free(y); free(y0); free(tw);
}
static void test_fast_matches_twin_and_f32(void) { each(fast_case); }

/* The checks above can fail: one block of one row with its scale × 1.25 is
   caught by both precisions' comparisons, in that row only. */
static void wrong_case(fixture *f) {
    int64_t e, bb, n = NTOK * f->rows, i, r, row = f->rows / 2, bad_f32 = 0, bad_fast = 0, elsewhere = 0;
    int fast;
    uint8_t *blk;
    float *y = (float *)malloc((size_t)n * 4);
    vkr_dtype_block(f->t, &e, &bb);
    blk = f->w + row * vkr_dtype_row_bytes(f->t, f->cols) + (f->cols / e / 2) * bb;
    {
        int off = f->t == VKR_DTYPE_Q6_K ? 208 : 0;
        uint16_t h;
        memcpy(&h, blk + off, 2);
        put_f16(blk + off, vkr_f16_to_f32(h) * 1.25f);
    }
    for (fast = 0; fast < 2; fast++) {
        vkr__cpu cpu;
        int64_t bad = 0;
        cpu_init(&cpu, fast != 0, vkr__pick_qmm(NULL), 2, f->cols);
        product(&cpu, &f->W, f->x, f->cols, f->rows, NTOK, y);
        cpu_free(&cpu);
        for (i = 0; i < NTOK; i++)
            for (r = 0; r < f->rows; r++) {
                int64_t o = i * f->rows + r;
                bool far = fast ? n_far(y + o, f->ref8 + o, f->s8 + o, 1, 1.0, NULL) != 0 : n_far(y + o, f->ref + o, f->sabs + o, 1, 1e-5, NULL) != 0;
                if (r == row) bad += far;
                else elsewhere += far;
            }
        if (fast) bad_fast = bad; else bad_f32 = bad;
    }
    CHECK(bad_f32 >= NTOK / 2 && bad_fast >= NTOK / 2 && elsewhere == 0, "%s %lldx%lld: a wrong scale caught in %lld (F32) and %lld (FAST) of %d tokens, %lld elsewhere",
          vkr_dtype_name(f->t), (long long)f->rows, (long long)f->cols, (long long)bad_f32, (long long)bad_fast, NTOK, (long long)elsewhere);
    free(y);
}
static void test_wrong_scale_is_caught(void) { each(wrong_case); }

/* Bias, y += and a row stride: the plumbing around the kernels. */
static void test_bias_add_stride(void) {
    fixture f;
    int64_t ldx, i, r, fast;
    float *xs, *y, *b;
    vkr_tensor B;
    fixture_make(&f, VKR_DTYPE_Q4_K, 9, 512);
    ldx = f.cols + 7;
    xs = (float *)calloc((size_t)(NTOK * ldx), 4);
    y = (float *)malloc((size_t)(NTOK * f.rows) * 4);
    b = (float *)malloc((size_t)f.rows * 4);
    for (i = 0; i < NTOK; i++) memcpy(xs + i * ldx, f.x + i * f.cols, (size_t)f.cols * 4);
    for (r = 0; r < f.rows; r++) b[r] = urand(-2, 2);
    memset(&B, 0, sizeof B);
    B.name = "b"; B.dtype = VKR_DTYPE_F32; B.n_dims = 1; B.shape[0] = f.rows; B.n_elems = f.rows; B.n_bytes = (uint64_t)f.rows * 4; B.data = b;
    for (fast = 0; fast < 2; fast++) {
        vkr__cpu cpu;
        int64_t bad = 0;
        cpu_init(&cpu, fast != 0, vkr__pick_qmm(NULL), 2, f.cols);
        for (i = 0; i < NTOK * f.rows; i++) y[i] = 1.0f;
        vkr__matmul(&cpu, &f.W, &B, xs, NTOK, ldx, y, f.rows, true);
        cpu_free(&cpu);
        for (i = 0; i < NTOK; i++)
            for (r = 0; r < f.rows; r++) {
                float want = f.ref[i * f.rows + r] + b[r] + 1.0f;
                bad += !(fabsf(y[i * f.rows + r] - want) <= (fast ? f.sq[i * f.rows + r] : 1e-5f * f.sabs[i * f.rows + r]) + 1e-5f);
            }
        CHECK(bad == 0, "%s: %lld outputs of y += x·Wᵀ + b with a row stride are wrong", fast ? "FAST" : "F32", (long long)bad);
    }
    free(xs); free(y); free(b);
    fixture_free(&f);
}

/* 8-bit activations as llama.cpp makes them: Q8_0's scale is max|x|/127 in
   f16, Q8_K's −max/127 with the bsums of 16. */
static void test_q8_rows(void) {
    float x[256], d[8], s[8];
    int8_t q[256];
    int16_t bs[16];
    int j, sum = 0;
    for (j = 0; j < 256; j++) x[j] = (float)(j % 37) / 10.0f - 1.5f;
    x[5] = -4.0f;
    vkr__q8_row(x, 32, false, q, d, s, bs);
    CHECK(d[0] == vkr_f16_to_f32(vkr_f32_to_f16(4.0f / 127)) && q[5] == -127, "Q8_0 d %g q %d", d[0], q[5]);
    for (j = 0; j < 32; j++) sum += q[j];
    CHECK(s[0] == vkr_f16_to_f32(vkr_f32_to_f16((float)sum * (4.0f / 127))), "Q8_1 s %g", s[0]);
    vkr__q8_row(x, 256, true, q, d, s, bs);
    CHECK(d[0] == 1 / (-127.0f / -4.0f) && q[5] == -127 && q[0] == (int8_t)rintf(-1.5f * (127.0f / 4.0f)), "Q8_K d %g q %d %d", d[0], q[5], q[0]);
    for (sum = 0, j = 16; j < 32; j++) sum += q[j];
    CHECK(bs[1] == sum, "Q8_K bsum %d vs %d", bs[1], sum);
}

int main(void) {
    const char *n = "portable";
    vkr__pick_qmm(&n);
    fprintf(stderr, "  block product: %s\n", n);
    VT_RUN(test_q8_rows);
    VT_RUN(test_f32_matches_portable);
    VT_RUN(test_fast_matches_twin_and_f32);
    VT_RUN(test_wrong_scale_is_caught);
    VT_RUN(test_bias_add_stride);
    return vt_finish();
}
