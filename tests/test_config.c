/* config.json → vkr_config, checked against transformers itself: every
   tests/data/configs/<model>/config.json sits beside transformers.json, the
   config as transformers 5 parsed it (to_dict(), defaults applied; made by
   tools/hf_configs.py). The real files come from ../shared/data (TinyLlama,
   Mistral v0.3, Gemma 2B, stories260K), the Hub-style ones are transcribed
   from well-known models, and t5-* are written by transformers 5 itself. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"
#include <math.h>

#define DIR "tests/data/configs/"

static vkr_json_doc *load_json(const char *path) {
    size_t len;
    char *text = vt_read_file(path, &len);
    vkr_json_doc *doc = NULL;
    if (!text) return NULL;
    if (vkr_json_parse(text, len, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

static int64_t jint(const vkr_json *o, const char *k, int64_t dflt) {
    int64_t v = dflt;
    vkr_json_int(vkr_json_get(o, k), &v);
    return v;
}

static bool near(double a, double b) { return fabs(a - b) <= 1e-12 * fmax(1.0, fabs(b)); }

/* Compares one rope description with transformers' rope_parameters entry. */
static void check_rope(const char *name, const char *which, const vkr_rope *r, const vkr_json *p, int64_t head_dim) {
    const char *type = vkr_json_string(vkr_json_get(p, "rope_type"));
    double theta = 0, f = 1, partial = 1;
    static const char *names[] = {"default", "linear", "dynamic", "yarn", "longrope", "llama3"};
    CHECK(p != NULL, "%s: %s: transformers gives no rope parameters", name, which);
    if (!p) return;
    vkr_json_number(vkr_json_get(p, "rope_theta"), &theta);
    vkr_json_number(vkr_json_get(p, "factor"), &f);
    vkr_json_number(vkr_json_get(p, "partial_rotary_factor"), &partial);
    CHECK(type && !strcmp(names[r->type], type), "%s: %s: rope type %s, transformers %s", name, which, names[r->type], type ? type : "?");
    CHECK(near(r->theta, theta), "%s: %s: theta %g, transformers %g", name, which, r->theta, theta);
    CHECK(near(r->factor, f), "%s: %s: factor %g, transformers %g", name, which, r->factor, f);
    CHECK(near(r->partial_rotary_factor, partial), "%s: %s: partial %g vs %g", name, which, r->partial_rotary_factor, partial);
    CHECK(r->rotary_dim == (int64_t)(head_dim * partial), "%s: %s: rotary_dim %lld", name, which, (long long)r->rotary_dim);
    if (r->type == VKR_ROPE_LLAMA3) {
        double lo = 0, hi = 0;
        vkr_json_number(vkr_json_get(p, "low_freq_factor"), &lo);
        vkr_json_number(vkr_json_get(p, "high_freq_factor"), &hi);
        CHECK(near(r->low_freq_factor, lo) && near(r->high_freq_factor, hi), "%s: llama3 freq factors", name);
        CHECK(r->original_max_position == jint(p, "original_max_position_embeddings", -1), "%s: original_max_position", name);
    }
}

/* Everything transformers parsed that vkr_config carries must agree. */
static void check_against_transformers(const char *model) {
    char path[512];
    vkr_config c;
    vkr_result r;
    vkr_json_doc *doc;
    const vkr_json *top, *t, *v, *rp;
    int64_t heads, kv, hd, x;
    const char *s;
    snprintf(path, sizeof path, DIR "%s/config.json", model);
    r = vkr_config_load(path, &c);
    REQUIRE(r == VKR_OK, "%s: %s", model, vkr_last_error());
    snprintf(path, sizeof path, DIR "%s/transformers.json", model);
    doc = load_json(path);
    REQUIRE(doc != NULL, "%s: cannot read transformers.json", model);
    top = vkr_json_root(doc);
    t = vkr_json_get(top, "text_config") ? vkr_json_get(top, "text_config") : top;

    CHECK(c.vocab_size == jint(t, "vocab_size", -1), "%s: vocab_size %lld", model, (long long)c.vocab_size);
    CHECK(c.hidden_size == jint(t, "hidden_size", -1), "%s: hidden_size", model);
    CHECK(c.intermediate_size == jint(t, "intermediate_size", -1), "%s: intermediate_size", model);
    CHECK(c.n_layers == jint(t, "num_hidden_layers", -1), "%s: num_hidden_layers", model);
    heads = jint(t, "num_attention_heads", -1);
    kv = jint(t, "num_key_value_heads", heads);
    CHECK(c.n_heads == heads, "%s: heads", model);
    CHECK(c.n_kv_heads == kv, "%s: kv heads %lld, transformers %lld", model, (long long)c.n_kv_heads, (long long)kv);
    hd = jint(t, "head_dim", c.hidden_size / heads);
    CHECK(c.head_dim == hd, "%s: head_dim %lld, transformers %lld", model, (long long)c.head_dim, (long long)hd);
    CHECK(c.max_position_embeddings == jint(t, "max_position_embeddings", -1), "%s: max_position_embeddings", model);
    {
        double eps = 0;
        vkr_json_number(vkr_json_get(t, "rms_norm_eps"), &eps);
        CHECK(near(c.rms_norm_eps, eps), "%s: rms_norm_eps %g vs %g", model, c.rms_norm_eps, eps);
    }
    {
        bool tie = false;
        if (!vkr_json_bool(vkr_json_get(t, "tie_word_embeddings"), &tie)) vkr_json_bool(vkr_json_get(top, "tie_word_embeddings"), &tie);
        CHECK(c.tie_word_embeddings == tie, "%s: tie_word_embeddings %d", model, c.tie_word_embeddings);
    }
    /* special tokens */
    v = vkr_json_get(t, "bos_token_id");
    CHECK(c.bos_token_id == (v && v->type == VKR_JSON_NUMBER ? v->i64 : -1), "%s: bos %lld", model, (long long)c.bos_token_id);
    v = vkr_json_get(t, "pad_token_id");
    CHECK(c.pad_token_id == (v && v->type == VKR_JSON_NUMBER ? v->i64 : -1), "%s: pad %lld", model, (long long)c.pad_token_id);
    v = vkr_json_get(t, "eos_token_id");
    if (v && v->type == VKR_JSON_ARRAY) {
        size_t i;
        CHECK(c.n_eos == (int32_t)v->len, "%s: %d eos ids", model, c.n_eos);
        for (i = 0; i < v->len && (int32_t)i < c.n_eos; i++) CHECK(c.eos_token_ids[i] == v->items[i].i64, "%s: eos[%zu]", model, i);
    } else if (v && v->type == VKR_JSON_NUMBER) {
        CHECK(c.n_eos == 1 && c.eos_token_ids[0] == v->i64, "%s: eos", model);
    } else {
        CHECK(c.n_eos == 0, "%s: no eos expected", model);
    }
    /* dtype */
    s = vkr_json_string(vkr_json_get(t, "dtype"));
    if (!s) s = vkr_json_string(vkr_json_get(top, "dtype"));
    CHECK(c.dtype == vkr_dtype_from_name(s), "%s: dtype %s vs %s", model, vkr_dtype_name(c.dtype), s ? s : "null");
    /* activation: gemma 2/3 read hidden_activation, the rest hidden_act */
    s = vkr_json_string(vkr_json_get(t, "hidden_activation"));
    if (!s || c.family == VKR_FAMILY_GEMMA) s = vkr_json_string(vkr_json_get(t, "hidden_act"));
    if (s) {
        vkr_act want = !strcmp(s, "silu") ? VKR_ACT_SILU : !strcmp(s, "gelu") ? VKR_ACT_GELU : VKR_ACT_GELU_TANH;
        CHECK(c.act == want, "%s: activation %d for %s", model, c.act, s);
    }
    /* layer kinds and the sliding window */
    v = vkr_json_get(t, "layer_types");
    if (v && v->type == VKR_JSON_ARRAY) {
        size_t i;
        for (i = 0; i < v->len; i++) {
            const char *lt = v->items[i].str;
            int want = !strcmp(lt, "full_attention") ? VKR_LAYER_FULL_ATTENTION
                     : !strcmp(lt, "sliding_attention") ? VKR_LAYER_SLIDING_ATTENTION : VKR_LAYER_LINEAR_ATTENTION;
            CHECK(c.layer_kind[i] == want, "%s: layer %zu is %d, transformers says %s", model, i, c.layer_kind[i], lt);
        }
    } else {
        bool sliding = vkr_json_int(vkr_json_get(t, "sliding_window"), &x) && c.family == VKR_FAMILY_MISTRAL;
        for (x = 0; x < c.n_layers; x++)
            CHECK(c.layer_kind[x] == (sliding ? VKR_LAYER_SLIDING_ATTENTION : VKR_LAYER_FULL_ATTENTION), "%s: layer %lld kind", model, (long long)x);
    }
    v = vkr_json_get(t, "sliding_window");
    if (v && v->type == VKR_JSON_NUMBER) CHECK(c.sliding_window == v->i64, "%s: sliding_window %lld", model, (long long)c.sliding_window);
    else CHECK(c.sliding_window == 0, "%s: sliding_window should be off, is %lld", model, (long long)c.sliding_window);
    /* rope */
    rp = vkr_json_get(t, "rope_parameters");
    if (vkr_json_get(rp, "full_attention")) {
        check_rope(model, "full", &c.rope, vkr_json_get(rp, "full_attention"), c.head_dim);
        check_rope(model, "sliding", &c.rope_local, vkr_json_get(rp, "sliding_attention"), c.head_dim);
    } else {
        check_rope(model, "rope", &c.rope, rp, c.head_dim);
    }
    /* gemma 2/3 attention scale and soft-capping */
    if (c.family == VKR_FAMILY_GEMMA2 || c.family == VKR_FAMILY_GEMMA3) {
        double q = 0, a = 0, f = 0;
        vkr_json_number(vkr_json_get(t, "query_pre_attn_scalar"), &q);
        vkr_json_number(vkr_json_get(t, "attn_logit_softcapping"), &a);
        vkr_json_number(vkr_json_get(t, "final_logit_softcapping"), &f);
        CHECK(near(c.attn_scale, 1.0 / sqrt(q)), "%s: attn scale", model);
        CHECK(near(c.attn_logit_softcap, a) && near(c.final_logit_softcap, f), "%s: softcaps %g %g", model, c.attn_logit_softcap, c.final_logit_softcap);
    } else {
        CHECK(near(c.attn_scale, 1.0 / sqrt((double)c.head_dim)), "%s: attn scale", model);
    }
    vkr_json_free(doc);
}

#define PARITY(fn, dir) static void fn(void) { check_against_transformers(dir); }
PARITY(test_tinyllama, "tinyllama-1.1b-chat-v1.0")
PARITY(test_mistral_v03, "mistral-7b-instruct-v0.3")
PARITY(test_gemma_2b, "gemma-2b-it")
PARITY(test_stories260k, "stories260k")
PARITY(test_llama32, "llama-3.2-1b-instruct")
PARITY(test_qwen25, "qwen2.5-0.5b-instruct")
PARITY(test_qwen3, "qwen3-0.6b")
PARITY(test_gemma2_2b, "gemma-2-2b-it")
PARITY(test_gemma3_1b, "gemma-3-1b-it")
PARITY(test_qwen35, "qwen3.5-0.8b")
PARITY(test_t5_llama, "t5-llama")
PARITY(test_t5_llama3rope, "t5-llama3rope")
PARITY(test_t5_mistral, "t5-mistral")
PARITY(test_t5_qwen2, "t5-qwen2")
PARITY(test_t5_qwen3, "t5-qwen3")
PARITY(test_t5_gemma, "t5-gemma")
PARITY(test_t5_gemma2, "t5-gemma2")
PARITY(test_t5_gemma3, "t5-gemma3_text")
PARITY(test_t5_qwen35, "t5-qwen3_5_text")

/* Switches that follow from the family, not from a field. */
static void test_family_switches(void) {
    vkr_config c;
    REQUIRE(vkr_config_load(DIR "qwen2.5-0.5b-instruct", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_QWEN2 && c.qkv_bias && !c.o_bias && !c.qk_norm && !c.norm_plus_one);
    CHECK(!strcmp(c.tensor_prefix, "model."));
    REQUIRE(vkr_config_load(DIR "qwen3-0.6b", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_QWEN3 && !c.qkv_bias && c.qk_norm && c.head_dim == 128);
    REQUIRE(vkr_config_load(DIR "gemma-2b-it", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_GEMMA && c.norm_plus_one && !c.sandwich_norm && c.n_kv_heads == 1);
    CHECK(fabs(c.embed_scale - sqrt(2048.0)) < 1e-12, "embed scale %g", c.embed_scale);
    REQUIRE(vkr_config_load(DIR "gemma-2-2b-it", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_GEMMA2 && c.sandwich_norm && c.attn_logit_softcap == 50 && c.final_logit_softcap == 30);
    CHECK(c.layer_kind[0] == VKR_LAYER_SLIDING_ATTENTION && c.layer_kind[1] == VKR_LAYER_FULL_ATTENTION);
    REQUIRE(vkr_config_load(DIR "gemma-3-1b-it", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_GEMMA3 && c.qk_norm && c.sandwich_norm);
    CHECK(c.layer_kind[4] == VKR_LAYER_SLIDING_ATTENTION && c.layer_kind[5] == VKR_LAYER_FULL_ATTENTION);
    CHECK(c.rope.theta == 1e6 && c.rope_local.theta == 1e4, "gemma3 rope %g / %g", c.rope.theta, c.rope_local.theta);
    CHECK(c.sliding_window == 512);
    REQUIRE(vkr_config_load(DIR "qwen3.5-0.8b", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_QWEN3_5 && c.attn_output_gate && c.qk_norm && c.norm_plus_one);
    CHECK(!strcmp(c.tensor_prefix, "model.language_model."), "prefix %s", c.tensor_prefix);
    CHECK(c.rope.rotary_dim == 64 && c.rope.theta == 1e7, "qwen3.5 rotary_dim %lld theta %g", (long long)c.rope.rotary_dim, c.rope.theta);
    CHECK(c.layer_kind[2] == VKR_LAYER_LINEAR_ATTENTION && c.layer_kind[3] == VKR_LAYER_FULL_ATTENTION);
    CHECK(c.linear_n_key_heads == 16 && c.linear_key_head_dim == 128 && c.linear_conv_kernel == 4);
    REQUIRE(vkr_config_load(DIR "llama-3.2-1b-instruct", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.rope.type == VKR_ROPE_LLAMA3 && c.rope.factor == 32 && c.rope.original_max_position == 8192);
    CHECK(c.n_eos == 3 && c.eos_token_ids[2] == 128009);
    REQUIRE(vkr_config_load(DIR "mistral-7b-instruct-v0.3", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_MISTRAL && c.sliding_window == 0 && c.layer_kind[0] == VKR_LAYER_FULL_ATTENTION);
}

static vkr_result parse_str(const char *json, vkr_config *c) {
    return vkr_config_parse(json, strlen(json), "test.json", c);
}

/* Missing fields take transformers' defaults for the family. */
static void test_defaults(void) {
    vkr_config c;
    REQUIRE(parse_str("{\"model_type\": \"llama\"}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.vocab_size == 32000 && c.hidden_size == 4096 && c.n_layers == 32 && c.n_kv_heads == 32 && c.head_dim == 128);
    CHECK(c.rms_norm_eps == 1e-6 && c.rope.theta == 1e4 && c.bos_token_id == 1 && c.n_eos == 1 && c.eos_token_ids[0] == 2);
    CHECK(c.max_position_embeddings == 2048 && !c.tie_word_embeddings && c.act == VKR_ACT_SILU && c.dtype == VKR_DTYPE_INVALID);
    REQUIRE(parse_str("{\"model_type\": \"mistral\"}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.n_kv_heads == 8 && c.sliding_window == 4096 && c.layer_kind[31] == VKR_LAYER_SLIDING_ATTENTION && c.max_position_embeddings == 131072);
    REQUIRE(parse_str("{\"model_type\": \"qwen2\", \"use_sliding_window\": true, \"sliding_window\": 128, \"max_window_layers\": 30}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.sliding_window == 128 && c.layer_kind[29] == VKR_LAYER_FULL_ATTENTION && c.layer_kind[30] == VKR_LAYER_SLIDING_ATTENTION);
    CHECK(c.bos_token_id == -1 && c.n_eos == 0);
    REQUIRE(parse_str("{\"model_type\": \"gemma\"}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.tie_word_embeddings && c.head_dim == 256 && c.act == VKR_ACT_GELU_TANH && c.pad_token_id == 0);
    REQUIRE(parse_str("{\"model_type\": \"qwen3_5_text\"}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.rope.rotary_dim == 64 && c.layer_kind[3] == VKR_LAYER_FULL_ATTENTION && c.layer_kind[4] == VKR_LAYER_LINEAR_ATTENTION);
    /* the family from architectures when model_type is absent */
    REQUIRE(parse_str("{\"architectures\": [\"Qwen3ForCausalLM\"]}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.family == VKR_FAMILY_QWEN3);
    /* num_key_value_heads: null means "as many as the query heads" */
    REQUIRE(parse_str("{\"model_type\": \"mistral\", \"num_attention_heads\": 16, \"num_key_value_heads\": null}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.n_kv_heads == 16);
    /* integral doubles are accepted as integers */
    REQUIRE(parse_str("{\"model_type\": \"llama\", \"hidden_size\": 2048.0, \"num_attention_heads\": 16}", &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(c.hidden_size == 2048 && c.head_dim == 128);
}

/* Bad configs: a clear error that names the field. */
static void expect_error(const char *json, vkr_result want, const char *needle) {
    vkr_config c;
    vkr_result r = parse_str(json, &c);
    CHECK(r == want, "%s: got %d (%s), want %d", json, r, vkr_last_error(), want);
    CHECK(strstr(vkr_last_error(), needle) != NULL, "%s: message \"%s\" lacks \"%s\"", json, vkr_last_error(), needle);
    CHECK(strstr(vkr_last_error(), "test.json") != NULL, "message names the file: %s", vkr_last_error());
}

static void test_errors(void) {
    expect_error("{\"model_type\": \"gpt2\"}", VKR_ERR_UNSUPPORTED, "llama, mistral, qwen2, qwen3, gemma");
    expect_error("{}", VKR_ERR_UNSUPPORTED, "model_type");
    expect_error("[1]", VKR_ERR_CONFIG, "not a JSON object");
    expect_error("{\"model_type\": \"llama\",}", VKR_ERR_JSON, "line 1");
    expect_error("{\"model_type\": \"llama\", \"hidden_size\": \"big\"}", VKR_ERR_CONFIG, "hidden_size");
    expect_error("{\"model_type\": \"llama\", \"num_hidden_layers\": 1.5}", VKR_ERR_CONFIG, "num_hidden_layers");
    expect_error("{\"model_type\": \"llama\", \"num_attention_heads\": 32, \"num_key_value_heads\": 5}", VKR_ERR_CONFIG, "num_key_value_heads");
    expect_error("{\"model_type\": \"llama\", \"num_attention_heads\": 0}", VKR_ERR_CONFIG, "positive");
    expect_error("{\"model_type\": \"llama\", \"num_hidden_layers\": 100000}", VKR_ERR_LIMIT, "num_hidden_layers");
    expect_error("{\"model_type\": \"llama\", \"head_dim\": 63}", VKR_ERR_CONFIG, "head_dim");
    expect_error("{\"model_type\": \"llama\", \"rms_norm_eps\": -1}", VKR_ERR_CONFIG, "rms_norm_eps");
    expect_error("{\"model_type\": \"llama\", \"rope_scaling\": {\"rope_type\": \"wobbly\"}}", VKR_ERR_UNSUPPORTED, "wobbly");
    expect_error("{\"model_type\": \"llama\", \"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": 8}}", VKR_ERR_CONFIG, "llama3");
    expect_error("{\"model_type\": \"llama\", \"rope_scaling\": 7}", VKR_ERR_CONFIG, "rope_scaling");
    expect_error("{\"model_type\": \"llama\", \"rope_theta\": \"x\"}", VKR_ERR_CONFIG, "rope_theta");
    expect_error("{\"model_type\": \"gemma2\", \"num_hidden_layers\": 2, \"layer_types\": [\"full_attention\"]}", VKR_ERR_CONFIG, "layer_types");
    expect_error("{\"model_type\": \"gemma2\", \"num_hidden_layers\": 1, \"layer_types\": [\"linear_attention\"]}", VKR_ERR_UNSUPPORTED, "layer_types[0]");
    expect_error("{\"model_type\": \"gemma2\", \"sliding_window\": null}", VKR_ERR_CONFIG, "sliding_window");
    expect_error("{\"model_type\": \"qwen3_5\"}", VKR_ERR_CONFIG, "text_config");
    expect_error("{\"model_type\": \"llama\", \"hidden_act\": \"relu\"}", VKR_ERR_UNSUPPORTED, "relu");
    expect_error("{\"model_type\": \"llama\", \"eos_token_id\": [1, \"x\"]}", VKR_ERR_CONFIG, "eos_token_id");
    expect_error("{\"model_type\": \"llama\", \"tie_word_embeddings\": 1}", VKR_ERR_CONFIG, "tie_word_embeddings");
    expect_error("{\"model_type\": \"qwen3_5_text\", \"linear_num_key_heads\": 3, \"linear_num_value_heads\": 4}", VKR_ERR_CONFIG, "linear");
}

static void test_load_errors(void) {
    vkr_config c;
    CHECK(vkr_config_load("tests/data/configs/no-such-model", &c) == VKR_ERR_NOT_FOUND);
    CHECK(strstr(vkr_last_error(), "no-such-model") != NULL, "%s", vkr_last_error());
    CHECK(vkr_config_parse(NULL, 0, NULL, &c) == VKR_ERR_INVALID_ARGUMENT);
}

int main(void) {
    VT_RUN(test_tinyllama);
    VT_RUN(test_mistral_v03);
    VT_RUN(test_gemma_2b);
    VT_RUN(test_stories260k);
    VT_RUN(test_llama32);
    VT_RUN(test_qwen25);
    VT_RUN(test_qwen3);
    VT_RUN(test_gemma2_2b);
    VT_RUN(test_gemma3_1b);
    VT_RUN(test_qwen35);
    VT_RUN(test_t5_llama);
    VT_RUN(test_t5_llama3rope);
    VT_RUN(test_t5_mistral);
    VT_RUN(test_t5_qwen2);
    VT_RUN(test_t5_qwen3);
    VT_RUN(test_t5_gemma);
    VT_RUN(test_t5_gemma2);
    VT_RUN(test_t5_gemma3);
    VT_RUN(test_t5_qwen35);
    VT_RUN(test_family_switches);
    VT_RUN(test_defaults);
    VT_RUN(test_errors);
    VT_RUN(test_load_errors);
    return vt_finish();
}
