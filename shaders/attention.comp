#version 450
// Causal grouped-query attention, part 1: for (query head h, token i, split
// s) the scores q·k_t · scale (soft-capped when softcap > 0) over the cached
// positions t ∈ [max(0, p − window + 1), p], p = the row's position, with an online
// softmax (running max m and sum l), and the weighted sum of the values.
// Positions go in chunks of 128, one per thread; split s takes chunks s,
// s + S, s + 2S, … so a single decoded token still fills the GPU. Each split
// writes its (m, l, acc[hd]) to `part`; attention_reduce.comp merges the splits.
// Keys are cached transposed ([kv_dim][n_ctx]: neighbouring threads read
// neighbouring positions), values as [n_ctx][kv_dim]. For the value sum the
// 128 threads are hd-wide groups that each take every (128/hd)-th position.
// CPU twin: vkr__cpu_attention (valkyr.h); push constants: struct vkr__p_attn.
#extension GL_EXT_control_flow_attributes : require
#include "common.glsl"
layout(local_size_x = 128) in;
layout(std430, binding = 2) readonly buffer Q { float q[]; };
layout(std430, binding = 3) writeonly buffer PART { float part[]; };
layout(std430, binding = 5) readonly buffer KC { float kc[]; };
layout(std430, binding = 6) readonly buffer VC { float vc[]; };
STATE_BUFFER(7)
layout(push_constant) uniform P { uint nh, nkv, hd, n_ctx, window; float scale, softcap; uint splits; } pc;
shared float qs[512];
shared float pr[128];
shared float red[128];
#define NEG_INF uintBitsToFloat(0xFF800000u)
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
// (head h, row i at position p, split)
void attend(uint p) {
    uint h = gl_WorkGroupID.x, i = gl_WorkGroupID.y, split = gl_WorkGroupID.z, t = gl_LocalInvocationID.x;
    uint kvh = h / (pc.nh / pc.nkv), kvd = pc.nkv * pc.hd;
    uint lo = (pc.window != 0u && p + 1u > pc.window) ? p + 1u - pc.window : 0u;
    for (uint d = t; d < pc.hd; d += 128u) qs[d] = q[(i * pc.nh + h) * pc.hd + d];
    barrier();
    // value-sum layout: hd ≤ 128 → groups of hd threads over positions; else 2 dims per thread
    uint groups = pc.hd <= 128u ? 128u / pc.hd : 1u;
    uint g = pc.hd <= 128u ? t / pc.hd : 0u, dd = pc.hd <= 128u ? t % pc.hd : t;
    bool busy = g < groups;   // threads past groups·hd idle in the value sum
    float m = NEG_INF, l = 0.0, acc[4] = float[4](0.0, 0.0, 0.0, 0.0);
    uint kb = kvh * pc.hd * pc.n_ctx;
    for (uint c0 = lo + split * 128u; c0 <= p; c0 += pc.splits * 128u) {
        uint pos = c0 + t;
        float s = NEG_INF;
        if (pos <= p) {
            float d0 = 0.0, d1 = 0.0, d2 = 0.0, d3 = 0.0;
            uint d = 0u;
            for (; d + 4u <= pc.hd; d += 4u) {
                d0 += qs[d] * kc[kb + d * pc.n_ctx + pos];
                d1 += qs[d + 1u] * kc[kb + (d + 1u) * pc.n_ctx + pos];
                d2 += qs[d + 2u] * kc[kb + (d + 2u) * pc.n_ctx + pos];
                d3 += qs[d + 3u] * kc[kb + (d + 3u) * pc.n_ctx + pos];
            }
            for (; d < pc.hd; d++) d0 += qs[d] * kc[kb + d * pc.n_ctx + pos];
            s = ((d0 + d1) + (d2 + d3)) * pc.scale;
            if (pc.softcap > 0.0) s = tanh(s / pc.softcap) * pc.softcap;
        }
        float mn = max(m, wg_max(s));
        float e = pos <= p ? exp(s - mn) : 0.0;
        float alpha = exp(m - mn);
        l = l * alpha + wg_sum(e);
        pr[t] = e;
        barrier();
        uint n = min(128u, p + 1u - c0);
        [[unroll]] for (uint k = 0u; k < 4u; k++) acc[k] *= alpha;
        if (busy) {
            if (pc.hd <= 128u) {
                uint vb = kvh * pc.hd + dd;
                float a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0;   // four loads in flight
                uint j = g;
                for (; j + 3u * groups < n; j += 4u * groups) {
                    a0 += pr[j] * vc[(c0 + j) * kvd + vb];
                    a1 += pr[j + groups] * vc[(c0 + j + groups) * kvd + vb];
                    a2 += pr[j + 2u * groups] * vc[(c0 + j + 2u * groups) * kvd + vb];
                    a3 += pr[j + 3u * groups] * vc[(c0 + j + 3u * groups) * kvd + vb];
                }
                for (; j < n; j += groups) a0 += pr[j] * vc[(c0 + j) * kvd + vb];
                acc[0] += (a0 + a1) + (a2 + a3);
            } else {
                for (uint k = 0u; k < 4u; k++) {
                    uint d = dd + k * 128u;
                    if (d >= pc.hd) break;
                    float a = 0.0;
                    for (uint j = 0u; j < n; j++) a += pr[j] * vc[(c0 + j) * kvd + kvh * pc.hd + d];
                    acc[k] += a;
                }
            }
        }
        m = mn;
        barrier();
    }
    // this split's partial result: m, l, then acc[hd] (the groups summed)
    uint base = ((i * pc.nh + h) * pc.splits + split) * (pc.hd + 2u);
    if (t == 0u) { part[base] = m; part[base + 1u] = l; }
    if (pc.hd <= 128u) {
        red[t] = busy ? acc[0] : 0.0;
        barrier();
        if (t < pc.hd) {
            float a = 0.0;
            for (uint k = 0u; k < groups; k++) a += red[k * pc.hd + t];
            part[base + 2u + t] = a;
        }
    } else {
        for (uint k = 0u; k < 4u; k++) {
            uint d = dd + k * 128u;
            if (d < pc.hd) part[base + 2u + d] = acc[k];
        }
    }
}
void main() {
    // two copies of the body: one where p is provably the same for the whole
    // workgroup (rows of one sequence, one after another), one for any rows
    if (st.consecutive != 0u) attend(st.pos0 + gl_WorkGroupID.y);
    else attend(st.rows[gl_WorkGroupID.y].y);
}
