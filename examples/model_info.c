/* cc -O2 -I. examples/model_info.c -o model_info -lm -lpthread -ldl
   ./model_info models/stories260k

   One idea: load a model (a directory or a Hugging Face id from the local
   cache), read its config, and walk the weights valkyr checked for it. */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>

static void show(const char *role, const vkr_tensor *t) {
    int32_t i;
    if (!t) return;
    printf("  %-12s %-48s %-5s [", role, t->name, vkr_dtype_name(t->dtype));
    for (i = 0; i < t->n_dims; i++) printf("%s%lld", i ? ", " : "", (long long)t->shape[i]);
    printf("]\n");
}

int main(int argc, char **argv) {
    vkr_model *m;
    vkr_result r;
    const vkr_config *c;
    const vkr_weights *w;
    float first[4];
    if (argc != 2) {
        fprintf(stderr, "usage: %s MODEL_DIR_OR_ORG/NAME\n", argv[0]);
        return 2;
    }
    r = vkr_model_load(argv[1], NULL, &m);
    if (r != VKR_OK) {
        fprintf(stderr, "%s\n", vkr_last_error());   /* names the file, tensor or field */
        return 1;
    }
    c = vkr_model_config(m);
    w = vkr_model_weights(m);
    printf("%s: %s, %lld layers, d=%lld, %lld heads (%lld kv), vocab %lld, %lld parameters\n",
           vkr_model_dir(m), vkr_family_name(c->family), (long long)c->n_layers, (long long)c->hidden_size,
           (long long)c->n_heads, (long long)c->n_kv_heads, (long long)c->vocab_size,
           (long long)vkr_model_param_count(m));

    printf("global weights:\n");
    show("embed", w->embed);
    show("final norm", w->final_norm);
    show("lm head", w->lm_head);
    printf("layer 0:\n");
    show("attn norm", w->layers[0].attn_norm);
    show("q", w->layers[0].q);
    show("k", w->layers[0].k);
    show("v", w->layers[0].v);
    show("o", w->layers[0].o);
    show("ffn norm", w->layers[0].ffn_norm);
    show("gate", w->layers[0].gate);
    show("up", w->layers[0].up);
    show("down", w->layers[0].down);

    /* weights stay in the mapped file in their own precision; read a few as f32 */
    if (vkr_tensor_read_f32(w->embed, 0, 4, first) == VKR_OK)
        printf("embedding row 0 starts %.5f %.5f %.5f %.5f\n", first[0], first[1], first[2], first[3]);
    vkr_model_free(m);
    return 0;
}
