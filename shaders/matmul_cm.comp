#version 450
// The fast path of matmul.comp on GPUs with cooperative matrices
// (VK_NV_cooperative_matrix, NVIDIA's tensor cores): the same
// Y[t][r] = (add ? Y[t][r] : 0) + bias[r] + Σ_c X[t][c] · W[r][c] and the
// same parameters, with X and W rounded to fp16 in shared memory and fp32
// accumulation. Tiles of 64 tokens × 128 weight rows; each of the 8 subgroups
// (of 32) owns 32 × 32 as 2 × 2 fragments of 16 × 16; 32-deep slices of K
// loaded with 16-byte loads. Needs cols, x_off and x_stride multiples of 32,
// 4 and 4 (the host falls back to matmul.comp otherwise). Used only with
// VKR_PRECISION_FAST; tested against the CPU like matmul.comp. Weights in
// llama.cpp's blocks (WTYPE 3 .. 10) are decoded as the W tile is loaded
// (quant.glsl, exact values), then rounded to fp16 like any other.
// CPU twin: vkr__cpu_linear (valkyr.h); push constants: struct vkr__p_linear.
#extension GL_NV_cooperative_matrix : require
#extension GL_KHR_memory_scope_semantics : require
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : require
#extension GL_EXT_control_flow_attributes : require
#include "common.glsl"
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint BTYPE = 0;
layout(std430, binding = 0) readonly buffer W { uint w[]; };
layout(std430, binding = 0) readonly buffer W4 { uvec4 w4[]; };
layout(std430, binding = 1) readonly buffer X4 { vec4 x4[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer B { uint b[]; };
layout(push_constant) uniform P {
    uint rows, cols, ntok, x_off, x_stride, y_off, y_stride, row0;
    uint has_bias, add; float softcap;
} pc;
#include "quant.glsl"
#define BM 64u       // tokens per tile
#define BN 128u      // weight rows per tile
#define BK 32u
#define LDS 40u      // row stride of the fp16 tiles: 80 bytes, a multiple of 16
#define LDC 132u     // row stride of the fp32 result tile
shared float16_t xs[BM * LDS];
shared float16_t ws[BN * LDS];
shared float cs[BM * LDC];

// 8 consecutive weights of row r from column c (a multiple of 8)
void wload8(uint r, uint c, out vec4 lo, out vec4 hi) {
    uint i = r * pc.cols + c;
    if (IS_QUANT(WTYPE)) {
        uint rb = r * q_row_bytes(WTYPE, pc.cols);
        lo = q_get4(WTYPE, rb, c);
        hi = q_get4(WTYPE, rb, c + 4u);
    } else if (WTYPE == T_F32) {
        lo = uintBitsToFloat(w4[i >> 2]);
        hi = uintBitsToFloat(w4[(i >> 2) + 1u]);
    } else {
        uvec4 q = w4[i >> 3];
        if (WTYPE == T_BF16) {
            lo = vec4(uintBitsToFloat(q.x << 16), uintBitsToFloat(q.x & 0xFFFF0000u), uintBitsToFloat(q.y << 16), uintBitsToFloat(q.y & 0xFFFF0000u));
            hi = vec4(uintBitsToFloat(q.z << 16), uintBitsToFloat(q.z & 0xFFFF0000u), uintBitsToFloat(q.w << 16), uintBitsToFloat(q.w & 0xFFFF0000u));
        } else {
            lo = vec4(unpackHalf2x16(q.x), unpackHalf2x16(q.y));
            hi = vec4(unpackHalf2x16(q.z), unpackHalf2x16(q.w));
        }
    }
}

void main() {
    uint tid = gl_LocalInvocationID.x, sg = tid / 32u;
    uint t0 = gl_WorkGroupID.y * BM, r0 = gl_WorkGroupID.x * BN;
    uint tm = (sg >> 2) * 32u, tn = (sg & 3u) * 32u;   // this subgroup's 32 × 32: tokens tm.., rows tn..
    fcoopmatNV<32, gl_ScopeSubgroup, 16, 16> acc[2][2];
    [[unroll]] for (uint i = 0u; i < 2u; i++) [[unroll]] for (uint j = 0u; j < 2u; j++)
        acc[i][j] = fcoopmatNV<32, gl_ScopeSubgroup, 16, 16>(0.0);
    // loaders: X 64 × 32 as 512 vec4 (2 per thread), W 128 × 32 as 512 runs of 8 (2 per thread)
    for (uint k0 = 0u; k0 < pc.cols; k0 += BK) {
        [[unroll]] for (uint u = 0u; u < 2u; u++) {
            uint e = tid + u * 256u, m = e / 8u, c = (e % 8u) * 4u, t = t0 + m;
            vec4 v = t < pc.ntok ? x4[(pc.x_off + t * pc.x_stride + k0 + c) >> 2] : vec4(0.0);
            xs[m * LDS + c] = float16_t(v.x); xs[m * LDS + c + 1u] = float16_t(v.y);
            xs[m * LDS + c + 2u] = float16_t(v.z); xs[m * LDS + c + 3u] = float16_t(v.w);
        }
        [[unroll]] for (uint u = 0u; u < 2u; u++) {
            uint e = tid + u * 256u, n = e / 4u, c = (e % 4u) * 8u, r = r0 + n;
            vec4 lo = vec4(0.0), hi = vec4(0.0);
            if (r < pc.rows) wload8(r, k0 + c, lo, hi);
            uint o = n * LDS + c;
            ws[o] = float16_t(lo.x); ws[o + 1u] = float16_t(lo.y); ws[o + 2u] = float16_t(lo.z); ws[o + 3u] = float16_t(lo.w);
            ws[o + 4u] = float16_t(hi.x); ws[o + 5u] = float16_t(hi.y); ws[o + 6u] = float16_t(hi.z); ws[o + 7u] = float16_t(hi.w);
        }
        barrier();
        [[unroll]] for (uint kk = 0u; kk < BK; kk += 16u) {
            fcoopmatNV<16, gl_ScopeSubgroup, 16, 16> a[2], bm[2];
            [[unroll]] for (uint i = 0u; i < 2u; i++) coopMatLoadNV(a[i], xs, (tm + i * 16u) * LDS + kk, LDS, false);
            [[unroll]] for (uint j = 0u; j < 2u; j++) coopMatLoadNV(bm[j], ws, (tn + j * 16u) * LDS + kk, LDS, true);
            [[unroll]] for (uint i = 0u; i < 2u; i++) [[unroll]] for (uint j = 0u; j < 2u; j++)
                acc[i][j] = coopMatMulAddNV(a[i], bm[j], acc[i][j]);
        }
        barrier();
    }
    [[unroll]] for (uint i = 0u; i < 2u; i++) [[unroll]] for (uint j = 0u; j < 2u; j++)
        coopMatStoreNV(acc[i][j], cs, (tm + i * 16u) * LDC + tn + j * 16u, LDC, false);
    barrier();
    for (uint e = tid; e < BM * BN; e += 256u) {
        uint m = e / BN, n = e % BN, t = t0 + m, r = r0 + n;
        if (t >= pc.ntok || r >= pc.rows) continue;
        uint row = pc.row0 + r, o = pc.y_off + t * pc.y_stride + row;
        float s = cs[m * LDC + n];
        if (pc.has_bias != 0u) s += WLOAD(b, BTYPE, row);
        if (pc.add != 0u) s += y[o];
        if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
        y[o] = s;
    }
}
