/* valkyr_train.c — `valkyr train` (fine-tuning from the command line) and
   `valkyr bench --train`. A client of valkyr.h's public API (>>train, >>data,
   >>lora): it loads the model, the tokenizer and the data, feeds the trainer
   windows in the dataset's seeded order, logs every step to OUT/log.jsonl,
   draws OUT/loss.svg, writes checkpoints that resume bit for bit, and saves
   the adapter (LoRA) or the model (full fine-tuning) into OUT. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE)
#  define _POSIX_C_SOURCE 200809L
#endif
#include "valkyr_cli.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _WIN32
#  include <direct.h>
#  include <io.h>
#  define isatty _isatty
#  define fileno _fileno
#  define make_dir(p) _mkdir(p)
#else
#  include <sys/stat.h>
#  include <unistd.h>
#  define make_dir(p) mkdir((p), 0777)
#endif

const char *train_usage =
    "usage: valkyr train MODEL --data FILE --out DIR [options]\n"
    "\n"
    "Fine-tunes MODEL on FILE (JSON lines {\"text\"}, {\"messages\"}, {\"ids\"} or\n"
    "{\"prompt\", \"completion\"}, or plain text) with LoRA (--lora R) or every\n"
    "parameter (no --lora), and writes into DIR: the adapter (adapter_config.json,\n"
    "adapter_model.safetensors) or the model (config.json, model.safetensors,\n"
    "tokenizer files), log.jsonl (one JSON object per step), loss.svg (the loss\n"
    "curve) and checkpoint-STEP/.\n"
    "Ctrl-C stops after the current step and saves a checkpoint and DIR.\n"
    "\n"
    "data\n"
    "  --data FILE           training data (required)\n"
    "  --seq T               window length in tokens (default min(512, the model's context))\n"
    "  --layout pack|pad     pack documents back to back, or one per window (default pack)\n"
    "  --eval-data FILE      evaluation data\n"
    "  --eval-split F        or hold out this fraction of the windows for evaluation (default none)\n"
    "length\n"
    "  --steps N             optimizer steps\n"
    "  --epochs E            or passes over the data (default 1): E x ceil(windows / (batch x accum)) steps\n"
    "  --batch B             windows per micro-batch (default 1)\n"
    "  --accum K             micro-batches per step, gradient accumulation (default 1)\n"
    "LoRA (without --lora or --init-lora: full fine-tuning)\n"
    "  --lora R              LoRA rank\n"
    "  --alpha A             LoRA alpha (default 2 x rank)\n"
    "  --targets LIST        q,k,v,o,gate,up,down or all (default q,v, as PEFT)\n"
    "  --lora-dropout P      dropout on the adapter's input (default 0)\n"
    "  --rslora              scaling alpha / sqrt(rank) instead of alpha / rank\n"
    "  --lora-plus RATIO     LoRA+: B learns RATIO x faster (default 1)\n"
    "  --init-lora DIR       start from this adapter (a PEFT one too); implies LoRA, takes its rank,\n"
    "                        alpha, targets and rsLoRA\n"
    "optimizer\n"
    "  --optimizer O         adamw or sgd (default adamw)\n"
    "  --lr LR               peak learning rate (default 2e-4 with LoRA, 2e-5 full)\n"
    "  --schedule S          cosine, linear or constant, after the warm-up (default cosine)\n"
    "  --warmup N            linear warm-up steps (default 0)\n"
    "  --wd W                weight decay, decoupled for adamw (default 0)\n"
    "  --betas B1,B2         adamw betas (default 0.9,0.999)\n"
    "  --eps E               adamw epsilon (default 1e-8)\n"
    "  --momentum M          sgd momentum (default 0)\n"
    "  --clip C              clip the global gradient norm to C (default 1.0; 0: none)\n"
    "run\n"
    "  --out DIR             where everything goes (required; with --resume, default its parent)\n"
    "  --eval-every N        evaluate every N steps (default 0: only at the end, when there is eval data)\n"
    "  --save-every N        checkpoint every N steps into DIR/checkpoint-N (default 0: none, only DIR)\n"
    "  --resume CKPT         continue from a checkpoint-N directory, exactly as if never stopped\n"
    "                        (give the same options; batch, seq, accum, seed and steps come from it)\n"
    "  --seed S              data order, LoRA initialisation and dropout (default 0)\n"
    "  --backend B           cpu or auto (default auto = cpu; the GPU trainer is not implemented yet)\n"
    "  --precision P         f32 or fast (default f32; the CPU trainer always computes in f32)\n"
    "  --threads N           CPU threads (default: all)\n"
    "  --no-recompute        keep every layer's activations for the backward pass (faster, far more\n"
    "                        memory; default: recompute them layer by layer)\n"
    "  --quiet               no progress bar\n"
    "\n"
    "Afterwards: valkyr gen DIR (full fine-tuning) or valkyr gen MODEL --lora DIR (LoRA).\n"
    "`valkyr train --plot DIR` redraws DIR/loss.svg from DIR/log.jsonl.\n";

/* ---- small helpers ------------------------------------------------------ */

static bool is_arg(const char *a, const char *f) { return strcmp(a, f) == 0; }

static bool parse_i64(const char *s, int64_t *out) {
    char *end;
    long long v;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno || end == s || *end) return false;
    *out = (int64_t)v;
    return true;
}

static bool parse_f64(const char *s, double *out) {
    char *end;
    double v;
    errno = 0;
    v = strtod(s, &end);
    if (errno || end == s || *end || !isfinite(v)) return false;
    *out = v;
    return true;
}

/* Creates dir and its parents unless they exist. */
static bool ensure_dir(const char *dir) {
    char p[4200];
    size_t i, n = strlen(dir);
    if (n == 0 || n >= sizeof p) { errno = ENAMETOOLONG; return false; }
    memcpy(p, dir, n + 1);
    for (i = 1; i < n; i++)
        if (p[i] == '/' || p[i] == '\\') {
            char c = p[i];
            p[i] = 0;
            if (make_dir(p) != 0 && errno != EEXIST) return false;
            p[i] = c;
        }
    return make_dir(p) == 0 || errno == EEXIST;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0, got;
    if (!f) return NULL;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            size_t nc = cap ? cap * 2 : 65536;
            char *nb = (char *)realloc(buf, nc);
            if (!nb) { free(buf); fclose(f); return NULL; }
            buf = nb;
            cap = nc;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static bool write_file(const char *path, const char *text, size_t len) {
    char tmp[4200];
    FILE *f;
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    f = fopen(tmp, "wb");
    if (!f) return false;
    if (fwrite(text, 1, len, f) != len) { fclose(f); remove(tmp); return false; }
    if (fclose(f) != 0) { remove(tmp); return false; }
    remove(path);   /* Windows' rename does not replace */
    return rename(tmp, path) == 0;
}

/* ---- the loss curve: series and an SVG chart ---------------------------- */

typedef struct series { double *x, *y; size_t n, cap; } series;

static bool series_push(series *s, double x, double y) {
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 256;
        double *nx = (double *)realloc(s->x, nc * sizeof(double)), *ny;
        if (!nx) return false;
        s->x = nx;
        ny = (double *)realloc(s->y, nc * sizeof(double));
        if (!ny) return false;
        s->y = ny;
        s->cap = nc;
    }
    s->x[s->n] = x;
    s->y[s->n] = y;
    s->n++;
    return true;
}
static void series_free(series *s) { free(s->x); free(s->y); memset(s, 0, sizeof *s); }

/* A round tick spacing (1, 2 or 5 × 10^k) that cuts range into about n parts. */
static double nice_tick(double range, int n) {
    double raw = range / n, p = pow(10.0, floor(log10(raw))), f = raw / p;
    return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
}

typedef struct svg_buf { char *s; size_t n, cap; bool oom; } svg_buf;

static void svg_printf(svg_buf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void svg_printf(svg_buf *b, const char *fmt, ...) {
    va_list ap;
    int k;
    if (b->oom) return;
    for (;;) {
        size_t room = b->cap - b->n;
        va_start(ap, fmt);
        k = vsnprintf(b->s ? b->s + b->n : NULL, room, fmt, ap);
        va_end(ap);
        if (k < 0) { b->oom = true; return; }
        if ((size_t)k < room) { b->n += (size_t)k; return; }
        {
            size_t nc = (b->cap + (size_t)k + 1) * 2;
            char *ns = (char *)realloc(b->s, nc);
            if (!ns) { b->oom = true; return; }
            b->s = ns;
            b->cap = nc;
        }
    }
}

static void svg_text_escaped(svg_buf *b, const char *t) {
    for (; *t; t++) {
        if (*t == '<') svg_printf(b, "&lt;");
        else if (*t == '>') svg_printf(b, "&gt;");
        else if (*t == '&') svg_printf(b, "&amp;");
        else if (*t == '"') svg_printf(b, "&quot;");
        else if ((unsigned char)*t >= 0x20 || *t == '\t') svg_printf(b, "%c", *t);
    }
}

/* Writes path: an SVG line chart of the train loss against the step, the
   eval losses as dots joined by a dashed line, with axes, ticks, a title
   and a legend. Non-finite values are left out. */
static bool write_loss_svg(const char *path, const char *title, const series *train, const series *eval) {
    const double W = 800, H = 480, L = 70, R = 20, T = 64, B = 50;   /* size and margins */
    const double pw = W - L - R, ph = H - T - B;
    double xlo = 0, xhi = 1, ylo = INFINITY, yhi = -INFINITY, xt, yt, v;
    svg_buf b;
    size_t i, smooth_k = train->n >= 40 ? train->n / 20 : 1;
    int k;
    bool ok;
    const series *all[2];
    all[0] = train;
    all[1] = eval;
    for (k = 0; k < 2; k++)
        for (i = 0; i < all[k]->n; i++) {
            if (!isfinite(all[k]->y[i])) continue;
            if (all[k]->x[i] > xhi) xhi = all[k]->x[i];
            if (all[k]->y[i] < ylo) ylo = all[k]->y[i];
            if (all[k]->y[i] > yhi) yhi = all[k]->y[i];
        }
    if (!(ylo <= yhi)) { ylo = 0; yhi = 1; }
    if (yhi - ylo < 1e-9) { ylo -= 0.5; yhi += 0.5; }
    xt = nice_tick(xhi - xlo, 8);
    xhi = ceil(xhi / xt) * xt;
    yt = nice_tick(yhi - ylo, 6);
    ylo = floor(ylo / yt) * yt;
    yhi = ceil(yhi / yt) * yt;
#define SX(x) (L + ((x) - xlo) / (xhi - xlo) * pw)
#define SY(y) (T + (yhi - (y)) / (yhi - ylo) * ph)
    memset(&b, 0, sizeof b);
    svg_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                   "font-family=\"sans-serif\" font-size=\"12\">\n"
                   "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>\n",
               W, H, W, H, W, H);
    svg_printf(&b, "<text x=\"%.1f\" y=\"24\" text-anchor=\"middle\" font-size=\"16\">", L + pw / 2);
    svg_text_escaped(&b, title);
    svg_printf(&b, "</text>\n<g id=\"grid\" stroke=\"#e0e0e0\" stroke-width=\"1\">\n");
    for (v = xlo; v <= xhi + xt * 1e-6; v += xt) svg_printf(&b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", SX(v), T, SX(v), T + ph);
    for (v = ylo; v <= yhi + yt * 1e-6; v += yt) svg_printf(&b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", L, SY(v), L + pw, SY(v));
    svg_printf(&b, "</g>\n<g id=\"ticks\" fill=\"#333\">\n");
    for (v = xlo; v <= xhi + xt * 1e-6; v += xt) svg_printf(&b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n", SX(v), T + ph + 18, fabs(v) < xt * 1e-6 ? 0.0 : v);
    for (v = ylo; v <= yhi + yt * 1e-6; v += yt) svg_printf(&b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n", L - 6, SY(v) + 4, fabs(v) < yt * 1e-6 ? 0.0 : v);
    svg_printf(&b, "</g>\n<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#333\"/>\n", L, T, pw, ph);
    svg_printf(&b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">step</text>\n", L + pw / 2, H - 12);
    svg_printf(&b, "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">loss</text>\n", T + ph / 2, T + ph / 2);
    svg_printf(&b, "<polyline id=\"train\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.2\"%s points=\"",
               smooth_k > 1 ? " stroke-opacity=\"0.35\"" : "");
    for (i = 0, k = 0; i < train->n; i++)
        if (isfinite(train->y[i])) svg_printf(&b, "%s%.2f,%.2f", k++ ? " " : "", SX(train->x[i]), SY(train->y[i]));
    svg_printf(&b, "\"/>\n");
    if (smooth_k > 1) {   /* the mean of the last smooth_k finite losses: the trend through the batch noise */
        double sum = 0;
        size_t in = 0, j = 0;
        svg_printf(&b, "<polyline id=\"train-mean\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"");
        for (i = 0, k = 0; i < train->n; i++) {
            if (!isfinite(train->y[i])) continue;
            sum += train->y[i];
            in++;
            if (in > smooth_k) {
                while (!isfinite(train->y[j])) j++;
                sum -= train->y[j++];
                in--;
            }
            if (in == smooth_k) svg_printf(&b, "%s%.2f,%.2f", k++ ? " " : "", SX(train->x[i]), SY(sum / (double)in));
        }
        svg_printf(&b, "\"/>\n");
    }
    if (eval->n) {
        svg_printf(&b, "<polyline id=\"eval-line\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"1\" stroke-dasharray=\"4 3\" points=\"");
        for (i = 0, k = 0; i < eval->n; i++)
            if (isfinite(eval->y[i])) svg_printf(&b, "%s%.2f,%.2f", k++ ? " " : "", SX(eval->x[i]), SY(eval->y[i]));
        svg_printf(&b, "\"/>\n<g id=\"eval\" fill=\"#d62728\">\n");
        for (i = 0; i < eval->n; i++)
            if (isfinite(eval->y[i])) svg_printf(&b, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3.5\"><title>step %g: eval loss %.4f</title></circle>\n",
                                                  SX(eval->x[i]), SY(eval->y[i]), eval->x[i], eval->y[i]);
        svg_printf(&b, "</g>\n");
    }
    /* the legend: one row above the plot, right-aligned */
    svg_printf(&b, "<g id=\"legend\">\n");
    v = L + pw - (eval->n ? 300 : 190);
    svg_printf(&b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f77b4\" stroke-width=\"2\"/>"
                   "<text x=\"%.1f\" y=\"%.1f\">train loss",
               v, T - 14, v + 22, T - 14, v + 28, T - 10);
    if (smooth_k > 1) svg_printf(&b, " (mean of %lld)", (long long)smooth_k);
    svg_printf(&b, "</text>\n");
    if (eval->n)
        svg_printf(&b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#d62728\"/><text x=\"%.1f\" y=\"%.1f\">eval loss</text>\n",
                   L + pw - 80, T - 14, L + pw - 70, T - 10);
    svg_printf(&b, "</g>\n</svg>\n");
#undef SX
#undef SY
    ok = !b.oom && write_file(path, b.s, b.n);
    free(b.s);
    return ok;
}

/* ---- log.jsonl ------------------------------------------------------------ */

/* Reads dir/log.jsonl into the series, keeping only the lines of steps up
   to keep_upto (negative: all); with rewrite, the file is rewritten with
   just those lines (a resumed run drops what came after its checkpoint). */
static bool read_log(const char *dir, int64_t keep_upto, bool rewrite, series *train, series *eval) {
    char path[4200];
    size_t len, kept = 0;
    char *text, *line, *next, *out;
    snprintf(path, sizeof path, "%s/log.jsonl", dir);
    text = read_file(path, &len);
    if (!text) return !rewrite || errno == ENOENT;
    out = (char *)malloc(len + 1);
    if (!out) { free(text); return false; }
    for (line = text; line < text + len; line = next) {
        char *nl = strchr(line, '\n');
        size_t ll = nl ? (size_t)(nl - line) : strlen(line);
        vkr_json_doc *doc = NULL;
        next = line + ll + (nl ? 1 : 0);
        if (ll == 0) continue;
        if (vkr_json_parse(line, ll, NULL, &doc) == VKR_OK) {
            const vkr_json *r = vkr_json_root(doc);
            int64_t step;
            double loss, el;
            if (vkr_json_int(vkr_json_get(r, "step"), &step) && (keep_upto < 0 || step <= keep_upto)) {
                if (!vkr_json_number(vkr_json_get(r, "loss"), &loss)) loss = NAN;
                series_push(train, (double)step, loss);
                if (vkr_json_number(vkr_json_get(r, "eval_loss"), &el)) series_push(eval, (double)step, el);
                memcpy(out + kept, line, ll);
                kept += ll;
                out[kept++] = '\n';
            }
        }
        vkr_json_free(doc);
    }
    free(text);
    if (rewrite && !write_file(path, out, kept)) { free(out); return false; }
    free(out);
    return true;
}

/* `valkyr train --plot DIR`: redraws DIR/loss.svg from DIR/log.jsonl. */
static int plot_only(const char *dir) {
    series tr, ev;
    char path[4200], title[4200];
    int rc = 0;
    memset(&tr, 0, sizeof tr);
    memset(&ev, 0, sizeof ev);
    snprintf(path, sizeof path, "%s/log.jsonl", dir);
    if (!read_log(dir, -1, false, &tr, &ev) || tr.n == 0) {
        fprintf(stderr, "valkyr train: %s: no steps to plot (cannot read it, or no {\"step\", \"loss\"} lines)\n", path);
        rc = 1;
    } else {
        snprintf(path, sizeof path, "%s/loss.svg", dir);
        snprintf(title, sizeof title, "training loss: %s", dir);
        if (!write_loss_svg(path, title, &tr, &ev)) { fprintf(stderr, "valkyr train: cannot write %s\n", path); rc = 1; }
        else printf("wrote %s (%lld steps, %lld evaluations)\n", path, (long long)tr.n, (long long)ev.n);
    }
    series_free(&tr);
    series_free(&ev);
    return rc;
}

/* ---- options ---------------------------------------------------------------- */

typedef struct train_opts {
    const char *model, *data, *out, *eval_data, *init_lora, *resume, *plot;
    vkr_trainer_desc td;
    vkr_data_layout layout;
    int64_t steps, batch, seq, accum, eval_every, save_every;
    double epochs, eval_split;
    uint64_t seed;
    bool quiet;
    /* what was given, for --resume: the checkpoint's values fill the rest */
    bool has_steps, has_batch, has_seq, has_accum, has_seed, has_epochs;
} train_opts;

/* "q,v,gate" (or q_proj, ..., or all) → a target mask; 0 on an unknown name. */
static uint32_t parse_targets(const char *s) {
    static const char *names[VKR_LORA_TARGETS] = {"q", "k", "v", "o", "gate", "up", "down"};
    uint32_t mask = 0;
    if (!strcmp(s, "all") || !strcmp(s, "all-linear")) return (1u << VKR_LORA_TARGETS) - 1;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s), m = n;
        int t, hit = -1;
        if (m > 5 && !strncmp(s + m - 5, "_proj", 5)) m -= 5;
        for (t = 0; t < VKR_LORA_TARGETS; t++)
            if (strlen(names[t]) == m && !strncmp(s, names[t], m)) hit = t;
        if (hit < 0) return 0;
        mask |= 1u << hit;
        s += n + (e ? 1 : 0);
    }
    return mask;
}

/* Returns 0, -1 after --help, or the exit status of a usage error. */
static int parse_train_opts(int argc, char **argv, train_opts *o) {
    int k;
    memset(o, 0, sizeof *o);
    o->batch = 1;
    o->accum = 1;
    o->td.clip = 1.0;
    for (k = 0; k < argc; k++) {
        const char *a = argv[k], *v = k + 1 < argc ? argv[k + 1] : NULL;
        double d;
        int64_t n;
#define VALUE() do { if (!v) { fprintf(stderr, "valkyr train: %s needs a value\n", a); return 2; } k++; } while (0)
#define NUM(dst) do { VALUE(); if (!parse_f64(v, &d) || d < 0) { fprintf(stderr, "valkyr train: %s needs a number >= 0, not '%s'\n", a, v); return 2; } (dst) = d; } while (0)
#define INT(dst) do { VALUE(); if (!parse_i64(v, &n) || n < 0) { fprintf(stderr, "valkyr train: %s needs a whole number >= 0, not '%s'\n", a, v); return 2; } (dst) = n; } while (0)
        if (is_arg(a, "--help") || is_arg(a, "-h")) { fputs(train_usage, stdout); return -1; }
        else if (is_arg(a, "--data")) { VALUE(); o->data = v; }
        else if (is_arg(a, "--out")) { VALUE(); o->out = v; }
        else if (is_arg(a, "--eval-data")) { VALUE(); o->eval_data = v; }
        else if (is_arg(a, "--eval-split")) {
            NUM(o->eval_split);
            if (o->eval_split >= 1) { fprintf(stderr, "valkyr train: --eval-split is a fraction below 1\n"); return 2; }
        }
        else if (is_arg(a, "--init-lora")) { VALUE(); o->init_lora = v; }
        else if (is_arg(a, "--resume")) { VALUE(); o->resume = v; }
        else if (is_arg(a, "--plot")) { VALUE(); o->plot = v; }
        else if (is_arg(a, "--lora")) { INT(o->td.lora.rank); if (o->td.lora.rank < 1) { fprintf(stderr, "valkyr train: --lora needs a rank >= 1\n"); return 2; } }
        else if (is_arg(a, "--alpha")) NUM(o->td.lora.alpha);
        else if (is_arg(a, "--targets")) {
            VALUE();
            if (!(o->td.lora.targets = parse_targets(v))) {
                fprintf(stderr, "valkyr train: --targets is a comma-separated list of q, k, v, o, gate, up, down (or all), not '%s'\n", v);
                return 2;
            }
        }
        else if (is_arg(a, "--lora-dropout")) {
            NUM(o->td.lora.dropout);
            if (o->td.lora.dropout >= 1) { fprintf(stderr, "valkyr train: --lora-dropout is a probability below 1\n"); return 2; }
        }
        else if (is_arg(a, "--rslora")) o->td.lora.rslora = true;
        else if (is_arg(a, "--lora-plus")) NUM(o->td.lora_plus_ratio);
        else if (is_arg(a, "--lr")) NUM(o->td.lr);
        else if (is_arg(a, "--schedule")) {
            VALUE();
            if (!strcmp(v, "cosine")) o->td.schedule = VKR_SCHEDULE_COSINE;
            else if (!strcmp(v, "linear")) o->td.schedule = VKR_SCHEDULE_LINEAR;
            else if (!strcmp(v, "constant")) o->td.schedule = VKR_SCHEDULE_CONSTANT;
            else { fprintf(stderr, "valkyr train: --schedule is cosine, linear or constant\n"); return 2; }
        }
        else if (is_arg(a, "--warmup")) INT(o->td.warmup_steps);
        else if (is_arg(a, "--steps")) { INT(o->steps); o->has_steps = true; if (o->steps < 1) { fprintf(stderr, "valkyr train: --steps needs at least 1\n"); return 2; } }
        else if (is_arg(a, "--epochs")) { NUM(o->epochs); o->has_epochs = true; if (o->epochs <= 0) { fprintf(stderr, "valkyr train: --epochs needs a number > 0\n"); return 2; } }
        else if (is_arg(a, "--batch")) { INT(o->batch); o->has_batch = true; if (o->batch < 1) { fprintf(stderr, "valkyr train: --batch needs at least 1\n"); return 2; } }
        else if (is_arg(a, "--seq")) { INT(o->seq); o->has_seq = true; if (o->seq < 2) { fprintf(stderr, "valkyr train: --seq needs at least 2\n"); return 2; } }
        else if (is_arg(a, "--accum")) { INT(o->accum); o->has_accum = true; if (o->accum < 1) { fprintf(stderr, "valkyr train: --accum needs at least 1\n"); return 2; } }
        else if (is_arg(a, "--clip")) NUM(o->td.clip);
        else if (is_arg(a, "--eval-every")) INT(o->eval_every);
        else if (is_arg(a, "--save-every")) INT(o->save_every);
        else if (is_arg(a, "--seed")) { VALUE(); if (!parse_i64(v, &n)) { fprintf(stderr, "valkyr train: --seed needs a whole number, not '%s'\n", v); return 2; } o->seed = (uint64_t)n; o->has_seed = true; }
        else if (is_arg(a, "--wd")) NUM(o->td.weight_decay);
        else if (is_arg(a, "--betas")) {
            char *end;
            VALUE();
            o->td.beta1 = strtod(v, &end);
            if (*end != ',' || (o->td.beta2 = strtod(end + 1, &end), *end) || !(o->td.beta1 >= 0 && o->td.beta1 < 1) ||
                !(o->td.beta2 >= 0 && o->td.beta2 < 1)) {
                fprintf(stderr, "valkyr train: --betas is B1,B2 with each in [0, 1), not '%s'\n", v);
                return 2;
            }
        }
        else if (is_arg(a, "--eps")) NUM(o->td.eps);
        else if (is_arg(a, "--optimizer")) {
            VALUE();
            if (!strcmp(v, "adamw")) o->td.optimizer = VKR_OPTIMIZER_ADAMW;
            else if (!strcmp(v, "sgd")) o->td.optimizer = VKR_OPTIMIZER_SGD;
            else { fprintf(stderr, "valkyr train: --optimizer is adamw or sgd\n"); return 2; }
        }
        else if (is_arg(a, "--momentum")) NUM(o->td.momentum);
        else if (is_arg(a, "--layout")) {
            VALUE();
            if (!strcmp(v, "pack")) o->layout = VKR_DATA_PACK;
            else if (!strcmp(v, "pad")) o->layout = VKR_DATA_PAD;
            else { fprintf(stderr, "valkyr train: --layout is pack or pad\n"); return 2; }
        }
        else if (is_arg(a, "--backend")) {
            VALUE();
            if (!strcmp(v, "vulkan")) { fprintf(stderr, "valkyr train: --backend vulkan: the GPU trainer is not implemented yet (use cpu)\n"); return 2; }
            if (strcmp(v, "cpu") && strcmp(v, "auto")) { fprintf(stderr, "valkyr train: --backend is cpu or auto\n"); return 2; }
        }
        else if (is_arg(a, "--precision")) {
            VALUE();
            if (strcmp(v, "f32") && strcmp(v, "fast")) { fprintf(stderr, "valkyr train: --precision is f32 or fast\n"); return 2; }
        }
        else if (is_arg(a, "--threads")) { INT(n); o->td.n_threads = (int32_t)n; }
        else if (is_arg(a, "--no-recompute")) o->td.no_recompute = true;
        else if (is_arg(a, "--quiet") || is_arg(a, "-q")) o->quiet = true;
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr train: unknown option %s (valkyr train --help lists the options)\n", a); return 2; }
        else if (!o->model) o->model = a;
        else { fprintf(stderr, "valkyr train: one MODEL only ('%s' is a second)\n", a); return 2; }
#undef VALUE
#undef NUM
#undef INT
    }
    if (o->plot) return 0;
    if (!o->model || !o->data) { fputs(train_usage, stderr); return 2; }
    if (o->has_steps && o->has_epochs) { fprintf(stderr, "valkyr train: give --steps or --epochs, not both\n"); return 2; }
    if (o->eval_data && o->eval_split > 0) { fprintf(stderr, "valkyr train: give --eval-data or --eval-split, not both\n"); return 2; }
    if (!o->out && o->resume) {   /* OUT/checkpoint-N → OUT */
        static char parent[4200];
        char *slash;
        snprintf(parent, sizeof parent, "%s", o->resume);
        while ((slash = strrchr(parent, '/')) && slash[1] == 0) *slash = 0;
        slash = strrchr(parent, '/');
        if (slash) { *slash = 0; o->out = parent[0] ? parent : "/"; }
        else o->out = ".";
    }
    if (!o->out) { fprintf(stderr, "valkyr train: --out DIR is required (where the result, log.jsonl and checkpoints go)\n"); return 2; }
    if (o->init_lora && o->resume) { fprintf(stderr, "valkyr train: --resume continues a run: --init-lora is for a new one\n"); return 2; }
    return 0;
}

/* ---- the run's state in a checkpoint ------------------------------------------ */

/* Where the data loader stands and what fixes the run's shape; the blob of
   vkr_trainer_save_checkpoint and, readable before the trainer exists,
   CKPT/valkyr_train.json (the same JSON). */
typedef struct run_state {
    int64_t step, epoch, index;      /* steps done; the next window is order(seed, epoch)[index] */
    int64_t total_steps, batch, accum, seq, windows;
    uint64_t seed;
} run_state;

static char *run_state_json(const run_state *s, size_t *len) {
    vkr_json_writer w;
    const char *t;
    char *copy = NULL;
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "format"); vkr_json_write_string(&w, "valkyr-train-1");
    vkr_json_key(&w, "step"); vkr_json_write_int(&w, s->step);
    vkr_json_key(&w, "epoch"); vkr_json_write_int(&w, s->epoch);
    vkr_json_key(&w, "index"); vkr_json_write_int(&w, s->index);
    vkr_json_key(&w, "total_steps"); vkr_json_write_int(&w, s->total_steps);
    vkr_json_key(&w, "batch"); vkr_json_write_int(&w, s->batch);
    vkr_json_key(&w, "accum"); vkr_json_write_int(&w, s->accum);
    vkr_json_key(&w, "seq"); vkr_json_write_int(&w, s->seq);
    vkr_json_key(&w, "windows"); vkr_json_write_int(&w, s->windows);
    vkr_json_key(&w, "seed"); vkr_json_write_int(&w, (int64_t)s->seed);
    vkr_json_end_object(&w);
    if (vkr_json_writer_result(&w, &t, len) == VKR_OK && (copy = (char *)malloc(*len + 1))) memcpy(copy, t, *len + 1);
    vkr_json_writer_free(&w);
    return copy;
}

static bool run_state_parse(const char *text, size_t len, run_state *s) {
    vkr_json_doc *doc = NULL;
    const vkr_json *r;
    int64_t seed = 0;
    bool ok;
    if (vkr_json_parse(text, len, NULL, &doc) != VKR_OK) return false;
    r = vkr_json_root(doc);
    ok = vkr_json_string(vkr_json_get(r, "format")) && !strcmp(vkr_json_string(vkr_json_get(r, "format")), "valkyr-train-1") &&
         vkr_json_int(vkr_json_get(r, "step"), &s->step) && vkr_json_int(vkr_json_get(r, "epoch"), &s->epoch) &&
         vkr_json_int(vkr_json_get(r, "index"), &s->index) && vkr_json_int(vkr_json_get(r, "total_steps"), &s->total_steps) &&
         vkr_json_int(vkr_json_get(r, "batch"), &s->batch) && vkr_json_int(vkr_json_get(r, "accum"), &s->accum) &&
         vkr_json_int(vkr_json_get(r, "seq"), &s->seq) && vkr_json_int(vkr_json_get(r, "windows"), &s->windows) &&
         vkr_json_int(vkr_json_get(r, "seed"), &seed);
    s->seed = (uint64_t)seed;
    vkr_json_free(doc);
    return ok;
}

/* ---- the training loop ---------------------------------------------------------- */

static volatile sig_atomic_t train_interrupted;
/* The trainer's per-window progress: not drawn (the step bar is), and never stops a step. */
static bool train_step_progress(void *user, const char *what, uint64_t done, uint64_t total) {
    (void)user; (void)what; (void)done; (void)total;
    return true;
}
static void train_on_sigint(int sig) {
    train_interrupted = 1;
    signal(sig, SIG_DFL);   /* a second Ctrl-C ends the program at once */
}

/* The progress line: [####      ]  42% step 42/100  loss 2.3456  lr 1.90e-04  312 tok/s  ETA 0:12 */
static void draw_bar(bool tty, int64_t step, int64_t total, double loss, double lr, double tok_s, double eta_s) {
    int width = 30, filled, i;
    double f = total ? (double)step / (double)total : 1.0;
    long eta = (long)(eta_s + 0.5);
    filled = (int)(f * width + 0.5);
    if (tty) {
        fprintf(stderr, "\r[");
        for (i = 0; i < width; i++) fputc(i < filled ? '#' : ' ', stderr);
        fprintf(stderr, "] %3d%% ", (int)(f * 100 + 0.5));
    }
    fprintf(stderr, "step %lld/%lld  loss %.4f  lr %.2e  %.0f tok/s  ETA %ld:%02ld:%02ld", (long long)step, (long long)total, loss, lr,
            tok_s, eta / 3600, eta / 60 % 60, eta % 60);
    fputs(tty ? "\033[K" : "\n", stderr);
    fflush(stderr);
}
static void clear_bar(bool tty) { if (tty) { fputs("\r\033[K", stderr); fflush(stderr); } }

typedef struct trainer_run {
    const train_opts *o;
    vkr_trainer *t;
    vkr_dataset *data, *eval;
    int64_t *perm;                    /* the current epoch's order */
    vkr_token *ids, *labels;          /* [accum · batch · seq] */
    int32_t *doc;
    vkr_train_batch *micro;           /* [accum] */
    run_state st;
    series train_curve, eval_curve;
    FILE *log;
    char title[512];
    bool bar, tty;
} trainer_run;

/* Copies window w of d into row `row` of the run's buffers (labels NULL →
   the ids; doc NULL → one document). */
static vkr_result copy_window(trainer_run *r, const vkr_dataset *d, int64_t w, int64_t row) {
    const vkr_token *ids = NULL, *labels = NULL;
    const int32_t *doc = NULL;
    int64_t T = r->st.seq;
    vkr_result e = vkr_dataset_window(d, w, &ids, &labels, &doc);
    if (e != VKR_OK) return e;
    memcpy(r->ids + row * T, ids, (size_t)T * sizeof(vkr_token));
    memcpy(r->labels + row * T, labels ? labels : ids, (size_t)T * sizeof(vkr_token));
    if (doc) memcpy(r->doc + row * T, doc, (size_t)T * sizeof(int32_t));
    else memset(r->doc + row * T, 0, (size_t)T * sizeof(int32_t));
    return VKR_OK;
}

/* Copies the next batch·accum windows (in the seeded order, across epochs)
   into the micro-batches. */
static vkr_result next_batches(trainer_run *r) {
    int64_t W = r->st.windows, rows = r->st.batch * r->st.accum, i;
    for (i = 0; i < rows; i++) {
        vkr_result e;
        if (r->st.index >= W) {
            r->st.epoch++;
            r->st.index = 0;
            vkr_dataset_order(r->data, r->st.seed, r->st.epoch, r->perm);
        }
        if ((e = copy_window(r, r->data, r->perm[r->st.index], i)) != VKR_OK) return e;
        r->st.index++;
    }
    return VKR_OK;
}

/* The mean loss over every eval window, batch rows at a time. */
static vkr_result evaluate(trainer_run *r, double *loss) {
    int64_t W = vkr_dataset_windows(r->eval), T = r->st.seq, B = r->st.batch, i, j, tokens_all = 0;
    double sum = 0;
    for (i = 0; i < W; i += B) {
        vkr_train_batch b;
        int64_t rows = W - i < B ? W - i : B, tokens = 0;
        double l = 0;
        vkr_result e;
        for (j = 0; j < rows; j++)
            if ((e = copy_window(r, r->eval, i + j, j)) != VKR_OK) return e;
        b.rows = rows;
        b.seq = T;
        b.ids = r->ids;
        b.labels = r->labels;
        b.doc = r->doc;
        if ((e = vkr_trainer_eval(r->t, &b, 1, &l, &tokens)) != VKR_OK) return e;
        if (tokens > 0) { sum += l * (double)tokens; tokens_all += tokens; }
    }
    *loss = tokens_all ? sum / (double)tokens_all : NAN;
    return VKR_OK;
}

static void redraw_svg(trainer_run *r) {
    char path[4200];
    snprintf(path, sizeof path, "%s/loss.svg", r->o->out);
    if (!write_loss_svg(path, r->title, &r->train_curve, &r->eval_curve)) fprintf(stderr, "valkyr train: cannot write %s\n", path);
}

static vkr_result save_checkpoint(trainer_run *r, char *dir, size_t cap) {
    char path[4300];
    size_t len;
    char *blob = run_state_json(&r->st, &len);
    vkr_result e;
    if (!blob) return VKR_ERR_OUT_OF_MEMORY;
    snprintf(dir, cap, "%s/checkpoint-%lld", r->o->out, (long long)r->st.step);
    ensure_dir(dir);
    e = vkr_trainer_save_checkpoint(r->t, dir, blob, len);
    if (e == VKR_OK) {
        snprintf(path, sizeof path, "%s/valkyr_train.json", dir);
        if (!write_file(path, blob, len)) fprintf(stderr, "valkyr train: cannot write %s\n", path);
    }
    free(blob);
    return e;
}

/* Reads CKPT/valkyr_train.json: the shape of the run to continue. */
static int peek_checkpoint(const char *dir, run_state *s) {
    char path[4200];
    size_t len;
    char *text;
    snprintf(path, sizeof path, "%s/valkyr_train.json", dir);
    text = read_file(path, &len);
    if (!text) { fprintf(stderr, "valkyr train: --resume %s: cannot read %s (not a checkpoint of valkyr train)\n", dir, path); return 1; }
    if (!run_state_parse(text, len, s)) { fprintf(stderr, "valkyr train: %s: not a valkyr train state\n", path); free(text); return 1; }
    free(text);
    return 0;
}

static void print_stats(const char *what, const char *path, const vkr_dataset *d) {
    const vkr_dataset_stats *s = vkr_dataset_get_stats(d);
    printf("%-9s %s: %lld documents, %lld tokens (%lld with loss), %lld windows of %lld tokens, %lld bad lines\n", what, path,
           (long long)s->documents, (long long)s->tokens, (long long)s->loss_tokens, (long long)vkr_dataset_windows(d),
           (long long)vkr_dataset_seq(d), (long long)s->bad_lines);
}

static void targets_text(uint32_t mask, char *buf, size_t cap) {
    static const char *names[VKR_LORA_TARGETS] = {"q", "k", "v", "o", "gate", "up", "down"};
    size_t o = 0;
    int t;
    buf[0] = 0;
    if (!mask) mask = (1u << VKR_LORA_Q) | (1u << VKR_LORA_V);
    for (t = 0; t < VKR_LORA_TARGETS && o < cap; t++)
        if (mask & (1u << t)) o += (size_t)snprintf(buf + o, cap - o, "%s%s", o ? "," : "", names[t]);
}

/* Appends step's line to log.jsonl. */
static void log_step(trainer_run *r, const vkr_train_stats *s, bool evaluated, double eval_loss) {
    vkr_json_writer w;
    const char *t;
    size_t len;
    vkr_json_writer_init(&w, NULL);
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "step"); vkr_json_write_int(&w, s->step);
    vkr_json_key(&w, "loss"); vkr_json_write_double(&w, s->loss);
    vkr_json_key(&w, "lr"); vkr_json_write_double(&w, s->lr);
    vkr_json_key(&w, "grad_norm"); vkr_json_write_double(&w, s->grad_norm);
    vkr_json_key(&w, "tok_s"); vkr_json_write_double(&w, s->seconds > 0 ? (double)s->tokens_seen / s->seconds : 0.0);
    if (evaluated) {
        vkr_json_key(&w, "eval_loss"); vkr_json_write_double(&w, eval_loss);
        vkr_json_key(&w, "eval_ppl"); vkr_json_write_double(&w, exp(eval_loss));
    }
    vkr_json_end_object(&w);
    if (vkr_json_writer_result(&w, &t, &len) == VKR_OK) { fwrite(t, 1, len, r->log); fputc('\n', r->log); fflush(r->log); }
    vkr_json_writer_free(&w);
}

int cmd_train(int argc, char **argv) {
    train_opts o;
    trainer_run r;
    vkr_model *m = NULL;
    vkr_tok *tok = NULL;
    vkr_model_desc md;
    vkr_tok_desc tkd;
    vkr_dataset_desc dd;
    const vkr_config *cfg;
    run_state saved;
    vkr_result e = VKR_OK;
    char ckpt[4300], path[4300], tg[64], b1[32];
    int64_t W, per_epoch, total, rows, i, last_saved = -1, done_now = 0;
    double spent = 0;
    int rc;
    void (*old_handler)(int) = SIG_DFL;
    bool handler_set = false;

    memset(&r, 0, sizeof r);
    memset(&saved, 0, sizeof saved);
    rc = parse_train_opts(argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    if (o.plot) return plot_only(o.plot);
    if (o.resume) {   /* the run's shape comes from the checkpoint */
        if ((rc = peek_checkpoint(o.resume, &saved))) return rc;
#define SAME(flag, has, mine, theirs) \
        if (has && (int64_t)(mine) != (int64_t)(theirs)) { \
            fprintf(stderr, "valkyr train: %s %lld, but the checkpoint was made with %lld (leave it out to continue as it was)\n", flag, (long long)(mine), (long long)(theirs)); \
            return 2; }
        SAME("--batch", o.has_batch, o.batch, saved.batch)
        SAME("--seq", o.has_seq, o.seq, saved.seq)
        SAME("--accum", o.has_accum, o.accum, saved.accum)
        SAME("--seed", o.has_seed, o.seed, saved.seed)
#undef SAME
        o.batch = saved.batch; o.seq = saved.seq; o.accum = saved.accum; o.seed = saved.seed;
        o.has_seq = true;
        if (!o.has_steps && !o.has_epochs) { o.steps = saved.total_steps; o.has_steps = true; }
    }
    if (!ensure_dir(o.out)) { fprintf(stderr, "valkyr train: cannot create %s: %s\n", o.out, strerror(errno)); return 1; }
    r.o = &o;
    r.tty = isatty(fileno(stderr)) != 0;
    r.bar = !o.quiet;

    memset(&md, 0, sizeof md);
    md.hooks = cli_hooks();
    if ((e = vkr_model_load(o.model, &md, &m)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    cfg = vkr_model_config(m);
    if (!o.has_seq) o.seq = cfg->max_position_embeddings > 0 && cfg->max_position_embeddings < 512 ? cfg->max_position_embeddings : 512;
    if (cfg->max_position_embeddings > 0 && o.seq > cfg->max_position_embeddings) {
        fprintf(stderr, "valkyr train: --seq %lld is longer than the model's context (%lld)\n", (long long)o.seq, (long long)cfg->max_position_embeddings);
        rc = 2;
        goto done;
    }
    memset(&tkd, 0, sizeof tkd);
    tkd.hooks = cli_hooks();
    if ((e = vkr_tok_load(vkr_model_dir(m), &tkd, &tok)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    memset(&dd, 0, sizeof dd);
    dd.hooks = cli_hooks();
    dd.seq = o.seq;
    dd.layout = o.layout;
    dd.family = cfg->family;
    printf("model     %s (%s, %s parameters)\n", vkr_model_dir(m), vkr_family_name(cfg->family), human_count(b1, sizeof b1, (double)vkr_model_param_count(m)));
    if ((e = vkr_dataset_load(o.data, tok, &dd, &r.data)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    if (o.eval_data && (e = vkr_dataset_load(o.eval_data, tok, &dd, &r.eval)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    if (o.eval_split > 0 && (e = vkr_dataset_split(r.data, o.eval_split, o.seed, &r.eval)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    print_stats("data", o.data, r.data);
    if (r.eval) {
        if (o.eval_data) print_stats("eval", o.eval_data, r.eval);
        else printf("eval      %lld windows held out (--eval-split %g)\n", (long long)vkr_dataset_windows(r.eval), o.eval_split);
        if (vkr_dataset_windows(r.eval) == 0) { vkr_dataset_free(r.eval); r.eval = NULL; printf("eval      no windows: no evaluation\n"); }
    }
    W = vkr_dataset_windows(r.data);
    if (W < 1) { fprintf(stderr, "valkyr train: %s: no training windows (no usable documents)\n", o.data); rc = 1; goto done; }
    if (o.resume && saved.windows != W) {
        fprintf(stderr, "valkyr train: the data makes %lld windows but the checkpoint's made %lld: resume with the same data and options\n",
                (long long)W, (long long)saved.windows);
        rc = 2;
        goto done;
    }
    rows = o.batch * o.accum;
    per_epoch = (W + rows - 1) / rows;
    total = o.has_steps ? o.steps : (int64_t)ceil((o.has_epochs ? o.epochs : 1.0) * (double)per_epoch);
    if (total < 1) total = 1;
    if (o.resume && total != saved.total_steps) {
        fprintf(stderr, "valkyr train: that makes %lld steps, but the checkpoint's run has %lld (the schedule depends on it): leave out --steps / --epochs to continue it\n",
                (long long)total, (long long)saved.total_steps);
        rc = 2;
        goto done;
    }

    o.td.seed = o.seed;
    o.td.total_steps = total;
    o.td.init_lora = o.init_lora;
    o.td.hooks.progress = train_step_progress;
    if ((e = vkr_trainer_new(m, &o.td, &r.t)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    if (vkr_trainer_is_lora(r.t)) {
        targets_text(o.td.lora.targets, tg, sizeof tg);
        if (o.init_lora) snprintf(r.title, sizeof r.title, "valkyr train: %s, LoRA from %s", vkr_model_dir(m), o.init_lora);
        else snprintf(r.title, sizeof r.title, "valkyr train: %s, LoRA r=%lld (%s)", vkr_model_dir(m), (long long)o.td.lora.rank, tg);
        printf("train     LoRA %s: %s trainable parameters\n", o.init_lora ? o.init_lora : tg,
               human_count(b1, sizeof b1, (double)vkr_trainer_trainable(r.t)));
    } else {
        snprintf(r.title, sizeof r.title, "valkyr train: %s, full fine-tuning", vkr_model_dir(m));
        printf("train     full fine-tuning: %s trainable parameters (f32 master weights)\n", human_count(b1, sizeof b1, (double)vkr_trainer_trainable(r.t)));
    }
    printf("plan      %lld steps of %lld windows (accum %lld x batch %lld) of %lld tokens = %.2f epochs, peak lr %g, %s schedule, %lld warm-up steps\n",
           (long long)total, (long long)rows, (long long)o.accum, (long long)o.batch, (long long)o.seq, (double)(total * rows) / (double)W,
           o.td.lr > 0 ? o.td.lr : vkr_trainer_is_lora(r.t) ? 2e-4 : 2e-5,
           o.td.schedule == VKR_SCHEDULE_LINEAR ? "linear" : o.td.schedule == VKR_SCHEDULE_CONSTANT ? "constant" : "cosine",
           (long long)o.td.warmup_steps);

    r.perm = (int64_t *)malloc((size_t)W * sizeof(int64_t));
    r.ids = (vkr_token *)malloc((size_t)(rows * o.seq) * sizeof(vkr_token));
    r.labels = (vkr_token *)malloc((size_t)(rows * o.seq) * sizeof(vkr_token));
    r.doc = (int32_t *)malloc((size_t)(rows * o.seq) * sizeof(int32_t));
    r.micro = (vkr_train_batch *)calloc((size_t)o.accum, sizeof(vkr_train_batch));
    if (!r.perm || !r.ids || !r.labels || !r.doc || !r.micro) { rc = fail("train", "out of memory"); goto done; }
    for (i = 0; i < o.accum; i++) {
        int64_t at = i * o.batch * o.seq;
        r.micro[i].rows = o.batch;
        r.micro[i].seq = o.seq;
        r.micro[i].ids = r.ids + at;
        r.micro[i].labels = r.labels + at;
        r.micro[i].doc = r.doc + at;
    }
    r.st.total_steps = total;
    r.st.batch = o.batch;
    r.st.accum = o.accum;
    r.st.seq = o.seq;
    r.st.windows = W;
    r.st.seed = o.seed;
    if (o.resume) {
        void *blob = NULL;
        size_t blen = 0;
        run_state bs;
        bool ok;
        if ((e = vkr_trainer_load_checkpoint(r.t, o.resume, &blob, &blen)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
        memset(&bs, 0, sizeof bs);
        ok = blob && run_state_parse((const char *)blob, blen, &bs);
        vkr_trainer_free_blob(r.t, blob, blen);
        if (!ok || bs.step != vkr_trainer_steps(r.t)) {
            fprintf(stderr, "valkyr train: %s: the checkpoint's data position is missing or does not match its step\n", o.resume);
            rc = 1;
            goto done;
        }
        r.st.step = bs.step;
        r.st.epoch = bs.epoch;
        r.st.index = bs.index;
        last_saved = bs.step;
        if (!read_log(o.out, r.st.step, true, &r.train_curve, &r.eval_curve))
            fprintf(stderr, "valkyr train: cannot rewrite %s/log.jsonl; appending to it\n", o.out);
        printf("resume    from %s: step %lld, epoch %lld, window %lld of its order\n", o.resume, (long long)r.st.step,
               (long long)r.st.epoch, (long long)r.st.index);
    }
    vkr_dataset_order(r.data, r.st.seed, r.st.epoch, r.perm);
    snprintf(path, sizeof path, "%s/log.jsonl", o.out);
    r.log = fopen(path, o.resume ? "ab" : "wb");
    if (!r.log) { fprintf(stderr, "valkyr train: cannot write %s: %s\n", path, strerror(errno)); rc = 1; goto done; }
    fflush(stdout);

    train_interrupted = 0;
    old_handler = signal(SIGINT, train_on_sigint);
    handler_set = true;
    while (r.st.step < total) {
        vkr_train_stats s;
        bool evaluated = false;
        double eval_loss = NAN;
        if ((e = next_batches(&r)) != VKR_OK) break;
        memset(&s, 0, sizeof s);
        if ((e = vkr_trainer_step(r.t, r.micro, o.accum, &s)) != VKR_OK) break;
        r.st.step = s.step;
        spent += s.seconds;
        done_now++;
        if (r.eval && ((o.eval_every > 0 && r.st.step % o.eval_every == 0) || r.st.step == total)) {
            if ((e = evaluate(&r, &eval_loss)) != VKR_OK) break;
            evaluated = true;
        }
        log_step(&r, &s, evaluated, eval_loss);
        series_push(&r.train_curve, (double)r.st.step, s.loss);
        if (evaluated) {
            series_push(&r.eval_curve, (double)r.st.step, eval_loss);
            if (r.bar) clear_bar(r.tty);
            printf("eval      step %lld: loss %.4f, perplexity %.3f\n", (long long)r.st.step, eval_loss, exp(eval_loss));
            fflush(stdout);
            redraw_svg(&r);
        }
        if (o.save_every > 0 && r.st.step % o.save_every == 0) {
            if ((e = save_checkpoint(&r, ckpt, sizeof ckpt)) != VKR_OK) break;
            last_saved = r.st.step;
            if (r.bar) clear_bar(r.tty);
            printf("saved     %s\n", ckpt);
            fflush(stdout);
        }
        if (r.bar) {
            double per = spent / (double)done_now;
            int64_t every = total / 20 > 0 ? total / 20 : 1;
            if (r.tty || r.st.step % every == 0 || r.st.step == total)
                draw_bar(r.tty, r.st.step, total, s.loss, s.lr, s.seconds > 0 ? (double)s.tokens_seen / s.seconds : 0.0,
                         per * (double)(total - r.st.step));
        }
        if (train_interrupted) break;
    }
    if (r.bar) clear_bar(r.tty);
    if (e != VKR_OK) {
        rc = fail_lib("train", e);
        fprintf(stderr, "valkyr train: stopped at step %lld%s\n", (long long)r.st.step, last_saved >= 0 ? "; the last checkpoint is in OUT/checkpoint-N" : "");
        goto done;
    }
    if (train_interrupted && r.st.step < total) {
        if (last_saved != r.st.step) {
            if ((e = save_checkpoint(&r, ckpt, sizeof ckpt)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
        } else snprintf(ckpt, sizeof ckpt, "%s/checkpoint-%lld", o.out, (long long)r.st.step);
        printf("stopped   at step %lld of %lld (Ctrl-C); checkpoint %s\n", (long long)r.st.step, (long long)total, ckpt);
        printf("          continue with: valkyr train %s --data %s --resume %s (and the same options)\n", o.model, o.data, ckpt);
    }
    if ((e = vkr_trainer_save(r.t, o.out)) != VKR_OK) { rc = fail_lib("train", e); goto done; }
    redraw_svg(&r);
    if (vkr_trainer_is_lora(r.t)) printf("saved     the adapter in %s (log.jsonl, loss.svg beside it)\nuse it    valkyr gen %s --lora %s\n", o.out, o.model, o.out);
    else printf("saved     the model in %s (log.jsonl, loss.svg beside it)\nuse it    valkyr gen %s\n", o.out, o.out);
    rc = train_interrupted && r.st.step < total ? 130 : 0;
done:
    if (handler_set) signal(SIGINT, old_handler);
    if (r.log) fclose(r.log);
    series_free(&r.train_curve);
    series_free(&r.eval_curve);
    free(r.perm);
    free(r.ids);
    free(r.labels);
    free(r.doc);
    free(r.micro);
    vkr_trainer_free(r.t);
    vkr_dataset_free(r.eval);
    vkr_dataset_free(r.data);
    vkr_tok_free(tok);
    vkr_model_free(m);
    return rc;
}

/* ---- bench --train --------------------------------------------------------------- */

typedef struct bench_result { int64_t trainable; double ms_per_step, tok_s, rss; } bench_result;

static vkr_result bench_one(const vkr_model *m, int64_t rank, int32_t threads, bool no_recompute, const vkr_train_batch *b, int64_t steps,
                            bench_result *out) {
    vkr_trainer_desc td;
    vkr_trainer *t = NULL;
    vkr_result e;
    int64_t i, t0;
    memset(&td, 0, sizeof td);
    td.lora.rank = rank;
    td.n_threads = threads;
    td.no_recompute = no_recompute;
    td.total_steps = steps + 1;
    if ((e = vkr_trainer_new(m, &td, &t)) != VKR_OK) return e;
    e = vkr_trainer_step(t, b, 1, NULL);   /* warm-up: first-touch of the buffers */
    t0 = vkr_time_ns();
    for (i = 0; i < steps && e == VKR_OK; i++) e = vkr_trainer_step(t, b, 1, NULL);
    if (e == VKR_OK) {
        double s = (double)(vkr_time_ns() - t0) / 1e9;
        out->ms_per_step = s * 1e3 / (double)steps;
        out->tok_s = (double)(b->rows * b->seq * steps) / s;
        out->trainable = vkr_trainer_trainable(t);
        out->rss = peak_rss_bytes();
    }
    vkr_trainer_free(t);
    return e;
}

int cmd_bench_train(int argc, char **argv) {
    static const char *usage =
        "usage: valkyr bench --train [MODEL] [--lora R] [--seq T] [--batch B] [--steps N] [--threads N]\n"
        "                            [--no-full] [--no-recompute] [--json]\n"
        "\n"
        "Measures training speed on random token windows: LoRA (rank R, default 8;\n"
        "0 leaves it out) and then full fine-tuning, each N steps (default 5) after\n"
        "one untimed warm-up step, of B windows (default 1) of T tokens (default\n"
        "min(128, the model's context)); prints ms per step, tokens per second and\n"
        "the peak resident memory so far (run LoRA alone, --no-full, to see its own).\n"
        "--no-recompute keeps every layer's activations (see valkyr train).\n"
        "MODEL defaults to models/stories260k.\n";
    const char *model = NULL;
    int64_t rank = 8, seq = 0, batch = 1, steps = 5, n, i;
    int32_t threads = 0;
    bool json = false, no_full = false, no_recompute = false;
    vkr_model *m = NULL;
    vkr_model_desc md;
    vkr_token *ids = NULL;
    vkr_train_batch b;
    bench_result lora, full;
    const vkr_config *cfg;
    uint64_t rng = 42;
    vkr_result e;
    int k, rc = 0;
    for (k = 0; k < argc; k++) {
        const char *a = argv[k], *v = k + 1 < argc ? argv[k + 1] : NULL;
        int64_t *dst = NULL;
        if (is_arg(a, "--help") || is_arg(a, "-h")) { fputs(usage, stdout); return 0; }
        else if (is_arg(a, "--train")) continue;
        else if (is_arg(a, "--json")) json = true;
        else if (is_arg(a, "--no-full")) no_full = true;
        else if (is_arg(a, "--no-recompute")) no_recompute = true;
        else if (is_arg(a, "--lora")) dst = &rank;
        else if (is_arg(a, "--seq")) dst = &seq;
        else if (is_arg(a, "--batch")) dst = &batch;
        else if (is_arg(a, "--steps")) dst = &steps;
        else if (is_arg(a, "--threads")) dst = &n;
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "valkyr bench: unknown option %s (valkyr bench --train --help lists the options)\n", a); return 2; }
        else if (!model) model = a;
        else { fprintf(stderr, "valkyr bench: one MODEL only\n"); return 2; }
        if (dst) {
            if (!v || !parse_i64(v, dst) || *dst < 0) { fprintf(stderr, "valkyr bench: %s needs a whole number >= 0\n", a); return 2; }
            k++;
            if (dst == &n) threads = (int32_t)n;
        }
    }
    if (steps < 1 || batch < 1 || (seq && seq < 2)) { fprintf(stderr, "valkyr bench: --steps and --batch need at least 1, --seq at least 2\n"); return 2; }
    if (!model) model = "models/stories260k";
    memset(&md, 0, sizeof md);
    md.hooks = cli_hooks();
    if ((e = vkr_model_load(model, &md, &m)) != VKR_OK) return fail_lib("bench", e);
    cfg = vkr_model_config(m);
    if (!seq) seq = cfg->max_position_embeddings > 0 && cfg->max_position_embeddings < 128 ? cfg->max_position_embeddings : 128;
    ids = (vkr_token *)malloc((size_t)(batch * seq) * sizeof(vkr_token));
    if (!ids) { rc = fail("bench", "out of memory"); goto done; }
    for (i = 0; i < batch * seq; i++) { rng = rng * 6364136223846793005ULL + 1442695040888963407ULL; ids[i] = (vkr_token)((rng >> 33) % (uint64_t)cfg->vocab_size); }
    memset(&b, 0, sizeof b);
    b.rows = batch;
    b.seq = seq;
    b.ids = ids;
    memset(&lora, 0, sizeof lora);
    memset(&full, 0, sizeof full);
    if (rank <= 0 && no_full) { rc = fail("bench", "--lora 0 and --no-full leave nothing to measure"); goto done; }
    if (rank > 0 && (e = bench_one(m, rank, threads, no_recompute, &b, steps, &lora)) != VKR_OK) { rc = fail_lib("bench", e); goto done; }
    if (!no_full && (e = bench_one(m, 0, threads, no_recompute, &b, steps, &full)) != VKR_OK) { rc = fail_lib("bench", e); goto done; }
    if (json) {
        vkr_json_writer w;
        const char *t;
        size_t len;
        int p;
        vkr_json_writer_init(&w, NULL);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "model"); vkr_json_write_string(&w, vkr_model_dir(m));
        vkr_json_key(&w, "backend"); vkr_json_write_string(&w, "cpu");
        vkr_json_key(&w, "cpu"); vkr_json_write_string(&w, vkr_cpu_features());
        vkr_json_key(&w, "seq"); vkr_json_write_int(&w, seq);
        vkr_json_key(&w, "batch"); vkr_json_write_int(&w, batch);
        vkr_json_key(&w, "steps"); vkr_json_write_int(&w, steps);
        for (p = rank > 0 ? 0 : 1; p < (no_full ? 1 : 2); p++) {
            const bench_result *br = p ? &full : &lora;
            vkr_json_key(&w, p ? "full" : "lora");
            vkr_json_begin_object(&w);
            if (!p) { vkr_json_key(&w, "rank"); vkr_json_write_int(&w, rank); }
            vkr_json_key(&w, "trainable"); vkr_json_write_int(&w, br->trainable);
            vkr_json_key(&w, "ms_per_step"); vkr_json_write_double(&w, br->ms_per_step);
            vkr_json_key(&w, "tok_s"); vkr_json_write_double(&w, br->tok_s);
            vkr_json_key(&w, "peak_rss_bytes"); vkr_json_write_double(&w, br->rss);
            vkr_json_end_object(&w);
        }
        vkr_json_end_object(&w);
        if (vkr_json_writer_result(&w, &t, &len) == VKR_OK) { fwrite(t, 1, len, stdout); fputc('\n', stdout); }
        vkr_json_writer_free(&w);
    } else {
        char c1[32], c2[32];
        printf("model          %s (%s, cpu, %s)\n", vkr_model_dir(m), vkr_family_name(cfg->family), vkr_cpu_features());
        printf("steps          %lld timed (after 1 warm-up) of %lld x %lld random tokens\n", (long long)steps, (long long)batch, (long long)seq);
        if (rank > 0)
            printf("lora r=%-7lld %.2f ms/step, %.0f tok/s, %s trainable, peak memory %s\n", (long long)rank, lora.ms_per_step, lora.tok_s,
                   human_count(c1, sizeof c1, (double)lora.trainable), lora.rss >= 0 ? human_bytes(c2, sizeof c2, lora.rss) : "?");
        if (!no_full)
            printf("full           %.2f ms/step, %.0f tok/s, %s trainable, peak memory %s\n", full.ms_per_step, full.tok_s,
                   human_count(c1, sizeof c1, (double)full.trainable), full.rss >= 0 ? human_bytes(c2, sizeof c2, full.rss) : "?");
    }
done:
    free(ids);
    vkr_model_free(m);
    return rc;
}
