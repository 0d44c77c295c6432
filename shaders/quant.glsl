// quant.glsl — llama.cpp's weight blocks (valkyr.h >>quant), read where they
// lie: a weight buffer holds a matrix's raw blocks, row r at byte
// r · row_bytes, and the kernels decode them as they go (no dequantized copy
// in memory). Every value is the one valkyr.h's vkr__dequant_block (the CPU
// twin) computes: the same float operations in the same order, declared
// `precise` so that no compiler fuses them into FMAs.
//
// Blocks of 18, 22, 34 or 210 bytes leave most of them off 4-byte
// boundaries, so the buffer is read as uint words and bytes come out by
// shifts. Every block size is even, so every field starts on an even byte:
// a 16-bit read stays in one word, a 32-bit read spans at most two.
//
// A block of B weights is read as B / 8 "units" of 8 weights: two runs of 4
// consecutive weights (half 0 and half 1) that share their bytes of quants
// and scales. Lane i of a matvec takes unit i, so neighbouring lanes read
// neighbouring bytes.
//
// Include after declaring the weight buffer as `uint QBUF[]` (default `w`).
#ifndef QBUF
#define QBUF w
#endif

#define T_Q8_0 3u
#define T_Q4_0 4u
#define T_Q4_1 5u
#define T_Q5_0 6u
#define T_Q5_1 7u
#define T_Q4_K 8u
#define T_Q5_K 9u
#define T_Q6_K 10u
#define IS_QUANT(t) ((t) >= T_Q8_0)

// weights and bytes of a block; bytes of a row of n weights
uint q_block(uint t) { return t >= T_Q4_K ? 256u : 32u; }
uint q_bytes(uint t) {
    return t == T_Q8_0 ? 34u : t == T_Q4_0 ? 18u : t == T_Q4_1 ? 20u : t == T_Q5_0 ? 22u :
           t == T_Q5_1 ? 24u : t == T_Q4_K ? 144u : t == T_Q5_K ? 176u : 210u;
}
uint q_row_bytes(uint t, uint n) { return n / q_block(t) * q_bytes(t); }

// byte, u16 and u32 (little-endian) at byte offset o; o even for the last two
uint qb8(uint o) { return (QBUF[o >> 2] >> ((o & 3u) << 3)) & 0xFFu; }
uint qb16(uint o) { return (QBUF[o >> 2] >> ((o & 2u) << 3)) & 0xFFFFu; }
uint qb32(uint o) {   // both words, then a select: no divergent branch (the piece has a word of padding)
    uint i = o >> 2, lo = QBUF[i], hi = QBUF[i + 1u];
    return (o & 2u) == 0u ? lo : (lo >> 16) | (hi << 16);
}
float qf16(uint o) { return unpackHalf2x16(qb16(o)).x; }
// the 4 bytes of a word as 4 values (unsigned, or sign-extended)
uvec4 qbytes(uint v) { return uvec4(v & 0xFFu, (v >> 8) & 0xFFu, (v >> 16) & 0xFFu, v >> 24); }
ivec4 qsbytes(uint v) { return ivec4(bitfieldExtract(int(v), 0, 8), bitfieldExtract(int(v), 8, 8), bitfieldExtract(int(v), 16, 8), bitfieldExtract(int(v), 24, 8)); }

// Position in its block of the first weight of half hf of unit u.
//   Q8_0: unit u = weights 8u .. 8u + 7.
//   Q4_0 … Q5_1: byte j of the nibbles holds weight j (low) and j + 16
//     (high); unit u = bytes 4u .. 4u + 3: weights 4u.. (half 0), 16 + 4u.. (half 1).
//   Q4_K, Q5_K: 4 groups of 64 weights, group g in nibble bytes 32g .. 32g + 31
//     (low: weights 64g + l, sub-block 2g; high: 64g + 32 + l, sub-block 2g + 1);
//     unit u = group u / 8, bytes 4 · (u % 8) ..
//   Q6_K: 2 halves of 128 (h = u / 16); ql byte l holds weights l (low) and
//     l + 64 (high), ql byte l + 32 weights l + 32 and l + 96; unit u reads ql
//     bytes 4i .. 4i + 3 (+ 32 when (u / 8) is odd), i = u % 8.
uint q_pos(uint t, uint u, uint hf) {
    if (t == T_Q8_0) return 8u * u + 4u * hf;
    if (t < T_Q4_K) return 4u * u + 16u * hf;
    if (t < T_Q6_K) return 64u * (u >> 3) + 4u * (u & 7u) + 32u * hf;
    return 128u * (u >> 4) + 32u * ((u >> 3) & 1u) + 4u * (u & 7u) + 64u * hf;
}

// Q4_K / Q5_K: the 6-bit scale and min of sub-block j (of 8) from the 12
// bytes at s (as vkr__k4_scale_min)
void q_k4_scale_min(uint s, uint j, out uint sc, out uint m) {
    if (j < 4u) {
        sc = qb8(s + j) & 63u;
        m = qb8(s + j + 4u) & 63u;
    } else {
        sc = (qb8(s + j + 4u) & 0xFu) | ((qb8(s + j - 4u) >> 6) << 4);
        m = (qb8(s + j + 4u) >> 4) | ((qb8(s + j) >> 6) << 4);
    }
}

// The 4 weights of half hf of unit u of the block of type t at byte bo,
// exactly as vkr__dequant_block computes them.
vec4 q_dec4(uint t, uint bo, uint u, uint hf) {
    precise vec4 v;
    if (t == T_Q8_0) {
        float d = qf16(bo);
        v = vec4(qsbytes(qb32(bo + 2u + 8u * u + 4u * hf))) * d;
    } else if (t < T_Q4_K) {
        bool one = t == T_Q4_1 || t == T_Q5_1, five = t == T_Q5_0 || t == T_Q5_1;
        uint qs = (one ? 4u : 2u) + (five ? 4u : 0u);           // offset of the nibbles
        uvec4 q = (qbytes(qb32(bo + qs + 4u * u)) >> (4u * hf)) & 0xFu;
        if (five) {                                              // 5th bits: qh bit j of weight j
            uint qh = qb32(bo + (one ? 4u : 2u));
            q |= ((uvec4(qh) >> (uvec4(0u, 1u, 2u, 3u) + 4u * u + 16u * hf)) & 1u) << 4;
        }
        float d = qf16(bo);
        if (one) {
            float m = qf16(bo + 2u);
            v = vec4(q) * d + m;
        } else {
            v = vec4(ivec4(q) - (five ? 16 : 8)) * d;
        }
    } else if (t < T_Q6_K) {
        bool five = t == T_Q5_K;
        uint g = u >> 3, i = u & 7u, sc, mn;
        uvec4 q = (qbytes(qb32(bo + (five ? 48u : 16u) + 32u * g + 4u * i)) >> (4u * hf)) & 0xFu;
        if (five) q += ((qbytes(qb32(bo + 16u + 4u * i)) >> (2u * g + hf)) & 1u) << 4;
        q_k4_scale_min(bo + 4u, 2u * g + hf, sc, mn);
        precise float d1 = qf16(bo) * float(sc), m1 = qf16(bo + 2u) * float(mn);
        v = d1 * vec4(q) - m1;
    } else {
        uint h = u >> 4, pr = (u >> 3) & 1u, i = u & 7u;
        uvec4 ql = (qbytes(qb32(bo + 64u * h + 32u * pr + 4u * i)) >> (4u * hf)) & 0xFu;
        uvec4 qh = (qbytes(qb32(bo + 128u + 32u * h + 4u * i)) >> (2u * pr + 4u * hf)) & 3u;
        int sc = bitfieldExtract(int(qb8(bo + 192u + 8u * h + (i >> 2) + 2u * pr + 4u * hf)), 0, 8);
        precise float ds = qf16(bo + 208u) * float(sc);
        v = ds * vec4(ivec4(ql | (qh << 4)) - 32);
    }
    return v;
}

// Weights c .. c + 3 (c a multiple of 4) of the row starting at byte rb.
vec4 q_get4(uint t, uint rb, uint c) {
    uint B = q_block(t), j = c % B, bo = rb + c / B * q_bytes(t), u, hf;
    if (t == T_Q8_0) { u = j >> 3; hf = (j >> 2) & 1u; }
    else if (t < T_Q4_K) { u = (j & 15u) >> 2; hf = j >> 4; }
    else if (t < T_Q6_K) { u = 8u * (j >> 6) + ((j & 31u) >> 2); hf = (j >> 5) & 1u; }
    else { uint r = j & 127u, qq = r >> 5; u = 16u * (j >> 7) + 8u * (qq & 1u) + ((r & 31u) >> 2); hf = qq >> 1; }
    return q_dec4(t, bo, u, hf);
}

// Both halves of unit u at once (= q_dec4(t, bo, u, 0), q_dec4(t, bo, u, 1)):
// the quants' word, the 5th / high bits and the block's scales are read once
// for the 8 weights. The same float operations as q_dec4, so the same values.
void q_dec8(uint t, uint bo, uint u, out vec4 va, out vec4 vb) {
    precise vec4 a, b;
    if (t == T_Q8_0) {
        float d = qf16(bo);
        a = vec4(qsbytes(qb32(bo + 2u + 8u * u))) * d;
        b = vec4(qsbytes(qb32(bo + 6u + 8u * u))) * d;
    } else if (t < T_Q4_K) {
        bool one = t == T_Q4_1 || t == T_Q5_1, five = t == T_Q5_0 || t == T_Q5_1;
        uint qs = (one ? 4u : 2u) + (five ? 4u : 0u);
        uvec4 q = qbytes(qb32(bo + qs + 4u * u)), q0 = q & 0xFu, q1 = (q >> 4u) & 0xFu;
        if (five) {
            uint qh = qb32(bo + (one ? 4u : 2u));
            q0 |= ((uvec4(qh) >> (uvec4(0u, 1u, 2u, 3u) + 4u * u)) & 1u) << 4;
            q1 |= ((uvec4(qh) >> (uvec4(0u, 1u, 2u, 3u) + 4u * u + 16u)) & 1u) << 4;
        }
        float d = qf16(bo);
        if (one) {
            float m = qf16(bo + 2u);
            a = vec4(q0) * d + m;
            b = vec4(q1) * d + m;
        } else {
            a = vec4(ivec4(q0) - (five ? 16 : 8)) * d;
            b = vec4(ivec4(q1) - (five ? 16 : 8)) * d;
        }
    } else if (t < T_Q6_K) {
        bool five = t == T_Q5_K;
        uint g = u >> 3, i = u & 7u, sc0, mn0, sc1, mn1;
        uvec4 q = qbytes(qb32(bo + (five ? 48u : 16u) + 32u * g + 4u * i)), q0 = q & 0xFu, q1 = (q >> 4u) & 0xFu;
        if (five) {
            uvec4 h = qbytes(qb32(bo + 16u + 4u * i));
            q0 += ((h >> (2u * g)) & 1u) << 4;
            q1 += ((h >> (2u * g + 1u)) & 1u) << 4;
        }
        q_k4_scale_min(bo + 4u, 2u * g, sc0, mn0);
        q_k4_scale_min(bo + 4u, 2u * g + 1u, sc1, mn1);
        float d = qf16(bo), dmin = qf16(bo + 2u);
        precise float d0 = d * float(sc0), m0 = dmin * float(mn0), d1 = d * float(sc1), m1 = dmin * float(mn1);
        a = d0 * vec4(q0) - m0;
        b = d1 * vec4(q1) - m1;
    } else {
        uint h = u >> 4, pr = (u >> 3) & 1u, i = u & 7u;
        uvec4 ql = qbytes(qb32(bo + 64u * h + 32u * pr + 4u * i));
        uvec4 qh = qbytes(qb32(bo + 128u + 32u * h + 4u * i)) >> (2u * pr);
        uint so = bo + 192u + 8u * h + (i >> 2) + 2u * pr;
        int s0 = bitfieldExtract(int(qb8(so)), 0, 8), s1 = bitfieldExtract(int(qb8(so + 4u)), 0, 8);
        float d = qf16(bo + 208u);
        precise float ds0 = d * float(s0), ds1 = d * float(s1);
        a = ds0 * vec4(ivec4((ql & 0xFu) | ((qh & 3u) << 4)) - 32);
        b = ds1 * vec4(ivec4(((ql >> 4u) & 0xFu) | (((qh >> 4u) & 3u) << 4)) - 32);
    }
    va = a;
    vb = b;
}
