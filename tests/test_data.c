/* Training data (>>data): JSONL text / ids / messages / prompt+completion and
   plain-text files through real tokenizers (models/stories260k, Qwen3's with
   its chat template), packed and padded window layouts checked token by
   token, the assistant-only labels of chat conversations, bad lines reported
   with their line numbers, strict mode, the epoch order and the split. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"
#include <unistd.h>

static const char *tok_dir(void) {
    const char *d = getenv("VKR_TOK_DIR");
    return d && *d ? d : "build/tok";
}

static char tmp_path[256];
/* Writes text to a temporary file named like `name` (its extension picks the format). */
static const char *write_tmp(const char *name, const char *text) {
    snprintf(tmp_path, sizeof tmp_path, "%s/vkr_test_data_%d_%s", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid(), name);
    if (!vt_write_file(tmp_path, text, strlen(text))) return NULL;
    return tmp_path;
}

typedef struct logbuf { char text[8192]; int n; } logbuf;
static void log_fn(void *user, vkr_log_level level, const char *msg) {
    logbuf *b = (logbuf *)user;
    size_t have = strlen(b->text);
    (void)level;
    snprintf(b->text + have, sizeof b->text - have, "%s\n", msg);
    b->n++;
}

static vkr_dataset *load(const char *name, const char *text, const vkr_tok *tok, const vkr_dataset_desc *desc) {
    vkr_dataset *d = NULL;
    const char *path = write_tmp(name, text);
    vkr_result r;
    if (!path) return NULL;
    r = vkr_dataset_load(path, tok, desc, &d);
    remove(path);
    if (r != VKR_OK) fprintf(stderr, "  load %s: %s\n", name, vkr_last_error());
    return d;
}

static vkr_tok *stories(void) {
    vkr_tok *t = NULL;
    return vkr_tok_load("models/stories260k", NULL, &t) == VKR_OK ? t : NULL;
}
static vkr_tok *qwen3(void) {
    char dir[512];
    vkr_tok *t = NULL;
    snprintf(dir, sizeof dir, "%s/qwen3", tok_dir());
    return vkr_tok_load(dir, NULL, &t) == VKR_OK ? t : NULL;
}

/* A text line: ids = encode(text, ADD_SPECIAL) + EOS, labels = ids, then padding. */
static void test_text_line(void) {
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    vkr_tokens want;
    const vkr_token *ids, *lab;
    const int32_t *doc;
    const vkr_dataset_stats *st;
    size_t i, n;
    REQUIRE(tok);
    memset(&want, 0, sizeof want);
    REQUIRE(vkr_tok_encode(tok, "Once upon a time", 16, VKR_TOK_ADD_SPECIAL, &want) == VKR_OK);
    CHECK(want.n > 2 && want.ids[0] == vkr_tok_bos(tok));
    REQUIRE(vkr_tok_eos(tok) >= 0);
    n = want.n + 1;   /* + EOS */
    memset(&dd, 0, sizeof dd);
    dd.seq = 32;
    d = load("a.jsonl", "{\"text\": \"Once upon a time\"}\n", tok, &dd);
    REQUIRE(d);
    st = vkr_dataset_get_stats(d);
    CHECK(vkr_dataset_windows(d) == 1 && vkr_dataset_seq(d) == 32);
    CHECK(st->lines == 1 && st->documents == 1 && st->bad_lines == 0);
    CHECK(st->tokens == (int64_t)n && st->pad_tokens == 32 - (int64_t)n && st->loss_tokens == (int64_t)n - 1,
          "tokens %lld pad %lld loss %lld", (long long)st->tokens, (long long)st->pad_tokens, (long long)st->loss_tokens);
    REQUIRE(vkr_dataset_window(d, 0, &ids, &lab, &doc) == VKR_OK);
    for (i = 0; i < want.n; i++) CHECK(ids[i] == want.ids[i] && lab[i] == ids[i] && doc[i] == 0, "token %zu", i);
    CHECK(ids[want.n] == vkr_tok_eos(tok) && lab[want.n] == ids[want.n] && doc[want.n] == 0);
    for (i = n; i < 32; i++) {
        vkr_token pad = vkr_tok_pad(tok) >= 0 ? vkr_tok_pad(tok) : vkr_tok_eos(tok);
        CHECK(ids[i] == pad && lab[i] == VKR_IGNORE_INDEX && doc[i] == 1, "pad %zu", i);
    }
    CHECK(vkr_dataset_window(d, 1, &ids, &lab, &doc) == VKR_ERR_INVALID_ARGUMENT);
    vkr_dataset_free(d);
    vkr_tokens_free(&want);
    vkr_tok_free(tok);
}

/* Three ids documents (5, 7 and 8 tokens) packed into windows of 8, and padded. */
static const char *ids_file =
    "{\"ids\": [1, 2, 3, 4, 5]}\n"
    "{\"ids\": [6, 7, 8, 9, 10, 11, 12]}\n"
    "{\"input_ids\": [13, 14, 15, 16, 17, 18, 19, 20]}\n";

static void check_window(vkr_dataset *d, int64_t w, const int *ids_want, const int *doc_want, int n_pad, const char *what) {
    const vkr_token *ids, *lab;
    const int32_t *doc;
    int i;
    REQUIRE(vkr_dataset_window(d, w, &ids, &lab, &doc) == VKR_OK);
    for (i = 0; i < 8; i++) {
        bool pad = i >= 8 - n_pad;
        if (!pad) CHECK(ids[i] == ids_want[i] && lab[i] == ids[i], "%s window %lld token %d: id %d want %d", what, (long long)w, i, ids[i], ids_want[i]);
        else CHECK(lab[i] == VKR_IGNORE_INDEX, "%s window %lld pad %d", what, (long long)w, i);
        CHECK(doc[i] == doc_want[i], "%s window %lld token %d: doc %d want %d", what, (long long)w, i, doc[i], doc_want[i]);
    }
}

static void test_pack(void) {
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    const vkr_dataset_stats *st;
    static const int w0[8] = {1, 2, 3, 4, 5, 6, 7, 8}, d0[8] = {0, 0, 0, 0, 0, 1, 1, 1};
    static const int w1[8] = {9, 10, 11, 12, 13, 14, 15, 16}, d1[8] = {0, 0, 0, 0, 1, 1, 1, 1};
    static const int w2[8] = {17, 18, 19, 20, 0, 0, 0, 0}, d2[8] = {0, 0, 0, 0, 1, 1, 1, 1};
    REQUIRE(tok);
    memset(&dd, 0, sizeof dd);
    dd.seq = 8;
    d = load("ids.jsonl", ids_file, tok, &dd);
    REQUIRE(d);
    st = vkr_dataset_get_stats(d);
    CHECK(vkr_dataset_windows(d) == 3);
    check_window(d, 0, w0, d0, 0, "pack");
    check_window(d, 1, w1, d1, 0, "pack");
    check_window(d, 2, w2, d2, 4, "pack");
    /* scored: w0 4 + 2, w1 3 + 3, w2 3 (a document's first token in a window is never a target) */
    CHECK(st->documents == 3 && st->tokens == 20 && st->pad_tokens == 4 && st->loss_tokens == 15 && st->windows == 3,
          "documents %lld tokens %lld pad %lld loss %lld", (long long)st->documents, (long long)st->tokens,
          (long long)st->pad_tokens, (long long)st->loss_tokens);
    vkr_dataset_free(d);
    vkr_tok_free(tok);
}

static void test_pad(void) {
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    const vkr_dataset_stats *st;
    static const int w0[8] = {1, 2, 3, 4, 5}, d0[8] = {0, 0, 0, 0, 0, 1, 1, 1};
    static const int w1[8] = {6, 7, 8, 9, 10, 11, 12}, d1[8] = {0, 0, 0, 0, 0, 0, 0, 1};
    static const int w2[8] = {13, 14, 15, 16, 17, 18, 19, 20}, d2[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    static const int w3[8] = {21, 22, 23, 24, 25, 26, 27, 28}, w4[8] = {29, 30}, d4[8] = {0, 0, 1, 1, 1, 1, 1, 1};
    char text[512];
    REQUIRE(tok);
    memset(&dd, 0, sizeof dd);
    dd.seq = 8;
    dd.layout = VKR_DATA_PAD;
    snprintf(text, sizeof text, "%s{\"ids\": [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]}\n", ids_file);
    d = load("ids.jsonl", text, tok, &dd);
    REQUIRE(d);
    st = vkr_dataset_get_stats(d);
    CHECK(vkr_dataset_windows(d) == 5);
    check_window(d, 0, w0, d0, 3, "pad");
    check_window(d, 1, w1, d1, 1, "pad");
    check_window(d, 2, w2, d2, 0, "pad");
    check_window(d, 3, w3, d2, 0, "pad");
    check_window(d, 4, w4, d4, 6, "pad");
    CHECK(st->documents == 4 && st->tokens == 30 && st->pad_tokens == 10 && st->loss_tokens == 4 + 6 + 7 + 7 + 1,
          "documents %lld tokens %lld pad %lld loss %lld", (long long)st->documents, (long long)st->tokens,
          (long long)st->pad_tokens, (long long)st->loss_tokens);
    vkr_dataset_free(d);
    vkr_tok_free(tok);
}

/* Text documents packed: the non-pad tokens are the documents back to back,
   a new doc index at each boundary and at each window start. */
static void test_pack_text(void) {
    static const char *texts[3] = {"Once upon a time there was a cat.", "The dog ran.", "Lily saw a big red ball in the park and she was happy."};
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    vkr_tokens all, eos;
    int32_t *want_doc;
    size_t i, k, t, starts[4];
    char text[1024] = "";
    REQUIRE(tok);
    memset(&all, 0, sizeof all);
    memset(&eos, 0, sizeof eos);
    /* the EOS as the tokenizer parses its text: one special token */
    REQUIRE(vkr_tok_encode(tok, vkr_tok_piece(tok, vkr_tok_eos(tok)), strlen(vkr_tok_piece(tok, vkr_tok_eos(tok))), 0, &eos) == VKR_OK);
    REQUIRE(eos.n == 1 && eos.ids[0] == vkr_tok_eos(tok));
    for (k = 0; k < 3; k++) {
        starts[k] = all.n;
        REQUIRE(vkr_tok_encode(tok, texts[k], strlen(texts[k]), VKR_TOK_ADD_SPECIAL, &all) == VKR_OK);
        REQUIRE(vkr_tok_encode(tok, vkr_tok_piece(tok, eos.ids[0]), strlen(vkr_tok_piece(tok, eos.ids[0])), 0, &all) == VKR_OK);
        snprintf(text + strlen(text), sizeof text - strlen(text), "{\"text\": \"%s\"}\n", texts[k]);
    }
    starts[3] = all.n;
    vkr_tokens_free(&eos);
    memset(&dd, 0, sizeof dd);
    dd.seq = 16;
    d = load("t.jsonl", text, tok, &dd);
    REQUIRE(d);
    CHECK(vkr_dataset_windows(d) == (int64_t)((all.n + 15) / 16), "%lld windows for %zu tokens", (long long)vkr_dataset_windows(d), all.n);
    CHECK(vkr_dataset_get_stats(d)->documents == 3 && vkr_dataset_get_stats(d)->tokens == (int64_t)all.n);
    /* the expected doc index of each token: the count of boundaries (document starts and window starts) before it in its window */
    want_doc = (int32_t *)calloc(all.n + 16, sizeof *want_doc);
    REQUIRE(want_doc);
    for (t = 0, k = 0; t < all.n; t++) {
        while (k < 3 && starts[k + 1] <= t) k++;
        if (t % 16 == 0) want_doc[t] = 0;
        else want_doc[t] = want_doc[t - 1] + (t == starts[k] ? 1 : 0);
    }
    for (i = 0; i < (size_t)vkr_dataset_windows(d); i++) {
        const vkr_token *ids, *lab;
        const int32_t *doc;
        REQUIRE(vkr_dataset_window(d, (int64_t)i, &ids, &lab, &doc) == VKR_OK);
        for (t = 0; t < 16; t++) {
            size_t g = i * 16 + t;
            if (g < all.n) CHECK(ids[t] == all.ids[g] && lab[t] == ids[t] && doc[t] == want_doc[g], "window %zu token %zu", i, t);
            else CHECK(lab[t] == VKR_IGNORE_INDEX && doc[t] == doc[t - 1] + (g == all.n ? 1 : 0), "window %zu pad %zu", i, t);
        }
    }
    free(want_doc);
    vkr_dataset_free(d);
    vkr_tokens_free(&all);
    vkr_tok_free(tok);
}

/* A plain .txt file (with a BOM and CRLF lines) is one document that spans windows. */
static void test_txt(void) {
    static const char *body = "Once upon a time, there was a little girl named Lily.\r\nShe loved to play outside in the sun.\r\n"
                              "One day, she saw a big tree with a swing.\r\n";
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    vkr_tokens want;
    char text[1024];
    int64_t w, got = 0;
    REQUIRE(tok);
    memset(&want, 0, sizeof want);
    REQUIRE(vkr_tok_encode(tok, body, strlen(body), VKR_TOK_ADD_SPECIAL, &want) == VKR_OK);
    snprintf(text, sizeof text, "\xEF\xBB\xBF%s", body);
    memset(&dd, 0, sizeof dd);
    dd.seq = 16;
    d = load("story.txt", text, tok, &dd);
    REQUIRE(d);
    CHECK(vkr_dataset_get_stats(d)->lines == 1 && vkr_dataset_get_stats(d)->documents == 1);
    CHECK(vkr_dataset_get_stats(d)->tokens == (int64_t)want.n + 1);
    CHECK(vkr_dataset_windows(d) == ((int64_t)want.n + 1 + 15) / 16 && vkr_dataset_windows(d) >= 3);
    for (w = 0; w < vkr_dataset_windows(d); w++) {
        const vkr_token *ids, *lab;
        const int32_t *doc;
        int t;
        REQUIRE(vkr_dataset_window(d, w, &ids, &lab, &doc) == VKR_OK);
        for (t = 0; t < 16 && got < (int64_t)want.n + 1; t++, got++) {
            vkr_token e = got < (int64_t)want.n ? want.ids[got] : vkr_tok_eos(tok);
            CHECK(ids[t] == e && doc[t] == 0, "window %lld token %d", (long long)w, t);   /* the continuation is doc 0 of its window */
        }
    }
    /* a .txt that looks like JSON stays text */
    vkr_dataset_free(d);
    d = load("b.txt", "{\"text\": \"hi\"}", tok, &dd);
    REQUIRE(d);
    want.n = 0;
    REQUIRE(vkr_tok_encode(tok, "{\"text\": \"hi\"}", 14, VKR_TOK_ADD_SPECIAL, &want) == VKR_OK);
    CHECK(vkr_dataset_get_stats(d)->tokens == (int64_t)want.n + 1);
    vkr_dataset_free(d);
    vkr_tokens_free(&want);
    vkr_tok_free(tok);
}

/* ids with labels, prompt + completion, a JSON array file. */
static void test_ids_labels_prompt(void) {
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    vkr_tokens p;
    const vkr_token *ids, *lab;
    const int32_t *doc;
    int64_t i, first = -1, n_lab = 0;
    REQUIRE(tok);
    memset(&dd, 0, sizeof dd);
    dd.seq = 8;
    d = load("l.jsonl", "{\"ids\": [5, 6, 7, 8], \"labels\": [-100, -1, 7, 8]}\n", tok, &dd);
    REQUIRE(d);
    REQUIRE(vkr_dataset_window(d, 0, &ids, &lab, &doc) == VKR_OK);
    CHECK(ids[0] == 5 && ids[3] == 8 && lab[0] == VKR_IGNORE_INDEX && lab[1] == VKR_IGNORE_INDEX && lab[2] == 7 && lab[3] == 8);
    CHECK(vkr_dataset_get_stats(d)->loss_tokens == 2);
    vkr_dataset_free(d);

    dd.seq = 64;
    d = load("pc.jsonl", "{\"prompt\": \"Once upon a time\", \"completion\": \" there was a cat.\"}\n", tok, &dd);
    REQUIRE(d);
    memset(&p, 0, sizeof p);
    REQUIRE(vkr_tok_encode(tok, "Once upon a time", 16, VKR_TOK_ADD_SPECIAL, &p) == VKR_OK);
    REQUIRE(vkr_dataset_window(d, 0, &ids, &lab, &doc) == VKR_OK);
    for (i = 0; i < vkr_dataset_get_stats(d)->tokens; i++) {
        if (lab[i] >= 0 && first < 0) first = i;
        if (lab[i] >= 0) n_lab++;
    }
    /* the prompt's tokens (all but the last, which may merge with the completion) take no loss */
    CHECK(first >= (int64_t)p.n - 1 && first <= (int64_t)p.n && n_lab >= 3, "first labelled %lld of prompt %zu", (long long)first, p.n);
    CHECK(lab[vkr_dataset_get_stats(d)->tokens - 1] == vkr_tok_eos(tok));
    vkr_tokens_free(&p);
    vkr_dataset_free(d);

    {
        logbuf lb;
        memset(&lb, 0, sizeof lb);
        dd.hooks.logger.fn = log_fn;
        dd.hooks.logger.user = &lb;
        d = load("arr.json", "[{\"ids\": [1, 2, 3]}, {\"oops\": 1}, {\"ids\": [4, 5]}]", tok, &dd);
        REQUIRE(d);
        CHECK(vkr_dataset_get_stats(d)->documents == 2 && vkr_dataset_get_stats(d)->bad_lines == 1 && vkr_dataset_get_stats(d)->tokens == 5);
        CHECK(lb.n == 1 && strstr(lb.text, "arr.json: item 1: "), "%s", lb.text);
    }
    vkr_dataset_free(d);
    vkr_tok_free(tok);
}

/* The labelled tokens of a conversation, decoded run by run ("run1|run2|"). */
static void labelled_runs(vkr_dataset *d, const vkr_tok *tok, char *out, size_t cap) {
    int64_t w, t, seq = vkr_dataset_seq(d);
    vkr_tokens run;
    memset(&run, 0, sizeof run);
    out[0] = 0;
    for (w = 0; w < vkr_dataset_windows(d); w++) {
        const vkr_token *ids, *lab;
        const int32_t *doc;
        vkr_dataset_window(d, w, &ids, &lab, &doc);
        for (t = 0; t <= seq; t++) {
            if (t < seq && lab[t] >= 0) {
                if (run.n == run.cap) {
                    run.cap = run.cap * 2 + 16;
                    run.ids = (vkr_token *)realloc(run.ids, run.cap * sizeof *run.ids);
                }
                run.ids[run.n++] = lab[t];
                continue;
            }
            if (run.n) {
                vkr_text s;
                memset(&s, 0, sizeof s);
                vkr_tok_decode(tok, run.ids, run.n, 0, &s);
                snprintf(out + strlen(out), cap - strlen(out), "%s|", s.text ? s.text : "");
                vkr_text_free(&s);
                run.n = 0;
            }
        }
    }
    free(run.ids);
}

static void test_messages_qwen3(void) {
    static const char *one = "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \"Hello\"}, {\"role\": \"assistant\", \"content\": \"Hi there!\"}]}\n";
    static const char *two = "{\"messages\": [{\"role\": \"user\", \"content\": \"2+2?\"}, {\"role\": \"assistant\", \"content\": \"4.\"}, "
                             "{\"role\": \"user\", \"content\": \"And 3+3?\"}, {\"role\": \"assistant\", \"content\": \"6.\"}, {\"role\": \"user\", \"content\": \"Thanks\"}]}\n";
    vkr_tok *tok = qwen3();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    vkr_chat_template *tpl = NULL;
    vkr_chat_message msgs[3] = {{"system", "Be brief."}, {"user", "Hello"}, {"assistant", "Hi there!"}};
    vkr_text text;
    vkr_tokens want;
    const vkr_token *ids, *lab;
    const int32_t *doc;
    char runs[2048];
    size_t i;
    REQUIRE(tok, "no Qwen3 tokenizer in %s/qwen3 (make build/tok/qwen3/tokenizer.json)", tok_dir());
    REQUIRE(vkr_tok_chat_template(tok));
    memset(&dd, 0, sizeof dd);
    dd.seq = 128;
    d = load("m.jsonl", one, tok, &dd);
    REQUIRE(d);
    /* the ids are the rendering tokenized as apply_chat_template does */
    REQUIRE(vkr_chat_template_for(tok, VKR_FAMILY_UNKNOWN, &tpl, NULL) == VKR_OK);
    memset(&text, 0, sizeof text);
    memset(&want, 0, sizeof want);
    REQUIRE(vkr_chat_render(tpl, msgs, 3, NULL, &text) == VKR_OK);
    REQUIRE(vkr_tok_encode(tok, text.text, text.len, 0, &want) == VKR_OK);
    REQUIRE(vkr_dataset_window(d, 0, &ids, &lab, &doc) == VKR_OK);
    CHECK(vkr_dataset_get_stats(d)->tokens == (int64_t)want.n);
    for (i = 0; i < want.n; i++) CHECK(ids[i] == want.ids[i] && doc[i] == 0, "token %zu", i);
    CHECK(ids[want.n] == vkr_tok_pad(tok) && doc[want.n] == 1);
    labelled_runs(d, tok, runs, sizeof runs);
    /* Qwen3 writes an empty think block into the last assistant turn after the prompt: it is the turn's, so labelled */
    CHECK(!strcmp(runs, "<think>\n\n</think>\n\nHi there!<|im_end|>\n|"), "labelled: [%s]", runs);
    vkr_dataset_free(d);
    /* with thinking off the prompt ends with the think block: the content and the end of turn */
    dd.chat_extra_json = "{\"enable_thinking\": false}";
    d = load("m.jsonl", one, tok, &dd);
    REQUIRE(d);
    labelled_runs(d, tok, runs, sizeof runs);
    CHECK(!strcmp(runs, "Hi there!<|im_end|>\n|"), "labelled: [%s]", runs);
    vkr_dataset_free(d);
    /* two assistant turns; Qwen3 renders earlier ones without the think block, which the
       prefix renderings have: found by their text */
    dd.chat_extra_json = NULL;
    d = load("m2.jsonl", two, tok, &dd);
    REQUIRE(d);
    labelled_runs(d, tok, runs, sizeof runs);
    CHECK(!strcmp(runs, "4.<|im_end|>\n|6.<|im_end|>\n|"), "labelled: [%s]", runs);
    CHECK(vkr_dataset_get_stats(d)->loss_tokens == 8, "loss tokens %lld", (long long)vkr_dataset_get_stats(d)->loss_tokens);
    vkr_dataset_free(d);
    /* a text line takes Qwen3's EOS (<|im_end|>), and there is no BOS */
    d = load("t.jsonl", "{\"text\": \"Hello world\"}\n", tok, &dd);
    REQUIRE(d);
    want.n = 0;
    REQUIRE(vkr_tok_encode(tok, "Hello world", 11, VKR_TOK_ADD_SPECIAL, &want) == VKR_OK);
    REQUIRE(vkr_dataset_window(d, 0, &ids, &lab, &doc) == VKR_OK);
    CHECK(vkr_dataset_get_stats(d)->tokens == (int64_t)want.n + 1 && ids[want.n] == vkr_tok_eos(tok) && ids[want.n] == vkr_tok_find(tok, "<|im_end|>"));
    vkr_dataset_free(d);
    vkr_text_free(&text);
    vkr_tokens_free(&want);
    vkr_chat_template_free(tpl);
    vkr_tok_free(tok);
}

/* stories260k has no chat template: the generic one, announced once. */
static void test_messages_generic(void) {
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    logbuf lb;
    char runs[1024];
    REQUIRE(tok);
    memset(&dd, 0, sizeof dd);
    memset(&lb, 0, sizeof lb);
    dd.hooks.logger.fn = log_fn;
    dd.hooks.logger.user = &lb;
    dd.seq = 128;
    d = load("g.jsonl", "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\", \"content\": \"Hello there\"}]}\n"
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"Yo\"}, {\"role\": \"assistant\", \"content\": \"Sup\"}]}\n", tok, &dd);
    REQUIRE(d);
    CHECK(lb.n == 1 && strstr(lb.text, "generic"), "log: %s", lb.text);
    CHECK(vkr_dataset_get_stats(d)->documents == 2 && vkr_dataset_get_stats(d)->loss_tokens > 0);
    labelled_runs(d, tok, runs, sizeof runs);
    CHECK(strstr(runs, "Hello there") && strstr(runs, "Sup") && !strstr(runs, "Hi") && !strstr(runs, "Yo"), "labelled: [%s]", runs);
    vkr_dataset_free(d);
    vkr_tok_free(tok);
}

static void test_bad_lines(void) {
    static const char *text =
        "{\"text\": \"Once upon a time\"}\n"                                  /* 1 */
        "not json\n"                                                          /* 2 */
        "{\"foo\": 1}\r\n"                                                    /* 3 */
        "\n"                                                                  /* 4: empty, ignored */
        "{\"text\": \"\"}\n"                                                  /* 5 */
        "{\"ids\": [99999999]}\n"                                             /* 6 */
        "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}\n"        /* 7 */
        "[1, 2]\n"                                                            /* 8 */
        "   \r\n"                                                             /* 9: blank, ignored */
        "{\"ids\": [1, 2.5]}\n"                                               /* 10 */
        "{\"text\": \"The end.\"}";                                           /* 11, no newline */
    static const int bad[] = {2, 3, 5, 6, 7, 8, 10};
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d;
    logbuf lb;
    size_t i;
    vkr_result r;
    const char *path;
    REQUIRE(tok);
    memset(&dd, 0, sizeof dd);
    memset(&lb, 0, sizeof lb);
    dd.hooks.logger.fn = log_fn;
    dd.hooks.logger.user = &lb;
    dd.seq = 16;
    d = load("bad.jsonl", text, tok, &dd);
    REQUIRE(d);
    CHECK(vkr_dataset_get_stats(d)->lines == 9 && vkr_dataset_get_stats(d)->bad_lines == 7 && vkr_dataset_get_stats(d)->documents == 2,
          "lines %lld bad %lld", (long long)vkr_dataset_get_stats(d)->lines, (long long)vkr_dataset_get_stats(d)->bad_lines);
    CHECK(lb.n == 7, "%d log lines:\n%s", lb.n, lb.text);
    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        char at[64];
        snprintf(at, sizeof at, "bad.jsonl:%d: ", bad[i]);
        CHECK(strstr(lb.text, at), "no report of line %d in:\n%s", bad[i], lb.text);
    }
    CHECK(strstr(lb.text, "no assistant message") && strstr(lb.text, "invalid JSON") && strstr(lb.text, "not a JSON object"), "%s", lb.text);
    vkr_dataset_free(d);
    /* strict: the first bad line fails the load, named */
    dd.strict = true;
    path = write_tmp("bad.jsonl", text);
    REQUIRE(path);
    d = NULL;
    r = vkr_dataset_load(path, tok, &dd, &d);
    remove(path);
    CHECK(r == VKR_ERR_JSON && !d && strstr(vkr_last_error(), "bad.jsonl:2: "), "%d %s", (int)r, vkr_last_error());
    /* nothing usable */
    dd.strict = false;
    CHECK(!load("none.jsonl", "{\"x\": 1}\n", tok, &dd));
    CHECK(vkr_dataset_load("/nonexistent/data.jsonl", tok, &dd, &d) != VKR_OK && !d);
    vkr_tok_free(tok);
}

static bool stop(void *user, const char *what, uint64_t done, uint64_t total) {
    (void)what;
    *(uint64_t *)user = total;
    return done < total;
}

/* The progress hook sees the bytes read; returning false cancels. */
static void test_progress(void) {
    vkr_tok *tok = stories();
    vkr_dataset_desc dd;
    vkr_dataset *d = NULL;
    uint64_t total = 0;
    const char *path;
    vkr_result r;
    REQUIRE(tok);
    memset(&dd, 0, sizeof dd);
    dd.hooks.progress = stop;
    dd.hooks.progress_user = &total;
    path = write_tmp("p.jsonl", "{\"text\": \"Once\"}\n");
    REQUIRE(path);
    r = vkr_dataset_load(path, tok, &dd, &d);
    remove(path);
    CHECK(r == VKR_ERR_ABORTED && !d && total == 17, "%d %llu", (int)r, (unsigned long long)total);
    vkr_tok_free(tok);
}

static bool is_perm(const int64_t *p, int64_t n) {
    char *seen = (char *)calloc((size_t)n, 1);
    int64_t i;
    bool ok = true;
    for (i = 0; i < n; i++) {
        if (p[i] < 0 || p[i] >= n || seen[p[i]]) ok = false;
        else seen[p[i]] = 1;
    }
    free(seen);
    return ok;
}

/* 20 windows of 4 ids each (window w holds 4w+1 … 4w+4). */
static vkr_dataset *twenty(vkr_tok *tok) {
    char text[4096] = "";
    vkr_dataset_desc dd;
    int w;
    for (w = 0; w < 20; w++)
        snprintf(text + strlen(text), sizeof text - strlen(text), "{\"ids\": [%d, %d, %d, %d]}\n", 4 * w + 1, 4 * w + 2, 4 * w + 3, 4 * w + 4);
    memset(&dd, 0, sizeof dd);
    dd.seq = 4;
    return load("w.jsonl", text, tok, &dd);
}

static void test_order(void) {
    vkr_tok *tok = stories();
    vkr_dataset *d;
    int64_t a[20], b[20], c[20], e[20];
    REQUIRE(tok);
    d = twenty(tok);
    REQUIRE(d && vkr_dataset_windows(d) == 20);
    vkr_dataset_order(d, 42, 0, a);
    vkr_dataset_order(d, 42, 0, b);
    vkr_dataset_order(d, 42, 1, c);
    vkr_dataset_order(d, 43, 0, e);
    CHECK(is_perm(a, 20) && is_perm(c, 20) && is_perm(e, 20));
    CHECK(!memcmp(a, b, sizeof a), "not deterministic");
    CHECK(memcmp(a, c, sizeof a), "epochs 0 and 1 give the same order");
    CHECK(memcmp(a, e, sizeof a), "seeds 42 and 43 give the same order");
    {   /* the same on every platform: splitmix64 + Fisher–Yates, pinned (a Python model of the
           algorithm in vkr_dataset_order's comment gives the same) */
        static const int64_t want[20] = {13, 7, 6, 12, 1, 15, 11, 17, 2, 4, 5, 18, 10, 0, 3, 16, 9, 19, 14, 8};
        CHECK(!memcmp(a, want, sizeof a), "order %lld %lld %lld %lld ...", (long long)a[0], (long long)a[1], (long long)a[2], (long long)a[3]);
    }
    vkr_dataset_free(d);
    vkr_tok_free(tok);
}

static void test_split(void) {
    vkr_tok *tok = stories();
    vkr_dataset *d, *e;
    int64_t i, last;
    char seen[21];
    double f;
    REQUIRE(tok);
    d = twenty(tok);
    REQUIRE(d);
    REQUIRE(vkr_dataset_split(d, 0.1, 7, &e) == VKR_OK && e);
    CHECK(vkr_dataset_windows(d) == 18 && vkr_dataset_windows(e) == 2);
    CHECK(vkr_dataset_get_stats(d)->tokens == 72 && vkr_dataset_get_stats(e)->tokens == 8 && vkr_dataset_get_stats(e)->documents == 2);
    CHECK(vkr_dataset_get_stats(d)->documents == 18 && vkr_dataset_get_stats(d)->lines == 20 && vkr_dataset_get_stats(d)->loss_tokens == 18 * 3);
    /* both keep their original order, and together hold every window once */
    memset(seen, 0, sizeof seen);
    for (last = -1, i = 0; i < 18; i++) {
        const vkr_token *ids;
        vkr_dataset_window(d, i, &ids, NULL, NULL);
        CHECK(ids[0] > last && ids[1] == ids[0] + 1);
        last = ids[0];
        seen[(ids[0] - 1) / 4]++;
    }
    for (last = -1, i = 0; i < 2; i++) {
        const vkr_token *ids;
        vkr_dataset_window(e, i, &ids, NULL, NULL);
        CHECK(ids[0] > last);
        last = ids[0];
        seen[(ids[0] - 1) / 4]++;
    }
    for (i = 0; i < 20; i++) CHECK(seen[i] == 1, "window %lld", (long long)i);
    vkr_dataset_free(e);
    vkr_dataset_free(d);
    /* sizes: at least one, never all, none for 0; out of range refused */
    for (f = 0; f < 1; f += 0.25) {
        d = twenty(tok);
        REQUIRE(d);
        REQUIRE(vkr_dataset_split(d, f, 1, &e) == VKR_OK);
        CHECK(vkr_dataset_windows(e) == (int64_t)(20 * f + 0.5) && vkr_dataset_windows(d) + vkr_dataset_windows(e) == 20);
        vkr_dataset_free(e);
        vkr_dataset_free(d);
    }
    d = twenty(tok);
    REQUIRE(d);
    CHECK(vkr_dataset_split(d, 0.001, 1, &e) == VKR_OK && vkr_dataset_windows(e) == 1);
    vkr_dataset_free(e);
    CHECK(vkr_dataset_split(d, 0.99999, 1, &e) == VKR_OK && vkr_dataset_windows(e) == 18 && vkr_dataset_windows(d) == 1);
    vkr_dataset_free(e);
    CHECK(vkr_dataset_split(d, 1.0, 1, &e) == VKR_ERR_INVALID_ARGUMENT && !e);
    vkr_dataset_free(d);
    vkr_tok_free(tok);
}

int main(void) {
    VT_RUN(test_text_line);
    VT_RUN(test_pack);
    VT_RUN(test_pad);
    VT_RUN(test_pack_text);
    VT_RUN(test_txt);
    VT_RUN(test_ids_labels_prompt);
    VT_RUN(test_messages_qwen3);
    VT_RUN(test_messages_generic);
    VT_RUN(test_bad_lines);
    VT_RUN(test_progress);
    VT_RUN(test_order);
    VT_RUN(test_split);
    return vt_finish();
}
