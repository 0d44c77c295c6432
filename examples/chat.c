/* cc -O2 -I. -Ithird_party/vulkan/include examples/chat.c -o chat -lm -lpthread -ldl
   ./chat models/stories260k

   One idea: a streaming chat REPL. Each line you type is a user message;
   the answer streams as it is generated. The conversation keeps its KV
   cache, so each turn runs only the new tokens; when it outgrows the
   context the library drops the oldest turns. The chat template comes
   from the tokenizer (or the model's family, else a generic one). Ctrl-D
   (end of input) quits. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
#include <string.h>

static bool put(void *user, vkr_token id, const char *text, size_t len) {
    (void)user; (void)id;
    fwrite(text, 1, len, stdout);
    fflush(stdout);
    return true;
}

int main(int argc, char **argv) {
    vkr_model *m = NULL;
    vkr_tok *tok = NULL;
    vkr_session *s = NULL;
    vkr_chat *chat = NULL;
    vkr_chat_desc cd;
    vkr_generate_desc g;
    char line[4096];
    vkr_result r;
    int status = 1;

    if (argc != 2) { fprintf(stderr, "usage: %s MODEL\n", argv[0]); return 2; }
    memset(&cd, 0, sizeof cd);
    cd.system = "You are a helpful assistant.";
    if (vkr_model_load(argv[1], NULL, &m) != VKR_OK || vkr_tok_load(argv[1], NULL, &tok) != VKR_OK ||
        vkr_session_new(m, NULL, &s) != VKR_OK || vkr_chat_new(s, tok, &cd, &chat) != VKR_OK) {
        fprintf(stderr, "chat: %s\n", vkr_last_error());
        goto done;
    }
    memset(&g, 0, sizeof g);
    g.max_tokens = 256;                 /* per answer */
    g.sampling.temperature = 0.7f;
    g.sampling.seed = 1;
    g.on_token = put;

    for (;;) {
        printf("> ");
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin)) break;   /* end of input */
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0]) continue;
        r = vkr_chat_add(chat, "user", line);
        if (r == VKR_OK) r = vkr_chat_respond(chat, &g, NULL);   /* streams through put, keeps the answer */
        if (r == VKR_ERR_LIMIT) {              /* this message alone does not fit the context */
            printf("(too long for the context: left out)");
            vkr_chat_pop(chat);                /* the conversation goes on without it */
            r = VKR_OK;
        }
        if (r != VKR_OK) { fprintf(stderr, "\nchat: %s\n", vkr_last_error()); goto done; }
        printf("\n");
    }
    printf("\n");
    status = 0;
done:
    vkr_chat_free(chat);
    vkr_session_free(s);
    vkr_tok_free(tok);
    vkr_model_free(m);
    return status;
}
