#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

/* test_gguf_model.c — GGUF files as models (issue 12): the reference set of
   tests/data/gguf, made by llama.cpp's own converter and llama-quantize from
   tiny256 (every type valkyr runs; Q2_K to be refused) and the real
   stories260K, against llama.cpp's tokens and logits in *-expected.json:
   tokens equal; in F32 precision the last logits within 1e-4 of "exact" (the
   same weights dequantized to f32) and argmax agreeing on >= 99% of
   positions; in FAST precision the distances are printed. Then the
   tokenizers of llama.cpp's vocab-only GGUFs against its test vectors, and
   the hardening cases: more layers in the metadata than tensors, a byte token
   that names no byte, a type valkyr does not run. */

#include <math.h>

#define DATA "tests/data/gguf/"

static vkr_json_doc *load_json(const char *path) {
    size_t n;
    char *text = vt_read_file(path, &n);
    vkr_json_doc *doc = NULL;
    if (!text) return NULL;
    if (vkr_json_parse(text, n, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

/* Runs ids through a CPU session, all positions' logits into *all. */
static int run_logits(const vkr_model *m, vkr_precision prec, const vkr_token *ids, int64_t n, float **all, int64_t *vocab) {
    vkr_session *s;
    vkr_session_desc d;
    memset(&d, 0, sizeof d);
    d.backend = VKR_BACKEND_CPU;
    d.precision = prec;
    d.n_threads = 2;
    d.n_ctx = 512;
    if (vkr_session_new(m, &d, &s) != VKR_OK) return 0;
    *vocab = vkr_session_vocab_size(s);
    *all = (float *)malloc((size_t)(n * *vocab) * sizeof(float));
    if (vkr_session_append(s, ids, (size_t)n, *all) != VKR_OK) { vkr_session_free(s); return 0; }
    vkr_session_free(s);
    return 1;
}

static int argmax(const float *x, int64_t n) {
    int64_t i, b = 0;
    for (i = 1; i < n; i++) if (x[i] > x[b]) b = i;
    return (int)b;
}

/* One file of an expected.json: both texts, tokens and logits. */
static void check_file(const char *json_name, const char *file) {
    char path[512];
    vkr_json_doc *doc;
    const vkr_json *entry;
    vkr_model *m = NULL;
    vkr_tok *tok = NULL;
    const char *texts[2] = {"short", "long"};
    int w;
    snprintf(path, sizeof path, DATA "%s", json_name);
    doc = load_json(path);
    REQUIRE(doc != NULL, "%s", path);
    entry = vkr_json_get(vkr_json_root(doc), file);
    REQUIRE(entry != NULL, "%s: no entry %s", path, file);
    snprintf(path, sizeof path, DATA "%s", file);
    REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK, "%s: %s", path, vkr_last_error());
    REQUIRE(vkr_tok_load(path, NULL, &tok) == VKR_OK, "%s: %s", path, vkr_last_error());
    for (w = 0; w < 2; w++) {
        const vkr_json *e = vkr_json_get(entry, texts[w]), *want = vkr_json_get(e, "tokens");
        const vkr_json *exact = vkr_json_get(vkr_json_get(e, "exact"), "last_logits"), *ex_arg = vkr_json_get(vkr_json_get(e, "exact"), "argmax");
        const vkr_json *lc = vkr_json_get(vkr_json_get(e, "llamacpp"), "last_logits");
        const char *text = vkr_json_string(vkr_json_get(e, "text"));
        vkr_tokens ids = {0};
        size_t i;
        int p;
        REQUIRE(text && want && exact && ex_arg && lc);
        REQUIRE(vkr_tok_encode(tok, text, strlen(text), VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
        CHECK(ids.n == want->len, "%s %s: %zu tokens, llama.cpp %zu", file, texts[w], ids.n, want->len);
        for (i = 0; i < ids.n && i < want->len; i++) {
            int64_t v = -1;
            vkr_json_int(&want->items[i], &v);
            if (v != ids.ids[i]) { CHECK(v == ids.ids[i], "%s %s: token %zu is %d, llama.cpp %lld", file, texts[w], i, ids.ids[i], (long long)v); break; }
        }
        for (p = 0; p < 2; p++) {   /* F32 precision, then FAST */
            float *all = NULL;
            int64_t V = 0, n = (int64_t)ids.n, t, agree = 0;
            double d_exact = 0, d_lc = 0;
            REQUIRE(run_logits(m, p ? VKR_PRECISION_FAST : VKR_PRECISION_F32, ids.ids, n, &all, &V), "%s", vkr_last_error());
            REQUIRE((size_t)V == exact->len);
            for (i = 0; i < (size_t)V; i++) {
                double a = all[(n - 1) * V + (int64_t)i], b = 0, c = 0;
                vkr_json_number(&exact->items[i], &b);
                vkr_json_number(&lc->items[i], &c);
                d_exact = fmax(d_exact, fabs(a - b) / fmax(1, fabs(b)));
                d_lc = fmax(d_lc, fabs(a - c) / fmax(1, fabs(c)));
            }
            for (t = 0; t < n && (size_t)t < ex_arg->len; t++) {
                int64_t want_arg = -1;
                vkr_json_int(&ex_arg->items[t], &want_arg);
                agree += argmax(all + t * V, V) == want_arg;
            }
            printf("  %-22s %-5s %s: last logits vs exact %.2e, vs llama.cpp %.2e; argmax = exact's at %lld/%lld\n",
                   file, texts[w], p ? "FAST" : "F32 ", d_exact, d_lc, (long long)agree, (long long)n);
            if (!p) {
                CHECK(d_exact <= 1e-4, "%s %s: F32 logits %.3g from exact", file, texts[w], d_exact);
                CHECK(agree * 100 >= n * 99, "%s %s: argmax agrees at %lld of %lld", file, texts[w], (long long)agree, (long long)n);
            } else {
                CHECK(d_exact <= 0.2, "%s %s: FAST logits %.3g from exact", file, texts[w], d_exact);
            }
            free(all);
        }
        vkr_tokens_free(&ids);
    }
    vkr_tok_free(tok);
    vkr_model_free(m);
    vkr_json_free(doc);
}

static const char *const tiny_types[] = {"q8_0", "q4_0", "q4_1", "q5_0", "q5_1", "q4_k_s", "q4_k_m", "q5_k_m", "q6_k"};

static void test_tiny256_files(void) {
    size_t i;
    for (i = 0; i < sizeof tiny_types / sizeof tiny_types[0]; i++) {
        char f[64];
        snprintf(f, sizeof f, "tiny256-%s.gguf", tiny_types[i]);
        check_file("tiny256-expected.json", f);
    }
}

static void test_stories260k(void) { check_file("stories260k-expected.json", "stories260k-f16.gguf"); }

/* What a .gguf model reports: weights stay in their blocks. */
static void test_model_shape(void) {
    vkr_model *m;
    const vkr_weights *w;
    const vkr_config *c;
    REQUIRE(vkr_model_load(DATA "tiny256-q4_k_m.gguf", NULL, &m) == VKR_OK, "%s", vkr_last_error());
    c = vkr_model_config(m);
    w = vkr_model_weights(m);
    CHECK(c->family == VKR_FAMILY_LLAMA && c->hidden_size == 256 && c->n_layers == 1 && c->n_heads == 4 && c->n_kv_heads == 2);
    CHECK(c->vocab_size == 512 && c->intermediate_size == 512 && !c->tie_word_embeddings);
    CHECK(w->layers[0].q->dtype == VKR_DTYPE_Q4_K && w->layers[0].v->dtype == VKR_DTYPE_Q6_K && w->lm_head->dtype == VKR_DTYPE_Q6_K);
    CHECK(w->final_norm->dtype == VKR_DTYPE_F32);
    CHECK(w->layers[0].q->shape[0] == 256 && w->layers[0].q->shape[1] == 256);
    CHECK(vkr_model_weight_bytes(m) < 560000, "%llu bytes resident", (unsigned long long)vkr_model_weight_bytes(m));
    vkr_model_free(m);
}

static void test_q2k_refused(void) {
    vkr_model *m = NULL;
    CHECK(vkr_model_load(DATA "tiny256-q2_k.gguf", NULL, &m) == VKR_ERR_UNSUPPORTED);
    CHECK(strstr(vkr_last_error(), "Q2_K") && strstr(vkr_last_error(), "tensor token_embd.weight"), "%s", vkr_last_error());
    CHECK(m == NULL);
}

/* llama.cpp's tokenizer test vectors (add_special off, specials parsed). */
static void check_vocab(const char *name) {
    char path[512], *inp, *out, *s, *o;
    size_t n, no;
    vkr_tok *t;
    int ok = 0, cases = 0;
    const char *sep = "\n__ggml_vocab_test__\n";
    snprintf(path, sizeof path, DATA "%s", name);
    REQUIRE(vkr_tok_load(path, NULL, &t) == VKR_OK, "%s: %s", name, vkr_last_error());
    snprintf(path, sizeof path, DATA "%s.inp", name);
    inp = vt_read_file(path, &n);
    snprintf(path, sizeof path, DATA "%s.out", name);
    out = vt_read_file(path, &no);
    REQUIRE(inp && out);
    for (s = inp, o = out; *s;) {
        char *e = strstr(s, sep), *oe, buf[65536];
        size_t k = 0, i;
        vkr_tokens ids = {0};
        if (!e) break;
        *e = 0;
        oe = strchr(o, '\n');
        if (oe) *oe = 0;
        vkr_tok_encode(t, s, strlen(s), 0, &ids);
        buf[0] = 0;
        for (i = 0; i < ids.n && k < sizeof buf - 16; i++) k += (size_t)snprintf(buf + k, sizeof buf - k, " %d", ids.ids[i]);
        cases++;
        if (!strcmp(buf, o)) ok++;
        else CHECK(0, "%s: \"%s\" gives%s, llama.cpp%s", name, s, buf, o);
        vkr_tokens_free(&ids);
        o = oe ? oe + 1 : o + strlen(o);
        s = e + strlen(sep);
    }
    CHECK(cases >= 40, "%s: %d cases", name, cases);
    printf("  %s: %d of %d cases equal\n", name, ok, cases);
    free(inp);
    free(out);
    vkr_tok_free(t);
}
static void test_vocab_spm(void) { check_vocab("ggml-vocab-llama-spm.gguf"); }
static void test_vocab_gpt2(void) { check_vocab("ggml-vocab-gpt-2.gguf"); }

/* A copy of a file with bytes [at, at+len) replaced. */
static char *patched(const char *src, const char *find, size_t find_len, const char *repl, const char *dst, size_t skip) {
    size_t n, i, seen = 0;
    char *d = vt_read_file(src, &n);
    if (!d) return NULL;
    for (i = 0; i + find_len <= n; i++)
        if (!memcmp(d + i, find, find_len) && seen++ == skip) {
            memcpy(d + i, repl, find_len);
            vt_write_file(dst, d, n);
            free(d);
            return (char *)dst;
        }
    free(d);
    return NULL;
}

static void test_more_layers_than_tensors(void) {
    /* llama.block_count: u32 1 → 2 (the key, its type 4, then the value) */
    static const char find[] = "llama.block_count\x04\x00\x00\x00\x01\x00\x00\x00";
    static const char repl[] = "llama.block_count\x04\x00\x00\x00\x02\x00\x00\x00";
    vkr_model *m = NULL;
    const char *p = patched(DATA "tiny256-q8_0.gguf", find, sizeof find - 1, repl, "build/gguf-two-layers.gguf", 0);
    REQUIRE(p != NULL);
    CHECK(vkr_model_load(p, NULL, &m) == VKR_ERR_TENSOR);
    CHECK(strstr(vkr_last_error(), "block_count") && strstr(vkr_last_error(), "blk.1.attn_norm.weight"), "%s", vkr_last_error());
    CHECK(m == NULL);
    remove(p);
}

static void test_byte_token_without_byte(void) {
    vkr_tok *t = NULL;
    const char *p = patched(DATA "stories260k-f16.gguf", "<0x41>", 6, "<0x-1>", "build/gguf-bad-byte.gguf", 0);
    REQUIRE(p != NULL);
    CHECK(vkr_tok_load(p, NULL, &t) == VKR_ERR_TOKENIZER);
    CHECK(strstr(vkr_last_error(), "<0x-1>") && strstr(vkr_last_error(), "tokenizer.ggml.tokens["), "%s", vkr_last_error());
    CHECK(t == NULL);
    remove(p);
}

static void test_unknown_arch(void) {
    vkr_model *m = NULL;
    /* general.architecture "llama" → "llamb": same length, an architecture valkyr does not know */
    const char *p = patched(DATA "tiny256-q8_0.gguf", "\x05\x00\x00\x00\x00\x00\x00\x00llama", 13, "\x05\x00\x00\x00\x00\x00\x00\x00llamb",
                            "build/gguf-arch.gguf", 0);
    REQUIRE(p != NULL);
    CHECK(vkr_model_load(p, NULL, &m) == VKR_ERR_UNSUPPORTED);
    CHECK(strstr(vkr_last_error(), "llamb") != NULL, "%s", vkr_last_error());
    remove(p);
}

int main(void) {
    VT_RUN(test_model_shape);
    VT_RUN(test_tiny256_files);
    VT_RUN(test_stories260k);
    VT_RUN(test_q2k_refused);
    VT_RUN(test_vocab_spm);
    VT_RUN(test_vocab_gpt2);
    VT_RUN(test_more_layers_than_tensors);
    VT_RUN(test_byte_token_without_byte);
    VT_RUN(test_unknown_arch);
    return vt_finish();
}
