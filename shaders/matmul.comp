#version 450
// Y[t][r] = (add ? Y[t][r] : 0) + bias[r] + Σ_c X[t][c] · W[r][c] for a batch
// of tokens (prefill): 64 × 64 output tiles, 16-deep slices of X and W staged
// through shared memory as f32, 4 × 4 outputs per thread. Same parameters as
// matvec.comp. Weights in llama.cpp's blocks (WTYPE 3 .. 10, quant.glsl) are
// decoded into the W tile as it is loaded (4 consecutive weights a thread),
// exactly as vkr__dequant_block decodes them: no dequantized copy in memory.
// CPU twin: vkr__cpu_linear (valkyr.h); push constants: struct vkr__p_linear.
#include "common.glsl"
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint BTYPE = 0;
layout(std430, binding = 0) readonly buffer W { uint w[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer B { uint b[]; };
layout(push_constant) uniform P {
    uint rows, cols, ntok, x_off, x_stride, y_off, y_stride, row0;
    uint has_bias, add; float softcap;
} pc;
#include "quant.glsl"
#define BM 64u
#define BN 64u
#define BK 16u
shared float xs[BK][BM + 4u];
shared float ws[BK][BN + 4u];
void main() {
    uint tid = gl_LocalInvocationID.x, tx = tid % 16u, ty = tid / 16u;
    uint t0 = gl_WorkGroupID.y * BM, r0 = gl_WorkGroupID.x * BN;
    float acc[4][4];
    for (uint i = 0u; i < 4u; i++) for (uint j = 0u; j < 4u; j++) acc[i][j] = 0.0;
    uint rb = IS_QUANT(WTYPE) ? q_row_bytes(WTYPE, pc.cols) : 0u;
    for (uint k0 = 0u; k0 < pc.cols; k0 += BK) {
        for (uint e = tid; e < BM * BK; e += 256u) {
            uint m = e / BK, c = e % BK, t = t0 + m, r = r0 + m, col = k0 + c;
            xs[c][m] = (t < pc.ntok && col < pc.cols) ? x[pc.x_off + t * pc.x_stride + col] : 0.0;
            if (!IS_QUANT(WTYPE)) ws[c][m] = (r < pc.rows && col < pc.cols) ? WLOAD(w, WTYPE, r * pc.cols + col) : 0.0;
        }
        if (IS_QUANT(WTYPE)) {   // 64 rows × 16 columns: 4 weights a thread (cols is a multiple of 32)
            uint m = tid / 4u, c = (tid % 4u) * 4u, r = r0 + m;
            vec4 v = r < pc.rows ? q_get4(WTYPE, r * rb, k0 + c) : vec4(0.0);
            ws[c][m] = v.x; ws[c + 1u][m] = v.y; ws[c + 2u][m] = v.z; ws[c + 3u][m] = v.w;
        }
        barrier();
        for (uint c = 0u; c < BK; c++) {
            vec4 a = vec4(xs[c][ty * 4u], xs[c][ty * 4u + 1u], xs[c][ty * 4u + 2u], xs[c][ty * 4u + 3u]);
            vec4 bw = vec4(ws[c][tx * 4u], ws[c][tx * 4u + 1u], ws[c][tx * 4u + 2u], ws[c][tx * 4u + 3u]);
            for (uint i = 0u; i < 4u; i++) for (uint j = 0u; j < 4u; j++) acc[i][j] += a[i] * bw[j];
        }
        barrier();
    }
    for (uint i = 0u; i < 4u; i++) {
        uint t = t0 + ty * 4u + i;
        if (t >= pc.ntok) continue;
        for (uint j = 0u; j < 4u; j++) {
            uint r = r0 + tx * 4u + j;
            if (r >= pc.rows) continue;
            uint row = pc.row0 + r, o = pc.y_off + t * pc.y_stride + row;
            float s = acc[i][j];
            if (pc.has_bias != 0u) s += WLOAD(b, BTYPE, row);
            if (pc.add != 0u) s += y[o];
            if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
            y[o] = s;
        }
    }
}
