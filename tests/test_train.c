/* The trainer (>>train) on the CPU: every backward twin against central
   finite differences (per op, inside the tape of tiny models of every
   family), the fused cross-entropy, whole-model gradients, packing,
   accumulation and thread invariance, LoRA, the optimizers and schedules,
   checkpoints, parity with PyTorch on fixtures made by
   tools/make_train_fixtures.py, and a real fine-tune of stories260K. */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#ifdef VKR_TEST_TRAIN_STUBS
#  include VKR_TEST_TRAIN_STUBS
#endif
#include "vt.h"
#include <math.h>

static uint64_t rng = 0x243F6A8885A308D3ull;
static double urand(void) {   /* uniform in [0, 1) */
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (double)(rng >> 11) / 9007199254740992.0;
}

static const char *const families[] = {"llama", "llama_mqa", "llama3_rope", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3"};

static vkr_model *load_parity(const char *name) {
    char dir[256];
    vkr_model *m = NULL;
    snprintf(dir, sizeof dir, "tests/data/parity/%s", name);
    if (vkr_model_load(dir, NULL, &m) != VKR_OK) return NULL;
    /* awkward shapes for the window: a sliding window shorter than it, and
       partial rotary on the full-attention layers */
    if (m->config.sliding_window) m->config.sliding_window = 3;
    if (strcmp(name, "llama") == 0) m->config.rope.rotary_dim = m->config.head_dim / 2;
    return m;
}

/* L = Σ r ⊙ (everything op k wrote), in double. */
static double op_loss(vkr_trainer *t, int64_t k, const float *r) {
    vkr__tape *P = &t->tape;
    const vkr__op *op = &P->ops[k];
    double L = 0;
    size_t i, o = 0;
    int s;
    for (s = 0; s < VKR__S_COUNT; s++)
        if (P->wr[k][s] >= 0) {
            const float *v = VKR__VAL(P, P->wr[k][s]);
            for (i = 0; i < P->len[P->wr[k][s]]; i++) L += (double)r[o++] * v[i];
        }
    if (op->kind == VKR__OP_ROPE_KV) {   /* and its layer's cache */
        size_t n = P->kv / 4 / (size_t)t->m->config.n_layers;
        const float *kc = P->kc + (size_t)op->layer * n, *vc = P->vc + (size_t)op->layer * n;
        for (i = 0; i < n; i++) L += (double)r[o++] * kc[i];
        for (i = 0; i < n; i++) L += (double)r[o++] * vc[i];
    }
    return L;
}

typedef struct fd_input { const char *what; float *x, *g; size_t n; } fd_input;

/* Checks op k's backward twin: analytic gradients of L = Σ r ⊙ out against
   central differences, for a sample of every input and weight element. */
static double check_op(vkr_trainer *t, int64_t k, const char *fam) {
    vkr__tape *P = &t->tape;
    const vkr__op *op = &P->ops[k];
    const vkr_config *c = &t->m->config;
    size_t nr = P->arena + P->kv, i, o = 0, n = P->kv / 4 / (size_t)c->n_layers;
    float *r = (float *)malloc(nr * sizeof(float));
    fd_input in[12];
    int n_in = 0, s, j;
    vkr__cpux X;
    double worst = 0;
    vkr__param *W = vkr__param_of(t, op->w), *W2 = vkr__param_of(t, op->w2), *B = vkr__param_of(t, op->b);
    for (i = 0; i < nr; i++) r[i] = (float)(urand() * 2 - 1);
    /* analytic: the gradient of what it wrote is r */
    memset(P->grad, 0, P->arena * sizeof(float));
    memset(P->gkc, 0, P->kv / 2 * sizeof(float));
    for (j = 0; j < t->n_params; j++) memset(t->params[j].g, 0, (size_t)t->params[j].n * sizeof(float));
    for (s = 0; s < VKR__S_COUNT; s++)
        if (P->wr[k][s] >= 0) { memcpy(VKR__GRAD(P, P->wr[k][s]), r + o, P->len[P->wr[k][s]] * sizeof(float)); o += P->len[P->wr[k][s]]; }
    if (op->kind == VKR__OP_ROPE_KV) {
        memcpy(P->gkc + (size_t)op->layer * n, r + o, n * sizeof(float)); o += n;
        memcpy(P->gvc + (size_t)op->layer * n, r + o, n * sizeof(float)); o += n;
    }
    vkr__tape_cpux(t, &X);
    vkr__tape_op_backward(t, &X, k, 0);
    /* its inputs */
    for (s = 0; s < VKR__S_COUNT; s++)
        if (P->rd[k][s] >= 0) {
            in[n_in].what = "slot"; in[n_in].x = VKR__VAL(P, P->rd[k][s]); in[n_in].g = VKR__GRAD(P, P->rd[k][s]); in[n_in].n = P->len[P->rd[k][s]]; n_in++;
        }
    if (op->kind == VKR__OP_ATTENTION) {
        in[n_in].what = "k cache"; in[n_in].x = P->kc + (size_t)op->layer * n; in[n_in].g = P->gkc + (size_t)op->layer * n; in[n_in].n = n; n_in++;
        in[n_in].what = "v cache"; in[n_in].x = P->vc + (size_t)op->layer * n; in[n_in].g = P->gvc + (size_t)op->layer * n; in[n_in].n = n; n_in++;
    }
    if (W) { in[n_in].what = "w"; in[n_in].x = W->w; in[n_in].g = W->g; in[n_in].n = (size_t)W->n; n_in++; }
    if (W2) { in[n_in].what = "w2"; in[n_in].x = W2->w; in[n_in].g = W2->g; in[n_in].n = (size_t)W2->n; n_in++; }
    if (B) { in[n_in].what = "b"; in[n_in].x = B->w; in[n_in].g = B->g; in[n_in].n = (size_t)B->n; n_in++; }
    if (P->site[k] >= 0) {
        vkr__param *A_ = &t->params[t->sites[P->site[k]].a], *B_ = &t->params[t->sites[P->site[k]].b];
        in[n_in].what = "lora A"; in[n_in].x = A_->w; in[n_in].g = A_->g; in[n_in].n = (size_t)A_->n; n_in++;
        in[n_in].what = "lora B"; in[n_in].x = B_->w; in[n_in].g = B_->g; in[n_in].n = (size_t)B_->n; n_in++;
    }
    for (j = 0; j < n_in; j++) {
        double gmax = 0, err = 0;
        int q;
        for (i = 0; i < in[j].n; i++) gmax = fmax(gmax, fabs(in[j].g[i]));
        for (q = 0; q < 24; q++) {
            size_t e = (size_t)(urand() * (double)in[j].n);
            float x0 = in[j].x[e], h = 1e-2f * fmaxf(1.0f, fabsf(x0));
            double lp, lm, fd;
            in[j].x[e] = x0 + h; vkr__tape_op_forward(t, &X, k, 0); lp = op_loss(t, k, r);
            in[j].x[e] = x0 - h; vkr__tape_op_forward(t, &X, k, 0); lm = op_loss(t, k, r);
            in[j].x[e] = x0;
            fd = (lp - lm) / (2.0 * ((double)(x0 + h) - (double)x0));
            err = fmax(err, fabs(fd - in[j].g[e]));
        }
        vkr__tape_op_forward(t, &X, k, 0);
        err /= fmax(gmax, 1e-3);
        if (err > 2e-3) vt_fail_at(__FILE__, __LINE__, "%s: op %lld (%s, layer %d) input %s: finite differences off by %.3g of max |g| %.3g", fam, (long long)k, vkr__op_names[op->kind],
                                 (int)op->layer, in[j].what, err, gmax);
        worst = fmax(worst, err);
    }
    free(r);
    return worst;
}

static vkr_token ids7[7] = {5, 17, 3, 200, 42, 9, 77};
static int32_t doc7[7] = {0, 0, 0, 0, 1, 1, 1};   /* two documents: positions restart at row 4 */

/* Every op of every family's tape, full fine-tuning (every weight a parameter). */
static void test_backward_twins_fd(void) {
    size_t f;
    int kinds[VKR__OP_COUNT] = {0}, k;
    for (f = 0; f < sizeof families / sizeof *families; f++) {
        vkr_model *m = load_parity(families[f]);
        vkr_trainer *t = NULL;
        vkr_trainer_desc d;
        double worst = 0;
        int64_t o;
        REQUIRE(m, "%s: %s", families[f], vkr_last_error());
        memset(&d, 0, sizeof d);
        d.n_threads = 2;
        REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK, "%s", vkr_last_error());
        REQUIRE(vkr__tape_plan(t, 7) == VKR_OK);
        REQUIRE(vkr__tape_forward(t, ids7, doc7, 0) == VKR_OK);
        for (o = 0; o < t->tape.n_ops; o++) {
            worst = fmax(worst, check_op(t, o, families[f]));
            kinds[t->tape.ops[o].kind]++;
        }
        printf("  %s: %lld ops, worst finite-difference error %.2e of max |g|", families[f], (long long)t->tape.n_ops, worst), putchar('\n');
        vkr_trainer_free(t);
        vkr_model_free(m);
    }
    for (k = 0; k < VKR__OP_COUNT; k++) CHECK(kinds[k] > 0, "op kind %s never checked", vkr__op_names[k]);
}

int main(void) {
    VT_RUN(test_backward_twins_fd);
    return vt_finish();
}
