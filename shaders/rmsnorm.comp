#version 450
// RMS norm of each row: y = x / sqrt(mean(x²) + eps) · w   (or · (1 + w), Gemma).
// With `add` set the result is added to y instead (Gemma 2/3's post norms:
// x += norm(o)). One workgroup per row.
// CPU twin: vkr__cpu_rmsnorm (valkyr.h); push constants: struct vkr__p_rmsnorm.
#include "common.glsl"
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(std430, binding = 0) readonly buffer W { uint w[]; };
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(push_constant) uniform P { uint d; uint row0; float eps; uint plus_one; uint add; } pc;
shared float part[64];
void main() {
    uint row = gl_WorkGroupID.x + pc.row0, base = row * pc.d, t = gl_LocalInvocationID.x;
    float ss = 0.0;
    for (uint j = t; j < pc.d; j += 256u) { float v = x[base + j]; ss += v * v; }
    ss = subgroupAdd(ss);
    if (subgroupElect()) part[gl_SubgroupID] = ss;
    barrier();
    if (t == 0u) { float s = 0.0; for (uint k = 0u; k < gl_NumSubgroups; k++) s += part[k]; part[0] = s; }
    barrier();
    float scale = 1.0 / sqrt(part[0] / float(pc.d) + pc.eps);
    for (uint j = t; j < pc.d; j += 256u) {
        float g = WLOAD(w, WTYPE, j);
        float v = x[base + j] * scale * (pc.plus_one != 0u ? 1.0 + g : g);
        y[base + j] = pc.add != 0u ? y[base + j] + v : v;
    }
}
