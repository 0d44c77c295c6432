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

/* ---- parity with PyTorch (tests/data/train, tools/make_train_fixtures.py) ---- */

static const char *const cases[] = {"llama", "llama_tied", "llama3_rope", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3"};

typedef struct fixture {
    char dir[256];
    vkr_json_doc *doc;
    const vkr_json *meta;
    vkr_token ids[2][64], labels[2][64];
    vkr_train_batch mb[2];
} fixture;

static int fixture_load(fixture *F, const char *name) {
    char path[320];
    size_t len, j, r, i;
    char *text;
    vkr_json_desc jd;
    memset(F, 0, sizeof *F);
    snprintf(F->dir, sizeof F->dir, "tests/data/train/%s", name);
    snprintf(path, sizeof path, "%s/meta.json", F->dir);
    if (!(text = vt_read_file(path, &len))) return 0;
    memset(&jd, 0, sizeof jd);
    if (vkr_json_parse(text, len, &jd, &F->doc) != VKR_OK) { free(text); return 0; }
    free(text);
    F->meta = vkr_json_root(F->doc);
    for (j = 0; j < 2; j++) {
        const vkr_json *b = vkr_json_at(vkr_json_get(F->meta, "micro_batches"), j), *ids = vkr_json_get(b, "ids"), *lab = vkr_json_get(b, "labels");
        size_t rows = ids ? ids->len : 0, seq = rows ? vkr_json_at(ids, 0)->len : 0;
        if (!rows || rows * seq > 64) return 0;
        for (r = 0; r < rows; r++)
            for (i = 0; i < seq; i++) {
                int64_t v, l;
                if (!vkr_json_int(vkr_json_at(vkr_json_at(ids, r), i), &v) || !vkr_json_int(vkr_json_at(vkr_json_at(lab, r), i), &l)) return 0;
                F->ids[j][r * seq + i] = (vkr_token)v;
                F->labels[j][r * seq + i] = (vkr_token)l;
            }
        F->mb[j].rows = (int64_t)rows;
        F->mb[j].seq = (int64_t)seq;
        F->mb[j].ids = F->ids[j];
        F->mb[j].labels = F->labels[j];
    }
    return 1;
}

static double meta_num(const vkr_json *o, const char *a, const char *b) {
    double v = NAN;
    const vkr_json *x = vkr_json_get(o, a);
    if (b) x = vkr_json_get(x, b);
    vkr_json_number(x, &v);
    return v;
}

/* Every parameter's gradient against the fixture's (max |Δ| / max |ref| over the tensor). */
static double check_grads(vkr_trainer *t, const char *file, const char *name) {
    vkr_st *st = NULL;
    double worst = 0;
    int64_t i, j;
    if (vkr_st_open(file, NULL, &st) != VKR_OK) { vt_fail_at(__FILE__, __LINE__, "%s: %s", file, vkr_last_error()); return 1; }
    CHECK(vkr_st_count(st) == t->n_params, "%s: %lld gradients in the fixture, %lld parameters", name, (long long)vkr_st_count(st), (long long)t->n_params);
    for (i = 0; i < t->n_params; i++) {
        const vkr__param *P = &t->params[i];
        const vkr_tensor *T = vkr_st_find(st, P->name);
        float *ref;
        double d = 0, mx = 0;
        if (!T || T->n_elems != P->n) { vt_fail_at(__FILE__, __LINE__, "%s: no gradient %s in the fixture", name, P->name); continue; }
        ref = (float *)malloc((size_t)P->n * sizeof(float));
        vkr_tensor_read_f32(T, 0, P->n, ref);
        for (j = 0; j < P->n; j++) { d = fmax(d, fabs((double)P->g[j] - ref[j])); mx = fmax(mx, fabs(ref[j])); }
        d /= fmax(mx, 1e-30);
        if (d > 1e-4) vt_fail_at(__FILE__, __LINE__, "%s: gradient of %s off by %.3g of max |g| %.3g", name, P->name, d, mx);
        worst = fmax(worst, d);
        free(ref);
    }
    vkr_st_close(st);
    return worst;
}

static void check_case(const char *name, bool lora) {
    fixture F;
    vkr_model *m = NULL;
    vkr_trainer *t = NULL;
    vkr_trainer_desc d;
    char path[320], init[320];
    const vkr_json *res, *steps;
    double loss, want, worst_loss = 0, gw;
    int64_t count, seen, k;
    REQUIRE(fixture_load(&F, name), "%s: fixture unreadable", name);
    res = vkr_json_get(F.meta, lora ? "lora" : "full");
    snprintf(path, sizeof path, "%s/model", F.dir);
    REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK, "%s", vkr_last_error());
    memset(&d, 0, sizeof d);
    d.lr = 1e-2;
    d.weight_decay = 0.1;
    d.clip = 1.0;
    d.warmup_steps = 2;
    d.total_steps = 10;
    d.n_threads = 2;
    if (lora) { snprintf(init, sizeof init, "%s/lora_init", F.dir); d.init_lora = init; }
    REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK, "%s: %s", name, vkr_last_error());
    CHECK(!lora || fabs(t->scaling - meta_num(res, "scaling", NULL)) < 1e-12, "%s: LoRA scaling %g", name, t->scaling);
    /* the gradient at the start */
    REQUIRE(vkr__trainer_grads(t, F.mb, 2, &loss, &count, &seen) == VKR_OK, "%s", vkr_last_error());
    want = meta_num(res, "loss", NULL);
    CHECK(count == 41, "%s: %lld predicted tokens", name, (long long)count);
    CHECK(fabs(loss - want) <= 1e-5 * fabs(want), "%s %s: loss %.9g, PyTorch %.9g", name, lora ? "LoRA" : "full", loss, want);
    snprintf(path, sizeof path, "%s/%s", F.dir, lora ? "lora_grads.safetensors" : "grads.safetensors");
    gw = check_grads(t, path, name);
    /* ten AdamW steps, clipped, cosine schedule with warm-up */
    steps = vkr_json_get(res, "steps");
    for (k = 0; k < 10; k++) {
        vkr_train_stats st;
        const vkr_json *s = vkr_json_at(steps, (size_t)k);
        REQUIRE(vkr_trainer_step(t, F.mb, 2, &st) == VKR_OK, "%s", vkr_last_error());
        want = meta_num(s, "loss", NULL);
        worst_loss = fmax(worst_loss, fabs(st.loss - want) / fabs(want));
        CHECK(fabs(st.loss - want) <= 1e-4 * fabs(want), "%s %s step %lld: loss %.9g, PyTorch %.9g", name, lora ? "LoRA" : "full", (long long)k, st.loss, want);
        CHECK(fabs(st.lr - meta_num(s, "lr", NULL)) <= 1e-12, "%s step %lld: lr %g", name, (long long)k, st.lr);
        CHECK(fabs(st.grad_norm - meta_num(s, "grad_norm", NULL)) <= 1e-4 * meta_num(s, "grad_norm", NULL), "%s step %lld: grad norm %g vs %g", name,
              (long long)k, st.grad_norm, meta_num(s, "grad_norm", NULL));
    }
    printf("  %-12s %s: gradients within %.1e, 10-step losses within %.1e\n", name, lora ? "LoRA" : "full", gw, worst_loss);
    vkr_trainer_free(t);
    vkr_model_free(m);
    vkr_json_free(F.doc);
}

static void test_parity_full(void) {
    size_t i;
    for (i = 0; i < sizeof cases / sizeof *cases; i++) check_case(cases[i], false);
}
static void test_parity_lora(void) {
    size_t i;
    for (i = 0; i < sizeof cases / sizeof *cases; i++) check_case(cases[i], true);
}

/* An adapter PEFT made, applied by valkyr: the logits PEFT gives. */
static void test_peft_adapter_logits(void) {
    size_t c;
    for (c = 0; c < sizeof cases / sizeof *cases; c++) {
        fixture F;
        vkr_model *m = NULL;
        vkr_lora *l = NULL;
        vkr_session *s = NULL;
        vkr_session_desc sd;
        char path[320];
        float *want, *got;
        size_t len, i;
        double err = 0;
        REQUIRE(fixture_load(&F, cases[c]));
        snprintf(path, sizeof path, "%s/model", F.dir);
        REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK, "%s", vkr_last_error());
        snprintf(path, sizeof path, "%s/lora_init", F.dir);
        REQUIRE(vkr_lora_load(path, m, NULL, &l) == VKR_OK, "%s", vkr_last_error());
        REQUIRE(vkr_model_apply_lora(m, l) == VKR_OK, "%s", vkr_last_error());
        memset(&sd, 0, sizeof sd);
        sd.backend = VKR_BACKEND_CPU;
        sd.precision = VKR_PRECISION_F32;
        sd.n_ctx = 64;
        REQUIRE(vkr_session_new(m, &sd, &s) == VKR_OK, "%s", vkr_last_error());
        snprintf(path, sizeof path, "%s/peft_logits.f32", F.dir);
        want = (float *)vt_read_file(path, &len);
        REQUIRE(want && len == 16 * 96 * 4);
        got = (float *)malloc(len);
        REQUIRE(vkr_session_append(s, F.ids[0], 16, got) == VKR_OK, "%s", vkr_last_error());
        for (i = 0; i < 16 * 96; i++) err = fmax(err, fabs((double)got[i] - want[i]) / fmax(1.0, fabs(want[i])));
        CHECK(err < 1e-4, "%s: logits with the PEFT adapter off by %.3g", cases[c], err);
        free(got); free(want);
        vkr_session_free(s);
        vkr_lora_free(l);
        vkr_model_free(m);
        vkr_json_free(F.doc);
    }
}

int main(void) {
    VT_RUN(test_backward_twins_fd);
    VT_RUN(test_parity_full);
    VT_RUN(test_parity_lora);
    VT_RUN(test_peft_adapter_logits);
    return vt_finish();
}
