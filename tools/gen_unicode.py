#!/usr/bin/env python3
"""gen_unicode.py — Unicode tables for valkyr's tokenizer, from the UCD.

Reads the Unicode Character Database (by default Debian's `unicode-data`
package, /usr/share/unicode) and writes

  valkyr.h, two generated blocks (C99, also valid C++):
      >>unicode-decl, before the tokenizer: the version, category codes,
      the normalizer's state type and the prototypes of the functions;
      >>unicode, at the end of the implementation: the tables (general
      categories, White_Space, canonical combining classes, full
      decompositions, primary composition, lowercase mapping) and the
      functions (UTF-8 helpers, an NFC/NFKC normalizer). All functions are
      VKR__FN, all names vkr__uc_* / VKR__UC_*. `make unicode` rewrites them,
      `make check-unicode` (--check-header) fails when they are stale.
  tests/data/unicode/normalization_test.txt.gz
      NormalizationTest.txt reduced to its test data (see write_test_vectors)
      for tests/test_unicode.c.

Usage: python3 tools/gen_unicode.py [--ucd DIR] [--header valkyr.h] [--tests FILE]
                                    [--check] [--check-header]
--check also compares the general categories with Python's unicodedata
(reported on stderr; Python's own UCD version may be older).
Standard library only; the output is byte-for-byte deterministic.
"""

import argparse
import bz2
import gzip
import io
import os
import re
import sys

GC_NAMES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
            "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
            "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"]
GC_INDEX = {n: i for i, n in enumerate(GC_NAMES)}
MAXCP = 0x10FFFF
NCP = MAXCP + 1

S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
N_COUNT = V_COUNT * T_COUNT
S_COUNT = L_COUNT * N_COUNT


def die(msg):
    sys.stderr.write("gen_unicode.py: " + msg + "\n")
    sys.exit(1)


# ---------------------------------------------------------------- reading

def open_ucd(ucd, name):
    path = os.path.join(ucd, name)
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".bz2"):
        return io.TextIOWrapper(bz2.open(path + ".bz2"), encoding="utf-8")
    if os.path.exists(path + ".gz"):
        return io.TextIOWrapper(gzip.open(path + ".gz"), encoding="utf-8")
    die("cannot find %s (or .bz2/.gz) in %s" % (name, ucd))


def file_version(ucd, name):
    """The version in the first line, e.g. '# PropList-15.0.0.txt'."""
    with open_ucd(ucd, name) as f:
        first = f.readline()
    m = re.match(r"#\s*\S+-(\d+\.\d+\.\d+)\.txt", first)
    if not m:
        die("%s: no version in its first line" % name)
    return m.group(1)


def parse_ranges(f):
    """Yields (first, last, [fields...]) of a UCD property file."""
    for line in f:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [x.strip() for x in line.split(";")]
        r = fields[0].split("..")
        lo = int(r[0], 16)
        hi = int(r[1], 16) if len(r) > 1 else lo
        yield lo, hi, fields[1:]


class UCD:
    pass


def read_ucd(ucd):
    u = UCD()
    u.gc = bytearray([GC_INDEX["Cn"]]) * NCP
    u.ccc = bytearray(NCP)
    u.decomp = {}        # cp -> (is_compat, [cps])
    u.lower = {}         # cp -> simple lowercase
    with open_ucd(ucd, "UnicodeData.txt") as f:
        first = None
        for line in f:
            fl = line.rstrip("\n").split(";")
            if len(fl) < 15:
                continue
            cp = int(fl[0], 16)
            name, gc, ccc, dec, low = fl[1], fl[2], int(fl[3]), fl[5], fl[13]
            if name.endswith(", First>"):
                first = cp
                continue
            lo = cp
            if name.endswith(", Last>"):
                if first is None:
                    die("UnicodeData.txt: Last without First at %04X" % cp)
                lo, first = first, None
            for c in range(lo, cp + 1):
                u.gc[c] = GC_INDEX[gc]
                u.ccc[c] = ccc
            if dec:
                parts = dec.split()
                compat = parts[0].startswith("<")
                if compat:
                    parts = parts[1:]
                u.decomp[cp] = (compat, [int(x, 16) for x in parts])
            if low:
                u.lower[cp] = int(low, 16)
    u.white = set()
    with open_ucd(ucd, "PropList.txt") as f:
        for lo, hi, fl in parse_ranges(f):
            if fl[0] == "White_Space":
                u.white.update(range(lo, hi + 1))
    u.fce = set()
    u.qc = {"NFC_QC": {}, "NFKC_QC": {}}
    with open_ucd(ucd, "DerivedNormalizationProps.txt") as f:
        for lo, hi, fl in parse_ranges(f):
            if fl[0] == "Full_Composition_Exclusion":
                u.fce.update(range(lo, hi + 1))
            elif fl[0] in u.qc:
                for c in range(lo, hi + 1):
                    u.qc[fl[0]][c] = fl[1]
    u.excl = set()
    with open_ucd(ucd, "CompositionExclusions.txt") as f:
        for lo, hi, fl in parse_ranges(f):
            u.excl.update(range(lo, hi + 1))
    u.special_lower = {}
    with open_ucd(ucd, "SpecialCasing.txt") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fl = [x.strip() for x in line.split(";")]
            if len(fl) >= 5 and fl[4]:
                continue                    # conditional mapping
            u.special_lower[int(fl[0], 16)] = [int(x, 16) for x in fl[1].split()]
    return u


# ---------------------------------------------------------------- deriving

def is_hangul_s(cp):
    return S_BASE <= cp < S_BASE + S_COUNT


def full_decomp(u, cp, compat, memo):
    key = (cp, compat)
    if key in memo:
        return memo[key]
    if is_hangul_s(cp):
        s = cp - S_BASE
        r = [L_BASE + s // N_COUNT, V_BASE + (s % N_COUNT) // T_COUNT]
        if s % T_COUNT:
            r.append(T_BASE + s % T_COUNT)
    else:
        d = u.decomp.get(cp)
        if d is None or (d[0] and not compat):
            r = [cp]
        else:
            r = []
            for x in d[1]:
                r.extend(full_decomp(u, x, compat, memo))
    memo[key] = r
    return r


def derive(u):
    memo = {}
    # full decompositions (non-Hangul; Hangul is algorithmic)
    u.canon, u.compat = {}, {}
    for cp in sorted(u.decomp):
        c = full_decomp(u, cp, False, memo)
        k = full_decomp(u, cp, True, memo)
        if c != [cp]:
            u.canon[cp] = c
        if k != [cp]:
            u.compat[cp] = k
    u.max_canon = max(len(v) for v in u.canon.values())
    u.max_compat = max(len(v) for v in u.compat.values())

    # Full_Composition_Exclusion, re-derived as a check of the file
    fce = set(u.excl)
    for cp, (compat, seq) in u.decomp.items():
        if compat:
            continue
        if len(seq) == 1 or u.ccc[cp] != 0 or u.ccc[seq[0]] != 0:
            fce.add(cp)
    if fce != u.fce:
        die("Full_Composition_Exclusion differs from its derivation (%d vs %d)"
            % (len(fce), len(u.fce)))

    # primary composites
    u.pairs = {}
    for cp, (compat, seq) in sorted(u.decomp.items()):
        if compat or cp in u.fce:
            continue
        if len(seq) != 2:
            die("U+%04X: composite of %d characters" % (cp, len(seq)))
        if u.ccc[cp] != 0:
            die("U+%04X: composite with ccc %d" % (cp, u.ccc[cp]))
        u.pairs[(seq[0], seq[1])] = cp
    u.second = set(b for (a, b) in u.pairs)
    u.backward = set(u.second)                       # combines with what precedes it
    u.backward.update(range(V_BASE, V_BASE + V_COUNT))
    u.backward.update(range(T_BASE + 1, T_BASE + T_COUNT))

    # normalizer classes: 0 = copy through (quick check Yes, ccc 0),
    # 1 = needs work but starts a segment (a boundary before it),
    # 2 = needs work and may interact with what precedes it
    u.nclass = {}
    for form, qcname, compat in (("nfc", "NFC_QC", False), ("nfkc", "NFKC_QC", True)):
        cls = bytearray(NCP)
        qc = u.qc[qcname]
        for cp in range(NCP):
            q = qc.get(cp, "Y")
            first = full_decomp(u, cp, compat, memo)[0] if (cp in u.decomp or is_hangul_s(cp)) else cp
            bb = u.ccc[first] == 0 and first not in u.backward
            if q == "Y" and u.ccc[cp] == 0:
                if not bb:
                    die("%s: U+%04X is quick-check Yes but no boundary before it" % (form, cp))
                cls[cp] = 0
            else:
                cls[cp] = 1 if bb else 2
        u.nclass[form] = cls
    # the normalizer's NFC fast path takes every code point < U+0300 as safe
    if any(u.nclass["nfc"][cp] for cp in range(0x300)):
        die("some code point < U+0300 is not NFC-safe")
    if any(u.nclass[f][cp] for f in ("nfc", "nfkc") for cp in range(0x80)):
        die("some ASCII character is not safe")

    # lowercase = simple mapping + unconditional SpecialCasing
    u.lower_special = {}
    for cp, low in sorted(u.special_lower.items()):
        if len(low) == 1:
            if u.lower.get(cp, cp) != low[0]:
                die("SpecialCasing U+%04X disagrees with UnicodeData" % cp)
        else:
            u.lower_special[cp] = low
    for cp, low in u.lower_special.items():
        if len(low) > 3:
            die("lowercase of U+%04X longer than 3" % cp)
    return u


# ---------------------------------------------------------------- emitting

def transitions(values):
    """[(start, value)] where the value changes, over all code points."""
    out = []
    prev = None
    for cp, v in enumerate(values):
        if v != prev:
            out.append((cp, v))
            prev = v
    return out


def fmt_array(ctype, name, vals, hexa=True, width=100):
    items = [("0x%x" % v) if hexa else ("%d" % v) for v in vals]
    lines, cur = [], ""
    for it in items:
        piece = it + ","
        if cur and len(cur) + len(piece) > width:
            lines.append(cur)
            cur = ""
        cur += piece
    if cur:
        lines.append(cur)
    return "static const %s %s[%d] = {\n%s\n};\n" % (ctype, name, len(vals), "\n".join(lines))


def utf16(cps):
    r = []
    for c in cps:
        if c >= 0x10000:
            c -= 0x10000
            r += [0xD800 | (c >> 10), 0xDC00 | (c & 0x3FF)]
        else:
            r.append(c)
    return r


def build_decomp_tables(u):
    keys = sorted(set(u.canon) | set(u.compat))
    pool = []
    index = {}          # tuple (length <= 8 or whole slice) -> offset in pool
    info = []

    def place(seq):
        t = tuple(seq)
        if t in index:
            return index[t]
        off = len(pool)
        # reuse a tail of the pool that is a prefix of seq
        for k in range(min(len(seq) - 1, len(pool)), 0, -1):
            if tuple(pool[len(pool) - k:]) == t[:k]:
                off = len(pool) - k
                pool.extend(seq[k:])
                break
        else:
            pool.extend(seq)
        for i in range(max(0, off - 8), len(pool)):
            for ln in range(1, 9):
                if i + ln <= len(pool):
                    index.setdefault(tuple(pool[i:i + ln]), i)
        index.setdefault(t, off)
        return off

    for cp in keys:
        c = utf16(u.canon[cp]) if cp in u.canon else []
        k = utf16(u.compat[cp])
        if c == k:
            seq, clen, klen = c, len(c), 0
        else:
            seq, clen, klen = c + k, len(c), len(k)
        if clen > 31 or klen > 31:
            die("decomposition of U+%04X too long" % cp)
        off = place(seq)
        if off >= 1 << 22:
            die("decomposition pool too big")
        info.append(off << 10 | clen << 5 | klen)
    return keys, info, pool


def build_lower_runs(u):
    runs = []      # [start, count, stride, delta]
    for cp in sorted(u.lower):
        d = (u.lower[cp] - cp) & 0xFFFFFFFF
        if runs:
            r = runs[-1]
            last = r[0] + (r[1] - 1) * r[2]
            if r[3] == d and r[1] < 1024:
                if r[1] == 1 and cp - r[0] in (1, 2):
                    r[2] = cp - r[0]
                    r[1] = 2
                    continue
                if r[1] > 1 and cp == last + r[2]:
                    r[1] += 1
                    continue
        runs.append([cp, 1, 1, d])
    return runs


C_CODE = r'''
/* General categories, in the order of the tables' 5-bit codes. */
enum {
    VKR__UC_Lu, VKR__UC_Ll, VKR__UC_Lt, VKR__UC_Lm, VKR__UC_Lo,
    VKR__UC_Mn, VKR__UC_Mc, VKR__UC_Me,
    VKR__UC_Nd, VKR__UC_Nl, VKR__UC_No,
    VKR__UC_Pc, VKR__UC_Pd, VKR__UC_Ps, VKR__UC_Pe, VKR__UC_Pi, VKR__UC_Pf, VKR__UC_Po,
    VKR__UC_Sm, VKR__UC_Sc, VKR__UC_Sk, VKR__UC_So,
    VKR__UC_Zs, VKR__UC_Zl, VKR__UC_Zp,
    VKR__UC_Cc, VKR__UC_Cf, VKR__UC_Cs, VKR__UC_Co, VKR__UC_Cn
};

/* Number of entries of t[0..n) that are <= key (t sorted ascending). */
VKR__FN size_t vkr__uc_upper(const uint32_t *t, size_t n, uint32_t key) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid] <= key) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

#define VKR__UC_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* General category (VKR__UC_Lu ... VKR__UC_Cn) of cp; Cn for unassigned
   code points and for cp > U+10FFFF. */
VKR__FN int vkr__uc_gc(uint32_t cp) {
    if (cp < 0x100) return vkr__uc_gc_latin1[cp];
    if (cp > 0x10FFFF) return VKR__UC_Cn;
    return (int)(vkr__uc_gc_ranges[vkr__uc_upper(vkr__uc_gc_ranges, VKR__UC_COUNT(vkr__uc_gc_ranges), cp << 5 | 31) - 1] & 31);
}
VKR__FN bool vkr__uc_is_letter(uint32_t cp) { return vkr__uc_gc(cp) <= VKR__UC_Lo; }
VKR__FN bool vkr__uc_is_mark(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Mn && g <= VKR__UC_Me; }
VKR__FN bool vkr__uc_is_number(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Nd && g <= VKR__UC_No; }
VKR__FN bool vkr__uc_is_punct(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Pc && g <= VKR__UC_Po; }
VKR__FN bool vkr__uc_is_symbol(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Sm && g <= VKR__UC_So; }

/* The White_Space property (PropList.txt): what \s means in the tokenizers'
   regular expressions. */
VKR__FN bool vkr__uc_is_space(uint32_t cp) {
    size_t i;
    if (cp < 0x80) return cp == 0x20 || (cp >= 0x9 && cp <= 0xD);
    for (i = 0; i < VKR__UC_COUNT(vkr__uc_space); i += 2)
        if (cp >= vkr__uc_space[i] && cp <= vkr__uc_space[i + 1]) return true;
    return false;
}

/* Canonical combining class. */
VKR__FN uint8_t vkr__uc_ccc(uint32_t cp) {
    if (cp < 0x300 || cp > 0x10FFFF) return 0;
    return (uint8_t)(vkr__uc_ccc_ranges[vkr__uc_upper(vkr__uc_ccc_ranges, VKR__UC_COUNT(vkr__uc_ccc_ranges), cp << 8 | 0xFF) - 1] & 0xFF);
}

/* Full (recursively applied) canonical (compat = false) or compatibility
   (compat = true) decomposition of cp into out, which must have room for
   VKR__UC_DECOMP_MAX code points (18: U+FDFA under NFKD; canonical ones are at
   most 4 long). Hangul syllables decompose algorithmically. Returns the
   number of code points written: 1 (cp itself) when cp has none. */
VKR__FN size_t vkr__uc_decompose(uint32_t cp, bool compat, uint32_t *out) {
    size_t i, n, len;
    uint32_t info, off, clen, klen;
    if (cp - 0xAC00u < 11172u) {
        uint32_t s = cp - 0xAC00u;
        out[0] = 0x1100u + s / 588u;
        out[1] = 0x1161u + (s % 588u) / 28u;
        if (s % 28u == 0) return 2;
        out[2] = 0x11A7u + s % 28u;
        return 3;
    }
    if (cp < VKR__UC_DECOMP_FIRST || cp > 0x10FFFF) { out[0] = cp; return 1; }
    i = vkr__uc_upper(vkr__uc_dcp, VKR__UC_COUNT(vkr__uc_dcp), cp);
    if (i == 0 || vkr__uc_dcp[i - 1] != cp) { out[0] = cp; return 1; }
    info = vkr__uc_dinfo[i - 1];
    off = info >> 10; clen = (info >> 5) & 31; klen = info & 31;
    if (!compat) {
        if (!clen) { out[0] = cp; return 1; }
        len = clen;
    } else if (klen) {
        off += clen;
        len = klen;
    } else {
        len = clen;
    }
    for (i = n = 0; i < len; i++) {
        uint32_t c = vkr__uc_dpool[off + i];
        if (c - 0xD800u < 0x400u) {
            c = 0x10000u + ((c - 0xD800u) << 10) + (vkr__uc_dpool[off + i + 1] - 0xDC00u);
            i++;
        }
        out[n++] = c;
    }
    return n;
}

/* The primary composite of the pair (a, b), or 0 when there is none
   (Full_Composition_Exclusion characters are never produced). Includes the
   Hangul LV and LVT compositions. */
VKR__FN uint32_t vkr__uc_compose(uint32_t a, uint32_t b) {
    size_t i;
    uint32_t key;
    if (b - 0x1161u < 21u) {
        if (a - 0x1100u < 19u) return 0xAC00u + ((a - 0x1100u) * 21u + (b - 0x1161u)) * 28u;
        return 0;
    }
    if (b - 0x11A8u < 27u) {
        if (a - 0xAC00u < 11172u && (a - 0xAC00u) % 28u == 0) return a + (b - 0x11A7u);
        return 0;
    }
    if (b < VKR__UC_COMP2_FIRST || b > VKR__UC_COMP2_LAST || a > 0xFFFFFF) return 0;
    i = vkr__uc_upper(vkr__uc_comp2, VKR__UC_COUNT(vkr__uc_comp2), b);
    if (i == 0 || vkr__uc_comp2[i - 1] != b) return 0;
    key = a << 8 | (uint32_t)(i - 1);
    i = vkr__uc_upper(vkr__uc_ckey, VKR__UC_COUNT(vkr__uc_ckey), key);
    if (i == 0 || vkr__uc_ckey[i - 1] != key) return 0;
    return vkr__uc_cval[i - 1];
}

/* Lowercase of cp with Rust's char::to_lowercase semantics: the simple
   mapping of UnicodeData.txt plus the unconditional multi-character ones of
   SpecialCasing.txt (U+0130 -> U+0069 U+0307). Writes 1 to 3 code points
   (cp itself when it has no lowercase) and returns how many. */
VKR__FN size_t vkr__uc_lower(uint32_t cp, uint32_t out[3]) {
    size_t i;
    uint32_t r, start, count, stride;
    if (cp < 0x80) { out[0] = (cp - 0x41u < 26u) ? cp + 0x20u : cp; return 1; }
    if (cp > 0x10FFFF) { out[0] = cp; return 1; }
    for (i = 0; i < VKR__UC_COUNT(vkr__uc_lower_special); i += 4) {
        if (vkr__uc_lower_special[i] == cp) {
            size_t n = 0;
            while (n < 3 && vkr__uc_lower_special[i + 1 + n]) { out[n] = vkr__uc_lower_special[i + 1 + n]; n++; }
            return n;
        }
    }
    out[0] = cp;
    i = vkr__uc_upper(vkr__uc_lower_runs, VKR__UC_COUNT(vkr__uc_lower_runs), cp << 11 | 0x7FF);
    if (i == 0) return 1;
    r = vkr__uc_lower_runs[i - 1];
    start = r >> 11; count = ((r >> 1) & 0x3FF) + 1; stride = (r & 1) + 1;
    if (cp - start >= count * stride || (cp - start) % stride) return 1;
    out[0] = cp + vkr__uc_lower_delta[i - 1];    /* modulo 2^32: deltas may be negative */
    return 1;
}

/* Decodes the code point at s (valid UTF-8, n > 0 bytes available) into *cp
   and returns its length in bytes. A truncated sequence gives U+FFFD and 1;
   n == 0 gives 0. */
VKR__FN size_t vkr__uc_utf8_decode(const uint8_t *s, size_t n, uint32_t *cp) {
    uint32_t b;
    if (n == 0) { *cp = 0xFFFD; return 0; }
    b = s[0];
    if (b < 0x80) { *cp = b; return 1; }
    if (b < 0xE0) {
        if (n < 2) { *cp = 0xFFFD; return 1; }
        *cp = (b & 0x1Fu) << 6 | (s[1] & 0x3Fu);
        return 2;
    }
    if (b < 0xF0) {
        if (n < 3) { *cp = 0xFFFD; return 1; }
        *cp = (b & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
        return 3;
    }
    if (n < 4) { *cp = 0xFFFD; return 1; }
    *cp = (b & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    return 4;
}

/* Encodes cp (<= U+10FFFF) as UTF-8 into out; returns the length (1-4). */
VKR__FN size_t vkr__uc_utf8_encode(uint32_t cp, uint8_t out[4]) {
    if (cp < 0x80) { out[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | cp >> 6);
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | cp >> 12);
        out[1] = (uint8_t)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | cp >> 18);
    out[1] = (uint8_t)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

/* Normalizer class of cp: 0 = passes through unchanged (quick check Yes and
   ccc 0), 1 = must be processed but a segment may start at it (nothing
   before it can reorder or compose with it), 2 = must be processed together
   with the character before it. */
VKR__FN unsigned vkr__uc_nclass(uint32_t cp, bool compat) {
    uint32_t v;
    if (cp < 0x80 || (!compat && cp < 0x300)) return 0;
    if (cp > 0x10FFFF) return 0;
    v = vkr__uc_nq[vkr__uc_upper(vkr__uc_nq, VKR__UC_COUNT(vkr__uc_nq), cp << 4 | 15) - 1];
    return compat ? (v >> 2) & 3 : v & 3;
}

#define VKR__UC_LOCAL_SEG 64

typedef struct vkr__uc_norm {
    void *(*alloc)(void *user, size_t size);
    void (*free_fn)(void *user, void *p, size_t size);
    void *user;
    char *out;            /* the output: len bytes used of cap */
    size_t len, cap;
    uint32_t *seg;        /* segment: nseg of segcap entries (ccc << 24 | cp), */
    size_t nseg, segcap;  /* then segcap entries of scratch for sorting */
    uint32_t local[2 * VKR__UC_LOCAL_SEG];
} vkr__uc_norm;

VKR__FN bool vkr__uc_norm_reserve(vkr__uc_norm *st, size_t extra) {
    size_t need = st->len + extra, cap;
    char *p;
    if (need <= st->cap) return true;
    if (need < st->len || st->cap > (size_t)-1 / 2) return false;
    cap = st->cap * 2;
    if (cap < need) cap = need;
    p = (char *)st->alloc(st->user, cap);
    if (!p) return false;
    memcpy(p, st->out, st->len);
    st->free_fn(st->user, st->out, st->cap);
    st->out = p;
    st->cap = cap;
    return true;
}

/* Appends the decomposition of cp to the segment. */
VKR__FN bool vkr__uc_norm_push(vkr__uc_norm *st, uint32_t cp, bool compat) {
    uint32_t d[VKR__UC_DECOMP_MAX];
    size_t i, m = vkr__uc_decompose(cp, compat, d);
    if (st->nseg + m > st->segcap) {
        size_t cap = st->segcap * 2;
        uint32_t *p;
        if (cap > (size_t)-1 / (2 * sizeof(uint32_t))) return false;
        p = (uint32_t *)st->alloc(st->user, 2 * cap * sizeof(uint32_t));
        if (!p) return false;
        memcpy(p, st->seg, st->nseg * sizeof(uint32_t));
        if (st->seg != st->local) st->free_fn(st->user, st->seg, 2 * st->segcap * sizeof(uint32_t));
        st->seg = p;
        st->segcap = cap;
    }
    for (i = 0; i < m; i++) st->seg[st->nseg++] = (uint32_t)vkr__uc_ccc(d[i]) << 24 | d[i];
    return true;
}

/* Canonical ordering: stable sort by ccc of each run of non-starters. */
VKR__FN void vkr__uc_reorder(uint32_t *a, size_t n, uint32_t *tmp) {
    size_t i = 0, j, k;
    while (i < n) {
        if (a[i] >> 24 == 0) { i++; continue; }
        for (j = i + 1; j < n && a[j] >> 24 != 0; j++) {}
        if (j - i <= 32) {
            for (k = i + 1; k < j; k++) {
                uint32_t x = a[k];
                size_t m = k;
                while (m > i && a[m - 1] >> 24 > x >> 24) { a[m] = a[m - 1]; m--; }
                a[m] = x;
            }
        } else {  /* long run: stable counting sort */
            size_t count[257];
            memset(count, 0, sizeof count);
            for (k = i; k < j; k++) count[(a[k] >> 24) + 1]++;
            for (k = 1; k < 257; k++) count[k] += count[k - 1];
            for (k = i; k < j; k++) tmp[count[a[k] >> 24]++] = a[k];
            memcpy(a + i, tmp, (j - i) * sizeof(uint32_t));
        }
        i = j;
    }
}

/* Canonical composition of a[0..n) in place; returns the new length. */
VKR__FN size_t vkr__uc_compose_seg(uint32_t *a, size_t n) {
    size_t sp = 0, w = 1, r;
    uint32_t starter, last;
    if (n == 0) return 0;
    starter = a[0] & 0x1FFFFF;
    last = a[0] >> 24;
    if (last) last = 256;     /* no starter yet: nothing may compose */
    for (r = 1; r < n; r++) {
        uint32_t ch = a[r] & 0x1FFFFF, cc = a[r] >> 24, c;
        if ((last < cc || last == 0) && (c = vkr__uc_compose(starter, ch)) != 0) {
            a[sp] = c;        /* composites are starters */
            starter = c;
            continue;
        }
        if (cc == 0) { sp = w; starter = ch; }
        last = cc;
        a[w++] = a[r];
    }
    return w;
}

/* NFC (compat = false) or NFKC (compat = true) of the valid UTF-8 in[0..n).
   The result, NUL-terminated, comes in *out with its length (without the
   NUL) in *out_len; it is one block from alloc of exactly *out_len + 1 bytes,
   so free it with free_fn(user, *out, *out_len + 1). Returns false only when
   alloc fails, having freed everything it allocated. Decomposes, orders by
   ccc and recomposes only the segments around characters that need it, and
   copies everything else through. */
VKR__FN bool vkr__uc_normalize(const char *in, size_t n, bool compat, char **out, size_t *out_len,
                               void *(*alloc)(void *user, size_t size),
                               void (*free_fn)(void *user, void *p, size_t size), void *user) {
    vkr__uc_norm st;
    const uint8_t *s = (const uint8_t *)in;
    size_t i = 0;
    st.alloc = alloc;
    st.free_fn = free_fn;
    st.user = user;
    st.len = 0;
    st.cap = n + 1;
    st.seg = st.local;
    st.nseg = 0;
    st.segcap = VKR__UC_LOCAL_SEG;
    *out = NULL;
    *out_len = 0;
    if (st.cap < n) return false;
    st.out = (char *)alloc(user, st.cap);
    if (!st.out) return false;
    while (i < n) {
        size_t j = i, last = (size_t)-1, k, m, l;
        uint32_t cp = 0;
        unsigned cls = 0;
        /* copy-through run: ASCII 8 bytes at a time, then one code point */
        for (;;) {
            size_t j0 = j;
            while (j + 8 <= n) {
                uint64_t w;
                memcpy(&w, s + j, 8);
                if (w & UINT64_C(0x8080808080808080)) break;
                j += 8;
            }
            while (j < n && s[j] < 0x80) j++;
            if (j > j0) last = j - 1;
            if (j >= n) break;
            l = vkr__uc_utf8_decode(s + j, n - j, &cp);
            cls = vkr__uc_nclass(cp, compat);
            if (cls != 0) break;
            last = j;
            j += l;
        }
        if (j >= n) last = n;
        else if (cls == 1 || last == (size_t)-1) last = j;
        /* s[i..last) passes through; a segment starts at last */
        if (!vkr__uc_norm_reserve(&st, last - i)) goto fail;
        memcpy(st.out + st.len, s + i, last - i);
        st.len += last - i;
        if (last >= n) break;
        /* the segment: up to the next character a segment may start at */
        st.nseg = 0;
        k = last;
        do {
            l = vkr__uc_utf8_decode(s + k, n - k, &cp);
            if (k != last && vkr__uc_nclass(cp, compat) <= 1) break;
            if (!vkr__uc_norm_push(&st, cp, compat)) goto fail;
            k += l;
        } while (k < n);
        vkr__uc_reorder(st.seg, st.nseg, st.seg + st.segcap);
        m = vkr__uc_compose_seg(st.seg, st.nseg);
        if (!vkr__uc_norm_reserve(&st, 4 * m)) goto fail;
        for (l = 0; l < m; l++) st.len += vkr__uc_utf8_encode(st.seg[l] & 0x1FFFFF, (uint8_t *)st.out + st.len);
        i = k;
    }
    if (st.seg != st.local) st.free_fn(user, st.seg, 2 * st.segcap * sizeof(uint32_t));
    st.seg = st.local;
    if (st.cap != st.len + 1) {    /* hand back a block of exactly len + 1 bytes */
        char *p = (char *)alloc(user, st.len + 1);
        if (!p) goto fail;
        memcpy(p, st.out, st.len);
        free_fn(user, st.out, st.cap);
        st.out = p;
        st.cap = st.len + 1;
    }
    st.out[st.len] = 0;
    *out = st.out;
    *out_len = st.len;
    return true;
fail:
    if (st.seg != st.local) st.free_fn(user, st.seg, 2 * st.segcap * sizeof(uint32_t));
    free_fn(user, st.out, st.cap);
    return false;
}
'''


def emit(u, version):
    gc_tr = transitions(u.gc)
    ccc_tr = transitions(u.ccc)
    nq = bytes(a | b << 2 for a, b in zip(u.nclass["nfc"], u.nclass["nfkc"]))
    nq_tr = transitions(nq)
    keys, info, pool = build_decomp_tables(u)
    comp2 = sorted(u.second)
    c2i = {b: i for i, b in enumerate(comp2)}
    if len(comp2) > 256:
        die("too many second characters of compositions")
    comp = sorted((a << 8 | c2i[b], c) for (a, b), c in u.pairs.items())
    if any(a >= 1 << 24 for (a, b) in u.pairs):
        die("composition first character too large")
    runs = build_lower_runs(u)
    space = []
    for cp in sorted(u.white):
        if space and space[-1] == cp - 1:
            space[-1] = cp
        else:
            space += [cp, cp]

    special = []
    for cp, low in sorted(u.lower_special.items()):
        special += [cp] + low + [0] * (3 - len(low))

    o = []
    o.append("/* ==== Unicode %s tables and normalizer ====\n"
             "   Generated by tools/gen_unicode.py from the Unicode Character Database %s\n"
             "   (UnicodeData, PropList, DerivedNormalizationProps, CompositionExclusions,\n"
             "   SpecialCasing); do not edit by hand. Unicode data: Copyright (c) Unicode,\n"
             "   Inc., under the Unicode licence (tests/data/unicode/LICENSE).\n"
             "   Needs <stdint.h>, <stdbool.h>, <string.h>, <stddef.h> and VKR__FN. */\n"
             % (version, version))
    d = []   # the declarations, before the tokenizer
    d.append('#define VKR__UC_VERSION "%s"\n' % version)
    d.append("#define VKR__UC_DECOMP_MAX %d  /* longest full decomposition (NFKD) */\n" % u.max_compat)
    d.append("#define VKR__UC_DECOMP_FIRST 0x%x  /* first code point with a decomposition */\n" % keys[0])
    d.append("#define VKR__UC_COMP2_FIRST 0x%x\n#define VKR__UC_COMP2_LAST 0x%x\n" % (comp2[0], comp2[-1]))
    o.append("\n/* general category of U+0000..U+00FF */\n")
    o.append(fmt_array("uint8_t", "vkr__uc_gc_latin1", list(u.gc[:256]), hexa=False))
    o.append("/* general category: start << 5 | category, up to the next start */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_gc_ranges", [s << 5 | v for s, v in gc_tr]))
    o.append("/* White_Space: first, last pairs */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_space", space))
    o.append("/* canonical combining class: start << 8 | ccc, up to the next start */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_ccc_ranges", [s << 8 | v for s, v in ccc_tr]))
    o.append("/* normalizer class (see vkr__uc_nclass): start << 4 | NFKC << 2 | NFC */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_nq", [s << 4 | v for s, v in nq_tr]))
    o.append("/* decompositions: code points, and for each offset << 10 | canonical length << 5 |\n"
             "   compatibility length in UTF-16 units of vkr__uc_dpool (canonical length 0: no\n"
             "   canonical decomposition; compatibility length 0: the same as the canonical one,\n"
             "   else it follows the canonical one) */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_dcp", keys))
    o.append(fmt_array("uint32_t", "vkr__uc_dinfo", info))
    o.append(fmt_array("uint16_t", "vkr__uc_dpool", pool))
    o.append("/* primary composites: the second characters; first << 8 | index of second;\n"
             "   the composite */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_comp2", comp2))
    o.append(fmt_array("uint32_t", "vkr__uc_ckey", [k for k, c in comp]))
    o.append(fmt_array("uint32_t", "vkr__uc_cval", [c for k, c in comp]))
    o.append("/* lowercase: runs start << 11 | (count - 1) << 1 | (stride - 1), and each\n"
             "   run's delta (modulo 2^32); then the multi-character mappings: cp, up to 3\n"
             "   code points (0-padded) */\n")
    o.append(fmt_array("uint32_t", "vkr__uc_lower_runs", [r[0] << 11 | (r[1] - 1) << 1 | (r[2] - 1) for r in runs]))
    o.append(fmt_array("uint32_t", "vkr__uc_lower_delta", [r[3] for r in runs]))
    o.append(fmt_array("uint32_t", "vkr__uc_lower_special", special))
    code, decls = split_code(C_CODE)
    o.append(code)
    d.append(decls)
    stats = dict(gc=len(gc_tr), ccc=len(ccc_tr), nq=len(nq_tr), dcp=len(keys), pool=len(pool),
                 pairs=len(comp), runs=len(runs))
    return "".join(d), "".join(o), stats


def split_code(code):
    """C_CODE less its declarations (category enum, macros, the normalizer's
    state type), and those declarations plus a prototype of each function,
    for the block before the tokenizer."""
    pieces = [re.search(r"/\* General categories.*?\n};\n", code, re.S).group(0),
              re.search(r"#define VKR__UC_COUNT[^\n]*\n", code).group(0),
              re.search(r"#define VKR__UC_LOCAL_SEG[^\n]*\n", code).group(0),
              re.search(r"typedef struct vkr__uc_norm \{.*?\} vkr__uc_norm;\n", code, re.S).group(0)]
    for p in pieces:
        code = code.replace(p, "", 1)
    protos = [re.sub(r"\s+", " ", m.group(0)) + ";\n" for m in re.finditer(r"^VKR__FN [^{;]*?\)(?=\s*\{)", code, re.M | re.S)]
    return code, "".join(pieces) + "".join(protos)


# ---------------------------------------------------------------- tests

def write_test_vectors(ucd, path, version):
    """NormalizationTest.txt without comments: '@PartN' lines, then one line
    per test with the five columns as UTF-8 separated by tabs."""
    out = ["# NormalizationTest-%s.txt (Unicode %s), reduced by tools/gen_unicode.py:\n"
           "# one line per test, columns c1..c5 as UTF-8 separated by tabs;\n"
           "# '@PartN' starts part N.\n"
           % (version, version)]
    count = 0
    with open_ucd(ucd, "NormalizationTest.txt") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("@"):
                out.append(line.split("#", 1)[0].strip() + "\n")
                continue
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cols = [x.strip() for x in line.split(";")][:5]
            if len(cols) != 5:
                die("NormalizationTest.txt: bad line %r" % line)
            strs = []
            for c in cols:
                cps = [int(x, 16) for x in c.split()]
                for cp in cps:
                    if cp < 0x20 or 0xD800 <= cp < 0xE000:
                        die("NormalizationTest.txt: U+%04X cannot be written" % cp)
                strs.append("".join(chr(x) for x in cps))
            out.append("\t".join(strs) + "\n")
            count += 1
    data = "".join(out).encode("utf-8")
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        # mtime 0 and no file name: the same bytes on every run
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as g:
            g.write(data)
    return count


def check_python(u):
    import unicodedata
    diff = []
    for cp in range(NCP):
        py = unicodedata.category(chr(cp))
        mine = GC_NAMES[u.gc[cp]]
        if py != mine:
            diff.append((cp, py, mine))
    newly = [d for d in diff if d[1] == "Cn"]
    other = [d for d in diff if d[1] != "Cn"]
    sys.stderr.write("check: Python's unicodedata %s: %d code points differ, %d of them unassigned "
                     "there (new since)\n" % (unicodedata.unidata_version, len(diff), len(newly)))
    for cp, py, mine in other[:50]:
        sys.stderr.write("check:   U+%04X: Python %s, UCD %s\n" % (cp, py, mine))
    return len(other) == 0


def replace_block(text, tag, body):
    """Replaces what lies between the lines '/* >>TAG ...' and '/* <<TAG */'."""
    m = re.search(r"(/\* >>%s [^\n]*\n)(.*?)(/\* <<%s \*/\n)" % (re.escape(tag), re.escape(tag)), text, re.S)
    if not m:
        die("no >>%s block (its first line '/* >>%s ...', its last '/* <<%s */')" % (tag, tag, tag))
    return text[:m.start(2)] + body + text[m.end(2):]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ucd", default="/usr/share/unicode", help="UCD directory")
    ap.add_argument("--header", default=os.path.join(root, "valkyr.h"), help="valkyr.h, whose blocks are rewritten")
    ap.add_argument("--check-header", action="store_true", help="only compare valkyr.h's blocks with the UCD's; exit 1 when stale")
    ap.add_argument("--tests", default=os.path.join(root, "tests", "data", "unicode",
                                                   "normalization_test.txt.gz"))
    ap.add_argument("--check", action="store_true", help="compare categories with Python's unicodedata")
    args = ap.parse_args()

    versions = {n: file_version(args.ucd, n) for n in
                ("PropList.txt", "DerivedNormalizationProps.txt", "CompositionExclusions.txt",
                 "SpecialCasing.txt", "NormalizationTest.txt")}
    if len(set(versions.values())) != 1:
        die("mixed UCD versions: %r" % versions)
    version = versions["PropList.txt"]

    u = derive(read_ucd(args.ucd))
    decl, text, stats = emit(u, version)
    with open(args.header, encoding="utf-8", newline="") as f:
        old = f.read()
    new = replace_block(old, "unicode-decl", decl)
    new = replace_block(new, "unicode", text)
    if args.check_header:
        if new != old:
            sys.stderr.write("%s: the >>unicode blocks are stale: run make unicode and commit\n" % args.header)
            sys.exit(1)
        sys.stderr.write("%s: the >>unicode blocks are up to date\n" % args.header)
        return
    with open(args.header, "w", encoding="utf-8", newline="") as f:
        f.write(new)
    ntests = write_test_vectors(args.ucd, args.tests, version)
    sys.stderr.write("gen_unicode.py: Unicode %s: %s (%d + %d bytes; %s), %s (%d tests)\n" % (
        version, args.header, len(decl), len(text), ", ".join("%s %d" % kv for kv in stats.items()),
        args.tests, ntests))
    if args.check and not check_python(u):
        sys.exit(1)


if __name__ == "__main__":
    main()
