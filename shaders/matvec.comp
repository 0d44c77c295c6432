#version 450
// y[t][r] = (add ? y[t][r] : 0) + bias[r] + Σ_c W[r][c] · x[t][c], for up to
// 8 tokens t (decode). A workgroup takes 4 consecutive rows; each subgroup
// takes one row at a time, its lanes stride over the columns (8 weights per
// lane per step: one 16-byte load for bf16 / f16; four steps' loads in
// flight), and one subgroupAdd per token ends the row — no shared memory,
// no barrier. Correct for any subgroup size. W may be one piece of a larger
// matrix: its rows land at y columns row0... The grid is 2D past 65535
// workgroups. Two fusions save whole dispatches in decode:
//   norm: x is the raw residual; the kernel applies the RMS norm on the fly:
//         Σ_c W[r][c]·x[c]·g[c] · 1/sqrt(mean(x²) + eps), mean(x²) gathered in
//         the same pass (g: the norm weight, or 1 + g for Gemma);
//   glu:  a second matrix U (binding 5, bias 6) on the same input, and
//         y = act(W·x + b) · (U·x + b2) — gate, up and the activation at once.
// `softcap` > 0 applies tanh(v / cap) · cap (Gemma 2's final logits).
#extension GL_EXT_control_flow_attributes : require
#include "common.glsl"
layout(local_size_x = 128) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint BTYPE = 0;
layout(constant_id = 2) const uint NTYPE = 0;   // the norm weight's type
layout(std430, binding = 0) readonly buffer W { uint w[]; };
layout(std430, binding = 0) readonly buffer W4 { uvec4 w4[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer X4 { vec4 x4[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer B { uint b[]; };
layout(std430, binding = 4) readonly buffer G { uint gn[]; };
layout(std430, binding = 5) readonly buffer U { uint u[]; };
layout(std430, binding = 5) readonly buffer U4 { uvec4 u4[]; };
layout(std430, binding = 6) readonly buffer B2 { uint b2[]; };
layout(push_constant) uniform P {
    uint rows, cols, ntok, x_off, x_stride, y_off, y_stride, row0;
    uint has_bias, add; float softcap;
    uint norm; float eps; uint plus_one;
    uint glu;    // 0: plain; 1 + act: gate/up with SiLU (1), GELU-tanh (2), GELU (3)
} pc;
#define MAXT 8u
#define RPW 4u

// weights i .. i+7 (i a multiple of 8) of a uint / uvec4 buffer pair
#define LOAD8(B1, B4, i, lo, hi) \
    if (WTYPE == T_F32) { lo = uintBitsToFloat(B4[(i) >> 2]); hi = uintBitsToFloat(B4[((i) >> 2) + 1u]); } \
    else { uvec4 q_ = B4[(i) >> 3]; \
        if (WTYPE == T_BF16) { \
            lo = vec4(uintBitsToFloat(q_.x << 16), uintBitsToFloat(q_.x & 0xFFFF0000u), uintBitsToFloat(q_.y << 16), uintBitsToFloat(q_.y & 0xFFFF0000u)); \
            hi = vec4(uintBitsToFloat(q_.z << 16), uintBitsToFloat(q_.z & 0xFFFF0000u), uintBitsToFloat(q_.w << 16), uintBitsToFloat(q_.w & 0xFFFF0000u)); \
        } else { lo = vec4(unpackHalf2x16(q_.x), unpackHalf2x16(q_.y)); hi = vec4(unpackHalf2x16(q_.z), unpackHalf2x16(q_.w)); } }

float gnorm(uint c) {   // the norm's weight at column c
    float v = WLOAD(gn, NTYPE, c);
    return pc.plus_one != 0u ? 1.0 + v : v;
}

void main() {
    uint lane = gl_SubgroupInvocationID, S = gl_SubgroupSize;
    uint wg = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
    uint nt = min(pc.ntok, MAXT);
    bool vec = (pc.cols & 7u) == 0u && (pc.x_off & 3u) == 0u && (pc.x_stride & 3u) == 0u;
    bool norm = pc.norm != 0u, dual = pc.glu != 0u;
    for (uint rr = gl_SubgroupID; rr < RPW; rr += gl_NumSubgroups) {
        uint r = wg * RPW + rr;
        if (r >= pc.rows) break;   // the same for the whole subgroup
        float acc[MAXT], acc2[MAXT], ss[MAXT];
        [[unroll]] for (uint k = 0u; k < MAXT; k++) { acc[k] = 0.0; acc2[k] = 0.0; ss[k] = 0.0; }
        uint wb = r * pc.cols;
        if (vec) {
            // four steps per iteration: their loads are all issued before the arithmetic
            for (uint c0 = lane * 8u; c0 < pc.cols; c0 += 4u * S * 8u) {
                vec4 lo[4], hi[4], ulo[4], uhi[4];
                [[unroll]] for (uint j = 0u; j < 4u; j++) {
                    uint c = c0 + j * S * 8u;
                    lo[j] = vec4(0.0); hi[j] = vec4(0.0); ulo[j] = vec4(0.0); uhi[j] = vec4(0.0);
                    if (c < pc.cols) {
                        LOAD8(w, w4, wb + c, lo[j], hi[j])
                        if (dual) { LOAD8(u, u4, wb + c, ulo[j], uhi[j]) }
                    }
                }
                [[unroll]] for (uint j = 0u; j < 4u; j++) {
                    uint c = c0 + j * S * 8u;
                    if (c >= pc.cols) break;
                    vec4 g0 = vec4(1.0), g1 = vec4(1.0);
                    if (norm) {
                        g0 = vec4(gnorm(c), gnorm(c + 1u), gnorm(c + 2u), gnorm(c + 3u));
                        g1 = vec4(gnorm(c + 4u), gnorm(c + 5u), gnorm(c + 6u), gnorm(c + 7u));
                    }
                    [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                        if (k >= nt) break;
                        uint xb = (pc.x_off + k * pc.x_stride + c) >> 2;
                        vec4 x0 = x4[xb], x1 = x4[xb + 1u];
                        if (norm) { ss[k] += dot(x0, x0) + dot(x1, x1); x0 *= g0; x1 *= g1; }
                        acc[k] += dot(lo[j], x0) + dot(hi[j], x1);
                        if (dual) acc2[k] += dot(ulo[j], x0) + dot(uhi[j], x1);
                    }
                }
            }
        } else {
            for (uint c = lane; c < pc.cols; c += S) {
                float wv = WLOAD(w, WTYPE, wb + c), uv = dual ? WLOAD(u, WTYPE, wb + c) : 0.0, gv = norm ? gnorm(c) : 1.0;
                [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                    if (k >= nt) break;
                    float xv = x[pc.x_off + k * pc.x_stride + c];
                    ss[k] += xv * xv;
                    xv *= gv;
                    acc[k] += wv * xv;
                    acc2[k] += uv * xv;
                }
            }
        }
        uint row = pc.row0 + r;
        float bias = pc.has_bias != 0u ? WLOAD(b, BTYPE, row) : 0.0;
        float bias2 = dual && pc.has_bias != 0u ? WLOAD(b2, BTYPE, row) : 0.0;
        [[unroll]] for (uint k = 0u; k < MAXT; k++) {
            if (k >= nt) break;
            float s = subgroupAdd(acc[k]);
            float s2 = dual ? subgroupAdd(acc2[k]) : 0.0;
            float scale = norm ? inversesqrt(subgroupAdd(ss[k]) / float(pc.cols) + pc.eps) : 1.0;
            if (lane == 0u) {
                uint o = pc.y_off + k * pc.y_stride + row;
                s = s * scale + bias;
                if (dual) s = vkr_act(s, pc.glu - 1u) * (s2 * scale + bias2);
                if (pc.add != 0u) s += y[o];
                if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
                y[o] = s;
            }
        }
    }
}
