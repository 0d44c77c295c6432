/* fuzz_json.c — libFuzzer target for valkyr's JSON parser and writer.

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_json.c -o /tmp/fj
     /tmp/fj tests/fuzz/json

   Each input is parsed twice: as a whole with the default limits, and (past
   its first byte) with a small max_depth taken from that byte. When a parse
   succeeds, the tree is written back with vkr_json_writer, the output parsed
   again, and the two trees must be equal; any difference traps. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static int depth_of(const vkr_json *v) {
    size_t i;
    int d = 0;
    if (v->type != VKR_JSON_ARRAY && v->type != VKR_JSON_OBJECT) return 0;
    for (i = 0; i < v->len; i++) {
        int c = depth_of(&v->items[i]);
        if (c > d) d = c;
    }
    return d + 1;
}

/* Checks the invariants of one parsed value. */
static void check_value(const vkr_json *v, const uint8_t *src, size_t size) {
    size_t i;
    FUZZ_ASSERT(v->type >= VKR_JSON_NULL && v->type <= VKR_JSON_OBJECT);
    FUZZ_ASSERT(v->offset < size);
    switch (v->type) {
    case VKR_JSON_NULL: FUZZ_ASSERT(src[v->offset] == 'n'); break;
    case VKR_JSON_TRUE: FUZZ_ASSERT(src[v->offset] == 't'); break;
    case VKR_JSON_FALSE: FUZZ_ASSERT(src[v->offset] == 'f'); break;
    case VKR_JSON_STRING:
        FUZZ_ASSERT(src[v->offset] == '"');
        FUZZ_ASSERT(v->str != NULL && v->str[v->len] == 0);
        break;
    case VKR_JSON_NUMBER:
        FUZZ_ASSERT(src[v->offset] == '-' || (src[v->offset] >= '0' && src[v->offset] <= '9'));
        FUZZ_ASSERT(!isnan(v->num));
        if (v->is_int) FUZZ_ASSERT((double)v->i64 == v->num);
        break;
    case VKR_JSON_ARRAY:
    case VKR_JSON_OBJECT:
        FUZZ_ASSERT(src[v->offset] == (v->type == VKR_JSON_ARRAY ? '[' : '{'));
        FUZZ_ASSERT(v->len == 0 || v->items != NULL);
        for (i = 0; i < v->len; i++) {
            const vkr_json *m = &v->items[i];
            if (v->type == VKR_JSON_OBJECT) {
                FUZZ_ASSERT(m->key != NULL && m->key[m->key_len] == 0);
                if (strlen(m->key) == m->key_len) FUZZ_ASSERT(vkr_json_get(v, m->key) != NULL);
            } else {
                FUZZ_ASSERT(vkr_json_at(v, i) == m);
            }
            check_value(m, src, size);
        }
        FUZZ_ASSERT(v->type != VKR_JSON_ARRAY || vkr_json_at(v, v->len) == NULL);
        break;
    }
}

static void write_tree(vkr_json_writer *w, const vkr_json *v) {
    size_t i;
    switch (v->type) {
    case VKR_JSON_NULL: vkr_json_write_null(w); break;
    case VKR_JSON_FALSE: vkr_json_write_bool(w, false); break;
    case VKR_JSON_TRUE: vkr_json_write_bool(w, true); break;
    case VKR_JSON_NUMBER:
        if (v->is_int) vkr_json_write_int(w, v->i64);
        else vkr_json_write_double(w, v->num);
        break;
    case VKR_JSON_STRING: vkr_json_write_string_n(w, v->str, v->len); break;
    case VKR_JSON_ARRAY:
        vkr_json_begin_array(w);
        for (i = 0; i < v->len; i++) write_tree(w, &v->items[i]);
        vkr_json_end_array(w);
        break;
    case VKR_JSON_OBJECT:
        vkr_json_begin_object(w);
        for (i = 0; i < v->len; i++) {
            /* vkr_json_key takes a C string: a key with a \u0000 is cut there */
            vkr_json_key(w, v->items[i].key);
            write_tree(w, &v->items[i]);
        }
        vkr_json_end_object(w);
        break;
    }
}

static int same_double(double a, double b) {
    if (isnan(a) && isnan(b)) return 1;
    return memcmp(&a, &b, sizeof a) == 0;
}

/* a: the original tree, b: the tree parsed from the writer's output. */
static void check_equal(const vkr_json *a, const vkr_json *b) {
    size_t i;
    if (a->type == VKR_JSON_NUMBER && !a->is_int && !isfinite(a->num)) {
        FUZZ_ASSERT(b->type == VKR_JSON_NULL); /* inf is written as null */
        return;
    }
    FUZZ_ASSERT(a->type == b->type);
    switch (a->type) {
    case VKR_JSON_NUMBER:
        if (a->is_int) {
            FUZZ_ASSERT(b->is_int && b->i64 == a->i64);
        } else {
            FUZZ_ASSERT(same_double(a->num, b->num));
        }
        break;
    case VKR_JSON_STRING:
        FUZZ_ASSERT(a->len == b->len && memcmp(a->str, b->str, a->len) == 0);
        break;
    case VKR_JSON_ARRAY:
    case VKR_JSON_OBJECT:
        FUZZ_ASSERT(a->len == b->len);
        for (i = 0; i < a->len; i++) {
            const vkr_json *x = &a->items[i], *y = &b->items[i];
            if (a->type == VKR_JSON_OBJECT) {
                size_t klen = strlen(x->key);
                FUZZ_ASSERT(y->key_len == klen && memcmp(x->key, y->key, klen) == 0);
            }
            check_equal(x, y);
        }
        break;
    default:
        break;
    }
}

static void roundtrip(const vkr_json *root, bool pretty) {
    vkr_json_writer w;
    const char *text = NULL;
    size_t len = 0;
    vkr_result r;
    int depth = depth_of(root);
    vkr_json_writer_init(&w, NULL);
    w.pretty = pretty;
    write_tree(&w, root);
    r = vkr_json_writer_result(&w, &text, &len);
    if (r != VKR_OK) {
        /* the writer has a fixed nesting stack (64 levels); shallower trees must work */
        FUZZ_ASSERT(depth > 32);
    } else {
        vkr_json_desc desc;
        vkr_json_doc *doc = NULL;
        memset(&desc, 0, sizeof desc);
        desc.max_depth = depth > 512 ? depth : 0;
        FUZZ_ASSERT(text != NULL && strlen(text) == len);
        FUZZ_ASSERT(vkr_json_parse(text, len, &desc, &doc) == VKR_OK);
        check_equal(root, vkr_json_root(doc));
        vkr_json_free(doc);
    }
    vkr_json_writer_free(&w);
}

static void parse_one(const uint8_t *data, size_t size, int32_t max_depth, bool pretty) {
    vkr_json_desc desc;
    vkr_json_doc *doc = NULL;
    vkr_result r;
    /* an exact-size copy so that ASan sees a read past the end */
    char *buf = (char *)malloc(size ? size : 1);
    if (!buf) return;
    if (size) memcpy(buf, data, size);
    memset(&desc, 0, sizeof desc);
    desc.max_depth = max_depth;
    desc.name = "fuzz";
    r = vkr_json_parse(buf, size, &desc, &doc);
    if (r == VKR_OK) {
        const vkr_json *root = vkr_json_root(doc);
        FUZZ_ASSERT(root != NULL);
        FUZZ_ASSERT(max_depth <= 0 || depth_of(root) <= max_depth);
        check_value(root, (const uint8_t *)buf, size);
        roundtrip(root, pretty);
        vkr_json_free(doc);
    } else {
        const char *m = vkr_last_error();
        FUZZ_ASSERT(doc == NULL || r == VKR_OK);
        FUZZ_ASSERT(r == VKR_ERR_JSON || r == VKR_ERR_LIMIT || r == VKR_ERR_OUT_OF_MEMORY);
        FUZZ_ASSERT(m != NULL && m[0] != 0);
    }
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    parse_one(data, size, 0, false);
    if (size > 0) parse_one(data + 1, size - 1, 1 + (data[0] & 15), (data[0] & 0x80) != 0);
    return 0;
}
