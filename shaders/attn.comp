#version 450
// Causal grouped-query attention for (token i, query head h): the scores
// q·k_t · scale (soft-capped when softcap > 0) over the cached positions
// t ∈ [max(0, p − window + 1), p], p = pos0 + i, softmax, and the weighted sum
// of the values. Positions go in chunks of 128, one per thread, with an
// online softmax (running max and sum), so any context length fits in a few
// hundred bytes of shared memory. Keys are cached transposed ([kv_dim][n_ctx]:
// neighbouring threads read neighbouring positions), values as [n_ctx][kv_dim].
#include "common.glsl"
layout(local_size_x = 128) in;
layout(std430, binding = 2) readonly buffer Q { float q[]; };
layout(std430, binding = 3) writeonly buffer O { float o[]; };
layout(std430, binding = 5) readonly buffer KC { float kc[]; };
layout(std430, binding = 6) readonly buffer VC { float vc[]; };
STATE_BUFFER(7)
layout(push_constant) uniform P { uint nh, nkv, hd, n_ctx, window; float scale, softcap; } pc;
shared float qs[512];
shared float pr[128];
shared float red[32];
float wg_max(float v) {
    v = subgroupMax(v);
    barrier();
    if (subgroupElect()) red[gl_SubgroupID] = v;
    barrier();
    float m = red[0];
    for (uint s = 1u; s < gl_NumSubgroups; s++) m = max(m, red[s]);
    return m;
}
float wg_sum(float v) {
    v = subgroupAdd(v);
    barrier();
    if (subgroupElect()) red[gl_SubgroupID] = v;
    barrier();
    float m = 0.0;
    for (uint s = 0u; s < gl_NumSubgroups; s++) m += red[s];
    return m;
}
void main() {
    uint i = gl_WorkGroupID.y, h = gl_WorkGroupID.x, t = gl_LocalInvocationID.x;
    uint p = st.pos0 + i, kvh = h / (pc.nh / pc.nkv), kvd = pc.nkv * pc.hd;
    uint lo = (pc.window != 0u && p + 1u > pc.window) ? p + 1u - pc.window : 0u;
    for (uint d = t; d < pc.hd; d += 128u) qs[d] = q[(i * pc.nh + h) * pc.hd + d];
    barrier();
    float m = uintBitsToFloat(0xFF800000u), l = 0.0, acc[4] = float[4](0.0, 0.0, 0.0, 0.0);
    uint kb = kvh * pc.hd * pc.n_ctx;
    for (uint c0 = lo; c0 <= p; c0 += 128u) {
        uint pos = c0 + t;
        float s = uintBitsToFloat(0xFF800000u);
        if (pos <= p) {
            float dot = 0.0;
            for (uint d = 0u; d < pc.hd; d++) dot += qs[d] * kc[kb + d * pc.n_ctx + pos];
            s = dot * pc.scale;
            if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
        }
        float mn = max(m, wg_max(s));
        float e = pos <= p ? exp(s - mn) : 0.0;
        float alpha = exp(m - mn);
        l = l * alpha + wg_sum(e);
        pr[t] = e;
        barrier();
        uint n = min(128u, p + 1u - c0);
        for (uint k = 0u; k < 4u; k++) {
            uint d = t + k * 128u;
            if (d >= pc.hd) break;
            float a = acc[k] * alpha;
            for (uint j = 0u; j < n; j++) a += pr[j] * vc[(c0 + j) * kvd + kvh * pc.hd + d];
            acc[k] = a;
        }
        m = mn;
        barrier();
    }
    for (uint k = 0u; k < 4u; k++) {
        uint d = t + k * 128u;
        if (d < pc.hd) o[(i * pc.nh + h) * pc.hd + d] = acc[k] / l;
    }
}
