/* fuzz_spm.c — libFuzzer target for the SentencePiece tokenizer.model
   reader (protobuf → tokenizer.json → tokenizer): any input either loads or
   fails with a message; a loaded tokenizer encodes and decodes a sample.

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_spm.c -o /tmp/fs
     /tmp/fs tests/fuzz/spm */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include <stdint.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vkr_tok *t = NULL;
    vkr_result r = vkr__spm_load("fuzz.model", data, size, NULL, &t);
    FUZZ_ASSERT((r == VKR_OK) == (t != NULL));
    FUZZ_ASSERT(r == VKR_OK || vkr_last_error()[0]);
    if (t) {
        static const char sample[] = "hello ab 日本 é\xF0\x9F\x98\x80 <s> x";
        vkr_tokens ids;
        vkr_text text;
        memset(&ids, 0, sizeof ids);
        memset(&text, 0, sizeof text);
        if (vkr_tok_encode(t, sample, sizeof sample - 1, VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK)
            vkr_tok_decode(t, ids.ids, ids.n, 0, &text);
        vkr_tokens_free(&ids);
        vkr_text_free(&text);
        vkr_tok_free(t);
    }
    return 0;
}
