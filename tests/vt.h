/* vt.h — the tiny test harness of valkyr's tests.
   A test program defines test functions and calls VT_RUN(fn) for each, then
   returns vt_finish(). Each test prints one line ("ok", "FAIL" or "skip");
   vt_finish prints "#vt passed N failed N skipped N", which tests/run.sh
   adds up into the final "N passed, N failed, N skipped" line. */
#ifndef VT_H
#define VT_H
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#  define VT_UNUSED __attribute__((unused))
#else
#  define VT_UNUSED
#endif

static int vt_passed, vt_failed, vt_skipped;
static int vt_cur_failed, vt_cur_skipped;
static char vt_skip_why[256];

static VT_UNUSED void vt_fail_at(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    vt_cur_failed++;
    fprintf(stderr, "  %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* CHECK(cond) or CHECK(cond, "fmt", args...) — records a failure, goes on. */
#define CHECK(...) VT_CHECK_(__VA_ARGS__, "")
#define VT_CHECK_(cond, ...) do { if (!(cond)) vt_fail_at(__FILE__, __LINE__, "CHECK(" #cond ") " __VA_ARGS__); } while (0)
/* REQUIRE: like CHECK but returns from the test function on failure. */
#define REQUIRE(...) VT_REQUIRE_(__VA_ARGS__, "")
#define VT_REQUIRE_(cond, ...) do { if (!(cond)) { vt_fail_at(__FILE__, __LINE__, "REQUIRE(" #cond ") " __VA_ARGS__); return; } } while (0)
/* SKIP("why"): marks the current test skipped and returns. */
#define SKIP(...) do { snprintf(vt_skip_why, sizeof vt_skip_why, __VA_ARGS__); vt_cur_skipped = 1; return; } while (0)

#define VT_RUN(fn) vt_run_(#fn, fn)
static VT_UNUSED void vt_run_(const char *name, void (*fn)(void)) {
    vt_cur_failed = 0; vt_cur_skipped = 0; vt_skip_why[0] = 0;
    fn();
    if (vt_cur_failed) { vt_failed++; printf("FAIL %s\n", name); }
    else if (vt_cur_skipped) { vt_skipped++; printf("skip %s: %s\n", name, vt_skip_why); }
    else { vt_passed++; printf("ok   %s\n", name); }
    fflush(stdout);
}

static VT_UNUSED int vt_finish(void) {
    printf("#vt passed %d failed %d skipped %d\n", vt_passed, vt_failed, vt_skipped);
    return vt_failed ? 1 : 0;
}

/* Reads a whole file (NUL-terminated); NULL if it cannot. */
static VT_UNUSED char *vt_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf; long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
    buf = (char *)malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    if (buf) { buf[n] = 0; if (len) *len = (size_t)n; }
    return buf;
}

static VT_UNUSED int vt_write_file(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    int ok;
    if (!f) return 0;
    ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}
#endif
