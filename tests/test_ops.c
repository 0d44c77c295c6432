/* Every op of the forward walk through both executors: the CPU executor runs
   its plain-C twin (vkr__cpu_*), the Vulkan executor records its kernel
   (the shaders); the same op struct, the same inputs, awkward sizes, and
   the outputs compared (normalised mean squared error ≤ 1e-7 for norms, RoPE
   and elementwise ops, ≤ 1e-6 for products and attention; the fp16
   cooperative-matrix matmul ≤ 5e-4). The test never re-derives the math: the
   CPU twin is the oracle. Runs on any Vulkan device (lavapipe in CI) with
   validation on when installed; without one it skips, unless
   VALKYR_TEST_REQUIRE_VULKAN=1 makes that a failure. */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"
#include <math.h>
#ifndef _WIN32
#  include <dlfcn.h>
#endif

static vkr_gpu *G;
static vkr__cpu CPU;
static vkr_allocator A;

static uint64_t rng = 88172645463325252ull;
static float frand(void) {   /* uniform in [-1, 1) */
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (float)((double)(rng >> 11) / 9007199254740992.0 * 2.0 - 1.0);
}
static void fill(float *x, size_t n, float scale) { size_t i; for (i = 0; i < n; i++) x[i] = frand() * scale; }

static double nmse(const float *got, const float *want, size_t n) {
    double e = 0, s = 0;
    size_t i;
    for (i = 0; i < n; i++) { double d = (double)got[i] - want[i]; e += d * d; s += (double)want[i] * want[i]; }
    return s > 0 ? e / s : e;
}

/* A random weight tensor of a dtype (rows × cols; a vector when rows == 0). */
typedef struct wt { void *raw; vkr_tensor t; } wt;
static wt make_w(vkr_dtype dt, int64_t rows, int64_t cols, float scale, float offset) {
    wt w;
    int64_t i, n = (rows ? rows : 1) * cols;
    memset(&w, 0, sizeof w);
    w.raw = malloc((size_t)n * 4 + 4);
    for (i = 0; i < n; i++) {
        float f = frand() * scale + offset;
        if (dt == VKR_DTYPE_F32) ((float *)w.raw)[i] = f;
        else if (dt == VKR_DTYPE_BF16) ((uint16_t *)w.raw)[i] = vkr_f32_to_bf16(f);
        else ((uint16_t *)w.raw)[i] = vkr_f32_to_f16(f);
    }
    w.t.name = "w";
    w.t.dtype = dt;
    w.t.n_dims = rows ? 2 : 1;
    w.t.shape[0] = rows ? rows : cols;
    w.t.shape[1] = cols;
    w.t.n_elems = n;
    w.t.n_bytes = (uint64_t)(n * (dt == VKR_DTYPE_F32 ? 4 : 2));
    w.t.data = w.raw;
    return w;
}
static const vkr_dtype dtypes[3] = {VKR_DTYPE_F32, VKR_DTYPE_BF16, VKR_DTYPE_F16};

/* A random matrix in llama.cpp's blocks: random bytes (quants, qh bits,
   Q6_K's signed sub-scales, the K types' packed 6-bit scales) with small
   sane f16 block scales (and mins): weights of a few hundredths, as in a
   trained model's files. */
static const vkr_dtype qtypes[8] = {VKR_DTYPE_Q8_0, VKR_DTYPE_Q4_0, VKR_DTYPE_Q4_1, VKR_DTYPE_Q5_0,
                                    VKR_DTYPE_Q5_1, VKR_DTYPE_Q4_K, VKR_DTYPE_Q5_K, VKR_DTYPE_Q6_K};
static void put_f16(uint8_t *p, float f) { uint16_t h = vkr_f32_to_f16(f); memcpy(p, &h, 2); }
static wt make_qw(vkr_dtype dt, int64_t rows, int64_t cols) {
    wt w;
    int64_t be, bb, nb, i;
    uint8_t *p;
    vkr_dtype_block(dt, &be, &bb);
    nb = rows * (cols / be);
    memset(&w, 0, sizeof w);
    w.raw = malloc((size_t)(nb * bb) + 1);
    p = (uint8_t *)w.raw;
    for (i = 0; i < nb * bb; i++) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; p[i] = (uint8_t)(rng >> 29); }
    for (i = 0; i < nb; i++) {
        uint8_t *b = p + i * bb;
        float d = 0.5f + 0.5f * frand();   /* in (0, 1) */
        switch (dt) {
        case VKR_DTYPE_Q8_0: put_f16(b, d * 0.0005f); break;
        case VKR_DTYPE_Q4_0: case VKR_DTYPE_Q5_0: put_f16(b, d * 0.005f); break;
        case VKR_DTYPE_Q4_1: case VKR_DTYPE_Q5_1: put_f16(b, d * 0.005f); put_f16(b + 2, frand() * 0.05f); break;
        case VKR_DTYPE_Q4_K: case VKR_DTYPE_Q5_K: put_f16(b, d * (dt == VKR_DTYPE_Q5_K ? 0.0001f : 0.0002f)); put_f16(b + 2, (0.5f + 0.5f * frand()) * 0.0002f); break;
        case VKR_DTYPE_Q6_K: put_f16(b + 208, d * 0.00004f); break;   /* f16 subnormals, as in real files */
        default: break;
        }
    }
    w.t.name = "wq";
    w.t.dtype = dt;
    w.t.n_dims = 2;
    w.t.shape[0] = rows;
    w.t.shape[1] = cols;
    w.t.n_elems = rows * cols;
    w.t.n_bytes = (uint64_t)(nb * bb);
    w.t.data = w.raw;
    return w;
}

/* max over the vector of |got − want| / max(1, |want|) */
static double max_rel(const float *got, const float *want, size_t n) {
    double m = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        double d = fabs((double)got[i] - want[i]) / fmax(1.0, fabs((double)want[i]));
        if (!(d <= m)) m = d;   /* NaN counts */
    }
    return m;
}

/* Both executors over the same slots: host arrays for the CPU, host-visible
   buffers for the GPU, filled with the same values. */
typedef struct both {
    vkr__cpux X;
    vkr__vksess *v;
    size_t bytes[VKR__S_COUNT];
    float *kc, *vc, *cs, *sn;
    int64_t n_layers, n_ctx, half;
    size_t kv_bytes;
    vkr__row rows[128];
    int64_t nb;
} both;

static bool both_new(both *B, const size_t *bytes, int64_t n_layers, size_t kv_floats, int64_t n_ctx, int64_t half, int64_t nb, bool fast) {
    int64_t k, p, j;
    memset(B, 0, sizeof *B);
    memcpy(B->bytes, bytes, sizeof B->bytes);
    B->n_layers = n_layers; B->n_ctx = n_ctx; B->half = half; B->nb = nb; B->kv_bytes = kv_floats * 4;
    B->cs = (float *)calloc((size_t)(n_ctx * half + 1), 4);
    B->sn = (float *)calloc((size_t)(n_ctx * half + 1), 4);
    for (p = 0; p < n_ctx; p++)
        for (j = 0; j < half; j++) {
            double a = (double)p * pow(10000.0, -2.0 * (double)j / (double)(2 * half));
            B->cs[p * half + j] = (float)cos(a);
            B->sn[p * half + j] = (float)sin(a);
        }
    if (vkr__vk_exec_new(G, bytes, n_layers, B->kv_bytes ? B->kv_bytes : 4, n_ctx, half, B->cs, B->sn, nb, &B->v) != VKR_OK) return false;
    B->v->fast_mm = fast && G->cm;
    B->X.cpu = &CPU;
    for (k = 0; k < VKR__S_COUNT; k++) {
        if (!bytes[k]) continue;
        B->X.slot[k] = (float *)malloc(bytes[k]);
        fill(B->X.slot[k], bytes[k] / 4, 2.0f);
        memcpy(B->v->slot[k].map, B->X.slot[k], bytes[k]);
    }
    B->kc = (float *)calloc(kv_floats * (size_t)n_layers + 1, 4);
    B->vc = (float *)calloc(kv_floats * (size_t)n_layers + 1, 4);
    fill(B->kc, kv_floats * (size_t)n_layers, 1.0f);
    fill(B->vc, kv_floats * (size_t)n_layers, 1.0f);
    for (k = 0; k < n_layers; k++) {
        memcpy(B->v->kc[k].map, B->kc + (size_t)k * kv_floats, kv_floats * 4);
        memcpy(B->v->vc[k].map, B->vc + (size_t)k * kv_floats, kv_floats * 4);
    }
    B->X.k_cache = B->kc; B->X.v_cache = B->vc; B->X.n_ctx = n_ctx;
    B->X.cos_g = B->X.cos_l = B->cs; B->X.sin_g = B->X.sin_l = B->sn;
    B->X.scores = (float *)malloc((size_t)(n_ctx * CPU.pool.n_threads + 1) * 4);
    B->X.rows = B->rows;
    for (k = 0; k < nb; k++) { B->rows[k].id = (uint32_t)k; B->rows[k].pos = (uint32_t)k; }
    return true;
}

static void both_free(both *B) {
    int k;
    for (k = 0; k < VKR__S_COUNT; k++) free(B->X.slot[k]);
    free(B->kc); free(B->vc); free(B->cs); free(B->sn); free(B->X.scores);
    vkr__vk_sess_free(B->v);
}

/* Runs one op on both; false when either executor fails. */
static bool both_run(both *B, const vkr__op *op) {
    const vkr_tensor *ts[3];
    ts[0] = op->w; ts[1] = op->w2; ts[2] = op->b;
    if (vkr__cpu_run(&B->X, op, 1) != VKR_OK) return false;
    if (vkr__vk_exec_weights(B->v, ts, 3) != VKR_OK) return false;
    return vkr__vk_exec_ops(B->v, op, 1, B->rows, B->nb) == VKR_OK;
}

static double slot_err(both *B, vkr__slot s) { return nmse((const float *)B->v->slot[s].map, B->X.slot[s], B->bytes[s] / 4); }

/* ---- the ops ---------------------------------------------------------------- */

/* rmsnorm: each dtype, w and 1 + w, the add mode, a first row past 0 */
static void test_rmsnorm(void) {
    static const int64_t dims[] = {1, 37, 256, 1000, 2051};
    size_t di, ti;
    for (di = 0; di < sizeof dims / sizeof dims[0]; di++)
        for (ti = 0; ti < 3; ti++) {
            int64_t d = dims[di], nb = 3;
            size_t bytes[VKR__S_COUNT] = {0};
            wt w = make_w(dtypes[ti], 0, d, 1.0f, 0.0f);
            both B;
            vkr__op op;
            double e;
            bytes[VKR__S_X] = bytes[VKR__S_XN] = (size_t)(nb * d) * 4;
            REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, nb, false));
            memset(&op, 0, sizeof op);
            op.kind = VKR__OP_RMSNORM; op.layer = -1; op.w = &w.t; op.in = VKR__S_X; op.out = VKR__S_XN;
            op.first = 1; op.rows = nb - 1;
            op.p.norm.d = (uint32_t)d; op.p.norm.row0 = 1; op.p.norm.eps = 1e-5f; op.p.norm.plus_one = (uint32_t)(di & 1); op.p.norm.add = (uint32_t)(ti == 1);
            REQUIRE(both_run(&B, &op));
            e = slot_err(&B, VKR__S_XN);
            CHECK(e <= 1e-7, "rmsnorm d=%lld dtype %d plus_one %d add %d: nmse %g", (long long)d, (int)ti, (int)(di & 1), (int)(ti == 1), e);
            both_free(&B);
            free(w.raw);
        }
}

/* linear: matvec (≤ 8 tokens) and matmul (more), dtypes, odd sizes, bias,
   accumulate, soft-cap, strided rows and offsets; the fp16 cooperative
   matmul when the device has it */
static void check_linear(bool fast, bool invariant) {
    static const int64_t shapes[][3] = {{1, 1, 1}, {37, 33, 1}, {100, 64, 3}, {257, 96, 8}, {130, 200, 9}, {65, 31, 70}, {300, 128, 64},
                                        {64, 1024, 2}, {40, 2056, 1}, {200, 96, 100}, {129, 256, 33}};
    size_t si, ti;
    for (si = 0; si < sizeof shapes / sizeof shapes[0]; si++)
        for (ti = 0; ti < 3; ti++) {
            int64_t rows = shapes[si][0], cols = shapes[si][1], nt = shapes[si][2];
            int64_t xs = cols + (fast ? 4 : 3), ys = rows + 5, xo = fast ? 4 : 5, yo = 2;
            size_t bytes[VKR__S_COUNT] = {0};
            wt w = make_w(dtypes[ti], rows, cols, 0.5f, 0.0f), b = make_w(dtypes[(ti + 1) % 3], 0, rows, 1.0f, 0.0f);
            both B;
            vkr__op op;
            double e;
            bytes[VKR__S_XN] = (size_t)(nt * xs + xo) * 4;
            bytes[VKR__S_X] = (size_t)(nt * ys + yo) * 4;
            REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, 1, fast));
            B.v->batch_invariant = invariant;   /* matvec.comp for every token count */
            memset(&op, 0, sizeof op);
            op.kind = VKR__OP_LINEAR; op.layer = -1; op.w = &w.t; op.b = ti != 1 ? &b.t : NULL; op.in = VKR__S_XN; op.out = VKR__S_X; op.rows = nt;
            op.p.linear.rows = (uint32_t)rows; op.p.linear.cols = (uint32_t)cols; op.p.linear.ntok = (uint32_t)nt;
            op.p.linear.x_off = (uint32_t)xo; op.p.linear.x_stride = (uint32_t)xs; op.p.linear.y_off = (uint32_t)yo; op.p.linear.y_stride = (uint32_t)ys;
            op.p.linear.has_bias = ti != 1; op.p.linear.add = (uint32_t)((si + ti) & 1); op.p.linear.softcap = si == 3 ? 2.0f : 0.0f;
            REQUIRE(both_run(&B, &op));
            e = slot_err(&B, VKR__S_X);
            CHECK(e <= (fast ? 5e-4 : 1e-6), "linear%s %lldx%lld, %lld tokens, dtype %d: nmse %g", fast ? " (fast)" : invariant ? " (matvec)" : "", (long long)rows,
                  (long long)cols, (long long)nt, (int)ti, e);
            both_free(&B);
            free(w.raw); free(b.raw);
        }
}
static void test_linear(void) { check_linear(false, false); }
/* the F32 precision's GPU path: matvec.comp at every token count */
static void test_linear_matvec_any_batch(void) { check_linear(false, true); }
static void test_linear_fast(void) {
    if (!G->cm) SKIP("the device has no cooperative matrices");
    check_linear(true, false);
}

/* linear with weights in llama.cpp's blocks (matvec_q.comp; matmul.comp /
   matmul_cm.comp decoding their tiles): every type, rows not a multiple of
   the workgroup's 4, rows of 1 to 40 blocks (1280 or 2304 weights), 1, 3, 5, 9,
   12 and 70 tokens, bias,
   add, soft-cap, unaligned and aligned x; two shapes split into many pieces
   (a pretend maxStorageBufferRange of 7 rows and a bit). Within 1e-5 of the CPU
   (per element |Δ| / max(1, |ref|)); and one-hot tokens (token t: 1 at
   position t of a block, 0 elsewhere), where every sum is a single weight,
   must agree bit for bit: every weight position of a block, in every row,
   as the twin decodes it. */
static void check_linear_q(bool fast, bool invariant) {
    /* rows, blocks a row (32-types), blocks a row (K types), tokens, pieces */
    static const int64_t shapes[][5] = {{1, 1, 1, 1, 0}, {37, 3, 3, 5, 0}, {70, 40, 9, 1, 0}, {129, 5, 5, 70, 0}, {6, 9, 2, 9, 0}, {83, 5, 5, 3, 1}, {45, 2, 2, 12, 1}};
    size_t si, ti;
    for (ti = 0; ti < 8; ti++)
        for (si = 0; si < sizeof shapes / sizeof shapes[0]; si++) {
            vkr_dtype dt = qtypes[ti];
            int64_t be, rows = shapes[si][0], cols, nt = shapes[si][3];
            bool aligned = fast || (si & 1);
            int64_t xs, ys, xo, yo = 3;
            size_t bytes[VKR__S_COUNT] = {0};
            uint64_t range = G->info.max_storage_buffer_range;
            wt w, b;
            both B;
            vkr__op op;
            double e;
            vkr_dtype_block(dt, &be, NULL);
            cols = shapes[si][be == 32 ? 1 : 2] * be;
            xs = cols + (aligned ? 4 : 3); xo = aligned ? 8 : 5; ys = rows + 5;
            w = make_qw(dt, rows, cols);
            b = make_w(dtypes[si % 3], 0, rows, 1.0f, 0.0f);
            bytes[VKR__S_XN] = (size_t)(nt * xs + xo) * 4;
            bytes[VKR__S_X] = (size_t)(nt * ys + yo) * 4;
            REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, 1, fast));
            B.v->batch_invariant = invariant;
            if (shapes[si][4]) G->info.max_storage_buffer_range = (uint64_t)vkr_dtype_row_bytes(dt, cols) * 7 + 9;   /* 7-12 pieces of 6 rows */
            memset(&op, 0, sizeof op);
            op.kind = VKR__OP_LINEAR; op.layer = -1; op.w = &w.t; op.b = si % 3 != 1 ? &b.t : NULL; op.in = VKR__S_XN; op.out = VKR__S_X; op.rows = nt;
            op.p.linear.rows = (uint32_t)rows; op.p.linear.cols = (uint32_t)cols; op.p.linear.ntok = (uint32_t)nt;
            op.p.linear.x_off = (uint32_t)xo; op.p.linear.x_stride = (uint32_t)xs; op.p.linear.y_off = (uint32_t)yo; op.p.linear.y_stride = (uint32_t)ys;
            op.p.linear.has_bias = si % 3 != 1; op.p.linear.add = (uint32_t)((si + ti) & 1); op.p.linear.softcap = si == 4 ? 3.0f : 0.0f;
            REQUIRE(both_run(&B, &op));
            G->info.max_storage_buffer_range = range;
            e = max_rel((const float *)B.v->slot[VKR__S_X].map, B.X.slot[VKR__S_X], B.bytes[VKR__S_X] / 4);
            CHECK(e <= (fast ? 2e-2 : 1e-5), "linear %s%s %lldx%lld, %lld tokens%s%s: max rel err %g", vkr_dtype_name(dt),
                  fast ? " (fast)" : invariant ? " (matvec)" : "", (long long)rows, (long long)cols, (long long)nt,
                  op.p.linear.has_bias ? ", bias" : "", op.p.linear.add ? ", add" : "", e);
            both_free(&B);
            free(b.raw);
            if (si == 1) {   /* one-hot tokens: every weight position of a block, exactly */
                int64_t t, n1 = VKR__MIN(cols, (int64_t)256), nblk = cols / n1;
                memset(bytes, 0, sizeof bytes);
                bytes[VKR__S_XN] = (size_t)(n1 * cols) * 4;
                bytes[VKR__S_X] = (size_t)(n1 * rows) * 4;
                REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, 1, fast));
                B.v->batch_invariant = invariant;
                memset(B.X.slot[VKR__S_XN], 0, bytes[VKR__S_XN]);
                for (t = 0; t < n1; t++) B.X.slot[VKR__S_XN][t * cols + t + n1 * (t % nblk)] = 1.0f;   /* position t of block t mod nblk */
                memcpy(B.v->slot[VKR__S_XN].map, B.X.slot[VKR__S_XN], bytes[VKR__S_XN]);
                memset(&op, 0, sizeof op);
                op.kind = VKR__OP_LINEAR; op.layer = -1; op.w = &w.t; op.in = VKR__S_XN; op.out = VKR__S_X; op.rows = n1;
                op.p.linear.rows = (uint32_t)rows; op.p.linear.cols = (uint32_t)cols; op.p.linear.ntok = (uint32_t)n1;
                op.p.linear.x_stride = (uint32_t)cols; op.p.linear.y_stride = (uint32_t)rows;
                REQUIRE(both_run(&B, &op));
                if (fast) {   /* fp16 tiles: each weight rounded to fp16 */
                    e = max_rel((const float *)B.v->slot[VKR__S_X].map, B.X.slot[VKR__S_X], B.bytes[VKR__S_X] / 4);
                    CHECK(e <= 1e-3, "linear %s (fast) one-hot %lldx%lld: max rel err %g", vkr_dtype_name(dt), (long long)rows, (long long)cols, e);
                } else {
                    size_t i, n = B.bytes[VKR__S_X] / 4, bad = 0;
                    const float *g = (const float *)B.v->slot[VKR__S_X].map;
                    for (i = 0; i < n; i++) bad += g[i] != B.X.slot[VKR__S_X][i];
                    CHECK(bad == 0, "linear %s%s one-hot %lldx%lld: %zu of %zu weights differ from the twin's (first: %g vs %g)", vkr_dtype_name(dt),
                          invariant ? " (matvec)" : "", (long long)rows, (long long)cols, bad, n, (double)g[0], (double)B.X.slot[VKR__S_X][0]);
                }
                both_free(&B);
            }
            free(w.raw);
        }
}
static void test_linear_quant(void) { check_linear_q(false, false); }
/* the F32 precision's GPU path: matvec_q.comp at every token count */
static void test_linear_quant_matvec_any_batch(void) { check_linear_q(false, true); }
static void test_linear_quant_fast(void) {
    if (!G->cm) SKIP("the device has no cooperative matrices");
    check_linear_q(true, false);
}

/* F32 precision's contract on the GPU: a token's outputs are bit for bit the
   same whatever the batch holds (matvec_q.comp at 11 tokens and at 1) */
static void test_linear_quant_batch_invariant(void) {
    size_t ti;
    for (ti = 0; ti < 8; ti++) {
        int64_t be, rows = 13, cols, nt = 11, t, bad = 0;
        size_t bytes[VKR__S_COUNT] = {0};
        wt w;
        both B;
        vkr__op op;
        float *all;
        vkr_dtype_block(qtypes[ti], &be, NULL);
        cols = 2 * be;
        w = make_qw(qtypes[ti], rows, cols);
        bytes[VKR__S_XN] = (size_t)(nt * cols) * 4;
        bytes[VKR__S_X] = (size_t)(nt * rows) * 4;
        all = (float *)malloc(bytes[VKR__S_X]);
        REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, 1, false));
        B.v->batch_invariant = true;
        memset(&op, 0, sizeof op);
        op.kind = VKR__OP_LINEAR; op.layer = -1; op.w = &w.t; op.in = VKR__S_XN; op.out = VKR__S_X; op.rows = nt;
        op.p.linear.rows = (uint32_t)rows; op.p.linear.cols = (uint32_t)cols; op.p.linear.ntok = (uint32_t)nt;
        op.p.linear.x_stride = (uint32_t)cols; op.p.linear.y_stride = (uint32_t)rows;
        REQUIRE(both_run(&B, &op));
        memcpy(all, B.v->slot[VKR__S_X].map, bytes[VKR__S_X]);
        memset(B.v->slot[VKR__S_X].map, 0x7f, bytes[VKR__S_X]);   /* every output must be written again */
        for (t = 0; t < nt; t++) {   /* token t alone */
            int64_t r;
            op.rows = 1; op.p.linear.ntok = 1;
            op.p.linear.x_off = (uint32_t)(t * cols); op.p.linear.y_off = (uint32_t)(t * rows);
            REQUIRE(vkr__vk_exec_ops(B.v, &op, 1, B.rows, 1) == VKR_OK);
            for (r = 0; r < rows; r++) bad += ((const float *)B.v->slot[VKR__S_X].map)[t * rows + r] != all[t * rows + r];
        }
        CHECK(bad == 0, "linear %s: %lld outputs differ between a batch of %lld and one token at a time", vkr_dtype_name(qtypes[ti]), (long long)bad, (long long)nt);
        both_free(&B);
        free(w.raw); free(all);
    }
}

/* embed from llama.cpp's blocks: every type, exactly the twin's values */
static void test_embed_quant(void) {
    size_t ti;
    for (ti = 0; ti < 8; ti++) {
        int64_t be, V = 301, d, nb = 6, i;
        size_t bytes[VKR__S_COUNT] = {0}, n, bad = 0;
        wt E;
        both B;
        vkr__op op;
        vkr_dtype_block(qtypes[ti], &be, NULL);
        d = be * (ti & 1 ? 3 : 1);
        E = make_qw(qtypes[ti], V, d);
        bytes[VKR__S_X] = (size_t)(nb * d) * 4;
        REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, nb, false));
        for (i = 0; i < nb; i++) B.rows[i].id = (uint32_t)((i * 97 + 5) % V);
        B.rows[2].id = (uint32_t)(V - 1);
        memset(&op, 0, sizeof op);
        op.kind = VKR__OP_EMBED; op.layer = -1; op.w = &E.t; op.out = VKR__S_X; op.rows = nb;
        op.p.embed.d = (uint32_t)d; op.p.embed.rows = (uint32_t)V; op.p.embed.scale = ti & 2 ? 6.08f : 1.0f;
        REQUIRE(both_run(&B, &op));
        n = bytes[VKR__S_X] / 4;
        for (i = 0; i < (int64_t)n; i++) bad += ((const float *)B.v->slot[VKR__S_X].map)[i] != B.X.slot[VKR__S_X][i];
        CHECK(bad == 0, "embed %s d=%lld: %zu of %zu values differ", vkr_dtype_name(qtypes[ti]), (long long)d, bad, n);
        both_free(&B);
        free(E.raw);
    }
}

/* rope_kv: q/k norm on and off (w and 1 + w), partial rotary, GQA, rows at
   scattered positions; q, k and both caches compared */
static void test_rope_kv(void) {
    static const int64_t cfg[][5] = {{4, 2, 64, 64, 0}, {3, 1, 24, 12, 1}, {2, 2, 128, 32, 2}, {8, 8, 256, 256, 1}};   /* nh nkv hd rot qk_norm */
    size_t ci;
    for (ci = 0; ci < sizeof cfg / sizeof cfg[0]; ci++) {
        int64_t nh = cfg[ci][0], nkv = cfg[ci][1], hd = cfg[ci][2], rot = cfg[ci][3], qkn = cfg[ci][4], nb = 5, n_ctx = 40, kvd = nkv * hd, i;
        size_t bytes[VKR__S_COUNT] = {0};
        wt qn = make_w(VKR_DTYPE_BF16, 0, hd, 0.5f, qkn == 2 ? 0.0f : 1.0f), kn = make_w(VKR_DTYPE_BF16, 0, hd, 0.5f, 1.0f);
        both B;
        vkr__op op;
        double eq, ek, ekc, evc;
        bytes[VKR__S_Q] = (size_t)(nb * nh * hd) * 4;
        bytes[VKR__S_K] = bytes[VKR__S_V] = (size_t)(nb * kvd) * 4;
        REQUIRE(both_new(&B, bytes, 2, (size_t)(kvd * n_ctx), n_ctx, rot / 2, nb, false));
        for (i = 0; i < nb; i++) B.rows[i].pos = (uint32_t)(3 + i * 7);   /* rows need not be consecutive */
        memset(&op, 0, sizeof op);
        op.kind = VKR__OP_ROPE_KV; op.layer = 1; op.w = qkn ? &qn.t : NULL; op.w2 = qkn ? &kn.t : NULL;
        op.in = VKR__S_Q; op.in2 = VKR__S_K; op.out = VKR__S_KV; op.rows = nb; op.local = ci & 1;
        op.p.rope.nh = (uint32_t)nh; op.p.rope.nkv = (uint32_t)nkv; op.p.rope.hd = (uint32_t)hd; op.p.rope.rot = (uint32_t)rot;
        op.p.rope.n_ctx = (uint32_t)n_ctx; op.p.rope.qk_norm = qkn != 0; op.p.rope.plus_one = qkn == 2; op.p.rope.eps = 1e-6f;
        REQUIRE(both_run(&B, &op));
        eq = slot_err(&B, VKR__S_Q);
        ek = slot_err(&B, VKR__S_K);
        ekc = nmse((const float *)B.v->kc[1].map, B.kc + kvd * n_ctx, (size_t)(kvd * n_ctx));
        evc = nmse((const float *)B.v->vc[1].map, B.vc + kvd * n_ctx, (size_t)(kvd * n_ctx));
        CHECK(eq <= 1e-7 && ek <= 1e-7 && ekc <= 1e-7 && evc <= 1e-7, "rope_kv nh %lld nkv %lld hd %lld rot %lld qk_norm %lld: nmse q %g k %g kc %g vc %g",
              (long long)nh, (long long)nkv, (long long)hd, (long long)rot, (long long)qkn, eq, ek, ekc, evc);
        both_free(&B);
        free(qn.raw); free(kn.raw);
    }
}

/* attention: GQA and MQA, sliding windows, soft-capping, one row (split-K
   with its merge) and many, rows at scattered positions */
static void test_attention(void) {
    static const int64_t cfg[][6] = {{4, 2, 64, 1, 0, 0}, {4, 1, 32, 7, 5, 0}, {8, 8, 128, 3, 0, 1}, {2, 2, 256, 1, 9, 1}, {6, 3, 16, 40, 0, 0}};
    size_t ci;
    for (ci = 0; ci < sizeof cfg / sizeof cfg[0]; ci++) {
        int64_t nh = cfg[ci][0], nkv = cfg[ci][1], hd = cfg[ci][2], nb = cfg[ci][3], win = cfg[ci][4], n_ctx = 300, kvd = nkv * hd, i;
        size_t bytes[VKR__S_COUNT] = {0};
        both B;
        vkr__op op;
        double e;
        bytes[VKR__S_Q] = (size_t)(nb * nh * hd) * 4;
        bytes[VKR__S_ATT] = (size_t)(nb * nh * hd) * 4;
        REQUIRE(both_new(&B, bytes, 1, (size_t)(kvd * n_ctx), n_ctx, 1, nb, false));
        /* one row, rows one after another (the kernel's uniform-position path), rows anywhere */
        for (i = 0; i < nb; i++) B.rows[i].pos = (uint32_t)(nb == 1 ? 257 : ci == 2 ? 200 + i : (i * 37) % n_ctx);
        memset(&op, 0, sizeof op);
        op.kind = VKR__OP_ATTENTION; op.layer = 0; op.in = VKR__S_Q; op.in2 = VKR__S_KV; op.out = VKR__S_ATT; op.rows = nb;
        op.p.attn.nh = (uint32_t)nh; op.p.attn.nkv = (uint32_t)nkv; op.p.attn.hd = (uint32_t)hd; op.p.attn.n_ctx = (uint32_t)n_ctx;
        op.p.attn.window = (uint32_t)win; op.p.attn.scale = 1.0f / sqrtf((float)hd); op.p.attn.softcap = cfg[ci][5] ? 5.0f : 0.0f; op.p.attn.splits = 1;
        REQUIRE(both_run(&B, &op));
        e = slot_err(&B, VKR__S_ATT);
        CHECK(e <= 1e-6, "attention nh %lld nkv %lld hd %lld rows %lld window %lld: nmse %g", (long long)nh, (long long)nkv, (long long)hd,
              (long long)nb, (long long)win, e);
        both_free(&B);
    }
}

/* glu: SiLU, GELU-tanh, exact GELU over odd lengths */
static void test_glu(void) {
    static const int64_t ns[] = {1, 255, 257, 70001};
    size_t ni;
    uint32_t act;
    for (ni = 0; ni < sizeof ns / sizeof ns[0]; ni++)
        for (act = 0; act < 3; act++) {
            size_t bytes[VKR__S_COUNT] = {0};
            both B;
            vkr__op op;
            double e;
            bytes[VKR__S_FFN_G] = bytes[VKR__S_FFN_U] = (size_t)ns[ni] * 4;
            REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, 1, false));
            memset(&op, 0, sizeof op);
            op.kind = VKR__OP_GLU; op.layer = 0; op.in = VKR__S_FFN_U; op.out = VKR__S_FFN_G; op.rows = 1;
            op.p.glu.n = (uint32_t)ns[ni]; op.p.glu.act = act;
            REQUIRE(both_run(&B, &op));
            e = slot_err(&B, VKR__S_FFN_G);
            CHECK(e <= 1e-7, "glu n %lld act %u: nmse %g", (long long)ns[ni], act, e);
            both_free(&B);
        }
}

/* embed: each dtype, a scale, repeated and far-apart ids */
static void test_embed(void) {
    size_t ti;
    for (ti = 0; ti < 3; ti++) {
        int64_t V = 1001, d = 37, nb = 6, i;
        size_t bytes[VKR__S_COUNT] = {0};
        wt E = make_w(dtypes[ti], V, d, 1.0f, 0.0f);
        both B;
        vkr__op op;
        double e;
        bytes[VKR__S_X] = (size_t)(nb * d) * 4;
        REQUIRE(both_new(&B, bytes, 0, 0, 4, 1, nb, false));
        for (i = 0; i < nb; i++) B.rows[i].id = (uint32_t)((i * 397 + 5) % V);
        B.rows[3].id = B.rows[1].id;
        memset(&op, 0, sizeof op);
        op.kind = VKR__OP_EMBED; op.layer = -1; op.w = &E.t; op.out = VKR__S_X; op.rows = nb;
        op.p.embed.d = (uint32_t)d; op.p.embed.rows = (uint32_t)V; op.p.embed.scale = ti == 2 ? 6.08f : 1.0f;
        REQUIRE(both_run(&B, &op));
        e = slot_err(&B, VKR__S_X);
        CHECK(e <= 1e-12, "embed dtype %d: nmse %g", (int)ti, e);
        both_free(&B);
        free(E.raw);
    }
}

/* Every op kind of the walk has a twin here and a kernel there: the op list
   of a real model mentions only kinds both executors run. */
static void test_every_kind_covered(void) {
    static const int kinds[] = {VKR__OP_EMBED, VKR__OP_RMSNORM, VKR__OP_LINEAR, VKR__OP_ROPE_KV, VKR__OP_ATTENTION, VKR__OP_GLU};
    CHECK(sizeof kinds / sizeof kinds[0] == VKR__OP_COUNT, "an op kind without a test in test_ops.c");
}

int main(void) {
    vkr_gpu_desc gd;
    const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
    bool require = req && *req && strcmp(req, "0");
    vkr_result r;
#ifndef _WIN32
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);   /* see test_vulkan.c: keeps LeakSanitizer quiet about lavapipe */
#endif
    memset(&gd, 0, sizeof gd);
    gd.validation = true;
    if ((r = vkr_gpu_new(&gd, &G)) != VKR_OK) {
        if (r != VKR_ERR_NO_DEVICE) require = true;
        printf("%s no Vulkan device: %s\n", require ? "FAIL" : "skip", vkr_last_error());
        printf("#vt passed 0 failed %d skipped %d\n", require ? 1 : 0, require ? 0 : 1);
        return require ? 1 : 0;
    }
    memset(&CPU, 0, sizeof CPU);
    CPU.dot = vkr__pick_dot(NULL);
    CPU.mm4 = vkr__pick_mm4();
    CPU.mm4x1 = vkr__pick_mm4x1();
    CPU.attn_head = vkr__attn_head_ref;
    A = vkr__allocator(NULL);
    vkr__pool_init(&CPU.pool, 3, &A);
    VT_RUN(test_every_kind_covered);
    VT_RUN(test_embed);
    VT_RUN(test_rmsnorm);
    VT_RUN(test_linear);
    VT_RUN(test_linear_fast);
    VT_RUN(test_linear_matvec_any_batch);
    VT_RUN(test_linear_quant);
    VT_RUN(test_linear_quant_matvec_any_batch);
    VT_RUN(test_linear_quant_fast);
    VT_RUN(test_linear_quant_batch_invariant);
    VT_RUN(test_embed_quant);
    VT_RUN(test_rope_kv);
    VT_RUN(test_attention);
    VT_RUN(test_glu);
    CHECK(vkr_gpu_validation_messages(G) == 0, "validation messages: %lld", (long long)vkr_gpu_validation_messages(G));
    vkr__pool_free(&CPU.pool, &A);
    vkr_gpu_free(G);
    return vt_finish();
}
