/* valkyr_quant.c — the quantization commands of the valkyr CLI:
   `valkyr perplexity` (quality of a model, and of a quantized one against
   its original, as llama.cpp's perplexity --kl-divergence measures it). */

#include "valkyr_cli.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *perplexity_usage =
    "usage: valkyr perplexity MODEL --file F [--ctx N] [--chunks N] [--kl-base MODEL] [--quant TYPE] [options]\n"
    "\n"
    "Perplexity of MODEL over the text in F, as llama.cpp's llama-perplexity computes it:\n"
    "the text is tokenized once (BOS first when the tokenizer adds one), cut into chunks\n"
    "of --ctx tokens (default 512; the first token of each chunk becomes BOS when the\n"
    "tokenizer adds one), and each chunk's second half is scored (every position sees at\n"
    "least ctx/2 tokens of context). With --kl-base MODEL (typically the bf16 original of\n"
    "a quantized MODEL) both models run over the same chunks and the report adds the mean\n"
    "KL divergence KL(base || model) per scored token (± its standard error), its median\n"
    "and 99th percentile, how often both models' top token agree, and ln(PPL/PPL_base).\n"
    "\n"
    "  --file F              the text (UTF-8; - for stdin)\n"
    "  --ctx N               tokens per chunk (default 512)\n"
    "  --chunks N            at most N chunks (default: all that fit)\n"
    "  --kl-base MODEL       compare against this model's distributions\n"
    "  --threads N           CPU threads (default: all)\n"
    "  --backend B           cpu, vulkan or auto (default auto)\n"
    "  --precision P         fast or f32 (default fast)\n"
    "  --quant TYPE          quantize MODEL at load (as valkyr quantize would); the base stays as it is\n"
    "  --json                print the results as one JSON object\n";

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* log-softmax of x[n] into out[n] (double) */
static void log_softmax(const float *x, int64_t n, double *out) {
    double mx = -INFINITY, s = 0;
    int64_t i;
    for (i = 0; i < n; i++) if (x[i] > mx) mx = x[i];
    for (i = 0; i < n; i++) s += exp((double)x[i] - mx);
    s = log(s) + mx;
    for (i = 0; i < n; i++) out[i] = (double)x[i] - s;
}

typedef struct ppl_side { vkr_model *m; vkr_session *s; float *logits; } ppl_side;

static int open_side(const char *path, const char *quant, int64_t ctx, int32_t threads, vkr_backend be, vkr_precision prec, ppl_side *p) {
    vkr_model_desc md;
    vkr_session_desc sd;
    vkr_result r;
    memset(&md, 0, sizeof md);
    md.hooks = cli_hooks();
    r = vkr_model_load(path, &md, &p->m);
    if (r == VKR_OK && quant) r = vkr_model_quantize(p->m, vkr_qtype_from_name(quant), threads);
    if (r != VKR_OK) { vkr_model_free(p->m); p->m = NULL; return fail_lib("perplexity", r); }
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = ctx;
    sd.n_threads = threads;
    sd.backend = be;
    sd.precision = prec;
    r = vkr_session_new(p->m, &sd, &p->s);
    if (r != VKR_OK) { vkr_model_free(p->m); p->m = NULL; return fail_lib("perplexity", r); }
    p->logits = (float *)malloc((size_t)ctx * (size_t)vkr_session_vocab_size(p->s) * sizeof(float));
    if (!p->logits) return fail("perplexity", "out of memory");
    return 0;
}

static void close_side(ppl_side *p) {
    free(p->logits);
    vkr_session_free(p->s);
    vkr_model_free(p->m);
}

int cmd_perplexity(int argc, char **argv) {
    const char *model = NULL, *file = NULL, *base = NULL, *backend = "auto", *quant = NULL;
    int64_t ctx = 512, max_chunks = -1, n_chunks, c, first, V, i;
    int32_t threads = 0;
    vkr_precision prec = VKR_PRECISION_FAST;
    bool json = false;
    int k, rc = 0;
    vkr_tok *tok = NULL;
    vkr_tokens ids = {0};
    char *text = NULL;
    size_t len = 0;
    ppl_side q, b;
    double nll = 0, nll2 = 0, nll_b = 0, nll_b2 = 0, kl = 0, kl2 = 0, *lq = NULL, *lb = NULL, *kls = NULL;
    int64_t count = 0, same_top = 0;
    vkr_result r;
    vkr_backend be;
    memset(&q, 0, sizeof q);
    memset(&b, 0, sizeof b);
    for (k = 0; k < argc; k++) {
        const char *a = argv[k], *v = k + 1 < argc ? argv[k + 1] : NULL;
#define NEED_VALUE() do { if (!v) { fprintf(stderr, "valkyr perplexity: %s needs a value\n", a); return 2; } k++; } while (0)
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(perplexity_usage, stdout); return 0; }
        else if (!strcmp(a, "--file")) { NEED_VALUE(); file = v; }
        else if (!strcmp(a, "--ctx")) { NEED_VALUE(); ctx = atoll(v); }
        else if (!strcmp(a, "--chunks")) { NEED_VALUE(); max_chunks = atoll(v); }
        else if (!strcmp(a, "--kl-base")) { NEED_VALUE(); base = v; }
        else if (!strcmp(a, "--threads")) { NEED_VALUE(); threads = atoi(v); }
        else if (!strcmp(a, "--backend")) { NEED_VALUE(); backend = v; }
        else if (!strcmp(a, "--precision")) {
            NEED_VALUE();
            if (!strcmp(v, "fast")) prec = VKR_PRECISION_FAST;
            else if (!strcmp(v, "f32")) prec = VKR_PRECISION_F32;
            else { fprintf(stderr, "valkyr perplexity: --precision is fast or f32\n"); return 2; }
        }
        else if (!strcmp(a, "--json")) json = true;
        else if (!strcmp(a, "--quant")) {
            NEED_VALUE();
            if (vkr_qtype_from_name(v) == VKR_QTYPE_INVALID) { fprintf(stderr, "valkyr perplexity: --quant %s is not a type valkyr quantizes to\n", v); return 2; }
            quant = v;
        }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr perplexity: unknown option %s (valkyr perplexity --help lists the options)\n", a); return 2; }
        else if (!model) model = a;
        else { fprintf(stderr, "valkyr perplexity: one MODEL (the base goes after --kl-base)\n"); return 2; }
#undef NEED_VALUE
    }
    if (!model || !file) { fputs(perplexity_usage, stderr); return 2; }
    if (ctx < 4) return fail("perplexity", "--ctx must be at least 4");
    if (strcmp(backend, "cpu") && strcmp(backend, "vulkan") && strcmp(backend, "auto")) { fprintf(stderr, "valkyr perplexity: --backend is cpu, vulkan or auto\n"); return 2; }
    be = !strcmp(backend, "cpu") ? VKR_BACKEND_CPU : !strcmp(backend, "vulkan") ? VKR_BACKEND_VULKAN : VKR_BACKEND_AUTO;
    text = read_all(file, &len);
    if (!text) { fprintf(stderr, "valkyr perplexity: %s: cannot read\n", file); return 1; }
    if ((r = vkr_tok_load(model, NULL, &tok)) != VKR_OK) { free(text); return fail_lib("perplexity", r); }
    r = vkr_tok_encode(tok, text, len, VKR_TOK_ADD_SPECIAL, &ids);
    free(text);
    if (r != VKR_OK) { vkr_tok_free(tok); return fail_lib("perplexity", r); }
    n_chunks = (int64_t)ids.n / ctx;
    if (max_chunks >= 0 && n_chunks > max_chunks) n_chunks = max_chunks;
    if (n_chunks < 1) {
        fprintf(stderr, "valkyr perplexity: %s has %zu tokens, fewer than one chunk of %lld (use a smaller --ctx)\n", file, ids.n, (long long)ctx);
        rc = 1;
        goto done;
    }
    if ((rc = open_side(model, quant, ctx, threads, be, prec, &q))) goto done;
    if (base && (rc = open_side(base, NULL, ctx, threads, be, prec, &b))) goto done;
    V = vkr_session_vocab_size(q.s);
    if (base && vkr_session_vocab_size(b.s) != V) { rc = fail("perplexity", "the two models' vocabularies differ in size"); goto done; }
    first = ctx / 2;
    lq = (double *)malloc((size_t)V * sizeof(double));
    lb = (double *)malloc((size_t)V * sizeof(double));
    kls = (double *)malloc((size_t)(n_chunks * ctx) * sizeof(double));
    if (!lq || !lb || !kls) { rc = fail("perplexity", "out of memory"); goto done; }
    for (c = 0; c < n_chunks; c++) {
        vkr_token *chunk = ids.ids + c * ctx, save = chunk[0];
        int64_t j;
        if (vkr_tok_bos(tok) >= 0 && ids.n && ids.ids[0] == vkr_tok_bos(tok)) chunk[0] = vkr_tok_bos(tok);   /* as llama.cpp: BOS starts each chunk */
        vkr_session_rewind(q.s, 0);
        r = vkr_session_append(q.s, chunk, (size_t)ctx, q.logits);
        if (r == VKR_OK && base) {
            vkr_session_rewind(b.s, 0);
            r = vkr_session_append(b.s, chunk, (size_t)ctx, b.logits);
        }
        chunk[0] = save;
        if (r != VKR_OK) { rc = fail_lib("perplexity", r); goto done; }
        for (j = first; j < ctx - 1; j++) {
            vkr_token next = chunk[j + 1];
            double l;
            log_softmax(q.logits + j * V, V, lq);
            l = -lq[next];
            nll += l;
            nll2 += l * l;
            if (base) {
                double d = 0, lbv;
                int64_t aq = 0, ab = 0;
                log_softmax(b.logits + j * V, V, lb);
                lbv = -lb[next];
                nll_b += lbv;
                nll_b2 += lbv * lbv;
                for (i = 0; i < V; i++) {
                    d += exp(lb[i]) * (lb[i] - lq[i]);
                    if (lq[i] > lq[aq]) aq = i;
                    if (lb[i] > lb[ab]) ab = i;
                }
                kl += d;
                kl2 += d * d;
                kls[count] = d;
                same_top += aq == ab;
            }
            count++;
        }
        if (!json && isatty(2)) {
            fprintf(stderr, "\rchunk %lld/%lld: PPL %.4f", (long long)(c + 1), (long long)n_chunks, exp(nll / (double)count));
            fflush(stderr);
        }
    }
    if (!json && isatty(2)) fputc('\n', stderr);
    {
        double mean = nll / (double)count, var = nll2 / (double)count - mean * mean;
        double ppl = exp(mean), ppl_err = ppl * sqrt(fmax(var, 0) / (double)(count > 1 ? count - 1 : 1));
        if (!base) {
            if (json) printf("{\"model\": \"%s\", \"ctx\": %lld, \"chunks\": %lld, \"tokens_scored\": %lld, \"ppl\": %.6f, \"ppl_stderr\": %.6f}\n",
                             model, (long long)ctx, (long long)n_chunks, (long long)count, ppl, ppl_err);
            else printf("%s: PPL = %.4f ± %.4f over %lld tokens (%lld chunks of %lld)\n", model, ppl, ppl_err, (long long)count, (long long)n_chunks, (long long)ctx);
        } else {
            double mb = nll_b / (double)count, kmean = kl / (double)count;
            double kerr = sqrt(fmax(kl2 / (double)count - kmean * kmean, 0) / (double)(count > 1 ? count - 1 : 1));
            double ppl_b = exp(mb), med, p99, top = 100.0 * (double)same_top / (double)count;
            qsort(kls, (size_t)count, sizeof(double), cmp_double);
            med = kls[count / 2];
            p99 = kls[(int64_t)((double)(count - 1) * 0.99)];
            if (json)
                printf("{\"model\": \"%s\", \"base\": \"%s\", \"ctx\": %lld, \"chunks\": %lld, \"tokens_scored\": %lld, \"ppl\": %.6f, \"ppl_stderr\": %.6f, "
                       "\"ppl_base\": %.6f, \"ln_ppl_ratio\": %.6f, \"kl_mean\": %.8f, \"kl_stderr\": %.8f, \"kl_median\": %.8f, \"kl_p99\": %.8f, \"same_top_percent\": %.3f}\n",
                       model, base, (long long)ctx, (long long)n_chunks, (long long)count, ppl, ppl_err, ppl_b, mean - mb, kmean, kerr, med, p99, top);
            else
                printf("%s against %s, %lld tokens scored (%lld chunks of %lld):\n"
                       "  PPL           %.4f ± %.4f (base %.4f), ln(PPL/PPL_base) = %.5f\n"
                       "  KL divergence mean %.6f ± %.6f, median %.6f, 99th percentile %.6f\n"
                       "  same top token %.2f%%\n",
                       model, base, (long long)count, (long long)n_chunks, (long long)ctx, ppl, ppl_err, ppl_b, mean - mb, kmean, kerr, med, p99, top);
        }
    }
done:
    free(lq);
    free(lb);
    free(kls);
    if (q.m) close_side(&q);
    if (b.m) close_side(&b);
    vkr_tokens_free(&ids);
    vkr_tok_free(tok);
    return rc;
}

const char *quantize_usage =
    "usage: valkyr quantize MODEL --type TYPE --out F.gguf [--threads N]\n"
    "\n"
    "Writes MODEL (a Hugging Face directory, or a .gguf to requantize) as a GGUF file\n"
    "that llama.cpp loads, as its convert_hf_to_gguf.py and llama-quantize would: the\n"
    "same tensor types (Q4_K_M keeps Q6_K for the output and some attn_v / ffn_down)\n"
    "and bytes, the tokenizer and chat template in the metadata.\n"
    "\n"
    "  --type TYPE           q8_0, q4_0, q4_1, q5_0, q5_1, q4_k_s, q4_k_m, q5_k_s, q5_k_m,\n"
    "                        q6_k, f16, bf16 or f32\n"
    "  --out F.gguf          the file to write (written whole, then renamed into place)\n"
    "  --threads N           CPU threads (default: all)\n";

int cmd_quantize(int argc, char **argv) {
    const char *model = NULL, *out = NULL, *type = NULL;
    int32_t threads = 0;
    int k;
    vkr_model *m = NULL;
    vkr_model_desc md;
    vkr_gguf_save_desc sd;
    vkr_result r;
    int64_t t0 = vkr_time_ns();
    for (k = 0; k < argc; k++) {
        const char *a = argv[k], *v = k + 1 < argc ? argv[k + 1] : NULL;
#define NEED_VALUE() do { if (!v) { fprintf(stderr, "valkyr quantize: %s needs a value\n", a); return 2; } k++; } while (0)
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(quantize_usage, stdout); return 0; }
        else if (!strcmp(a, "--type")) { NEED_VALUE(); type = v; }
        else if (!strcmp(a, "--out")) { NEED_VALUE(); out = v; }
        else if (!strcmp(a, "--threads")) { NEED_VALUE(); threads = atoi(v); }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr quantize: unknown option %s (valkyr quantize --help lists the options)\n", a); return 2; }
        else if (!model) model = a;
        else { fprintf(stderr, "valkyr quantize: one MODEL\n"); return 2; }
#undef NEED_VALUE
    }
    if (!model || !out || !type) { fputs(quantize_usage, stderr); return 2; }
    memset(&sd, 0, sizeof sd);
    sd.type = vkr_qtype_from_name(type);
    if (sd.type == VKR_QTYPE_INVALID) { fprintf(stderr, "valkyr quantize: --type %s is not one of q8_0, q4_0, q4_1, q5_0, q5_1, q4_k_s, q4_k_m, q5_k_s, q5_k_m, q6_k, f16, bf16, f32\n", type); return 2; }
    sd.n_threads = threads;
    sd.hooks = cli_hooks();
    memset(&md, 0, sizeof md);
    md.hooks = cli_hooks();
    r = vkr_model_load(model, &md, &m);
    if (r == VKR_OK) r = vkr_model_save_gguf(m, out, &sd);
    if (r != VKR_OK) { vkr_model_free(m); return fail_lib("quantize", r); }
    {
        vkr_gguf *g = NULL;
        char b1[32], b2[32];
        if (vkr_gguf_open(out, NULL, &g) == VKR_OK) {
            uint64_t bytes = 0;
            int64_t i;
            for (i = 0; i < vkr_gguf_tensor_count(g); i++) bytes += vkr_gguf_tensor_at(g, i)->n_bytes;
            fprintf(stderr, "valkyr quantize: %s → %s (%s): %lld tensors, %s of weights (from %s) in %.1f s\n", model, out, vkr_qtype_name(sd.type),
                    (long long)vkr_gguf_tensor_count(g), human_bytes(b1, sizeof b1, (double)bytes),
                    human_bytes(b2, sizeof b2, (double)vkr_model_weight_bytes(m)), (double)(vkr_time_ns() - t0) / 1e9);
            vkr_gguf_close(g);
        }
    }
    vkr_model_free(m);
    return 0;
}
