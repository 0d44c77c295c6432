/* cc -O2 -I. -Ithird_party/vulkan/include examples/perplexity.c -o perplexity -lm -lpthread -ldl
   ./perplexity models/stories260k tests/data/text/tinystories_200k.txt 20000

   One idea: how well a model predicts a text. The text is cut into windows
   of the context length; each window runs as one batch with the logits of
   every position kept, and position i scores token i+1 by its log-softmax.
   Perplexity = exp(mean negative log-likelihood): lower is better, and the
   vocabulary size is what uniform guessing would score. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    vkr_model *m = NULL; vkr_tok *tok = NULL; vkr_session *s = NULL;
    vkr_tokens ids;
    float *logits = NULL;
    char *text = NULL;
    FILE *f;
    long size;
    size_t start, i, n_tok, limit = argc > 3 ? (size_t)atol(argv[3]) : 0, n_scored = 0;
    int32_t n_vocab;
    int64_t n_ctx;
    double nll = 0;
    int status = 1;

    memset(&ids, 0, sizeof ids);   /* a zeroed array grows as encode appends */
    if (argc < 3) { fprintf(stderr, "usage: %s MODEL TEXT_FILE [MAX_TOKENS]\n", argv[0]); return 2; }
    f = fopen(argv[2], "rb");
    if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) ||
        !(text = (char *)malloc((size_t)size + 1)) || fread(text, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "perplexity: %s: cannot read\n", argv[2]);
        goto done;
    }
    if (vkr_model_load(argv[1], NULL, &m) || vkr_tok_load(argv[1], NULL, &tok) || vkr_session_new(m, NULL, &s) ||
        vkr_tok_encode(tok, text, (size_t)size, VKR_TOK_ADD_SPECIAL, &ids)) {   /* BOS, then the text */
        fprintf(stderr, "perplexity: %s\n", vkr_last_error());
        goto done;
    }
    n_tok = limit && ids.n > limit ? limit : ids.n;
    n_vocab = vkr_model_config(m)->vocab_size;
    n_ctx = vkr_session_n_ctx(s);
    logits = (float *)malloc((size_t)n_ctx * (size_t)n_vocab * sizeof *logits);   /* [n_ctx, n_vocab] */
    if (!logits) { fprintf(stderr, "perplexity: out of memory\n"); goto done; }

    /* windows overlap by one token, so every token after the first is scored once */
    for (start = 0; start + 1 < n_tok; start += (size_t)n_ctx - 1) {
        size_t n = n_tok - start < (size_t)n_ctx ? n_tok - start : (size_t)n_ctx;
        if (vkr_session_rewind(s, 0) || vkr_session_append(s, ids.ids + start, n, logits)) {
            fprintf(stderr, "perplexity: %s\n", vkr_last_error());
            goto done;
        }
        for (i = 0; i + 1 < n; i++) {   /* row i predicts ids[start + i + 1] */
            const float *row = logits + i * (size_t)n_vocab;
            double max = row[0], sum = 0;
            int32_t v;
            for (v = 1; v < n_vocab; v++) if (row[v] > max) max = row[v];
            for (v = 0; v < n_vocab; v++) sum += exp(row[v] - max);
            nll += log(sum) + max - row[ids.ids[start + i + 1]];
            n_scored++;
        }
    }
    printf("%zu tokens scored, perplexity %.4f\n", n_scored, exp(nll / (double)(n_scored ? n_scored : 1)));
    status = 0;
done:
    if (f) fclose(f);
    free(text); free(logits);
    vkr_tokens_free(&ids);
    vkr_session_free(s); vkr_tok_free(tok); vkr_model_free(m);
    return status;
}
