/* bench_tokenizer.c — tokenizer speed on one thread (run by `make bench`; not a test).
     cc -O2 -I. -o build/bench_tokenizer tests/bench_tokenizer.c -lm -lpthread -ldl
     VKR_TOK_DIR=build/tok build/bench_tokenizer
   For each tokenizer in $VKR_TOK_DIR (default build/tok, unpacked by make)
   and models/stories260k: load time (best of 5), and on English prose
   (tests/data/text/tinystories_200k.txt repeated to at least 5 MB) encode
   throughput, the whole text in one call and line by line (as prompts
   come; a tokenizer without a pre-tokenizer, like the SentencePiece ones,
   runs BPE over a whole call's text as one word), then decode throughput
   of the one-call ids, in one call and streamed one id at a time (each
   best of 3). MB/s are 10^6 bytes
   of text per second. Prints a table, then one JSON line. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN_BYTES 5000000

static const char *const names[] = {"stories260k", "tinyllama", "mistral-v0.3", "gpt2", "llama3", "qwen3"};

typedef struct result {
    const char *name;
    double load_ms, enc_mbs, enc_line_mbs, dec_mbs, stream_mbs, bytes_per_token;
    size_t tokens;
} result;

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = n >= 0 ? (char *)malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    if (buf) { buf[n] = 0; *len = (size_t)n; }
    return buf;
}

static double now_s(void) { return (double)vkr_time_ns() * 1e-9; }

static void cpu_model(char *out, size_t n) {
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    snprintf(out, n, "unknown");
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "model name", 10)) {
            char *c = strchr(line, ':'), *e;
            if (!c) break;
            c++;
            while (*c == ' ' || *c == '\t') c++;
            e = c + strlen(c);
            while (e > c && (e[-1] == '\n' || e[-1] == ' ')) *--e = 0;
            snprintf(out, n, "%s", c);
            break;
        }
    }
    fclose(f);
}

/* JSON string body: the few characters a CPU name could need escaped. */
static void json_str(const char *s) {
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') putchar('\\');
        if ((unsigned char)*s >= 0x20) putchar(*s);
    }
}

int main(int argc, char **argv) {
    const char *dir = getenv("VKR_TOK_DIR");
    const char *text_path = argc > 1 ? argv[1] : "tests/data/text/tinystories_200k.txt";
    char *unit, *text, cpu[256];
    size_t unit_len, len = 0, k;
    result res[sizeof names / sizeof names[0]];
    int nres = 0, i;
    if (!dir || !*dir) dir = "build/tok";
    unit = read_file(text_path, &unit_len);
    if (!unit || !unit_len) { fprintf(stderr, "bench_tokenizer: cannot read %s\n", text_path); return 1; }
    text = (char *)malloc(MIN_BYTES + unit_len + 1);
    if (!text) return 1;
    while (len < MIN_BYTES) { memcpy(text + len, unit, unit_len); len += unit_len; }
    text[len] = 0;
    free(unit);
    cpu_model(cpu, sizeof cpu);
    printf("tokenizer benchmark, one thread, %s\n", cpu);
    printf("text: %s x %zu = %zu bytes of English prose\n\n", text_path, len / unit_len, len);
    printf("%-14s %8s %12s %12s %9s %8s %12s %12s\n", "", "", "encode MB/s", "encode MB/s", "", "bytes/", "decode MB/s",
           "decode MB/s");
    printf("%-14s %8s %12s %12s %9s %8s %12s %12s\n", "tokenizer", "load ms", "one call", "per line", "tokens", "token", "one call",
           "streamed");
    for (k = 0; k < sizeof names / sizeof names[0]; k++) {
        char path[600];
        vkr_tok *t = NULL;
        vkr_tokens ids;
        vkr_text out;
        vkr_tok_stream *s = NULL;
        double best, t0, t1;
        size_t out_len = 0, j;
        result *r = &res[nres];
        int rep;
        if (!strcmp(names[k], "stories260k")) snprintf(path, sizeof path, "models/stories260k");
        else snprintf(path, sizeof path, "%s/%s", dir, names[k]);
        memset(r, 0, sizeof *r);
        r->name = names[k];
        /* load: best of 5 */
        best = 1e30;
        for (rep = 0; rep < 5; rep++) {
            t0 = now_s();
            if (vkr_tok_load(path, NULL, &t) != VKR_OK) break;
            t1 = now_s();
            if (t1 - t0 < best) best = t1 - t0;
            if (rep < 4) { vkr_tok_free(t); t = NULL; }
        }
        if (!t) { printf("%-14s (skipped: %s)\n", names[k], vkr_last_error()); continue; }
        r->load_ms = best * 1e3;
        /* encode: best of 3, the whole text in one call */
        memset(&ids, 0, sizeof ids);
        best = 1e30;
        for (rep = 0; rep < 3; rep++) {
            ids.n = 0;
            t0 = now_s();
            if (vkr_tok_encode(t, text, len, 0, &ids) != VKR_OK) { fprintf(stderr, "%s: %s\n", names[k], vkr_last_error()); return 1; }
            t1 = now_s();
            if (t1 - t0 < best) best = t1 - t0;
        }
        r->enc_mbs = (double)len / best / 1e6;
        r->tokens = ids.n;
        /* encode line by line: best of 3 */
        {
            vkr_tokens lt;
            memset(&lt, 0, sizeof lt);
            best = 1e30;
            for (rep = 0; rep < 3; rep++) {
                size_t a = 0;
                t0 = now_s();
                while (a < len) {
                    const char *nl = (const char *)memchr(text + a, '\n', len - a);
                    size_t b = nl ? (size_t)(nl - text) : len;
                    lt.n = 0;
                    if (b > a && vkr_tok_encode(t, text + a, b - a, 0, &lt) != VKR_OK) { fprintf(stderr, "%s: %s\n", names[k], vkr_last_error()); return 1; }
                    a = b + 1;
                }
                t1 = now_s();
                if (t1 - t0 < best) best = t1 - t0;
            }
            r->enc_line_mbs = (double)len / best / 1e6;
            vkr_tokens_free(&lt);
        }
        r->bytes_per_token = ids.n ? (double)len / (double)ids.n : 0;
        /* decode: best of 3, one call */
        memset(&out, 0, sizeof out);
        best = 1e30;
        for (rep = 0; rep < 3; rep++) {
            out.len = 0;
            t0 = now_s();
            if (vkr_tok_decode(t, ids.ids, ids.n, 0, &out) != VKR_OK) { fprintf(stderr, "%s: %s\n", names[k], vkr_last_error()); return 1; }
            t1 = now_s();
            if (t1 - t0 < best) best = t1 - t0;
        }
        out_len = out.len;
        r->dec_mbs = (double)out_len / best / 1e6;
        if (out_len != len || memcmp(out.text, text, len))
            fprintf(stderr, "note: %s does not decode back to the input (%zu bytes, want %zu)\n", names[k], out_len, len);
        /* streaming decode: best of 3, one id per push */
        best = 1e30;
        for (rep = 0; rep < 3; rep++) {
            out.len = 0;
            t0 = now_s();
            if (vkr_tok_stream_new(t, 0, &s) != VKR_OK) return 1;
            for (j = 0; j < ids.n; j++) vkr_tok_stream_push(s, ids.ids[j], &out);
            vkr_tok_stream_flush(s, &out);
            vkr_tok_stream_free(s);
            t1 = now_s();
            if (t1 - t0 < best) best = t1 - t0;
        }
        if (out.len != out_len) fprintf(stderr, "note: %s: streamed %zu bytes, one call %zu\n", names[k], out.len, out_len);
        r->stream_mbs = (double)out.len / best / 1e6;
        vkr_text_free(&out);
        vkr_tokens_free(&ids);
        vkr_tok_free(t);
        printf("%-14s %8.1f %12.2f %12.2f %9zu %8.2f %12.2f %12.2f\n", r->name, r->load_ms, r->enc_mbs, r->enc_line_mbs, r->tokens,
               r->bytes_per_token, r->dec_mbs, r->stream_mbs);
        fflush(stdout);
        nres++;
    }
    printf("\n{\"bench\":\"tokenizer\",\"cpu\":\"");
    json_str(cpu);
    printf("\",\"threads\":1,\"text_bytes\":%zu,\"results\":[", len);
    for (i = 0; i < nres; i++)
        printf("%s{\"name\":\"%s\",\"load_ms\":%.2f,\"encode_mb_s\":%.3f,\"encode_lines_mb_s\":%.3f,\"tokens\":%zu,"
               "\"decode_mb_s\":%.3f,\"stream_decode_mb_s\":%.3f}",
               i ? "," : "", res[i].name, res[i].load_ms, res[i].enc_mbs, res[i].enc_line_mbs, res[i].tokens, res[i].dec_mbs,
               res[i].stream_mbs);
    printf("]}\n");
    free(text);
    return 0;
}
