/* valkyr — the command-line program. A client of valkyr.h's public API.
   Build: cc -O2 -I. tools/valkyr.c tools/valkyr_serve.c tools/valkyr_http.c tools/valkyr_train.c -o valkyr -lm -lpthread -ldl
   Usage: valkyr help */
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include "valkyr_http.h"   /* cmd_serve, serve_usage (valkyr_serve.c) */
#include "valkyr_cli.h"    /* cmd_train, cmd_bench_train, train_usage (valkyr_train.c) */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef _WIN32
#  include <windows.h>
#  include <io.h>
#  define isatty _isatty
#  define fileno _fileno
#else
#  include <unistd.h>
#endif

/* ---- small helpers ----------------------------------------------------- */

int fail(const char *cmd, const char *what) {
    fprintf(stderr, "valkyr %s: %s\n", cmd, what);
    return 1;
}

int fail_lib(const char *cmd, vkr_result r) {
    const char *e = vkr_last_error();
    fprintf(stderr, "valkyr %s: %s\n", cmd, e[0] ? e : vkr_result_str(r));
    return 1;
}

static bool is_flag(const char *a, const char *f) { return strcmp(a, f) == 0; }
static bool wants_help(const char *a) { return is_flag(a, "--help") || is_flag(a, "-h"); }

const char *human_bytes(char *buf, size_t cap, double b) {
    const char *u[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int i = 0;
    while (b >= 1024 && i < 4) { b /= 1024; i++; }
    snprintf(buf, cap, i ? "%.2f %s" : "%.0f %s", b, u[i]);
    return buf;
}

const char *human_count(char *buf, size_t cap, double n) {
    if (n >= 1e9) snprintf(buf, cap, "%.2fB", n / 1e9);
    else if (n >= 1e6) snprintf(buf, cap, "%.2fM", n / 1e6);
    else if (n >= 1e3) snprintf(buf, cap, "%.1fK", n / 1e3);
    else snprintf(buf, cap, "%.0f", n);
    return buf;
}

/* A progress bar on stderr, drawn only when stderr is a terminal. */
static bool progress_bar(void *user, const char *what, uint64_t done, uint64_t total) {
    int width = 30, filled, i;
    double f = total ? (double)done / (double)total : 1.0;
    (void)user;
    filled = (int)(f * width + 0.5);
    fprintf(stderr, "\r[");
    for (i = 0; i < width; i++) fputc(i < filled ? '#' : ' ', stderr);
    fprintf(stderr, "] %3d%% %-40.40s", (int)(f * 100 + 0.5), what);
    if (done >= total) fprintf(stderr, "\r%*s\r", width + 48, "");
    fflush(stderr);
    return true;
}

vkr_hooks cli_hooks(void) {
    vkr_hooks h;
    memset(&h, 0, sizeof h);
    if (isatty(fileno(stderr))) h.progress = progress_bar;
    return h;
}

static void print_json(vkr_json_writer *w) {
    const char *text;
    size_t len;
    if (vkr_json_writer_result(w, &text, &len) == VKR_OK) { fwrite(text, 1, len, stdout); fputc('\n', stdout); }
    else fprintf(stderr, "valkyr: %s\n", vkr_last_error());
    vkr_json_writer_free(w);
}

static const char *rope_type_name(vkr_rope_type t) {
    static const char *n[] = {"default", "linear", "dynamic", "yarn", "longrope", "llama3"};
    return (t >= 0 && t <= VKR_ROPE_LLAMA3) ? n[t] : "?";
}
static const char *act_name(vkr_act a) {
    return a == VKR_ACT_SILU ? "silu" : a == VKR_ACT_GELU_TANH ? "gelu_tanh" : "gelu";
}
static const char *layer_kind_name(int k) {
    return k == VKR_LAYER_FULL_ATTENTION ? "full_attention" : k == VKR_LAYER_SLIDING_ATTENTION ? "sliding_attention" : "linear_attention";
}

/* ---- inspect ----------------------------------------------------------- */

static const char *inspect_usage =
    "usage: valkyr inspect MODEL [--json] [--tensors]\n"
    "\n"
    "Shows what a model is: family, dimensions, parameter count, dtypes and\n"
    "bytes, after checking every tensor the family needs. MODEL is a model\n"
    "directory, a Hugging Face id (org/name) in the local cache, or a single\n"
    ".safetensors / model.safetensors.index.json file (then only its tensors).\n"
    "A .gguf file (or any file starting with \"GGUF\") shows its version,\n"
    "alignment, metadata (long arrays abbreviated), tensors and bytes per type;\n"
    "valkyr cannot run GGUF models yet.\n"
    "\n"
    "  --json     machine-readable output\n"
    "  --tensors  also list every tensor: name, dtype, shape, bytes\n";

static void tensor_stats(const vkr_st *st, int64_t *params, uint64_t *bytes, int64_t per_dtype[VKR_DTYPE_COUNT]) {
    int64_t i;
    *params = 0;
    *bytes = 0;
    memset(per_dtype, 0, sizeof(int64_t) * VKR_DTYPE_COUNT);
    for (i = 0; i < vkr_st_count(st); i++) {
        const vkr_tensor *t = vkr_st_at(st, i);
        *params += t->n_elems;
        *bytes += t->n_bytes;
        per_dtype[t->dtype] += t->n_elems;
    }
}

static void shape_text(char *buf, size_t cap, const vkr_tensor *t) {
    size_t o = 0;
    int32_t i;
    o += (size_t)snprintf(buf + o, cap - o, "[");
    for (i = 0; i < t->n_dims && o < cap; i++) o += (size_t)snprintf(buf + o, cap - o, "%s%lld", i ? ", " : "", (long long)t->shape[i]);
    if (o < cap) snprintf(buf + o, cap - o, "]");
}

static void json_tensors(vkr_json_writer *w, const vkr_st *st, bool list) {
    int64_t params, per[VKR_DTYPE_COUNT], i;
    uint64_t bytes;
    int d;
    tensor_stats(st, &params, &bytes, per);
    vkr_json_key(w, "n_tensors"); vkr_json_write_int(w, vkr_st_count(st));
    vkr_json_key(w, "n_params"); vkr_json_write_int(w, params);
    vkr_json_key(w, "n_bytes"); vkr_json_write_int(w, (int64_t)bytes);
    vkr_json_key(w, "dtypes");
    vkr_json_begin_object(w);
    for (d = 1; d < VKR_DTYPE_COUNT; d++) if (per[d]) { vkr_json_key(w, vkr_dtype_name((vkr_dtype)d)); vkr_json_write_int(w, per[d]); }
    vkr_json_end_object(w);
    vkr_json_key(w, "files");
    vkr_json_begin_array(w);
    for (d = 0; d < vkr_st_file_count(st); d++) vkr_json_write_string(w, vkr_st_file_path(st, d));
    vkr_json_end_array(w);
    if (!list) return;
    vkr_json_key(w, "tensors");
    vkr_json_begin_array(w);
    for (i = 0; i < vkr_st_count(st); i++) {
        const vkr_tensor *t = vkr_st_at(st, i);
        int32_t k;
        vkr_json_begin_object(w);
        vkr_json_key(w, "name"); vkr_json_write_string(w, t->name);
        vkr_json_key(w, "dtype"); vkr_json_write_string(w, vkr_dtype_name(t->dtype));
        vkr_json_key(w, "shape");
        vkr_json_begin_array(w);
        for (k = 0; k < t->n_dims; k++) vkr_json_write_int(w, t->shape[k]);
        vkr_json_end_array(w);
        vkr_json_key(w, "n_bytes"); vkr_json_write_int(w, (int64_t)t->n_bytes);
        vkr_json_end_object(w);
    }
    vkr_json_end_array(w);
}

static void text_tensors(const vkr_st *st, bool list) {
    int64_t params, per[VKR_DTYPE_COUNT], i;
    uint64_t bytes;
    char b1[32], b2[32];
    int d;
    tensor_stats(st, &params, &bytes, per);
    printf("tensors      %lld in %d file(s), %s parameters, %s\n", (long long)vkr_st_count(st), vkr_st_file_count(st),
           human_count(b1, sizeof b1, (double)params), human_bytes(b2, sizeof b2, (double)bytes));
    printf("dtypes      ");
    for (d = 1; d < VKR_DTYPE_COUNT; d++)
        if (per[d]) printf(" %s %s", vkr_dtype_name((vkr_dtype)d), human_count(b1, sizeof b1, (double)per[d]));
    printf("\n");
    if (!list) return;
    for (i = 0; i < vkr_st_count(st); i++) {
        const vkr_tensor *t = vkr_st_at(st, i);
        char sh[160];
        shape_text(sh, sizeof sh, t);
        printf("  %-60s %-5s %-20s %s\n", t->name, vkr_dtype_name(t->dtype), sh, human_bytes(b1, sizeof b1, (double)t->n_bytes));
    }
}

static void layer_summary(const vkr_config *c, char *buf, size_t cap) {
    int64_t counts[3] = {0, 0, 0}, l;
    size_t o = 0;
    int k;
    for (l = 0; l < c->n_layers; l++) counts[c->layer_kind[l]]++;
    buf[0] = 0;
    for (k = 0; k < 3; k++)
        if (counts[k]) o += (size_t)snprintf(buf + o, cap - o, "%s%lld %s", o ? ", " : "", (long long)counts[k], layer_kind_name(k));
}

/* GGUF files: the header, the metadata (long arrays abbreviated) and the tensors. */

#define GGUF_SHOW 8          /* array elements shown before "..." */
#define GGUF_STR_SHOW 120    /* string bytes shown in text output */

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
    size_t len, k;
    uint32_t c;
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) { len = 2; c = s[0] & 0x1F; }
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) { len = 3; c = s[0] & 0x0F; }
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) { len = 4; c = s[0] & 0x07; }
    else return 0;
    if (n < len) return 0;
    for (k = 1; k < len; k++) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[k] & 0x3F);
    }
    if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (len == 4 && (c < 0x10000 || c > 0x10FFFF))) return 0;
    return len;
}

/* A GGUF string (any bytes) as JSON: invalid UTF-8 becomes U+FFFD. */
static void json_gguf_str(vkr_json_writer *w, const char *s, size_t n) {
    char *t = (char *)malloc(n * 3 + 1);
    size_t i = 0, o = 0;
    if (!t) { vkr_json_write_null(w); return; }
    while (i < n) {
        size_t k = utf8_seq((const unsigned char *)s + i, n - i);
        if (k) { memcpy(t + o, s + i, k); o += k; i += k; }
        else { memcpy(t + o, "\xEF\xBF\xBD", 3); o += 3; i++; }
    }
    vkr_json_write_string_n(w, t, o);
    free(t);
}

/* A GGUF string for the terminal: quoted, control and invalid bytes as \xNN,
   cut after `max` bytes. */
static void print_gguf_str(const char *s, size_t n, size_t max) {
    size_t i = 0;
    putchar('"');
    while (i < n && i < max) {
        unsigned char c = (unsigned char)s[i];
        size_t k = utf8_seq((const unsigned char *)s + i, n - i);
        if (c == '"' || c == '\\') { printf("\\%c", c); i++; }
        else if (c == '\n') { fputs("\\n", stdout); i++; }
        else if (k > 1) { fwrite(s + i, 1, k, stdout); i += k; }
        else if (k == 1 && c >= 0x20 && c < 0x7F) { putchar(c); i++; }
        else { printf("\\x%02x", c); i++; }
    }
    putchar('"');
    if (n > max) printf("... (%zu bytes)", n);
}

static bool gguf_is_int(vkr_gguf_type t) {
    return t == VKR_GGUF_U8 || t == VKR_GGUF_I8 || t == VKR_GGUF_U16 || t == VKR_GGUF_I16 || t == VKR_GGUF_U32 ||
           t == VKR_GGUF_I32 || t == VKR_GGUF_U64 || t == VKR_GGUF_I64;
}

/* One scalar value (or element `i` of an array when i >= 0). */
static void gguf_value(const vkr_gguf *g, const char *key, vkr_gguf_type t, int64_t i, vkr_json_writer *w) {
    const char *s;
    size_t n;
    int64_t v;
    uint64_t u;
    double d;
    bool b;
    if (t == VKR_GGUF_STRING) {
        if ((i < 0 ? vkr_gguf_get_str(g, key, &s, &n) : vkr_gguf_arr_str(g, key, i, &s, &n)) != VKR_OK) s = "", n = 0;
        if (w) json_gguf_str(w, s, n); else print_gguf_str(s, n, i < 0 ? GGUF_STR_SHOW : 40);
    } else if (t == VKR_GGUF_BOOL) {
        if (i < 0) { if (vkr_gguf_get_bool(g, key, &b) != VKR_OK) b = false; }
        else { const uint8_t *p = (const uint8_t *)vkr_gguf_arr_data(g, key); b = p && p[i]; }
        if (w) vkr_json_write_bool(w, b); else fputs(b ? "true" : "false", stdout);
    } else if (t == VKR_GGUF_U64 && i < 0) {
        if (vkr_gguf_get_u64(g, key, &u) != VKR_OK) u = 0;
        if (w) { if (u > (uint64_t)INT64_MAX) vkr_json_write_double(w, (double)u); else vkr_json_write_int(w, (int64_t)u); }
        else printf("%llu", (unsigned long long)u);
    } else if (gguf_is_int(t) && (i < 0 ? vkr_gguf_get_i64(g, key, &v) : vkr_gguf_arr_i64(g, key, i, &v)) == VKR_OK) {
        if (w) vkr_json_write_int(w, v); else printf("%lld", (long long)v);
    } else if ((i < 0 ? vkr_gguf_get_f64(g, key, &d) : vkr_gguf_arr_f64(g, key, i, &d)) == VKR_OK) {
        if (w) vkr_json_write_double(w, d); else printf("%.9g", d);
    } else if (t == VKR_GGUF_ARRAY && i >= 0) {
        vkr_gguf_type et;
        if (vkr_gguf_arr_nested(g, key, i, &et, &v) != VKR_OK) et = VKR_GGUF_INVALID, v = 0;
        if (w) {
            vkr_json_begin_object(w);
            vkr_json_key(w, "element_type"); vkr_json_write_string(w, vkr_gguf_type_name(et));
            vkr_json_key(w, "length"); vkr_json_write_int(w, v);
            vkr_json_end_object(w);
        } else printf("array<%s>[%lld]", vkr_gguf_type_name(et), (long long)v);
    } else {
        if (w) vkr_json_write_null(w); else fputs("?", stdout);
    }
}

static int inspect_gguf(const char *path, bool json, vkr_hooks hooks) {
    vkr_gguf *g;
    vkr_gguf_desc gd;
    vkr_result r;
    int64_t i, j, n_kv, n_t;
    uint64_t total = 0, per_bytes[VKR_GGML_TYPE_COUNT];
    int64_t per_count[VKR_GGML_TYPE_COUNT], params = 0;
    char b1[32], b2[32];
    int t;
    memset(&gd, 0, sizeof gd);
    gd.hooks = hooks;
    r = vkr_gguf_open(path, &gd, &g);
    if (r != VKR_OK) return fail_lib("inspect", r);
    memset(per_bytes, 0, sizeof per_bytes);
    memset(per_count, 0, sizeof per_count);
    n_kv = vkr_gguf_kv_count(g);
    n_t = vkr_gguf_tensor_count(g);
    for (i = 0; i < n_t; i++) {
        const vkr_gguf_tensor *x = vkr_gguf_tensor_at(g, i);
        total += x->n_bytes;
        params += x->n_elems;
        per_bytes[x->type] += x->n_bytes;
        per_count[x->type]++;
    }
    if (json) {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        w.pretty = true;
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "path"); vkr_json_write_string(&w, path);
        vkr_json_key(&w, "format"); vkr_json_write_string(&w, "gguf");
        vkr_json_key(&w, "version"); vkr_json_write_int(&w, vkr_gguf_version(g));
        vkr_json_key(&w, "alignment"); vkr_json_write_int(&w, vkr_gguf_alignment(g));
        vkr_json_key(&w, "data_offset"); vkr_json_write_int(&w, (int64_t)vkr_gguf_data_offset(g));
        vkr_json_key(&w, "metadata");
        vkr_json_begin_array(&w);
        for (i = 0; i < n_kv; i++) {
            const char *key = vkr_gguf_key(g, i);
            vkr_gguf_type ty = vkr_gguf_kv_type(g, i);
            if (!key) continue;
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "key"); json_gguf_str(&w, key, strlen(key));
            vkr_json_key(&w, "type"); vkr_json_write_string(&w, vkr_gguf_type_name(ty));
            if (ty == VKR_GGUF_ARRAY) {
                vkr_gguf_type et = vkr_gguf_arr_type(g, key);
                int64_t len = vkr_gguf_arr_len(g, key);
                vkr_json_key(&w, "element_type"); vkr_json_write_string(&w, vkr_gguf_type_name(et));
                vkr_json_key(&w, "length"); vkr_json_write_int(&w, len);
                vkr_json_key(&w, len > GGUF_SHOW ? "head" : "value");
                vkr_json_begin_array(&w);
                for (j = 0; j < len && j < GGUF_SHOW; j++) gguf_value(g, key, et, j, &w);
                vkr_json_end_array(&w);
            } else {
                vkr_json_key(&w, "value"); gguf_value(g, key, ty, -1, &w);
            }
            vkr_json_end_object(&w);
        }
        vkr_json_end_array(&w);
        vkr_json_key(&w, "n_tensors"); vkr_json_write_int(&w, n_t);
        vkr_json_key(&w, "n_params"); vkr_json_write_int(&w, params);
        vkr_json_key(&w, "tensor_bytes"); vkr_json_write_int(&w, (int64_t)total);
        vkr_json_key(&w, "types");
        vkr_json_begin_object(&w);
        for (t = 0; t < VKR_GGML_TYPE_COUNT; t++)
            if (per_count[t]) {
                vkr_json_key(&w, vkr_ggml_type_name((vkr_ggml_type)t));
                vkr_json_begin_object(&w);
                vkr_json_key(&w, "tensors"); vkr_json_write_int(&w, per_count[t]);
                vkr_json_key(&w, "bytes"); vkr_json_write_int(&w, (int64_t)per_bytes[t]);
                vkr_json_end_object(&w);
            }
        vkr_json_end_object(&w);
        vkr_json_key(&w, "tensors");
        vkr_json_begin_array(&w);
        for (i = 0; i < n_t; i++) {
            const vkr_gguf_tensor *x = vkr_gguf_tensor_at(g, i);
            int32_t k;
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "name"); json_gguf_str(&w, x->name, strlen(x->name));
            vkr_json_key(&w, "type"); vkr_json_write_string(&w, vkr_ggml_type_name(x->type));
            vkr_json_key(&w, "ne");
            vkr_json_begin_array(&w);
            for (k = 0; k < x->n_dims; k++) vkr_json_write_int(&w, x->ne[k]);
            vkr_json_end_array(&w);
            vkr_json_key(&w, "offset"); vkr_json_write_int(&w, (int64_t)x->offset);
            vkr_json_key(&w, "n_bytes"); vkr_json_write_int(&w, (int64_t)x->n_bytes);
            vkr_json_end_object(&w);
        }
        vkr_json_end_array(&w);
        vkr_json_end_object(&w);
        print_json(&w);
    } else {
        printf("file         %s\n", path);
        printf("gguf         version %u, alignment %u, data at byte %llu\n", vkr_gguf_version(g),
               vkr_gguf_alignment(g), (unsigned long long)vkr_gguf_data_offset(g));
        printf("metadata     %lld keys\n", (long long)n_kv);
        for (i = 0; i < n_kv; i++) {
            const char *key = vkr_gguf_key(g, i);
            vkr_gguf_type ty = vkr_gguf_kv_type(g, i);
            if (!key) continue;
            printf("  %-44s ", key);
            if (ty == VKR_GGUF_ARRAY) {
                vkr_gguf_type et = vkr_gguf_arr_type(g, key);
                int64_t len = vkr_gguf_arr_len(g, key);
                printf("%s[%lld] [", vkr_gguf_type_name(et), (long long)len);
                for (j = 0; j < len && j < GGUF_SHOW; j++) { if (j) fputs(", ", stdout); gguf_value(g, key, et, j, NULL); }
                printf("%s]\n", len > GGUF_SHOW ? ", ..." : "");
            } else {
                printf("%-6s ", vkr_gguf_type_name(ty));
                gguf_value(g, key, ty, -1, NULL);
                putchar('\n');
            }
        }
        printf("tensors      %lld, %s parameters, %s (%llu bytes)\n", (long long)n_t,
               human_count(b1, sizeof b1, (double)params), human_bytes(b2, sizeof b2, (double)total),
               (unsigned long long)total);
        printf("types       ");
        for (t = 0; t < VKR_GGML_TYPE_COUNT; t++)
            if (per_count[t]) printf(" %s %lld (%s)", vkr_ggml_type_name((vkr_ggml_type)t), (long long)per_count[t],
                                     human_bytes(b1, sizeof b1, (double)per_bytes[t]));
        printf("\n");
        for (i = 0; i < n_t; i++) {
            const vkr_gguf_tensor *x = vkr_gguf_tensor_at(g, i);
            char sh[160];
            size_t o = 0;
            int32_t k;
            o += (size_t)snprintf(sh, sizeof sh, "[");
            for (k = 0; k < x->n_dims && o < sizeof sh; k++)
                o += (size_t)snprintf(sh + o, sizeof sh - o, "%s%lld", k ? ", " : "", (long long)x->ne[k]);
            if (o < sizeof sh) snprintf(sh + o, sizeof sh - o, "]");
            printf("  %-48s %-7s %-16s %s\n", x->name, vkr_ggml_type_name(x->type), sh, human_bytes(b1, sizeof b1, (double)x->n_bytes));
        }
    }
    vkr_gguf_close(g);
    return 0;
}

/* True when the path ends in .gguf or the file starts with "GGUF". */
static bool is_gguf_path(const char *path) {
    size_t n = strlen(path);
    char magic[4] = {0, 0, 0, 0};
    FILE *f;
    if (n >= 5 && !strcmp(path + n - 5, ".gguf")) return true;
    if (!(f = fopen(path, "rb"))) return false;
    if (fread(magic, 1, 4, f) != 4) magic[0] = 0;
    fclose(f);
    return !memcmp(magic, "GGUF", 4);
}

static int cmd_inspect(int argc, char **argv) {
    const char *model = NULL;
    bool json = false, list = false;
    int i;
    vkr_hooks hooks = cli_hooks();
    for (i = 0; i < argc; i++) {
        if (wants_help(argv[i])) { fputs(inspect_usage, stdout); return 0; }
        else if (is_flag(argv[i], "--json")) json = true;
        else if (is_flag(argv[i], "--tensors")) list = true;
        else if (argv[i][0] == '-') { fprintf(stderr, "valkyr inspect: unknown option %s (valkyr inspect --help lists the options)\n", argv[i]); return 2; }
        else if (!model) model = argv[i];
        else { fprintf(stderr, "valkyr inspect: one MODEL only\n%s", inspect_usage); return 2; }
    }
    if (!model) { fputs(inspect_usage, stderr); return 2; }
    if (is_gguf_path(model)) return inspect_gguf(model, json, hooks);

    if (strlen(model) > 12 && (strcmp(model + strlen(model) - 12, ".safetensors") == 0 ||
                               strcmp(model + strlen(model) - 5, ".json") == 0)) {
        /* a bare tensor file: no config to check against */
        vkr_st *st;
        vkr_st_desc sd;
        vkr_result r;
        memset(&sd, 0, sizeof sd);
        sd.hooks = hooks;
        r = vkr_st_open(model, &sd, &st);
        if (r != VKR_OK) return fail_lib("inspect", r);
        if (json) {
            vkr_json_writer w;
            vkr_json_writer_init(&w, NULL);
            w.pretty = true;
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "path"); vkr_json_write_string(&w, model);
            json_tensors(&w, st, list);
            vkr_json_end_object(&w);
            print_json(&w);
        } else {
            printf("file         %s\n", model);
            text_tensors(st, list);
        }
        vkr_st_close(st);
        return 0;
    }

    {
        vkr_model *m;
        vkr_model_desc md;
        vkr_result r;
        const vkr_config *c;
        char layers[256];
        memset(&md, 0, sizeof md);
        md.hooks = hooks;
        r = vkr_model_load(model, &md, &m);
        if (r != VKR_OK) return fail_lib("inspect", r);
        c = vkr_model_config(m);
        layer_summary(c, layers, sizeof layers);
        if (json) {
            vkr_json_writer w;
            int32_t k;
            vkr_json_writer_init(&w, NULL);
            w.pretty = true;
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "path"); vkr_json_write_string(&w, vkr_model_dir(m));
            vkr_json_key(&w, "family"); vkr_json_write_string(&w, vkr_family_name(c->family));
            vkr_json_key(&w, "model_type"); vkr_json_write_string(&w, c->model_type);
            vkr_json_key(&w, "architecture"); vkr_json_write_string(&w, c->architecture);
            vkr_json_key(&w, "vocab_size"); vkr_json_write_int(&w, c->vocab_size);
            vkr_json_key(&w, "hidden_size"); vkr_json_write_int(&w, c->hidden_size);
            vkr_json_key(&w, "intermediate_size"); vkr_json_write_int(&w, c->intermediate_size);
            vkr_json_key(&w, "n_layers"); vkr_json_write_int(&w, c->n_layers);
            vkr_json_key(&w, "n_heads"); vkr_json_write_int(&w, c->n_heads);
            vkr_json_key(&w, "n_kv_heads"); vkr_json_write_int(&w, c->n_kv_heads);
            vkr_json_key(&w, "head_dim"); vkr_json_write_int(&w, c->head_dim);
            vkr_json_key(&w, "max_position_embeddings"); vkr_json_write_int(&w, c->max_position_embeddings);
            vkr_json_key(&w, "rms_norm_eps"); vkr_json_write_double(&w, c->rms_norm_eps);
            vkr_json_key(&w, "activation"); vkr_json_write_string(&w, act_name(c->act));
            vkr_json_key(&w, "rope");
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "type"); vkr_json_write_string(&w, rope_type_name(c->rope.type));
            vkr_json_key(&w, "theta"); vkr_json_write_double(&w, c->rope.theta);
            vkr_json_key(&w, "factor"); vkr_json_write_double(&w, c->rope.factor);
            vkr_json_key(&w, "rotary_dim"); vkr_json_write_int(&w, c->rope.rotary_dim);
            vkr_json_end_object(&w);
            vkr_json_key(&w, "tie_word_embeddings"); vkr_json_write_bool(&w, c->tie_word_embeddings);
            vkr_json_key(&w, "sliding_window"); vkr_json_write_int(&w, c->sliding_window);
            vkr_json_key(&w, "dtype"); vkr_json_write_string(&w, c->dtype ? vkr_dtype_name(c->dtype) : "");
            vkr_json_key(&w, "layer_types");
            vkr_json_begin_array(&w);
            for (k = 0; k < c->n_layers; k++) vkr_json_write_string(&w, layer_kind_name(c->layer_kind[k]));
            vkr_json_end_array(&w);
            json_tensors(&w, vkr_model_tensors(m), list);
            vkr_json_end_object(&w);
            print_json(&w);
        } else {
            printf("model        %s\n", vkr_model_dir(m));
            printf("family       %s (model_type %s%s%s)\n", vkr_family_name(c->family), c->model_type,
                   c->architecture[0] ? ", " : "", c->architecture);
            printf("dims         vocab %lld, hidden %lld, ffn %lld, layers %lld\n", (long long)c->vocab_size,
                   (long long)c->hidden_size, (long long)c->intermediate_size, (long long)c->n_layers);
            printf("attention    %lld heads, %lld kv heads, head_dim %lld%s\n", (long long)c->n_heads,
                   (long long)c->n_kv_heads, (long long)c->head_dim, c->qk_norm ? ", q/k norm" : "");
            printf("layers       %s\n", layers);
            printf("rope         %s, theta %g, rotary_dim %lld%s\n", rope_type_name(c->rope.type), c->rope.theta,
                   (long long)c->rope.rotary_dim, c->rope.factor != 1.0 ? " (scaled)" : "");
            printf("ffn          %s, norm eps %g%s\n", act_name(c->act), c->rms_norm_eps, c->norm_plus_one ? ", (1+w) gains" : "");
            printf("context      %lld positions%s\n", (long long)c->max_position_embeddings, c->sliding_window ? " (sliding window set)" : "");
            printf("lm head      %s\n", c->tie_word_embeddings ? "tied to the embedding" : "separate");
            text_tensors(vkr_model_tensors(m), list);
        }
        vkr_model_free(m);
        return 0;
    }
}

/* ---- list -------------------------------------------------------------- */

static const char *list_usage =
    "usage: valkyr list [DIR...] [--json] [--no-cache]\n"
    "\n"
    "Lists the models in the Hugging Face cache ($HF_HUB_CACHE, $HF_HOME/hub,\n"
    "$XDG_CACHE_HOME/huggingface/hub, ~/.cache/huggingface/hub) and in each DIR\n"
    "(the directory itself if it holds config.json, else every directory below\n"
    "it that does and every .gguf file, up to 6 levels down, hidden ones skipped),\n"
    "supported models first.\n"
    "\n"
    "  --json      machine-readable output\n"
    "  --no-cache  skip the Hugging Face cache\n";

/* Model directories (holding config.json) at or below dir, depth levels
   down at most, into *found (grown with realloc). Hidden directories and the
   insides of a model directory are not searched. */
#ifndef _WIN32
#  include <dirent.h>
#  include <sys/stat.h>
#endif
/* Appends a copy of path to *found. */
static bool push_found(const char *path, char ***found, int32_t *n, int32_t *cap) {
    if (*n == *cap) {
        int32_t nc = *cap ? *cap * 2 : 16;
        char **nf = (char **)realloc(*found, (size_t)nc * sizeof(char *));
        if (!nf) return false;
        *found = nf;
        *cap = nc;
    }
    if (!((*found)[*n] = strdup(path))) return false;
    (*n)++;
    return true;
}

static bool find_models(const char *dir, int depth, char ***found, int32_t *n, int32_t *cap) {
    char cfg[4200];
    struct stat st;
    snprintf(cfg, sizeof cfg, "%s/config.json", dir);
    if (stat(cfg, &st) == 0 && S_ISREG(st.st_mode)) return push_found(dir, found, n, cap);
#ifndef _WIN32
    if (depth > 0) {
        DIR *d = opendir(dir);
        struct dirent *e;
        bool ok = true;
        if (!d) return true;
        while (ok && (e = readdir(d)) != NULL) {
            char sub[4096];
            if (e->d_name[0] == '.') continue;   /* ., .., .git and other hidden ones */
            if (snprintf(sub, sizeof sub, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name) >= (int)sizeof sub) continue;
            if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode)) ok = find_models(sub, depth - 1, found, n, cap);
            else if (stat(sub, &st) == 0 && S_ISREG(st.st_mode) && strlen(e->d_name) > 5 && !strcmp(e->d_name + strlen(e->d_name) - 5, ".gguf"))
                ok = push_found(sub, found, n, cap);   /* a GGUF file is a model too */
        }
        closedir(d);
        return ok;
    }
#else
    (void)depth;
#endif
    return true;
}

static int cmd_list(int argc, char **argv) {
    const char **dirs = (const char **)calloc((size_t)argc + 1, sizeof(char *));
    int32_t n_dirs = 0;
    bool json = false, no_cache = false;
    int i;
    vkr_model_info *list;
    int64_t n, k;
    vkr_result r;
    if (!dirs) return fail("list", "out of memory");
    for (i = 0; i < argc; i++) {
        if (wants_help(argv[i])) { fputs(list_usage, stdout); free(dirs); return 0; }
        else if (is_flag(argv[i], "--json")) json = true;
        else if (is_flag(argv[i], "--no-cache")) no_cache = true;
        else if (argv[i][0] == '-') { fprintf(stderr, "valkyr list: unknown option %s (valkyr list --help lists the options)\n", argv[i]); free(dirs); return 2; }
        else dirs[n_dirs++] = argv[i];
    }
    {   /* every model directory below the DIRs */
        char **found = NULL;
        int32_t n_found = 0, cap = 0, d;
        bool ok = true;
        for (d = 0; d < n_dirs && ok; d++) ok = find_models(dirs[d], 6, &found, &n_found, &cap);
        free(dirs);
        r = ok ? vkr_model_list((const char *const *)found, n_found, no_cache, &list, &n) : VKR_ERR_OUT_OF_MEMORY;
        for (d = 0; d < n_found; d++) free(found[d]);
        free(found);
        if (!ok) return fail("list", "out of memory");
    }
    if (r != VKR_OK) return fail_lib("list", r);
    if (json) {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        w.pretty = true;
        vkr_json_begin_array(&w);
        for (k = 0; k < n; k++) {
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "id"); vkr_json_write_string(&w, list[k].id);
            vkr_json_key(&w, "path"); vkr_json_write_string(&w, list[k].path);
            vkr_json_key(&w, "supported"); vkr_json_write_bool(&w, list[k].supported);
            vkr_json_key(&w, "family"); vkr_json_write_string(&w, list[k].supported ? vkr_family_name(list[k].family) : "");
            vkr_json_key(&w, "n_params"); vkr_json_write_int(&w, list[k].n_params);
            vkr_json_key(&w, "n_bytes"); vkr_json_write_int(&w, (int64_t)list[k].n_bytes);
            if (!list[k].supported) { vkr_json_key(&w, "error"); vkr_json_write_string(&w, list[k].error); }
            vkr_json_end_object(&w);
        }
        vkr_json_end_array(&w);
        print_json(&w);
    } else if (n == 0) {
        printf("no models found%s\n", no_cache ? "" : " (Hugging Face cache empty; give a directory)");
    } else {
        printf("%-44s %-9s %10s %11s  %s\n", "MODEL", "FAMILY", "PARAMS", "SIZE", "STATUS");
        for (k = 0; k < n; k++) {
            char b1[32], b2[32];
            printf("%-44s %-9s %10s %11s  %s\n", list[k].id, list[k].supported ? vkr_family_name(list[k].family) : "-",
                   list[k].n_params >= 0 ? human_count(b1, sizeof b1, (double)list[k].n_params) : "?",
                   list[k].n_params >= 0 ? human_bytes(b2, sizeof b2, (double)list[k].n_bytes) : "?",
                   list[k].supported ? "ok" : list[k].error);
        }
    }
    vkr_model_list_free(list);
    return 0;
}

/* ---- tokenize / detokenize ----------------------------------------------- */

static const char *tokenize_usage =
    "usage: valkyr tokenize MODEL (TEXT | --file PATH) [--no-special] [--no-parse-special] [--json]\n"
    "\n"
    "Prints the token ids of TEXT (or of the file's contents). MODEL is a model\n"
    "directory, a directory holding only tokenizer files, a tokenizer.json path,\n"
    "or a Hugging Face id in the local cache.\n"
    "\n"
    "  --file PATH          read the text from PATH (- for standard input)\n"
    "  --no-special         do not add BOS/EOS (HF add_special_tokens=False)\n"
    "  --no-parse-special   treat special-token text such as <s> as plain text\n"
    "  --json               print {\"ids\": [...], \"pieces\": [...]}\n";

static const char *detokenize_usage =
    "usage: valkyr detokenize MODEL --tokens 1,2,3 [--skip-special]\n"
    "\n"
    "Prints the text of the given token ids.\n"
    "\n"
    "  --tokens LIST     comma- or space-separated ids\n"
    "  --skip-special    leave special tokens out\n";

char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f) return NULL;
    for (;;) {
        size_t got;
        if (n + 65536 + 1 > cap) {
            char *nb;
            cap = (n + 65536 + 1) * 2;
            nb = (char *)realloc(buf, cap);
            if (!nb) { free(buf); if (f != stdin) fclose(f); return NULL; }
            buf = nb;
        }
        got = fread(buf + n, 1, 65536, f);
        n += got;
        if (got < 65536) break;
    }
    if (ferror(f)) { free(buf); buf = NULL; }
    if (f != stdin) fclose(f);
    if (buf) { buf[n] = 0; *len = n; }
    return buf;
}

static vkr_result load_tokenizer(const char *model, vkr_tok **tok) {
    vkr_tok_desc d;
    memset(&d, 0, sizeof d);
    d.hooks = cli_hooks();
    return vkr_tok_load(model, &d, tok);
}

static int cmd_tokenize(int argc, char **argv) {
    const char *model = NULL, *text = NULL, *file = NULL;
    uint32_t flags = VKR_TOK_ADD_SPECIAL;
    bool json = false;
    char *owned = NULL;
    size_t len = 0, i;
    int k;
    vkr_tok *tok;
    vkr_tokens ids;
    vkr_result r;
    for (k = 0; k < argc; k++) {
        if (wants_help(argv[k])) { fputs(tokenize_usage, stdout); return 0; }
        else if (is_flag(argv[k], "--json")) json = true;
        else if (is_flag(argv[k], "--no-special")) flags &= ~(uint32_t)VKR_TOK_ADD_SPECIAL;
        else if (is_flag(argv[k], "--no-parse-special")) flags |= VKR_TOK_NO_PARSE_SPECIAL;
        else if (is_flag(argv[k], "--file")) {
            if (k + 1 >= argc) { fprintf(stderr, "valkyr tokenize: --file needs a path\n"); return 2; }
            file = argv[++k];
        } else if (argv[k][0] == '-' && argv[k][1]) { fprintf(stderr, "valkyr tokenize: unknown option %s (valkyr tokenize --help lists the options)\n", argv[k]); return 2; }
        else if (!model) model = argv[k];
        else if (!text) text = argv[k];
        else { fprintf(stderr, "valkyr tokenize: give the text as one argument (quote it)\n"); return 2; }
    }
    if (!model || (!text && !file) || (text && file)) { fputs(tokenize_usage, stderr); return 2; }
    if (file) {
        owned = read_all(file, &len);
        if (!owned) { fprintf(stderr, "valkyr tokenize: %s: cannot read\n", file); return 1; }
        text = owned;
    } else {
        len = strlen(text);
    }
    r = load_tokenizer(model, &tok);
    if (r != VKR_OK) { free(owned); return fail_lib("tokenize", r); }
    memset(&ids, 0, sizeof ids);
    r = vkr_tok_encode(tok, text, len, flags, &ids);
    free(owned);
    if (r != VKR_OK) { vkr_tok_free(tok); return fail_lib("tokenize", r); }
    if (json) {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "ids");
        vkr_json_begin_array(&w);
        for (i = 0; i < ids.n; i++) vkr_json_write_int(&w, ids.ids[i]);
        vkr_json_end_array(&w);
        vkr_json_key(&w, "pieces");
        vkr_json_begin_array(&w);
        for (i = 0; i < ids.n; i++) vkr_json_write_string(&w, vkr_tok_piece(tok, ids.ids[i]));
        vkr_json_end_array(&w);
        vkr_json_end_object(&w);
        print_json(&w);
    } else {
        for (i = 0; i < ids.n; i++) printf("%s%d", i ? " " : "", ids.ids[i]);
        printf("\n");
    }
    vkr_tokens_free(&ids);
    vkr_tok_free(tok);
    return 0;
}

/* Parses "1,2,3" or "1 2 3" into ids; false on anything else. */
static bool parse_ids(const char *s, vkr_tokens *out) {
    while (*s) {
        char *end;
        long v;
        vkr_token *grown;
        while (*s == ',' || *s == ' ' || *s == '\t' || *s == '\n') s++;
        if (!*s) break;
        v = strtol(s, &end, 10);
        if (end == s || v < INT32_MIN || v > INT32_MAX) return false;
        if (out->n == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 64;
            grown = (vkr_token *)realloc(out->ids, out->cap * sizeof(vkr_token));
            if (!grown) return false;
            out->ids = grown;
        }
        out->ids[out->n++] = (vkr_token)v;
        s = end;
    }
    return true;
}

static int cmd_detokenize(int argc, char **argv) {
    const char *model = NULL, *list = NULL;
    uint32_t flags = 0;
    int k;
    vkr_tok *tok;
    vkr_tokens ids;
    vkr_text text;
    vkr_result r;
    for (k = 0; k < argc; k++) {
        if (wants_help(argv[k])) { fputs(detokenize_usage, stdout); return 0; }
        else if (is_flag(argv[k], "--skip-special")) flags |= VKR_TOK_SKIP_SPECIAL;
        else if (is_flag(argv[k], "--tokens")) {
            if (k + 1 >= argc) { fprintf(stderr, "valkyr detokenize: --tokens needs a list\n"); return 2; }
            list = argv[++k];
        } else if (argv[k][0] == '-') { fprintf(stderr, "valkyr detokenize: unknown option %s (valkyr detokenize --help lists the options)\n", argv[k]); return 2; }
        else if (!model) model = argv[k];
        else { fputs(detokenize_usage, stderr); return 2; }
    }
    if (!model || !list) { fputs(detokenize_usage, stderr); return 2; }
    memset(&ids, 0, sizeof ids);
    if (!parse_ids(list, &ids)) { free(ids.ids); fprintf(stderr, "valkyr detokenize: --tokens: not a list of integers: %s\n", list); return 2; }
    r = load_tokenizer(model, &tok);
    if (r != VKR_OK) { free(ids.ids); return fail_lib("detokenize", r); }
    memset(&text, 0, sizeof text);
    r = vkr_tok_decode(tok, ids.ids, ids.n, flags, &text);
    free(ids.ids);
    if (r != VKR_OK) { vkr_tok_free(tok); return fail_lib("detokenize", r); }
    fwrite(text.text, 1, text.len, stdout);
    printf("\n");
    vkr_text_free(&text);
    vkr_tok_free(tok);
    return 0;
}

/* ---- gen / logits / bench -------------------------------------------------- */

static const char *gen_usage =
    "usage: valkyr gen MODEL [PROMPT] [options]\n"
    "\n"
    "Generates text after PROMPT (or after --tokens) and streams it to stdout,\n"
    "then prints a stats line on stderr (prompt tokens, prefill and decode tok/s).\n"
    "\n"
    "  --tokens 1,2,3        the prompt as token ids, used as is\n"
    "  -n N                  at most N new tokens (default 256; 0: until a stop)\n"
    "  --temp T              temperature (default 0.8; 0 = greedy)\n"
    "  --top-k K             keep the K most likely tokens (default 40; 0 = off)\n"
    "  --top-p P             nucleus sampling (default 0.95; 1 = off)\n"
    "  --min-p P             drop tokens below P x the top probability (default 0.05)\n"
    "  --repeat-penalty R    HF repetition penalty (default 1 = off)\n"
    "  --presence-penalty P  OpenAI presence penalty (default 0)\n"
    "  --frequency-penalty P OpenAI frequency penalty (default 0)\n"
    "  --seed S              RNG seed (default: from the clock)\n"
    "  --stop STR            stop when STR appears (repeatable)\n"
    "  --no-special          do not add BOS/EOS to the prompt\n"
    "  --ctx N               KV cache size (default: min(model context, 4096))\n"
    "  --threads N           CPU threads (default: all)\n"
    "  --backend B           cpu, vulkan or auto (default auto)\n"
    "  --precision P         fast or f32 (default fast: BF16 activations in prefill on CPUs with\n"
    "                        AVX512-BF16, fp16 tensor cores on GPUs that have them; README, \"Precision\")\n"
    "  --lora DIR            merge the LoRA adapter in DIR (PEFT's adapter_config.json +\n"
    "                        adapter_model.safetensors) into the model first (f32 copies of its linears)\n"
    "  --quant TYPE          quantize the weights at load to TYPE (q8_0, q4_0, q4_1, q5_0, q5_1, q4_k_s,\n"
    "                        q4_k_m, q5_k_s, q5_k_m, q6_k, f16, bf16): what valkyr quantize would write\n"
    "  --json                print {\"prompt_ids\", \"ids\", \"text\"} at the end instead of streaming\n";

static const char *logits_usage =
    "usage: valkyr logits MODEL --tokens 1,2,3 [--all] [--backend B] [--threads N] [--precision P] [--lora DIR] [--quant TYPE]\n"
    "\n"
    "Runs the model over the tokens and prints {\"argmax\": [...], \"logits\": [[...]]}:\n"
    "the last position's argmax and logit vector, or with --all one per position.\n"
    "--precision is f32 by default here (the oracle: within 1e-4 of transformers' fp32);\n"
    "fast shows what gen, chat and bench compute by default. --lora DIR merges an\n"
    "adapter first, as for gen.\n";

static const char *bench_usage =
    "usage: valkyr bench MODEL [--prompt N] [-n N] [--threads N] [--backend B] [--precision P] [--lora DIR] [--quant TYPE] [--json]\n"
    "       valkyr bench --train [MODEL] [--lora R] [--seq T] [--batch B] [--steps N] [--threads N] [--json]\n"
    "\n"
    "Measures load time, prefill (a prompt of N random tokens, default 512, or\n"
    "what fits the model's context (or --ctx) beside the decoded tokens) and\n"
    "decode (-n tokens, default 64) speed, peak resident memory, and for the CPU\n"
    "the bound memory bandwidth sets: bytes of weights read per token over the\n"
    "read bandwidth measured on this machine in the same run.\n"
    "With --train: training speed (ms per step, tokens/s, peak memory) of LoRA and\n"
    "full fine-tuning on random windows (valkyr bench --train --help).\n";

typedef struct gen_opts {
    const char *model, *prompt, *tokens, *backend, *lora, *quant;
    vkr_precision precision;   /* --precision; the command's default until given */
    const char *stops[16];
    int n_stops;
    int64_t n, ctx;
    int32_t threads;
    bool json, no_special, seeded, all;
    vkr_sampler_desc sd;
    int64_t prompt_len;
} gen_opts;

/* Parses the options shared by gen, logits and bench; returns 0, or the exit status. */
static int parse_gen_opts(const char *cmd, const char *usage, int argc, char **argv, gen_opts *o) {
    int k;
    for (k = 0; k < argc; k++) {
        const char *a = argv[k];
        const char *v = k + 1 < argc ? argv[k + 1] : NULL;
#define NEED_VALUE() do { if (!v) { fprintf(stderr, "valkyr %s: %s needs a value\n", cmd, a); return 2; } k++; } while (0)
        if (wants_help(a)) { fputs(usage, stdout); return -1; }
        else if (is_flag(a, "--json")) o->json = true;
        else if (is_flag(a, "--all")) o->all = true;
        else if (is_flag(a, "--no-special")) o->no_special = true;
        else if (is_flag(a, "--tokens")) { NEED_VALUE(); o->tokens = v; }
        else if (is_flag(a, "-n")) { NEED_VALUE(); o->n = atoll(v); }
        else if (is_flag(a, "--prompt")) { NEED_VALUE(); o->prompt_len = atoll(v); }
        else if (is_flag(a, "--temp")) { NEED_VALUE(); o->sd.temperature = (float)atof(v); }
        else if (is_flag(a, "--top-k")) { NEED_VALUE(); o->sd.top_k = atoi(v); }
        else if (is_flag(a, "--top-p")) { NEED_VALUE(); o->sd.top_p = (float)atof(v); }
        else if (is_flag(a, "--min-p")) { NEED_VALUE(); o->sd.min_p = (float)atof(v); }
        else if (is_flag(a, "--repeat-penalty")) { NEED_VALUE(); o->sd.repetition_penalty = (float)atof(v); }
        else if (is_flag(a, "--presence-penalty")) { NEED_VALUE(); o->sd.presence_penalty = (float)atof(v); }
        else if (is_flag(a, "--frequency-penalty")) { NEED_VALUE(); o->sd.frequency_penalty = (float)atof(v); }
        else if (is_flag(a, "--seed")) { NEED_VALUE(); o->sd.seed = strtoull(v, NULL, 10); o->seeded = true; }
        else if (is_flag(a, "--stop")) { NEED_VALUE(); if (o->n_stops < 16) o->stops[o->n_stops++] = v; }
        else if (is_flag(a, "--ctx")) { NEED_VALUE(); o->ctx = atoll(v); }
        else if (is_flag(a, "--threads")) { NEED_VALUE(); o->threads = atoi(v); }
        else if (is_flag(a, "--lora")) { NEED_VALUE(); o->lora = v; }
        else if (is_flag(a, "--quant")) {
            NEED_VALUE();
            if (vkr_qtype_from_name(v) == VKR_QTYPE_INVALID) { fprintf(stderr, "valkyr %s: --quant %s is not a type valkyr quantizes to (valkyr quantize --help)\n", cmd, v); return 2; }
            o->quant = v;
        }
        else if (is_flag(a, "--backend")) {
            NEED_VALUE();
            if (strcmp(v, "cpu") && strcmp(v, "vulkan") && strcmp(v, "auto")) { fprintf(stderr, "valkyr %s: --backend is cpu, vulkan or auto\n", cmd); return 2; }
            o->backend = v;
        }
        else if (is_flag(a, "--precision")) {
            NEED_VALUE();
            if (!strcmp(v, "fast")) o->precision = VKR_PRECISION_FAST;
            else if (!strcmp(v, "f32")) o->precision = VKR_PRECISION_F32;
            else { fprintf(stderr, "valkyr %s: --precision is fast or f32\n", cmd); return 2; }
        }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr %s: unknown option %s (valkyr %s --help lists the options)\n", cmd, a, cmd); return 2; }
        else if (!o->model) o->model = a;
        else if (!o->prompt) o->prompt = a;
        else { fprintf(stderr, "valkyr %s: give the prompt as one argument (quote it)\n", cmd); return 2; }
#undef NEED_VALUE
    }
    if (!o->model) { fputs(usage, stderr); return 2; }
    return 0;
}

static vkr_backend backend_of(const gen_opts *o) {
    if (!o->backend || !strcmp(o->backend, "auto")) return VKR_BACKEND_AUTO;
    return !strcmp(o->backend, "cpu") ? VKR_BACKEND_CPU : VKR_BACKEND_VULKAN;
}

/* Merges the PEFT adapter in `dir` into m (before any session uses m). */
static int apply_lora(const char *cmd, vkr_model *m, const char *dir) {
    vkr_lora *l = NULL;
    vkr_hooks h = cli_hooks();
    vkr_result r = vkr_lora_load(dir, m, &h, &l);
    if (r == VKR_OK) r = vkr_model_apply_lora(m, l);
    vkr_lora_free(l);
    return r == VKR_OK ? 0 : fail_lib(cmd, r);
}

/* Loads the model (merging --lora) and opens a session as the options say. */
static int open_session(const char *cmd, const gen_opts *o, vkr_model **m, vkr_session **s, double *load_s) {
    vkr_model_desc md;
    vkr_session_desc sd;
    vkr_result r;
    int64_t t0 = vkr_time_ns();
    memset(&md, 0, sizeof md);
    md.hooks = cli_hooks();
    r = vkr_model_load(o->model, &md, m);
    if (r != VKR_OK) return fail_lib(cmd, r);
    if (o->lora && apply_lora(cmd, *m, o->lora)) { vkr_model_free(*m); return 1; }
    if (o->quant && (r = vkr_model_quantize(*m, vkr_qtype_from_name(o->quant), o->threads)) != VKR_OK) { vkr_model_free(*m); return fail_lib(cmd, r); }
    memset(&sd, 0, sizeof sd);
    sd.n_ctx = o->ctx;
    sd.n_threads = o->threads;
    sd.backend = backend_of(o);
    sd.precision = o->precision;
    r = vkr_session_new(*m, &sd, s);
    if (r != VKR_OK) { vkr_model_free(*m); return fail_lib(cmd, r); }
    if (load_s) *load_s = (double)(vkr_time_ns() - t0) / 1e9;   /* mapping, checks and (GPU) the upload */
    return 0;
}

/* Where a session runs, for the stats lines: "cpu, avx512+bf16" or "vulkan, NVIDIA H100". */
static const char *where(const vkr_session *s) {
    static char buf[300];
    const vkr_gpu_info *g = vkr_session_gpu(s);
    if (g) snprintf(buf, sizeof buf, "vulkan, %s", g->name);
    else snprintf(buf, sizeof buf, "cpu, %s", vkr_cpu_features());
    return buf;
}

static bool print_piece(void *user, vkr_token id, const char *text, size_t len) {
    (void)user; (void)id;
    fwrite(text, 1, len, stdout);
    fflush(stdout);
    return true;
}

typedef struct collect { vkr_text *text; } collect;
static bool collect_piece(void *user, vkr_token id, const char *text, size_t len) {
    collect *c = (collect *)user;
    (void)id;
    if (len && c->text->len + len + 1 > c->text->cap) {
        size_t nc = (c->text->len + len + 1) * 2;
        char *nt = (char *)realloc(c->text->text, nc);
        if (!nt) return false;
        c->text->text = nt;
        c->text->cap = nc;
    }
    if (len) { memcpy(c->text->text + c->text->len, text, len); c->text->len += len; c->text->text[c->text->len] = 0; }
    return true;
}

static int cmd_gen(int argc, char **argv) {
    gen_opts o;
    vkr_model *m;
    vkr_session *s;
    vkr_tok *tok;
    vkr_tokens prompt;
    vkr_generate_desc gd;
    vkr_generate_result res;
    vkr_result r;
    int rc;
    int64_t t0, n_prompt;
    double prefill_s;
    memset(&o, 0, sizeof o);
    o.n = 256;
    o.sd.temperature = 0.8f;
    o.sd.top_k = 40;
    o.sd.top_p = 0.95f;
    o.sd.min_p = 0.05f;
    rc = parse_gen_opts("gen", gen_usage, argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    if (o.prompt && o.tokens) { fprintf(stderr, "valkyr gen: give PROMPT or --tokens, not both\n"); return 2; }
    if (!o.seeded) o.sd.seed = (uint64_t)vkr_time_ns() ^ (uint64_t)time(NULL);
    r = load_tokenizer(o.model, &tok);
    if (r != VKR_OK) return fail_lib("gen", r);
    if ((rc = open_session("gen", &o, &m, &s, NULL))) { vkr_tok_free(tok); return rc; }
    memset(&prompt, 0, sizeof prompt);
    if (o.tokens) {
        if (!parse_ids(o.tokens, &prompt)) { fprintf(stderr, "valkyr gen: --tokens: not a list of integers\n"); rc = 2; goto done; }
    } else {
        r = vkr_tok_encode(tok, o.prompt ? o.prompt : "", o.prompt ? strlen(o.prompt) : 0, o.no_special ? 0 : VKR_TOK_ADD_SPECIAL, &prompt);
        if (r != VKR_OK) { rc = fail_lib("gen", r); goto done; }
    }
    if (prompt.n == 0) {
        vkr_token bos = vkr_tok_bos(tok) >= 0 ? vkr_tok_bos(tok) : (vkr_token)vkr_model_config(m)->bos_token_id;
        if (bos < 0) { fprintf(stderr, "valkyr gen: the prompt is empty and the model has no BOS token\n"); rc = 2; goto done; }
        prompt.ids = (vkr_token *)malloc(sizeof(vkr_token));
        if (!prompt.ids) { rc = fail("gen", "out of memory"); goto done; }
        prompt.ids[0] = bos;
        prompt.n = prompt.cap = 1;
    }
    n_prompt = (int64_t)prompt.n;
    t0 = vkr_time_ns();
    r = vkr_session_append(s, prompt.ids, prompt.n, NULL);
    prefill_s = (double)(vkr_time_ns() - t0) / 1e9;
    if (r != VKR_OK) { rc = fail_lib("gen", r); goto done; }
    if (!o.json && o.prompt) { fputs(o.prompt, stdout); fflush(stdout); }
    memset(&gd, 0, sizeof gd);
    gd.sampling = o.sd;
    gd.max_tokens = o.n;
    gd.stop_strings = o.stops;
    gd.n_stop_strings = o.n_stops;
    {
        vkr_text text;
        collect col;
        memset(&text, 0, sizeof text);
        col.text = &text;
        gd.on_token = o.json ? collect_piece : print_piece;
        gd.user = o.json ? (void *)&col : NULL;
        r = vkr_generate(s, tok, &gd, &res);
        if (r != VKR_OK) { free(text.text); rc = fail_lib("gen", r); goto done; }
        if (o.json) {
            vkr_json_writer w;
            const vkr_token *all = vkr_session_tokens(s);
            int64_t i, n_all = vkr_session_n_past(s);
            vkr_json_writer_init(&w, NULL);
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "prompt_ids");
            vkr_json_begin_array(&w);
            for (i = 0; i < n_prompt; i++) vkr_json_write_int(&w, prompt.ids[i]);
            vkr_json_end_array(&w);
            vkr_json_key(&w, "ids");
            vkr_json_begin_array(&w);
            for (i = n_prompt; i < n_all; i++) vkr_json_write_int(&w, all[i]);
            vkr_json_end_array(&w);
            vkr_json_key(&w, "text");
            vkr_json_write_string_n(&w, text.text ? text.text : "", text.len);
            vkr_json_key(&w, "stop");
            vkr_json_write_string(&w, vkr_stop_reason_str(res.stop));
            vkr_json_end_object(&w);
            print_json(&w);
        } else {
            printf("\n");
        }
        fflush(stdout);   /* the text's newline before the stats line, also when both go to one pipe */
        free(text.text);
    }
    fprintf(stderr, "valkyr: %lld prompt tokens, prefill %.1f tok/s; %lld generated, decode %.1f tok/s (%s)\n",
            (long long)n_prompt, prefill_s > 0 ? (double)n_prompt / prefill_s : 0.0, (long long)res.n_tokens,
            res.seconds > 0 ? (double)res.n_tokens / res.seconds : 0.0, where(s));
done:
    free(prompt.ids);
    vkr_session_free(s);
    vkr_model_free(m);
    vkr_tok_free(tok);
    return rc;
}

static int cmd_logits(int argc, char **argv) {
    gen_opts o;
    vkr_model *m;
    vkr_session *s;
    vkr_tokens ids;
    float *all = NULL;
    int64_t V, i, j, first;
    vkr_result r;
    vkr_json_writer w;
    int rc;
    memset(&o, 0, sizeof o);
    o.precision = VKR_PRECISION_F32;   /* the oracle tool: exact unless asked */
    rc = parse_gen_opts("logits", logits_usage, argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    if (!o.tokens || o.prompt) { fputs(logits_usage, stderr); return 2; }
    memset(&ids, 0, sizeof ids);
    if (!parse_ids(o.tokens, &ids) || ids.n == 0) { free(ids.ids); fprintf(stderr, "valkyr logits: --tokens: not a list of integers\n"); return 2; }
    if ((rc = open_session("logits", &o, &m, &s, NULL))) { free(ids.ids); return rc; }
    V = vkr_model_config(m)->vocab_size;
    all = (float *)malloc((size_t)ids.n * (size_t)V * sizeof(float));
    if (!all) { rc = fail("logits", "out of memory"); goto done; }
    r = vkr_session_append(s, ids.ids, ids.n, all);
    if (r != VKR_OK) { rc = fail_lib("logits", r); goto done; }
    first = o.all ? 0 : (int64_t)ids.n - 1;
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "argmax");
    vkr_json_begin_array(&w);
    for (i = first; i < (int64_t)ids.n; i++) vkr_json_write_int(&w, vkr_argmax(all + i * V, (int32_t)V));
    vkr_json_end_array(&w);
    vkr_json_key(&w, "logits");
    vkr_json_begin_array(&w);
    for (i = first; i < (int64_t)ids.n; i++) {
        vkr_json_begin_array(&w);
        for (j = 0; j < V; j++) vkr_json_write_double(&w, (double)all[i * V + j]);
        vkr_json_end_array(&w);
    }
    vkr_json_end_array(&w);
    vkr_json_end_object(&w);
    print_json(&w);
done:
    free(all);
    free(ids.ids);
    vkr_session_free(s);
    vkr_model_free(m);
    return rc;
}

/* Read bandwidth of this machine: every thread sums its part of a buffer
   much larger than the caches; best of a few passes. */
typedef struct bw_job { const uint64_t *buf; size_t n; int parts; uint64_t sum[64]; } bw_job;
typedef struct bw_arg { bw_job *job; int part; } bw_arg;
#ifndef _WIN32
#  include <pthread.h>
#  include <sys/resource.h>
#endif
/* Sums this thread's share as 64-bit integers: the compiler vectorises it, so
   the loop runs at the speed memory delivers. */
static void *bw_thread(void *arg) {
    bw_arg *a = (bw_arg *)arg;
    size_t per = a->job->n / (size_t)a->job->parts, i0 = per * (size_t)a->part, i;
    uint64_t s = 0;
    for (i = i0; i < i0 + per; i++) s += a->job->buf[i];
    a->job->sum[a->part] = s;
    return NULL;
}
/* Read bandwidth of this machine, in bytes/s: every thread streams its part
   of a buffer far larger than the caches; the best of a few passes. */
static double measure_read_bandwidth(int threads) {
#ifdef _WIN32
    (void)threads;
    return 0;
#else
    size_t bytes = (size_t)512 << 20, n = bytes / sizeof(uint64_t), i;
    uint64_t *buf = (uint64_t *)malloc(bytes);
    double best = 0;
    bw_job job;
    int pass, t;
    if (!buf) return 0;
    if (threads < 1) threads = 1;
    if (threads > 64) threads = 64;
    for (i = 0; i < n; i++) buf[i] = i;
    job.buf = buf;
    job.n = n;
    job.parts = threads;
    for (pass = 0; pass < 5; pass++) {
        pthread_t th[64];
        bw_arg args[64];
        int64_t t0 = vkr_time_ns();
        double dt;
        for (t = 0; t < threads; t++) { args[t].job = &job; args[t].part = t; pthread_create(&th[t], NULL, bw_thread, &args[t]); }
        for (t = 0; t < threads; t++) pthread_join(th[t], NULL);
        dt = (double)(vkr_time_ns() - t0) / 1e9;
        if (bytes / dt > best) best = (double)bytes / dt;
    }
    free(buf);
    return best;
#endif
}

static int cpu_count(void) {
#ifdef _WIN32
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return (int)si.dwNumberOfProcessors;
#else
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
#endif
}

double peak_rss_bytes(void) {
#ifdef _WIN32
    return -1;
#else
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) return -1;
#  ifdef __APPLE__
    return (double)ru.ru_maxrss;
#  else
    return (double)ru.ru_maxrss * 1024.0;
#  endif
#endif
}

static int cmd_bench(int argc, char **argv) {
    gen_opts o;
    vkr_model *m;
    vkr_session *s;
    vkr_token *ids = NULL;
    double load_s, prefill_s, decode_s, bw = 0, bytes_per_token = 0, rss, gpu_s = 0;
    int64_t dispatches = 0;
    const vkr_gpu_info *gpu;
    int64_t V, i, t0;
    int rc;
    vkr_result r = VKR_OK;
    uint64_t seed = 42;
    const vkr_st *st;
    memset(&o, 0, sizeof o);
    o.prompt_len = -1;   /* not given: 512, or less to fit the model's context with -n */
    o.n = 64;
    for (i = 0; i < argc; i++) if (is_flag(argv[i], "--train")) return cmd_bench_train(argc, argv);
    rc = parse_gen_opts("bench", bench_usage, argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    if (o.prompt_len == -1) {
        char dir[4096];
        vkr_config cfg;
        int64_t room;
        o.prompt_len = 512;
        if (vkr_model_resolve(o.model, dir, sizeof dir) == VKR_OK && vkr_config_load(dir, &cfg) == VKR_OK) {
            room = (o.ctx > 0 ? o.ctx : cfg.max_position_embeddings) - o.n;
            if (room < o.prompt_len) o.prompt_len = room > 1 ? room : 1;
        }
    }
    if (o.prompt_len < 1 || o.n < 1) { fprintf(stderr, "valkyr bench: --prompt and -n must be >= 1\n"); return 2; }
    if (o.ctx == 0) o.ctx = o.prompt_len + o.n;
    if ((rc = open_session("bench", &o, &m, &s, &load_s))) return rc;
    V = vkr_model_config(m)->vocab_size;
    ids = (vkr_token *)malloc((size_t)(o.prompt_len + o.n) * sizeof(vkr_token));
    if (!ids) { rc = fail("bench", "out of memory"); goto done; }
    for (i = 0; i < o.prompt_len + o.n; i++) { seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; ids[i] = (vkr_token)((seed >> 33) % (uint64_t)V); }
    if (vkr_session_gpu(s)) {   /* warm up: pipelines are compiled and the plans recorded on first use */
        r = vkr_session_append(s, ids, (size_t)o.prompt_len, NULL);
        if (r == VKR_OK) r = vkr_session_append(s, ids, 1, NULL);
        if (r == VKR_OK) r = vkr_session_rewind(s, 0);
        if (r != VKR_OK) { rc = fail_lib("bench", r); goto done; }
    }
    t0 = vkr_time_ns();
    r = vkr_session_append(s, ids, (size_t)o.prompt_len, NULL);
    prefill_s = (double)(vkr_time_ns() - t0) / 1e9;
    t0 = vkr_time_ns();
    for (i = 0; i < o.n && r == VKR_OK; i++) {
        double g;
        r = vkr_session_append(s, ids + o.prompt_len + i, 1, NULL);
        vkr_session_gpu_stats(s, &dispatches, &g);
        gpu_s += g;
    }
    decode_s = (double)(vkr_time_ns() - t0) / 1e9;
    if (r != VKR_OK) { rc = fail_lib("bench", r); goto done; }
    rss = peak_rss_bytes();
    /* bytes of weights one decode step reads: all but the embedding (one row) */
    st = vkr_model_tensors(m);
    for (i = 0; i < vkr_st_count(st); i++) {
        const vkr_tensor *t = vkr_st_at(st, i);
        if (t == vkr_model_weights(m)->embed && t != vkr_model_weights(m)->lm_head) bytes_per_token += (double)t->n_bytes / (double)V;
        else bytes_per_token += (double)t->n_bytes;
    }
    gpu = vkr_session_gpu(s);
    if (!gpu) bw = measure_read_bandwidth(o.threads > 0 ? o.threads : cpu_count());
    if (o.json) {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "model"); vkr_json_write_string(&w, vkr_model_dir(m));
        vkr_json_key(&w, "backend"); vkr_json_write_string(&w, gpu ? "vulkan" : "cpu");
        vkr_json_key(&w, gpu ? "gpu" : "cpu"); vkr_json_write_string(&w, gpu ? gpu->name : vkr_cpu_features());
        vkr_json_key(&w, "load_s"); vkr_json_write_double(&w, load_s);
        vkr_json_key(&w, "prompt_tokens"); vkr_json_write_int(&w, o.prompt_len);
        vkr_json_key(&w, "prefill_tok_s"); vkr_json_write_double(&w, (double)o.prompt_len / prefill_s);
        vkr_json_key(&w, "decode_tokens"); vkr_json_write_int(&w, o.n);
        vkr_json_key(&w, "decode_tok_s"); vkr_json_write_double(&w, (double)o.n / decode_s);
        vkr_json_key(&w, "ms_per_token"); vkr_json_write_double(&w, decode_s * 1e3 / (double)o.n);
        vkr_json_key(&w, "peak_rss_bytes"); vkr_json_write_double(&w, rss);
        vkr_json_key(&w, "weight_bytes_per_token"); vkr_json_write_double(&w, bytes_per_token);
        if (gpu) {
            vkr_json_key(&w, "gpu_ms_per_token"); vkr_json_write_double(&w, gpu_s * 1e3 / (double)o.n);
            vkr_json_key(&w, "dispatches_per_token"); vkr_json_write_int(&w, dispatches);
        } else {
            vkr_json_key(&w, "read_bandwidth_bytes_s"); vkr_json_write_double(&w, bw);
            vkr_json_key(&w, "bandwidth_bound_tok_s"); vkr_json_write_double(&w, bw > 0 ? bw / bytes_per_token : 0.0);
            vkr_json_key(&w, "fraction_of_bound"); vkr_json_write_double(&w, bw > 0 ? ((double)o.n / decode_s) / (bw / bytes_per_token) : 0.0);
        }
        vkr_json_end_object(&w);
        print_json(&w);
    } else {
        char b1[32], b2[32];
        printf("model          %s (%s, %s)\n", vkr_model_dir(m), vkr_family_name(vkr_model_config(m)->family), where(s));
        printf("load           %.3f s\n", load_s);
        printf("prefill        %lld tokens, %.1f tok/s\n", (long long)o.prompt_len, (double)o.prompt_len / prefill_s);
        printf("decode         %lld tokens, %.2f tok/s (%.2f ms/token)\n", (long long)o.n, (double)o.n / decode_s, decode_s * 1e3 / (double)o.n);
        if (gpu) {
            const char *kn[16];
            double kms[16];
            int32_t nk = vkr_session_gpu_profile(s, kn, kms, 16), k;
            printf("gpu            %.3f ms per token (timestamps), %lld dispatches per token\n", gpu_s * 1e3 / (double)o.n, (long long)dispatches);
            for (k = 0; k < nk; k++) printf("  %-12s %.3f ms per token\n", kn[k], kms[k]);
        }
        printf("peak memory    %s\n", rss >= 0 ? human_bytes(b1, sizeof b1, rss) : "?");
        if (bw > 0)
            printf("bound          %s read per token / %s/s measured = %.2f tok/s; decode is at %.0f%% of it\n",
                   human_bytes(b1, sizeof b1, bytes_per_token), human_bytes(b2, sizeof b2, bw), bw / bytes_per_token,
                   100.0 * ((double)o.n / decode_s) / (bw / bytes_per_token));
    }
done:
    free(ids);
    vkr_session_free(s);
    vkr_model_free(m);
    return rc;
}

/* ---- template / chat ---------------------------------------------------------- */

static const char *template_usage =
    "usage: valkyr template MODEL --messages FILE.json [--no-generation-prompt] [--var JSON] [--json]\n"
    "\n"
    "Renders a conversation (a JSON array of {\"role\", \"content\"} objects; - reads\n"
    "standard input) with the model's chat template, as transformers'\n"
    "apply_chat_template does, and prints the text. MODEL is as for tokenize;\n"
    "weights are not needed.\n"
    "\n"
    "  --no-generation-prompt   leave out the assistant prompt at the end\n"
    "  --var JSON               template variables, e.g. '{\"enable_thinking\": false}'\n"
    "  --json                   print {\"text\": ..., \"ids\": [...]}\n";

static const char *chat_usage =
    "usage: valkyr chat MODEL [MESSAGE] [--system TEXT] [--var JSON] [gen options]\n"
    "\n"
    "With MESSAGE: answers it once. Without: an interactive conversation; each\n"
    "turn prefills only the new tokens. Commands: /reset (forget the\n"
    "conversation), /exit. Ctrl-C stops the current answer, not the program.\n"
    "When the conversation outgrows the context, its oldest turns are dropped\n"
    "(the system message stays); a message too long for the context is left out.\n"
    "\n"
    "  --system TEXT         a system message first\n"
    "  --var JSON            template variables, e.g. '{\"enable_thinking\": false}'\n"
    "  -n N                  at most N tokens per answer (default 512, at most half the context)\n"
    "  --temp, --top-k, --top-p, --min-p, --repeat-penalty, --presence-penalty,\n"
    "  --frequency-penalty, --seed, --stop, --ctx, --threads, --backend, --precision,\n"
    "  --lora DIR            as for gen (valkyr gen --help)\n"
    "  --quant TYPE          as for gen\n";

static int cmd_template(int argc, char **argv) {
    const char *model = NULL, *file = NULL, *vars = NULL;
    bool json = false, gen_prompt = true;
    int k;
    char *msgs = NULL;
    size_t len = 0;
    vkr_tok *tok = NULL;
    vkr_chat_template *tpl = NULL;
    vkr_chat_render_desc rd;
    vkr_text text;
    vkr_result r;
    int rc = 0;
    vkr_config cfg;
    vkr_family fam = VKR_FAMILY_UNKNOWN;
    for (k = 0; k < argc; k++) {
        if (wants_help(argv[k])) { fputs(template_usage, stdout); return 0; }
        else if (is_flag(argv[k], "--json")) json = true;
        else if (is_flag(argv[k], "--no-generation-prompt")) gen_prompt = false;
        else if (is_flag(argv[k], "--messages") && k + 1 < argc) file = argv[++k];
        else if (is_flag(argv[k], "--var") && k + 1 < argc) vars = argv[++k];
        else if (argv[k][0] == '-') { fprintf(stderr, "valkyr template: unknown option or missing value: %s (valkyr template --help lists the options)\n", argv[k]); return 2; }
        else if (!model) model = argv[k];
        else { fputs(template_usage, stderr); return 2; }
    }
    if (!model || !file) { fputs(template_usage, stderr); return 2; }
    msgs = read_all(file, &len);
    if (!msgs) { fprintf(stderr, "valkyr template: %s: cannot read\n", file); return 1; }
    r = load_tokenizer(model, &tok);
    if (r == VKR_ERR_NOT_FOUND) {
        /* no tokenizer.json: the template alone, from tokenizer_config.json (no ids then) */
        char dir[4096], path[4200], *cfgtext;
        size_t clen;
        vkr_json_doc *doc = NULL;
        if (vkr_model_resolve(model, dir, sizeof dir) == VKR_OK && snprintf(path, sizeof path, "%s/tokenizer_config.json", dir) > 0 &&
            (cfgtext = read_all(path, &clen)) != NULL) {
            if (vkr_json_parse(cfgtext, clen, NULL, &doc) == VKR_OK) {
                const vkr_json *root = vkr_json_root(doc);
                const char *src = vkr_json_string(vkr_json_get(root, "chat_template"));
                vkr_chat_template_desc td;
                memset(&td, 0, sizeof td);
                td.bos_token = vkr_json_string(vkr_json_get(root, "bos_token"));
                td.eos_token = vkr_json_string(vkr_json_get(root, "eos_token"));
                r = src ? vkr_chat_template_new(src, strlen(src), &td, &tpl) : VKR_ERR_NOT_FOUND;
            }
            free(cfgtext);
        }
        if (r != VKR_OK) { vkr_json_free(doc); free(msgs); return fail("template", "no tokenizer.json, and no chat_template in tokenizer_config.json"); }
        if (json) fprintf(stderr, "valkyr template: warning: no tokenizer.json, so no ids\n");
        memset(&text, 0, sizeof text);
        memset(&rd, 0, sizeof rd);
        rd.add_generation_prompt = gen_prompt;
        rd.extra_json = vars;
        r = vkr_chat_render_json(tpl, msgs, len, &rd, &text);
        vkr_json_free(doc);
        if (r != VKR_OK) rc = fail_lib("template", r);
        else if (json) {
            vkr_json_writer w;
            vkr_json_writer_init(&w, NULL);
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "text"); vkr_json_write_string_n(&w, text.text ? text.text : "", text.len);
            vkr_json_end_object(&w);
            print_json(&w);
        } else {
            fwrite(text.text ? text.text : "", 1, text.len, stdout);
            if (!text.len || text.text[text.len - 1] != '\n') printf("\n");
        }
        vkr_text_free(&text);
        vkr_chat_template_free(tpl);
        free(msgs);
        return rc;
    }
    if (r != VKR_OK) { free(msgs); return fail_lib("template", r); }
    {
        char dir[4096];
        if (vkr_model_resolve(model, dir, sizeof dir) == VKR_OK && vkr_config_load(dir, &cfg) == VKR_OK) fam = cfg.family;
    }
    {
        bool generic = false;
        r = vkr_chat_template_for(tok, fam, &tpl, &generic);
        if (r == VKR_OK && generic) fprintf(stderr, "valkyr template: warning: no chat template; using the generic <|role|> format\n");
    }
    memset(&text, 0, sizeof text);
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = gen_prompt;
    rd.extra_json = vars;
    if (r == VKR_OK) r = vkr_chat_render_json(tpl, msgs, len, &rd, &text);
    if (r != VKR_OK) { rc = fail_lib("template", r); goto done; }
    if (json) {
        vkr_tokens ids;
        vkr_json_writer w;
        size_t i;
        memset(&ids, 0, sizeof ids);
        r = vkr_tok_encode(tok, text.text ? text.text : "", text.len, 0, &ids);
        if (r != VKR_OK) { rc = fail_lib("template", r); goto done; }
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "text"); vkr_json_write_string_n(&w, text.text ? text.text : "", text.len);
        vkr_json_key(&w, "ids"); vkr_json_begin_array(&w);
        for (i = 0; i < ids.n; i++) vkr_json_write_int(&w, ids.ids[i]);
        vkr_json_end_array(&w);
        vkr_json_end_object(&w);
        print_json(&w);
        vkr_tokens_free(&ids);
    } else {
        fwrite(text.text ? text.text : "", 1, text.len, stdout);
        if (!text.len || text.text[text.len - 1] != '\n') printf("\n");
    }
done:
    vkr_text_free(&text);
    vkr_chat_template_free(tpl);
    vkr_tok_free(tok);
    free(msgs);
    return rc;
}

#include <signal.h>
static volatile sig_atomic_t chat_interrupted;
static void chat_on_sigint(int sig) { (void)sig; chat_interrupted = 1; }
static bool chat_print(void *user, vkr_token id, const char *text, size_t len) {
    (void)user; (void)id;
    fwrite(text, 1, len, stdout);
    fflush(stdout);
    return !chat_interrupted;
}

static int cmd_chat(int argc, char **argv) {
    gen_opts o;
    const char *system = NULL, *vars = NULL;
    char **rest;
    int nrest = 0, k, rc;
    vkr_model *m;
    vkr_session *s;
    vkr_tok *tok;
    vkr_chat *chat;
    vkr_chat_desc cd;
    vkr_generate_desc gd;
    vkr_result r;
    rest = (char **)calloc((size_t)argc + 1, sizeof(char *));
    if (!rest) return fail("chat", "out of memory");
    for (k = 0; k < argc; k++) {   /* take chat's own options out, pass the rest to the gen parser */
        if (is_flag(argv[k], "--system") && k + 1 < argc) system = argv[++k];
        else if (is_flag(argv[k], "--var") && k + 1 < argc) vars = argv[++k];
        else if (wants_help(argv[k])) { fputs(chat_usage, stdout); free(rest); return 0; }
        else rest[nrest++] = argv[k];
    }
    memset(&o, 0, sizeof o);
    o.n = -1;   /* not given: 512, at most half the context (below) */
    o.sd.temperature = 0.8f;
    o.sd.top_k = 40;
    o.sd.top_p = 0.95f;
    o.sd.min_p = 0.05f;
    rc = parse_gen_opts("chat", chat_usage, nrest, rest, &o);
    free(rest);
    if (rc) return rc < 0 ? 0 : rc;
    if (!o.seeded) o.sd.seed = (uint64_t)vkr_time_ns() ^ (uint64_t)time(NULL);
    r = load_tokenizer(o.model, &tok);
    if (r != VKR_OK) return fail_lib("chat", r);
    if ((rc = open_session("chat", &o, &m, &s, NULL))) { vkr_tok_free(tok); return rc; }
    if (o.n < 0) o.n = vkr_session_n_ctx(s) / 2 < 512 ? vkr_session_n_ctx(s) / 2 : 512;
    memset(&cd, 0, sizeof cd);
    cd.system = system;
    cd.extra_json = vars;
    r = vkr_chat_new(s, tok, &cd, &chat);
    if (r != VKR_OK) { rc = fail_lib("chat", r); goto done; }
    memset(&gd, 0, sizeof gd);
    gd.sampling = o.sd;
    gd.max_tokens = o.n;
    gd.stop_strings = o.stops;
    gd.n_stop_strings = o.n_stops;
    gd.on_token = chat_print;
    signal(SIGINT, chat_on_sigint);
    if (o.prompt) {
        vkr_generate_result res;
        r = vkr_chat_add(chat, "user", o.prompt);
        if (r == VKR_OK) r = vkr_chat_respond(chat, &gd, &res);
        printf("\n");
        if (r != VKR_OK) rc = fail_lib("chat", r);
    } else {
        char line[65536];
        bool tty = isatty(fileno(stdin));
        if (tty) fprintf(stderr, "valkyr chat: %s — /reset to start over, /exit (or Ctrl-D) to leave\n", vkr_model_dir(m));
        for (;;) {
            vkr_generate_result res;
            size_t n;
            if (tty) { fputs("> ", stdout); fflush(stdout); }
            chat_interrupted = 0;
            if (!fgets(line, sizeof line, stdin)) { if (!chat_interrupted) break; clearerr(stdin); printf("\n"); continue; }
            n = strlen(line);
            while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
            if (!n) continue;
            if (!strcmp(line, "/exit") || !strcmp(line, "/quit")) break;
            if (!strcmp(line, "/reset")) { vkr_chat_reset(chat, true); fprintf(stderr, "(conversation reset)\n"); continue; }
            r = vkr_chat_add(chat, "user", line);
            if (r == VKR_OK) r = vkr_chat_respond(chat, &gd, &res);
            printf("\n");
            if (r != VKR_OK) {
                fprintf(stderr, "valkyr chat: %s\n", vkr_last_error());
                if (r == VKR_ERR_LIMIT) { vkr_chat_pop(chat); fprintf(stderr, "(that message was left out: it does not fit the context)\n"); }
                continue;
            }
            if (chat_interrupted) fprintf(stderr, "(stopped)\n");
        }
    }
    vkr_chat_free(chat);
done:
    signal(SIGINT, SIG_DFL);
    vkr_session_free(s);
    vkr_model_free(m);
    vkr_tok_free(tok);
    return rc;
}

/* ---- devices -------------------------------------------------------------- */

static const char *devices_usage =
    "usage: valkyr devices [--json]\n"
    "\n"
    "Lists the Vulkan devices and the features valkyr uses: type, memory,\n"
    "subgroup size, maxStorageBufferRange, fp16 arithmetic, 16-bit storage,\n"
    "subgroup size control, cooperative matrices, timestamps; and whether valkyr\n"
    "can run on it (and if not, why). `--backend auto` picks the first discrete\n"
    "GPU, then integrated, virtual; VALKYR_DEVICE=<index|name> overrides.\n";

static const char *gpu_type_name(int32_t t) {
    return t == 1 ? "integrated" : t == 2 ? "discrete" : t == 3 ? "virtual" : t == 4 ? "cpu" : "other";
}

static int cmd_devices(int argc, char **argv) {
    vkr_gpu_info info[16];
    int32_t n = 0, i;
    bool json = false;
    int k;
    vkr_result r;
    for (k = 0; k < argc; k++) {
        if (wants_help(argv[k])) { fputs(devices_usage, stdout); return 0; }
        if (is_flag(argv[k], "--json")) json = true;
        else { fprintf(stderr, "valkyr devices: unknown option %s (valkyr devices --help lists the options)\n", argv[k]); return 2; }
    }
    r = vkr_gpu_list(info, 16, &n);
    if (r != VKR_OK) return fail_lib("devices", r);
    if (n > 16) n = 16;
    if (json) {
        vkr_json_writer w;
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_array(&w);
        for (i = 0; i < n; i++) {
            const vkr_gpu_info *g = &info[i];
            vkr_json_begin_object(&w);
            vkr_json_key(&w, "index"); vkr_json_write_int(&w, g->index);
            vkr_json_key(&w, "name"); vkr_json_write_string(&w, g->name);
            vkr_json_key(&w, "type"); vkr_json_write_string(&w, gpu_type_name(g->type));
            vkr_json_key(&w, "driver"); vkr_json_write_string(&w, g->driver);
            vkr_json_key(&w, "vulkan"); {
                char v[32];
                snprintf(v, sizeof v, "%u.%u.%u", g->api_version >> 22, (g->api_version >> 12) & 0x3FF, g->api_version & 0xFFF);
                vkr_json_write_string(&w, v);
            }
            vkr_json_key(&w, "device_local_bytes"); vkr_json_write_int(&w, (int64_t)g->device_local_bytes);
            vkr_json_key(&w, "max_storage_buffer_range"); vkr_json_write_int(&w, (int64_t)g->max_storage_buffer_range);
            vkr_json_key(&w, "subgroup_size"); vkr_json_write_int(&w, g->subgroup_size);
            vkr_json_key(&w, "fp16_arith"); vkr_json_write_bool(&w, g->fp16_arith);
            vkr_json_key(&w, "storage_16bit"); vkr_json_write_bool(&w, g->storage_16bit);
            vkr_json_key(&w, "subgroup_size_control"); vkr_json_write_bool(&w, g->subgroup_size_control);
            vkr_json_key(&w, "cooperative_matrix"); vkr_json_write_bool(&w, g->cooperative_matrix);
            vkr_json_key(&w, "timestamps"); vkr_json_write_bool(&w, g->timestamps);
            vkr_json_key(&w, "usable"); vkr_json_write_bool(&w, g->usable);
            if (!g->usable) { vkr_json_key(&w, "why_not"); vkr_json_write_string(&w, g->why_not); }
            vkr_json_end_object(&w);
        }
        vkr_json_end_array(&w);
        print_json(&w);
        return 0;
    }
    if (!n) { printf("no Vulkan devices\n"); return 0; }
    for (i = 0; i < n; i++) {
        const vkr_gpu_info *g = &info[i];
        char b[32];
        printf("%d  %s (%s, Vulkan %u.%u.%u)\n", (int)g->index, g->name, gpu_type_name(g->type), g->api_version >> 22,
               (g->api_version >> 12) & 0x3FF, g->api_version & 0xFFF);
        printf("   driver %s\n", g->driver);
        printf("   memory %s device-local; buffers up to %s; subgroups of %u\n", human_bytes(b, sizeof b, (double)g->device_local_bytes),
               human_bytes(b + 16, 16, (double)g->max_storage_buffer_range), g->subgroup_size);
        printf("   fp16 arithmetic %s, 16-bit storage %s, subgroup size control %s, cooperative matrix %s, timestamps %s\n",
               g->fp16_arith ? "yes" : "no", g->storage_16bit ? "yes" : "no", g->subgroup_size_control ? "yes" : "no",
               g->cooperative_matrix ? "yes" : "no", g->timestamps ? "yes" : "no");
        if (g->usable) printf("   usable by valkyr\n");
        else printf("   not usable by valkyr: %s\n", g->why_not);
    }
    return 0;
}

/* ---- merge ------------------------------------------------------------- */

static const char *merge_usage =
    "usage: valkyr merge MODEL --lora DIR --out DIR [--dtype f32|bf16|f16]\n"
    "\n"
    "Merges a LoRA adapter (PEFT's adapter_config.json + adapter_model.safetensors)\n"
    "into the model, W + scaling * B.A for every adapted linear, and writes the\n"
    "result as a Hugging Face model directory: config.json, generation_config.json\n"
    "and the tokenizer files copied, model.safetensors with every tensor.\n"
    "\n"
    "  --lora DIR    the adapter\n"
    "  --out DIR     where to write (created if needed)\n"
    "  --dtype D     f32, bf16 or f16 (default: each tensor's dtype in the model's\n"
    "                files; config.json is copied as it is, whatever its torch_dtype says)\n";

static int cmd_merge(int argc, char **argv) {
    const char *model = NULL, *lora = NULL, *out = NULL;
    vkr_dtype dtype = VKR_DTYPE_INVALID;
    vkr_model_desc md;
    vkr_model *m = NULL;
    vkr_result r;
    int k;
    for (k = 0; k < argc; k++) {
        const char *a = argv[k], *v = k + 1 < argc ? argv[k + 1] : NULL;
        if (wants_help(a)) { fputs(merge_usage, stdout); return 0; }
        else if ((is_flag(a, "--lora") || is_flag(a, "--out") || is_flag(a, "--dtype")) && !v) { fprintf(stderr, "valkyr merge: %s needs a value\n", a); return 2; }
        else if (is_flag(a, "--lora")) lora = argv[++k];
        else if (is_flag(a, "--out")) out = argv[++k];
        else if (is_flag(a, "--dtype")) {
            k++;
            if (!strcmp(v, "f32")) dtype = VKR_DTYPE_F32;
            else if (!strcmp(v, "bf16")) dtype = VKR_DTYPE_BF16;
            else if (!strcmp(v, "f16")) dtype = VKR_DTYPE_F16;
            else { fprintf(stderr, "valkyr merge: --dtype is f32, bf16 or f16\n"); return 2; }
        }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr merge: unknown option %s (valkyr merge --help lists the options)\n", a); return 2; }
        else if (!model) model = a;
        else { fputs(merge_usage, stderr); return 2; }
    }
    if (!model || !lora || !out) { fputs(merge_usage, stderr); return 2; }
    memset(&md, 0, sizeof md);
    md.hooks = cli_hooks();
    r = vkr_model_load(model, &md, &m);
    if (r != VKR_OK) return fail_lib("merge", r);
    if (apply_lora("merge", m, lora)) { vkr_model_free(m); return 1; }
    r = vkr_model_save(m, out, dtype);
    vkr_model_free(m);
    if (r != VKR_OK) return fail_lib("merge", r);
    fprintf(stderr, "valkyr merge: wrote %s\n", out);
    return 0;
}

/* ---- help -------------------------------------------------------------- */

static const char *main_usage =
    "valkyr " VALKYR_VERSION_STRING " — LLM inference and fine-tuning on any Vulkan 1.3 GPU\n"
    "\n"
    "usage: valkyr COMMAND [ARGS...]\n"
    "\n"
    "commands:\n"
    "  list [DIR...]          models in the Hugging Face cache and in DIRs\n"
    "  inspect MODEL          family, dimensions, parameters, dtypes, bytes\n"
    "  tokenize MODEL TEXT    token ids of a text (--file PATH, --json)\n"
    "  detokenize MODEL --tokens 1,2,3   text of token ids\n"
    "  gen MODEL [PROMPT]     generate text (sampling options: gen --help)\n"
    "  logits MODEL --tokens 1,2,3 [--all]   logits as JSON (the parity interface)\n"
    "  bench MODEL            load, prefill and decode speed, memory, bandwidth bound\n"
    "  chat MODEL [MESSAGE]   a conversation (interactive without MESSAGE)\n"
    "  train MODEL --data F --out DIR   fine-tune, LoRA (--lora R) or full (train --help)\n"
    "  template MODEL --messages FILE.json   render a conversation with the chat template\n"
    "  serve MODEL            an OpenAI-compatible HTTP server (serve --help)\n"
    "  merge MODEL --lora DIR --out DIR   merge a LoRA adapter, write the model\n"
    "  perplexity MODEL --file F [--kl-base MODEL]   perplexity, and KL divergence to a base\n"
    "  quantize MODEL --type T --out F.gguf   write a (quantized) GGUF, as llama.cpp does\n"
    "  devices                the Vulkan devices and what valkyr can use of them\n"
    "  help [COMMAND]         this text, or a command's\n"
    "\n"
    "options:\n"
    "  --version              print the version\n"
    "  COMMAND --help         a command's own help\n"
    "\n"
    "MODEL is a directory (config.json + *.safetensors), a .gguf file (llama.cpp's\n"
    "format, quantized or not) or a Hugging Face id (org/name) found in the local cache.\n";

int main(int argc, char **argv) {
    const char *cmd;
    if (argc < 2) { fputs(main_usage, stderr); return 2; }
    cmd = argv[1];
    if (is_flag(cmd, "--version") || is_flag(cmd, "version")) { printf("valkyr %s\n", VALKYR_VERSION_STRING); return 0; }
    if (wants_help(cmd)) { fputs(main_usage, stdout); return 0; }
    if (is_flag(cmd, "help")) {
        if (argc > 2 && is_flag(argv[2], "inspect")) { fputs(inspect_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "list")) { fputs(list_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "tokenize")) { fputs(tokenize_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "detokenize")) { fputs(detokenize_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "gen")) { fputs(gen_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "logits")) { fputs(logits_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "bench")) { fputs(bench_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "chat")) { fputs(chat_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "template")) { fputs(template_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "serve")) { fputs(serve_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "devices")) { fputs(devices_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "merge")) { fputs(merge_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "train")) { fputs(train_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "perplexity")) { fputs(perplexity_usage, stdout); return 0; }
        if (argc > 2 && is_flag(argv[2], "quantize")) { fputs(quantize_usage, stdout); return 0; }
        if (argc > 2) { fprintf(stderr, "valkyr help: unknown command %s\n", argv[2]); return 2; }
        fputs(main_usage, stdout);
        return 0;
    }
    if (is_flag(cmd, "inspect")) return cmd_inspect(argc - 2, argv + 2);
    if (is_flag(cmd, "list")) return cmd_list(argc - 2, argv + 2);
    if (is_flag(cmd, "tokenize")) return cmd_tokenize(argc - 2, argv + 2);
    if (is_flag(cmd, "detokenize")) return cmd_detokenize(argc - 2, argv + 2);
    if (is_flag(cmd, "gen") || is_flag(cmd, "generate")) return cmd_gen(argc - 2, argv + 2);
    if (is_flag(cmd, "logits")) return cmd_logits(argc - 2, argv + 2);
    if (is_flag(cmd, "bench")) return cmd_bench(argc - 2, argv + 2);
    if (is_flag(cmd, "chat")) return cmd_chat(argc - 2, argv + 2);
    if (is_flag(cmd, "template")) return cmd_template(argc - 2, argv + 2);
    if (is_flag(cmd, "serve")) return cmd_serve(argc - 2, argv + 2);
    if (is_flag(cmd, "devices")) return cmd_devices(argc - 2, argv + 2);
    if (is_flag(cmd, "merge")) return cmd_merge(argc - 2, argv + 2);
    if (is_flag(cmd, "train")) return cmd_train(argc - 2, argv + 2);
    if (is_flag(cmd, "perplexity")) return cmd_perplexity(argc - 2, argv + 2);
    if (is_flag(cmd, "quantize")) return cmd_quantize(argc - 2, argv + 2);
    fprintf(stderr, "valkyr: unknown command '%s' (see valkyr help)\n", cmd);
    return 2;
}
