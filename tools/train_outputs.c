/* train_outputs — writes what valkyr's trainer makes, for transformers and
   PEFT to load: for tiny models of several families (tests/data/train), a
   LoRA adapter and a fully fine-tuned model after 3 steps, with valkyr's own
   f32 logits of both on 16 tokens. tools/check_train_outputs.py (run where
   torch, transformers and peft are installed) loads them with
   PeftModel.from_pretrained / from_pretrained and compares the logits.
   Build: cc -O2 -I. tools/train_outputs.c -o build/train_outputs -lm -lpthread -ldl
   Usage (from the repository root): build/train_outputs OUT_DIR */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
#include <stdlib.h>
static vkr_token ids[16];
static void logits(const char *model, const char *lora, const char *out) {
    vkr_model *m; vkr_session *s; vkr_session_desc sd = {0}; vkr_lora *l; static float lg[16 * 96];
    if (vkr_model_load(model, NULL, &m)) { fprintf(stderr, "%s\n", vkr_last_error()); exit(1); }
    if (lora) { if (vkr_lora_load(lora, m, NULL, &l) || vkr_model_apply_lora(m, l)) { fprintf(stderr, "%s\n", vkr_last_error()); exit(1); } vkr_lora_free(l); }
    sd.backend = VKR_BACKEND_CPU; sd.precision = VKR_PRECISION_F32; sd.n_ctx = 64;
    vkr_session_new(m, &sd, &s);
    vkr_session_append(s, ids, 16, lg);
    FILE *f = fopen(out, "wb"); fwrite(lg, 4, 16 * 96, f); fclose(f);
    vkr_session_free(s); vkr_model_free(m);
}
int main(int argc, char **argv) {
    const char *root = argc > 1 ? argv[1] : "build/train-outputs";
    const char *cases[] = {"llama", "qwen3", "gemma2", "gemma3", "qwen2"};
    for (int c = 0; c < 5; c++) {
        char dir[256], out[512], path[512];
        vkr_model *m; vkr_trainer *t; vkr_trainer_desc d;
        snprintf(dir, sizeof dir, "tests/data/train/%s/model", cases[c]);
        for (int i = 0; i < 16; i++) ids[i] = (vkr_token)((i * 37 + c * 11) % 96);
        vkr_train_batch b = {1, 16, ids, NULL, NULL};
        for (int full = 0; full < 2; full++) {
            vkr_model_load(dir, NULL, &m);
            memset(&d, 0, sizeof d);
            d.lr = 1e-2; d.n_threads = 2; d.schedule = VKR_SCHEDULE_CONSTANT;
            if (!full) { d.lora.rank = 4; d.lora.targets = 0x7f; d.lora.rslora = c == 1; }
            if (vkr_trainer_new(m, &d, &t)) { fprintf(stderr, "%s\n", vkr_last_error()); return 1; }
            for (int k = 0; k < 3; k++) vkr_trainer_step(t, &b, 1, NULL);
            snprintf(out, sizeof out, "%s/%s_%s", root, cases[c], full ? "full" : "lora");
            if (vkr_trainer_save(t, out)) { fprintf(stderr, "%s\n", vkr_last_error()); return 1; }
            vkr_trainer_free(t); vkr_model_free(m);
            snprintf(path, sizeof path, "%s/%s_%s.f32", root, cases[c], full ? "full" : "lora");
            if (full) logits(out, NULL, path); else logits(dir, out, path);
        }
        snprintf(path, sizeof path, "%s/%s_ids.txt", root, cases[c]);
        FILE *f = fopen(path, "w"); for (int i = 0; i < 16; i++) fprintf(f, "%d ", ids[i]); fclose(f);
    }
    return 0;
}
