#version 450
// y[t][r] = (add ? y[t][r] : 0) + bias[r] + Σ_c W[r][c] · x[t][c], for any
// number of tokens t, 8 at a time (decode; and prefill in VKR_PRECISION_F32,
// where every row is summed in the same order whatever the batch holds).
// A workgroup takes 4 consecutive rows; each subgroup
// takes one row at a time, its lanes stride over the columns (8 weights per
// lane per step: one 16-byte load for bf16 / f16; four such loads in
// flight), and one subgroupAdd per
// token ends the row — no shared memory, no barrier. Correct for any
// subgroup size. `softcap` > 0 applies tanh(v / cap) · cap (Gemma 2's final
// logits). W may be one piece of a larger matrix: its rows land at y columns
// row0... The grid is 2D past 65535 workgroups.
// CPU twin: vkr__cpu_linear (valkyr.h); push constants: struct vkr__p_linear.
#extension GL_EXT_control_flow_attributes : require
#include "common.glsl"
layout(local_size_x = 128) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint BTYPE = 0;
layout(std430, binding = 0) readonly buffer W { uint w[]; };
layout(std430, binding = 0) readonly buffer W4 { uvec4 w4[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer X4 { vec4 x4[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer B { uint b[]; };
layout(push_constant) uniform P {
    uint rows, cols, ntok, x_off, x_stride, y_off, y_stride, row0;
    uint has_bias, add; float softcap;
} pc;
#define MAXT 8u
#define RPW 4u

// weights c .. c+7 of the matrix (element index i = first, a multiple of 8)
void load8(uint i, out vec4 lo, out vec4 hi) {
    if (WTYPE == T_F32) {
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
    uint lane = gl_SubgroupInvocationID, S = gl_SubgroupSize;
    uint wg = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
    bool vec = (pc.cols & 7u) == 0u && (pc.x_off & 3u) == 0u && (pc.x_stride & 3u) == 0u;
    // MAXT tokens at a time; a token's sum runs in the same order whatever ntok is
    for (uint t0 = 0u; t0 < pc.ntok; t0 += MAXT)
    for (uint rr = gl_SubgroupID; rr < RPW; rr += gl_NumSubgroups) {
        uint nt = min(pc.ntok - t0, MAXT), x_off = pc.x_off + t0 * pc.x_stride;
        uint r = wg * RPW + rr;
        if (r >= pc.rows) break;   // the same for the whole subgroup
        float acc[MAXT];
        [[unroll]] for (uint k = 0u; k < MAXT; k++) acc[k] = 0.0;
        uint wb = r * pc.cols;
        if (vec) {
            uint c = lane * 8u;
            // four 16-byte loads in flight per lane, then the arithmetic
            for (; c + 3u * S * 8u < pc.cols; c += 4u * S * 8u) {
                vec4 lo[4], hi[4];
                [[unroll]] for (uint u = 0u; u < 4u; u++) load8(wb + c + u * S * 8u, lo[u], hi[u]);
                [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                    if (k >= nt) break;
                    [[unroll]] for (uint u = 0u; u < 4u; u++) {
                        uint xb = (x_off + k * pc.x_stride + c + u * S * 8u) >> 2;
                        acc[k] += dot(lo[u], x4[xb]) + dot(hi[u], x4[xb + 1u]);
                    }
                }
            }
            for (; c < pc.cols; c += S * 8u) {
                vec4 lo, hi;
                load8(wb + c, lo, hi);
                [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                    if (k >= nt) break;
                    uint xb = (x_off + k * pc.x_stride + c) >> 2;
                    acc[k] += dot(lo, x4[xb]) + dot(hi, x4[xb + 1u]);
                }
            }
        } else {
            for (uint c = lane; c < pc.cols; c += S) {
                float wv = WLOAD(w, WTYPE, wb + c);
                [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                    if (k >= nt) break;
                    acc[k] += wv * x[x_off + k * pc.x_stride + c];
                }
            }
        }
        uint row = pc.row0 + r;
        float bias = pc.has_bias != 0u ? WLOAD(b, BTYPE, row) : 0.0;
        [[unroll]] for (uint k = 0u; k < MAXT; k++) {
            if (k >= nt) break;
            float s = subgroupAdd(acc[k]);
            if (lane == 0u) {
                uint o = pc.y_off + (t0 + k) * pc.y_stride + row;
                s += bias;
                if (pc.add != 0u) s += y[o];
                if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
                y[o] = s;
            }
        }
    }
}
