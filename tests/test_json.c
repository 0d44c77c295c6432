/* test_json.c — conformance tests of valkyr's JSON parser and writer (>>json).

   Every document is copied into a heap buffer of exactly its length, with no
   NUL after it, so that a sanitizer build catches any read past `len`.
   Build: cc -std=c11 -Wall -Wextra -g -fsanitize=address,undefined -I. \
              tests/test_json.c -o /tmp/tj -lm -lpthread -ldl */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdint.h>

/* ---------------------------------------------------------------- helpers */

/* Shows bytes printably in failure messages (rotating static buffers). */
static const char *show(const char *s, size_t n) {
    static char bufs[4][200];
    static int k;
    char *o = bufs[k++ & 3];
    size_t i, j = 0;
    for (i = 0; i < n && j < 180; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') o[j++] = (char)c;
        else j += (size_t)snprintf(o + j, 200 - j, "\\x%02X", c);
    }
    if (i < n) { memcpy(o + j, "...", 3); j += 3; }
    o[j] = 0;
    return o;
}

static int same_double(double a, double b) {
    if (isnan(a) && isnan(b)) return 1;
    return memcmp(&a, &b, sizeof a) == 0;
}

static int ci_contains(const char *hay, const char *needle) {
    size_t n = strlen(needle), i, j;
    for (i = 0; hay[i]; i++) {
        for (j = 0; j < n && hay[i + j]; j++)
            if (tolower((unsigned char)hay[i + j]) != tolower((unsigned char)needle[j])) break;
        if (j == n) return 1;
    }
    return 0;
}

/* An error message "mentions a position": "line"/"column"/"col", or N:N. */
static int mentions_position(const char *m) {
    size_t i;
    if (ci_contains(m, "line") || ci_contains(m, "col")) return 1;
    for (i = 0; m[i] && m[i + 1] && m[i + 2]; i++)
        if (isdigit((unsigned char)m[i]) && m[i + 1] == ':' && isdigit((unsigned char)m[i + 2]))
            return 1;
    return 0;
}

typedef struct parsed {
    vkr_result r;
    vkr_json_doc *doc;
    const vkr_json *root;
    char *buf;       /* exactly len bytes, kept alive until parsed_free */
} parsed;

static parsed parse_n(const char *text, size_t len, const vkr_json_desc *desc) {
    static const char empty[1] = {0};
    parsed p;
    memset(&p, 0, sizeof p);
    p.buf = (char *)malloc(len);
    if (len) memcpy(p.buf, text, len);
    p.r = vkr_json_parse(p.buf ? p.buf : empty, len, desc, &p.doc);
    if (p.r == VKR_OK) p.root = vkr_json_root(p.doc);
    return p;
}

static void parsed_free(parsed *p) {
    if (p->r == VKR_OK && p->doc) vkr_json_free(p->doc);
    free(p->buf);
    memset(p, 0, sizeof *p);
}

#define PARSE(lit) parse_n(lit, sizeof(lit) - 1, NULL)

/* Structural equality of a tree and its rewritten copy (offsets ignored). */
static int json_equal(const vkr_json *a, const vkr_json *b) {
    size_t i;
    if (!a || !b) return a == b;
    if (a->type != b->type) return 0;
    switch (a->type) {
    case VKR_JSON_NUMBER:
        /* an integer must stay that integer (the literal -0 is the int 0 and
           reads back as +0); any other number must keep its exact double
           (1e3 may well come back written as the integer 1000) */
        if (a->is_int) return b->is_int && a->i64 == b->i64;
        return same_double(a->num, b->num);
    case VKR_JSON_STRING:
        return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    case VKR_JSON_ARRAY:
    case VKR_JSON_OBJECT:
        if (a->len != b->len) return 0;
        for (i = 0; i < a->len; i++) {
            const vkr_json *x = &a->items[i], *y = &b->items[i];
            if (a->type == VKR_JSON_OBJECT &&
                (x->key_len != y->key_len || memcmp(x->key, y->key, x->key_len) != 0))
                return 0;
            if (!json_equal(x, y)) return 0;
        }
        return 1;
    default:
        return 1;
    }
}

static int json_depth(const vkr_json *v) {
    size_t i;
    int d = 0;
    if (v->type != VKR_JSON_ARRAY && v->type != VKR_JSON_OBJECT) return 0;
    for (i = 0; i < v->len; i++) {
        int c = json_depth(&v->items[i]);
        if (c > d) d = c;
    }
    return d + 1;
}

/* Writes a parsed tree with the writer. */
static void write_tree(vkr_json_writer *w, const vkr_json *v) {
    size_t i;
    switch (v->type) {
    case VKR_JSON_NULL: vkr_json_write_null(w); break;
    case VKR_JSON_FALSE: vkr_json_write_bool(w, false); break;
    case VKR_JSON_TRUE: vkr_json_write_bool(w, true); break;
    case VKR_JSON_NUMBER:
        if (v->is_int) vkr_json_write_int(w, v->i64);
        else vkr_json_write_double(w, v->num);
        break;
    case VKR_JSON_STRING: vkr_json_write_string_n(w, v->str, v->len); break;
    case VKR_JSON_ARRAY:
        vkr_json_begin_array(w);
        for (i = 0; i < v->len; i++) write_tree(w, &v->items[i]);
        vkr_json_end_array(w);
        break;
    case VKR_JSON_OBJECT:
        vkr_json_begin_object(w);
        for (i = 0; i < v->len; i++) {
            vkr_json_key(w, v->items[i].key);
            write_tree(w, &v->items[i]);
        }
        vkr_json_end_object(w);
        break;
    }
}

/* A growing byte buffer for generated documents. */
typedef struct sbuf { char *p; size_t n, cap; } sbuf;
static void sb_putn(sbuf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        b->p = (char *)realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void sb_puts(sbuf *b, const char *s) { sb_putn(b, s, strlen(s)); }
static void sb_repeat(sbuf *b, const char *s, int times) {
    int i;
    for (i = 0; i < times; i++) sb_puts(b, s);
}

/* Counting allocator; fails every allocation from number fail_after on
   (fail_after < 0: never). Each block records its size to check that free
   gets the size that was asked for. */
typedef struct counters {
    long attempts, allocs, frees, failed;
    long fail_after;
    long bad_size, bad_align, null_frees;
    size_t live;
} counters;

static void *cnt_alloc(void *user, size_t size, size_t align) {
    counters *c = (counters *)user;
    unsigned char *raw, *p;
    size_t a = align < 16 ? 16 : align;
    if (align == 0 || (align & (align - 1))) c->bad_align++;
    if (c->fail_after >= 0 && c->attempts++ >= c->fail_after) { c->failed++; return NULL; }
    if (c->fail_after < 0) c->attempts++;
    raw = (unsigned char *)malloc(size + a + 16);
    if (!raw) return NULL;
    p = (unsigned char *)(((uintptr_t)raw + 16 + a - 1) & ~(uintptr_t)(a - 1));
    memcpy(p - 16, &raw, sizeof raw);
    memcpy(p - 8, &size, sizeof size);
    c->allocs++;
    c->live += size;
    return p;
}

static void cnt_free(void *user, void *ptr, size_t size) {
    counters *c = (counters *)user;
    unsigned char *p = (unsigned char *)ptr, *raw;
    size_t asked;
    if (!p) { c->null_frees++; return; }
    memcpy(&raw, p - 16, sizeof raw);
    memcpy(&asked, p - 8, sizeof asked);
    if (asked != size) c->bad_size++;
    c->frees++;
    c->live -= asked;
    free(raw);
}

static vkr_allocator counting(counters *c, long fail_after) {
    vkr_allocator a;
    memset(c, 0, sizeof *c);
    c->fail_after = fail_after;
    a.alloc = cnt_alloc;
    a.free = cnt_free;
    a.user = c;
    return a;
}

/* Checks that `text` is rejected with VKR_ERR_JSON (or VKR_ERR_LIMIT when
   allow_limit) and a non-empty message that gives a position. */
static void expect_bad_at(const char *file, int line, const char *what, const char *text,
                          size_t len, const vkr_json_desc *desc, int allow_limit) {
    parsed p = parse_n(text, len, desc);
    if (p.r == VKR_OK) {
        vt_fail_at(file, line, "%s: expected VKR_ERR_JSON, got VKR_OK for \"%s\"", what,
                   show(text, len));
    } else {
        const char *m = vkr_last_error();
        if (!(p.r == VKR_ERR_JSON || (allow_limit && p.r == VKR_ERR_LIMIT)))
            vt_fail_at(file, line, "%s: expected VKR_ERR_JSON%s, got %d (%s) for \"%s\"", what,
                       allow_limit ? " or VKR_ERR_LIMIT" : "", (int)p.r,
                       vkr_result_str(p.r), show(text, len));
        if (!m || !m[0])
            vt_fail_at(file, line, "%s: expected a non-empty vkr_last_error()", what);
        else if (!allow_limit && !mentions_position(m))
            vt_fail_at(file, line, "%s: expected the message to give a line/column, got \"%s\"",
                       what, m);
    }
    parsed_free(&p);
}

typedef struct bad_case { const char *text; size_t len; const char *what; } bad_case;
#define BAD(lit, what) { lit, sizeof(lit) - 1, what }
#define RUN_BAD(cases) run_bad(__FILE__, __LINE__, cases, sizeof(cases) / sizeof(cases[0]))
static void run_bad(const char *file, int line, const bad_case *c, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) expect_bad_at(file, line, c[i].what, c[i].text, c[i].len, NULL, 0);
}

#define EXPECT_BAD(lit, what) expect_bad_at(__FILE__, __LINE__, what, lit, sizeof(lit) - 1, NULL, 0)

/* Parses a lone string literal document and checks its decoded bytes. */
static void expect_string_at(const char *file, int line, const char *doc, size_t doc_len,
                             const char *want, size_t want_len) {
    parsed p = parse_n(doc, doc_len, NULL);
    if (p.r != VKR_OK) {
        vt_fail_at(file, line, "expected \"%s\" to parse, got %d: %s", show(doc, doc_len),
                   (int)p.r, vkr_last_error());
    } else if (p.root->type != VKR_JSON_STRING) {
        vt_fail_at(file, line, "expected a STRING for \"%s\"", show(doc, doc_len));
    } else {
        if (p.root->len != want_len || memcmp(p.root->str, want, want_len) != 0)
            vt_fail_at(file, line, "\"%s\": expected bytes \"%s\" (len %zu), got \"%s\" (len %zu)",
                       show(doc, doc_len), show(want, want_len), want_len,
                       show(p.root->str, p.root->len), p.root->len);
        if (p.root->str[p.root->len] != 0)
            vt_fail_at(file, line, "\"%s\": expected str to be NUL-terminated at len",
                       show(doc, doc_len));
        if (vkr_json_string(p.root) != p.root->str)
            vt_fail_at(file, line, "expected vkr_json_string to return str");
    }
    parsed_free(&p);
}
#define EXPECT_STRING(doc, want) \
    expect_string_at(__FILE__, __LINE__, doc, sizeof(doc) - 1, want, sizeof(want) - 1)

/* Parses a lone number and checks it. want_int: 1 must be is_int, 0 must
   not, -1 either (if is_int, i64 must be want_i64). num compared bitwise. */
static void expect_number_at(const char *file, int line, const char *text, int want_int,
                             int64_t want_i64, double want_num) {
    parsed p = parse_n(text, strlen(text), NULL);
    double d = 12345;
    int64_t i = 12345;
    if (p.r != VKR_OK) {
        vt_fail_at(file, line, "expected \"%s\" to parse, got %d: %s", text, (int)p.r,
                   vkr_last_error());
        parsed_free(&p);
        return;
    }
    if (p.root->type != VKR_JSON_NUMBER) {
        vt_fail_at(file, line, "\"%s\": expected a NUMBER, got type %d", text, (int)p.root->type);
        parsed_free(&p);
        return;
    }
    if (!same_double(p.root->num, want_num))
        vt_fail_at(file, line, "\"%s\": expected num %.17g, got %.17g", text, want_num,
                   p.root->num);
    if (!vkr_json_number(p.root, &d) || !same_double(d, want_num))
        vt_fail_at(file, line, "\"%s\": expected vkr_json_number to give %.17g", text, want_num);
    if (want_int == 1 && !p.root->is_int)
        vt_fail_at(file, line, "\"%s\": expected is_int true", text);
    if (want_int == 0 && p.root->is_int)
        vt_fail_at(file, line, "\"%s\": expected is_int false", text);
    if (p.root->is_int) {
        if (p.root->i64 != want_i64)
            vt_fail_at(file, line, "\"%s\": expected i64 %lld, got %lld", text,
                       (long long)want_i64, (long long)p.root->i64);
        if (!vkr_json_int(p.root, &i) || i != want_i64)
            vt_fail_at(file, line, "\"%s\": expected vkr_json_int to give %lld", text,
                       (long long)want_i64);
    } else if (want_num != floor(want_num) || !(fabs(want_num) < 9.2e18)) {
        if (vkr_json_int(p.root, &i))
            vt_fail_at(file, line, "\"%s\": expected vkr_json_int false for a non-int64 value",
                       text);
    } else if (vkr_json_int(p.root, &i) && (double)i != want_num) {
        vt_fail_at(file, line, "\"%s\": vkr_json_int gave %lld, expected %.17g", text,
                   (long long)i, want_num);
    }
    parsed_free(&p);
}
#define EXPECT_NUMBER(text, wi, i64, num) expect_number_at(__FILE__, __LINE__, text, wi, i64, num)

/* Compares a decimal against the C library's strtod (correctly rounded in
   glibc), for values inside the double range. */
static void expect_strtod_at(const char *file, int line, const char *text) {
    expect_number_at(file, line, text, -1, 0, strtod(text, NULL));
}
#define EXPECT_STRTOD(text) expect_strtod_at(__FILE__, __LINE__, text)

/* A ~200-byte document that uses every feature of the grammar. */
static const char k_full_doc[] =
    "{\"s\":\"a\\\"\\\\\\/\\b\\f\\n\\r\\tz\", \"u\":\"\\u00e9\\u20AC\\ud83d\\ude00\\u0000\",\n"
    "\t\"raw\":\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\",\r\n"
    " \"n\":[0,-0,1e3,1E+3,-1.5e-3,123456789012345678,0.1, -9223372036854775808],"
    "\"l\":[true,false,null],\"e\":{},\"a\":[ ],\"o\":{\"k\":[{\"x\":\"\"}]},\"\":1}";

/* ------------------------------------------------------- valid documents */

static void test_scalars_top_level(void) {
    parsed p;
    bool b = false;
    p = PARSE("null");
    REQUIRE(p.r == VKR_OK, "expected top-level null to parse: %s", vkr_last_error());
    CHECK(p.root && p.root->type == VKR_JSON_NULL, "expected NULL type");
    CHECK(!vkr_json_bool(p.root, &b), "expected vkr_json_bool false on null");
    parsed_free(&p);

    p = PARSE("true");
    REQUIRE(p.r == VKR_OK, "expected top-level true to parse");
    CHECK(p.root->type == VKR_JSON_TRUE, "expected TRUE type");
    CHECK(vkr_json_bool(p.root, &b) && b == true, "expected vkr_json_bool -> true");
    parsed_free(&p);

    p = PARSE(" false ");
    REQUIRE(p.r == VKR_OK, "expected top-level false to parse");
    CHECK(p.root->type == VKR_JSON_FALSE, "expected FALSE type");
    b = true;
    CHECK(vkr_json_bool(p.root, &b) && b == false, "expected vkr_json_bool -> false");
    parsed_free(&p);

    p = PARSE("\"hi\"");
    REQUIRE(p.r == VKR_OK, "expected top-level string to parse");
    CHECK(p.root->type == VKR_JSON_STRING && p.root->len == 2 && strcmp(p.root->str, "hi") == 0,
          "expected STRING \"hi\"");
    parsed_free(&p);

    p = PARSE("42");
    REQUIRE(p.r == VKR_OK, "expected top-level number to parse");
    CHECK(p.root->type == VKR_JSON_NUMBER && p.root->is_int && p.root->i64 == 42 &&
              p.root->num == 42.0, "expected NUMBER 42");
    parsed_free(&p);

    p = PARSE("\n-2.5\n");
    REQUIRE(p.r == VKR_OK, "expected top-level -2.5 to parse");
    CHECK(p.root->type == VKR_JSON_NUMBER && !p.root->is_int && p.root->num == -2.5,
          "expected NUMBER -2.5, not int");
    parsed_free(&p);
}

static void test_nested(void) {
    parsed p = PARSE("{\"a\":[1,{\"b\":[true,null,[]]}],\"c\":{\"d\":{\"e\":\"f\"}},\"g\":[[[[7]]]]}");
    const vkr_json *v;
    int64_t i = 0;
    REQUIRE(p.r == VKR_OK, "expected nested document to parse: %s", vkr_last_error());
    CHECK(p.root->type == VKR_JSON_OBJECT && p.root->len == 3, "expected an object of 3 members");
    v = vkr_json_get(p.root, "a");
    CHECK(v && v->type == VKR_JSON_ARRAY && v->len == 2, "expected a to be an array of 2");
    CHECK(vkr_json_int(vkr_json_at(v, 0), &i) && i == 1, "expected a[0] == 1");
    v = vkr_json_get(vkr_json_at(v, 1), "b");
    CHECK(v && v->len == 3, "expected a[1].b of 3 items");
    CHECK(vkr_json_at(v, 0) && vkr_json_at(v, 0)->type == VKR_JSON_TRUE, "expected a[1].b[0] true");
    CHECK(vkr_json_at(v, 1) && vkr_json_at(v, 1)->type == VKR_JSON_NULL, "expected a[1].b[1] null");
    CHECK(vkr_json_at(v, 2) && vkr_json_at(v, 2)->type == VKR_JSON_ARRAY &&
              vkr_json_at(v, 2)->len == 0, "expected a[1].b[2] empty array");
    v = vkr_json_get(vkr_json_get(vkr_json_get(p.root, "c"), "d"), "e");
    CHECK(v && strcmp(vkr_json_string(v), "f") == 0, "expected c.d.e == \"f\"");
    v = vkr_json_at(vkr_json_at(vkr_json_at(vkr_json_at(vkr_json_get(p.root, "g"), 0), 0), 0), 0);
    CHECK(vkr_json_int(v, &i) && i == 7, "expected g[0][0][0][0] == 7");
    CHECK(json_depth(p.root) == 5, "expected depth 5, got %d", json_depth(p.root));
    CHECK(p.root->items[0].key && strcmp(p.root->items[0].key, "a") == 0 &&
              p.root->items[0].key_len == 1, "expected items[0].key \"a\" with key_len 1");
    parsed_free(&p);
}

static void test_whitespace_variants(void) {
    parsed a = PARSE("{\"k\":[1,2,{\"x\":null}],\"s\":\"a b\"}");
    parsed b = PARSE(" \t\n\r{ \t\n\r\"k\" \t\n\r: \t\n\r[ \t\n\r1 \t\n\r, \t\n\r2 ,{\"x\"\n:\nnull\n}\r]\t,"
                     "\r\n\"s\"\t:\t\"a b\"\n} \t\n\r");
    parsed c = PARSE("[\n]");
    REQUIRE(a.r == VKR_OK && b.r == VKR_OK, "expected both spellings to parse: %s", vkr_last_error());
    CHECK(json_equal(a.root, b.root), "expected whitespace not to change the tree");
    REQUIRE(c.r == VKR_OK, "expected [newline] to parse");
    CHECK(c.root->type == VKR_JSON_ARRAY && c.root->len == 0, "expected an empty array");
    parsed_free(&a);
    parsed_free(&b);
    parsed_free(&c);
}

static void test_empty_values(void) {
    parsed p = PARSE("{\"s\":\"\",\"a\":[],\"o\":{},\"aa\":[[]],\"ao\":[{}],\"\":\"empty key\"}");
    const vkr_json *v;
    REQUIRE(p.r == VKR_OK, "expected empty values to parse: %s", vkr_last_error());
    v = vkr_json_get(p.root, "s");
    CHECK(v && v->type == VKR_JSON_STRING && v->len == 0 && v->str && v->str[0] == 0,
          "expected an empty NUL-terminated string");
    v = vkr_json_get(p.root, "a");
    CHECK(v && v->type == VKR_JSON_ARRAY && v->len == 0, "expected an empty array");
    CHECK(vkr_json_at(v, 0) == NULL, "expected at(empty, 0) == NULL");
    v = vkr_json_get(p.root, "o");
    CHECK(v && v->type == VKR_JSON_OBJECT && v->len == 0, "expected an empty object");
    CHECK(vkr_json_get(v, "") == NULL, "expected get on an empty object to be NULL");
    v = vkr_json_get(p.root, "aa");
    CHECK(v && v->len == 1 && v->items[0].type == VKR_JSON_ARRAY && v->items[0].len == 0,
          "expected [[]]");
    v = vkr_json_get(p.root, "ao");
    CHECK(v && v->len == 1 && v->items[0].type == VKR_JSON_OBJECT && v->items[0].len == 0,
          "expected [{}]");
    v = vkr_json_get(p.root, "");
    CHECK(v && vkr_json_string(v) && strcmp(vkr_json_string(v), "empty key") == 0,
          "expected the empty key to be found");
    parsed_free(&p);

    p = PARSE("\"\"");
    REQUIRE(p.r == VKR_OK, "expected \"\" to parse");
    CHECK(p.root->type == VKR_JSON_STRING && p.root->len == 0, "expected an empty string");
    parsed_free(&p);
    p = PARSE("{}");
    REQUIRE(p.r == VKR_OK, "expected {} to parse");
    CHECK(p.root->type == VKR_JSON_OBJECT && p.root->len == 0, "expected an empty object");
    parsed_free(&p);
    p = PARSE("[]");
    REQUIRE(p.r == VKR_OK, "expected [] to parse");
    CHECK(p.root->type == VKR_JSON_ARRAY && p.root->len == 0, "expected an empty array");
    parsed_free(&p);
}

static void test_simple_escapes(void) {
    EXPECT_STRING("\"\\\"\"", "\"");
    EXPECT_STRING("\"\\\\\"", "\\");
    EXPECT_STRING("\"\\/\"", "/");
    EXPECT_STRING("\"\\b\"", "\b");
    EXPECT_STRING("\"\\f\"", "\f");
    EXPECT_STRING("\"\\n\"", "\n");
    EXPECT_STRING("\"\\r\"", "\r");
    EXPECT_STRING("\"\\t\"", "\t");
    EXPECT_STRING("\"x\\\"\\\\\\/\\b\\f\\n\\r\\ty\"", "x\"\\/\b\f\n\r\ty");
    EXPECT_STRING("\"/unescaped/ slash\"", "/unescaped/ slash");
    EXPECT_STRING("\"\\\\u0041\"", "\\u0041");
}

static void test_unicode_escapes(void) {
    EXPECT_STRING("\"\\u0041\"", "A");
    EXPECT_STRING("\"\\u007f\"", "\x7f");
    EXPECT_STRING("\"\\u0080\"", "\xC2\x80");
    EXPECT_STRING("\"\\u00e9\\u00E9\"", "\xC3\xA9\xC3\xA9");
    EXPECT_STRING("\"\\u07FF\"", "\xDF\xBF");
    EXPECT_STRING("\"\\u0800\"", "\xE0\xA0\x80");
    EXPECT_STRING("\"\\u20ac\"", "\xE2\x82\xAC");
    EXPECT_STRING("\"\\uD7FF\"", "\xED\x9F\xBF");
    EXPECT_STRING("\"\\uE000\"", "\xEE\x80\x80");
    EXPECT_STRING("\"\\uFFFF\"", "\xEF\xBF\xBF");
    EXPECT_STRING("\"\\ud83d\\ude00\"", "\xF0\x9F\x98\x80");
    EXPECT_STRING("\"\\uD83D\\uDE00\"", "\xF0\x9F\x98\x80");
    EXPECT_STRING("\"\\ud800\\udc00\"", "\xF0\x90\x80\x80");
    EXPECT_STRING("\"\\udbff\\udfff\"", "\xF4\x8F\xBF\xBF");
    EXPECT_STRING("\"a\\ud83d\\ude00b\\u00e9\"", "a\xF0\x9F\x98\x80" "b\xC3\xA9");
}

static void test_nul_escape(void) {
    parsed p;
    EXPECT_STRING("\"\\u0000\"", "\0");
    EXPECT_STRING("\"a\\u0000b\"", "a\0b");
    EXPECT_STRING("\"\\u0000\\u0000\\u0000\"", "\0\0\0");

    p = PARSE("{\"a\\u0000b\":1,\"a\":2}");
    REQUIRE(p.r == VKR_OK, "expected a key with \\u0000 to parse: %s", vkr_last_error());
    CHECK(p.root->items[0].key_len == 3 && memcmp(p.root->items[0].key, "a\0b", 4) == 0,
          "expected key_len 3 and bytes a\\0b\\0 for the first key");
    {
        const vkr_json *v = vkr_json_get(p.root, "a");
        int64_t i = 0;
        CHECK(vkr_json_int(v, &i) && i == 2,
              "expected get(\"a\") to skip the key \"a\\0b\" (compare key_len) and find 2");
    }
    parsed_free(&p);
}

static void test_raw_utf8(void) {
    EXPECT_STRING("\"\xC3\xA9\"", "\xC3\xA9");                  /* 2 bytes */
    EXPECT_STRING("\"\xC2\x80\xDF\xBF\"", "\xC2\x80\xDF\xBF");  /* U+0080, U+07FF */
    EXPECT_STRING("\"\xE2\x82\xAC\"", "\xE2\x82\xAC");          /* 3 bytes */
    EXPECT_STRING("\"\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\"",
                  "\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF"); /* U+0800 U+D7FF U+E000 U+FFFF */
    EXPECT_STRING("\"\xF0\x9F\x98\x80\"", "\xF0\x9F\x98\x80");  /* 4 bytes */
    EXPECT_STRING("\"\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\"", "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
    EXPECT_STRING("\"\x7f\"", "\x7f");                          /* DEL is no control to JSON */
    {
        parsed p = PARSE("{\"\xC3\xA9t\xC3\xA9\":\"\xE6\x97\xA5\xE6\x9C\xAC\"}");
        REQUIRE(p.r == VKR_OK, "expected UTF-8 key and value to parse");
        CHECK(vkr_json_get(p.root, "\xC3\xA9t\xC3\xA9") != NULL, "expected the UTF-8 key found");
        parsed_free(&p);
    }
}

static void test_numbers_basic(void) {
    EXPECT_NUMBER("0", 1, 0, 0.0);
    EXPECT_NUMBER("-0", -1, 0, -0.0);      /* the value is negative zero */
    EXPECT_NUMBER("-0.0", 0, 0, -0.0);
    EXPECT_NUMBER("7", 1, 7, 7.0);
    EXPECT_NUMBER("-7", 1, -7, -7.0);
    EXPECT_NUMBER("1e3", -1, 1000, 1000.0);
    EXPECT_NUMBER("1E+3", -1, 1000, 1000.0);
    EXPECT_NUMBER("1e-0", -1, 1, 1.0);
    EXPECT_NUMBER("0e0", -1, 0, 0.0);
    EXPECT_NUMBER("0E+00", -1, 0, 0.0);
    EXPECT_NUMBER("-1.5e-3", 0, 0, -1.5e-3);
    EXPECT_NUMBER("1.0", 0, 1, 1.0);
    EXPECT_NUMBER("3.25", 0, 0, 3.25);
    EXPECT_NUMBER("0.5", 0, 0, 0.5);
    EXPECT_NUMBER("123.456", 0, 0, 123.456);
    EXPECT_NUMBER("1.5E2", -1, 150, 150.0);
    EXPECT_NUMBER("0.1", 0, 0, 0.1);
    EXPECT_NUMBER("2.2250738585072014e-308", 0, 0, 2.2250738585072014e-308);
    {
        parsed p = PARSE("0.1");
        REQUIRE(p.r == VKR_OK, "expected 0.1 to parse");
        uint64_t bits = 0;
        memcpy(&bits, &p.root->num, sizeof bits);
        CHECK(bits == UINT64_C(0x3FB999999999999A),
              "expected 0.1 to be exactly the double nearest 0.1 (0x3FB999999999999A), got 0x%llX",
              (unsigned long long)bits);
        parsed_free(&p);
    }
}

static void test_numbers_int64(void) {
    EXPECT_NUMBER("123456789012345678", 1, INT64_C(123456789012345678), 123456789012345678.0);
    EXPECT_NUMBER("9223372036854775807", 1, INT64_MAX, 9223372036854775807.0);
    EXPECT_NUMBER("-9223372036854775808", 1, INT64_MIN, -9223372036854775808.0);
    EXPECT_NUMBER("9223372036854775808", 0, 0, 9.223372036854775808e18);
    EXPECT_NUMBER("-9223372036854775809", 0, 0, -9223372036854775809.0);
    EXPECT_NUMBER("18446744073709551616", 0, 0, 18446744073709551616.0);
    EXPECT_NUMBER("99999999999999999999", 0, 0, 1e20);
    EXPECT_NUMBER("9007199254740993", 1, INT64_C(9007199254740993), 9007199254740992.0);
    EXPECT_NUMBER("9007199254740995", 1, INT64_C(9007199254740995), 9007199254740996.0);
    EXPECT_NUMBER("-9007199254740993", 1, -INT64_C(9007199254740993), -9007199254740992.0);
    EXPECT_NUMBER("10000000000000000000000", 0, 0, 1e22);
    EXPECT_NUMBER("100000000000000000000000", 0, 0, 1e23);
}

static void test_numbers_correct_rounding(void) {
    static const char *const cases[] = {
        "0.1", "0.2", "0.3", "0.30000000000000004", "1e23", "8.98846567431158e307",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072009e-308",
        "4.9406564584124654e-324", "5e-324", "1e-323", "2.4703282292062328e-324",
        "1.7976931348623157e308", "1.7976931348623158e308", "7.038531e-26",
        "3.14159265358979323846264338327950288", "123456789012345678901234567890e-10",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "9007199254740993.0", "9007199254740992.9999999999999999999",
        "4.35679157e-38", "6.02214076e23", "-1.6021766208e-19", "1e-7", "1e21",
        "0.000001", "2.5", "1e308", "1e-308", "7e-10", "17976931348623157e292",
        "4503599627370496.5", "4503599627370497.5", "0.9999999999999999444888487687421729788184165954589843749",
        "0.9999999999999999444888487687421729788184165954589843751",
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) EXPECT_STRTOD(cases[i]);
}

static void test_numbers_long_digits(void) {
    sbuf b = {0};
    /* 1 followed by 100 zeros, times 1e-100 is exactly 1 */
    sb_puts(&b, "1");
    sb_repeat(&b, "0", 100);
    sb_puts(&b, "e-100");
    EXPECT_NUMBER(b.p, 0, 0, 1.0);
    b.n = 0;
    /* 0.(40 zeros)1e41 == 1 */
    sb_puts(&b, "0.");
    sb_repeat(&b, "0", 40);
    sb_puts(&b, "1e41");
    EXPECT_NUMBER(b.p, 0, 0, 1.0);
    b.n = 0;
    /* 800 significant digits */
    sb_puts(&b, "0.");
    sb_repeat(&b, "1234567890", 80);
    EXPECT_STRTOD(b.p);
    b.n = 0;
    /* a 301-digit integer is a number but not an int */
    sb_puts(&b, "1");
    sb_repeat(&b, "0", 300);
    EXPECT_NUMBER(b.p, 0, 0, 1e300);
    free(b.p);
}

static void overflow_case(const char *file, int line, const char *text, double want) {
    parsed p = parse_n(text, strlen(text), NULL);
    if (p.r == VKR_OK) {
        if (p.root->type != VKR_JSON_NUMBER || !same_double(p.root->num, want) || p.root->is_int)
            vt_fail_at(file, line, "\"%s\": expected an error or the number %g (not int), got %.17g",
                       text, want, p.root->num);
    } else if (p.r != VKR_ERR_JSON) {
        vt_fail_at(file, line, "\"%s\": expected VKR_OK or VKR_ERR_JSON, got %d", text, (int)p.r);
    }
    parsed_free(&p);
}

static void test_numbers_out_of_range(void) {
    overflow_case(__FILE__, __LINE__, "1e400", HUGE_VAL);
    overflow_case(__FILE__, __LINE__, "-1e400", -HUGE_VAL);
    overflow_case(__FILE__, __LINE__, "1.7976931348623159e308", HUGE_VAL);
    overflow_case(__FILE__, __LINE__, "1e99999999999999999999", HUGE_VAL);
    overflow_case(__FILE__, __LINE__, "1e-400", 0.0);
    overflow_case(__FILE__, __LINE__, "-1e-400", -0.0);
    overflow_case(__FILE__, __LINE__, "1e-99999999999999999999", 0.0);
    overflow_case(__FILE__, __LINE__, "0e99999999999999999999", 0.0);
    overflow_case(__FILE__, __LINE__, "0.0000000000000000000000000000001e-99999999999999999999", 0.0);
}

static void test_lookup_helpers(void) {
    parsed p = PARSE("{\"i\":5,\"d\":2.5,\"s\":\"str\",\"t\":true,\"f\":false,\"n\":null,\"a\":[10,20],\"o\":{\"x\":1}}");
    const vkr_json *v;
    double d = 0;
    int64_t i = 0;
    bool b = false;
    REQUIRE(p.r == VKR_OK, "expected the lookup document to parse");
    CHECK(vkr_json_get(p.root, "missing") == NULL, "expected a missing key to give NULL");
    CHECK(vkr_json_get(vkr_json_get(p.root, "missing"), "x") == NULL, "expected get(NULL) to chain");
    CHECK(vkr_json_get(NULL, "x") == NULL, "expected get(NULL, key) == NULL");
    CHECK(vkr_json_at(NULL, 0) == NULL, "expected at(NULL, 0) == NULL");
    CHECK(vkr_json_string(NULL) == NULL, "expected string(NULL) == NULL");
    CHECK(!vkr_json_number(NULL, &d), "expected number(NULL) false");
    CHECK(!vkr_json_int(NULL, &i), "expected int(NULL) false");
    CHECK(!vkr_json_bool(NULL, &b), "expected bool(NULL) false");
    CHECK(vkr_json_int(vkr_json_get(p.root, "i"), &i) && i == 5, "expected i == 5");
    CHECK(vkr_json_number(vkr_json_get(p.root, "i"), &d) && d == 5.0, "expected number(i) == 5.0");
    CHECK(vkr_json_number(vkr_json_get(p.root, "d"), &d) && d == 2.5, "expected d == 2.5");
    i = 77;
    CHECK(!vkr_json_int(vkr_json_get(p.root, "d"), &i), "expected int(2.5) false");
    CHECK(vkr_json_string(vkr_json_get(p.root, "i")) == NULL, "expected string(number) NULL");
    CHECK(!vkr_json_number(vkr_json_get(p.root, "s"), &d), "expected number(string) false");
    CHECK(!vkr_json_int(vkr_json_get(p.root, "s"), &i), "expected int(string) false");
    CHECK(!vkr_json_bool(vkr_json_get(p.root, "s"), &b), "expected bool(string) false");
    CHECK(!vkr_json_bool(vkr_json_get(p.root, "i"), &b), "expected bool(number) false");
    CHECK(!vkr_json_bool(vkr_json_get(p.root, "n"), &b), "expected bool(null) false");
    CHECK(vkr_json_bool(vkr_json_get(p.root, "t"), &b) && b, "expected t true");
    CHECK(vkr_json_bool(vkr_json_get(p.root, "f"), &b) && !b, "expected f false");
    CHECK(vkr_json_get(p.root, "n") && vkr_json_get(p.root, "n")->type == VKR_JSON_NULL,
          "expected n to be a present NULL value");
    v = vkr_json_get(p.root, "a");
    CHECK(vkr_json_int(vkr_json_at(v, 1), &i) && i == 20, "expected a[1] == 20");
    CHECK(vkr_json_at(v, 2) == NULL, "expected at(a, len) == NULL");
    CHECK(vkr_json_at(v, (size_t)-1) == NULL, "expected at(a, SIZE_MAX) == NULL");
    CHECK(vkr_json_get(v, "x") == NULL, "expected get on an array to be NULL");
    CHECK(vkr_json_at(vkr_json_get(p.root, "s"), 0) == NULL, "expected at on a string NULL");
    CHECK(vkr_json_get(vkr_json_get(p.root, "s"), "x") == NULL, "expected get on a string NULL");
    CHECK(vkr_json_at(p.root, 0) == NULL || vkr_json_at(p.root, 0) == &p.root->items[0],
          "expected at on an object to be NULL or its member");
    parsed_free(&p);
}

static void test_duplicate_keys(void) {
    parsed p = PARSE("{\"a\":1,\"b\":2,\"a\":3,\"a\":{\"z\":0}}");
    int64_t i = 0;
    REQUIRE(p.r == VKR_OK, "expected duplicate keys to be accepted: %s", vkr_last_error());
    REQUIRE(p.root->len == 4, "expected all 4 members kept, got %zu", p.root->len);
    CHECK(strcmp(p.root->items[0].key, "a") == 0 && strcmp(p.root->items[1].key, "b") == 0 &&
              strcmp(p.root->items[2].key, "a") == 0 && strcmp(p.root->items[3].key, "a") == 0,
          "expected keys in source order a, b, a, a");
    CHECK(vkr_json_int(vkr_json_get(p.root, "a"), &i) && i == 1, "expected get to return the first a");
    CHECK(vkr_json_get(p.root, "a") == &p.root->items[0], "expected get to point at items[0]");
    CHECK(vkr_json_int(&p.root->items[2], &i) && i == 3, "expected the second a == 3");
    CHECK(p.root->items[3].type == VKR_JSON_OBJECT, "expected the third a to be an object");
    parsed_free(&p);
}

static void test_offsets(void) {
    /*             0123456789012345678901234 */
    parsed p = PARSE("[1, \"ab\", {\"k\": null}]");
    REQUIRE(p.r == VKR_OK, "expected the offsets document to parse");
    CHECK(p.root->offset == 0, "expected root offset 0, got %zu", p.root->offset);
    CHECK(p.root->items[0].offset == 1, "expected 1 at offset 1, got %zu", p.root->items[0].offset);
    CHECK(p.root->items[1].offset == 4, "expected \"ab\" at offset 4, got %zu", p.root->items[1].offset);
    CHECK(p.root->items[2].offset == 10, "expected {...} at offset 10, got %zu", p.root->items[2].offset);
    CHECK(p.root->items[2].items[0].offset == 16, "expected null at offset 16, got %zu",
          p.root->items[2].items[0].offset);
    parsed_free(&p);
    p = PARSE("  \n 7");
    REQUIRE(p.r == VKR_OK, "expected a number after whitespace to parse");
    CHECK(p.root->offset == 4, "expected the root offset after whitespace (4), got %zu", p.root->offset);
    parsed_free(&p);
}

/* ----------------------------------------------------- invalid documents */

static void test_invalid_structure(void) {
    static const bad_case cases[] = {
        BAD("", "empty input"),
        BAD(" ", "one space"),
        BAD(" \t\n\r ", "only whitespace"),
        BAD("[1,]", "trailing comma in an array"),
        BAD("[1,2,]", "trailing comma in an array"),
        BAD("{\"a\":1,}", "trailing comma in an object"),
        BAD("[,]", "lone comma in an array"),
        BAD("[,1]", "leading comma in an array"),
        BAD("{,}", "lone comma in an object"),
        BAD("[1,,2]", "double comma"),
        BAD("[1 2]", "missing comma in an array"),
        BAD("{\"a\":1 \"b\":2}", "missing comma in an object"),
        BAD("{\"a\" 1}", "missing colon"),
        BAD("{\"a\"::1}", "double colon"),
        BAD("{\"a\",1}", "comma for colon"),
        BAD("{:1}", "missing key"),
        BAD("{1:1}", "number key"),
        BAD("{null:1}", "null key"),
        BAD("{\"a\"}", "key without value"),
        BAD("{\"a\":}", "colon without value"),
        BAD("[1:2]", "colon in an array"),
        BAD("{} x", "trailing garbage after an object"),
        BAD("1 2", "two top-level values"),
        BAD("[] []", "two top-level arrays"),
        BAD("{}}", "extra close brace"),
        BAD("[]]", "extra close bracket"),
        BAD("[}", "mismatched close"),
        BAD("{]", "mismatched close"),
        BAD("]", "close without open"),
        BAD("\"a\"\"b\"", "two strings"),
        BAD("nullx", "literal followed by a letter"),
        BAD("truefalse", "two literals"),
        BAD("1,", "trailing comma at top level"),
        BAD("\"abc", "unterminated string"),
        BAD("\"", "lone quote"),
        BAD("[1,2", "unterminated array"),
        BAD("[", "lone ["),
        BAD("[1,", "array ending after a comma"),
        BAD("{\"a\":1", "unterminated object"),
        BAD("{", "lone {"),
        BAD("{\"a\"", "object ending after a key"),
        BAD("{\"a\":", "object ending after a colon"),
        BAD("{\"a", "object ending in a key"),
        BAD("tru", "truncated true"),
        BAD("nul", "truncated null"),
        BAD("fals", "truncated false"),
        BAD("t", "t"),
        BAD("True", "capitalised True"),
        BAD("NULL", "upper-case NULL"),
        BAD("undefined", "undefined"),
    };
    RUN_BAD(cases);
}

static void test_invalid_numbers(void) {
    static const bad_case cases[] = {
        BAD("01", "leading zero"),
        BAD("-01", "leading zero after minus"),
        BAD("00", "double zero"),
        BAD("00.5", "leading zero before a fraction"),
        BAD("+1", "plus sign"),
        BAD(".5", "missing integer part"),
        BAD("-.5", "missing integer part after minus"),
        BAD("1.", "missing fraction digits"),
        BAD("1.e3", "missing fraction digits before an exponent"),
        BAD("1e", "missing exponent digits"),
        BAD("1e+", "missing exponent digits after +"),
        BAD("1e-", "missing exponent digits after -"),
        BAD("1E", "missing exponent digits (E)"),
        BAD("-", "lone minus"),
        BAD("--1", "double minus"),
        BAD("- 1", "minus then space"),
        BAD("0x10", "hex number"),
        BAD("1_000", "digit separator"),
        BAD("1.5.5", "two dots"),
        BAD("1e5e5", "two exponents"),
        BAD("[01]", "leading zero in an array"),
        BAD("[1.]", "missing fraction in an array"),
        BAD("{\"a\":-}", "lone minus in an object"),
        BAD("NaN", "NaN"),
        BAD("nan", "nan"),
        BAD("Infinity", "Infinity"),
        BAD("-Infinity", "-Infinity"),
        BAD("inf", "inf"),
        BAD("[NaN]", "NaN in an array"),
    };
    RUN_BAD(cases);
}

static void test_invalid_quotes_keys_comments(void) {
    static const bad_case cases[] = {
        BAD("'a'", "single-quoted string"),
        BAD("['a']", "single-quoted string in an array"),
        BAD("{'a':1}", "single-quoted key"),
        BAD("{a:1}", "unquoted key"),
        BAD("{\"a\":b}", "unquoted value"),
        BAD("// c\n1", "line comment before a value"),
        BAD("1 // c", "line comment after a value"),
        BAD("/* c */ 1", "block comment"),
        BAD("[1 /* c */]", "block comment in an array"),
        BAD("# c\n1", "hash comment"),
        BAD("`a`", "backtick string"),
    };
    RUN_BAD(cases);
}

static void test_invalid_escapes(void) {
    static const bad_case cases[] = {
        BAD("\"\\x41\"", "\\x escape"),
        BAD("\"\\a\"", "\\a escape"),
        BAD("\"\\'\"", "\\' escape"),
        BAD("\"\\0\"", "\\0 escape"),
        BAD("\"\\U0041\"", "upper-case \\U"),
        BAD("\"\\u12\"", "short \\u"),
        BAD("\"\\u\"", "empty \\u"),
        BAD("\"\\u12G4\"", "non-hex digit in \\u"),
        BAD("\"\\u-123\"", "sign in \\u"),
        BAD("\"\\u 123\"", "space in \\u"),
        BAD("\"\\", "backslash at the end"),
        BAD("\"\\\"", "escaped quote then the end"),
        BAD("\"\\u00", "\\u cut by the end"),
        BAD("\"\\\xC3\xA9\"", "backslash before a multibyte character"),
        BAD("{\"\\q\":1}", "bad escape in a key"),
    };
    RUN_BAD(cases);
}

static void test_invalid_surrogates(void) {
    static const bad_case cases[] = {
        BAD("\"\\ud800\"", "lone high surrogate"),
        BAD("\"\\udbff\"", "lone high surrogate (last)"),
        BAD("\"\\udc00\"", "lone low surrogate"),
        BAD("\"\\udfff\"", "lone low surrogate (last)"),
        BAD("\"\\ud800\\u0041\"", "high surrogate followed by a non-surrogate"),
        BAD("\"\\ud800\\ud800\"", "two high surrogates"),
        BAD("\"\\ude00\\ud83d\"", "low then high"),
        BAD("\"\\ud800x\"", "high surrogate followed by a character"),
        BAD("\"\\ud800\\n\"", "high surrogate followed by another escape"),
        BAD("\"\\ud800\\", "high surrogate then a backslash at the end"),
        BAD("\"\\ud800\\u", "high surrogate then \\u at the end"),
        BAD("\"\\ud800\\udc0", "high surrogate then a cut low"),
        BAD("{\"\\udc00\":1}", "lone low surrogate in a key"),
    };
    RUN_BAD(cases);
}

static void test_invalid_control_chars(void) {
    static const bad_case cases[] = {
        BAD("\"\x01\"", "raw 0x01 in a string"),
        BAD("\"a\tb\"", "raw tab in a string"),
        BAD("\"a\nb\"", "raw newline in a string"),
        BAD("\"a\rb\"", "raw carriage return in a string"),
        BAD("\"\x1f\"", "raw 0x1F in a string"),
        BAD("\"\x00\"", "raw NUL in a string"),
        BAD("{\"a\x01\":1}", "raw control in a key"),
    };
    RUN_BAD(cases);
}

static void test_invalid_utf8(void) {
    static const bad_case cases[] = {
        BAD("\"\xC0\x80\"", "overlong 2-byte NUL (C0 80)"),
        BAD("\"\xC1\xBF\"", "overlong 2-byte (C1 BF)"),
        BAD("\"\xE0\x80\x80\"", "overlong 3-byte (E0 80 80)"),
        BAD("\"\xE0\x9F\xBF\"", "overlong 3-byte (E0 9F BF)"),
        BAD("\"\xF0\x80\x80\x80\"", "overlong 4-byte (F0 80 80 80)"),
        BAD("\"\xF0\x8F\xBF\xBF\"", "overlong 4-byte (F0 8F BF BF)"),
        BAD("\"\xED\xA0\x80\"", "UTF-8 encoded high surrogate (ED A0 80)"),
        BAD("\"\xED\xBF\xBF\"", "UTF-8 encoded low surrogate (ED BF BF)"),
        BAD("\"\xED\xA0\xBD\xED\xB8\x80\"", "CESU-8 surrogate pair"),
        BAD("\"\xF4\x90\x80\x80\"", "code point above U+10FFFF (F4 90 80 80)"),
        BAD("\"\xF5\x80\x80\x80\"", "lead byte F5"),
        BAD("\"\xF8\x88\x80\x80\x80\"", "5-byte form"),
        BAD("\"\xFC\x84\x80\x80\x80\x80\"", "6-byte form"),
        BAD("\"\xC3\"", "truncated 2-byte sequence"),
        BAD("\"\xE2\x82\"", "truncated 3-byte sequence"),
        BAD("\"\xF0\x9F\x98\"", "truncated 4-byte sequence"),
        BAD("\"\xC3" "a\"", "2-byte lead followed by ASCII"),
        BAD("\"\xE2\x82" "a\"", "3-byte sequence cut by ASCII"),
        BAD("\"\xC3", "truncated sequence at the end of input"),
        BAD("\"\xF0\x9F", "truncated 4-byte at the end of input"),
        BAD("\"\x80\"", "stray continuation byte 80"),
        BAD("\"\xBF\"", "stray continuation byte BF"),
        BAD("\"a\xC3\xA9\xA9\"", "continuation byte after a complete sequence"),
        BAD("\"\xFF\"", "byte FF"),
        BAD("\"\xFE\"", "byte FE"),
        BAD("{\"\xFF\":1}", "byte FF in a key"),
        BAD("\xFF", "byte FF outside a string"),
        BAD("\xC3\xA9", "multibyte character outside a string"),
    };
    RUN_BAD(cases);
}

static void test_invalid_nul_and_whitespace(void) {
    static const bad_case cases[] = {
        BAD("\0", "a lone NUL byte"),
        BAD("[1,\0 2]", "NUL between tokens"),
        BAD("[1\0]", "NUL after a number"),
        BAD("1\0", "NUL after the value (len counts it)"),
        BAD("{}\0", "NUL after an object"),
        BAD("\0{}", "NUL before an object"),
        BAD("tr\0ue", "NUL inside a literal"),
        BAD("\f1", "form feed is not JSON whitespace"),
        BAD("[1,\v2]", "vertical tab is not JSON whitespace"),
        BAD("\xC2\xA0" "1", "no-break space is not JSON whitespace"),
        BAD("[1,\xE2\x80\x83" "2]", "em space is not JSON whitespace"),
    };
    RUN_BAD(cases);
}

static void test_error_message_position(void) {
    vkr_json_desc desc;
    parsed p;
    const char *m;
    p = PARSE("[1,\n  x]");
    REQUIRE(p.r == VKR_ERR_JSON, "expected VKR_ERR_JSON for a bad token on line 2");
    m = vkr_last_error();
    CHECK((strstr(m, "line 2") && (strstr(m, "column 3") || strstr(m, "col 3"))) || strstr(m, ":2:3"),
          "expected the message to give line 2, column 3 (1-based), got \"%s\"", m);
    parsed_free(&p);

    p = PARSE("\n\n   @");
    REQUIRE(p.r == VKR_ERR_JSON, "expected VKR_ERR_JSON for @");
    m = vkr_last_error();
    CHECK((strstr(m, "line 3") && (strstr(m, "column 4") || strstr(m, "col 4"))) || strstr(m, ":3:4"),
          "expected the message to give line 3, column 4, got \"%s\"", m);
    parsed_free(&p);

    memset(&desc, 0, sizeof desc);
    desc.name = "my-config.json";
    p = parse_n("{\"a\":}", 6, &desc);
    REQUIRE(p.r == VKR_ERR_JSON, "expected VKR_ERR_JSON for {\"a\":}");
    m = vkr_last_error();
    CHECK(strstr(m, "my-config.json") != NULL, "expected desc.name in the message, got \"%s\"", m);
    parsed_free(&p);

    CHECK(vkr_result_str(VKR_ERR_JSON) && strstr(vkr_result_str(VKR_ERR_JSON), "JSON"),
          "expected vkr_result_str(VKR_ERR_JSON) to name JSON");
}

static void test_failure_sets_out_null(void) {
    vkr_json_doc *doc = (vkr_json_doc *)(uintptr_t)0x1;
    char *buf = (char *)malloc(3);
    vkr_result r;
    memcpy(buf, "[1,", 3);
    r = vkr_json_parse(buf, 3, NULL, &doc);
    CHECK(r == VKR_ERR_JSON, "expected VKR_ERR_JSON for [1,");
    CHECK(doc == NULL, "expected *out set to NULL on failure (assumed convention)");
    if (r == VKR_OK && doc) vkr_json_free(doc);
    vkr_json_free(NULL); /* must be a no-op */
    free(buf);
}

/* ----------------------------------------------------------------- depth */

static void nest(sbuf *b, const char *open, const char *inner, const char *close, int levels) {
    b->n = 0;
    sb_repeat(b, open, levels);
    sb_puts(b, inner);
    sb_repeat(b, close, levels);
}

static void expect_nest_at(const char *file, int line, const char *open, const char *close,
                           int levels, int32_t max_depth, int should_parse) {
    sbuf b = {0};
    vkr_json_desc desc;
    parsed p;
    memset(&desc, 0, sizeof desc);
    desc.max_depth = max_depth;
    nest(&b, open, "", close, levels);
    p = parse_n(b.p, b.n, &desc);
    if (should_parse) {
        if (p.r != VKR_OK)
            vt_fail_at(file, line, "expected %d levels of %s to parse with max_depth %d, got %d: %s",
                       levels, open, (int)max_depth, (int)p.r, vkr_last_error());
        else if (json_depth(p.root) != levels)
            vt_fail_at(file, line, "expected the tree to be %d deep, got %d", levels,
                       json_depth(p.root));
    } else {
        if (p.r == VKR_OK)
            vt_fail_at(file, line, "expected %d levels of %s to fail with max_depth %d", levels,
                       open, (int)max_depth);
        else if (p.r != VKR_ERR_JSON && p.r != VKR_ERR_LIMIT)
            vt_fail_at(file, line, "expected VKR_ERR_JSON or VKR_ERR_LIMIT for %d levels, got %d",
                       levels, (int)p.r);
        else if (!vkr_last_error()[0])
            vt_fail_at(file, line, "expected a message for the depth error");
    }
    parsed_free(&p);
    free(b.p);
}
#define EXPECT_NEST(open, close, levels, maxd, ok) \
    expect_nest_at(__FILE__, __LINE__, open, close, levels, maxd, ok)

static void test_depth_default_limit(void) {
    EXPECT_NEST("[", "]", 512, 0, 1);
    EXPECT_NEST("[", "]", 513, 0, 0);
}

static void test_depth_object_nesting(void) {
    sbuf b = {0};
    parsed p;
    /* {"a":{"a":...{"a":1}...}} */
    nest(&b, "{\"a\":", "1", "}", 512);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_OK, "expected 512 nested objects to parse: %s", vkr_last_error());
    if (p.r == VKR_OK) CHECK(json_depth(p.root) == 512, "expected depth 512");
    parsed_free(&p);
    nest(&b, "{\"a\":", "1", "}", 513);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT, "expected 513 nested objects to fail, got %d",
          (int)p.r);
    parsed_free(&p);
    /* mixed: [{"a":[{"a":...}]}] */
    nest(&b, "[{\"a\":", "0", "}]", 256);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_OK, "expected 512 mixed levels to parse: %s", vkr_last_error());
    parsed_free(&p);
    nest(&b, "[{\"a\":", "[0]", "}]", 256);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT, "expected 513 mixed levels to fail");
    parsed_free(&p);
    free(b.p);
}

static void test_depth_huge(void) {
    sbuf b = {0};
    parsed p;
    sb_repeat(&b, "[", 100000);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT,
          "expected 100000 unclosed [ to fail with a depth error, got %d", (int)p.r);
    CHECK(vkr_last_error()[0], "expected a message");
    parsed_free(&p);
    nest(&b, "[", "", "]", 100000);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT,
          "expected 100000 closed [] levels to fail, got %d", (int)p.r);
    parsed_free(&p);
    b.n = 0;
    sb_repeat(&b, "{\"a\":", 100000);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT,
          "expected 100000 {\"a\": to fail, got %d", (int)p.r);
    parsed_free(&p);
    nest(&b, "{\"a\":", "1", "}", 100000);
    p = parse_n(b.p, b.n, NULL);
    CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT,
          "expected 100000 closed objects to fail, got %d", (int)p.r);
    parsed_free(&p);
    free(b.p);
}

static void test_depth_custom_limit(void) {
    EXPECT_NEST("[", "]", 10, 10, 1);
    EXPECT_NEST("[", "]", 11, 10, 0);
    EXPECT_NEST("[", "]", 1, 1, 1);
    EXPECT_NEST("[", "]", 2, 1, 0);
    EXPECT_NEST("[", "]", 600, 1000, 1);
    {
        vkr_json_desc desc;
        parsed p;
        memset(&desc, 0, sizeof desc);
        desc.max_depth = 1;
        p = parse_n("7", 1, &desc);
        CHECK(p.r == VKR_OK, "expected a scalar to parse with max_depth 1");
        parsed_free(&p);
        p = parse_n("{\"a\":[1]}", 9, &desc);
        CHECK(p.r == VKR_ERR_JSON || p.r == VKR_ERR_LIMIT, "expected {\"a\":[1]} to fail with max_depth 1");
        parsed_free(&p);
    }
}

/* ---------------------------------------------------------- bounds / len */

static void test_len_respected(void) {
    parsed p = parse_n("[1,2]xyz", 5, NULL);
    int64_t i = 0;
    CHECK(p.r == VKR_OK && p.root->len == 2, "expected only the first 5 bytes to be parsed");
    parsed_free(&p);
    p = parse_n("123", 2, NULL);
    CHECK(p.r == VKR_OK && vkr_json_int(p.root, &i) && i == 12, "expected \"12\" from 2 bytes of 123");
    parsed_free(&p);
    p = parse_n("truex", 4, NULL);
    CHECK(p.r == VKR_OK && p.root->type == VKR_JSON_TRUE, "expected true from 4 bytes");
    parsed_free(&p);
    p = parse_n("null", 3, NULL);
    CHECK(p.r == VKR_ERR_JSON, "expected 3 bytes of null to fail");
    parsed_free(&p);
    p = parse_n("\"ab\"", 3, NULL);
    CHECK(p.r == VKR_ERR_JSON, "expected 3 bytes of \"ab\" to fail");
    parsed_free(&p);
    p = parse_n("1.5", 2, NULL);
    CHECK(p.r == VKR_ERR_JSON, "expected \"1.\" to fail");
    parsed_free(&p);
    p = parse_n("1e5", 2, NULL);
    CHECK(p.r == VKR_ERR_JSON, "expected \"1e\" to fail");
    parsed_free(&p);
    p = parse_n("-5", 1, NULL);
    CHECK(p.r == VKR_ERR_JSON, "expected \"-\" to fail");
    parsed_free(&p);
    p = parse_n("\"\\u0041\"", 6, NULL);
    CHECK(p.r == VKR_ERR_JSON, "expected a cut \\u escape to fail");
    parsed_free(&p);
    p = parse_n("123456789012345678901234567890", 30, NULL);
    CHECK(p.r == VKR_OK && p.root->num == 123456789012345678901234567890.0,
          "expected a 30-digit number at the very end of the buffer");
    parsed_free(&p);
}

static void test_every_prefix(void) {
    size_t n = sizeof k_full_doc - 1, k;
    parsed p = parse_n(k_full_doc, n, NULL);
    REQUIRE(p.r == VKR_OK, "expected the full feature document to parse: %s", vkr_last_error());
    REQUIRE(p.root->len == 9, "expected 9 members, got %zu", p.root->len);
    CHECK(vkr_json_get(p.root, "u") && vkr_json_get(p.root, "u")->len == 10,
          "expected the \\u string to be 10 bytes (2+3+4+1)");
    parsed_free(&p);
    for (k = 0; k < n; k++) {
        p = parse_n(k_full_doc, k, NULL);
        if (p.r != VKR_ERR_JSON) {
            CHECK(p.r == VKR_ERR_JSON, "expected the %zu-byte prefix to fail with VKR_ERR_JSON, got %d",
                  k, (int)p.r);
        } else if (!mentions_position(vkr_last_error())) {
            CHECK(0, "expected a position in the message for prefix %zu: \"%s\"", k, vkr_last_error());
        }
        parsed_free(&p);
    }
}

static void test_byte_mutations(void) {
    static const char subst[] = {0, '"', '\\', '[', ']', '{', '}', ',', ':', '0', 'e', '-', '.',
                                 ' ', 'u', 'n', (char)0x80, (char)0xC3, (char)0xED, (char)0xFF};
    size_t n = sizeof k_full_doc - 1, i, j;
    char *m = (char *)malloc(n);
    int bad = 0;
    for (i = 0; i < n; i++) {
        for (j = 0; j <= sizeof subst; j++) {
            parsed p;
            size_t len = n;
            memcpy(m, k_full_doc, n);
            if (j == sizeof subst) { /* delete byte i */
                memmove(m + i, m + i + 1, n - i - 1);
                len = n - 1;
            } else {
                m[i] = subst[j];
            }
            p = parse_n(m, len, NULL);
            if (p.r != VKR_OK && p.r != VKR_ERR_JSON && bad++ < 5)
                CHECK(0, "mutation at %zu (%d): expected VKR_OK or VKR_ERR_JSON, got %d", i, (int)j,
                      (int)p.r);
            if (p.r == VKR_OK && (!p.root || p.root->type > VKR_JSON_OBJECT) && bad++ < 5)
                CHECK(0, "mutation at %zu: expected a valid root", i);
            parsed_free(&p);
        }
    }
    free(m);
}

static void test_doc_owns_its_text(void) {
    size_t n = sizeof k_full_doc - 1;
    char *text = (char *)malloc(n);
    vkr_json_doc *doc = NULL;
    const vkr_json *s, *k;
    memcpy(text, k_full_doc, n);
    REQUIRE(vkr_json_parse(text, n, NULL, &doc) == VKR_OK, "expected the document to parse");
    memset(text, 'X', n);
    free(text); /* the tree must not point into the source */
    s = vkr_json_get(vkr_json_root(doc), "raw");
    CHECK(s && s->len == 9 && memcmp(s->str, "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 9) == 0,
          "expected the raw string intact after the source text was freed");
    k = vkr_json_get(vkr_json_root(doc), "o");
    CHECK(k && strcmp(vkr_json_root(doc)->items[7].key, "o") == 0,
          "expected keys intact after the source text was freed");
    vkr_json_free(doc);
}

static void test_large_documents(void) {
    sbuf b = {0};
    parsed p;
    char tmp[64];
    int i;
    int64_t v = 0;
    sb_puts(&b, "[");
    for (i = 0; i < 100000; i++) {
        snprintf(tmp, sizeof tmp, "%s%d", i ? "," : "", i);
        sb_puts(&b, tmp);
    }
    sb_puts(&b, "]");
    p = parse_n(b.p, b.n, NULL);
    REQUIRE(p.r == VKR_OK, "expected a 100000-element array to parse: %s", vkr_last_error());
    CHECK(p.root->len == 100000, "expected 100000 items");
    CHECK(vkr_json_int(vkr_json_at(p.root, 99999), &v) && v == 99999, "expected the last item 99999");
    parsed_free(&p);

    b.n = 0;
    sb_puts(&b, "{");
    for (i = 0; i < 10000; i++) {
        snprintf(tmp, sizeof tmp, "%s\"key%d\":%d", i ? "," : "", i, i);
        sb_puts(&b, tmp);
    }
    sb_puts(&b, "}");
    p = parse_n(b.p, b.n, NULL);
    REQUIRE(p.r == VKR_OK, "expected a 10000-member object to parse");
    CHECK(vkr_json_int(vkr_json_get(p.root, "key9999"), &v) && v == 9999, "expected key9999 == 9999");
    parsed_free(&p);

    b.n = 0;
    sb_puts(&b, "\"");
    for (i = 0; i < 100000; i++) sb_puts(&b, i % 7 ? "abcdefghi\xC3\xA9" : "\\n\\u20ac");
    sb_puts(&b, "\"");
    p = parse_n(b.p, b.n, NULL);
    REQUIRE(p.r == VKR_OK, "expected a 1 MB string to parse");
    CHECK(p.root->len == (size_t)(100000 / 7 + 1) * 4 + (size_t)(100000 - (100000 / 7 + 1)) * 11,
          "expected the decoded length to add up, got %zu", p.root->len);
    parsed_free(&p);
    free(b.p);
}

/* ------------------------------------------------------------- allocator */

static void test_allocator_counts(void) {
    counters c;
    vkr_json_desc desc;
    vkr_json_doc *doc = NULL;
    sbuf b = {0};
    memset(&desc, 0, sizeof desc);
    desc.hooks.allocator = counting(&c, -1);
    sb_putn(&b, k_full_doc, sizeof k_full_doc - 1);
    REQUIRE(vkr_json_parse(b.p, b.n, &desc, &doc) == VKR_OK, "expected parse with hooks to succeed");
    CHECK(c.allocs > 0, "expected the parser to allocate through the hook");
    CHECK(c.live > 0, "expected live memory while the document exists");
    vkr_json_free(doc);
    CHECK(c.allocs == c.frees, "expected every allocation freed: %ld allocs, %ld frees", c.allocs,
          c.frees);
    CHECK(c.live == 0, "expected 0 live bytes, got %zu", c.live);
    CHECK(c.bad_size == 0, "expected free to receive the size that was asked for (%ld mismatches)",
          c.bad_size);
    CHECK(c.bad_align == 0, "expected power-of-two alignments");

    /* a failing parse frees everything it allocated */
    desc.hooks.allocator = counting(&c, -1);
    doc = NULL;
    CHECK(vkr_json_parse(b.p, b.n - 1, &desc, &doc) == VKR_ERR_JSON, "expected a cut document to fail");
    CHECK(c.allocs == c.frees && c.live == 0, "expected a failed parse to free everything "
          "(%ld allocs, %ld frees)", c.allocs, c.frees);
    free(b.p);
}

static void test_allocator_failures(void) {
    size_t n = sizeof k_full_doc - 1;
    long k;
    int succeeded = 0;
    for (k = 0; k <= 50; k++) {
        counters c;
        vkr_json_desc desc;
        parsed p;
        memset(&desc, 0, sizeof desc);
        desc.hooks.allocator = counting(&c, k);
        p = parse_n(k_full_doc, n, &desc);
        if (p.r == VKR_OK) {
            succeeded = 1;
            CHECK(p.root && p.root->len == 9, "expected a complete tree when parse succeeds (N=%ld)", k);
        } else {
            CHECK(p.r == VKR_ERR_OUT_OF_MEMORY, "N=%ld: expected VKR_ERR_OUT_OF_MEMORY, got %d", k,
                  (int)p.r);
            CHECK(c.failed > 0, "N=%ld: expected a failure only when an allocation failed", k);
            CHECK(vkr_last_error()[0], "N=%ld: expected a message", k);
        }
        if (k == 0) CHECK(p.r != VKR_OK || c.attempts == 0, "N=0: expected failure if it allocates");
        parsed_free(&p);
        CHECK(c.live == 0 && c.allocs == c.frees, "N=%ld: expected no leak (%ld allocs, %ld frees)", k,
              c.allocs, c.frees);
        CHECK(c.bad_size == 0, "N=%ld: expected free to get the asked size", k);
    }
    CHECK(succeeded, "expected the parse to succeed once 50 allocations are allowed");
}

/* ----------------------------------------------------------------- writer */

static const char *finish(vkr_json_writer *w, size_t *len, vkr_result *r) {
    const char *text = NULL;
    size_t n = 0;
    *r = vkr_json_writer_result(w, &text, &n);
    if (len) *len = n;
    return text;
}

static const double k_doubles[] = {0.1, 1e300, -0.0, 0.0, 3.0, 1.0 / 3.0, 5e-324, 2.2250738585072014e-308,
                                   2.2250738585072009e-308, 1.7976931348623157e308, -1.7976931348623157e308,
                                   1e23, 9007199254740993.0, 123456.789, 1e-7, 1e21, 1e22, 0.5,
                                   -2.5e-10, 3.141592653589793, 6.02214076e23, 9223372036854775807.0,
                                   -1.5, 100.0, 1e15, 1e16, 1e17, 4.35e-300, 0.30000000000000004};

static void build_sample(vkr_json_writer *w) {
    size_t i;
    vkr_json_begin_object(w);
    vkr_json_key(w, "name");
    vkr_json_write_string(w, "valkyr");
    vkr_json_key(w, "nested");
    vkr_json_begin_array(w);
    vkr_json_write_int(w, 1);
    vkr_json_begin_array(w);
    vkr_json_write_int(w, 2);
    vkr_json_begin_array(w);
    vkr_json_end_array(w);
    vkr_json_end_array(w);
    vkr_json_begin_object(w);
    vkr_json_end_object(w);
    vkr_json_begin_object(w);
    vkr_json_key(w, "deep");
    vkr_json_begin_array(w);
    vkr_json_write_null(w);
    vkr_json_end_array(w);
    vkr_json_end_object(w);
    vkr_json_end_array(w);
    vkr_json_key(w, "esc");
    vkr_json_write_string(w, "q\"b\\n\nt\tc\x01" "d\x1f" "e\x7f" "f\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "g\xFF" "h");
    vkr_json_key(w, "key \"with\" \\ and \n");
    vkr_json_write_string(w, "");
    vkr_json_key(w, "imin");
    vkr_json_write_int(w, INT64_MIN);
    vkr_json_key(w, "imax");
    vkr_json_write_int(w, INT64_MAX);
    vkr_json_key(w, "zero");
    vkr_json_write_int(w, 0);
    vkr_json_key(w, "doubles");
    vkr_json_begin_array(w);
    for (i = 0; i < sizeof k_doubles / sizeof k_doubles[0]; i++) vkr_json_write_double(w, k_doubles[i]);
    vkr_json_end_array(w);
    vkr_json_key(w, "nan");
    vkr_json_write_double(w, NAN);
    vkr_json_key(w, "inf");
    vkr_json_write_double(w, HUGE_VAL);
    vkr_json_key(w, "ninf");
    vkr_json_write_double(w, -HUGE_VAL);
    vkr_json_key(w, "t");
    vkr_json_write_bool(w, true);
    vkr_json_key(w, "f");
    vkr_json_write_bool(w, false);
    vkr_json_key(w, "n");
    vkr_json_write_null(w);
    vkr_json_key(w, "with_nul");
    vkr_json_write_string_n(w, "a\0b", 3);
    vkr_json_end_object(w);
}

static void check_sample(const vkr_json *root, const char *what) {
    const vkr_json *v;
    int64_t i = 0;
    bool b;
    size_t k;
    REQUIRE(root && root->type == VKR_JSON_OBJECT, "%s: expected an object", what);
    CHECK(root->len == 15, "%s: expected 15 members, got %zu", what, root->len);
    CHECK(vkr_json_string(vkr_json_get(root, "name")) &&
              strcmp(vkr_json_string(vkr_json_get(root, "name")), "valkyr") == 0, "%s: expected name", what);
    v = vkr_json_get(root, "nested");
    CHECK(v && v->len == 4, "%s: expected nested to have 4 items", what);
    CHECK(vkr_json_int(vkr_json_at(v, 0), &i) && i == 1, "%s: expected nested[0] == 1", what);
    CHECK(vkr_json_at(vkr_json_at(v, 1), 1) && vkr_json_at(vkr_json_at(v, 1), 1)->type == VKR_JSON_ARRAY,
          "%s: expected nested[1][1] == []", what);
    CHECK(vkr_json_at(v, 2) && vkr_json_at(v, 2)->type == VKR_JSON_OBJECT && vkr_json_at(v, 2)->len == 0,
          "%s: expected nested[2] == {}", what);
    CHECK(vkr_json_at(vkr_json_get(vkr_json_at(v, 3), "deep"), 0) &&
              vkr_json_at(vkr_json_get(vkr_json_at(v, 3), "deep"), 0)->type == VKR_JSON_NULL,
          "%s: expected nested[3].deep[0] == null", what);
    v = vkr_json_get(root, "esc");
    {
        static const char want[] = "q\"b\\n\nt\tc\x01" "d\x1f" "e\x7f" "f\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"
                                   "g\xEF\xBF\xBD" "h";
        CHECK(v && v->len == sizeof want - 1 && memcmp(v->str, want, sizeof want - 1) == 0,
              "%s: expected esc to round-trip with 0xFF as U+FFFD, got \"%s\"", what,
              v ? show(v->str, v->len) : "(missing)");
    }
    v = vkr_json_get(root, "key \"with\" \\ and \n");
    CHECK(v && v->type == VKR_JSON_STRING && v->len == 0, "%s: expected the escaped key", what);
    CHECK(vkr_json_int(vkr_json_get(root, "imin"), &i) && i == INT64_MIN, "%s: expected INT64_MIN", what);
    CHECK(vkr_json_get(root, "imin") && vkr_json_get(root, "imin")->is_int, "%s: expected imin is_int", what);
    CHECK(vkr_json_int(vkr_json_get(root, "imax"), &i) && i == INT64_MAX, "%s: expected INT64_MAX", what);
    CHECK(vkr_json_int(vkr_json_get(root, "zero"), &i) && i == 0, "%s: expected zero", what);
    v = vkr_json_get(root, "doubles");
    CHECK(v && v->len == sizeof k_doubles / sizeof k_doubles[0], "%s: expected every double", what);
    for (k = 0; v && k < v->len && k < sizeof k_doubles / sizeof k_doubles[0]; k++) {
        double d = 0;
        CHECK(vkr_json_number(&v->items[k], &d) && same_double(d, k_doubles[k]),
              "%s: expected double %.17g (bits) to round-trip, got %.17g", what, k_doubles[k], d);
    }
    CHECK(vkr_json_get(root, "nan") && vkr_json_get(root, "nan")->type == VKR_JSON_NULL,
          "%s: expected NaN written as null", what);
    CHECK(vkr_json_get(root, "inf") && vkr_json_get(root, "inf")->type == VKR_JSON_NULL,
          "%s: expected inf written as null", what);
    CHECK(vkr_json_get(root, "ninf") && vkr_json_get(root, "ninf")->type == VKR_JSON_NULL,
          "%s: expected -inf written as null", what);
    CHECK(vkr_json_bool(vkr_json_get(root, "t"), &b) && b, "%s: expected t true", what);
    CHECK(vkr_json_bool(vkr_json_get(root, "f"), &b) && !b, "%s: expected f false", what);
    CHECK(vkr_json_get(root, "n") && vkr_json_get(root, "n")->type == VKR_JSON_NULL, "%s: expected null", what);
    v = vkr_json_get(root, "with_nul");
    CHECK(v && v->len == 3 && memcmp(v->str, "a\0b", 3) == 0, "%s: expected a\\0b (len 3)", what);
}

static void test_writer_roundtrip(void) {
    vkr_json_writer w;
    const char *text;
    size_t len = 0, i;
    vkr_result r;
    parsed p;
    vkr_json_writer_init(&w, NULL);
    build_sample(&w);
    text = finish(&w, &len, &r);
    REQUIRE(r == VKR_OK && text, "expected the writer to succeed, got %d", (int)r);
    CHECK(strlen(text) == len, "expected len == strlen(text)");
    for (i = 0; i < len; i++)
        if ((unsigned char)text[i] < 0x20) break;
    CHECK(i == len, "expected no raw control bytes in compact output (byte %zu is 0x%02X)", i,
          i < len ? (unsigned char)text[i] : 0);
    CHECK(strstr(text, "\\\"") && strstr(text, "\\\\"), "expected escaped quote and backslash");
    CHECK(strstr(text, "\\u0001") != NULL, "expected 0x01 written as \\u0001");
    CHECK(ci_contains(text, "\\u001f"), "expected 0x1F written as \\u001f");
    CHECK(strchr(text, 0x7f) || ci_contains(text, "\\u007f"), "expected DEL raw (or \\u007f)");
    CHECK(strstr(text, "-9223372036854775808") && strstr(text, "9223372036854775807"),
          "expected INT64_MIN/MAX written exactly");
    CHECK(strstr(text, "NaN") == NULL && strstr(text, "Infinity") == NULL,
          "expected no NaN/Infinity literals");
    p = parse_n(text, len, NULL);
    REQUIRE(p.r == VKR_OK, "expected the writer's output to parse: %s\n%s", vkr_last_error(), text);
    check_sample(p.root, "compact");
    parsed_free(&p);
    vkr_json_writer_free(&w);
}

static void test_writer_string_escapes(void) {
    vkr_json_writer w;
    const char *text;
    size_t len = 0, i;
    vkr_result r;
    parsed p;
    char all[128];
    static const char invalid[] = "A\xC0\x80" "B\xE0\x80\x80" "C\xED\xA0\x80" "D\xF4\x90\x80\x80"
                                  "E\xE2\x82" "F\xC3" "G\x80\xBF" "H\xF0\x9F\x98" "I\xFE" "J\xF8\x88\x80\x80\x80" "K\xC3";
    for (i = 0; i < 128; i++) all[i] = (char)i;
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_array(&w);
    vkr_json_write_string_n(&w, all, 128);
    vkr_json_write_string_n(&w, invalid, sizeof invalid - 1);
    vkr_json_end_array(&w);
    text = finish(&w, &len, &r);
    REQUIRE(r == VKR_OK, "expected the writer to succeed");
    p = parse_n(text, len, NULL);
    REQUIRE(p.r == VKR_OK, "expected output with every ASCII byte and invalid UTF-8 to parse: %s\n%s",
            vkr_last_error(), show(text, len));
    CHECK(p.root->items[0].len == 128 && memcmp(p.root->items[0].str, all, 128) == 0,
          "expected all 128 ASCII bytes (NUL included) to round-trip");
    {
        const vkr_json *s = &p.root->items[1];
        const char *letters = "ABCDEFGHIJK";
        size_t at = 0, li;
        int ok = 1;
        /* the valid letters survive in order, each invalid run became U+FFFDs */
        for (li = 0; li < strlen(letters) && ok; li++) {
            const char *f = memchr(s->str + at, letters[li], s->len - at);
            size_t q;
            if (!f) { ok = 0; break; }
            for (q = at; q < (size_t)(f - s->str); q += 3)
                if (q + 3 > (size_t)(f - s->str) || memcmp(s->str + q, "\xEF\xBF\xBD", 3) != 0) ok = 0;
            at = (size_t)(f - s->str) + 1;
        }
        if (at < s->len) {
            size_t q;
            for (q = at; q < s->len; q += 3)
                if (q + 3 > s->len || memcmp(s->str + q, "\xEF\xBF\xBD", 3) != 0) ok = 0;
        } else {
            ok = 0; /* the trailing lone C3 must give a U+FFFD */
        }
        CHECK(ok, "expected each invalid UTF-8 run written as U+FFFD(s), got \"%s\"", show(s->str, s->len));
    }
    parsed_free(&p);
    vkr_json_writer_free(&w);
}

static void test_writer_doubles_roundtrip(void) {
    vkr_json_writer w;
    const char *text;
    size_t len = 0, i, n = 0;
    vkr_result r;
    parsed p;
    uint64_t x = 0x9E3779B97F4A7C15ull;
    double *vals = (double *)malloc(20000 * sizeof *vals);
    for (i = 0; i < sizeof k_doubles / sizeof k_doubles[0]; i++) vals[n++] = k_doubles[i];
    while (n < 20000) { /* random bit patterns and random "nice" decimals */
        double d;
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        if (n & 1) { memcpy(&d, &x, sizeof d); }
        else { d = (double)(int64_t)(x >> 20) / 1e6 * pow(10, (int)(x % 40) - 20); }
        if (isfinite(d)) vals[n++] = d;
    }
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_array(&w);
    for (i = 0; i < n; i++) vkr_json_write_double(&w, vals[i]);
    vkr_json_end_array(&w);
    text = finish(&w, &len, &r);
    REQUIRE(r == VKR_OK, "expected the writer to succeed");
    p = parse_n(text, len, NULL);
    REQUIRE(p.r == VKR_OK, "expected 20000 doubles to parse back: %s", vkr_last_error());
    REQUIRE(p.root->len == n, "expected %zu numbers", n);
    {
        int bad = 0;
        for (i = 0; i < n && bad < 10; i++)
            if (p.root->items[i].type != VKR_JSON_NUMBER || !same_double(p.root->items[i].num, vals[i])) {
                CHECK(0, "expected %.17g (%a) to round-trip exactly, got %.17g", vals[i], vals[i],
                      p.root->items[i].num);
                bad++;
            }
    }
    parsed_free(&p);
    vkr_json_writer_free(&w);
    free(vals);
}

static void test_writer_ints(void) {
    static const int64_t ints[] = {0, 1, -1, 9, 10, -10, 127, 128, 255, 256, 65535, 2147483647,
                                   -2147483647 - 1, 4294967296LL, 9007199254740993LL,
                                   INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1};
    vkr_json_writer w;
    const char *text;
    size_t len = 0, i;
    vkr_result r;
    parsed p;
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_array(&w);
    for (i = 0; i < sizeof ints / sizeof ints[0]; i++) vkr_json_write_int(&w, ints[i]);
    vkr_json_end_array(&w);
    text = finish(&w, &len, &r);
    REQUIRE(r == VKR_OK, "expected the writer to succeed");
    p = parse_n(text, len, NULL);
    REQUIRE(p.r == VKR_OK, "expected the ints to parse back: %s", text);
    for (i = 0; i < sizeof ints / sizeof ints[0] && i < p.root->len; i++)
        CHECK(p.root->items[i].is_int && p.root->items[i].i64 == ints[i],
              "expected %lld written as an exact integer", (long long)ints[i]);
    parsed_free(&p);
    vkr_json_writer_free(&w);
}

static void test_writer_pretty(void) {
    vkr_json_writer a, b;
    const char *ta, *tb;
    size_t la = 0, lb = 0;
    vkr_result r;
    parsed pa, pb;
    vkr_json_writer_init(&a, NULL);
    vkr_json_writer_init(&b, NULL);
    b.pretty = true;
    build_sample(&a);
    build_sample(&b);
    ta = finish(&a, &la, &r);
    REQUIRE(r == VKR_OK, "expected the compact writer to succeed");
    tb = finish(&b, &lb, &r);
    REQUIRE(r == VKR_OK, "expected the pretty writer to succeed");
    CHECK(strchr(tb, '\n') != NULL, "expected pretty output to have newlines");
    CHECK(strstr(tb, "\n  \"") != NULL, "expected two-space indentation");
    CHECK(lb > la, "expected pretty output to be longer");
    pa = parse_n(ta, la, NULL);
    pb = parse_n(tb, lb, NULL);
    REQUIRE(pb.r == VKR_OK, "expected pretty output to parse back: %s\n%s", vkr_last_error(), tb);
    REQUIRE(pa.r == VKR_OK, "expected compact output to parse back");
    check_sample(pb.root, "pretty");
    CHECK(json_equal(pa.root, pb.root), "expected pretty and compact output to give the same tree");
    parsed_free(&pa);
    parsed_free(&pb);
    vkr_json_writer_free(&a);
    vkr_json_writer_free(&b);

    vkr_json_writer_init(&b, NULL);
    b.pretty = true;
    vkr_json_begin_object(&b);
    vkr_json_key(&b, "e");
    vkr_json_begin_array(&b);
    vkr_json_end_array(&b);
    vkr_json_key(&b, "o");
    vkr_json_begin_object(&b);
    vkr_json_end_object(&b);
    vkr_json_end_object(&b);
    tb = finish(&b, &lb, &r);
    REQUIRE(r == VKR_OK, "expected pretty empty containers to succeed");
    pb = parse_n(tb, lb, NULL);
    CHECK(pb.r == VKR_OK, "expected pretty empty containers to parse back: %s", tb);
    parsed_free(&pb);
    vkr_json_writer_free(&b);
}

typedef void (*misuse_fn)(vkr_json_writer *w);
static void mis_key_top(vkr_json_writer *w) { vkr_json_key(w, "a"); vkr_json_write_int(w, 1); }
static void mis_key_in_array(vkr_json_writer *w) {
    vkr_json_begin_array(w); vkr_json_key(w, "a"); vkr_json_write_int(w, 1); vkr_json_end_array(w);
}
static void mis_end_array_in_object(vkr_json_writer *w) {
    vkr_json_begin_object(w); vkr_json_end_array(w); vkr_json_end_object(w);
}
static void mis_end_object_in_array(vkr_json_writer *w) {
    vkr_json_begin_array(w); vkr_json_end_object(w); vkr_json_end_array(w);
}
static void mis_unclosed_object(vkr_json_writer *w) {
    vkr_json_begin_object(w); vkr_json_key(w, "a"); vkr_json_write_int(w, 1);
}
static void mis_unclosed_array(vkr_json_writer *w) {
    vkr_json_begin_array(w); vkr_json_begin_array(w); vkr_json_end_array(w);
}
static void mis_value_without_key(vkr_json_writer *w) {
    vkr_json_begin_object(w); vkr_json_write_int(w, 1); vkr_json_end_object(w);
}
static void mis_two_keys(vkr_json_writer *w) {
    vkr_json_begin_object(w); vkr_json_key(w, "a"); vkr_json_key(w, "b"); vkr_json_write_int(w, 1);
    vkr_json_end_object(w);
}
static void mis_key_then_end(vkr_json_writer *w) {
    vkr_json_begin_object(w); vkr_json_key(w, "a"); vkr_json_end_object(w);
}
static void mis_end_at_top(vkr_json_writer *w) { vkr_json_end_array(w); }
static void mis_end_too_many(vkr_json_writer *w) {
    vkr_json_begin_array(w); vkr_json_end_array(w); vkr_json_end_array(w);
}
static void mis_two_top_values(vkr_json_writer *w) { vkr_json_write_int(w, 1); vkr_json_write_int(w, 2); }

static void test_writer_misuse(void) {
    static const struct { misuse_fn fn; const char *what; } cases[] = {
        {mis_key_top, "vkr_json_key outside an object"},
        {mis_key_in_array, "vkr_json_key inside an array"},
        {mis_end_array_in_object, "end_array while an object is open"},
        {mis_end_object_in_array, "end_object while an array is open"},
        {mis_unclosed_object, "an object left open at result time"},
        {mis_unclosed_array, "an array left open at result time"},
        {mis_value_without_key, "a value in an object without a key"},
        {mis_two_keys, "two keys in a row"},
        {mis_key_then_end, "a key without a value"},
        {mis_end_at_top, "end_array with nothing open"},
        {mis_end_too_many, "one end_array too many"},
        {mis_two_top_values, "two top-level values (assumed misuse)"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        counters c;
        vkr_allocator al = counting(&c, -1);
        vkr_json_writer w;
        const char *text = NULL;
        size_t len = 0;
        vkr_result r;
        vkr_json_writer_init(&w, &al);
        cases[i].fn(&w);
        r = vkr_json_writer_result(&w, &text, &len);
        CHECK(r == VKR_ERR_INVALID_ARGUMENT, "%s: expected VKR_ERR_INVALID_ARGUMENT, got %d%s%s",
              cases[i].what, (int)r, r == VKR_OK ? " with text " : "", r == VKR_OK && text ? text : "");
        vkr_json_writer_free(&w);
        CHECK(c.live == 0 && c.allocs == c.frees, "%s: expected the writer to free everything", cases[i].what);
    }
}

static void test_writer_deep_nesting(void) {
    static const int levels[] = {63, 64, 65, 100, 1000};
    size_t k;
    for (k = 0; k < sizeof levels / sizeof levels[0]; k++) {
        /* on the heap so that ASan sees a write past the struct's stack[] */
        vkr_json_writer *w = (vkr_json_writer *)malloc(sizeof *w);
        const char *text = NULL;
        size_t len = 0;
        vkr_result r;
        int i;
        vkr_json_writer_init(w, NULL);
        for (i = 0; i < levels[k]; i++) {
            if (i & 1) { vkr_json_begin_object(w); vkr_json_key(w, "k"); }
            else vkr_json_begin_array(w);
        }
        vkr_json_write_int(w, 1);
        for (i = levels[k] - 1; i >= 0; i--) {
            if (i & 1) vkr_json_end_object(w);
            else vkr_json_end_array(w);
        }
        r = vkr_json_writer_result(w, &text, &len);
        if (r == VKR_OK) {
            vkr_json_desc desc;
            parsed p;
            memset(&desc, 0, sizeof desc);
            desc.max_depth = 2000;
            p = parse_n(text, len, &desc);
            CHECK(p.r == VKR_OK && json_depth(p.root) == levels[k],
                  "%d levels: expected valid output %d deep", levels[k], levels[k]);
            parsed_free(&p);
        } else {
            CHECK(levels[k] > 63, "expected %d levels to be within the writer's limit, got %d",
                  levels[k], (int)r);
        }
        vkr_json_writer_free(w);
        free(w);
    }
}

static void test_writer_allocator(void) {
    counters c;
    vkr_allocator al = counting(&c, -1);
    vkr_json_writer w;
    const char *text;
    size_t len = 0;
    vkr_result r;
    long k;
    int succeeded = 0;
    vkr_json_writer_init(&w, &al);
    build_sample(&w);
    text = finish(&w, &len, &r);
    CHECK(r == VKR_OK && text, "expected the writer with hooks to succeed");
    CHECK(c.allocs > 0, "expected the writer to allocate through the hook");
    vkr_json_writer_free(&w);
    CHECK(c.live == 0 && c.allocs == c.frees, "expected the writer to free everything (%ld/%ld)",
          c.allocs, c.frees);
    CHECK(c.bad_size == 0, "expected free to get the asked size");

    for (k = 0; k <= 20; k++) {
        al = counting(&c, k);
        vkr_json_writer_init(&w, &al);
        build_sample(&w);
        text = finish(&w, &len, &r);
        if (r == VKR_OK) {
            parsed p = parse_n(text, len, NULL);
            succeeded = 1;
            CHECK(p.r == VKR_OK, "N=%ld: expected complete output when the writer succeeds", k);
            parsed_free(&p);
        } else {
            CHECK(r == VKR_ERR_OUT_OF_MEMORY, "N=%ld: expected VKR_ERR_OUT_OF_MEMORY, got %d", k, (int)r);
        }
        vkr_json_writer_free(&w);
        CHECK(c.live == 0 && c.allocs == c.frees, "N=%ld: expected no leak", k);
    }
    CHECK(succeeded, "expected the writer to succeed with 20 allocations allowed");
}

static void test_writer_tree_roundtrip(void) {
    parsed a = parse_n(k_full_doc, sizeof k_full_doc - 1, NULL), b;
    vkr_json_writer w;
    const char *text;
    size_t len = 0;
    vkr_result r;
    REQUIRE(a.r == VKR_OK, "expected the feature document to parse");
    vkr_json_writer_init(&w, NULL);
    write_tree(&w, a.root);
    text = finish(&w, &len, &r);
    REQUIRE(r == VKR_OK, "expected the writer to reproduce a parsed tree");
    b = parse_n(text, len, NULL);
    REQUIRE(b.r == VKR_OK, "expected the rewritten document to parse: %s\n%s", vkr_last_error(), text);
    CHECK(json_equal(a.root, b.root), "expected the rewritten tree to equal the original\n%s", text);
    parsed_free(&a);
    parsed_free(&b);
    vkr_json_writer_free(&w);
}

static void test_writer_large_string(void) {
    size_t n = 300000, i, len = 0;
    char *s = (char *)malloc(n);
    vkr_json_writer w;
    const char *text;
    vkr_result r;
    parsed p;
    for (i = 0; i < n; i++) s[i] = (char)("ab\"\\\n\x01z"[i % 7]);
    vkr_json_writer_init(&w, NULL);
    vkr_json_write_string_n(&w, s, n);
    text = finish(&w, &len, &r);
    REQUIRE(r == VKR_OK, "expected a 300 KB string to be written");
    p = parse_n(text, len, NULL);
    REQUIRE(p.r == VKR_OK, "expected the big string to parse back");
    CHECK(p.root->len == n && memcmp(p.root->str, s, n) == 0, "expected the big string to round-trip");
    parsed_free(&p);
    vkr_json_writer_free(&w);
    free(s);
}

/* vkr_json_write_value writes a parsed tree back: keys with NUL, nesting,
   integers kept exact, doubles shortest. */
static void test_write_value(void) {
    static const char in[] = "{\"a\": [1, -2.5, true, false, null, \"x\\u0000y\"], \"b\\u0000c\": {\"d\": 9007199254740993}, \"e\": []}";
    static const char want[] = "{\"a\":[1,-2.5,true,false,null,\"x\\u0000y\"],\"b\\u0000c\":{\"d\":9007199254740993},\"e\":[]}";
    vkr_json_doc *doc = NULL;
    vkr_json_writer w;
    const char *text;
    size_t len;
    REQUIRE(vkr_json_parse(in, sizeof in - 1, NULL, &doc) == VKR_OK);
    vkr_json_writer_init(&w, NULL);
    vkr_json_write_value(&w, vkr_json_root(doc));
    CHECK(vkr_json_writer_result(&w, &text, &len) == VKR_OK && len == sizeof want - 1 && !memcmp(text, want, len), "got %s", text);
    vkr_json_writer_free(&w);
    vkr_json_free(doc);
}

int main(void) {
    (void)vt_read_file;
    (void)vt_write_file;
    VT_RUN(test_scalars_top_level);
    VT_RUN(test_nested);
    VT_RUN(test_whitespace_variants);
    VT_RUN(test_empty_values);
    VT_RUN(test_simple_escapes);
    VT_RUN(test_unicode_escapes);
    VT_RUN(test_nul_escape);
    VT_RUN(test_raw_utf8);
    VT_RUN(test_numbers_basic);
    VT_RUN(test_numbers_int64);
    VT_RUN(test_numbers_correct_rounding);
    VT_RUN(test_numbers_long_digits);
    VT_RUN(test_numbers_out_of_range);
    VT_RUN(test_lookup_helpers);
    VT_RUN(test_duplicate_keys);
    VT_RUN(test_offsets);
    VT_RUN(test_invalid_structure);
    VT_RUN(test_invalid_numbers);
    VT_RUN(test_invalid_quotes_keys_comments);
    VT_RUN(test_invalid_escapes);
    VT_RUN(test_invalid_surrogates);
    VT_RUN(test_invalid_control_chars);
    VT_RUN(test_invalid_utf8);
    VT_RUN(test_invalid_nul_and_whitespace);
    VT_RUN(test_error_message_position);
    VT_RUN(test_failure_sets_out_null);
    VT_RUN(test_depth_default_limit);
    VT_RUN(test_depth_object_nesting);
    VT_RUN(test_depth_huge);
    VT_RUN(test_depth_custom_limit);
    VT_RUN(test_len_respected);
    VT_RUN(test_every_prefix);
    VT_RUN(test_byte_mutations);
    VT_RUN(test_doc_owns_its_text);
    VT_RUN(test_large_documents);
    VT_RUN(test_allocator_counts);
    VT_RUN(test_allocator_failures);
    VT_RUN(test_writer_roundtrip);
    VT_RUN(test_writer_string_escapes);
    VT_RUN(test_writer_doubles_roundtrip);
    VT_RUN(test_writer_ints);
    VT_RUN(test_writer_pretty);
    VT_RUN(test_writer_misuse);
    VT_RUN(test_writer_deep_nesting);
    VT_RUN(test_writer_allocator);
    VT_RUN(test_writer_tree_roundtrip);
    VT_RUN(test_writer_large_string);
    VT_RUN(test_write_value);
    return vt_finish();
}
