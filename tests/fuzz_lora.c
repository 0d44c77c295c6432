/* fuzz_lora.c — libFuzzer target for >>lora's readers and writer.

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_lora.c -o /tmp/fl
     /tmp/fl tests/fuzz/lora

   Each input is read twice. As adapter_config.json: when the JSON parses
   and the config is accepted, its rank is positive and its targets are a
   non-empty mask of the seven linears. As a recipe for the safetensors
   writer: up to 8 tensors (name, dtype, shape and data taken from the
   bytes) are written with vkr_st_write, which must either refuse them or
   write a file that vkr_st_open reads back identically; any difference traps. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static void fuzz_config(const uint8_t *data, size_t size) {
    vkr_json_doc *doc = NULL;
    vkr_lora_config c;
    if (vkr_json_parse((const char *)data, size, NULL, &doc) != VKR_OK) return;
    if (vkr__lora_parse_config(vkr_json_root(doc), "adapter_config.json", &c) == VKR_OK) {
        FUZZ_ASSERT(c.rank > 0);
        FUZZ_ASSERT(c.targets != 0 && (c.targets >> VKR_LORA_TARGETS) == 0);
        FUZZ_ASSERT(c.alpha != 0 && c.dropout >= 0 && c.dropout < 1);
        FUZZ_ASSERT(vkr_lora_scaling(&c) != 0);
    } else {
        FUZZ_ASSERT(vkr_last_error()[0] != 0);
    }
    vkr_json_free(doc);
}

static void fuzz_writer(const uint8_t *data, size_t size) {
    static const vkr_dtype dts[] = {VKR_DTYPE_F32, VKR_DTYPE_F16, VKR_DTYPE_BF16, VKR_DTYPE_U8, VKR_DTYPE_I64, VKR_DTYPE_F4};
    static char path[64];
    vkr_st_entry e[8];
    char names[8][16];
    const uint8_t *p = data, *end = data + size;
    const char *meta[2] = {"format", "pt"};
    vkr_st *st = NULL;
    int n = 0, i, d;
    if (!path[0]) snprintf(path, sizeof path, "/tmp/fuzz_lora_%d.safetensors", (int)getpid());
    memset(e, 0, sizeof e);
    /* per tensor: name length (1 byte, ≤ 8), name, dtype, rank (≤ 3), dims (1 byte each, ≤ 15), then its data */
    while (n < 8 && end - p >= 3) {
        size_t nl = (size_t)(*p++ % 9), bytes;
        uint64_t ne = 1;
        if ((size_t)(end - p) < nl + 2) break;
        memcpy(names[n], p, nl);
        names[n][nl] = 0;
        p += nl;
        e[n].name = names[n];
        e[n].dtype = dts[*p++ % (sizeof dts / sizeof dts[0])];
        e[n].n_dims = *p++ % 4;
        for (d = 0; d < e[n].n_dims && p < end; d++) { e[n].shape[d] = *p++ % 16; ne *= (uint64_t)e[n].shape[d]; }
        if (d < e[n].n_dims) break;
        bytes = (size_t)(ne * (uint64_t)vkr_dtype_bits(e[n].dtype) / 8);
        if ((size_t)(end - p) < bytes) break;
        e[n].data = p;
        p += bytes;
        n++;
    }
    if (vkr_st_write(path, e, n, meta, n % 2) != VKR_OK) {
        {   /* no temporary file stays behind */
            char tmp[80];
            snprintf(tmp, sizeof tmp, "%s.tmp", path);
            FUZZ_ASSERT(access(tmp, F_OK) != 0);
        }
        return;
    }
    FUZZ_ASSERT(vkr_st_open(path, NULL, &st) == VKR_OK);
    FUZZ_ASSERT(vkr_st_count(st) == n);
    for (i = 0; i < n; i++) {
        const vkr_tensor *t = vkr_st_find(st, e[i].name);
        FUZZ_ASSERT(t && t->dtype == e[i].dtype && t->n_dims == e[i].n_dims);
        for (d = 0; d < e[i].n_dims; d++) FUZZ_ASSERT(t->shape[d] == e[i].shape[d]);
        FUZZ_ASSERT(t->n_bytes == 0 || !memcmp(t->data, e[i].data, (size_t)t->n_bytes));
    }
    vkr_st_close(st);
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_config(data, size);
    fuzz_writer(data, size);
    return 0;
}
