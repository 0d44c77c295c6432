#version 450
// Per (token i, head h) of q and k: the optional per-head RMS norm (Qwen3,
// Gemma 3), then RoPE (Hugging Face's half-split pairs (v[j], v[j + rot/2])
// rotated by the cos / sin tables at the row's position p_i). Key heads also store
// themselves, transposed, into the key cache ([kv_dim][n_ctx]) and copy their
// value head into the value cache ([n_ctx][kv_dim]).
// CPU twin: vkr__cpu_rope_kv (valkyr.h); push constants: struct vkr__p_rope.
#include "common.glsl"
layout(local_size_x = 128) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(std430, binding = 0) readonly buffer QN { uint qn[]; };
layout(std430, binding = 1) readonly buffer KN { uint kn[]; };
layout(std430, binding = 2) buffer Q { float q[]; };
layout(std430, binding = 3) buffer K { float k[]; };
layout(std430, binding = 4) readonly buffer V { float v[]; };
layout(std430, binding = 5) writeonly buffer KC { float kc[]; };
layout(std430, binding = 6) writeonly buffer VC { float vc[]; };
STATE_BUFFER(7)
layout(std430, binding = 8) readonly buffer COS { float cos_t[]; };
layout(std430, binding = 9) readonly buffer SIN { float sin_t[]; };
layout(push_constant) uniform P { uint nh, nkv, hd, rot, n_ctx, qk_norm, plus_one; float eps; } pc;
shared float hv[512];
shared float part[32];
void main() {
    uint i = gl_WorkGroupID.y, h = gl_WorkGroupID.x, t = gl_LocalInvocationID.x;
    uint p = st.rows[i].y, kvd = pc.nkv * pc.hd, half_ = pc.rot / 2u;
    bool is_k = h >= pc.nh;
    uint kh = h - pc.nh;
    uint base = is_k ? i * kvd + kh * pc.hd : (i * pc.nh + h) * pc.hd;
    for (uint j = t; j < pc.hd; j += 128u) hv[j] = is_k ? k[base + j] : q[base + j];
    barrier();
    if (pc.qk_norm != 0u) {
        float ss = 0.0;
        for (uint j = t; j < pc.hd; j += 128u) ss += hv[j] * hv[j];
        ss = subgroupAdd(ss);
        if (subgroupElect()) part[gl_SubgroupID] = ss;
        barrier();
        float tot = 0.0;
        for (uint s = 0u; s < gl_NumSubgroups; s++) tot += part[s];
        float scale = 1.0 / sqrt(tot / float(pc.hd) + pc.eps);
        barrier();
        for (uint j = t; j < pc.hd; j += 128u) {
            float g = is_k ? WLOAD(kn, WTYPE, j) : WLOAD(qn, WTYPE, j);
            hv[j] = hv[j] * scale * (pc.plus_one != 0u ? 1.0 + g : g);
        }
        barrier();
    }
    for (uint j = t; j < half_; j += 128u) {
        float a = hv[j], b = hv[j + half_], c = cos_t[p * half_ + j], s = sin_t[p * half_ + j];
        hv[j] = a * c - b * s;
        hv[j + half_] = b * c + a * s;
    }
    barrier();
    for (uint j = t; j < pc.hd; j += 128u) {
        if (is_k) {
            k[base + j] = hv[j];
            kc[(kh * pc.hd + j) * pc.n_ctx + p] = hv[j];
            vc[p * kvd + kh * pc.hd + j] = v[base + j];
        } else {
            q[base + j] = hv[j];
        }
    }
}
