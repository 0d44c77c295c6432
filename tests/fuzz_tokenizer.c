/* fuzz_tokenizer.c — libFuzzer target for valkyr's tokenizer (>>tok).

   Build and run (tests/fuzz.sh does this for every tests/fuzz_*.c):
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_tokenizer.c -o /tmp/ft
     /tmp/ft tests/fuzz/tokenizer

   Two targets share this file, one per mode:
     fuzz_tokenizer (this file, corpus tests/fuzz/tokenizer): the input is
       a tokenizer.json text. vkr_tok_load_json must load it or fail with a
       JSON / tokenizer / unsupported / limit / out-of-memory error whose
       message names the file
       (allocations over 4 MB are refused, so huge ids take that path). When
       it loads, a few fixed strings (ASCII, multi-byte, special-token text,
       invalid UTF-8) and a slice of the JSON text itself are encoded with
       every flag combination (ids in range unless a template added them);
       the ids with the template's specials are decoded with and without
       VKR_TOK_SKIP_SPECIAL: valid UTF-8, and the stream decode (one id at a
       time, every prefix a prefix of the result, then a flush) must equal
       the one-shot decode.
     fuzz_tok_text (tests/fuzz_tok_text.c, corpus tests/fuzz/tok_text): the
       first byte picks a configuration (bit 0: which tokenizer, bit 1:
       VKR_TOK_NO_PARSE_SPECIAL, bit 2: decode with VKR_TOK_SKIP_SPECIAL), so
       each execution stays quick; the rest (at most 4 KB) is text for one
       of two small but realistic tokenizers embedded below, loaded once: a
       Llama-3-style ByteLevel BPE (Split with the Llama 3 regex + ByteLevel,
       ignore_merges, a special and an lstrip/rstrip added token, a BOS
       template) or a Llama-2-style SentencePiece BPE (Prepend "▁" + Replace
       normalizer, byte_fallback with all 256 <0xXX> tokens, ByteFallback /
       Fuse / Strip decoder). Encoding must give VKR_OK and ids <
       vkr_tok_vocab_size, ADD_SPECIAL must add exactly the BOS; decoding is
       checked as above (twice on one stream, reused after its flush), and
       the SentencePiece one must give back its input (invalid UTF-8
       replaced by U+FFFD) when it holds no "▁".
   Any broken invariant traps. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)
#define FUZZ_TEXT_ONLY __attribute__((unused))   /* used by fuzz_tok_text only */

/* --- the embedded tokenizers ------------------------------------------- */

/* Llama-3 style: the exact Llama 3 pre-tokenizer regex, then ByteLevel
   without its own regex; 48 vocab entries (byte-level chars: Ġ is a space,
   Ċ a newline, "æĹ¥" is 日, "Ã©" is é, "ðŁ" starts most emoji), 24 merges. */
static const char bl_json[] FUZZ_TEXT_ONLY =
    "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,"
    "\"added_tokens\":["
    "{\"id\":48,\"content\":\"<|begin_of_text|>\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true},"
    "{\"id\":49,\"content\":\"<|eot_id|>\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true},"
    "{\"id\":50,\"content\":\"<mask>\",\"single_word\":false,\"lstrip\":true,\"rstrip\":true,\"normalized\":false,\"special\":false}"
    "],"
    "\"normalizer\":null,"
    "\"pre_tokenizer\":{\"type\":\"Sequence\",\"pretokenizers\":["
    "{\"type\":\"Split\",\"pattern\":{\"Regex\":\"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\\\r\\\\n\\\\p{L}\\\\p{N}]?\\\\p{L}+|\\\\p{N}{1,3}| ?[^\\\\s\\\\p{L}\\\\p{N}]+[\\\\r\\\\n]*|\\\\s*[\\\\r\\\\n]+|\\\\s+(?!\\\\S)|\\\\s+\"},"
    "\"behavior\":\"Isolated\",\"invert\":false},"
    "{\"type\":\"ByteLevel\",\"add_prefix_space\":false,\"trim_offsets\":true,\"use_regex\":false}]},"
    "\"post_processor\":{\"type\":\"TemplateProcessing\","
    "\"single\":[{\"SpecialToken\":{\"id\":\"<|begin_of_text|>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}],"
    "\"pair\":[{\"SpecialToken\":{\"id\":\"<|begin_of_text|>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}},{\"SpecialToken\":{\"id\":\"<|begin_of_text|>\",\"type_id\":1}},{\"Sequence\":{\"id\":\"B\",\"type_id\":1}}],"
    "\"special_tokens\":{\"<|begin_of_text|>\":{\"id\":\"<|begin_of_text|>\",\"ids\":[48],\"tokens\":[\"<|begin_of_text|>\"]}}},"
    "\"decoder\":{\"type\":\"ByteLevel\",\"add_prefix_space\":true,\"trim_offsets\":true,\"use_regex\":true},"
    "\"model\":{\"type\":\"BPE\",\"dropout\":null,\"unk_token\":null,\"continuing_subword_prefix\":null,"
    "\"end_of_word_suffix\":null,\"fuse_unk\":false,\"byte_fallback\":false,\"ignore_merges\":true,"
    "\"vocab\":{"
    "\"Ġ\":0,\"Ċ\":1,\"'\":2,\".\":3,\",\":4,\"a\":5,\"d\":6,\"e\":7,\"h\":8,\"i\":9,\"l\":10,\"n\":11,"
    "\"o\":12,\"r\":13,\"s\":14,\"t\":15,\"w\":16,\"Ã\":17,\"©\":18,\"æ\":19,\"Ĺ\":20,\"¥\":21,\"ð\":22,\"Ł\":23,"
    "\"Ġt\":24,\"he\":25,\"Ġthe\":26,\"in\":27,\"Ġa\":28,\"er\":29,\"on\":30,\"ll\":31,\"ell\":32,\"hell\":33,\"hello\":34,\"Ġhello\":35,"
    "\"Ġw\":36,\"or\":37,\"Ġwor\":38,\"ld\":39,\"Ġworld\":40,\"Ã©\":41,\"æĹ\":42,\"æĹ¥\":43,\"ðŁ\":44,\"'s\":45,\"ĠĠ\":46,\"ĊĊ\":47"
    "},"
    "\"merges\":["
    "\"Ġ t\",\"h e\",\"Ġt he\",\"i n\",\"Ġ a\",\"e r\",\"o n\",\"l l\","
    "\"e ll\",\"h ell\",\"hell o\",\"Ġ hello\",\"Ġ w\",\"o r\",\"Ġw or\",\"l d\","
    "\"Ġwor ld\",\"Ã ©\",\"æ Ĺ\",\"æĹ ¥\",\"ð Ł\",\"' s\",\"Ġ Ġ\",\"Ċ Ċ\""
    "]}}";

/* Llama-2 style SentencePiece BPE; the 256 <0xXX> byte tokens (ids 3..258)
   are written by build_spm_json between these two parts. */
static const char spm_head[] =
    "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,"
    "\"added_tokens\":["
    "{\"id\":0,\"content\":\"<unk>\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true},"
    "{\"id\":1,\"content\":\"<s>\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true},"
    "{\"id\":2,\"content\":\"</s>\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true}],"
    "\"normalizer\":{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"Prepend\",\"prepend\":\"▁\"},"
    "{\"type\":\"Replace\",\"pattern\":{\"String\":\" \"},\"content\":\"▁\"}]},"
    "\"pre_tokenizer\":null,"
    "\"post_processor\":{\"type\":\"TemplateProcessing\","
    "\"single\":[{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}],"
    "\"pair\":[{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}},"
    "{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":1}},{\"Sequence\":{\"id\":\"B\",\"type_id\":1}}],"
    "\"special_tokens\":{\"<s>\":{\"id\":\"<s>\",\"ids\":[1],\"tokens\":[\"<s>\"]}}},"
    "\"decoder\":{\"type\":\"Sequence\",\"decoders\":[{\"type\":\"Replace\",\"pattern\":{\"String\":\"▁\"},\"content\":\" \"},"
    "{\"type\":\"ByteFallback\"},{\"type\":\"Fuse\"},{\"type\":\"Strip\",\"content\":\" \",\"start\":1,\"stop\":0}]},"
    "\"model\":{\"type\":\"BPE\",\"dropout\":null,\"unk_token\":\"<unk>\",\"continuing_subword_prefix\":null,"
    "\"end_of_word_suffix\":null,\"fuse_unk\":true,\"byte_fallback\":true,\"ignore_merges\":false,"
    "\"vocab\":{\"<unk>\":0,\"<s>\":1,\"</s>\":2,";
static const char spm_tail[] =
    "\"▁\":259,\"e\":260,\"t\":261,\"h\":262,\"o\":263,\"n\":264,\"c\":265,\"a\":266,\"s\":267,\"l\":268,"
    "\"é\":269,\"日\":270,\"本\":271,\"▁t\":272,\"he\":273,\"▁the\":274,\"▁o\":275,\"on\":276,\"▁on\":277,"
    "\"ce\":278,\"▁once\":279,\"▁a\":280,\"ll\":281,\"▁s\":282,\"日本\":283},"
    "\"merges\":[\"▁ t\",\"h e\",\"▁t he\",\"▁ o\",\"o n\",\"▁o n\",\"c e\",\"▁on ce\",\"▁ a\",\"l l\",\"▁ s\",\"日 本\"]}}";

FUZZ_TEXT_ONLY static char *build_spm_json(size_t *len) {
    size_t cap = sizeof spm_head + sizeof spm_tail + 256 * 16, n;
    char *s = (char *)malloc(cap);
    int i;
    if (!s) return NULL;
    memcpy(s, spm_head, sizeof spm_head - 1);
    n = sizeof spm_head - 1;
    for (i = 0; i < 256; i++) n += (size_t)snprintf(s + n, cap - n, "\"<0x%02X>\":%d,", i, 3 + i);
    memcpy(s + n, spm_tail, sizeof spm_tail);
    n += sizeof spm_tail - 1;
    *len = n;
    return s;
}

/* --- checks ------------------------------------------------------------ */

/* Strict UTF-8: no overlongs, surrogates or code points past U+10FFFF. */
static int valid_utf8(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *end;
    if (!n) return 1;
    end = p + n;
    while (p < end) {
        unsigned c = *p;
        size_t need, k;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) { p++; continue; }
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return 0;
        if ((size_t)(end - p) < need + 1) return 0;
        for (k = 1; k <= need; k++) {
            unsigned b = p[k];
            if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) return 0;
        }
        p += need + 1;
    }
    return 1;
}

/* Python's bytes.decode("utf-8", errors="replace"): what valkyr encodes. */
FUZZ_TEXT_ONLY static size_t sanitize_utf8(const unsigned char *s, size_t n, char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t need = 0, k;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) { out[o++] = (char)c; i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        for (k = 1; need && k <= need && i + k < n; k++) {
            unsigned b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) break;
        }
        if (need && k == need + 1) { memcpy(out + o, s + i, need + 1); o += need + 1; i += need + 1; continue; }
        memcpy(out + o, "\xEF\xBF\xBD", 3);   /* the maximal ill-formed subpart, at least one byte */
        o += 3;
        i += need ? k : 1;
    }
    return o;
}

static int same_text(const vkr_text *a, const vkr_text *b) {
    return a->len == b->len && (!a->len || !memcmp(a->text, b->text, a->len));
}

/* Decodes ids one-shot and as a stream (`rounds` times, the same stream
   reused after each flush); all must agree, and every prefix the stream has
   emitted must be valid UTF-8 and a prefix of the one-shot text. The
   one-shot text is left in *oneshot. */
static void check_decode(const vkr_tok *t, const vkr_token *ids, size_t n, uint32_t flags, int rounds, vkr_text *oneshot) {
    vkr_tok_stream *s = NULL;
    int round;
    FUZZ_ASSERT(vkr_tok_decode(t, ids, n, flags, oneshot) == VKR_OK);
    FUZZ_ASSERT(oneshot->text != NULL && oneshot->text[oneshot->len] == 0);
    FUZZ_ASSERT(valid_utf8(oneshot->text, oneshot->len));
    FUZZ_ASSERT(vkr_tok_stream_new(t, flags, &s) == VKR_OK);
    for (round = 0; round < rounds; round++) {
        vkr_text acc;
        size_t i;
        memset(&acc, 0, sizeof acc);
        for (i = 0; i < n; i++) {
            size_t before = acc.len;
            FUZZ_ASSERT(vkr_tok_stream_push(s, ids[i], &acc) == VKR_OK);
            FUZZ_ASSERT(acc.len <= oneshot->len);
            /* the part before `before` was compared at an earlier push */
            FUZZ_ASSERT(acc.len == before || !memcmp(acc.text + before, oneshot->text + before, acc.len - before));
            if (acc.len > before) FUZZ_ASSERT(valid_utf8(acc.text + before, acc.len - before));
        }
        FUZZ_ASSERT(vkr_tok_stream_flush(s, &acc) == VKR_OK);
        FUZZ_ASSERT(same_text(&acc, oneshot));
        vkr_text_free(&acc);
    }
    vkr_tok_stream_free(s);
}

#ifndef FUZZ_TOK_TEXT
/* --- mode (a): the input is a tokenizer.json ---------------------------- */

/* Refuses blocks over 4 MB: a fuzzed id of 16,000,000 would otherwise cost
   200 MB of tables per input; this exercises the out-of-memory paths instead. */
static void *capped_alloc(void *user, size_t size, size_t align) {
    void *p = NULL;
    (void)user;
    if (size > ((size_t)4 << 20)) return NULL;
    if (align < sizeof(void *)) align = sizeof(void *);
    return posix_memalign(&p, align, size ? size : 1) == 0 ? p : NULL;
}
static void capped_free(void *user, void *p, size_t size) {
    (void)user;
    (void)size;
    free(p);
}

static const char *const fixed_texts[] = {
    "Hello world. The quick brown fox can't jump; they'll see 12345 apples!",
    "  leading, trailing  \t tabs\r\nand\n\nnewlines   ",
    ("h\xC3\xA9llo w\xC3\xB6rld \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 "
     "\xF0\x9F\xA6\x80\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 e\xCC\x81 \xE2\x96\x81x \xF4\x8F\xBF\xBD"),
    "<s>[INST] hi [/INST]</s><|endoftext|><|im_start|>user\n<|begin_of_text|><mask> <unk>",
    "\xFF\xFE bad \xC3\x28 \xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF trunc \xE6\x97",
    ""
};

static void fuzz_json_mode(const uint8_t *data, size_t size) {
    static const char name[] = "fuzz-tokenizer.json";
    vkr_tok_desc desc;
    vkr_tok *t = NULL;
    vkr_result r;
    char *buf = (char *)malloc(size ? size : 1);   /* exact size: ASan sees reads past the end */
    size_t k, slice;
    int32_t vs;
    if (!buf) return;
    if (size) memcpy(buf, data, size);
    memset(&desc, 0, sizeof desc);
    desc.hooks.allocator.alloc = capped_alloc;
    desc.hooks.allocator.free = capped_free;
    r = vkr_tok_load_json(buf, size, NULL, 0, name, &desc, &t);
    if (r != VKR_OK) {
        const char *m = vkr_last_error();
        FUZZ_ASSERT(t == NULL);
        FUZZ_ASSERT(r == VKR_ERR_JSON || r == VKR_ERR_TOKENIZER || r == VKR_ERR_UNSUPPORTED || r == VKR_ERR_LIMIT ||
                    r == VKR_ERR_OUT_OF_MEMORY);
        FUZZ_ASSERT(m != NULL && strstr(m, name) != NULL);
        free(buf);
        return;
    }
    FUZZ_ASSERT(t != NULL);
    vs = vkr_tok_vocab_size(t);
    FUZZ_ASSERT(vs >= 0);
    /* lookups stay in range (a piece with an embedded \u0000 is looked up cut short) */
    for (k = 0; k < (size_t)vs && k < 512; k++) {
        const char *p = vkr_tok_piece(t, (vkr_token)k);
        if (p) { vkr_token f = vkr_tok_find(t, p); FUZZ_ASSERT(f >= -1 && f < vs); }
        (void)vkr_tok_is_special(t, (vkr_token)k);
    }
    FUZZ_ASSERT(vkr_tok_piece(t, -1) == NULL && vkr_tok_piece(t, vs) == NULL);
    slice = size < 300 ? size : 300;
    for (k = 0; k <= sizeof fixed_texts / sizeof fixed_texts[0]; k++) {
        const char *text = k < sizeof fixed_texts / sizeof fixed_texts[0] ? fixed_texts[k] : buf;
        size_t len = k < sizeof fixed_texts / sizeof fixed_texts[0] ? strlen(text) : slice;
        uint32_t flags;
        for (flags = 0; flags < 4; flags++) {
            vkr_tokens ids;
            uint32_t dflags;
            size_t i;
            memset(&ids, 0, sizeof ids);
            FUZZ_ASSERT(vkr_tok_encode(t, text, len, flags, &ids) == VKR_OK);
            for (i = 0; i < ids.n; i++) {
                FUZZ_ASSERT(ids.ids[i] >= 0);
                /* only template ids (BOS/EOS) may lie outside the vocab */
                if (!(flags & VKR_TOK_ADD_SPECIAL)) FUZZ_ASSERT(ids.ids[i] < vs);
            }
            /* decoding the ids with the template's (skipped or not) covers those without */
            for (dflags = 0; (flags & VKR_TOK_ADD_SPECIAL) && dflags <= VKR_TOK_SKIP_SPECIAL; dflags += VKR_TOK_SKIP_SPECIAL) {
                vkr_text one;
                memset(&one, 0, sizeof one);
                check_decode(t, ids.ids, ids.n, dflags, 1, &one);
                vkr_text_free(&one);
            }
            vkr_tokens_free(&ids);
        }
    }
    vkr_tok_free(t);
    free(buf);
}

#endif /* mode (a) */

#ifdef FUZZ_TOK_TEXT
/* --- mode (b): the input is text for the embedded tokenizers ------------ */

static vkr_tok *tok_bl, *tok_spm;

static void load_embedded(void) {
    size_t len;
    char *spm;
    if (tok_bl) return;
    if (vkr_tok_load_json(bl_json, sizeof bl_json - 1, NULL, 0, "embedded-bytelevel", NULL, &tok_bl) != VKR_OK) {
        fprintf(stderr, "fuzz_tokenizer: %s\n", vkr_last_error());
        __builtin_trap();
    }
    spm = build_spm_json(&len);
    FUZZ_ASSERT(spm != NULL);
    if (vkr_tok_load_json(spm, len, NULL, 0, "embedded-spm", NULL, &tok_spm) != VKR_OK) {
        fprintf(stderr, "fuzz_tokenizer: %s\n", vkr_last_error());
        __builtin_trap();
    }
    free(spm);   /* the tokenizer keeps its own copy of the parsed text */
}

/* One configuration per input (its first byte), so that each execution is
   quick: the fuzzer finds every configuration by itself. */
static void fuzz_text(const vkr_tok *t, vkr_token bos, bool roundtrip, uint32_t eflags, uint32_t dflags,
                      const char *text, size_t len) {
    int32_t vs = vkr_tok_vocab_size(t);
    vkr_tokens base, ids;
    vkr_text one;
    size_t i;
    memset(&base, 0, sizeof base);
    memset(&ids, 0, sizeof ids);
    memset(&one, 0, sizeof one);
    FUZZ_ASSERT(vkr_tok_encode(t, text, len, eflags, &base) == VKR_OK);
    FUZZ_ASSERT(vkr_tok_encode(t, text, len, eflags | VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
    for (i = 0; i < ids.n; i++) FUZZ_ASSERT(ids.ids[i] >= 0 && ids.ids[i] < vs);
    /* the template adds the BOS and nothing else */
    FUZZ_ASSERT(ids.n == base.n + 1 && ids.ids[0] == bos);
    FUZZ_ASSERT(!base.n || !memcmp(ids.ids + 1, base.ids, base.n * sizeof(vkr_token)));
    /* decoding the ids with the BOS (skipped or not) covers those without */
    check_decode(t, ids.ids, ids.n, dflags, 2, &one);
    if (roundtrip && (eflags & VKR_TOK_NO_PARSE_SPECIAL) && dflags == VKR_TOK_SKIP_SPECIAL) {
        /* byte fallback covers every char: decoding gives the input back */
        char *want = (char *)malloc(len * 3 + 1);
        size_t wl;
        FUZZ_ASSERT(want != NULL);
        wl = sanitize_utf8((const unsigned char *)text, len, want);
        FUZZ_ASSERT(one.len == wl && (!wl || !memcmp(one.text, want, wl)));
        free(want);
    }
    vkr_text_free(&one);
    vkr_tokens_free(&ids);
    vkr_tokens_free(&base);
}

static int has_bytes(const char *s, size_t n, const char *pat, size_t pn) {
    size_t i;
    for (i = 0; i + pn <= n; i++) if (!memcmp(s + i, pat, pn)) return 1;
    return 0;
}

static void fuzz_text_mode(const uint8_t *data, size_t size) {
    uint32_t cfg, eflags, dflags;
    char *buf;
    if (size == 0) return;
    cfg = data[0];   /* bit 0: which tokenizer; bit 1: NO_PARSE_SPECIAL; bit 2: decode SKIP_SPECIAL */
    data++;
    size--;
    eflags = cfg & 2 ? VKR_TOK_NO_PARSE_SPECIAL : 0;
    dflags = cfg & 4 ? VKR_TOK_SKIP_SPECIAL : 0;
    buf = (char *)malloc(size ? size : 1);
    if (!buf) return;
    if (size) memcpy(buf, data, size);
    load_embedded();
    if (cfg & 1)   /* "▁" (U+2581) in the input comes back as a space, so no round trip then */
        fuzz_text(tok_spm, 1, !has_bytes(buf, size, "\xE2\x96\x81", 3), eflags, dflags, buf, size);
    else
        fuzz_text(tok_bl, 48, false, eflags, dflags, buf, size);
    free(buf);
}

#endif /* mode (b) */

/* One mode per target (tests/fuzz_tok_text.c defines FUZZ_TOK_TEXT), so
   each keeps its own corpus and speed. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
#ifdef FUZZ_TOK_TEXT
    fuzz_text_mode(data, size);
#else
    fuzz_json_mode(data, size);
#endif
    return 0;
}
