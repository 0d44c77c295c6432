#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

/* test_model.c — tests of model loading (>>model): for every tiny model in
   tests/data/configs/t5-* (config.json + tensors.json, the names and shapes
   of the state dict transformers made), a model directory is written with
   every tensor as BF16 zeros and loaded; the bound weights are checked
   against what the family needs. Then the errors (missing / misshapen /
   unsupported tensors, unknown family, no config), the bundled
   models/stories260k, the Hugging Face cache lookup, vkr_model_list, the
   progress hook and the allocator hook. Temporary files live under
   /tmp/vkr_test_model_<pid>/ and are removed at the end. */

#include <ctype.h>
#include <dirent.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

/* ---------------------------------------------------------------- helpers */

static char tmp_root[256];
static const char *fixtures = "tests/data/configs";

static int contains(const char *hay, const char *needle) { return hay && needle && strstr(hay, needle) != NULL; }
static int ends_with(const char *s, const char *suffix) {
    size_t n = s ? strlen(s) : 0, m = strlen(suffix);
    return s && n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static void rm_rf(const char *path) {
    struct stat sb;
    if (lstat(path, &sb) != 0) return;
    if (S_ISDIR(sb.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        if (d) {
            while ((e = readdir(d)) != NULL) {
                char sub[4096];
                if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
                snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
                rm_rf(sub);
            }
            closedir(d);
        }
        rmdir(path);
    } else {
        unlink(path);
    }
}

static const char *tmp_path(const char *rel) {
    static char bufs[8][1024];
    static int k;
    char *o = bufs[k++ & 7];
    snprintf(o, 1024, "%s/%s", tmp_root, rel);
    return o;
}
/* mkdir -p of a path under tmp_root */
static void tmp_mkdirs(const char *rel) {
    char p[1024];
    size_t i;
    snprintf(p, sizeof p, "%s/%s", tmp_root, rel);
    for (i = strlen(tmp_root) + 1; p[i]; i++)
        if (p[i] == '/') { p[i] = 0; mkdir(p, 0755); p[i] = '/'; }
    mkdir(p, 0755);
}

static int copy_file(const char *src, const char *dst) {
    size_t n;
    char *buf = vt_read_file(src, &n);
    int ok;
    if (!buf) return 0;
    ok = vt_write_file(dst, buf, n);
    free(buf);
    return ok;
}

/* ------------------------------------------------------- tensor lists */

typedef struct tinfo {
    char name[192];
    char dtype[16];
    int nd;
    int64_t shape[VKR_MAX_DIMS];
} tinfo;

typedef struct tlist {
    tinfo v[256];
    int n;
} tlist;

static int64_t tinfo_elems(const tinfo *t) {
    int64_t n = 1;
    int d;
    for (d = 0; d < t->nd; d++) n *= t->shape[d];
    return n;
}
static int64_t tlist_elems(const tlist *l) {
    int64_t n = 0;
    int i;
    for (i = 0; i < l->n; i++) n += tinfo_elems(&l->v[i]);
    return n;
}
static tinfo *tlist_find(tlist *l, const char *name) {
    int i;
    for (i = 0; i < l->n; i++) if (!strcmp(l->v[i].name, name)) return &l->v[i];
    return NULL;
}
static void tlist_remove(tlist *l, const char *name) {
    tinfo *t = tlist_find(l, name);
    if (t) { *t = l->v[l->n - 1]; l->n--; }
}
static void tlist_add(tlist *l, const char *name, const char *dtype, int nd, const int64_t *shape) {
    tinfo *t = &l->v[l->n++];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    snprintf(t->dtype, sizeof t->dtype, "%s", dtype);
    t->nd = nd;
    memcpy(t->shape, shape, sizeof(int64_t) * (size_t)nd);
}

/* Reads fixture/tensors.json ({"name": [shape...]}) with vkr_json_parse. */
static int load_tensors_json(const char *fixture, tlist *out) {
    char path[512];
    size_t len, i, d;
    char *text;
    vkr_json_doc *doc;
    const vkr_json *root;
    snprintf(path, sizeof path, "%s/%s/tensors.json", fixtures, fixture);
    text = vt_read_file(path, &len);
    if (!text) { fprintf(stderr, "  cannot read %s\n", path); return 0; }
    memset(out, 0, sizeof *out);
    if (vkr_json_parse(text, len, NULL, &doc) != VKR_OK) { fprintf(stderr, "  %s\n", vkr_last_error()); free(text); return 0; }
    root = vkr_json_root(doc);
    for (i = 0; root->type == VKR_JSON_OBJECT && i < root->len && out->n < 256; i++) {
        const vkr_json *e = &root->items[i];
        int64_t shape[VKR_MAX_DIMS];
        if (e->type != VKR_JSON_ARRAY || e->len > VKR_MAX_DIMS) continue;
        for (d = 0; d < e->len; d++) vkr_json_int(&e->items[d], &shape[d]);
        tlist_add(out, e->key, "BF16", (int)e->len, shape);
    }
    vkr_json_free(doc);
    free(text);
    return out->n > 0;
}

/* Writes a safetensors file holding the list (zeros, each in its dtype). */
static int write_st(const char *path, const tlist *l) {
    static char hdr[1 << 17];
    size_t h = 0, off = 0, total, i;
    uint8_t *img;
    int k, d, ok;
    h += (size_t)snprintf(hdr + h, sizeof hdr - h, "{\"__metadata__\":{\"format\":\"pt\"}");
    for (k = 0; k < l->n; k++) {
        const tinfo *t = &l->v[k];
        size_t nb = (size_t)tinfo_elems(t) * (size_t)vkr_dtype_bits(vkr_dtype_from_name(t->dtype)) / 8;
        h += (size_t)snprintf(hdr + h, sizeof hdr - h, ",\"%s\":{\"dtype\":\"%s\",\"shape\":[", t->name, t->dtype);
        for (d = 0; d < t->nd; d++) h += (size_t)snprintf(hdr + h, sizeof hdr - h, "%s%lld", d ? "," : "", (long long)t->shape[d]);
        h += (size_t)snprintf(hdr + h, sizeof hdr - h, "],\"data_offsets\":[%zu,%zu]}", off, off + nb);
        off += nb;
    }
    h += (size_t)snprintf(hdr + h, sizeof hdr - h, "}");
    while (h % 8) hdr[h++] = ' ';            /* pad like the reference writer */
    if (h >= sizeof hdr) return 0;
    total = 8 + h + off;
    img = (uint8_t *)calloc(1, total);
    for (i = 0; i < 8; i++) img[i] = (uint8_t)((uint64_t)h >> (8 * i));
    memcpy(img + 8, hdr, h);
    ok = vt_write_file(path, img, total);
    free(img);
    return ok;
}

/* Makes tmp/rel with fixture's config.json (unless config is given: a path
   to copy instead, or "" for none) and a model.safetensors of `l`. */
static int make_model(const char *rel, const char *fixture, const char *config, const tlist *l) {
    char src[512], dst[1024];
    tmp_mkdirs(rel);
    snprintf(dst, sizeof dst, "%s/config.json", tmp_path(rel));
    if (!config) { snprintf(src, sizeof src, "%s/%s/config.json", fixtures, fixture); config = src; }
    if (config[0] && !copy_file(config, dst)) return 0;
    if (!l) return 1;
    snprintf(dst, sizeof dst, "%s/model.safetensors", tmp_path(rel));
    return write_st(dst, l);
}

/* ---------------------------------------------------- counting allocator */

typedef struct arec { void *p; size_t size; } arec;
typedef struct counter {
    long long outstanding, n_allocs, fail_at, n_failed;
    int size_mismatch, unknown_free;
    arec *recs;
    size_t n_recs, cap_recs;
} counter;

static void *count_alloc(void *user, size_t size, size_t align) {
    counter *c = (counter *)user;
    void *p = NULL;
    c->n_allocs++;
    if (c->fail_at && c->n_allocs == c->fail_at) { c->n_failed++; return NULL; }
    if (align < sizeof(void *)) align = sizeof(void *);
    if (posix_memalign(&p, align, size ? size : 1) != 0) return NULL;
    if (c->n_recs == c->cap_recs) {
        c->cap_recs = c->cap_recs ? c->cap_recs * 2 : 64;
        c->recs = (arec *)realloc(c->recs, c->cap_recs * sizeof *c->recs);
    }
    c->recs[c->n_recs].p = p;
    c->recs[c->n_recs].size = size;
    c->n_recs++;
    c->outstanding += (long long)size;
    return p;
}
static void count_free(void *user, void *ptr, size_t size) {
    counter *c = (counter *)user;
    size_t i;
    c->outstanding -= (long long)size;
    for (i = c->n_recs; i-- > 0;)
        if (c->recs[i].p == ptr) {
            if (c->recs[i].size != size) c->size_mismatch++;
            c->recs[i] = c->recs[--c->n_recs];
            free(ptr);
            return;
        }
    c->unknown_free++;
}
static void counter_reset(counter *c, long long fail_at) {
    free(c->recs);
    memset(c, 0, sizeof *c);
    c->fail_at = fail_at;
}
static void counter_done(counter *c) {
    size_t i;
    for (i = 0; i < c->n_recs; i++) free(c->recs[i].p);
    free(c->recs);
    memset(c, 0, sizeof *c);
}
static vkr_model_desc counting_desc(counter *c) {
    vkr_model_desc d;
    memset(&d, 0, sizeof d);
    d.hooks.allocator.alloc = count_alloc;
    d.hooks.allocator.free = count_free;
    d.hooks.allocator.user = c;
    return d;
}
#define BALANCED(c) ((c)->outstanding == 0 && (c)->n_recs == 0 && !(c)->size_mismatch && !(c)->unknown_free)

/* ------------------------------------------------- the t5-* model families */

static const struct { const char *fixture; vkr_family family; } families[] = {
    {"t5-llama", VKR_FAMILY_LLAMA},     {"t5-llama3rope", VKR_FAMILY_LLAMA}, {"t5-mistral", VKR_FAMILY_MISTRAL},
    {"t5-qwen2", VKR_FAMILY_QWEN2},     {"t5-qwen3", VKR_FAMILY_QWEN3},      {"t5-gemma", VKR_FAMILY_GEMMA},
    {"t5-gemma2", VKR_FAMILY_GEMMA2},   {"t5-gemma3_text", VKR_FAMILY_GEMMA3}, {"t5-qwen3_5_text", VKR_FAMILY_QWEN3_5},
};
#define N_FAMILIES (int)(sizeof families / sizeof families[0])

/* Every layer field, with the tensor name it binds. */
static const struct { size_t off; const char *name; } layer_fields[] = {
#define F(field, nm) {offsetof(vkr_layer_weights, field), nm}
    F(attn_norm, "input_layernorm.weight"),
    F(q, "self_attn.q_proj.weight"), F(k, "self_attn.k_proj.weight"), F(v, "self_attn.v_proj.weight"),
    F(o, "self_attn.o_proj.weight"),
    F(q_bias, "self_attn.q_proj.bias"), F(k_bias, "self_attn.k_proj.bias"), F(v_bias, "self_attn.v_proj.bias"),
    F(o_bias, "self_attn.o_proj.bias"),
    F(q_norm, "self_attn.q_norm.weight"), F(k_norm, "self_attn.k_norm.weight"),
    F(attn_post_norm, "post_attention_layernorm.weight"),
    F(ffn_norm, NULL),   /* pre_feedforward_layernorm (sandwich) or post_attention_layernorm */
    F(ffn_post_norm, "post_feedforward_layernorm.weight"),
    F(gate, "mlp.gate_proj.weight"), F(up, "mlp.up_proj.weight"), F(down, "mlp.down_proj.weight"),
    F(gate_bias, "mlp.gate_proj.bias"), F(up_bias, "mlp.up_proj.bias"), F(down_bias, "mlp.down_proj.bias"),
    F(in_qkv, "linear_attn.in_proj_qkv.weight"), F(in_z, "linear_attn.in_proj_z.weight"),
    F(in_b, "linear_attn.in_proj_b.weight"), F(in_a, "linear_attn.in_proj_a.weight"),
    F(conv1d, "linear_attn.conv1d.weight"), F(dt_bias, "linear_attn.dt_bias"), F(a_log, "linear_attn.A_log"),
    F(lin_norm, "linear_attn.norm.weight"), F(out_proj, "linear_attn.out_proj.weight"),
#undef F
};
#define N_FIELDS (int)(sizeof layer_fields / sizeof layer_fields[0])

/* Whether the family needs the field in a layer of this kind. */
static int field_needed(vkr_family f, int kind, const char *fname) {
    int linear = kind == VKR_LAYER_LINEAR_ATTENTION;
    int sandwich = f == VKR_FAMILY_GEMMA2 || f == VKR_FAMILY_GEMMA3;
    if (!fname) return 1;   /* ffn_norm */
    if (!strcmp(fname, "input_layernorm.weight") || !strncmp(fname, "mlp.", 4))
        return strstr(fname, ".bias") == NULL;
    if (!strncmp(fname, "linear_attn.", 12)) return linear;
    if (linear) return 0;
    if (!strcmp(fname, "post_attention_layernorm.weight") || !strcmp(fname, "post_feedforward_layernorm.weight")) return sandwich;
    if (contains(fname, "_norm.weight")) return f == VKR_FAMILY_QWEN3 || f == VKR_FAMILY_GEMMA3 || f == VKR_FAMILY_QWEN3_5;
    if (!strcmp(fname, "self_attn.o_proj.bias")) return 0;
    if (contains(fname, ".bias")) return f == VKR_FAMILY_QWEN2;
    return 1;   /* q k v o */
}

static void check_family(int fi) {
    const char *fx = families[fi].fixture;
    tlist l;
    vkr_model *m = NULL;
    vkr_result r;
    const vkr_config *c;
    const vkr_weights *w;
    const vkr_st *st;
    char rel[256];
    char *bound;
    int64_t i, layer, n_linear = 0;
    int k;
    REQUIRE(load_tensors_json(fx, &l), "%s", fx);
    snprintf(rel, sizeof rel, "fam/%s", fx);
    REQUIRE(make_model(rel, fx, NULL, &l), "%s", fx);
    r = vkr_model_load(tmp_path(rel), NULL, &m);
    REQUIRE(r == VKR_OK, "%s: %s", fx, vkr_last_error());
    c = vkr_model_config(m);
    w = vkr_model_weights(m);
    st = vkr_model_tensors(m);
    CHECK(c->family == families[fi].family, "%s: family %s", fx, vkr_family_name(c->family));
    CHECK(!strcmp(vkr_model_dir(m), tmp_path(rel)), "%s: dir %s", fx, vkr_model_dir(m));
    CHECK(c->n_layers == 4, "%s: %lld layers", fx, (long long)c->n_layers);
    CHECK(vkr_model_param_count(m) == tlist_elems(&l), "%s: %lld params, want %lld", fx,
          (long long)vkr_model_param_count(m), (long long)tlist_elems(&l));
    CHECK(vkr_model_weight_bytes(m) == (uint64_t)tlist_elems(&l) * 2, "%s: bytes", fx);
    CHECK(vkr_st_count(st) == l.n, "%s", fx);
    bound = (char *)calloc((size_t)vkr_st_count(st) + 1, 1);

#define BIND(t, want) do { \
        const vkr_tensor *t_ = (t); \
        if (!t_) { CHECK(0, "%s: %s not bound", fx, want); break; } \
        CHECK(!strcmp(t_->name, want), "%s: bound %s, want %s", fx, t_->name, want); \
        CHECK(vkr_st_find(st, t_->name) == t_, "%s: %s is not the set's tensor", fx, want); \
        CHECK(t_->dtype == VKR_DTYPE_BF16, "%s", fx); \
        bound[t_ - vkr_st_at(st, 0)] = 1; \
    } while (0)

    BIND(w->embed, "model.embed_tokens.weight");
    BIND(w->final_norm, "model.norm.weight");
    REQUIRE(w->lm_head != NULL, "%s", fx);
    if (c->tie_word_embeddings) CHECK(w->lm_head == w->embed, "%s: tied lm_head is the embedding", fx);
    else BIND(w->lm_head, "lm_head.weight");
    CHECK(w->embed->shape[0] == c->vocab_size && w->embed->shape[1] == c->hidden_size, "%s", fx);
    REQUIRE(w->layers != NULL, "%s", fx);
    for (layer = 0; layer < c->n_layers; layer++) {
        const vkr_layer_weights *L = &w->layers[layer];
        int kind = c->layer_kind[layer];
        char probe[256];
        /* the tensors decide the kind too: linear_attn.* only in linear layers */
        snprintf(probe, sizeof probe, "model.layers.%lld.linear_attn.A_log", (long long)layer);
        CHECK((vkr_st_find(st, probe) != NULL) == (kind == VKR_LAYER_LINEAR_ATTENTION), "%s: layer %lld kind %d", fx,
              (long long)layer, kind);
        if (kind == VKR_LAYER_LINEAR_ATTENTION) n_linear++;
        for (k = 0; k < N_FIELDS; k++) {
            const vkr_tensor *t = *(const vkr_tensor *const *)((const char *)L + layer_fields[k].off);
            const char *fname = layer_fields[k].name;
            char want[256];
            int sandwich = c->family == VKR_FAMILY_GEMMA2 || c->family == VKR_FAMILY_GEMMA3;
            if (!fname) fname = sandwich ? "pre_feedforward_layernorm.weight" : "post_attention_layernorm.weight";
            snprintf(want, sizeof want, "model.layers.%lld.%s", (long long)layer, fname);
            if (field_needed(c->family, kind, layer_fields[k].name)) BIND(t, want);
            else CHECK(t == NULL, "%s: layer %lld: %s should be NULL, is %s", fx, (long long)layer, want, t ? t->name : "");
        }
        if (kind != VKR_LAYER_LINEAR_ATTENTION && L->q) {
            int64_t rows = c->n_heads * c->head_dim * (c->family == VKR_FAMILY_QWEN3_5 ? 2 : 1);
            CHECK(L->q->shape[0] == rows && L->q->shape[1] == c->hidden_size, "%s: q [%lld, %lld]", fx,
                  (long long)L->q->shape[0], (long long)L->q->shape[1]);
            CHECK(L->k->shape[0] == c->n_kv_heads * c->head_dim, "%s", fx);
            CHECK(L->o->shape[1] == c->n_heads * c->head_dim, "%s", fx);
        }
        if (kind == VKR_LAYER_LINEAR_ATTENTION && L->conv1d) {
            CHECK(L->conv1d->n_dims == 3 && L->conv1d->shape[1] == 1 && L->conv1d->shape[2] == c->linear_conv_kernel, "%s", fx);
            CHECK(L->a_log->shape[0] == c->linear_n_value_heads, "%s", fx);
        }
    }
    if (c->family == VKR_FAMILY_QWEN3_5) {
        CHECK(n_linear == 3 && c->layer_kind[3] == VKR_LAYER_FULL_ATTENTION, "%s: %lld linear layers", fx, (long long)n_linear);
        CHECK(c->attn_output_gate, "%s", fx);
    } else {
        CHECK(n_linear == 0, "%s", fx);
    }
    /* every tensor in the file is bound, but a tied head's own copy */
    for (i = 0; i < vkr_st_count(st); i++)
        if (!bound[i] && !(c->tie_word_embeddings && !strcmp(vkr_st_at(st, i)->name, "lm_head.weight")))
            CHECK(0, "%s: tensor %s is in the file but not bound", fx, vkr_st_at(st, i)->name);
#undef BIND
    free(bound);
    vkr_model_free(m);
}

static void test_family_llama(void) { check_family(0); }
static void test_family_llama3rope(void) { check_family(1); }
static void test_family_mistral(void) { check_family(2); }
static void test_family_qwen2(void) { check_family(3); }
static void test_family_qwen3(void) { check_family(4); }
static void test_family_gemma(void) { check_family(5); }
static void test_family_gemma2(void) { check_family(6); }
static void test_family_gemma3_text(void) { check_family(7); }
static void test_family_qwen3_5_text(void) { check_family(8); }

/* The shapes and flags the config leads to, per family, independent of
   the loop above: a few spot checks. */
static void test_family_specifics(void) {
    tlist l;
    vkr_model *m;
    vkr_result r;
    const vkr_layer_weights *L;
    /* qwen2: q/k/v biases, no o bias */
    REQUIRE(load_tensors_json("t5-qwen2", &l) && make_model("spec/qwen2", "t5-qwen2", NULL, &l));
    r = vkr_model_load(tmp_path("spec/qwen2"), NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    L = &vkr_model_weights(m)->layers[1];
    CHECK(L->q_bias && L->k_bias && L->v_bias && !L->o_bias && !L->q_norm);
    CHECK(L->q_bias && L->q_bias->n_dims == 1 && L->q_bias->shape[0] == L->q->shape[0]);
    vkr_model_free(m);
    /* gemma2: sandwich norms, tied */
    REQUIRE(load_tensors_json("t5-gemma2", &l) && make_model("spec/gemma2", "t5-gemma2", NULL, &l));
    r = vkr_model_load(tmp_path("spec/gemma2"), NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    L = &vkr_model_weights(m)->layers[0];
    CHECK(L->attn_post_norm && L->ffn_norm && L->ffn_post_norm && L->ffn_norm != L->attn_post_norm);
    CHECK(L->attn_post_norm && contains(L->attn_post_norm->name, "post_attention_layernorm"));
    CHECK(L->ffn_norm && contains(L->ffn_norm->name, "pre_feedforward_layernorm"));
    CHECK(vkr_model_weights(m)->lm_head == vkr_model_weights(m)->embed);
    vkr_model_free(m);
    /* qwen3_5: linear layers 0-2, gated full attention at 3 */
    REQUIRE(load_tensors_json("t5-qwen3_5_text", &l) && make_model("spec/qwen3_5", "t5-qwen3_5_text", NULL, &l));
    r = vkr_model_load(tmp_path("spec/qwen3_5"), NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    L = &vkr_model_weights(m)->layers[0];
    CHECK(L->in_qkv && L->in_z && L->in_b && L->in_a && L->conv1d && L->dt_bias && L->a_log && L->lin_norm && L->out_proj);
    CHECK(!L->q && !L->k && !L->v && !L->o);
    L = &vkr_model_weights(m)->layers[3];
    CHECK(L->q && L->q->shape[0] == 2 * vkr_model_config(m)->n_heads * vkr_model_config(m)->head_dim);
    CHECK(L->q_norm && L->k_norm && !L->in_qkv);
    CHECK(vkr_model_weights(m)->lm_head != vkr_model_weights(m)->embed);
    vkr_model_free(m);
}

/* A tied family whose file has no lm_head.weight (what save_pretrained
   writes for tied checkpoints) loads too, and counts each tensor once. */
static void test_tied_without_head(void) {
    tlist l;
    vkr_model *m;
    vkr_result r;
    REQUIRE(load_tensors_json("t5-gemma", &l));
    tlist_remove(&l, "lm_head.weight");
    REQUIRE(make_model("tied_nohead", "t5-gemma", NULL, &l));
    r = vkr_model_load(tmp_path("tied_nohead"), NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_model_weights(m)->lm_head == vkr_model_weights(m)->embed);
    CHECK(vkr_model_param_count(m) == tlist_elems(&l));
    vkr_model_free(m);
    /* an untied family without it fails */
    REQUIRE(load_tensors_json("t5-llama", &l));
    tlist_remove(&l, "lm_head.weight");
    REQUIRE(make_model("untied_nohead", "t5-llama", NULL, &l));
    m = (vkr_model *)(uintptr_t)1;
    r = vkr_model_load(tmp_path("untied_nohead"), NULL, &m);
    CHECK(r == VKR_ERR_TENSOR && m == NULL, "%d", (int)r);
    CHECK(contains(vkr_last_error(), "lm_head.weight") && contains(vkr_last_error(), "missing"), "%s", vkr_last_error());
}

/* ------------------------------------------------------------ load errors */

/* Loads tmp/rel (plain and with a counting allocator) and expects `want`
   and the words in the message. */
static void expect_load_fail_(const char *file, int line, const char *rel, vkr_result want, const char *w1,
                              const char *w2, const char *w3) {
    int pass;
    for (pass = 0; pass < 2; pass++) {
        counter c;
        vkr_model_desc d;
        vkr_model *m = (vkr_model *)(uintptr_t)1;
        vkr_result r;
        const char *e;
        memset(&c, 0, sizeof c);
        d = counting_desc(&c);
        r = vkr_model_load(tmp_path(rel), pass ? &d : NULL, &m);
        e = vkr_last_error();
        if (getenv("VT_VERBOSE") && !pass) fprintf(stderr, "  [%s] %s\n", rel, e);
        if (r != want) vt_fail_at(file, line, "%s: result %d (%s), want %d: %s", rel, (int)r, vkr_result_str(r), (int)want, e);
        if (m != NULL) { vt_fail_at(file, line, "%s: *out not NULL on failure", rel); if (r == VKR_OK) vkr_model_free(m); }
        if (w1 && !contains(e, w1)) vt_fail_at(file, line, "%s: message lacks \"%s\": %s", rel, w1, e);
        if (w2 && !contains(e, w2)) vt_fail_at(file, line, "%s: message lacks \"%s\": %s", rel, w2, e);
        if (w3 && !contains(e, w3)) vt_fail_at(file, line, "%s: message lacks \"%s\": %s", rel, w3, e);
        if (pass && !BALANCED(&c))
            vt_fail_at(file, line, "%s: allocator: %lld bytes outstanding, %d size mismatches, %d unknown frees", rel,
                       c.outstanding, c.size_mismatch, c.unknown_free);
        counter_done(&c);
    }
}
#define EXPECT_LOAD_FAIL(rel, want, w1, w2, w3) expect_load_fail_(__FILE__, __LINE__, rel, want, w1, w2, w3)

static void shape_text(char *buf, size_t cap, int nd, const int64_t *s) {
    size_t o = 0;
    int d;
    o += (size_t)snprintf(buf + o, cap - o, "[");
    for (d = 0; d < nd; d++) o += (size_t)snprintf(buf + o, cap - o, "%s%lld", d ? ", " : "", (long long)s[d]);
    snprintf(buf + o, cap - o, "]");
}

static void tensor_errors(const char *fx, const char *drop, const char *reshape, const char *as_i8) {
    tlist l;
    tinfo *t;
    char rel[256], have[64], want[64];
    /* a layer tensor missing */
    REQUIRE(load_tensors_json(fx, &l));
    REQUIRE(tlist_find(&l, drop), "%s has %s", fx, drop);
    tlist_remove(&l, drop);
    snprintf(rel, sizeof rel, "err/%s/missing", fx);
    REQUIRE(make_model(rel, fx, NULL, &l));
    EXPECT_LOAD_FAIL(rel, VKR_ERR_TENSOR, drop, "missing", NULL);
    /* a wrong shape: one more column */
    REQUIRE(load_tensors_json(fx, &l));
    REQUIRE((t = tlist_find(&l, reshape)) != NULL, "%s has %s", fx, reshape);
    shape_text(want, sizeof want, t->nd, t->shape);
    t->shape[t->nd - 1]++;
    shape_text(have, sizeof have, t->nd, t->shape);
    snprintf(rel, sizeof rel, "err/%s/shape", fx);
    REQUIRE(make_model(rel, fx, NULL, &l));
    EXPECT_LOAD_FAIL(rel, VKR_ERR_TENSOR, reshape, have, want);
    /* a wrong rank */
    REQUIRE(load_tensors_json(fx, &l));
    REQUIRE((t = tlist_find(&l, reshape)) != NULL);
    shape_text(want, sizeof want, t->nd, t->shape);
    t->shape[t->nd++] = 1;
    shape_text(have, sizeof have, t->nd, t->shape);
    snprintf(rel, sizeof rel, "err/%s/rank", fx);
    REQUIRE(make_model(rel, fx, NULL, &l));
    EXPECT_LOAD_FAIL(rel, VKR_ERR_TENSOR, reshape, have, want);
    /* a dtype valkyr does not compute with */
    REQUIRE(load_tensors_json(fx, &l));
    REQUIRE((t = tlist_find(&l, as_i8)) != NULL);
    snprintf(t->dtype, sizeof t->dtype, "I8");
    snprintf(rel, sizeof rel, "err/%s/dtype", fx);
    REQUIRE(make_model(rel, fx, NULL, &l));
    EXPECT_LOAD_FAIL(rel, VKR_ERR_UNSUPPORTED, as_i8, "I8", NULL);
    /* F32 and F16 are fine */
    REQUIRE(load_tensors_json(fx, &l));
    snprintf(tlist_find(&l, as_i8)->dtype, 16, "F32");
    snprintf(tlist_find(&l, reshape)->dtype, 16, "F16");
    snprintf(rel, sizeof rel, "err/%s/mixed", fx);
    REQUIRE(make_model(rel, fx, NULL, &l));
    {
        vkr_model *m;
        vkr_result r = vkr_model_load(tmp_path(rel), NULL, &m);
        CHECK(r == VKR_OK, "%s: %s", rel, vkr_last_error());
        if (r == VKR_OK) {
            CHECK(vkr_model_weight_bytes(m) == (uint64_t)tlist_elems(&l) * 2 + (uint64_t)tinfo_elems(tlist_find(&l, as_i8)) * 2);
            vkr_model_free(m);
        }
    }
}

static void test_errors_llama(void) {
    tensor_errors("t5-llama", "model.layers.2.mlp.up_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.norm.weight");
}
static void test_errors_qwen2(void) {
    tensor_errors("t5-qwen2", "model.layers.3.self_attn.v_proj.bias", "model.layers.0.self_attn.q_proj.bias",
                  "model.layers.2.mlp.down_proj.weight");
}
static void test_errors_gemma3(void) {
    tensor_errors("t5-gemma3_text", "model.layers.1.post_feedforward_layernorm.weight", "model.layers.2.self_attn.q_norm.weight",
                  "model.embed_tokens.weight");
}
static void test_errors_qwen3_5(void) {
    tensor_errors("t5-qwen3_5_text", "model.layers.1.linear_attn.A_log", "model.layers.0.linear_attn.conv1d.weight",
                  "model.layers.3.self_attn.q_proj.weight");
}

static void test_config_errors(void) {
    tlist l;
    char p[1024];
    REQUIRE(load_tensors_json("t5-llama", &l));
    /* gpt2: not a supported family; the message lists those that are */
    snprintf(p, sizeof p, "%s/gpt2/config.json", fixtures);
    REQUIRE(make_model("cfg/gpt2", NULL, p, &l));
    EXPECT_LOAD_FAIL("cfg/gpt2", VKR_ERR_UNSUPPORTED, "gpt2", "llama", "qwen3_5");
    {
        vkr_model *m;
        const char *want[] = {"mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3", "config.json"};
        size_t i;
        vkr_model_load(tmp_path("cfg/gpt2"), NULL, &m);
        for (i = 0; i < sizeof want / sizeof want[0]; i++) CHECK(contains(vkr_last_error(), want[i]), "%s: %s", want[i], vkr_last_error());
    }
    /* no config.json: the message names the path */
    REQUIRE(make_model("cfg/noconfig", NULL, "", &l));
    snprintf(p, sizeof p, "%s/config.json", tmp_path("cfg/noconfig"));
    EXPECT_LOAD_FAIL("cfg/noconfig", VKR_ERR_NOT_FOUND, p, NULL, NULL);
    /* config.json that is not JSON */
    REQUIRE(make_model("cfg/badjson", "t5-llama", NULL, &l));
    snprintf(p, sizeof p, "%s/config.json", tmp_path("cfg/badjson"));
    REQUIRE(vt_write_file(p, "{\"model_type\": \"llama\",", 23));
    EXPECT_LOAD_FAIL("cfg/badjson", VKR_ERR_JSON, p, NULL, NULL);
    /* a config but no weights */
    REQUIRE(make_model("cfg/noweights", "t5-llama", NULL, NULL));
    EXPECT_LOAD_FAIL("cfg/noweights", VKR_ERR_NOT_FOUND, tmp_path("cfg/noweights"), NULL, NULL);
    /* a config whose sizes disagree with the weights */
    {
        tlist l2;
        REQUIRE(load_tensors_json("t5-qwen3_5_text", &l2));
        REQUIRE(make_model("cfg/mismatch", "t5-llama", NULL, &l2));   /* llama config, qwen3.5 tensors */
        EXPECT_LOAD_FAIL("cfg/mismatch", VKR_ERR_TENSOR, "model.layers.0.self_attn.q_proj.weight", "missing", NULL);
    }
    /* not a directory, not an id */
    EXPECT_LOAD_FAIL("cfg/nowhere", VKR_ERR_NOT_FOUND, "nowhere", NULL, NULL);
    REQUIRE(make_model("cfg/file", "t5-llama", NULL, &l));
    {
        vkr_model *m = (vkr_model *)(uintptr_t)1;
        vkr_result r;
        snprintf(p, sizeof p, "%s/model.safetensors", tmp_path("cfg/file"));
        r = vkr_model_load(p, NULL, &m);
        CHECK(r != VKR_OK && m == NULL, "a file is not a model directory: %d", (int)r);
        CHECK(vkr_model_load(NULL, NULL, &m) == VKR_ERR_INVALID_ARGUMENT);
        CHECK(vkr_model_load(tmp_path("cfg/file"), NULL, NULL) == VKR_ERR_INVALID_ARGUMENT);
    }
    CHECK(vkr_model_config(NULL) == NULL && vkr_model_weights(NULL) == NULL && vkr_model_tensors(NULL) == NULL);
    CHECK(vkr_model_dir(NULL) == NULL && vkr_model_param_count(NULL) == 0 && vkr_model_weight_bytes(NULL) == 0);
    vkr_model_free(NULL);
}

/* ------------------------------------------------------ sharded and no_mmap */

/* Writes tmp/rel as a two-shard model of the fixture (tensors alternate
   between the shards) with its index; gives the tensor list. */
static int make_sharded(const char *rel, const char *fx, tlist *l) {
    static tlist a, b;
    static char idx[1 << 15];
    char p[1024];
    size_t o = 0;
    int i;
    if (!load_tensors_json(fx, l)) return 0;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    o += (size_t)snprintf(idx + o, sizeof idx - o, "{\"metadata\":{\"total_size\":%lld},\"weight_map\":{", (long long)tlist_elems(l) * 2);
    for (i = 0; i < l->n; i++) {
        int second = i % 2;
        tlist *t = second ? &b : &a;
        t->v[t->n++] = l->v[i];
        o += (size_t)snprintf(idx + o, sizeof idx - o, "%s\"%s\":\"model-0000%d-of-00002.safetensors\"", i ? "," : "",
                              l->v[i].name, second + 1);
    }
    snprintf(idx + o, sizeof idx - o, "}}");
    if (!make_model(rel, fx, NULL, NULL)) return 0;
    snprintf(p, sizeof p, "%s/model-00001-of-00002.safetensors", tmp_path(rel));
    if (!write_st(p, &a)) return 0;
    snprintf(p, sizeof p, "%s/model-00002-of-00002.safetensors", tmp_path(rel));
    if (!write_st(p, &b)) return 0;
    snprintf(p, sizeof p, "%s/model.safetensors.index.json", tmp_path(rel));
    return vt_write_file(p, idx, strlen(idx));
}

static void test_sharded_model(void) {
    tlist l;
    int i;
    vkr_model *m, *m2;
    vkr_model_desc d;
    vkr_result r;
    REQUIRE(make_sharded("sharded", "t5-qwen3", &l));
    r = vkr_model_load(tmp_path("sharded"), NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_st_file_count(vkr_model_tensors(m)) == 2);
    CHECK(vkr_model_param_count(m) == tlist_elems(&l));
    CHECK(vkr_model_weights(m)->layers[3].q_norm != NULL);
    memset(&d, 0, sizeof d);
    d.no_mmap = true;
    r = vkr_model_load(tmp_path("sharded"), &d, &m2);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(vkr_model_param_count(m2) == vkr_model_param_count(m));
    CHECK(vkr_st_count(vkr_model_tensors(m2)) == vkr_st_count(vkr_model_tensors(m)));
    for (i = 0; i < vkr_st_count(vkr_model_tensors(m)); i++) {
        const vkr_tensor *x = vkr_st_at(vkr_model_tensors(m), i), *y = vkr_st_at(vkr_model_tensors(m2), i);
        CHECK(!strcmp(x->name, y->name) && x->n_bytes == y->n_bytes && x->file == y->file &&
              memcmp(x->data, y->data, (size_t)x->n_bytes) == 0);
    }
    vkr_model_free(m);
    vkr_model_free(m2);
}

/* --------------------------------------------------------- the bundled model */

static void test_stories260k(void) {
    vkr_model *m;
    vkr_result r;
    const vkr_config *c;
    const vkr_weights *w;
    int64_t l;
    float x[4];
    vkr_model_desc d;
    counter cnt;
    r = vkr_model_load("models/stories260k", NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    c = vkr_model_config(m);
    w = vkr_model_weights(m);
    CHECK(vkr_model_param_count(m) == 260032, "%lld", (long long)vkr_model_param_count(m));
    CHECK(c->family == VKR_FAMILY_LLAMA && !strcmp(vkr_family_name(c->family), "llama"));
    CHECK(c->n_layers == 5 && c->hidden_size == 64 && c->n_heads == 8 && c->n_kv_heads == 4 && c->head_dim == 8);
    CHECK(c->vocab_size == 512 && c->intermediate_size == 172);
    CHECK(c->tie_word_embeddings && w->lm_head == w->embed);
    for (l = 0; l < c->n_layers; l++)
        CHECK(w->layers[l].q && w->layers[l].k && w->layers[l].v && w->layers[l].o && w->layers[l].gate &&
              w->layers[l].up && w->layers[l].down && w->layers[l].attn_norm && w->layers[l].ffn_norm && !w->layers[l].q_bias);
    CHECK(vkr_model_weight_bytes(m) == (uint64_t)vkr_model_param_count(m) * vkr_dtype_bits(w->embed->dtype) / 8);
    /* real weights: the final norm gains are not all zero */
    REQUIRE(vkr_tensor_read_f32(w->final_norm, 0, 4, x) == VKR_OK, "%s", vkr_last_error());
    CHECK(x[0] != 0 || x[1] != 0 || x[2] != 0 || x[3] != 0);
    CHECK(ends_with(vkr_model_dir(m), "models/stories260k"));
    vkr_model_free(m);
    /* with a counting allocator and no_mmap: every byte goes back */
    memset(&cnt, 0, sizeof cnt);
    d = counting_desc(&cnt);
    d.no_mmap = true;
    r = vkr_model_load("models/stories260k", &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(cnt.outstanding > 1000000, "no_mmap weights read through the hook: %lld", cnt.outstanding);
    CHECK(vkr_model_param_count(m) == 260032);
    vkr_model_free(m);
    CHECK(BALANCED(&cnt), "%lld bytes outstanding, %d size mismatches, %d unknown frees", cnt.outstanding,
          cnt.size_mismatch, cnt.unknown_free);
    counter_done(&cnt);
}

/* --------------------------------------------------------------- HF cache */

static void set_mtime(const char *path, long t) {
    struct utimbuf u;
    u.actime = (time_t)t;
    u.modtime = (time_t)t;
    utime(path, &u);
}

/* An HF cache under tmp/hf (HF_HUB_CACHE; HF_HOME and XDG_CACHE_HOME unset,
   HOME an empty dir): acme/tiny with snapshots aaa and bbb (bbb newer, its
   weights a symlink into blobs/ as the hub lays them out), acme/other with
   aaa newer than bbb (so the name does not decide). */
static int setup_hf_cache(tlist *lp) {
    if (!load_tensors_json("t5-llama", lp)) return 0;
    rm_rf(tmp_path("hf"));
    tmp_mkdirs("home");
    setenv("HF_HUB_CACHE", tmp_path("hf"), 1);
    unsetenv("HF_HOME");
    unsetenv("XDG_CACHE_HOME");
    setenv("HOME", tmp_path("home"), 1);
    if (!(make_model("hf/models--acme--tiny/snapshots/aaa", "t5-llama", NULL, lp))) return 0;
    if (!(make_model("hf/models--acme--tiny/snapshots/bbb", "t5-llama", NULL, NULL))) return 0;
    tmp_mkdirs("hf/models--acme--tiny/blobs");
    if (!(write_st(tmp_path("hf/models--acme--tiny/blobs/0123abcd"), lp))) return 0;
    if (!(symlink("../../blobs/0123abcd", tmp_path("hf/models--acme--tiny/snapshots/bbb/model.safetensors")) == 0)) return 0;
    if (!(vt_write_file(tmp_path("hf/models--acme--tiny/snapshots/not_a_dir"), "x", 1))) return 0;
    set_mtime(tmp_path("hf/models--acme--tiny/snapshots/aaa"), 1500000000L);
    set_mtime(tmp_path("hf/models--acme--tiny/snapshots/bbb"), 1600000000L);
    set_mtime(tmp_path("hf/models--acme--tiny/snapshots/not_a_dir"), 1700000000L);
    if (!(make_model("hf/models--acme--other/snapshots/aaa", "t5-llama", NULL, lp))) return 0;
    if (!(make_model("hf/models--acme--other/snapshots/bbb", "t5-llama", NULL, lp))) return 0;
    set_mtime(tmp_path("hf/models--acme--other/snapshots/aaa"), 1700000000L);
    set_mtime(tmp_path("hf/models--acme--other/snapshots/bbb"), 1600000000L);

    return 1;
}

static void test_hf_cache(void) {
    tlist l;
    char out[4096], want[1024];
    vkr_result r;
    vkr_model *m;
    REQUIRE(setup_hf_cache(&l));
    r = vkr_model_resolve("acme/tiny", out, sizeof out);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    snprintf(want, sizeof want, "%s", tmp_path("hf/models--acme--tiny/snapshots/bbb"));
    CHECK(!strcmp(out, want), "%s, want %s", out, want);
    r = vkr_model_resolve("acme/other", out, sizeof out);
    CHECK(r == VKR_OK && ends_with(out, "/models--acme--other/snapshots/aaa"), "%s", out);
    r = vkr_model_load("acme/tiny", NULL, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(!strcmp(vkr_model_dir(m), want), "%s", vkr_model_dir(m));
    CHECK(vkr_model_param_count(m) == tlist_elems(&l));
    vkr_model_free(m);
    /* unknown ids, and things that are not ids */
    {
        static const char *bad[] = {"acme/nope", "nobody/tiny", "acme/tiny/extra", "acme", "/acme", "acme/", "../acme/tiny", "acme/.."};
        size_t i;
        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            r = vkr_model_resolve(bad[i], out, sizeof out);
            CHECK(r == VKR_ERR_NOT_FOUND, "%s: %d", bad[i], (int)r);
            CHECK(contains(vkr_last_error(), bad[i]), "%s: %s", bad[i], vkr_last_error());
        }
        m = (vkr_model *)(uintptr_t)1;
        r = vkr_model_load("acme/nope", NULL, &m);
        CHECK(r == VKR_ERR_NOT_FOUND && m == NULL, "%d", (int)r);
        CHECK(contains(vkr_last_error(), "acme/nope"), "%s", vkr_last_error());
    }
    /* a small out buffer */
    r = vkr_model_resolve("acme/tiny", out, 8);
    CHECK(r != VKR_OK, "a path that does not fit is an error: %d", (int)r);
    /* an existing path is returned as it is */
    r = vkr_model_resolve(tmp_path("hf"), out, sizeof out);
    CHECK(r == VKR_OK && !strcmp(out, tmp_path("hf")));
    /* HF_HOME/hub is looked in too */
    unsetenv("HF_HUB_CACHE");
    setenv("HF_HOME", tmp_root, 1);
    rename(tmp_path("hf"), tmp_path("hub"));
    r = vkr_model_resolve("acme/tiny", out, sizeof out);
    CHECK(r == VKR_OK && ends_with(out, "/hub/models--acme--tiny/snapshots/bbb"), "%d %s", (int)r, r == VKR_OK ? out : vkr_last_error());
    rename(tmp_path("hub"), tmp_path("hf"));
    unsetenv("HF_HOME");
    setenv("HF_HUB_CACHE", tmp_path("hf"), 1);
}

/* ------------------------------------------------------------- model list */

static void test_model_list(void) {
    tlist l, small;
    vkr_model_info *list;
    int64_t n, i;
    vkr_result r;
    const char *dirs[2];
    char p[1024];
    int64_t small_shape[1] = {10};
    REQUIRE(load_tensors_json("t5-llama", &l));
    memset(&small, 0, sizeof small);
    tlist_add(&small, "wte.weight", "F32", 1, small_shape);
    /* names sort the unsupported one first, so the order shows "supported first" */
    REQUIRE(make_model("list/zz_llama", "t5-llama", NULL, &l));
    snprintf(p, sizeof p, "%s/gpt2/config.json", fixtures);
    REQUIRE(make_model("list/aa_gpt2", NULL, p, &small));
    tmp_mkdirs("list/not_a_model");
    REQUIRE(vt_write_file(tmp_path("list/stray.txt"), "x", 1));
    dirs[0] = tmp_path("list");
    r = vkr_model_list(dirs, 1, true, &list, &n);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(n == 2, "%lld entries", (long long)n);
    if (n == 2) {
        CHECK(list[0].supported && list[0].family == VKR_FAMILY_LLAMA, "%s", list[0].id);
        CHECK(!strcmp(list[0].path, tmp_path("list/zz_llama")) && !strcmp(list[0].id, tmp_path("list/zz_llama")), "%s", list[0].path);
        CHECK(!strcmp(list[0].model_type, "llama"));
        CHECK(list[0].n_params == tlist_elems(&l), "%lld", (long long)list[0].n_params);
        CHECK(list[0].n_bytes == (uint64_t)tlist_elems(&l) * 2);
        CHECK(list[0].error[0] == 0, "%s", list[0].error);
        CHECK(!list[1].supported && list[1].family == VKR_FAMILY_UNKNOWN, "%s", list[1].id);
        CHECK(ends_with(list[1].path, "/list/aa_gpt2"), "%s", list[1].path);
        CHECK(list[1].error[0] && contains(list[1].error, "gpt2"), "%s", list[1].error);
        CHECK(list[1].n_params == 10 && list[1].n_bytes == 40, "%lld", (long long)list[1].n_params);
    }
    vkr_model_list_free(list);
    /* a directory that is itself a model */
    dirs[0] = tmp_path("list/zz_llama");
    r = vkr_model_list(dirs, 1, true, &list, &n);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(n == 1 && list[0].supported);
    vkr_model_list_free(list);
    /* a missing directory is skipped */
    dirs[0] = tmp_path("list/none");
    r = vkr_model_list(dirs, 1, true, &list, &n);
    CHECK(r == VKR_OK && n == 0);
    if (r == VKR_OK) vkr_model_list_free(list);
    /* the HF cache shows acme/tiny at its newest snapshot */
    REQUIRE(setup_hf_cache(&l));
    dirs[0] = tmp_path("list");
    r = vkr_model_list(dirs, 1, false, &list, &n);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    {
        int found = 0, seen_unsupported = 0;
        for (i = 0; i < n; i++) {
            if (!list[i].supported) seen_unsupported = 1;
            else CHECK(!seen_unsupported, "supported models come first");
            if (!strcmp(list[i].id, "acme/tiny")) {
                found = 1;
                CHECK(ends_with(list[i].path, "/models--acme--tiny/snapshots/bbb"), "%s", list[i].path);
                CHECK(list[i].supported && list[i].n_params == tlist_elems(&l));
            }
        }
        CHECK(found, "acme/tiny listed");
        CHECK(n >= 4, "%lld", (long long)n);
    }
    vkr_model_list_free(list);
    /* two roots that name the same directory list each model once */
    tmp_mkdirs("home/.cache/huggingface");
    REQUIRE(rename(tmp_path("hf"), tmp_path("home/.cache/huggingface/hub")) == 0);
    setenv("HF_HUB_CACHE", tmp_path("home/.cache/huggingface/hub"), 1);
    r = vkr_model_list(NULL, 0, false, &list, &n);
    rename(tmp_path("home/.cache/huggingface/hub"), tmp_path("hf"));
    setenv("HF_HUB_CACHE", tmp_path("hf"), 1);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    {
        int tiny = 0;
        for (i = 0; i < n; i++) tiny += !strcmp(list[i].id, "acme/tiny");
        CHECK(tiny == 1 && n == 2, "acme/tiny listed %d times, %lld entries", tiny, (long long)n);
    }
    vkr_model_list_free(list);
    CHECK(vkr_model_list(NULL, 1, true, &list, &n) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_model_list(dirs, 1, true, NULL, &n) == VKR_ERR_INVALID_ARGUMENT);
    r = vkr_model_list(NULL, 0, true, &list, &n);
    CHECK(r == VKR_OK && n == 0);
    if (r == VKR_OK) vkr_model_list_free(list);
}

/* ------------------------------------------------------ progress and hooks */

/* The logger hook hears (at info level) about tensors the family does not
   use: a tied family's lm_head.weight here. */
typedef struct logs { int n; char last[1024]; vkr_log_level level; } logs;
static void on_log(void *user, vkr_log_level level, const char *msg) {
    logs *g = (logs *)user;
    g->n++;
    g->level = level;
    snprintf(g->last, sizeof g->last, "%s", msg);
}

static void test_logger_unused(void) {
    tlist l;
    vkr_model_desc d;
    vkr_model *m;
    vkr_result r;
    logs g;
    REQUIRE(load_tensors_json("t5-gemma", &l));
    REQUIRE(make_model("logged", "t5-gemma", NULL, &l));
    memset(&d, 0, sizeof d);
    memset(&g, 0, sizeof g);
    d.hooks.logger.fn = on_log;
    d.hooks.logger.user = &g;
    d.hooks.logger.level = VKR_LOG_INFO;
    r = vkr_model_load(tmp_path("logged"), &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    vkr_model_free(m);
    CHECK(g.n >= 1 && contains(g.last, "lm_head.weight"), "%d messages, last: %s", g.n, g.last);
    /* at the default threshold (warnings) the hook hears nothing */
    memset(&g, 0, sizeof g);
    d.hooks.logger.level = VKR_LOG_DEFAULT;
    r = vkr_model_load(tmp_path("logged"), &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    vkr_model_free(m);
    CHECK(g.n == 0, "%d messages, last: %s", g.n, g.last);
    /* a model whose every tensor is used says nothing even at debug */
    tlist_remove(&l, "lm_head.weight");
    REQUIRE(make_model("logged_quiet", "t5-gemma", NULL, &l));
    memset(&g, 0, sizeof g);
    d.hooks.logger.level = VKR_LOG_DEBUG;
    r = vkr_model_load(tmp_path("logged_quiet"), &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    vkr_model_free(m);
    CHECK(!contains(g.last, "not used"), "%s", g.last);
}


typedef struct prog { int calls; int stop_at; int bad; } prog;
static bool on_progress(void *user, const char *what, uint64_t done, uint64_t total) {
    prog *p = (prog *)user;
    p->calls++;
    if (!what || !what[0] || done > total) p->bad++;
    return p->stop_at == 0 || p->calls < p->stop_at;
}

static void test_progress(void) {
    tlist l;
    vkr_model_desc d;
    vkr_model *m;
    vkr_result r;
    prog p;
    REQUIRE(load_tensors_json("t5-llama", &l));
    REQUIRE(make_model("prog", "t5-llama", NULL, &l));
    memset(&d, 0, sizeof d);
    memset(&p, 0, sizeof p);
    d.hooks.progress = on_progress;
    d.hooks.progress_user = &p;
    r = vkr_model_load(tmp_path("prog"), &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    CHECK(p.calls >= 1 && p.bad == 0, "%d calls, %d bad", p.calls, p.bad);
    vkr_model_free(m);
    /* stopping at the first report cancels */
    memset(&p, 0, sizeof p);
    p.stop_at = 1;
    m = (vkr_model *)(uintptr_t)1;
    r = vkr_model_load(tmp_path("prog"), &d, &m);
    CHECK(r == VKR_ERR_ABORTED && m == NULL, "%d", (int)r);
    CHECK(contains(vkr_last_error(), tmp_path("prog")), "%s", vkr_last_error());
}

/* Returning false from any report but the very last (when the work is done)
   cancels the load: here at every report of a sharded model. */
static void test_progress_cancel_anywhere(void) {
    tlist l;
    vkr_model_desc d;
    vkr_model *m;
    vkr_result r;
    prog p;
    int total, k;
    memset(&d, 0, sizeof d);
    d.hooks.progress = on_progress;
    d.hooks.progress_user = &p;
    REQUIRE(make_sharded("prog_sharded", "t5-qwen3", &l));
    memset(&p, 0, sizeof p);
    r = vkr_model_load(tmp_path("prog_sharded"), &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    vkr_model_free(m);
    total = p.calls;
    CHECK(total >= 3, "%d reports for a sharded model", total);
    for (k = 1; k < total; k++) {
        counter c;
        memset(&c, 0, sizeof c);
        memset(&p, 0, sizeof p);
        p.stop_at = k;
        d.hooks.allocator.alloc = count_alloc;
        d.hooks.allocator.free = count_free;
        d.hooks.allocator.user = &c;
        m = (vkr_model *)(uintptr_t)1;
        r = vkr_model_load(tmp_path("prog_sharded"), &d, &m);
        CHECK(r == VKR_ERR_ABORTED && m == NULL, "stop at report %d of %d: %d", k, total, (int)r);
        if (r == VKR_OK) vkr_model_free(m);
        CHECK(BALANCED(&c), "stop at %d: %lld bytes outstanding", k, c.outstanding);
        counter_done(&c);
        memset(&d.hooks.allocator, 0, sizeof d.hooks.allocator);
    }
}

/* Every family loads and frees with a counting allocator, balanced; and
   each allocation failing in turn fails the load cleanly. */
static void test_allocator(void) {
    tlist l;
    counter c;
    vkr_model_desc d;
    vkr_model *m;
    vkr_result r;
    long long total, k;
    int fi, bad = 0;
    memset(&c, 0, sizeof c);
    for (fi = 0; fi < N_FAMILIES; fi++) {
        char rel[256];
        snprintf(rel, sizeof rel, "fam/%s", families[fi].fixture);
        if (!load_tensors_json(families[fi].fixture, &l) || !make_model(rel, families[fi].fixture, NULL, &l)) { CHECK(0); continue; }
        counter_reset(&c, 0);
        d = counting_desc(&c);
        r = vkr_model_load(tmp_path(rel), &d, &m);
        CHECK(r == VKR_OK, "%s", vkr_last_error());
        if (r == VKR_OK) { CHECK(c.outstanding > 0); vkr_model_free(m); }
        CHECK(BALANCED(&c), "%s: %lld bytes outstanding, %d size mismatches, %d unknown frees", rel, c.outstanding,
              c.size_mismatch, c.unknown_free);
    }
    /* allocation failures, one at a time, on a llama model */
    counter_reset(&c, 0);
    d = counting_desc(&c);
    r = vkr_model_load(tmp_path("fam/t5-llama"), &d, &m);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    vkr_model_free(m);
    total = c.n_allocs;
    for (k = 1; k <= total && bad < 5; k++) {
        counter_reset(&c, k);
        d = counting_desc(&c);
        m = (vkr_model *)(uintptr_t)1;
        r = vkr_model_load(tmp_path("fam/t5-llama"), &d, &m);
        if (r == VKR_OK) vkr_model_free(m);   /* an optional allocation (diagnostics) may fail quietly */
        else if (r != VKR_ERR_OUT_OF_MEMORY || m != NULL) { bad++; CHECK(0, "allocation %lld: %d: %s", k, (int)r, vkr_last_error()); }
        if (!BALANCED(&c)) {
            bad++;
            CHECK(0, "allocation %lld failed: %lld bytes outstanding, %d size mismatches, %d unknown frees", k,
                  c.outstanding, c.size_mismatch, c.unknown_free);
        }
    }
    counter_done(&c);
}

/* ---------------------------------------------------------------------- main */

int main(void) {
    snprintf(tmp_root, sizeof tmp_root, "/tmp/vkr_test_model_%ld", (long)getpid());
    rm_rf(tmp_root);
    if (mkdir(tmp_root, 0755) != 0) { perror(tmp_root); return 1; }
    VT_RUN(test_family_llama);
    VT_RUN(test_family_llama3rope);
    VT_RUN(test_family_mistral);
    VT_RUN(test_family_qwen2);
    VT_RUN(test_family_qwen3);
    VT_RUN(test_family_gemma);
    VT_RUN(test_family_gemma2);
    VT_RUN(test_family_gemma3_text);
    VT_RUN(test_family_qwen3_5_text);
    VT_RUN(test_family_specifics);
    VT_RUN(test_tied_without_head);
    VT_RUN(test_errors_llama);
    VT_RUN(test_errors_qwen2);
    VT_RUN(test_errors_gemma3);
    VT_RUN(test_errors_qwen3_5);
    VT_RUN(test_config_errors);
    VT_RUN(test_sharded_model);
    VT_RUN(test_stories260k);
    VT_RUN(test_hf_cache);
    VT_RUN(test_model_list);
    VT_RUN(test_progress);
    VT_RUN(test_progress_cancel_anywhere);
    VT_RUN(test_logger_unused);
    VT_RUN(test_allocator);
    rm_rf(tmp_root);
    return vt_finish();
}
