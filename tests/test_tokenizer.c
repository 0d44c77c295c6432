/* The tokenizer against the Hugging Face `tokenizers` library: exact ids
   and decoded text for real tokenizer files (TinyLlama, Mistral v0.3, GPT-2,
   Llama 3, Qwen3, stories260K) on the corpus of tests/data/tokenizers, with
   and without special tokens, special-token text left unparsed, a 1 MB
   input, random id lists (broken UTF-8 included) decoded, streaming decode
   equal to one-shot decode; llama.cpp's test vectors; mistral-common's chat
   ids; malformed tokenizer.json files. Expected values come from
   tools/tok_fixtures.py (tokenizers 0.23.2). */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

static const char *tok_dir(void) {
    const char *d = getenv("VKR_TOK_DIR");
    return d && *d ? d : "build/tok";
}

static vkr_json_doc *corpus_doc;

static const vkr_json *corpus(void) {
    if (!corpus_doc) {
        size_t len;
        char *text = vt_read_file("tests/data/tokenizers/corpus.json", &len);
        if (text && vkr_json_parse(text, len, NULL, &corpus_doc) != VKR_OK) corpus_doc = NULL;
        free(text);
    }
    return corpus_doc ? vkr_json_root(corpus_doc) : NULL;
}

static vkr_tok *load_tok(const char *name) {
    char path[512];
    vkr_tok *t = NULL;
    if (!strcmp(name, "stories260k")) snprintf(path, sizeof path, "models/stories260k");
    else snprintf(path, sizeof path, "%s/%s", tok_dir(), name);
    if (vkr_tok_load(path, NULL, &t) != VKR_OK) {
        fprintf(stderr, "  cannot load %s: %s\n", path, vkr_last_error());
        return NULL;
    }
    return t;
}

/* tokenizer.json alone, without tokenizer_config.json: what the tokenizers
   library sees (transformers may rewrite a pipeline from the config, e.g.
   Llama's legacy=false; the corpus fixtures come from the library). */
static vkr_tok *load_tok_raw(const char *name) {
    char path[512];
    size_t len;
    char *json;
    vkr_tok *t = NULL;
    if (!strcmp(name, "stories260k")) snprintf(path, sizeof path, "models/stories260k/tokenizer.json");
    else snprintf(path, sizeof path, "%s/%s/tokenizer.json", tok_dir(), name);
    json = vt_read_file(path, &len);
    if (!json || vkr_tok_load_json(json, len, NULL, 0, path, NULL, &t) != VKR_OK) fprintf(stderr, "  cannot load %s: %s\n", path, vkr_last_error());
    free(json);
    return t;
}

static vkr_json_doc *load_expected(const char *name) {
    char path[512];
    size_t len;
    char *text;
    vkr_json_doc *doc = NULL;
    if (!strcmp(name, "stories260k")) snprintf(path, sizeof path, "tests/data/tokenizers/stories260k.expected.json");
    else snprintf(path, sizeof path, "tests/data/tokenizers/%s/expected.json", name);
    text = vt_read_file(path, &len);
    if (text && vkr_json_parse(text, len, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

/* ids equal to a JSON array; on mismatch prints the first difference */
static int same_ids(const vkr_tokens *got, const vkr_json *want, const char *what, const char *text) {
    size_t i;
    if (!want || want->type != VKR_JSON_ARRAY) return 0;
    for (i = 0; i < got->n && i < want->len; i++)
        if (got->ids[i] != (vkr_token)want->items[i].i64) break;
    if (i == got->n && i == want->len) return 1;
    fprintf(stderr, "  %s of \"%.60s\": %zu ids, want %zu; first difference at %zu: got %d, want %d\n", what, text,
            got->n, want->len, i, i < got->n ? got->ids[i] : -1, i < want->len ? (int)want->items[i].i64 : -1);
    return 0;
}

static int same_text(const vkr_text *got, const vkr_json *want, const char *what, const vkr_json *ids) {
    if (want && want->type == VKR_JSON_STRING && got->len == want->len && (!got->len || !memcmp(got->text, want->str, got->len))) return 1;
    fprintf(stderr, "  %s (%zu ids): got \"%.80s\" (%zu bytes), want \"%.80s\" (%zu bytes)\n", what, ids ? ids->len : 0,
            got->text ? got->text : "", got->len, want && want->str ? want->str : "?", want ? want->len : 0);
    return 0;
}

/* Streams ids one at a time; the concatenation must equal the one-shot text. */
static int stream_equals(const vkr_tok *t, const vkr_token *ids, size_t n, uint32_t flags, const vkr_text *oneshot) {
    vkr_tok_stream *s;
    vkr_text acc;
    size_t i;
    int ok;
    memset(&acc, 0, sizeof acc);
    if (vkr_tok_stream_new(t, flags, &s) != VKR_OK) return 0;
    for (i = 0; i < n; i++) {
        size_t before = acc.len;
        vkr_tok_stream_push(s, ids[i], &acc);
        /* what was emitted is complete UTF-8 */
        {
            const unsigned char *p = (const unsigned char *)acc.text + before, *end = (const unsigned char *)acc.text + acc.len;
            while (p < end) {
                size_t l = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
                if ((size_t)(end - p) < l) { fprintf(stderr, "  stream emitted a broken UTF-8 sequence\n"); vkr_text_free(&acc); vkr_tok_stream_free(s); return 0; }
                p += l;
            }
        }
    }
    vkr_tok_stream_flush(s, &acc);
    ok = acc.len == oneshot->len && (!acc.len || !memcmp(acc.text, oneshot->text, acc.len));
    if (!ok) fprintf(stderr, "  stream \"%.60s\" != one-shot \"%.60s\"\n", acc.text ? acc.text : "", oneshot->text ? oneshot->text : "");
    vkr_text_free(&acc);
    vkr_tok_stream_free(s);
    return ok;
}

static uint64_t fnv64(const vkr_tokens *t) {
    uint64_t h = 1469598103934665603ULL;
    size_t i;
    int k;
    for (i = 0; i < t->n; i++)
        for (k = 0; k < 4; k++) { h ^= (uint8_t)((uint32_t)t->ids[i] >> (8 * k)); h *= 1099511628211ULL; }
    return h;
}

/* The corpus joined with "\n", repeated to 1,000,000 bytes, cut at the last "\n". */
static char *big_text(size_t *len) {
    const vkr_json *c = corpus();
    size_t unit = 0, i, n = 0, cut;
    char *buf;
    for (i = 0; i < c->len; i++) unit += c->items[i].len + 1;
    buf = (char *)malloc(1000000 + unit + 1);
    while (n < 1000000)
        for (i = 0; i < c->len; i++) { memcpy(buf + n, c->items[i].str, c->items[i].len); n += c->items[i].len; buf[n++] = '\n'; }
    cut = 1000000;
    while (buf[cut - 1] != '\n') cut--;
    buf[cut] = 0;
    *len = cut;
    return buf;
}

static void check_tokenizer(const char *name) {
    vkr_tok *t = load_tok_raw(name);
    vkr_json_doc *doc = load_expected(name);
    const vkr_json *c = corpus(), *exp, *cases;
    size_t i, bad_enc = 0, bad_dec = 0;
    vkr_tokens ids;
    vkr_text txt;
    REQUIRE(t && doc && c, "%s: tokenizer, fixtures or corpus missing", name);
    exp = vkr_json_root(doc);
    cases = vkr_json_get(exp, "cases");
    REQUIRE(cases && cases->len == c->len, "%s: %zu cases for %zu corpus strings", name, cases ? cases->len : 0, c->len);
    memset(&ids, 0, sizeof ids);
    memset(&txt, 0, sizeof txt);
    for (i = 0; i < c->len; i++) {
        const vkr_json *cs = &cases->items[i];
        const char *text = c->items[i].str;
        size_t len = c->items[i].len;
        ids.n = 0;
        CHECK(vkr_tok_encode(t, text, len, VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
        if (!same_ids(&ids, vkr_json_get(cs, "special"), "encode(special)", text)) bad_enc++;
        txt.len = 0;
        CHECK(vkr_tok_decode(t, ids.ids, ids.n, VKR_TOK_SKIP_SPECIAL, &txt) == VKR_OK);
        if (!same_text(&txt, vkr_json_get(cs, "decode_special_skip"), "decode(skip special)", vkr_json_get(cs, "special"))) bad_dec++;
        if (!stream_equals(t, ids.ids, ids.n, VKR_TOK_SKIP_SPECIAL, &txt)) bad_dec++;
        txt.len = 0;
        CHECK(vkr_tok_decode(t, ids.ids, ids.n, 0, &txt) == VKR_OK);
        if (!same_text(&txt, vkr_json_get(cs, "decode_special"), "decode(special)", vkr_json_get(cs, "special"))) bad_dec++;
        ids.n = 0;
        CHECK(vkr_tok_encode(t, text, len, 0, &ids) == VKR_OK);
        if (!same_ids(&ids, vkr_json_get(cs, "plain"), "encode", text)) bad_enc++;
        txt.len = 0;
        CHECK(vkr_tok_decode(t, ids.ids, ids.n, 0, &txt) == VKR_OK);
        if (!same_text(&txt, vkr_json_get(cs, "decode"), "decode", vkr_json_get(cs, "plain"))) bad_dec++;
        if (!stream_equals(t, ids.ids, ids.n, 0, &txt)) bad_dec++;
        ids.n = 0;
        CHECK(vkr_tok_encode(t, text, len, VKR_TOK_NO_PARSE_SPECIAL, &ids) == VKR_OK);
        if (!same_ids(&ids, vkr_json_get(cs, "no_parse_special"), "encode(no special parsing)", text)) bad_enc++;
    }
    CHECK(bad_enc == 0, "%s: %zu encodings differ from tokenizers", name, bad_enc);
    CHECK(bad_dec == 0, "%s: %zu decodings differ", name, bad_dec);
    /* random ids, broken byte sequences included */
    {
        const vkr_json *rd = vkr_json_get(exp, "random_decode");
        size_t bad = 0;
        for (i = 0; rd && i < rd->len; i++) {
            const vkr_json *r = &rd->items[i], *jids = vkr_json_get(r, "ids");
            size_t k;
            ids.n = 0;
            for (k = 0; k < jids->len; k++) { vkr_tokens *p = &ids; if (p->n == p->cap) { p->cap = p->cap ? p->cap * 2 : 16; p->ids = (vkr_token *)realloc(p->ids, p->cap * sizeof(vkr_token)); p->allocator.alloc = NULL; } p->ids[p->n++] = (vkr_token)jids->items[k].i64; }
            txt.len = 0;
            vkr_tok_decode(t, ids.ids, ids.n, 0, &txt);
            if (!same_text(&txt, vkr_json_get(r, "decode"), "random decode", jids)) bad++;
            if (!stream_equals(t, ids.ids, ids.n, 0, &txt)) bad++;
            txt.len = 0;
            vkr_tok_decode(t, ids.ids, ids.n, VKR_TOK_SKIP_SPECIAL, &txt);
            if (!same_text(&txt, vkr_json_get(r, "decode_skip"), "random decode(skip)", jids)) bad++;
        }
        CHECK(bad == 0, "%s: %zu random decodes differ", name, bad);
        /* the loop above grew ids with realloc: hand it back the same way */
        free(ids.ids);
        memset(&ids, 0, sizeof ids);
    }
    /* 1 MB */
    {
        size_t blen;
        char *big = big_text(&blen);
        const vkr_json *b = vkr_json_get(exp, "big");
        char hex[32];
        ids.n = 0;
        CHECK(vkr_tok_encode(t, big, blen, 0, &ids) == VKR_OK);
        snprintf(hex, sizeof hex, "%016llx", (unsigned long long)fnv64(&ids));
        CHECK((int64_t)ids.n == vkr_json_get(b, "n")->i64, "%s: 1 MB gives %zu ids, want %lld", name, ids.n, (long long)vkr_json_get(b, "n")->i64);
        CHECK(!strcmp(hex, vkr_json_get(b, "fnv64")->str), "%s: 1 MB id hash %s, want %s", name, hex, vkr_json_get(b, "fnv64")->str);
        txt.len = 0;   /* tokenizers' decode skips special tokens by default */
        CHECK(vkr_tok_decode(t, ids.ids, ids.n, VKR_TOK_SKIP_SPECIAL, &txt) == VKR_OK);
        {
            bool eq = txt.len == blen && !memcmp(txt.text, big, blen);
            bool want = vkr_json_get(b, "decode_equals_input")->type == VKR_JSON_TRUE;
            CHECK(eq == want, "%s: 1 MB decode equals input: %d, tokenizers: %d", name, eq, want);
        }
        free(big);
    }
    vkr_tokens_free(&ids);
    vkr_text_free(&txt);
    vkr_json_free(doc);
    vkr_tok_free(t);
}

#define TOKTEST(fn, name) static void fn(void) { check_tokenizer(name); }
TOKTEST(test_stories260k, "stories260k")
TOKTEST(test_tinyllama, "tinyllama")
TOKTEST(test_mistral, "mistral-v0.3")
TOKTEST(test_gpt2, "gpt2")
TOKTEST(test_llama3, "llama3")
TOKTEST(test_qwen3, "qwen3")

/* llama.cpp's vectors: .inp strings, .out ids (no special tokens added) */
static void check_llamacpp(const char *vec, const char *name) {
    char path[512];
    size_t ilen, olen, n_ok = 0, n_all = 0;
    char *inp, *outp, *ip, *op;
    vkr_tok *t = load_tok_raw(name);   /* llama.cpp follows SentencePiece: tokenizer.json alone */
    vkr_tokens ids;
    REQUIRE(t, "no tokenizer %s", name);
    snprintf(path, sizeof path, "tests/data/llamacpp/ggml-vocab-%s.gguf.inp", vec);
    inp = vt_read_file(path, &ilen);
    snprintf(path, sizeof path, "tests/data/llamacpp/ggml-vocab-%s.gguf.out", vec);
    outp = vt_read_file(path, &olen);
    REQUIRE(inp && outp, "vectors %s missing", vec);
    memset(&ids, 0, sizeof ids);
    ip = inp;
    op = outp;
    for (;;) {
        char *sep = strstr(ip, "\n__ggml_vocab_test__\n"), *eol;
        size_t k = 0;
        bool ok;
        if (!sep) break;
        eol = strchr(op, '\n');
        if (!eol) break;
        *eol = 0;
        ids.n = 0;
        vkr_tok_encode(t, ip, (size_t)(sep - ip), 0, &ids);
        ok = true;
        {
            char *q = op, *end;
            while (*q) {
                long v = strtol(q, &end, 10);
                if (end == q) break;
                if (k >= ids.n || ids.ids[k] != (vkr_token)v) ok = false;
                k++;
                q = end;
            }
        }
        ok = ok && k == ids.n;
        if (!ok) fprintf(stderr, "  %s: \"%.*s\" differs\n", vec, sep - ip < 40 ? (int)(sep - ip) : 40, ip);
        n_ok += ok;
        n_all++;
        ip = sep + strlen("\n__ggml_vocab_test__\n");
        op = eol + 1;
    }
    CHECK(n_all > 5 && n_ok == n_all, "%s: %zu of %zu vectors agree", vec, n_ok, n_all);
    vkr_tokens_free(&ids);
    free(inp);
    free(outp);
    vkr_tok_free(t);
}
static void test_llamacpp_llama_spm(void) { check_llamacpp("llama-spm", "tinyllama"); }
static void test_llamacpp_tinyllama(void) { check_llamacpp("tinyllama", "tinyllama"); }
static void test_llamacpp_gpt2(void) { check_llamacpp("gpt-2", "gpt2"); }
static void test_llamacpp_llama_bpe(void) { check_llamacpp("llama-bpe", "llama3"); }
static void test_llamacpp_qwen2(void) { check_llamacpp("qwen2", "qwen3"); }
static void test_llamacpp_deepseek_r1_qwen(void) { check_llamacpp("deepseek-r1-qwen", "qwen3"); }

/* mistral-common's rendering of a 7-message chat, encoded with the v0.3
   tokenizer.json, gives mistral-common's ids. */
static void test_mistral_common_chat(void) {
    vkr_tok *t = load_tok("mistral-v0.3");
    size_t len, i, o = 0;
    char *text = vt_read_file("tests/data/tokenizers/mistral-common/text_v3.txt", &len), *plain;
    char *want = vt_read_file("tests/data/tokenizers/mistral-common/tokens_v3.json", NULL);
    vkr_json_doc *doc = NULL;
    vkr_tokens ids;
    REQUIRE(t && text && want);
    /* ▁ (E2 96 81) back to spaces, as the rendering shows them */
    plain = (char *)malloc(len + 1);
    for (i = 0; i < len;) {
        if (i + 3 <= len && !memcmp(text + i, "\xE2\x96\x81", 3)) { plain[o++] = ' '; i += 3; }
        else plain[o++] = text[i++];
    }
    REQUIRE(vkr_json_parse(want, strlen(want), NULL, &doc) == VKR_OK);
    memset(&ids, 0, sizeof ids);
    CHECK(vkr_tok_encode(t, plain, o, 0, &ids) == VKR_OK);
    CHECK(same_ids(&ids, vkr_json_get(vkr_json_root(doc), "tokens"), "mistral-common chat", plain));
    vkr_tokens_free(&ids);
    vkr_json_free(doc);
    free(plain);
    free(text);
    free(want);
    vkr_tok_free(t);
}

/* Mistral v0.1's SentencePiece model (tokenizer.model.v1, read as
   transformers converts it) gives mistral-common's v1 ids for the same chat:
   BOS, "[INST] user [/INST]" and "assistant</s>" per turn, each encoded on
   its own as SentencePiece does (a dummy "▁" prefix, no BOS). */
static void test_mistral_common_v1(void) {
    char path[512], *sample, *want;
    const char *dir = getenv("VKR_TOK_DIR");
    vkr_tok *t = NULL;
    vkr_json_doc *sd = NULL, *wd = NULL;
    vkr_tokens ids;
    const vkr_json *msgs;
    size_t i;
    snprintf(path, sizeof path, "%s/mistral-v1/tokenizer.model", dir ? dir : "build/tok");
    REQUIRE(vkr_tok_load(path, NULL, &t) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_tok_vocab_size(t) == 32000 && vkr_tok_bos(t) == 1 && vkr_tok_eos(t) == 2, "vocab %d bos %d eos %d",
          vkr_tok_vocab_size(t), vkr_tok_bos(t), vkr_tok_eos(t));
    sample = vt_read_file("tests/data/tokenizers/mistral-common/sample.json", NULL);
    want = vt_read_file("tests/data/tokenizers/mistral-common/tokens_v1.json", NULL);
    REQUIRE(sample && want && vkr_json_parse(sample, strlen(sample), NULL, &sd) == VKR_OK && vkr_json_parse(want, strlen(want), NULL, &wd) == VKR_OK);
    msgs = vkr_json_get(vkr_json_root(sd), "messages");
    memset(&ids, 0, sizeof ids);
    vkr_tok_encode(t, "", 0, VKR_TOK_ADD_SPECIAL, &ids);   /* just BOS */
    CHECK(ids.n == 1 && ids.ids[0] == 1);
    for (i = 0; msgs && i < msgs->len; i++) {
        const char *role = vkr_json_string(vkr_json_get(&msgs->items[i], "role")), *content = vkr_json_string(vkr_json_get(&msgs->items[i], "content"));
        char buf[2048];
        REQUIRE(role && content);
        if (!strcmp(role, "user")) {
            snprintf(buf, sizeof buf, "[INST] %s [/INST]", content);
            CHECK(vkr_tok_encode(t, buf, strlen(buf), 0, &ids) == VKR_OK);
        } else {
            vkr_token eos = 2;
            CHECK(vkr_tok_encode(t, content, strlen(content), 0, &ids) == VKR_OK);
            if (ids.n == ids.cap) CHECK(vkr_tok_encode(t, "", 0, 0, &ids) == VKR_OK);
            ids.ids[ids.n] = eos;   /* appended by hand: the encoder never adds EOS here */
            if (ids.n < ids.cap) ids.n++;
        }
    }
    CHECK(same_ids(&ids, vkr_json_get(vkr_json_root(wd), "tokens"), "mistral-common v1 chat", "(7 messages)"));
    {   /* and back: decoding drops the dummy prefix as transformers does */
        vkr_text txt;
        vkr_tokens one;
        memset(&txt, 0, sizeof txt);
        memset(&one, 0, sizeof one);
        CHECK(vkr_tok_encode(t, "Hello, world! ünïcödé 日本", strlen("Hello, world! ünïcödé 日本"), 0, &one) == VKR_OK);
        CHECK(vkr_tok_decode(t, one.ids, one.n, 0, &txt) == VKR_OK && txt.text && !strcmp(txt.text, "Hello, world! ünïcödé 日本"), "%s", txt.text);
        vkr_text_free(&txt);
        vkr_tokens_free(&one);
    }
    vkr_tokens_free(&ids);
    vkr_json_free(sd);
    vkr_json_free(wd);
    free(sample);
    free(want);
    vkr_tok_free(t);
}

/* Lookups and tokenizer_config.json. */
static void test_lookups(void) {
    vkr_tok *t = load_tok("qwen3"), *m = load_tok("tinyllama");
    REQUIRE(t && m);
    CHECK(vkr_tok_find(t, "<|im_start|>") == 151644);
    CHECK(vkr_tok_is_special(t, 151644) && !vkr_tok_is_special(t, 100));
    CHECK(vkr_tok_eos(t) == 151645 && vkr_tok_bos(t) == -1 && vkr_tok_pad(t) == 151643, "qwen3 eos %d bos %d pad %d", vkr_tok_eos(t), vkr_tok_bos(t), vkr_tok_pad(t));
    CHECK(vkr_tok_vocab_size(t) == 151669, "qwen3 vocab %d", vkr_tok_vocab_size(t));
    CHECK(vkr_tok_chat_template(t) && strstr(vkr_tok_chat_template(t), "im_start"));
    CHECK(!strcmp(vkr_tok_piece(m, 15043), "\xE2\x96\x81Hello"), "piece 15043 = %s", vkr_tok_piece(m, 15043));
    CHECK(vkr_tok_find(m, "\xE2\x96\x81Hello") == 15043);
    CHECK(vkr_tok_find(m, "no such piece") == -1 && vkr_tok_piece(m, -1) == NULL && vkr_tok_piece(m, 1 << 30) == NULL);
    CHECK(vkr_tok_bos(m) == 1 && vkr_tok_eos(m) == 2);
    vkr_tok_free(t);
    vkr_tok_free(m);
}

/* Invalid UTF-8 is replaced by U+FFFD (per maximal subpart) before encoding. */
static void test_invalid_utf8(void) {
    vkr_tok *t = load_tok("llama3");
    vkr_tokens a, b;
    static const char bad[] = "ok \xFF\xC3 \xE2\x82 end \xF0\x9F\x98";
    static const char fixed[] = "ok \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD end \xEF\xBF\xBD";
    REQUIRE(t);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    CHECK(vkr_tok_encode(t, bad, sizeof bad - 1, 0, &a) == VKR_OK);
    CHECK(vkr_tok_encode(t, fixed, sizeof fixed - 1, 0, &b) == VKR_OK);
    CHECK(a.n == b.n && !memcmp(a.ids, b.ids, a.n * sizeof(vkr_token)), "invalid bytes must encode as U+FFFD");
    /* a byte string cut anywhere never breaks the encoder */
    {
        size_t cut;
        for (cut = 0; cut < sizeof bad; cut++) { a.n = 0; CHECK(vkr_tok_encode(t, bad, cut, 0, &a) == VKR_OK); }
    }
    vkr_tokens_free(&a);
    vkr_tokens_free(&b);
    vkr_tok_free(t);
}

static void expect_load_error(const char *json, vkr_result want, const char *needle) {
    vkr_tok *t = NULL;
    vkr_result r = vkr_tok_load_json(json, strlen(json), NULL, 0, "bad.json", NULL, &t);
    CHECK(r == want, "%s: got %d (%s)", json, r, vkr_last_error());
    CHECK(strstr(vkr_last_error(), needle) && strstr(vkr_last_error(), "bad.json"), "message \"%s\" lacks \"%s\"", vkr_last_error(), needle);
    CHECK(t == NULL);
    vkr_tok_free(t);
}

static void test_malformed(void) {
    expect_load_error("[]", VKR_ERR_JSON, "not a JSON object");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []},}", VKR_ERR_JSON, "line 1");
    expect_load_error("{}", VKR_ERR_JSON, "model");
    expect_load_error("{\"model\": {\"type\": \"Unigram\", \"vocab\": [], \"merges\": []}}", VKR_ERR_UNSUPPORTED, "Unigram");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": [], \"merges\": []}}", VKR_ERR_TOKENIZER, "vocab");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": -1}, \"merges\": []}}", VKR_ERR_TOKENIZER, "\"a\"");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"b\": 0}, \"merges\": []}}", VKR_ERR_TOKENIZER, "id 0");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": [\"a b\"]}}", VKR_ERR_TOKENIZER, "merges[0]");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": [\"ab\"]}}", VKR_ERR_TOKENIZER, "merges[0]");
    expect_load_error("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": [], \"unk_token\": \"<unk>\"}}", VKR_ERR_TOKENIZER, "unk_token");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"normalizer\": {\"type\": \"Precompiled\"}}", VKR_ERR_UNSUPPORTED, "Precompiled");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"pre_tokenizer\": {\"type\": \"Split\", \"pattern\": {\"Regex\": \"[a-z]+\"}, \"behavior\": \"Isolated\"}}", VKR_ERR_UNSUPPORTED, "[a-z]+");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"pre_tokenizer\": {\"type\": \"Split\", \"pattern\": {\"String\": \" \"}, \"behavior\": \"Sideways\"}}", VKR_ERR_UNSUPPORTED, "Sideways");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"decoder\": {\"type\": \"WordPiece\"}}", VKR_ERR_UNSUPPORTED, "WordPiece");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"added_tokens\": [{\"id\": 1}]}", VKR_ERR_TOKENIZER, "content");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"post_processor\": {\"type\": \"TemplateProcessing\", \"single\": [{\"SpecialToken\": {\"id\": \"<s>\"}}], \"special_tokens\": {}}}", VKR_ERR_TOKENIZER, "<s>");
    expect_load_error("{\"model\": {\"vocab\": {\"a\": 0}, \"merges\": []}, \"pre_tokenizer\": {\"type\": \"Metaspace\", \"replacement\": \"ab\"}}", VKR_ERR_TOKENIZER, "replacement");
}

/* Appends; an empty input with special tokens gives just the template. */
static void test_append_and_empty(void) {
    vkr_tok *t = load_tok("tinyllama");
    vkr_tokens ids;
    REQUIRE(t);
    memset(&ids, 0, sizeof ids);
    CHECK(vkr_tok_encode(t, "", 0, VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK && ids.n == 1 && ids.ids[0] == 1);
    CHECK(vkr_tok_encode(t, "Hello", 5, 0, &ids) == VKR_OK && ids.n == 2 && ids.ids[1] == 15043, "n %zu", ids.n);
    CHECK(vkr_tok_encode(t, NULL, 0, 0, &ids) == VKR_OK && ids.n == 2);
    CHECK(vkr_tok_encode(NULL, "x", 1, 0, &ids) == VKR_ERR_INVALID_ARGUMENT);
    vkr_tokens_free(&ids);
    vkr_tok_free(t);
}

int main(void) {
    VT_RUN(test_stories260k);
    VT_RUN(test_tinyllama);
    VT_RUN(test_mistral);
    VT_RUN(test_gpt2);
    VT_RUN(test_llama3);
    VT_RUN(test_qwen3);
    VT_RUN(test_llamacpp_llama_spm);
    VT_RUN(test_llamacpp_tinyllama);
    VT_RUN(test_llamacpp_gpt2);
    VT_RUN(test_llamacpp_llama_bpe);
    VT_RUN(test_llamacpp_qwen2);
    VT_RUN(test_llamacpp_deepseek_r1_qwen);
    VT_RUN(test_mistral_common_chat);
    VT_RUN(test_mistral_common_v1);
    VT_RUN(test_lookups);
    VT_RUN(test_invalid_utf8);
    VT_RUN(test_malformed);
    VT_RUN(test_append_and_empty);
    vkr_json_free(corpus_doc);
    return vt_finish();
}
