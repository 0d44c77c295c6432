/* The Vulkan backend against its CPU twins: every kernel on random inputs of
   awkward sizes (normalised mean squared error ≤ 1e-7 for elementwise ops,
   ≤ 5e-4 for matmul-like ones, exact for argmax), then whole models: every
   parity fixture's logits within 1e-3 · max(1, |logit|) of transformers and
   greedy tokens identical to the CPU's, and stories260K's generations equal
   to the CPU's. Runs on any Vulkan device (lavapipe in CI) with the
   validation layer on when installed, and requires zero validation
   messages. Without a device the tests skip, unless
   VALKYR_TEST_REQUIRE_VULKAN=1 makes that a failure. */
#define VKR__VK_KEEP_NAMES   /* white-box: the Vulkan names valkyr's code uses stay, for G's insides */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"
#ifndef _WIN32
#  include <dlfcn.h>
#endif

/* lavapipe keeps a small allocation it never frees; held resident (never
   unloaded) it stays reachable, so LeakSanitizer (make test-asan) checks
   valkyr's own memory without noise from the driver. */
static void pin_driver(void) {
#ifndef _WIN32
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);
#endif
}
#include <math.h>

static vkr_gpu *G;

/* ---- helpers ------------------------------------------------------------ */

static uint64_t rng = 88172645463325252ull;
static float frand(void) {   /* uniform in [-1, 1) */
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (float)((double)(rng >> 11) / 9007199254740992.0 * 2.0 - 1.0);
}

/* A host-visible GPU buffer holding `bytes` (zeroed, or a copy of src). */
static VkBuffer made[4096];
static size_t n_made;
static VkBuffer gbuf(size_t bytes, const void *src, void **map) {
    vkr__vkbuf b;
    if (n_made == 4096 || vkr__vk_buffer(G, &G->blocks, &G->n_blocks, &G->cap_blocks, bytes, true, &b) != VKR_OK) return VK_NULL_HANDLE;
    made[n_made++] = b.b;
    memset(b.map, 0, (size_t)b.size);
    if (src) memcpy(b.map, src, bytes);
    if (map) *map = b.map;
    return b.b;
}

/* Runs one dispatch and waits for it. */
static bool run_op(const vkr__vkop *op) {
    VkDescriptorPool pool;
    VkDescriptorPoolSize ps = {VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, VKR__VK_BINDINGS};
    VkDescriptorPoolCreateInfo pi;
    VkDescriptorSetAllocateInfo ai;
    VkDescriptorSet set;
    VkCommandBufferAllocateInfo ci;
    VkCommandBufferBeginInfo bi;
    VkCommandBuffer cb;
    VkFenceCreateInfo fi;
    VkFence fence;
    bool ok;
    memset(&pi, 0, sizeof pi);
    pi.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO;
    pi.maxSets = 1; pi.poolSizeCount = 1; pi.pPoolSizes = &ps;
    if (G->vk.CreateDescriptorPool(G->dev, &pi, NULL, &pool) != VK_SUCCESS) return false;
    memset(&ai, 0, sizeof ai);
    ai.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO;
    ai.descriptorPool = pool; ai.descriptorSetCount = 1; ai.pSetLayouts = &G->dsl;
    G->vk.AllocateDescriptorSets(G->dev, &ai, &set);
    vkr__vk_write_set(G, set, op);
    memset(&ci, 0, sizeof ci);
    ci.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
    ci.commandPool = G->pool; ci.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ci.commandBufferCount = 1;
    G->vk.AllocateCommandBuffers(G->dev, &ci, &cb);
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
    G->vk.BeginCommandBuffer(cb, &bi);
    ok = vkr__vk_record(G, cb, set, op) == VKR_OK;
    vkr__vk_barrier(G, cb);
    G->vk.EndCommandBuffer(cb);
    memset(&fi, 0, sizeof fi);
    fi.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
    G->vk.CreateFence(G->dev, &fi, NULL, &fence);
    ok = ok && vkr__vk_submit(G, cb, fence) == VKR_OK;
    G->vk.DestroyFence(G->dev, fence, NULL);
    G->vk.FreeCommandBuffers(G->dev, G->pool, 1, &cb);
    G->vk.DestroyDescriptorPool(G->dev, pool, NULL);
    return ok;
}

/* Normalised mean squared error of got against want. */
static double nmse(const float *got, const float *want, size_t n) {
    double e = 0, s = 0;
    size_t i;
    for (i = 0; i < n; i++) { double d = (double)got[i] - want[i]; e += d * d; s += (double)want[i] * want[i]; }
    return s > 0 ? e / s : e;
}

/* Random weights of a dtype: raw bytes (for the GPU) and a tensor over them (for the CPU twin). */
typedef struct wt { void *raw; vkr_tensor t; } wt;
static wt make_w(vkr_dtype dt, int64_t rows, int64_t cols, float scale) {
    wt w;
    int64_t i, n = rows * cols;
    memset(&w, 0, sizeof w);
    w.raw = malloc((size_t)n * 4 + 4);
    for (i = 0; i < n; i++) {
        float f = frand() * scale;
        if (dt == VKR_DTYPE_F32) ((float *)w.raw)[i] = f;
        else if (dt == VKR_DTYPE_BF16) ((uint16_t *)w.raw)[i] = vkr_f32_to_bf16(f);
        else ((uint16_t *)w.raw)[i] = vkr_f32_to_f16(f);
    }
    w.t.name = "test";
    w.t.dtype = dt;
    w.t.n_dims = 2;
    w.t.shape[0] = rows; w.t.shape[1] = cols;
    w.t.n_elems = n;
    w.t.n_bytes = (uint64_t)(n * (dt == VKR_DTYPE_F32 ? 4 : 2));
    w.t.data = w.raw;
    return w;
}
static size_t wbytes(const wt *w) { return (size_t)w->t.n_bytes; }
static void fill(float *x, size_t n, float scale) { size_t i; for (i = 0; i < n; i++) x[i] = frand() * scale; }
static void put_f(uint32_t *push, int k, float f) { memcpy(&push[k], &f, 4); }

static const vkr_dtype dtypes[3] = {VKR_DTYPE_F32, VKR_DTYPE_BF16, VKR_DTYPE_F16};

/* ---- per-op tests --------------------------------------------------------- */

static void test_device(void) {
    const vkr_gpu_info *in = vkr_gpu_get_info(G);
    vkr_gpu_info list[8];
    int32_t n = 0;
    REQUIRE(in && in->usable);
    fprintf(stderr, "  device: %s (%s), subgroup %u, maxStorageBufferRange %llu MiB\n", in->name, in->driver, in->subgroup_size,
            (unsigned long long)(in->max_storage_buffer_range >> 20));
    CHECK(vkr_gpu_list(list, 8, &n) == VKR_OK && n >= 1);
    CHECK(n >= 1 && list[0].name[0]);
}

/* rmsnorm.comp vs vkr__rmsnorm: each dtype, w and 1 + w, the add mode, a row offset */
static void test_rmsnorm(void) {
    static const int64_t dims[] = {1, 37, 256, 1000, 2051};
    size_t di, ti;
    for (di = 0; di < sizeof dims / sizeof dims[0]; di++)
        for (ti = 0; ti < 3; ti++) {
            int64_t d = dims[di], rows = 3, i;
            wt w = make_w(dtypes[ti], 1, d, 1.0f);
            float *x = (float *)malloc((size_t)(rows * d) * 4), *want = (float *)malloc((size_t)(rows * d) * 4), *y0 = (float *)malloc((size_t)(rows * d) * 4);
            void *ym;
            vkr__vkop op;
            int plus_one = (int)(di & 1), add = (int)(ti == 1);
            w.t.n_dims = 1; w.t.shape[0] = d;
            fill(x, (size_t)(rows * d), 3.0f);
            fill(y0, (size_t)(rows * d), 1.0f);
            for (i = 0; i < rows * d; i++) want[i] = i < d ? y0[i] : 0;   /* row 0 is not touched (row0 = 1) */
            for (i = 1; i < rows; i++) {
                int64_t j;
                vkr__rmsnorm(want + i * d, x + i * d, &w.t, d, 1e-5, plus_one);
                if (add) for (j = 0; j < d; j++) want[i * d + j] += y0[i * d + j];
            }
            memset(&op, 0, sizeof op);
            op.kernel = VKR__K_RMSNORM; op.wt = vkr__vk_wtype(dtypes[ti]);
            op.buf[0] = gbuf(wbytes(&w), w.raw, NULL);
            op.buf[1] = gbuf((size_t)(rows * d) * 4, x, NULL);
            op.buf[2] = gbuf((size_t)(rows * d) * 4, y0, &ym);
            if (!add) memset(ym, 0, (size_t)(rows * d) * 4), memcpy(ym, y0, (size_t)d * 4);
            op.push[0] = (uint32_t)d; op.push[1] = 1; put_f(op.push, 2, 1e-5f); op.push[3] = (uint32_t)plus_one; op.push[4] = (uint32_t)add;
            op.gx = (uint32_t)(rows - 1);
            REQUIRE(run_op(&op));
            {
                double e = nmse((const float *)ym, want, (size_t)(rows * d));
                CHECK(e <= 1e-7, "rmsnorm d=%lld dtype %d plus_one %d add %d: nmse %g", (long long)d, (int)ti, plus_one, add, e);
            }
            free(x); free(want); free(y0); free(w.raw);
        }
}

/* matvec.comp (≤ 8 tokens) and matmul.comp (more) vs a plain dot product
   over vkr_tensor_read_f32: dtypes, odd sizes, bias, accumulate, soft-cap,
   strided input rows and a piece offset (row0). */
static double worst_fast;
static void check_linear(bool fast) {
    static const int64_t shapes[][3] = {{1, 1, 1}, {37, 33, 1}, {100, 64, 3}, {257, 96, 8}, {130, 200, 9}, {65, 31, 70}, {300, 128, 64}, {64, 1024, 2},
                                        {40, 2056, 1}, {200, 96, 100}, {129, 256, 33}};
    size_t si, ti;
    for (si = 0; si < sizeof shapes / sizeof shapes[0]; si++)
        for (ti = 0; ti < 3; ti++) {
            int64_t rows = shapes[si][0], cols = shapes[si][1], nt = shapes[si][2], xs = cols + (fast ? 4 : 3), ys = rows + 5, row0 = 2, t, r, c;
            int add = (int)((si + ti) & 1), bias = (int)(ti != 1);
            float cap = si == 3 ? 2.0f : 0.0f;
            int64_t xo = fast ? 4 : 5;   /* the fast kernel reads x as vec4s */
            wt w = make_w(dtypes[ti], rows, cols, 0.5f), b = make_w(dtypes[(ti + 1) % 3], 1, rows + row0, 1.0f);
            size_t ny = (size_t)(nt * ys);
            float *x = (float *)malloc((size_t)(nt * xs + 7) * 4), *y0 = (float *)malloc(ny * 4), *want = (float *)malloc(ny * 4);
            float *wr = (float *)malloc((size_t)cols * 4);
            void *ym;
            vkr__vkop op;
            double e;
            b.t.n_dims = 1; b.t.shape[0] = rows + row0;
            fill(x, (size_t)(nt * xs + 7), 1.0f);
            fill(y0, ny, 1.0f);
            memcpy(want, y0, ny * 4);
            for (r = 0; r < rows; r++) {
                vkr_tensor_read_f32(&w.t, r * cols, cols, wr);
                for (t = 0; t < nt; t++) {
                    double s = 0;
                    float v, bv = 0;
                    for (c = 0; c < cols; c++) s += (double)wr[c] * x[xo + t * xs + c];
                    v = (float)s;
                    if (bias) { vkr_tensor_read_f32(&b.t, row0 + r, 1, &bv); v += bv; }
                    if (add) v += y0[3 + t * ys + row0 + r];
                    if (cap > 0) v = tanhf(v / cap) * cap;
                    want[3 + t * ys + row0 + r] = v;
                }
            }
            if (fast && (nt <= 8 || cols % 32)) { free(x); free(y0); free(want); free(wr); free(w.raw); free(b.raw); continue; }
            memset(&op, 0, sizeof op);
            op.kernel = nt <= 8 ? VKR__K_MATVEC : fast ? VKR__K_MATMUL_CM : VKR__K_MATMUL;
            op.wt = vkr__vk_wtype(dtypes[ti]); op.bt = vkr__vk_wtype(b.t.dtype);
            op.buf[0] = gbuf(wbytes(&w), w.raw, NULL);
            op.buf[1] = gbuf((size_t)(nt * xs + 7) * 4, x, NULL);
            op.buf[2] = gbuf(ny * 4, y0, &ym);
            op.buf[3] = gbuf(wbytes(&b), b.raw, NULL);
            op.push[0] = (uint32_t)rows; op.push[1] = (uint32_t)cols; op.push[2] = (uint32_t)nt; op.push[3] = (uint32_t)xo; op.push[4] = (uint32_t)xs;
            op.push[5] = 3; op.push[6] = (uint32_t)ys; op.push[7] = (uint32_t)row0; op.push[8] = (uint32_t)bias; op.push[9] = (uint32_t)add;
            put_f(op.push, 10, cap);
            
            if (op.kernel == VKR__K_MATVEC) { op.gx = (uint32_t)((rows + 3) / 4); op.gy = 1; }
            else { op.gx = (uint32_t)((rows + (fast ? 127 : 63)) / (fast ? 128 : 64)); op.gy = (uint32_t)((nt + 63) / 64); }
            REQUIRE(run_op(&op));
            e = nmse((const float *)ym, want, ny);
            CHECK(e <= 5e-4 && (fast || e < 1e-9), "%s %lldx%lld, %lld tokens, dtype %d: nmse %g",
                  nt <= 8 ? "matvec" : fast ? "matmul_cm" : "matmul", (long long)rows, (long long)cols, (long long)nt, (int)ti, e);
            if (fast && e > worst_fast) worst_fast = e;
            free(x); free(y0); free(want); free(wr); free(w.raw); free(b.raw);
        }
}

static void test_linear(void) { check_linear(false); }

/* The cooperative-matrix matmul (fp16 inputs, fp32 sums) where the device
   has it, against the same CPU reference: nmse ≤ 5e-4. */
static void test_fast_matmul(void) {
    if (!G->cm) SKIP("no cooperative-matrix fast path on %.120s", G->info.name);
    worst_fast = 0;
    check_linear(true);
    fprintf(stderr, "  matmul_cm: worst nmse %.3g\n", worst_fast);
}

/* The 2D grid of matvec (Llama 3's 128k-row LM head takes 16k workgroups). */
static void test_matvec_many_rows(void) {
    int64_t rows = 70001, cols = 16, r, c;
    wt w = make_w(VKR_DTYPE_BF16, rows, cols, 1.0f);
    float x[16], *want = (float *)malloc((size_t)rows * 4), wr[16];
    void *ym;
    vkr__vkop op;
    fill(x, 16, 1.0f);
    for (r = 0; r < rows; r++) {
        double s = 0;
        vkr_tensor_read_f32(&w.t, r * cols, cols, wr);
        for (c = 0; c < cols; c++) s += (double)wr[c] * x[c];
        want[r] = (float)s;
    }
    memset(&op, 0, sizeof op);
    op.kernel = VKR__K_MATVEC; op.wt = 1;
    op.buf[0] = gbuf(wbytes(&w), w.raw, NULL);
    op.buf[1] = gbuf(sizeof x, x, NULL);
    op.buf[2] = gbuf((size_t)rows * 4, NULL, &ym);
    op.push[0] = (uint32_t)rows; op.push[1] = (uint32_t)cols; op.push[2] = 1; op.push[4] = (uint32_t)cols; op.push[6] = (uint32_t)rows;
    
    op.gx = 4096; op.gy = (uint32_t)((rows + 4 * 4096 - 1) / (4 * 4096));   /* 4 rows per workgroup */
    REQUIRE(run_op(&op));
    for (r = 0; r < rows; r++) if (fabsf(((float *)ym)[r] - want[r]) > 1e-4f * (1 + fabsf(want[r]))) break;
    CHECK(r == rows, "row %lld: GPU %g, CPU %g", (long long)r, r < rows ? ((float *)ym)[r] : 0.0, r < rows ? want[r] : 0.0);
    free(want); free(w.raw);
}

/* rope.comp vs vkr__rmsnorm (q/k norm) + vkr__rope, and the KV cache stores. */
static void test_rope(void) {
    static const int64_t cfg[][5] = {   /* nh, nkv, hd, rot, qk_norm */
        {4, 2, 64, 64, 0}, {3, 1, 80, 80, 1}, {2, 2, 128, 64, 1}, {8, 8, 256, 256, 0}};
    size_t ci;
    for (ci = 0; ci < sizeof cfg / sizeof cfg[0]; ci++) {
        int64_t nh = cfg[ci][0], nkv = cfg[ci][1], hd = cfg[ci][2], rot = cfg[ci][3], qkn = cfg[ci][4];
        int64_t nb = 3, pos0 = 5, n_ctx = 16, half = rot / 2, kvd = nkv * hd, i, h, j, p;
        float *q = (float *)malloc((size_t)(nb * nh * hd) * 4), *k = (float *)malloc((size_t)(nb * kvd) * 4), *v = (float *)malloc((size_t)(nb * kvd) * 4);
        float *cs = (float *)malloc((size_t)(n_ctx * half) * 4), *sn = (float *)malloc((size_t)(n_ctx * half) * 4);
        float *wq = (float *)malloc((size_t)(nb * nh * hd) * 4), *wk = (float *)malloc((size_t)(nb * kvd) * 4);
        float *wkc = (float *)calloc((size_t)(kvd * n_ctx), 4), *wvc = (float *)calloc((size_t)(kvd * n_ctx), 4);
        wt qn = make_w(VKR_DTYPE_BF16, 1, hd, 1.0f), kn = make_w(VKR_DTYPE_BF16, 1, hd, 1.0f);
        uint32_t state[4 + 3] = {(uint32_t)pos0, (uint32_t)nb, 0, 0, 0, 0, 0};
        void *qm, *km, *kcm, *vcm;
        vkr__vkop op;
        qn.t.n_dims = kn.t.n_dims = 1; qn.t.shape[0] = kn.t.shape[0] = hd;
        fill(q, (size_t)(nb * nh * hd), 2.0f); fill(k, (size_t)(nb * kvd), 2.0f); fill(v, (size_t)(nb * kvd), 2.0f);
        for (p = 0; p < n_ctx; p++) for (j = 0; j < half; j++) { float a = (float)p * powf(10000.0f, -(float)(2 * j) / (float)rot); cs[p * half + j] = cosf(a); sn[p * half + j] = sinf(a); }
        memcpy(wq, q, (size_t)(nb * nh * hd) * 4); memcpy(wk, k, (size_t)(nb * kvd) * 4);
        for (i = 0; i < nb; i++) {
            p = pos0 + i;
            for (h = 0; h < nh; h++) {
                float *x = wq + (i * nh + h) * hd;
                if (qkn) vkr__rmsnorm(x, x, &qn.t, hd, 1e-6, false);
                vkr__rope(x, rot, cs + p * half, sn + p * half);
            }
            for (h = 0; h < nkv; h++) {
                float *x = wk + i * kvd + h * hd;
                if (qkn) vkr__rmsnorm(x, x, &kn.t, hd, 1e-6, false);
                vkr__rope(x, rot, cs + p * half, sn + p * half);
            }
            for (j = 0; j < kvd; j++) { wkc[j * n_ctx + p] = wk[i * kvd + j]; wvc[p * kvd + j] = v[i * kvd + j]; }
        }
        memset(&op, 0, sizeof op);
        op.kernel = VKR__K_ROPE; op.wt = 1;
        op.buf[0] = gbuf(wbytes(&qn), qn.raw, NULL); op.buf[1] = gbuf(wbytes(&kn), kn.raw, NULL);
        op.buf[2] = gbuf((size_t)(nb * nh * hd) * 4, q, &qm); op.buf[3] = gbuf((size_t)(nb * kvd) * 4, k, &km);
        op.buf[4] = gbuf((size_t)(nb * kvd) * 4, v, NULL);
        op.buf[5] = gbuf((size_t)(kvd * n_ctx) * 4, NULL, &kcm); op.buf[6] = gbuf((size_t)(kvd * n_ctx) * 4, NULL, &vcm);
        op.buf[7] = gbuf(sizeof state, state, NULL);
        op.buf[8] = gbuf((size_t)(n_ctx * half) * 4, cs, NULL); op.buf[9] = gbuf((size_t)(n_ctx * half) * 4, sn, NULL);
        op.push[0] = (uint32_t)nh; op.push[1] = (uint32_t)nkv; op.push[2] = (uint32_t)hd; op.push[3] = (uint32_t)rot; op.push[4] = (uint32_t)n_ctx;
        op.push[5] = (uint32_t)qkn; op.push[6] = 0; put_f(op.push, 7, 1e-6f);
        op.gx = (uint32_t)(nh + nkv); op.gy = (uint32_t)nb;
        REQUIRE(run_op(&op));
        CHECK(nmse((const float *)qm, wq, (size_t)(nb * nh * hd)) <= 1e-7, "rope q, config %zu", ci);
        CHECK(nmse((const float *)km, wk, (size_t)(nb * kvd)) <= 1e-7, "rope k, config %zu", ci);
        CHECK(nmse((const float *)kcm, wkc, (size_t)(kvd * n_ctx)) <= 1e-7, "key cache, config %zu", ci);
        CHECK(!memcmp(vcm, wvc, (size_t)(kvd * n_ctx) * 4), "value cache, config %zu", ci);
        free(q); free(k); free(v); free(cs); free(sn); free(wq); free(wk); free(wkc); free(wvc); free(qn.raw); free(kn.raw);
    }
}

/* attn.comp + attn_reduce.comp vs vkr__attn_head_ref: GQA, sliding windows,
   soft-capping, contexts longer than one 128-position chunk, head sizes
   below and above 128, positions split over several workgroups. */
static void test_attention(void) {
    static const int64_t cfg[][6] = {   /* nh, nkv, hd, n_ctx, window, pos0 */
        {4, 2, 64, 40, 0, 0}, {6, 2, 80, 300, 0, 250}, {2, 1, 256, 200, 17, 150}, {8, 8, 32, 130, 0, 126}, {3, 3, 48, 520, 200, 500},
        {4, 1, 128, 700, 0, 600}, {2, 2, 96, 1100, 0, 1000}};
    size_t ci;
    for (ci = 0; ci < sizeof cfg / sizeof cfg[0]; ci++) {
        int64_t nh = cfg[ci][0], nkv = cfg[ci][1], hd = cfg[ci][2], n_ctx = cfg[ci][3], win = cfg[ci][4], pos0 = cfg[ci][5];
        int64_t nb = n_ctx - pos0 < 4 ? n_ctx - pos0 : 4, kvd = nkv * hd, i, h, splits;
        float scale = 1.0f / sqrtf((float)hd), cap = ci == 2 ? 5.0f : 0.0f;
        float *q = (float *)malloc((size_t)(nb * nh * hd) * 4), *kc = (float *)malloc((size_t)(kvd * n_ctx) * 4), *vc = (float *)malloc((size_t)(kvd * n_ctx) * 4);
        float *want = (float *)malloc((size_t)(nb * nh * hd) * 4), *sc = (float *)malloc((size_t)n_ctx * 4);
        uint32_t state[8] = {(uint32_t)pos0, (uint32_t)nb, 0, 0, 0, 0, 0, 0};
        void *om;
        vkr__vkop op;
        fill(q, (size_t)(nb * nh * hd), 1.0f); fill(kc, (size_t)(kvd * n_ctx), 1.0f); fill(vc, (size_t)(kvd * n_ctx), 1.0f);
        for (i = 0; i < nb; i++)
            for (h = 0; h < nh; h++) {
                int64_t p = pos0 + i, kvh = h / (nh / nkv), lo = win ? (p - win + 1 > 0 ? p - win + 1 : 0) : 0;
                vkr__attn_head_ref(q + (i * nh + h) * hd, kc + kvh * hd * n_ctx, n_ctx, vc + kvh * hd, kvd, hd, lo, p, scale, cap, sc,
                                   want + (i * nh + h) * hd);
            }
        for (splits = 1; splits <= 5; splits += 2) {   /* one split, and positions spread over 3 and 5 (some empty) */
            VkBuffer part = gbuf((size_t)(nb * nh * splits * (hd + 2)) * 4, NULL, NULL);
            memset(&op, 0, sizeof op);
            op.kernel = VKR__K_ATTN;
            op.buf[2] = gbuf((size_t)(nb * nh * hd) * 4, q, NULL); op.buf[3] = part;
            op.buf[5] = gbuf((size_t)(kvd * n_ctx) * 4, kc, NULL); op.buf[6] = gbuf((size_t)(kvd * n_ctx) * 4, vc, NULL);
            op.buf[7] = gbuf(sizeof state, state, NULL);
            op.push[0] = (uint32_t)nh; op.push[1] = (uint32_t)nkv; op.push[2] = (uint32_t)hd; op.push[3] = (uint32_t)n_ctx; op.push[4] = (uint32_t)win;
            put_f(op.push, 5, scale); put_f(op.push, 6, cap); op.push[7] = (uint32_t)splits;
            op.gx = (uint32_t)nh; op.gy = (uint32_t)nb; op.gz = (uint32_t)splits;
            REQUIRE(run_op(&op));
            memset(&op, 0, sizeof op);
            op.kernel = VKR__K_ATTN_REDUCE;
            op.buf[2] = part; op.buf[3] = gbuf((size_t)(nb * nh * hd) * 4, NULL, &om);
            op.push[0] = (uint32_t)nh; op.push[1] = (uint32_t)hd; op.push[2] = (uint32_t)splits;
            op.gx = (uint32_t)nh; op.gy = (uint32_t)nb;
            REQUIRE(run_op(&op));
            {
                double e = nmse((const float *)om, want, (size_t)(nb * nh * hd));
                CHECK(e <= 5e-4 && e < 1e-9, "attention config %zu, %lld splits: nmse %g", ci, (long long)splits, e);
            }
        }
        free(q); free(kc); free(vc); free(want); free(sc);
    }
}

/* glu.comp vs vkr__silu / vkr__gelu_tanh / vkr__gelu; embed.comp gathers
   rows of a split table. */
static void test_glu_embed(void) {
    int act;
    for (act = 0; act < 3; act++) {
        size_t n = 70001, i;
        float *g = (float *)malloc(n * 4), *u = (float *)malloc(n * 4), *want = (float *)malloc(n * 4);
        void *gm;
        vkr__vkop op;
        fill(g, n, 6.0f); fill(u, n, 2.0f);
        for (i = 0; i < n; i++) want[i] = (act == 0 ? vkr__silu(g[i]) : act == 1 ? vkr__gelu_tanh(g[i]) : vkr__gelu(g[i])) * u[i];
        memset(&op, 0, sizeof op);
        op.kernel = VKR__K_GLU;
        op.buf[1] = gbuf(n * 4, u, NULL); op.buf[2] = gbuf(n * 4, g, &gm);
        op.push[0] = (uint32_t)n; op.push[1] = (uint32_t)act;
        op.gx = (uint32_t)((n + 255) / 256);
        REQUIRE(run_op(&op));
        CHECK(nmse((const float *)gm, want, n) <= 1e-7, "glu act %d: nmse %g", act, nmse((const float *)gm, want, n));
        free(g); free(u); free(want);
    }
    {   /* rows 10..19 of a 30 × 37 f16 table, as one piece starting at row 10 */
        int64_t d = 37, i, j;
        wt e = make_w(VKR_DTYPE_F16, 10, d, 1.0f);
        uint32_t state[4 + 5] = {0, 5, 0, 0, 12, 3, 19, 10, 25};
        float want[5 * 37], row[37];
        void *xm;
        vkr__vkop op;
        for (i = 0; i < 5; i++) {
            uint32_t id = state[4 + i];
            if (id < 10 || id >= 20) { for (j = 0; j < d; j++) want[i * d + j] = -1; continue; }
            vkr_tensor_read_f32(&e.t, (int64_t)(id - 10) * d, d, row);
            for (j = 0; j < d; j++) want[i * d + j] = row[j] * 0.5f;
        }
        memset(&op, 0, sizeof op);
        op.kernel = VKR__K_EMBED; op.wt = 2;
        op.buf[0] = gbuf(wbytes(&e), e.raw, NULL); op.buf[2] = gbuf(sizeof want, NULL, &xm); op.buf[7] = gbuf(sizeof state, state, NULL);
        for (i = 0; i < 5 * d; i++) ((float *)xm)[i] = -1;
        op.push[0] = (uint32_t)d; op.push[1] = 10; op.push[2] = 10; put_f(op.push, 3, 0.5f);
        op.gx = 1; op.gy = 5;
        REQUIRE(run_op(&op));
        CHECK(!memcmp(xm, want, sizeof want), "embed gather");
        free(e.raw);
    }
}

/* argmax.comp is exact: the lowest index among equal maxima. */
static void test_argmax(void) {
    static const size_t sizes[] = {1, 7, 256, 32000, 151936};
    size_t si;
    for (si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        size_t n = sizes[si], i;
        float *l = (float *)malloc((n + 3) * 4);
        uint32_t state[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        void *sm;
        vkr__vkop op;
        fill(l, n + 3, 10.0f);
        if (n > 100) { l[3 + n / 3] = 50; l[3 + n / 2] = 50; }   /* a tie: the first wins */
        memset(&op, 0, sizeof op);
        op.kernel = VKR__K_ARGMAX;
        op.buf[1] = gbuf((n + 3) * 4, l, NULL); op.buf[7] = gbuf(sizeof state, state, &sm);
        op.push[0] = (uint32_t)n; op.push[1] = 3;
        op.gx = 1;
        REQUIRE(run_op(&op));
        i = (size_t)vkr_argmax(l + 3, (int32_t)n);
        CHECK(((uint32_t *)sm)[2] == i, "argmax of %zu: GPU %u, CPU %zu", n, ((uint32_t *)sm)[2], i);
        free(l);
    }
}

/* ---- whole models ----------------------------------------------------------- */

static vkr_json_doc *read_json(const char *path) {
    size_t len;
    char *text = vt_read_file(path, &len);
    vkr_json_doc *doc = NULL;
    if (text && vkr_json_parse(text, len, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

static void check_parity_at(const char *name, int32_t n_batch, bool fast) {
    char dir[256], path[300];
    vkr_model *m = NULL;
    vkr_session *s = NULL;
    vkr_session_desc sd;
    vkr_json_doc *meta;
    const vkr_json *prompt, *greedy;
    size_t n, i, len, V, bad = 0;
    float *ref, *got;
    double worst = 0;
    vkr_token *ids;
    snprintf(dir, sizeof dir, "tests/data/parity/%s", name);
    snprintf(path, sizeof path, "%s/meta.json", dir);
    meta = read_json(path);
    REQUIRE(meta, "%s: no meta.json", name);
    REQUIRE(vkr_model_load(dir, NULL, &m) == VKR_OK, "%s: %s", name, vkr_last_error());
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = 512;
    sd.n_batch = n_batch;
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    sd.precision = fast ? VKR_PRECISION_FAST : VKR_PRECISION_F32;
    REQUIRE(vkr_session_new(m, &sd, &s) == VKR_OK, "%s: %s", name, vkr_last_error());
    CHECK(vkr_session_backend(s) == VKR_BACKEND_VULKAN);
    prompt = vkr_json_get(vkr_json_root(meta), "prompt");
    greedy = vkr_json_get(vkr_json_root(meta), "greedy");
    n = prompt->len;
    V = (size_t)vkr_model_config(m)->vocab_size;
    snprintf(path, sizeof path, "%s/logits.f32", dir);
    ref = (float *)vt_read_file(path, &len);
    REQUIRE(ref && len == n * V * 4, "%s: logits.f32 has %zu bytes", name, len);
    ids = (vkr_token *)malloc(n * sizeof(vkr_token));
    got = (float *)malloc(n * V * sizeof(float));
    for (i = 0; i < n; i++) ids[i] = (vkr_token)prompt->items[i].i64;
    REQUIRE(vkr_session_append(s, ids, n, got) == VKR_OK, "%s: %s", name, vkr_last_error());
    for (i = 0; i < n * V; i++) {
        double e = fabs((double)got[i] - ref[i]) / fmax(1.0, fabs(ref[i]));
        if (e > worst) worst = e;
        if (e > (fast ? 3e-2 : 1e-3)) bad++;
    }
    CHECK(bad == 0, "%s: %zu of %zu GPU logits off by more than %g relative (worst %.3g)", name, bad, n * V, fast ? 3e-2 : 1e-3, worst);
    fprintf(stderr, "  %s on the GPU%s: max |Δlogit| / max(1, |logit|) = %.3g over %zu positions\n", name, fast ? " (fp16 tensor cores)" : "", worst, n);
    if (fast) goto done;   /* fp16 sums may flip a near-tie: greedy equality is the f32 path's promise */
    {   /* greedy continuation through the GPU KV cache, token by token */
        vkr_sampler *sp;
        size_t k, diff = greedy->len;
        REQUIRE(vkr_sampler_new(NULL, (int32_t)V, &sp) == VKR_OK);
        for (k = 0; k < greedy->len; k++) {
            vkr_token t;
            CHECK(vkr_session_step(s, sp, &t) == VKR_OK);
            if (t != (vkr_token)greedy->items[k].i64 && diff == greedy->len) diff = k;
        }
        CHECK(diff == greedy->len, "%s: greedy token %zu differs", name, diff);
        vkr_sampler_free(sp);
    }
done:
    free(ids); free(got); free(ref);
    vkr_json_free(meta);
    vkr_session_free(s);
    vkr_model_free(m);
}

static void check_parity(const char *name, int32_t n_batch) { check_parity_at(name, n_batch, false); }
#define PARITY(fn, name, nb) static void fn(void) { check_parity(name, nb); }
/* The whole model with the fast matmul in prefill: logits within 3e-2. */
static void test_gpu_parity_fast(void) {
    static const char *const names[] = {"llama", "qwen2", "gemma2", "gemma3"};
    size_t i;
    if (!G->cm) SKIP("no cooperative-matrix fast path on %.120s", G->info.name);
    for (i = 0; i < sizeof names / sizeof names[0]; i++) check_parity_at(names[i], 0, true);
}
PARITY(test_gpu_parity_llama, "llama", 0)
PARITY(test_gpu_parity_llama_mqa, "llama_mqa", 0)
PARITY(test_gpu_parity_llama3_rope, "llama3_rope", 0)
PARITY(test_gpu_parity_mistral_sliding, "mistral", 0)
PARITY(test_gpu_parity_qwen2, "qwen2", 0)
PARITY(test_gpu_parity_qwen3, "qwen3", 0)
PARITY(test_gpu_parity_gemma, "gemma", 0)
PARITY(test_gpu_parity_gemma2, "gemma2", 0)
PARITY(test_gpu_parity_gemma3, "gemma3", 0)
PARITY(test_gpu_parity_llama_batch7, "llama", 7)

/* stories260K: the GPU generates what the CPU generates (greedy, 200 tokens,
   and sampled with a seed), through prefill, decode and a rewind. */
static void test_gpu_stories(void) {
    vkr_model *m;
    vkr_tok *tok;
    vkr_session *cpu, *gpu;
    vkr_session_desc sd;
    int k;
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &tok) == VKR_OK);
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_CPU;
    sd.precision = VKR_PRECISION_F32;
    REQUIRE(vkr_session_new(m, &sd, &cpu) == VKR_OK);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    REQUIRE(vkr_session_new(m, &sd, &gpu) == VKR_OK, "%s", vkr_last_error());
    for (k = 0; k < 2; k++) {
        vkr_generate_desc gd;
        vkr_generate_result ra, rb;
        size_t same;
        memset(&gd, 0, sizeof gd);
        gd.max_tokens = 200;
        gd.sampling.temperature = k ? 0.9f : 0.0f;
        gd.sampling.seed = 7;
        vkr_session_rewind(cpu, 0);
        vkr_session_rewind(gpu, 0);
        REQUIRE(vkr_session_append_text(cpu, tok, "Once upon a time, there was a dragon", 36, VKR_TOK_ADD_SPECIAL) == VKR_OK);
        REQUIRE(vkr_session_append_text(gpu, tok, "Once upon a time, there was a dragon", 36, VKR_TOK_ADD_SPECIAL) == VKR_OK);
        REQUIRE(vkr_generate(cpu, tok, &gd, &ra) == VKR_OK && vkr_generate(gpu, tok, &gd, &rb) == VKR_OK);
        CHECK(ra.n_tokens == rb.n_tokens && vkr_session_n_past(cpu) == vkr_session_n_past(gpu), "%s: %lld vs %lld tokens",
              k ? "sampled" : "greedy", (long long)ra.n_tokens, (long long)rb.n_tokens);
        for (same = 0; same < (size_t)vkr_session_n_past(cpu) && vkr_session_tokens(cpu)[same] == vkr_session_tokens(gpu)[same]; same++) {}
        CHECK(same == (size_t)vkr_session_n_past(cpu), "%s: the GPU's tokens part from the CPU's at %zu", k ? "sampled" : "greedy", same);
    }
    {
        int64_t disp;
        double gs;
        vkr_session_gpu_stats(gpu, &disp, &gs);
        CHECK(disp > 5 * vkr_model_config(m)->n_layers, "dispatches per token %lld", (long long)disp);
        fprintf(stderr, "  stories260K decode: %lld dispatches per token, %.3f ms GPU time\n", (long long)disp, gs * 1e3);
    }
    vkr_session_free(cpu);
    vkr_session_free(gpu);
    vkr_tok_free(tok);
    vkr_model_free(m);
}

/* Tensors larger than maxStorageBufferRange are split by rows into pieces:
   with the range pretended down to 64 KiB, stories260K's embedding (and tied
   LM head, 128 KiB) are two pieces, all-logits prefill runs in chunks, and
   generation still equals the CPU's. A batch too large for the range is
   refused with a message; so is a KV cache layer. */
static void test_gpu_pieces(void) {
    vkr_gpu *small;
    vkr_gpu_desc gd;
    vkr_model *m;
    vkr_tok *tok;
    vkr_session *cpu, *gpu, *bad;
    vkr_session_desc sd;
    vkr_generate_desc gen;
    int64_t i;
    float *a, *b;
    vkr_tokens ids;
    memset(&gd, 0, sizeof gd);
    gd.validation = true;
    setenv("VALKYR_MAX_BUFFER_RANGE", "65536", 1);
    REQUIRE(vkr_gpu_new(&gd, &small) == VKR_OK, "%s", vkr_last_error());
    unsetenv("VALKYR_MAX_BUFFER_RANGE");
    CHECK(vkr_gpu_get_info(small)->max_storage_buffer_range == 65536);
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &tok) == VKR_OK);
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = small;
    sd.precision = VKR_PRECISION_F32;   /* the portable kernels, compared at 1e-4 */
    sd.n_ctx = 512;
    CHECK(vkr_session_new(m, &sd, &bad) == VKR_ERR_LIMIT && strstr(vkr_last_error(), "n_batch"), "%s", vkr_last_error());
    sd.n_ctx = 1 << 20;
    sd.n_batch = 16;
    CHECK(vkr_session_new(m, &sd, &bad) == VKR_ERR_LIMIT && strstr(vkr_last_error(), "maxStorageBufferRange"), "%s", vkr_last_error());
    sd.n_ctx = 400;
    sd.n_batch = 64;
    REQUIRE(vkr_session_new(m, &sd, &gpu) == VKR_OK, "%s", vkr_last_error());
    sd.backend = VKR_BACKEND_CPU;
    sd.precision = VKR_PRECISION_F32;
    sd.gpu = NULL;
    REQUIRE(vkr_session_new(m, &sd, &cpu) == VKR_OK);
    memset(&ids, 0, sizeof ids);
    REQUIRE(vkr_tok_encode(tok, "Once upon a time, a little dog named Max ran to the park to play with his ball and his friends.", 95,
                           VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
    a = (float *)malloc(ids.n * 512 * sizeof(float));
    b = (float *)malloc(ids.n * 512 * sizeof(float));
    REQUIRE(vkr_session_append(cpu, ids.ids, ids.n, a) == VKR_OK && vkr_session_append(gpu, ids.ids, ids.n, b) == VKR_OK, "%s", vkr_last_error());
    {
        double worst = 0;
        for (i = 0; i < (int64_t)ids.n * 512; i++) { double e = fabs((double)a[i] - b[i]) / fmax(1.0, fabs(a[i])); if (e > worst) worst = e; }
        CHECK(worst < 1e-4, "all-logits prefill in pieces: %g", worst);
    }
    memset(&gen, 0, sizeof gen);
    gen.max_tokens = 100;
    REQUIRE(vkr_generate(cpu, tok, &gen, NULL) == VKR_OK && vkr_generate(gpu, tok, &gen, NULL) == VKR_OK);
    CHECK(vkr_session_n_past(cpu) == vkr_session_n_past(gpu));
    for (i = 0; i < vkr_session_n_past(cpu) && vkr_session_tokens(cpu)[i] == vkr_session_tokens(gpu)[i]; i++) {}
    CHECK(i == vkr_session_n_past(cpu), "pieces: tokens part at %lld", (long long)i);
    CHECK(vkr_gpu_validation_messages(small) == 0);
    free(a); free(b);
    vkr_tokens_free(&ids);
    vkr_session_free(cpu);
    vkr_session_free(gpu);
    vkr_tok_free(tok);
    vkr_model_free(m);
    vkr_gpu_free(small);
}

static void test_validation_clean(void) {
    int64_t n = vkr_gpu_validation_messages(G);
    CHECK(n == 0, "%lld validation messages (see above)", (long long)n);
}

int main(void) {
    pin_driver();
    vkr_gpu_desc gd;
    const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
    bool require = req && *req && strcmp(req, "0");
    vkr_result r;
    memset(&gd, 0, sizeof gd);
    gd.validation = true;
    if ((r = vkr_gpu_new(&gd, &G)) != VKR_OK) {
        if (r != VKR_ERR_NO_DEVICE) require = true;   /* a device that fails to open is a failure */
        printf("%s no Vulkan device: %s\n", require ? "FAIL" : "skip", vkr_last_error());
        printf("#vt passed 0 failed %d skipped %d\n", require ? 1 : 0, require ? 0 : 1);
        return require ? 1 : 0;
    }
    VT_RUN(test_device);
    VT_RUN(test_rmsnorm);
    VT_RUN(test_linear);
    VT_RUN(test_fast_matmul);
    VT_RUN(test_matvec_many_rows);
    VT_RUN(test_rope);
    VT_RUN(test_attention);
    VT_RUN(test_glu_embed);
    VT_RUN(test_argmax);
    VT_RUN(test_gpu_parity_llama);
    VT_RUN(test_gpu_parity_llama_mqa);
    VT_RUN(test_gpu_parity_llama3_rope);
    VT_RUN(test_gpu_parity_mistral_sliding);
    VT_RUN(test_gpu_parity_qwen2);
    VT_RUN(test_gpu_parity_qwen3);
    VT_RUN(test_gpu_parity_gemma);
    VT_RUN(test_gpu_parity_gemma2);
    VT_RUN(test_gpu_parity_gemma3);
    VT_RUN(test_gpu_parity_llama_batch7);
    VT_RUN(test_gpu_parity_fast);
    VT_RUN(test_gpu_stories);
    VT_RUN(test_gpu_pieces);
    while (n_made) G->vk.DestroyBuffer(G->dev, made[--n_made], NULL);
    VT_RUN(test_validation_clean);
    vkr_gpu_free(G);
    return vt_finish();
}
