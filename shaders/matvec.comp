#version 450
// y[t][r] = (add ? y[t][r] : 0) + bias[r] + Σ_c W[r][c] · x[t][c], for a few
// tokens t (decode). One workgroup per row r (a 2D grid past 65535 rows); its threads stride over the
// columns, then a subgroup + shared-memory reduction. `softcap` > 0 applies
// tanh(v / cap) · cap (Gemma 2's final logits). W may be one piece of a
// larger matrix: its rows land at y columns row0...
#include "common.glsl"
layout(local_size_x = 128) in;
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
#define MAXT 8
shared float part[32 * MAXT];   // ≤ 32 subgroups: subgroups of ≥ 4 lanes
void main() {
    uint r = gl_WorkGroupID.x + gl_WorkGroupID.y * gl_NumWorkGroups.x, t = gl_LocalInvocationID.x, nt = min(pc.ntok, uint(MAXT));
    if (r >= pc.rows) return;   // the whole workgroup: rows past a 2D grid's end
    float acc[MAXT];
    for (uint k = 0u; k < MAXT; k++) acc[k] = 0.0;
    uint wb = r * pc.cols;
    if (WTYPE == T_BF16 && (pc.cols & 7u) == 0u) {
        // 8 bf16 weights per thread per step: one 16-byte load
        for (uint c = t * 8u; c < pc.cols; c += 128u * 8u) {
            uint i2 = (wb + c) >> 1;
            uvec4 q = uvec4(w[i2], w[i2 + 1u], w[i2 + 2u], w[i2 + 3u]);
            float wv[8] = float[8](uintBitsToFloat(q.x << 16), uintBitsToFloat(q.x & 0xFFFF0000u),
                                   uintBitsToFloat(q.y << 16), uintBitsToFloat(q.y & 0xFFFF0000u),
                                   uintBitsToFloat(q.z << 16), uintBitsToFloat(q.z & 0xFFFF0000u),
                                   uintBitsToFloat(q.w << 16), uintBitsToFloat(q.w & 0xFFFF0000u));
            for (uint k = 0u; k < nt; k++) {
                uint xb = pc.x_off + k * pc.x_stride + c;
                float s = 0.0;
                for (uint e = 0u; e < 8u; e++) s += wv[e] * x[xb + e];
                acc[k] += s;
            }
        }
    } else {
        for (uint c = t; c < pc.cols; c += 128u) {
            float wv = WLOAD(w, WTYPE, wb + c);
            for (uint k = 0u; k < nt; k++) acc[k] += wv * x[pc.x_off + k * pc.x_stride + c];
        }
    }
    for (uint k = 0u; k < nt; k++) {
        float s = subgroupAdd(acc[k]);
        if (subgroupElect()) part[k * 32u + gl_SubgroupID] = s;
    }
    barrier();
    if (t < nt) {
        float s = 0.0;
        for (uint j = 0u; j < gl_NumSubgroups; j++) s += part[t * 32u + j];
        uint row = pc.row0 + r;
        if (pc.has_bias != 0u) s += WLOAD(b, BTYPE, row);
        uint o = pc.y_off + t * pc.y_stride + row;
        if (pc.add != 0u) s += y[o];
        if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
        y[o] = s;
    }
}
