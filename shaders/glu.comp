#version 450
// The gated FFN's middle: g[i] = act(g[i]) · u[i] (vkr_act in common.glsl).
#include "common.glsl"
layout(local_size_x = 256) in;
layout(std430, binding = 1) readonly buffer U { float u[]; };
layout(std430, binding = 2) buffer G { float g[]; };
layout(push_constant) uniform P { uint n; uint act; } pc;
void main() {
    uint i = gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * gl_NumWorkGroups.x * 256u;
    if (i >= pc.n) return;
    g[i] = vkr_act(g[i], pc.act) * u[i];
}
