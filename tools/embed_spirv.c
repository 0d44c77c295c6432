/*
 * embed_spirv - embed SPIR-V binaries in a C/C++ header.
 *
 * usage: embed_spirv OUT.h [A.spv B.spv ...]
 *
 * Each input becomes `static const uint32_t vkr__spv_<name>[n]`, where
 * <name> is the file's basename without the ".spv" suffix and must match
 * [a-z0-9_]+. A table `vkr__shader_blobs` (sorted by name) lists them all and
 * VKR__SHADER_COUNT gives its length. For every shader with a push-constant
 * block, `#define VKR__SPV_PUSH_<NAME> n` gives the block's size in bytes
 * (read from the SPIR-V's Offset decorations), so the C structs that mirror
 * those blocks can be checked at compile time. The output depends only on the names
 * and contents of the inputs (no paths, no timestamps, no argument order), so
 * it is byte-for-byte reproducible. It is written to OUT.h.tmp and renamed
 * over OUT.h only when complete.
 *
 * Inputs are read as little-endian SPIR-V (what glslc/glslangValidator
 * write); the words are decoded byte by byte, so the host's byte order does
 * not matter.
 *
 * Standard C99, libc only. Exit status: 0 ok, 1 error, 2 usage.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SPIRV_MAGIC 0x07230203ul
#define SPIRV_MAGIC_SWAPPED 0x03022307ul
#define SPIRV_HEADER_WORDS 5u
#define WORDS_PER_LINE 8u

typedef struct blob {
    const char *path;  /* as given on the command line (for messages only) */
    char *name;        /* validated identifier part */
    uint32_t *words;
    size_t n_words;
} blob;

static const char *g_tmp_path; /* removed on failure once created */

static void fail_cleanup(void)
{
    if (g_tmp_path) remove(g_tmp_path);
}

static void die(const char *file, const char *reason)
{
    fprintf(stderr, "embed_spirv: %s: %s\n", file, reason);
    fail_cleanup();
    exit(1);
}

static void die_errno(const char *file, const char *what, int err)
{
    fprintf(stderr, "embed_spirv: %s: %s: %s\n", file, what,
            err ? strerror(err) : "unknown error");
    fail_cleanup();
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "embed_spirv: out of memory\n");
        fail_cleanup();
        exit(1);
    }
    return p;
}

/* Basename of `path` with ".spv" stripped; dies unless it is [a-z0-9_]+. */
static char *shader_name(const char *path)
{
    const char *base = path, *p;
    size_t len, i;
    char *name;

    for (p = path; *p; p++)
        if (*p == '/' || *p == '\\') base = p + 1;
    len = strlen(base);
    if (len < 4 || strcmp(base + len - 4, ".spv") != 0)
        die(path, "file name must end in .spv");
    len -= 4;
    if (len == 0) die(path, "empty shader name");
    for (i = 0; i < len; i++) {
        char c = base[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            die(path, "shader name (file name without .spv) must match [a-z0-9_]+");
    }
    name = (char *)xmalloc(len + 1);
    memcpy(name, base, len);
    name[len] = '\0';
    return name;
}

/* Reads the whole file; sets *out_size. Dies on any I/O error. */
static unsigned char *read_file(const char *path, size_t *out_size)
{
    FILE *f;
    unsigned char *buf = NULL;
    size_t cap = 0, size = 0;

    errno = 0;
    f = fopen(path, "rb");
    if (!f) die_errno(path, "cannot open", errno);
    for (;;) {
        size_t got;
        if (size == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            unsigned char *nbuf;
            if (ncap < cap) { fclose(f); die(path, "file too large"); }
            nbuf = (unsigned char *)realloc(buf, ncap);
            if (!nbuf) { fclose(f); die(path, "out of memory"); }
            buf = nbuf;
            cap = ncap;
        }
        errno = 0;
        got = fread(buf + size, 1, cap - size, f);
        size += got;
        if (got == 0 || size < cap) {
            if (ferror(f)) {
                int err = errno;
                fclose(f);
                die_errno(path, "read error", err);
            }
            if (feof(f)) break;
        }
    }
    fclose(f);
    *out_size = size;
    return buf;
}

static void load_blob(blob *b, const char *path)
{
    size_t size, i;
    unsigned char *bytes;

    b->path = path;
    b->name = shader_name(path);
    bytes = read_file(path, &size);
    if (size == 0) die(path, "empty file");
    if (size % 4 != 0) die(path, "size is not a multiple of 4 bytes");
    b->n_words = size / 4;
    b->words = (uint32_t *)xmalloc(size);
    for (i = 0; i < b->n_words; i++) {
        const unsigned char *q = bytes + 4 * i;
        b->words[i] = (uint32_t)q[0] | ((uint32_t)q[1] << 8) |
                      ((uint32_t)q[2] << 16) | ((uint32_t)q[3] << 24);
    }
    free(bytes);
    if ((unsigned long)b->words[0] != SPIRV_MAGIC) {
        if ((unsigned long)b->words[0] == SPIRV_MAGIC_SWAPPED)
            die(path, "big-endian SPIR-V is not supported");
        die(path, "not a SPIR-V file (bad magic number)");
    }
    if (b->n_words < SPIRV_HEADER_WORDS)
        die(path, "truncated SPIR-V header");
}

static int cmp_blob(const void *a, const void *b)
{
    return strcmp(((const blob *)a)->name, ((const blob *)b)->name);
}

/* Output helpers: remember the first error, check once at the end. */
static FILE *g_out;
static int g_out_err;

static void note_out_err(void)
{
    if (!g_out_err) g_out_err = errno ? errno : EIO;
}

static void out(const char *s)
{
    if (fputs(s, g_out) == EOF) note_out_err();
}

static void out_dec(size_t v)
{
    if (fprintf(g_out, "%lu", (unsigned long)v) < 0) note_out_err();
}

static void out_word(uint32_t w)
{
    if (fprintf(g_out, "0x%08lxu", (unsigned long)w) < 0) note_out_err();
}

/* The size in bytes of the push-constant block of a module (0 when it has
   none): the end of its last member, from the Offset decorations and the
   members' scalar / vector types. Dies on a block it cannot size. */
static size_t push_bytes(const blob *b)
{
    size_t n = b->n_words, i, end = 0;
    uint32_t block = 0;
    const uint32_t *w = b->words;
    /* pass 1: the pointer type of the PushConstant variable → its struct */
    for (i = SPIRV_HEADER_WORDS; i < n;) {
        uint32_t op = w[i] & 0xFFFFu, len = w[i] >> 16;
        if (len == 0 || i + len > n) die(b->path, "malformed SPIR-V instruction stream");
        if (op == 59 && len >= 4 && w[i + 3] == 9) {   /* OpVariable ... PushConstant */
            size_t j;
            uint32_t ptr = w[i + 1];
            for (j = SPIRV_HEADER_WORDS; j < n; j += w[j] >> 16)
                if ((w[j] & 0xFFFFu) == 32 && w[j + 1] == ptr) block = w[j + 3];   /* OpTypePointer */
        }
        i += len;
    }
    if (!block) return 0;
    /* pass 2: each member's offset + size */
    for (i = SPIRV_HEADER_WORDS; i < n; i += w[i] >> 16) {
        if ((w[i] & 0xFFFFu) == 72 && w[i + 1] == block && w[i + 3] == 35) {   /* OpMemberDecorate block m Offset o */
            uint32_t m = w[i + 2], off = w[i + 4], type = 0, size = 0;
            size_t j;
            for (j = SPIRV_HEADER_WORDS; j < n; j += w[j] >> 16)
                if ((w[j] & 0xFFFFu) == 30 && w[j + 1] == block) type = w[j + 2 + m];   /* OpTypeStruct */
            for (j = SPIRV_HEADER_WORDS; j < n; j += w[j] >> 16) {
                uint32_t o = w[j] & 0xFFFFu;
                if (w[j + 1] != type) continue;
                if (o == 21 || o == 22) size = w[j + 2] / 8;   /* OpTypeInt / OpTypeFloat width */
                if (o == 23) {                                 /* OpTypeVector: component type, count */
                    size_t k;
                    for (k = SPIRV_HEADER_WORDS; k < n; k += w[k] >> 16)
                        if (((w[k] & 0xFFFFu) == 21 || (w[k] & 0xFFFFu) == 22) && w[k + 1] == w[j + 2]) size = w[k + 2] / 8 * w[j + 3];
                }
            }
            if (!size) die(b->path, "push-constant member of a type embed_spirv cannot size");
            if (off + size > end) end = off + size;
        }
    }
    return end;
}

static void write_header(const blob *blobs, size_t count)
{
    size_t i, j;

    out("// generated by tools/embed_spirv.c from shaders/*.comp; do not edit\n");
    out("#ifndef VALKYR_SHADERS_H\n");
    out("#define VALKYR_SHADERS_H\n");
    out("#include <stdint.h>\n");
    out("#include <stddef.h>\n");

    for (i = 0; i < count; i++) {
        const blob *b = &blobs[i];
        out("\nstatic const uint32_t vkr__spv_");
        out(b->name);
        out("[");
        out_dec(b->n_words);
        out("] = {");
        for (j = 0; j < b->n_words; j++) {
            out(j % WORDS_PER_LINE == 0 ? "\n    " : " ");
            out_word(b->words[j]);
            if (j + 1 < b->n_words) out(",");
        }
        out("\n};\n");
    }

    out("\n");
    out("typedef struct vkr__shader_blob {\n");
    out("    const char *name;\n");
    out("    const uint32_t *words;\n");
    out("    size_t n_words;\n");
    out("} vkr__shader_blob;\n");
    out("\n");
    if (count == 0) {
        out("static const vkr__shader_blob *const vkr__shader_blobs = NULL;\n");
    } else {
        out("static const vkr__shader_blob vkr__shader_blobs[] = {\n");
        for (i = 0; i < count; i++) {
            out("    {\"");
            out(blobs[i].name);
            out("\", vkr__spv_");
            out(blobs[i].name);
            out(", ");
            out_dec(blobs[i].n_words);
            out("},\n");
        }
        out("};\n");
    }
    out("#define VKR__SHADER_COUNT ");
    out_dec(count);
    out("\n\n/* push-constant block sizes in bytes */\n");
    for (i = 0; i < count; i++) {
        size_t pb = push_bytes(&blobs[i]);
        if (!pb) continue;
        out("#define VKR__SPV_PUSH_");
        for (j = 0; blobs[i].name[j]; j++) {
            char c[2];
            c[0] = (char)(blobs[i].name[j] >= 'a' && blobs[i].name[j] <= 'z' ? blobs[i].name[j] - 32 : blobs[i].name[j]);
            c[1] = 0;
            out(c);
        }
        out(" ");
        out_dec(pb);
        out("\n");
    }
    out("\n\n#endif /* VALKYR_SHADERS_H */\n");
}

int main(int argc, char **argv)
{
    const char *out_path;
    char *tmp_path;
    size_t count, i, len;
    blob *blobs;

    if (argc < 2 || argv[1][0] == '\0') {
        fprintf(stderr, "usage: embed_spirv OUT.h [A.spv B.spv ...]\n");
        return 2;
    }
    out_path = argv[1];
    count = (size_t)(argc - 2);

    blobs = (blob *)xmalloc(count * sizeof *blobs);
    for (i = 0; i < count; i++) load_blob(&blobs[i], argv[i + 2]);
    qsort(blobs, count, sizeof *blobs, cmp_blob);
    for (i = 1; i < count; i++) {
        if (strcmp(blobs[i - 1].name, blobs[i].name) == 0) {
            fprintf(stderr,
                    "embed_spirv: %s: duplicate shader name '%s' (also from %s)\n",
                    blobs[i].path, blobs[i].name, blobs[i - 1].path);
            return 1;
        }
    }

    len = strlen(out_path);
    tmp_path = (char *)xmalloc(len + 5);
    memcpy(tmp_path, out_path, len);
    memcpy(tmp_path + len, ".tmp", 5);

    errno = 0;
    g_out = fopen(tmp_path, "wb");
    if (!g_out) die_errno(tmp_path, "cannot create", errno);
    g_tmp_path = tmp_path;

    errno = 0;
    write_header(blobs, count);
    if (!g_out_err && fflush(g_out) != 0) g_out_err = errno ? errno : EIO;
    if (!g_out_err && ferror(g_out)) g_out_err = errno ? errno : EIO;
    if (fclose(g_out) != 0 && !g_out_err) g_out_err = errno ? errno : EIO;
    g_out = NULL;
    if (g_out_err) die_errno(tmp_path, "write error", g_out_err);

    errno = 0;
    if (rename(tmp_path, out_path) != 0) {
        /* rename() may refuse to replace an existing file on some systems
           (e.g. Windows); remove the old one and try once more. */
        int err = errno;
        remove(out_path);
        errno = 0;
        if (rename(tmp_path, out_path) != 0) {
            if (errno) err = errno;
            fprintf(stderr, "embed_spirv: %s: cannot rename to %s: %s\n",
                    tmp_path, out_path, err ? strerror(err) : "unknown error");
            fail_cleanup();
            return 1;
        }
    }
    g_tmp_path = NULL;

    for (i = 0; i < count; i++) {
        free(blobs[i].name);
        free(blobs[i].words);
    }
    free(blobs);
    free(tmp_path);
    return 0;
}
