#version 450
// matvec.comp for weights in llama.cpp's blocks (Q8_0, Q4_0, Q4_1, Q5_0,
// Q5_1, Q4_K, Q5_K, Q6_K; WTYPE 3 .. 10, see quant.glsl):
// y[t][r] = (add ? y[t][r] : 0) + bias[r] + Σ_c W[r][c] · x[t][c], decoding
// the blocks as it reads them. Every weight is exactly the CPU twin's value;
// sums are f32. Decode, and every batch size in VKR_PRECISION_F32: a token's
// sum runs in the same order whatever ntok is (8 tokens at a time).
// A workgroup (128 lanes) takes 4 rows, one subgroup per row (as
// matvec.comp): lane i decodes unit i (8 weights) of the row, striding by the
// subgroup size, then a subgroupAdd; no shared memory, no barriers, and each
// lane has several units of a row to amortize the block headers over. `softcap` > 0
// applies tanh(v / cap) · cap. W may be one piece of a larger matrix: its rows
// land at y columns row0... The grid is 2D past 65535 workgroups.
// CPU twin: vkr__cpu_linear (valkyr.h; weights by vkr__dequant_block);
// push constants: struct vkr__p_linear.
#extension GL_EXT_control_flow_attributes : require
#include "common.glsl"
layout(local_size_x = 128) in;
layout(constant_id = 0) const uint WTYPE = 4;
layout(constant_id = 1) const uint BTYPE = 0;
layout(std430, binding = 0) readonly buffer W { uint w[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer X4 { vec4 x4[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer B { uint b[]; };
layout(push_constant) uniform P {
    uint rows, cols, ntok, x_off, x_stride, y_off, y_stride, row0;
    uint has_bias, add; float softcap;
} pc;
#include "quant.glsl"
#define MAXT 8u
#define RPW 4u

bool xvec;
vec4 xload4(uint i) { return xvec ? x4[i >> 2] : vec4(x[i], x[i + 1u], x[i + 2u], x[i + 3u]); }

void main() {
    uint lane = gl_SubgroupInvocationID, S = gl_SubgroupSize;
    uint wg = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
    uint QB = q_block(WTYPE), QBY = q_bytes(WTYPE), UPB = QB / 8u, units = pc.cols / 8u, rb = q_row_bytes(WTYPE, pc.cols);
    xvec = (pc.x_off & 3u) == 0u && (pc.x_stride & 3u) == 0u;
    // MAXT tokens at a time; a token's sum runs in the same order whatever ntok is
    for (uint t0 = 0u; t0 < pc.ntok; t0 += MAXT)
    for (uint rr = gl_SubgroupID; rr < RPW; rr += gl_NumSubgroups) {
        uint nt = min(pc.ntok - t0, MAXT), xo = pc.x_off + t0 * pc.x_stride;
        uint r = wg * RPW + rr;
        if (r >= pc.rows) break;   // the same for the whole subgroup
        uint rowb = r * rb;
        float acc[MAXT];
        [[unroll]] for (uint k = 0u; k < MAXT; k++) acc[k] = 0.0;
        for (uint U = lane; U < units; U += S) {
            uint blk = U / UPB, u = U % UPB, c0 = blk * QB + q_pos(WTYPE, u, 0u), c1 = blk * QB + q_pos(WTYPE, u, 1u);
            uint bo = rowb + blk * QBY;
            vec4 wa = q_dec4(WTYPE, bo, u, 0u), wb = q_dec4(WTYPE, bo, u, 1u);
            [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                if (k >= nt) break;
                vec4 xa = xload4(xo + k * pc.x_stride + c0), xb = xload4(xo + k * pc.x_stride + c1);
                acc[k] += dot(wa, xa) + dot(wb, xb);
            }
        }
        [[unroll]] for (uint k = 0u; k < MAXT; k++) {
            if (k >= nt) break;
            float s = subgroupAdd(acc[k]);
            if (lane == 0u) {
                uint row = pc.row0 + r, o = pc.y_off + (t0 + k) * pc.y_stride + row;
                if (pc.has_bias != 0u) s += WLOAD(b, BTYPE, row);
                if (pc.add != 0u) s += y[o];
                if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
                y[o] = s;
            }
        }
    }
}
