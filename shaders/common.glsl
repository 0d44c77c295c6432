// common.glsl — shared by every valkyr kernel.
//
// Weights are kept on the GPU in their file precision and read through a
// uint buffer: WTYPE picks f32 (0), bf16 (1) or f16 (2), or one of llama.cpp's
// blocks (3 .. 10, read through quant.glsl). Activations are f32.
// Every kernel uses one descriptor-set layout of storage buffers (bindings
// 0..11) and one 128-byte push-constant range, so one pipeline layout serves
// all of them.
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require

#define T_F32 0u
#define T_BF16 1u
#define T_F16 2u

// element i of a weight buffer `b` (declared `uint b[]`) of type `t`
#define WLOAD(b, t, i) ((t) == T_F32 ? uintBitsToFloat(b[i]) : \
    (t) == T_BF16 ? uintBitsToFloat(((b[(i) >> 1] >> (((i) & 1u) * 16u)) & 0xFFFFu) << 16) : \
    unpackHalf2x16(b[(i) >> 1] >> (((i) & 1u) * 16u)).x)

// The per-forward state the host writes before each submit, so a recorded
// command buffer can be replayed at any position: the number of rows, the
// first row's position and whether the rows' positions run on from it one by
// one (then a kernel may use pos0 + row: NVIDIA keeps that value on its
// uniform path, a position loaded per workgroup costs attention ~30 %), then
// each row's token id (.x) and position (.y). Mirrors valkyr.h's
// vkr__state_head followed by vkr__row[] (8 bytes a row).
#define STATE_BUFFER(n) layout(std430, binding = n) restrict readonly buffer State { uint n_rows; uint pos0; uint consecutive; uint pad_; uvec2 rows[]; } st;
