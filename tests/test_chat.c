/* Chat: the real models' templates rendered against transformers'
   apply_chat_template (tests/data/chat/transformers.json, made by
   tools/chat_fixtures.py with transformers 5.17): text and token ids, with
   and without the generation prompt, Qwen3 with thinking on and off, Gemma's
   refusal of a system role; and conversations on a session that prefill
   only the new tokens. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

static vkr_json_doc *read_json(const char *path) {
    size_t len;
    char *text = vt_read_file(path, &len);
    vkr_json_doc *doc = NULL;
    if (text && vkr_json_parse(text, len, NULL, &doc) != VKR_OK) doc = NULL;
    free(text);
    return doc;
}

static const char *tok_dir(void) {
    const char *d = getenv("VKR_TOK_DIR");
    return d && *d ? d : "build/tok";
}

/* The conversations tools/chat_fixtures.py used, as JSON. */
static const char *conv_json(const char *name) {
    if (!strcmp(name, "user")) return "[{\"role\": \"user\", \"content\": \"Hello! How are you?\"}]";
    if (!strcmp(name, "system_user")) return "[{\"role\": \"system\", \"content\": \"You are a pirate.\"}, {\"role\": \"user\", \"content\": \"Where is the treasure?\"}]";
    if (!strcmp(name, "multi")) return "[{\"role\": \"user\", \"content\": \"What's 5 + 5?\"}, {\"role\": \"assistant\", \"content\": \"10.\"}, {\"role\": \"user\", \"content\": \"And times 3?\"}]";
    if (!strcmp(name, "unicode")) return "[{\"role\": \"user\", \"content\": \"  \\u00dcn\\u00efc\\u00f6d\\u00e9, \\u4f60\\u597d, emoji \\ud83d\\ude00 and trailing spaces   \"}]";
    if (!strcmp(name, "think")) return "[{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\", \"content\": \"<think>\\nreasoning here\\n</think>\\n\\nHello there.\"}, {\"role\": \"user\", \"content\": \"Again\"}]";
    return NULL;
}

static void check_model(const char *model) {
    vkr_json_doc *fx = read_json("tests/data/chat/transformers.json");
    const vkr_json *cases;
    char dir[512];
    bool nothink = strstr(model, "-nothink") != NULL;
    vkr_tok *tok = NULL;
    vkr_chat_template *tpl = NULL;
    size_t i, bad = 0;
    REQUIRE(fx);
    cases = vkr_json_get(vkr_json_get(vkr_json_root(fx), "models"), model);
    REQUIRE(cases && cases->len >= 10, "no fixtures for %s", model);
    if (!strncmp(model, "gemma", 5)) {
        /* no tokenizer.json in the fixtures: the template and its tokens from tokenizer_config.json */
        vkr_json_doc *cfg = read_json("tests/data/tokenizers/gemma-2b-it/tokenizer_config.json");
        vkr_chat_template_desc td;
        const char *src;
        REQUIRE(cfg);
        memset(&td, 0, sizeof td);
        td.bos_token = vkr_json_string(vkr_json_get(vkr_json_root(cfg), "bos_token"));
        td.eos_token = vkr_json_string(vkr_json_get(vkr_json_root(cfg), "eos_token"));
        src = vkr_json_string(vkr_json_get(vkr_json_root(cfg), "chat_template"));
        REQUIRE(src && vkr_chat_template_new(src, strlen(src), &td, &tpl) == VKR_OK, "%s", vkr_last_error());
        vkr_json_free(cfg);
    } else {
        snprintf(dir, sizeof dir, "%s/%.*s", tok_dir(), (int)(nothink ? strlen(model) - 8 : strlen(model)), model);
        REQUIRE(vkr_tok_load(dir, NULL, &tok) == VKR_OK, "%s", vkr_last_error());
        REQUIRE(vkr_chat_template_for(tok, VKR_FAMILY_UNKNOWN, &tpl, NULL) == VKR_OK, "%s", vkr_last_error());
    }
    for (i = 0; i < cases->len; i++) {
        const vkr_json *c = &cases->items[i], *want = vkr_json_get(c, "text"), *ids = vkr_json_get(c, "ids");
        char conv[32];
        const char *plus = strchr(c->key, '+');
        vkr_chat_render_desc rd;
        vkr_text text;
        vkr_result r;
        snprintf(conv, sizeof conv, "%.*s", (int)(plus ? (size_t)(plus - c->key) : strlen(c->key)), c->key);
        memset(&rd, 0, sizeof rd);
        rd.add_generation_prompt = plus != NULL;
        rd.extra_json = nothink ? "{\"enable_thinking\": false}" : NULL;
        memset(&text, 0, sizeof text);
        r = vkr_chat_render_json(tpl, conv_json(conv), strlen(conv_json(conv)), &rd, &text);
        if (!want) {   /* transformers raised: so must we */
            if (r == VKR_OK) { bad++; fprintf(stderr, "  %s %s: rendered, transformers raised\n", model, c->key); }
        } else if (r != VKR_OK || text.len != want->len || memcmp(text.text, want->str, want->len)) {
            bad++;
            fprintf(stderr, "  %s %s: got \"%s\" (%s)\n  want \"%s\"\n", model, c->key, text.text ? text.text : "", r ? vkr_last_error() : "ok", want->str);
        } else if (ids && tok) {
            vkr_tokens got;
            size_t k;
            memset(&got, 0, sizeof got);
            vkr_tok_encode(tok, text.text, text.len, 0, &got);
            if (got.n != ids->len) { bad++; fprintf(stderr, "  %s %s: %zu ids, want %zu\n", model, c->key, got.n, ids->len); }
            else for (k = 0; k < got.n; k++) if (got.ids[k] != (vkr_token)ids->items[k].i64) { bad++; fprintf(stderr, "  %s %s: id %zu differs\n", model, c->key, k); break; }
            vkr_tokens_free(&got);
        }
        vkr_text_free(&text);
    }
    CHECK(bad == 0, "%s: %zu of %zu renderings differ from transformers", model, bad, cases->len);
    vkr_chat_template_free(tpl);
    vkr_tok_free(tok);
    vkr_json_free(fx);
}

static void test_tinyllama(void) { check_model("tinyllama"); }
/* transformers 5 loads TinyLlama's tokenizer with legacy=false, which swaps
   its Prepend+Replace normalizer for Metaspace(prepend_scheme="first"): no ▁
   after special tokens, none added before a leading space. valkyr does the
   same when tokenizer_config.json says so (test_tinyllama compares the chat
   ids with transformers'); tokenizer.json alone keeps the old pipeline. */
static void test_tinyllama_legacy_false(void) {
    char dir[512], path[600];
    vkr_tok *cfg_tok = NULL, *raw = NULL;
    vkr_tokens a, b;
    char *json;
    size_t len;
    snprintf(dir, sizeof dir, "%s/tinyllama", tok_dir());
    snprintf(path, sizeof path, "%s/tokenizer.json", dir);
    json = vt_read_file(path, &len);
    REQUIRE(json && vkr_tok_load(dir, NULL, &cfg_tok) == VKR_OK && vkr_tok_load_json(json, len, NULL, 0, path, NULL, &raw) == VKR_OK);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    REQUIRE(vkr_tok_encode(cfg_tok, " Hi", 3, 0, &a) == VKR_OK && vkr_tok_encode(raw, " Hi", 3, 0, &b) == VKR_OK);
    CHECK(a.n == 1 && !strcmp(vkr_tok_piece(cfg_tok, a.ids[0]), "\xE2\x96\x81Hi"), "legacy=false: \" Hi\" is ▁Hi (%zu ids)", a.n);
    CHECK(b.n == 2 && !strcmp(vkr_tok_piece(raw, b.ids[1]), "\xE2\x96\x81Hi"), "tokenizer.json alone: \" Hi\" is ▁ ▁Hi (%zu ids)", b.n);
    vkr_tokens_free(&a);
    vkr_tokens_free(&b);
    vkr_tok_free(cfg_tok);
    vkr_tok_free(raw);
    free(json);
}
static void test_llama3(void) { check_model("llama3"); }
static void test_mistral(void) { check_model("mistral-v0.3"); }
static void test_qwen3(void) { check_model("qwen3"); }
static void test_qwen3_nothink(void) { check_model("qwen3-nothink"); }
static void test_gemma(void) { check_model("gemma-2b-it"); }

/* A conversation on a session: each turn prefills only what is new, and
   rendering the stored conversation gives the session's tokens back. */
static void test_incremental(void) {
    vkr_model *m;
    vkr_tok *t;
    vkr_session *s;
    vkr_chat *c;
    vkr_chat_desc cd;
    vkr_generate_desc g;
    vkr_generate_result res;
    int64_t n1 = 0, n2 = 0, before;
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &t) == VKR_OK);
    REQUIRE(vkr_session_new(m, NULL, &s) == VKR_OK);
    memset(&cd, 0, sizeof cd);
    cd.system = "Tell stories.";
    REQUIRE(vkr_chat_new(s, t, &cd, &c) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_chat_uses_generic_template(c), "stories260K has no chat template");
    CHECK(vkr_chat_add(c, "user", "Once upon a time") == VKR_OK);
    CHECK(vkr_chat_prefill(c, &n1) == VKR_OK && n1 == vkr_session_n_past(s), "first turn prefills it all: %lld", (long long)n1);
    memset(&g, 0, sizeof g);
    g.max_tokens = 12;
    CHECK(vkr_chat_respond(c, &g, &res) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_chat_count(c) == 3 && !strcmp(vkr_chat_role(c, 2), "assistant") && strlen(vkr_chat_content(c, 2)) > 0);
    before = vkr_session_n_past(s);
    CHECK(vkr_chat_add(c, "user", "Then what?") == VKR_OK);
    CHECK(vkr_chat_prefill(c, &n2) == VKR_OK);
    CHECK(n2 > 0 && n2 < vkr_session_n_past(s) - 4, "second turn prefilled %lld of %lld tokens (had %lld)", (long long)n2,
          (long long)vkr_session_n_past(s), (long long)before);
    /* the session holds exactly the rendered conversation */
    {
        vkr_text text;
        vkr_tokens ids;
        memset(&text, 0, sizeof text);
        memset(&ids, 0, sizeof ids);
        CHECK(vkr_chat_render_text(c, true, &text) == VKR_OK);
        vkr_tok_encode(t, text.text, text.len, 0, &ids);
        CHECK((int64_t)ids.n == vkr_session_n_past(s) && !memcmp(ids.ids, vkr_session_tokens(s), ids.n * sizeof(vkr_token)));
        vkr_text_free(&text);
        vkr_tokens_free(&ids);
    }
    vkr_chat_reset(c, true);
    CHECK(vkr_chat_count(c) == 1 && !strcmp(vkr_chat_role(c, 0), "system"));
    vkr_chat_free(c);
    vkr_session_free(s);
    vkr_tok_free(t);
    vkr_model_free(m);
}

/* Issue 10: a conversation that outgrows the context. On a 128-token context
   with the generic template and answers that run until a stop (none comes
   from stories260K but the context), every turn still succeeds: the oldest
   turns are dropped (the system message stays) and the session holds the
   rendering of what is left. With no_drop, an overflowing turn fails with
   VKR_ERR_LIMIT, leaves the conversation as it was, and vkr_chat_pop makes
   it usable again. */
static void test_outgrows_context(void) {
    vkr_model *m;
    vkr_tok *t;
    vkr_session *s;
    vkr_session_desc sd;
    vkr_chat *c;
    vkr_chat_desc cd;
    vkr_generate_desc g;
    vkr_generate_result res;
    int turn;
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &t) == VKR_OK);
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = 128;
    REQUIRE(vkr_session_new(m, &sd, &s) == VKR_OK);
    memset(&cd, 0, sizeof cd);
    cd.system = "Tell stories.";
    REQUIRE(vkr_chat_new(s, t, &cd, &c) == VKR_OK, "%s", vkr_last_error());
    memset(&g, 0, sizeof g);
    g.sampling.temperature = 1.0f;
    g.sampling.seed = 5;
    for (turn = 0; turn < 6; turn++) {
        vkr_result r;
        CHECK(vkr_chat_add(c, "user", turn % 2 ? "Then what happened to the little dog?" : "Once upon a time") == VKR_OK);
        r = vkr_chat_respond(c, &g, &res);
        CHECK(r == VKR_OK, "turn %d: %s", turn, vkr_last_error());
        if (r != VKR_OK) break;
        CHECK(vkr_session_n_past(s) <= 128);
        CHECK(!strcmp(vkr_chat_role(c, 0), "system"), "turn %d: the system message was dropped", turn);
        CHECK(!strcmp(vkr_chat_role(c, vkr_chat_count(c) - 1), "assistant"));
        CHECK(vkr_chat_count(c) < 2 + 2 * (size_t)(turn + 1) || turn == 0 || vkr_session_n_past(s) < 96,
              "turn %d: %zu messages, nothing dropped", turn, vkr_chat_count(c));
    }
    CHECK(vkr_chat_count(c) < 13, "the oldest turns were dropped: %zu messages", vkr_chat_count(c));
    vkr_chat_free(c);
    /* no_drop: a clear error and an unchanged conversation */
    cd.no_drop = true;
    REQUIRE(vkr_chat_new(s, t, &cd, &c) == VKR_OK);
    g.max_tokens = 8;
    for (turn = 0; turn < 40; turn++) {
        size_t before;
        vkr_result r;
        CHECK(vkr_chat_add(c, "user", "Once upon a time there was a little dog") == VKR_OK);
        before = vkr_chat_count(c);
        r = vkr_chat_respond(c, &g, &res);
        if (r == VKR_OK) continue;
        CHECK(r == VKR_ERR_LIMIT && strstr(vkr_last_error(), "context"), "%d: %s", r, vkr_last_error());
        CHECK(vkr_chat_count(c) == before, "the conversation changed on failure");
        vkr_chat_pop(c);
        CHECK(vkr_chat_count(c) == before - 1 && !strcmp(vkr_chat_role(c, vkr_chat_count(c) - 1), "assistant"));
        vkr_chat_reset(c, true);
        CHECK(vkr_chat_add(c, "user", "Hi") == VKR_OK && vkr_chat_respond(c, &g, &res) == VKR_OK, "usable after a reset: %s", vkr_last_error());
        break;
    }
    CHECK(turn < 40, "no_drop never failed");
    vkr_chat_free(c);
    vkr_session_free(s);
    vkr_tok_free(t);
    vkr_model_free(m);
}

int main(void) {
    VT_RUN(test_tinyllama);
    VT_RUN(test_tinyllama_legacy_false);
    VT_RUN(test_llama3);
    VT_RUN(test_mistral);
    VT_RUN(test_qwen3);
    VT_RUN(test_qwen3_nothink);
    VT_RUN(test_gemma);
    VT_RUN(test_incremental);
    VT_RUN(test_outgrows_context);
    return vt_finish();
}
