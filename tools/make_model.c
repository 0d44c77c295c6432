/* make_model — writes a random-weight model in the Hugging Face layout
   (config.json + model.safetensors) for benchmarks: the shapes of a real
   model with weights that mean nothing.
   Build: cc -O2 -I. tools/make_model.c -o build/make_model -lm -lpthread -ldl
   Usage: make_model OUT_DIR [--shape tinyllama|llama-3.2-1b|qwen3-0.6b] [--dtype bf16|f16|f32] [--seed N] */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "valkyr.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct shape { const char *name, *type, *arch; int64_t vocab, d, ff, layers, heads, kv, hd, ctx; double theta; int tied; } shape;
static const shape shapes[] = {
    {"tinyllama", "llama", "LlamaForCausalLM", 32000, 2048, 5632, 22, 32, 4, 64, 2048, 10000.0, 0},
    {"llama-3.2-1b", "llama", "LlamaForCausalLM", 128256, 2048, 8192, 16, 32, 8, 64, 131072, 500000.0, 1},
    {"qwen3-0.6b", "qwen3", "Qwen3ForCausalLM", 151936, 1024, 3072, 28, 16, 8, 128, 40960, 1000000.0, 1},
};

typedef struct tdesc { char name[96]; int64_t shape[2]; int nd; double std; int is_norm; } tdesc;

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static float rnd(double std) {   /* uniform with the given standard deviation */
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (float)(((double)(rng >> 11) / 9007199254740992.0 * 2.0 - 1.0) * std * 1.7320508);
}

int main(int argc, char **argv) {
    const shape *sh = &shapes[0];
    const char *dtype = "bf16", *out;
    tdesc *t;
    int n = 0, i, k, esz;
    char path[4096];
    FILE *f;
    vkr_json_writer w;
    const char *hdr;
    size_t hlen;
    uint64_t off = 0, hl;
    if (argc < 2) { fprintf(stderr, "usage: make_model OUT_DIR [--shape tinyllama|llama-3.2-1b|qwen3-0.6b] [--dtype bf16|f16|f32] [--seed N]\n"); return 2; }
    out = argv[1];
    for (i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--shape")) { for (k = 0; k < 3; k++) if (!strcmp(argv[i + 1], shapes[k].name)) sh = &shapes[k]; }
        else if (!strcmp(argv[i], "--dtype")) dtype = argv[i + 1];
        else if (!strcmp(argv[i], "--seed")) rng ^= strtoull(argv[i + 1], NULL, 10) * 0x2545F4914F6CDD1DULL;
    }
    esz = !strcmp(dtype, "f32") ? 4 : 2;
    mkdir(out, 0755);
    t = (tdesc *)calloc((size_t)(sh->layers * 12 + 4), sizeof *t);
#define ADD(nm, a, b, nd_, sd, norm) do { snprintf(t[n].name, sizeof t[n].name, "%s", nm); t[n].shape[0] = a; t[n].shape[1] = b; t[n].nd = nd_; t[n].std = sd; t[n].is_norm = norm; n++; } while (0)
    ADD("model.embed_tokens.weight", sh->vocab, sh->d, 2, 0.02, 0);
    ADD("model.norm.weight", sh->d, 0, 1, 0, 1);
    if (!sh->tied) ADD("lm_head.weight", sh->vocab, sh->d, 2, 1.0 / sqrt((double)sh->d), 0);
    for (i = 0; i < sh->layers; i++) {
        char nm[96];
#define L(suffix, a, b, nd_, sd, norm) do { snprintf(nm, sizeof nm, "model.layers.%d.%s", i, suffix); ADD(nm, a, b, nd_, sd, norm); } while (0)
        L("input_layernorm.weight", sh->d, 0, 1, 0, 1);
        L("self_attn.q_proj.weight", sh->heads * sh->hd, sh->d, 2, 1.0 / sqrt((double)sh->d), 0);
        L("self_attn.k_proj.weight", sh->kv * sh->hd, sh->d, 2, 1.0 / sqrt((double)sh->d), 0);
        L("self_attn.v_proj.weight", sh->kv * sh->hd, sh->d, 2, 1.0 / sqrt((double)sh->d), 0);
        L("self_attn.o_proj.weight", sh->d, sh->heads * sh->hd, 2, 1.0 / sqrt((double)(sh->heads * sh->hd)), 0);
        if (!strcmp(sh->type, "qwen3")) { L("self_attn.q_norm.weight", sh->hd, 0, 1, 0, 1); L("self_attn.k_norm.weight", sh->hd, 0, 1, 0, 1); }
        L("post_attention_layernorm.weight", sh->d, 0, 1, 0, 1);
        L("mlp.gate_proj.weight", sh->ff, sh->d, 2, 1.0 / sqrt((double)sh->d), 0);
        L("mlp.up_proj.weight", sh->ff, sh->d, 2, 1.0 / sqrt((double)sh->d), 0);
        L("mlp.down_proj.weight", sh->d, sh->ff, 2, 1.0 / sqrt((double)sh->ff), 0);
    }
    /* header */
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "__metadata__"); vkr_json_begin_object(&w); vkr_json_key(&w, "format"); vkr_json_write_string(&w, "pt"); vkr_json_end_object(&w);
    for (i = 0; i < n; i++) {
        uint64_t bytes = (uint64_t)t[i].shape[0] * (uint64_t)(t[i].nd == 2 ? t[i].shape[1] : 1) * (uint64_t)esz;
        vkr_json_key(&w, t[i].name);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "dtype"); vkr_json_write_string(&w, esz == 4 ? "F32" : !strcmp(dtype, "f16") ? "F16" : "BF16");
        vkr_json_key(&w, "shape"); vkr_json_begin_array(&w);
        for (k = 0; k < t[i].nd; k++) vkr_json_write_int(&w, t[i].shape[k]);
        vkr_json_end_array(&w);
        vkr_json_key(&w, "data_offsets"); vkr_json_begin_array(&w); vkr_json_write_int(&w, (int64_t)off); vkr_json_write_int(&w, (int64_t)(off + bytes)); vkr_json_end_array(&w);
        vkr_json_end_object(&w);
        off += bytes;
    }
    vkr_json_end_object(&w);
    if (vkr_json_writer_result(&w, &hdr, &hlen) != VKR_OK) { fprintf(stderr, "%s\n", vkr_last_error()); return 1; }
    snprintf(path, sizeof path, "%s/model.safetensors", out);
    f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    hl = (hlen + 7) & ~(uint64_t)7;
    fwrite(&hl, 8, 1, f);   /* little-endian hosts */
    fwrite(hdr, 1, hlen, f);
    for (; hlen < hl; hlen++) fputc(' ', f);
    for (i = 0; i < n; i++) {
        int64_t count = t[i].shape[0] * (t[i].nd == 2 ? t[i].shape[1] : 1), j;
        enum { CH = 1 << 16 };
        static uint16_t buf16[CH];
        static float buf32[CH];
        for (j = 0; j < count; j += CH) {
            int64_t m = count - j < CH ? count - j : CH, q;
            for (q = 0; q < m; q++) {
                float v = t[i].is_norm ? 1.0f + rnd(0.05) : rnd(t[i].std);
                if (esz == 4) buf32[q] = v; else buf16[q] = !strcmp(dtype, "f16") ? vkr_f32_to_f16(v) : vkr_f32_to_bf16(v);
            }
            if (esz == 4) fwrite(buf32, 4, (size_t)m, f); else fwrite(buf16, 2, (size_t)m, f);
        }
    }
    if (fclose(f) != 0) { perror(path); return 1; }
    vkr_json_writer_free(&w);
    snprintf(path, sizeof path, "%s/config.json", out);
    f = fopen(path, "w");
    fprintf(f, "{\n  \"architectures\": [\"%s\"],\n  \"model_type\": \"%s\",\n  \"vocab_size\": %lld,\n  \"hidden_size\": %lld,\n"
               "  \"intermediate_size\": %lld,\n  \"num_hidden_layers\": %lld,\n  \"num_attention_heads\": %lld,\n"
               "  \"num_key_value_heads\": %lld,\n  \"head_dim\": %lld,\n  \"max_position_embeddings\": %lld,\n"
               "  \"rms_norm_eps\": 1e-05,\n  \"rope_theta\": %g,\n  \"tie_word_embeddings\": %s,\n  \"torch_dtype\": \"%s\",\n"
               "  \"bos_token_id\": 1,\n  \"eos_token_id\": 2\n}\n",
            sh->arch, sh->type, (long long)sh->vocab, (long long)sh->d, (long long)sh->ff, (long long)sh->layers, (long long)sh->heads,
            (long long)sh->kv, (long long)sh->hd, (long long)sh->ctx, sh->theta, sh->tied ? "true" : "false",
            esz == 4 ? "float32" : !strcmp(dtype, "f16") ? "float16" : "bfloat16");
    fclose(f);
    printf("%s: %s-shaped random model, %d tensors, %.2f GB of %s weights\n", out, sh->name, n, (double)off / 1e9, dtype);
    free(t);
    return 0;
}
