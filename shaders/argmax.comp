#version 450
// The index of the largest logit (the lowest index on ties), into the state
// buffer's argmax_out: greedy decoding without reading the logits back.
#include "common.glsl"
layout(local_size_x = 256) in;
layout(std430, binding = 1) readonly buffer L { float lg[]; };
STATE_BUFFER(7)
layout(push_constant) uniform P { uint n; uint off; } pc;
shared float bv[256];
shared uint bi[256];
void main() {
    uint t = gl_LocalInvocationID.x;
    float best = uintBitsToFloat(0xFF800000u);
    uint idx = 0xFFFFFFFFu;
    for (uint j = t; j < pc.n; j += 256u) {
        float v = lg[pc.off + j];
        if (v > best || idx == 0xFFFFFFFFu) { best = v; idx = j; }
    }
    bv[t] = best; bi[t] = idx;
    barrier();
    for (uint s = 128u; s > 0u; s >>= 1) {
        if (t < s) {
            float v = bv[t + s]; uint j = bi[t + s];
            if (j != 0xFFFFFFFFu && (bi[t] == 0xFFFFFFFFu || v > bv[t] || (v == bv[t] && j < bi[t]))) { bv[t] = v; bi[t] = j; }
        }
        barrier();
    }
    if (t == 0u) st.argmax_out = bi[0];
}
