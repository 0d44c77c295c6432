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

/* the parity models of every family; "gemma_gelu" is gemma with exact GELU (hidden_activation "gelu") */
static const char *const families[] = {"llama", "llama_mqa", "llama3_rope", "mistral", "qwen2", "qwen3", "gemma", "gemma_gelu", "gemma2", "gemma3"};

static vkr_model *load_parity(const char *name) {
    char dir[256];
    vkr_model *m = NULL;
    snprintf(dir, sizeof dir, "tests/data/parity/%s", strcmp(name, "gemma_gelu") == 0 ? "gemma" : name);
    if (vkr_model_load(dir, NULL, &m) != VKR_OK) return NULL;
    if (strcmp(name, "gemma_gelu") == 0) m->config.act = VKR_ACT_GELU;
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
static double check_op(vkr_trainer *t, int64_t k, const char *fam, uint64_t key) {
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
    vkr__tape_op_backward(t, &X, k, key);
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
            in[j].x[e] = x0 + h; vkr__tape_op_forward(t, &X, k, key); lp = op_loss(t, k, r);
            in[j].x[e] = x0 - h; vkr__tape_op_forward(t, &X, k, key); lm = op_loss(t, k, r);
            in[j].x[e] = x0;
            fd = (lp - lm) / (2.0 * ((double)(x0 + h) - (double)x0));
            err = fmax(err, fabs(fd - in[j].g[e]));
        }
        vkr__tape_op_forward(t, &X, k, key);
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
        d.no_recompute = true;   /* every op's inputs stay on the tape */
        REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK, "%s", vkr_last_error());
        REQUIRE(vkr__tape_plan(t, 7) == VKR_OK);
        REQUIRE(vkr__tape_forward(t, ids7, doc7, 0) == VKR_OK);
        for (o = 0; o < t->tape.n_ops; o++) {
            worst = fmax(worst, check_op(t, o, families[f], 0));
            kinds[t->tape.ops[o].kind]++;
        }
        printf("  %s: %lld ops, worst finite-difference error %.2e of max |g|", families[f], (long long)t->tape.n_ops, worst), putchar('\n');
        vkr_trainer_free(t);
        vkr_model_free(m);
    }
    for (k = 0; k < VKR__OP_COUNT; k++) CHECK(kinds[k] > 0, "op kind %s never checked", vkr__op_names[k]);
}

/* LoRA on every linear of a bf16 base (frozen, read in its file precision),
   rank 3, dropout 0.3 with its masks drawn: every op again. */
static void test_backward_twins_fd_lora(void) {
    size_t f;
    for (f = 0; f < sizeof families / sizeof *families; f++) {
        vkr_model *m = load_parity(families[f]);
        vkr_trainer *t = NULL;
        vkr_trainer_desc d;
        double worst = 0;
        int64_t o, i;
        REQUIRE(m, "%s: %s", families[f], vkr_last_error());
        memset(&d, 0, sizeof d);
        d.n_threads = 2;
        d.no_recompute = true;
        d.lora.rank = 3;
        d.lora.targets = 0x7fu;
        d.lora.dropout = 0.3;
        REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK, "%s", vkr_last_error());
        for (i = 0; i < t->n_params; i++) {   /* B ≠ 0, so that A has a gradient */
            int64_t j;
            if (strstr(t->params[i].name, "lora_B"))
                for (j = 0; j < t->params[i].n; j++) t->params[i].w[j] = (float)(urand() - 0.5);
        }
        REQUIRE(vkr__tape_plan(t, 7) == VKR_OK);
        REQUIRE(vkr__tape_forward(t, ids7, doc7, 12345) == VKR_OK);
        for (o = 0; o < t->tape.n_ops; o++) worst = fmax(worst, check_op(t, o, families[f], 12345));
        printf("  %s LoRA: worst finite-difference error %.2e of max |g|\n", families[f], worst);
        vkr_trainer_free(t);
        vkr_model_free(m);
    }
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

/* ---- the trainer's own guarantees ------------------------------------------- */

static vkr_trainer *new_trainer(vkr_model *m, int threads, int64_t rank, double dropout) {
    vkr_trainer_desc d;
    vkr_trainer *t = NULL;
    memset(&d, 0, sizeof d);
    d.n_threads = threads;
    d.lr = 1e-2;
    d.weight_decay = 0.1;
    d.clip = 1.0;
    d.warmup_steps = 2;
    d.total_steps = 10;
    d.seed = 7;
    d.lora.rank = rank;
    d.lora.targets = rank ? 0x7fu : 0;
    d.lora.dropout = dropout;
    d.lora_plus_ratio = rank ? 4.0 : 0;
    if (vkr_trainer_new(m, &d, &t) != VKR_OK) return NULL;
    return t;
}

static double max_rel_grad_diff(vkr_trainer *a, vkr_trainer *b) {
    double worst = 0;
    int64_t i, j;
    for (i = 0; i < a->n_params; i++) {
        double d = 0, mx = 1e-30;
        for (j = 0; j < a->params[i].n; j++) { d = fmax(d, fabs((double)a->params[i].g[j] - b->params[i].g[j])); mx = fmax(mx, fabs(a->params[i].g[j])); }
        worst = fmax(worst, d / mx);
    }
    return worst;
}

/* A packed window of two documents trains exactly as the two documents in
   windows of their own: positions restart, nothing attends or is scored
   across the boundary. */
static void test_packing_equals_separate(void) {
    vkr_model *m = load_parity("gemma2");   /* sliding window 3, soft-caps, sandwich norms */
    vkr_trainer *t1, *t2;
    vkr_token a[4] = {5, 17, 3, 200}, b[3] = {42, 9, 77};
    vkr_train_batch packed, sep[2];
    double l1, l2;
    int64_t c1, c2, s1, s2;
    REQUIRE(m);
    t1 = new_trainer(m, 2, 0, 0);
    t2 = new_trainer(m, 2, 0, 0);
    REQUIRE(t1 && t2);
    memset(&packed, 0, sizeof packed);
    packed.rows = 1; packed.seq = 7; packed.ids = ids7; packed.doc = doc7;
    memset(sep, 0, sizeof sep);
    sep[0].rows = 1; sep[0].seq = 4; sep[0].ids = a;
    sep[1].rows = 1; sep[1].seq = 3; sep[1].ids = b;
    REQUIRE(vkr__trainer_grads(t1, &packed, 1, &l1, &c1, &s1) == VKR_OK);
    REQUIRE(vkr__trainer_grads(t2, sep, 2, &l2, &c2, &s2) == VKR_OK);
    CHECK(c1 == 5 && c2 == 5, "%lld and %lld predicted tokens", (long long)c1, (long long)c2);
    CHECK(fabs(l1 - l2) < 1e-6 * fabs(l2), "packed loss %.9g, separate %.9g", l1, l2);
    CHECK(max_rel_grad_diff(t1, t2) < 1e-5, "gradients differ by %.3g", max_rel_grad_diff(t1, t2));
    vkr_trainer_free(t1); vkr_trainer_free(t2);
    vkr_model_free(m);
}

/* Micro-batches accumulate as one batch of all their rows would (the loss
   token-weighted), bit for bit; and the thread count changes nothing. */
static void test_accumulation_and_threads(void) {
    fixture F;
    vkr_model *m;
    vkr_trainer *t1, *t2, *t3;
    vkr_token ids[48], labels[48];
    vkr_train_batch one;
    double l1, l2, l3;
    int64_t c, s, i, j, same = 1;
    char path[320];
    REQUIRE(fixture_load(&F, "qwen3"));
    snprintf(path, sizeof path, "%s/model", F.dir);
    REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK);
    t1 = new_trainer(m, 2, 0, 0); t2 = new_trainer(m, 2, 0, 0); t3 = new_trainer(m, 3, 0, 0);
    REQUIRE(t1 && t2 && t3);
    memcpy(ids, F.ids[0], 32 * sizeof(vkr_token)); memcpy(ids + 32, F.ids[1], 16 * sizeof(vkr_token));
    memcpy(labels, F.labels[0], 32 * sizeof(vkr_token)); memcpy(labels + 32, F.labels[1], 16 * sizeof(vkr_token));
    memset(&one, 0, sizeof one);
    one.rows = 3; one.seq = 16; one.ids = ids; one.labels = labels;
    REQUIRE(vkr__trainer_grads(t1, F.mb, 2, &l1, &c, &s) == VKR_OK);
    REQUIRE(vkr__trainer_grads(t2, &one, 1, &l2, &c, &s) == VKR_OK);
    REQUIRE(vkr__trainer_grads(t3, F.mb, 2, &l3, &c, &s) == VKR_OK);
    CHECK(l1 == l2 && l1 == l3, "losses %.17g %.17g %.17g", l1, l2, l3);
    for (i = 0; i < t1->n_params; i++)
        for (j = 0; j < t1->params[i].n; j++)
            if (t1->params[i].g[j] != t2->params[i].g[j] || t1->params[i].g[j] != t3->params[i].g[j]) same = 0;
    CHECK(same, "gradients differ between micro-batches / one batch / thread counts");
    vkr_trainer_free(t1); vkr_trainer_free(t2); vkr_trainer_free(t3);
    vkr_model_free(m);
    vkr_json_free(F.doc);
}

/* Recomputing each layer in the backward pass (the default) gives the
   gradients of keeping every activation, bit for bit, in less memory. */
static void test_recompute_same(void) {
    size_t f;
    for (f = 0; f < sizeof cases / sizeof *cases; f++) {
        fixture F;
        vkr_model *m;
        vkr_trainer *a, *b;
        double la, lb;
        int64_t c, s, i, same = 1;
        char path[320];
        REQUIRE(fixture_load(&F, cases[f]));
        snprintf(path, sizeof path, "%s/model", F.dir);
        REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK);
        a = new_trainer(m, 2, f % 2 ? 4 : 0, f % 2 ? 0.2 : 0);
        b = new_trainer(m, 2, f % 2 ? 4 : 0, f % 2 ? 0.2 : 0);
        REQUIRE(a && b);
        b->d.no_recompute = true;
        REQUIRE(vkr__trainer_grads(a, F.mb, 2, &la, &c, &s) == VKR_OK && vkr__trainer_grads(b, F.mb, 2, &lb, &c, &s) == VKR_OK);
        CHECK(a->tape.arena < b->tape.arena, "%s: %zu floats of activations with recomputation, %zu without", cases[f], a->tape.arena, b->tape.arena);
        for (i = 0; i < a->n_params; i++)
            if (memcmp(a->params[i].g, b->params[i].g, (size_t)a->params[i].n * sizeof(float))) same = 0;
        CHECK(la == lb && same, "%s: recomputation changed the loss (%.17g, %.17g) or a gradient", cases[f], la, lb);
        vkr_trainer_free(a); vkr_trainer_free(b);
        vkr_model_free(m);
        vkr_json_free(F.doc);
    }
}

static int same_params(const vkr_trainer *a, const vkr_trainer *b) {
    int64_t i;
    for (i = 0; i < a->n_params; i++)
        if (memcmp(a->params[i].w, b->params[i].w, (size_t)a->params[i].n * 4 * sizeof(float)) != 0) return 0;   /* values and moments */
    return a->n_params == b->n_params;
}

/* 10 straight steps equal 5, a checkpoint, a new trainer, 5 more — bit for
   bit, with LoRA dropout drawing masks (LoRA+ and full fine-tuning too). */
static void test_checkpoint_resume(void) {
    fixture F;
    vkr_model *m;
    char path[320];
    const char *dir = "build/train-tests/ckpt";
    int kind;
    REQUIRE(fixture_load(&F, "gemma3"));
    snprintf(path, sizeof path, "%s/model", F.dir);
    REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK);
    for (kind = 0; kind < 2; kind++) {
        vkr_trainer *a = new_trainer(m, 2, kind ? 4 : 0, kind ? 0.25 : 0), *b = new_trainer(m, 2, kind ? 4 : 0, kind ? 0.25 : 0), *c;
        double la[10], lb[10];
        void *blob = NULL;
        size_t blen = 0;
        int k;
        vkr_train_stats st;
        REQUIRE(a && b);
        for (k = 0; k < 10; k++) { REQUIRE(vkr_trainer_step(a, F.mb, 2, &st) == VKR_OK); la[k] = st.loss; }
        for (k = 0; k < 5; k++) { REQUIRE(vkr_trainer_step(b, F.mb, 2, &st) == VKR_OK); lb[k] = st.loss; }
        REQUIRE(vkr_trainer_save_checkpoint(b, dir, "epoch 3", 7) == VKR_OK, "%s", vkr_last_error());
        vkr_trainer_free(b);
        c = new_trainer(m, 1, kind ? 4 : 0, kind ? 0.25 : 0);   /* another thread count, too */
        REQUIRE(c);
        REQUIRE(vkr_trainer_load_checkpoint(c, dir, &blob, &blen) == VKR_OK, "%s", vkr_last_error());
        CHECK(blen == 7 && blob && memcmp(blob, "epoch 3", 7) == 0, "the caller's blob came back wrong");
        vkr_trainer_free_blob(c, blob, blen);
        CHECK(vkr_trainer_steps(c) == 5);
        for (k = 5; k < 10; k++) { REQUIRE(vkr_trainer_step(c, F.mb, 2, &st) == VKR_OK); lb[k] = st.loss; }
        CHECK(memcmp(la, lb, sizeof la) == 0, "%s: losses after resuming differ", kind ? "LoRA" : "full");
        CHECK(same_params(a, c), "%s: parameters or moments after resuming differ", kind ? "LoRA" : "full");
        if (kind) {   /* a checkpoint of another kind is refused */
            vkr_trainer *f = new_trainer(m, 1, 0, 0);
            CHECK(vkr_trainer_load_checkpoint(f, dir, NULL, NULL) == VKR_ERR_INVALID_ARGUMENT && strstr(vkr_last_error(), "lora"), "%s", vkr_last_error());
            vkr_trainer_free(f);
        }
        vkr_trainer_free(a);
        vkr_trainer_free(c);
    }
    vkr_model_free(m);
    vkr_json_free(F.doc);
}

/* What vkr_trainer_save writes loads back as what was trained. */
static void test_save_loads_back(void) {
    fixture F;
    vkr_model *m, *m2;
    vkr_trainer *t;
    vkr_lora *l = NULL;
    vkr_train_stats st;
    char path[320];
    int64_t i, same = 1;
    REQUIRE(fixture_load(&F, "qwen2"));
    snprintf(path, sizeof path, "%s/model", F.dir);
    REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK);
    /* LoRA → a PEFT adapter */
    t = new_trainer(m, 2, 4, 0);
    REQUIRE(t && vkr_trainer_step(t, F.mb, 2, &st) == VKR_OK && vkr_trainer_step(t, F.mb, 2, &st) == VKR_OK);
    REQUIRE(vkr_trainer_save(t, "build/train-tests/adapter") == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_lora_load("build/train-tests/adapter", m, NULL, &l) == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_lora_get_config(l)->rank == 4 && vkr_lora_get_config(l)->targets == 0x7fu);
    for (i = 0; i < t->n_sites; i++) {
        const vkr__lora_site *S = &t->sites[i];
        if (memcmp(vkr_lora_a(l, S->layer, (vkr_lora_target)S->target), t->params[S->a].w, (size_t)t->params[S->a].n * 4) ||
            memcmp(vkr_lora_b(l, S->layer, (vkr_lora_target)S->target), t->params[S->b].w, (size_t)t->params[S->b].n * 4)) same = 0;
    }
    CHECK(same, "the saved adapter differs from the trained one");
    vkr_lora_free(l);
    vkr_trainer_free(t);
    /* full → a model directory */
    t = new_trainer(m, 2, 0, 0);
    REQUIRE(t && vkr_trainer_step(t, F.mb, 2, &st) == VKR_OK && vkr_trainer_step(t, F.mb, 2, &st) == VKR_OK && vkr_trainer_step(t, F.mb, 2, &st) == VKR_OK);
    REQUIRE(vkr_trainer_save(t, "build/train-tests/full") == VKR_OK, "%s", vkr_last_error());
    REQUIRE(vkr_model_load("build/train-tests/full", NULL, &m2) == VKR_OK, "%s", vkr_last_error());
    same = 1;
    for (i = 0; i < t->n_params; i++) {
        const vkr_tensor *T = vkr_st_find(vkr_model_tensors(m2), t->params[i].name);
        if (!T || T->dtype != VKR_DTYPE_F32 || memcmp(T->data, t->params[i].w, (size_t)t->params[i].n * 4)) same = 0;
    }
    CHECK(same, "the saved model differs from the trained weights");
    vkr_model_free(m2);
    vkr_trainer_free(t);
    vkr_model_free(m);
    vkr_json_free(F.doc);
}

/* The schedules (transformers' formulas) and SGD (PyTorch's). */
static void test_schedules_and_sgd(void) {
    vkr_model *m = load_parity("llama");
    vkr_trainer_desc d;
    vkr_trainer *t;
    REQUIRE(m);
    memset(&d, 0, sizeof d);
    d.lr = 1.0; d.warmup_steps = 2; d.total_steps = 10; d.n_threads = 1;
    d.schedule = VKR_SCHEDULE_LINEAR;
    REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK);
    CHECK(vkr_trainer_lr_at(t, 0) == 0 && vkr_trainer_lr_at(t, 1) == 0.5 && vkr_trainer_lr_at(t, 2) == 1.0 && vkr_trainer_lr_at(t, 6) == 0.5 &&
          vkr_trainer_lr_at(t, 10) == 0 && vkr_trainer_lr_at(t, 12) == 0);
    t->d.schedule = VKR_SCHEDULE_CONSTANT;
    CHECK(vkr_trainer_lr_at(t, 1) == 0.5 && vkr_trainer_lr_at(t, 9) == 1.0 && vkr_trainer_lr_at(t, 100) == 1.0);
    t->d.schedule = VKR_SCHEDULE_COSINE;
    CHECK(vkr_trainer_lr_at(t, 6) > 0.49999 && vkr_trainer_lr_at(t, 6) < 0.50001 && vkr_trainer_lr_at(t, 10) == 0);
    vkr_trainer_free(t);
    /* SGD with momentum and L2 decay on matrices: p -= lr·buf, buf = μ·buf + (g + wd·p), buf₁ = g₁ + wd·p */
    {
        vkr_train_batch b;
        double loss;
        int64_t c, s, i, j;
        float *w0, *g0, *buf;
        vkr__param *P;
        int ok = 1;
        memset(&d, 0, sizeof d);
        d.optimizer = VKR_OPTIMIZER_SGD; d.lr = 0.1; d.momentum = 0.9; d.weight_decay = 0.01; d.schedule = VKR_SCHEDULE_CONSTANT; d.n_threads = 1;
        REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK);
        memset(&b, 0, sizeof b);
        b.rows = 1; b.seq = 7; b.ids = ids7;
        P = &t->params[1];   /* a matrix or a norm, whatever comes second */
        w0 = (float *)malloc((size_t)P->n * 3 * sizeof(float)); g0 = w0 + P->n; buf = g0 + P->n;
        for (i = 0; i < 2; i++) {
            memcpy(w0, P->w, (size_t)P->n * sizeof(float));
            REQUIRE(vkr__trainer_grads(t, &b, 1, &loss, &c, &s) == VKR_OK);
            memcpy(g0, P->g, (size_t)P->n * sizeof(float));
            for (j = 0; j < P->n; j++) {
                float g = g0[j] + (P->decay ? 0.01f : 0.0f) * w0[j];
                buf[j] = i == 0 ? g : buf[j] * 0.9f + g;
            }
            REQUIRE(vkr_trainer_step(t, &b, 1, NULL) == VKR_OK);
            for (j = 0; j < P->n; j++) ok &= P->w[j] == w0[j] - 0.1f * buf[j];
        }
        CHECK(ok, "SGD with momentum is not PyTorch's");
        free(w0);
        vkr_trainer_free(t);
    }
    vkr_model_free(m);
}

/* Bad input: clear errors, nothing trained. */
static void test_bad_batches(void) {
    vkr_model *m = load_parity("llama");
    vkr_trainer *t;
    vkr_train_batch b;
    vkr_token bad[4] = {1, 2, 999999, 3}, lab[4] = {-100, -100, -100, -100}, big[4] = {1, 2, 3, 4}, biglab[4] = {1, 2, 3, 100000};
    REQUIRE(m && (t = new_trainer(m, 1, 0, 0)));
    memset(&b, 0, sizeof b);
    b.rows = 1; b.seq = 4; b.ids = bad;
    CHECK(vkr_trainer_step(t, &b, 1, NULL) == VKR_ERR_INVALID_ARGUMENT && strstr(vkr_last_error(), "999999"), "%s", vkr_last_error());
    b.ids = big; b.labels = lab;
    CHECK(vkr_trainer_step(t, &b, 1, NULL) == VKR_ERR_INVALID_ARGUMENT && strstr(vkr_last_error(), "no token to predict"), "%s", vkr_last_error());
    b.labels = biglab;
    CHECK(vkr_trainer_step(t, &b, 1, NULL) == VKR_ERR_INVALID_ARGUMENT && strstr(vkr_last_error(), "vocabulary"), "%s", vkr_last_error());
    b.seq = 1;
    CHECK(vkr_trainer_step(t, &b, 1, NULL) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_trainer_steps(t) == 0, "a refused batch counted as a step");
    vkr_trainer_free(t);
    vkr_model_free(m);
}

/* The progress hook sees every window and can stop a step before anything changes. */
static int progress_calls;
static bool stop_at_2(void *u, const char *what, uint64_t done, uint64_t total) {
    (void)u;
    progress_calls++;
    return !(strcmp(what, "train") == 0 && total == 3 && done == 2);
}
static void test_progress_aborts(void) {
    fixture F;
    vkr_model *m;
    vkr_trainer *t;
    vkr_trainer_desc d;
    char path[320];
    float *before;
    int64_t n;
    REQUIRE(fixture_load(&F, "llama"));
    snprintf(path, sizeof path, "%s/model", F.dir);
    REQUIRE(vkr_model_load(path, NULL, &m) == VKR_OK);
    memset(&d, 0, sizeof d);
    d.hooks.progress = stop_at_2;
    d.n_threads = 1;
    REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK);
    n = t->params[0].n;
    before = (float *)malloc((size_t)n * sizeof(float));
    memcpy(before, t->params[0].w, (size_t)n * sizeof(float));
    CHECK(vkr_trainer_step(t, F.mb, 2, NULL) == VKR_ERR_ABORTED, "%s", vkr_last_error());
    CHECK(progress_calls == 2 && vkr_trainer_steps(t) == 0 && memcmp(before, t->params[0].w, (size_t)n * sizeof(float)) == 0,
          "%d progress calls; an aborted step changed something", progress_calls);
    free(before);
    vkr_trainer_free(t);
    vkr_model_free(m);
    vkr_json_free(F.doc);
}

/* ---- a real fine-tune: stories260K learns a sentence -------------------------- */

typedef struct gen_buf { char text[512]; size_t n; } gen_buf;
static bool collect(void *u, vkr_token id, const char *s, size_t n) {
    gen_buf *g = (gen_buf *)u;
    (void)id;
    if (g->n + n < sizeof g->text) { memcpy(g->text + g->n, s, n); g->n += n; g->text[g->n] = 0; }
    return true;
}
static void complete(const char *dir, const vkr_tok *tok, const char *prompt, gen_buf *out) {
    vkr_model *m = NULL;
    vkr_session *s = NULL;
    vkr_session_desc sd;
    vkr_generate_desc g;
    memset(out, 0, sizeof *out);
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_CPU;
    sd.n_ctx = 128;
    if (vkr_model_load(dir, NULL, &m) != VKR_OK || vkr_session_new(m, &sd, &s) != VKR_OK) { vkr_model_free(m); return; }
    vkr_session_append_text(s, tok, prompt, strlen(prompt), VKR_TOK_ADD_SPECIAL);
    memset(&g, 0, sizeof g);
    g.max_tokens = 32;
    g.on_token = collect;
    g.user = out;
    vkr_generate(s, tok, &g, NULL);
    vkr_session_free(s);
    vkr_model_free(m);
}

static void test_finetune_stories260k(void) {
    static const char *text = "Once upon a time, a purple whale named Zorbo sang songs about pancakes to the moon.";
    static const char *prompt = "Once upon a time, a purple whale named";
    vkr_model *m = NULL;
    vkr_tok *tok = NULL;
    vkr_trainer *t = NULL;
    vkr_trainer_desc d;
    vkr_tokens ids;
    vkr_train_batch b;
    vkr_train_stats st;
    gen_buf before, after;
    double first = 0;
    int k;
    REQUIRE(vkr_model_load("models/stories260k", NULL, &m) == VKR_OK && vkr_tok_load("models/stories260k", NULL, &tok) == VKR_OK);
    memset(&ids, 0, sizeof ids);
    REQUIRE(vkr_tok_encode(tok, text, strlen(text), VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
    complete("models/stories260k", tok, prompt, &before);
    CHECK(!strstr(before.text, "Zorbo sang"), "the model already knew: %s", before.text);
    memset(&d, 0, sizeof d);
    d.lr = 3e-3;
    d.n_threads = 2;
    d.schedule = VKR_SCHEDULE_CONSTANT;
    REQUIRE(vkr_trainer_new(m, &d, &t) == VKR_OK);
    memset(&b, 0, sizeof b);
    b.rows = 1; b.seq = (int64_t)ids.n; b.ids = ids.ids;
    for (k = 0; k < 60; k++) {
        REQUIRE(vkr_trainer_step(t, &b, 1, &st) == VKR_OK, "%s", vkr_last_error());
        if (k == 0) first = st.loss;
    }
    printf("  stories260K, full fine-tuning on one sentence (%zu tokens): loss %.3f → %.3f in 60 steps\n", ids.n, first, st.loss);
    CHECK(st.loss < first * 0.25, "the loss fell only from %.3f to %.3f", first, st.loss);
    REQUIRE(vkr_trainer_save(t, "build/train-tests/stories") == VKR_OK, "%s", vkr_last_error());
    complete("build/train-tests/stories", tok, prompt, &after);
    printf("  before: \"%s\"\n  after:  \"%s\"\n", before.text, after.text);
    CHECK(strncmp(after.text, " Zorbo sang songs about pancakes", 32) == 0, "after fine-tuning: %s", after.text);
    vkr_tokens_free(&ids);
    vkr_trainer_free(t);
    vkr_tok_free(tok);
    vkr_model_free(m);
}

int main(void) {
    VT_RUN(test_backward_twins_fd);
    VT_RUN(test_backward_twins_fd_lora);
    VT_RUN(test_parity_full);
    VT_RUN(test_parity_lora);
    VT_RUN(test_peft_adapter_logits);
    VT_RUN(test_packing_equals_separate);
    VT_RUN(test_accumulation_and_threads);
    VT_RUN(test_recompute_same);
    VT_RUN(test_checkpoint_resume);
    VT_RUN(test_save_loads_back);
    VT_RUN(test_schedules_and_sgd);
    VT_RUN(test_bad_batches);
    VT_RUN(test_progress_aborts);
    VT_RUN(test_finetune_stories260k);
    return vt_finish();
}
