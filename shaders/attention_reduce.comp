#version 450
// Causal attention, part 2: merges the splits of attention.comp for (head h,
// token i): M = max m_s, L = Σ l_s·e^(m_s − M), out = Σ acc_s·e^(m_s − M) / L.
// Splits that saw no position (m = −∞) weigh nothing.
// CPU twin: vkr__cpu_attention (valkyr.h); push constants: struct vkr__p_attn_reduce.
#include "common.glsl"
layout(local_size_x = 128) in;
layout(std430, binding = 2) readonly buffer PART { float part[]; };
layout(std430, binding = 3) writeonly buffer O { float o[]; };
layout(push_constant) uniform P { uint nh, hd, splits; } pc;
void main() {
    uint h = gl_WorkGroupID.x, i = gl_WorkGroupID.y, t = gl_LocalInvocationID.x;
    uint base = (i * pc.nh + h) * pc.splits * (pc.hd + 2u);
    float M = uintBitsToFloat(0xFF800000u), L = 0.0;
    for (uint s = 0u; s < pc.splits; s++) M = max(M, part[base + s * (pc.hd + 2u)]);
    for (uint s = 0u; s < pc.splits; s++) {
        float ms = part[base + s * (pc.hd + 2u)];
        if (ms > uintBitsToFloat(0xFF800000u)) L += part[base + s * (pc.hd + 2u) + 1u] * exp(ms - M);
    }
    for (uint d = t; d < pc.hd; d += 128u) {
        float a = 0.0;
        for (uint s = 0u; s < pc.splits; s++) {
            float ms = part[base + s * (pc.hd + 2u)];
            if (ms > uintBitsToFloat(0xFF800000u)) a += part[base + s * (pc.hd + 2u) + 2u + d] * exp(ms - M);
        }
        o[(i * pc.nh + h) * pc.hd + d] = a / L;
    }
}
