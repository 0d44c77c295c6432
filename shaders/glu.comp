#version 450
// The gated FFN's middle: g[i] = act(g[i]) · u[i], act = SiLU (0), GELU with
// the tanh approximation (1) or exact GELU (2; erf by Abramowitz–Stegun
// 7.1.26, |error| < 1.5e-7).
// CPU twin: vkr__cpu_glu (valkyr.h); push constants: struct vkr__p_glu.
#include "common.glsl"
layout(local_size_x = 256) in;
layout(std430, binding = 1) readonly buffer U { float u[]; };
layout(std430, binding = 2) buffer G { float g[]; };
layout(push_constant) uniform P { uint n; uint act; } pc;
float erf_(float x) {
    float s = sign(x), a = abs(x), t = 1.0 / (1.0 + 0.3275911 * a);
    float y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * exp(-a * a);
    return s * y;
}
void main() {
    uint i = gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * gl_NumWorkGroups.x * 256u;
    if (i >= pc.n) return;
    float x = g[i], a;
    if (pc.act == 0u) a = x / (1.0 + exp(-x));
    else if (pc.act == 1u) a = 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
    else a = 0.5 * x * (1.0 + erf_(x * 0.7071067811865476));
    g[i] = a * u[i];
}
