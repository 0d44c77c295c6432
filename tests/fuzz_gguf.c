/* fuzz_gguf.c — libFuzzer target for valkyr's GGUF reader (>>gguf).

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_gguf.c -o /tmp/fgguf
     /tmp/fgguf tests/fuzz/gguf

   The input is opened as an in-memory GGUF image. When it is accepted, the
   promises the reader makes are checked (every tensor inside the data, in
   whole blocks, aligned, no two overlapping; every key and tensor found by
   name) and every metadata value and array element is read through the
   getters; any violation traps. Then what loading a model reads from the
   metadata runs on it: the tokenizer (vkr_tok_load_gguf, then an encode and
   decode) and the config.json the {arch}.* keys imply. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static void touch(const void *p, size_t n) {      /* reads every byte: ASan checks the bounds */
    volatile uint8_t acc = 0;
    size_t i;
    for (i = 0; i < n; i++) acc ^= ((const uint8_t *)p)[i];
    (void)acc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vkr_gguf *g = NULL;
    uint8_t *copy = (uint8_t *)malloc(size ? size : 1);   /* exact size: reads past the end trap */
    int64_t i, j, n;
    if (!copy) return 0;
    if (size) memcpy(copy, data, size);
    if (vkr_gguf_open_memory(copy, size, "fuzz.gguf", NULL, &g) != VKR_OK) {
        FUZZ_ASSERT(g == NULL);
        free(copy);
        return 0;
    }
    FUZZ_ASSERT(vkr_gguf_version(g) == 2 || vkr_gguf_version(g) == 3);
    FUZZ_ASSERT(vkr_gguf_alignment(g) && !(vkr_gguf_alignment(g) & (vkr_gguf_alignment(g) - 1)));
    for (i = 0; i < vkr_gguf_kv_count(g); i++) {
        const char *key = vkr_gguf_key(g, i), *s;
        vkr_gguf_type t = vkr_gguf_kv_type(g, i), et;
        size_t len;
        uint64_t u;
        int64_t v;
        double d;
        bool b;
        FUZZ_ASSERT(key && vkr_gguf_find(g, key) == i);
        FUZZ_ASSERT(t >= 0 && t < VKR_GGUF_TYPE_COUNT);
        (void)vkr_gguf_get_u64(g, key, &u);
        (void)vkr_gguf_get_i64(g, key, &v);
        (void)vkr_gguf_get_f64(g, key, &d);
        (void)vkr_gguf_get_bool(g, key, &b);
        if (vkr_gguf_get_str(g, key, &s, &len) == VKR_OK) { FUZZ_ASSERT(t == VKR_GGUF_STRING); touch(s, len); }
        n = vkr_gguf_arr_len(g, key);
        FUZZ_ASSERT((n >= 0) == (t == VKR_GGUF_ARRAY));
        et = vkr_gguf_arr_type(g, key);
        if (vkr_gguf_arr_data(g, key)) {
            int64_t be = 0;
            switch (et) {
            case VKR_GGUF_U8: case VKR_GGUF_I8: case VKR_GGUF_BOOL: be = 1; break;
            case VKR_GGUF_U16: case VKR_GGUF_I16: be = 2; break;
            case VKR_GGUF_U32: case VKR_GGUF_I32: case VKR_GGUF_F32: be = 4; break;
            default: be = 8; break;
            }
            touch(vkr_gguf_arr_data(g, key), (size_t)(n * be));
        }
        for (j = 0; j < n && j < 64; j++) {
            vkr_gguf_type nt;
            int64_t nl;
            if (vkr_gguf_arr_str(g, key, j, &s, &len) == VKR_OK) touch(s, len);
            (void)vkr_gguf_arr_i64(g, key, j, &v);
            (void)vkr_gguf_arr_f64(g, key, j, &d);
            if (vkr_gguf_arr_nested(g, key, j, &nt, &nl) == VKR_OK) FUZZ_ASSERT(nt >= 0 && nt < VKR_GGUF_TYPE_COUNT && nl >= 0 && (uint64_t)nl <= size);
        }
        if (n > 0) {
            FUZZ_ASSERT(vkr_gguf_arr_i64(g, key, n, &v) == VKR_ERR_INVALID_ARGUMENT);
            (void)vkr_gguf_arr_str(g, key, n - 1, &s, &len);
        }
    }
    for (i = 0; i < vkr_gguf_tensor_count(g); i++) {
        const vkr_gguf_tensor *t = vkr_gguf_tensor_at(g, i), *o;
        int64_t be, bb, e = 1;
        int d;
        FUZZ_ASSERT(t && vkr_gguf_tensor_find(g, t->name) == t && t->name[0]);
        FUZZ_ASSERT(vkr_ggml_type_block(t->type, &be, &bb));
        FUZZ_ASSERT(t->n_dims >= 0 && t->n_dims <= VKR_GGUF_MAX_DIMS && t->ne[0] % be == 0);
        for (d = 0; d < VKR_GGUF_MAX_DIMS; d++) { FUZZ_ASSERT(t->ne[d] >= 0); e *= t->ne[d]; }
        FUZZ_ASSERT(e == t->n_elems && t->n_bytes == (uint64_t)(t->n_elems / be) * (uint64_t)bb);
        FUZZ_ASSERT(t->offset % vkr_gguf_alignment(g) == 0);
        FUZZ_ASSERT((const uint8_t *)t->data >= copy + vkr_gguf_data_offset(g) &&
                    (const uint8_t *)t->data + t->n_bytes <= copy + size);
        touch(t->data, (size_t)(t->n_bytes < 4096 ? t->n_bytes : 4096));
        for (j = 0; j < i; j++) {
            o = vkr_gguf_tensor_at(g, j);
            FUZZ_ASSERT(!t->n_bytes || !o->n_bytes || t->offset + t->n_bytes <= o->offset || o->offset + o->n_bytes <= t->offset);
        }
    }
    {   /* what loading a model reads from the metadata: the tokenizer, and the config.json it implies */
        vkr_tok *tok = NULL;
        char arch[64];
        if (vkr_tok_load_gguf(g, NULL, &tok) == VKR_OK) {
            vkr_tokens ids = {0};
            vkr_text txt = {0};
            FUZZ_ASSERT(tok != NULL);
            if (vkr_tok_encode(tok, "Hello <s> world\n", 16, VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK)
                (void)vkr_tok_decode(tok, ids.ids, ids.n, 0, &txt);
            vkr_tokens_free(&ids);
            vkr_text_free(&txt);
            vkr_tok_free(tok);
        } else {
            FUZZ_ASSERT(tok == NULL);
        }
        if (vkr__gguf_cstr(g, "general.architecture", arch, sizeof arch)) {
            vkr_json_writer w;
            vkr_allocator a = vkr__allocator(NULL);
            const char *json;
            size_t len;
            vkr_config c;
            vkr_json_writer_init(&w, &a);
            if (vkr__gguf_config_json(g, "fuzz.gguf", arch, &w) == VKR_OK && vkr_json_writer_result(&w, &json, &len) == VKR_OK)
                (void)vkr_config_parse(json, len, "fuzz.gguf", &c);
            vkr_json_writer_free(&w);
        }
    }
    vkr_gguf_close(g);
    free(copy);
    return 0;
}
