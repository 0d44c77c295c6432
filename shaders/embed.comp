#version 450
// x[i][:] = E[ids[i]][:] · scale — the token embedding of every token of the
// batch. E may be split into pieces of `rows` rows (row0 = first row of this
// piece): tokens outside the piece are left to another dispatch. E in
// llama.cpp's blocks (WTYPE 3 .. 10, quant.glsl) is decoded 4 weights a
// thread, exactly (d is then a multiple of 32).
// CPU twin: vkr__cpu_embed (valkyr.h); push constants: struct vkr__p_embed.
#include "common.glsl"
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(std430, binding = 0) readonly buffer E { uint e[]; };
layout(std430, binding = 2) writeonly buffer X { float x[]; };
STATE_BUFFER(7)
layout(push_constant) uniform P { uint d; uint row0; uint rows; float scale; } pc;
#define QBUF e
#include "quant.glsl"
void main() {
    uint i = gl_WorkGroupID.y, id = st.rows[i].x;
    if (id < pc.row0 || id >= pc.row0 + pc.rows) return;
    if (IS_QUANT(WTYPE)) {
        uint rb = (id - pc.row0) * q_row_bytes(WTYPE, pc.d);
        for (uint j = (gl_LocalInvocationID.x + gl_WorkGroupID.x * 256u) * 4u; j < pc.d; j += 1024u * gl_NumWorkGroups.x) {
            vec4 v = q_get4(WTYPE, rb, j) * pc.scale;
            x[i * pc.d + j] = v.x; x[i * pc.d + j + 1u] = v.y; x[i * pc.d + j + 2u] = v.z; x[i * pc.d + j + 3u] = v.w;
        }
        return;
    }
    uint base = (id - pc.row0) * pc.d;
    for (uint j = gl_LocalInvocationID.x + gl_WorkGroupID.x * 256u; j < pc.d; j += 256u * gl_NumWorkGroups.x)
        x[i * pc.d + j] = WLOAD(e, WTYPE, base + j) * pc.scale;
}
