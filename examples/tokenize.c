/* cc -O2 -I. -Ithird_party/vulkan/include examples/tokenize.c -o tokenize -lm -lpthread -ldl
   ./tokenize models/stories260k "Once upon a time"

   One idea: what the model sees. Text becomes token ids (the tokenizer adds
   the model's special tokens, here BOS); each id is a piece of the
   vocabulary; decoding the ids gives the text back. Counting tokens is how
   you know whether a prompt fits the context. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    vkr_tok *tok = NULL;
    vkr_tokens ids;
    vkr_text back;
    size_t i;
    memset(&ids, 0, sizeof ids);     /* zeroed arrays grow as encode / decode append */
    memset(&back, 0, sizeof back);

    if (argc != 3) { fprintf(stderr, "usage: %s MODEL TEXT\n", argv[0]); return 2; }
    /* only the tokenizer: a model directory, or a tokenizer.json path */
    if (vkr_tok_load(argv[1], NULL, &tok) != VKR_OK ||
        vkr_tok_encode(tok, argv[2], strlen(argv[2]), VKR_TOK_ADD_SPECIAL, &ids) != VKR_OK ||
        vkr_tok_decode(tok, ids.ids, ids.n, VKR_TOK_SKIP_SPECIAL, &back) != VKR_OK) {
        fprintf(stderr, "tokenize: %s\n", vkr_last_error());
        vkr_tok_free(tok);
        return 1;
    }
    for (i = 0; i < ids.n; i++)
        printf("%6d  %s%s\n", (int)ids.ids[i], vkr_tok_piece(tok, ids.ids[i]),
               vkr_tok_is_special(tok, ids.ids[i]) ? "  (special)" : "");
    printf("%zu tokens, %zu bytes, vocabulary %d\n", ids.n, strlen(argv[2]), (int)vkr_tok_vocab_size(tok));
    printf("decoded: %s\n", back.text ? back.text : "");
    vkr_text_free(&back);
    vkr_tokens_free(&ids);
    vkr_tok_free(tok);
    return 0;
}
