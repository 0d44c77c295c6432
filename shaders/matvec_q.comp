#version 450
// matvec.comp for weights in llama.cpp's blocks (Q8_0, Q4_0, Q4_1, Q5_0,
// Q5_1, Q4_K, Q5_K, Q6_K; WTYPE 3 .. 10, see quant.glsl):
// y[t][r] = (add ? y[t][r] : 0) + bias[r] + Σ_c W[r][c] · x[t][c], decoding
// the blocks as it reads them. Every weight is exactly the CPU twin's value;
// sums are f32. Decode, and every batch size in VKR_PRECISION_F32: a token's
// sum runs in the same order whatever ntok is (8 tokens at a time).
// A workgroup (128 lanes) takes 4 rows together: lane i decodes unit i
// (8 weights) of each of the 4 rows and loads that unit's x once for all 4,
// striding by 128 units; then a subgroupAdd and a fixed-order sum over the
// subgroups (≤ 32: subgroups have ≥ 4 lanes) in shared memory. `softcap` > 0
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
#define LANES 128u
shared float red[LANES / 4u][MAXT * RPW];

bool xvec;
vec4 xload4(uint i) { return xvec ? x4[i >> 2] : vec4(x[i], x[i + 1u], x[i + 2u], x[i + 3u]); }

void main() {
    uint tid = gl_LocalInvocationID.x;
    uint wg = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x;
    uint r0 = wg * RPW;
    if (r0 >= pc.rows) return;   // the whole workgroup
    uint QB = q_block(WTYPE), QBY = q_bytes(WTYPE), UPB = QB / 8u, units = pc.cols / 8u, rb = q_row_bytes(WTYPE, pc.cols);
    uint rowb[RPW];
    [[unroll]] for (uint rr = 0u; rr < RPW; rr++) rowb[rr] = min(r0 + rr, pc.rows - 1u) * rb;   // a row past the end repeats the last
    xvec = (pc.x_off & 3u) == 0u && (pc.x_stride & 3u) == 0u;
    for (uint t0 = 0u; t0 < pc.ntok; t0 += MAXT) {
        uint nt = min(pc.ntok - t0, MAXT), xo = pc.x_off + t0 * pc.x_stride;
        float acc[MAXT][RPW];
        [[unroll]] for (uint k = 0u; k < MAXT; k++) [[unroll]] for (uint rr = 0u; rr < RPW; rr++) acc[k][rr] = 0.0;
        for (uint U = tid; U < units; U += LANES) {
            uint blk = U / UPB, u = U % UPB, c0 = blk * QB + q_pos(WTYPE, u, 0u), c1 = blk * QB + q_pos(WTYPE, u, 1u);
            vec4 wa[RPW], wb[RPW];
            [[unroll]] for (uint rr = 0u; rr < RPW; rr++) {
                uint bo = rowb[rr] + blk * QBY;
                q_dec8(WTYPE, bo, u, wa[rr], wb[rr]);
            }
            [[unroll]] for (uint k = 0u; k < MAXT; k++) {
                if (k >= nt) break;
                vec4 xa = xload4(xo + k * pc.x_stride + c0), xb = xload4(xo + k * pc.x_stride + c1);
                [[unroll]] for (uint rr = 0u; rr < RPW; rr++) acc[k][rr] += dot(wa[rr], xa) + dot(wb[rr], xb);
            }
        }
        [[unroll]] for (uint k = 0u; k < MAXT; k++) {
            if (k >= nt) break;
            [[unroll]] for (uint rr = 0u; rr < RPW; rr++) {
                float s = subgroupAdd(acc[k][rr]);
                if (gl_SubgroupInvocationID == 0u) red[gl_SubgroupID][k * RPW + rr] = s;
            }
        }
        barrier();
        if (tid < nt * RPW) {
            uint k = tid / RPW, rr = tid % RPW, r = r0 + rr;
            float s = 0.0;
            for (uint g = 0u; g < gl_NumSubgroups; g++) s += red[g][tid];
            if (r < pc.rows) {
                uint row = pc.row0 + r, o = pc.y_off + (t0 + k) * pc.y_stride + row;
                if (pc.has_bias != 0u) s += WLOAD(b, BTYPE, row);
                if (pc.add != 0u) s += y[o];
                if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
                y[o] = s;
            }
        }
        barrier();
    }
}
