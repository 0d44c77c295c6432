/* cc -O2 -I. examples/finetune.c -o finetune -lm -lpthread -ldl
   ./finetune models/stories260k tests/data/text/tinystories_200k.txt adapter 50

   One idea: fine-tune with LoRA. Load a model and its tokenizer, cut a data
   file (a .txt, or JSONL lines {"text"} / {"messages"}) into windows, train
   a rank-8 adapter on q_proj and v_proj for N steps (one window each, in a
   seeded shuffled order), print the loss, and save the adapter as PEFT
   does. `valkyr gen MODEL --lora OUT_DIR` then runs with it. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    vkr_model *m = NULL;
    vkr_tok *tok = NULL;
    vkr_dataset *data = NULL;
    vkr_trainer *t = NULL;
    vkr_dataset_desc dd;
    vkr_trainer_desc td;
    int64_t *order = NULL, steps = argc > 4 ? atoll(argv[4]) : 20, windows, i;
    int status = 1;

    if (argc < 4) { fprintf(stderr, "usage: %s MODEL DATA OUT_DIR [STEPS]\n", argv[0]); return 2; }
    memset(&dd, 0, sizeof dd);           /* zero fields are defaults */
    dd.seq = 128;                        /* tokens per window */
    memset(&td, 0, sizeof td);
    td.lora.rank = 8;                    /* alpha 0 → 16, targets 0 → q and v, lr 0 → 2e-4 */
    td.total_steps = steps;              /* the cosine schedule decays to 0 there */
    if (vkr_model_load(argv[1], NULL, &m) != VKR_OK ||
        vkr_tok_load(vkr_model_dir(m), NULL, &tok) != VKR_OK ||
        vkr_dataset_load(argv[2], tok, &dd, &data) != VKR_OK ||
        vkr_trainer_new(m, &td, &t) != VKR_OK) {
        fprintf(stderr, "finetune: %s\n", vkr_last_error());   /* names the file, line or field */
        goto done;
    }
    windows = vkr_dataset_windows(data);
    if (windows == 0) { fprintf(stderr, "finetune: %s: no text to train on\n", argv[2]); goto done; }
    order = (int64_t *)malloc((size_t)windows * sizeof *order);
    if (!order) goto done;
    printf("%lld windows of %lld tokens, %lld trainable parameters\n", (long long)windows,
           (long long)vkr_dataset_seq(data), (long long)vkr_trainer_trainable(t));

    for (i = 0; i < steps; i++) {
        vkr_train_batch b;               /* one row: a window, its labels, its documents */
        vkr_train_stats s;
        if (i % windows == 0) vkr_dataset_order(data, 42, i / windows, order);   /* a new shuffle each epoch */
        memset(&b, 0, sizeof b);
        b.rows = 1;
        b.seq = vkr_dataset_seq(data);
        if (vkr_dataset_window(data, order[i % windows], &b.ids, &b.labels, &b.doc) != VKR_OK ||
            vkr_trainer_step(t, &b, 1, &s) != VKR_OK) {
            fprintf(stderr, "finetune: %s\n", vkr_last_error());
            goto done;
        }
        printf("step %3lld  loss %.4f  lr %.2e\n", (long long)s.step, s.loss, s.lr);
    }

    if (vkr_trainer_save(t, argv[3]) != VKR_OK) {   /* adapter_config.json + adapter_model.safetensors */
        fprintf(stderr, "finetune: %s\n", vkr_last_error());
        goto done;
    }
    printf("adapter saved in %s\n", argv[3]);
    status = 0;
done:
    free(order);
    vkr_trainer_free(t);                 /* each _free takes NULL */
    vkr_dataset_free(data);
    vkr_tok_free(tok);
    vkr_model_free(m);
    return status;
}
