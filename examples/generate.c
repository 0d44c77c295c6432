/* cc -O2 -I. -Ithird_party/vulkan/include examples/generate.c -o generate -lm -lpthread -ldl
   ./generate models/stories260k "Once upon a time"

   One idea: the quick start. Load a model and its tokenizer, open a session
   (a GPU when there is one, else the CPU), feed it the prompt and stream
   what it writes. A fixed seed makes the same story every run. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
#include <string.h>

static bool put(void *user, vkr_token id, const char *text, size_t len) {
    (void)user; (void)id;
    fwrite(text, 1, len, stdout);   /* each piece is whole UTF-8 */
    fflush(stdout);
    return true;                    /* false would stop generating */
}

int main(int argc, char **argv) {
    vkr_model *m = NULL;
    vkr_tok *tok = NULL;
    vkr_session *s = NULL;
    vkr_generate_desc g;
    vkr_generate_result res;
    const char *prompt = argc > 2 ? argv[2] : "Once upon a time";
    int status = 1;

    if (argc < 2) { fprintf(stderr, "usage: %s MODEL [PROMPT]\n", argv[0]); return 2; }
    if (vkr_model_load(argv[1], NULL, &m) != VKR_OK ||          /* a directory or an HF id */
        vkr_tok_load(argv[1], NULL, &tok) != VKR_OK ||
        vkr_session_new(m, NULL, &s) != VKR_OK ||               /* NULL desc: every default */
        vkr_session_append_text(s, tok, prompt, strlen(prompt), VKR_TOK_ADD_SPECIAL) != VKR_OK) {
        fprintf(stderr, "generate: %s\n", vkr_last_error());   /* names the file, tensor or field */
        goto done;
    }

    memset(&g, 0, sizeof g);            /* zero fields are defaults */
    g.max_tokens = 200;
    g.sampling.temperature = 0.8f;
    g.sampling.top_p = 0.95f;
    g.sampling.seed = 42;
    g.on_token = put;
    printf("%s", prompt);
    if (vkr_generate(s, tok, &g, &res) != VKR_OK) {
        fprintf(stderr, "\ngenerate: %s\n", vkr_last_error());
        goto done;
    }
    fprintf(stderr, "\n[%lld tokens in %.2f s]\n", (long long)res.n_tokens, res.seconds);
    status = 0;
done:
    vkr_session_free(s);                /* each _free takes NULL */
    vkr_tok_free(tok);
    vkr_model_free(m);
    return status;
}
