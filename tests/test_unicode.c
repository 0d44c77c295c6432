/* The Unicode tables and the NFC/NFKC normalizer (valkyr.h's >>unicode,
   made by tools/gen_unicode.py from the UCD 15.0.0): general categories,
   White_Space, lowercase, decomposition, composition, UTF-8, and the whole of
   NormalizationTest.txt, read from the reduced copy that gen_unicode.py
   writes (tests/data/unicode/normalization_test.txt.gz, decompressed to
   $VKR_UNICODE_TEST, by default build/normalization_test.txt). The category
   samples agree with Python's unicodedata wherever its (older) UCD has the
   character at all. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

/* ---------------------------------------------------------------- allocator */

/* Counts blocks and bytes, and checks that every free gets the size the
   block was allocated with. fail_after >= 0: that many allocations succeed,
   the rest fail. */
typedef struct {
    long blocks, bytes, allocs, bad_frees;
    long fail_after;
} counting;

static void *c_alloc(void *user, size_t size) {
    counting *c = (counting *)user;
    size_t *p;
    if (c->fail_after >= 0 && c->allocs >= c->fail_after) return NULL;
    p = (size_t *)malloc(size + sizeof(size_t) * 2);
    if (!p) return NULL;
    p[0] = size;
    c->allocs++;
    c->blocks++;
    c->bytes += (long)size;
    return p + 2;
}

static void c_free(void *user, void *ptr, size_t size) {
    counting *c = (counting *)user;
    size_t *p = (size_t *)ptr - 2;
    if (!ptr) return;
    if (p[0] != size) c->bad_frees++;
    c->blocks--;
    c->bytes -= (long)p[0];
    free(p);
}

static counting g_count = {0, 0, 0, 0, -1};

/* NFC/NFKC of s[0..n) with the counting allocator; the result is malloc'ed
   (NULL if the normalizer failed). */
static char *norm_n(const char *s, size_t n, bool compat, size_t *len) {
    char *r = NULL, *copy;
    size_t rl = 0;
    if (!vkr__uc_normalize(s, n, compat, &r, &rl, c_alloc, c_free, &g_count)) return NULL;
    copy = (char *)malloc(rl + 1);
    memcpy(copy, r, rl + 1);
    if (r[rl] != 0) g_count.bad_frees++;
    c_free(&g_count, r, rl + 1);
    if (len) *len = rl;
    return copy;
}

static bool norm_is(const char *in, bool compat, const char *want) {
    size_t len = 0;
    char *r = norm_n(in, strlen(in), compat, &len);
    bool ok = r && len == strlen(want) && !memcmp(r, want, len);
    if (!ok) fprintf(stderr, "  %s(\"%s\") = \"%s\", want \"%s\"\n", compat ? "NFKC" : "NFC", in, r ? r : "(null)", want);
    free(r);
    return ok;
}

static size_t put_utf8(char *p, uint32_t cp) { return vkr__uc_utf8_encode(cp, (uint8_t *)p); }

/* ---------------------------------------------------------------- properties */

static void test_general_category(void) {
    /* UnicodeData.txt 15.0.0; the same in Python's unicodedata (14.0.0)
       except U+31350 and U+323AF (CJK Extension H, new in 15.0). */
    static const struct { uint32_t cp; int gc; } t[] = {
        {0x41, VKR__UC_Lu}, {0x7A, VKR__UC_Ll}, {0x30, VKR__UC_Nd}, {0x20, VKR__UC_Zs},
        {0x0A, VKR__UC_Cc}, {0x21, VKR__UC_Po}, {0x24, VKR__UC_Sc}, {0x2B, VKR__UC_Sm},
        {0x5F, VKR__UC_Pc}, {0x2D, VKR__UC_Pd}, {0x28, VKR__UC_Ps}, {0x29, VKR__UC_Pe},
        {0x5E, VKR__UC_Sk}, {0xAB, VKR__UC_Pi}, {0xBB, VKR__UC_Pf}, {0xA0, VKR__UC_Zs},
        {0xAA, VKR__UC_Lo}, {0xB2, VKR__UC_No}, {0xBD, VKR__UC_No}, {0xC9, VKR__UC_Lu},
        {0x1C5, VKR__UC_Lt}, {0x2B0, VKR__UC_Lm}, {0x301, VKR__UC_Mn}, {0x488, VKR__UC_Me},
        {0x903, VKR__UC_Mc}, {0x378, VKR__UC_Cn},
        /* Greek, Cyrillic, Hebrew, Arabic */
        {0x391, VKR__UC_Lu}, {0x3C9, VKR__UC_Ll}, {0x3A3, VKR__UC_Lu}, {0x410, VKR__UC_Lu},
        {0x44F, VKR__UC_Ll}, {0x5D0, VKR__UC_Lo}, {0x627, VKR__UC_Lo},
        /* digits of several scripts, other numbers */
        {0x660, VKR__UC_Nd}, {0x6F0, VKR__UC_Nd}, {0x966, VKR__UC_Nd}, {0xE50, VKR__UC_Nd},
        {0xFF10, VKR__UC_Nd}, {0x1D7CE, VKR__UC_Nd}, {0x16EE, VKR__UC_Nl}, {0x3007, VKR__UC_Nl},
        {0x2160, VKR__UC_Nl}, {0x16A0, VKR__UC_Lo},
        /* CJK ideographs (range entries of UnicodeData.txt) and kana */
        {0x4E00, VKR__UC_Lo}, {0x9FFF, VKR__UC_Lo}, {0x3400, VKR__UC_Lo}, {0x20000, VKR__UC_Lo},
        {0x2A6DF, VKR__UC_Lo}, {0x31350, VKR__UC_Lo}, {0x323AF, VKR__UC_Lo}, {0x323B0, VKR__UC_Cn},
        {0x3040, VKR__UC_Cn}, {0x3042, VKR__UC_Lo}, {0x30AB, VKR__UC_Lo}, {0xFF76, VKR__UC_Lo},
        /* Hangul */
        {0xAC00, VKR__UC_Lo}, {0xD7A3, VKR__UC_Lo}, {0xD7A4, VKR__UC_Cn}, {0x1100, VKR__UC_Lo},
        /* symbols, emoji */
        {0x1F600, VKR__UC_So}, {0x1F3FB, VKR__UC_Sk}, {0x2764, VKR__UC_So}, {0x20AC, VKR__UC_Sc},
        {0x1F12F, VKR__UC_So}, {0xFFFD, VKR__UC_So}, {0xFDFA, VKR__UC_Lo},
        /* separators, format, control */
        {0x2028, VKR__UC_Zl}, {0x2029, VKR__UC_Zp}, {0x3000, VKR__UC_Zs}, {0x200B, VKR__UC_Cf},
        {0x200D, VKR__UC_Cf}, {0xFEFF, VKR__UC_Cf}, {0x85, VKR__UC_Cc}, {0xAD, VKR__UC_Cf},
        {0xE0001, VKR__UC_Cf},
        /* private use, surrogates, unassigned, out of range */
        {0xE000, VKR__UC_Co}, {0xF0000, VKR__UC_Co}, {0x10FFFD, VKR__UC_Co}, {0x10FFFF, VKR__UC_Cn},
        {0xD800, VKR__UC_Cs}, {0xDFFF, VKR__UC_Cs}, {0x110000, VKR__UC_Cn}, {0xFFFFFFFF, VKR__UC_Cn},
    };
    size_t i;
    for (i = 0; i < sizeof t / sizeof t[0]; i++)
        CHECK(vkr__uc_gc(t[i].cp) == t[i].gc, "U+%04X: category %d, want %d", (unsigned)t[i].cp, vkr__uc_gc(t[i].cp), t[i].gc);
}

static void test_classes(void) {
    uint32_t cp;
    long bad = 0;
    CHECK(vkr__uc_is_letter('a') && vkr__uc_is_letter(0x4E00) && vkr__uc_is_letter(0xAC00) && !vkr__uc_is_letter('1'));
    CHECK(vkr__uc_is_number('7') && vkr__uc_is_number(0x966) && vkr__uc_is_number(0x2160) && vkr__uc_is_number(0xBD));
    CHECK(vkr__uc_is_punct('!') && vkr__uc_is_punct(0x3002) && !vkr__uc_is_punct('+') && !vkr__uc_is_punct('$'));
    CHECK(vkr__uc_is_symbol('+') && vkr__uc_is_symbol('$') && vkr__uc_is_symbol(0x1F600) && vkr__uc_is_symbol('^'));
    CHECK(vkr__uc_is_mark(0x301) && vkr__uc_is_mark(0x903) && !vkr__uc_is_mark('a'));
    /* White_Space */
    CHECK(vkr__uc_is_space(' ') && vkr__uc_is_space('\t') && vkr__uc_is_space('\n') && vkr__uc_is_space('\r'));
    CHECK(vkr__uc_is_space(0x0B) && vkr__uc_is_space(0x0C) && vkr__uc_is_space(0x85) && vkr__uc_is_space(0xA0));
    CHECK(vkr__uc_is_space(0x1680) && vkr__uc_is_space(0x2000) && vkr__uc_is_space(0x200A) && vkr__uc_is_space(0x2028));
    CHECK(vkr__uc_is_space(0x2029) && vkr__uc_is_space(0x202F) && vkr__uc_is_space(0x205F) && vkr__uc_is_space(0x3000));
    CHECK(!vkr__uc_is_space(0x200B), "U+200B ZERO WIDTH SPACE is not White_Space");
    CHECK(!vkr__uc_is_space(0x180E) && !vkr__uc_is_space(0xFEFF) && !vkr__uc_is_space('a') && !vkr__uc_is_space(0x1C));
    /* the predicates agree with the categories everywhere; 25 White_Space */
    {
        int n_space = 0;
        for (cp = 0; cp <= 0x10FFFF; cp++) {
            int g = vkr__uc_gc(cp);
            bad += vkr__uc_is_letter(cp) != (g <= VKR__UC_Lo);
            bad += vkr__uc_is_mark(cp) != (g >= VKR__UC_Mn && g <= VKR__UC_Me);
            bad += vkr__uc_is_number(cp) != (g >= VKR__UC_Nd && g <= VKR__UC_No);
            bad += vkr__uc_is_punct(cp) != (g >= VKR__UC_Pc && g <= VKR__UC_Po);
            bad += vkr__uc_is_symbol(cp) != (g >= VKR__UC_Sm && g <= VKR__UC_So);
            bad += g < 0 || g > VKR__UC_Cn;
            n_space += vkr__uc_is_space(cp);
        }
        CHECK(bad == 0, "%ld disagreements", bad);
        CHECK(n_space == 25, "%d White_Space code points", n_space);
    }
}

static void test_ccc(void) {
    CHECK(vkr__uc_ccc('a') == 0 && vkr__uc_ccc(0x301) == 230 && vkr__uc_ccc(0x316) == 220);
    CHECK(vkr__uc_ccc(0x334) == 1 && vkr__uc_ccc(0x3099) == 8 && vkr__uc_ccc(0x94D) == 9);
    CHECK(vkr__uc_ccc(0x1D165) == 216 && vkr__uc_ccc(0x345) == 240 && vkr__uc_ccc(0x10FFFF) == 0);
}

static void test_lower(void) {
    uint32_t o[3];
    CHECK(vkr__uc_lower('A', o) == 1 && o[0] == 'a');
    CHECK(vkr__uc_lower('a', o) == 1 && o[0] == 'a');
    CHECK(vkr__uc_lower('@', o) == 1 && o[0] == '@');
    CHECK(vkr__uc_lower(0xC0, o) == 1 && o[0] == 0xE0);
    CHECK(vkr__uc_lower(0x3A3, o) == 1 && o[0] == 0x3C3, "Sigma -> U+%04X", (unsigned)o[0]);
    CHECK(vkr__uc_lower(0x130, o) == 2 && o[0] == 0x69 && o[1] == 0x307, "U+0130 -> i + U+0307");
    CHECK(vkr__uc_lower(0x1E9E, o) == 1 && o[0] == 0xDF);
    CHECK(vkr__uc_lower(0xDF, o) == 1 && o[0] == 0xDF);
    CHECK(vkr__uc_lower(0x2126, o) == 1 && o[0] == 0x3C9);
    CHECK(vkr__uc_lower(0x212A, o) == 1 && o[0] == 'k');
    CHECK(vkr__uc_lower(0x1C5, o) == 1 && o[0] == 0x1C6);
    CHECK(vkr__uc_lower(0x100, o) == 1 && o[0] == 0x101);
    CHECK(vkr__uc_lower(0x101, o) == 1 && o[0] == 0x101);
    CHECK(vkr__uc_lower(0x410, o) == 1 && o[0] == 0x430);
    CHECK(vkr__uc_lower(0x400, o) == 1 && o[0] == 0x450);
    CHECK(vkr__uc_lower(0x1F88, o) == 1 && o[0] == 0x1F80);
    CHECK(vkr__uc_lower(0x10400, o) == 1 && o[0] == 0x10428);
    CHECK(vkr__uc_lower(0x1E900, o) == 1 && o[0] == 0x1E922);
    CHECK(vkr__uc_lower(0xA7AE, o) == 1 && o[0] == 0x26A);
    CHECK(vkr__uc_lower(0xFF21, o) == 1 && o[0] == 0xFF41);
    CHECK(vkr__uc_lower(0x4E00, o) == 1 && o[0] == 0x4E00);
    CHECK(vkr__uc_lower(0x110000, o) == 1 && o[0] == 0x110000);
}

static void test_utf8(void) {
    uint32_t cp, back;
    long bad = 0;
    for (cp = 0; cp <= 0x10FFFF; cp++) {
        uint8_t b[4];
        size_t n = vkr__uc_utf8_encode(cp, b);
        size_t want = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        bad += n != want || vkr__uc_utf8_decode(b, n, &back) != n || back != cp;
    }
    CHECK(bad == 0, "%ld code points do not round-trip", bad);
    CHECK(vkr__uc_utf8_decode((const uint8_t *)"\xE2\x82", 2, &cp) == 1 && cp == 0xFFFD, "truncated");
    CHECK(vkr__uc_utf8_decode((const uint8_t *)"", 0, &cp) == 0);
}

static void test_decompose(void) {
    uint32_t o[VKR__UC_DECOMP_MAX], cp;
    size_t n, maxc = 0, maxk = 0;
    CHECK(VKR__UC_DECOMP_MAX == 18);
    n = vkr__uc_decompose(0xC5, false, o);
    CHECK(n == 2 && o[0] == 0x41 && o[1] == 0x30A);
    n = vkr__uc_decompose(0x212B, false, o);                /* ANGSTROM SIGN: recursive */
    CHECK(n == 2 && o[0] == 0x41 && o[1] == 0x30A);
    n = vkr__uc_decompose(0x1E9B, false, o);
    CHECK(n == 2 && o[0] == 0x17F && o[1] == 0x307);
    n = vkr__uc_decompose(0x1E9B, true, o);
    CHECK(n == 2 && o[0] == 0x73 && o[1] == 0x307);
    n = vkr__uc_decompose(0xFB01, false, o);
    CHECK(n == 1 && o[0] == 0xFB01);
    n = vkr__uc_decompose(0xFB01, true, o);
    CHECK(n == 2 && o[0] == 'f' && o[1] == 'i');
    n = vkr__uc_decompose(0xAC00, false, o);
    CHECK(n == 2 && o[0] == 0x1100 && o[1] == 0x1161);
    n = vkr__uc_decompose(0xD7A3, true, o);
    CHECK(n == 3 && o[0] == 0x1112 && o[1] == 0x1175 && o[2] == 0x11C2);
    n = vkr__uc_decompose(0x2F800, false, o);               /* CJK compatibility ideograph */
    CHECK(n == 1 && o[0] == 0x4E3D);
    n = vkr__uc_decompose(0x1D15E, false, o);               /* supplementary both ways */
    CHECK(n == 2 && o[0] == 0x1D157 && o[1] == 0x1D165);
    n = vkr__uc_decompose(0x1F13F, true, o);
    CHECK(n == 1 && o[0] == 'P');
    n = vkr__uc_decompose('x', true, o);
    CHECK(n == 1 && o[0] == 'x');
    for (cp = 0; cp <= 0x10FFFF; cp++) {
        n = vkr__uc_decompose(cp, false, o);
        if (n > maxc) maxc = n;
        n = vkr__uc_decompose(cp, true, o);
        if (n > maxk) maxk = n;
    }
    CHECK(maxc == 4 && maxk == 18, "longest: canonical %zu, compatibility %zu", maxc, maxk);
    n = vkr__uc_decompose(0xFDFA, true, o);
    CHECK(n == 18 && o[0] == 0x635 && o[17] == 0x645);
}

static void test_compose(void) {
    CHECK(vkr__uc_compose('A', 0x30A) == 0xC5);
    CHECK(vkr__uc_compose('e', 0x301) == 0xE9);
    CHECK(vkr__uc_compose(0xC5, 0x301) == 0x1FA);
    CHECK(vkr__uc_compose(0x1100, 0x1161) == 0xAC00);
    CHECK(vkr__uc_compose(0xAC00, 0x11A8) == 0xAC01);
    CHECK(vkr__uc_compose(0xAC01, 0x11A8) == 0, "LVT + T");
    CHECK(vkr__uc_compose(0x1112, 0x1175) == 0xD788);
    CHECK(vkr__uc_compose(0x915, 0x93C) == 0, "U+0958 is a composition exclusion");
    CHECK(vkr__uc_compose(0x41, 0x41) == 0);
    CHECK(vkr__uc_compose(0x11099, 0x110BA) == 0x1109A);
    CHECK(vkr__uc_compose(0x1D157, 0x1D165) == 0, "U+1D15E is excluded");
    CHECK(vkr__uc_compose(0x3C9, 0x345) == 0x1FF3);
    CHECK(vkr__uc_compose(0xFFFFFFFF, 0x301) == 0);
}

/* ---------------------------------------------------------------- normalizer */

static void test_normalize_basic(void) {
    g_count.blocks = g_count.bytes = g_count.bad_frees = 0;
    CHECK(norm_is("e\xCC\x81", false, "\xC3\xA9"));                        /* e + U+0301 -> é */
    CHECK(norm_is("\xC3\xA9", false, "\xC3\xA9"));
    CHECK(norm_is("abc", false, "abc"));
    CHECK(norm_is("\xEF\xAC\x81", false, "\xEF\xAC\x81"));                  /* NFC keeps ﬁ */
    CHECK(norm_is("\xEF\xAC\x81", true, "fi"));                             /* NFKC ﬁ -> fi */
    CHECK(norm_is("\xE2\x91\xA0", true, "1"));                              /* ① -> 1 */
    CHECK(norm_is("\xEF\xBD\xB6", true, "\xE3\x82\xAB"));                   /* ｶ -> カ */
    CHECK(norm_is("\xEF\xBD\xB6\xEF\xBE\x9E", true, "\xE3\x82\xAC"));       /* ｶﾞ -> ガ */
    CHECK(norm_is("\xC2\xA0x\xC2\xA8", true, " x \xCC\x88"));               /* U+00A0, U+00A8 */
    CHECK(norm_is("\xC2\xAA", true, "a"));
    CHECK(norm_is("\xC2\xA0", false, "\xC2\xA0"));
    CHECK(norm_is("\xE1\x84\x80\xE1\x85\xA1", false, "\xEA\xB0\x80"));      /* L V -> 가 */
    CHECK(norm_is("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8", false, "\xEA\xB0\x81"));  /* L V T -> 각 */
    CHECK(norm_is("\xEA\xB0\x80\xE1\x86\xA8", false, "\xEA\xB0\x81"));      /* LV T -> 각 */
    CHECK(norm_is("\xEA\xB0\x81", false, "\xEA\xB0\x81"));
    CHECK(norm_is("a\xCC\x81\xCC\xA3", false, "\xE1\xBA\xA1\xCC\x81"));    /* a ́ ̣ -> ạ ́ */
    CHECK(norm_is("\xE2\x84\xAB", false, "\xC3\x85"));                      /* Å (Angstrom) -> Å */
    CHECK(norm_is("\xEF\xA4\x80", false, "\xE8\xB1\x88"));                  /* U+F900 -> U+8C48 */
    CHECK(norm_is("\xE0\xA5\x98", false, "\xE0\xA4\x95\xE0\xA4\xBC"));      /* U+0958 stays decomposed */
    CHECK(norm_is("\xCC\x81" "a", false, "\xCC\x81" "a"));                  /* leading non-starter */
    CHECK(norm_is("Hello, world! \xE4\xB8\x96\xE7\x95\x8C", false, "Hello, world! \xE4\xB8\x96\xE7\x95\x8C"));
    CHECK(norm_is("\xEF\xB7\xBA", true,
                  "\xD8\xB5\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD9\x84\xD9\x87 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x87 "
                  "\xD9\x88\xD8\xB3\xD9\x84\xD9\x85"));                         /* U+FDFA: 18 */
    CHECK(g_count.blocks == 0 && g_count.bad_frees == 0, "%ld blocks left, %ld bad frees", g_count.blocks, g_count.bad_frees);
}

static void test_normalize_empty(void) {
    char *r = (char *)1;
    size_t rl = 99;
    counting c = {0, 0, 0, 0, -1};
    REQUIRE(vkr__uc_normalize("", 0, false, &r, &rl, c_alloc, c_free, &c));
    CHECK(r != NULL && rl == 0 && r[0] == 0);
    if (r) c_free(&c, r, rl + 1);
    REQUIRE(vkr__uc_normalize(NULL, 0, true, &r, &rl, c_alloc, c_free, &c));
    CHECK(r != NULL && rl == 0 && r[0] == 0);
    if (r) c_free(&c, r, rl + 1);
    CHECK(c.blocks == 0 && c.bad_frees == 0);
}

/* One base and 10 000 combining marks: e + U+0301 x 10000 -> é + U+0301 x
   9999; and a + (U+0301 U+0316) x 5000 -> reordered (stable) and composed:
   á + U+0316 x 5000 + U+0301 x 4999. */
static void test_long_marks(void) {
    size_t i, len, rl;
    char *in = (char *)malloc(1 + 10000 * 2 + 1), *want = (char *)malloc(2 + 10000 * 2 + 1), *r;
    len = 0;
    in[len++] = 'e';
    for (i = 0; i < 10000; i++) len += put_utf8(in + len, 0x301);
    r = norm_n(in, len, false, &rl);
    CHECK(r && rl == len - 1 && !memcmp(r, "\xC3\xA9", 2), "e + 10000 x U+0301");
    for (i = 0; r && i < 9999; i++) if (memcmp(r + 2 + 2 * i, "\xCC\x81", 2)) break;
    CHECK(i == 9999);
    free(r);

    len = 0;
    in[len++] = 'a';
    for (i = 0; i < 5000; i++) { len += put_utf8(in + len, 0x301); len += put_utf8(in + len, 0x316); }
    {
        size_t wl = put_utf8(want, 0xE1);
        for (i = 0; i < 5000; i++) wl += put_utf8(want + wl, 0x316);
        for (i = 0; i < 4999; i++) wl += put_utf8(want + wl, 0x301);
        r = norm_n(in, len, false, &rl);
        CHECK(r && rl == wl && !memcmp(r, want, wl), "a + 5000 x (U+0301 U+0316)");
        free(r);
        r = norm_n(in, len, true, &rl);
        CHECK(r && rl == wl && !memcmp(r, want, wl), "NFKC of the same");
        free(r);
    }
    CHECK(g_count.blocks == 0 && g_count.bad_frees == 0, "%ld blocks left", g_count.blocks);
    free(in);
    free(want);
}

/* Every allocation in turn fails: normalize returns false and leaves
   nothing allocated, or succeeds with exactly one block (the result). */
static void test_alloc_failure(void) {
    char in[8192];
    size_t len = 0, i, want_len = 0;
    long k, failures = 0, max_allocs;
    char *want = NULL;
    for (i = 0; i < 50; i++) len += put_utf8(in + len, 0xFDFA);          /* grows the output */
    in[len++] = 'e';
    for (i = 0; i < 300; i++) len += put_utf8(in + len, 0x301 + (uint32_t)(i % 2) * 0x15);  /* grows the segment */
    memcpy(in + len, " ok", 3);
    len += 3;
    {
        counting c = {0, 0, 0, 0, -1};
        char *r;
        size_t rl;
        REQUIRE(vkr__uc_normalize(in, len, true, &r, &rl, c_alloc, c_free, &c));
        max_allocs = c.allocs;
        want = (char *)malloc(rl + 1);
        memcpy(want, r, rl + 1);
        want_len = rl;
        c_free(&c, r, rl + 1);
        CHECK(c.blocks == 0 && c.bad_frees == 0);
        CHECK(max_allocs >= 4, "only %ld allocations", max_allocs);
    }
    for (k = 0; k <= max_allocs; k++) {
        counting c = {0, 0, 0, 0, 0};
        char *r = (char *)1;
        size_t rl = 0;
        bool ok;
        c.fail_after = k;
        ok = vkr__uc_normalize(in, len, true, &r, &rl, c_alloc, c_free, &c);
        if (!ok) {
            failures++;
            CHECK(c.blocks == 0 && c.bytes == 0, "fail after %ld: %ld blocks leaked", k, c.blocks);
        } else {
            CHECK(k == max_allocs, "succeeded with only %ld allocations", k);
            CHECK(c.blocks == 1 && rl == want_len && !memcmp(r, want, rl));
            c_free(&c, r, rl + 1);
        }
        CHECK(c.bad_frees == 0);
    }
    CHECK(failures == max_allocs, "%ld failures of %ld", failures, max_allocs);
    free(want);
}

/* ---------------------------------------------------------------- conformance */

static size_t n_conf_lines;

/* Splits a line into its five tab-separated columns. */
static bool split5(char *line, char **col, size_t *len) {
    int i;
    for (i = 0; i < 5; i++) {
        char *e = strchr(line, i < 4 ? '\t' : '\n');
        if (!e && i == 4) e = line + strlen(line);
        if (!e) return false;
        col[i] = line;
        len[i] = (size_t)(e - line);
        line = e + 1;
    }
    return true;
}

static bool same(const char *a, size_t al, const char *b, size_t bl) { return al == bl && !memcmp(a, b, al); }

static void hexdump(const char *label, const char *s, size_t n) {
    size_t i = 0;
    fprintf(stderr, " %s", label);
    while (i < n) {
        uint32_t cp;
        i += vkr__uc_utf8_decode((const uint8_t *)s + i, n - i, &cp);
        fprintf(stderr, " %04X", (unsigned)cp);
    }
}

static void test_normalization_conformance(void) {
    const char *path = getenv("VKR_UNICODE_TEST");
    char *text, *line, *next;
    size_t size, tests = 0, checks = 0, failed = 0, part1 = 0;
    int part = -1;
    uint8_t *in_part1;
    uint32_t cp;
    if (!path || !*path) path = "build/normalization_test.txt";
    text = vt_read_file(path, &size);
    if (!text)
        SKIP("no %s: make it with `gunzip -k` of tests/data/unicode/normalization_test.txt.gz "
             "(gunzip -kc tests/data/unicode/normalization_test.txt.gz > %s)", path, path);
    in_part1 = (uint8_t *)calloc(0x110000, 1);
    for (line = text; line && *line; line = next) {
        char *col[5], *r[5], *k[5];
        size_t len[5], rl[5], kl[5];
        int i;
        next = strchr(line, '\n');
        if (next) next++;
        if (*line == '#' || *line == '\n') continue;
        if (*line == '@') { part = atoi(line + 5); continue; }
        REQUIRE(split5(line, col, len), "bad line %.40s", line);
        tests++;
        if (part == 1) {
            size_t l = vkr__uc_utf8_decode((const uint8_t *)col[0], len[0], &cp);
            if (l == len[0]) { in_part1[cp] = 1; part1++; }
        }
        for (i = 0; i < 5; i++) {
            r[i] = norm_n(col[i], len[i], false, &rl[i]);
            k[i] = norm_n(col[i], len[i], true, &kl[i]);
        }
        /* c2 == NFC(c1) == NFC(c2) == NFC(c3); c4 == NFC(c4) == NFC(c5);
           c4 == NFKC(c1) == ... == NFKC(c5) */
        for (i = 0; i < 5; i++) {
            const char *want = i < 3 ? col[1] : col[3];
            size_t wl = i < 3 ? len[1] : len[3];
            bool ok1 = r[i] && same(r[i], rl[i], want, wl);
            bool ok2 = k[i] && same(k[i], kl[i], col[3], len[3]);
            checks += 2;
            if (!ok1 || !ok2) {
                if (++failed <= 20) {
                    fprintf(stderr, "  part %d, c%d:", part, i + 1);
                    hexdump("in", col[i], len[i]);
                    if (!ok1) { hexdump("NFC", r[i] ? r[i] : "", r[i] ? rl[i] : 0); hexdump("want", want, wl); }
                    if (!ok2) { hexdump("NFKC", k[i] ? k[i] : "", k[i] ? kl[i] : 0); hexdump("want", col[3], len[3]); }
                    fputc('\n', stderr);
                }
            }
        }
        for (i = 0; i < 5; i++) { free(r[i]); free(k[i]); }
    }
    /* every code point not in part 1 is its own NFC and NFKC */
    for (cp = 0; cp <= 0x10FFFF; cp++) {
        char buf[4], *r, *k;
        size_t n, rl, kl;
        if ((cp >= 0xD800 && cp <= 0xDFFF) || in_part1[cp]) continue;
        n = put_utf8(buf, cp);
        r = norm_n(buf, n, false, &rl);
        k = norm_n(buf, n, true, &kl);
        checks += 2;
        if (!r || !k || !same(r, rl, buf, n) || !same(k, kl, buf, n))
            if (++failed <= 40) fprintf(stderr, "  U+%04X is not its own NFC/NFKC\n", (unsigned)cp);
        free(r);
        free(k);
    }
    n_conf_lines = tests;
    printf("# NormalizationTest: %zu lines (%zu in part 1), %zu checks, %zu failed\n", tests, part1, checks, failed);
    CHECK(tests > 19000 && part1 > 10000, "only %zu tests read from %s", tests, path);
    CHECK(failed == 0, "%zu of %zu checks failed", failed, checks);
    CHECK(g_count.blocks == 0 && g_count.bad_frees == 0);
    free(in_part1);
    free(text);
}

int main(void) {
    VT_RUN(test_general_category);
    VT_RUN(test_classes);
    VT_RUN(test_ccc);
    VT_RUN(test_lower);
    VT_RUN(test_utf8);
    VT_RUN(test_decompose);
    VT_RUN(test_compose);
    VT_RUN(test_normalize_basic);
    VT_RUN(test_normalize_empty);
    VT_RUN(test_long_marks);
    VT_RUN(test_alloc_failure);
    VT_RUN(test_normalization_conformance);
    return vt_finish();
}
