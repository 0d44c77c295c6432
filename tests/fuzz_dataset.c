/* fuzz_dataset.c — libFuzzer target for the training-data loader (>>data).

   Build and run (tests/fuzz.sh does this for every tests/fuzz_*.c):
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_dataset.c -o /tmp/fd
     /tmp/fd tests/fuzz/dataset

   The first byte of an input picks the options (layout, window length,
   strict, the file name's extension, the chat template: the generic one or
   Qwen3's, whose turns are not prefix-stable); the rest is the file's text,
   loaded with the stories260k tokenizer through the loader's in-memory entry
   (vkr__dataset_load_memory). Nothing may crash, leak or hang; a failure
   comes with a documented code and a message; a dataset that loads has
   consistent windows (doc indices from 0, non-decreasing; pads unlabelled;
   counts that add up), an order that is a permutation, and splits into two
   that together hold every token. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static vkr_tok *tok;
static vkr_chat_template *qwen3;

static void quiet(void *user, vkr_log_level level, const char *msg) { (void)user; (void)level; (void)msg; }

static void init(void) {
    vkr_json_doc *cfg = NULL;
    char *text = NULL;
    size_t len = 0;
    vkr_allocator a = vkr__allocator(NULL);
    FUZZ_ASSERT(vkr_tok_load("models/stories260k", NULL, &tok) == VKR_OK);
    if (vkr__read_text("tests/data/tokenizers/qwen3/tokenizer_config.json", &a, &text, &len) == VKR_OK &&
        vkr_json_parse(text, len, NULL, &cfg) == VKR_OK) {
        const char *src = vkr_json_string(vkr_json_get(vkr_json_root(cfg), "chat_template"));
        if (src) FUZZ_ASSERT(vkr_chat_template_new(src, strlen(src), NULL, &qwen3) == VKR_OK);
    }
    vkr_json_free(cfg);
    vkr__free(&a, text, len + 1);
}

static void check(vkr_dataset *d) {
    const vkr_dataset_stats *st = vkr_dataset_get_stats(d);
    int64_t seq = vkr_dataset_seq(d), n = vkr_dataset_windows(d), w, t, loss = 0;
    int64_t *perm;
    vkr_dataset *e = NULL;
    FUZZ_ASSERT(st->windows == n && st->tokens + st->pad_tokens == n * seq);
    for (w = 0; w < n; w++) {
        const vkr_token *ids, *lab;
        const int32_t *doc;
        FUZZ_ASSERT(vkr_dataset_window(d, w, &ids, &lab, &doc) == VKR_OK);
        FUZZ_ASSERT(doc[0] == 0);
        for (t = 0; t < seq; t++) {
            FUZZ_ASSERT(ids[t] >= 0 && ids[t] < vkr_tok_vocab_size(tok));
            FUZZ_ASSERT(lab[t] < vkr_tok_vocab_size(tok));
            if (t) FUZZ_ASSERT(doc[t] == doc[t - 1] || doc[t] == doc[t - 1] + 1);
            if (t && lab[t] >= 0 && doc[t] == doc[t - 1]) loss++;
        }
    }
    FUZZ_ASSERT(loss == st->loss_tokens && st->loss_tokens <= st->tokens);
    perm = (int64_t *)malloc((size_t)(n ? n : 1) * sizeof *perm);
    if (perm) {
        char *seen = (char *)calloc((size_t)(n ? n : 1), 1);
        vkr_dataset_order(d, 1, 2, perm);
        for (w = 0; seen && w < n; w++) {
            FUZZ_ASSERT(perm[w] >= 0 && perm[w] < n && !seen[perm[w]]);
            seen[perm[w]] = 1;
        }
        free(seen);
        free(perm);
    }
    {
        int64_t tokens = st->tokens, loss_tokens = st->loss_tokens;
        vkr_result r = vkr_dataset_split(d, 0.25, 3, &e);
        FUZZ_ASSERT(r == VKR_OK || r == VKR_ERR_OUT_OF_MEMORY);
        if (r == VKR_OK) {
            FUZZ_ASSERT(vkr_dataset_windows(d) + vkr_dataset_windows(e) == n && (n < 2 || vkr_dataset_windows(d) >= 1));
            FUZZ_ASSERT(st->tokens + vkr_dataset_get_stats(e)->tokens == tokens);
            FUZZ_ASSERT(st->loss_tokens + vkr_dataset_get_stats(e)->loss_tokens == loss_tokens);
            vkr_dataset_free(e);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const names[4] = {"f.jsonl", "f.txt", "f.json", "f"};
    static const int64_t seqs[4] = {2, 5, 16, 64};
    vkr_dataset_desc dd;
    vkr_dataset *d = NULL;
    vkr_result r;
    char *text;
    uint8_t o;
    if (!tok) init();
    if (!size) return 0;
    o = data[0];
    /* an exact-size copy so that ASan sees a read past the end */
    text = (char *)malloc(size - 1 ? size - 1 : 1);
    if (!text) return 0;
    memcpy(text, data + 1, size - 1);
    memset(&dd, 0, sizeof dd);
    dd.hooks.logger.fn = quiet;
    dd.layout = (o & 1) ? VKR_DATA_PAD : VKR_DATA_PACK;
    dd.seq = seqs[(o >> 1) & 3];
    dd.strict = (o >> 3) & 1;
    dd.chat_template = (o >> 6) & 1 ? qwen3 : NULL;
    dd.chat_extra_json = (o >> 7) & 1 ? "{\"enable_thinking\": false}" : NULL;
    r = vkr__dataset_load_memory(text, size - 1, names[(o >> 4) & 3], tok, &dd, &d);
    if (r == VKR_OK) {
        FUZZ_ASSERT(d != NULL);
        check(d);
        vkr_dataset_free(d);
    } else {
        FUZZ_ASSERT(d == NULL && vkr_last_error()[0] != 0);
        FUZZ_ASSERT(r == VKR_ERR_INVALID_ARGUMENT || r == VKR_ERR_JSON || r == VKR_ERR_LIMIT || r == VKR_ERR_UNSUPPORTED ||
                    r == VKR_ERR_OUT_OF_MEMORY);
    }
    free(text);
    return 0;
}
