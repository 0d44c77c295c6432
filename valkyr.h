/* valkyr.h — LLM inference and fine-tuning on any Vulkan 1.3 GPU, in one C header.
   https://github.com/valkyr (Apache-2.0; see the end of this file)

   ==========================================================================
   1. WHAT THIS IS
   ==========================================================================
   valkyr loads transformer language models in the Hugging Face layout
   (config.json + *.safetensors + tokenizer.json), runs them on the CPU or on
   any GPU that speaks Vulkan 1.3, and fine-tunes them. Every GPU kernel has a
   plain-C twin that is its oracle, so the file doubles as a readable textbook
   of transformer internals.

   It is an stb-style single-file library. In exactly one C or C++ file:

       #define VALKYR_IMPLEMENTATION
       #include "valkyr.h"

   Everywhere else just #include "valkyr.h". The compiled shaders live in
   valkyr_shaders.h (generated, committed), which the implementation includes.
   Nothing else is needed: no Vulkan headers (the few declarations valkyr
   uses are inside, >>vkdecl), no -lvulkan (the Vulkan loader is opened at
   run time), only libc, libm, pthreads and libdl.

   What it does not do (yet): see README.md, "What works today". This file
   only documents what is implemented; a section appears here when it lands.

   ==========================================================================
   2. QUICK START
   ==========================================================================
       #define VALKYR_IMPLEMENTATION
       #include "valkyr.h"
       #include <stdio.h>

       static bool put(void *u, vkr_token id, const char *s, size_t n) {
           (void)u; (void)id;
           fwrite(s, 1, n, stdout);                 // text as it becomes final
           return true;                             // false would stop generating
       }

       int main(int argc, char **argv) {
           vkr_model *m; vkr_tok *t; vkr_session *s;
           vkr_generate_desc g = {0};
           if (argc < 2 || vkr_model_load(argv[1], NULL, &m) != VKR_OK ||   // dir or org/name
               vkr_tok_load(argv[1], NULL, &t) != VKR_OK || vkr_session_new(m, NULL, &s) != VKR_OK) {
               fprintf(stderr, "%s\n", vkr_last_error());   // names the file, tensor or field
               return 1;
           }
           vkr_session_append_text(s, t, "Once upon a time", 16, VKR_TOK_ADD_SPECIAL);
           g.max_tokens = 100;
           g.sampling.temperature = 0.8f;               // a zero desc is greedy
           g.sampling.seed = (uint64_t)vkr_time_ns();   // seed 0 is a fixed seed: the same story each run
           g.on_token = put;
           vkr_generate(s, t, &g, NULL);
           putchar('\n');
           vkr_session_free(s); vkr_tok_free(t); vkr_model_free(m);
           return 0;
       }

   ==========================================================================
   3. BUILD SWITCHES (define before including)
   ==========================================================================
   VALKYR_IMPLEMENTATION  compile the implementation in this translation unit
   VALKYR_STATIC          make every function static (private to one TU);
                          several TUs may then each hold their own copy
   VALKYR_API             override the declaration prefix (default extern)
   VALKYR_NO_VULKAN       leave out the Vulkan backend (CPU only)
   VALKYR_ASSERT(x)       override assert() (used for programmer errors only)

   ==========================================================================
   4. CONVENTIONS
   ==========================================================================
   - Public names are vkr_<module>_<verb>; internals are vkr__ / VKR__.
   - Every call that can fail returns vkr_result (VKR_OK = 0, errors < 0) and
     hands objects back through an out-parameter. vkr_last_error() gives a
     thread-local sentence that names the file, tensor or field at fault.
   - Create functions take a `const vkr_x_desc *`; NULL or an all-zero desc
     means defaults, documented beside each field.
   - Sizes are size_t / int64_t. Tokens are vkr_token (int32_t).
   - The library never prints to stdout and never exits: messages go to the
     logger hook (stderr when none is set). Allocation goes through the
     allocator hook (malloc when none is set). A child object inherits its
     parent's hooks.
   - Long work takes a progress callback that may cancel it (VKR_ERR_ABORTED).
   - No mutable globals: objects are independent and may be used from
     different threads (one thread per object at a time). The one exception:
     the auto backend remembers, process-wide and thread-safely, that it
     found no GPU, so it opens the Vulkan drivers once, not per session.

   ==========================================================================
   5. TABLE OF CONTENTS (grep the >>tag to find both API and implementation)
   ==========================================================================
   >>basics     results, errors, allocator, logger, progress, version
   >>platform   clock, file mapping, threads, mutexes, condition variables,
                atomics and the thread pool (implementation: POSIX / Win32)
   >>json       strict RFC 8259 parser and an escaping writer
   >>st         safetensors: single file and sharded, hardened parsing
   >>config     config.json -> vkr_config (families are data)
   >>model      model directory / HF cache id -> config + checked weights
   >>tok        tokenizer.json: encode, decode, streaming decode
   >>sample     logits → token: penalties, temperature, top-k/p, min-p
   >>cpu        CPU kernels (the readable reference) and their SIMD paths
   >>forward    text → logits: the op list (vkr__walk) and the CPU executor
                (each op's plain-C twin); start here to learn the model
   >>vulkan     the GPU backend: device, memory, the Vulkan executor (each op
                recorded as its kernel; shaders/README.md is the op table)
   >>vkdecl     the Vulkan declarations the backend uses (generated, prefixed)
   >>session    KV cache, prefill and decode, logits
   >>generate   the generation loop: stop tokens, stop strings, streaming
   >>chat       chat templates (a Jinja2 work-alike) and conversations
   >>lora       LoRA adapters (PEFT's format), merging, the safetensors writer
                and saving a model directory
   >>data       training data: JSONL text / messages / ids, packing, shuffling
   >>train      fine-tuning (full and LoRA): the tape, the backward twins,
                cross-entropy, AdamW / SGD, schedules, checkpoints
   >>unicode    Unicode 15.0 tables and the NFC/NFKC normalizer (generated by
                tools/gen_unicode.py; declarations in >>unicode-decl before >>tok)
   >>license    licence

   Sections still to come, in this order: Vulkan context and
   recorder · frame-sliced runner · quantization · probes.
*/
/* The implementation uses POSIX 2008 (mmap, clock_gettime, posix_memalign).
   Under a strict -std=c99/c11 the feature macro must come before any system
   header, so include valkyr.h first in the implementation file, or build with
   -D_POSIX_C_SOURCE=200809L (or -D_GNU_SOURCE). */
#if defined(VALKYR_IMPLEMENTATION) && !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE)
#  define _POSIX_C_SOURCE 200809L
#endif
#if defined(VALKYR_IMPLEMENTATION) && defined(__MINGW32__) && !defined(__USE_MINGW_ANSI_STDIO)
#  define __USE_MINGW_ANSI_STDIO 1   /* C99 printf formats (%zu, %lld) on MinGW */
#endif

#ifndef VALKYR_H
#define VALKYR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* >>basics ================================================================ */

#define VALKYR_VERSION_MAJOR 0
#define VALKYR_VERSION_MINOR 1
#define VALKYR_VERSION_PATCH 0
#define VALKYR_VERSION_STRING "0.1.0"

#ifndef VALKYR_API
#  if defined(VALKYR_STATIC)
#    if defined(__GNUC__) || defined(__clang__)
#      define VALKYR_API static __attribute__((unused))
#    else
#      define VALKYR_API static
#    endif
#  else
#    define VALKYR_API extern
#  endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef int32_t vkr_token;

/* Every fallible call returns one of these. Errors are negative and grouped:
   -1..-9 caller and environment, -10.. files, -20.. formats, -40.. GPU. */
typedef enum vkr_result {
    VKR_OK = 0,
    VKR_ERR_INVALID_ARGUMENT = -1,   /* a NULL or out-of-range argument */
    VKR_ERR_OUT_OF_MEMORY = -2,      /* host allocation failed */
    VKR_ERR_ABORTED = -3,            /* the progress callback said stop */
    VKR_ERR_LIMIT = -4,              /* a size or depth limit was exceeded */
    VKR_ERR_IO = -10,                /* a file could not be read or mapped */
    VKR_ERR_NOT_FOUND = -11,         /* no such file, model or tensor */
    VKR_ERR_JSON = -20,              /* malformed JSON */
    VKR_ERR_SAFETENSORS = -21,       /* malformed safetensors file */
    VKR_ERR_CONFIG = -22,            /* config.json missing a field or wrong */
    VKR_ERR_TENSOR = -23,            /* a weight is missing or has the wrong shape */
    VKR_ERR_UNSUPPORTED = -24,       /* valid input valkyr cannot use (family, dtype) */
    VKR_ERR_TOKENIZER = -25,         /* malformed tokenizer.json */
    VKR_ERR_VULKAN = -40,            /* a Vulkan call failed */
    VKR_ERR_NO_DEVICE = -41,         /* no Vulkan loader or no usable device */
    VKR_ERR_DEVICE_LOST = -42,
    VKR_ERR_OUT_OF_DEVICE_MEMORY = -43
} vkr_result;

/* A short constant name for a result ("VKR_ERR_TENSOR: bad or missing tensor"). */
VALKYR_API const char *vkr_result_str(vkr_result r);

/* The detail of the last error on this thread: a sentence that names the
   file, tensor or field ("model.safetensors: tensor model.norm.weight: ...").
   Valid until the next valkyr call on this thread; never NULL. */
VALKYR_API const char *vkr_last_error(void);

/* Allocator hook. alloc returns memory aligned to `align` (a power of two)
   or NULL; free receives the size that was asked for. Zero → malloc/free. */
typedef struct vkr_allocator {
    void *(*alloc)(void *user, size_t size, size_t align);
    void (*free)(void *user, void *ptr, size_t size);
    void *user;
} vkr_allocator;

typedef enum vkr_log_level {
    VKR_LOG_DEFAULT = 0,  /* as a threshold: VKR_LOG_WARN */
    VKR_LOG_ERROR = 1,
    VKR_LOG_WARN = 2,
    VKR_LOG_INFO = 3,
    VKR_LOG_DEBUG = 4
} vkr_log_level;

/* Logger hook. fn NULL → lines on stderr ("valkyr: warning: ..."). Messages
   less important than `level` (0 → VKR_LOG_WARN) are dropped. */
typedef struct vkr_logger {
    void (*fn)(void *user, vkr_log_level level, const char *msg);
    void *user;
    vkr_log_level level;
} vkr_logger;

/* Progress of long work: `what` names the stage ("mapping model-00001..."),
   done/total in the stage's unit (bytes, tensors, layers). Return false to
   cancel; the call then fails with VKR_ERR_ABORTED. */
typedef bool (*vkr_progress_fn)(void *user, const char *what, uint64_t done, uint64_t total);

/* The hooks every desc carries; a child object inherits its parent's. */
typedef struct vkr_hooks {
    vkr_allocator allocator;   /* zero → malloc / free */
    vkr_logger logger;         /* zero → stderr, warnings and errors */
    vkr_progress_fn progress;  /* NULL → no progress reports */
    void *progress_user;
} vkr_hooks;

/* >>platform ============================================================== */

/* Monotonic clock in nanoseconds (arbitrary origin). */
VALKYR_API int64_t vkr_time_ns(void);

/* >>json ================================================================== */
/* A strict RFC 8259 parser: UTF-8 is validated, \u escapes (with surrogate
   pairs) are decoded, depth is limited, integers are kept exactly, and
   duplicate object keys are kept in order (the caller decides). The whole
   tree lives in one document that owns it. */

typedef enum vkr_json_type {
    VKR_JSON_NULL = 0,
    VKR_JSON_FALSE,
    VKR_JSON_TRUE,
    VKR_JSON_NUMBER,
    VKR_JSON_STRING,
    VKR_JSON_ARRAY,
    VKR_JSON_OBJECT
} vkr_json_type;

typedef struct vkr_json vkr_json;
struct vkr_json {
    vkr_json_type type;
    bool is_int;          /* NUMBER: an integer literal that fits int64 exactly */
    size_t len;           /* STRING: bytes (a \u0000 may be inside); ARRAY/OBJECT: members */
    const char *str;      /* STRING: NUL-terminated UTF-8 */
    const char *key;      /* member of an OBJECT: its key (NUL-terminated) */
    size_t key_len;
    vkr_json *items;      /* ARRAY/OBJECT: `len` members, contiguous */
    double num;           /* NUMBER: the value (correctly rounded) */
    int64_t i64;          /* NUMBER with is_int: the exact value */
    size_t offset;        /* byte offset of the value in the source text */
};

typedef struct vkr_json_doc vkr_json_doc;

typedef struct vkr_json_desc {
    vkr_hooks hooks;
    const char *name;     /* named in error messages; NULL → "JSON" */
    int32_t max_depth;    /* nesting limit; 0 → 512; at most 4096 (the parser recurses) */
} vkr_json_desc;

/* Parses `len` bytes of `text` (need not be NUL-terminated) into *out, which
   the caller frees with vkr_json_free (*out is NULL on failure). Errors give
   the line, the column (in bytes) and the byte offset; nesting past the limit
   fails with VKR_ERR_LIMIT. Numbers are read in the "C" sense of '.' whatever
   the locale (the locale must not change during the call). A number whose
   magnitude overflows a double is an error; one that underflows becomes 0. */
VALKYR_API vkr_result vkr_json_parse(const char *text, size_t len, const vkr_json_desc *desc,
                                     vkr_json_doc **out);
VALKYR_API const vkr_json *vkr_json_root(const vkr_json_doc *doc);
VALKYR_API void vkr_json_free(vkr_json_doc *doc);

/* Lookup helpers; each returns NULL (or false) when the value is absent or of
   another type, so they chain safely. vkr_json_get returns the first member
   with that key. */
VALKYR_API const vkr_json *vkr_json_get(const vkr_json *obj, const char *key);
VALKYR_API const vkr_json *vkr_json_at(const vkr_json *arr, size_t i);
VALKYR_API const char *vkr_json_string(const vkr_json *v);                /* STRING → text */
VALKYR_API bool vkr_json_number(const vkr_json *v, double *out);          /* NUMBER → double */
VALKYR_API bool vkr_json_int(const vkr_json *v, int64_t *out);            /* integral NUMBER → int64 */
VALKYR_API bool vkr_json_bool(const vkr_json *v, bool *out);              /* TRUE/FALSE */

/* A JSON writer into a growing buffer. Commas and nesting (up to 64 levels)
   are handled; strings are escaped (", \\ and control characters: \n \r \t
   \b \f, the rest as \u00XX; each invalid UTF-8 byte becomes U+FFFD);
   doubles are written with the fewest digits that read back exactly; NaN and
   infinities are written as null (JSON has no such numbers). */
typedef struct vkr_json_writer {
    char *buf;
    size_t len, cap;
    vkr_allocator allocator;
    int32_t depth;
    bool pretty;          /* indent with two spaces */
    bool failed;          /* out of memory, or misuse (key outside an object...) */
    bool oom;             /* the failure was an allocation */
    uint8_t stack[64];    /* per level: 1 object, 2 array; bit 4: has members; bit 8: after key */
} vkr_json_writer;

VALKYR_API void vkr_json_writer_init(vkr_json_writer *w, const vkr_allocator *allocator);
VALKYR_API void vkr_json_writer_free(vkr_json_writer *w);
VALKYR_API void vkr_json_begin_object(vkr_json_writer *w);
VALKYR_API void vkr_json_end_object(vkr_json_writer *w);
VALKYR_API void vkr_json_begin_array(vkr_json_writer *w);
VALKYR_API void vkr_json_end_array(vkr_json_writer *w);
VALKYR_API void vkr_json_key(vkr_json_writer *w, const char *key);
VALKYR_API void vkr_json_key_n(vkr_json_writer *w, const char *key, size_t n);
VALKYR_API void vkr_json_write_string(vkr_json_writer *w, const char *s);
VALKYR_API void vkr_json_write_string_n(vkr_json_writer *w, const char *s, size_t n);
VALKYR_API void vkr_json_write_int(vkr_json_writer *w, int64_t v);
VALKYR_API void vkr_json_write_double(vkr_json_writer *w, double v);
VALKYR_API void vkr_json_write_bool(vkr_json_writer *w, bool v);
VALKYR_API void vkr_json_write_null(vkr_json_writer *w);
/* Writes a parsed value (and everything inside it) as it was. */
VALKYR_API void vkr_json_write_value(vkr_json_writer *w, const vkr_json *v);
/* The text so far (NUL-terminated) once every container is closed; fails
   with VKR_ERR_OUT_OF_MEMORY or VKR_ERR_INVALID_ARGUMENT (misuse). The text
   belongs to the writer. */
VALKYR_API vkr_result vkr_json_writer_result(vkr_json_writer *w, const char **text, size_t *len);

/* >>st ==================================================================== */
/* safetensors: an 8-byte little-endian header length N, N bytes of JSON
   {"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__"},
   then the data. Parsing is as strict as the reference implementation:
   header ≤ 100 MB and starting with '{', offsets contiguous, ordered, inside
   the file and covering it exactly, shape × dtype size checked for overflow
   and against the offsets, duplicate names rejected. Every dtype of the
   format is parsed; valkyr computes with F32, F16 and BF16 and refuses the
   others at use with a clear message. */

typedef enum vkr_dtype {
    VKR_DTYPE_INVALID = 0,
    VKR_DTYPE_F32, VKR_DTYPE_F16, VKR_DTYPE_BF16, VKR_DTYPE_F64,
    VKR_DTYPE_I64, VKR_DTYPE_I32, VKR_DTYPE_I16, VKR_DTYPE_I8,
    VKR_DTYPE_U64, VKR_DTYPE_U32, VKR_DTYPE_U16, VKR_DTYPE_U8,
    VKR_DTYPE_BOOL,
    VKR_DTYPE_F8_E4M3, VKR_DTYPE_F8_E5M2, VKR_DTYPE_F8_E8M0,
    VKR_DTYPE_F6_E2M3, VKR_DTYPE_F6_E3M2, VKR_DTYPE_F4,
    VKR_DTYPE_C64,
    VKR_DTYPE_COUNT
} vkr_dtype;

VALKYR_API const char *vkr_dtype_name(vkr_dtype t);        /* "BF16"; "?" if invalid */
VALKYR_API int32_t vkr_dtype_bits(vkr_dtype t);            /* bits per element */
VALKYR_API vkr_dtype vkr_dtype_from_name(const char *name); /* safetensors or torch name */

#define VKR_MAX_DIMS 8

typedef struct vkr_tensor {
    const char *name;
    vkr_dtype dtype;
    int32_t n_dims;
    int64_t shape[VKR_MAX_DIMS];
    int64_t n_elems;
    uint64_t n_bytes;
    const void *data;     /* inside the mapped file; aligned as the file aligns it */
    int32_t file;         /* index of the shard that holds it */
} vkr_tensor;

typedef struct vkr_st vkr_st;

typedef struct vkr_st_desc {
    vkr_hooks hooks;
    bool no_mmap;         /* read files into memory instead of mapping them */
} vkr_st_desc;

/* Opens a .safetensors file, a model.safetensors.index.json (sharded), or a
   directory holding either (else every *.safetensors in it). */
VALKYR_API vkr_result vkr_st_open(const char *path, const vkr_st_desc *desc, vkr_st **out);
/* Parses a safetensors image already in memory; `data` is borrowed and must
   outlive the set. `name` is used in messages. */
VALKYR_API vkr_result vkr_st_open_memory(const void *data, size_t size, const char *name,
                                         const vkr_st_desc *desc, vkr_st **out);
VALKYR_API void vkr_st_close(vkr_st *st);
VALKYR_API int64_t vkr_st_count(const vkr_st *st);                       /* tensors */
VALKYR_API const vkr_tensor *vkr_st_at(const vkr_st *st, int64_t i);     /* sorted by name */
VALKYR_API const vkr_tensor *vkr_st_find(const vkr_st *st, const char *name);
VALKYR_API int32_t vkr_st_file_count(const vkr_st *st);
VALKYR_API const char *vkr_st_file_path(const vkr_st *st, int32_t i);
/* A value of the first file's "__metadata__" map, or NULL. */
VALKYR_API const char *vkr_st_metadata(const vkr_st *st, const char *key);
/* Converts elements [first, first+count) of an F32/F16/BF16 tensor to f32.
   Other dtypes fail with VKR_ERR_UNSUPPORTED naming the tensor. */
VALKYR_API vkr_result vkr_tensor_read_f32(const vkr_tensor *t, int64_t first, int64_t count,
                                          float *dst);

/* bf16 / f16 <-> f32 conversions (round to nearest even). */
VALKYR_API float vkr_bf16_to_f32(uint16_t h);
VALKYR_API uint16_t vkr_f32_to_bf16(float f);
VALKYR_API float vkr_f16_to_f32(uint16_t h);
VALKYR_API uint16_t vkr_f32_to_f16(float f);

/* >>config ================================================================ */
/* A model family is data: config.json becomes a record of switches that the
   one forward pass reads. Both config layouts in use are read: the classic
   one of the Hub (rope_theta, rope_scaling, torch_dtype) and the one
   transformers 5 writes (rope_parameters, per layer type for Gemma 3;
   dtype). Missing fields get exactly transformers' defaults. */

typedef enum vkr_family {
    VKR_FAMILY_UNKNOWN = 0,
    VKR_FAMILY_LLAMA,      /* Llama 2, Llama 3.x, TinyLlama, SmolLM */
    VKR_FAMILY_MISTRAL,
    VKR_FAMILY_QWEN2,      /* q/k/v biases */
    VKR_FAMILY_QWEN3,      /* per-head q/k RMSNorm, explicit head_dim */
    VKR_FAMILY_GEMMA,      /* (1+w) norms, GeGLU, scaled embeddings */
    VKR_FAMILY_GEMMA2,     /* + sandwich norms, soft-capping, sliding window */
    VKR_FAMILY_GEMMA3,     /* + q/k norm, local/global RoPE */
    VKR_FAMILY_QWEN3_5,    /* hybrid: Gated DeltaNet + gated full attention */
    VKR_FAMILY_COUNT
} vkr_family;

VALKYR_API const char *vkr_family_name(vkr_family f);   /* "llama", "qwen3_5", ... */

typedef enum vkr_act {
    VKR_ACT_SILU = 0,      /* SwiGLU */
    VKR_ACT_GELU_TANH,     /* GeGLU, tanh approximation (gelu_pytorch_tanh) */
    VKR_ACT_GELU           /* GeGLU, exact erf */
} vkr_act;

typedef enum vkr_rope_type {
    VKR_ROPE_DEFAULT = 0,
    VKR_ROPE_LINEAR,
    VKR_ROPE_DYNAMIC,
    VKR_ROPE_YARN,
    VKR_ROPE_LONGROPE,
    VKR_ROPE_LLAMA3
} vkr_rope_type;

typedef struct vkr_rope {
    vkr_rope_type type;
    double theta;                   /* base frequency */
    double factor;                  /* linear / dynamic / yarn / llama3 scaling; 1 if none */
    double low_freq_factor;         /* llama3 */
    double high_freq_factor;        /* llama3 */
    int64_t original_max_position;  /* llama3 / yarn; 0 if none */
    double attention_factor;        /* yarn; 0 → derived from factor */
    double beta_fast, beta_slow;    /* yarn */
    double partial_rotary_factor;   /* fraction of head_dim that rotates (1 = all) */
    int64_t rotary_dim;             /* head_dim × partial_rotary_factor, even */
} vkr_rope;

typedef enum vkr_layer_kind {
    VKR_LAYER_FULL_ATTENTION = 0,
    VKR_LAYER_SLIDING_ATTENTION,    /* causal attention over the last sliding_window tokens */
    VKR_LAYER_LINEAR_ATTENTION      /* Gated DeltaNet (Qwen3.5) */
} vkr_layer_kind;

#define VKR_MAX_LAYERS 1024
#define VKR_MAX_EOS 8

typedef struct vkr_config {
    vkr_family family;
    char model_type[32];            /* as config.json names it ("gemma3_text") */
    char architecture[64];          /* architectures[0], or "" */
    char tensor_prefix[32];         /* "model." or "model.language_model." */
    int64_t vocab_size;
    int64_t hidden_size;            /* d */
    int64_t intermediate_size;      /* FFN width */
    int64_t n_layers;
    int64_t n_heads;                /* query heads */
    int64_t n_kv_heads;             /* key/value heads (GQA / MQA when < n_heads) */
    int64_t head_dim;
    int64_t max_position_embeddings;
    double rms_norm_eps;
    vkr_rope rope;                  /* full-attention layers */
    vkr_rope rope_local;            /* sliding-window layers (Gemma 3 has its own) */
    vkr_act act;
    vkr_dtype dtype;                /* torch_dtype / dtype; INVALID when absent */
    bool tie_word_embeddings;       /* LM head = embedding matrix */
    bool qkv_bias;                  /* q/k/v projections have biases */
    bool o_bias;                    /* o_proj has a bias */
    bool mlp_bias;                  /* gate/up/down have biases */
    bool qk_norm;                   /* per-head RMSNorm on q and k before RoPE */
    bool norm_plus_one;             /* RMSNorm gain is (1 + w) */
    bool sandwich_norm;             /* extra norms after attention and after the FFN */
    bool attn_output_gate;          /* q_proj also yields a gate: out *= sigmoid(gate) */
    double embed_scale;             /* embeddings × this (sqrt(d) for Gemma, else 1) */
    double attn_scale;              /* softmax scale (head_dim^-½ or query_pre_attn_scalar^-½) */
    double attn_logit_softcap;      /* 0 = off */
    double final_logit_softcap;     /* 0 = off */
    int64_t sliding_window;         /* tokens; 0 = none */
    uint8_t layer_kind[VKR_MAX_LAYERS]; /* vkr_layer_kind per layer */
    /* Gated DeltaNet layers (Qwen3.5) */
    int64_t linear_n_key_heads, linear_n_value_heads;
    int64_t linear_key_head_dim, linear_value_head_dim;
    int64_t linear_conv_kernel;
    /* special tokens from config.json; -1 when absent */
    int64_t bos_token_id;
    int64_t pad_token_id;
    int64_t eos_token_ids[VKR_MAX_EOS];
    int32_t n_eos;
} vkr_config;

/* Parses config.json text (`name` appears in messages). An unknown family is
   refused with a message that lists the supported ones. */
VALKYR_API vkr_result vkr_config_parse(const char *json, size_t len, const char *name,
                                       vkr_config *out);
/* Reads and parses a config.json file (or the one in a directory). */
VALKYR_API vkr_result vkr_config_load(const char *path, vkr_config *out);

/* >>model ================================================================= */
/* A model is a config plus its safetensors, every tensor the family needs
   checked (present, shape, dtype) before any compute. */

typedef struct vkr_layer_weights {
    const vkr_tensor *attn_norm;      /* [d]  input_layernorm */
    const vkr_tensor *q, *k, *v, *o;  /* [n_heads·hd (×2 with gate), d], [n_kv·hd, d] ×2, [d, n_heads·hd] */
    const vkr_tensor *q_bias, *k_bias, *v_bias, *o_bias;
    const vkr_tensor *q_norm, *k_norm;   /* [hd] per-head norms */
    const vkr_tensor *attn_post_norm; /* [d]  sandwich: after attention */
    const vkr_tensor *ffn_norm;       /* [d]  before the FFN */
    const vkr_tensor *ffn_post_norm;  /* [d]  sandwich: after the FFN */
    const vkr_tensor *gate, *up, *down;  /* [ff, d], [ff, d], [d, ff] */
    const vkr_tensor *gate_bias, *up_bias, *down_bias;
    /* Gated DeltaNet (linear attention) layers, Qwen3.5: loaded and checked,
       not run yet (sessions refuse such models; no op reads them, so the GPU
       never uploads them) */
    const vkr_tensor *in_qkv;         /* [2·Hk·dk + Hv·dv, d] */
    const vkr_tensor *in_z;           /* [Hv·dv, d] */
    const vkr_tensor *in_b, *in_a;    /* [Hv, d] */
    const vkr_tensor *conv1d;         /* [2·Hk·dk + Hv·dv, 1, kernel] */
    const vkr_tensor *dt_bias, *a_log;   /* [Hv] */
    const vkr_tensor *lin_norm;       /* [dv] */
    const vkr_tensor *out_proj;       /* [d, Hv·dv] */
} vkr_layer_weights;

typedef struct vkr_weights {
    const vkr_tensor *embed;          /* [vocab, d] */
    const vkr_tensor *final_norm;     /* [d] */
    const vkr_tensor *lm_head;        /* [vocab, d]; == embed when tied */
    vkr_layer_weights *layers;        /* n_layers */
} vkr_weights;

typedef struct vkr_model vkr_model;

typedef struct vkr_model_desc {
    vkr_hooks hooks;
    bool no_mmap;         /* read weights into memory instead of mapping them */
} vkr_model_desc;

/* Resolves a model argument to a directory: an existing path, or a Hugging
   Face id "org/name" looked up under $HF_HUB_CACHE, $HF_HOME/hub,
   $XDG_CACHE_HOME/huggingface/hub and ~/.cache/huggingface/hub (newest
   snapshot). Writes the directory into out[out_size]. */
VALKYR_API vkr_result vkr_model_resolve(const char *path_or_id, char *out, size_t out_size);
/* Loads config.json and the safetensors of a model directory (or HF id),
   checks every tensor the family needs and maps the weights. */
VALKYR_API vkr_result vkr_model_load(const char *path_or_id, const vkr_model_desc *desc,
                                     vkr_model **out);
VALKYR_API void vkr_model_free(vkr_model *m);
VALKYR_API const vkr_config *vkr_model_config(const vkr_model *m);
VALKYR_API const vkr_weights *vkr_model_weights(const vkr_model *m);
VALKYR_API const vkr_st *vkr_model_tensors(const vkr_model *m);
VALKYR_API const char *vkr_model_dir(const vkr_model *m);
/* Total elements of every tensor in the files. */
VALKYR_API int64_t vkr_model_param_count(const vkr_model *m);
/* Bytes of tensor data in the files. */
VALKYR_API uint64_t vkr_model_weight_bytes(const vkr_model *m);

/* What vkr_model_list found: one entry per model directory. */
typedef struct vkr_model_info {
    char id[512];             /* "org/name" for the HF cache, else the directory */
    char path[4096];          /* the directory (newest snapshot for the cache) */
    vkr_family family;        /* VKR_FAMILY_UNKNOWN when unsupported */
    char model_type[32];
    bool supported;           /* config parses and the family is known */
    char error[256];          /* why not, when !supported */
    int64_t n_params;         /* from the safetensors headers; -1 if unreadable */
    uint64_t n_bytes;         /* tensor data bytes; 0 if unreadable */
} vkr_model_info;

/* Lists the models in the Hugging Face cache (see vkr_model_resolve) and in
   `dirs` (each directory itself when it holds config.json, else its
   subdirectories that do), supported ones first, then by id. The caller
   frees *out with vkr_model_list_free. */
VALKYR_API vkr_result vkr_model_list(const char *const *dirs, int32_t n_dirs, bool no_hf_cache,
                                     vkr_model_info **out, int64_t *n_out);
VALKYR_API void vkr_model_list_free(vkr_model_info *list);

/* >>tok ==================================================================== */
/* Hugging Face tokenizer.json, with exact agreement with the `tokenizers`
   library: normalizers (NFC, NFKC, NFD, NFKD, Prepend, Replace, Strip,
   Lowercase, Sequence), pre-tokenizers (ByteLevel with or without its regex,
   Split with the GPT-2 / Llama-3 / Qwen patterns or a literal, Metaspace,
   Digits, Punctuation, Whitespace, WhitespaceSplit, Sequence), the BPE model
   (ranked merges, byte_fallback, ignore_merges, unk/fuse_unk, subword
   prefix/suffix), added tokens (special and normal, lstrip / rstrip /
   single_word / normalized, matched before the model), post-processors
   (TemplateProcessing, ByteLevel, Bert, Roberta, Sequence) and decoders
   (ByteLevel, Metaspace, ByteFallback, Fuse, Strip, Replace, Sequence).
   tokenizer_config.json beside it supplies bos/eos/pad, add_bos_token /
   add_eos_token (which override the post-processor's, as transformers does)
   and the chat template.

   Input text is UTF-8. Invalid UTF-8 is defined: each maximal invalid
   subsequence becomes U+FFFD before tokenizing (as Python's
   bytes.decode(errors="replace")), and nothing reads outside [text, text+len). */

typedef struct vkr_tok vkr_tok;

typedef struct vkr_tok_desc {
    vkr_hooks hooks;
} vkr_tok_desc;

enum {
    VKR_TOK_ADD_SPECIAL = 1,       /* encode: add BOS/EOS (HF add_special_tokens=True) */
    VKR_TOK_NO_PARSE_SPECIAL = 2,  /* encode: special-token text in the input is plain text */
    VKR_TOK_SKIP_SPECIAL = 4,      /* decode: leave special tokens out */
    VKR_TOK_CONTINUE = 8           /* decode: the ids continue earlier text, so the first piece keeps
                                      its leading space (no start-of-text Metaspace / Strip rule) */
};

/* Growing arrays that encode / decode append to. Zero-initialise; the first
   append records the allocator it grows with; free with the _free call. */
typedef struct vkr_tokens {
    vkr_token *ids;
    size_t n, cap;
    vkr_allocator allocator;
} vkr_tokens;
typedef struct vkr_text {
    char *text;           /* NUL-terminated once anything was appended */
    size_t len, cap;
    vkr_allocator allocator;
} vkr_text;
VALKYR_API void vkr_tokens_free(vkr_tokens *t);
VALKYR_API void vkr_text_free(vkr_text *t);

/* Loads a tokenizer from a model directory, a directory holding only the
   tokenizer files, or a tokenizer.json path (tokenizer_config.json is read
   from the same directory when present). Without tokenizer.json, or given a
   SentencePiece tokenizer.model path (BPE models, e.g. Mistral v0.1's
   tokenizer.model.v1), it reads that as transformers' converter does.
   Errors name the file and field. */
VALKYR_API vkr_result vkr_tok_load(const char *path, const vkr_tok_desc *desc, vkr_tok **out);
/* The same from text in memory; config_json may be NULL. */
VALKYR_API vkr_result vkr_tok_load_json(const char *json, size_t len, const char *config_json, size_t config_len,
                                        const char *name, const vkr_tok_desc *desc, vkr_tok **out);
VALKYR_API void vkr_tok_free(vkr_tok *tok);

/* Appends the ids of text[0, len) to *out (on failure nothing is appended).
   flags: VKR_TOK_ADD_SPECIAL, VKR_TOK_NO_PARSE_SPECIAL. A tokenizer may be
   used by several threads at once. */
VALKYR_API vkr_result vkr_tok_encode(const vkr_tok *tok, const char *text, size_t len, uint32_t flags,
                                     vkr_tokens *out);
/* Appends the text of ids[0, n) to *out (ids out of range are skipped, as
   HF does; on failure nothing is appended). flags: VKR_TOK_SKIP_SPECIAL. */
VALKYR_API vkr_result vkr_tok_decode(const vkr_tok *tok, const vkr_token *ids, size_t n, uint32_t flags,
                                     vkr_text *out);

/* Incremental decoding for streaming: push ids one at a time; each push
   appends the text that can no longer change (never a broken UTF-8
   sequence); flush appends the rest and starts the stream afresh. The
   concatenated output equals vkr_tok_decode of all the ids (with the same
   flags). With VKR_TOK_CONTINUE the output is what the ids add to a text
   that came before them: decoding ▁upon after "Once" gives " upon", where a
   fresh decode gives "upon" as the tokenizers library does. */
typedef struct vkr_tok_stream vkr_tok_stream;
VALKYR_API vkr_result vkr_tok_stream_new(const vkr_tok *tok, uint32_t flags, vkr_tok_stream **out);
VALKYR_API vkr_result vkr_tok_stream_push(vkr_tok_stream *s, vkr_token id, vkr_text *out);
VALKYR_API vkr_result vkr_tok_stream_flush(vkr_tok_stream *s, vkr_text *out);
VALKYR_API void vkr_tok_stream_free(vkr_tok_stream *s);

VALKYR_API int32_t vkr_tok_vocab_size(const vkr_tok *tok);              /* highest id + 1 */
VALKYR_API const char *vkr_tok_piece(const vkr_tok *tok, vkr_token id); /* vocab string or NULL */
VALKYR_API vkr_token vkr_tok_find(const vkr_tok *tok, const char *piece); /* id or -1 */
VALKYR_API bool vkr_tok_is_special(const vkr_tok *tok, vkr_token id);
VALKYR_API vkr_token vkr_tok_bos(const vkr_tok *tok);                   /* -1 when none */
VALKYR_API vkr_token vkr_tok_eos(const vkr_tok *tok);
VALKYR_API vkr_token vkr_tok_pad(const vkr_tok *tok);
VALKYR_API const char *vkr_tok_chat_template(const vkr_tok *tok);       /* NULL when none */

/* >>sample ================================================================= */
/* Turning logits into the next token. Order, as Hugging Face applies it:
   repetition / presence / frequency penalties → temperature → top-k →
   top-p → min-p → draw. Temperature 0 is greedy (argmax; ties → lowest id).

   Defaults: a zero desc is greedy, with no penalties. With a temperature,
   top-k / top-p / min-p stay off unless set (the CLI's gen sets 40 / 0.95 /
   0.05), and seed 0 is one fixed seed, not the clock: the same draws every
   run. For new text each run pass a seed that changes, e.g. vkr_time_ns()
   (the CLI and the server do when no seed is given). */

typedef struct vkr_sampler_desc {
    float temperature;          /* 0 → greedy */
    int32_t top_k;              /* keep the k most likely; 0 → off */
    float top_p;                /* keep the smallest set with mass ≥ p; 0 or 1 → off */
    float min_p;                /* drop tokens below min_p × the top probability; 0 → off */
    float repetition_penalty;   /* HF: logit/p if > 0 else logit·p, for seen tokens; 0 or 1 → off */
    float presence_penalty;     /* OpenAI: − p once for every seen token; 0 → off */
    float frequency_penalty;    /* OpenAI: − p × count; 0 → off */
    int32_t penalty_last_n;     /* how many recent tokens the penalties look at; 0 → 64; −1 → all */
    uint64_t seed;              /* the RNG seed; same seed, same draws; 0 → a fixed default (not the clock) */
    vkr_hooks hooks;            /* the allocator; zero → malloc (vkr_generate passes the session's) */
} vkr_sampler_desc;

typedef struct vkr_sampler vkr_sampler;

/* A sampler for logits of n_vocab entries (vkr_session_vocab_size); desc may
   be NULL (greedy). VKR_ERR_INVALID_ARGUMENT for out-of-range settings. Free
   with vkr_sampler_free. */
VALKYR_API vkr_result vkr_sampler_new(const vkr_sampler_desc *desc, int32_t n_vocab, vkr_sampler **out);
VALKYR_API void vkr_sampler_free(vkr_sampler *s);
/* Picks a token from logits[n_vocab]; `history` (may be NULL) is the context
   the penalties look at. The logits are not modified. */
VALKYR_API vkr_token vkr_sampler_sample(vkr_sampler *s, const float *logits, const vkr_token *history, size_t n_history);
/* The index of the largest value (the lowest index on ties). */
VALKYR_API vkr_token vkr_argmax(const float *logits, int32_t n);

/* >>cpu ==================================================================== */
/* The CPU backend computes the forward pass at once on host memory. Weights
   stay in the mapped file in their own precision (BF16 / F16 / F32) and are
   converted on the fly; activations and the KV cache are f32. Matrix
   products use AVX-512, AVX2+FMA or NEON when the CPU has them (picked at run
   time), and a portable C path otherwise, on a pool of threads. */

typedef enum vkr_backend {
    VKR_BACKEND_AUTO = 0,    /* Vulkan when a device is usable, else the CPU */
    VKR_BACKEND_CPU,
    VKR_BACKEND_VULKAN
} vkr_backend;

VALKYR_API const char *vkr_cpu_features(void);   /* "avx512", "avx2", "neon" or "portable" (+ "+bf16") */

/* How exactly activations meet the weights. */
typedef enum vkr_precision {
    /* BF16 weights meet BF16-rounded activations on CPUs with AVX512-BF16
       (twice the arithmetic rate; llama.cpp does the same), every row alike
       (CPU results stay batch- and thread-invariant); everything else is
       f32. Logits move by up to 3e-2 there (README, "Precision", has the
       measurements per backend). On a GPU, batches of
       more than 8 rows use the tiled (or fp16 cooperative-matrix) matmul and
       split attention by the batch's size, so a row's logits may differ in
       the last bits with the batch it shares. */
    VKR_PRECISION_FAST = 0,
    /* f32 activations everywhere: the oracle the parity tests hold to 1e-4.
       A row's logits are bit for bit the same whatever batch it shares and
       (CPU) whatever the thread count: on a GPU every batch size runs the
       same kernels (slower prefill than FAST). */
    VKR_PRECISION_F32
} vkr_precision;

/* >>vulkan ================================================================= */
/* The GPU backend: the same forward pass as Vulkan 1.3 compute dispatches
   (the shaders/ folder, embedded as SPIR-V in valkyr_shaders.h). The Vulkan loader
   (libvulkan.so.1, vulkan-1.dll, libvulkan.1.dylib) is opened at run time;
   valkyr calls Vulkan through a private function table and defines no vk*
   symbol, so it links beside -lvulkan or a host's own volk. The
   implementation needs the Vulkan headers: build with
   -Ithird_party/vulkan/include (bundled) or have them installed, or define
   VALKYR_NO_VULKAN.

   A vkr_gpu is one device and its queue. Sessions on it keep weights (in
   their file precision), the KV cache and activations in device memory; a
   session with no gpu given opens its own. A gpu and the sessions on it
   share its queue and pipelines: use them from one thread at a time.

   Kernels: one portable set that runs on every Vulkan 1.3 device with
   subgroup arithmetic (lavapipe included), plus fast paths picked at run
   time from what the device offers: today a cooperative-matrix prefill
   matmul (VK_NV_cooperative_matrix, fp16 inputs, fp32 sums; only in
   VKR_PRECISION_FAST). Environment: VALKYR_DEVICE=<index|name> picks the
   device, VALKYR_VALIDATION=1 the validation layer, VALKYR_NO_FAST_PATHS=1
   keeps to the portable kernels, VALKYR_PROFILE=1 times every kernel
   (vkr_session_gpu_profile). Failures come back as VKR_ERR_VULKAN,
   VKR_ERR_OUT_OF_DEVICE_MEMORY or VKR_ERR_DEVICE_LOST with a message, and
   everything can still be freed. */

typedef struct vkr_gpu_info {
    char name[256];
    char driver[256];
    int32_t index;               /* in the loader's list: VALKYR_DEVICE=<index> picks it */
    int32_t type;                /* VkPhysicalDeviceType: 1 integrated, 2 discrete, 3 virtual, 4 CPU (lavapipe) */
    uint32_t vendor_id, device_id, api_version;
    uint64_t device_local_bytes;
    uint64_t max_storage_buffer_range;
    uint32_t subgroup_size;
    bool fp16_arith, storage_16bit, subgroup_size_control, cooperative_matrix, timestamps;
    bool usable;                 /* Vulkan 1.3, a compute queue, subgroup arithmetic */
    bool fast_matmul;            /* (vkr_gpu_get_info) prefill uses the cooperative-matrix kernel */
    char why_not[128];           /* what is missing when not usable */
} vkr_gpu_info;

/* Lists the Vulkan devices: fills out[0, min(cap, *count)), *count = how many
   exist. VKR_ERR_NO_DEVICE when there is no loader. */
VALKYR_API vkr_result vkr_gpu_list(vkr_gpu_info *out, int32_t cap, int32_t *count);

typedef struct vkr_gpu vkr_gpu;

/* A host's own Vulkan objects for valkyr to run on (a game or app that has a
   device already): valkyr borrows them and never destroys them. Handles are
   passed as void * (dispatchable) and uint64_t (non-dispatchable) so this
   header needs no Vulkan header. The device must be Vulkan 1.3 and the queue
   family must support compute. valkyr submits to the queue only from calls
   the host makes (vkr_session_append and those built on it): the host must
   not use the queue from another thread meanwhile (Vulkan's external
   synchronisation rule). */
typedef struct vkr_gpu_attach {
    void *instance;                 /* VkInstance */
    void *physical_device;          /* VkPhysicalDevice */
    void *device;                   /* VkDevice */
    void *queue;                    /* VkQueue */
    uint32_t queue_family;
    uint64_t command_pool;          /* VkCommandPool of queue_family, created with RESET_COMMAND_BUFFER;
                                       0 → valkyr makes (and frees) its own */
    void *get_instance_proc_addr;   /* PFN_vkGetInstanceProcAddr; NULL → the loader's */
} vkr_gpu_attach;

typedef struct vkr_gpu_desc {
    vkr_hooks hooks;
    const vkr_gpu_attach *attach;   /* NULL → valkyr creates its own instance and device */
    /* an index or a piece of the name (case-insensitive); NULL → $VALKYR_DEVICE,
       else the first discrete GPU, then integrated, virtual, CPU devices */
    const char *device;
    bool no_cpu_devices;        /* never pick a CPU device by default (what the auto backend does) */
    bool validation;            /* the Khronos validation layer (when installed), messages to the
                                   logger; $VALKYR_VALIDATION=1 does the same */
} vkr_gpu_desc;

/* Opens a Vulkan device (or, with desc->attach, borrows the host's) for
   sessions to share; desc may be NULL. Errors: VKR_ERR_NO_DEVICE (no loader,
   no usable device, or a VALKYR_NO_VULKAN build), VKR_ERR_VULKAN with the
   failing call. Free with vkr_gpu_free after its sessions. */
VALKYR_API vkr_result vkr_gpu_new(const vkr_gpu_desc *desc, vkr_gpu **out);
/* Frees the device; free its sessions first. */
VALKYR_API void vkr_gpu_free(vkr_gpu *g);
VALKYR_API const vkr_gpu_info *vkr_gpu_get_info(const vkr_gpu *g);
/* Warnings and errors the validation layer has reported so far. */
VALKYR_API int64_t vkr_gpu_validation_messages(const vkr_gpu *g);

/* >>session ================================================================ */
/* A session is one conversation with a model: its KV cache, scratch and
   logits. Prompts are prefilled as a batch (matrix-matrix), generation runs
   one token at a time. Sessions of one model are independent. */

typedef struct vkr_session vkr_session;

typedef struct vkr_session_desc {
    vkr_hooks hooks;            /* zero → the model's */
    int64_t n_ctx;              /* KV cache size in tokens; 0 → min(the model's context, 4096) */
    int32_t n_threads;          /* CPU threads; 0 → one per logical CPU */
    int32_t n_batch;            /* prompt tokens per forward batch; 0 → 256 on the CPU, 512 on a GPU */
    vkr_backend backend;        /* 0 → auto: a Vulkan GPU when there is one (not a CPU device such as
                                   lavapipe), else the CPU (looked for once per process when there is
                                   none); VKR_BACKEND_VULKAN takes any Vulkan device */
    vkr_precision precision;    /* 0 → fast (see vkr_precision); on a GPU, fast lets prefill use fp16 tensor
                                   cores (cooperative matrices) where the device has them */
    vkr_gpu *gpu;               /* the device for the Vulkan backend (borrowed); NULL → the session opens its own */
} vkr_session_desc;

/* A session on model m (borrowed: it must outlive the session); desc may be
   NULL. Allocates the KV cache and scratch for n_ctx tokens, on the GPU for
   the Vulkan backend. Errors: VKR_ERR_UNSUPPORTED (an architecture or RoPE
   kind not implemented), VKR_ERR_OUT_OF_MEMORY, VKR_ERR_NO_DEVICE / VULKAN
   when VKR_BACKEND_VULKAN was asked for and cannot be had. */
VALKYR_API vkr_result vkr_session_new(const vkr_model *m, const vkr_session_desc *desc, vkr_session **out);
VALKYR_API void vkr_session_free(vkr_session *s);
/* Runs the model over ids[0, n), appending them to the context. Afterwards
   vkr_session_logits gives the logits after the last one. `all_logits`
   (NULL or n × vocab floats) receives the logits of every position. Fails
   with VKR_ERR_LIMIT (and changes nothing) when the context would overflow. */
VALKYR_API vkr_result vkr_session_append(vkr_session *s, const vkr_token *ids, size_t n, float *all_logits);
/* Encodes text with `tok` (flags as vkr_tok_encode) and appends it. */
VALKYR_API vkr_result vkr_session_append_text(vkr_session *s, const vkr_tok *tok, const char *text, size_t len,
                                              uint32_t flags);
/* Samples the next token from the current logits, appends it, returns it in *out. */
VALKYR_API vkr_result vkr_session_step(vkr_session *s, vkr_sampler *sampler, vkr_token *out);
VALKYR_API const float *vkr_session_logits(const vkr_session *s);   /* [vocab]; NULL before any append */
VALKYR_API int64_t vkr_session_n_past(const vkr_session *s);        /* tokens in the context */
VALKYR_API int64_t vkr_session_n_ctx(const vkr_session *s);
/* Entries in a logits row (the model's vocab_size): vkr_session_logits and
   each position of `all_logits`; what vkr_sampler_new wants. */
VALKYR_API int64_t vkr_session_vocab_size(const vkr_session *s);
VALKYR_API const vkr_token *vkr_session_tokens(const vkr_session *s); /* the context's ids */
/* Forgets every token after the first n_past (the KV cache is kept for them). */
VALKYR_API vkr_result vkr_session_rewind(vkr_session *s, int64_t n_past);
VALKYR_API const vkr_model *vkr_session_model(const vkr_session *s);
/* The host's recorder (Vulkan sessions): instead of submitting, records the
   forward pass of ids[0, n) into command_buffer (a VkCommandBuffer in the
   recording state, from a pool of the gpu's queue family), for the host to
   submit with its own work, e.g. inside its frame. After that submission has
   completed, vkr_session_record_done makes the tokens part of the context and
   their logits current. One recording may be outstanding per session; n must
   fit the batch size (n_batch). The token ids are captured at record time. */
VALKYR_API vkr_result vkr_session_record(vkr_session *s, void *command_buffer, const vkr_token *ids, size_t n);
VALKYR_API vkr_result vkr_session_record_done(vkr_session *s);
/* VKR_BACKEND_CPU or VKR_BACKEND_VULKAN: where this session runs. */
VALKYR_API vkr_backend vkr_session_backend(const vkr_session *s);
/* The device of a Vulkan session (NULL on the CPU). */
VALKYR_API const vkr_gpu_info *vkr_session_gpu(const vkr_session *s);
/* Of the last forward call on the GPU: compute dispatches recorded and GPU
   time from timestamp queries (0 when the device has none). */
VALKYR_API void vkr_session_gpu_stats(const vkr_session *s, int64_t *dispatches, double *gpu_seconds);
/* With $VALKYR_PROFILE=1 set when the session was made, the GPU time of each
   kernel per single-token step, averaged over the steps so far: writes up to
   cap (name, ms) pairs, returns how many. 0 when not profiling. */
VALKYR_API int32_t vkr_session_gpu_profile(const vkr_session *s, const char **names, double *ms, int32_t cap);

/* >>generate =============================================================== */

typedef enum vkr_stop_reason {
    VKR_STOP_NONE = 0,
    VKR_STOP_EOS,               /* a stop token (the model's EOS ids or the desc's) */
    VKR_STOP_STRING,            /* a stop string appeared; it is not in the output */
    VKR_STOP_LENGTH,            /* max_tokens reached */
    VKR_STOP_CONTEXT,           /* the KV cache is full */
    VKR_STOP_ABORTED            /* on_token returned false */
} vkr_stop_reason;

/* "none", "eos", "stop_string", "length", "context", "aborted" (static). */
VALKYR_API const char *vkr_stop_reason_str(vkr_stop_reason r);

typedef struct vkr_generate_desc {
    vkr_sampler_desc sampling;
    int64_t max_tokens;                  /* 0 → until a stop or the context is full */
    const vkr_token *stop_tokens;        /* stop on these too */
    int32_t n_stop_tokens;
    bool no_model_stops;                 /* do not stop on the model's EOS ids */
    const char *const *stop_strings;     /* stop when the text contains one */
    int32_t n_stop_strings;
    /* Called with each piece of text as it becomes final (never a broken
       UTF-8 sequence, never part of a stop string), and the token that
       produced it (or −1 for held-back text released at the end). Return
       false to stop. NULL → no callback. */
    bool (*on_token)(void *user, vkr_token id, const char *text, size_t len);
    void *user;
} vkr_generate_desc;

typedef struct vkr_generate_result {
    int64_t n_tokens;           /* tokens generated (the stop token included) */
    vkr_stop_reason stop;
    double seconds;             /* wall time of the whole call */
} vkr_generate_result;

/* Generates from the session's current state (append the prompt first).
   Stop tokens default to the model's EOS ids (config.json,
   generation_config.json and the tokenizer's). The streamed text continues
   the context's (a leading space is kept) unless the context ends in a
   special token such as BOS or a chat turn marker. */
VALKYR_API vkr_result vkr_generate(vkr_session *s, const vkr_tok *tok, const vkr_generate_desc *desc,
                                   vkr_generate_result *result);
/* The model's stop ids: config.json, generation_config.json and `tok` (may be
   NULL) together. Returns how many were written (at most cap). */
VALKYR_API int32_t vkr_model_stop_tokens(const vkr_model *m, const vkr_tok *tok, vkr_token *out, int32_t cap);

/* >>chat ================================================================== */
/* Chat templates: the Jinja2 subset that model chat templates use, with the
   semantics of jinja2 3.x as transformers configures it (sandboxed,
   trim_blocks, lstrip_blocks, loop controls, autoescape off; globals
   raise_exception(msg) and strftime_now(fmt) (UTC here); a tojson filter that
   is Python's json.dumps(x, ensure_ascii=False, indent=..., separators=...,
   sort_keys=...)). The template sees `messages`, `add_generation_prompt`,
   `bos_token`, `eos_token`, `tools` and `documents` (none, as transformers
   passes them when absent), plus the members of extra_json.

   Supported: {{ }}, {% %}, {# #} with -/+ whitespace control; if / elif /
   else, for (tuple targets, `if` filter, else, loop.*, loop.cycle), break /
   continue, set (name, tuple, ns.attr, block form with filters), macro (with
   defaults, keyword arguments, varargs / kwargs), filter blocks, raw,
   generation; Python-like expressions, tests, filters and str / dict / list
   methods (see the implementation for the lists). Not supported: extends,
   include, import, block, call, with, recursive loops and a few rarely used
   filters; these fail at parse time with VKR_ERR_UNSUPPORTED.

   Templates are untrusted input: parsing and rendering never crash; nesting,
   macro recursion, loop iterations (10 million), working memory (256 MiB)
   and output (64 MiB) are limited (VKR_ERR_LIMIT). A template may be
   rendered from several threads at once. */
typedef struct vkr_chat_message { const char *role; const char *content; } vkr_chat_message;
typedef struct vkr_chat_template vkr_chat_template;
typedef struct vkr_chat_template_desc {
    vkr_hooks hooks;
    const char *bos_token, *eos_token;   /* strings the template sees as bos_token / eos_token; NULL → "" */
} vkr_chat_template_desc;
/* Parses a Jinja chat template (len bytes of UTF-8); errors give line and
   column (VKR_ERR_INVALID_ARGUMENT for syntax, VKR_ERR_UNSUPPORTED for Jinja
   features valkyr lacks). Free with vkr_chat_template_free. */
VALKYR_API vkr_result vkr_chat_template_new(const char *source, size_t len, const vkr_chat_template_desc *desc,
                                            vkr_chat_template **out);
VALKYR_API void vkr_chat_template_free(vkr_chat_template *t);
typedef struct vkr_chat_render_desc {
    bool add_generation_prompt;
    const char *extra_json;   /* NULL or a JSON object whose members become template variables (e.g. {"enable_thinking": false, "tools": [...]}) */
} vkr_chat_render_desc;
/* Renders messages (a NULL content is none); appends to *out (nothing on
   failure). raise_exception(msg) in the template makes it fail with
   VKR_ERR_INVALID_ARGUMENT and the message; other template errors give the
   line. desc may be NULL. */
VALKYR_API vkr_result vkr_chat_render(const vkr_chat_template *t, const vkr_chat_message *msgs, size_t n,
                                      const vkr_chat_render_desc *desc, vkr_text *out);
/* The same with messages given as a JSON array of objects (any extra fields,
   e.g. tool_calls, reasoning_content, content as a list of
   {"type":"text","text":...} parts, are visible to the template). */
VALKYR_API vkr_result vkr_chat_render_json(const vkr_chat_template *t, const char *messages_json, size_t len,
                                           const vkr_chat_render_desc *desc, vkr_text *out);

/* Conversations on a session. Each turn renders the whole conversation with
   the template, tokenizes it as apply_chat_template(tokenize=True) does, and
   appends only what the KV cache lacks (the longest common prefix stays), so
   a multi-turn chat prefills just the new tokens. The stop token ends the
   assistant's turn; with the generic template, so do the strings "<|user|>",
   "<|assistant|>" and "<|system|>" (the next turn's marker).

   A conversation that outgrows the context: before a turn is prefilled, the
   oldest messages after a first system message are dropped, a user turn and
   its answers at a time, until the rendering leaves room to answer
   (max_tokens, at most half the context; a quarter of it when max_tokens is
   0 or for vkr_chat_prefill). When even the system message and the last user
   message do not fit, or with no_drop, the call fails with VKR_ERR_LIMIT and
   changes nothing: vkr_chat_pop or vkr_chat_reset makes it usable again. An
   answer cut by a full context ends with VKR_STOP_CONTEXT and is kept. */
typedef struct vkr_chat vkr_chat;

typedef struct vkr_chat_desc {
    vkr_hooks hooks;              /* zero → the session's */
    const char *system;           /* a system message first; NULL → none */
    const char *template_source;  /* NULL → the tokenizer's chat_template, else the family's
                                     format (ChatML, Gemma, Llama 3), else the generic one */
    const char *extra_json;       /* template variables, e.g. {"enable_thinking": false} */
    bool no_drop;                 /* fail with VKR_ERR_LIMIT instead of dropping the oldest turns */
} vkr_chat_desc;

/* The template a tokenizer (or, lacking one, its family) calls for;
   *generic (may be NULL) tells whether it fell back to the generic format:
   "<|role|>\ncontent\n" per message and "<|assistant|>\n" as the prompt. */
VALKYR_API vkr_result vkr_chat_template_for(const vkr_tok *tok, vkr_family family, vkr_chat_template **out, bool *generic);
VALKYR_API const char *vkr_chat_generic_template(void);

/* A conversation on session s (borrowed, as is tok; both must outlive it),
   with the template the desc names or the tokenizer's (desc may be NULL).
   The chat owns its messages; free it with vkr_chat_free. Errors: the
   template's parse errors, VKR_ERR_OUT_OF_MEMORY. */
VALKYR_API vkr_result vkr_chat_new(vkr_session *s, const vkr_tok *tok, const vkr_chat_desc *desc, vkr_chat **out);
VALKYR_API void vkr_chat_free(vkr_chat *c);
/* Appends a message (role and content are copied). */
VALKYR_API vkr_result vkr_chat_add(vkr_chat *c, const char *role, const char *content);
/* Removes the last message, e.g. a user message that did not fit. */
VALKYR_API void vkr_chat_pop(vkr_chat *c);
/* Prefills the conversation (with the generation prompt) into the session;
   *n_new (may be NULL) receives how many tokens had to be run. Drops the
   oldest turns when the context is too small (see above). */
VALKYR_API vkr_result vkr_chat_prefill(vkr_chat *c, int64_t *n_new);
/* Prefills, generates the assistant's answer (desc as for vkr_generate; its
   callback sees the text as it streams) and adds it to the conversation. */
VALKYR_API vkr_result vkr_chat_respond(vkr_chat *c, const vkr_generate_desc *desc, vkr_generate_result *result);
/* Forgets the messages (keeping a first system message when asked); the KV
   cache is reused where the next rendering still agrees with it. */
VALKYR_API void vkr_chat_reset(vkr_chat *c, bool keep_system);
VALKYR_API size_t vkr_chat_count(const vkr_chat *c);
VALKYR_API const char *vkr_chat_role(const vkr_chat *c, size_t i);
VALKYR_API const char *vkr_chat_content(const vkr_chat *c, size_t i);
VALKYR_API bool vkr_chat_uses_generic_template(const vkr_chat *c);
/* The conversation as the template renders it. */
VALKYR_API vkr_result vkr_chat_render_text(vkr_chat *c, bool add_generation_prompt, vkr_text *out);

/* >>lora ================================================================== */
/* LoRA adapters in PEFT's format: a directory with adapter_config.json and
   adapter_model.safetensors, tensors named as PEFT names them
   (base_model.model.model.layers.N.self_attn.q_proj.lora_A.weight, ...).
   An adapter adds scaling · B·A to a linear's weight W [out, in], with
   A [r, in], B [out, r], scaling = alpha / r (alpha / √r with rsLoRA).
   Adapters made by PEFT load too; PEFT features valkyr does not run (DoRA,
   modules_to_save, per-layer rank or alpha patterns, biases, fan_in_fan_out,
   layers_to_transform, embedding or LM-head targets) are refused with a
   message that names the field. Also here: the safetensors writer and
   vkr_model_save, which the trainer and `valkyr merge` write with. */

/* The linears an adapter can target: bit (1u << VKR_LORA_Q) ... of a target
   mask; also the index of a target in vkr_lora_a / vkr_lora_b. */
typedef enum vkr_lora_target {
    VKR_LORA_Q = 0, VKR_LORA_K, VKR_LORA_V, VKR_LORA_O,   /* self_attn.{q,k,v,o}_proj */
    VKR_LORA_GATE, VKR_LORA_UP, VKR_LORA_DOWN,             /* mlp.{gate,up,down}_proj */
    VKR_LORA_TARGETS
} vkr_lora_target;

typedef struct vkr_lora_config {
    int64_t rank;          /* r; 0 → none (full fine-tuning, for vkr_trainer_desc) */
    double alpha;          /* lora_alpha; 0 → 2 · rank */
    uint32_t targets;      /* mask of (1u << vkr_lora_target); 0 → PEFT's default for the family (q and v) */
    double dropout;        /* lora_dropout, on the adapter's input while training */
    bool rslora;           /* use_rslora: scaling = alpha / sqrt(rank) */
} vkr_lora_config;

/* PEFT's short names, "q_proj" ... "down_proj"; NULL past the end. */
VALKYR_API const char *vkr_lora_target_name(vkr_lora_target t);
/* scaling = alpha / rank, or alpha / sqrt(rank) with rslora (alpha 0 → 2 · rank). */
VALKYR_API double vkr_lora_scaling(const vkr_lora_config *c);

typedef struct vkr_lora vkr_lora;

/* Loads a PEFT adapter directory for model m (borrowed): each tensor checked
   against the model's shapes (unknown or missing ones are errors) and made
   f32. target_modules: a list of the names above or "all-linear"; no
   lora_alpha → PEFT's 8. Errors name the file, the field or the tensor. */
VALKYR_API vkr_result vkr_lora_load(const char *dir, const vkr_model *m, const vkr_hooks *hooks, vkr_lora **out);
VALKYR_API void vkr_lora_free(vkr_lora *l);
VALKYR_API const vkr_lora_config *vkr_lora_get_config(const vkr_lora *l);
/* A [rank, in] and B [out, rank] of one target of one layer (f32, owned by
   the adapter), or NULL when that linear is not targeted. */
VALKYR_API const float *vkr_lora_a(const vkr_lora *l, int64_t layer, vkr_lora_target t);
VALKYR_API const float *vkr_lora_b(const vkr_lora *l, int64_t layer, vkr_lora_target t);
/* Writes an adapter as PEFT does: adapter_config.json (base_model_name_or_path
   = the model's directory) and adapter_model.safetensors. a[l·VKR_LORA_TARGETS + t]
   and b[...] are the f32 A and B of each targeted linear (NULL elsewhere). */
VALKYR_API vkr_result vkr_lora_save(const char *dir, const vkr_model *m, const vkr_lora_config *c,
                                    const float *const *a, const float *const *b);
/* Merges an adapter into the model: W += scaling · B·A for every target, as
   an f32 copy the model owns (B·A and the sum in double, rounded once), so
   any backend runs the adapted model. Call it before creating sessions.
   Applying twice stacks (W + 2·scaling·B·A for the same adapter). */
VALKYR_API vkr_result vkr_model_apply_lora(vkr_model *m, const vkr_lora *l);

/* One tensor for vkr_st_write: data holds shape's elements in dtype. */
typedef struct vkr_st_entry {
    const char *name;
    vkr_dtype dtype;
    int32_t n_dims;
    int64_t shape[VKR_MAX_DIMS];
    const void *data;
} vkr_st_entry;
/* Writes a .safetensors file ("__metadata__" from meta[2·i] = key,
   meta[2·i + 1] = value; data ordered larger elements first, then by name, as
   the reference writer does, so each tensor is aligned) to path + ".tmp",
   renamed into place: a failure never leaves half a file. */
VALKYR_API vkr_result vkr_st_write(const char *path, const vkr_st_entry *t, int64_t n,
                                   const char *const *meta, int64_t n_meta);
/* Writes model m as a Hugging Face directory dir (created if needed): config
   and tokenizer files copied as they are, model.safetensors with every tensor
   of its files, taken from the weights table where that points elsewhere
   (merged or trained weights, matched by name), converted to dtype
   (VKR_DTYPE_INVALID → each file's; round to nearest even). A dir already
   holding other *.safetensors is refused (they would load too). */
VALKYR_API vkr_result vkr_model_save(const vkr_model *m, const char *dir, vkr_dtype dtype);

/* >>data ================================================================== */
/* Training data: a JSONL file whose lines are {"text": "..."} (loss on every
   token; the tokenizer's BOS before, EOS after), {"messages": [{"role",
   "content"}, ...]} (rendered with the chat template; loss only on each
   assistant message's content tokens and its end-of-turn token, found by
   rendering the conversation prefix by prefix) or {"ids": [...]}
   (pre-tokenized, taken as they are, loss on every token); or a plain .txt
   file (one document). Documents are cut into windows of seq tokens, packed
   (several per window, positions restarting and no attention or label
   across a boundary; a long document continues in the next window) or
   padded (one document per window). A bad line is reported through the
   logger with its line number and counted, never silently dropped. */

typedef enum vkr_data_layout {
    VKR_DATA_PACK = 0,    /* documents back to back; the last window padded */
    VKR_DATA_PAD          /* one document (or a piece of a long one) per window, padded */
} vkr_data_layout;

typedef struct vkr_dataset_desc {
    vkr_hooks hooks;
    int64_t seq;                             /* window length in tokens; 0 → 512 */
    vkr_data_layout layout;                  /* 0 → pack */
    const vkr_chat_template *chat_template;  /* for "messages"; NULL → the tokenizer's, else the generic one */
    vkr_family family;                       /* picks the template when the tokenizer has none */
    bool strict;                             /* a bad line fails the load instead of being skipped */
} vkr_dataset_desc;

typedef struct vkr_dataset_stats {
    int64_t lines;          /* non-empty input lines (1 for a .txt file) */
    int64_t documents;      /* used */
    int64_t bad_lines;      /* skipped, each reported with its line number */
    int64_t tokens;         /* tokens of the documents */
    int64_t loss_tokens;    /* of which carry a label */
    int64_t windows;
    int64_t pad_tokens;     /* padding added to fill windows */
} vkr_dataset_stats;

typedef struct vkr_dataset vkr_dataset;

/* Loads and tokenizes a data file with tok (borrowed, only during the call). */
VALKYR_API vkr_result vkr_dataset_load(const char *path, const vkr_tok *tok, const vkr_dataset_desc *desc, vkr_dataset **out);
VALKYR_API void vkr_dataset_free(vkr_dataset *d);
VALKYR_API const vkr_dataset_stats *vkr_dataset_get_stats(const vkr_dataset *d);
VALKYR_API int64_t vkr_dataset_seq(const vkr_dataset *d);
VALKYR_API int64_t vkr_dataset_windows(const vkr_dataset *d);
/* Window i as one row of a vkr_train_batch: ids, labels and doc, seq each,
   owned by the dataset. */
VALKYR_API vkr_result vkr_dataset_window(const vkr_dataset *d, int64_t i, const vkr_token **ids,
                                         const vkr_token **labels, const int32_t **doc);
/* Moves a fraction of the windows (chosen by seed) into a new dataset *eval. */
VALKYR_API vkr_result vkr_dataset_split(vkr_dataset *d, double fraction, uint64_t seed, vkr_dataset **eval);
/* The order windows are visited in epoch `epoch`: a permutation of
   [0, windows) made from seed and epoch only (perm has windows entries). */
VALKYR_API void vkr_dataset_order(const vkr_dataset *d, uint64_t seed, int64_t epoch, int64_t *perm);

/* >>train ================================================================= */
/* Fine-tuning, full (every parameter, f32 master weights) or LoRA (the base
   frozen in its file precision, only the adapter trained). The forward pass
   is the inference op list (vkr__walk) run on a tape that keeps what each
   op read; the backward pass is each op's backward twin, walked in reverse.
   The loss is transformers': a row of T tokens is its own label, shifted
   inside (T − 1 predictions), mean over every predicted token of one
   optimizer step, token-weighted across micro-batches. Optimizers follow
   PyTorch (AdamW with decoupled weight decay and bias correction; SGD with
   momentum) and the schedules follow transformers' get_*_schedule_with_warmup.
   CPU only for now (the GPU trainer is next). */

#define VKR_IGNORE_INDEX (-100)   /* a label that takes no loss (any negative label does) */

/* micro-batch: rows windows of seq tokens. */
typedef struct vkr_train_batch {
    int64_t rows, seq;
    const vkr_token *ids;      /* [rows · seq] */
    const vkr_token *labels;   /* [rows · seq] unshifted, as transformers takes them: position t is scored on
                                  labels[t + 1]; negative → no loss; NULL → ids */
    const int32_t *doc;        /* [rows · seq] the document of each token, non-decreasing along a row: positions
                                  restart at each new document and no attention or label crosses one; NULL → one
                                  document per row */
} vkr_train_batch;

typedef enum vkr_optimizer { VKR_OPTIMIZER_ADAMW = 0, VKR_OPTIMIZER_SGD } vkr_optimizer;
typedef enum vkr_schedule {
    VKR_SCHEDULE_COSINE = 0,   /* linear warm-up, then cosine decay to 0 at total_steps */
    VKR_SCHEDULE_LINEAR,       /* linear warm-up, then linear decay to 0 at total_steps */
    VKR_SCHEDULE_CONSTANT      /* linear warm-up, then constant */
} vkr_schedule;

typedef struct vkr_trainer_desc {
    vkr_hooks hooks;              /* zero → the model's */
    vkr_lora_config lora;         /* lora.rank > 0 → LoRA; 0 → full fine-tuning */
    const char *init_lora;        /* start LoRA from this adapter directory (PEFT-made too); implies LoRA and
                                     takes the adapter's rank, alpha, targets and rsLoRA */
    double lora_plus_ratio;       /* LoRA+: B's learning rate is lr × this; 0 → 1 */
    vkr_optimizer optimizer;      /* 0 → AdamW */
    double lr;                    /* peak learning rate; 0 → 2e-4 (LoRA) or 2e-5 (full) */
    double weight_decay;          /* decoupled (AdamW) or L2 (SGD); 0 → none */
    double beta1, beta2, eps;     /* AdamW; 0 → 0.9, 0.999, 1e-8 */
    double momentum;              /* SGD; 0 → none */
    double clip;                  /* global gradient-norm clip; 0 → none */
    vkr_schedule schedule;        /* 0 → cosine */
    int64_t warmup_steps;
    int64_t total_steps;          /* for the decay; 0 → constant after warm-up */
    bool decay_norms_and_biases;  /* weight decay on 1-D parameters too (default: matrices only) */
    uint64_t seed;                /* LoRA initialisation and dropout */
    int32_t n_threads;            /* 0 → one per logical CPU */
} vkr_trainer_desc;

/* What one optimizer step did. */
typedef struct vkr_train_stats {
    int64_t step;          /* steps done, this one included */
    double loss;           /* mean loss over the step's predicted tokens, before the update */
    int64_t tokens;        /* predicted (scored) tokens in the step */
    int64_t tokens_seen;   /* input tokens in the step */
    double grad_norm;      /* global gradient norm before clipping */
    double lr;             /* the learning rate the update used */
    double seconds;        /* wall time of the step */
} vkr_train_stats;

typedef struct vkr_trainer vkr_trainer;

/* A trainer for model m (borrowed; it must outlive the trainer). Full
   fine-tuning copies every parameter to f32; LoRA keeps the base as it is.
   Refuses families or features it cannot train yet with VKR_ERR_UNSUPPORTED. */
VALKYR_API vkr_result vkr_trainer_new(const vkr_model *m, const vkr_trainer_desc *desc, vkr_trainer **out);
VALKYR_API void vkr_trainer_free(vkr_trainer *t);
/* One optimizer step over n micro-batches (gradient accumulation): forward,
   backward, clip, update. stats may be NULL. */
VALKYR_API vkr_result vkr_trainer_step(vkr_trainer *t, const vkr_train_batch *micro, int64_t n, vkr_train_stats *stats);
/* The mean loss over the predicted tokens of n batches, without training;
   *tokens (may be NULL) receives their count. */
VALKYR_API vkr_result vkr_trainer_eval(vkr_trainer *t, const vkr_train_batch *b, int64_t n, double *loss, int64_t *tokens);
/* Writes the trained model: LoRA → a PEFT adapter directory; full → a
   Hugging Face model directory in the source dtype. */
VALKYR_API vkr_result vkr_trainer_save(vkr_trainer *t, const char *dir);
/* A checkpoint: parameters, optimizer state, step and RNG state, plus an
   opaque blob of the caller's (e.g. where its data loader stands). Resuming
   continues bit for bit as if never stopped. */
VALKYR_API vkr_result vkr_trainer_save_checkpoint(vkr_trainer *t, const char *dir, const void *user, size_t user_len);
/* Loads a checkpoint written by a trainer of the same model and kind; the
   caller's blob comes back in *user (free it with vkr_trainer_free_blob). */
VALKYR_API vkr_result vkr_trainer_load_checkpoint(vkr_trainer *t, const char *dir, void **user, size_t *user_len);
VALKYR_API void vkr_trainer_free_blob(vkr_trainer *t, void *blob, size_t len);
VALKYR_API int64_t vkr_trainer_steps(const vkr_trainer *t);        /* optimizer steps done */
VALKYR_API int64_t vkr_trainer_trainable(const vkr_trainer *t);    /* trainable parameters */
VALKYR_API bool vkr_trainer_is_lora(const vkr_trainer *t);
/* The learning rate of step `step` (0-based) under the desc's schedule. */
VALKYR_API double vkr_trainer_lr_at(const vkr_trainer *t, int64_t step);

#ifdef __cplusplus
}
#endif
#endif /* VALKYR_H */

/* ======================================================================== */
/*                            IMPLEMENTATION                                */
/* ======================================================================== */
#ifdef VALKYR_IMPLEMENTATION
#ifndef VALKYR_IMPLEMENTATION_DONE
#define VALKYR_IMPLEMENTATION_DONE

#ifndef VALKYR_NO_VULKAN
#  include "valkyr_shaders.h"   /* the Vulkan declarations are in >>vkdecl below: no Vulkan headers needed */
#endif

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef _WIN32
#  ifndef WIN32_LEAN_AND_MEAN
#    define WIN32_LEAN_AND_MEAN
#  endif
#  include <windows.h>
#  include <malloc.h>
#else
#  include <dirent.h>
#  include <fcntl.h>
#  include <pthread.h>
#  include <sched.h>
#  include <sys/mman.h>
#  include <sys/stat.h>
#  include <unistd.h>
#endif

#ifndef VALKYR_ASSERT
#  include <assert.h>
#  define VALKYR_ASSERT(x) assert(x)
#endif

#if defined(__MINGW32__)
#  define VKR__UNUSED __attribute__((unused))
#  define VKR__PRINTF(a, b) __attribute__((format(__MINGW_PRINTF_FORMAT, a, b)))
#elif defined(__GNUC__) || defined(__clang__)
#  define VKR__UNUSED __attribute__((unused))
#  define VKR__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define VKR__UNUSED
#  define VKR__PRINTF(a, b)
#endif
/* Every internal function is static and may go unused in a given build. */
#define VKR__FN static VKR__UNUSED

#if defined(__cplusplus)
#  define VKR__THREAD_LOCAL thread_local
#elif defined(_MSC_VER)
#  define VKR__THREAD_LOCAL __declspec(thread)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__STDC_NO_THREADS__)
#  define VKR__THREAD_LOCAL _Thread_local
#else
#  define VKR__THREAD_LOCAL __thread
#endif

#define VKR__MIN(a, b) ((a) < (b) ? (a) : (b))
#define VKR__MAX(a, b) ((a) > (b) ? (a) : (b))
#define VKR__COUNT(a) (sizeof(a) / sizeof((a)[0]))

#ifndef VALKYR_NO_VULKAN
/* >>vkdecl (generated by tools/gen_vkdecl.py from the bundled Vulkan-Headers, VK_HEADER_VERSION 309; `make vkdecl` rewrites it) ===== */
/* The Vulkan declarations the implementation uses, so that valkyr.h needs no
   Vulkan headers. Each name is declared with the prefix vkr__ and the code's
   plain names (VkBuffer, VK_SUCCESS, ...) are macros for the prefixed ones
   until the end of the implementation (>>vkdecl-undef), so a vulkan.h or
   volk.h included before or after valkyr.h never meets a second declaration.
   From vulkan_core.h and vk_platform.h: Copyright 2015-2025 The Khronos
   Group Inc., SPDX-License-Identifier: Apache-2.0. */
#if defined(_WIN32)
#  define vkr__VKAPI_ATTR
#  define vkr__VKAPI_CALL __stdcall
#  define vkr__VKAPI_PTR vkr__VKAPI_CALL
#elif defined(__ANDROID__) && defined(__ARM_ARCH) && __ARM_ARCH >= 7 && defined(__ARM_32BIT_STATE)
#  define vkr__VKAPI_ATTR __attribute__((pcs("aapcs-vfp")))
#  define vkr__VKAPI_CALL
#  define vkr__VKAPI_PTR vkr__VKAPI_ATTR
#else
#  define vkr__VKAPI_ATTR
#  define vkr__VKAPI_CALL
#  define vkr__VKAPI_PTR
#endif
#if defined(__LP64__) || defined(_WIN64) || (defined(__x86_64__) && !defined(__ILP32__)) || defined(_M_X64) || defined(__ia64) || defined(_M_IA64) || defined(__aarch64__) || defined(__powerpc64__) || (defined(__riscv) && __riscv_xlen == 64)
#  define vkr__VK_USE_64_BIT_PTR_DEFINES 1
#  if (defined(__cplusplus) && __cplusplus >= 201103L) || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L)
#    define vkr__VK_NULL_HANDLE nullptr
#  else
#    define vkr__VK_NULL_HANDLE ((void *)0)
#  endif
#  define vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(object) typedef struct object##_T *object;
#else
#  define vkr__VK_USE_64_BIT_PTR_DEFINES 0
#  define vkr__VK_NULL_HANDLE 0ULL
#  define vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(object) typedef uint64_t object;
#endif
#define vkr__VK_DEFINE_HANDLE(object) typedef struct object##_T *object;
#ifdef __cplusplus
extern "C" {
#endif
#define vkr__VK_MAKE_API_VERSION(variant, major, minor, patch) ((((uint32_t)(variant)) << 29U) | (((uint32_t)(major)) << 22U) | (((uint32_t)(minor)) << 12U) | ((uint32_t)(patch)))
#define vkr__VK_API_VERSION_1_0 vkr__VK_MAKE_API_VERSION(0, 1, 0, 0)
#define vkr__VK_API_VERSION_MAJOR(version) (((uint32_t)(version) >> 22U) & 0x7FU)
#define vkr__VK_API_VERSION_MINOR(version) (((uint32_t)(version) >> 12U) & 0x3FFU)
typedef uint32_t vkr__VkBool32;
typedef uint64_t vkr__VkDeviceSize;
typedef uint32_t vkr__VkFlags;
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkBuffer)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkImage)
vkr__VK_DEFINE_HANDLE(vkr__VkInstance)
vkr__VK_DEFINE_HANDLE(vkr__VkPhysicalDevice)
vkr__VK_DEFINE_HANDLE(vkr__VkDevice)
vkr__VK_DEFINE_HANDLE(vkr__VkQueue)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkSemaphore)
vkr__VK_DEFINE_HANDLE(vkr__VkCommandBuffer)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkFence)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkDeviceMemory)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkQueryPool)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkBufferView)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkImageView)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkShaderModule)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkPipelineCache)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkPipelineLayout)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkPipeline)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkRenderPass)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkDescriptorSetLayout)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkSampler)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkDescriptorSet)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkDescriptorPool)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkFramebuffer)
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkCommandPool)
#define vkr__VK_FALSE 0U
#define vkr__VK_TRUE 1U
#define vkr__VK_WHOLE_SIZE (~0ULL)
#define vkr__VK_MAX_MEMORY_TYPES 32U
#define vkr__VK_MAX_PHYSICAL_DEVICE_NAME_SIZE 256U
#define vkr__VK_UUID_SIZE 16U
#define vkr__VK_MAX_EXTENSION_NAME_SIZE 256U
#define vkr__VK_MAX_DESCRIPTION_SIZE 256U
#define vkr__VK_MAX_MEMORY_HEAPS 16U
typedef enum vkr__VkResult {
    vkr__VK_SUCCESS = 0,
    vkr__VK_TIMEOUT = 2,
    vkr__VK_ERROR_OUT_OF_HOST_MEMORY = -1,
    vkr__VK_ERROR_OUT_OF_DEVICE_MEMORY = -2,
    vkr__VK_ERROR_INITIALIZATION_FAILED = -3,
    vkr__VK_ERROR_DEVICE_LOST = -4,
    vkr__VK_ERROR_LAYER_NOT_PRESENT = -6,
    vkr__VK_ERROR_EXTENSION_NOT_PRESENT = -7,
    vkr__VK_ERROR_FEATURE_NOT_PRESENT = -8,
    vkr__VK_ERROR_INCOMPATIBLE_DRIVER = -9,
    vkr__VK_ERROR_TOO_MANY_OBJECTS = -10,
    vkr__VK_ERROR_OUT_OF_POOL_MEMORY = -1000069000,
    vkr__VkResult_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkResult;
typedef enum vkr__VkStructureType {
    vkr__VK_STRUCTURE_TYPE_APPLICATION_INFO = 0,
    vkr__VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO = 1,
    vkr__VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO = 2,
    vkr__VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO = 3,
    vkr__VK_STRUCTURE_TYPE_SUBMIT_INFO = 4,
    vkr__VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO = 5,
    vkr__VK_STRUCTURE_TYPE_FENCE_CREATE_INFO = 8,
    vkr__VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO = 11,
    vkr__VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO = 12,
    vkr__VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO = 16,
    vkr__VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO = 18,
    vkr__VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO = 29,
    vkr__VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO = 30,
    vkr__VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO = 32,
    vkr__VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO = 33,
    vkr__VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO = 34,
    vkr__VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET = 35,
    vkr__VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO = 39,
    vkr__VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO = 40,
    vkr__VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO = 42,
    vkr__VK_STRUCTURE_TYPE_MEMORY_BARRIER = 46,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES = 1000094000,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2 = 1000059000,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 = 1000059001,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES = 49,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES = 51,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES = 1000196000,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES = 53,
    vkr__VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT = 1000128004,
    vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_NV = 1000249000,
    vkr__VK_STRUCTURE_TYPE_COOPERATIVE_MATRIX_PROPERTIES_NV = 1000249001,
    vkr__VkStructureType_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkStructureType;
typedef enum vkr__VkImageLayout {
    vkr__VkImageLayout_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkImageLayout;
typedef enum vkr__VkObjectType {
    vkr__VkObjectType_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkObjectType;
typedef enum vkr__VkSystemAllocationScope {
    vkr__VkSystemAllocationScope_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkSystemAllocationScope;
typedef enum vkr__VkInternalAllocationType {
    vkr__VkInternalAllocationType_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkInternalAllocationType;
typedef enum vkr__VkPhysicalDeviceType {
    vkr__VK_PHYSICAL_DEVICE_TYPE_CPU = 4,
    vkr__VkPhysicalDeviceType_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkPhysicalDeviceType;
typedef enum vkr__VkQueryType {
    vkr__VK_QUERY_TYPE_TIMESTAMP = 2,
    vkr__VkQueryType_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkQueryType;
typedef enum vkr__VkSharingMode {
    vkr__VK_SHARING_MODE_EXCLUSIVE = 0,
    vkr__VkSharingMode_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkSharingMode;
typedef enum vkr__VkDescriptorType {
    vkr__VK_DESCRIPTOR_TYPE_STORAGE_BUFFER = 7,
    vkr__VkDescriptorType_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkDescriptorType;
typedef enum vkr__VkPipelineBindPoint {
    vkr__VK_PIPELINE_BIND_POINT_COMPUTE = 1,
    vkr__VkPipelineBindPoint_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkPipelineBindPoint;
typedef enum vkr__VkCommandBufferLevel {
    vkr__VK_COMMAND_BUFFER_LEVEL_PRIMARY = 0,
    vkr__VkCommandBufferLevel_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkCommandBufferLevel;
typedef enum vkr__VkAccessFlagBits {
    vkr__VK_ACCESS_SHADER_READ_BIT = 0x00000020,
    vkr__VK_ACCESS_SHADER_WRITE_BIT = 0x00000040,
    vkr__VK_ACCESS_TRANSFER_WRITE_BIT = 0x00001000,
    vkr__VK_ACCESS_HOST_READ_BIT = 0x00002000,
    vkr__VkAccessFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkAccessFlagBits;
typedef vkr__VkFlags vkr__VkAccessFlags;
typedef vkr__VkFlags vkr__VkImageAspectFlags;
typedef vkr__VkFlags vkr__VkSampleCountFlags;
typedef vkr__VkFlags vkr__VkInstanceCreateFlags;
typedef enum vkr__VkMemoryHeapFlagBits {
    vkr__VK_MEMORY_HEAP_DEVICE_LOCAL_BIT = 0x00000001,
    vkr__VkMemoryHeapFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkMemoryHeapFlagBits;
typedef vkr__VkFlags vkr__VkMemoryHeapFlags;
typedef enum vkr__VkMemoryPropertyFlagBits {
    vkr__VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT = 0x00000001,
    vkr__VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT = 0x00000002,
    vkr__VK_MEMORY_PROPERTY_HOST_COHERENT_BIT = 0x00000004,
    vkr__VK_MEMORY_PROPERTY_HOST_CACHED_BIT = 0x00000008,
    vkr__VkMemoryPropertyFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkMemoryPropertyFlagBits;
typedef vkr__VkFlags vkr__VkMemoryPropertyFlags;
typedef enum vkr__VkQueueFlagBits {
    vkr__VK_QUEUE_COMPUTE_BIT = 0x00000002,
    vkr__VkQueueFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkQueueFlagBits;
typedef vkr__VkFlags vkr__VkQueueFlags;
typedef vkr__VkFlags vkr__VkDeviceCreateFlags;
typedef vkr__VkFlags vkr__VkDeviceQueueCreateFlags;
typedef enum vkr__VkPipelineStageFlagBits {
    vkr__VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT = 0x00000001,
    vkr__VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT = 0x00000800,
    vkr__VK_PIPELINE_STAGE_TRANSFER_BIT = 0x00001000,
    vkr__VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT = 0x00002000,
    vkr__VK_PIPELINE_STAGE_HOST_BIT = 0x00004000,
    vkr__VkPipelineStageFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkPipelineStageFlagBits;
typedef vkr__VkFlags vkr__VkPipelineStageFlags;
typedef vkr__VkFlags vkr__VkMemoryMapFlags;
typedef vkr__VkFlags vkr__VkFenceCreateFlags;
typedef vkr__VkFlags vkr__VkQueryPipelineStatisticFlags;
typedef vkr__VkFlags vkr__VkQueryPoolCreateFlags;
typedef enum vkr__VkQueryResultFlagBits {
    vkr__VK_QUERY_RESULT_64_BIT = 0x00000001,
    vkr__VkQueryResultFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkQueryResultFlagBits;
typedef vkr__VkFlags vkr__VkQueryResultFlags;
typedef vkr__VkFlags vkr__VkBufferCreateFlags;
typedef enum vkr__VkBufferUsageFlagBits {
    vkr__VK_BUFFER_USAGE_TRANSFER_SRC_BIT = 0x00000001,
    vkr__VK_BUFFER_USAGE_TRANSFER_DST_BIT = 0x00000002,
    vkr__VK_BUFFER_USAGE_STORAGE_BUFFER_BIT = 0x00000020,
    vkr__VkBufferUsageFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkBufferUsageFlagBits;
typedef vkr__VkFlags vkr__VkBufferUsageFlags;
typedef vkr__VkFlags vkr__VkShaderModuleCreateFlags;
typedef vkr__VkFlags vkr__VkPipelineCreateFlags;
typedef vkr__VkFlags vkr__VkPipelineShaderStageCreateFlags;
typedef enum vkr__VkShaderStageFlagBits {
    vkr__VK_SHADER_STAGE_COMPUTE_BIT = 0x00000020,
    vkr__VkShaderStageFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkShaderStageFlagBits;
typedef vkr__VkFlags vkr__VkPipelineLayoutCreateFlags;
typedef vkr__VkFlags vkr__VkShaderStageFlags;
typedef vkr__VkFlags vkr__VkDescriptorPoolCreateFlags;
typedef vkr__VkFlags vkr__VkDescriptorPoolResetFlags;
typedef vkr__VkFlags vkr__VkDescriptorSetLayoutCreateFlags;
typedef vkr__VkFlags vkr__VkDependencyFlags;
typedef enum vkr__VkCommandPoolCreateFlagBits {
    vkr__VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT = 0x00000002,
    vkr__VkCommandPoolCreateFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkCommandPoolCreateFlagBits;
typedef vkr__VkFlags vkr__VkCommandPoolCreateFlags;
typedef enum vkr__VkCommandBufferUsageFlagBits {
    vkr__VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT = 0x00000001,
    vkr__VkCommandBufferUsageFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkCommandBufferUsageFlagBits;
typedef vkr__VkFlags vkr__VkCommandBufferUsageFlags;
typedef vkr__VkFlags vkr__VkQueryControlFlags;
typedef struct vkr__VkExtent3D {
    uint32_t width;
    uint32_t height;
    uint32_t depth;
} vkr__VkExtent3D;
typedef struct vkr__VkBufferMemoryBarrier {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkAccessFlags srcAccessMask;
    vkr__VkAccessFlags dstAccessMask;
    uint32_t srcQueueFamilyIndex;
    uint32_t dstQueueFamilyIndex;
    vkr__VkBuffer buffer;
    vkr__VkDeviceSize offset;
    vkr__VkDeviceSize size;
} vkr__VkBufferMemoryBarrier;
typedef struct vkr__VkImageSubresourceRange {
    vkr__VkImageAspectFlags aspectMask;
    uint32_t baseMipLevel;
    uint32_t levelCount;
    uint32_t baseArrayLayer;
    uint32_t layerCount;
} vkr__VkImageSubresourceRange;
typedef struct vkr__VkImageMemoryBarrier {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkAccessFlags srcAccessMask;
    vkr__VkAccessFlags dstAccessMask;
    vkr__VkImageLayout oldLayout;
    vkr__VkImageLayout newLayout;
    uint32_t srcQueueFamilyIndex;
    uint32_t dstQueueFamilyIndex;
    vkr__VkImage image;
    vkr__VkImageSubresourceRange subresourceRange;
} vkr__VkImageMemoryBarrier;
typedef struct vkr__VkMemoryBarrier {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkAccessFlags srcAccessMask;
    vkr__VkAccessFlags dstAccessMask;
} vkr__VkMemoryBarrier;
typedef void* (vkr__VKAPI_PTR *vkr__PFN_vkAllocationFunction)(void* pUserData, size_t size, size_t alignment, vkr__VkSystemAllocationScope allocationScope);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkFreeFunction)(void* pUserData, void* pMemory);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkInternalAllocationNotification)(void* pUserData, size_t size, vkr__VkInternalAllocationType allocationType, vkr__VkSystemAllocationScope allocationScope);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkInternalFreeNotification)(void* pUserData, size_t size, vkr__VkInternalAllocationType allocationType, vkr__VkSystemAllocationScope allocationScope);
typedef void* (vkr__VKAPI_PTR *vkr__PFN_vkReallocationFunction)(void* pUserData, void* pOriginal, size_t size, size_t alignment, vkr__VkSystemAllocationScope allocationScope);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkVoidFunction)(void);
typedef struct vkr__VkAllocationCallbacks {
    void* pUserData;
    vkr__PFN_vkAllocationFunction pfnAllocation;
    vkr__PFN_vkReallocationFunction pfnReallocation;
    vkr__PFN_vkFreeFunction pfnFree;
    vkr__PFN_vkInternalAllocationNotification pfnInternalAllocation;
    vkr__PFN_vkInternalFreeNotification pfnInternalFree;
} vkr__VkAllocationCallbacks;
typedef struct vkr__VkApplicationInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    const char* pApplicationName;
    uint32_t applicationVersion;
    const char* pEngineName;
    uint32_t engineVersion;
    uint32_t apiVersion;
} vkr__VkApplicationInfo;
typedef struct vkr__VkInstanceCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkInstanceCreateFlags flags;
    const vkr__VkApplicationInfo* pApplicationInfo;
    uint32_t enabledLayerCount;
    const char* const* ppEnabledLayerNames;
    uint32_t enabledExtensionCount;
    const char* const* ppEnabledExtensionNames;
} vkr__VkInstanceCreateInfo;
typedef struct vkr__VkMemoryHeap {
    vkr__VkDeviceSize size;
    vkr__VkMemoryHeapFlags flags;
} vkr__VkMemoryHeap;
typedef struct vkr__VkMemoryType {
    vkr__VkMemoryPropertyFlags propertyFlags;
    uint32_t heapIndex;
} vkr__VkMemoryType;
typedef struct vkr__VkPhysicalDeviceFeatures {
    vkr__VkBool32 robustBufferAccess;
    vkr__VkBool32 fullDrawIndexUint32;
    vkr__VkBool32 imageCubeArray;
    vkr__VkBool32 independentBlend;
    vkr__VkBool32 geometryShader;
    vkr__VkBool32 tessellationShader;
    vkr__VkBool32 sampleRateShading;
    vkr__VkBool32 dualSrcBlend;
    vkr__VkBool32 logicOp;
    vkr__VkBool32 multiDrawIndirect;
    vkr__VkBool32 drawIndirectFirstInstance;
    vkr__VkBool32 depthClamp;
    vkr__VkBool32 depthBiasClamp;
    vkr__VkBool32 fillModeNonSolid;
    vkr__VkBool32 depthBounds;
    vkr__VkBool32 wideLines;
    vkr__VkBool32 largePoints;
    vkr__VkBool32 alphaToOne;
    vkr__VkBool32 multiViewport;
    vkr__VkBool32 samplerAnisotropy;
    vkr__VkBool32 textureCompressionETC2;
    vkr__VkBool32 textureCompressionASTC_LDR;
    vkr__VkBool32 textureCompressionBC;
    vkr__VkBool32 occlusionQueryPrecise;
    vkr__VkBool32 pipelineStatisticsQuery;
    vkr__VkBool32 vertexPipelineStoresAndAtomics;
    vkr__VkBool32 fragmentStoresAndAtomics;
    vkr__VkBool32 shaderTessellationAndGeometryPointSize;
    vkr__VkBool32 shaderImageGatherExtended;
    vkr__VkBool32 shaderStorageImageExtendedFormats;
    vkr__VkBool32 shaderStorageImageMultisample;
    vkr__VkBool32 shaderStorageImageReadWithoutFormat;
    vkr__VkBool32 shaderStorageImageWriteWithoutFormat;
    vkr__VkBool32 shaderUniformBufferArrayDynamicIndexing;
    vkr__VkBool32 shaderSampledImageArrayDynamicIndexing;
    vkr__VkBool32 shaderStorageBufferArrayDynamicIndexing;
    vkr__VkBool32 shaderStorageImageArrayDynamicIndexing;
    vkr__VkBool32 shaderClipDistance;
    vkr__VkBool32 shaderCullDistance;
    vkr__VkBool32 shaderFloat64;
    vkr__VkBool32 shaderInt64;
    vkr__VkBool32 shaderInt16;
    vkr__VkBool32 shaderResourceResidency;
    vkr__VkBool32 shaderResourceMinLod;
    vkr__VkBool32 sparseBinding;
    vkr__VkBool32 sparseResidencyBuffer;
    vkr__VkBool32 sparseResidencyImage2D;
    vkr__VkBool32 sparseResidencyImage3D;
    vkr__VkBool32 sparseResidency2Samples;
    vkr__VkBool32 sparseResidency4Samples;
    vkr__VkBool32 sparseResidency8Samples;
    vkr__VkBool32 sparseResidency16Samples;
    vkr__VkBool32 sparseResidencyAliased;
    vkr__VkBool32 variableMultisampleRate;
    vkr__VkBool32 inheritedQueries;
} vkr__VkPhysicalDeviceFeatures;
typedef struct vkr__VkPhysicalDeviceLimits {
    uint32_t maxImageDimension1D;
    uint32_t maxImageDimension2D;
    uint32_t maxImageDimension3D;
    uint32_t maxImageDimensionCube;
    uint32_t maxImageArrayLayers;
    uint32_t maxTexelBufferElements;
    uint32_t maxUniformBufferRange;
    uint32_t maxStorageBufferRange;
    uint32_t maxPushConstantsSize;
    uint32_t maxMemoryAllocationCount;
    uint32_t maxSamplerAllocationCount;
    vkr__VkDeviceSize bufferImageGranularity;
    vkr__VkDeviceSize sparseAddressSpaceSize;
    uint32_t maxBoundDescriptorSets;
    uint32_t maxPerStageDescriptorSamplers;
    uint32_t maxPerStageDescriptorUniformBuffers;
    uint32_t maxPerStageDescriptorStorageBuffers;
    uint32_t maxPerStageDescriptorSampledImages;
    uint32_t maxPerStageDescriptorStorageImages;
    uint32_t maxPerStageDescriptorInputAttachments;
    uint32_t maxPerStageResources;
    uint32_t maxDescriptorSetSamplers;
    uint32_t maxDescriptorSetUniformBuffers;
    uint32_t maxDescriptorSetUniformBuffersDynamic;
    uint32_t maxDescriptorSetStorageBuffers;
    uint32_t maxDescriptorSetStorageBuffersDynamic;
    uint32_t maxDescriptorSetSampledImages;
    uint32_t maxDescriptorSetStorageImages;
    uint32_t maxDescriptorSetInputAttachments;
    uint32_t maxVertexInputAttributes;
    uint32_t maxVertexInputBindings;
    uint32_t maxVertexInputAttributeOffset;
    uint32_t maxVertexInputBindingStride;
    uint32_t maxVertexOutputComponents;
    uint32_t maxTessellationGenerationLevel;
    uint32_t maxTessellationPatchSize;
    uint32_t maxTessellationControlPerVertexInputComponents;
    uint32_t maxTessellationControlPerVertexOutputComponents;
    uint32_t maxTessellationControlPerPatchOutputComponents;
    uint32_t maxTessellationControlTotalOutputComponents;
    uint32_t maxTessellationEvaluationInputComponents;
    uint32_t maxTessellationEvaluationOutputComponents;
    uint32_t maxGeometryShaderInvocations;
    uint32_t maxGeometryInputComponents;
    uint32_t maxGeometryOutputComponents;
    uint32_t maxGeometryOutputVertices;
    uint32_t maxGeometryTotalOutputComponents;
    uint32_t maxFragmentInputComponents;
    uint32_t maxFragmentOutputAttachments;
    uint32_t maxFragmentDualSrcAttachments;
    uint32_t maxFragmentCombinedOutputResources;
    uint32_t maxComputeSharedMemorySize;
    uint32_t maxComputeWorkGroupCount[3];
    uint32_t maxComputeWorkGroupInvocations;
    uint32_t maxComputeWorkGroupSize[3];
    uint32_t subPixelPrecisionBits;
    uint32_t subTexelPrecisionBits;
    uint32_t mipmapPrecisionBits;
    uint32_t maxDrawIndexedIndexValue;
    uint32_t maxDrawIndirectCount;
    float maxSamplerLodBias;
    float maxSamplerAnisotropy;
    uint32_t maxViewports;
    uint32_t maxViewportDimensions[2];
    float viewportBoundsRange[2];
    uint32_t viewportSubPixelBits;
    size_t minMemoryMapAlignment;
    vkr__VkDeviceSize minTexelBufferOffsetAlignment;
    vkr__VkDeviceSize minUniformBufferOffsetAlignment;
    vkr__VkDeviceSize minStorageBufferOffsetAlignment;
    int32_t minTexelOffset;
    uint32_t maxTexelOffset;
    int32_t minTexelGatherOffset;
    uint32_t maxTexelGatherOffset;
    float minInterpolationOffset;
    float maxInterpolationOffset;
    uint32_t subPixelInterpolationOffsetBits;
    uint32_t maxFramebufferWidth;
    uint32_t maxFramebufferHeight;
    uint32_t maxFramebufferLayers;
    vkr__VkSampleCountFlags framebufferColorSampleCounts;
    vkr__VkSampleCountFlags framebufferDepthSampleCounts;
    vkr__VkSampleCountFlags framebufferStencilSampleCounts;
    vkr__VkSampleCountFlags framebufferNoAttachmentsSampleCounts;
    uint32_t maxColorAttachments;
    vkr__VkSampleCountFlags sampledImageColorSampleCounts;
    vkr__VkSampleCountFlags sampledImageIntegerSampleCounts;
    vkr__VkSampleCountFlags sampledImageDepthSampleCounts;
    vkr__VkSampleCountFlags sampledImageStencilSampleCounts;
    vkr__VkSampleCountFlags storageImageSampleCounts;
    uint32_t maxSampleMaskWords;
    vkr__VkBool32 timestampComputeAndGraphics;
    float timestampPeriod;
    uint32_t maxClipDistances;
    uint32_t maxCullDistances;
    uint32_t maxCombinedClipAndCullDistances;
    uint32_t discreteQueuePriorities;
    float pointSizeRange[2];
    float lineWidthRange[2];
    float pointSizeGranularity;
    float lineWidthGranularity;
    vkr__VkBool32 strictLines;
    vkr__VkBool32 standardSampleLocations;
    vkr__VkDeviceSize optimalBufferCopyOffsetAlignment;
    vkr__VkDeviceSize optimalBufferCopyRowPitchAlignment;
    vkr__VkDeviceSize nonCoherentAtomSize;
} vkr__VkPhysicalDeviceLimits;
typedef struct vkr__VkPhysicalDeviceMemoryProperties {
    uint32_t memoryTypeCount;
    vkr__VkMemoryType memoryTypes[vkr__VK_MAX_MEMORY_TYPES];
    uint32_t memoryHeapCount;
    vkr__VkMemoryHeap memoryHeaps[vkr__VK_MAX_MEMORY_HEAPS];
} vkr__VkPhysicalDeviceMemoryProperties;
typedef struct vkr__VkPhysicalDeviceSparseProperties {
    vkr__VkBool32 residencyStandard2DBlockShape;
    vkr__VkBool32 residencyStandard2DMultisampleBlockShape;
    vkr__VkBool32 residencyStandard3DBlockShape;
    vkr__VkBool32 residencyAlignedMipSize;
    vkr__VkBool32 residencyNonResidentStrict;
} vkr__VkPhysicalDeviceSparseProperties;
typedef struct vkr__VkPhysicalDeviceProperties {
    uint32_t apiVersion;
    uint32_t driverVersion;
    uint32_t vendorID;
    uint32_t deviceID;
    vkr__VkPhysicalDeviceType deviceType;
    char deviceName[vkr__VK_MAX_PHYSICAL_DEVICE_NAME_SIZE];
    uint8_t pipelineCacheUUID[vkr__VK_UUID_SIZE];
    vkr__VkPhysicalDeviceLimits limits;
    vkr__VkPhysicalDeviceSparseProperties sparseProperties;
} vkr__VkPhysicalDeviceProperties;
typedef struct vkr__VkQueueFamilyProperties {
    vkr__VkQueueFlags queueFlags;
    uint32_t queueCount;
    uint32_t timestampValidBits;
    vkr__VkExtent3D minImageTransferGranularity;
} vkr__VkQueueFamilyProperties;
typedef struct vkr__VkDeviceQueueCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDeviceQueueCreateFlags flags;
    uint32_t queueFamilyIndex;
    uint32_t queueCount;
    const float* pQueuePriorities;
} vkr__VkDeviceQueueCreateInfo;
typedef struct vkr__VkDeviceCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDeviceCreateFlags flags;
    uint32_t queueCreateInfoCount;
    const vkr__VkDeviceQueueCreateInfo* pQueueCreateInfos;
    uint32_t enabledLayerCount;
    const char* const* ppEnabledLayerNames;
    uint32_t enabledExtensionCount;
    const char* const* ppEnabledExtensionNames;
    const vkr__VkPhysicalDeviceFeatures* pEnabledFeatures;
} vkr__VkDeviceCreateInfo;
typedef struct vkr__VkExtensionProperties {
    char extensionName[vkr__VK_MAX_EXTENSION_NAME_SIZE];
    uint32_t specVersion;
} vkr__VkExtensionProperties;
typedef struct vkr__VkLayerProperties {
    char layerName[vkr__VK_MAX_EXTENSION_NAME_SIZE];
    uint32_t specVersion;
    uint32_t implementationVersion;
    char description[vkr__VK_MAX_DESCRIPTION_SIZE];
} vkr__VkLayerProperties;
typedef struct vkr__VkSubmitInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    uint32_t waitSemaphoreCount;
    const vkr__VkSemaphore* pWaitSemaphores;
    const vkr__VkPipelineStageFlags* pWaitDstStageMask;
    uint32_t commandBufferCount;
    const vkr__VkCommandBuffer* pCommandBuffers;
    uint32_t signalSemaphoreCount;
    const vkr__VkSemaphore* pSignalSemaphores;
} vkr__VkSubmitInfo;
typedef struct vkr__VkMappedMemoryRange {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDeviceMemory memory;
    vkr__VkDeviceSize offset;
    vkr__VkDeviceSize size;
} vkr__VkMappedMemoryRange;
typedef struct vkr__VkMemoryAllocateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDeviceSize allocationSize;
    uint32_t memoryTypeIndex;
} vkr__VkMemoryAllocateInfo;
typedef struct vkr__VkMemoryRequirements {
    vkr__VkDeviceSize size;
    vkr__VkDeviceSize alignment;
    uint32_t memoryTypeBits;
} vkr__VkMemoryRequirements;
typedef struct vkr__VkFenceCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkFenceCreateFlags flags;
} vkr__VkFenceCreateInfo;
typedef struct vkr__VkQueryPoolCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkQueryPoolCreateFlags flags;
    vkr__VkQueryType queryType;
    uint32_t queryCount;
    vkr__VkQueryPipelineStatisticFlags pipelineStatistics;
} vkr__VkQueryPoolCreateInfo;
typedef struct vkr__VkBufferCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkBufferCreateFlags flags;
    vkr__VkDeviceSize size;
    vkr__VkBufferUsageFlags usage;
    vkr__VkSharingMode sharingMode;
    uint32_t queueFamilyIndexCount;
    const uint32_t* pQueueFamilyIndices;
} vkr__VkBufferCreateInfo;
typedef struct vkr__VkShaderModuleCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkShaderModuleCreateFlags flags;
    size_t codeSize;
    const uint32_t* pCode;
} vkr__VkShaderModuleCreateInfo;
typedef struct vkr__VkSpecializationMapEntry {
    uint32_t constantID;
    uint32_t offset;
    size_t size;
} vkr__VkSpecializationMapEntry;
typedef struct vkr__VkSpecializationInfo {
    uint32_t mapEntryCount;
    const vkr__VkSpecializationMapEntry* pMapEntries;
    size_t dataSize;
    const void* pData;
} vkr__VkSpecializationInfo;
typedef struct vkr__VkPipelineShaderStageCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkPipelineShaderStageCreateFlags flags;
    vkr__VkShaderStageFlagBits stage;
    vkr__VkShaderModule module;
    const char* pName;
    const vkr__VkSpecializationInfo* pSpecializationInfo;
} vkr__VkPipelineShaderStageCreateInfo;
typedef struct vkr__VkComputePipelineCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkPipelineCreateFlags flags;
    vkr__VkPipelineShaderStageCreateInfo stage;
    vkr__VkPipelineLayout layout;
    vkr__VkPipeline basePipelineHandle;
    int32_t basePipelineIndex;
} vkr__VkComputePipelineCreateInfo;
typedef struct vkr__VkPushConstantRange {
    vkr__VkShaderStageFlags stageFlags;
    uint32_t offset;
    uint32_t size;
} vkr__VkPushConstantRange;
typedef struct vkr__VkPipelineLayoutCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkPipelineLayoutCreateFlags flags;
    uint32_t setLayoutCount;
    const vkr__VkDescriptorSetLayout* pSetLayouts;
    uint32_t pushConstantRangeCount;
    const vkr__VkPushConstantRange* pPushConstantRanges;
} vkr__VkPipelineLayoutCreateInfo;
typedef struct vkr__VkCopyDescriptorSet {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDescriptorSet srcSet;
    uint32_t srcBinding;
    uint32_t srcArrayElement;
    vkr__VkDescriptorSet dstSet;
    uint32_t dstBinding;
    uint32_t dstArrayElement;
    uint32_t descriptorCount;
} vkr__VkCopyDescriptorSet;
typedef struct vkr__VkDescriptorBufferInfo {
    vkr__VkBuffer buffer;
    vkr__VkDeviceSize offset;
    vkr__VkDeviceSize range;
} vkr__VkDescriptorBufferInfo;
typedef struct vkr__VkDescriptorImageInfo {
    vkr__VkSampler sampler;
    vkr__VkImageView imageView;
    vkr__VkImageLayout imageLayout;
} vkr__VkDescriptorImageInfo;
typedef struct vkr__VkDescriptorPoolSize {
    vkr__VkDescriptorType type;
    uint32_t descriptorCount;
} vkr__VkDescriptorPoolSize;
typedef struct vkr__VkDescriptorPoolCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDescriptorPoolCreateFlags flags;
    uint32_t maxSets;
    uint32_t poolSizeCount;
    const vkr__VkDescriptorPoolSize* pPoolSizes;
} vkr__VkDescriptorPoolCreateInfo;
typedef struct vkr__VkDescriptorSetAllocateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDescriptorPool descriptorPool;
    uint32_t descriptorSetCount;
    const vkr__VkDescriptorSetLayout* pSetLayouts;
} vkr__VkDescriptorSetAllocateInfo;
typedef struct vkr__VkDescriptorSetLayoutBinding {
    uint32_t binding;
    vkr__VkDescriptorType descriptorType;
    uint32_t descriptorCount;
    vkr__VkShaderStageFlags stageFlags;
    const vkr__VkSampler* pImmutableSamplers;
} vkr__VkDescriptorSetLayoutBinding;
typedef struct vkr__VkDescriptorSetLayoutCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDescriptorSetLayoutCreateFlags flags;
    uint32_t bindingCount;
    const vkr__VkDescriptorSetLayoutBinding* pBindings;
} vkr__VkDescriptorSetLayoutCreateInfo;
typedef struct vkr__VkWriteDescriptorSet {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDescriptorSet dstSet;
    uint32_t dstBinding;
    uint32_t dstArrayElement;
    uint32_t descriptorCount;
    vkr__VkDescriptorType descriptorType;
    const vkr__VkDescriptorImageInfo* pImageInfo;
    const vkr__VkDescriptorBufferInfo* pBufferInfo;
    const vkr__VkBufferView* pTexelBufferView;
} vkr__VkWriteDescriptorSet;
typedef struct vkr__VkCommandPoolCreateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkCommandPoolCreateFlags flags;
    uint32_t queueFamilyIndex;
} vkr__VkCommandPoolCreateInfo;
typedef struct vkr__VkCommandBufferAllocateInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkCommandPool commandPool;
    vkr__VkCommandBufferLevel level;
    uint32_t commandBufferCount;
} vkr__VkCommandBufferAllocateInfo;
typedef struct vkr__VkCommandBufferInheritanceInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkRenderPass renderPass;
    uint32_t subpass;
    vkr__VkFramebuffer framebuffer;
    vkr__VkBool32 occlusionQueryEnable;
    vkr__VkQueryControlFlags queryFlags;
    vkr__VkQueryPipelineStatisticFlags pipelineStatistics;
} vkr__VkCommandBufferInheritanceInfo;
typedef struct vkr__VkCommandBufferBeginInfo {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkCommandBufferUsageFlags flags;
    const vkr__VkCommandBufferInheritanceInfo* pInheritanceInfo;
} vkr__VkCommandBufferBeginInfo;
typedef struct vkr__VkBufferCopy {
    vkr__VkDeviceSize srcOffset;
    vkr__VkDeviceSize dstOffset;
    vkr__VkDeviceSize size;
} vkr__VkBufferCopy;
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateInstance)(const vkr__VkInstanceCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkInstance* pInstance);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyInstance)(vkr__VkInstance instance, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkEnumeratePhysicalDevices)(vkr__VkInstance instance, uint32_t* pPhysicalDeviceCount, vkr__VkPhysicalDevice* pPhysicalDevices);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetPhysicalDeviceProperties)(vkr__VkPhysicalDevice physicalDevice, vkr__VkPhysicalDeviceProperties* pProperties);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetPhysicalDeviceQueueFamilyProperties)(vkr__VkPhysicalDevice physicalDevice, uint32_t* pQueueFamilyPropertyCount, vkr__VkQueueFamilyProperties* pQueueFamilyProperties);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetPhysicalDeviceMemoryProperties)(vkr__VkPhysicalDevice physicalDevice, vkr__VkPhysicalDeviceMemoryProperties* pMemoryProperties);
typedef vkr__PFN_vkVoidFunction (vkr__VKAPI_PTR *vkr__PFN_vkGetInstanceProcAddr)(vkr__VkInstance instance, const char* pName);
typedef vkr__PFN_vkVoidFunction (vkr__VKAPI_PTR *vkr__PFN_vkGetDeviceProcAddr)(vkr__VkDevice device, const char* pName);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateDevice)(vkr__VkPhysicalDevice physicalDevice, const vkr__VkDeviceCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkDevice* pDevice);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyDevice)(vkr__VkDevice device, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkEnumerateDeviceExtensionProperties)(vkr__VkPhysicalDevice physicalDevice, const char* pLayerName, uint32_t* pPropertyCount, vkr__VkExtensionProperties* pProperties);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkEnumerateInstanceLayerProperties)(uint32_t* pPropertyCount, vkr__VkLayerProperties* pProperties);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetDeviceQueue)(vkr__VkDevice device, uint32_t queueFamilyIndex, uint32_t queueIndex, vkr__VkQueue* pQueue);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkQueueSubmit)(vkr__VkQueue queue, uint32_t submitCount, const vkr__VkSubmitInfo* pSubmits, vkr__VkFence fence);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkAllocateMemory)(vkr__VkDevice device, const vkr__VkMemoryAllocateInfo* pAllocateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkDeviceMemory* pMemory);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkFreeMemory)(vkr__VkDevice device, vkr__VkDeviceMemory memory, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkMapMemory)(vkr__VkDevice device, vkr__VkDeviceMemory memory, vkr__VkDeviceSize offset, vkr__VkDeviceSize size, vkr__VkMemoryMapFlags flags, void** ppData);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkUnmapMemory)(vkr__VkDevice device, vkr__VkDeviceMemory memory);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkInvalidateMappedMemoryRanges)(vkr__VkDevice device, uint32_t memoryRangeCount, const vkr__VkMappedMemoryRange* pMemoryRanges);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkBindBufferMemory)(vkr__VkDevice device, vkr__VkBuffer buffer, vkr__VkDeviceMemory memory, vkr__VkDeviceSize memoryOffset);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetBufferMemoryRequirements)(vkr__VkDevice device, vkr__VkBuffer buffer, vkr__VkMemoryRequirements* pMemoryRequirements);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateFence)(vkr__VkDevice device, const vkr__VkFenceCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkFence* pFence);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyFence)(vkr__VkDevice device, vkr__VkFence fence, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkResetFences)(vkr__VkDevice device, uint32_t fenceCount, const vkr__VkFence* pFences);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkWaitForFences)(vkr__VkDevice device, uint32_t fenceCount, const vkr__VkFence* pFences, vkr__VkBool32 waitAll, uint64_t timeout);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateQueryPool)(vkr__VkDevice device, const vkr__VkQueryPoolCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkQueryPool* pQueryPool);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyQueryPool)(vkr__VkDevice device, vkr__VkQueryPool queryPool, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkGetQueryPoolResults)(vkr__VkDevice device, vkr__VkQueryPool queryPool, uint32_t firstQuery, uint32_t queryCount, size_t dataSize, void* pData, vkr__VkDeviceSize stride, vkr__VkQueryResultFlags flags);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateBuffer)(vkr__VkDevice device, const vkr__VkBufferCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkBuffer* pBuffer);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyBuffer)(vkr__VkDevice device, vkr__VkBuffer buffer, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateShaderModule)(vkr__VkDevice device, const vkr__VkShaderModuleCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkShaderModule* pShaderModule);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyShaderModule)(vkr__VkDevice device, vkr__VkShaderModule shaderModule, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateComputePipelines)(vkr__VkDevice device, vkr__VkPipelineCache pipelineCache, uint32_t createInfoCount, const vkr__VkComputePipelineCreateInfo* pCreateInfos, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkPipeline* pPipelines);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyPipeline)(vkr__VkDevice device, vkr__VkPipeline pipeline, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreatePipelineLayout)(vkr__VkDevice device, const vkr__VkPipelineLayoutCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkPipelineLayout* pPipelineLayout);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyPipelineLayout)(vkr__VkDevice device, vkr__VkPipelineLayout pipelineLayout, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateDescriptorSetLayout)(vkr__VkDevice device, const vkr__VkDescriptorSetLayoutCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkDescriptorSetLayout* pSetLayout);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyDescriptorSetLayout)(vkr__VkDevice device, vkr__VkDescriptorSetLayout descriptorSetLayout, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateDescriptorPool)(vkr__VkDevice device, const vkr__VkDescriptorPoolCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkDescriptorPool* pDescriptorPool);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyDescriptorPool)(vkr__VkDevice device, vkr__VkDescriptorPool descriptorPool, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkResetDescriptorPool)(vkr__VkDevice device, vkr__VkDescriptorPool descriptorPool, vkr__VkDescriptorPoolResetFlags flags);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkAllocateDescriptorSets)(vkr__VkDevice device, const vkr__VkDescriptorSetAllocateInfo* pAllocateInfo, vkr__VkDescriptorSet* pDescriptorSets);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkUpdateDescriptorSets)(vkr__VkDevice device, uint32_t descriptorWriteCount, const vkr__VkWriteDescriptorSet* pDescriptorWrites, uint32_t descriptorCopyCount, const vkr__VkCopyDescriptorSet* pDescriptorCopies);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateCommandPool)(vkr__VkDevice device, const vkr__VkCommandPoolCreateInfo* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkCommandPool* pCommandPool);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyCommandPool)(vkr__VkDevice device, vkr__VkCommandPool commandPool, const vkr__VkAllocationCallbacks* pAllocator);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkAllocateCommandBuffers)(vkr__VkDevice device, const vkr__VkCommandBufferAllocateInfo* pAllocateInfo, vkr__VkCommandBuffer* pCommandBuffers);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkFreeCommandBuffers)(vkr__VkDevice device, vkr__VkCommandPool commandPool, uint32_t commandBufferCount, const vkr__VkCommandBuffer* pCommandBuffers);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkBeginCommandBuffer)(vkr__VkCommandBuffer commandBuffer, const vkr__VkCommandBufferBeginInfo* pBeginInfo);
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkEndCommandBuffer)(vkr__VkCommandBuffer commandBuffer);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdBindPipeline)(vkr__VkCommandBuffer commandBuffer, vkr__VkPipelineBindPoint pipelineBindPoint, vkr__VkPipeline pipeline);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdBindDescriptorSets)(vkr__VkCommandBuffer commandBuffer, vkr__VkPipelineBindPoint pipelineBindPoint, vkr__VkPipelineLayout layout, uint32_t firstSet, uint32_t descriptorSetCount, const vkr__VkDescriptorSet* pDescriptorSets, uint32_t dynamicOffsetCount, const uint32_t* pDynamicOffsets);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdDispatch)(vkr__VkCommandBuffer commandBuffer, uint32_t groupCountX, uint32_t groupCountY, uint32_t groupCountZ);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdCopyBuffer)(vkr__VkCommandBuffer commandBuffer, vkr__VkBuffer srcBuffer, vkr__VkBuffer dstBuffer, uint32_t regionCount, const vkr__VkBufferCopy* pRegions);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdPipelineBarrier)(vkr__VkCommandBuffer commandBuffer, vkr__VkPipelineStageFlags srcStageMask, vkr__VkPipelineStageFlags dstStageMask, vkr__VkDependencyFlags dependencyFlags, uint32_t memoryBarrierCount, const vkr__VkMemoryBarrier* pMemoryBarriers, uint32_t bufferMemoryBarrierCount, const vkr__VkBufferMemoryBarrier* pBufferMemoryBarriers, uint32_t imageMemoryBarrierCount, const vkr__VkImageMemoryBarrier* pImageMemoryBarriers);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdResetQueryPool)(vkr__VkCommandBuffer commandBuffer, vkr__VkQueryPool queryPool, uint32_t firstQuery, uint32_t queryCount);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdWriteTimestamp)(vkr__VkCommandBuffer commandBuffer, vkr__VkPipelineStageFlagBits pipelineStage, vkr__VkQueryPool queryPool, uint32_t query);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkCmdPushConstants)(vkr__VkCommandBuffer commandBuffer, vkr__VkPipelineLayout layout, vkr__VkShaderStageFlags stageFlags, uint32_t offset, uint32_t size, const void* pValues);
typedef enum vkr__VkSubgroupFeatureFlagBits {
    vkr__VK_SUBGROUP_FEATURE_ARITHMETIC_BIT = 0x00000004,
    vkr__VkSubgroupFeatureFlagBits_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkSubgroupFeatureFlagBits;
typedef vkr__VkFlags vkr__VkSubgroupFeatureFlags;
typedef struct vkr__VkPhysicalDeviceSubgroupProperties {
    vkr__VkStructureType sType;
    void* pNext;
    uint32_t subgroupSize;
    vkr__VkShaderStageFlags supportedStages;
    vkr__VkSubgroupFeatureFlags supportedOperations;
    vkr__VkBool32 quadOperationsInAllStages;
} vkr__VkPhysicalDeviceSubgroupProperties;
typedef struct vkr__VkPhysicalDeviceFeatures2 {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkPhysicalDeviceFeatures features;
} vkr__VkPhysicalDeviceFeatures2;
typedef struct vkr__VkPhysicalDeviceProperties2 {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkPhysicalDeviceProperties properties;
} vkr__VkPhysicalDeviceProperties2;
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkEnumerateInstanceVersion)(uint32_t* pApiVersion);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetPhysicalDeviceFeatures2)(vkr__VkPhysicalDevice physicalDevice, vkr__VkPhysicalDeviceFeatures2* pFeatures);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkGetPhysicalDeviceProperties2)(vkr__VkPhysicalDevice physicalDevice, vkr__VkPhysicalDeviceProperties2* pProperties);
#define vkr__VK_MAX_DRIVER_NAME_SIZE 256U
#define vkr__VK_MAX_DRIVER_INFO_SIZE 256U
typedef enum vkr__VkDriverId {
    vkr__VkDriverId_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkDriverId;
typedef struct vkr__VkPhysicalDeviceVulkan11Features {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkBool32 storageBuffer16BitAccess;
    vkr__VkBool32 uniformAndStorageBuffer16BitAccess;
    vkr__VkBool32 storagePushConstant16;
    vkr__VkBool32 storageInputOutput16;
    vkr__VkBool32 multiview;
    vkr__VkBool32 multiviewGeometryShader;
    vkr__VkBool32 multiviewTessellationShader;
    vkr__VkBool32 variablePointersStorageBuffer;
    vkr__VkBool32 variablePointers;
    vkr__VkBool32 protectedMemory;
    vkr__VkBool32 samplerYcbcrConversion;
    vkr__VkBool32 shaderDrawParameters;
} vkr__VkPhysicalDeviceVulkan11Features;
typedef struct vkr__VkPhysicalDeviceVulkan12Features {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkBool32 samplerMirrorClampToEdge;
    vkr__VkBool32 drawIndirectCount;
    vkr__VkBool32 storageBuffer8BitAccess;
    vkr__VkBool32 uniformAndStorageBuffer8BitAccess;
    vkr__VkBool32 storagePushConstant8;
    vkr__VkBool32 shaderBufferInt64Atomics;
    vkr__VkBool32 shaderSharedInt64Atomics;
    vkr__VkBool32 shaderFloat16;
    vkr__VkBool32 shaderInt8;
    vkr__VkBool32 descriptorIndexing;
    vkr__VkBool32 shaderInputAttachmentArrayDynamicIndexing;
    vkr__VkBool32 shaderUniformTexelBufferArrayDynamicIndexing;
    vkr__VkBool32 shaderStorageTexelBufferArrayDynamicIndexing;
    vkr__VkBool32 shaderUniformBufferArrayNonUniformIndexing;
    vkr__VkBool32 shaderSampledImageArrayNonUniformIndexing;
    vkr__VkBool32 shaderStorageBufferArrayNonUniformIndexing;
    vkr__VkBool32 shaderStorageImageArrayNonUniformIndexing;
    vkr__VkBool32 shaderInputAttachmentArrayNonUniformIndexing;
    vkr__VkBool32 shaderUniformTexelBufferArrayNonUniformIndexing;
    vkr__VkBool32 shaderStorageTexelBufferArrayNonUniformIndexing;
    vkr__VkBool32 descriptorBindingUniformBufferUpdateAfterBind;
    vkr__VkBool32 descriptorBindingSampledImageUpdateAfterBind;
    vkr__VkBool32 descriptorBindingStorageImageUpdateAfterBind;
    vkr__VkBool32 descriptorBindingStorageBufferUpdateAfterBind;
    vkr__VkBool32 descriptorBindingUniformTexelBufferUpdateAfterBind;
    vkr__VkBool32 descriptorBindingStorageTexelBufferUpdateAfterBind;
    vkr__VkBool32 descriptorBindingUpdateUnusedWhilePending;
    vkr__VkBool32 descriptorBindingPartiallyBound;
    vkr__VkBool32 descriptorBindingVariableDescriptorCount;
    vkr__VkBool32 runtimeDescriptorArray;
    vkr__VkBool32 samplerFilterMinmax;
    vkr__VkBool32 scalarBlockLayout;
    vkr__VkBool32 imagelessFramebuffer;
    vkr__VkBool32 uniformBufferStandardLayout;
    vkr__VkBool32 shaderSubgroupExtendedTypes;
    vkr__VkBool32 separateDepthStencilLayouts;
    vkr__VkBool32 hostQueryReset;
    vkr__VkBool32 timelineSemaphore;
    vkr__VkBool32 bufferDeviceAddress;
    vkr__VkBool32 bufferDeviceAddressCaptureReplay;
    vkr__VkBool32 bufferDeviceAddressMultiDevice;
    vkr__VkBool32 vulkanMemoryModel;
    vkr__VkBool32 vulkanMemoryModelDeviceScope;
    vkr__VkBool32 vulkanMemoryModelAvailabilityVisibilityChains;
    vkr__VkBool32 shaderOutputViewportIndex;
    vkr__VkBool32 shaderOutputLayer;
    vkr__VkBool32 subgroupBroadcastDynamicId;
} vkr__VkPhysicalDeviceVulkan12Features;
typedef struct vkr__VkConformanceVersion {
    uint8_t major;
    uint8_t minor;
    uint8_t subminor;
    uint8_t patch;
} vkr__VkConformanceVersion;
typedef struct vkr__VkPhysicalDeviceDriverProperties {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkDriverId driverID;
    char driverName[vkr__VK_MAX_DRIVER_NAME_SIZE];
    char driverInfo[vkr__VK_MAX_DRIVER_INFO_SIZE];
    vkr__VkConformanceVersion conformanceVersion;
} vkr__VkPhysicalDeviceDriverProperties;
#define vkr__VK_API_VERSION_1_3 vkr__VK_MAKE_API_VERSION(0, 1, 3, 0)
typedef struct vkr__VkPhysicalDeviceVulkan13Features {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkBool32 robustImageAccess;
    vkr__VkBool32 inlineUniformBlock;
    vkr__VkBool32 descriptorBindingInlineUniformBlockUpdateAfterBind;
    vkr__VkBool32 pipelineCreationCacheControl;
    vkr__VkBool32 privateData;
    vkr__VkBool32 shaderDemoteToHelperInvocation;
    vkr__VkBool32 shaderTerminateInvocation;
    vkr__VkBool32 subgroupSizeControl;
    vkr__VkBool32 computeFullSubgroups;
    vkr__VkBool32 synchronization2;
    vkr__VkBool32 textureCompressionASTC_HDR;
    vkr__VkBool32 shaderZeroInitializeWorkgroupMemory;
    vkr__VkBool32 dynamicRendering;
    vkr__VkBool32 shaderIntegerDotProduct;
    vkr__VkBool32 maintenance4;
} vkr__VkPhysicalDeviceVulkan13Features;
#define vkr__VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME "VK_KHR_cooperative_matrix"
typedef enum vkr__VkComponentTypeKHR {
    vkr__VK_COMPONENT_TYPE_FLOAT16_NV = 0,
    vkr__VK_COMPONENT_TYPE_FLOAT32_NV = 1,
    vkr__VkComponentTypeKHR_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkComponentTypeKHR;
typedef enum vkr__VkScopeKHR {
    vkr__VK_SCOPE_SUBGROUP_NV = 3,
    vkr__VkScopeKHR_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkScopeKHR;
vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE(vkr__VkDebugUtilsMessengerEXT)
#define vkr__VK_EXT_DEBUG_UTILS_EXTENSION_NAME "VK_EXT_debug_utils"
typedef vkr__VkFlags vkr__VkDebugUtilsMessengerCallbackDataFlagsEXT;
typedef enum vkr__VkDebugUtilsMessageSeverityFlagBitsEXT {
    vkr__VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT = 0x00000100,
    vkr__VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT = 0x00001000,
    vkr__VkDebugUtilsMessageSeverityFlagBitsEXT_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkDebugUtilsMessageSeverityFlagBitsEXT;
typedef enum vkr__VkDebugUtilsMessageTypeFlagBitsEXT {
    vkr__VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT = 0x00000001,
    vkr__VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT = 0x00000002,
    vkr__VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT = 0x00000004,
    vkr__VkDebugUtilsMessageTypeFlagBitsEXT_MAX_ENUM_ = 0x7FFFFFFF
} vkr__VkDebugUtilsMessageTypeFlagBitsEXT;
typedef vkr__VkFlags vkr__VkDebugUtilsMessageTypeFlagsEXT;
typedef vkr__VkFlags vkr__VkDebugUtilsMessageSeverityFlagsEXT;
typedef vkr__VkFlags vkr__VkDebugUtilsMessengerCreateFlagsEXT;
typedef struct vkr__VkDebugUtilsLabelEXT {
    vkr__VkStructureType sType;
    const void* pNext;
    const char* pLabelName;
    float color[4];
} vkr__VkDebugUtilsLabelEXT;
typedef struct vkr__VkDebugUtilsObjectNameInfoEXT {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkObjectType objectType;
    uint64_t objectHandle;
    const char* pObjectName;
} vkr__VkDebugUtilsObjectNameInfoEXT;
typedef struct vkr__VkDebugUtilsMessengerCallbackDataEXT {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDebugUtilsMessengerCallbackDataFlagsEXT flags;
    const char* pMessageIdName;
    int32_t messageIdNumber;
    const char* pMessage;
    uint32_t queueLabelCount;
    const vkr__VkDebugUtilsLabelEXT* pQueueLabels;
    uint32_t cmdBufLabelCount;
    const vkr__VkDebugUtilsLabelEXT* pCmdBufLabels;
    uint32_t objectCount;
    const vkr__VkDebugUtilsObjectNameInfoEXT* pObjects;
} vkr__VkDebugUtilsMessengerCallbackDataEXT;
typedef vkr__VkBool32 (vkr__VKAPI_PTR *vkr__PFN_vkDebugUtilsMessengerCallbackEXT)(vkr__VkDebugUtilsMessageSeverityFlagBitsEXT messageSeverity, vkr__VkDebugUtilsMessageTypeFlagsEXT messageTypes, const vkr__VkDebugUtilsMessengerCallbackDataEXT* pCallbackData, void* pUserData);
typedef struct vkr__VkDebugUtilsMessengerCreateInfoEXT {
    vkr__VkStructureType sType;
    const void* pNext;
    vkr__VkDebugUtilsMessengerCreateFlagsEXT flags;
    vkr__VkDebugUtilsMessageSeverityFlagsEXT messageSeverity;
    vkr__VkDebugUtilsMessageTypeFlagsEXT messageType;
    vkr__PFN_vkDebugUtilsMessengerCallbackEXT pfnUserCallback;
    void* pUserData;
} vkr__VkDebugUtilsMessengerCreateInfoEXT;
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkCreateDebugUtilsMessengerEXT)(vkr__VkInstance instance, const vkr__VkDebugUtilsMessengerCreateInfoEXT* pCreateInfo, const vkr__VkAllocationCallbacks* pAllocator, vkr__VkDebugUtilsMessengerEXT* pMessenger);
typedef void (vkr__VKAPI_PTR *vkr__PFN_vkDestroyDebugUtilsMessengerEXT)(vkr__VkInstance instance, vkr__VkDebugUtilsMessengerEXT messenger, const vkr__VkAllocationCallbacks* pAllocator);
#define vkr__VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME "VK_NV_cooperative_matrix"
typedef vkr__VkComponentTypeKHR vkr__VkComponentTypeNV;
typedef vkr__VkScopeKHR vkr__VkScopeNV;
typedef struct vkr__VkCooperativeMatrixPropertiesNV {
    vkr__VkStructureType sType;
    void* pNext;
    uint32_t MSize;
    uint32_t NSize;
    uint32_t KSize;
    vkr__VkComponentTypeNV AType;
    vkr__VkComponentTypeNV BType;
    vkr__VkComponentTypeNV CType;
    vkr__VkComponentTypeNV DType;
    vkr__VkScopeNV scope;
} vkr__VkCooperativeMatrixPropertiesNV;
typedef struct vkr__VkPhysicalDeviceCooperativeMatrixFeaturesNV {
    vkr__VkStructureType sType;
    void* pNext;
    vkr__VkBool32 cooperativeMatrix;
    vkr__VkBool32 cooperativeMatrixRobustBufferAccess;
} vkr__VkPhysicalDeviceCooperativeMatrixFeaturesNV;
typedef vkr__VkResult (vkr__VKAPI_PTR *vkr__PFN_vkGetPhysicalDeviceCooperativeMatrixPropertiesNV)(vkr__VkPhysicalDevice physicalDevice, uint32_t* pPropertyCount, vkr__VkCooperativeMatrixPropertiesNV* pProperties);
#ifdef __cplusplus
}
#endif
/* the code's names for the declarations above */
#pragma push_macro("VKAPI_ATTR")
#undef VKAPI_ATTR
#define VKAPI_ATTR vkr__VKAPI_ATTR
#pragma push_macro("VKAPI_CALL")
#undef VKAPI_CALL
#define VKAPI_CALL vkr__VKAPI_CALL
#pragma push_macro("VK_API_VERSION_1_0")
#undef VK_API_VERSION_1_0
#define VK_API_VERSION_1_0 vkr__VK_API_VERSION_1_0
#pragma push_macro("VK_API_VERSION_1_3")
#undef VK_API_VERSION_1_3
#define VK_API_VERSION_1_3 vkr__VK_API_VERSION_1_3
#pragma push_macro("VK_API_VERSION_MAJOR")
#undef VK_API_VERSION_MAJOR
#define VK_API_VERSION_MAJOR vkr__VK_API_VERSION_MAJOR
#pragma push_macro("VK_API_VERSION_MINOR")
#undef VK_API_VERSION_MINOR
#define VK_API_VERSION_MINOR vkr__VK_API_VERSION_MINOR
#pragma push_macro("VK_EXT_DEBUG_UTILS_EXTENSION_NAME")
#undef VK_EXT_DEBUG_UTILS_EXTENSION_NAME
#define VK_EXT_DEBUG_UTILS_EXTENSION_NAME vkr__VK_EXT_DEBUG_UTILS_EXTENSION_NAME
#pragma push_macro("VK_FALSE")
#undef VK_FALSE
#define VK_FALSE vkr__VK_FALSE
#pragma push_macro("VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME")
#undef VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME
#define VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME vkr__VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME
#pragma push_macro("VK_NULL_HANDLE")
#undef VK_NULL_HANDLE
#define VK_NULL_HANDLE vkr__VK_NULL_HANDLE
#pragma push_macro("VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME")
#undef VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME
#define VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME vkr__VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME
#pragma push_macro("VK_TRUE")
#undef VK_TRUE
#define VK_TRUE vkr__VK_TRUE
#pragma push_macro("VK_USE_64_BIT_PTR_DEFINES")
#undef VK_USE_64_BIT_PTR_DEFINES
#define VK_USE_64_BIT_PTR_DEFINES vkr__VK_USE_64_BIT_PTR_DEFINES
#pragma push_macro("VK_WHOLE_SIZE")
#undef VK_WHOLE_SIZE
#define VK_WHOLE_SIZE vkr__VK_WHOLE_SIZE
#define PFN_vkAllocateCommandBuffers vkr__PFN_vkAllocateCommandBuffers
#define PFN_vkAllocateDescriptorSets vkr__PFN_vkAllocateDescriptorSets
#define PFN_vkAllocateMemory vkr__PFN_vkAllocateMemory
#define PFN_vkBeginCommandBuffer vkr__PFN_vkBeginCommandBuffer
#define PFN_vkBindBufferMemory vkr__PFN_vkBindBufferMemory
#define PFN_vkCmdBindDescriptorSets vkr__PFN_vkCmdBindDescriptorSets
#define PFN_vkCmdBindPipeline vkr__PFN_vkCmdBindPipeline
#define PFN_vkCmdCopyBuffer vkr__PFN_vkCmdCopyBuffer
#define PFN_vkCmdDispatch vkr__PFN_vkCmdDispatch
#define PFN_vkCmdPipelineBarrier vkr__PFN_vkCmdPipelineBarrier
#define PFN_vkCmdPushConstants vkr__PFN_vkCmdPushConstants
#define PFN_vkCmdResetQueryPool vkr__PFN_vkCmdResetQueryPool
#define PFN_vkCmdWriteTimestamp vkr__PFN_vkCmdWriteTimestamp
#define PFN_vkCreateBuffer vkr__PFN_vkCreateBuffer
#define PFN_vkCreateCommandPool vkr__PFN_vkCreateCommandPool
#define PFN_vkCreateComputePipelines vkr__PFN_vkCreateComputePipelines
#define PFN_vkCreateDebugUtilsMessengerEXT vkr__PFN_vkCreateDebugUtilsMessengerEXT
#define PFN_vkCreateDescriptorPool vkr__PFN_vkCreateDescriptorPool
#define PFN_vkCreateDescriptorSetLayout vkr__PFN_vkCreateDescriptorSetLayout
#define PFN_vkCreateDevice vkr__PFN_vkCreateDevice
#define PFN_vkCreateFence vkr__PFN_vkCreateFence
#define PFN_vkCreateInstance vkr__PFN_vkCreateInstance
#define PFN_vkCreatePipelineLayout vkr__PFN_vkCreatePipelineLayout
#define PFN_vkCreateQueryPool vkr__PFN_vkCreateQueryPool
#define PFN_vkCreateShaderModule vkr__PFN_vkCreateShaderModule
#define PFN_vkDestroyBuffer vkr__PFN_vkDestroyBuffer
#define PFN_vkDestroyCommandPool vkr__PFN_vkDestroyCommandPool
#define PFN_vkDestroyDebugUtilsMessengerEXT vkr__PFN_vkDestroyDebugUtilsMessengerEXT
#define PFN_vkDestroyDescriptorPool vkr__PFN_vkDestroyDescriptorPool
#define PFN_vkDestroyDescriptorSetLayout vkr__PFN_vkDestroyDescriptorSetLayout
#define PFN_vkDestroyDevice vkr__PFN_vkDestroyDevice
#define PFN_vkDestroyFence vkr__PFN_vkDestroyFence
#define PFN_vkDestroyInstance vkr__PFN_vkDestroyInstance
#define PFN_vkDestroyPipeline vkr__PFN_vkDestroyPipeline
#define PFN_vkDestroyPipelineLayout vkr__PFN_vkDestroyPipelineLayout
#define PFN_vkDestroyQueryPool vkr__PFN_vkDestroyQueryPool
#define PFN_vkDestroyShaderModule vkr__PFN_vkDestroyShaderModule
#define PFN_vkEndCommandBuffer vkr__PFN_vkEndCommandBuffer
#define PFN_vkEnumerateDeviceExtensionProperties vkr__PFN_vkEnumerateDeviceExtensionProperties
#define PFN_vkEnumerateInstanceLayerProperties vkr__PFN_vkEnumerateInstanceLayerProperties
#define PFN_vkEnumerateInstanceVersion vkr__PFN_vkEnumerateInstanceVersion
#define PFN_vkEnumeratePhysicalDevices vkr__PFN_vkEnumeratePhysicalDevices
#define PFN_vkFreeCommandBuffers vkr__PFN_vkFreeCommandBuffers
#define PFN_vkFreeMemory vkr__PFN_vkFreeMemory
#define PFN_vkGetBufferMemoryRequirements vkr__PFN_vkGetBufferMemoryRequirements
#define PFN_vkGetDeviceProcAddr vkr__PFN_vkGetDeviceProcAddr
#define PFN_vkGetDeviceQueue vkr__PFN_vkGetDeviceQueue
#define PFN_vkGetInstanceProcAddr vkr__PFN_vkGetInstanceProcAddr
#define PFN_vkGetPhysicalDeviceCooperativeMatrixPropertiesNV vkr__PFN_vkGetPhysicalDeviceCooperativeMatrixPropertiesNV
#define PFN_vkGetPhysicalDeviceFeatures2 vkr__PFN_vkGetPhysicalDeviceFeatures2
#define PFN_vkGetPhysicalDeviceMemoryProperties vkr__PFN_vkGetPhysicalDeviceMemoryProperties
#define PFN_vkGetPhysicalDeviceProperties vkr__PFN_vkGetPhysicalDeviceProperties
#define PFN_vkGetPhysicalDeviceProperties2 vkr__PFN_vkGetPhysicalDeviceProperties2
#define PFN_vkGetPhysicalDeviceQueueFamilyProperties vkr__PFN_vkGetPhysicalDeviceQueueFamilyProperties
#define PFN_vkGetQueryPoolResults vkr__PFN_vkGetQueryPoolResults
#define PFN_vkInvalidateMappedMemoryRanges vkr__PFN_vkInvalidateMappedMemoryRanges
#define PFN_vkMapMemory vkr__PFN_vkMapMemory
#define PFN_vkQueueSubmit vkr__PFN_vkQueueSubmit
#define PFN_vkResetDescriptorPool vkr__PFN_vkResetDescriptorPool
#define PFN_vkResetFences vkr__PFN_vkResetFences
#define PFN_vkUnmapMemory vkr__PFN_vkUnmapMemory
#define PFN_vkUpdateDescriptorSets vkr__PFN_vkUpdateDescriptorSets
#define PFN_vkWaitForFences vkr__PFN_vkWaitForFences
#define VK_ACCESS_HOST_READ_BIT vkr__VK_ACCESS_HOST_READ_BIT
#define VK_ACCESS_SHADER_READ_BIT vkr__VK_ACCESS_SHADER_READ_BIT
#define VK_ACCESS_SHADER_WRITE_BIT vkr__VK_ACCESS_SHADER_WRITE_BIT
#define VK_ACCESS_TRANSFER_WRITE_BIT vkr__VK_ACCESS_TRANSFER_WRITE_BIT
#define VK_BUFFER_USAGE_STORAGE_BUFFER_BIT vkr__VK_BUFFER_USAGE_STORAGE_BUFFER_BIT
#define VK_BUFFER_USAGE_TRANSFER_DST_BIT vkr__VK_BUFFER_USAGE_TRANSFER_DST_BIT
#define VK_BUFFER_USAGE_TRANSFER_SRC_BIT vkr__VK_BUFFER_USAGE_TRANSFER_SRC_BIT
#define VK_COMMAND_BUFFER_LEVEL_PRIMARY vkr__VK_COMMAND_BUFFER_LEVEL_PRIMARY
#define VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT vkr__VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT
#define VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT vkr__VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT
#define VK_COMPONENT_TYPE_FLOAT16_NV vkr__VK_COMPONENT_TYPE_FLOAT16_NV
#define VK_COMPONENT_TYPE_FLOAT32_NV vkr__VK_COMPONENT_TYPE_FLOAT32_NV
#define VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT vkr__VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT
#define VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT vkr__VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT
#define VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT vkr__VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT
#define VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT vkr__VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT
#define VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT vkr__VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT
#define VK_DESCRIPTOR_TYPE_STORAGE_BUFFER vkr__VK_DESCRIPTOR_TYPE_STORAGE_BUFFER
#define VK_ERROR_DEVICE_LOST vkr__VK_ERROR_DEVICE_LOST
#define VK_ERROR_EXTENSION_NOT_PRESENT vkr__VK_ERROR_EXTENSION_NOT_PRESENT
#define VK_ERROR_FEATURE_NOT_PRESENT vkr__VK_ERROR_FEATURE_NOT_PRESENT
#define VK_ERROR_INCOMPATIBLE_DRIVER vkr__VK_ERROR_INCOMPATIBLE_DRIVER
#define VK_ERROR_INITIALIZATION_FAILED vkr__VK_ERROR_INITIALIZATION_FAILED
#define VK_ERROR_LAYER_NOT_PRESENT vkr__VK_ERROR_LAYER_NOT_PRESENT
#define VK_ERROR_OUT_OF_DEVICE_MEMORY vkr__VK_ERROR_OUT_OF_DEVICE_MEMORY
#define VK_ERROR_OUT_OF_HOST_MEMORY vkr__VK_ERROR_OUT_OF_HOST_MEMORY
#define VK_ERROR_OUT_OF_POOL_MEMORY vkr__VK_ERROR_OUT_OF_POOL_MEMORY
#define VK_ERROR_TOO_MANY_OBJECTS vkr__VK_ERROR_TOO_MANY_OBJECTS
#define VK_MEMORY_HEAP_DEVICE_LOCAL_BIT vkr__VK_MEMORY_HEAP_DEVICE_LOCAL_BIT
#define VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT vkr__VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT
#define VK_MEMORY_PROPERTY_HOST_CACHED_BIT vkr__VK_MEMORY_PROPERTY_HOST_CACHED_BIT
#define VK_MEMORY_PROPERTY_HOST_COHERENT_BIT vkr__VK_MEMORY_PROPERTY_HOST_COHERENT_BIT
#define VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT vkr__VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT
#define VK_PHYSICAL_DEVICE_TYPE_CPU vkr__VK_PHYSICAL_DEVICE_TYPE_CPU
#define VK_PIPELINE_BIND_POINT_COMPUTE vkr__VK_PIPELINE_BIND_POINT_COMPUTE
#define VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT vkr__VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT
#define VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT vkr__VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT
#define VK_PIPELINE_STAGE_HOST_BIT vkr__VK_PIPELINE_STAGE_HOST_BIT
#define VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT vkr__VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT
#define VK_PIPELINE_STAGE_TRANSFER_BIT vkr__VK_PIPELINE_STAGE_TRANSFER_BIT
#define VK_QUERY_RESULT_64_BIT vkr__VK_QUERY_RESULT_64_BIT
#define VK_QUERY_TYPE_TIMESTAMP vkr__VK_QUERY_TYPE_TIMESTAMP
#define VK_QUEUE_COMPUTE_BIT vkr__VK_QUEUE_COMPUTE_BIT
#define VK_SCOPE_SUBGROUP_NV vkr__VK_SCOPE_SUBGROUP_NV
#define VK_SHADER_STAGE_COMPUTE_BIT vkr__VK_SHADER_STAGE_COMPUTE_BIT
#define VK_SHARING_MODE_EXCLUSIVE vkr__VK_SHARING_MODE_EXCLUSIVE
#define VK_STRUCTURE_TYPE_APPLICATION_INFO vkr__VK_STRUCTURE_TYPE_APPLICATION_INFO
#define VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO vkr__VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO
#define VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO vkr__VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO
#define VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO vkr__VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO
#define VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO vkr__VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO
#define VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO
#define VK_STRUCTURE_TYPE_COOPERATIVE_MATRIX_PROPERTIES_NV vkr__VK_STRUCTURE_TYPE_COOPERATIVE_MATRIX_PROPERTIES_NV
#define VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT vkr__VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT
#define VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO vkr__VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO
#define VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO vkr__VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO
#define VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO vkr__VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO
#define VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO
#define VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO
#define VK_STRUCTURE_TYPE_FENCE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_FENCE_CREATE_INFO
#define VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO
#define VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO vkr__VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO
#define VK_STRUCTURE_TYPE_MEMORY_BARRIER vkr__VK_STRUCTURE_TYPE_MEMORY_BARRIER
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_NV vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_NV
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2 vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES
#define VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES vkr__VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES
#define VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO vkr__VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO
#define VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO
#define VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO vkr__VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO
#define VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO vkr__VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO
#define VK_STRUCTURE_TYPE_SUBMIT_INFO vkr__VK_STRUCTURE_TYPE_SUBMIT_INFO
#define VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET vkr__VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET
#define VK_SUBGROUP_FEATURE_ARITHMETIC_BIT vkr__VK_SUBGROUP_FEATURE_ARITHMETIC_BIT
#define VK_SUCCESS vkr__VK_SUCCESS
#define VK_TIMEOUT vkr__VK_TIMEOUT
#define VkApplicationInfo vkr__VkApplicationInfo
#define VkBool32 vkr__VkBool32
#define VkBuffer vkr__VkBuffer
#define VkBufferCopy vkr__VkBufferCopy
#define VkBufferCreateInfo vkr__VkBufferCreateInfo
#define VkCommandBuffer vkr__VkCommandBuffer
#define VkCommandBufferAllocateInfo vkr__VkCommandBufferAllocateInfo
#define VkCommandBufferBeginInfo vkr__VkCommandBufferBeginInfo
#define VkCommandPool vkr__VkCommandPool
#define VkCommandPoolCreateInfo vkr__VkCommandPoolCreateInfo
#define VkComputePipelineCreateInfo vkr__VkComputePipelineCreateInfo
#define VkCooperativeMatrixPropertiesNV vkr__VkCooperativeMatrixPropertiesNV
#define VkDebugUtilsMessageSeverityFlagBitsEXT vkr__VkDebugUtilsMessageSeverityFlagBitsEXT
#define VkDebugUtilsMessageTypeFlagsEXT vkr__VkDebugUtilsMessageTypeFlagsEXT
#define VkDebugUtilsMessengerCallbackDataEXT vkr__VkDebugUtilsMessengerCallbackDataEXT
#define VkDebugUtilsMessengerCreateInfoEXT vkr__VkDebugUtilsMessengerCreateInfoEXT
#define VkDebugUtilsMessengerEXT vkr__VkDebugUtilsMessengerEXT
#define VkDescriptorBufferInfo vkr__VkDescriptorBufferInfo
#define VkDescriptorPool vkr__VkDescriptorPool
#define VkDescriptorPoolCreateInfo vkr__VkDescriptorPoolCreateInfo
#define VkDescriptorPoolSize vkr__VkDescriptorPoolSize
#define VkDescriptorSet vkr__VkDescriptorSet
#define VkDescriptorSetAllocateInfo vkr__VkDescriptorSetAllocateInfo
#define VkDescriptorSetLayout vkr__VkDescriptorSetLayout
#define VkDescriptorSetLayoutBinding vkr__VkDescriptorSetLayoutBinding
#define VkDescriptorSetLayoutCreateInfo vkr__VkDescriptorSetLayoutCreateInfo
#define VkDevice vkr__VkDevice
#define VkDeviceCreateInfo vkr__VkDeviceCreateInfo
#define VkDeviceMemory vkr__VkDeviceMemory
#define VkDeviceQueueCreateInfo vkr__VkDeviceQueueCreateInfo
#define VkDeviceSize vkr__VkDeviceSize
#define VkExtensionProperties vkr__VkExtensionProperties
#define VkFence vkr__VkFence
#define VkFenceCreateInfo vkr__VkFenceCreateInfo
#define VkInstance vkr__VkInstance
#define VkInstanceCreateInfo vkr__VkInstanceCreateInfo
#define VkLayerProperties vkr__VkLayerProperties
#define VkMemoryAllocateInfo vkr__VkMemoryAllocateInfo
#define VkMemoryBarrier vkr__VkMemoryBarrier
#define VkMemoryPropertyFlags vkr__VkMemoryPropertyFlags
#define VkMemoryRequirements vkr__VkMemoryRequirements
#define VkPhysicalDevice vkr__VkPhysicalDevice
#define VkPhysicalDeviceCooperativeMatrixFeaturesNV vkr__VkPhysicalDeviceCooperativeMatrixFeaturesNV
#define VkPhysicalDeviceDriverProperties vkr__VkPhysicalDeviceDriverProperties
#define VkPhysicalDeviceFeatures2 vkr__VkPhysicalDeviceFeatures2
#define VkPhysicalDeviceMemoryProperties vkr__VkPhysicalDeviceMemoryProperties
#define VkPhysicalDeviceProperties vkr__VkPhysicalDeviceProperties
#define VkPhysicalDeviceProperties2 vkr__VkPhysicalDeviceProperties2
#define VkPhysicalDeviceSubgroupProperties vkr__VkPhysicalDeviceSubgroupProperties
#define VkPhysicalDeviceVulkan11Features vkr__VkPhysicalDeviceVulkan11Features
#define VkPhysicalDeviceVulkan12Features vkr__VkPhysicalDeviceVulkan12Features
#define VkPhysicalDeviceVulkan13Features vkr__VkPhysicalDeviceVulkan13Features
#define VkPipeline vkr__VkPipeline
#define VkPipelineLayout vkr__VkPipelineLayout
#define VkPipelineLayoutCreateInfo vkr__VkPipelineLayoutCreateInfo
#define VkPushConstantRange vkr__VkPushConstantRange
#define VkQueryPool vkr__VkQueryPool
#define VkQueryPoolCreateInfo vkr__VkQueryPoolCreateInfo
#define VkQueue vkr__VkQueue
#define VkQueueFamilyProperties vkr__VkQueueFamilyProperties
#define VkResult vkr__VkResult
#define VkShaderModule vkr__VkShaderModule
#define VkShaderModuleCreateInfo vkr__VkShaderModuleCreateInfo
#define VkSpecializationInfo vkr__VkSpecializationInfo
#define VkSpecializationMapEntry vkr__VkSpecializationMapEntry
#define VkSubmitInfo vkr__VkSubmitInfo
#define VkWriteDescriptorSet vkr__VkWriteDescriptorSet
/* <<vkdecl */
#endif

/* >>basics (implementation) ============================================== */

VALKYR_API const char *vkr_result_str(vkr_result r) {
    switch (r) {
    case VKR_OK: return "VKR_OK: success";
    case VKR_ERR_INVALID_ARGUMENT: return "VKR_ERR_INVALID_ARGUMENT: invalid argument";
    case VKR_ERR_OUT_OF_MEMORY: return "VKR_ERR_OUT_OF_MEMORY: out of host memory";
    case VKR_ERR_ABORTED: return "VKR_ERR_ABORTED: cancelled";
    case VKR_ERR_LIMIT: return "VKR_ERR_LIMIT: a limit was exceeded";
    case VKR_ERR_IO: return "VKR_ERR_IO: input/output error";
    case VKR_ERR_NOT_FOUND: return "VKR_ERR_NOT_FOUND: not found";
    case VKR_ERR_JSON: return "VKR_ERR_JSON: malformed JSON";
    case VKR_ERR_SAFETENSORS: return "VKR_ERR_SAFETENSORS: malformed safetensors file";
    case VKR_ERR_CONFIG: return "VKR_ERR_CONFIG: bad model configuration";
    case VKR_ERR_TENSOR: return "VKR_ERR_TENSOR: missing or malformed tensor";
    case VKR_ERR_UNSUPPORTED: return "VKR_ERR_UNSUPPORTED: not supported";
    case VKR_ERR_TOKENIZER: return "VKR_ERR_TOKENIZER: malformed tokenizer.json";
    case VKR_ERR_VULKAN: return "VKR_ERR_VULKAN: Vulkan error";
    case VKR_ERR_NO_DEVICE: return "VKR_ERR_NO_DEVICE: no Vulkan device";
    case VKR_ERR_DEVICE_LOST: return "VKR_ERR_DEVICE_LOST: device lost";
    case VKR_ERR_OUT_OF_DEVICE_MEMORY: return "VKR_ERR_OUT_OF_DEVICE_MEMORY: out of device memory";
    }
    return "unknown vkr_result";
}

static VKR__THREAD_LOCAL char vkr__errbuf[1024];

VALKYR_API const char *vkr_last_error(void) { return vkr__errbuf; }

/* Records the thread's error text and returns r, so `return vkr__fail(...)`. */
VKR__FN VKR__PRINTF(2, 3) vkr_result vkr__fail(vkr_result r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(vkr__errbuf, sizeof vkr__errbuf, fmt, ap);
    va_end(ap);
    return r;
}

/* Prefixes the current error text: "file.json: " + old text. */
VKR__FN VKR__PRINTF(1, 2) void vkr__error_prefix(const char *fmt, ...) {
    char pre[512];
    size_t np, no = strlen(vkr__errbuf);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(pre, sizeof pre, fmt, ap);
    va_end(ap);
    np = strlen(pre);
    if (np + no >= sizeof vkr__errbuf) no = sizeof vkr__errbuf - 1 - np;
    memmove(vkr__errbuf + np, vkr__errbuf, no);
    memcpy(vkr__errbuf, pre, np);
    vkr__errbuf[np + no] = 0;
}

VKR__FN void *vkr__default_alloc(void *user, size_t size, size_t align) {
    (void)user;
    if (size == 0) size = 1;
#ifdef _WIN32
    return _aligned_malloc(size, align < sizeof(void *) ? sizeof(void *) : align);
#else
    if (align <= 16) return malloc(size);
    {
        void *p = NULL;
        if (posix_memalign(&p, align < sizeof(void *) ? sizeof(void *) : align, size) != 0) return NULL;
        return p;
    }
#endif
}

VKR__FN void vkr__default_free(void *user, void *ptr, size_t size) {
    (void)user; (void)size;
#ifdef _WIN32
    _aligned_free(ptr);
#else
    free(ptr);
#endif
}

/* A complete allocator: the hook's, or malloc/free where it has none. */
VKR__FN vkr_allocator vkr__allocator(const vkr_allocator *a) {
    vkr_allocator r;
    if (a && a->alloc && a->free) return *a;
    r.alloc = vkr__default_alloc;
    r.free = vkr__default_free;
    r.user = NULL;
    return r;
}

VKR__FN void *vkr__alloc(const vkr_allocator *a, size_t size) {
    return a->alloc(a->user, size, 16);
}
VKR__FN void *vkr__calloc(const vkr_allocator *a, size_t n, size_t size) {
    void *p;
    if (size && n > SIZE_MAX / size) return NULL;
    p = a->alloc(a->user, n * size, 16);
    if (p) memset(p, 0, n * size);
    return p;
}
VKR__FN void vkr__free(const vkr_allocator *a, void *p, size_t size) {
    if (p) a->free(a->user, p, size);
}
/* Grows *p from old_n to new_n elements of `elem` bytes (alloc, copy, free). */
VKR__FN bool vkr__grow(const vkr_allocator *a, void **p, size_t old_n, size_t new_n, size_t elem) {
    void *q;
    if (elem && new_n > SIZE_MAX / elem) return false;
    q = a->alloc(a->user, new_n * elem, 16);
    if (!q) return false;
    if (*p) { memcpy(q, *p, old_n * elem); a->free(a->user, *p, old_n * elem); }
    *p = q;
    return true;
}
VKR__FN char *vkr__strdup(const vkr_allocator *a, const char *s) {
    size_t n = strlen(s) + 1;
    char *d = (char *)vkr__alloc(a, n);
    if (d) memcpy(d, s, n);
    return d;
}

VKR__FN VKR__PRINTF(3, 4) void vkr__log(const vkr_logger *lg, vkr_log_level level, const char *fmt, ...) {
    char msg[1024];
    vkr_log_level limit = (lg && lg->level) ? lg->level : VKR_LOG_WARN;
    va_list ap;
    if (level > limit) return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (lg && lg->fn) { lg->fn(lg->user, level, msg); return; }
    {
        static const char *names[] = {"", "error", "warning", "info", "debug"};
        fprintf(stderr, "valkyr: %s: %s\n", names[level >= 1 && level <= 4 ? level : 0], msg);
    }
}

/* Calls the progress hook; false means the user cancelled. */
VKR__FN bool vkr__progress(const vkr_hooks *h, const char *what, uint64_t done, uint64_t total) {
    return !(h && h->progress) || h->progress(h->progress_user, what, done, total);
}

/* Checked size arithmetic: false on overflow. */
VKR__FN bool vkr__mul_u64(uint64_t a, uint64_t b, uint64_t *out) {
    if (a && b > UINT64_MAX / a) return false;
    *out = a * b;
    return true;
}

/* An arena: big blocks, bump allocation, freed all at once. */
typedef struct vkr__arena_block { struct vkr__arena_block *next; size_t size, used; } vkr__arena_block;
typedef struct vkr__arena { vkr_allocator a; vkr__arena_block *head; size_t total; } vkr__arena;

VKR__FN void *vkr__arena_alloc(vkr__arena *ar, size_t size) {
    vkr__arena_block *b = ar->head;
    size = (size + 15) & ~(size_t)15;
    if (!b || b->size - b->used < size) {
        size_t bs = VKR__MAX(size + sizeof(vkr__arena_block) + 16, (size_t)64 << 10);
        if (ar->total > ((size_t)1 << 20)) bs = VKR__MAX(bs, ar->total / 4);
        b = (vkr__arena_block *)vkr__alloc(&ar->a, bs);
        if (!b) return NULL;
        b->size = bs - ((sizeof(vkr__arena_block) + 15) & ~(size_t)15);
        b->used = 0;
        b->next = ar->head;
        ar->head = b;
        ar->total += bs;
    }
    {
        char *base = (char *)b + ((sizeof(vkr__arena_block) + 15) & ~(size_t)15);
        void *p = base + b->used;
        b->used += size;
        return p;
    }
}
VKR__FN void vkr__arena_free(vkr__arena *ar) {
    vkr__arena_block *b = ar->head;
    while (b) {
        vkr__arena_block *n = b->next;
        vkr__free(&ar->a, b, b->size + ((sizeof(vkr__arena_block) + 15) & ~(size_t)15));
        b = n;
    }
    ar->head = NULL;
    ar->total = 0;
}
VKR__FN char *vkr__arena_strndup(vkr__arena *ar, const char *s, size_t n) {
    char *d = (char *)vkr__arena_alloc(ar, n + 1);
    if (d) { memcpy(d, s, n); d[n] = 0; }
    return d;
}

/* >>platform (implementation) ============================================ */

VALKYR_API int64_t vkr_time_ns(void) {
#ifdef _WIN32
    LARGE_INTEGER f, c;
    QueryPerformanceFrequency(&f);
    QueryPerformanceCounter(&c);
    return (int64_t)((double)c.QuadPart * 1e9 / (double)f.QuadPart);
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
#endif
}

/* A read-only view of a whole file: mapped, or read into memory. */
typedef struct vkr__file_map {
    const uint8_t *data;
    uint64_t size;
    bool mapped;          /* else `data` came from the allocator */
#ifdef _WIN32
    HANDLE file, mapping;
#endif
} vkr__file_map;

#ifdef _WIN32
VKR__FN wchar_t *vkr__widen(const char *s) {
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
    wchar_t *w;
    if (n <= 0) return NULL;
    w = (wchar_t *)malloc((size_t)n * sizeof(wchar_t));
    if (w) MultiByteToWideChar(CP_UTF8, 0, s, -1, w, n);
    return w;
}
#endif

/* Maps (or, with no_mmap, reads) `path`. Errors name the file. */
VKR__FN vkr_result vkr__file_open(const char *path, bool no_mmap, const vkr_allocator *a,
                                  vkr__file_map *m) {
    memset(m, 0, sizeof *m);
#ifdef _WIN32
    {
        wchar_t *w = vkr__widen(path);
        LARGE_INTEGER sz;
        HANDLE f = w ? CreateFileW(w, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                                   FILE_ATTRIBUTE_NORMAL, NULL) : INVALID_HANDLE_VALUE;
        free(w);
        if (f == INVALID_HANDLE_VALUE) {
            DWORD e = GetLastError();
            return vkr__fail(e == ERROR_FILE_NOT_FOUND || e == ERROR_PATH_NOT_FOUND ? VKR_ERR_NOT_FOUND : VKR_ERR_IO,
                             "%s: cannot open (Windows error %lu)", path, (unsigned long)e);
        }
        if (!GetFileSizeEx(f, &sz)) { CloseHandle(f); return vkr__fail(VKR_ERR_IO, "%s: cannot get its size", path); }
        m->size = (uint64_t)sz.QuadPart;
        if (m->size == 0) { CloseHandle(f); return VKR_OK; }
        if (!no_mmap) {
            HANDLE mp = CreateFileMappingW(f, NULL, PAGE_READONLY, 0, 0, NULL);
            void *p = mp ? MapViewOfFile(mp, FILE_MAP_READ, 0, 0, 0) : NULL;
            if (!p) { if (mp) CloseHandle(mp); CloseHandle(f); return vkr__fail(VKR_ERR_IO, "%s: cannot map", path); }
            m->data = (const uint8_t *)p; m->mapped = true; m->file = f; m->mapping = mp;
            return VKR_OK;
        }
        if (m->size > SIZE_MAX) { CloseHandle(f); return vkr__fail(VKR_ERR_LIMIT, "%s: too large to read", path); }
        {
            uint8_t *buf = (uint8_t *)vkr__alloc(a, (size_t)m->size);
            uint64_t done = 0;
            if (!buf) { CloseHandle(f); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory reading %llu bytes", path, (unsigned long long)m->size); }
            while (done < m->size) {
                DWORD want = (DWORD)VKR__MIN(m->size - done, (uint64_t)1 << 30), got = 0;
                if (!ReadFile(f, buf + done, want, &got, NULL) || got == 0) {
                    vkr__free(a, buf, (size_t)m->size); CloseHandle(f);
                    return vkr__fail(VKR_ERR_IO, "%s: read failed", path);
                }
                done += got;
            }
            CloseHandle(f);
            m->data = buf;
            return VKR_OK;
        }
    }
#else
    {
        struct stat st;
        int fd = open(path, O_RDONLY);
        if (fd < 0) {
            int e = errno;
            return vkr__fail(e == ENOENT ? VKR_ERR_NOT_FOUND : VKR_ERR_IO, "%s: %s", path, strerror(e));
        }
        if (fstat(fd, &st) != 0) { int e = errno; close(fd); return vkr__fail(VKR_ERR_IO, "%s: %s", path, strerror(e)); }
        if (S_ISDIR(st.st_mode)) { close(fd); return vkr__fail(VKR_ERR_IO, "%s: is a directory", path); }
        m->size = (uint64_t)st.st_size;
        if (m->size == 0) { close(fd); return VKR_OK; }
        if ((uint64_t)m->size > (uint64_t)SIZE_MAX) { close(fd); return vkr__fail(VKR_ERR_LIMIT, "%s: too large for this address space", path); }
        if (!no_mmap) {
            void *p = mmap(NULL, (size_t)m->size, PROT_READ, MAP_PRIVATE, fd, 0);
            close(fd);
            if (p == MAP_FAILED) return vkr__fail(VKR_ERR_IO, "%s: cannot map: %s", path, strerror(errno));
            m->data = (const uint8_t *)p;
            m->mapped = true;
            return VKR_OK;
        }
        {
            uint8_t *buf = (uint8_t *)vkr__alloc(a, (size_t)m->size);
            size_t done = 0;
            if (!buf) { close(fd); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory reading %llu bytes", path, (unsigned long long)m->size); }
            while (done < (size_t)m->size) {
                ssize_t got = read(fd, buf + done, VKR__MIN((size_t)m->size - done, (size_t)1 << 30));
                if (got < 0 && errno == EINTR) continue;
                if (got <= 0) {
                    int e = errno;
                    vkr__free(a, buf, (size_t)m->size); close(fd);
                    return vkr__fail(VKR_ERR_IO, "%s: read failed: %s", path, got == 0 ? "file shrank" : strerror(e));
                }
                done += (size_t)got;
            }
            close(fd);
            m->data = buf;
            return VKR_OK;
        }
    }
#endif
}

VKR__FN void vkr__file_close(vkr__file_map *m, const vkr_allocator *a) {
    if (m->data) {
        if (m->mapped) {
#ifdef _WIN32
            UnmapViewOfFile((LPCVOID)m->data);
            CloseHandle(m->mapping);
            CloseHandle(m->file);
#else
            munmap((void *)m->data, (size_t)m->size);
#endif
        } else {
            vkr__free(a, (void *)m->data, (size_t)m->size);
        }
    }
    memset(m, 0, sizeof *m);
}

/* Reads a text file (config.json, tokenizer.json) NUL-terminated. */
VKR__FN vkr_result vkr__read_text(const char *path, const vkr_allocator *a, char **out, size_t *len) {
    vkr__file_map m;
    vkr_result r = vkr__file_open(path, false, a, &m);
    char *buf;
    if (r != VKR_OK) return r;
    buf = (char *)vkr__alloc(a, (size_t)m.size + 1);
    if (!buf) { vkr__file_close(&m, a); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); }
    if (m.size) memcpy(buf, m.data, (size_t)m.size);
    buf[m.size] = 0;
    *len = (size_t)m.size;
    *out = buf;
    vkr__file_close(&m, a);
    return VKR_OK;
}

typedef enum { VKR__PATH_NONE = 0, VKR__PATH_FILE, VKR__PATH_DIR } vkr__path_kind;

VKR__FN vkr__path_kind vkr__stat(const char *path) {
#ifdef _WIN32
    wchar_t *w = vkr__widen(path);
    DWORD at = w ? GetFileAttributesW(w) : INVALID_FILE_ATTRIBUTES;
    free(w);
    if (at == INVALID_FILE_ATTRIBUTES) return VKR__PATH_NONE;
    return (at & FILE_ATTRIBUTE_DIRECTORY) ? VKR__PATH_DIR : VKR__PATH_FILE;
#else
    struct stat st;
    if (stat(path, &st) != 0) return VKR__PATH_NONE;
    return S_ISDIR(st.st_mode) ? VKR__PATH_DIR : VKR__PATH_FILE;
#endif
}

/* Modification time in seconds since the epoch, 0 if unknown. */
VKR__FN int64_t vkr__mtime(const char *path) {
#ifdef _WIN32
    WIN32_FILE_ATTRIBUTE_DATA d;
    wchar_t *w = vkr__widen(path);
    int64_t t = 0;
    if (w && GetFileAttributesExW(w, GetFileExInfoStandard, &d))
        t = (int64_t)((((uint64_t)d.ftLastWriteTime.dwHighDateTime << 32) | d.ftLastWriteTime.dwLowDateTime) / 10000000ULL);
    free(w);
    return t;
#else
    struct stat st;
    return stat(path, &st) == 0 ? (int64_t)st.st_mtime : 0;
#endif
}

/* Calls fn(user, name) for every entry of a directory but "." and "..";
   fn returns false to stop. False if the directory cannot be read. */
typedef bool (*vkr__dir_fn)(void *user, const char *name);
VKR__FN bool vkr__list_dir(const char *dir, vkr__dir_fn fn, void *user) {
#ifdef _WIN32
    char pat[4096];
    WIN32_FIND_DATAW fd;
    HANDLE h;
    wchar_t *w;
    snprintf(pat, sizeof pat, "%s\\*", dir);
    w = vkr__widen(pat);
    h = w ? FindFirstFileW(w, &fd) : INVALID_HANDLE_VALUE;
    free(w);
    if (h == INVALID_HANDLE_VALUE) return false;
    do {
        char name[1024];
        if (!WideCharToMultiByte(CP_UTF8, 0, fd.cFileName, -1, name, sizeof name, NULL, NULL)) continue;
        if (!strcmp(name, ".") || !strcmp(name, "..")) continue;
        if (!fn(user, name)) break;
    } while (FindNextFileW(h, &fd));
    FindClose(h);
    return true;
#else
    DIR *d = opendir(dir);
    struct dirent *e;
    if (!d) return false;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (!fn(user, e->d_name)) break;
    }
    closedir(d);
    return true;
#endif
}

VKR__FN bool vkr__ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

/* out = dir + "/" + name; false if it does not fit. */
VKR__FN bool vkr__path_join(char *out, size_t cap, const char *dir, const char *name) {
    size_t n = strlen(dir);
    const char *sep = (n && (dir[n - 1] == '/' || dir[n - 1] == '\\')) ? "" : "/";
    int w = snprintf(out, cap, "%s%s%s", dir, sep, name);
    return w >= 0 && (size_t)w < cap;
}

/* Writing files (>>lora's writers): fopen, rename over an existing file,
   remove and mkdir -p, with UTF-8 paths on Windows too. */
VKR__FN FILE *vkr__fopen_write(const char *path) {
#ifdef _WIN32
    wchar_t *w = vkr__widen(path);
    FILE *f = w ? _wfopen(w, L"wb") : NULL;
    free(w);
    return f;
#else
    return fopen(path, "wb");
#endif
}
VKR__FN bool vkr__rename_replace(const char *from, const char *to) {
#ifdef _WIN32
    wchar_t *wf = vkr__widen(from), *wt = vkr__widen(to);
    bool ok = wf && wt && MoveFileExW(wf, wt, MOVEFILE_REPLACE_EXISTING) != 0;
    free(wf); free(wt);
    return ok;
#else
    return rename(from, to) == 0;
#endif
}
VKR__FN void vkr__remove_file(const char *path) {
#ifdef _WIN32
    wchar_t *w = vkr__widen(path);
    if (w) DeleteFileW(w);
    free(w);
#else
    remove(path);
#endif
}
/* Creates directory `path` and its missing parents; errors name the path. */
VKR__FN vkr_result vkr__mkdir_p(const char *path) {
    char buf[4096];
    size_t n = strlen(path), i;
    if (!n || n >= sizeof buf) return vkr__fail(VKR_ERR_LIMIT, "%s: empty path or path too long", path);
    memcpy(buf, path, n + 1);
    for (i = 1; i <= n; i++) {
        bool ok;
        if (i < n && buf[i] != '/' && buf[i] != '\\') continue;
        buf[i] = 0;
        if (vkr__stat(buf) == VKR__PATH_DIR) { buf[i] = path[i]; continue; }
        errno = 0;
#ifdef _WIN32
        {
            wchar_t *w = vkr__widen(buf);
            ok = w && (CreateDirectoryW(w, NULL) || GetLastError() == ERROR_ALREADY_EXISTS);
            free(w);
        }
#else
        ok = mkdir(buf, 0777) == 0 || errno == EEXIST;
#endif
        if (!ok || vkr__stat(buf) != VKR__PATH_DIR)
            return vkr__fail(VKR_ERR_IO, "%s: cannot create directory %s%s%s", path, buf,
                             errno ? ": " : "", errno ? strerror(errno) : "");
        buf[i] = path[i];
    }
    return VKR_OK;
}

/* Threads: a minimal portable layer for the CPU backend's pool. */
typedef struct vkr__thread {
#ifdef _WIN32
    HANDLE h;
#else
    pthread_t t;
#endif
    void (*fn)(void *);
    void *arg;
} vkr__thread;

#ifdef _WIN32
static DWORD WINAPI vkr__thread_main(LPVOID p) { vkr__thread *t = (vkr__thread *)p; t->fn(t->arg); return 0; }
#else
static void *vkr__thread_main(void *p) { vkr__thread *t = (vkr__thread *)p; t->fn(t->arg); return NULL; }
#endif

/* Starts fn(arg) on a new thread; *t must stay alive until joined. */
VKR__FN bool vkr__thread_start(vkr__thread *t, void (*fn)(void *), void *arg) {
    t->fn = fn;
    t->arg = arg;
#ifdef _WIN32
    t->h = CreateThread(NULL, 0, vkr__thread_main, t, 0, NULL);
    return t->h != NULL;
#else
    return pthread_create(&t->t, NULL, vkr__thread_main, t) == 0;
#endif
}
VKR__FN void vkr__thread_join(vkr__thread *t) {
#ifdef _WIN32
    WaitForSingleObject(t->h, INFINITE);
    CloseHandle(t->h);
#else
    pthread_join(t->t, NULL);
#endif
}

typedef struct vkr__mutex {
#ifdef _WIN32
    SRWLOCK l;
#else
    pthread_mutex_t m;
#endif
} vkr__mutex;
VKR__FN void vkr__mutex_init(vkr__mutex *m) {
#ifdef _WIN32
    InitializeSRWLock(&m->l);
#else
    pthread_mutex_init(&m->m, NULL);
#endif
}
VKR__FN void vkr__mutex_lock(vkr__mutex *m) {
#ifdef _WIN32
    AcquireSRWLockExclusive(&m->l);
#else
    pthread_mutex_lock(&m->m);
#endif
}
VKR__FN void vkr__mutex_unlock(vkr__mutex *m) {
#ifdef _WIN32
    ReleaseSRWLockExclusive(&m->l);
#else
    pthread_mutex_unlock(&m->m);
#endif
}
VKR__FN void vkr__mutex_destroy(vkr__mutex *m) {
#ifdef _WIN32
    (void)m;
#else
    pthread_mutex_destroy(&m->m);
#endif
}

/* Number of logical CPUs (at least 1). */
VKR__FN int32_t vkr__cpu_count(void) {
#ifdef _WIN32
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwNumberOfProcessors > 0 ? (int32_t)si.dwNumberOfProcessors : 1;
#else
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int32_t)n : 1;
#endif
}

/* --- atomics and the thread pool --- */

#if defined(_MSC_VER) && !defined(__clang__)
#  include <intrin.h>
#  define VKR__ATOMIC_ADD(p, v) _InterlockedExchangeAdd64((volatile long long *)(p), (v))
#  define VKR__ATOMIC_LOAD(p) _InterlockedOr64((volatile long long *)(p), 0)
#  define VKR__ATOMIC_STORE(p, v) _InterlockedExchange64((volatile long long *)(p), (v))
#  define VKR__ATOMIC_CAS(p, e, v) vkr__cas64((volatile long long *)(p), (long long *)(e), (v))
static __inline bool vkr__cas64(volatile long long *p, long long *e, long long v) {
    long long old = _InterlockedCompareExchange64(p, v, *e);
    if (old == *e) return true;
    *e = old;
    return false;
}
#  define VKR__FENCE() MemoryBarrier()
#  define VKR__PAUSE() _mm_pause()
#else
#  define VKR__ATOMIC_CAS(p, e, v) __atomic_compare_exchange_n((p), (e), (v), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
#  define VKR__FENCE() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#  define VKR__ATOMIC_ADD(p, v) __atomic_fetch_add((p), (v), __ATOMIC_ACQ_REL)
#  define VKR__ATOMIC_LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#  define VKR__ATOMIC_STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#  if defined(__x86_64__) || defined(__i386__)
#    define VKR__PAUSE() __builtin_ia32_pause()
#  else
#    define VKR__PAUSE() ((void)0)
#  endif
#endif
/* Gives the core to another runnable thread, if there is one. */
#ifdef _WIN32
#  define VKR__YIELD() SwitchToThread()
#else
#  define VKR__YIELD() sched_yield()
#endif

typedef struct vkr__cond {
#ifdef _WIN32
    CONDITION_VARIABLE c;
#else
    pthread_cond_t c;
#endif
} vkr__cond;
VKR__FN void vkr__cond_init(vkr__cond *c) {
#ifdef _WIN32
    InitializeConditionVariable(&c->c);
#else
    pthread_cond_init(&c->c, NULL);
#endif
}
VKR__FN void vkr__cond_wait(vkr__cond *c, vkr__mutex *m) {
#ifdef _WIN32
    SleepConditionVariableSRW(&c->c, &m->l, INFINITE, 0);
#else
    pthread_cond_wait(&c->c, &m->m);
#endif
}
VKR__FN void vkr__cond_broadcast(vkr__cond *c) {
#ifdef _WIN32
    WakeAllConditionVariable(&c->c);
#else
    pthread_cond_broadcast(&c->c);
#endif
}
VKR__FN void vkr__cond_destroy(vkr__cond *c) {
#ifdef _WIN32
    (void)c;
#else
    pthread_cond_destroy(&c->c);
#endif
}

/* A persistent pool: run(fn, n) calls fn(ctx, i) for i in [0, n) on all
   threads (the caller included) and returns when all are done.

   It has to stay fast when it has more threads than free cores (a busy
   host, `make -j`, a sanitizer build): a thread that spins waits for a
   core that the thread holding the work may need. So the caller never
   waits for a worker to wake up: it takes tasks itself and waits only for
   tasks already running; a worker the OS has not scheduled costs nothing.
   Tasks are claimed by one compare-and-swap on a word holding the job's
   generation, its task count and the next index, so a worker that wakes
   late can never claim a task of a later job. Idle workers spin briefly,
   then yield the core for a while (to anyone else who needs it), then
   sleep; the many small jobs of a decode step rarely pay a wake-up. */
typedef void (*vkr__task_fn)(void *ctx, int64_t i, int32_t thread);

typedef struct vkr__worker { struct vkr__pool *pool; int32_t id; } vkr__worker;

#define VKR__POOL_BITS 20                                  /* task index and count: 20 bits each */
#define VKR__POOL_MASK ((INT64_C(1) << VKR__POOL_BITS) - 1)
#define VKR__POOL_GEN(w) ((w) >> (2 * VKR__POOL_BITS))     /* generation: the top 23 bits */
#define VKR__POOL_SPIN_NS 50000                            /* idle: pause-spin this long, */
#define VKR__POOL_YIELD_NS 2000000                         /* then yield the core until this, then sleep */

typedef struct vkr__pool {
    int32_t n_threads, n_alloc;
    vkr__thread *th;
    vkr__worker *wk;
    vkr__mutex mu;
    vkr__cond start, done_cv;
    int64_t word;           /* gen << 40 | n_tasks << 20 | next task (atomic) */
    int64_t done;           /* tasks of the current job finished (atomic) */
    int64_t sleepers;       /* workers asleep on `start` (atomic) */
    vkr__task_fn fn;        /* the job; read only by a thread holding one of its tasks */
    void *ctx;
    int64_t base;           /* task i of the word is fn's task base + i */
    int64_t quit;
} vkr__pool;

/* Claims the next task of the job whose word is *w: true and its index in
   *i, false when that job has no task left (or a newer job started). */
VKR__FN bool vkr__pool_claim(vkr__pool *p, int64_t *w, int64_t *i) {
    int64_t cur = *w, gen = VKR__POOL_GEN(*w);
    for (;;) {
        if ((cur & VKR__POOL_MASK) >= ((cur >> VKR__POOL_BITS) & VKR__POOL_MASK) || VKR__POOL_GEN(cur) != gen) return false;
        if (VKR__ATOMIC_CAS(&p->word, &cur, cur + 1)) { *i = cur & VKR__POOL_MASK; *w = cur + 1; return true; }
    }
}

/* Runs the tasks of job *w that are left; the one who finishes a job's last
   task wakes the caller if it sleeps. */
VKR__FN void vkr__pool_work(vkr__pool *p, int64_t w, int32_t id) {
    int64_t i, n = (w >> VKR__POOL_BITS) & VKR__POOL_MASK;
    while (vkr__pool_claim(p, &w, &i)) {
        p->fn(p->ctx, p->base + i, id);   /* safe to read: the job cannot end while we hold a task */
        if (VKR__ATOMIC_ADD(&p->done, 1) + 1 == n && id != 0) {
            vkr__mutex_lock(&p->mu);
            vkr__cond_broadcast(&p->done_cv);
            vkr__mutex_unlock(&p->mu);
        }
    }
}

VKR__FN void vkr__pool_main(void *arg) {
    vkr__worker *w = (vkr__worker *)arg;
    vkr__pool *p = w->pool;
    int64_t seen = 0;
    for (;;) {
        int64_t t0 = 0, k, cur;
        for (k = 0; VKR__POOL_GEN(cur = VKR__ATOMIC_LOAD(&p->word)) == seen && !VKR__ATOMIC_LOAD(&p->quit); k++) {
            int64_t dt;
            if (k < 64) { VKR__PAUSE(); continue; }
            if (!t0) t0 = vkr_time_ns();
            dt = vkr_time_ns() - t0;
            if (dt < VKR__POOL_SPIN_NS) { int j; for (j = 0; j < 16; j++) VKR__PAUSE(); }
            else if (dt < VKR__POOL_YIELD_NS) VKR__YIELD();
            else {
                vkr__mutex_lock(&p->mu);
                VKR__ATOMIC_ADD(&p->sleepers, 1);
                VKR__FENCE();   /* pairs with run's: either it sees a sleeper or we see its job */
                while (VKR__POOL_GEN(VKR__ATOMIC_LOAD(&p->word)) == seen && !VKR__ATOMIC_LOAD(&p->quit)) vkr__cond_wait(&p->start, &p->mu);
                VKR__ATOMIC_ADD(&p->sleepers, -1);
                vkr__mutex_unlock(&p->mu);
                t0 = 0;
                k = 0;
            }
        }
        if (VKR__ATOMIC_LOAD(&p->quit)) return;
        seen = VKR__POOL_GEN(cur);
        vkr__pool_work(p, cur, w->id);
    }
}

VKR__FN void vkr__pool_run(vkr__pool *p, vkr__task_fn fn, void *ctx, int64_t n_tasks) {
    int64_t base;
    if (n_tasks <= 0) return;
    if (p->n_threads <= 1 || n_tasks == 1) {
        int64_t i;
        for (i = 0; i < n_tasks; i++) fn(ctx, i, 0);
        return;
    }
    for (base = 0; base < n_tasks; base += VKR__POOL_MASK) {   /* jobs of at most 2^20 − 1 tasks */
        int64_t n = VKR__MIN(n_tasks - base, VKR__POOL_MASK), k, t0 = 0;
        int64_t gen = (VKR__POOL_GEN(VKR__ATOMIC_LOAD(&p->word)) + 1) & ((INT64_C(1) << (63 - 2 * VKR__POOL_BITS)) - 1);
        int64_t w = (gen << (2 * VKR__POOL_BITS)) | (n << VKR__POOL_BITS);
        /* the previous job is complete, so no thread reads these now */
        p->fn = fn;
        p->ctx = ctx;
        p->base = base;
        VKR__ATOMIC_STORE(&p->done, 0);
        VKR__ATOMIC_STORE(&p->word, w);
        VKR__FENCE();
        if (VKR__ATOMIC_LOAD(&p->sleepers)) {
            vkr__mutex_lock(&p->mu);
            vkr__cond_broadcast(&p->start);
            vkr__mutex_unlock(&p->mu);
        }
        vkr__pool_work(p, w, 0);
        /* only tasks that other threads hold are left: spin, yield, then sleep */
        for (k = 0; VKR__ATOMIC_LOAD(&p->done) < n; k++) {
            if (k < 256) { VKR__PAUSE(); continue; }
            if (!t0) t0 = vkr_time_ns();
            if (vkr_time_ns() - t0 < VKR__POOL_SPIN_NS) VKR__YIELD();
            else {
                vkr__mutex_lock(&p->mu);
                while (VKR__ATOMIC_LOAD(&p->done) < n) vkr__cond_wait(&p->done_cv, &p->mu);
                vkr__mutex_unlock(&p->mu);
            }
        }
    }
}

VKR__FN bool vkr__pool_init(vkr__pool *p, int32_t n_threads, const vkr_allocator *a) {
    int32_t i;
    memset(p, 0, sizeof *p);
    p->n_threads = n_threads < 1 ? 1 : n_threads;
    vkr__mutex_init(&p->mu);
    vkr__cond_init(&p->start);
    vkr__cond_init(&p->done_cv);
    if (p->n_threads == 1) return true;
    p->n_alloc = p->n_threads;
    p->th = (vkr__thread *)vkr__calloc(a, (size_t)p->n_alloc, sizeof(vkr__thread));
    p->wk = (vkr__worker *)vkr__calloc(a, (size_t)p->n_alloc, sizeof(vkr__worker));
    if (!p->th || !p->wk) { p->n_threads = 1; return false; }
    for (i = 1; i < p->n_threads; i++) {
        p->wk[i].pool = p;
        p->wk[i].id = i;
        if (!vkr__thread_start(&p->th[i], vkr__pool_main, &p->wk[i])) { p->n_threads = i; break; }   /* run with fewer */
    }
    return true;
}

VKR__FN void vkr__pool_free(vkr__pool *p, const vkr_allocator *a) {
    int32_t i;
    if (!p->n_threads) return;   /* never initialised */
    if (p->th) {
        vkr__mutex_lock(&p->mu);
        VKR__ATOMIC_STORE(&p->quit, 1);
        vkr__cond_broadcast(&p->start);
        vkr__mutex_unlock(&p->mu);
        for (i = 1; i < p->n_threads; i++) vkr__thread_join(&p->th[i]);
    }
    vkr__free(a, p->th, (size_t)p->n_alloc * sizeof(vkr__thread));
    vkr__free(a, p->wk, (size_t)p->n_alloc * sizeof(vkr__worker));
    vkr__cond_destroy(&p->start);
    vkr__cond_destroy(&p->done_cv);
    vkr__mutex_destroy(&p->mu);
}

/* >>json (implementation) ================================================ */

struct vkr_json_doc {
    vkr__arena arena;
    vkr_json root;
};

typedef struct vkr__jp {
    const char *src, *p, *end;
    const char *name;
    int32_t max_depth;
    vkr__arena *arena;
    vkr_allocator a;
    vkr_json *stk;          /* members of the open containers, in order */
    size_t n_stk, cap_stk;
    vkr_result err;
} vkr__jp;

VKR__FN vkr_result vkr__jp_error(vkr__jp *j, const char *at, const char *what) {
    size_t line = 1, col = 1;
    const char *q;
    if (j->err != VKR_OK) return j->err;   /* keep the first message */
    if (at > j->end) at = j->end;
    for (q = j->src; q < at; q++) {
        if (*q == '\n') { line++; col = 1; } else col++;
    }
    j->err = vkr__fail(VKR_ERR_JSON, "%s: line %zu, column %zu (byte %zu): %s", j->name, line, col,
                       (size_t)(at - j->src), what);
    return j->err;
}

VKR__FN void vkr__jp_ws(vkr__jp *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}

/* Length of the valid UTF-8 sequence at s (RFC 3629: no overlongs, no
   surrogates, nothing above U+10FFFF), or 0 if it is not valid. */
VKR__FN size_t vkr__utf8_valid_len(const unsigned char *s, const unsigned char *end) {
    unsigned c = s[0];
    size_t n = end - s;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
        return (n >= 3 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        return (n >= 4 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) ? 4 : 0;
    }
    return 0;
}

VKR__FN size_t vkr__utf8_put(char *d, uint32_t cp) {
    if (cp < 0x80) { d[0] = (char)cp; return 1; }
    if (cp < 0x800) { d[0] = (char)(0xC0 | (cp >> 6)); d[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12)); d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18)); d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

VKR__FN int vkr__hex4(const char *s, const char *end, uint32_t *out) {
    uint32_t v = 0;
    int i;
    if (end - s < 4) return 0;
    for (i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

/* Parses a string starting at the opening quote; the decoded text goes to
   the arena (NUL-terminated). Decoded UTF-8 is never longer than the
   escaped source, so the raw length bounds the buffer. */
VKR__FN bool vkr__jp_string(vkr__jp *j, const char **out, size_t *out_len) {
    const char *s = j->p + 1, *q = s;
    char *d, *d0;
    bool plain = true;   /* no escapes, no control characters, only ASCII */
    /* find the closing quote to size the buffer */
    while (q < j->end && *q != '"') {
        unsigned char c = (unsigned char)*q;
        if (c == '\\') { q++; plain = false; }
        else if (c < 0x20 || c >= 0x80) plain = false;
        q++;
    }
    if (q >= j->end) { vkr__jp_error(j, j->p, "unterminated string"); return false; }
    if (plain) {
        d0 = vkr__arena_strndup(j->arena, s, (size_t)(q - s));
        if (!d0) { j->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", j->name); return false; }
        *out = d0;
        *out_len = (size_t)(q - s);
        j->p = q + 1;
        return true;
    }
    d0 = d = (char *)vkr__arena_alloc(j->arena, (size_t)(q - s) + 1);
    if (!d) { j->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", j->name); return false; }
    while (s < q) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\') {
            char e = s[1];
            switch (e) {
            case '"': *d++ = '"'; s += 2; break;
            case '\\': *d++ = '\\'; s += 2; break;
            case '/': *d++ = '/'; s += 2; break;
            case 'b': *d++ = '\b'; s += 2; break;
            case 'f': *d++ = '\f'; s += 2; break;
            case 'n': *d++ = '\n'; s += 2; break;
            case 'r': *d++ = '\r'; s += 2; break;
            case 't': *d++ = '\t'; s += 2; break;
            case 'u': {
                uint32_t cp, lo;
                if (!vkr__hex4(s + 2, q, &cp)) { vkr__jp_error(j, s, "bad \\u escape (need 4 hex digits)"); return false; }
                s += 6;
                if (cp >= 0xDC00 && cp <= 0xDFFF) { vkr__jp_error(j, s - 6, "lone low surrogate in \\u escape"); return false; }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (q - s < 6 || s[0] != '\\' || s[1] != 'u' || !vkr__hex4(s + 2, q, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
                        vkr__jp_error(j, s - 6, "high surrogate not followed by a low surrogate");
                        return false;
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    s += 6;
                }
                d += vkr__utf8_put(d, cp);
                break;
            }
            default: vkr__jp_error(j, s, "invalid escape"); return false;
            }
        } else if (c < 0x20) {
            vkr__jp_error(j, s, "control character inside a string (must be escaped)");
            return false;
        } else if (c < 0x80) {
            *d++ = (char)c;
            s++;
        } else {
            size_t n = vkr__utf8_valid_len((const unsigned char *)s, (const unsigned char *)q);
            if (!n) { vkr__jp_error(j, s, "invalid UTF-8"); return false; }
            memcpy(d, s, n);
            d += n;
            s += n;
        }
    }
    *d = 0;
    *out = d0;
    *out_len = (size_t)(d - d0);
    j->p = q + 1;
    return true;
}

VKR__FN bool vkr__jp_number(vkr__jp *j, vkr_json *v) {
    const char *s = j->p, *q = s;
    bool integral = true;
    char small[128], *buf = small;
    size_t n;
    if (q < j->end && *q == '-') q++;
    if (q >= j->end || *q < '0' || *q > '9') { vkr__jp_error(j, s, "invalid number"); return false; }
    if (*q == '0') {
        q++;
        if (q < j->end && *q >= '0' && *q <= '9') { vkr__jp_error(j, s, "leading zeros are not allowed"); return false; }
    } else {
        while (q < j->end && *q >= '0' && *q <= '9') q++;
    }
    if (q < j->end && *q == '.') {
        integral = false;
        q++;
        if (q >= j->end || *q < '0' || *q > '9') { vkr__jp_error(j, s, "digits expected after '.'"); return false; }
        while (q < j->end && *q >= '0' && *q <= '9') q++;
    }
    if (q < j->end && (*q == 'e' || *q == 'E')) {
        integral = false;
        q++;
        if (q < j->end && (*q == '+' || *q == '-')) q++;
        if (q >= j->end || *q < '0' || *q > '9') { vkr__jp_error(j, s, "digits expected in exponent"); return false; }
        while (q < j->end && *q >= '0' && *q <= '9') q++;
    }
    v->type = VKR_JSON_NUMBER;
    if (integral) {
        /* exact int64 when it fits: accumulate negatively to reach INT64_MIN */
        const char *t = s + (*s == '-');
        int64_t acc = 0;
        bool fits = true;
        for (; t < q; t++) {
            int dgt = *t - '0';
            if (acc < (INT64_MIN + dgt) / 10) { fits = false; break; }
            acc = acc * 10 - dgt;
        }
        if (fits && *s != '-') {
            if (acc == INT64_MIN) fits = false; else acc = -acc;
        }
        if (fits) { v->is_int = true; v->i64 = acc; }
    }
    /* strtod for correct rounding; it honours the locale's decimal point */
    n = (size_t)(q - s);
    if (n + 1 > sizeof small) {
        buf = (char *)vkr__arena_alloc(j->arena, n + 1);
        if (!buf) { j->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", j->name); return false; }
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    {
        char *dot = strchr(buf, '.'), *endp;
        const char *dp = localeconv()->decimal_point;
        if (dot && dp && dp[0] && dp[0] != '.' && !dp[1]) *dot = dp[0];
        errno = 0;
        v->num = strtod(buf, &endp);
        if (errno == ERANGE && (v->num == HUGE_VAL || v->num == -HUGE_VAL)) {
            vkr__jp_error(j, s, "number out of the range of a double");
            return false;
        }
    }
    j->p = q;
    return true;
}

VKR__FN bool vkr__jp_push(vkr__jp *j, const vkr_json *v) {
    if (j->n_stk == j->cap_stk) {
        size_t nc = j->cap_stk ? j->cap_stk * 2 : 64;
        if (!vkr__grow(&j->a, (void **)&j->stk, j->cap_stk, nc, sizeof(vkr_json))) {
            j->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", j->name);
            return false;
        }
        j->cap_stk = nc;
    }
    j->stk[j->n_stk++] = *v;
    return true;
}

/* Moves the members pushed since `start` into the arena as v's items. */
VKR__FN bool vkr__jp_close(vkr__jp *j, vkr_json *v, size_t start) {
    size_t n = j->n_stk - start;
    v->len = n;
    v->items = NULL;
    if (n) {
        v->items = (vkr_json *)vkr__arena_alloc(j->arena, n * sizeof(vkr_json));
        if (!v->items) { j->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", j->name); return false; }
        memcpy(v->items, j->stk + start, n * sizeof(vkr_json));
    }
    j->n_stk = start;
    return true;
}

VKR__FN bool vkr__jp_value(vkr__jp *j, vkr_json *v, int32_t depth) {
    memset(v, 0, sizeof *v);
    vkr__jp_ws(j);
    if (j->p >= j->end) { vkr__jp_error(j, j->p, "unexpected end of input, a value was expected"); return false; }
    v->offset = (size_t)(j->p - j->src);
    switch (*j->p) {
    case '{': case '[': {
        bool obj = *j->p == '{';
        char close = obj ? '}' : ']';
        size_t start = j->n_stk;
        if (depth >= j->max_depth) {
            vkr__jp_error(j, j->p, "nesting deeper than the limit");
            j->err = VKR_ERR_LIMIT;
            return false;
        }
        v->type = obj ? VKR_JSON_OBJECT : VKR_JSON_ARRAY;
        j->p++;
        vkr__jp_ws(j);
        if (j->p < j->end && *j->p == close) { j->p++; return vkr__jp_close(j, v, start); }
        for (;;) {
            vkr_json m;
            const char *key = NULL;
            size_t key_len = 0;
            if (obj) {
                vkr__jp_ws(j);
                if (j->p >= j->end || *j->p != '"') { vkr__jp_error(j, j->p, "object key (a string) expected"); return false; }
                if (!vkr__jp_string(j, &key, &key_len)) return false;
                vkr__jp_ws(j);
                if (j->p >= j->end || *j->p != ':') { vkr__jp_error(j, j->p, "':' expected after an object key"); return false; }
                j->p++;
            }
            if (!vkr__jp_value(j, &m, depth + 1)) return false;
            m.key = key;
            m.key_len = key_len;
            if (!vkr__jp_push(j, &m)) return false;
            vkr__jp_ws(j);
            if (j->p < j->end && *j->p == ',') { j->p++; continue; }
            if (j->p < j->end && *j->p == close) { j->p++; return vkr__jp_close(j, v, start); }
            vkr__jp_error(j, j->p, obj ? "',' or '}' expected" : "',' or ']' expected");
            return false;
        }
    }
    case '"':
        v->type = VKR_JSON_STRING;
        return vkr__jp_string(j, &v->str, &v->len);
    case 't':
        if (j->end - j->p >= 4 && !memcmp(j->p, "true", 4)) { v->type = VKR_JSON_TRUE; j->p += 4; return true; }
        break;
    case 'f':
        if (j->end - j->p >= 5 && !memcmp(j->p, "false", 5)) { v->type = VKR_JSON_FALSE; j->p += 5; return true; }
        break;
    case 'n':
        if (j->end - j->p >= 4 && !memcmp(j->p, "null", 4)) { v->type = VKR_JSON_NULL; j->p += 4; return true; }
        break;
    default:
        if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) return vkr__jp_number(j, v);
        break;
    }
    vkr__jp_error(j, j->p, "unexpected character, a value was expected");
    return false;
}

VALKYR_API vkr_result vkr_json_parse(const char *text, size_t len, const vkr_json_desc *desc,
                                     vkr_json_doc **out) {
    vkr__jp j;
    vkr_allocator a;
    vkr_json_doc *doc;
    if (!out || (!text && len)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_json_parse: NULL argument");
    *out = NULL;
    a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    doc = (vkr_json_doc *)vkr__calloc(&a, 1, sizeof *doc);
    if (!doc) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "JSON: out of memory");
    doc->arena.a = a;
    memset(&j, 0, sizeof j);
    j.src = j.p = text ? text : "";
    j.end = j.src + len;
    j.name = (desc && desc->name) ? desc->name : "JSON";
    j.max_depth = (desc && desc->max_depth > 0) ? VKR__MIN(desc->max_depth, 4096) : 512;
    j.arena = &doc->arena;
    j.a = a;
    if (vkr__jp_value(&j, &doc->root, 0)) {
        vkr__jp_ws(&j);
        if (j.p != j.end) vkr__jp_error(&j, j.p, "unexpected text after the JSON value");
    }
    vkr__free(&a, j.stk, j.cap_stk * sizeof(vkr_json));
    if (j.err != VKR_OK) {
        vkr__arena_free(&doc->arena);
        vkr__free(&a, doc, sizeof *doc);
        return j.err;
    }
    *out = doc;
    return VKR_OK;
}

VALKYR_API const vkr_json *vkr_json_root(const vkr_json_doc *doc) { return doc ? &doc->root : NULL; }

VALKYR_API void vkr_json_free(vkr_json_doc *doc) {
    vkr_allocator a;
    if (!doc) return;
    a = doc->arena.a;
    vkr__arena_free(&doc->arena);
    vkr__free(&a, doc, sizeof *doc);
}

VALKYR_API const vkr_json *vkr_json_get(const vkr_json *obj, const char *key) {
    size_t i, n;
    if (!obj || obj->type != VKR_JSON_OBJECT || !key) return NULL;
    n = strlen(key);
    for (i = 0; i < obj->len; i++)
        if (obj->items[i].key_len == n && !memcmp(obj->items[i].key, key, n)) return &obj->items[i];
    return NULL;
}
VALKYR_API const vkr_json *vkr_json_at(const vkr_json *arr, size_t i) {
    if (!arr || (arr->type != VKR_JSON_ARRAY && arr->type != VKR_JSON_OBJECT) || i >= arr->len) return NULL;
    return &arr->items[i];
}
VALKYR_API const char *vkr_json_string(const vkr_json *v) {
    return (v && v->type == VKR_JSON_STRING) ? v->str : NULL;
}
VALKYR_API bool vkr_json_number(const vkr_json *v, double *out) {
    if (!v || v->type != VKR_JSON_NUMBER) return false;
    if (out) *out = v->num;
    return true;
}
VALKYR_API bool vkr_json_int(const vkr_json *v, int64_t *out) {
    if (!v || v->type != VKR_JSON_NUMBER) return false;
    if (v->is_int) { if (out) *out = v->i64; return true; }
    /* 2048.0 or 1e3 are integers too, when exactly representable */
    if (v->num == floor(v->num) && fabs(v->num) < 9.007199254740992e15) {
        if (out) *out = (int64_t)v->num;
        return true;
    }
    return false;
}
VALKYR_API bool vkr_json_bool(const vkr_json *v, bool *out) {
    if (!v || (v->type != VKR_JSON_TRUE && v->type != VKR_JSON_FALSE)) return false;
    if (out) *out = v->type == VKR_JSON_TRUE;
    return true;
}

/* --- writer --- */

VALKYR_API void vkr_json_writer_init(vkr_json_writer *w, const vkr_allocator *allocator) {
    memset(w, 0, sizeof *w);
    w->allocator = vkr__allocator(allocator);
}
VALKYR_API void vkr_json_writer_free(vkr_json_writer *w) {
    vkr__free(&w->allocator, w->buf, w->cap);
    w->buf = NULL;
    w->len = w->cap = 0;
}

VKR__FN void vkr__jw_put(vkr_json_writer *w, const char *s, size_t n) {
    if (w->failed) return;
    if (w->len + n + 1 > w->cap) {
        size_t nc = VKR__MAX(w->cap * 2, w->len + n + 64);
        if (!vkr__grow(&w->allocator, (void **)&w->buf, w->cap, nc, 1)) { w->failed = w->oom = true; return; }
        w->cap = nc;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = 0;
}

VKR__FN void vkr__jw_newline(vkr_json_writer *w) {
    int32_t i;
    if (!w->pretty) return;
    vkr__jw_put(w, "\n", 1);
    for (i = 0; i < w->depth; i++) vkr__jw_put(w, "  ", 2);
}

/* Called before every value: writes the separator its place needs. */
VKR__FN void vkr__jw_before_value(vkr_json_writer *w) {
    uint8_t *top;
    if (w->depth == 0) {
        if (w->len) w->failed = true;   /* a second top-level value */
        return;
    }
    top = &w->stack[w->depth - 1];
    if (*top & 8) { *top &= (uint8_t)~8; return; }   /* value after a key */
    if (*top & 1) { w->failed = true; return; }       /* object member without a key */
    if (*top & 4) vkr__jw_put(w, ",", 1);
    *top |= 4;
    vkr__jw_newline(w);
}

VKR__FN void vkr__jw_open(vkr_json_writer *w, uint8_t kind, char c) {
    vkr__jw_before_value(w);
    if (w->depth >= (int32_t)sizeof w->stack) { w->failed = true; return; }
    w->stack[w->depth++] = kind;
    vkr__jw_put(w, &c, 1);
}
VKR__FN void vkr__jw_close(vkr_json_writer *w, uint8_t kind, char c) {
    uint8_t top;
    if (w->depth == 0 || (w->stack[w->depth - 1] & 3) != kind || (w->stack[w->depth - 1] & 8)) {
        w->failed = true;
        return;
    }
    top = w->stack[--w->depth];
    if (top & 4) vkr__jw_newline(w);
    vkr__jw_put(w, &c, 1);
}

VALKYR_API void vkr_json_begin_object(vkr_json_writer *w) { vkr__jw_open(w, 1, '{'); }
VALKYR_API void vkr_json_end_object(vkr_json_writer *w) { vkr__jw_close(w, 1, '}'); }
VALKYR_API void vkr_json_begin_array(vkr_json_writer *w) { vkr__jw_open(w, 2, '['); }
VALKYR_API void vkr_json_end_array(vkr_json_writer *w) { vkr__jw_close(w, 2, ']'); }

VKR__FN void vkr__jw_escaped(vkr_json_writer *w, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    vkr__jw_put(w, "\"", 1);
    while (p < end) {
        const unsigned char *run = p;
        /* copy plain runs at once */
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
        if (p > run) vkr__jw_put(w, (const char *)run, (size_t)(p - run));
        if (p >= end) break;
        if (*p >= 0x80) {
            size_t k = vkr__utf8_valid_len(p, end);
            if (k) { vkr__jw_put(w, (const char *)p, k); p += k; }
            else { vkr__jw_put(w, "\xEF\xBF\xBD", 3); p++; }
            continue;
        }
        switch (*p) {
        case '"': vkr__jw_put(w, "\\\"", 2); break;
        case '\\': vkr__jw_put(w, "\\\\", 2); break;
        case '\n': vkr__jw_put(w, "\\n", 2); break;
        case '\r': vkr__jw_put(w, "\\r", 2); break;
        case '\t': vkr__jw_put(w, "\\t", 2); break;
        case '\b': vkr__jw_put(w, "\\b", 2); break;
        case '\f': vkr__jw_put(w, "\\f", 2); break;
        default: {
            char u[8];
            snprintf(u, sizeof u, "\\u%04x", (unsigned)*p);
            vkr__jw_put(w, u, 6);
        }
        }
        p++;
    }
    vkr__jw_put(w, "\"", 1);
}

VALKYR_API void vkr_json_key_n(vkr_json_writer *w, const char *key, size_t n) {
    uint8_t *top;
    if (w->depth == 0 || ((top = &w->stack[w->depth - 1]), (*top & 3) != 1) || (*top & 8) || (!key && n)) {
        w->failed = true;
        return;
    }
    if (*top & 4) vkr__jw_put(w, ",", 1);
    *top |= 4 | 8;
    vkr__jw_newline(w);
    vkr__jw_escaped(w, key ? key : "", n);
    vkr__jw_put(w, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
}
VALKYR_API void vkr_json_key(vkr_json_writer *w, const char *key) {
    if (!key) { w->failed = true; return; }
    vkr_json_key_n(w, key, strlen(key));
}

VALKYR_API void vkr_json_write_string_n(vkr_json_writer *w, const char *s, size_t n) {
    vkr__jw_before_value(w);
    vkr__jw_escaped(w, s ? s : "", s ? n : 0);
}
VALKYR_API void vkr_json_write_string(vkr_json_writer *w, const char *s) {
    vkr_json_write_string_n(w, s, s ? strlen(s) : 0);
}
VALKYR_API void vkr_json_write_int(vkr_json_writer *w, int64_t v) {
    char b[32];
    int n = snprintf(b, sizeof b, "%lld", (long long)v);
    vkr__jw_before_value(w);
    vkr__jw_put(w, b, (size_t)n);
}

/* Shortest of %.15g/%.16g/%.17g that reads back exactly; '.' whatever the locale. */
VKR__FN int vkr__fmt_double(char *b, size_t cap, double v) {
    int prec, n = 0;
    char *c;
    for (prec = 15; prec <= 17; prec++) {
        n = snprintf(b, cap, "%.*g", prec, v);
        for (c = b; *c; c++) if (*c == ',') *c = '.';
        {
            char tmp[64], *dot;
            const char *dp = localeconv()->decimal_point;
            memcpy(tmp, b, (size_t)n + 1);
            dot = strchr(tmp, '.');
            if (dot && dp && dp[0] && dp[0] != '.' && !dp[1]) *dot = dp[0];
            if (strtod(tmp, NULL) == v) break;
        }
    }
    return n;
}

VALKYR_API void vkr_json_write_double(vkr_json_writer *w, double v) {
    char b[64];
    int n;
    if (v != v || v == HUGE_VAL || v == -HUGE_VAL) { vkr_json_write_null(w); return; }
    n = vkr__fmt_double(b, sizeof b, v);
    vkr__jw_before_value(w);
    vkr__jw_put(w, b, (size_t)n);
}
VALKYR_API void vkr_json_write_bool(vkr_json_writer *w, bool v) {
    vkr__jw_before_value(w);
    vkr__jw_put(w, v ? "true" : "false", v ? 4 : 5);
}
VALKYR_API void vkr_json_write_null(vkr_json_writer *w) {
    vkr__jw_before_value(w);
    vkr__jw_put(w, "null", 4);
}

VALKYR_API void vkr_json_write_value(vkr_json_writer *w, const vkr_json *v) {
    size_t i;
    if (!v) { vkr_json_write_null(w); return; }
    switch (v->type) {
    case VKR_JSON_NULL: vkr_json_write_null(w); break;
    case VKR_JSON_FALSE: vkr_json_write_bool(w, false); break;
    case VKR_JSON_TRUE: vkr_json_write_bool(w, true); break;
    case VKR_JSON_NUMBER: if (v->is_int) vkr_json_write_int(w, v->i64); else vkr_json_write_double(w, v->num); break;
    case VKR_JSON_STRING: vkr_json_write_string_n(w, v->str, v->len); break;
    case VKR_JSON_ARRAY:
        vkr_json_begin_array(w);
        for (i = 0; i < v->len; i++) vkr_json_write_value(w, &v->items[i]);
        vkr_json_end_array(w);
        break;
    case VKR_JSON_OBJECT:
        vkr_json_begin_object(w);
        for (i = 0; i < v->len; i++) { vkr_json_key_n(w, v->items[i].key, v->items[i].key_len); vkr_json_write_value(w, &v->items[i]); }
        vkr_json_end_object(w);
        break;
    }
}

VALKYR_API vkr_result vkr_json_writer_result(vkr_json_writer *w, const char **text, size_t *len) {
    if (w->failed && w->oom) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "JSON writer: out of memory");
    if (w->failed) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "JSON writer: misuse (a key outside an object, a value without a key, unbalanced end, or two top-level values)");
    if (w->depth != 0) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "JSON writer: %d container(s) left open", (int)w->depth);
    if (!w->buf) vkr__jw_put(w, "", 0);
    if (w->failed) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "JSON writer: out of memory");
    if (text) *text = w->buf;
    if (len) *len = w->len;
    return VKR_OK;
}

/* >>st (implementation) ================================================== */

static const struct { const char *name; int32_t bits; } vkr__dtypes[VKR_DTYPE_COUNT] = {
    {"?", 0}, {"F32", 32}, {"F16", 16}, {"BF16", 16}, {"F64", 64},
    {"I64", 64}, {"I32", 32}, {"I16", 16}, {"I8", 8},
    {"U64", 64}, {"U32", 32}, {"U16", 16}, {"U8", 8},
    {"BOOL", 8},
    {"F8_E4M3", 8}, {"F8_E5M2", 8}, {"F8_E8M0", 8},
    {"F6_E2M3", 6}, {"F6_E3M2", 6}, {"F4", 4},
    {"C64", 64},
};

VALKYR_API const char *vkr_dtype_name(vkr_dtype t) {
    return (t > 0 && t < VKR_DTYPE_COUNT) ? vkr__dtypes[t].name : "?";
}
VALKYR_API int32_t vkr_dtype_bits(vkr_dtype t) {
    return (t > 0 && t < VKR_DTYPE_COUNT) ? vkr__dtypes[t].bits : 0;
}
VALKYR_API vkr_dtype vkr_dtype_from_name(const char *name) {
    int i;
    if (!name) return VKR_DTYPE_INVALID;
    for (i = 1; i < VKR_DTYPE_COUNT; i++)
        if (!strcmp(name, vkr__dtypes[i].name)) return (vkr_dtype)i;
    /* torch names, as config.json's torch_dtype / dtype use them */
    if (!strcmp(name, "float32") || !strcmp(name, "float")) return VKR_DTYPE_F32;
    if (!strcmp(name, "float16") || !strcmp(name, "half")) return VKR_DTYPE_F16;
    if (!strcmp(name, "bfloat16")) return VKR_DTYPE_BF16;
    if (!strcmp(name, "float64") || !strcmp(name, "double")) return VKR_DTYPE_F64;
    return VKR_DTYPE_INVALID;
}

VALKYR_API float vkr_bf16_to_f32(uint16_t h) {
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}
VALKYR_API uint16_t vkr_f32_to_bf16(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u) return (uint16_t)((u >> 16) | 0x40);   /* quiet NaN */
    u += 0x7FFFu + ((u >> 16) & 1);                                            /* round to nearest even */
    return (uint16_t)(u >> 16);
}
VALKYR_API float vkr_f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16, exp = (h >> 10) & 0x1F, man = h & 0x3FF, u;
    float f;
    if (exp == 0x1F) u = sign | 0x7F800000u | (man << 13);           /* inf / NaN */
    else if (exp) u = sign | ((exp + 112) << 23) | (man << 13);      /* normal */
    else if (!man) u = sign;                                          /* zero */
    else {                                                            /* subnormal: renormalise */
        exp = 113;
        while (!(man & 0x400)) { man <<= 1; exp--; }
        u = sign | (exp << 23) | ((man & 0x3FF) << 13);
    }
    memcpy(&f, &u, 4);
    return f;
}
VALKYR_API uint16_t vkr_f32_to_f16(float f) {
    uint32_t u, sign, man;
    int32_t exp;
    memcpy(&u, &f, 4);
    sign = (u >> 16) & 0x8000;
    exp = (int32_t)((u >> 23) & 0xFF) - 127 + 15;
    man = u & 0x7FFFFF;
    if (((u >> 23) & 0xFF) == 0xFF) return (uint16_t)(sign | 0x7C00 | (man ? 0x200 : 0));
    if (exp >= 31) return (uint16_t)(sign | 0x7C00);
    if (exp <= 0) {
        uint32_t m, shift, r;
        if (exp < -10) return (uint16_t)sign;
        m = man | 0x800000;
        shift = (uint32_t)(14 - exp);
        r = m >> shift;
        if ((m >> (shift - 1) & 1) && ((m & ((1u << (shift - 1)) - 1)) || (r & 1))) r++;
        return (uint16_t)(sign | r);
    }
    {
        uint32_t r = (uint32_t)(sign | ((uint32_t)exp << 10) | (man >> 13));
        if ((man & 0x1000) && ((man & 0x2FFF) || (r & 1))) r++;   /* may carry into the exponent: correct */
        return (uint16_t)r;
    }
}

typedef struct vkr__st_file {
    char *path;
    vkr__file_map map;
    vkr_json_doc *header;     /* kept for __metadata__ */
} vkr__st_file;

struct vkr_st {
    vkr_hooks hooks;
    vkr_allocator a;
    vkr__st_file *files;
    int32_t n_files;
    vkr_tensor *tensors;      /* sorted by name */
    int64_t n_tensors, cap_tensors;
    int64_t *hash;            /* open addressing: tensor index + 1, 0 = empty */
    size_t hash_cap;
    vkr__arena names;
};

#define VKR__ST_MAX_HEADER 100000000u

VKR__FN uint64_t vkr__hash_str(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ULL; }
    return h;
}

VKR__FN int vkr__cmp_tensor_offset(const void *a, const void *b) {
    const vkr_tensor *x = *(const vkr_tensor *const *)a, *y = *(const vkr_tensor *const *)b;
    const uint8_t *px = (const uint8_t *)x->data, *py = (const uint8_t *)y->data;
    if (px != py) return px < py ? -1 : 1;
    return x->n_bytes < y->n_bytes ? -1 : x->n_bytes > y->n_bytes;
}
VKR__FN int vkr__cmp_tensor_pname(const void *a, const void *b) {
    return strcmp((*(const vkr_tensor *const *)a)->name, (*(const vkr_tensor *const *)b)->name);
}
VKR__FN int vkr__cmp_tensor_name(const void *a, const void *b) {
    return strcmp(((const vkr_tensor *)a)->name, ((const vkr_tensor *)b)->name);
}

/* Formats a shape as "[2048, 5632]". */
VKR__FN const char *vkr__shape_str(char *buf, size_t cap, const int64_t *shape, int32_t n) {
    size_t o = 0;
    int32_t i;
    o += (size_t)snprintf(buf + o, cap - o, "[");
    for (i = 0; i < n && o < cap; i++)
        o += (size_t)snprintf(buf + o, cap - o, "%s%lld", i ? ", " : "", (long long)shape[i]);
    if (o < cap) snprintf(buf + o, cap - o, "]");
    return buf;
}

/* Parses one file's header and appends its tensors. `data` holds the whole
   file; tensor data pointers point into it. Errors start with `fname`. */
VKR__FN vkr_result vkr__st_parse(vkr_st *st, int32_t file, const uint8_t *data, uint64_t size,
                                 const char *fname, vkr_json_doc **header_out) {
    uint64_t hlen = 0, data_size, pos;
    const uint8_t *base;
    vkr_json_desc jd;
    vkr_json_doc *doc = NULL;
    const vkr_json *root;
    vkr_result r;
    int64_t first = st->n_tensors, i, n_new = 0;
    const vkr_tensor **order = NULL;
    char jname[600];
    int k;

    if (size < 8)
        return vkr__fail(VKR_ERR_SAFETENSORS, "%s: file is %llu bytes, too small for the 8-byte header length",
                         fname, (unsigned long long)size);
    for (k = 7; k >= 0; k--) hlen = (hlen << 8) | data[k];
    if (hlen > VKR__ST_MAX_HEADER)
        return vkr__fail(VKR_ERR_SAFETENSORS, "%s: header length %llu exceeds the 100 MB limit", fname,
                         (unsigned long long)hlen);
    if (hlen > size - 8)
        return vkr__fail(VKR_ERR_SAFETENSORS, "%s: header length %llu runs past the end of the file (%llu bytes)",
                         fname, (unsigned long long)hlen, (unsigned long long)size);
    if (hlen == 0 || data[8] != '{')
        return vkr__fail(VKR_ERR_SAFETENSORS, "%s: the header does not start with '{'", fname);
    base = data + 8 + hlen;
    data_size = size - 8 - hlen;

    memset(&jd, 0, sizeof jd);
    jd.hooks = st->hooks;
    snprintf(jname, sizeof jname, "%s: header", fname);
    jd.name = jname;
    jd.max_depth = 16;
    r = vkr_json_parse((const char *)data + 8, (size_t)hlen, &jd, &doc);
    if (r != VKR_OK) return r;
    root = vkr_json_root(doc);
    if (root->type != VKR_JSON_OBJECT) {
        vkr_json_free(doc);
        return vkr__fail(VKR_ERR_SAFETENSORS, "%s: the header is not a JSON object", fname);
    }
    for (i = 0; i < (int64_t)root->len; i++) {
        const vkr_json *e = &root->items[i], *dt, *shape, *offs;
        vkr_tensor *t;
        int64_t b, en;
        uint64_t n = 1, bits;
        size_t d;
        if (!strcmp(e->key, "__metadata__")) {
            size_t m;
            if (e->type != VKR_JSON_OBJECT) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: __metadata__ is not an object", fname); goto fail; }
            for (m = 0; m < e->len; m++)
                if (e->items[m].type != VKR_JSON_STRING) {
                    r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: __metadata__ value \"%s\" is not a string", fname, e->items[m].key);
                    goto fail;
                }
            continue;
        }
        if (e->type != VKR_JSON_OBJECT) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: entry is not an object", fname, e->key); goto fail; }
        if (strlen(e->key) != e->key_len || e->key_len == 0) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: a tensor name is empty or holds a NUL", fname); goto fail; }
        dt = vkr_json_get(e, "dtype");
        shape = vkr_json_get(e, "shape");
        offs = vkr_json_get(e, "data_offsets");
        if (!vkr_json_string(dt)) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: \"dtype\" missing or not a string", fname, e->key); goto fail; }
        if (!shape || shape->type != VKR_JSON_ARRAY) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: \"shape\" missing or not an array", fname, e->key); goto fail; }
        if (!offs || offs->type != VKR_JSON_ARRAY || offs->len != 2 || !offs->items[0].is_int || !offs->items[1].is_int) {
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: \"data_offsets\" must be two integers", fname, e->key); goto fail;
        }
        if (shape->len > VKR_MAX_DIMS) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: %zu dimensions (valkyr handles up to %d)", fname, e->key, shape->len, VKR_MAX_DIMS); goto fail; }
        if (st->n_tensors == st->cap_tensors) {
            int64_t nc = st->cap_tensors ? st->cap_tensors * 2 : 256;
            if (!vkr__grow(&st->a, (void **)&st->tensors, (size_t)st->cap_tensors, (size_t)nc, sizeof(vkr_tensor))) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", fname); goto fail; }
            st->cap_tensors = nc;
        }
        t = &st->tensors[st->n_tensors];
        memset(t, 0, sizeof *t);
        t->name = vkr__arena_strndup(&st->names, e->key, e->key_len);
        if (!t->name) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", fname); goto fail; }
        t->dtype = vkr_dtype_from_name(dt->str);
        if (t->dtype == VKR_DTYPE_INVALID || strcmp(dt->str, vkr__dtypes[t->dtype].name) != 0) {
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: unknown dtype \"%s\"", fname, e->key, dt->str); goto fail;
        }
        t->n_dims = (int32_t)shape->len;
        for (d = 0; d < shape->len; d++) {
            const vkr_json *s = &shape->items[d];
            if (!s->is_int || s->i64 < 0) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: shape entry %zu is not a non-negative integer", fname, e->key, d); goto fail; }
            t->shape[d] = s->i64;
            if (!vkr__mul_u64(n, (uint64_t)s->i64, &n) || n > (uint64_t)INT64_MAX) {
                r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: shape overflows 64 bits", fname, e->key); goto fail;
            }
        }
        t->n_elems = (int64_t)n;
        if (!vkr__mul_u64(n, (uint64_t)vkr__dtypes[t->dtype].bits, &bits)) {
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: byte size overflows 64 bits", fname, e->key); goto fail;
        }
        if (bits % 8) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: %llu elements of %s do not fill whole bytes", fname, e->key, (unsigned long long)n, dt->str); goto fail; }
        t->n_bytes = bits / 8;
        b = offs->items[0].i64;
        en = offs->items[1].i64;
        if (b < 0 || en < b) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: data_offsets [%lld, %lld] are not an ordered pair of non-negative integers", fname, e->key, (long long)b, (long long)en); goto fail; }
        if ((uint64_t)(en - b) != t->n_bytes) {
            char sh[200];
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: shape %s of %s is %llu bytes but data_offsets [%lld, %lld] span %lld",
                          fname, e->key, vkr__shape_str(sh, sizeof sh, t->shape, t->n_dims), dt->str,
                          (unsigned long long)t->n_bytes, (long long)b, (long long)en, (long long)(en - b));
            goto fail;
        }
        if ((uint64_t)en > data_size) {
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: data_offsets [%lld, %lld] run past the end of the data (%llu bytes)",
                          fname, e->key, (long long)b, (long long)en, (unsigned long long)data_size);
            goto fail;
        }
        t->data = base + b;
        t->file = file;
        st->n_tensors++;
    }
    /* names unique within the header; then contiguous and covering: sorted by
       offset, each tensor starts where the last ended */
    n_new = st->n_tensors - first;
    if (n_new) {
        order = (const vkr_tensor **)vkr__alloc(&st->a, (size_t)n_new * sizeof *order);
        if (!order) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", fname); goto fail; }
        for (i = 0; i < n_new; i++) order[i] = &st->tensors[first + i];
        qsort((void *)order, (size_t)n_new, sizeof *order, vkr__cmp_tensor_pname);
        for (i = 1; i < n_new; i++)
            if (!strcmp(order[i]->name, order[i - 1]->name)) {
                r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: duplicate name in the header", fname, order[i]->name);
                goto fail;
            }
        qsort((void *)order, (size_t)n_new, sizeof *order, vkr__cmp_tensor_offset);
    }
    pos = 0;
    for (i = 0; i < n_new; i++) {
        uint64_t b = (uint64_t)((const uint8_t *)order[i]->data - base);
        if (b != pos) {
            if (i == 0)
                r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: data starts at byte %llu; the first tensor must start at 0",
                              fname, order[i]->name, (unsigned long long)b);
            else
                r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: data_offsets start at %llu but tensor %s ends at %llu (%s)",
                              fname, order[i]->name, (unsigned long long)b, order[i - 1]->name, (unsigned long long)pos,
                              b < pos ? "overlap" : "gap");
            goto fail;
        }
        pos = b + order[i]->n_bytes;
    }
    if (pos != data_size) {
        r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: the tensors cover %llu bytes but the data section is %llu bytes",
                      fname, (unsigned long long)pos, (unsigned long long)data_size);
        goto fail;
    }
    vkr__free(&st->a, (void *)order, (size_t)n_new * sizeof *order);
    *header_out = doc;
    return VKR_OK;
fail:
    vkr__free(&st->a, (void *)order, (size_t)n_new * sizeof *order);
    vkr_json_free(doc);
    return r;
}

/* Sorts by name, rejects duplicates (within or across files), builds the hash. */
VKR__FN vkr_result vkr__st_index(vkr_st *st) {
    int64_t i;
    size_t cap = 16;
    if (st->n_tensors) qsort(st->tensors, (size_t)st->n_tensors, sizeof(vkr_tensor), vkr__cmp_tensor_name);
    for (i = 1; i < st->n_tensors; i++)
        if (!strcmp(st->tensors[i].name, st->tensors[i - 1].name)) {
            const vkr_tensor *a = &st->tensors[i - 1], *b = &st->tensors[i];
            if (a->file == b->file)
                return vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s: duplicate name in the header",
                                 st->files[a->file].path, a->name);
            return vkr__fail(VKR_ERR_SAFETENSORS, "tensor %s appears in both %s and %s", a->name,
                             st->files[a->file].path, st->files[b->file].path);
        }
    while (cap < (size_t)st->n_tensors * 2) cap *= 2;
    st->hash = (int64_t *)vkr__calloc(&st->a, cap, sizeof(int64_t));
    if (!st->hash) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "safetensors: out of memory");
    st->hash_cap = cap;
    for (i = 0; i < st->n_tensors; i++) {
        size_t h = (size_t)vkr__hash_str(st->tensors[i].name) & (cap - 1);
        while (st->hash[h]) h = (h + 1) & (cap - 1);
        st->hash[h] = i + 1;
    }
    return VKR_OK;
}

VKR__FN vkr_result vkr__st_new(const vkr_st_desc *desc, vkr_st **out) {
    vkr_allocator a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    vkr_st *st = (vkr_st *)vkr__calloc(&a, 1, sizeof *st);
    if (!st) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "safetensors: out of memory");
    if (desc) st->hooks = desc->hooks;
    st->hooks.allocator = a;
    st->a = a;
    st->names.a = a;
    *out = st;
    return VKR_OK;
}

VKR__FN vkr_result vkr__st_add_file(vkr_st *st, const char *path, bool no_mmap) {
    vkr__st_file *f;
    vkr_result r;
    if (!vkr__grow(&st->a, (void **)&st->files, (size_t)st->n_files, (size_t)st->n_files + 1, sizeof(vkr__st_file)))
        return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path);
    f = &st->files[st->n_files++];   /* counted first, so close frees the array at its size */
    memset(f, 0, sizeof *f);
    f->path = vkr__strdup(&st->a, path);
    if (!f->path) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path);
    r = vkr__file_open(path, no_mmap, &st->a, &f->map);
    if (r != VKR_OK) return r;
    return vkr__st_parse(st, st->n_files - 1, f->map.data, f->map.size, path, &f->header);
}

VALKYR_API void vkr_st_close(vkr_st *st) {
    int32_t i;
    vkr_allocator a;
    if (!st) return;
    a = st->a;
    for (i = 0; i < st->n_files; i++) {
        vkr__file_close(&st->files[i].map, &a);
        vkr_json_free(st->files[i].header);
        if (st->files[i].path) vkr__free(&a, st->files[i].path, strlen(st->files[i].path) + 1);
    }
    vkr__free(&a, st->files, (size_t)st->n_files * sizeof(vkr__st_file));
    vkr__free(&a, st->tensors, (size_t)st->cap_tensors * sizeof(vkr_tensor));
    vkr__free(&a, st->hash, st->hash_cap * sizeof(int64_t));
    vkr__arena_free(&st->names);
    vkr__free(&a, st, sizeof *st);
}

VALKYR_API vkr_result vkr_st_open_memory(const void *data, size_t size, const char *name,
                                         const vkr_st_desc *desc, vkr_st **out) {
    vkr_st *st;
    vkr__st_file *f;
    vkr_result r;
    if (!out || (!data && size)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_st_open_memory: NULL argument");
    *out = NULL;
    if (!name) name = "(memory)";
    r = vkr__st_new(desc, &st);
    if (r != VKR_OK) return r;
    st->files = f = (vkr__st_file *)vkr__calloc(&st->a, 1, sizeof *f);
    if (f) st->n_files = 1;
    if (!f || !(f->path = vkr__strdup(&st->a, name))) { vkr_st_close(st); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", name); }
    r = vkr__st_parse(st, 0, (const uint8_t *)data, size, name, &f->header);
    if (r == VKR_OK) r = vkr__st_index(st);
    if (r != VKR_OK) { vkr_st_close(st); return r; }
    *out = st;
    return VKR_OK;
}

typedef struct vkr__name_list { char **v; size_t n, cap; const vkr_allocator *a; bool oom; } vkr__name_list;

VKR__FN bool vkr__name_list_add(vkr__name_list *l, const char *s) {
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 16;
        if (!vkr__grow(l->a, (void **)&l->v, l->cap, nc, sizeof(char *))) { l->oom = true; return false; }
        l->cap = nc;
    }
    if (!(l->v[l->n] = vkr__strdup(l->a, s))) { l->oom = true; return false; }
    l->n++;
    return true;
}
VKR__FN void vkr__name_list_free(vkr__name_list *l) {
    size_t i;
    for (i = 0; i < l->n; i++) vkr__free(l->a, l->v[i], strlen(l->v[i]) + 1);
    vkr__free(l->a, l->v, l->cap * sizeof(char *));
}
VKR__FN int vkr__cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
VKR__FN bool vkr__collect_safetensors(void *user, const char *name) {
    if (vkr__ends_with(name, ".safetensors")) return vkr__name_list_add((vkr__name_list *)user, name);
    return true;
}

/* Opens the shards listed by a model.safetensors.index.json. */
VKR__FN vkr_result vkr__st_open_index(vkr_st *st, const char *index_path, bool no_mmap) {
    char *text = NULL, dir[4096], path[4096];
    size_t len = 0, i;
    vkr_json_doc *doc = NULL;
    vkr_json_desc jd;
    const vkr_json *wm;
    vkr__name_list files;
    vkr_result r;
    const char *slash;
    memset(&files, 0, sizeof files);
    files.a = &st->a;
    r = vkr__read_text(index_path, &st->a, &text, &len);
    if (r != VKR_OK) return r;
    memset(&jd, 0, sizeof jd);
    jd.hooks = st->hooks;
    jd.name = index_path;
    r = vkr_json_parse(text, len, &jd, &doc);
    vkr__free(&st->a, text, len + 1);
    if (r != VKR_OK) return r;
    wm = vkr_json_get(vkr_json_root(doc), "weight_map");
    if (!wm || wm->type != VKR_JSON_OBJECT) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: \"weight_map\" missing or not an object", index_path); goto done; }
    for (i = 0; i < wm->len; i++) {
        const char *fn = vkr_json_string(&wm->items[i]);
        size_t k;
        bool seen = false;
        if (!fn || !*fn || strchr(fn, '/') || strchr(fn, '\\') || !strcmp(fn, "..") || !strcmp(fn, ".")) {
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: weight_map entry for %s is not a plain file name", index_path, wm->items[i].key);
            goto done;
        }
        for (k = 0; k < files.n && !seen; k++) seen = !strcmp(files.v[k], fn);
        if (!seen && !vkr__name_list_add(&files, fn)) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", index_path); goto done; }
    }
    if (files.n == 0) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: weight_map is empty", index_path); goto done; }
    qsort(files.v, files.n, sizeof(char *), vkr__cmp_str);
    slash = strrchr(index_path, '/');
#ifdef _WIN32
    if (!slash || strrchr(index_path, '\\') > slash) slash = strrchr(index_path, '\\');
#endif
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - index_path) : 1, slash ? index_path : ".");
    for (i = 0; i < files.n; i++) {
        char what[600];
        snprintf(what, sizeof what, "mapping %s", files.v[i]);
        if (!vkr__progress(&st->hooks, what, i, files.n)) { r = vkr__fail(VKR_ERR_ABORTED, "%s: cancelled", index_path); goto done; }
        if (!vkr__path_join(path, sizeof path, dir, files.v[i])) { r = vkr__fail(VKR_ERR_LIMIT, "%s: path too long", index_path); goto done; }
        r = vkr__st_add_file(st, path, no_mmap);
        if (r != VKR_OK) { vkr__error_prefix("%s: ", index_path); goto done; }
    }
    if (!vkr__progress(&st->hooks, "mapped", files.n, files.n)) { r = vkr__fail(VKR_ERR_ABORTED, "%s: cancelled", index_path); goto done; }
    r = vkr__st_index(st);
    if (r != VKR_OK) goto done;
    /* every mapped name must be in the shard the index names */
    for (i = 0; i < wm->len; i++) {
        const vkr_tensor *t = vkr_st_find(st, wm->items[i].key);
        const char *want = wm->items[i].str, *have;
        if (!t) { r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s is mapped to %s, which does not hold it", index_path, wm->items[i].key, want); goto done; }
        have = st->files[t->file].path;
        if (!vkr__ends_with(have, want) || (strlen(have) > strlen(want) && have[strlen(have) - strlen(want) - 1] != '/' && have[strlen(have) - strlen(want) - 1] != '\\')) {
            r = vkr__fail(VKR_ERR_SAFETENSORS, "%s: tensor %s is mapped to %s but found in %s", index_path, wm->items[i].key, want, have);
            goto done;
        }
    }
done:
    vkr__name_list_free(&files);
    vkr_json_free(doc);
    return r;
}

VALKYR_API vkr_result vkr_st_open(const char *path, const vkr_st_desc *desc, vkr_st **out) {
    vkr_st *st = NULL;   /* gcc -O2 maybe-uninitialized */
    vkr_result r;
    char p[4096];
    bool no_mmap = desc && desc->no_mmap;
    if (!out || !path) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_st_open: NULL argument");
    *out = NULL;
    r = vkr__st_new(desc, &st);
    if (r != VKR_OK) return r;
    switch (vkr__stat(path)) {
    case VKR__PATH_NONE:
        r = vkr__fail(VKR_ERR_NOT_FOUND, "%s: no such file or directory", path);
        break;
    case VKR__PATH_FILE:
        if (vkr__ends_with(path, ".json")) r = vkr__st_open_index(st, path, no_mmap);
        else if ((r = vkr__st_add_file(st, path, no_mmap)) == VKR_OK) r = vkr__st_index(st);
        break;
    case VKR__PATH_DIR:
        if (vkr__path_join(p, sizeof p, path, "model.safetensors.index.json") && vkr__stat(p) == VKR__PATH_FILE) {
            r = vkr__st_open_index(st, p, no_mmap);
        } else if (vkr__path_join(p, sizeof p, path, "model.safetensors") && vkr__stat(p) == VKR__PATH_FILE) {
            if ((r = vkr__st_add_file(st, p, no_mmap)) == VKR_OK) r = vkr__st_index(st);
        } else {
            vkr__name_list l;
            size_t i;
            memset(&l, 0, sizeof l);
            l.a = &st->a;
            vkr__list_dir(path, vkr__collect_safetensors, &l);
            if (l.oom) r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path);
            else if (l.n == 0) r = vkr__fail(VKR_ERR_NOT_FOUND, "%s: no .safetensors files in this directory", path);
            else {
                qsort(l.v, l.n, sizeof(char *), vkr__cmp_str);
                for (i = 0; i < l.n && r == VKR_OK; i++) {
                    if (!vkr__progress(&st->hooks, l.v[i], i, l.n)) r = vkr__fail(VKR_ERR_ABORTED, "%s: cancelled", path);
                    else if (!vkr__path_join(p, sizeof p, path, l.v[i])) r = vkr__fail(VKR_ERR_LIMIT, "%s: path too long", path);
                    else r = vkr__st_add_file(st, p, no_mmap);
                }
                if (r == VKR_OK) r = vkr__st_index(st);
            }
            vkr__name_list_free(&l);
        }
        break;
    }
    if (r != VKR_OK) { vkr_st_close(st); return r; }
    *out = st;
    return VKR_OK;
}

VALKYR_API int64_t vkr_st_count(const vkr_st *st) { return st ? st->n_tensors : 0; }
VALKYR_API const vkr_tensor *vkr_st_at(const vkr_st *st, int64_t i) {
    return (st && i >= 0 && i < st->n_tensors) ? &st->tensors[i] : NULL;
}
VALKYR_API const vkr_tensor *vkr_st_find(const vkr_st *st, const char *name) {
    size_t h;
    if (!st || !name || !st->hash_cap) return NULL;
    h = (size_t)vkr__hash_str(name) & (st->hash_cap - 1);
    while (st->hash[h]) {
        const vkr_tensor *t = &st->tensors[st->hash[h] - 1];
        if (!strcmp(t->name, name)) return t;
        h = (h + 1) & (st->hash_cap - 1);
    }
    return NULL;
}
VALKYR_API int32_t vkr_st_file_count(const vkr_st *st) { return st ? st->n_files : 0; }
VALKYR_API const char *vkr_st_file_path(const vkr_st *st, int32_t i) {
    return (st && i >= 0 && i < st->n_files) ? st->files[i].path : NULL;
}
VALKYR_API const char *vkr_st_metadata(const vkr_st *st, const char *key) {
    if (!st || !st->n_files || !st->files[0].header) return NULL;
    return vkr_json_string(vkr_json_get(vkr_json_get(vkr_json_root(st->files[0].header), "__metadata__"), key));
}

VALKYR_API vkr_result vkr_tensor_read_f32(const vkr_tensor *t, int64_t first, int64_t count, float *dst) {
    const uint8_t *p;
    int64_t i;
    if (!t || !dst || first < 0 || count < 0 || first > t->n_elems || count > t->n_elems - first)
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "tensor %s: elements [%lld, +%lld) out of range",
                         t ? t->name : "?", (long long)first, (long long)count);
    p = (const uint8_t *)t->data;
    switch (t->dtype) {
    case VKR_DTYPE_F32:
        memcpy(dst, p + first * 4, (size_t)count * 4);
        return VKR_OK;
    case VKR_DTYPE_F16:
    case VKR_DTYPE_BF16:
        for (i = 0; i < count; i++) {
            uint16_t h;
            memcpy(&h, p + (first + i) * 2, 2);
            dst[i] = t->dtype == VKR_DTYPE_F16 ? vkr_f16_to_f32(h) : vkr_bf16_to_f32(h);
        }
        return VKR_OK;
    default:
        return vkr__fail(VKR_ERR_UNSUPPORTED, "tensor %s: dtype %s is not supported (valkyr computes with F32, F16 and BF16)",
                         t->name, vkr_dtype_name(t->dtype));
    }
}

/* >>config (implementation) ============================================== */

static const char *const vkr__family_names[VKR_FAMILY_COUNT] = {
    "unknown", "llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3", "qwen3_5"
};

VALKYR_API const char *vkr_family_name(vkr_family f) {
    return (f >= 0 && f < VKR_FAMILY_COUNT) ? vkr__family_names[f] : "unknown";
}

#define VKR__SUPPORTED_TYPES "llama, mistral, qwen2, qwen3, gemma, gemma2, gemma3_text (or gemma3), qwen3_5 (or qwen3_5_text)"

/* How a family picks which layers attend over a sliding window when
   config.json has no layer_types. */
enum {
    VKR__SLIDE_NONE = 0,      /* every layer full */
    VKR__SLIDE_ALL,           /* every layer, when sliding_window is set (Mistral) */
    VKR__SLIDE_AFTER_MAX,     /* layers from max_window_layers on, with use_sliding_window (Qwen2/3) */
    VKR__SLIDE_ODD,           /* every other layer, the first included (Gemma 2) */
    VKR__SLIDE_PATTERN,       /* all but every sliding_window_pattern-th (Gemma 3) */
    VKR__SLIDE_HYBRID         /* not sliding: all but every full_attention_interval-th are Gated DeltaNet (Qwen3.5) */
};

/* A family is one row of this table: transformers' defaults for absent
   fields, then the switches the forward walk reads (vkr_config's booleans
   and scales come from here, refined by config.json where it may say). */
typedef struct vkr__family_defaults {
    vkr_family family;
    const char *model_type, *arch;
    int64_t vocab, hidden, inter, layers, heads, kv_heads; /* kv_heads 0 → heads */
    int64_t head_dim;                                      /* 0 → hidden / heads */
    int64_t max_pos;
    double theta;
    bool tie;
    int64_t bos, eos, pad;                                 /* -1 → none */
    int64_t sliding_window;                                /* 0 → none */
    /* switches */
    const char *act;          /* hidden_act default: "silu" (SwiGLU) or "gelu_pytorch_tanh" (GeGLU) */
    bool gemma_act;           /* hidden_act wins over hidden_activation (Gemma 1) */
    uint8_t biases;           /* 0: attention_bias gives q/k/v/o biases; 1: q/k/v always, never o (Qwen2); 2: none (Mistral) */
    bool mlp_bias;            /* config.json's mlp_bias is read (Llama) */
    bool qk_norm;             /* per-head RMSNorm on q and k */
    bool norm_plus_one;       /* RMSNorm gains are (1 + w) */
    bool sandwich;            /* post-attention and post-FFN norms */
    bool embed_scale;         /* embeddings × sqrt(hidden_size) */
    bool gemma_attn;          /* query_pre_attn_scalar and the soft-caps are read */
    double attn_softcap, final_softcap;   /* their defaults (0: off) */
    uint8_t slide;            /* VKR__SLIDE_* */
    double partial_rotary;    /* default fraction of head_dim that rotates */
    double local_theta;       /* sliding layers' own RoPE base, unscaled (Gemma 3); 0: as the full layers */
} vkr__family_defaults;

static const vkr__family_defaults vkr__defaults[] = {
    /*                                                           vocab   hidden inter  L   H   KV  hd   max_pos    theta tie  bos eos pad  window
         act                 gemma_act biases mlp_b qk_n  1+w   sandw emb_s gemma_attn caps   slide            partial local_theta */
    {VKR_FAMILY_LLAMA,   "llama",        "LlamaForCausalLM",   32000, 4096, 11008, 32, 32, 0, 0, 2048, 1e4, false, 1, 2, -1, 0,
         "silu",             false, 0, true,  false, false, false, false, false, 0, 0,   VKR__SLIDE_NONE,      1.0, 0},
    {VKR_FAMILY_MISTRAL, "mistral",      "MistralForCausalLM", 32000, 4096, 14336, 32, 32, 8, 0, 4096 * 32, 1e4, false, 1, 2, -1, 4096,
         "silu",             false, 2, false, false, false, false, false, false, 0, 0,   VKR__SLIDE_ALL,       1.0, 0},
    {VKR_FAMILY_QWEN2,   "qwen2",        "Qwen2ForCausalLM",   151936, 4096, 22016, 32, 32, 32, 0, 32768, 1e4, false, -1, -1, -1, 4096,
         "silu",             false, 1, false, false, false, false, false, false, 0, 0,   VKR__SLIDE_AFTER_MAX, 1.0, 0},
    {VKR_FAMILY_QWEN3,   "qwen3",        "Qwen3ForCausalLM",   151936, 4096, 22016, 32, 32, 32, 128, 32768, 1e4, false, -1, -1, -1, 4096,
         "silu",             false, 0, false, true,  false, false, false, false, 0, 0,   VKR__SLIDE_AFTER_MAX, 1.0, 0},
    {VKR_FAMILY_GEMMA,   "gemma",        "GemmaForCausalLM",   256000, 3072, 24576, 28, 16, 16, 256, 8192, 1e4, true, 2, 1, 0, 0,
         "gelu_pytorch_tanh", true, 0, false, false, true,  false, true,  false, 0, 0,   VKR__SLIDE_NONE,      1.0, 0},
    {VKR_FAMILY_GEMMA2,  "gemma2",       "Gemma2ForCausalLM",  256000, 2304, 9216, 26, 8, 4, 256, 8192, 1e4, true, 2, 1, 0, 4096,
         "gelu_pytorch_tanh", false, 0, false, false, true,  true,  true,  true,  50, 30, VKR__SLIDE_ODD,       1.0, 0},
    {VKR_FAMILY_GEMMA3,  "gemma3_text",  "Gemma3ForCausalLM",  262208, 2304, 9216, 26, 8, 4, 256, 131072, 1e6, true, 2, 1, 0, 4096,
         "gelu_pytorch_tanh", false, 0, false, true,  true,  true,  true,  true,  0, 0,   VKR__SLIDE_PATTERN,   1.0, 1e4},
    {VKR_FAMILY_QWEN3_5, "qwen3_5_text", "Qwen3_5ForCausalLM", 248320, 4096, 12288, 32, 16, 4, 256, 32768, 1e4, false, -1, -1, -1, 0,
         "silu",             false, 0, false, true,  true,  false, false, false, 0, 0,   VKR__SLIDE_HYBRID,    0.25, 0},
};

typedef enum { VKR__F_ABSENT = 0, VKR__F_NULL, VKR__F_SET } vkr__field;

typedef struct vkr__cfg {
    const char *name;          /* file name for messages */
    const vkr_json *obj;       /* the object fields are read from (text_config when nested) */
    const vkr_json *top;       /* the top-level object */
    vkr_result err;
} vkr__cfg;

VKR__FN const vkr_json *vkr__cfg_get(vkr__cfg *c, const char *key, vkr__field *state) {
    const vkr_json *v = vkr_json_get(c->obj, key);
    *state = !v ? VKR__F_ABSENT : v->type == VKR_JSON_NULL ? VKR__F_NULL : VKR__F_SET;
    return v;
}

/* Integer field: absent or null → dflt; a wrong type is an error naming it. */
VKR__FN vkr__field vkr__cfg_int(vkr__cfg *c, const char *key, int64_t dflt, int64_t *out) {
    vkr__field st;
    const vkr_json *v = vkr__cfg_get(c, key, &st);
    *out = dflt;
    if (st != VKR__F_SET) return st;
    if (!vkr_json_int(v, out)) {
        *out = dflt;
        if (c->err == VKR_OK) c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must be an integer", c->name, key);
    }
    return st;
}
VKR__FN vkr__field vkr__cfg_num(vkr__cfg *c, const vkr_json *obj, const char *key, double dflt, double *out) {
    const vkr_json *v = vkr_json_get(obj, key);
    *out = dflt;
    if (!v) return VKR__F_ABSENT;
    if (v->type == VKR_JSON_NULL) return VKR__F_NULL;
    if (!vkr_json_number(v, out)) {
        *out = dflt;
        if (c->err == VKR_OK) c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must be a number", c->name, key);
    }
    return VKR__F_SET;
}
VKR__FN bool vkr__cfg_bool(vkr__cfg *c, const char *key, bool dflt) {
    vkr__field st;
    const vkr_json *v = vkr__cfg_get(c, key, &st);
    bool b = dflt;
    if (st == VKR__F_SET && !vkr_json_bool(v, &b) && c->err == VKR_OK)
        c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must be true or false", c->name, key);
    return b;
}
VKR__FN const char *vkr__cfg_str(vkr__cfg *c, const vkr_json *obj, const char *key) {
    const vkr_json *v = vkr_json_get(obj, key);
    if (v && v->type != VKR_JSON_STRING && v->type != VKR_JSON_NULL && c->err == VKR_OK)
        c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must be a string", c->name, key);
    return vkr_json_string(v);
}

/* Reads one RoPE description: `p` is a v5 rope_parameters object or a
   classic rope_scaling object (either may be NULL), theta the base. */
VKR__FN void vkr__cfg_rope(vkr__cfg *c, const vkr_json *p, const char *what, double theta,
                           double partial, int64_t head_dim, vkr_rope *r) {
    const char *type = NULL;
    memset(r, 0, sizeof *r);
    r->theta = theta;
    r->factor = 1.0;
    r->partial_rotary_factor = partial;
    if (p && p->type == VKR_JSON_OBJECT) {
        type = vkr__cfg_str(c, p, "rope_type");
        if (!type) type = vkr__cfg_str(c, p, "type");   /* the older key */
        vkr__cfg_num(c, p, "rope_theta", r->theta, &r->theta);
        vkr__cfg_num(c, p, "partial_rotary_factor", r->partial_rotary_factor, &r->partial_rotary_factor);
        vkr__cfg_num(c, p, "factor", 1.0, &r->factor);
        vkr__cfg_num(c, p, "low_freq_factor", 0, &r->low_freq_factor);
        vkr__cfg_num(c, p, "high_freq_factor", 0, &r->high_freq_factor);
        vkr__cfg_num(c, p, "attention_factor", 0, &r->attention_factor);
        vkr__cfg_num(c, p, "beta_fast", 32, &r->beta_fast);
        vkr__cfg_num(c, p, "beta_slow", 1, &r->beta_slow);
        {
            double omp = 0;
            vkr__cfg_num(c, p, "original_max_position_embeddings", 0, &omp);
            r->original_max_position = (int64_t)omp;
        }
    } else if (p && p->type != VKR_JSON_NULL && c->err == VKR_OK) {
        c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must be an object or null", c->name, what);
    }
    if (!type || !strcmp(type, "default")) r->type = VKR_ROPE_DEFAULT;
    else if (!strcmp(type, "linear")) r->type = VKR_ROPE_LINEAR;
    else if (!strcmp(type, "dynamic")) r->type = VKR_ROPE_DYNAMIC;
    else if (!strcmp(type, "yarn")) r->type = VKR_ROPE_YARN;
    else if (!strcmp(type, "longrope")) r->type = VKR_ROPE_LONGROPE;
    else if (!strcmp(type, "llama3")) r->type = VKR_ROPE_LLAMA3;
    else if (c->err == VKR_OK)
        c->err = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: %s: rope type \"%s\" is not supported (default, linear, dynamic, yarn, longrope, llama3)",
                           c->name, what, type);
    if (r->type == VKR_ROPE_LLAMA3 && c->err == VKR_OK &&
        (r->low_freq_factor <= 0 || r->high_freq_factor <= r->low_freq_factor || r->original_max_position <= 0 || r->factor <= 0))
        c->err = vkr__fail(VKR_ERR_CONFIG, "%s: %s: llama3 rope needs factor > 0, 0 < low_freq_factor < high_freq_factor and original_max_position_embeddings",
                           c->name, what);
    if (c->err == VKR_OK && (r->theta <= 0 || r->partial_rotary_factor <= 0 || r->partial_rotary_factor > 1))
        c->err = vkr__fail(VKR_ERR_CONFIG, "%s: %s: rope_theta must be > 0 and partial_rotary_factor in (0, 1]", c->name, what);
    r->rotary_dim = (int64_t)((double)head_dim * r->partial_rotary_factor);
    if (r->rotary_dim & 1) r->rotary_dim--;
}

VKR__FN vkr_family vkr__family_of(const char *model_type, const char *arch) {
    size_t i;
    if (model_type) {
        if (!strcmp(model_type, "gemma3")) return VKR_FAMILY_GEMMA3;
        if (!strcmp(model_type, "qwen3_5")) return VKR_FAMILY_QWEN3_5;
        for (i = 0; i < VKR__COUNT(vkr__defaults); i++)
            if (!strcmp(model_type, vkr__defaults[i].model_type)) return vkr__defaults[i].family;
        return VKR_FAMILY_UNKNOWN;
    }
    if (arch) {
        if (!strcmp(arch, "Gemma3ForConditionalGeneration")) return VKR_FAMILY_GEMMA3;
        if (!strcmp(arch, "Qwen3_5ForConditionalGeneration")) return VKR_FAMILY_QWEN3_5;
        for (i = 0; i < VKR__COUNT(vkr__defaults); i++)
            if (!strcmp(arch, vkr__defaults[i].arch)) return vkr__defaults[i].family;
    }
    return VKR_FAMILY_UNKNOWN;
}

VKR__FN void vkr__copy_str(char *dst, size_t cap, const char *src) {
    size_t n = src ? strlen(src) : 0;
    if (n >= cap) n = cap - 1;
    if (n) memcpy(dst, src, n);
    dst[n] = 0;
}

/* Reads a token id or a list of them (eos_token_id is either). */
VKR__FN void vkr__cfg_token_ids(vkr__cfg *c, const char *key, int64_t dflt, int64_t *ids, int32_t *n, int32_t max) {
    vkr__field st;
    const vkr_json *v = vkr__cfg_get(c, key, &st);
    int64_t x;
    *n = 0;
    if (st == VKR__F_ABSENT) { if (dflt >= 0) ids[(*n)++] = dflt; return; }
    if (st == VKR__F_NULL) return;
    if (v->type == VKR_JSON_ARRAY) {
        size_t i;
        for (i = 0; i < v->len && *n < max; i++) {
            if (!vkr_json_int(&v->items[i], &x) || x < 0) {
                if (c->err == VKR_OK) c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must hold non-negative integers", c->name, key);
                return;
            }
            ids[(*n)++] = x;
        }
        return;
    }
    if (!vkr_json_int(v, &x) || x < 0) {
        if (c->err == VKR_OK) c->err = vkr__fail(VKR_ERR_CONFIG, "%s: \"%s\" must be a non-negative integer or a list of them", c->name, key);
        return;
    }
    ids[(*n)++] = x;
}

VKR__FN vkr_result vkr__config_parse(const char *json, size_t len, const char *name, const vkr_allocator *a,
                                     vkr_config *out);
VALKYR_API vkr_result vkr_config_parse(const char *json, size_t len, const char *name, vkr_config *out) {
    return vkr__config_parse(json, len, name, NULL, out);
}

VKR__FN vkr_result vkr__config_parse(const char *json, size_t len, const char *name, const vkr_allocator *a,
                                     vkr_config *out) {
    vkr_json_doc *doc = NULL;
    vkr_json_desc jd;
    vkr__cfg c;
    const vkr_json *root, *text_cfg, *arr, *rp;
    const vkr__family_defaults *d = NULL;
    const char *model_type, *arch = NULL, *s;
    vkr_result r;
    vkr_config *o = out;
    vkr__field st;
    size_t i;
    int64_t x;
    double partial = 1.0;
    int32_t n;

    if (!json || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_config_parse: NULL argument");
    if (!name) name = "config.json";
    memset(out, 0, sizeof *out);
    memset(&jd, 0, sizeof jd);
    jd.name = name;
    if (a) jd.hooks.allocator = *a;
    r = vkr_json_parse(json, len, &jd, &doc);
    if (r != VKR_OK) return r;
    memset(&c, 0, sizeof c);
    c.name = name;
    root = vkr_json_root(doc);
    if (root->type != VKR_JSON_OBJECT) { vkr_json_free(doc); return vkr__fail(VKR_ERR_CONFIG, "%s: not a JSON object", name); }
    c.top = c.obj = root;

    model_type = vkr__cfg_str(&c, root, "model_type");
    arr = vkr_json_get(root, "architectures");
    if (arr && arr->type == VKR_JSON_ARRAY && arr->len) arch = vkr_json_string(&arr->items[0]);
    o->family = vkr__family_of(model_type, arch);
    if (o->family == VKR_FAMILY_UNKNOWN) {
        r = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: model_type \"%s\"%s%s%s is not supported; valkyr supports " VKR__SUPPORTED_TYPES,
                      name, model_type ? model_type : "(none)", arch ? " (" : "", arch ? arch : "", arch ? ")" : "");
        vkr_json_free(doc);
        return r;
    }
    vkr__copy_str(o->model_type, sizeof o->model_type, model_type ? model_type : "");
    vkr__copy_str(o->architecture, sizeof o->architecture, arch ? arch : "");
    for (i = 0; i < VKR__COUNT(vkr__defaults); i++)
        if (vkr__defaults[i].family == o->family) d = &vkr__defaults[i];
    /* multimodal checkpoints nest the language model's numbers */
    text_cfg = vkr_json_get(root, "text_config");
    if (text_cfg && text_cfg->type == VKR_JSON_OBJECT &&
        (!model_type || !strcmp(model_type, "qwen3_5") || !strcmp(model_type, "gemma3"))) {
        c.obj = text_cfg;
        vkr__copy_str(o->tensor_prefix, sizeof o->tensor_prefix, "model.language_model.");
    } else if (model_type && (!strcmp(model_type, "qwen3_5") || !strcmp(model_type, "gemma3"))) {
        r = vkr__fail(VKR_ERR_CONFIG, "%s: model_type \"%s\" needs a \"text_config\" object", name, model_type);
        vkr_json_free(doc);
        return r;
    } else {
        vkr__copy_str(o->tensor_prefix, sizeof o->tensor_prefix, "model.");
    }

    vkr__cfg_int(&c, "vocab_size", d->vocab, &o->vocab_size);
    vkr__cfg_int(&c, "hidden_size", d->hidden, &o->hidden_size);
    vkr__cfg_int(&c, "intermediate_size", d->inter, &o->intermediate_size);
    vkr__cfg_int(&c, "num_hidden_layers", d->layers, &o->n_layers);
    vkr__cfg_int(&c, "num_attention_heads", d->heads, &o->n_heads);
    vkr__cfg_int(&c, "num_key_value_heads", d->kv_heads ? d->kv_heads : o->n_heads, &o->n_kv_heads);
    if (vkr__cfg_int(&c, "num_key_value_heads", 0, &x) == VKR__F_NULL) o->n_kv_heads = o->n_heads;
    vkr__cfg_int(&c, "max_position_embeddings", d->max_pos, &o->max_position_embeddings);
    if (c.err == VKR_OK && (o->hidden_size <= 0 || o->n_heads <= 0 || o->n_kv_heads <= 0 || o->vocab_size <= 0 ||
                            o->intermediate_size <= 0 || o->n_layers <= 0 || o->max_position_embeddings <= 0))
        c.err = vkr__fail(VKR_ERR_CONFIG, "%s: vocab_size, hidden_size, intermediate_size, num_hidden_layers, "
                          "num_attention_heads, num_key_value_heads and max_position_embeddings must be positive", name);
    if (c.err == VKR_OK && o->n_layers > VKR_MAX_LAYERS)
        c.err = vkr__fail(VKR_ERR_LIMIT, "%s: num_hidden_layers %lld exceeds valkyr's limit of %d", name, (long long)o->n_layers, VKR_MAX_LAYERS);
    if (c.err == VKR_OK && o->n_heads % o->n_kv_heads)
        c.err = vkr__fail(VKR_ERR_CONFIG, "%s: num_attention_heads (%lld) is not a multiple of num_key_value_heads (%lld)",
                          name, (long long)o->n_heads, (long long)o->n_kv_heads);
    if (vkr__cfg_int(&c, "head_dim", 0, &o->head_dim) != VKR__F_SET || o->head_dim == 0)
        o->head_dim = d->head_dim ? d->head_dim : (o->n_heads > 0 ? o->hidden_size / o->n_heads : 0);
    if (c.err == VKR_OK && (o->head_dim <= 0 || (o->head_dim & 1)))
        c.err = vkr__fail(VKR_ERR_CONFIG, "%s: head_dim %lld must be positive and even", name, (long long)o->head_dim);
    {
        double eps = 1e-6;
        vkr__cfg_num(&c, c.obj, "rms_norm_eps", 1e-6, &eps);
        o->rms_norm_eps = eps;
        if (c.err == VKR_OK && !(eps > 0)) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: rms_norm_eps must be > 0", name);
    }

    /* the activation of the gated FFN */
    s = vkr__cfg_str(&c, c.obj, "hidden_activation");
    if (!s || d->gemma_act) {
        const char *h = vkr__cfg_str(&c, c.obj, "hidden_act");
        if (h || !s) s = h;
    }
    if (!s) s = d->act;
    if (!strcmp(s, "silu") || !strcmp(s, "swish")) o->act = VKR_ACT_SILU;
    else if (!strcmp(s, "gelu_pytorch_tanh") || !strcmp(s, "gelu_new") || !strcmp(s, "gelu_fast")) o->act = VKR_ACT_GELU_TANH;
    else if (!strcmp(s, "gelu")) o->act = VKR_ACT_GELU;
    else if (c.err == VKR_OK)
        c.err = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: hidden_act \"%s\" is not supported (silu, gelu, gelu_pytorch_tanh)", name, s);

    /* dtype: transformers 5 writes "dtype", older files "torch_dtype" */
    s = vkr__cfg_str(&c, c.obj, "dtype");
    if (!s) s = vkr__cfg_str(&c, c.obj, "torch_dtype");
    if (!s && c.obj != root) { s = vkr__cfg_str(&c, root, "dtype"); if (!s) s = vkr__cfg_str(&c, root, "torch_dtype"); }
    o->dtype = vkr_dtype_from_name(s);

    /* tied head: the nested config's value, else the top level's, else the default */
    {
        const vkr_json *tv = vkr_json_get(c.obj, "tie_word_embeddings");
        if ((!tv || tv->type == VKR_JSON_NULL) && c.obj != root) tv = vkr_json_get(root, "tie_word_embeddings");
        o->tie_word_embeddings = d->tie;
        if (tv && tv->type != VKR_JSON_NULL && !vkr_json_bool(tv, &o->tie_word_embeddings) && c.err == VKR_OK)
            c.err = vkr__fail(VKR_ERR_CONFIG, "%s: \"tie_word_embeddings\" must be true or false", name);
    }

    /* switches that follow from the family */
    {
        bool attention_bias = vkr__cfg_bool(&c, "attention_bias", false);
        o->qkv_bias = d->biases == 1 || (attention_bias && d->biases == 0);
        o->o_bias = attention_bias && d->biases == 0;
        o->mlp_bias = d->mlp_bias && vkr__cfg_bool(&c, "mlp_bias", false);
    }
    o->qk_norm = d->qk_norm;
    o->norm_plus_one = d->norm_plus_one;
    o->sandwich_norm = d->sandwich;
    o->attn_output_gate = d->slide == VKR__SLIDE_HYBRID && vkr__cfg_bool(&c, "attn_output_gate", true);
    o->embed_scale = d->embed_scale ? sqrt((double)o->hidden_size) : 1.0;
    o->attn_scale = 1.0 / sqrt((double)o->head_dim);
    if (d->gemma_attn) {
        double q = 256;
        if (vkr__cfg_num(&c, c.obj, "query_pre_attn_scalar", 256, &q) == VKR__F_NULL) q = 256;
        if (c.err == VKR_OK && !(q > 0)) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: query_pre_attn_scalar must be > 0", name);
        else o->attn_scale = 1.0 / sqrt(q);
        vkr__cfg_num(&c, c.obj, "attn_logit_softcapping", d->attn_softcap, &o->attn_logit_softcap);
        vkr__cfg_num(&c, c.obj, "final_logit_softcapping", d->final_softcap, &o->final_logit_softcap);
        if (o->attn_logit_softcap < 0 || o->final_logit_softcap < 0)
            if (c.err == VKR_OK) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: soft-capping values must be >= 0", name);
    }

    /* sliding window and per-layer kinds */
    st = vkr__cfg_int(&c, "sliding_window", d->sliding_window, &o->sliding_window);
    if (st == VKR__F_NULL) o->sliding_window = 0;
    if (d->slide == VKR__SLIDE_AFTER_MAX && !vkr__cfg_bool(&c, "use_sliding_window", false))
        o->sliding_window = 0;
    if (c.err == VKR_OK && o->sliding_window < 0) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: sliding_window must be >= 0", name);
    arr = vkr__cfg_get(&c, "layer_types", &st);
    if (st == VKR__F_SET) {
        if (arr->type != VKR_JSON_ARRAY || (int64_t)arr->len != o->n_layers) {
            if (c.err == VKR_OK) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: \"layer_types\" must be a list of num_hidden_layers (%lld) strings", name, (long long)o->n_layers);
        } else {
            for (i = 0; i < arr->len && c.err == VKR_OK; i++) {
                const char *lt = vkr_json_string(&arr->items[i]);
                if (lt && !strcmp(lt, "full_attention")) o->layer_kind[i] = VKR_LAYER_FULL_ATTENTION;
                else if (lt && !strcmp(lt, "sliding_attention")) o->layer_kind[i] = VKR_LAYER_SLIDING_ATTENTION;
                else if (lt && !strcmp(lt, "linear_attention") && d->slide == VKR__SLIDE_HYBRID) o->layer_kind[i] = VKR_LAYER_LINEAR_ATTENTION;
                else c.err = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: layer_types[%zu] \"%s\" is not supported for %s",
                                       name, i, lt ? lt : "(not a string)", vkr_family_name(o->family));
            }
        }
    } else if (o->n_layers <= VKR_MAX_LAYERS) {
        int64_t L = o->n_layers, pattern = 6, interval = 4, max_window_layers = 28;
        for (x = 0; x < L; x++) {
            uint8_t k = VKR_LAYER_FULL_ATTENTION;
            switch (d->slide) {
            case VKR__SLIDE_ALL: if (o->sliding_window) k = VKR_LAYER_SLIDING_ATTENTION; break;
            case VKR__SLIDE_AFTER_MAX:
                vkr__cfg_int(&c, "max_window_layers", 28, &max_window_layers);
                if (o->sliding_window && x >= max_window_layers) k = VKR_LAYER_SLIDING_ATTENTION;
                break;
            case VKR__SLIDE_ODD: if ((x + 1) % 2) k = VKR_LAYER_SLIDING_ATTENTION; break;
            case VKR__SLIDE_PATTERN:
                if (vkr__cfg_int(&c, "sliding_window_pattern", 6, &pattern) == VKR__F_ABSENT)
                    vkr__cfg_int(&c, "_sliding_window_pattern", 6, &pattern);
                if (pattern <= 0) pattern = 6;
                if ((x + 1) % pattern) k = VKR_LAYER_SLIDING_ATTENTION;
                break;
            case VKR__SLIDE_HYBRID:
                vkr__cfg_int(&c, "full_attention_interval", 4, &interval);
                if (interval <= 0) interval = 4;
                if ((x + 1) % interval) k = VKR_LAYER_LINEAR_ATTENTION;
                break;
            default: break;
            }
            o->layer_kind[x] = k;
        }
    }
    for (x = 0; x < o->n_layers && x < VKR_MAX_LAYERS; x++)
        if (o->layer_kind[x] == VKR_LAYER_SLIDING_ATTENTION && !o->sliding_window && c.err == VKR_OK)
            c.err = vkr__fail(VKR_ERR_CONFIG, "%s: layer %lld uses sliding attention but sliding_window is not set", name, (long long)x);

    /* RoPE: transformers 5's rope_parameters, else rope_theta + rope_scaling */
    partial = d->partial_rotary;
    vkr__cfg_num(&c, c.obj, "partial_rotary_factor", partial, &partial);
    rp = vkr__cfg_get(&c, "rope_parameters", &st);
    if (st == VKR__F_SET && rp->type == VKR_JSON_OBJECT &&
        (vkr_json_get(rp, "full_attention") || vkr_json_get(rp, "sliding_attention"))) {
        const vkr_json *full = vkr_json_get(rp, "full_attention"), *slid = vkr_json_get(rp, "sliding_attention");
        vkr__cfg_rope(&c, full, "rope_parameters.full_attention", d->theta, partial, o->head_dim, &o->rope);
        vkr__cfg_rope(&c, slid ? slid : full, "rope_parameters.sliding_attention",
                      d->local_theta ? d->local_theta : d->theta, partial, o->head_dim, &o->rope_local);
    } else if (st == VKR__F_SET) {
        vkr__cfg_rope(&c, rp, "rope_parameters", d->theta, partial, o->head_dim, &o->rope);
        o->rope_local = o->rope;
    } else {
        double theta = d->theta, local = 1e4;
        vkr__cfg_num(&c, c.obj, "rope_theta", d->theta, &theta);
        vkr__cfg_rope(&c, vkr_json_get(c.obj, "rope_scaling"), "rope_scaling", theta, partial, o->head_dim, &o->rope);
        o->rope_local = o->rope;
        if (d->local_theta) {
            /* Gemma 3's local layers use their own base and no scaling */
            vkr__cfg_num(&c, c.obj, "rope_local_base_freq", d->local_theta, &local);
            vkr__cfg_rope(&c, NULL, "rope_local_base_freq", local, partial, o->head_dim, &o->rope_local);
        }
    }

    /* Gated DeltaNet shapes */
    if (d->slide == VKR__SLIDE_HYBRID) {   /* Gated DeltaNet shapes */
        vkr__cfg_int(&c, "linear_num_key_heads", 16, &o->linear_n_key_heads);
        vkr__cfg_int(&c, "linear_num_value_heads", 32, &o->linear_n_value_heads);
        vkr__cfg_int(&c, "linear_key_head_dim", 128, &o->linear_key_head_dim);
        vkr__cfg_int(&c, "linear_value_head_dim", 128, &o->linear_value_head_dim);
        vkr__cfg_int(&c, "linear_conv_kernel_dim", 4, &o->linear_conv_kernel);
        if (c.err == VKR_OK && (o->linear_n_key_heads <= 0 || o->linear_n_value_heads <= 0 || o->linear_key_head_dim <= 0 ||
                                o->linear_value_head_dim <= 0 || o->linear_conv_kernel <= 0 ||
                                o->linear_n_value_heads % o->linear_n_key_heads))
            c.err = vkr__fail(VKR_ERR_CONFIG, "%s: linear attention sizes must be positive and linear_num_value_heads a multiple of linear_num_key_heads", name);
    }

    /* special tokens */
    {
        int64_t one[1];
        vkr__cfg_token_ids(&c, "bos_token_id", d->bos, one, &n, 1);
        o->bos_token_id = n ? one[0] : -1;
        vkr__cfg_token_ids(&c, "pad_token_id", d->pad, one, &n, 1);
        o->pad_token_id = n ? one[0] : -1;
        vkr__cfg_token_ids(&c, "eos_token_id", d->eos, o->eos_token_ids, &o->n_eos, VKR_MAX_EOS);
    }

    r = c.err;
    vkr_json_free(doc);
    if (r != VKR_OK) memset(out, 0, sizeof *out);
    return r;
}

VKR__FN vkr_result vkr__config_load(const char *path, const vkr_allocator *hook, vkr_config *out) {
    char p[4096], *text = NULL;
    size_t len = 0;
    vkr_result r;
    vkr_allocator a = vkr__allocator(hook);
    if (!path || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_config_load: NULL argument");
    if (vkr__stat(path) == VKR__PATH_DIR) {
        if (!vkr__path_join(p, sizeof p, path, "config.json")) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", path);
        path = p;
    }
    r = vkr__read_text(path, &a, &text, &len);
    if (r != VKR_OK) return r;
    r = vkr__config_parse(text, len, path, &a, out);
    vkr__free(&a, text, len + 1);
    return r;
}

VALKYR_API vkr_result vkr_config_load(const char *path, vkr_config *out) {
    return vkr__config_load(path, NULL, out);
}

/* >>model (implementation) =============================================== */

/* The Hugging Face cache roots, in lookup order; returns how many. */
VKR__FN int vkr__hf_roots(char roots[4][2048]) {
    const char *env;
    int n = 0;
    if ((env = getenv("HF_HUB_CACHE")) && *env) snprintf(roots[n++], 2048, "%s", env);
    if ((env = getenv("HF_HOME")) && *env) snprintf(roots[n++], 2048, "%s/hub", env);
    if ((env = getenv("XDG_CACHE_HOME")) && *env) snprintf(roots[n++], 2048, "%s/huggingface/hub", env);
#ifdef _WIN32
    env = getenv("USERPROFILE");
#else
    env = getenv("HOME");
#endif
    if (env && *env) snprintf(roots[n++], 2048, "%s/.cache/huggingface/hub", env);
    return n;
}


struct vkr_model {
    vkr_hooks hooks;
    vkr_allocator a;
    vkr_config config;
    vkr_st *st;
    vkr_weights weights;
    char dir[4096];
    vkr_token gen_eos[VKR_MAX_EOS];   /* generation_config.json's eos_token_id */
    int32_t n_gen_eos;
    struct vkr__owned *owned;         /* blocks the model owns (weights merged by vkr_model_apply_lora) */
};

/* A block the model owns, its data after this header; freed with the model. */
typedef struct vkr__owned { struct vkr__owned *next; size_t size; } vkr__owned;

/* generation_config.json (optional): its eos_token_id, an id or a list. */
VKR__FN void vkr__model_read_generation_config(vkr_model *m) {
    char path[4200], *text = NULL;
    size_t len = 0, i;
    vkr_json_doc *doc = NULL;
    vkr_json_desc jd;
    const vkr_json *e;
    int64_t v;
    if (!vkr__path_join(path, sizeof path, m->dir, "generation_config.json") || vkr__stat(path) != VKR__PATH_FILE) return;
    if (vkr__read_text(path, &m->a, &text, &len) != VKR_OK) return;
    memset(&jd, 0, sizeof jd);
    jd.hooks.allocator = m->a;
    jd.name = path;
    if (vkr_json_parse(text, len, &jd, &doc) == VKR_OK) {
        e = vkr_json_get(vkr_json_root(doc), "eos_token_id");
        if (vkr_json_int(e, &v) && v >= 0 && v <= INT32_MAX) m->gen_eos[m->n_gen_eos++] = (vkr_token)v;
        else if (e && e->type == VKR_JSON_ARRAY)
            for (i = 0; i < e->len && m->n_gen_eos < VKR_MAX_EOS; i++)
                if (vkr_json_int(&e->items[i], &v) && v >= 0 && v <= INT32_MAX) m->gen_eos[m->n_gen_eos++] = (vkr_token)v;
    } else {
        vkr__log(&m->hooks.logger, VKR_LOG_WARN, "%s", vkr_last_error());
    }
    vkr_json_free(doc);
    vkr__free(&m->a, text, len + 1);
}

typedef struct vkr__snap_pick { const char *snaps; char best[1024]; int64_t best_time; } vkr__snap_pick;

VKR__FN bool vkr__pick_snapshot(void *user, const char *name) {
    vkr__snap_pick *p = (vkr__snap_pick *)user;
    char path[4096];
    int64_t t;
    if (!vkr__path_join(path, sizeof path, p->snaps, name) || vkr__stat(path) != VKR__PATH_DIR) return true;
    t = vkr__mtime(path);
    if (!p->best[0] || t > p->best_time || (t == p->best_time && strcmp(name, p->best) > 0)) {
        vkr__copy_str(p->best, sizeof p->best, name);
        p->best_time = t;
    }
    return true;
}

VALKYR_API vkr_result vkr_model_resolve(const char *path_or_id, char *out, size_t out_size) {
    const char *slash;
    char roots[4][2048], repo[1024], snaps[4096];
    int n_roots, i;
    if (!path_or_id || !out || !out_size) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_model_resolve: NULL argument");
    if (vkr__stat(path_or_id) != VKR__PATH_NONE) {
        if (strlen(path_or_id) >= out_size) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", path_or_id);
        vkr__copy_str(out, out_size, path_or_id);
        return VKR_OK;
    }
    slash = strchr(path_or_id, '/');
    if (!slash || slash == path_or_id || !slash[1] || strchr(slash + 1, '/') || strstr(path_or_id, ".."))
        return vkr__fail(VKR_ERR_NOT_FOUND, "%s: no such directory, and not a Hugging Face id (org/name)", path_or_id);
    n_roots = vkr__hf_roots(roots);
    snprintf(repo, sizeof repo, "models--%.*s--%s", (int)(slash - path_or_id), path_or_id, slash + 1);
    for (i = 0; i < n_roots; i++) {
        vkr__snap_pick pick;
        int w = snprintf(snaps, sizeof snaps, "%s/%s/snapshots", roots[i], repo);
        if (w < 0 || (size_t)w >= sizeof snaps) continue;
        memset(&pick, 0, sizeof pick);
        pick.snaps = snaps;
        if (!vkr__list_dir(snaps, vkr__pick_snapshot, &pick) || !pick.best[0]) continue;
        w = snprintf(out, out_size, "%s/%s", snaps, pick.best);
        if (w < 0 || (size_t)w >= out_size) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", path_or_id);
        return VKR_OK;
    }
    return vkr__fail(VKR_ERR_NOT_FOUND, "%s: not a directory, and not in the Hugging Face cache (looked in %s%s%s%s%s%s%s)",
                     path_or_id, n_roots > 0 ? roots[0] : "no cache directory", n_roots > 1 ? ", " : "", n_roots > 1 ? roots[1] : "",
                     n_roots > 2 ? ", " : "", n_roots > 2 ? roots[2] : "", n_roots > 3 ? ", " : "", n_roots > 3 ? roots[3] : "");
}

/* Looks up prefix+name and checks its dtype and shape (dims < 0 end the
   list). A missing optional tensor gives NULL and no error. */
VKR__FN const vkr_tensor *vkr__need(vkr_model *m, vkr_result *err, bool optional, const char *prefix,
                                    const char *name, int64_t d0, int64_t d1, int64_t d2) {
    char full[512], want[128], have[128];
    const vkr_tensor *t;
    int64_t dims[3];
    int32_t n = 0, i;
    bool ok;
    if (*err != VKR_OK) return NULL;
    snprintf(full, sizeof full, "%s%s", prefix, name);
    t = vkr_st_find(m->st, full);
    if (!t) {
        if (!optional) *err = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s is missing (needed by %s)", m->dir, full, vkr_family_name(m->config.family));
        return NULL;
    }
    if (t->dtype != VKR_DTYPE_F32 && t->dtype != VKR_DTYPE_F16 && t->dtype != VKR_DTYPE_BF16) {
        *err = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: tensor %s: dtype %s is not supported (valkyr computes with F32, F16 and BF16)",
                         vkr_st_file_path(m->st, t->file), full, vkr_dtype_name(t->dtype));
        return NULL;
    }
    if (d0 >= 0) dims[n++] = d0;
    if (d0 >= 0 && d1 >= 0) dims[n++] = d1;
    if (d0 >= 0 && d1 >= 0 && d2 >= 0) dims[n++] = d2;
    ok = t->n_dims == n;
    for (i = 0; ok && i < n; i++) ok = t->shape[i] == dims[i];
    if (!ok) {
        *err = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s: shape %s but the config needs %s", vkr_st_file_path(m->st, t->file), full,
                         vkr__shape_str(have, sizeof have, t->shape, t->n_dims), vkr__shape_str(want, sizeof want, dims, n));
        return NULL;
    }
    return t;
}

/* Finds and checks every tensor the family needs, layer by layer. */
VKR__FN vkr_result vkr__model_bind(vkr_model *m) {
    const vkr_config *c = &m->config;
    const char *P = c->tensor_prefix;
    vkr_result err = VKR_OK;
    int64_t d = c->hidden_size, hd = c->head_dim, ff = c->intermediate_size, V = c->vocab_size;
    int64_t q_rows = c->n_heads * hd * (c->attn_output_gate ? 2 : 1), kv_rows = c->n_kv_heads * hd;
    int64_t l;
    vkr_weights *w = &m->weights;
    w->layers = (vkr_layer_weights *)vkr__calloc(&m->a, (size_t)c->n_layers, sizeof(vkr_layer_weights));
    if (!w->layers) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", m->dir);
    w->embed = vkr__need(m, &err, false, P, "embed_tokens.weight", V, d, -1);
    w->final_norm = vkr__need(m, &err, false, P, "norm.weight", d, -1, -1);
    w->lm_head = c->tie_word_embeddings ? w->embed : vkr__need(m, &err, false, "", "lm_head.weight", V, d, -1);
    for (l = 0; l < c->n_layers && err == VKR_OK; l++) {
        vkr_layer_weights *L = &w->layers[l];
        char p[96], n[160];
        snprintf(p, sizeof p, "%slayers.%lld.", P, (long long)l);
#define VKR__T(field, opt, nm, a0, a1, a2) \
        (snprintf(n, sizeof n, "%s", nm), L->field = vkr__need(m, &err, opt, p, n, a0, a1, a2))
        VKR__T(attn_norm, false, "input_layernorm.weight", d, -1, -1);
        if (c->layer_kind[l] == VKR_LAYER_LINEAR_ATTENTION) {
            int64_t kd = c->linear_n_key_heads * c->linear_key_head_dim, vd = c->linear_n_value_heads * c->linear_value_head_dim;
            int64_t conv = 2 * kd + vd, hv = c->linear_n_value_heads;
            VKR__T(in_qkv, false, "linear_attn.in_proj_qkv.weight", conv, d, -1);
            VKR__T(in_z, false, "linear_attn.in_proj_z.weight", vd, d, -1);
            VKR__T(in_b, false, "linear_attn.in_proj_b.weight", hv, d, -1);
            VKR__T(in_a, false, "linear_attn.in_proj_a.weight", hv, d, -1);
            VKR__T(conv1d, false, "linear_attn.conv1d.weight", conv, 1, c->linear_conv_kernel);
            VKR__T(dt_bias, false, "linear_attn.dt_bias", hv, -1, -1);
            VKR__T(a_log, false, "linear_attn.A_log", hv, -1, -1);
            VKR__T(lin_norm, false, "linear_attn.norm.weight", c->linear_value_head_dim, -1, -1);
            VKR__T(out_proj, false, "linear_attn.out_proj.weight", d, vd, -1);
        } else {
            VKR__T(q, false, "self_attn.q_proj.weight", q_rows, d, -1);
            VKR__T(k, false, "self_attn.k_proj.weight", kv_rows, d, -1);
            VKR__T(v, false, "self_attn.v_proj.weight", kv_rows, d, -1);
            VKR__T(o, false, "self_attn.o_proj.weight", d, c->n_heads * hd, -1);
            if (c->qkv_bias) {
                VKR__T(q_bias, false, "self_attn.q_proj.bias", q_rows, -1, -1);
                VKR__T(k_bias, false, "self_attn.k_proj.bias", kv_rows, -1, -1);
                VKR__T(v_bias, false, "self_attn.v_proj.bias", kv_rows, -1, -1);
            }
            if (c->o_bias) VKR__T(o_bias, false, "self_attn.o_proj.bias", d, -1, -1);
            if (c->qk_norm) {
                VKR__T(q_norm, false, "self_attn.q_norm.weight", hd, -1, -1);
                VKR__T(k_norm, false, "self_attn.k_norm.weight", hd, -1, -1);
            }
        }
        if (c->sandwich_norm) {
            VKR__T(attn_post_norm, false, "post_attention_layernorm.weight", d, -1, -1);
            VKR__T(ffn_norm, false, "pre_feedforward_layernorm.weight", d, -1, -1);
            VKR__T(ffn_post_norm, false, "post_feedforward_layernorm.weight", d, -1, -1);
        } else {
            VKR__T(ffn_norm, false, "post_attention_layernorm.weight", d, -1, -1);
        }
        VKR__T(gate, false, "mlp.gate_proj.weight", ff, d, -1);
        VKR__T(up, false, "mlp.up_proj.weight", ff, d, -1);
        VKR__T(down, false, "mlp.down_proj.weight", d, ff, -1);
        if (c->mlp_bias) {
            VKR__T(gate_bias, false, "mlp.gate_proj.bias", ff, -1, -1);
            VKR__T(up_bias, false, "mlp.up_proj.bias", ff, -1, -1);
            VKR__T(down_bias, false, "mlp.down_proj.bias", d, -1, -1);
        }
#undef VKR__T
    }
    return err;
}

/* Tells the logger (info level) which tensors of the files the family does
   not use: a vision tower, an MTP head, or a sign of a wrong config. */
VKR__FN void vkr__model_report_unused(vkr_model *m) {
    int64_t n = m->st->n_tensors, i, unused = 0, l;
    const vkr_tensor *first = NULL;
    bool *used = (bool *)vkr__calloc(&m->a, (size_t)(n ? n : 1), sizeof(bool));
    if (!used) return;
#define VKR__MARK(t) do { if (t) used[(t) - m->st->tensors] = true; } while (0)
    VKR__MARK(m->weights.embed);
    VKR__MARK(m->weights.final_norm);
    VKR__MARK(m->weights.lm_head);
    for (l = 0; l < m->config.n_layers; l++) {
        const vkr_tensor *const *p = (const vkr_tensor *const *)&m->weights.layers[l];
        size_t k;
        for (k = 0; k < sizeof(vkr_layer_weights) / sizeof(const vkr_tensor *); k++) VKR__MARK(p[k]);
    }
#undef VKR__MARK
    for (i = 0; i < n; i++)
        if (!used[i]) { unused++; if (!first) first = &m->st->tensors[i]; }
    if (unused)
        vkr__log(&m->hooks.logger, VKR_LOG_INFO, "%s: %lld of %lld tensors are not used by %s (first: %s)", m->dir,
                 (long long)unused, (long long)n, vkr_family_name(m->config.family), first->name);
    vkr__free(&m->a, used, (size_t)(n ? n : 1) * sizeof(bool));
}

VALKYR_API vkr_result vkr_model_load(const char *path_or_id, const vkr_model_desc *desc, vkr_model **out) {
    vkr_allocator a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    vkr_model *m;
    vkr_st_desc sd;
    vkr_result r;
    char cfg_path[4200];
    if (!path_or_id || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_model_load: NULL argument");
    *out = NULL;
    m = (vkr_model *)vkr__calloc(&a, 1, sizeof *m);
    if (!m) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path_or_id);
    if (desc) m->hooks = desc->hooks;
    m->hooks.allocator = m->a = a;
    r = vkr_model_resolve(path_or_id, m->dir, sizeof m->dir);
    if (r == VKR_OK && vkr__stat(m->dir) != VKR__PATH_DIR)
        r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: a model is a directory with config.json and *.safetensors", m->dir);
    if (r == VKR_OK && !vkr__path_join(cfg_path, sizeof cfg_path, m->dir, "config.json"))
        r = vkr__fail(VKR_ERR_LIMIT, "%s: path too long", m->dir);
    if (r == VKR_OK) r = vkr__config_load(cfg_path, &m->a, &m->config);
    if (r == VKR_OK && !vkr__progress(&m->hooks, "loading weights", 0, 1)) r = vkr__fail(VKR_ERR_ABORTED, "%s: cancelled", m->dir);
    if (r == VKR_OK) {
        memset(&sd, 0, sizeof sd);
        sd.hooks = m->hooks;
        sd.no_mmap = desc && desc->no_mmap;
        r = vkr_st_open(m->dir, &sd, &m->st);
    }
    if (r == VKR_OK) r = vkr__model_bind(m);
    if (r == VKR_OK) vkr__model_report_unused(m);
    if (r == VKR_OK) vkr__model_read_generation_config(m);
    if (r == VKR_OK) vkr__progress(&m->hooks, "loading weights", 1, 1);
    if (r != VKR_OK) { vkr_model_free(m); return r; }
    *out = m;
    return VKR_OK;
}

VALKYR_API void vkr_model_free(vkr_model *m) {
    vkr_allocator a;
    if (!m) return;
    a = m->a;
    vkr_st_close(m->st);
    while (m->owned) { vkr__owned *next = m->owned->next; vkr__free(&a, m->owned, m->owned->size); m->owned = next; }
    vkr__free(&a, m->weights.layers, (size_t)m->config.n_layers * sizeof(vkr_layer_weights));
    vkr__free(&a, m, sizeof *m);
}

VALKYR_API const vkr_config *vkr_model_config(const vkr_model *m) { return m ? &m->config : NULL; }
VALKYR_API const vkr_weights *vkr_model_weights(const vkr_model *m) { return m ? &m->weights : NULL; }
VALKYR_API const vkr_st *vkr_model_tensors(const vkr_model *m) { return m ? m->st : NULL; }
VALKYR_API const char *vkr_model_dir(const vkr_model *m) { return m ? m->dir : NULL; }

VALKYR_API int64_t vkr_model_param_count(const vkr_model *m) {
    int64_t i, n = 0;
    if (!m) return 0;
    for (i = 0; i < m->st->n_tensors; i++) n += m->st->tensors[i].n_elems;
    return n;
}
VALKYR_API uint64_t vkr_model_weight_bytes(const vkr_model *m) {
    int64_t i;
    uint64_t n = 0;
    if (!m) return 0;
    for (i = 0; i < m->st->n_tensors; i++) n += m->st->tensors[i].n_bytes;
    return n;
}

typedef struct vkr__lister {
    vkr_model_info *v;
    int64_t n, cap;
    const char *base;        /* directory being scanned */
    bool hf;                 /* scanning a cache root */
    bool oom;
} vkr__lister;

VKR__FN void vkr__list_add(vkr__lister *L, const char *id, const char *dir) {
    vkr_model_info *mi;
    vkr_config cfg;
    vkr_st *st = NULL;
    char cfg_path[4200];
    int64_t i;
    for (i = 0; i < L->n; i++) if (!strcmp(L->v[i].path, dir)) return;   /* seen via another root */
    if (L->n == L->cap) {
        int64_t nc = L->cap ? L->cap * 2 : 16;
        vkr_allocator a = vkr__allocator(NULL);
        if (!vkr__grow(&a, (void **)&L->v, (size_t)L->cap, (size_t)nc, sizeof *L->v)) { L->oom = true; return; }
        L->cap = nc;
    }
    mi = &L->v[L->n++];
    memset(mi, 0, sizeof *mi);
    vkr__copy_str(mi->id, sizeof mi->id, id);
    vkr__copy_str(mi->path, sizeof mi->path, dir);
    mi->n_params = -1;
    if (vkr__path_join(cfg_path, sizeof cfg_path, dir, "config.json") && vkr_config_load(cfg_path, &cfg) == VKR_OK) {
        mi->family = cfg.family;
        vkr__copy_str(mi->model_type, sizeof mi->model_type, cfg.model_type);
        mi->supported = true;
    } else {
        vkr__copy_str(mi->error, sizeof mi->error, vkr_last_error());
    }
    if (vkr_st_open(dir, NULL, &st) == VKR_OK) {
        mi->n_params = 0;
        for (i = 0; i < st->n_tensors; i++) { mi->n_params += st->tensors[i].n_elems; mi->n_bytes += st->tensors[i].n_bytes; }
        vkr_st_close(st);
    } else if (mi->supported) {
        mi->supported = false;
        vkr__copy_str(mi->error, sizeof mi->error, vkr_last_error());
    }
}

VKR__FN bool vkr__list_entry(void *user, const char *name) {
    vkr__lister *L = (vkr__lister *)user;
    char path[4096], id[512], cfg[4200];
    if (!vkr__path_join(path, sizeof path, L->base, name) || vkr__stat(path) != VKR__PATH_DIR) return true;
    if (L->hf) {
        /* models--org--name → org/name, newest snapshot */
        const char *p = name + 8, *sep;
        char snap[4096];
        if (strncmp(name, "models--", 8) || !(sep = strstr(p, "--"))) return true;
        snprintf(id, sizeof id, "%.*s/%s", (int)(sep - p), p, sep + 2);
        if (vkr_model_resolve(id, snap, sizeof snap) == VKR_OK) vkr__list_add(L, id, snap);
        return !L->oom;
    }
    if (vkr__path_join(cfg, sizeof cfg, path, "config.json") && vkr__stat(cfg) == VKR__PATH_FILE) vkr__list_add(L, path, path);
    return !L->oom;
}

VKR__FN int vkr__cmp_info(const void *a, const void *b) {
    const vkr_model_info *x = (const vkr_model_info *)a, *y = (const vkr_model_info *)b;
    if (x->supported != y->supported) return x->supported ? -1 : 1;
    return strcmp(x->id, y->id);
}

VALKYR_API vkr_result vkr_model_list(const char *const *dirs, int32_t n_dirs, bool no_hf_cache,
                                     vkr_model_info **out, int64_t *n_out) {
    vkr__lister L;
    char roots[4][2048], cfg[4200];
    int n_roots, i;
    if (!out || !n_out || (n_dirs > 0 && !dirs)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_model_list: NULL argument");
    memset(&L, 0, sizeof L);
    n_roots = no_hf_cache ? 0 : vkr__hf_roots(roots);
    for (i = 0; i < n_roots && !L.oom; i++) {
        L.base = roots[i];
        L.hf = true;
        vkr__list_dir(roots[i], vkr__list_entry, &L);
    }
    for (i = 0; i < n_dirs && !L.oom; i++) {
        if (vkr__stat(dirs[i]) != VKR__PATH_DIR) continue;
        if (vkr__path_join(cfg, sizeof cfg, dirs[i], "config.json") && vkr__stat(cfg) == VKR__PATH_FILE) {
            vkr__list_add(&L, dirs[i], dirs[i]);
            continue;
        }
        L.base = dirs[i];
        L.hf = false;
        vkr__list_dir(dirs[i], vkr__list_entry, &L);
    }
    if (L.oom) { vkr_model_list_free(L.v); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "vkr_model_list: out of memory"); }
    if (L.n) qsort(L.v, (size_t)L.n, sizeof *L.v, vkr__cmp_info);
    *out = L.v;
    *n_out = L.n;
    return VKR_OK;
}

VALKYR_API void vkr_model_list_free(vkr_model_info *list) {
    vkr_allocator a = vkr__allocator(NULL);
    vkr__free(&a, list, 0);
}

/* >>unicode-decl (generated by tools/gen_unicode.py; the tables and functions are in >>unicode, at the end) */
#define VKR__UC_VERSION "15.0.0"
#define VKR__UC_DECOMP_MAX 18  /* longest full decomposition (NFKD) */
#define VKR__UC_DECOMP_FIRST 0xa0  /* first code point with a decomposition */
#define VKR__UC_COMP2_FIRST 0x300
#define VKR__UC_COMP2_LAST 0x11930
/* General categories, in the order of the tables' 5-bit codes. */
enum {
    VKR__UC_Lu, VKR__UC_Ll, VKR__UC_Lt, VKR__UC_Lm, VKR__UC_Lo,
    VKR__UC_Mn, VKR__UC_Mc, VKR__UC_Me,
    VKR__UC_Nd, VKR__UC_Nl, VKR__UC_No,
    VKR__UC_Pc, VKR__UC_Pd, VKR__UC_Ps, VKR__UC_Pe, VKR__UC_Pi, VKR__UC_Pf, VKR__UC_Po,
    VKR__UC_Sm, VKR__UC_Sc, VKR__UC_Sk, VKR__UC_So,
    VKR__UC_Zs, VKR__UC_Zl, VKR__UC_Zp,
    VKR__UC_Cc, VKR__UC_Cf, VKR__UC_Cs, VKR__UC_Co, VKR__UC_Cn
};
#define VKR__UC_COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define VKR__UC_LOCAL_SEG 64
typedef struct vkr__uc_norm {
    void *(*alloc)(void *user, size_t size);
    void (*free_fn)(void *user, void *p, size_t size);
    void *user;
    char *out;            /* the output: len bytes used of cap */
    size_t len, cap;
    uint32_t *seg;        /* segment: nseg of segcap entries (ccc << 24 | cp), */
    size_t nseg, segcap;  /* then segcap entries of scratch for sorting */
    uint32_t local[2 * VKR__UC_LOCAL_SEG];
} vkr__uc_norm;
VKR__FN size_t vkr__uc_upper(const uint32_t *t, size_t n, uint32_t key);
VKR__FN int vkr__uc_gc(uint32_t cp);
VKR__FN bool vkr__uc_is_letter(uint32_t cp);
VKR__FN bool vkr__uc_is_mark(uint32_t cp);
VKR__FN bool vkr__uc_is_number(uint32_t cp);
VKR__FN bool vkr__uc_is_punct(uint32_t cp);
VKR__FN bool vkr__uc_is_symbol(uint32_t cp);
VKR__FN bool vkr__uc_is_space(uint32_t cp);
VKR__FN uint8_t vkr__uc_ccc(uint32_t cp);
VKR__FN size_t vkr__uc_decompose(uint32_t cp, bool compat, uint32_t *out);
VKR__FN uint32_t vkr__uc_compose(uint32_t a, uint32_t b);
VKR__FN size_t vkr__uc_lower(uint32_t cp, uint32_t out[3]);
VKR__FN size_t vkr__uc_utf8_decode(const uint8_t *s, size_t n, uint32_t *cp);
VKR__FN size_t vkr__uc_utf8_encode(uint32_t cp, uint8_t out[4]);
VKR__FN unsigned vkr__uc_nclass(uint32_t cp, bool compat);
VKR__FN bool vkr__uc_norm_reserve(vkr__uc_norm *st, size_t extra);
VKR__FN bool vkr__uc_norm_push(vkr__uc_norm *st, uint32_t cp, bool compat);
VKR__FN void vkr__uc_reorder(uint32_t *a, size_t n, uint32_t *tmp);
VKR__FN size_t vkr__uc_compose_seg(uint32_t *a, size_t n);
VKR__FN bool vkr__uc_normalize(const char *in, size_t n, bool compat, char **out, size_t *out_len, void *(*alloc)(void *user, size_t size), void (*free_fn)(void *user, void *p, size_t size), void *user);
/* <<unicode-decl */

/* >>tok (implementation) ================================================= */
/* The pipeline, as the `tokenizers` library runs it:
     text → split out added tokens (raw) → normalize each remaining piece →
     split out normalized added tokens → pre-tokenize into words → BPE each
     word → post-process (BOS/EOS).
   Decoding runs the decoder chain as a stream of pieces (see vkr__dec_*). */

/* --- growable buffers ---------------------------------------------------- */

typedef struct vkr__buf { char *p; size_t n, cap; } vkr__buf;

VKR__FN bool vkr__buf_reserve(const vkr_allocator *a, vkr__buf *b, size_t extra) {
    size_t need = b->n + extra + 1, nc;
    if (need <= b->cap) return true;
    nc = VKR__MAX(b->cap * 2, VKR__MAX(need, (size_t)256));
    if (!vkr__grow(a, (void **)&b->p, b->cap, nc, 1)) return false;
    b->cap = nc;
    return true;
}
VKR__FN bool vkr__buf_put(const vkr_allocator *a, vkr__buf *b, const void *s, size_t n) {
    if (!vkr__buf_reserve(a, b, n)) return false;
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
    return true;
}
VKR__FN void vkr__buf_free(const vkr_allocator *a, vkr__buf *b) {
    vkr__free(a, b->p, b->cap);
    memset(b, 0, sizeof *b);
}

VALKYR_API void vkr_tokens_free(vkr_tokens *t) {
    if (!t) return;
    if (t->ids) t->allocator.free(t->allocator.user, t->ids, t->cap * sizeof(vkr_token));
    memset(t, 0, sizeof *t);
}
VALKYR_API void vkr_text_free(vkr_text *t) {
    if (!t) return;
    if (t->text) t->allocator.free(t->allocator.user, t->text, t->cap);
    memset(t, 0, sizeof *t);
}
VKR__FN bool vkr__tokens_push(vkr_tokens *t, const vkr_allocator *a, vkr_token id) {
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 64;
        if (!t->ids) t->allocator = *a;
        if (!vkr__grow(&t->allocator, (void **)&t->ids, t->cap, nc, sizeof(vkr_token))) return false;
        t->cap = nc;
    }
    t->ids[t->n++] = id;
    return true;
}
VKR__FN bool vkr__text_put(vkr_text *t, const vkr_allocator *a, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        size_t nc = VKR__MAX(t->cap * 2, t->len + n + 64);
        if (!t->text) t->allocator = *a;
        if (!vkr__grow(&t->allocator, (void **)&t->text, t->cap, nc, 1)) return false;
        t->cap = nc;
    }
    if (n) memcpy(t->text + t->len, s, n);
    t->len += n;
    t->text[t->len] = 0;
    return true;
}

/* --- UTF-8 ------------------------------------------------------------- */

/* Decodes the code point at s (valid UTF-8 assumed); returns its length. */
VKR__FN size_t vkr__u8dec(const char *s, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    if (u[0] < 0xE0) { *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); return 2; }
    if (u[0] < 0xF0) { *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F); return 3; }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) | ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return 4;
}

/* Length of the maximal subpart of an ill-formed sequence at s (Unicode
   §3.9, what Rust's from_utf8_lossy and Python's errors="replace" use): the
   longest prefix that could still start a valid sequence, at least 1. */
VKR__FN size_t vkr__utf8_bad_len(const unsigned char *s, size_t n) {
    unsigned c = s[0], lo = 0x80, hi = 0xBF;
    size_t need, k;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) { need = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else return 1;
    for (k = 1; k < need && k < n; k++) {
        unsigned b = s[k];
        if (k == 1 ? (b < lo || b > hi) : ((b & 0xC0) != 0x80)) return k;
    }
    return k;   /* truncated at the end of the input */
}

/* Appends s[0, n) to b with every ill-formed subsequence replaced by U+FFFD. */
VKR__FN bool vkr__utf8_sanitize(const vkr_allocator *a, vkr__buf *b, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        const unsigned char *run = p;
        size_t k;
        while (p < end && (k = vkr__utf8_valid_len(p, end)) != 0) p += k;
        if (p > run && !vkr__buf_put(a, b, run, (size_t)(p - run))) return false;
        if (p < end) {
            if (!vkr__buf_put(a, b, "\xEF\xBF\xBD", 3)) return false;
            p += vkr__utf8_bad_len(p, (size_t)(end - p));
        }
    }
    return vkr__buf_reserve(a, b, 0);
}

/* --- string → id map ----------------------------------------------------- */

/* slot: high 32 bits a tag of the hash (so most misses skip the string
   compare), low 32 bits id + 1; 0 is empty */
typedef struct vkr__strmap { uint64_t *slot; size_t cap; } vkr__strmap;

VKR__FN uint64_t vkr__hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 0x100000001B3ULL; }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

/* --- the tokenizer -------------------------------------------------------- */

enum { VKR__N_NFC = 1, VKR__N_NFKC, VKR__N_NFD, VKR__N_NFKD, VKR__N_LOWER, VKR__N_STRIP, VKR__N_PREPEND, VKR__N_REPLACE };
enum { VKR__P_BYTELEVEL = 1, VKR__P_SPLIT, VKR__P_METASPACE, VKR__P_DIGITS, VKR__P_PUNCT, VKR__P_WHITESPACE, VKR__P_WSSPLIT };
enum { VKR__D_BYTELEVEL = 1, VKR__D_METASPACE, VKR__D_BYTEFALLBACK, VKR__D_FUSE, VKR__D_STRIP, VKR__D_REPLACE };
/* split behaviours */
enum { VKR__B_REMOVED = 0, VKR__B_ISOLATED, VKR__B_MERGED_PREV, VKR__B_MERGED_NEXT, VKR__B_CONTIGUOUS };
/* the regex patterns valkyr recognises (no regex engine: each is a matcher) */
enum { VKR__RX_NONE = 0, VKR__RX_GPT2, VKR__RX_LLAMA3, VKR__RX_QWEN };

typedef struct vkr__tok_op {
    int type;
    int behavior;          /* split behaviours */
    bool flag_a;           /* Strip left / ByteLevel add_prefix_space / Metaspace split / Digits individual / Split invert */
    bool flag_b;           /* Strip right / ByteLevel use_regex */
    int prepend;           /* Metaspace: 0 never, 1 always, 2 first */
    int regex;             /* Split: VKR__RX_* or NONE for a literal */
    uint32_t ch;           /* Metaspace replacement / Strip content (decoder) */
    int64_t start, stop;   /* Strip decoder */
    const char *s1; size_t n1;   /* Prepend text / Replace pattern / Split literal */
    const char *s2; size_t n2;   /* Replace content */
} vkr__tok_op;

typedef struct vkr__added {
    const char *text;
    size_t len;
    vkr_token id;
    bool special, lstrip, rstrip, single_word, normalized;
} vkr__added;

typedef struct vkr__merge { uint64_t key; int32_t rank; vkr_token id; } vkr__merge;

/* The tokenizer keeps both JSON documents: pieces and strings point into them. */
typedef struct vkr__tok_docs { vkr_json_doc *json, *cfg, *extra; } vkr__tok_docs;

struct vkr_tok {
    vkr_hooks hooks;
    vkr_allocator a;
    vkr__arena arena;
    char name[256];
    /* vocabulary: id → piece, piece → id (model vocab and added tokens) */
    int32_t n_ids;
    const char **piece;
    uint32_t *piece_len;
    uint8_t *attr;                      /* bit 1: added, bit 2: special */
    vkr__strmap vocab;                  /* the model's vocab only */
    vkr__merge *merges;                 /* open addressing on key = a << 32 | b */
    size_t merges_cap;
    /* BPE options */
    vkr_token unk;
    bool fuse_unk, byte_fallback, ignore_merges;
    const char *prefix, *suffix;        /* continuing_subword_prefix, end_of_word_suffix */
    size_t prefix_len, suffix_len;
    vkr_token byte_tok[256];            /* <0xXX> ids for byte_fallback, -1 absent */
    /* added tokens, and for each first byte the ones starting with it, longest first */
    vkr__added *added;
    int32_t n_added, cap_added;
    int32_t *by_byte;                   /* indices into added, grouped by first byte */
    int32_t by_byte_start[257];
    bool any_normalized_added, any_raw_added;
    /* pipeline */
    vkr__tok_op *norm, *pre, *dec;
    int32_t n_norm, n_pre, n_dec;
    bool has_decoder;
    /* post-processor: single template = prefix specials, sequence, suffix specials */
    vkr_token *tpl_pre, *tpl_post;
    int32_t n_tpl_pre, n_tpl_post;
    /* tokenizer_config.json */
    vkr_token bos, eos, pad;
    int add_bos, add_eos;               /* -1 unset, 0/1 as the config says */
    const char *chat_template;
    struct vkr__tok_docs *docs;         /* the parsed files the strings above point into */
};

/* bytes_to_unicode of GPT-2: printable Latin-1 bytes stand for themselves;
   the 68 others (0x00-0x20, 0x7F-0xA0, 0xAD) map to U+0100.. in order. */
VKR__FN uint32_t vkr__byte_char(unsigned b) {
    if (b <= 0x20) return 0x100 + b;
    if (b >= 0x7F && b <= 0xA0) return 0x100 + 33 + (b - 0x7F);
    if (b == 0xAD) return 0x100 + 67;
    return b;
}
/* The inverse: the byte a ByteLevel char stands for, or -1. */
VKR__FN int vkr__char_byte(uint32_t cp) {
    if ((cp >= 0x21 && cp <= 0x7E) || (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD)) return (int)cp;
    if (cp < 0x100 || cp >= 0x144) return -1;
    cp -= 0x100;
    return cp < 33 ? (int)cp : cp < 67 ? (int)(0x7F + cp - 33) : 0xAD;
}

VKR__FN vkr_token vkr__vocab_get(const vkr_tok *t, const char *s, size_t n) {
    size_t h, mask = t->vocab.cap - 1;
    uint64_t hash, tag;
    if (!t->vocab.cap) return -1;
    hash = vkr__hash_bytes(s, n);
    tag = hash >> 32;
    h = (size_t)hash & mask;
    for (;;) {
        uint64_t v = t->vocab.slot[h];
        int32_t id = (int32_t)(uint32_t)v - 1;
        if (!v) return -1;
        if ((v >> 32) == tag && t->piece_len[id] == n && !memcmp(t->piece[id], s, n)) return id;
        h = (h + 1) & mask;
    }
}

VKR__FN const vkr__merge *vkr__merge_get(const vkr_tok *t, vkr_token a, vkr_token b) {
    uint64_t key = ((uint64_t)(uint32_t)a << 32) | (uint32_t)b;
    size_t mask = t->merges_cap - 1, h;
    if (!t->merges_cap) return NULL;
    h = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
    for (;;) {
        const vkr__merge *m = &t->merges[h];
        if (m->rank < 0) return NULL;
        if (m->key == key) return m;
        h = (h + 1) & mask;
    }
}

/* --- loading -------------------------------------------------------------- */

typedef struct vkr__tl {      /* loader state */
    vkr_tok *t;
    const char *name;
    vkr_result err;
} vkr__tl;

/* Records the first loading error: VKR_ERR_UNSUPPORTED for a component
   valkyr does not implement, VKR_ERR_TOKENIZER for a malformed field. */
VKR__FN VKR__PRINTF(2, 3) void vkr__tl_fail(vkr__tl *L, const char *fmt, ...) {
    char msg[700];
    va_list ap;
    if (L->err != VKR_OK) return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    L->err = vkr__fail(strstr(fmt, "not supported") || strstr(fmt, "not one valkyr knows") ? VKR_ERR_UNSUPPORTED : VKR_ERR_TOKENIZER,
                       "%s: %s", L->name, msg);
}

VKR__FN const char *vkr__tl_str(vkr__tl *L, const vkr_json *o, const char *key, const char *where, size_t *len) {
    const vkr_json *v = vkr_json_get(o, key);
    if (!v || v->type != VKR_JSON_STRING) {
        vkr__tl_fail(L, "%s: \"%s\" must be a string", where, key);
        return NULL;
    }
    if (len) *len = v->len;
    return v->str;
}
VKR__FN bool vkr__tl_bool(const vkr_json *o, const char *key, bool dflt) {
    bool b = dflt;
    vkr_json_bool(vkr_json_get(o, key), &b);
    return b;
}
/* A string that must be exactly one code point (a replacement char). */
VKR__FN uint32_t vkr__tl_char(vkr__tl *L, const vkr_json *o, const char *key, const char *where) {
    size_t n;
    const char *s = vkr__tl_str(L, o, key, where, &n);
    uint32_t cp = 0;
    if (!s) return 0;
    if (n == 0 || vkr__u8dec(s, &cp) != n) { vkr__tl_fail(L, "%s: \"%s\" must be one character", where, key); return 0; }
    return cp;
}

VKR__FN int vkr__tl_behavior(vkr__tl *L, const vkr_json *o, const char *where) {
    const char *b = vkr_json_string(vkr_json_get(o, "behavior"));
    if (!b) { vkr__tl_fail(L, "%s: \"behavior\" must be a string", where); return 0; }
    if (!strcmp(b, "Removed")) return VKR__B_REMOVED;
    if (!strcmp(b, "Isolated")) return VKR__B_ISOLATED;
    if (!strcmp(b, "MergedWithPrevious")) return VKR__B_MERGED_PREV;
    if (!strcmp(b, "MergedWithNext")) return VKR__B_MERGED_NEXT;
    if (!strcmp(b, "Contiguous")) return VKR__B_CONTIGUOUS;
    vkr__tl_fail(L, "%s: behavior \"%s\" is not supported", where, b);
    return 0;
}

/* Recognises the regexes of the families valkyr supports. */
VKR__FN int vkr__regex_kind(const char *re) {
    static const char gpt2[] = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
    static const char llama3[] = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    static const char qwen[] = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    if (!strcmp(re, gpt2)) return VKR__RX_GPT2;
    if (!strcmp(re, llama3)) return VKR__RX_LLAMA3;
    if (!strcmp(re, qwen)) return VKR__RX_QWEN;
    return VKR__RX_NONE;
}

VKR__FN bool vkr__ops_push(vkr__tl *L, vkr__tok_op **ops, int32_t *n, const vkr__tok_op *op) {
    if (!vkr__grow(&L->t->a, (void **)ops, (size_t)*n, (size_t)*n + 1, sizeof(vkr__tok_op))) {
        L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name);
        return false;
    }
    (*ops)[(*n)++] = *op;
    return true;
}

VKR__FN void vkr__tl_normalizer(vkr__tl *L, const vkr_json *n, int depth) {
    const char *type;
    vkr__tok_op op;
    if (!n || n->type == VKR_JSON_NULL || L->err != VKR_OK) return;
    if (depth > 8) { vkr__tl_fail(L, "normalizer: nested too deep"); return; }
    type = vkr_json_string(vkr_json_get(n, "type"));
    memset(&op, 0, sizeof op);
    if (!type) { vkr__tl_fail(L, "normalizer: \"type\" missing"); return; }
    if (!strcmp(type, "Sequence")) {
        const vkr_json *list = vkr_json_get(n, "normalizers");
        size_t i;
        if (!list || list->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "normalizer Sequence: \"normalizers\" must be a list"); return; }
        for (i = 0; i < list->len; i++) vkr__tl_normalizer(L, &list->items[i], depth + 1);
        return;
    }
    if (!strcmp(type, "NFC")) op.type = VKR__N_NFC;
    else if (!strcmp(type, "NFKC")) op.type = VKR__N_NFKC;
    else if (!strcmp(type, "NFD")) op.type = VKR__N_NFD;
    else if (!strcmp(type, "NFKD")) op.type = VKR__N_NFKD;
    else if (!strcmp(type, "Lowercase")) op.type = VKR__N_LOWER;
    else if (!strcmp(type, "Strip")) {
        op.type = VKR__N_STRIP;
        op.flag_a = vkr__tl_bool(n, "strip_left", true);
        op.flag_b = vkr__tl_bool(n, "strip_right", true);
    } else if (!strcmp(type, "Prepend")) {
        op.type = VKR__N_PREPEND;
        op.s1 = vkr__tl_str(L, n, "prepend", "normalizer Prepend", &op.n1);
    } else if (!strcmp(type, "Replace")) {
        const vkr_json *pat = vkr_json_get(n, "pattern");
        op.type = VKR__N_REPLACE;
        if (vkr_json_get(pat, "Regex")) { vkr__tl_fail(L, "normalizer Replace: regex patterns are not supported"); return; }
        op.s1 = vkr__tl_str(L, pat, "String", "normalizer Replace.pattern", &op.n1);
        op.s2 = vkr__tl_str(L, n, "content", "normalizer Replace", &op.n2);
        if (op.s1 && !op.n1) { vkr__tl_fail(L, "normalizer Replace: empty pattern"); return; }
    } else {
        vkr__tl_fail(L, "normalizer \"%s\" is not supported (NFC, NFKC, NFD, NFKD, Lowercase, Strip, Prepend, Replace, Sequence)", type);
        return;
    }
    if (L->err == VKR_OK) vkr__ops_push(L, &L->t->norm, &L->t->n_norm, &op);
}

VKR__FN void vkr__tl_pretok(vkr__tl *L, const vkr_json *p, int depth) {
    const char *type;
    vkr__tok_op op;
    if (!p || p->type == VKR_JSON_NULL || L->err != VKR_OK) return;
    if (depth > 8) { vkr__tl_fail(L, "pre_tokenizer: nested too deep"); return; }
    type = vkr_json_string(vkr_json_get(p, "type"));
    memset(&op, 0, sizeof op);
    if (!type) { vkr__tl_fail(L, "pre_tokenizer: \"type\" missing"); return; }
    if (!strcmp(type, "Sequence")) {
        const vkr_json *list = vkr_json_get(p, "pretokenizers");
        size_t i;
        if (!list || list->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "pre_tokenizer Sequence: \"pretokenizers\" must be a list"); return; }
        for (i = 0; i < list->len; i++) vkr__tl_pretok(L, &list->items[i], depth + 1);
        return;
    }
    if (!strcmp(type, "ByteLevel")) {
        op.type = VKR__P_BYTELEVEL;
        op.flag_a = vkr__tl_bool(p, "add_prefix_space", true);
        op.flag_b = vkr__tl_bool(p, "use_regex", true);
        op.regex = VKR__RX_GPT2;
    } else if (!strcmp(type, "Split")) {
        const vkr_json *pat = vkr_json_get(p, "pattern");
        op.type = VKR__P_SPLIT;
        op.behavior = vkr__tl_behavior(L, p, "pre_tokenizer Split");
        op.flag_a = vkr__tl_bool(p, "invert", false);
        if (vkr_json_get(pat, "Regex")) {
            const char *re = vkr__tl_str(L, pat, "Regex", "pre_tokenizer Split.pattern", NULL);
            if (!re) return;
            op.regex = vkr__regex_kind(re);
            if (op.regex == VKR__RX_NONE) {
                vkr__tl_fail(L, "pre_tokenizer Split: regex \"%.200s\" is not one valkyr knows (GPT-2, Llama 3, Qwen)", re);
                return;
            }
        } else {
            op.s1 = vkr__tl_str(L, pat, "String", "pre_tokenizer Split.pattern", &op.n1);
            if (op.s1 && !op.n1) { vkr__tl_fail(L, "pre_tokenizer Split: empty pattern"); return; }
        }
    } else if (!strcmp(type, "Metaspace")) {
        const char *scheme = vkr_json_string(vkr_json_get(p, "prepend_scheme"));
        op.type = VKR__P_METASPACE;
        op.ch = vkr__tl_char(L, p, "replacement", "pre_tokenizer Metaspace");
        op.flag_a = vkr__tl_bool(p, "split", true);
        if (scheme) op.prepend = !strcmp(scheme, "never") ? 0 : !strcmp(scheme, "first") ? 2 : 1;
        else op.prepend = vkr__tl_bool(p, "add_prefix_space", true) ? 1 : 0;
    } else if (!strcmp(type, "Digits")) {
        op.type = VKR__P_DIGITS;
        op.flag_a = vkr__tl_bool(p, "individual_digits", false);
    } else if (!strcmp(type, "Punctuation")) {
        op.type = VKR__P_PUNCT;
        op.behavior = vkr_json_get(p, "behavior") ? vkr__tl_behavior(L, p, "pre_tokenizer Punctuation") : VKR__B_ISOLATED;
    } else if (!strcmp(type, "Whitespace")) {
        op.type = VKR__P_WHITESPACE;
    } else if (!strcmp(type, "WhitespaceSplit")) {
        op.type = VKR__P_WSSPLIT;
    } else {
        vkr__tl_fail(L, "pre_tokenizer \"%s\" is not supported (ByteLevel, Split, Metaspace, Digits, Punctuation, Whitespace, WhitespaceSplit, Sequence)", type);
        return;
    }
    if (L->err == VKR_OK) vkr__ops_push(L, &L->t->pre, &L->t->n_pre, &op);
}

VKR__FN void vkr__tl_decoder(vkr__tl *L, const vkr_json *d, int depth) {
    const char *type;
    vkr__tok_op op;
    if (!d || d->type == VKR_JSON_NULL || L->err != VKR_OK) return;
    if (depth > 8) { vkr__tl_fail(L, "decoder: nested too deep"); return; }
    type = vkr_json_string(vkr_json_get(d, "type"));
    memset(&op, 0, sizeof op);
    if (!type) { vkr__tl_fail(L, "decoder: \"type\" missing"); return; }
    L->t->has_decoder = true;
    if (!strcmp(type, "Sequence")) {
        const vkr_json *list = vkr_json_get(d, "decoders");
        size_t i;
        if (!list || list->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "decoder Sequence: \"decoders\" must be a list"); return; }
        for (i = 0; i < list->len; i++) vkr__tl_decoder(L, &list->items[i], depth + 1);
        return;
    }
    if (!strcmp(type, "ByteLevel")) op.type = VKR__D_BYTELEVEL;
    else if (!strcmp(type, "ByteFallback")) op.type = VKR__D_BYTEFALLBACK;
    else if (!strcmp(type, "Fuse")) op.type = VKR__D_FUSE;
    else if (!strcmp(type, "Metaspace")) {
        const char *scheme = vkr_json_string(vkr_json_get(d, "prepend_scheme"));
        op.type = VKR__D_METASPACE;
        op.ch = vkr__tl_char(L, d, "replacement", "decoder Metaspace");
        if (scheme) op.prepend = !strcmp(scheme, "never") ? 0 : !strcmp(scheme, "first") ? 2 : 1;
        else op.prepend = vkr__tl_bool(d, "add_prefix_space", true) ? 1 : 0;
    } else if (!strcmp(type, "Strip")) {
        int64_t v;
        op.type = VKR__D_STRIP;
        op.ch = vkr__tl_char(L, d, "content", "decoder Strip");
        op.start = vkr_json_int(vkr_json_get(d, "start"), &v) ? v : 0;
        op.stop = vkr_json_int(vkr_json_get(d, "stop"), &v) ? v : 0;
        if (op.start < 0 || op.stop < 0) { vkr__tl_fail(L, "decoder Strip: start and stop must be >= 0"); return; }
    } else if (!strcmp(type, "Replace")) {
        const vkr_json *pat = vkr_json_get(d, "pattern");
        op.type = VKR__D_REPLACE;
        if (vkr_json_get(pat, "Regex")) { vkr__tl_fail(L, "decoder Replace: regex patterns are not supported"); return; }
        op.s1 = vkr__tl_str(L, pat, "String", "decoder Replace.pattern", &op.n1);
        op.s2 = vkr__tl_str(L, d, "content", "decoder Replace", &op.n2);
        if (op.s1 && !op.n1) { vkr__tl_fail(L, "decoder Replace: empty pattern"); return; }
    } else {
        vkr__tl_fail(L, "decoder \"%s\" is not supported (ByteLevel, Metaspace, ByteFallback, Fuse, Strip, Replace, Sequence)", type);
        return;
    }
    if (L->err == VKR_OK) vkr__ops_push(L, &L->t->dec, &L->t->n_dec, &op);
}

/* Looks a token string up among added tokens, then in the model vocab. */
VKR__FN vkr_token vkr__tok_lookup(const vkr_tok *t, const char *s, size_t n) {
    int32_t i;
    for (i = 0; i < t->n_added; i++)
        if (t->added[i].len == n && !memcmp(t->added[i].text, s, n)) return t->added[i].id;
    return vkr__vocab_get(t, s, n);
}

VKR__FN bool vkr__tl_ids(vkr__tl *L, vkr_token **arr, int32_t *n, vkr_token id) {
    if (!vkr__grow(&L->t->a, (void **)arr, (size_t)*n, (size_t)*n + 1, sizeof(vkr_token))) {
        L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name);
        return false;
    }
    (*arr)[(*n)++] = id;
    return true;
}

VKR__FN void vkr__tl_post(vkr__tl *L, const vkr_json *p, int depth) {
    vkr_tok *t = L->t;
    const char *type;
    if (!p || p->type == VKR_JSON_NULL || L->err != VKR_OK) return;
    if (depth > 8) { vkr__tl_fail(L, "post_processor: nested too deep"); return; }
    type = vkr_json_string(vkr_json_get(p, "type"));
    if (!type) { vkr__tl_fail(L, "post_processor: \"type\" missing"); return; }
    if (!strcmp(type, "Sequence")) {
        const vkr_json *list = vkr_json_get(p, "processors");
        size_t i;
        if (!list || list->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "post_processor Sequence: \"processors\" must be a list"); return; }
        for (i = 0; i < list->len; i++) vkr__tl_post(L, &list->items[i], depth + 1);
        return;
    }
    if (!strcmp(type, "ByteLevel")) return;   /* only offsets; ids unchanged */
    if (!strcmp(type, "TemplateProcessing")) {
        const vkr_json *single = vkr_json_get(p, "single"), *specials = vkr_json_get(p, "special_tokens");
        bool seen_seq = false;
        size_t i;
        if (!single || single->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "post_processor TemplateProcessing: \"single\" must be a list"); return; }
        t->n_tpl_pre = t->n_tpl_post = 0;
        for (i = 0; i < single->len && L->err == VKR_OK; i++) {
            const vkr_json *it = &single->items[i], *sp = vkr_json_get(it, "SpecialToken");
            if (vkr_json_get(it, "Sequence")) { seen_seq = true; continue; }
            if (sp) {
                const char *name = vkr__tl_str(L, sp, "id", "post_processor TemplateProcessing.single", NULL);
                const vkr_json *def = vkr_json_get(vkr_json_get(specials, name ? name : ""), "ids");
                size_t k;
                if (!name) return;
                if (!def || def->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "post_processor TemplateProcessing: special token \"%s\" has no ids", name); return; }
                for (k = 0; k < def->len; k++) {
                    int64_t id;
                    if (!vkr_json_int(&def->items[k], &id) || id < 0 || id > INT32_MAX) { vkr__tl_fail(L, "post_processor TemplateProcessing: bad id for \"%s\"", name); return; }
                    if (seen_seq) vkr__tl_ids(L, &t->tpl_post, &t->n_tpl_post, (vkr_token)id);
                    else vkr__tl_ids(L, &t->tpl_pre, &t->n_tpl_pre, (vkr_token)id);
                }
                continue;
            }
            vkr__tl_fail(L, "post_processor TemplateProcessing: unknown template item");
        }
        return;
    }
    if (!strcmp(type, "BertProcessing") || !strcmp(type, "RobertaProcessing")) {
        const vkr_json *cls = vkr_json_get(p, "cls"), *sep = vkr_json_get(p, "sep");
        int64_t c, s;
        if (!vkr_json_int(vkr_json_at(cls, 1), &c) || !vkr_json_int(vkr_json_at(sep, 1), &s)) {
            vkr__tl_fail(L, "post_processor %s: \"cls\" and \"sep\" must be [token, id]", type);
            return;
        }
        t->n_tpl_pre = t->n_tpl_post = 0;
        vkr__tl_ids(L, &t->tpl_pre, &t->n_tpl_pre, (vkr_token)c);
        vkr__tl_ids(L, &t->tpl_post, &t->n_tpl_post, (vkr_token)s);
        return;
    }
    vkr__tl_fail(L, "post_processor \"%s\" is not supported (TemplateProcessing, ByteLevel, BertProcessing, RobertaProcessing, Sequence)", type);
}

/* Grows the id tables so that `id` fits. */
VKR__FN bool vkr__tl_ensure_id(vkr__tl *L, int64_t id) {
    vkr_tok *t = L->t;
    int32_t old = t->n_ids, nn;
    if (id < t->n_ids) return true;
    if (id > 16 * 1024 * 1024) { vkr__tl_fail(L, "token id %lld is unreasonably large", (long long)id); return false; }
    nn = (int32_t)id + 1;
    {   /* all three tables or none, so the sizes the tokenizer records stay true */
        const char **np = (const char **)vkr__calloc(&t->a, (size_t)nn, sizeof(char *));
        uint32_t *nl = (uint32_t *)vkr__calloc(&t->a, (size_t)nn, sizeof(uint32_t));
        uint8_t *na = (uint8_t *)vkr__calloc(&t->a, (size_t)nn, 1);
        if (!np || !nl || !na) {
            vkr__free(&t->a, (void *)np, (size_t)nn * sizeof(char *));
            vkr__free(&t->a, nl, (size_t)nn * sizeof(uint32_t));
            vkr__free(&t->a, na, (size_t)nn);
            L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name);
            return false;
        }
        if (old) {
            memcpy((void *)np, t->piece, (size_t)old * sizeof(char *));
            memcpy(nl, t->piece_len, (size_t)old * sizeof(uint32_t));
            memcpy(na, t->attr, (size_t)old);
        }
        vkr__free(&t->a, (void *)t->piece, (size_t)old * sizeof(char *));
        vkr__free(&t->a, t->piece_len, (size_t)old * sizeof(uint32_t));
        vkr__free(&t->a, t->attr, (size_t)old);
        t->piece = np;
        t->piece_len = nl;
        t->attr = na;
    }
    t->n_ids = nn;
    return true;
}

VKR__FN void vkr__tl_model(vkr__tl *L, const vkr_json *m) {
    vkr_tok *t = L->t;
    const vkr_json *vocab = vkr_json_get(m, "vocab"), *merges = vkr_json_get(m, "merges");
    const char *type = vkr_json_string(vkr_json_get(m, "type")), *unk;
    size_t i, cap;
    int64_t max_id = -1;
    if (!m || m->type != VKR_JSON_OBJECT) { vkr__tl_fail(L, "\"model\" must be an object"); return; }
    if (type && strcmp(type, "BPE")) { vkr__tl_fail(L, "model type \"%s\" is not supported (BPE)", type); return; }
    if (!vocab || vocab->type != VKR_JSON_OBJECT) { vkr__tl_fail(L, "model: \"vocab\" must be an object"); return; }
    if (!merges || merges->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "model: \"merges\" must be a list"); return; }
    if (vkr_json_get(m, "dropout") && vkr_json_get(m, "dropout")->type != VKR_JSON_NULL)
        vkr__log(&t->hooks.logger, VKR_LOG_INFO, "%s: BPE dropout is ignored (encoding is deterministic)", L->name);
    t->fuse_unk = vkr__tl_bool(m, "fuse_unk", false);
    t->byte_fallback = vkr__tl_bool(m, "byte_fallback", false);
    t->ignore_merges = vkr__tl_bool(m, "ignore_merges", false);
    t->prefix = vkr_json_string(vkr_json_get(m, "continuing_subword_prefix"));
    t->suffix = vkr_json_string(vkr_json_get(m, "end_of_word_suffix"));
    t->prefix_len = t->prefix ? strlen(t->prefix) : 0;
    t->suffix_len = t->suffix ? strlen(t->suffix) : 0;
    if (!t->prefix_len) t->prefix = NULL;
    if (!t->suffix_len) t->suffix = NULL;
    /* the vocab: piece → id */
    for (i = 0; i < vocab->len; i++) {
        int64_t id;
        if (!vkr_json_int(&vocab->items[i], &id) || id < 0 || id > INT32_MAX) {
            vkr__tl_fail(L, "model.vocab: \"%.100s\" has no valid id", vocab->items[i].key);
            return;
        }
        if (id > max_id) max_id = id;
    }
    if (max_id >= 0 && !vkr__tl_ensure_id(L, max_id)) return;
    for (cap = 16; cap < vocab->len * 2; cap *= 2) {}
    t->vocab.slot = (uint64_t *)vkr__calloc(&t->a, cap, sizeof(uint64_t));
    if (!t->vocab.slot) { L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name); return; }
    t->vocab.cap = cap;
    for (i = 0; i < vocab->len; i++) {
        const vkr_json *e = &vocab->items[i];
        int32_t id = (int32_t)e->i64;
        size_t h;
        if (!e->is_int) id = (int32_t)e->num;
        if (t->piece[id]) { vkr__tl_fail(L, "model.vocab: id %d is given to both \"%.80s\" and \"%.80s\"", id, t->piece[id], e->key); return; }
        t->piece[id] = e->key;
        t->piece_len[id] = (uint32_t)e->key_len;
        {
            uint64_t hash = vkr__hash_bytes(e->key, e->key_len);
            h = (size_t)hash & (cap - 1);
            while (t->vocab.slot[h]) {
                int32_t o = (int32_t)(uint32_t)t->vocab.slot[h] - 1;
                if ((t->vocab.slot[h] >> 32) == (hash >> 32) && t->piece_len[o] == e->key_len && !memcmp(t->piece[o], e->key, e->key_len)) {
                    vkr__tl_fail(L, "model.vocab: \"%.100s\" appears twice", e->key);
                    return;
                }
                h = (h + 1) & (cap - 1);
            }
            t->vocab.slot[h] = ((hash >> 32) << 32) | (uint32_t)(id + 1);
        }
    }
    /* byte fallback tokens */
    for (i = 0; i < 256; i++) {
        char b[8];
        snprintf(b, sizeof b, "<0x%02X>", (unsigned)i);
        t->byte_tok[i] = vkr__vocab_get(t, b, 6);
    }
    unk = vkr_json_string(vkr_json_get(m, "unk_token"));
    t->unk = -1;
    if (unk) {
        t->unk = vkr__vocab_get(t, unk, strlen(unk));
        if (t->unk < 0) { vkr__tl_fail(L, "model: unk_token \"%.80s\" is not in the vocab", unk); return; }
    }
    /* merges: "a b" strings or [a, b] pairs; rank = position, later duplicates win */
    for (cap = 16; cap < merges->len * 2 + 2; cap *= 2) {}
    t->merges = (vkr__merge *)vkr__alloc(&t->a, cap * sizeof(vkr__merge));
    if (!t->merges) { L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name); return; }
    for (i = 0; i < cap; i++) t->merges[i].rank = -1;
    t->merges_cap = cap;
    {
        vkr__buf joined;
        memset(&joined, 0, sizeof joined);
        for (i = 0; i < merges->len; i++) {
            const vkr_json *e = &merges->items[i];
            const char *a, *b;
            size_t na, nb;
            vkr_token ia, ib, inew;
            uint64_t key;
            size_t h;
            if (e->type == VKR_JSON_STRING) {
                const char *sp = (const char *)memchr(e->str, ' ', e->len);
                if (!sp || sp == e->str || sp + 1 >= e->str + e->len) { vkr__tl_fail(L, "model.merges[%zu]: \"%.80s\" is not \"a b\"", i, e->str); break; }
                a = e->str; na = (size_t)(sp - e->str);
                b = sp + 1; nb = e->len - na - 1;
            } else if (e->type == VKR_JSON_ARRAY && e->len == 2 && e->items[0].type == VKR_JSON_STRING && e->items[1].type == VKR_JSON_STRING) {
                a = e->items[0].str; na = e->items[0].len;
                b = e->items[1].str; nb = e->items[1].len;
            } else {
                vkr__tl_fail(L, "model.merges[%zu] must be \"a b\" or [\"a\", \"b\"]", i);
                break;
            }
            ia = vkr__vocab_get(t, a, na);
            ib = vkr__vocab_get(t, b, nb);
            joined.n = 0;
            if (!vkr__buf_put(&t->a, &joined, a, na) ||
                !vkr__buf_put(&t->a, &joined, b + (t->prefix && nb >= t->prefix_len && !memcmp(b, t->prefix, t->prefix_len) ? t->prefix_len : 0),
                              nb - (t->prefix && nb >= t->prefix_len && !memcmp(b, t->prefix, t->prefix_len) ? t->prefix_len : 0))) {
                L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name);
                break;
            }
            inew = vkr__vocab_get(t, joined.p, joined.n);
            if (ia < 0 || ib < 0 || inew < 0) {
                vkr__tl_fail(L, "model.merges[%zu]: \"%.60s\" + \"%.60s\" is not in the vocab", i, a, b);
                break;
            }
            key = ((uint64_t)(uint32_t)ia << 32) | (uint32_t)ib;
            h = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
            while (t->merges[h].rank >= 0 && t->merges[h].key != key) h = (h + 1) & (cap - 1);
            t->merges[h].key = key;
            t->merges[h].rank = (int32_t)i;
            t->merges[h].id = inew;
        }
        vkr__buf_free(&t->a, &joined);
    }
}

/* Added token x before y: longer first (leftmost-longest), then by id. */
VKR__FN bool vkr__added_before(const vkr__added *x, const vkr__added *y) {
    return x->len != y->len ? x->len > y->len : x->id < y->id;
}

VKR__FN void vkr__tl_added(vkr__tl *L, const vkr_json *list) {
    vkr_tok *t = L->t;
    size_t i;
    int32_t k;
    if (!list || list->type == VKR_JSON_NULL) return;
    if (list->type != VKR_JSON_ARRAY) { vkr__tl_fail(L, "\"added_tokens\" must be a list"); return; }
    t->cap_added = list->len ? (int32_t)list->len : 1;
    t->added = (vkr__added *)vkr__calloc(&t->a, (size_t)t->cap_added, sizeof(vkr__added));
    t->by_byte = (int32_t *)vkr__calloc(&t->a, (size_t)t->cap_added, sizeof(int32_t));
    if (!t->added || !t->by_byte) { L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", L->name); return; }
    for (i = 0; i < list->len && L->err == VKR_OK; i++) {
        const vkr_json *e = &list->items[i];
        vkr__added *ad = &t->added[t->n_added];
        int64_t id;
        ad->text = vkr__tl_str(L, e, "content", "added_tokens[]", &ad->len);
        if (!ad->text) return;
        if (!vkr_json_int(vkr_json_get(e, "id"), &id) || id < 0 || id > INT32_MAX) { vkr__tl_fail(L, "added_tokens: \"%.80s\" has no valid id", ad->text); return; }
        if (!ad->len) { vkr__tl_fail(L, "added_tokens: token %lld is empty", (long long)id); return; }
        ad->id = (vkr_token)id;
        ad->special = vkr__tl_bool(e, "special", false);
        ad->lstrip = vkr__tl_bool(e, "lstrip", false);
        ad->rstrip = vkr__tl_bool(e, "rstrip", false);
        ad->single_word = vkr__tl_bool(e, "single_word", false);
        ad->normalized = vkr__tl_bool(e, "normalized", !ad->special);
        if (!vkr__tl_ensure_id(L, id)) return;
        if (!t->piece[id]) { t->piece[id] = ad->text; t->piece_len[id] = (uint32_t)ad->len; }
        t->attr[id] |= 1 | (ad->special ? 2 : 0);
        if (ad->normalized) t->any_normalized_added = true; else t->any_raw_added = true;
        t->n_added++;
    }
    /* group by first byte, longest first (leftmost-longest matching) */
    for (k = 0; k < t->n_added; k++) t->by_byte_start[(unsigned char)t->added[k].text[0] + 1]++;
    for (k = 1; k <= 256; k++) t->by_byte_start[k] += t->by_byte_start[k - 1];
    {
        int32_t fill[256];
        memcpy(fill, t->by_byte_start, sizeof fill);
        for (k = 0; k < t->n_added; k++) t->by_byte[fill[(unsigned char)t->added[k].text[0]]++] = k;
    }
    for (k = 0; k < 256; k++) {   /* insertion sort: the groups are small */
        int32_t a = t->by_byte_start[k], b = t->by_byte_start[k + 1], i, j;
        for (i = a + 1; i < b; i++) {
            int32_t v = t->by_byte[i];
            for (j = i; j > a && vkr__added_before(&t->added[v], &t->added[t->by_byte[j - 1]]); j--) t->by_byte[j] = t->by_byte[j - 1];
            t->by_byte[j] = v;
        }
    }
}

/* A token named in tokenizer_config.json: a string or {"content": ...}. */
VKR__FN vkr_token vkr__tl_named(vkr_tok *t, const vkr_json *v) {
    const char *s = vkr_json_string(v);
    if (!s) s = vkr_json_string(vkr_json_get(v, "content"));
    return s ? vkr__tok_lookup(t, s, strlen(s)) : -1;
}

/* transformers' LlamaTokenizer with "legacy": false in tokenizer_config.json
   (TinyLlama, many Llama-2 chat models) does not use tokenizer.json's
   Prepend("▁") + Replace(" ", "▁") normalizer: it puts Metaspace with
   prepend_scheme "first" in its place, so no "▁" appears after a special
   token, and none is added before a leading space. *out = that
   pre-tokenizer when the rewrite applies, else NULL. */
VKR__FN vkr_result vkr__tok_legacy_false(vkr_tok *t, const vkr_json *norm, const vkr_json *pre, const vkr_json *cfg, const vkr_json **out) {
    static const char metaspace[] = "{\"type\": \"Metaspace\", \"replacement\": \"\u2581\", \"prepend_scheme\": \"first\", \"split\": false}";
    const vkr_json *cls, *list, *a, *b, *leg;
    bool legacy = true;
    vkr_json_doc *doc = NULL;
    vkr_json_desc jd;
    vkr_result r;
    *out = NULL;
    if (!cfg || !t->docs) return VKR_OK;
    leg = vkr_json_get(cfg, "legacy");
    cls = vkr_json_get(cfg, "tokenizer_class");
    if (!leg || !vkr_json_bool(leg, &legacy) || legacy || !vkr_json_string(cls) || strncmp(cls->str, "LlamaTokenizer", 14)) return VKR_OK;
    if (pre && pre->type != VKR_JSON_NULL) return VKR_OK;
    list = vkr_json_get(norm, "normalizers");
    if (!list || list->type != VKR_JSON_ARRAY || list->len != 2) return VKR_OK;
    a = &list->items[0];
    b = &list->items[1];
    if (!vkr_json_string(vkr_json_get(a, "type")) || strcmp(vkr_json_get(a, "type")->str, "Prepend") ||
        !vkr_json_string(vkr_json_get(b, "type")) || strcmp(vkr_json_get(b, "type")->str, "Replace"))
        return VKR_OK;
    memset(&jd, 0, sizeof jd);
    jd.hooks = t->hooks;
    jd.name = t->name;
    r = vkr_json_parse(metaspace, sizeof metaspace - 1, &jd, &doc);
    if (r != VKR_OK) return r;
    ((vkr__tok_docs *)t->docs)->extra = doc;
    *out = vkr_json_root(doc);
    return VKR_OK;
}

VKR__FN vkr_result vkr__tok_build(vkr_tok *t, const vkr_json *root, const vkr_json *cfg) {
    vkr__tl L;
    memset(&L, 0, sizeof L);
    L.t = t;
    L.name = t->name;
    if (!root || root->type != VKR_JSON_OBJECT) return vkr__fail(VKR_ERR_JSON, "%s: not a JSON object", t->name);
    if (!vkr_json_get(root, "model")) return vkr__fail(VKR_ERR_JSON, "%s: \"model\" missing (is this a tokenizer.json?)", t->name);
    vkr__tl_model(&L, vkr_json_get(root, "model"));
    vkr__tl_added(&L, vkr_json_get(root, "added_tokens"));
    {
        const vkr_json *norm = vkr_json_get(root, "normalizer"), *pre = vkr_json_get(root, "pre_tokenizer");
        const vkr_json *legacy_pre = NULL;
        vkr_result r = vkr__tok_legacy_false(t, norm, pre, cfg, &legacy_pre);
        if (r != VKR_OK) return r;
        if (legacy_pre) norm = NULL, pre = legacy_pre;
        vkr__tl_normalizer(&L, norm, 0);
        vkr__tl_pretok(&L, pre, 0);
    }
    vkr__tl_post(&L, vkr_json_get(root, "post_processor"), 0);
    vkr__tl_decoder(&L, vkr_json_get(root, "decoder"), 0);
    if (L.err != VKR_OK) return L.err;
    /* tokenizer_config.json */
    t->bos = t->eos = t->pad = -1;
    t->add_bos = t->add_eos = -1;
    if (cfg && cfg->type == VKR_JSON_OBJECT) {
        bool b;
        const vkr_json *ct = vkr_json_get(cfg, "chat_template");
        t->bos = vkr__tl_named(t, vkr_json_get(cfg, "bos_token"));
        t->eos = vkr__tl_named(t, vkr_json_get(cfg, "eos_token"));
        t->pad = vkr__tl_named(t, vkr_json_get(cfg, "pad_token"));
        if (vkr_json_bool(vkr_json_get(cfg, "add_bos_token"), &b)) t->add_bos = b;
        if (vkr_json_bool(vkr_json_get(cfg, "add_eos_token"), &b)) t->add_eos = b;
        if (vkr_json_string(ct)) t->chat_template = ct->str;
        else if (ct && ct->type == VKR_JSON_ARRAY) {
            size_t i;   /* a list of {name, template}: take "default" */
            for (i = 0; i < ct->len; i++)
                if (!strcmp(vkr_json_string(vkr_json_get(&ct->items[i], "name")) ? vkr_json_get(&ct->items[i], "name")->str : "", "default"))
                    t->chat_template = vkr_json_string(vkr_json_get(&ct->items[i], "template"));
        }
    }
    /* explicit add_bos_token / add_eos_token override the template, as
       transformers rebuilds the post-processor from them */
    if (t->add_bos >= 0 && t->bos >= 0) {
        bool has = t->n_tpl_pre > 0 && t->tpl_pre[0] == t->bos;
        if (t->add_bos && !has) {
            if (!vkr__grow(&t->a, (void **)&t->tpl_pre, (size_t)t->n_tpl_pre, (size_t)t->n_tpl_pre + 1, sizeof(vkr_token)))
                return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", t->name);
            memmove(t->tpl_pre + 1, t->tpl_pre, (size_t)t->n_tpl_pre * sizeof(vkr_token));
            t->tpl_pre[0] = t->bos;
            t->n_tpl_pre++;
        } else if (!t->add_bos && has) {
            memmove(t->tpl_pre, t->tpl_pre + 1, (size_t)(t->n_tpl_pre - 1) * sizeof(vkr_token));
            t->n_tpl_pre--;
        }
    }
    if (t->add_eos >= 0 && t->eos >= 0) {
        bool has = t->n_tpl_post > 0 && t->tpl_post[t->n_tpl_post - 1] == t->eos;
        if (t->add_eos && !has) {
            if (!vkr__tl_ids(&L, &t->tpl_post, &t->n_tpl_post, t->eos)) return L.err;
        } else if (!t->add_eos && has) {
            t->n_tpl_post--;
        }
    }
    return VKR_OK;
}


VALKYR_API void vkr_tok_free(vkr_tok *t) {
    vkr_allocator a;
    vkr__tok_docs *docs;
    if (!t) return;
    a = t->a;
    vkr__free(&a, t->piece, (size_t)t->n_ids * sizeof(char *));
    vkr__free(&a, t->piece_len, (size_t)t->n_ids * sizeof(uint32_t));
    vkr__free(&a, t->attr, (size_t)t->n_ids);
    vkr__free(&a, t->vocab.slot, t->vocab.cap * sizeof(uint64_t));
    vkr__free(&a, t->merges, t->merges_cap * sizeof(vkr__merge));
    vkr__free(&a, t->added, (size_t)t->cap_added * sizeof(vkr__added));
    vkr__free(&a, t->by_byte, (size_t)t->cap_added * sizeof(int32_t));
    vkr__free(&a, t->norm, (size_t)t->n_norm * sizeof(vkr__tok_op));
    vkr__free(&a, t->pre, (size_t)t->n_pre * sizeof(vkr__tok_op));
    vkr__free(&a, t->dec, (size_t)t->n_dec * sizeof(vkr__tok_op));
    vkr__free(&a, t->tpl_pre, (size_t)t->n_tpl_pre * sizeof(vkr_token));
    vkr__free(&a, t->tpl_post, (size_t)t->n_tpl_post * sizeof(vkr_token));
    docs = t->docs;
    if (docs) { vkr_json_free(docs->json); vkr_json_free(docs->cfg); vkr_json_free(docs->extra); }
    vkr__arena_free(&t->arena);
    vkr__free(&a, t, sizeof *t);
}

/* --- encoding ------------------------------------------------------------- */

/* One pre-token: a span of the work buffer, and whether it starts the input
   (Metaspace's prepend_scheme "first" looks at that). */
typedef struct vkr__span { size_t off, len; bool at_start; } vkr__span;

typedef struct vkr__sym { vkr_token id; int32_t prev, next; uint32_t len; } vkr__sym;
typedef struct vkr__cand { int32_t rank, pos; vkr_token id; } vkr__cand;

/* Per-call scratch, so a const tokenizer can encode on many threads. */
typedef struct vkr__enc {
    const vkr_tok *t;
    const vkr_allocator *a;
    vkr_tokens *out;
    uint32_t flags;
    vkr__buf norm, tmp, w[2];          /* normalized text; ping-pong pre-token texts */
    vkr__span *sp[2];
    size_t n_sp[2], cap_sp[2];
    vkr__sym *sym;
    size_t cap_sym;
    vkr__cand *heap;
    size_t cap_heap;
    vkr_result err;
} vkr__enc;

VKR__FN bool vkr__enc_oom(vkr__enc *e) {
    e->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory while encoding", e->t->name);
    return false;
}

VKR__FN bool vkr__enc_emit(vkr__enc *e, vkr_token id) {
    return vkr__tokens_push(e->out, e->a, id) || vkr__enc_oom(e);
}

VKR__FN void *vkr__uc_alloc_cb(void *user, size_t size) {
    const vkr_allocator *a = (const vkr_allocator *)user;
    return a->alloc(a->user, size, 16);
}
VKR__FN void vkr__uc_free_cb(void *user, void *p, size_t size) {
    const vkr_allocator *a = (const vkr_allocator *)user;
    if (p) a->free(a->user, p, size);
}

/* Rust's char::is_whitespace is the White_Space property. */
#define VKR__IS_WS(cp) vkr__uc_is_space(cp)

/* --- normalizers --- */

/* Runs the normalizer chain over s[0, n) into e->norm. */
VKR__FN bool vkr__normalize(vkr__enc *e, const char *s, size_t n) {
    const vkr_tok *t = e->t;
    int32_t k;
    e->norm.n = 0;
    if (!vkr__buf_put(e->a, &e->norm, s, n)) return vkr__enc_oom(e);
    for (k = 0; k < t->n_norm; k++) {
        const vkr__tok_op *op = &t->norm[k];
        vkr__buf *b = &e->norm, *o = &e->tmp;
        size_t i;
        o->n = 0;
        switch (op->type) {
        case VKR__N_NFC: case VKR__N_NFKC: case VKR__N_NFD: case VKR__N_NFKD: {
            bool compat = op->type == VKR__N_NFKC || op->type == VKR__N_NFKD;
            if (op->type == VKR__N_NFC || op->type == VKR__N_NFKC) {
                char *res = NULL;
                size_t rl = 0;
                if (!vkr__uc_normalize(b->p, b->n, compat, &res, &rl, vkr__uc_alloc_cb, vkr__uc_free_cb, (void *)e->a)) return vkr__enc_oom(e);
                if (!vkr__buf_put(e->a, o, res, rl)) { vkr__uc_free_cb((void *)e->a, res, rl + 1); return vkr__enc_oom(e); }
                vkr__uc_free_cb((void *)e->a, res, rl + 1);
            } else {
                /* NFD / NFKD: full decomposition, then canonical ordering */
                uint32_t cps[VKR__UC_DECOMP_MAX];
                size_t start_run = 0;
                for (i = 0; i < b->n;) {
                    uint32_t cp;
                    size_t m, j;
                    i += vkr__u8dec(b->p + i, &cp);
                    m = vkr__uc_decompose(cp, compat, cps);
                    for (j = 0; j < m; j++) {
                        uint8_t u[4];
                        size_t ul = vkr__uc_utf8_encode(cps[j], u);
                        if (!vkr__buf_put(e->a, o, u, ul)) return vkr__enc_oom(e);
                    }
                }
                /* stable insertion sort of each run of non-starters by ccc */
                for (i = 0; i < o->n;) {
                    uint32_t cp;
                    size_t l = vkr__u8dec(o->p + i, &cp);
                    if (vkr__uc_ccc(cp) == 0) { i += l; start_run = i; continue; }
                    {
                        size_t p = i;
                        /* bubble this mark left past marks with a higher class */
                        while (p > start_run) {
                            size_t q = p - 1;
                            uint32_t pc;
                            while (q > start_run && ((unsigned char)o->p[q] & 0xC0) == 0x80) q--;
                            vkr__u8dec(o->p + q, &pc);
                            if (vkr__uc_ccc(pc) <= vkr__uc_ccc(cp)) break;
                            {
                                char tmpc[8];
                                size_t pl = p - q;
                                memcpy(tmpc, o->p + q, pl);
                                memmove(o->p + q, o->p + p, l);
                                memcpy(o->p + q + l, tmpc, pl);
                            }
                            p = q;
                        }
                        i += l;
                    }
                }
            }
            break;
        }
        case VKR__N_LOWER:
            for (i = 0; i < b->n;) {
                uint32_t cp, lo[3];
                size_t m, j;
                i += vkr__u8dec(b->p + i, &cp);
                m = vkr__uc_lower(cp, lo);
                for (j = 0; j < m; j++) {
                    uint8_t u[4];
                    size_t ul = vkr__uc_utf8_encode(lo[j], u);
                    if (!vkr__buf_put(e->a, o, u, ul)) return vkr__enc_oom(e);
                }
            }
            break;
        case VKR__N_STRIP: {
            size_t lo = 0, hi = b->n;
            if (op->flag_a)
                while (lo < hi) { uint32_t cp; size_t l = vkr__u8dec(b->p + lo, &cp); if (!VKR__IS_WS(cp)) break; lo += l; }
            if (op->flag_b)
                while (hi > lo) {
                    size_t q = hi - 1;
                    uint32_t cp;
                    while (q > lo && ((unsigned char)b->p[q] & 0xC0) == 0x80) q--;
                    vkr__u8dec(b->p + q, &cp);
                    if (!VKR__IS_WS(cp)) break;
                    hi = q;
                }
            if (!vkr__buf_put(e->a, o, b->p + lo, hi - lo)) return vkr__enc_oom(e);
            break;
        }
        case VKR__N_PREPEND:
            if (b->n && !vkr__buf_put(e->a, o, op->s1, op->n1)) return vkr__enc_oom(e);
            if (!vkr__buf_put(e->a, o, b->p, b->n)) return vkr__enc_oom(e);
            break;
        case VKR__N_REPLACE:
            for (i = 0; i < b->n;) {
                if (b->n - i >= op->n1 && !memcmp(b->p + i, op->s1, op->n1)) {
                    if (!vkr__buf_put(e->a, o, op->s2, op->n2)) return vkr__enc_oom(e);
                    i += op->n1;
                } else {
                    const char *nx = (const char *)memchr(b->p + i + 1, op->s1[0], b->n - i - 1);
                    size_t upto = nx ? (size_t)(nx - b->p) : b->n;
                    if (!vkr__buf_put(e->a, o, b->p + i, upto - i)) return vkr__enc_oom(e);
                    i = upto;
                }
            }
            break;
        }
        { vkr__buf sw = e->norm; e->norm = e->tmp; e->tmp = sw; }
    }
    return true;
}

/* --- pre-tokenizers --- */

/* Appends a span of text (copied into w[dst]) to the span list dst. */
VKR__FN bool vkr__sp_add(vkr__enc *e, int dst, const char *s, size_t n, bool at_start) {
    vkr__span *sp;
    if (n == 0) return true;
    if (e->n_sp[dst] == e->cap_sp[dst]) {
        size_t nc = e->cap_sp[dst] ? e->cap_sp[dst] * 2 : 64;
        if (!vkr__grow(e->a, (void **)&e->sp[dst], e->cap_sp[dst], nc, sizeof(vkr__span))) return vkr__enc_oom(e);
        e->cap_sp[dst] = nc;
    }
    sp = &e->sp[dst][e->n_sp[dst]++];
    sp->off = e->w[dst].n;
    sp->len = n;
    sp->at_start = at_start;
    return vkr__buf_put(e->a, &e->w[dst], s, n) || vkr__enc_oom(e);
}

/* Regex matchers: the length in bytes of the match at s[i] (0 if none),
   following the alternatives left to right as the regex engines do. */
VKR__FN size_t vkr__cp_at(const char *s, size_t n, size_t i, uint32_t *cp) {
    if (i >= n) { *cp = 0xFFFFFFFFu; return 0; }
    return vkr__u8dec(s + i, cp);
}
#define VKR__RX_L(c) vkr__uc_is_letter(c)
#define VKR__RX_N(c) vkr__uc_is_number(c)
#define VKR__RX_OTHER(c) (!VKR__IS_WS(c) && !VKR__RX_L(c) && !VKR__RX_N(c))

/* 's 't 're 've 'm 'll 'd at s[i] (which is '\''); ci: case-insensitive. */
VKR__FN size_t vkr__rx_contraction(const char *s, size_t n, size_t i, bool ci) {
    static const char *const tails[] = {"s", "t", "re", "ve", "m", "ll", "d"};
    size_t k, j;
    for (k = 0; k < 7; k++) {
        size_t pos = i + 1;
        bool ok = true;
        for (j = 0; tails[k][j] && ok; j++) {
            uint32_t cp;
            size_t l = vkr__cp_at(s, n, pos, &cp);
            char want = tails[k][j];
            if (!l) { ok = false; break; }
            if (cp == (uint32_t)want) { pos += l; continue; }
            if (ci && cp < 128 && cp == (uint32_t)(want - 32)) { pos += l; continue; }
            if (ci && want == 's' && cp == 0x17F) { pos += l; continue; }   /* ſ folds to s */
            if (ci && want == 'k' && cp == 0x212A) { pos += l; continue; }
            ok = false;
        }
        if (ok) return pos - i;
    }
    return 0;
}

/* The whitespace alternatives shared by all three patterns, at s[i] (a
   White_Space char): \s*[\r\n]+ (llama3/qwen only), \s+(?!\S), \s+ */
VKR__FN size_t vkr__rx_space(const char *s, size_t n, size_t i, bool newline_rule) {
    size_t j = i, last_nl_end = 0, prev = i;
    uint32_t cp;
    size_t l;
    while ((l = vkr__cp_at(s, n, j, &cp)) && VKR__IS_WS(cp)) {
        prev = j;
        j += l;
        if (cp == '\r' || cp == '\n') last_nl_end = j;
    }
    if (newline_rule && last_nl_end) return last_nl_end - i;
    if (j >= n) return j - i;              /* \s+(?!\S) at the end */
    if (prev > i) return prev - i;         /* give back the last space */
    return j - i;                          /* \s+ */
}

VKR__FN size_t vkr__rx_match(int kind, const char *s, size_t n, size_t i) {
    uint32_t c, c2;
    size_t l = vkr__cp_at(s, n, i, &c), l2, j;
    if (kind == VKR__RX_GPT2) {
        if (c == '\'' && (j = vkr__rx_contraction(s, n, i, false))) return j;
        j = i;
        if (c == ' ') {
            l2 = vkr__cp_at(s, n, i + 1, &c2);
            if (l2 && !VKR__IS_WS(c2)) { j = i + 1; c = c2; l = l2; }
        }
        if (VKR__RX_L(c)) { while ((l = vkr__cp_at(s, n, j, &c)) && VKR__RX_L(c)) j += l; return j - i; }
        if (VKR__RX_N(c)) { while ((l = vkr__cp_at(s, n, j, &c)) && VKR__RX_N(c)) j += l; return j - i; }
        if (VKR__RX_OTHER(c)) { while ((l = vkr__cp_at(s, n, j, &c)) && VKR__RX_OTHER(c)) j += l; return j - i; }
        return vkr__rx_space(s, n, i, false);
    }
    /* Llama 3 and Qwen */
    if (c == '\'' && (j = vkr__rx_contraction(s, n, i, true))) return j;
    /* [^\r\n\p{L}\p{N}]?\p{L}+ */
    if (c != '\r' && c != '\n' && !VKR__RX_L(c) && !VKR__RX_N(c)) {
        l2 = vkr__cp_at(s, n, i + l, &c2);
        if (l2 && VKR__RX_L(c2)) {
            j = i + l;
            while ((l2 = vkr__cp_at(s, n, j, &c2)) && VKR__RX_L(c2)) j += l2;
            return j - i;
        }
    }
    if (VKR__RX_L(c)) { j = i; while ((l2 = vkr__cp_at(s, n, j, &c2)) && VKR__RX_L(c2)) j += l2; return j - i; }
    /* \p{N}{1,3} or \p{N} */
    if (VKR__RX_N(c)) {
        int k, max = kind == VKR__RX_LLAMA3 ? 3 : 1;
        j = i;
        for (k = 0; k < max && (l2 = vkr__cp_at(s, n, j, &c2)) && VKR__RX_N(c2); k++) j += l2;
        return j - i;
    }
    /*  ?[^\s\p{L}\p{N}]+[\r\n]* */
    j = i;
    if (c == ' ') {
        l2 = vkr__cp_at(s, n, i + 1, &c2);
        if (l2 && VKR__RX_OTHER(c2)) j = i + 1;
    }
    {
        uint32_t cj;
        size_t lj = vkr__cp_at(s, n, j, &cj);
        if (lj && VKR__RX_OTHER(cj)) {
            while ((lj = vkr__cp_at(s, n, j, &cj)) && VKR__RX_OTHER(cj)) j += lj;
            while ((lj = vkr__cp_at(s, n, j, &cj)) && (cj == '\r' || cj == '\n')) j += lj;
            return j - i;
        }
    }
    return vkr__rx_space(s, n, i, true);
}

/* Splits one span by match spans [ms, me) into dst per `behavior`. */
typedef struct vkr__cut { size_t a, b; bool match; } vkr__cut;

VKR__FN bool vkr__split_emit(vkr__enc *e, int dst, const char *s, const vkr__cut *cuts, size_t nc, int behavior, bool at_start) {
    size_t k;
    /* pieces are (a, b, is_match) in order, covering the text */
    switch (behavior) {
    case VKR__B_REMOVED:
        for (k = 0; k < nc; k++) if (!cuts[k].match && !vkr__sp_add(e, dst, s + cuts[k].a, cuts[k].b - cuts[k].a, at_start && cuts[k].a == 0)) return false;
        return true;
    case VKR__B_ISOLATED:
        for (k = 0; k < nc; k++) if (!vkr__sp_add(e, dst, s + cuts[k].a, cuts[k].b - cuts[k].a, at_start && cuts[k].a == 0)) return false;
        return true;
    case VKR__B_MERGED_PREV: {
        size_t start = 0;
        for (k = 0; k < nc; k++) {
            if (cuts[k].match) {
                if (!vkr__sp_add(e, dst, s + start, cuts[k].b - start, at_start && start == 0)) return false;
                start = cuts[k].b;
            }
        }
        if (nc && start < cuts[nc - 1].b && !vkr__sp_add(e, dst, s + start, cuts[nc - 1].b - start, at_start && start == 0)) return false;
        return true;
    }
    case VKR__B_MERGED_NEXT: {
        size_t start = 0;
        for (k = 0; k < nc; k++) {
            if (cuts[k].match && cuts[k].a > start) {
                if (!vkr__sp_add(e, dst, s + start, cuts[k].a - start, at_start && start == 0)) return false;
                start = cuts[k].a;
            }
        }
        if (nc && start < cuts[nc - 1].b && !vkr__sp_add(e, dst, s + start, cuts[nc - 1].b - start, at_start && start == 0)) return false;
        return true;
    }
    case VKR__B_CONTIGUOUS: {
        size_t start = 0;
        for (k = 1; k <= nc; k++) {
            if (k == nc || cuts[k].match != cuts[k - 1].match) {
                size_t end = cuts[k - 1].b;
                if (!vkr__sp_add(e, dst, s + start, end - start, at_start && start == 0)) return false;
                start = end;
            }
        }
        return true;
    }
    }
    return true;
}

/* Runs one pre-tokenizer over every span of src into dst. */
VKR__FN bool vkr__pretok_op(vkr__enc *e, const vkr__tok_op *op, int src, int dst) {
    size_t si;
    vkr__cut *cuts = NULL;
    size_t ncuts = 0, capcuts = 0;
    bool ok = true;
    e->n_sp[dst] = 0;
    e->w[dst].n = 0;
    for (si = 0; si < e->n_sp[src] && ok; si++) {
        const vkr__span sp = e->sp[src][si];
        const char *s = e->w[src].p + sp.off;
        size_t n = sp.len, i;
        ncuts = 0;
#define VKR__CUT(A, B, M) do { \
            if (ncuts == capcuts) { size_t nc_ = capcuts ? capcuts * 2 : 64; \
                if (!vkr__grow(e->a, (void **)&cuts, capcuts, nc_, sizeof(vkr__cut))) { ok = vkr__enc_oom(e); break; } capcuts = nc_; } \
            cuts[ncuts].a = (A); cuts[ncuts].b = (B); cuts[ncuts].match = (M); ncuts++; } while (0)
        switch (op->type) {
        case VKR__P_BYTELEVEL: {
            /* optional prefix space, optional GPT-2 regex split, then bytes → chars */
            vkr__buf *tb = &e->tmp;
            size_t k, base;
            tb->n = 0;
            if (op->flag_a && (n == 0 || s[0] != ' ')) { if (!vkr__buf_put(e->a, tb, " ", 1)) { ok = vkr__enc_oom(e); break; } }
            if (!vkr__buf_put(e->a, tb, s, n)) { ok = vkr__enc_oom(e); break; }
            base = 0;
            while (base < tb->n && ok) {
                size_t m = op->flag_b ? vkr__rx_match(VKR__RX_GPT2, tb->p, tb->n, base) : tb->n - base;
                char mapped[1024];
                size_t mo = 0;
                if (!m) m = 1;
                /* map the piece's bytes to chars, in chunks */
                {
                    size_t start_off = e->w[dst].n;
                    bool first = true;
                    for (k = 0; k < m; k++) {
                        uint32_t ch = vkr__byte_char((unsigned char)tb->p[base + k]);
                        uint8_t u[4];
                        size_t ul = vkr__uc_utf8_encode(ch, u);
                        memcpy(mapped + mo, u, ul);
                        mo += ul;
                        if (mo > sizeof mapped - 8 || k + 1 == m) {
                            if (first) {
                                if (!vkr__sp_add(e, dst, mapped, mo, sp.at_start && base == 0)) { ok = false; break; }
                                first = false;
                            } else {
                                if (!vkr__buf_put(e->a, &e->w[dst], mapped, mo)) { ok = vkr__enc_oom(e); break; }
                                e->sp[dst][e->n_sp[dst] - 1].len = e->w[dst].n - start_off;
                            }
                            mo = 0;
                        }
                    }
                }
                base += m;
            }
            continue;
        }
        case VKR__P_SPLIT:
            if (op->regex) {
                size_t last = 0;
                i = 0;
                while (i < n && ok) {
                    size_t m = vkr__rx_match(op->regex, s, n, i);
                    if (!m) { uint32_t cp; i += vkr__u8dec(s + i, &cp); continue; }
                    if (i > last) VKR__CUT(last, i, false);
                    VKR__CUT(i, i + m, true);
                    i += m;
                    last = i;
                }
                if (ok && last < n) VKR__CUT(last, n, false);
            } else {
                size_t last = 0;
                i = 0;
                while (i + op->n1 <= n && ok) {
                    if (!memcmp(s + i, op->s1, op->n1)) {
                        if (i > last) VKR__CUT(last, i, false);
                        VKR__CUT(i, i + op->n1, true);
                        i += op->n1;
                        last = i;
                    } else i++;
                }
                if (ok && last < n) VKR__CUT(last, n, false);
            }
            if (ok && op->flag_a) { size_t k; for (k = 0; k < ncuts; k++) cuts[k].match = !cuts[k].match; }
            if (ok) ok = vkr__split_emit(e, dst, s, cuts, ncuts, op->behavior, sp.at_start);
            continue;
        case VKR__P_METASPACE: {
            /* spaces → the replacement, maybe prepend it, maybe split before each */
            vkr__buf *tb = &e->tmp;
            uint8_t rep[4];
            size_t rl = vkr__uc_utf8_encode(op->ch, rep), k;
            uint32_t first_cp = 0;
            tb->n = 0;
            if (n) vkr__u8dec(s, &first_cp);
            if ((op->prepend == 1 || (op->prepend == 2 && sp.at_start)) && first_cp != op->ch && first_cp != ' ')
                if (!vkr__buf_put(e->a, tb, rep, rl)) { ok = vkr__enc_oom(e); break; }
            for (k = 0; k < n; k++) {
                if (s[k] == ' ') { if (!vkr__buf_put(e->a, tb, rep, rl)) { ok = vkr__enc_oom(e); break; } }
                else if (!vkr__buf_put(e->a, tb, s + k, 1)) { ok = vkr__enc_oom(e); break; }
            }
            if (!ok) break;
            if (!op->flag_a) { ok = vkr__sp_add(e, dst, tb->p, tb->n, sp.at_start); continue; }
            {
                size_t last = 0;
                for (k = 0; k < tb->n && ok; k++) {
                    if (k > last && tb->n - k >= rl && !memcmp(tb->p + k, rep, rl)) {
                        ok = vkr__sp_add(e, dst, tb->p + last, k - last, sp.at_start && last == 0);
                        last = k;
                    }
                }
                if (ok && last < tb->n) ok = vkr__sp_add(e, dst, tb->p + last, tb->n - last, sp.at_start && last == 0);
            }
            continue;
        }
        case VKR__P_DIGITS: case VKR__P_PUNCT: {
            /* digits (individually or in runs) / punctuation, per behaviour */
            i = 0;
            while (i < n && ok) {
                uint32_t cp;
                size_t l = vkr__u8dec(s + i, &cp), j = i + l;
                bool hit = op->type == VKR__P_DIGITS ? vkr__uc_is_number(cp)
                         : (vkr__uc_is_punct(cp) || (cp < 128 && vkr__uc_is_symbol(cp)));
                if (hit && op->type == VKR__P_DIGITS && !op->flag_a) {
                    uint32_t c2;
                    size_t l2;
                    while (j < n && (l2 = vkr__u8dec(s + j, &c2)) && vkr__uc_is_number(c2)) j += l2;
                }
                if (!hit) {
                    uint32_t c2;
                    size_t l2;
                    while (j < n) {
                        l2 = vkr__u8dec(s + j, &c2);
                        if (op->type == VKR__P_DIGITS ? vkr__uc_is_number(c2) : (vkr__uc_is_punct(c2) || (c2 < 128 && vkr__uc_is_symbol(c2)))) break;
                        j += l2;
                    }
                }
                VKR__CUT(i, j, hit);
                i = j;
            }
            if (ok) ok = vkr__split_emit(e, dst, s, cuts, ncuts,
                                         op->type == VKR__P_PUNCT ? op->behavior : op->flag_a ? VKR__B_ISOLATED : VKR__B_CONTIGUOUS,
                                         sp.at_start);
            continue;
        }
        case VKR__P_WHITESPACE: case VKR__P_WSSPLIT:
            /* WhitespaceSplit: runs of non-space; Whitespace: \w+|[^\w\s]+ */
            i = 0;
            while (i < n && ok) {
                uint32_t cp;
                size_t l = vkr__u8dec(s + i, &cp), j = i + l;
                if (VKR__IS_WS(cp)) { i = j; continue; }
                if (op->type == VKR__P_WSSPLIT) {
                    uint32_t c2;
                    while (j < n) { size_t l2 = vkr__u8dec(s + j, &c2); if (VKR__IS_WS(c2)) break; j += l2; }
                } else {
                    bool word = vkr__uc_is_letter(cp) || vkr__uc_is_number(cp) || vkr__uc_is_mark(cp) || vkr__uc_gc(cp) == VKR__UC_Pc;
                    uint32_t c2;
                    while (j < n) {
                        size_t l2 = vkr__u8dec(s + j, &c2);
                        bool w2 = vkr__uc_is_letter(c2) || vkr__uc_is_number(c2) || vkr__uc_is_mark(c2) || vkr__uc_gc(c2) == VKR__UC_Pc;
                        if (VKR__IS_WS(c2) || w2 != word) break;
                        j += l2;
                    }
                }
                ok = vkr__sp_add(e, dst, s + i, j - i, sp.at_start && i == 0);
                i = j;
            }
            continue;
        }
#undef VKR__CUT
    }
    vkr__free(e->a, cuts, capcuts * sizeof(vkr__cut));
    return ok;
}

/* --- the BPE model --- */

VKR__FN void vkr__heap_push(vkr__cand *h, size_t *n, vkr__cand c) {
    size_t i = (*n)++;
    while (i) {
        size_t p = (i - 1) / 2;
        if (h[p].rank < c.rank || (h[p].rank == c.rank && h[p].pos < c.pos)) break;
        h[i] = h[p];
        i = p;
    }
    h[i] = c;
}
VKR__FN vkr__cand vkr__heap_pop(vkr__cand *h, size_t *n) {
    vkr__cand top = h[0], last = h[--(*n)];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        const vkr__cand *best = &last;
        if (l < *n && (h[l].rank < best->rank || (h[l].rank == best->rank && h[l].pos < best->pos))) { m = l; best = &h[l]; }
        if (r < *n && (h[r].rank < best->rank || (h[r].rank == best->rank && h[r].pos < best->pos))) { m = r; best = &h[r]; }
        if (m == i) break;
        h[i] = h[m];
        i = m;
    }
    if (*n) h[i] = last;
    return top;
}

/* Tokenizes one word (a pre-token) with the BPE model and emits the ids. */
VKR__FN bool vkr__bpe_word(vkr__enc *e, const char *w, size_t n) {
    const vkr_tok *t = e->t;
    size_t i, ns = 0, nh = 0;
    vkr_token unk_pending = -1;
    if (!n) return true;
    if (t->ignore_merges) {
        vkr_token id = vkr__vocab_get(t, w, n);
        if (id >= 0) return vkr__enc_emit(e, id);
    }
    if (n + 1 > e->cap_sym) {
        size_t nc = VKR__MAX(n + 1, e->cap_sym * 2);
        vkr__free(e->a, e->sym, e->cap_sym * sizeof(vkr__sym));
        vkr__free(e->a, e->heap, e->cap_heap * sizeof(vkr__cand));
        e->sym = (vkr__sym *)vkr__alloc(e->a, nc * sizeof(vkr__sym));
        e->heap = (vkr__cand *)vkr__alloc(e->a, nc * 2 * sizeof(vkr__cand));
        e->cap_sym = e->sym ? nc : 0;
        e->cap_heap = e->heap ? nc * 2 : 0;
        if (!e->sym || !e->heap) return vkr__enc_oom(e);
    }
    /* initial symbols: one per char (with subword prefix / word suffix), else
       byte fallback, else unk (fused when fuse_unk) */
    for (i = 0; i < n;) {
        uint32_t cp;
        size_t l = vkr__u8dec(w + i, &cp);
        vkr_token id;
        bool first = i == 0, last = i + l == n;
        if ((t->prefix && !first) || (t->suffix && last)) {
            char tmp[64];
            size_t tl = 0;
            if (t->prefix && !first && t->prefix_len < 32) { memcpy(tmp, t->prefix, t->prefix_len); tl = t->prefix_len; }
            memcpy(tmp + tl, w + i, l);
            tl += l;
            if (t->suffix && last && tl + t->suffix_len < sizeof tmp) { memcpy(tmp + tl, t->suffix, t->suffix_len); tl += t->suffix_len; }
            id = vkr__vocab_get(t, tmp, tl);
        } else {
            id = vkr__vocab_get(t, w + i, l);
        }
        if (id >= 0) {
            if (unk_pending >= 0) { e->sym[ns].id = unk_pending; e->sym[ns].len = 1; ns++; unk_pending = -1; }
            e->sym[ns].id = id;
            e->sym[ns].len = (uint32_t)l;
            ns++;
        } else {
            bool done = false;
            if (t->byte_fallback) {
                size_t k;
                bool all = true;
                for (k = 0; k < l; k++) all = all && t->byte_tok[(unsigned char)w[i + k]] >= 0;
                if (all) {
                    if (unk_pending >= 0) { e->sym[ns].id = unk_pending; e->sym[ns].len = 1; ns++; unk_pending = -1; }
                    for (k = 0; k < l; k++) { e->sym[ns].id = t->byte_tok[(unsigned char)w[i + k]]; e->sym[ns].len = 1; ns++; }
                    done = true;
                }
            }
            if (!done && t->unk >= 0) {
                if (unk_pending >= 0 && !t->fuse_unk) { e->sym[ns].id = unk_pending; e->sym[ns].len = 1; ns++; }
                unk_pending = t->unk;
            }
        }
        i += l;
    }
    if (unk_pending >= 0) { e->sym[ns].id = unk_pending; e->sym[ns].len = 1; ns++; }
    for (i = 0; i < ns; i++) { e->sym[i].prev = (int32_t)i - 1; e->sym[i].next = i + 1 < ns ? (int32_t)i + 1 : -1; }
    /* merges, lowest rank first, leftmost on ties */
    for (i = 0; i + 1 < ns; i++) {
        const vkr__merge *m = vkr__merge_get(t, e->sym[i].id, e->sym[i + 1].id);
        if (m) { vkr__cand c; c.rank = m->rank; c.pos = (int32_t)i; c.id = m->id; vkr__heap_push(e->heap, &nh, c); }
    }
    while (nh) {
        vkr__cand top = vkr__heap_pop(e->heap, &nh);
        vkr__sym *cur = &e->sym[top.pos], *right;
        const vkr__merge *m;
        if (cur->len == 0 || cur->next < 0) continue;
        right = &e->sym[cur->next];
        m = vkr__merge_get(t, cur->id, right->id);
        if (!m || m->id != top.id) continue;   /* stale entry */
        cur->id = top.id;
        cur->len += right->len;
        right->len = 0;
        cur->next = right->next;
        if (right->next >= 0) e->sym[right->next].prev = top.pos;
        if (nh + 2 > e->cap_heap) return vkr__enc_oom(e);   /* cannot happen: each merge adds at most 2 */
        if (cur->prev >= 0) {
            m = vkr__merge_get(t, e->sym[cur->prev].id, cur->id);
            if (m) { vkr__cand c; c.rank = m->rank; c.pos = cur->prev; c.id = m->id; vkr__heap_push(e->heap, &nh, c); }
        }
        if (cur->next >= 0) {
            m = vkr__merge_get(t, cur->id, e->sym[cur->next].id);
            if (m) { vkr__cand c; c.rank = m->rank; c.pos = top.pos; c.id = m->id; vkr__heap_push(e->heap, &nh, c); }
        }
    }
    for (i = 0; i < ns; i++)
        if (e->sym[i].len && !vkr__enc_emit(e, e->sym[i].id)) return false;
    return true;
}

/* Normalizes, pre-tokenizes and BPE-encodes one piece that holds no added token. */
VKR__FN bool vkr__encode_plain(vkr__enc *e, const char *s, size_t n, bool at_start) {
    const vkr_tok *t = e->t;
    int32_t k;
    int cur = 0;
    size_t i;
    e->n_sp[0] = 0;
    e->w[0].n = 0;
    if (!vkr__sp_add(e, 0, s, n, at_start)) return false;
    for (k = 0; k < t->n_pre; k++) {
        if (!vkr__pretok_op(e, &t->pre[k], cur, 1 - cur)) return false;
        cur = 1 - cur;
    }
    for (i = 0; i < e->n_sp[cur]; i++)
        if (!vkr__bpe_word(e, e->w[cur].p + e->sp[cur][i].off, e->sp[cur][i].len)) return false;
    return true;
}

VKR__FN bool vkr__is_word_char(uint32_t cp) { return vkr__uc_is_letter(cp) || vkr__uc_is_number(cp) || cp == '_'; }

/* Finds the next added-token match in s[from, n) among tokens whose
   `normalized` flag equals `normalized`, leftmost-longest. Returns the token
   index or -1; *ms, *me are the match bounds. */
VKR__FN int32_t vkr__added_find(const vkr_tok *t, const char *s, size_t n, size_t from, bool normalized,
                                size_t *ms, size_t *me) {
    size_t i;
    for (i = from; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int32_t k;
        for (k = t->by_byte_start[c]; k < t->by_byte_start[c + 1]; k++) {
            const vkr__added *ad = &t->added[t->by_byte[k]];
            if (ad->normalized != normalized || ad->len > n - i || memcmp(s + i, ad->text, ad->len)) continue;
            *ms = i;
            *me = i + ad->len;
            return t->by_byte[k];
        }
    }
    return -1;
}

/* Splits s[0, n) on added tokens (raw or normalized ones); plain pieces go
   to `plain`, tokens are emitted. Mirrors the tokenizers library: a match
   that is skipped (special text not parsed, or single_word failing) is
   consumed as plain text. */
typedef bool (*vkr__plain_fn)(vkr__enc *e, const char *s, size_t n, bool at_start);

VKR__FN bool vkr__split_added(vkr__enc *e, const char *s, size_t n, bool normalized, bool at_start, vkr__plain_fn plain) {
    const vkr_tok *t = e->t;
    size_t pos = 0, from = 0, ms, me;
    bool skip_special = (e->flags & VKR_TOK_NO_PARSE_SPECIAL) != 0;
    int32_t k;
    if (!t->n_added || (normalized ? !t->any_normalized_added : !t->any_raw_added)) return plain(e, s, n, at_start);
    while ((k = vkr__added_find(t, s, n, from, normalized, &ms, &me)) >= 0) {
        const vkr__added *ad = &t->added[k];
        size_t a = ms, b = me;
        from = me;
        if (skip_special && ad->special) continue;
        if (ad->single_word) {
            uint32_t cp;
            bool left_ok = true, right_ok = true;
            if (a > 0) {
                size_t q = a - 1;
                while (q > 0 && ((unsigned char)s[q] & 0xC0) == 0x80) q--;
                vkr__u8dec(s + q, &cp);
                left_ok = !vkr__is_word_char(cp);
            }
            if (b < n) { vkr__u8dec(s + b, &cp); right_ok = !vkr__is_word_char(cp); }
            if (!left_ok || !right_ok) continue;
        }
        if (ad->lstrip) {
            while (a > pos) {
                size_t q = a - 1;
                uint32_t cp;
                while (q > pos && ((unsigned char)s[q] & 0xC0) == 0x80) q--;
                vkr__u8dec(s + q, &cp);
                if (!VKR__IS_WS(cp)) break;
                a = q;
            }
        }
        if (ad->rstrip) {
            while (b < n) { uint32_t cp; size_t l = vkr__u8dec(s + b, &cp); if (!VKR__IS_WS(cp)) break; b += l; }
            from = b;
        }
        if (a > pos && !plain(e, s + pos, a - pos, at_start && pos == 0)) return false;
        if (!vkr__enc_emit(e, ad->id)) return false;
        pos = b;
    }
    if (pos < n) return plain(e, s + pos, n - pos, at_start && pos == 0);
    return true;
}

/* A raw piece: normalize it, then split out the normalized added tokens
   (encode_plain never touches e->norm, so it can be the input). */
VKR__FN bool vkr__encode_raw_piece(vkr__enc *e, const char *s, size_t n, bool at_start) {
    if (!e->t->n_norm) return vkr__split_added(e, s, n, true, at_start, vkr__encode_plain);
    if (!vkr__normalize(e, s, n)) return false;
    return vkr__split_added(e, e->norm.p, e->norm.n, true, at_start, vkr__encode_plain);
}

VALKYR_API vkr_result vkr_tok_encode(const vkr_tok *t, const char *text, size_t len, uint32_t flags, vkr_tokens *out) {
    vkr__enc e;
    vkr__buf clean;
    int32_t k;
    bool ok = true;
    size_t had;
    if (!t || !out || (!text && len)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_encode: NULL argument");
    had = out->n;
    memset(&e, 0, sizeof e);
    memset(&clean, 0, sizeof clean);
    e.t = t;
    e.a = &t->a;
    e.out = out;
    e.flags = flags;
    if (flags & VKR_TOK_ADD_SPECIAL)
        for (k = 0; k < t->n_tpl_pre && ok; k++) ok = vkr__enc_emit(&e, t->tpl_pre[k]);
    if (ok && len) {
        if (!vkr__utf8_sanitize(e.a, &clean, text, len)) ok = vkr__enc_oom(&e);
        else ok = vkr__split_added(&e, clean.p, clean.n, false, true, vkr__encode_raw_piece);
    }
    if (ok && (flags & VKR_TOK_ADD_SPECIAL))
        for (k = 0; k < t->n_tpl_post && ok; k++) ok = vkr__enc_emit(&e, t->tpl_post[k]);
    vkr__buf_free(e.a, &clean);
    vkr__buf_free(e.a, &e.norm);
    vkr__buf_free(e.a, &e.tmp);
    vkr__buf_free(e.a, &e.w[0]);
    vkr__buf_free(e.a, &e.w[1]);
    vkr__free(e.a, e.sp[0], e.cap_sp[0] * sizeof(vkr__span));
    vkr__free(e.a, e.sp[1], e.cap_sp[1] * sizeof(vkr__span));
    vkr__free(e.a, e.sym, e.cap_sym * sizeof(vkr__sym));
    vkr__free(e.a, e.heap, e.cap_heap * sizeof(vkr__cand));
    if (!ok) out->n = had;   /* nothing half-appended */
    return ok ? VKR_OK : e.err;
}

/* --- decoding ------------------------------------------------------------- */
/* The decoder chain runs as a stream. Ops before the first Fuse/ByteLevel
   see whole pieces ("items"); from there on the text is one item that
   arrives in chunks, so each op holds back only what a later piece could
   still change: an open byte-fallback group, an incomplete UTF-8 sequence,
   trailing Strip content, a partial Replace match. Decoding all at once is
   this stream plus a flush, so streaming and one-shot output are equal by
   construction. */

typedef struct vkr__dstate {
    int64_t count;        /* items seen (Metaspace strips the first one) */
    vkr__buf hold;
    vkr__buf scratch;     /* the op's output for the current piece, reused across pieces */
    int64_t stripped;     /* Strip in stream mode: leading content chars removed so far */
    bool started;         /* Strip in stream mode: a non-content char was passed on */
} vkr__dstate;

struct vkr_tok_stream {
    const vkr_tok *t;
    uint32_t flags;
    int64_t n_pieces;     /* for the no-decoder case (pieces joined with ' ') */
    vkr__dstate *st;
    int32_t stream_from;  /* first op that sees the text as one stream */
    vkr_text *out;
    bool oom;
};

VKR__FN void vkr__dec_feed(vkr_tok_stream *s, int32_t k, const char *p, size_t n);

VKR__FN void vkr__dec_sink(vkr_tok_stream *s, const char *p, size_t n) {
    if (n && !vkr__text_put(s->out, &s->t->a, p, n)) s->oom = true;
}
VKR__FN void vkr__dec_next(vkr_tok_stream *s, int32_t k, const char *p, size_t n) {
    if (k + 1 < s->t->n_dec) vkr__dec_feed(s, k + 1, p, n);
    else vkr__dec_sink(s, p, n);
}

/* ByteFallback: emits the held byte group, as text when it is valid UTF-8,
   else one U+FFFD per byte (as the tokenizers library does). */
VKR__FN void vkr__dec_bf_group(vkr_tok_stream *s, int32_t k) {
    vkr__dstate *d = &s->st[k];
    size_t i;
    if (!d->hold.n) return;
    {
        const unsigned char *u = (const unsigned char *)d->hold.p, *end = u + d->hold.n;
        bool valid = true;
        while (u < end && valid) { size_t l = vkr__utf8_valid_len(u, end); if (!l) valid = false; else u += l; }
        if (valid) vkr__dec_next(s, k, d->hold.p, d->hold.n);
        else for (i = 0; i < d->hold.n; i++) vkr__dec_next(s, k, "\xEF\xBF\xBD", 3);
    }
    d->hold.n = 0;
}

/* ByteLevel: passes on every complete UTF-8 sequence of the held bytes,
   U+FFFD for each maximal ill-formed subpart; keeps an incomplete tail
   unless `final`. */
VKR__FN void vkr__dec_bl_drain(vkr_tok_stream *s, int32_t k, bool final) {
    vkr__dstate *d = &s->st[k];
    const unsigned char *u = (const unsigned char *)d->hold.p, *p = u, *end;
    if (!u) return;   /* nothing held yet */
    end = u + d->hold.n;
    while (p < end) {
        const unsigned char *run = p;
        size_t l;
        while (p < end && (l = vkr__utf8_valid_len(p, end)) != 0) p += l;
        if (p > run) vkr__dec_next(s, k, (const char *)run, (size_t)(p - run));
        if (p < end) {
            size_t bad = vkr__utf8_bad_len(p, (size_t)(end - p));
            if (p + bad == end && !final) break;   /* may still complete */
            vkr__dec_next(s, k, "\xEF\xBF\xBD", 3);
            p += bad;
        }
    }
    if (p < end) memmove(d->hold.p, p, (size_t)(end - p));
    d->hold.n = (size_t)(end - p);
}

VKR__FN void vkr__dec_feed(vkr_tok_stream *s, int32_t k, const char *p, size_t n) {
    const vkr_tok *t = s->t;
    const vkr__tok_op *op = &t->dec[k];
    vkr__dstate *d = &s->st[k];
    bool stream = k >= s->stream_from;
    const vkr_allocator *a = &t->a;
    vkr__buf tmp = d->scratch;   /* reused: a decode allocates once per op, not per token */
    size_t i;
    tmp.n = 0;
    switch (op->type) {
    case VKR__D_REPLACE:
        if (!stream) {
            for (i = 0; i < n;) {
                if (n - i >= op->n1 && !memcmp(p + i, op->s1, op->n1)) { if (!vkr__buf_put(a, &tmp, op->s2, op->n2)) s->oom = true; i += op->n1; }
                else { if (!vkr__buf_put(a, &tmp, p + i, 1)) s->oom = true; i++; }
            }
            vkr__dec_next(s, k, tmp.p ? tmp.p : "", tmp.n);
        } else {
            size_t keep = 0;
            if (!vkr__buf_put(a, &d->hold, p, n)) { s->oom = true; break; }
            for (i = 0; i < d->hold.n;) {
                size_t left = d->hold.n - i;
                if (left >= op->n1 && !memcmp(d->hold.p + i, op->s1, op->n1)) { if (!vkr__buf_put(a, &tmp, op->s2, op->n2)) s->oom = true; i += op->n1; continue; }
                if (left < op->n1 && !memcmp(d->hold.p + i, op->s1, left)) { keep = left; break; }   /* may complete */
                if (!vkr__buf_put(a, &tmp, d->hold.p + i, 1)) s->oom = true;
                i++;
            }
            if (keep) memmove(d->hold.p, d->hold.p + d->hold.n - keep, keep);
            d->hold.n = keep;
            if (tmp.n) vkr__dec_next(s, k, tmp.p, tmp.n);
        }
        break;
    case VKR__D_METASPACE: {
        bool drop = d->count == 0 && op->prepend != 0;   /* the first piece loses its replacement chars */
        for (i = 0; i < n;) {
            uint32_t cp;
            size_t l = vkr__u8dec(p + i, &cp);
            if (cp == op->ch) { if (!drop && !vkr__buf_put(a, &tmp, " ", 1)) s->oom = true; }
            else if (!vkr__buf_put(a, &tmp, p + i, l)) s->oom = true;
            i += l;
        }
        if (!stream) d->count++;
        vkr__dec_next(s, k, tmp.p ? tmp.p : "", tmp.n);
        break;
    }
    case VKR__D_STRIP:
        if (!stream) {
            size_t lo = 0, hi = n;
            int64_t c;
            for (c = 0; c < op->start && lo < hi; c++) { uint32_t cp; size_t l = vkr__u8dec(p + lo, &cp); if (cp != op->ch) break; lo += l; }
            for (c = 0; c < op->stop && hi > lo; c++) {
                size_t q = hi - 1;
                uint32_t cp;
                while (q > lo && ((unsigned char)p[q] & 0xC0) == 0x80) q--;
                vkr__u8dec(p + q, &cp);
                if (cp != op->ch) break;
                hi = q;
            }
            vkr__dec_next(s, k, p + lo, hi - lo);
        } else {
            for (i = 0; i < n;) {
                uint32_t cp;
                size_t l = vkr__u8dec(p + i, &cp);
                if (!d->started && cp == op->ch && d->stripped < op->start) { d->stripped++; i += l; continue; }
                d->started = true;
                if (cp == op->ch && op->stop > 0) {
                    if (!vkr__buf_put(a, &d->hold, p + i, l)) s->oom = true;   /* trailing content waits */
                } else {
                    if (d->hold.n) { vkr__dec_next(s, k, d->hold.p, d->hold.n); d->hold.n = 0; }
                    vkr__dec_next(s, k, p + i, l);
                }
                i += l;
            }
        }
        break;
    case VKR__D_BYTEFALLBACK:
        if (!stream && n == 6 && p[0] == '<' && p[1] == '0' && p[2] == 'x' && p[5] == '>' &&
            isxdigit((unsigned char)p[3]) && isxdigit((unsigned char)p[4])) {
            char hex[3] = {p[3], p[4], 0};
            char byte = (char)strtol(hex, NULL, 16);
            if (!vkr__buf_put(a, &d->hold, &byte, 1)) s->oom = true;
        } else {
            if (!stream) vkr__dec_bf_group(s, k);
            vkr__dec_next(s, k, p, n);
        }
        break;
    case VKR__D_FUSE:
        vkr__dec_next(s, k, p, n);
        break;
    case VKR__D_BYTELEVEL:
        for (i = 0; i < n;) {
            uint32_t cp;
            size_t l = vkr__u8dec(p + i, &cp);
            int b = vkr__char_byte(cp);
            char c = (char)b;
            if (b >= 0) { if (!vkr__buf_put(a, &d->hold, &c, 1)) s->oom = true; }
            else if (!vkr__buf_put(a, &d->hold, p + i, l)) s->oom = true;
            i += l;
        }
        vkr__dec_bl_drain(s, k, false);
        break;
    }
    d->scratch = tmp;
}

/* The start-of-text state; a continuing stream (VKR_TOK_CONTINUE) starts as
   if text came before it: Metaspace keeps the first piece's space, Strip has
   nothing left to strip, the no-decoder join puts a space first. */
VKR__FN void vkr__dec_restart(vkr_tok_stream *s) {
    bool cont = (s->flags & VKR_TOK_CONTINUE) != 0;
    int32_t k;
    for (k = 0; k < s->t->n_dec; k++) {
        vkr__dstate *d = &s->st[k];
        d->count = cont ? 1 : 0;
        d->stripped = 0;
        d->started = cont;
    }
    s->n_pieces = cont ? 1 : 0;
}

/* Ends the stream: every op lets go of what it held, in chain order. */
VKR__FN void vkr__dec_finish(vkr_tok_stream *s) {
    int32_t k;
    for (k = 0; k < s->t->n_dec; k++) {
        const vkr__tok_op *op = &s->t->dec[k];
        vkr__dstate *d = &s->st[k];
        bool stream = k >= s->stream_from;
        if (op->type == VKR__D_BYTEFALLBACK && !stream) vkr__dec_bf_group(s, k);
        else if (op->type == VKR__D_BYTELEVEL) vkr__dec_bl_drain(s, k, true);
        else if (op->type == VKR__D_REPLACE && stream && d->hold.n) vkr__dec_next(s, k, d->hold.p, d->hold.n);
        else if (op->type == VKR__D_STRIP && stream && d->hold.n) {
            /* drop up to `stop` trailing content chars */
            size_t hi = d->hold.n;
            int64_t c;
            for (c = 0; c < op->stop && hi > 0; c++) {
                size_t q = hi - 1;
                while (q > 0 && ((unsigned char)d->hold.p[q] & 0xC0) == 0x80) q--;
                hi = q;
            }
            vkr__dec_next(s, k, d->hold.p, hi);
        }
        d->hold.n = 0;
    }
    vkr__dec_restart(s);
}

VALKYR_API vkr_result vkr_tok_stream_new(const vkr_tok *t, uint32_t flags, vkr_tok_stream **out) {
    vkr_tok_stream *s;
    int32_t k;
    if (out) *out = NULL;
    if (!t || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_stream_new: NULL argument");
    s = (vkr_tok_stream *)vkr__calloc(&t->a, 1, sizeof *s);
    if (!s) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", t->name);
    s->t = t;
    s->flags = flags;
    s->st = (vkr__dstate *)vkr__calloc(&t->a, (size_t)(t->n_dec ? t->n_dec : 1), sizeof(vkr__dstate));
    if (!s->st) { vkr__free(&t->a, s, sizeof *s); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", t->name); }
    s->stream_from = t->n_dec;
    for (k = 0; k < t->n_dec; k++)
        if (t->dec[k].type == VKR__D_FUSE || t->dec[k].type == VKR__D_BYTELEVEL) { s->stream_from = k + 1; break; }
    vkr__dec_restart(s);
    *out = s;
    return VKR_OK;
}

VALKYR_API void vkr_tok_stream_free(vkr_tok_stream *s) {
    int32_t k;
    if (!s) return;
    for (k = 0; k < s->t->n_dec; k++) { vkr__buf_free(&s->t->a, &s->st[k].hold); vkr__buf_free(&s->t->a, &s->st[k].scratch); }
    vkr__free(&s->t->a, s->st, (size_t)(s->t->n_dec ? s->t->n_dec : 1) * sizeof(vkr__dstate));
    vkr__free(&s->t->a, s, sizeof *s);
}

VALKYR_API vkr_result vkr_tok_stream_push(vkr_tok_stream *s, vkr_token id, vkr_text *out) {
    const vkr_tok *t;
    if (!s || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_stream_push: NULL argument");
    t = s->t;
    if (id < 0 || id >= t->n_ids || !t->piece[id]) return VKR_OK;                    /* unknown ids are skipped */
    if ((s->flags & VKR_TOK_SKIP_SPECIAL) && (t->attr[id] & 2)) return VKR_OK;
    s->out = out;
    s->oom = false;
    if (!t->has_decoder) {
        if (s->n_pieces && !vkr__text_put(out, &t->a, " ", 1)) s->oom = true;
        vkr__dec_sink(s, t->piece[id], t->piece_len[id]);
    } else {
        vkr__dec_feed(s, 0, t->piece[id], t->piece_len[id]);
    }
    s->n_pieces++;
    if (s->oom) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory while decoding", t->name);
    return VKR_OK;
}

VALKYR_API vkr_result vkr_tok_stream_flush(vkr_tok_stream *s, vkr_text *out) {
    if (!s || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_stream_flush: NULL argument");
    s->out = out;
    s->oom = false;
    vkr__dec_finish(s);
    if (!out->text && !vkr__text_put(out, &s->t->a, "", 0)) s->oom = true;
    if (s->oom) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory while decoding", s->t->name);
    return VKR_OK;
}

VALKYR_API vkr_result vkr_tok_decode(const vkr_tok *t, const vkr_token *ids, size_t n, uint32_t flags, vkr_text *out) {
    vkr_tok_stream *s = NULL;
    vkr_result r;
    size_t had;
    size_t i;
    if (!t || !out || (!ids && n)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_decode: NULL argument");
    had = out->len;
    r = vkr_tok_stream_new(t, flags, &s);
    for (i = 0; i < n && r == VKR_OK; i++) r = vkr_tok_stream_push(s, ids[i], out);
    if (r == VKR_OK) r = vkr_tok_stream_flush(s, out);
    vkr_tok_stream_free(s);
    if (r != VKR_OK && out->text) { out->len = had; out->text[had] = 0; }   /* nothing half-appended */
    return r;
}

/* --- loading and lookups --- */

VALKYR_API vkr_result vkr_tok_load_json(const char *json, size_t len, const char *config_json, size_t config_len,
                                        const char *name, const vkr_tok_desc *desc, vkr_tok **out) {
    vkr_allocator a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    vkr_tok *t;
    vkr_json_desc jd;
    vkr_json_doc *doc = NULL, *cdoc = NULL;
    vkr_result r;
    char cname[300];
    if (!json || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_load_json: NULL argument");
    *out = NULL;
    if (!name) name = "tokenizer.json";
    t = (vkr_tok *)vkr__calloc(&a, 1, sizeof *t);
    if (!t) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", name);
    if (desc) t->hooks = desc->hooks;
    t->hooks.allocator = t->a = a;
    t->arena.a = a;
    vkr__copy_str(t->name, sizeof t->name, name);
    memset(&jd, 0, sizeof jd);
    jd.hooks = t->hooks;
    jd.name = name;
    jd.max_depth = 64;
    r = vkr_json_parse(json, len, &jd, &doc);
    if (r == VKR_OK && config_json) {
        snprintf(cname, sizeof cname, "%s (tokenizer_config.json)", name);
        jd.name = cname;
        r = vkr_json_parse(config_json, config_len, &jd, &cdoc);
    }
    if (r == VKR_OK) {
        /* the documents live as long as the tokenizer: keep them in its arena */
        vkr__tok_docs *docs = (vkr__tok_docs *)vkr__arena_alloc(&t->arena, sizeof *docs);
        if (!docs) r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", name);
        else { docs->json = doc; docs->cfg = cdoc; docs->extra = NULL; t->docs = docs; }
    }
    if (r == VKR_OK) r = vkr__tok_build(t, vkr_json_root(doc), cdoc ? vkr_json_root(cdoc) : NULL);
    if (r != VKR_OK) {
        if (!t->docs) { vkr_json_free(doc); vkr_json_free(cdoc); }
        vkr_tok_free(t);
        return r;
    }
    *out = t;
    return VKR_OK;
}

/* SentencePiece's tokenizer.model (a protobuf ModelProto; Mistral v0.1,
   Llama 2 before tokenizer.json) turned into the tokenizer.json that
   transformers' LlamaConverter makes of it: the pieces as the BPE vocabulary
   (scores rank them), merges for every split of a piece into two pieces,
   ordered by the merged piece's score as SentencePieceExtractor orders them,
   "▁" prepended and spaces replaced by "▁", byte fallback, and BOS added.
   Only BPE models are read (Unigram ones are refused with a message). */
typedef struct vkr__pb { const uint8_t *p, *end; bool bad; } vkr__pb;
VKR__FN uint64_t vkr__pb_varint(vkr__pb *b) {
    uint64_t v = 0;
    int shift;
    for (shift = 0; shift < 64; shift += 7) {
        uint8_t c;
        if (b->p >= b->end) { b->bad = true; return 0; }
        c = *b->p++;
        v |= (uint64_t)(c & 0x7F) << shift;
        if (!(c & 0x80)) return v;
    }
    b->bad = true;
    return 0;
}
/* The next field: its number, wire type and (for length-delimited ones) bytes. */
VKR__FN bool vkr__pb_next(vkr__pb *b, uint32_t *field, uint32_t *wire, vkr__pb *sub, uint64_t *val) {
    uint64_t key, n;
    if (b->p >= b->end || b->bad) return false;
    key = vkr__pb_varint(b);
    *field = (uint32_t)(key >> 3);
    *wire = (uint32_t)(key & 7);
    *val = 0;
    switch (*wire) {
    case 0: *val = vkr__pb_varint(b); break;
    case 1: if (b->end - b->p < 8) b->bad = true; else { memcpy(val, b->p, 8); b->p += 8; } break;
    case 5: if (b->end - b->p < 4) b->bad = true; else { uint32_t u; memcpy(&u, b->p, 4); *val = u; b->p += 4; } break;
    case 2:
        n = vkr__pb_varint(b);
        if (b->bad || n > (uint64_t)(b->end - b->p)) { b->bad = true; break; }
        sub->p = b->p; sub->end = b->p + n; sub->bad = false;
        b->p += n;
        break;
    default: b->bad = true;
    }
    return !b->bad;
}

typedef struct vkr__spm_piece { const char *s; uint32_t len; float score; int32_t type; } vkr__spm_piece;
typedef struct vkr__spm_merge { int32_t merged, left, right; } vkr__spm_merge;

/* SentencePieceExtractor's order: by the merged piece's score (higher
   first), then by the ids of the left and right pieces. */
VKR__FN int vkr__spm_merge_cmp(const void *x, const void *y, const void *ctx) {
    const vkr__spm_merge *a = (const vkr__spm_merge *)x, *b = (const vkr__spm_merge *)y;
    const vkr__spm_piece *pc = (const vkr__spm_piece *)ctx;
    if (pc[a->merged].score != pc[b->merged].score) return pc[a->merged].score > pc[b->merged].score ? -1 : 1;
    if (a->merged != b->merged) return a->merged < b->merged ? -1 : 1;
    if (a->left != b->left) return a->left < b->left ? -1 : 1;
    return a->right < b->right ? -1 : a->right > b->right;
}
/* insertion-free merge sort with a context (qsort has none in C99) */
VKR__FN void vkr__spm_sort(vkr__spm_merge *m, vkr__spm_merge *tmp, size_t n, const vkr__spm_piece *pc) {
    size_t h, i, j, k;
    if (n < 2) return;
    h = n / 2;
    vkr__spm_sort(m, tmp, h, pc);
    vkr__spm_sort(m + h, tmp, n - h, pc);
    for (i = 0, j = h, k = 0; i < h || j < n; k++)
        tmp[k] = (j >= n || (i < h && vkr__spm_merge_cmp(&m[i], &m[j], pc) <= 0)) ? m[i++] : m[j++];
    memcpy(m, tmp, n * sizeof *m);
}

VKR__FN vkr_result vkr__spm_load(const char *path, const uint8_t *data, size_t n, const vkr_tok_desc *desc, vkr_tok **out) {
    vkr_allocator a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    vkr__pb b, sub, sub2;
    uint32_t field, wire;
    uint64_t val;
    vkr__spm_piece *pc = NULL;
    size_t np = 0, cap = 0, i, nm = 0, mcap = 0, hcap;
    int32_t model_type = 1, unk = 0, bos = 1, eos = 2, *hash = NULL;
    bool byte_fallback = false, add_dummy_prefix = true;
    vkr__spm_merge *mg = NULL, *tmp = NULL;
    vkr_json_writer w;
    vkr_result r = VKR_OK;
    const char *text;
    size_t len;
    b.p = data; b.end = data + n; b.bad = false;
    while (vkr__pb_next(&b, &field, &wire, &sub, &val)) {
        if (field == 1 && wire == 2) {   /* a SentencePiece */
            vkr__spm_piece e;
            memset(&e, 0, sizeof e);
            e.type = 1;
            while (vkr__pb_next(&sub, &field, &wire, &sub2, &val)) {
                if (field == 1 && wire == 2) { e.s = (const char *)sub2.p; e.len = (uint32_t)(sub2.end - sub2.p); }
                else if (field == 2 && wire == 5) { uint32_t u = (uint32_t)val; memcpy(&e.score, &u, 4); }
                else if (field == 3 && wire == 0) e.type = (int32_t)val;
            }
            if (sub.bad || !e.s) { r = vkr__fail(VKR_ERR_TOKENIZER, "%s: piece %zu is malformed", path, np); goto done; }
            if (np == cap) {
                void *q = pc;
                if (!vkr__grow(&a, &q, cap, cap ? cap * 2 : 1024, sizeof *pc)) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); goto done; }
                pc = (vkr__spm_piece *)q;
                cap = cap ? cap * 2 : 1024;
            }
            pc[np++] = e;
        } else if (field == 2 && wire == 2) {   /* TrainerSpec */
            while (vkr__pb_next(&sub, &field, &wire, &sub2, &val)) {
                if (wire != 0) continue;
                if (field == 3) model_type = (int32_t)val;
                else if (field == 35) byte_fallback = val != 0;
                else if (field == 40) unk = (int32_t)val;
                else if (field == 41) bos = (int32_t)val;
                else if (field == 42) eos = (int32_t)val;
            }
        } else if (field == 3 && wire == 2) {   /* NormalizerSpec */
            while (vkr__pb_next(&sub, &field, &wire, &sub2, &val))
                if (field == 3 && wire == 0) add_dummy_prefix = val != 0;
        }
    }
    if (b.bad || np == 0) { r = vkr__fail(VKR_ERR_TOKENIZER, "%s: not a SentencePiece model (malformed protobuf)", path); goto done; }
    if (model_type != 2) { r = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: SentencePiece model type %d is not supported (BPE, type 2, is)", path, (int)model_type); goto done; }
    if (np > (size_t)INT32_MAX / 4 || unk < 0 || (size_t)unk >= np) { r = vkr__fail(VKR_ERR_TOKENIZER, "%s: bad unk_id or piece count", path); goto done; }
    /* piece → id hash */
    for (hcap = 16; hcap < np * 2; hcap *= 2) {}
    hash = (int32_t *)vkr__alloc(&a, hcap * sizeof *hash);
    if (!hash) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); goto done; }
    for (i = 0; i < hcap; i++) hash[i] = -1;
    for (i = 0; i < np; i++) {
        size_t h = (size_t)vkr__hash_bytes(pc[i].s, pc[i].len) & (hcap - 1);
        while (hash[h] >= 0 && !(pc[hash[h]].len == pc[i].len && !memcmp(pc[hash[h]].s, pc[i].s, pc[i].len))) h = (h + 1) & (hcap - 1);
        if (hash[h] < 0) hash[h] = (int32_t)i;   /* a duplicate keeps its first id */
    }
    /* merges: every split of a normal piece, at UTF-8 character boundaries, into two pieces */
    for (i = 0; i < np; i++) {
        uint32_t k;
        if (pc[i].type != 1) continue;
        for (k = 1; k < pc[i].len; k++) {
            int32_t l = -1, rr = -1;
            size_t h;
            if (((uint8_t)pc[i].s[k] & 0xC0) == 0x80) continue;
            for (h = (size_t)vkr__hash_bytes(pc[i].s, k) & (hcap - 1); hash[h] >= 0; h = (h + 1) & (hcap - 1))
                if (pc[hash[h]].len == k && !memcmp(pc[hash[h]].s, pc[i].s, k)) { l = hash[h]; break; }
            if (l < 0) continue;
            for (h = (size_t)vkr__hash_bytes(pc[i].s + k, pc[i].len - k) & (hcap - 1); hash[h] >= 0; h = (h + 1) & (hcap - 1))
                if (pc[hash[h]].len == pc[i].len - k && !memcmp(pc[hash[h]].s, pc[i].s + k, pc[i].len - k)) { rr = hash[h]; break; }
            if (rr < 0) continue;
            if (nm == mcap) {
                void *q = mg;
                if (!vkr__grow(&a, &q, mcap, mcap ? mcap * 2 : 4096, sizeof *mg)) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); goto done; }
                mg = (vkr__spm_merge *)q;
                mcap = mcap ? mcap * 2 : 4096;
            }
            mg[nm].merged = (int32_t)i; mg[nm].left = l; mg[nm].right = rr;
            nm++;
        }
    }
    tmp = (vkr__spm_merge *)vkr__alloc(&a, (nm ? nm : 1) * sizeof *tmp);
    if (!tmp) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); goto done; }
    vkr__spm_sort(mg, tmp, nm, pc);
    /* the tokenizer.json */
    vkr_json_writer_init(&w, &a);
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "version"); vkr_json_write_string(&w, "1.0");
    vkr_json_key(&w, "added_tokens");
    vkr_json_begin_array(&w);
    for (i = 0; i < np; i++) {
        if (pc[i].type != 2 && pc[i].type != 3) continue;   /* unknown and control pieces */
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "id"); vkr_json_write_int(&w, (int64_t)i);
        vkr_json_key(&w, "content"); vkr_json_write_string_n(&w, pc[i].s, pc[i].len);
        vkr_json_key(&w, "single_word"); vkr_json_write_bool(&w, false);
        vkr_json_key(&w, "lstrip"); vkr_json_write_bool(&w, false);
        vkr_json_key(&w, "rstrip"); vkr_json_write_bool(&w, false);
        vkr_json_key(&w, "normalized"); vkr_json_write_bool(&w, false);
        vkr_json_key(&w, "special"); vkr_json_write_bool(&w, true);
        vkr_json_end_object(&w);
    }
    vkr_json_end_array(&w);
    vkr_json_key(&w, "normalizer");
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Sequence");
    vkr_json_key(&w, "normalizers");
    vkr_json_begin_array(&w);
    if (add_dummy_prefix) {
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Prepend");
        vkr_json_key(&w, "prepend"); vkr_json_write_string(&w, "\xE2\x96\x81");
        vkr_json_end_object(&w);
    }
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Replace");
    vkr_json_key(&w, "pattern"); vkr_json_begin_object(&w); vkr_json_key(&w, "String"); vkr_json_write_string(&w, " "); vkr_json_end_object(&w);
    vkr_json_key(&w, "content"); vkr_json_write_string(&w, "\xE2\x96\x81");
    vkr_json_end_object(&w);
    vkr_json_end_array(&w);
    vkr_json_end_object(&w);
    vkr_json_key(&w, "pre_tokenizer"); vkr_json_write_null(&w);
    if (bos >= 0 && (size_t)bos < np) {
        vkr_json_key(&w, "post_processor");
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "type"); vkr_json_write_string(&w, "TemplateProcessing");
        vkr_json_key(&w, "single");
        vkr_json_begin_array(&w);
        vkr_json_begin_object(&w); vkr_json_key(&w, "SpecialToken"); vkr_json_begin_object(&w);
        vkr_json_key(&w, "id"); vkr_json_write_string_n(&w, pc[bos].s, pc[bos].len); vkr_json_key(&w, "type_id"); vkr_json_write_int(&w, 0);
        vkr_json_end_object(&w); vkr_json_end_object(&w);
        vkr_json_begin_object(&w); vkr_json_key(&w, "Sequence"); vkr_json_begin_object(&w);
        vkr_json_key(&w, "id"); vkr_json_write_string(&w, "A"); vkr_json_key(&w, "type_id"); vkr_json_write_int(&w, 0);
        vkr_json_end_object(&w); vkr_json_end_object(&w);
        vkr_json_end_array(&w);
        vkr_json_key(&w, "special_tokens");
        vkr_json_begin_object(&w);
        vkr_json_key_n(&w, pc[bos].s, pc[bos].len);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "id"); vkr_json_write_string_n(&w, pc[bos].s, pc[bos].len);
        vkr_json_key(&w, "ids"); vkr_json_begin_array(&w); vkr_json_write_int(&w, bos); vkr_json_end_array(&w);
        vkr_json_key(&w, "tokens"); vkr_json_begin_array(&w); vkr_json_write_string_n(&w, pc[bos].s, pc[bos].len); vkr_json_end_array(&w);
        vkr_json_end_object(&w);
        vkr_json_end_object(&w);
        vkr_json_end_object(&w);
    }
    vkr_json_key(&w, "decoder");
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Sequence");
    vkr_json_key(&w, "decoders");
    vkr_json_begin_array(&w);
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Replace");
    vkr_json_key(&w, "pattern"); vkr_json_begin_object(&w); vkr_json_key(&w, "String"); vkr_json_write_string(&w, "\xE2\x96\x81"); vkr_json_end_object(&w);
    vkr_json_key(&w, "content"); vkr_json_write_string(&w, " ");
    vkr_json_end_object(&w);
    if (byte_fallback) { vkr_json_begin_object(&w); vkr_json_key(&w, "type"); vkr_json_write_string(&w, "ByteFallback"); vkr_json_end_object(&w); }
    vkr_json_begin_object(&w); vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Fuse"); vkr_json_end_object(&w);
    if (add_dummy_prefix) {
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "type"); vkr_json_write_string(&w, "Strip");
        vkr_json_key(&w, "content"); vkr_json_write_string(&w, " ");
        vkr_json_key(&w, "start"); vkr_json_write_int(&w, 1);
        vkr_json_key(&w, "stop"); vkr_json_write_int(&w, 0);
        vkr_json_end_object(&w);
    }
    vkr_json_end_array(&w);
    vkr_json_end_object(&w);
    vkr_json_key(&w, "model");
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "type"); vkr_json_write_string(&w, "BPE");
    vkr_json_key(&w, "dropout"); vkr_json_write_null(&w);
    vkr_json_key(&w, "unk_token"); vkr_json_write_string_n(&w, pc[unk].s, pc[unk].len);
    vkr_json_key(&w, "fuse_unk"); vkr_json_write_bool(&w, true);
    vkr_json_key(&w, "byte_fallback"); vkr_json_write_bool(&w, byte_fallback);
    vkr_json_key(&w, "vocab");
    vkr_json_begin_object(&w);
    for (i = 0; i < np; i++) {
        size_t h = (size_t)vkr__hash_bytes(pc[i].s, pc[i].len) & (hcap - 1);
        while (!(pc[hash[h]].len == pc[i].len && !memcmp(pc[hash[h]].s, pc[i].s, pc[i].len))) h = (h + 1) & (hcap - 1);
        if (hash[h] != (int32_t)i) continue;   /* a duplicated piece: its first id only */
        vkr_json_key_n(&w, pc[i].s, pc[i].len);
        vkr_json_write_int(&w, (int64_t)i);
    }
    vkr_json_end_object(&w);
    vkr_json_key(&w, "merges");
    vkr_json_begin_array(&w);
    for (i = 0; i < nm; i++) {
        vkr_json_begin_array(&w);
        vkr_json_write_string_n(&w, pc[mg[i].left].s, pc[mg[i].left].len);
        vkr_json_write_string_n(&w, pc[mg[i].right].s, pc[mg[i].right].len);
        vkr_json_end_array(&w);
    }
    vkr_json_end_array(&w);
    vkr_json_end_object(&w);
    vkr_json_end_object(&w);
    r = vkr_json_writer_result(&w, &text, &len);
    if (r == VKR_OK) r = vkr_tok_load_json(text, len, NULL, 0, path, desc, out);
    if (r == VKR_OK) {   /* no tokenizer_config.json: the model names BOS and EOS */
        (*out)->bos = bos >= 0 && (size_t)bos < np ? bos : -1;
        (*out)->eos = eos >= 0 && (size_t)eos < np ? eos : -1;
    }
    vkr_json_writer_free(&w);
done:
    vkr__free(&a, pc, cap * sizeof *pc);
    vkr__free(&a, mg, mcap * sizeof *mg);
    vkr__free(&a, tmp, (nm ? nm : 1) * sizeof *tmp);
    if (hash) vkr__free(&a, hash, hcap * sizeof *hash);
    return r;
}

VALKYR_API vkr_result vkr_tok_load(const char *path, const vkr_tok_desc *desc, vkr_tok **out) {
    vkr_allocator a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    char dir[4096], tj[4200], tc[4200];
    char *json = NULL, *cfg = NULL;
    size_t len = 0, clen = 0;
    vkr_result r;
    if (!path || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_tok_load: NULL argument");
    *out = NULL;
    r = vkr_model_resolve(path, dir, sizeof dir);
    if (r != VKR_OK) return r;
    if (vkr__stat(dir) == VKR__PATH_DIR) {
        if (!vkr__path_join(tj, sizeof tj, dir, "tokenizer.json")) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir);
        if (vkr__stat(tj) != VKR__PATH_FILE) {   /* no tokenizer.json: SentencePiece's tokenizer.model */
            char tm[4200];
            if (vkr__path_join(tm, sizeof tm, dir, "tokenizer.model") && vkr__stat(tm) == VKR__PATH_FILE) vkr__copy_str(tj, sizeof tj, tm);
        }
    } else {
        const char *slash = strrchr(dir, '/');
        vkr__copy_str(tj, sizeof tj, dir);
        if (slash) dir[slash - dir] = 0; else vkr__copy_str(dir, sizeof dir, ".");
    }
    if (!vkr__path_join(tc, sizeof tc, dir, "tokenizer_config.json")) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir);
    r = vkr__read_text(tj, &a, &json, &len);
    if (r != VKR_OK) return r;
    {   /* a protobuf, not JSON: a SentencePiece model */
        size_t k = 0;
        while (k < len && (json[k] == ' ' || json[k] == '\n' || json[k] == '\r' || json[k] == '\t')) k++;
        if (k < len && json[k] != '{') {
            r = vkr__spm_load(tj, (const uint8_t *)json, len, desc, out);
            vkr__free(&a, json, len + 1);
            return r;
        }
    }
    if (vkr__stat(tc) == VKR__PATH_FILE) {
        r = vkr__read_text(tc, &a, &cfg, &clen);
        if (r != VKR_OK) { vkr__free(&a, json, len + 1); return r; }
    }
    r = vkr_tok_load_json(json, len, cfg, clen, tj, desc, out);
    vkr__free(&a, json, len + 1);
    if (cfg) vkr__free(&a, cfg, clen + 1);
    return r;
}

VALKYR_API int32_t vkr_tok_vocab_size(const vkr_tok *t) { return t ? t->n_ids : 0; }
VALKYR_API const char *vkr_tok_piece(const vkr_tok *t, vkr_token id) {
    return (t && id >= 0 && id < t->n_ids) ? t->piece[id] : NULL;
}
VALKYR_API vkr_token vkr_tok_find(const vkr_tok *t, const char *piece) {
    return (t && piece) ? vkr__tok_lookup(t, piece, strlen(piece)) : -1;
}
VALKYR_API bool vkr_tok_is_special(const vkr_tok *t, vkr_token id) {
    return t && id >= 0 && id < t->n_ids && (t->attr[id] & 2);
}
VALKYR_API vkr_token vkr_tok_bos(const vkr_tok *t) { return t ? t->bos : -1; }
VALKYR_API vkr_token vkr_tok_eos(const vkr_tok *t) { return t ? t->eos : -1; }
VALKYR_API vkr_token vkr_tok_pad(const vkr_tok *t) { return t ? t->pad : -1; }
VALKYR_API const char *vkr_tok_chat_template(const vkr_tok *t) { return t ? t->chat_template : NULL; }

/* >>sample (implementation) ============================================== */

struct vkr_sampler {
    vkr_sampler_desc d;
    vkr_allocator a;
    int32_t n_vocab;
    uint64_t rng[4];              /* xoshiro256** */
    float *val;                   /* working logits */
    int32_t *idx;                 /* candidate ids */
    int32_t *count;               /* penalty counts per id */
};

VKR__FN uint64_t vkr__splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
VKR__FN uint64_t vkr__rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
VKR__FN uint64_t vkr__rng_next(uint64_t s[4]) {
    uint64_t r = vkr__rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = vkr__rotl(s[3], 45);
    return r;
}
/* A uniform double in [0, 1). */
VKR__FN double vkr__rng_uniform(uint64_t s[4]) { return (double)(vkr__rng_next(s) >> 11) * (1.0 / 9007199254740992.0); }

VALKYR_API vkr_token vkr_argmax(const float *logits, int32_t n) {
    int32_t i, best = 0;
    for (i = 1; i < n; i++) if (logits[i] > logits[best]) best = i;
    return n > 0 ? best : -1;
}

VALKYR_API vkr_result vkr_sampler_new(const vkr_sampler_desc *desc, int32_t n_vocab, vkr_sampler **out) {
    vkr_allocator a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    vkr_sampler *s;
    uint64_t seed;
    if (!out || n_vocab <= 0) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_sampler_new: bad argument");
    s = (vkr_sampler *)vkr__calloc(&a, 1, sizeof *s);
    if (!s) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "sampler: out of memory");
    if (desc) s->d = *desc;
    s->a = a;
    if (s->d.temperature < 0 || s->d.top_k < 0 || s->d.top_p < 0 || s->d.top_p > 1 || s->d.min_p < 0 || s->d.min_p > 1 ||
        s->d.repetition_penalty < 0) {
        vkr__free(&a, s, sizeof *s);
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "sampler: temperature, top_k, penalties must be >= 0 and top_p, min_p in [0, 1]");
    }
    s->n_vocab = n_vocab;
    s->val = (float *)vkr__alloc(&a, (size_t)n_vocab * sizeof(float));
    s->idx = (int32_t *)vkr__alloc(&a, (size_t)n_vocab * sizeof(int32_t));
    s->count = (int32_t *)vkr__calloc(&a, (size_t)n_vocab, sizeof(int32_t));
    if (!s->val || !s->idx || !s->count) { vkr_sampler_free(s); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "sampler: out of memory"); }
    seed = s->d.seed ? s->d.seed : 0x5EEDC0DE5EEDC0DEULL;
    s->rng[0] = vkr__splitmix64(&seed); s->rng[1] = vkr__splitmix64(&seed);
    s->rng[2] = vkr__splitmix64(&seed); s->rng[3] = vkr__splitmix64(&seed);
    *out = s;
    return VKR_OK;
}

VALKYR_API void vkr_sampler_free(vkr_sampler *s) {
    vkr_allocator a;
    if (!s) return;
    a = s->a;
    vkr__free(&a, s->val, (size_t)s->n_vocab * sizeof(float));
    vkr__free(&a, s->idx, (size_t)s->n_vocab * sizeof(int32_t));
    vkr__free(&a, s->count, (size_t)s->n_vocab * sizeof(int32_t));
    vkr__free(&a, s, sizeof *s);
}

/* Sorts candidates [0, n) by value, descending (ties: lower id first). */
VKR__FN void vkr__sort_cands(float *val, int32_t *idx, int32_t n) {
    /* heap sort: no recursion, no extra memory, n log n */
    int32_t i, end;
#define VKR__LESS(a, b) (val[a] > val[b] || (val[a] == val[b] && idx[a] < idx[b]))   /* "a before b" → min-heap order */
#define VKR__SWAP(a, b) do { float tv = val[a]; int32_t ti = idx[a]; val[a] = val[b]; idx[a] = idx[b]; val[b] = tv; idx[b] = ti; } while (0)
    for (i = n / 2 - 1; i >= 0; i--) {
        int32_t r = i;
        for (;;) {
            int32_t c = 2 * r + 1, m = r;
            if (c < n && VKR__LESS(m, c)) m = c;
            if (c + 1 < n && VKR__LESS(m, c + 1)) m = c + 1;
            if (m == r) break;
            VKR__SWAP(r, m);
            r = m;
        }
    }
    for (end = n - 1; end > 0; end--) {
        int32_t r = 0;
        VKR__SWAP(0, end);
        for (;;) {
            int32_t c = 2 * r + 1, m = r;
            if (c < end && VKR__LESS(m, c)) m = c;
            if (c + 1 < end && VKR__LESS(m, c + 1)) m = c + 1;
            if (m == r) break;
            VKR__SWAP(r, m);
            r = m;
        }
    }
#undef VKR__LESS
#undef VKR__SWAP
}

VALKYR_API vkr_token vkr_sampler_sample(vkr_sampler *s, const float *logits, const vkr_token *history, size_t n_history) {
    const vkr_sampler_desc *d = &s->d;
    int32_t V = s->n_vocab, n = V, i;
    bool penalize = (d->repetition_penalty > 0 && d->repetition_penalty != 1) || d->presence_penalty != 0 || d->frequency_penalty != 0;
    size_t h0 = 0, k;
    double u, acc, total;
    memcpy(s->val, logits, (size_t)V * sizeof(float));
    if (penalize && history && n_history) {
        size_t last = d->penalty_last_n == 0 ? 64 : d->penalty_last_n < 0 ? n_history : (size_t)d->penalty_last_n;
        if (n_history > last) h0 = n_history - last;
        for (k = h0; k < n_history; k++) if (history[k] >= 0 && history[k] < V) s->count[history[k]]++;
        for (k = h0; k < n_history; k++) {
            vkr_token t = history[k];
            float *v;
            if (t < 0 || t >= V || !s->count[t]) continue;
            v = &s->val[t];
            if (d->repetition_penalty > 0 && d->repetition_penalty != 1)
                *v = *v > 0 ? *v / d->repetition_penalty : *v * d->repetition_penalty;
            *v -= d->presence_penalty + d->frequency_penalty * (float)s->count[t];
            s->count[t] = 0;   /* once per distinct token */
        }
    }
    if (d->temperature <= 0) return vkr_argmax(s->val, V);
    for (i = 0; i < V; i++) { s->idx[i] = i; s->val[i] /= d->temperature; }
    /* top-k: keep the k largest (partial work is not worth it: sort all) */
    vkr__sort_cands(s->val, s->idx, V);
    if (d->top_k > 0 && d->top_k < n) n = d->top_k;
    /* probabilities of the survivors */
    {
        float mx = s->val[0];
        total = 0;
        for (i = 0; i < n; i++) { double e = exp((double)(s->val[i] - mx)); s->val[i] = (float)e; total += e; }
    }
    if (d->top_p > 0 && d->top_p < 1) {
        acc = 0;
        for (i = 0; i < n; i++) {
            acc += s->val[i] / total;
            if (acc >= d->top_p) { n = i + 1; break; }
        }
    }
    if (d->min_p > 0) {
        float floor_p = s->val[0] * d->min_p;
        for (i = 1; i < n; i++) if (s->val[i] < floor_p) { n = i; break; }
    }
    total = 0;
    for (i = 0; i < n; i++) total += s->val[i];
    u = vkr__rng_uniform(s->rng) * total;
    acc = 0;
    for (i = 0; i < n; i++) {
        acc += s->val[i];
        if (u < acc) return s->idx[i];
    }
    return s->idx[n - 1];
}

/* >>cpu (implementation) ================================================= */

/* --- the kernels: plain C first (the reference every fast path matches) --- */

/* A weight matrix W[rows, cols] as the file stores it. */
typedef struct vkr__mat { const void *p; vkr_dtype t; int64_t rows, cols; } vkr__mat;

VKR__FN vkr__mat vkr__mat_of(const vkr_tensor *t) {
    vkr__mat m;
    m.p = t->data;
    m.t = t->dtype;
    m.rows = t->shape[0];
    m.cols = t->n_dims > 1 ? t->n_elems / t->shape[0] : 1;
    return m;
}

/* Element k of row r, as f32. */
VKR__FN float vkr__mat_at(const vkr__mat *w, int64_t r, int64_t k) {
    const uint8_t *p = (const uint8_t *)w->p;
    uint16_t h;
    float f;
    switch (w->t) {
    case VKR_DTYPE_BF16: memcpy(&h, p + (r * w->cols + k) * 2, 2); return vkr_bf16_to_f32(h);
    case VKR_DTYPE_F16: memcpy(&h, p + (r * w->cols + k) * 2, 2); return vkr_f16_to_f32(h);
    default: memcpy(&f, p + (r * w->cols + k) * 4, 4); return f;
    }
}

/* out[j] = Σ_k W[r, k] · x[j][k] for j < nx — the portable dot product. */
VKR__FN void vkr__dot_ref(const vkr__mat *w, int64_t r, const float *const *x, int nx, float *out) {
    int64_t k, n = w->cols;
    int j;
    for (j = 0; j < nx; j++) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        const float *xj = x[j];
        for (k = 0; k + 4 <= n; k += 4) {
            s0 += vkr__mat_at(w, r, k) * xj[k];
            s1 += vkr__mat_at(w, r, k + 1) * xj[k + 1];
            s2 += vkr__mat_at(w, r, k + 2) * xj[k + 2];
            s3 += vkr__mat_at(w, r, k + 3) * xj[k + 3];
        }
        for (; k < n; k++) s0 += vkr__mat_at(w, r, k) * xj[k];
        out[j] = (s0 + s1) + (s2 + s3);
    }
}

typedef void (*vkr__dot_fn)(const vkr__mat *w, int64_t r, const float *const *x, int nx, float *out);
/* out[i·4 + j] = W[r+i] · x[j] for a 4×4 block (NULL where no such kernel) */
typedef void (*vkr__mm4_fn)(const vkr__mat *w, int64_t r, const float *const *x, float *out);
/* the same with BF16 weight rows w (stride ldw) and BF16 activation rows x (stride ldx) */
typedef void (*vkr__mm4b_fn)(const uint16_t *w, int64_t ldw, const uint16_t *x, int64_t ldx, int64_t n, float *out);

/* The portable 4×4 block: sixteen dot products. */
VKR__FN void vkr__mm4x4_ref(const vkr__mat *w, int64_t r, const float *const *x, float *out) {
    int i;
    for (i = 0; i < 4; i++) vkr__dot_ref(w, r + i, x, 4, out + i * 4);
}

/* Attention's inner loop: y += a·x. */
VKR__FN void vkr__vaxpy_ref(float *y, float a, const float *x, int64_t n) {
    int64_t i;
    for (i = 0; i < n; i++) y[i] += a * x[i];
}

/* The portable twin of the BF16 block: products of BF16 values, summed in f32. */
VKR__FN void vkr__mm4x4_bf16_ref(const uint16_t *w, int64_t ldw, const uint16_t *x, int64_t ldx, int64_t n, float *out) {
    int i, j;
    int64_t k;
    for (i = 0; i < 4; i++)
        for (j = 0; j < 4; j++) {
            float s = 0;
            for (k = 0; k < n; k++) s += vkr_bf16_to_f32(w[i * ldw + k]) * vkr_bf16_to_f32(x[j * ldx + k]);
            out[i * 4 + j] = s;
        }
}

/* Activations of the gated FFN: h[i] = act(gate[i]) · up[i]. */
VKR__FN float vkr__silu(float x) { return x / (1.0f + expf(-x)); }
VKR__FN float vkr__gelu_tanh(float x) {
    return 0.5f * x * (1.0f + tanhf(0.7978845608028654f * (x + 0.044715f * x * x * x)));
}
VKR__FN float vkr__gelu(float x) { return 0.5f * x * (1.0f + erff(x * 0.7071067811865476f)); }

/* RoPE, Hugging Face's half-split pairs: for j < rot/2 the pair is
   (v[j], v[j + rot/2]) rotated by pos·inv_freq[j]; dims past rot pass. */
VKR__FN void vkr__rope(float *v, int64_t rot, const float *cos_row, const float *sin_row) {
    int64_t j, half = rot / 2;
    for (j = 0; j < half; j++) {
        float a = v[j], b = v[j + half], c = cos_row[j], s = sin_row[j];
        v[j] = a * c - b * s;
        v[j + half] = b * c + a * s;
    }
}

/* inv_freq[j] for a rope config, computed as transformers does (in f32). */
VKR__FN void vkr__rope_inv_freq(const vkr_rope *r, float *inv) {
    int64_t j, half = r->rotary_dim / 2;
    for (j = 0; j < half; j++) {
        float f = (float)(1.0 / pow(r->theta, (double)(float)(2.0 * (double)j) / (double)r->rotary_dim));
        if (r->type == VKR_ROPE_LINEAR) f = f / (float)r->factor;
        if (r->type == VKR_ROPE_LLAMA3) {
            float old = (float)r->original_max_position, lo = (float)r->low_freq_factor, hi = (float)r->high_freq_factor;
            float fac = (float)r->factor, low_wl = old / lo, high_wl = old / hi;
            float wl = 2.0f * 3.14159265358979323846f / f;
            float llama = wl > low_wl ? f / fac : f;
            float smooth = (old / wl - lo) / (hi - lo);
            float smoothed = (1.0f - smooth) * llama / fac + smooth * llama;
            if (!(wl < high_wl) && !(wl > low_wl)) llama = smoothed;
            f = llama;
        }
        inv[j] = f;
    }
}

/* One (token, head) of causal attention, the portable kernel (vkr__cpu_attention runs it per row and head):
   out[hd] = Σ_t softmax_t(scale · q·k_t, soft-capped) v_t for t ∈ [lo, p].
   Keys are stored transposed: k_t[d] = kt[d·ldk + t]; v_t = vc + t·kvd.
   sc holds the scores. */
VKR__FN void vkr__attn_head_ref(const float *q, const float *kt, int64_t ldk, const float *vc, int64_t kvd, int64_t hd,
                                int64_t lo, int64_t p, float scale, float softcap, float *sc, float *out) {
    float mx = -INFINITY, sum = 0;
    int64_t t, d;
    for (t = lo; t <= p; t++) sc[t] = 0;
    for (d = 0; d < hd; d++)
        for (t = lo; t <= p; t++) sc[t] += q[d] * kt[d * ldk + t];
    for (t = lo; t <= p; t++) {
        float v = sc[t] * scale;
        if (softcap > 0) v = tanhf(v / softcap) * softcap;
        sc[t] = v;
        if (v > mx) mx = v;
    }
    for (t = lo; t <= p; t++) { sc[t] = expf(sc[t] - mx); sum += sc[t]; }
    for (d = 0; d < hd; d++) out[d] = 0;
    for (t = lo; t <= p; t++) vkr__vaxpy_ref(out, sc[t] / sum, vc + t * kvd, hd);
}
/* --- the fast paths: the same products with SIMD, picked at run time; each
   keeps its reference's summation order where the reference says so --- */

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#  define VKR__X86 1
#  include <immintrin.h>
/* GCC 12's AVX-512 headers trip -W(maybe-)uninitialized inside their own
   inline functions (_mm512_reduce_add_ps and friends; GCC bug 105593): quiet
   those two warnings over the SIMD kernels only. */
#  if defined(__GNUC__) && !defined(__clang__)
#    define VKR__AVX_BEGIN _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wuninitialized\"") \
                           _Pragma("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
#    define VKR__AVX_END _Pragma("GCC diagnostic pop")
#  else
#    define VKR__AVX_BEGIN
#    define VKR__AVX_END
#  endif
VKR__AVX_BEGIN

/* AVX-512: 16 lanes; bf16 widens by a shift, f16 with vcvtph2ps. The body
   is inlined with NX a constant, so the accumulators live in registers: with
   one token vector four of them hide the FMA latency; with 2-4 vectors each
   weight load feeds NX FMAs. */
#define VKR__X512 __attribute__((target("avx512f,avx512bw,avx512vl,fma,f16c")))
static inline VKR__X512 __attribute__((always_inline)) __m512 vkr__w512(const uint8_t *row, vkr_dtype t, int64_t k, __mmask16 m) {
    if (t == VKR_DTYPE_BF16)
        return _mm512_castsi512_ps(_mm512_maskz_slli_epi32((__mmask16)0xFFFF, _mm512_maskz_cvtepu16_epi32((__mmask16)0xFFFF, _mm256_maskz_loadu_epi16(m, row + k * 2)), 16));
    if (t == VKR_DTYPE_F16) return _mm512_maskz_cvtph_ps((__mmask16)0xFFFF, _mm256_maskz_loadu_epi16(m, row + k * 2));
    return _mm512_maskz_loadu_ps(m, row + k * 4);
}
/* The summation order every AVX-512 product keeps, whatever the batch: for
   one (weight row, token) pair a single 16-lane accumulator runs over the
   columns in order (the tail masked), then _mm512_reduce_add_ps. The 4×4
   block below keeps it too, so a row's result never depends on how many
   tokens share its batch or on which thread took it. R rows × NX tokens,
   both compile-time constants once inlined; out[i·4 + j] = W[r+i]·x[j]. */
static inline VKR__X512 __attribute__((always_inline)) void vkr__mmrc512(const vkr__mat *w, int64_t r, const float *const *x, int R, int NX, float *out) {
    int64_t n = w->cols, k;
    size_t rb = (size_t)n * (w->t == VKR_DTYPE_F32 ? 4 : 2);
    const uint8_t *row = (const uint8_t *)w->p + (size_t)r * rb;
    __m512 c[4][4];
    int i, j;
    for (i = 0; i < R; i++) for (j = 0; j < NX; j++) c[i][j] = _mm512_setzero_ps();
    for (k = 0; k < n; k += 16) {
        __mmask16 m = n - k >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (n - k)) - 1);
        __m512 a[4];
        for (j = 0; j < NX; j++) a[j] = _mm512_maskz_loadu_ps(m, x[j] + k);
        for (i = 0; i < R; i++) {
            __m512 wv = vkr__w512(row + (size_t)i * rb, w->t, k, m);
            for (j = 0; j < NX; j++) c[i][j] = _mm512_fmadd_ps(wv, a[j], c[i][j]);
        }
    }
    for (i = 0; i < R; i++) for (j = 0; j < NX; j++) out[i * 4 + j] = _mm512_reduce_add_ps(c[i][j]);
}
/* One weight row against nx ≤ 4 token vectors, in the common order. */
VKR__X512 static void vkr__dot_avx512(const vkr__mat *w, int64_t r, const float *const *x, int nx, float *out) {
    float o[16];
    int j;
    switch (nx) {
    case 1: vkr__mmrc512(w, r, x, 1, 1, o); break;
    case 2: vkr__mmrc512(w, r, x, 1, 2, o); break;
    case 3: vkr__mmrc512(w, r, x, 1, 3, o); break;
    default: vkr__mmrc512(w, r, x, 1, 4, o); break;
    }
    for (j = 0; j < nx; j++) out[j] = o[j];
}
/* Four weight rows against one token (decode): four independent chains. */
VKR__X512 static void vkr__mm4x1_avx512(const vkr__mat *w, int64_t r, const float *const *x, float *out) {
    float o[16];
    int i;
    vkr__mmrc512(w, r, x, 4, 1, o);
    for (i = 0; i < 4; i++) out[i * 4] = o[i * 4];
}

/* Four weight rows against four token vectors: 8 loads feed 16 FMAs per
   16 columns, which keeps prefill compute-bound. out[i·4 + j] = W[r+i]·x[j]. */
VKR__X512 static void vkr__mm4x4_avx512(const vkr__mat *w, int64_t r, const float *const *x, float *out) {
    int64_t n = w->cols, k;
    size_t es = w->t == VKR_DTYPE_F32 ? 4 : 2;
    const uint8_t *r0 = (const uint8_t *)w->p + r * n * es, *r1 = r0 + n * es, *r2 = r1 + n * es, *r3 = r2 + n * es;
    const float *x0 = x[0], *x1 = x[1], *x2 = x[2], *x3 = x[3];
    __m512 c00 = _mm512_setzero_ps(), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00, c13 = c00;
    __m512 c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
    for (k = 0; k < n; k += 16) {
        __mmask16 m = n - k >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (n - k)) - 1);
        __m512 a0 = _mm512_maskz_loadu_ps(m, x0 + k), a1 = _mm512_maskz_loadu_ps(m, x1 + k);
        __m512 a2 = _mm512_maskz_loadu_ps(m, x2 + k), a3 = _mm512_maskz_loadu_ps(m, x3 + k);
        __m512 w0 = vkr__w512(r0, w->t, k, m), w1 = vkr__w512(r1, w->t, k, m);
        c00 = _mm512_fmadd_ps(w0, a0, c00); c01 = _mm512_fmadd_ps(w0, a1, c01);
        c02 = _mm512_fmadd_ps(w0, a2, c02); c03 = _mm512_fmadd_ps(w0, a3, c03);
        c10 = _mm512_fmadd_ps(w1, a0, c10); c11 = _mm512_fmadd_ps(w1, a1, c11);
        c12 = _mm512_fmadd_ps(w1, a2, c12); c13 = _mm512_fmadd_ps(w1, a3, c13);
        w0 = vkr__w512(r2, w->t, k, m);
        w1 = vkr__w512(r3, w->t, k, m);
        c20 = _mm512_fmadd_ps(w0, a0, c20); c21 = _mm512_fmadd_ps(w0, a1, c21);
        c22 = _mm512_fmadd_ps(w0, a2, c22); c23 = _mm512_fmadd_ps(w0, a3, c23);
        c30 = _mm512_fmadd_ps(w1, a0, c30); c31 = _mm512_fmadd_ps(w1, a1, c31);
        c32 = _mm512_fmadd_ps(w1, a2, c32); c33 = _mm512_fmadd_ps(w1, a3, c33);
    }
    out[0] = _mm512_reduce_add_ps(c00); out[1] = _mm512_reduce_add_ps(c01); out[2] = _mm512_reduce_add_ps(c02); out[3] = _mm512_reduce_add_ps(c03);
    out[4] = _mm512_reduce_add_ps(c10); out[5] = _mm512_reduce_add_ps(c11); out[6] = _mm512_reduce_add_ps(c12); out[7] = _mm512_reduce_add_ps(c13);
    out[8] = _mm512_reduce_add_ps(c20); out[9] = _mm512_reduce_add_ps(c21); out[10] = _mm512_reduce_add_ps(c22); out[11] = _mm512_reduce_add_ps(c23);
    out[12] = _mm512_reduce_add_ps(c30); out[13] = _mm512_reduce_add_ps(c31); out[14] = _mm512_reduce_add_ps(c32); out[15] = _mm512_reduce_add_ps(c33);
}

/* The same 4×4 block with BF16 activations: vdpbf16ps multiplies 32 BF16
   pairs per instruction, twice the f32 FMA rate. w rows and x rows are BF16
   with strides ldw, ldx; n columns. */
__attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16")))
static void vkr__mm4x4_bf16_avx512(const uint16_t *w, int64_t ldw, const uint16_t *x, int64_t ldx, int64_t n, float *out) {
    __m512 c00 = _mm512_setzero_ps(), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00, c13 = c00;
    __m512 c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
    int64_t k;
    for (k = 0; k < n; k += 32) {
        __mmask32 m = n - k >= 32 ? (__mmask32)0xFFFFFFFFu : (__mmask32)((1u << (n - k)) - 1);   /* all ones but at the tail */
        __m512bh a0 = (__m512bh)_mm512_maskz_loadu_epi16(m, x + k), a1 = (__m512bh)_mm512_maskz_loadu_epi16(m, x + ldx + k);
        __m512bh a2 = (__m512bh)_mm512_maskz_loadu_epi16(m, x + 2 * ldx + k), a3 = (__m512bh)_mm512_maskz_loadu_epi16(m, x + 3 * ldx + k);
        __m512bh w0 = (__m512bh)_mm512_maskz_loadu_epi16(m, w + k), w1 = (__m512bh)_mm512_maskz_loadu_epi16(m, w + ldw + k);
        c00 = _mm512_dpbf16_ps(c00, w0, a0); c01 = _mm512_dpbf16_ps(c01, w0, a1);
        c02 = _mm512_dpbf16_ps(c02, w0, a2); c03 = _mm512_dpbf16_ps(c03, w0, a3);
        c10 = _mm512_dpbf16_ps(c10, w1, a0); c11 = _mm512_dpbf16_ps(c11, w1, a1);
        c12 = _mm512_dpbf16_ps(c12, w1, a2); c13 = _mm512_dpbf16_ps(c13, w1, a3);
        w0 = (__m512bh)_mm512_maskz_loadu_epi16(m, w + 2 * ldw + k);
        w1 = (__m512bh)_mm512_maskz_loadu_epi16(m, w + 3 * ldw + k);
        c20 = _mm512_dpbf16_ps(c20, w0, a0); c21 = _mm512_dpbf16_ps(c21, w0, a1);
        c22 = _mm512_dpbf16_ps(c22, w0, a2); c23 = _mm512_dpbf16_ps(c23, w0, a3);
        c30 = _mm512_dpbf16_ps(c30, w1, a0); c31 = _mm512_dpbf16_ps(c31, w1, a1);
        c32 = _mm512_dpbf16_ps(c32, w1, a2); c33 = _mm512_dpbf16_ps(c33, w1, a3);
    }
    out[0] = _mm512_reduce_add_ps(c00); out[1] = _mm512_reduce_add_ps(c01); out[2] = _mm512_reduce_add_ps(c02); out[3] = _mm512_reduce_add_ps(c03);
    out[4] = _mm512_reduce_add_ps(c10); out[5] = _mm512_reduce_add_ps(c11); out[6] = _mm512_reduce_add_ps(c12); out[7] = _mm512_reduce_add_ps(c13);
    out[8] = _mm512_reduce_add_ps(c20); out[9] = _mm512_reduce_add_ps(c21); out[10] = _mm512_reduce_add_ps(c22); out[11] = _mm512_reduce_add_ps(c23);
    out[12] = _mm512_reduce_add_ps(c30); out[13] = _mm512_reduce_add_ps(c31); out[14] = _mm512_reduce_add_ps(c32); out[15] = _mm512_reduce_add_ps(c33);
}

/* AVX2 + FMA: 8 lanes, two accumulators per token vector. */
__attribute__((target("avx2,fma,f16c")))
static void vkr__dot_avx2(const vkr__mat *w, int64_t r, const float *const *x, int nx, float *out) {
    int64_t n = w->cols, k;
    __m256 acc[4];
    int j;
    const uint8_t *row = (const uint8_t *)w->p + r * n * (w->t == VKR_DTYPE_F32 ? 4 : 2);
    for (j = 0; j < 4; j++) acc[j] = _mm256_setzero_ps();
    for (k = 0; k + 8 <= n; k += 8) {
        __m256 wv;
        if (w->t == VKR_DTYPE_BF16)
            wv = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(row + k * 2))), 16));
        else if (w->t == VKR_DTYPE_F16)
            wv = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(row + k * 2)));
        else
            wv = _mm256_loadu_ps((const float *)(row + k * 4));
        for (j = 0; j < nx; j++) acc[j] = _mm256_fmadd_ps(wv, _mm256_loadu_ps(x[j] + k), acc[j]);
    }
    for (j = 0; j < nx; j++) {
        __m128 lo = _mm256_castps256_ps128(acc[j]), hi = _mm256_extractf128_ps(acc[j], 1);
        float t[4], s;
        int64_t kk;
        lo = _mm_add_ps(lo, hi);
        _mm_storeu_ps(t, lo);
        s = (t[0] + t[1]) + (t[2] + t[3]);
        for (kk = k; kk < n; kk++) s += vkr__mat_at(w, r, kk) * x[j][kk];
        out[j] = s;
    }
}
VKR__AVX_END
#endif

#if defined(__aarch64__) && defined(__ARM_NEON)
#  include <arm_neon.h>
#  define VKR__NEON 1
/* NEON: 4 lanes; bf16 widens by a shift. */
static void vkr__dot_neon(const vkr__mat *w, int64_t r, const float *const *x, int nx, float *out) {
    int64_t n = w->cols, k;
    float32x4_t acc[4];
    int j;
    const uint8_t *row = (const uint8_t *)w->p + r * n * (w->t == VKR_DTYPE_F32 ? 4 : 2);
    if (w->t == VKR_DTYPE_F16) { vkr__dot_ref(w, r, x, nx, out); return; }
    for (j = 0; j < 4; j++) acc[j] = vdupq_n_f32(0);
    for (k = 0; k + 4 <= n; k += 4) {
        float32x4_t wv;
        if (w->t == VKR_DTYPE_BF16) {
            uint16_t h[4];
            memcpy(h, row + k * 2, 8);
            wv = vreinterpretq_f32_u32(vshlq_n_u32(vmovl_u16(vld1_u16(h)), 16));
        } else {
            float f[4];
            memcpy(f, row + k * 4, 16);
            wv = vld1q_f32(f);
        }
        for (j = 0; j < nx; j++) acc[j] = vfmaq_f32(acc[j], wv, vld1q_f32(x[j] + k));
    }
    for (j = 0; j < nx; j++) {
        float s = vaddvq_f32(acc[j]);
        int64_t kk;
        for (kk = k; kk < n; kk++) s += vkr__mat_at(w, r, kk) * x[j][kk];
        out[j] = s;
    }
}
#endif

#ifdef VKR__X86
VKR__AVX_BEGIN
/* AVX-512: scores for 16 positions at once (q[d] broadcast times a row of
   transposed keys); head_dim a multiple of 16 up to 256 for the V sum, whose
   output row lives in registers. */
VKR__X512 static void vkr__attn_head_avx512(const float *q, const float *kt, int64_t ldk, const float *vc, int64_t kvd, int64_t hd,
                                            int64_t lo, int64_t p, float scale, float softcap, float *sc, float *out) {
    __m512 acc[16];
    int64_t t, nv = hd / 16, j, d;
    float mx = -INFINITY, sum = 0;
    for (t = lo; t <= p; t += 16) {
        __mmask16 m = p + 1 - t >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (p + 1 - t)) - 1);
        __m512 s0 = _mm512_setzero_ps(), s1 = _mm512_setzero_ps();
        for (d = 0; d + 2 <= hd; d += 2) {
            s0 = _mm512_fmadd_ps(_mm512_set1_ps(q[d]), _mm512_maskz_loadu_ps(m, kt + d * ldk + t), s0);
            s1 = _mm512_fmadd_ps(_mm512_set1_ps(q[d + 1]), _mm512_maskz_loadu_ps(m, kt + (d + 1) * ldk + t), s1);
        }
        if (d < hd) s0 = _mm512_fmadd_ps(_mm512_set1_ps(q[d]), _mm512_maskz_loadu_ps(m, kt + d * ldk + t), s0);
        _mm512_mask_storeu_ps(sc + t, m, _mm512_mul_ps(_mm512_add_ps(s0, s1), _mm512_set1_ps(scale)));
    }
    for (t = lo; t <= p; t++) {
        float v = sc[t];
        if (softcap > 0) sc[t] = v = tanhf(v / softcap) * softcap;
        if (v > mx) mx = v;
    }
    for (t = lo; t <= p; t++) { sc[t] = expf(sc[t] - mx); sum += sc[t]; }
    for (j = 0; j < nv; j++) acc[j] = _mm512_setzero_ps();
    for (t = lo; t <= p; t++) {
        const float *v = vc + t * kvd;
        __m512 w = _mm512_set1_ps(sc[t]);
        for (j = 0; j < nv; j++) acc[j] = _mm512_fmadd_ps(w, _mm512_loadu_ps(v + 16 * j), acc[j]);
    }
    {
        __m512 inv = _mm512_set1_ps(1.0f / sum);
        for (j = 0; j < nv; j++) _mm512_storeu_ps(out + 16 * j, _mm512_mul_ps(acc[j], inv));
    }
}
VKR__AVX_END
#endif


/* --- picking the kernels, and the matrix product on the thread pool --- */

/* The BF16 block kernel when the CPU has AVX512-BF16, else NULL. */
VKR__FN vkr__mm4b_fn vkr__pick_mm4_bf16(void) {
#ifdef VKR__X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
        __builtin_cpu_supports("avx512bf16"))
        return vkr__mm4x4_bf16_avx512;
#endif
    return NULL;
}

/* The best 4×4 block kernel this CPU runs, or NULL (then dot products). */
VKR__FN vkr__mm4_fn vkr__pick_mm4(void) {
#ifdef VKR__X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) return vkr__mm4x4_avx512;
#endif
    return NULL;
}

/* Four rows × one token in the dot product's order, or NULL (then dot products). */
VKR__FN vkr__mm4_fn vkr__pick_mm4x1(void) {
#ifdef VKR__X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) return vkr__mm4x1_avx512;
#endif
    return NULL;
}

/* The best dot product this CPU runs, and its name. */
VKR__FN vkr__dot_fn vkr__pick_dot(const char **name) {
#ifdef VKR__X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")) {
        if (name) *name = "avx512";
        return vkr__dot_avx512;
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        if (name) *name = "avx2";
        return vkr__dot_avx2;
    }
#endif
#ifdef VKR__NEON
    if (name) *name = "neon";
    return vkr__dot_neon;
#endif
    if (name) *name = "portable";
    return vkr__dot_ref;
}

VALKYR_API const char *vkr_cpu_features(void) {
    const char *n = "portable";
    vkr__pick_dot(&n);
    return vkr__pick_mm4_bf16() ? "avx512+bf16" : n;
}

/* What a matrix product runs on: the pool, the kernels this CPU has, and a
   scratch row buffer for BF16-rounded activations (the fast prefill path). */
/* one (token, head) of attention; see vkr__attn_head_ref */
typedef void (*vkr__attn_head_fn)(const float *q, const float *kt, int64_t ldk, const float *vc, int64_t kvd, int64_t hd,
                                  int64_t lo, int64_t p, float scale, float softcap, float *sc, float *out);
typedef struct vkr__cpu {
    vkr__pool pool;
    vkr__dot_fn dot;
    vkr__mm4_fn mm4;
    vkr__mm4_fn mm4x1;          /* four rows against one token (out[i·4]), or NULL */
    vkr__mm4b_fn mm4_bf16;      /* NULL unless fast precision on an AVX512-BF16 CPU */
    uint16_t *xb;               /* [n_batch × widest input] */
    size_t xb_elems;
    const float *xb_of;         /* the x that xb holds, until the caller says x changed */
    int64_t xb_n, xb_cols;
    vkr__attn_head_fn attn_head;
} vkr__cpu;

/* y[n, rows] = x[n, cols] · W[rows, cols]ᵀ (+ b[rows]), rows split over the pool. */
typedef struct vkr__mm_job {
    vkr__mat w;
    const float *x;
    int64_t n, ldx, ldy;
    float *y;
    const vkr_tensor *bias;
    vkr__dot_fn dot;
    vkr__mm4_fn mm4;
    vkr__mm4_fn mm4x1;           /* four rows against one token, or NULL */
    vkr__mm4b_fn mm4_bf16;       /* with xb: the BF16 activations of x */
    const uint16_t *xb;
    int64_t rows_per_task;
    bool add;                    /* y += instead of y = */
} vkr__mm_job;

/* y[t, r] = v, or y[t, r] += v when the job adds (the residual). */
#define VKR__MM_PUT(J, t, r, v) do { float *y_ = &(J)->y[(t) * (J)->ldy + (r)]; *y_ = (J)->add ? *y_ + (v) : (v); } while (0)

VKR__FN void vkr__mm_task(void *ctx, int64_t task, int32_t thread) {
    const vkr__mm_job *J = (const vkr__mm_job *)ctx;
    int64_t r0 = task * J->rows_per_task, r1 = VKR__MIN(r0 + J->rows_per_task, J->w.rows), r, i;
    (void)thread;
    /* a token block of x stays in L2 (128 BF16 rows, 64 f32 rows of ~2048)
       while each quad of weight rows, in L1, meets every token of it; with a
       4×4 kernel, rows go four at a time against four tokens at a time */
    int64_t tb = J->mm4_bf16 ? 128 : J->mm4 ? 64 : 16;
    if (J->mm4_bf16) {   /* FAST on AVX512-BF16: every (row, token) through the BF16 block, whatever the batch */
        const uint16_t *wb = (const uint16_t *)J->w.p;
        int64_t n = J->w.cols;
        for (i = 0; i < J->n; i += tb) {
            int64_t ib = VKR__MIN(J->n - i, tb), t;
            for (r = r0; r < r1; r += 4) {
                int64_t nr = VKR__MIN((int64_t)4, r1 - r), rq, tq;
                float b[4] = {0, 0, 0, 0};
                if (J->bias) vkr_tensor_read_f32(J->bias, r, nr, b);
                for (t = 0; t < ib; t += 4) {
                    int64_t nt = VKR__MIN((int64_t)4, ib - t);
                    /* a partial quad goes a row or a token at a time (stride 0 repeats it):
                       each output has its own accumulator, so its sum is the same either way */
                    for (rq = r; rq < r + nr; rq += nr == 4 ? 4 : 1)
                        for (tq = t; tq < t + nt; tq += nt == 4 ? 4 : 1) {
                            float o[16];
                            int a, c, ar = nr == 4 ? 4 : 1, ct = nt == 4 ? 4 : 1;
                            J->mm4_bf16(wb + rq * n, nr == 4 ? n : 0, J->xb + (i + tq) * n, nt == 4 ? n : 0, n, o);
                            for (a = 0; a < ar; a++) for (c = 0; c < ct; c++) VKR__MM_PUT(J, i + tq + c, rq + a, o[a * 4 + c] + b[rq - r + a]);
                        }
                }
            }
        }
        return;
    }
    for (i = 0; i < J->n; i += tb) {
        int64_t ib = VKR__MIN(J->n - i, tb);
        r = r0;
        if (J->mm4 && ib >= 4) {
            for (; r + 4 <= r1; r += 4) {
                float b[4] = {0, 0, 0, 0};
                int64_t t, q;
                if (J->bias) vkr_tensor_read_f32(J->bias, r, 4, b);
                for (t = 0; t + 4 <= ib; t += 4) {
                    float o[16];
                    int a, c;
                    const float *xs[4];
                    for (c = 0; c < 4; c++) xs[c] = J->x + (i + t + c) * J->ldx;
                    J->mm4(&J->w, r, xs, o);
                    for (a = 0; a < 4; a++) for (c = 0; c < 4; c++) VKR__MM_PUT(J, i + t + c, r + a, o[a * 4 + c] + b[a]);
                }
                for (q = r; q < r + 4 && t < ib; q++) {   /* leftover tokens of this block */
                    int64_t tt;
                    for (tt = t; tt < ib; tt++) {
                        const float *xs[1];
                        float o;
                        xs[0] = J->x + (i + tt) * J->ldx;
                        J->dot(&J->w, q, xs, 1, &o);
                        VKR__MM_PUT(J, i + tt, q, o + b[q - r]);
                    }
                }
            }
        }
        if (J->mm4x1)   /* few tokens (decode): four rows at a time, one token at a time */
            for (; r + 4 <= r1; r += 4) {
                float b[4] = {0, 0, 0, 0};
                int64_t t;
                int a;
                if (J->bias) vkr_tensor_read_f32(J->bias, r, 4, b);
                for (t = 0; t < ib; t++) {
                    const float *xs[1];
                    float o[16];
                    xs[0] = J->x + (i + t) * J->ldx;
                    J->mm4x1(&J->w, r, xs, o);
                    for (a = 0; a < 4; a++) VKR__MM_PUT(J, i + t, r + a, o[a * 4] + b[a]);
                }
            }
        for (; r < r1; r++) {
            float b = 0;
            int64_t t = 0;
            if (J->bias) vkr_tensor_read_f32(J->bias, r, 1, &b);
            for (t = 0; t < ib; t += 4) {
                const float *xs[4];
                float o[4];
                int nx = (int)VKR__MIN(ib - t, 4), j;
                for (j = 0; j < nx; j++) xs[j] = J->x + (i + t + j) * J->ldx;
                J->dot(&J->w, r, xs, nx, o);
                for (j = 0; j < nx; j++) VKR__MM_PUT(J, i + t + j, r, o[j] + b);
            }
        }
    }
}

/* Rounds x[n, cols] to BF16 rows of xb, a block of rows per task. */
typedef struct vkr__cvt_job { const float *x; int64_t ldx, cols; uint16_t *xb; } vkr__cvt_job;
VKR__FN void vkr__cvt_task(void *ctx, int64_t i, int32_t thread) {
    const vkr__cvt_job *J = (const vkr__cvt_job *)ctx;
    int64_t k;
    (void)thread;
    for (k = 0; k < J->cols; k++) J->xb[i * J->cols + k] = vkr_f32_to_bf16(J->x[i * J->ldx + k]);
}

/* x changed: a BF16 copy made of the old contents must not be reused. */
VKR__FN void vkr__x_changed(vkr__cpu *cpu) { cpu->xb_of = NULL; }

/* y[n, rows] (+)= x[n, cols] · W[rows, cols]ᵀ + b: the CPU's matrix product.
   Each output element is summed in the same order whatever n is and
   whichever thread takes it (see vkr__mmrc512); FAST precision on an
   AVX512-BF16 CPU rounds the activations to BF16 for BF16 weights, for every
   row of every batch alike. */
VKR__FN void vkr__matmul(vkr__cpu *cpu, const vkr_tensor *W, const vkr_tensor *bias, const float *x,
                         int64_t n, int64_t ldx, float *y, int64_t ldy, bool add) {
    vkr__mm_job J;
    vkr__pool *pool = &cpu->pool;
    int64_t tasks;
    J.w = vkr__mat_of(W);
    J.x = x;
    J.n = n;
    J.ldx = ldx;
    J.y = y;
    J.ldy = ldy;
    J.bias = bias;
    J.dot = cpu->dot;
    J.mm4 = n >= 4 ? cpu->mm4 : NULL;
    J.mm4x1 = cpu->mm4x1;
    J.add = add;
    J.mm4_bf16 = NULL;
    J.xb = NULL;
    if (cpu->mm4_bf16 && J.w.t == VKR_DTYPE_BF16 && (size_t)(n * J.w.cols) <= cpu->xb_elems) {
        if (cpu->xb_of != x || cpu->xb_n != n || cpu->xb_cols != J.w.cols) {   /* round the activations once */
            vkr__cvt_job C;
            C.x = x; C.ldx = ldx; C.cols = J.w.cols; C.xb = cpu->xb;
            vkr__pool_run(pool, vkr__cvt_task, &C, n);
            cpu->xb_of = x; cpu->xb_n = n; cpu->xb_cols = J.w.cols;
        }
        J.mm4_bf16 = cpu->mm4_bf16;
        J.xb = cpu->xb;
    }
    /* enough tasks to balance the threads, few enough to keep each cheap to hand out */
    J.rows_per_task = VKR__MAX((int64_t)1, J.w.rows / (pool->n_threads * 8));
    if (n > 1) J.rows_per_task = VKR__MAX((int64_t)1, J.w.rows / (pool->n_threads * 4));
    if (J.rows_per_task >= 4) J.rows_per_task &= ~(int64_t)3;   /* whole quads for the 4-row kernels */
    tasks = (J.w.rows + J.rows_per_task - 1) / J.rows_per_task;
    vkr__pool_run(pool, vkr__mm_task, &J, tasks);
}

/* >>forward (implementation) ============================================= */
/* How text becomes logits — the hops, in order:

     text ─(>>tok)→ token ids ─(>>session: rows)→ the op list ─(an executor)→ logits ─(>>sample)→ next id

   1. The tokenizer turns text into ids (vkr_tok_encode).
   2. vkr_session_append cuts the ids into batches of at most n_batch rows.
      Each row of a batch is data, not shape: its token id and its position
      (vkr__row; on the GPU the "state" buffer), so one op list serves every
      batch of that size, wherever it sits in the context.
   3. vkr__walk turns (model, batch size, logits wanted) into the op list:
      embed, then per layer rmsnorm · linear q/k/v · rope_kv · attention ·
      linear o (+residual) · rmsnorm · linear gate/up · glu · linear down
      (+residual), then the final rmsnorm and the LM head. The family's
      switches (vkr_config) only choose parameters and which optional ops
      appear (biases, q/k norm, sandwich norms, soft-caps, sliding windows):
      there is no per-family code path.
   4. An executor consumes the list. The CPU executor (vkr__cpu_run, below)
      runs each op's plain-C twin at once; the Vulkan executor (vkr__vk_run,
      >>vulkan) records one dispatch per op (more for a weight split into
      pieces, two for split-K attention) into a command buffer that is
      recorded once per batch size and replayed, with a barrier only where an
      op touches what an earlier one wrote.
   5. The LM head writes the logits of the last row (or of every row).

   An op is data: a kind, the tensors it reads (model weights by pointer),
   the activation slots it reads and writes (vkr__slot), the batch rows it
   covers, and its parameters: one C struct per kind that is, field for
   field, the push-constant block of its shader (sizes checked at compile
   time against the SPIR-V, see VKR__SPV_PUSH_* in valkyr_shaders.h). Each
   op kind has a CPU twin named after its shader, and each names the other;
   shaders/README.md is the table. Kernel tests (tests/test_ops.c) run one
   op through both executors on awkward sizes and compare; they never
   re-derive the math.

   What the list is designed to grow into (each is an op kind, a walk
   option or an executor feature, never a second walk):
   - training: vkr__op_access says which slots each op consumed (what a
     forward must keep); the backward pass is each op's backward twin,
     walked in reverse;
   - quantized weights: a linear whose weight is in blocks is another
     linear kind with its own twin and shader;
   - Gated DeltaNet layers (Qwen3.5): conv1d and the delta-rule step (and
     its chunked form) are op kinds the walk emits for linear-attention
     layers;
   - fused ops: a run of ops replaced by one fused kind when the executor
     has it; the fused kind has its own CPU twin, so it stays checkable;
   - hooks after a layer and stopping after N layers (frame budgets): the
     list is per layer (op.layer), so an executor can stop at a layer
     boundary or hand a slot to the host there;
   - batches of rows from different sequences: a row already carries its
     own position; its sequence (KV location) is the next field of
     vkr__row, and no op needs anything batch-wide (the state head's pos0
     and consecutive only let attention take a faster path).
   Results do not depend on the thread count or on which rows share a
   batch: every kernel sums each output in a fixed order of its own, on the
   CPU in both precisions and on a GPU in VKR_PRECISION_F32 (every batch
   size on the same kernels); tests/test_forward.c and tests/test_vulkan.c
   check batched == token by token, bit for bit. GPU FAST prefill trades
   that for the tiled and cooperative-matrix kernels. */

/* Activations by name. Row i of a slot belongs to row i of the batch. */
typedef enum vkr__slot {
    VKR__S_NONE = 0,
    VKR__S_X,        /* [nb, d]        the residual stream */
    VKR__S_XN,       /* [nb, d]        normed x; o-proj / FFN output before a sandwich norm */
    VKR__S_Q,        /* [nb, nh·hd] */
    VKR__S_K,        /* [nb, nkv·hd] */
    VKR__S_V,        /* [nb, nkv·hd] */
    VKR__S_ATT,      /* [nb, nh·hd]    attention output */
    VKR__S_FFN_G,    /* [nb, ff]       gate, then act(gate)·up */
    VKR__S_FFN_U,    /* [nb, ff] */
    VKR__S_LOGITS,   /* [rows, vocab] */
    VKR__S_KV,       /* the key and value caches of op.layer */
    VKR__S_COUNT
} vkr__slot;

typedef enum vkr__opkind {
    VKR__OP_EMBED,       /* out[i] = E[id_i] · scale                              shaders/embed.comp */
    VKR__OP_RMSNORM,     /* out[i] (+)= in[i] / rms(in[i]) · g                    shaders/rmsnorm.comp */
    VKR__OP_LINEAR,      /* out[t] (+)= W in[t] + b, soft-capped                  shaders/matvec.comp, matmul.comp, matmul_cm.comp */
    VKR__OP_ROPE_KV,     /* q/k norm + RoPE of q and k; k, v into the layer's cache  shaders/rope_kv.comp */
    VKR__OP_ATTENTION,   /* causal GQA over the cache                             shaders/attention.comp + attention_reduce.comp */
    VKR__OP_GLU,         /* g = act(g) · u                                        shaders/glu.comp */
    VKR__OP_COUNT
} vkr__opkind;

static const char *const vkr__op_names[VKR__OP_COUNT] = {"embed", "rmsnorm", "linear", "rope_kv", "attention", "glu"};

/* The parameters of each kind: its shader's push-constant block, field for field. */
typedef struct vkr__p_embed { uint32_t d, row0, rows; float scale; } vkr__p_embed;   /* row0, rows: the piece of E (Vulkan) */
typedef struct vkr__p_rmsnorm { uint32_t d, row0; float eps; uint32_t plus_one, add; } vkr__p_rmsnorm;
typedef struct vkr__p_linear {
    uint32_t rows, cols, ntok;          /* W is [rows, cols]; ntok rows of input */
    uint32_t x_off, x_stride;           /* input row t starts at x_off + t·x_stride (elements) */
    uint32_t y_off, y_stride;
    uint32_t row0;                      /* the first output row of this piece of W (Vulkan splits big W) */
    uint32_t has_bias, add;             /* add: y += W x instead of y = W x */
    float softcap;                      /* > 0: y = tanh(y / cap) · cap */
} vkr__p_linear;
typedef struct vkr__p_rope { uint32_t nh, nkv, hd, rot, n_ctx, qk_norm, plus_one; float eps; } vkr__p_rope;
typedef struct vkr__p_attn { uint32_t nh, nkv, hd, n_ctx, window; float scale, softcap; uint32_t splits; } vkr__p_attn;
typedef struct vkr__p_attn_reduce { uint32_t nh, hd, splits; } vkr__p_attn_reduce;
typedef struct vkr__p_glu { uint32_t n, act; } vkr__p_glu;

/* One row of a batch, as every kernel sees it (the GPU's STATE_BUFFER in
   shaders/common.glsl mirrors vkr__state_head followed by vkr__row[]). */
typedef struct vkr__row { uint32_t id, pos; } vkr__row;
/* consecutive: rows[i].pos == pos0 + i for every row (one sequence, as a
   session appends); kernels then use pos0 + i, which GPUs keep uniform. */
typedef struct vkr__state_head { uint32_t n_rows, pos0, consecutive, pad; } vkr__state_head;

typedef struct vkr__op {
    vkr__opkind kind;
    int32_t layer;                   /* the layer it belongs to; -1 before and after the layers */
    const vkr_tensor *w, *w2, *b;    /* weights read: matrix or norm gain, a second gain (k_norm), a bias; NULL: none */
    vkr__slot in, in2, out;          /* activations read and written (see vkr__op_access) */
    int64_t rows;                    /* batch rows it runs over, from row `first` */
    int64_t first;
    bool local;                      /* rope_kv: the sliding-window layers' RoPE tables */
    union {
        vkr__p_embed embed;
        vkr__p_rmsnorm norm;
        vkr__p_linear linear;
        vkr__p_rope rope;
        vkr__p_attn attn;
        vkr__p_glu glu;
    } p;
} vkr__op;

/* Which slots an op reads and writes, as bit masks (1 << slot): what the
   Vulkan executor's barriers and a backward pass's bookkeeping go by. */
VKR__FN void vkr__op_access(const vkr__op *op, uint32_t *reads, uint32_t *writes) {
    uint32_t r = 0, w = 0;
    switch (op->kind) {
    case VKR__OP_EMBED: w = 1u << op->out; break;
    case VKR__OP_RMSNORM: r = 1u << op->in; w = 1u << op->out; if (op->p.norm.add) r |= 1u << op->out; break;
    case VKR__OP_LINEAR: r = 1u << op->in; w = 1u << op->out; if (op->p.linear.add) r |= 1u << op->out; break;
    case VKR__OP_ROPE_KV: r = (1u << VKR__S_Q) | (1u << VKR__S_K) | (1u << VKR__S_V); w = (1u << VKR__S_Q) | (1u << VKR__S_K) | (1u << VKR__S_KV); break;
    case VKR__OP_ATTENTION: r = (1u << VKR__S_Q) | (1u << VKR__S_KV); w = 1u << op->out; break;
    case VKR__OP_GLU: r = (1u << op->in) | (1u << op->out); w = 1u << op->out; break;
    default: break;
    }
    *reads = r;
    *writes = w;
}

/* A text line per op an executor received (tests compare the two
   executors' logs): kind, layer, weights, slots, rows and every parameter. */
typedef struct vkr__oplog { char *buf; size_t len, cap; vkr_allocator a; } vkr__oplog;
VKR__FN void vkr__oplog_add(vkr__oplog *L, const vkr__op *op) {
    char line[512];
    const uint32_t *pw = (const uint32_t *)(const void *)&op->p;
    size_t k, n;
    int len = snprintf(line, sizeof line, "%s L%d w=%s w2=%s b=%s in=%d,%d out=%d rows=%lld+%lld local=%d p=", vkr__op_names[op->kind], (int)op->layer,
                       op->w ? op->w->name : "-", op->w2 ? op->w2->name : "-", op->b ? op->b->name : "-", (int)op->in, (int)op->in2, (int)op->out,
                       (long long)op->first, (long long)op->rows, (int)op->local);
    for (k = 0; k < sizeof op->p / 4 && len > 0 && (size_t)len < sizeof line - 12; k++) len += snprintf(line + len, sizeof line - (size_t)len, "%x,", pw[k]);
    if (len < 0) return;
    n = strlen(line);
    if (L->len + n + 2 > L->cap) {
        size_t cap = VKR__MAX(L->cap * 2, L->len + n + 4096);
        char *b = (char *)vkr__alloc(&L->a, cap);
        if (!b) return;
        if (L->buf) { memcpy(b, L->buf, L->len); vkr__free(&L->a, L->buf, L->cap); }
        L->buf = b;
        L->cap = cap;
    }
    memcpy(L->buf + L->len, line, n);
    L->len += n;
    L->buf[L->len++] = '\n';
    L->buf[L->len] = 0;
}

/* The most ops vkr__walk emits for this config. */
VKR__FN int64_t vkr__walk_max(const vkr_config *c) { return 3 + c->n_layers * 16; }

/* The op list of one forward pass over nb rows: the logits of every row
   (all) or of the last. n_ctx is the KV cache's length. Returns how many
   ops it wrote into ops[0, vkr__walk_max). Depends only on shapes, never on
   token values or positions (those are rows of the state). */
VKR__FN int64_t vkr__walk(const vkr_model *m, int64_t nb, bool all, int64_t n_ctx, vkr__op *ops) {
    const vkr_config *c = &m->config;
    const vkr_weights *W = &m->weights;
    int64_t d = c->hidden_size, hd = c->head_dim, nh = c->n_heads, nkv = c->n_kv_heads, ff = c->intermediate_size;
    int64_t qd = nh * hd, kvd = nkv * hd, n = 0, l;
    uint32_t act = c->act == VKR_ACT_SILU ? 0u : c->act == VKR_ACT_GELU_TANH ? 1u : 2u;
    bool sw = c->sandwich_norm;
    vkr__op *o;
#define VKR__OP(k, lay) (o = &ops[n++], memset(o, 0, sizeof *o), o->kind = (k), o->layer = (int32_t)(lay), o->rows = nb)
#define VKR__NORM(lay, g, from, to, add_) \
    (VKR__OP(VKR__OP_RMSNORM, lay), o->w = (g), o->in = (from), o->out = (to), o->p.norm.d = (uint32_t)d, \
     o->p.norm.eps = (float)c->rms_norm_eps, o->p.norm.plus_one = c->norm_plus_one, o->p.norm.add = (add_))
#define VKR__LINEAR(lay, W_, B_, from, in_w, to, out_w, add_) \
    (VKR__OP(VKR__OP_LINEAR, lay), o->w = (W_), o->b = (B_), o->in = (from), o->out = (to), \
     o->p.linear.rows = (uint32_t)(out_w), o->p.linear.cols = (uint32_t)(in_w), o->p.linear.ntok = (uint32_t)nb, \
     o->p.linear.x_stride = (uint32_t)(in_w), o->p.linear.y_stride = (uint32_t)(out_w), \
     o->p.linear.has_bias = (B_) != NULL, o->p.linear.add = (add_))
    /* x = E[ids] · embed_scale */
    VKR__OP(VKR__OP_EMBED, -1);
    o->w = W->embed; o->out = VKR__S_X;
    o->p.embed.d = (uint32_t)d; o->p.embed.rows = (uint32_t)c->vocab_size; o->p.embed.scale = (float)c->embed_scale;
    for (l = 0; l < c->n_layers; l++) {
        const vkr_layer_weights *L = &W->layers[l];
        bool local = c->layer_kind[l] == VKR_LAYER_SLIDING_ATTENTION;
        const vkr_rope *rope = local ? &c->rope_local : &c->rope;
        /* attention: xn = norm(x); q, k, v; rotate and cache; attend; x += o(att) */
        VKR__NORM(l, L->attn_norm, VKR__S_X, VKR__S_XN, 0u);
        VKR__LINEAR(l, L->q, L->q_bias, VKR__S_XN, d, VKR__S_Q, qd, 0u);
        VKR__LINEAR(l, L->k, L->k_bias, VKR__S_XN, d, VKR__S_K, kvd, 0u);
        VKR__LINEAR(l, L->v, L->v_bias, VKR__S_XN, d, VKR__S_V, kvd, 0u);
        VKR__OP(VKR__OP_ROPE_KV, l);
        o->w = c->qk_norm ? L->q_norm : NULL; o->w2 = c->qk_norm ? L->k_norm : NULL;
        o->in = VKR__S_Q; o->in2 = VKR__S_K; o->out = VKR__S_KV; o->local = local;
        o->p.rope.nh = (uint32_t)nh; o->p.rope.nkv = (uint32_t)nkv; o->p.rope.hd = (uint32_t)hd; o->p.rope.rot = (uint32_t)rope->rotary_dim;
        o->p.rope.n_ctx = (uint32_t)n_ctx; o->p.rope.qk_norm = c->qk_norm; o->p.rope.plus_one = c->norm_plus_one; o->p.rope.eps = (float)c->rms_norm_eps;
        VKR__OP(VKR__OP_ATTENTION, l);
        o->in = VKR__S_Q; o->in2 = VKR__S_KV; o->out = VKR__S_ATT;
        o->p.attn.nh = (uint32_t)nh; o->p.attn.nkv = (uint32_t)nkv; o->p.attn.hd = (uint32_t)hd; o->p.attn.n_ctx = (uint32_t)n_ctx;
        o->p.attn.window = (uint32_t)(local ? c->sliding_window : 0); o->p.attn.scale = (float)c->attn_scale;
        o->p.attn.softcap = (float)c->attn_logit_softcap; o->p.attn.splits = 1;
        /* without sandwich norms the o-projection adds itself to x; with them it goes through the post norm */
        VKR__LINEAR(l, L->o, L->o_bias, VKR__S_ATT, qd, sw ? VKR__S_XN : VKR__S_X, d, sw ? 0u : 1u);
        if (sw) VKR__NORM(l, L->attn_post_norm, VKR__S_XN, VKR__S_X, 1u);
        /* the gated FFN: x += down(act(gate(xn)) · up(xn)) */
        VKR__NORM(l, L->ffn_norm, VKR__S_X, VKR__S_XN, 0u);
        VKR__LINEAR(l, L->gate, L->gate_bias, VKR__S_XN, d, VKR__S_FFN_G, ff, 0u);
        VKR__LINEAR(l, L->up, L->up_bias, VKR__S_XN, d, VKR__S_FFN_U, ff, 0u);
        VKR__OP(VKR__OP_GLU, l);
        o->in = VKR__S_FFN_U; o->out = VKR__S_FFN_G; o->p.glu.n = (uint32_t)(nb * ff); o->p.glu.act = act;
        VKR__LINEAR(l, L->down, L->down_bias, VKR__S_FFN_G, ff, sw ? VKR__S_XN : VKR__S_X, d, sw ? 0u : 1u);
        if (sw) VKR__NORM(l, L->ffn_post_norm, VKR__S_XN, VKR__S_X, 1u);
    }
    /* the final norm and the LM head, over every row or the last */
    {
        int64_t first = all ? 0 : nb - 1;
        VKR__NORM(-1, W->final_norm, VKR__S_X, VKR__S_XN, 0u);
        o->first = first; o->rows = nb - first; o->p.norm.row0 = (uint32_t)first;
        VKR__LINEAR(-1, W->lm_head, NULL, VKR__S_XN, d, VKR__S_LOGITS, c->vocab_size, 0u);
        o->first = first; o->rows = nb - first;
        o->p.linear.ntok = (uint32_t)(nb - first); o->p.linear.x_off = (uint32_t)(first * d); o->p.linear.softcap = (float)c->final_logit_softcap;
    }
#undef VKR__LINEAR
#undef VKR__NORM
#undef VKR__OP
    return n;
}

/* ---- the CPU executor: each op's plain-C twin, run at once --------------- */

/* What the CPU executor works on: the session's host memory, viewed by slot. */
typedef struct vkr__cpux {
    vkr__cpu *cpu;                          /* the pool and the kernels this CPU has */
    const vkr_config *c;
    float *slot[VKR__S_COUNT];              /* KV is not one array: k_cache / v_cache below */
    float *k_cache, *v_cache;               /* [layers][kv_dim][n_ctx] (keys transposed), [layers][n_ctx][kv_dim] */
    int64_t n_ctx;
    const float *cos_g, *sin_g, *cos_l, *sin_l;   /* [n_ctx][rot/2] */
    float *scores;                          /* [threads][n_ctx] */
    const vkr__row *rows;                   /* the batch */
    vkr__oplog *log;                        /* tests: the ops this executor received */
} vkr__cpux;

/* GPU twin: shaders/embed.comp. out[i] = E[id_i] · scale. */
VKR__FN vkr_result vkr__cpu_embed(vkr__cpux *X, const vkr__op *op) {
    const vkr__p_embed *P = &op->p.embed;
    int64_t i, j, d = P->d;
    for (i = op->first; i < op->first + op->rows; i++) {
        float *x = X->slot[op->out] + i * d;
        vkr_tensor_read_f32(op->w, (int64_t)X->rows[i].id * d, d, x);
        if (P->scale != 1.0f) for (j = 0; j < d; j++) x[j] *= P->scale;
    }
    return VKR_OK;
}

/* One row: y[d] = x[d] / sqrt(mean(x²) + eps) · g, g = w or (1 + w); with
   add, y[d] += that instead. y may be x. */
VKR__FN void vkr__rms_row(float *y, const float *x, const vkr_tensor *w, int64_t d, float eps, bool plus_one, bool add) {
    double ss = 0;
    int64_t j;
    float scale;
    for (j = 0; j < d; j++) ss += (double)x[j] * x[j];
    scale = (float)(1.0 / sqrt(ss / (double)d + eps));
    for (j = 0; j < d; j++) {
        float g, v;
        vkr_tensor_read_f32(w, j, 1, &g);
        v = x[j] * scale * (plus_one ? 1.0f + g : g);
        y[j] = add ? y[j] + v : v;
    }
}

/* GPU twin: shaders/rmsnorm.comp. out[i] = in[i] / sqrt(mean(in[i]²) + eps) · g,
   g = w or (1 + w); with add, out[i] += that instead. */
VKR__FN vkr_result vkr__cpu_rmsnorm(vkr__cpux *X, const vkr__op *op) {
    const vkr__p_rmsnorm *P = &op->p.norm;
    int64_t i, d = P->d;
    for (i = op->first; i < op->first + op->rows; i++)
        vkr__rms_row(X->slot[op->out] + i * d, X->slot[op->in] + i * d, op->w, d, P->eps, P->plus_one != 0, P->add != 0);
    return VKR_OK;
}

/* GPU twins: shaders/matvec.comp (few rows), matmul.comp, matmul_cm.comp.
   y[t, r] (+)= Σ_c W[r, c] · x[t, c] + b[r], soft-capped; t < ntok. */
VKR__FN vkr_result vkr__cpu_linear(vkr__cpux *X, const vkr__op *op) {
    const vkr__p_linear *P = &op->p.linear;
    float *y = X->slot[op->out] + P->y_off;
    vkr__matmul(X->cpu, op->w, op->b, X->slot[op->in] + P->x_off, P->ntok, P->x_stride, y, P->y_stride, P->add != 0);
    if (P->softcap > 0) {
        int64_t t, r;
        for (t = 0; t < (int64_t)P->ntok; t++)
            for (r = 0; r < (int64_t)P->rows; r++) y[t * P->y_stride + r] = tanhf(y[t * P->y_stride + r] / P->softcap) * P->softcap;
    }
    return VKR_OK;
}


/* GPU twin: shaders/rope_kv.comp. For each row i (position p_i) and head: the
   optional q/k norm, then RoPE (Hugging Face's half-split pairs); then row
   i's key (transposed) and value into the layer's cache at p_i. */
VKR__FN vkr_result vkr__cpu_rope_kv(vkr__cpux *X, const vkr__op *op) {
    const vkr__p_rope *P = &op->p.rope;
    int64_t hd = P->hd, kvd = (int64_t)P->nkv * hd, half = P->rot / 2, i, h, j;
    const float *cos_t = op->local ? X->cos_l : X->cos_g, *sin_t = op->local ? X->sin_l : X->sin_g;
    float *kc = X->k_cache + op->layer * X->n_ctx * kvd, *vc = X->v_cache + op->layer * X->n_ctx * kvd;
    for (i = op->first; i < op->first + op->rows; i++) {
        int64_t p = X->rows[i].pos;
        for (h = 0; h < (int64_t)P->nh; h++) {
            float *q = X->slot[VKR__S_Q] + (i * P->nh + h) * hd;
            if (P->qk_norm) vkr__rms_row(q, q, op->w, hd, P->eps, P->plus_one != 0, false);   /* q/k norm (Qwen3, Gemma 3) */
            vkr__rope(q, P->rot, cos_t + p * half, sin_t + p * half);
        }
        for (h = 0; h < (int64_t)P->nkv; h++) {
            float *k = X->slot[VKR__S_K] + i * kvd + h * hd;
            if (P->qk_norm) vkr__rms_row(k, k, op->w2, hd, P->eps, P->plus_one != 0, false);
            vkr__rope(k, P->rot, cos_t + p * half, sin_t + p * half);
        }
        for (j = 0; j < kvd; j++) kc[j * X->n_ctx + p] = X->slot[VKR__S_K][i * kvd + j];   /* transposed */
        memcpy(vc + p * kvd, X->slot[VKR__S_V] + i * kvd, (size_t)kvd * sizeof(float));
    }
    return VKR_OK;
}

typedef struct vkr__attn_job { const vkr__cpux *X; const vkr__op *op; } vkr__attn_job;

/* One (row i, head h) of vkr__cpu_attention. */
VKR__FN void vkr__attn_task(void *ctx, int64_t task, int32_t thread) {
    const vkr__attn_job *J = (const vkr__attn_job *)ctx;
    const vkr__cpux *X = J->X;
    const vkr__p_attn *P = &J->op->p.attn;
    int64_t nh = P->nh, hd = P->hd, kvd = (int64_t)P->nkv * hd;
    int64_t i = J->op->first + task / nh, h = task % nh, kvh = h / (nh / P->nkv);
    int64_t p = X->rows[i].pos, lo = P->window ? VKR__MAX((int64_t)0, p - (int64_t)P->window + 1) : 0;
    const float *kc = X->k_cache + J->op->layer * X->n_ctx * kvd, *vc = X->v_cache + J->op->layer * X->n_ctx * kvd;
    X->cpu->attn_head(X->slot[VKR__S_Q] + (i * nh + h) * hd, kc + kvh * hd * X->n_ctx, X->n_ctx, vc + kvh * hd, kvd, hd, lo, p, P->scale,
                      P->softcap, X->scores + (int64_t)thread * X->n_ctx, X->slot[J->op->out] + (i * nh + h) * hd);
}

/* GPU twin: shaders/attention.comp + shaders/attention_reduce.comp (split-K, merged).
   Causal grouped-query attention of row i (position p_i), head h:
   out[hd] = Σ_t softmax_t(scale · q·k_t, soft-capped) v_t over the cached
   t ∈ [max(0, p_i − window + 1), p_i]. */
VKR__FN vkr_result vkr__cpu_attention(vkr__cpux *X, const vkr__op *op) {
    vkr__attn_job J;
    J.X = X;
    J.op = op;
    vkr__pool_run(&X->cpu->pool, vkr__attn_task, &J, op->rows * op->p.attn.nh);
    return VKR_OK;
}

/* GPU twin: shaders/glu.comp. g[i] = act(g[i]) · u[i]: SiLU (0), GELU with
   the tanh approximation (1) or exact GELU (2). */
VKR__FN vkr_result vkr__cpu_glu(vkr__cpux *X, const vkr__op *op) {
    const vkr__p_glu *P = &op->p.glu;
    float *g = X->slot[op->out];
    const float *u = X->slot[op->in];
    int64_t i;
    for (i = 0; i < (int64_t)P->n; i++) {
        float a = g[i];
        a = P->act == 0 ? vkr__silu(a) : P->act == 1 ? vkr__gelu_tanh(a) : vkr__gelu(a);
        g[i] = a * u[i];
    }
    return VKR_OK;
}

/* The CPU executor: runs ops[0, n) now. */
VKR__FN vkr_result vkr__cpu_run(vkr__cpux *X, const vkr__op *ops, int64_t n) {
    int64_t i;
    for (i = 0; i < n; i++) {
        const vkr__op *op = &ops[i];
        vkr_result r;
        if (X->log) vkr__oplog_add(X->log, op);
        switch (op->kind) {
        case VKR__OP_EMBED: r = vkr__cpu_embed(X, op); break;
        case VKR__OP_RMSNORM: r = vkr__cpu_rmsnorm(X, op); break;
        case VKR__OP_LINEAR: r = vkr__cpu_linear(X, op); break;
        case VKR__OP_ROPE_KV: r = vkr__cpu_rope_kv(X, op); break;
        case VKR__OP_ATTENTION: r = vkr__cpu_attention(X, op); break;
        case VKR__OP_GLU: r = vkr__cpu_glu(X, op); break;
        default: r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "op %d has no CPU twin", (int)op->kind); break;
        }
        if (r != VKR_OK) return r;
        /* a BF16 copy of a slot (fast prefill) stays valid across the linears that share its input */
        if (op->kind != VKR__OP_LINEAR || X->cpu->xb_of == X->slot[op->out]) vkr__x_changed(X->cpu);
    }
    return VKR_OK;
}

/* >>vulkan (implementation) ============================================== */
typedef struct vkr__vksess vkr__vksess;   /* a session's GPU side: the Vulkan executor */
/* The Vulkan backend records the forward pass as compute dispatches; its
   SPIR-V comes embedded from valkyr_shaders.h (made from the shaders/ folder).

   Loading: the loader library is opened at run time and every entry point
   lives in a private table (vkr__vkfn), so valkyr defines no vk* symbol and
   links beside -lvulkan or a host's own volk.

   Layout on the GPU: weights stay in their file precision (bf16 stays bf16)
   in buffers sub-allocated from a few large device allocations; a tensor
   larger than maxStorageBufferRange is split by rows into pieces. Activations
   and the KV cache are f32. Every kernel sees one descriptor-set layout
   (12 storage buffers) and one 128-byte push-constant range.

   Replay: positions and token ids live in a small host-visible "state"
   buffer that the kernels read, so the command buffer for a batch size is
   recorded once and submitted again for every later batch of that size
   (decode: every token). Barriers sit only between dispatches that depend
   on each other. */
#ifndef VALKYR_NO_VULKAN

#ifndef _WIN32
#  include <dlfcn.h>
#endif

#define VKR__VK_GLOBAL_FNS(X) X(CreateInstance) X(EnumerateInstanceLayerProperties) X(EnumerateInstanceVersion)
#define VKR__VK_INSTANCE_FNS(X) X(DestroyInstance) X(EnumeratePhysicalDevices) X(GetPhysicalDeviceProperties) \
    X(GetPhysicalDeviceProperties2) X(GetPhysicalDeviceFeatures2) X(GetPhysicalDeviceMemoryProperties) \
    X(GetPhysicalDeviceQueueFamilyProperties) X(CreateDevice) X(GetDeviceProcAddr) X(EnumerateDeviceExtensionProperties)
#define VKR__VK_DEVICE_FNS(X) X(DestroyDevice) X(GetDeviceQueue) X(CreateBuffer) X(DestroyBuffer) \
    X(GetBufferMemoryRequirements) X(AllocateMemory) X(FreeMemory) X(BindBufferMemory) X(MapMemory) X(UnmapMemory) \
    X(InvalidateMappedMemoryRanges) X(CreateShaderModule) X(DestroyShaderModule) X(CreateDescriptorSetLayout) \
    X(DestroyDescriptorSetLayout) X(CreatePipelineLayout) X(DestroyPipelineLayout) X(CreateComputePipelines) \
    X(DestroyPipeline) X(CreateDescriptorPool) X(DestroyDescriptorPool) X(AllocateDescriptorSets) \
    X(UpdateDescriptorSets) X(CreateCommandPool) X(DestroyCommandPool) X(AllocateCommandBuffers) \
    X(FreeCommandBuffers) X(BeginCommandBuffer) X(EndCommandBuffer) X(CmdBindPipeline) X(CmdBindDescriptorSets) \
    X(CmdPushConstants) X(CmdDispatch) X(CmdPipelineBarrier) X(CmdCopyBuffer) X(CreateFence) X(DestroyFence) \
    X(ResetFences) X(WaitForFences) X(QueueSubmit) X(CreateQueryPool) X(DestroyQueryPool) X(CmdResetQueryPool) \
    X(CmdWriteTimestamp) X(GetQueryPoolResults) X(ResetDescriptorPool)

typedef struct vkr__vkfn {
    PFN_vkGetInstanceProcAddr GetInstanceProcAddr;
#define VKR__VK_MEMBER(name) PFN_vk##name name;
    VKR__VK_GLOBAL_FNS(VKR__VK_MEMBER)
    VKR__VK_INSTANCE_FNS(VKR__VK_MEMBER)
    VKR__VK_DEVICE_FNS(VKR__VK_MEMBER)
    PFN_vkCreateDebugUtilsMessengerEXT CreateDebugUtilsMessengerEXT;
    PFN_vkDestroyDebugUtilsMessengerEXT DestroyDebugUtilsMessengerEXT;
#undef VKR__VK_MEMBER
} vkr__vkfn;

/* the kernels, by their index in vkr__shader_blobs (sorted by name) */
enum { VKR__K_ATTENTION, VKR__K_ATTENTION_REDUCE, VKR__K_EMBED, VKR__K_GLU, VKR__K_MATMUL, VKR__K_MATMUL_CM, VKR__K_MATVEC, VKR__K_RMSNORM,
       VKR__K_ROPE_KV, VKR__K_COUNT };
static const char *const vkr__kernel_names[VKR__K_COUNT] = {"attention", "attention_reduce", "embed", "glu", "matmul", "matmul_cm", "matvec", "rmsnorm", "rope_kv"};
/* Each kind's parameter struct is its shader's push-constant block, byte for
   byte: a mismatch stops the build (sizes from the SPIR-V, see embed_spirv). */
#define VKR__CHECK_PUSH(T, K) typedef char vkr__push_check_##K[sizeof(T) == VKR__SPV_PUSH_##K ? 1 : -1];
VKR__CHECK_PUSH(vkr__p_embed, EMBED)
VKR__CHECK_PUSH(vkr__p_rmsnorm, RMSNORM)
VKR__CHECK_PUSH(vkr__p_linear, MATVEC)
VKR__CHECK_PUSH(vkr__p_linear, MATMUL)
VKR__CHECK_PUSH(vkr__p_linear, MATMUL_CM)
VKR__CHECK_PUSH(vkr__p_rope, ROPE_KV)
VKR__CHECK_PUSH(vkr__p_attn, ATTENTION)
VKR__CHECK_PUSH(vkr__p_attn_reduce, ATTENTION_REDUCE)
VKR__CHECK_PUSH(vkr__p_glu, GLU)
#undef VKR__CHECK_PUSH
/* and the state buffer: a 16-byte head, then 8 bytes a row (uvec2) */
typedef char vkr__state_check[sizeof(vkr__state_head) == 16 && sizeof(vkr__row) == 8 ? 1 : -1];
#define VKR__VK_BINDINGS 12
#define VKR__VK_PUSH_BYTES 128
#define VKR__VK_MAX_PIPES 64
#define VKR__VK_BLOCK (256ull << 20)   /* device memory is taken in blocks of this size (or one tensor's) */

typedef struct vkr__vkpipe { int32_t kernel; uint32_t wt, bt; VkPipeline p; } vkr__vkpipe;
typedef struct vkr__vkblock { VkDeviceMemory mem; VkDeviceSize used, cap; uint32_t type; void *map; } vkr__vkblock;
typedef struct vkr__vkbuf { VkBuffer b; VkDeviceSize size; void *map; } vkr__vkbuf;

struct vkr_gpu {
    vkr_allocator a;
    vkr_hooks hooks;
    vkr__vkfn vk;
    VkInstance inst;
    VkDebugUtilsMessengerEXT dbg;
    int64_t validation_msgs;
    VkPhysicalDevice pd;
    VkDevice dev;
    VkQueue queue;
    uint32_t qfam;
    VkPhysicalDeviceProperties props;
    VkPhysicalDeviceMemoryProperties memp;
    vkr_gpu_info info;
    VkShaderModule mods[VKR__K_COUNT];
    VkDescriptorSetLayout dsl;
    VkPipelineLayout layout;
    VkCommandPool pool;
    vkr__vkpipe pipes[VKR__VK_MAX_PIPES];
    int32_t n_pipes;
    vkr__vkbuf dummy;            /* bound to the bindings a kernel does not use */
    vkr__vkblock *blocks;        /* the gpu's own allocations (dummy, tests) */
    int32_t n_blocks, cap_blocks;
    bool attached;               /* instance and device are the host's */
    bool cm;                     /* the cooperative-matrix matmul (VK_NV_cooperative_matrix) is enabled */
    bool own_pool;               /* the command pool is ours (always when not attached) */
};

/* ---- the loader -------------------------------------------------------- */

VKR__FN void *vkr__dl_open(void) {
#if defined(_WIN32)
    return (void *)LoadLibraryA("vulkan-1.dll");
#elif defined(__APPLE__)
    void *h = dlopen("libvulkan.1.dylib", RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libMoltenVK.dylib", RTLD_NOW | RTLD_LOCAL);
    return h;
#else
    void *h = dlopen("libvulkan.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!h) h = dlopen("libvulkan.so", RTLD_NOW | RTLD_LOCAL);
    return h;
#endif
}
VKR__FN void *vkr__dl_sym(void *lib, const char *name) {
#if defined(_WIN32)
    FARPROC f = GetProcAddress((HMODULE)lib, name);
    void *p;
    memcpy(&p, &f, sizeof p);   /* ISO C has no cast from a function pointer (-pedantic) */
    return p;
#else
    return dlsym(lib, name);
#endif
}
/* An object pointer (dlsym's, or the host's) as the loader's entry point:
   ISO C has no cast between object and function pointers (-pedantic). */
VKR__FN PFN_vkGetInstanceProcAddr vkr__vk_gipa(void *p) {
    PFN_vkGetInstanceProcAddr f;
    memcpy(&f, &p, sizeof f);
    return f;
}
/* The loader is never unloaded once opened: not every driver survives being
   unloaded and loaded again in one process. */

VKR__FN const char *vkr__vk_str(VkResult r) {
    switch (r) {
    case VK_ERROR_OUT_OF_HOST_MEMORY: return "VK_ERROR_OUT_OF_HOST_MEMORY";
    case VK_ERROR_OUT_OF_DEVICE_MEMORY: return "VK_ERROR_OUT_OF_DEVICE_MEMORY";
    case VK_ERROR_INITIALIZATION_FAILED: return "VK_ERROR_INITIALIZATION_FAILED";
    case VK_ERROR_DEVICE_LOST: return "VK_ERROR_DEVICE_LOST";
    case VK_ERROR_LAYER_NOT_PRESENT: return "VK_ERROR_LAYER_NOT_PRESENT";
    case VK_ERROR_EXTENSION_NOT_PRESENT: return "VK_ERROR_EXTENSION_NOT_PRESENT";
    case VK_ERROR_FEATURE_NOT_PRESENT: return "VK_ERROR_FEATURE_NOT_PRESENT";
    case VK_ERROR_INCOMPATIBLE_DRIVER: return "VK_ERROR_INCOMPATIBLE_DRIVER";
    case VK_ERROR_TOO_MANY_OBJECTS: return "VK_ERROR_TOO_MANY_OBJECTS";
    case VK_ERROR_OUT_OF_POOL_MEMORY: return "VK_ERROR_OUT_OF_POOL_MEMORY";
    case VK_TIMEOUT: return "VK_TIMEOUT";
    default: return "a Vulkan error";
    }
}

/* A failed Vulkan call as a vkr_result, with the call and what it was for. */
VKR__FN vkr_result vkr__vk_fail(VkResult r, const char *what) {
    vkr_result e = r == VK_ERROR_OUT_OF_DEVICE_MEMORY ? VKR_ERR_OUT_OF_DEVICE_MEMORY
                 : r == VK_ERROR_DEVICE_LOST ? VKR_ERR_DEVICE_LOST
                 : r == VK_ERROR_OUT_OF_HOST_MEMORY ? VKR_ERR_OUT_OF_MEMORY : VKR_ERR_VULKAN;
    return vkr__fail(e, "Vulkan: %s failed: %s (%d)", what, vkr__vk_str(r), (int)r);
}
#define VKR__VK_TRY(call, what) do { VkResult vr_ = (call); if (vr_ != VK_SUCCESS) return vkr__vk_fail(vr_, what); } while (0)

/* Opens the loader and an instance (with the validation layer when asked). */
/* The instance-level and device-level entry points of the table. */
VKR__FN void vkr__vk_load_instance(vkr__vkfn *vk, VkInstance inst) {
#define VKR__VK_LOAD_INST(name) vk->name = (PFN_vk##name)vk->GetInstanceProcAddr(inst, "vk" #name);
    VKR__VK_INSTANCE_FNS(VKR__VK_LOAD_INST)
#undef VKR__VK_LOAD_INST
}
VKR__FN void vkr__vk_load_device(vkr__vkfn *vk, VkDevice dev) {
#define VKR__VK_LOAD_DEV(name) vk->name = (PFN_vk##name)vk->GetDeviceProcAddr(dev, "vk" #name);
    VKR__VK_DEVICE_FNS(VKR__VK_LOAD_DEV)
#undef VKR__VK_LOAD_DEV
}

VKR__FN vkr_result vkr__vk_instance(vkr__vkfn *vk, VkInstance *inst, bool validation) {
    void *lib;
    VkApplicationInfo app;
    VkInstanceCreateInfo ci;
    const char *layer = "VK_LAYER_KHRONOS_validation", *ext = VK_EXT_DEBUG_UTILS_EXTENSION_NAME;
    uint32_t version = VK_API_VERSION_1_0;
    VkResult r;
    memset(vk, 0, sizeof *vk);
    *inst = VK_NULL_HANDLE;
    lib = vkr__dl_open();
    if (!lib) return vkr__fail(VKR_ERR_NO_DEVICE, "no Vulkan loader (libvulkan.so.1 / vulkan-1.dll) on this machine");
    vk->GetInstanceProcAddr = vkr__vk_gipa(vkr__dl_sym(lib, "vkGetInstanceProcAddr"));
    if (!vk->GetInstanceProcAddr) return vkr__fail(VKR_ERR_NO_DEVICE, "the Vulkan loader has no vkGetInstanceProcAddr");
#define VKR__VK_LOAD_GLOBAL(name) vk->name = (PFN_vk##name)vk->GetInstanceProcAddr(VK_NULL_HANDLE, "vk" #name);
    VKR__VK_GLOBAL_FNS(VKR__VK_LOAD_GLOBAL)
#undef VKR__VK_LOAD_GLOBAL
    if (vk->EnumerateInstanceVersion) vk->EnumerateInstanceVersion(&version);
    if (!vk->CreateInstance || version < VK_API_VERSION_1_3) {
        return vkr__fail(VKR_ERR_NO_DEVICE, "the Vulkan loader speaks %u.%u; valkyr needs 1.3", VK_API_VERSION_MAJOR(version), VK_API_VERSION_MINOR(version));
    }
    if (validation) {   /* only when the layer is installed */
        uint32_t n = 0, i;
        VkLayerProperties *lp;
        bool found = false;
        vk->EnumerateInstanceLayerProperties(&n, NULL);
        lp = (VkLayerProperties *)calloc(n ? n : 1, sizeof *lp);
        if (lp && vk->EnumerateInstanceLayerProperties(&n, lp) == VK_SUCCESS)
            for (i = 0; i < n; i++) if (!strcmp(lp[i].layerName, layer)) found = true;
        free(lp);
        if (!found) validation = false;
    }
    memset(&app, 0, sizeof app);
    app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    app.pApplicationName = "valkyr";
    app.pEngineName = "valkyr";
    app.apiVersion = VK_API_VERSION_1_3;
    memset(&ci, 0, sizeof ci);
    ci.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    ci.pApplicationInfo = &app;
    if (validation) { ci.enabledLayerCount = 1; ci.ppEnabledLayerNames = &layer; ci.enabledExtensionCount = 1; ci.ppEnabledExtensionNames = &ext; }
    r = vk->CreateInstance(&ci, NULL, inst);
    if (r != VK_SUCCESS) { *inst = VK_NULL_HANDLE; return vkr__vk_fail(r, "vkCreateInstance"); }
    vkr__vk_load_instance(vk, *inst);
    if (validation) {
        vk->CreateDebugUtilsMessengerEXT = (PFN_vkCreateDebugUtilsMessengerEXT)vk->GetInstanceProcAddr(*inst, "vkCreateDebugUtilsMessengerEXT");
        vk->DestroyDebugUtilsMessengerEXT = (PFN_vkDestroyDebugUtilsMessengerEXT)vk->GetInstanceProcAddr(*inst, "vkDestroyDebugUtilsMessengerEXT");
    }
    return VKR_OK;
}

VKR__FN bool vkr__vk_has_ext(const vkr__vkfn *vk, VkPhysicalDevice pd, const char *name) {
    uint32_t n = 0, i;
    VkExtensionProperties *e;
    bool found = false;
    if (vk->EnumerateDeviceExtensionProperties(pd, NULL, &n, NULL) != VK_SUCCESS || !n) return false;
    e = (VkExtensionProperties *)calloc(n, sizeof *e);
    if (e && vk->EnumerateDeviceExtensionProperties(pd, NULL, &n, e) == VK_SUCCESS)
        for (i = 0; i < n; i++) if (!strcmp(e[i].extensionName, name)) found = true;
    free(e);
    return found;
}

/* What valkyr sees in a physical device, and whether it can run on it. */
VKR__FN void vkr__vk_describe(const vkr__vkfn *vk, VkPhysicalDevice pd, int32_t index, vkr_gpu_info *info, uint32_t *qfam) {
    VkPhysicalDeviceProperties2 p2;
    VkPhysicalDeviceSubgroupProperties sg;
    VkPhysicalDeviceDriverProperties drv;
    VkPhysicalDeviceFeatures2 f2;
    VkPhysicalDeviceVulkan11Features f11;
    VkPhysicalDeviceVulkan12Features f12;
    VkPhysicalDeviceVulkan13Features f13;
    VkPhysicalDeviceMemoryProperties mp;
    VkQueueFamilyProperties qf[32];
    uint32_t nq = 32, i;
    memset(info, 0, sizeof *info);
    memset(&p2, 0, sizeof p2); memset(&sg, 0, sizeof sg); memset(&drv, 0, sizeof drv);
    p2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2;
    sg.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES;
    drv.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES;
    p2.pNext = &sg; sg.pNext = &drv;
    vk->GetPhysicalDeviceProperties2(pd, &p2);
    memset(&f2, 0, sizeof f2); memset(&f11, 0, sizeof f11); memset(&f12, 0, sizeof f12); memset(&f13, 0, sizeof f13);
    f2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2;
    f11.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES;
    f12.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES;
    f13.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES;
    f2.pNext = &f11; f11.pNext = &f12; f12.pNext = &f13;
    vk->GetPhysicalDeviceFeatures2(pd, &f2);
    vk->GetPhysicalDeviceMemoryProperties(pd, &mp);
    info->index = index;
    snprintf(info->name, sizeof info->name, "%s", p2.properties.deviceName);
    snprintf(info->driver, sizeof info->driver, "%.120s %.120s", drv.driverName, drv.driverInfo);
    info->type = (int32_t)p2.properties.deviceType;
    info->vendor_id = p2.properties.vendorID;
    info->device_id = p2.properties.deviceID;
    info->api_version = p2.properties.apiVersion;
    for (i = 0; i < mp.memoryHeapCount; i++)
        if (mp.memoryHeaps[i].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) info->device_local_bytes += mp.memoryHeaps[i].size;
    info->max_storage_buffer_range = p2.properties.limits.maxStorageBufferRange;
    info->subgroup_size = sg.subgroupSize;
    info->fp16_arith = f12.shaderFloat16 != 0;
    info->storage_16bit = f11.storageBuffer16BitAccess != 0;
    info->subgroup_size_control = f13.subgroupSizeControl != 0;
    info->cooperative_matrix = vkr__vk_has_ext(vk, pd, VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME) ||
                               vkr__vk_has_ext(vk, pd, VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME);
    info->timestamps = p2.properties.limits.timestampComputeAndGraphics != 0;
    *qfam = UINT32_MAX;
    vk->GetPhysicalDeviceQueueFamilyProperties(pd, &nq, qf);
    for (i = 0; i < nq && *qfam == UINT32_MAX; i++)   /* a compute queue; a compute-only one is not needed */
        if (qf[i].queueFlags & VK_QUEUE_COMPUTE_BIT) *qfam = i;
    if (info->api_version < VK_API_VERSION_1_3)
        snprintf(info->why_not, sizeof info->why_not, "Vulkan %u.%u (1.3 needed)", VK_API_VERSION_MAJOR(info->api_version), VK_API_VERSION_MINOR(info->api_version));
    else if (*qfam == UINT32_MAX) snprintf(info->why_not, sizeof info->why_not, "no compute queue");
    else if (!(sg.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT) || !(sg.supportedOperations & VK_SUBGROUP_FEATURE_ARITHMETIC_BIT))
        snprintf(info->why_not, sizeof info->why_not, "no subgroup arithmetic in compute shaders");
    else if (sg.subgroupSize < 4) snprintf(info->why_not, sizeof info->why_not, "subgroups of %u lanes (4 or more needed)", sg.subgroupSize);
    else info->usable = true;
}

VALKYR_API vkr_result vkr_gpu_list(vkr_gpu_info *out, int32_t cap, int32_t *count) {
    vkr__vkfn vk;
    VkInstance inst;
    VkPhysicalDevice pds[16];
    uint32_t n = 16, i;
    vkr_result r;
    if (!count || (cap > 0 && !out)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_gpu_list: NULL argument");
    *count = 0;
    r = vkr__vk_instance(&vk, &inst, false);
    if (r != VKR_OK) return r;
    if (vk.EnumeratePhysicalDevices(inst, &n, pds) < 0) n = 0;
    for (i = 0; i < n; i++) {
        uint32_t q;
        if ((int32_t)i < cap) vkr__vk_describe(&vk, pds[i], (int32_t)i, &out[i], &q);
    }
    *count = (int32_t)n;
    vk.DestroyInstance(inst, NULL);
    return VKR_OK;
}

/* ---- memory ------------------------------------------------------------ */

VKR__FN int32_t vkr__vk_memtype(const vkr_gpu *g, uint32_t bits, VkMemoryPropertyFlags want, VkMemoryPropertyFlags avoid) {
    uint32_t i;
    for (i = 0; i < g->memp.memoryTypeCount; i++) {
        VkMemoryPropertyFlags f = g->memp.memoryTypes[i].propertyFlags;
        if ((bits & (1u << i)) && (f & want) == want && !(f & avoid)) return (int32_t)i;
    }
    return -1;
}

/* A buffer of `size` bytes from one of the blocks (a new block when none has
   room). host: mapped host-visible memory (cached when the device offers
   it), else device-local. */
VKR__FN vkr_result vkr__vk_buffer(vkr_gpu *g, vkr__vkblock **blocks, int32_t *n_blocks, int32_t *cap_blocks,
                                  VkDeviceSize size, bool host, vkr__vkbuf *out) {
    VkBufferCreateInfo bi;
    VkMemoryRequirements req;
    int32_t type = -1, k;
    VkDeviceSize off = 0;
    vkr__vkblock *b = NULL;
    VkResult vr;
    memset(out, 0, sizeof *out);
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO;
    bi.size = size ? (size + 3) & ~(VkDeviceSize)3 : 4;
    bi.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT;
    bi.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
    VKR__VK_TRY(g->vk.CreateBuffer(g->dev, &bi, NULL, &out->b), "vkCreateBuffer");
    out->size = bi.size;
    g->vk.GetBufferMemoryRequirements(g->dev, out->b, &req);
    if (host) {
        type = vkr__vk_memtype(g, req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT | VK_MEMORY_PROPERTY_HOST_CACHED_BIT, 0);
        if (type < 0) type = vkr__vk_memtype(g, req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT, 0);
    } else {
        type = vkr__vk_memtype(g, req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, 0);
        if (type < 0) type = vkr__vk_memtype(g, req.memoryTypeBits, 0, 0);
    }
    if (type < 0) { g->vk.DestroyBuffer(g->dev, out->b, NULL); out->b = VK_NULL_HANDLE; return vkr__fail(VKR_ERR_VULKAN, "Vulkan: no memory type fits a %s buffer", host ? "host-visible" : "device"); }
    for (k = 0; k < *n_blocks && !b; k++) {
        vkr__vkblock *c = &(*blocks)[k];
        VkDeviceSize o = (c->used + req.alignment - 1) / req.alignment * req.alignment;
        if (c->type == (uint32_t)type && (!host || c->map) && o + req.size <= c->cap) { b = c; off = o; }
    }
    if (!b) {
        VkMemoryAllocateInfo ai;
        VkDeviceSize cap = VKR__MAX((VkDeviceSize)(host ? (64ull << 20) : VKR__VK_BLOCK), req.size);
        VkDeviceSize heap = g->memp.memoryHeaps[g->memp.memoryTypes[type].heapIndex].size;
        if (cap > req.size && cap > heap / 4) cap = VKR__MAX(req.size, heap / 4);
        if (*n_blocks == *cap_blocks) {
            int32_t nc = *cap_blocks ? *cap_blocks * 2 : 16;
            void *p = *blocks;
            if (!vkr__grow(&g->a, &p, (size_t)*cap_blocks, (size_t)nc, sizeof(vkr__vkblock))) {
                g->vk.DestroyBuffer(g->dev, out->b, NULL); out->b = VK_NULL_HANDLE;
                return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "out of memory");
            }
            *blocks = (vkr__vkblock *)p; *cap_blocks = nc;
        }
        b = &(*blocks)[*n_blocks];
        memset(b, 0, sizeof *b);
        memset(&ai, 0, sizeof ai);
        ai.sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO;
        ai.allocationSize = cap;
        ai.memoryTypeIndex = (uint32_t)type;
        vr = g->vk.AllocateMemory(g->dev, &ai, NULL, &b->mem);
        if (vr != VK_SUCCESS) {
            g->vk.DestroyBuffer(g->dev, out->b, NULL); out->b = VK_NULL_HANDLE;
            vkr__vk_fail(vr, "vkAllocateMemory");
            return vkr__fail(vr == VK_ERROR_OUT_OF_DEVICE_MEMORY ? VKR_ERR_OUT_OF_DEVICE_MEMORY : VKR_ERR_VULKAN,
                             "Vulkan: could not allocate %.1f MiB of %s memory on %s (%s)", (double)cap / 1048576.0,
                             host ? "host-visible" : "device", g->info.name, vkr__vk_str(vr));
        }
        b->cap = cap;
        b->type = (uint32_t)type;
        if ((g->memp.memoryTypes[type].propertyFlags & VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT) &&
            (vr = g->vk.MapMemory(g->dev, b->mem, 0, VK_WHOLE_SIZE, 0, &b->map)) != VK_SUCCESS) {
            g->vk.FreeMemory(g->dev, b->mem, NULL);
            g->vk.DestroyBuffer(g->dev, out->b, NULL); out->b = VK_NULL_HANDLE;
            return vkr__vk_fail(vr, "vkMapMemory");
        }
        (*n_blocks)++;
        off = 0;
    }
    vr = g->vk.BindBufferMemory(g->dev, out->b, b->mem, off);
    if (vr != VK_SUCCESS) { g->vk.DestroyBuffer(g->dev, out->b, NULL); out->b = VK_NULL_HANDLE; return vkr__vk_fail(vr, "vkBindBufferMemory"); }
    b->used = off + req.size;
    if (b->map) out->map = (char *)b->map + off;
    return VKR_OK;
}

VKR__FN void vkr__vk_free_blocks(vkr_gpu *g, vkr__vkblock *blocks, int32_t n, int32_t cap) {
    int32_t k;
    for (k = 0; k < n; k++) g->vk.FreeMemory(g->dev, blocks[k].mem, NULL);   /* unmaps too */
    vkr__free(&g->a, blocks, (size_t)cap * sizeof *blocks);
}

/* ---- device, pipelines, submission ---------------------------------------- */

static VKAPI_ATTR VkBool32 VKAPI_CALL vkr__vk_debug(VkDebugUtilsMessageSeverityFlagBitsEXT sev, VkDebugUtilsMessageTypeFlagsEXT type,
                                                    const VkDebugUtilsMessengerCallbackDataEXT *data, void *user) {
    vkr_gpu *g = (vkr_gpu *)user;
    (void)type;
    if (sev & (VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT)) {
        g->validation_msgs++;
        vkr__log(&g->hooks.logger, VKR_LOG_ERROR, "Vulkan validation: %s", data && data->pMessage ? data->pMessage : "(no message)");
    }
    return VK_FALSE;
}

VALKYR_API void vkr_gpu_free(vkr_gpu *g) {
    int32_t k;
    if (!g) return;
    if (g->dev) {
        for (k = 0; k < g->n_pipes; k++) g->vk.DestroyPipeline(g->dev, g->pipes[k].p, NULL);
        for (k = 0; k < VKR__K_COUNT; k++) if (g->mods[k]) g->vk.DestroyShaderModule(g->dev, g->mods[k], NULL);
        if (g->layout) g->vk.DestroyPipelineLayout(g->dev, g->layout, NULL);
        if (g->dsl) g->vk.DestroyDescriptorSetLayout(g->dev, g->dsl, NULL);
        if (g->pool && g->own_pool) g->vk.DestroyCommandPool(g->dev, g->pool, NULL);
        if (g->dummy.b) g->vk.DestroyBuffer(g->dev, g->dummy.b, NULL);
        vkr__vk_free_blocks(g, g->blocks, g->n_blocks, g->cap_blocks);
        if (!g->attached) g->vk.DestroyDevice(g->dev, NULL);
    }
    if (g->dbg && g->vk.DestroyDebugUtilsMessengerEXT) g->vk.DestroyDebugUtilsMessengerEXT(g->inst, g->dbg, NULL);
    if (g->inst && !g->attached) g->vk.DestroyInstance(g->inst, NULL);
    vkr__free(&g->a, g, sizeof *g);
}

/* Picks the device: desc->device or $VALKYR_DEVICE (an index or a piece of
   the name), else discrete, integrated, virtual, then CPU devices. */
VKR__FN vkr_result vkr__vk_pick(vkr_gpu *g, const char *want, bool no_cpu) {
    VkPhysicalDevice pds[16];
    vkr_gpu_info infos[16];
    uint32_t qf[16], n = 16, i;
    int32_t best = -1, best_rank = 99;
    static const int rank_of_type[5] = {4, 1, 0, 2, 3};   /* other, integrated, discrete, virtual, cpu */
    VkResult vr = g->vk.EnumeratePhysicalDevices(g->inst, &n, pds);
    if (vr < 0) return vkr__vk_fail(vr, "vkEnumeratePhysicalDevices");
    if (!n) return vkr__fail(VKR_ERR_NO_DEVICE, "the Vulkan loader found no device (no driver installed?)");
    for (i = 0; i < n; i++) vkr__vk_describe(&g->vk, pds[i], (int32_t)i, &infos[i], &qf[i]);
    if (want && *want) {
        char *end;
        long idx = strtol(want, &end, 10);
        if (*end == 0) {
            if (idx < 0 || idx >= (long)n) return vkr__fail(VKR_ERR_NO_DEVICE, "Vulkan device %ld does not exist (%u found)", idx, n);
            best = (int32_t)idx;
        } else {
            for (i = 0; i < n && best < 0; i++) {
                const char *h = infos[i].name;
                size_t wl = strlen(want), j;
                for (; *h && best < 0; h++) {
                    for (j = 0; j < wl && h[j] && tolower((unsigned char)h[j]) == tolower((unsigned char)want[j]); j++) {}
                    if (j == wl) best = (int32_t)i;
                }
            }
            if (best < 0) return vkr__fail(VKR_ERR_NO_DEVICE, "no Vulkan device's name contains \"%s\" (see valkyr devices)", want);
        }
        if (!infos[best].usable) return vkr__fail(VKR_ERR_NO_DEVICE, "Vulkan device %d (%s) cannot run valkyr: %s", best, infos[best].name, infos[best].why_not);
    } else {
        for (i = 0; i < n; i++) {
            int t = infos[i].type >= 0 && infos[i].type <= 4 ? infos[i].type : 0;
            if (!infos[i].usable || (no_cpu && t == VK_PHYSICAL_DEVICE_TYPE_CPU)) continue;
            if (rank_of_type[t] < best_rank) { best_rank = rank_of_type[t]; best = (int32_t)i; }
        }
        if (best < 0) {
            for (i = 0; i < n; i++) if (!infos[i].usable) return vkr__fail(VKR_ERR_NO_DEVICE, "no usable Vulkan device: %s: %s", infos[i].name, infos[i].why_not);
            return vkr__fail(VKR_ERR_NO_DEVICE, "no Vulkan GPU (only CPU devices such as lavapipe; ask for --backend vulkan to use one)");
        }
    }
    g->pd = pds[best];
    g->qfam = qf[best];
    g->info = infos[best];
    return VKR_OK;
}

/* Whether the cooperative-matrix matmul can run: VK_NV_cooperative_matrix
   with 16 × 16 × 16 fp16 × fp16 → fp32 in a subgroup, fp16 arithmetic,
   subgroups of 32. $VALKYR_NO_FAST_PATHS=1 keeps to the portable kernels. */
VKR__FN bool vkr__vk_cm_ok(vkr_gpu *g) {
    PFN_vkGetPhysicalDeviceCooperativeMatrixPropertiesNV props;
    VkCooperativeMatrixPropertiesNV p[64];
    uint32_t n = 64, i;
    const char *env = getenv("VALKYR_NO_FAST_PATHS");
    if ((env && *env && strcmp(env, "0")) || !g->info.fp16_arith || g->info.subgroup_size != 32 ||
        !vkr__vk_has_ext(&g->vk, g->pd, VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME))
        return false;
    props = (PFN_vkGetPhysicalDeviceCooperativeMatrixPropertiesNV)g->vk.GetInstanceProcAddr(g->inst, "vkGetPhysicalDeviceCooperativeMatrixPropertiesNV");
    if (!props) return false;
    for (i = 0; i < 64; i++) { memset(&p[i], 0, sizeof p[i]); p[i].sType = VK_STRUCTURE_TYPE_COOPERATIVE_MATRIX_PROPERTIES_NV; }
    if (props(g->pd, &n, p) < 0) return false;
    for (i = 0; i < n && i < 64; i++)
        if (p[i].MSize == 16 && p[i].NSize == 16 && p[i].KSize == 16 && p[i].AType == VK_COMPONENT_TYPE_FLOAT16_NV &&
            p[i].BType == VK_COMPONENT_TYPE_FLOAT16_NV && p[i].CType == VK_COMPONENT_TYPE_FLOAT32_NV &&
            p[i].DType == VK_COMPONENT_TYPE_FLOAT32_NV && p[i].scope == VK_SCOPE_SUBGROUP_NV)
            return true;
    return false;
}

/* Borrows a host's instance, device, queue (and command pool): loads the
   function table through the host's vkGetInstanceProcAddr or the loader's,
   and checks the device can run valkyr. */
VKR__FN vkr_result vkr__vk_attach(vkr_gpu *g, const vkr_gpu_attach *at) {
    uint32_t qfam;
    if (!at->instance || !at->physical_device || !at->device || !at->queue)
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_gpu_new: attach needs instance, physical_device, device and queue");
    g->attached = true;
    g->inst = (VkInstance)at->instance;
    g->pd = (VkPhysicalDevice)at->physical_device;
    g->dev = VK_NULL_HANDLE;   /* set once the table is loaded, so a failure before destroys nothing of the host's */
    g->vk.GetInstanceProcAddr = vkr__vk_gipa(at->get_instance_proc_addr);
    if (!g->vk.GetInstanceProcAddr) {
        void *lib = vkr__dl_open();
        if (lib) g->vk.GetInstanceProcAddr = vkr__vk_gipa(vkr__dl_sym(lib, "vkGetInstanceProcAddr"));
        if (!g->vk.GetInstanceProcAddr) return vkr__fail(VKR_ERR_NO_DEVICE, "attach: no vkGetInstanceProcAddr given and no Vulkan loader found");
    }
    vkr__vk_load_instance(&g->vk, g->inst);
    if (!g->vk.GetDeviceProcAddr || !g->vk.GetPhysicalDeviceProperties2) return vkr__fail(VKR_ERR_NO_DEVICE, "attach: the instance gives no Vulkan 1.1+ entry points");
    vkr__vk_describe(&g->vk, g->pd, -1, &g->info, &qfam);
    if (!g->info.usable) return vkr__fail(VKR_ERR_NO_DEVICE, "attach: %s cannot run valkyr: %s", g->info.name, g->info.why_not);
    g->vk.GetPhysicalDeviceProperties(g->pd, &g->props);
    g->vk.GetPhysicalDeviceMemoryProperties(g->pd, &g->memp);
    g->qfam = at->queue_family;
    g->queue = (VkQueue)at->queue;
#if defined(VK_USE_64_BIT_PTR_DEFINES) && VK_USE_64_BIT_PTR_DEFINES == 1
    g->pool = (VkCommandPool)(uintptr_t)at->command_pool;
#else
    g->pool = (VkCommandPool)at->command_pool;
#endif
    vkr__vk_load_device(&g->vk, (VkDevice)at->device);
    g->dev = (VkDevice)at->device;
    return VKR_OK;
}

VALKYR_API vkr_result vkr_gpu_new(const vkr_gpu_desc *desc, vkr_gpu **out) {
    vkr_gpu *g;
    vkr_allocator a;
    vkr_result r;
    const char *env;
    bool validation;
    float prio = 1.0f;
    int32_t k;
    if (!out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_gpu_new: NULL argument");
    *out = NULL;
    a = vkr__allocator(desc && desc->hooks.allocator.alloc ? &desc->hooks.allocator : NULL);
    g = (vkr_gpu *)vkr__calloc(&a, 1, sizeof *g);
    if (!g) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "gpu: out of memory");
    g->a = a;
    if (desc) g->hooks = desc->hooks;
    g->hooks.allocator = a;
    if (desc && desc->attach) {
        r = vkr__vk_attach(g, desc->attach);
        if (r != VKR_OK) { vkr_gpu_free(g); return r; }
        goto device_ready;
    }
    env = getenv("VALKYR_VALIDATION");
    validation = (desc && desc->validation) || (env && *env && strcmp(env, "0"));
    r = vkr__vk_instance(&g->vk, &g->inst, validation);
    if (r != VKR_OK) { vkr__free(&a, g, sizeof *g); return r; }
    if (g->vk.CreateDebugUtilsMessengerEXT) {
        VkDebugUtilsMessengerCreateInfoEXT di;
        memset(&di, 0, sizeof di);
        di.sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT;
        di.messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
        di.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;
        di.pfnUserCallback = vkr__vk_debug;
        di.pUserData = g;
        if (g->vk.CreateDebugUtilsMessengerEXT(g->inst, &di, NULL, &g->dbg) != VK_SUCCESS) g->dbg = VK_NULL_HANDLE;
    }
    env = getenv("VALKYR_DEVICE");
    r = vkr__vk_pick(g, desc && desc->device ? desc->device : env, desc && desc->no_cpu_devices && !(env && *env));
    if (r != VKR_OK) { vkr_gpu_free(g); return r; }
    g->vk.GetPhysicalDeviceProperties(g->pd, &g->props);
    g->vk.GetPhysicalDeviceMemoryProperties(g->pd, &g->memp);
    {
        VkDeviceQueueCreateInfo qi;
        VkDeviceCreateInfo ci;
        VkPhysicalDeviceCooperativeMatrixFeaturesNV cmf;
        VkPhysicalDeviceVulkan12Features f12;
        VkResult vr;
        memset(&qi, 0, sizeof qi);
        qi.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
        qi.queueFamilyIndex = g->qfam;
        qi.queueCount = 1;
        qi.pQueuePriorities = &prio;
        memset(&ci, 0, sizeof ci);
        ci.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
        ci.queueCreateInfoCount = 1;
        ci.pQueueCreateInfos = &qi;
        if ((g->cm = vkr__vk_cm_ok(g)) != false) {   /* the fast matmul: its extension and features */
            static const char *const ext = VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME;
            memset(&cmf, 0, sizeof cmf);
            cmf.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_NV;
            cmf.cooperativeMatrix = VK_TRUE;
            memset(&f12, 0, sizeof f12);
            f12.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES;
            f12.shaderFloat16 = VK_TRUE;
            f12.pNext = &cmf;
            ci.pNext = &f12;
            ci.enabledExtensionCount = 1;
            ci.ppEnabledExtensionNames = &ext;
        }
        vr = g->vk.CreateDevice(g->pd, &ci, NULL, &g->dev);
        if (vr != VK_SUCCESS) { g->dev = VK_NULL_HANDLE; vkr_gpu_free(g); return vkr__vk_fail(vr, "vkCreateDevice"); }
    }
    vkr__vk_load_device(&g->vk, g->dev);
    g->vk.GetDeviceQueue(g->dev, g->qfam, 0, &g->queue);
device_ready:
    /* one descriptor-set layout and one pipeline layout for every kernel */
    {
        VkDescriptorSetLayoutBinding b[VKR__VK_BINDINGS];
        VkDescriptorSetLayoutCreateInfo li;
        VkPushConstantRange pr;
        VkPipelineLayoutCreateInfo pi;
        VkCommandPoolCreateInfo cp;
        VkResult vr;
        for (k = 0; k < VKR__VK_BINDINGS; k++) {
            memset(&b[k], 0, sizeof b[k]);
            b[k].binding = (uint32_t)k;
            b[k].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
            b[k].descriptorCount = 1;
            b[k].stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
        }
        memset(&li, 0, sizeof li);
        li.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO;
        li.bindingCount = VKR__VK_BINDINGS;
        li.pBindings = b;
        vr = g->vk.CreateDescriptorSetLayout(g->dev, &li, NULL, &g->dsl);
        if (vr == VK_SUCCESS) {
            memset(&pr, 0, sizeof pr);
            pr.stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
            pr.size = VKR__VK_PUSH_BYTES;
            memset(&pi, 0, sizeof pi);
            pi.sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO;
            pi.setLayoutCount = 1;
            pi.pSetLayouts = &g->dsl;
            pi.pushConstantRangeCount = 1;
            pi.pPushConstantRanges = &pr;
            vr = g->vk.CreatePipelineLayout(g->dev, &pi, NULL, &g->layout);
        }
        if (vr == VK_SUCCESS && !g->pool) {
            memset(&cp, 0, sizeof cp);
            cp.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
            cp.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
            cp.queueFamilyIndex = g->qfam;
            vr = g->vk.CreateCommandPool(g->dev, &cp, NULL, &g->pool);
            g->own_pool = vr == VK_SUCCESS;
        }
        for (k = 0; k < VKR__K_COUNT && vr == VK_SUCCESS; k++) {
            VkShaderModuleCreateInfo si;
            int32_t j, found = -1;
            if (k == VKR__K_MATMUL_CM && !g->cm) continue;   /* its capabilities exist only where enabled */
            for (j = 0; j < VKR__SHADER_COUNT; j++) if (!strcmp(vkr__shader_blobs[j].name, vkr__kernel_names[k])) found = j;
            if (found < 0) { vkr_gpu_free(g); return vkr__fail(VKR_ERR_VULKAN, "valkyr_shaders.h lacks the %s kernel (run make shaders)", vkr__kernel_names[k]); }
            memset(&si, 0, sizeof si);
            si.sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO;
            si.codeSize = vkr__shader_blobs[found].n_words * 4;
            si.pCode = vkr__shader_blobs[found].words;
            vr = g->vk.CreateShaderModule(g->dev, &si, NULL, &g->mods[k]);
        }
        if (vr != VK_SUCCESS) { vkr_gpu_free(g); return vkr__vk_fail(vr, "creating the pipeline layout, command pool and shader modules"); }
    }
    r = vkr__vk_buffer(g, &g->blocks, &g->n_blocks, &g->cap_blocks, 256, false, &g->dummy);
    if (r != VKR_OK) { vkr_gpu_free(g); return r; }
    g->info.usable = true;
    g->info.fast_matmul = g->cm;
    env = getenv("VALKYR_MAX_BUFFER_RANGE");   /* a testing knob: pretend buffers are smaller (exercises tensor pieces) */
    if (env && *env && strtoull(env, NULL, 10) >= 4096 && strtoull(env, NULL, 10) < g->info.max_storage_buffer_range)
        g->info.max_storage_buffer_range = strtoull(env, NULL, 10);
    *out = g;
    return VKR_OK;
}

VALKYR_API const vkr_gpu_info *vkr_gpu_get_info(const vkr_gpu *g) { return g ? &g->info : NULL; }
VALKYR_API int64_t vkr_gpu_validation_messages(const vkr_gpu *g) { return g ? g->validation_msgs : 0; }

/* The pipeline of a kernel for weight type wt and bias type bt (spec
   constants 0 and 1), made on first use. */
VKR__FN vkr_result vkr__vk_pipe(vkr_gpu *g, int32_t kernel, uint32_t wt, uint32_t bt, VkPipeline *out) {
    VkSpecializationMapEntry me[2];
    VkSpecializationInfo spec;
    VkComputePipelineCreateInfo ci;
    uint32_t data[2];
    int32_t k;
    VkResult vr;
    for (k = 0; k < g->n_pipes; k++)
        if (g->pipes[k].kernel == kernel && g->pipes[k].wt == wt && g->pipes[k].bt == bt) { *out = g->pipes[k].p; return VKR_OK; }
    if (g->n_pipes == VKR__VK_MAX_PIPES) return vkr__fail(VKR_ERR_LIMIT, "too many pipeline variants");
    data[0] = wt; data[1] = bt;
    me[0].constantID = 0; me[0].offset = 0; me[0].size = 4;
    me[1].constantID = 1; me[1].offset = 4; me[1].size = 4;
    spec.mapEntryCount = 2; spec.pMapEntries = me; spec.dataSize = sizeof data; spec.pData = data;
    memset(&ci, 0, sizeof ci);
    ci.sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO;
    ci.stage.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO;
    ci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
    ci.stage.module = g->mods[kernel];
    ci.stage.pName = "main";
    ci.stage.pSpecializationInfo = &spec;
    ci.layout = g->layout;
    vr = g->vk.CreateComputePipelines(g->dev, VK_NULL_HANDLE, 1, &ci, NULL, out);
    if (vr != VK_SUCCESS) return vkr__vk_fail(vr, "vkCreateComputePipelines");
    g->pipes[g->n_pipes].kernel = kernel;
    g->pipes[g->n_pipes].wt = wt;
    g->pipes[g->n_pipes].bt = bt;
    g->pipes[g->n_pipes++].p = *out;
    return VKR_OK;
}

VKR__FN uint32_t vkr__vk_wtype(vkr_dtype t) { return t == VKR_DTYPE_BF16 ? 1u : t == VKR_DTYPE_F16 ? 2u : 0u; }

/* Submits a recorded command buffer and waits for it (fence, no idle waits). */
VKR__FN vkr_result vkr__vk_submit(vkr_gpu *g, VkCommandBuffer cb, VkFence fence) {
    VkSubmitInfo si;
    VkResult vr;
    memset(&si, 0, sizeof si);
    si.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO;
    si.commandBufferCount = 1;
    si.pCommandBuffers = &cb;
    VKR__VK_TRY(g->vk.ResetFences(g->dev, 1, &fence), "vkResetFences");
    VKR__VK_TRY(g->vk.QueueSubmit(g->queue, 1, &si, fence), "vkQueueSubmit");
    vr = g->vk.WaitForFences(g->dev, 1, &fence, VK_TRUE, 600ull * 1000000000ull);
    if (vr == VK_TIMEOUT) return vkr__fail(VKR_ERR_DEVICE_LOST, "Vulkan: the GPU did not finish within 10 minutes");
    if (vr != VK_SUCCESS) return vkr__vk_fail(vr, "vkWaitForFences");
    return VKR_OK;
}

VKR__FN void vkr__vk_barrier(vkr_gpu *g, VkCommandBuffer cb) {
    VkMemoryBarrier mb;
    memset(&mb, 0, sizeof mb);
    mb.sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER;
    mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
    mb.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_HOST_READ_BIT;
    g->vk.CmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                             VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_HOST_BIT, 0, 1, &mb, 0, NULL, 0, NULL);
}

/* ---- one dispatch ------------------------------------------------------- */

/* A dispatch: a kernel, its buffers (NULL handle → the dummy), push
   constants and grid. */
typedef struct vkr__vkop {
    int32_t kernel;
    uint32_t wt, bt;
    VkBuffer buf[VKR__VK_BINDINGS];
    uint32_t push[VKR__VK_PUSH_BYTES / 4];   /* the kind's vkr__p_* struct, zeros after it */
    uint32_t gx, gy, gz;
} vkr__vkop;

/* A dispatch of `kernel` with the parameter struct P as its push constants. */
#define VKR__VKOP_INIT(d, k, P) (memset(&(d), 0, sizeof(d)), (d).kernel = (k), memcpy((d).push, &(P), sizeof(P)))

VKR__FN void vkr__vk_write_set(vkr_gpu *g, VkDescriptorSet set, const vkr__vkop *op) {
    VkDescriptorBufferInfo bi[VKR__VK_BINDINGS];
    VkWriteDescriptorSet w[VKR__VK_BINDINGS];
    int32_t k;
    for (k = 0; k < VKR__VK_BINDINGS; k++) {
        bi[k].buffer = op->buf[k] ? op->buf[k] : g->dummy.b;
        bi[k].offset = 0;
        bi[k].range = VK_WHOLE_SIZE;
        memset(&w[k], 0, sizeof w[k]);
        w[k].sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET;
        w[k].dstSet = set;
        w[k].dstBinding = (uint32_t)k;
        w[k].descriptorCount = 1;
        w[k].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        w[k].pBufferInfo = &bi[k];
    }
    g->vk.UpdateDescriptorSets(g->dev, VKR__VK_BINDINGS, w, 0, NULL);
}

VKR__FN vkr_result vkr__vk_record(vkr_gpu *g, VkCommandBuffer cb, VkDescriptorSet set, const vkr__vkop *op) {
    VkPipeline p;
    vkr_result r = vkr__vk_pipe(g, op->kernel, op->wt, op->bt, &p);
    if (r != VKR_OK) return r;
    g->vk.CmdBindPipeline(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p);
    g->vk.CmdBindDescriptorSets(cb, VK_PIPELINE_BIND_POINT_COMPUTE, g->layout, 0, 1, &set, 0, NULL);
    /* the whole block, zeros past the op's own values: push constants outlive a
       dispatch, and a kernel must never see the previous one's extra fields */
    g->vk.CmdPushConstants(cb, g->layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, VKR__VK_PUSH_BYTES, op->push);
    g->vk.CmdDispatch(cb, op->gx, op->gy ? op->gy : 1, op->gz ? op->gz : 1);
    return VKR_OK;
}

/* ---- sessions on the GPU ----------------------------------------------------- */

#define VKR__VK_MAX_PIECES 16
/* A weight on the GPU: its rows split into pieces that each fit one buffer binding. */
typedef struct vkr__vkw {
    vkr__vkbuf piece[VKR__VK_MAX_PIECES];
    int32_t n_pieces;
    int64_t rows, cols, rows_per;
    uint32_t wt;
} vkr__vkw;

#define VKR__VK_PLANS 4
typedef struct vkr__vkplan { int64_t nb; bool all; VkCommandBuffer cb; int64_t dispatches; } vkr__vkplan;

struct vkr__vksess {
    vkr_gpu *g;
    bool owns_gpu;
    const vkr_model *m;
    vkr__vkblock *blocks;
    int32_t n_blocks, cap_blocks;
    /* the weights the walk reads, found by their vkr_tensor (open addressing on the pointer) */
    const vkr_tensor **wkey;
    vkr__vkw *w;
    int64_t cap_w;
    vkr__vkbuf *kc, *vc;          /* [n_layers] key cache [kv_dim][n_ctx], value cache [n_ctx][kv_dim] */
    int64_t n_layers, nb_max, logit_rows, n_ctx;
    bool fast_mm;                 /* prefill on the cooperative-matrix kernel (fp16 inputs): VKR_PRECISION_FAST */
    bool batch_invariant;         /* VKR_PRECISION_F32: every batch size on the same kernels (matvec, one
                                     attention split), so a row's logits never depend on its batch */
    vkr__vkbuf slot[VKR__S_COUNT];   /* activations by slot (not KV: kc / vc) */
    vkr__vkbuf cos_g, sin_g, cos_l, sin_l, state;
    vkr__vkbuf part;              /* attention's per-split partial results */
    int64_t max_splits;
    vkr__op *ops;                 /* the op list being recorded [vkr__walk_max] */
    VkDescriptorPool dpool;
    VkDescriptorSet *sets;
    int64_t n_sets, cap_sets, set_cursor;
    vkr__vkplan plans[VKR__VK_PLANS];
    int32_t plan_next;
    VkFence fence;
    VkQueryPool qpool;            /* timestamps: [0] start, [1] end, [2 + i] after dispatch i when profiling */
    bool profile;                 /* $VALKYR_PROFILE: time every dispatch of single-token forwards */
    int32_t *op_kernel;           /* [VKR__VK_PLANS + 1][cap_sets] the kernel of each dispatch of each plan
                                     (the last row: recordings into the host's command buffers) */
    int32_t recording;            /* the plan slot being recorded */
    double prof_ms[VKR__K_COUNT];
    int64_t prof_calls;
    int64_t last_dispatches;
    double last_gpu_s;
    int64_t pending;              /* tokens of a forward recorded into the host's command buffer, not yet done */
    struct vkr__oplog *log;       /* tests: the ops this executor received */
};

/* The GPU copy of weight t (NULL for a NULL t or one never uploaded). */
VKR__FN vkr__vkw *vkr__vk_w(const vkr__vksess *v, const vkr_tensor *t) {
    uint64_t h;
    int64_t i;
    if (!t || !v->cap_w) return NULL;
    h = (uint64_t)(uintptr_t)t * 0x9E3779B97F4A7C15ull;
    for (i = (int64_t)(h >> 40) & (v->cap_w - 1);; i = (i + 1) & (v->cap_w - 1)) {
        if (v->wkey[i] == t) return &v->w[i];
        if (!v->wkey[i]) return NULL;
    }
}
/* The slot for t: its entry, or a free one (claimed). */
VKR__FN vkr__vkw *vkr__vk_w_slot(vkr__vksess *v, const vkr_tensor *t, bool *fresh) {
    uint64_t h = (uint64_t)(uintptr_t)t * 0x9E3779B97F4A7C15ull;
    int64_t i;
    for (i = (int64_t)(h >> 40) & (v->cap_w - 1);; i = (i + 1) & (v->cap_w - 1)) {
        if (v->wkey[i] == t) { *fresh = false; return &v->w[i]; }
        if (!v->wkey[i]) { v->wkey[i] = t; *fresh = true; return &v->w[i]; }
    }
}

VKR__FN void vkr__vk_sess_free(vkr__vksess *v) {
    vkr_gpu *g;
    int64_t k;
    if (!v) return;
    g = v->g;
    if (g) {
        VkBuffer *all[] = {&v->part.b, &v->cos_g.b, &v->sin_g.b, &v->cos_l.b, &v->sin_l.b, &v->state.b};
        size_t i;
        int32_t p;
        if (v->cos_l.b == v->cos_g.b) v->cos_l.b = VK_NULL_HANDLE;   /* a bare executor's one table */
        if (v->sin_l.b == v->sin_g.b) v->sin_l.b = VK_NULL_HANDLE;
        for (k = 0; k < VKR__VK_PLANS; k++) if (v->plans[k].cb) g->vk.FreeCommandBuffers(g->dev, g->pool, 1, &v->plans[k].cb);
        if (v->dpool) g->vk.DestroyDescriptorPool(g->dev, v->dpool, NULL);
        if (v->fence) g->vk.DestroyFence(g->dev, v->fence, NULL);
        if (v->qpool) g->vk.DestroyQueryPool(g->dev, v->qpool, NULL);
        for (i = 0; i < sizeof all / sizeof all[0]; i++) if (*all[i]) g->vk.DestroyBuffer(g->dev, *all[i], NULL);
        for (k = 0; k < VKR__S_COUNT; k++) if (v->slot[k].b) g->vk.DestroyBuffer(g->dev, v->slot[k].b, NULL);
        for (k = 0; k < v->cap_w; k++)
            if (v->wkey[k]) for (p = 0; p < v->w[k].n_pieces; p++) if (v->w[k].piece[p].b) g->vk.DestroyBuffer(g->dev, v->w[k].piece[p].b, NULL);
        for (k = 0; k < v->n_layers; k++) {
            if (v->kc && v->kc[k].b) g->vk.DestroyBuffer(g->dev, v->kc[k].b, NULL);
            if (v->vc && v->vc[k].b) g->vk.DestroyBuffer(g->dev, v->vc[k].b, NULL);
        }
        vkr__vk_free_blocks(g, v->blocks, v->n_blocks, v->cap_blocks);
        vkr__free(&g->a, v->wkey, (size_t)v->cap_w * sizeof *v->wkey);
        vkr__free(&g->a, v->w, (size_t)v->cap_w * sizeof *v->w);
        vkr__free(&g->a, v->kc, (size_t)v->n_layers * sizeof *v->kc);
        vkr__free(&g->a, v->vc, (size_t)v->n_layers * sizeof *v->vc);
        if (v->m) vkr__free(&g->a, v->ops, (size_t)vkr__walk_max(&v->m->config) * sizeof *v->ops);
        vkr__free(&g->a, v->sets, (size_t)v->cap_sets * sizeof *v->sets);
        vkr__free(&g->a, v->op_kernel, (size_t)(VKR__VK_PLANS + 1) * (size_t)v->cap_sets * sizeof *v->op_kernel);
        if (v->owns_gpu) { vkr_allocator a = g->a; vkr_gpu_free(g); vkr__free(&a, v, sizeof *v); return; }
        vkr__free(&g->a, v, sizeof *v);
    }
}

/* Staging for uploads: a host-visible buffer, filled and copied in turns. */
typedef struct vkr__vkstage {
    vkr__vkbuf buf;
    vkr__vkblock *blocks;   /* its own memory, freed after the upload */
    int32_t n_blocks, cap_blocks;
    VkDeviceSize used;
    VkCommandBuffer cb;
    bool open;
    VkFence fence;
} vkr__vkstage;

VKR__FN vkr_result vkr__vk_stage_flush(vkr_gpu *g, vkr__vkstage *st) {
    vkr_result r;
    if (!st->open) return VKR_OK;
    st->open = false;
    st->used = 0;
    VKR__VK_TRY(g->vk.EndCommandBuffer(st->cb), "vkEndCommandBuffer");
    r = vkr__vk_submit(g, st->cb, st->fence);
    return r;
}

/* Copies n bytes from host memory into dst at offset, through the stage. */
VKR__FN vkr_result vkr__vk_upload(vkr_gpu *g, vkr__vkstage *st, VkBuffer dst, VkDeviceSize off, const void *src, VkDeviceSize n) {
    while (n) {
        VkDeviceSize room, chunk;
        VkBufferCopy c;
        if (st->used == st->buf.size) { vkr_result r = vkr__vk_stage_flush(g, st); if (r != VKR_OK) return r; }
        if (!st->open) {
            VkCommandBufferBeginInfo bi;
            memset(&bi, 0, sizeof bi);
            bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
            bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
            VKR__VK_TRY(g->vk.BeginCommandBuffer(st->cb, &bi), "vkBeginCommandBuffer");
            st->open = true;
        }
        room = st->buf.size - st->used;
        chunk = n < room ? n : room;
        memcpy((char *)st->buf.map + st->used, src, (size_t)chunk);
        c.srcOffset = st->used;
        c.dstOffset = off;
        c.size = chunk;
        g->vk.CmdCopyBuffer(st->cb, st->buf.b, dst, 1, &c);
        st->used += (chunk + 3) & ~(VkDeviceSize)3;
        if (st->used > st->buf.size) st->used = st->buf.size;
        src = (const char *)src + chunk;
        off += chunk;
        n -= chunk;
    }
    return VKR_OK;
}

/* Uploads a weight (rows × cols, rows split into pieces that fit one
   binding); a NULL tensor leaves w empty. */
VKR__FN vkr_result vkr__vk_weight(vkr__vksess *v, vkr__vkstage *st, const vkr_tensor *t, vkr__vkw *w) {
    vkr_gpu *g = v->g;
    int64_t esz, row_bytes, p, r0;
    uint64_t range = g->info.max_storage_buffer_range;
    memset(w, 0, sizeof *w);
    if (!t) return VKR_OK;
    esz = t->dtype == VKR_DTYPE_F32 ? 4 : 2;
    if (t->dtype != VKR_DTYPE_F32 && t->dtype != VKR_DTYPE_BF16 && t->dtype != VKR_DTYPE_F16)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: the Vulkan backend reads F32, BF16 and F16 weights", t->name);
    w->cols = t->n_dims >= 2 ? t->shape[t->n_dims - 1] : t->n_elems;
    w->rows = w->cols ? t->n_elems / w->cols : 0;
    w->wt = vkr__vk_wtype(t->dtype);
    row_bytes = w->cols * esz;
    w->rows_per = row_bytes ? (int64_t)(range / (uint64_t)row_bytes) : w->rows;
    if (w->rows_per > 1 && (w->rows_per * w->cols) % 2) w->rows_per--;   /* pieces start on a 4-byte boundary */
    if (w->rows_per < 1) return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: one row (%lld bytes) exceeds maxStorageBufferRange", t->name, (long long)row_bytes);
    if (w->rows_per > w->rows) w->rows_per = w->rows;
    for (p = 0, r0 = 0; r0 < w->rows || p == 0; p++, r0 += w->rows_per) {
        int64_t n = VKR__MIN(w->rows_per, w->rows - r0);
        vkr_result r;
        if (p == VKR__VK_MAX_PIECES) return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: larger than %d × maxStorageBufferRange", t->name, VKR__VK_MAX_PIECES);
        r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, (VkDeviceSize)(n * row_bytes), false, &w->piece[p]);
        if (r == VKR_OK) r = vkr__vk_upload(g, st, w->piece[p].b, 0, (const char *)t->data + r0 * row_bytes, (VkDeviceSize)(n * row_bytes));
        if (r != VKR_OK) return r;
        w->n_pieces = (int32_t)p + 1;
        if (!w->rows) break;
    }
    return VKR_OK;
}

/* Uploads through st the tensors ts[0, n) (NULL ones skipped) not on the GPU yet. */
VKR__FN vkr_result vkr__vk_weights(vkr__vksess *v, vkr__vkstage *st, const vkr_tensor *const *ts, int64_t n) {
    vkr_result r = VKR_OK;
    int64_t i;
    for (i = 0; i < n && r == VKR_OK; i++) {
        bool fresh;
        vkr__vkw *w;
        if (!ts[i]) continue;
        w = vkr__vk_w_slot(v, ts[i], &fresh);
        if (fresh) r = vkr__vk_weight(v, st, ts[i], w);
    }
    return r;
}

/* The next descriptor set of the op sequence: made and written on the first
   recording, reused after (every plan walks the same ops over the same buffers). */
VKR__FN vkr_result vkr__vk_emit(vkr__vksess *v, VkCommandBuffer cb, const vkr__vkop *op, bool barrier_before, int64_t *count) {
    vkr_gpu *g = v->g;
    VkDescriptorSet set;
    if (v->set_cursor == v->n_sets) {
        VkDescriptorSetAllocateInfo ai;
        VkResult vr;
        if (v->n_sets == v->cap_sets) return vkr__fail(VKR_ERR_LIMIT, "Vulkan: more dispatches than descriptor sets");
        memset(&ai, 0, sizeof ai);
        ai.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO;
        ai.descriptorPool = v->dpool;
        ai.descriptorSetCount = 1;
        ai.pSetLayouts = &g->dsl;
        vr = g->vk.AllocateDescriptorSets(g->dev, &ai, &v->sets[v->n_sets]);
        if (vr != VK_SUCCESS) return vkr__vk_fail(vr, "vkAllocateDescriptorSets");
        vkr__vk_write_set(g, v->sets[v->n_sets], op);
        v->n_sets++;
    }
    set = v->sets[v->set_cursor++];
    if (barrier_before) vkr__vk_barrier(g, cb);
    (*count)++;
    {
        vkr_result r = vkr__vk_record(g, cb, set, op);
        if (v->profile) {
            v->op_kernel[v->recording * v->cap_sets + v->set_cursor - 1] = op->kernel;
            g->vk.CmdWriteTimestamp(cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, v->qpool, (uint32_t)(2 + v->set_cursor - 1));
        }
        return r;
    }
}

/* ---- the Vulkan executor: each op recorded as its kernel's dispatches ---- */

/* linear: y[t][row] (+)= W x[t] over every piece of W — matvec.comp for a
   few tokens, the tiled matmul.comp (or matmul_cm.comp) for more. */
VKR__FN vkr_result vkr__vk_linear(vkr__vksess *v, VkCommandBuffer cb, const vkr__op *op, bool barrier, int64_t *count) {
    const vkr__vkw *w = vkr__vk_w(v, op->w), *bias = vkr__vk_w(v, op->b);
    int64_t ntok = op->p.linear.ntok;
    int32_t p;
    for (p = 0; p < w->n_pieces; p++) {
        vkr__p_linear P = op->p.linear;
        vkr__vkop d;
        int64_t rows = VKR__MIN(w->rows_per, w->rows - (int64_t)p * w->rows_per);
        int32_t k = ntok <= 8 || v->batch_invariant ? VKR__K_MATVEC
                  : v->fast_mm && w->cols % 32 == 0 && P.x_off % 4 == 0 && P.x_stride % 4 == 0 ? VKR__K_MATMUL_CM : VKR__K_MATMUL;
        vkr_result r;
        P.rows = (uint32_t)rows;
        P.row0 = (uint32_t)(p * w->rows_per);
        VKR__VKOP_INIT(d, k, P);
        d.wt = w->wt;
        d.bt = bias ? bias->wt : 0;
        d.buf[0] = w->piece[p].b;
        d.buf[1] = v->slot[op->in].b;
        d.buf[2] = v->slot[op->out].b;
        d.buf[3] = bias ? bias->piece[0].b : VK_NULL_HANDLE;
        if (k == VKR__K_MATVEC) {   /* 4 rows per workgroup */
            int64_t groups = (rows + 3) / 4;
            d.gx = (uint32_t)VKR__MIN(groups, (int64_t)65535);
            d.gy = (uint32_t)((groups + d.gx - 1) / d.gx);
        } else {   /* tiles of 64 tokens × 64 rows (matmul) or × 128 rows (matmul_cm) */
            d.gx = (uint32_t)((rows + (k == VKR__K_MATMUL_CM ? 127 : 63)) / (k == VKR__K_MATMUL_CM ? 128 : 64));
            d.gy = (uint32_t)((ntok + 63) / 64);
        }
        r = vkr__vk_emit(v, cb, &d, barrier && p == 0, count);
        if (r != VKR_OK) return r;
    }
    return VKR_OK;
}

/* One op as dispatches; `barrier` when it touches what an earlier op wrote
   since the last barrier. */
VKR__FN vkr_result vkr__vk_op(vkr__vksess *v, VkCommandBuffer cb, const vkr__op *op, bool barrier, int64_t *count) {
    vkr__vkop d;
    vkr_result r;
    int32_t p;
    switch (op->kind) {
    case VKR__OP_EMBED: {   /* one dispatch per piece of E; each writes the rows whose id falls in it */
        const vkr__vkw *w = vkr__vk_w(v, op->w);
        for (p = 0; p < w->n_pieces; p++) {
            vkr__p_embed P = op->p.embed;
            P.row0 = (uint32_t)(p * w->rows_per);
            P.rows = (uint32_t)VKR__MIN(w->rows_per, w->rows - p * w->rows_per);
            VKR__VKOP_INIT(d, VKR__K_EMBED, P);
            d.wt = w->wt;
            d.buf[0] = w->piece[p].b; d.buf[2] = v->slot[op->out].b; d.buf[7] = v->state.b;
            d.gx = (uint32_t)VKR__MIN((int64_t)(P.d + 255) / 256, (int64_t)64); d.gy = (uint32_t)op->rows;
            if ((r = vkr__vk_emit(v, cb, &d, barrier && p == 0, count)) != VKR_OK) return r;
        }
        return VKR_OK;
    }
    case VKR__OP_RMSNORM: {
        const vkr__vkw *w = vkr__vk_w(v, op->w);
        VKR__VKOP_INIT(d, VKR__K_RMSNORM, op->p.norm);
        d.wt = w->wt;
        d.buf[0] = w->piece[0].b; d.buf[1] = v->slot[op->in].b; d.buf[2] = v->slot[op->out].b;
        d.gx = (uint32_t)op->rows;
        return vkr__vk_emit(v, cb, &d, barrier, count);
    }
    case VKR__OP_LINEAR: return vkr__vk_linear(v, cb, op, barrier, count);
    case VKR__OP_ROPE_KV: {
        const vkr__vkw *qn = vkr__vk_w(v, op->w), *kn = vkr__vk_w(v, op->w2);
        VKR__VKOP_INIT(d, VKR__K_ROPE_KV, op->p.rope);
        d.wt = qn ? qn->wt : 0;
        d.buf[0] = qn ? qn->piece[0].b : VK_NULL_HANDLE; d.buf[1] = kn ? kn->piece[0].b : VK_NULL_HANDLE;
        d.buf[2] = v->slot[VKR__S_Q].b; d.buf[3] = v->slot[VKR__S_K].b; d.buf[4] = v->slot[VKR__S_V].b;
        d.buf[5] = v->kc[op->layer].b; d.buf[6] = v->vc[op->layer].b; d.buf[7] = v->state.b;
        d.buf[8] = op->local ? v->cos_l.b : v->cos_g.b; d.buf[9] = op->local ? v->sin_l.b : v->sin_g.b;
        d.gx = op->p.rope.nh + op->p.rope.nkv; d.gy = (uint32_t)op->rows;
        return vkr__vk_emit(v, cb, &d, barrier, count);
    }
    case VKR__OP_ATTENTION: {   /* split over the positions when there are few (row, head) pairs, then the merge */
        vkr__p_attn P = op->p.attn;
        vkr__p_attn_reduce R;
        int64_t pairs = op->rows * P.nh;
        P.splits = (uint32_t)(pairs >= 256 || v->batch_invariant ? 1 : VKR__MAX((int64_t)1, VKR__MIN(v->max_splits, 512 / pairs)));
        VKR__VKOP_INIT(d, VKR__K_ATTENTION, P);
        d.buf[2] = v->slot[VKR__S_Q].b; d.buf[3] = v->part.b; d.buf[5] = v->kc[op->layer].b; d.buf[6] = v->vc[op->layer].b; d.buf[7] = v->state.b;
        d.gx = P.nh; d.gy = (uint32_t)op->rows; d.gz = P.splits;
        if ((r = vkr__vk_emit(v, cb, &d, barrier, count)) != VKR_OK) return r;
        R.nh = P.nh; R.hd = P.hd; R.splits = P.splits;
        VKR__VKOP_INIT(d, VKR__K_ATTENTION_REDUCE, R);
        d.buf[2] = v->part.b; d.buf[3] = v->slot[op->out].b;
        d.gx = P.nh; d.gy = (uint32_t)op->rows;
        return vkr__vk_emit(v, cb, &d, true, count);
    }
    case VKR__OP_GLU: {
        int64_t groups = ((int64_t)op->p.glu.n + 255) / 256;
        VKR__VKOP_INIT(d, VKR__K_GLU, op->p.glu);
        d.buf[1] = v->slot[op->in].b; d.buf[2] = v->slot[op->out].b;
        d.gx = (uint32_t)VKR__MIN(groups, (int64_t)65535); d.gy = (uint32_t)((groups + d.gx - 1) / d.gx);
        return vkr__vk_emit(v, cb, &d, barrier, count);
    }
    default: return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "op %d has no Vulkan kernel", (int)op->kind);
    }
}

/* The Vulkan executor: records ops[0, n) into cb, with a barrier before an
   op only when it reads or writes a slot written since the last barrier, or
   writes one read since then. The descriptor sets made by the first
   recording serve every later one: every op list of a session walks the
   same buffers in the same order (only push constants and grids differ). */
VKR__FN vkr_result vkr__vk_run(vkr__vksess *v, VkCommandBuffer cb, const vkr__op *ops, int64_t n, int64_t *count) {
    vkr_gpu *g = v->g;
    uint32_t written = ~0u, read = 0;   /* before the first op: whatever the host did */
    int64_t i;
    v->set_cursor = 0;
    *count = 0;
    if (v->qpool) {
        g->vk.CmdResetQueryPool(cb, v->qpool, 0, v->profile ? (uint32_t)(2 + v->cap_sets) : 2);
        g->vk.CmdWriteTimestamp(cb, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, v->qpool, 0);
    }
    for (i = 0; i < n; i++) {
        uint32_t rd, wr;
        bool barrier;
        vkr_result r;
        vkr__op_access(&ops[i], &rd, &wr);
        barrier = (rd & written) || (wr & written) || (wr & read);
        if (barrier) written = read = 0;
        if (v->log) vkr__oplog_add(v->log, &ops[i]);
        if ((r = vkr__vk_op(v, cb, &ops[i], barrier, count)) != VKR_OK) return r;
        written |= wr;
        read |= rd;
    }
    vkr__vk_barrier(g, cb);
    if (v->qpool) g->vk.CmdWriteTimestamp(cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, v->qpool, 1);
    return VKR_OK;
}

/* Records the forward pass of nb rows (logits of all, or of the last) into cb. */
VKR__FN vkr_result vkr__vk_build(vkr__vksess *v, VkCommandBuffer cb, int64_t nb, bool all, int64_t *count) {
    int64_t n = vkr__walk(v->m, nb, all, v->n_ctx, v->ops);
    return vkr__vk_run(v, cb, v->ops, n, count);
}

/* The command buffer of the forward pass for (nb, all): a cached one, or
   recorded now into the least recently made of the VKR__VK_PLANS slots. */
VKR__FN vkr_result vkr__vk_plan(vkr__vksess *v, int64_t nb, bool all, vkr__vkplan **out) {
    vkr_gpu *g = v->g;
    vkr__vkplan *plan;
    VkCommandBufferBeginInfo bi;
    vkr_result r;
    int32_t i;
    for (i = 0; i < VKR__VK_PLANS; i++)
        if (v->plans[i].cb && v->plans[i].nb == nb && v->plans[i].all == all) { if (out) *out = &v->plans[i]; return VKR_OK; }
    plan = &v->plans[v->plan_next];
    v->plan_next = (v->plan_next + 1) % VKR__VK_PLANS;
    if (!plan->cb) {
        VkCommandBufferAllocateInfo ai;
        memset(&ai, 0, sizeof ai);
        ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
        ai.commandPool = g->pool;
        ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
        ai.commandBufferCount = 1;
        VKR__VK_TRY(g->vk.AllocateCommandBuffers(g->dev, &ai, &plan->cb), "vkAllocateCommandBuffers");
    }
    plan->nb = -1;
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
    VKR__VK_TRY(g->vk.BeginCommandBuffer(plan->cb, &bi), "vkBeginCommandBuffer");
    v->recording = (int32_t)(plan - v->plans);
    r = vkr__vk_build(v, plan->cb, nb, all, &plan->dispatches);
    if (g->vk.EndCommandBuffer(plan->cb) != VK_SUCCESS && r == VKR_OK) r = vkr__fail(VKR_ERR_VULKAN, "Vulkan: vkEndCommandBuffer failed");
    if (r != VKR_OK) return r;
    plan->nb = nb;
    plan->all = all;
    if (out) *out = plan;
    return VKR_OK;
}

/* Opens the GPU side of a session: device (borrowed or own), weights,
   KV cache, scratch, RoPE tables. */
VKR__FN vkr_result vkr__vk_sess_new(const vkr_model *m, vkr_gpu *gpu, bool no_cpu, bool fast, int64_t n_ctx, int64_t nb, const float *cos_g,
                                    const float *sin_g, const float *cos_l, const float *sin_l, vkr__vksess **out) {
    const vkr_config *c = &m->config;
    int64_t d = c->hidden_size, hd = c->head_dim, qd = c->n_heads * hd, kvd = c->n_kv_heads * hd, ff = c->intermediate_size, V = c->vocab_size, l;
    int64_t half_g = c->rope.rotary_dim / 2, half_l = c->rope_local.rotary_dim / 2;
    vkr__vksess *v;
    vkr__vkstage st;
    vkr_result r = VKR_OK;
    vkr_gpu *g = gpu;
    bool own = false;
    *out = NULL;
    if (hd > 512 || c->rope.rotary_dim > hd || c->rope_local.rotary_dim > hd)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: head_dim %lld: the Vulkan kernels handle up to 512", m->dir, (long long)hd);
    if (c->n_heads % c->n_kv_heads) return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: heads not a multiple of kv heads", m->dir);
    if (!g) {
        vkr_gpu_desc gd;
        memset(&gd, 0, sizeof gd);
        gd.hooks = m->hooks;
        gd.no_cpu_devices = no_cpu;
        r = vkr_gpu_new(&gd, &g);
        if (r != VKR_OK) return r;
        own = true;
    }
    v = (vkr__vksess *)vkr__calloc(&g->a, 1, sizeof *v);
    if (!v) { if (own) vkr_gpu_free(g); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "out of memory"); }
    v->g = g;
    v->owns_gpu = own;
    v->m = m;
    v->n_layers = c->n_layers;
    v->nb_max = nb;
    v->n_ctx = n_ctx;
    v->fast_mm = fast && g->cm;
    v->batch_invariant = !fast;
    /* logits rows: the whole batch when it fits one binding, else fewer (the session then splits all-logits batches) */
    v->logit_rows = VKR__MAX((int64_t)1, VKR__MIN(nb, (int64_t)(g->info.max_storage_buffer_range / (uint64_t)(V * 4))));
    v->kc = (vkr__vkbuf *)vkr__calloc(&g->a, (size_t)c->n_layers, sizeof *v->kc);
    v->vc = (vkr__vkbuf *)vkr__calloc(&g->a, (size_t)c->n_layers, sizeof *v->vc);
    v->ops = (vkr__op *)vkr__calloc(&g->a, (size_t)vkr__walk_max(c), sizeof *v->ops);
    for (v->cap_w = 64; v->cap_w < 2 * (4 + c->n_layers * 24); v->cap_w *= 2) {}
    v->wkey = (const vkr_tensor **)vkr__calloc(&g->a, (size_t)v->cap_w, sizeof *v->wkey);
    v->w = (vkr__vkw *)vkr__calloc(&g->a, (size_t)v->cap_w, sizeof *v->w);
    v->cap_sets = 16 + c->n_layers * 16 * 4;
    v->sets = (VkDescriptorSet *)vkr__calloc(&g->a, (size_t)v->cap_sets, sizeof *v->sets);
    if (!v->kc || !v->vc || !v->ops || !v->wkey || !v->w || !v->sets) {
        if (!v->wkey || !v->w) v->cap_w = 0;
        vkr__vk_sess_free(v);
        return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "out of memory");
    }
    {
        VkDescriptorPoolSize ps;
        VkDescriptorPoolCreateInfo pi;
        VkFenceCreateInfo fi;
        VkCommandBufferAllocateInfo ai;
        VkResult vr;
        ps.type = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        ps.descriptorCount = (uint32_t)(v->cap_sets * VKR__VK_BINDINGS);
        memset(&pi, 0, sizeof pi);
        pi.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO;
        pi.maxSets = (uint32_t)v->cap_sets;
        pi.poolSizeCount = 1;
        pi.pPoolSizes = &ps;
        vr = g->vk.CreateDescriptorPool(g->dev, &pi, NULL, &v->dpool);
        if (vr == VK_SUCCESS) {
            memset(&fi, 0, sizeof fi);
            fi.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
            vr = g->vk.CreateFence(g->dev, &fi, NULL, &v->fence);
        }
        if (vr == VK_SUCCESS && g->info.timestamps) {
            VkQueryPoolCreateInfo qi;
            memset(&qi, 0, sizeof qi);
            qi.sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO;
            qi.queryType = VK_QUERY_TYPE_TIMESTAMP;
            v->profile = getenv("VALKYR_PROFILE") && strcmp(getenv("VALKYR_PROFILE"), "0") != 0;
            v->op_kernel = (int32_t *)vkr__calloc(&g->a, (size_t)(VKR__VK_PLANS + 1) * (size_t)v->cap_sets, sizeof *v->op_kernel);
            if (!v->op_kernel) v->profile = false;
            qi.queryCount = v->profile ? (uint32_t)(2 + v->cap_sets) : 2;
            if (g->vk.CreateQueryPool(g->dev, &qi, NULL, &v->qpool) != VK_SUCCESS) v->qpool = VK_NULL_HANDLE, v->profile = false;
        }
        memset(&st, 0, sizeof st);
        if (vr == VK_SUCCESS) {
            memset(&ai, 0, sizeof ai);
            ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
            ai.commandPool = g->pool;
            ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
            ai.commandBufferCount = 1;
            vr = g->vk.AllocateCommandBuffers(g->dev, &ai, &st.cb);
        }
        if (vr != VK_SUCCESS) { vkr__vk_sess_free(v); return vkr__vk_fail(vr, "creating the session's Vulkan objects"); }
        st.fence = v->fence;
    }
    /* activations, state, logits; then the staging buffer and the weights */
#define VKR__VK_BUF(b, bytes, host) VKR__VK_BUF_NAMED(b, #b, bytes, host)
#define VKR__VK_BUF_NAMED(b, label, bytes, host) \
    if (r == VKR_OK && (uint64_t)(bytes) > g->info.max_storage_buffer_range) \
        r = vkr__fail(VKR_ERR_LIMIT, "Vulkan: the %s buffer (%.1f MiB for a batch of %lld) exceeds maxStorageBufferRange (%.1f MiB) on %s; use a smaller n_batch", \
                      &(label)[3], (double)(bytes) / 1048576.0, (long long)nb, (double)g->info.max_storage_buffer_range / 1048576.0, g->info.name); \
    if (r == VKR_OK) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, (VkDeviceSize)(bytes), host, &(b))
    VKR__VK_BUF_NAMED(v->slot[VKR__S_X], "v->x", nb * d * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_XN], "v->xn", nb * d * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_Q], "v->q", nb * qd * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_K], "v->k", nb * kvd * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_V], "v->v", nb * kvd * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_ATT], "v->att", nb * qd * 4, false);
    v->max_splits = VKR__MAX((int64_t)1, VKR__MIN((int64_t)32, (n_ctx + 127) / 128));
    VKR__VK_BUF(v->part, VKR__MAX(nb * c->n_heads, (int64_t)512) * (hd + 2) * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_FFN_G], "v->ffn_g", nb * ff * 4, false);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_FFN_U], "v->ffn_u", nb * ff * 4, false);
    VKR__VK_BUF(v->cos_g, n_ctx * VKR__MAX(half_g, (int64_t)1) * 4, false);
    VKR__VK_BUF(v->sin_g, n_ctx * VKR__MAX(half_g, (int64_t)1) * 4, false);
    VKR__VK_BUF(v->cos_l, n_ctx * VKR__MAX(half_l, (int64_t)1) * 4, false);
    VKR__VK_BUF(v->sin_l, n_ctx * VKR__MAX(half_l, (int64_t)1) * 4, false);
    VKR__VK_BUF(v->state, (int64_t)sizeof(vkr__state_head) + nb * (int64_t)sizeof(vkr__row), true);
    VKR__VK_BUF_NAMED(v->slot[VKR__S_LOGITS], "v->logits", v->logit_rows * V * 4, true);
    for (l = 0; l < c->n_layers && r == VKR_OK; l++) {
        if ((uint64_t)(kvd * n_ctx * 4) > g->info.max_storage_buffer_range) {
            r = vkr__fail(VKR_ERR_LIMIT, "a %lld-token KV cache layer (%.0f MiB) exceeds maxStorageBufferRange on %s", (long long)n_ctx,
                          (double)(kvd * n_ctx * 4) / 1048576.0, g->info.name);
            break;
        }
        VKR__VK_BUF(v->kc[l], kvd * n_ctx * 4, false);
        VKR__VK_BUF(v->vc[l], kvd * n_ctx * 4, false);
    }
    if (r == VKR_OK) r = vkr__vk_buffer(g, &st.blocks, &st.n_blocks, &st.cap_blocks, 64ull << 20, true, &st.buf);
#undef VKR__VK_BUF
#undef VKR__VK_BUF_NAMED
    if (r == VKR_OK && half_g) r = vkr__vk_upload(g, &st, v->cos_g.b, 0, cos_g, (VkDeviceSize)(n_ctx * half_g * 4));
    if (r == VKR_OK && half_g) r = vkr__vk_upload(g, &st, v->sin_g.b, 0, sin_g, (VkDeviceSize)(n_ctx * half_g * 4));
    if (r == VKR_OK && half_l) r = vkr__vk_upload(g, &st, v->cos_l.b, 0, cos_l, (VkDeviceSize)(n_ctx * half_l * 4));
    if (r == VKR_OK && half_l) r = vkr__vk_upload(g, &st, v->sin_l.b, 0, sin_l, (VkDeviceSize)(n_ctx * half_l * 4));
    /* the weights: exactly those the op list reads (tied embeddings once), layer by layer */
    if (r == VKR_OK) {
        int64_t n_ops = vkr__walk(m, 1, false, n_ctx, v->ops), i;
        for (i = 0; i < n_ops && r == VKR_OK; i++) {
            const vkr_tensor *ts[3];
            ts[0] = v->ops[i].w; ts[1] = v->ops[i].w2; ts[2] = v->ops[i].b;
            r = vkr__vk_weights(v, &st, ts, 3);
            if (r == VKR_OK && v->ops[i].layer >= 0 && (i + 1 == n_ops || v->ops[i + 1].layer != v->ops[i].layer) && m->hooks.progress &&
                !m->hooks.progress(m->hooks.progress_user, "upload", (uint64_t)(v->ops[i].layer + 1), (uint64_t)c->n_layers))
                r = vkr__fail(VKR_ERR_ABORTED, "upload cancelled");
        }
    }
    if (r == VKR_OK) r = vkr__vk_stage_flush(g, &st);
    st.open = false;
    g->vk.FreeCommandBuffers(g->dev, g->pool, 1, &st.cb);
    if (st.buf.b) g->vk.DestroyBuffer(g->dev, st.buf.b, NULL);
    vkr__vk_free_blocks(g, st.blocks, st.n_blocks, st.cap_blocks);
    /* record the decode plan and a prefill-sized one now: every pipeline is
       compiled here (at load), not in the middle of the first answer */
    if (r == VKR_OK) r = vkr__vk_plan(v, 1, false, NULL);
    if (r == VKR_OK && nb > 8) r = vkr__vk_plan(v, nb, false, NULL);
    if (r != VKR_OK) { vkr__vk_sess_free(v); return r; }
    *out = v;
    return VKR_OK;
}

/* Writes the batch's rows into the state buffer the kernels read. */
VKR__FN void vkr__vk_state(vkr__vksess *v, const vkr__row *rows, int64_t nb) {
    vkr__state_head h;
    int64_t i;
    memset(&h, 0, sizeof h);
    h.n_rows = (uint32_t)nb;
    h.pos0 = nb ? rows[0].pos : 0;
    h.consecutive = 1;
    for (i = 1; i < nb; i++) if (rows[i].pos != rows[0].pos + (uint32_t)i) h.consecutive = 0;
    memcpy(v->state.map, &h, sizeof h);
    memcpy((char *)v->state.map + sizeof h, rows, (size_t)nb * sizeof *rows);
}

/* The forward pass of the batch `rows` on the GPU: writes the state,
   replays (or records) the plan for (nb, all), submits, waits, copies the
   logits out. */
VKR__FN vkr_result vkr__vk_forward(vkr__vksess *v, const vkr__row *rows, int64_t nb, float *all_logits, float *last_logits) {
    vkr_gpu *g = v->g;
    vkr__vkplan *plan = NULL;
    int64_t i, V = v->m->config.vocab_size;
    vkr_result r;
    bool all = all_logits != NULL;
    if (nb < 1 || nb > v->nb_max || (all && nb > v->logit_rows)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr__vk_forward: batch of %lld", (long long)nb);
    r = vkr__vk_plan(v, nb, all, &plan);
    if (r != VKR_OK) return r;
    vkr__vk_state(v, rows, nb);
    r = vkr__vk_submit(g, plan->cb, v->fence);
    if (r != VKR_OK) return r;
    v->last_dispatches = plan->dispatches;
    if (v->qpool) {
        uint64_t ts[2];
        if (g->vk.GetQueryPoolResults(g->dev, v->qpool, 0, 2, sizeof ts, ts, 8, VK_QUERY_RESULT_64_BIT) == VK_SUCCESS)
            v->last_gpu_s = (double)(ts[1] - ts[0]) * (double)g->props.limits.timestampPeriod * 1e-9;
        if (v->profile && nb == 1) {   /* per-kernel time of one decode step: each dispatch ends at its timestamp */
            uint64_t *t = (uint64_t *)vkr__alloc(&g->a, (size_t)(plan->dispatches + 1) * 8);
            if (t && g->vk.GetQueryPoolResults(g->dev, v->qpool, 2, (uint32_t)plan->dispatches, (size_t)plan->dispatches * 8, t + 1, 8,
                                               VK_QUERY_RESULT_64_BIT) == VK_SUCCESS) {
                t[0] = ts[0];
                for (i = 0; i < plan->dispatches; i++)
                    v->prof_ms[v->op_kernel[(plan - v->plans) * v->cap_sets + i]] += (double)(t[i + 1] - t[i]) * (double)g->props.limits.timestampPeriod * 1e-6;
                v->prof_calls++;
            }
            vkr__free(&g->a, t, (size_t)(plan->dispatches + 1) * 8);
        }
    }
    if (all) memcpy(all_logits, v->slot[VKR__S_LOGITS].map, (size_t)(nb * V) * sizeof(float));
    memcpy(last_logits, (const float *)v->slot[VKR__S_LOGITS].map + (all ? (nb - 1) * V : 0), (size_t)V * sizeof(float));
    return VKR_OK;
}

/* The forward pass of the batch `rows` recorded into the host's command
   buffer (the host submits it); vkr_session_record_done picks up the result. */
VKR__FN vkr_result vkr__vk_record_into(vkr__vksess *v, VkCommandBuffer cb, const vkr__row *rows, int64_t nb) {
    int64_t count;
    vkr_result r;
    vkr__vk_state(v, rows, nb);
    vkr__vk_barrier(v->g, cb);   /* after whatever the host recorded before */
    v->recording = VKR__VK_PLANS;
    r = vkr__vk_build(v, cb, nb, false, &count);
    if (r != VKR_OK) return r;
    v->last_dispatches = count;
    v->pending = nb;
    return VKR_OK;
}

/* ---- a bare executor (tests/test_ops.c) ------------------------------------ */

/* A Vulkan executor without a model, for running single ops: host-visible
   slot buffers of slot_bytes[s] bytes (0: none), n_layers KV caches of
   kv_bytes each, RoPE tables cos/sin [n_ctx][half] (the same for global and
   local layers), room for nb rows. Weights come with vkr__vk_exec_weights. */
VKR__FN vkr_result vkr__vk_exec_new(vkr_gpu *g, const size_t *slot_bytes, int64_t n_layers, size_t kv_bytes, int64_t n_ctx, int64_t half,
                                    const float *cos_t, const float *sin_t, int64_t nb, vkr__vksess **out) {
    vkr__vksess *v = (vkr__vksess *)vkr__calloc(&g->a, 1, sizeof *v);
    VkDescriptorPoolSize ps;
    VkDescriptorPoolCreateInfo pi;
    VkFenceCreateInfo fi;
    vkr_result r = VKR_OK;
    int64_t k;
    *out = NULL;
    if (!v) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "out of memory");
    v->g = g;
    v->n_layers = n_layers;
    v->nb_max = v->logit_rows = nb;
    v->n_ctx = n_ctx;
    v->max_splits = VKR__MAX((int64_t)1, VKR__MIN((int64_t)32, (n_ctx + 127) / 128));
    v->cap_sets = 64;
    for (v->cap_w = 64; v->cap_w < 256; v->cap_w *= 2) {}
    v->kc = (vkr__vkbuf *)vkr__calloc(&g->a, (size_t)n_layers, sizeof *v->kc);
    v->vc = (vkr__vkbuf *)vkr__calloc(&g->a, (size_t)n_layers, sizeof *v->vc);
    v->wkey = (const vkr_tensor **)vkr__calloc(&g->a, (size_t)v->cap_w, sizeof *v->wkey);
    v->w = (vkr__vkw *)vkr__calloc(&g->a, (size_t)v->cap_w, sizeof *v->w);
    v->sets = (VkDescriptorSet *)vkr__calloc(&g->a, (size_t)v->cap_sets, sizeof *v->sets);
    if (!v->kc || !v->vc || !v->wkey || !v->w || !v->sets) { if (!v->wkey || !v->w) v->cap_w = 0; vkr__vk_sess_free(v); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "out of memory"); }
    ps.type = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    ps.descriptorCount = (uint32_t)(v->cap_sets * VKR__VK_BINDINGS);
    memset(&pi, 0, sizeof pi);
    pi.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO;
    pi.maxSets = (uint32_t)v->cap_sets; pi.poolSizeCount = 1; pi.pPoolSizes = &ps;
    memset(&fi, 0, sizeof fi);
    fi.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
    if (g->vk.CreateDescriptorPool(g->dev, &pi, NULL, &v->dpool) != VK_SUCCESS || g->vk.CreateFence(g->dev, &fi, NULL, &v->fence) != VK_SUCCESS)
        r = vkr__fail(VKR_ERR_VULKAN, "Vulkan: creating a test executor");
    for (k = 0; k < VKR__S_COUNT && r == VKR_OK; k++)
        if (slot_bytes[k]) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, slot_bytes[k], true, &v->slot[k]);
    for (k = 0; k < n_layers && r == VKR_OK; k++) {
        r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, kv_bytes, true, &v->kc[k]);
        if (r == VKR_OK) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, kv_bytes, true, &v->vc[k]);
    }
    if (r == VKR_OK) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, (VkDeviceSize)(n_ctx * half * 4 + 4), true, &v->cos_g);
    if (r == VKR_OK) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, (VkDeviceSize)(n_ctx * half * 4 + 4), true, &v->sin_g);
    if (r == VKR_OK) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, (VkDeviceSize)(VKR__MAX(nb * 4, (int64_t)512) * (128 + 2) * 4 * 4), false, &v->part);
    if (r == VKR_OK) r = vkr__vk_buffer(g, &v->blocks, &v->n_blocks, &v->cap_blocks, (VkDeviceSize)(sizeof(vkr__state_head) + (size_t)nb * sizeof(vkr__row)), true, &v->state);
    if (r != VKR_OK) { vkr__vk_sess_free(v); return r; }
    memcpy(v->cos_g.map, cos_t, (size_t)(n_ctx * half * 4));
    memcpy(v->sin_g.map, sin_t, (size_t)(n_ctx * half * 4));
    v->cos_l = v->cos_g;   /* one table for both kinds of layer (freed once: see vkr__vk_sess_free) */
    v->sin_l = v->sin_g;
    *out = v;
    return VKR_OK;
}

/* Uploads the weights ts[0, n) (those not uploaded yet) for the ops to find. */
VKR__FN vkr_result vkr__vk_exec_weights(vkr__vksess *v, const vkr_tensor *const *ts, int64_t n) {
    vkr_gpu *g = v->g;
    vkr__vkstage st;
    VkCommandBufferAllocateInfo ai;
    vkr_result r = VKR_OK;
    memset(&st, 0, sizeof st);
    memset(&ai, 0, sizeof ai);
    ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
    ai.commandPool = g->pool; ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ai.commandBufferCount = 1;
    VKR__VK_TRY(g->vk.AllocateCommandBuffers(g->dev, &ai, &st.cb), "vkAllocateCommandBuffers");
    st.fence = v->fence;
    r = vkr__vk_buffer(g, &st.blocks, &st.n_blocks, &st.cap_blocks, 16ull << 20, true, &st.buf);
    if (r == VKR_OK) r = vkr__vk_weights(v, &st, ts, n);
    if (r == VKR_OK) r = vkr__vk_stage_flush(g, &st);
    g->vk.FreeCommandBuffers(g->dev, g->pool, 1, &st.cb);
    if (st.buf.b) g->vk.DestroyBuffer(g->dev, st.buf.b, NULL);
    vkr__vk_free_blocks(g, st.blocks, st.n_blocks, st.cap_blocks);
    return r;
}

/* Runs ops[0, n) over the batch `rows` now: records, submits, waits. */
VKR__FN vkr_result vkr__vk_exec_ops(vkr__vksess *v, const vkr__op *ops, int64_t n, const vkr__row *rows, int64_t nb) {
    vkr_gpu *g = v->g;
    VkCommandBufferAllocateInfo ai;
    VkCommandBufferBeginInfo bi;
    VkCommandBuffer cb;
    int64_t count;
    vkr_result r;
    memset(&ai, 0, sizeof ai);
    ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
    ai.commandPool = g->pool; ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ai.commandBufferCount = 1;
    VKR__VK_TRY(g->vk.AllocateCommandBuffers(g->dev, &ai, &cb), "vkAllocateCommandBuffers");
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
    vkr__vk_state(v, rows, nb);
    v->n_sets = v->set_cursor = 0;   /* fresh descriptor sets: the ops of each call may differ */
    g->vk.ResetDescriptorPool(g->dev, v->dpool, 0);
    r = g->vk.BeginCommandBuffer(cb, &bi) == VK_SUCCESS ? VKR_OK : vkr__fail(VKR_ERR_VULKAN, "vkBeginCommandBuffer failed");
    if (r == VKR_OK) r = vkr__vk_run(v, cb, ops, n, &count);
    if (g->vk.EndCommandBuffer(cb) != VK_SUCCESS && r == VKR_OK) r = vkr__fail(VKR_ERR_VULKAN, "vkEndCommandBuffer failed");
    if (r == VKR_OK) r = vkr__vk_submit(g, cb, v->fence);
    g->vk.FreeCommandBuffers(g->dev, g->pool, 1, &cb);
    return r;
}

#else /* VALKYR_NO_VULKAN */

VALKYR_API vkr_result vkr_gpu_list(vkr_gpu_info *out, int32_t cap, int32_t *count) {
    (void)out; (void)cap;
    if (count) *count = 0;
    return vkr__fail(VKR_ERR_NO_DEVICE, "valkyr was built without Vulkan (VALKYR_NO_VULKAN)");
}
VALKYR_API vkr_result vkr_gpu_new(const vkr_gpu_desc *desc, vkr_gpu **out) {
    (void)desc;
    if (out) *out = NULL;
    return vkr__fail(VKR_ERR_NO_DEVICE, "valkyr was built without Vulkan (VALKYR_NO_VULKAN)");
}
VALKYR_API void vkr_gpu_free(vkr_gpu *g) { (void)g; }
VALKYR_API const vkr_gpu_info *vkr_gpu_get_info(const vkr_gpu *g) { (void)g; return NULL; }
VALKYR_API int64_t vkr_gpu_validation_messages(const vkr_gpu *g) { (void)g; return 0; }

#endif /* VALKYR_NO_VULKAN */

/* >>session (implementation) ============================================= */

struct vkr_session {
    const vkr_model *m;
    vkr__vksess *vk;              /* the GPU side (the Vulkan executor); NULL → the CPU runs it */
    vkr_hooks hooks;
    vkr_allocator a;
    vkr__cpu cpu;
    int64_t n_ctx, n_batch, n_past;
    vkr_token *tokens;            /* [n_ctx] */
    vkr__row *rows;               /* [n_batch] the batch being run: id and position of each row */
    vkr__op *ops;                 /* [vkr__walk_max] the CPU executor's op list */
    vkr__oplog *log;              /* tests: a line per op the executor received */
    float *k_cache;               /* [layers][kv_dim][n_ctx]: keys transposed, so q·k over t is a row of FMAs */
    float *v_cache;               /* [layers][n_ctx][kv_dim] */
    float *cos_g, *sin_g, *cos_l, *sin_l;   /* [n_ctx][rot/2], global / local layers */
    /* scratch for one batch */
    float *x, *xn, *q, *k, *v, *att, *ffn_g, *ffn_u, *scores;
    float *logits;                /* [vocab] of the last position */
    bool has_logits;
    size_t scratch_bytes, kv_bytes, rope_bytes;
};

/* One batch on the CPU: the session's memory as the CPU executor's slots,
   the op list, and the run. Logits go to all_logits (every row) or to
   s->logits (the last row). */
VKR__FN vkr_result vkr__session_cpu_forward(vkr_session *s, int64_t nb, float *all_logits) {
    const vkr_config *c = &s->m->config;
    vkr__cpux X;
    int64_t n;
    vkr_result r;
    memset(&X, 0, sizeof X);
    X.cpu = &s->cpu;
    X.c = c;
    X.slot[VKR__S_X] = s->x; X.slot[VKR__S_XN] = s->xn; X.slot[VKR__S_Q] = s->q; X.slot[VKR__S_K] = s->k; X.slot[VKR__S_V] = s->v;
    X.slot[VKR__S_ATT] = s->att; X.slot[VKR__S_FFN_G] = s->ffn_g; X.slot[VKR__S_FFN_U] = s->ffn_u;
    X.slot[VKR__S_LOGITS] = all_logits ? all_logits : s->logits;
    X.k_cache = s->k_cache; X.v_cache = s->v_cache; X.n_ctx = s->n_ctx;
    X.cos_g = s->cos_g; X.sin_g = s->sin_g; X.cos_l = s->cos_l; X.sin_l = s->sin_l;
    X.scores = s->scores;
    X.rows = s->rows;
    X.log = s->log;
    n = vkr__walk(s->m, nb, all_logits != NULL, s->n_ctx, s->ops);
    vkr__x_changed(&s->cpu);
    r = vkr__cpu_run(&X, s->ops, n);
    if (r == VKR_OK && all_logits) memcpy(s->logits, all_logits + (nb - 1) * c->vocab_size, (size_t)c->vocab_size * sizeof(float));
    return r;
}
#ifndef VALKYR_NO_VULKAN
/* The auto backend's look for a GPU opens the Vulkan loader and every
   installed driver: 40-100 ms, and some drivers (lavapipe) keep an
   allocation they never free. When it finds no GPU, the answer is kept for
   the rest of the process, so later auto sessions go straight to the CPU.
   The library's one mutable global (an exception to "no mutable globals"):
   written once with an atomic store, read with an atomic load; a race only
   means a second look. VKR_BACKEND_VULKAN and a given gpu always look. */
static int64_t vkr__auto_found_no_gpu;
#endif

VALKYR_API void vkr_session_free(vkr_session *s) {
    vkr_allocator a;
    if (!s) return;
    a = s->a;
#ifndef VALKYR_NO_VULKAN
    vkr__vk_sess_free(s->vk);
#endif
    vkr__pool_free(&s->cpu.pool, &a);
    vkr__free(&a, s->cpu.xb, s->cpu.xb_elems * sizeof(uint16_t));
    vkr__free(&a, s->tokens, (size_t)s->n_ctx * sizeof(vkr_token));
    vkr__free(&a, s->rows, (size_t)VKR__MAX(s->n_batch, (int64_t)512) * sizeof *s->rows);
    vkr__free(&a, s->ops, (size_t)vkr__walk_max(&s->m->config) * sizeof *s->ops);
    vkr__free(&a, s->k_cache, s->kv_bytes);
    vkr__free(&a, s->v_cache, s->kv_bytes);
    vkr__free(&a, s->cos_g, s->rope_bytes);
    vkr__free(&a, s->x, s->scratch_bytes);
    vkr__free(&a, s, sizeof *s);
}

VALKYR_API vkr_result vkr_session_new(const vkr_model *m, const vkr_session_desc *desc, vkr_session **out) {
    const vkr_config *c;
    vkr_session *s;
    vkr_allocator a;
    int64_t nb, kvd, half_g, half_l, l, p, j;
    size_t kv_bytes, n;
    int32_t threads;
    if (!m || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_new: NULL argument");
    *out = NULL;
    c = &m->config;
    for (l = 0; l < c->n_layers; l++)
        if (c->layer_kind[l] == VKR_LAYER_LINEAR_ATTENTION)
            return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: %s: Gated DeltaNet layers are not implemented yet", m->dir, vkr_family_name(c->family));
    if (c->attn_output_gate) return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: gated attention output is not implemented yet", m->dir);
    if (c->rope.type == VKR_ROPE_YARN || c->rope.type == VKR_ROPE_LONGROPE || c->rope_local.type == VKR_ROPE_YARN || c->rope_local.type == VKR_ROPE_LONGROPE)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: rope scaling \"%s\" is not implemented yet (default, linear, dynamic within the trained context, llama3 are)",
                         m->dir, c->rope.type == VKR_ROPE_YARN ? "yarn" : "longrope");
    a = vkr__allocator(desc && desc->hooks.allocator.alloc ? &desc->hooks.allocator : &m->a);
    s = (vkr_session *)vkr__calloc(&a, 1, sizeof *s);
    if (!s) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "session: out of memory");
    s->m = m;
    s->a = a;
    s->hooks = desc && (desc->hooks.logger.fn || desc->hooks.progress) ? desc->hooks : m->hooks;
    s->hooks.allocator = a;
    s->n_ctx = desc && desc->n_ctx > 0 ? desc->n_ctx : VKR__MIN(c->max_position_embeddings, (int64_t)4096);
    if (desc && desc->n_ctx > c->max_position_embeddings)
        vkr__log(&s->hooks.logger, VKR_LOG_WARN, "n_ctx %lld is past the model's trained context (%lld)", (long long)desc->n_ctx, (long long)c->max_position_embeddings);
    s->n_batch = nb = desc && desc->n_batch > 0 ? desc->n_batch : 256;
    threads = desc && desc->n_threads > 0 ? desc->n_threads : vkr__cpu_count();
    s->cpu.dot = vkr__pick_dot(NULL);
    s->cpu.mm4 = vkr__pick_mm4();
    s->cpu.mm4x1 = vkr__pick_mm4x1();
    s->cpu.attn_head = vkr__attn_head_ref;
#ifdef VKR__X86
    if (s->cpu.mm4 && c->head_dim % 16 == 0 && c->head_dim <= 256) s->cpu.attn_head = vkr__attn_head_avx512;   /* mm4 ⇔ AVX-512 */
#endif
    if (!(desc && desc->precision == VKR_PRECISION_F32) && (s->cpu.mm4_bf16 = vkr__pick_mm4_bf16()) != NULL) {
        int64_t widest = VKR__MAX(VKR__MAX(c->hidden_size, c->intermediate_size), c->n_heads * c->head_dim);
        s->cpu.xb_elems = (size_t)(nb * widest);
        s->cpu.xb = (uint16_t *)vkr__alloc(&a, s->cpu.xb_elems * sizeof(uint16_t));
        if (!s->cpu.xb) s->cpu.mm4_bf16 = NULL, s->cpu.xb_elems = 0;
    }
    kvd = c->n_kv_heads * c->head_dim;
    s->kv_bytes = kv_bytes = (size_t)c->n_layers * (size_t)s->n_ctx * (size_t)kvd * sizeof(float);
    s->tokens = (vkr_token *)vkr__alloc(&a, (size_t)s->n_ctx * sizeof(vkr_token));
    s->rows = (vkr__row *)vkr__alloc(&a, (size_t)VKR__MAX(nb, (int64_t)512) * sizeof *s->rows);   /* the GPU's default batch fits too */
    s->ops = (vkr__op *)vkr__alloc(&a, (size_t)vkr__walk_max(c) * sizeof *s->ops);
    s->k_cache = (float *)vkr__alloc(&a, kv_bytes);
    s->v_cache = (float *)vkr__alloc(&a, kv_bytes);
    /* RoPE tables for every position of the context */
    half_g = c->rope.rotary_dim / 2;
    half_l = c->rope_local.rotary_dim / 2;
    s->rope_bytes = (size_t)s->n_ctx * (size_t)(half_g + half_l) * 2 * sizeof(float);
    s->cos_g = (float *)vkr__alloc(&a, s->rope_bytes);
    /* one block of scratch: x, xn [nb,d]; q [nb,qd]; k, v [nb,kvd]; att [nb,nh·hd]; ffn g, u [nb,ff]; scores [threads,n_ctx]; logits [V] */
    {
        int64_t d = c->hidden_size, qd = c->n_heads * c->head_dim * (c->attn_output_gate ? 2 : 1);
        n = (size_t)(nb * d * 2 + nb * qd + nb * kvd * 2 + nb * c->n_heads * c->head_dim + nb * c->intermediate_size * 2 +
                     (int64_t)threads * s->n_ctx + c->vocab_size);
        s->scratch_bytes = n * sizeof(float);
        s->x = (float *)vkr__alloc(&a, s->scratch_bytes);
        if (s->x) {
            s->xn = s->x + nb * d;
            s->q = s->xn + nb * d;
            s->k = s->q + nb * qd;
            s->v = s->k + nb * kvd;
            s->att = s->v + nb * kvd;
            s->ffn_g = s->att + nb * c->n_heads * c->head_dim;
            s->ffn_u = s->ffn_g + nb * c->intermediate_size;
            s->scores = s->ffn_u + nb * c->intermediate_size;
            s->logits = s->scores + (int64_t)threads * s->n_ctx;
        }
    }
    if (!s->tokens || !s->rows || !s->ops || !s->k_cache || !s->v_cache || !s->cos_g || !s->x || !vkr__pool_init(&s->cpu.pool, threads, &a)) {
        vkr_session_free(s);
        return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "session: out of memory for a %lld-token context (%.1f MiB of KV cache)",
                         (long long)(desc && desc->n_ctx > 0 ? desc->n_ctx : 0), 2.0 * (double)kv_bytes / 1048576.0);
    }
    s->sin_g = s->cos_g + s->n_ctx * half_g;
    s->cos_l = s->sin_g + s->n_ctx * half_g;
    s->sin_l = s->cos_l + s->n_ctx * half_l;
    {
        float inv[512];
        const vkr_rope *ropes[2];
        float *cs[2], *sn[2];
        int64_t halves[2];
        int k;
        ropes[0] = &c->rope; ropes[1] = &c->rope_local;
        cs[0] = s->cos_g; sn[0] = s->sin_g; cs[1] = s->cos_l; sn[1] = s->sin_l;
        halves[0] = half_g; halves[1] = half_l;
        for (k = 0; k < 2; k++) {
            if (halves[k] > 512) { vkr_session_free(s); return vkr__fail(VKR_ERR_UNSUPPORTED, "rotary_dim %lld is too large", (long long)(halves[k] * 2)); }
            vkr__rope_inv_freq(ropes[k], inv);
            for (p = 0; p < s->n_ctx; p++)
                for (j = 0; j < halves[k]; j++) {
                    float ang = (float)p * inv[j];   /* f32, as transformers computes it */
                    cs[k][p * halves[k] + j] = (float)cos((double)ang);
                    sn[k][p * halves[k] + j] = (float)sin((double)ang);
                }
        }
    }
#ifndef VALKYR_NO_VULKAN
    if (!desc || desc->backend != VKR_BACKEND_CPU) {   /* the GPU, when asked or (auto) when there is one */
        bool asked = desc && desc->backend == VKR_BACKEND_VULKAN;
        bool probe = !asked && !(desc && desc->gpu);       /* auto: look for a GPU of our own */
        int64_t gpu_nb = desc && desc->n_batch > 0 ? desc->n_batch : 512;   /* a GPU wants bigger batches */
        vkr_result r = VKR_ERR_NO_DEVICE;
        if (probe && VKR__ATOMIC_LOAD(&vkr__auto_found_no_gpu))
            vkr__fail(VKR_ERR_NO_DEVICE, "no Vulkan GPU (an earlier session of this process looked)");
        else
            r = vkr__vk_sess_new(m, desc ? desc->gpu : NULL, !asked, !(desc && desc->precision == VKR_PRECISION_F32), s->n_ctx, gpu_nb, s->cos_g, s->sin_g, s->cos_l, s->sin_l, &s->vk);
        if (r != VKR_OK && asked) { vkr_session_free(s); return r; }
        if (r == VKR_ERR_NO_DEVICE && probe) VKR__ATOMIC_STORE(&vkr__auto_found_no_gpu, 1);
        if (r != VKR_OK) vkr__log(&s->hooks.logger, VKR_LOG_INFO, "no GPU, running on the CPU: %s", vkr_last_error());
        if (r == VKR_OK) {   /* the KV cache lives on the GPU */
            vkr__free(&a, s->k_cache, s->kv_bytes);
            vkr__free(&a, s->v_cache, s->kv_bytes);
            s->k_cache = s->v_cache = NULL;
            s->kv_bytes = 0;
            s->n_batch = gpu_nb;
        }
    }
#else
    if (desc && desc->backend == VKR_BACKEND_VULKAN) {
        vkr_session_free(s);
        return vkr__fail(VKR_ERR_NO_DEVICE, "VKR_BACKEND_VULKAN: valkyr was built without Vulkan (VALKYR_NO_VULKAN)");
    }
#endif
    *out = s;
    return VKR_OK;
}

VALKYR_API vkr_result vkr_session_append(vkr_session *s, const vkr_token *ids, size_t n, float *all_logits) {
    size_t done = 0;
    vkr_result r = VKR_OK;
    int64_t V;
    if (!s || (!ids && n)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_append: NULL argument");
    V = s->m->config.vocab_size;
#ifndef VALKYR_NO_VULKAN
    if (s->vk && s->vk->pending) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "a forward recorded with vkr_session_record is outstanding");
#endif
    if ((int64_t)n > s->n_ctx - s->n_past)
        return vkr__fail(VKR_ERR_LIMIT, "the context holds %lld tokens; %lld are used and %zu more do not fit",
                         (long long)s->n_ctx, (long long)s->n_past, n);
    for (done = 0; done < n; done++)
        if (ids[done] < 0 || ids[done] >= V)
            return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "token id %d (position %zu of the input) is outside the vocabulary (%lld)", ids[done], done, (long long)V);
    done = 0;
    while (done < n && r == VKR_OK) {
        int64_t nb = VKR__MIN((int64_t)(n - done), s->n_batch), i;
#ifndef VALKYR_NO_VULKAN
        if (s->vk && all_logits) nb = VKR__MIN(nb, s->vk->logit_rows);
#endif
        for (i = 0; i < nb; i++) { s->rows[i].id = (uint32_t)ids[done + (size_t)i]; s->rows[i].pos = (uint32_t)(s->n_past + i); }
#ifndef VALKYR_NO_VULKAN
        if (s->vk) r = vkr__vk_forward(s->vk, s->rows, nb, all_logits ? all_logits + done * V : NULL, s->logits);
        else
#endif
        r = vkr__session_cpu_forward(s, nb, all_logits ? all_logits + done * V : NULL);
        if (r == VKR_OK) {
            s->has_logits = true;
            memcpy(s->tokens + s->n_past, ids + done, (size_t)nb * sizeof(vkr_token));
            s->n_past += nb;
            done += (size_t)nb;
        }
    }
    return r;
}

VALKYR_API vkr_result vkr_session_append_text(vkr_session *s, const vkr_tok *tok, const char *text, size_t len, uint32_t flags) {
    vkr_tokens ids;
    vkr_result r;
    memset(&ids, 0, sizeof ids);
    r = vkr_tok_encode(tok, text, len, flags, &ids);
    if (r == VKR_OK) r = vkr_session_append(s, ids.ids, ids.n, NULL);
    vkr_tokens_free(&ids);
    return r;
}

VALKYR_API vkr_result vkr_session_step(vkr_session *s, vkr_sampler *sampler, vkr_token *out) {
    vkr_token t;
    if (!s || !sampler || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_step: NULL argument");
    if (!s->has_logits) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_step: append a prompt first");
    t = vkr_sampler_sample(sampler, s->logits, s->tokens, (size_t)s->n_past);
    *out = t;
    return vkr_session_append(s, &t, 1, NULL);
}

VALKYR_API const float *vkr_session_logits(const vkr_session *s) { return s && s->has_logits ? s->logits : NULL; }
VALKYR_API int64_t vkr_session_n_past(const vkr_session *s) { return s ? s->n_past : 0; }
VALKYR_API int64_t vkr_session_n_ctx(const vkr_session *s) { return s ? s->n_ctx : 0; }
VALKYR_API int64_t vkr_session_vocab_size(const vkr_session *s) { return s ? s->m->config.vocab_size : 0; }
VALKYR_API const vkr_token *vkr_session_tokens(const vkr_session *s) { return s ? s->tokens : NULL; }
VALKYR_API const vkr_model *vkr_session_model(const vkr_session *s) { return s ? s->m : NULL; }

VALKYR_API vkr_result vkr_session_record(vkr_session *s, void *command_buffer, const vkr_token *ids, size_t n) {
    if (!s || !command_buffer || !ids || !n) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_record: NULL argument or no tokens");
#ifndef VALKYR_NO_VULKAN
    if (!s->vk) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_record: the session runs on the CPU");
    if (s->vk->pending) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_record: a recorded forward is outstanding (call vkr_session_record_done)");
    if ((int64_t)n > s->vk->nb_max) return vkr__fail(VKR_ERR_LIMIT, "vkr_session_record: %zu tokens exceed the batch size %lld", n, (long long)s->vk->nb_max);
    if ((int64_t)n > s->n_ctx - s->n_past)
        return vkr__fail(VKR_ERR_LIMIT, "the context holds %lld tokens; %lld are used and %zu more do not fit", (long long)s->n_ctx, (long long)s->n_past, n);
    {
        size_t i;
        for (i = 0; i < n; i++) {
            if (ids[i] < 0 || ids[i] >= s->m->config.vocab_size)
                return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "token id %d is outside the vocabulary (%lld)", ids[i], (long long)s->m->config.vocab_size);
            s->rows[i].id = (uint32_t)ids[i];
            s->rows[i].pos = (uint32_t)(s->n_past + (int64_t)i);
        }
    }
    return vkr__vk_record_into(s->vk, (VkCommandBuffer)command_buffer, s->rows, (int64_t)n);
#else
    return vkr__fail(VKR_ERR_NO_DEVICE, "valkyr was built without Vulkan (VALKYR_NO_VULKAN)");
#endif
}

VALKYR_API vkr_result vkr_session_record_done(vkr_session *s) {
#ifndef VALKYR_NO_VULKAN
    const vkr__row *rows;
    int64_t i, nb;
    if (!s || !s->vk || !s->vk->pending) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_record_done: nothing was recorded");
    nb = s->vk->pending;
    rows = (const vkr__row *)(const void *)((const char *)s->vk->state.map + sizeof(vkr__state_head));
    memcpy(s->logits, s->vk->slot[VKR__S_LOGITS].map, (size_t)s->m->config.vocab_size * sizeof(float));
    for (i = 0; i < nb; i++) s->tokens[s->n_past + i] = (vkr_token)rows[i].id;
    s->n_past += nb;
    s->has_logits = true;
    s->vk->pending = 0;
    return VKR_OK;
#else
    (void)s;
    return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_record_done: nothing was recorded");
#endif
}
VALKYR_API vkr_backend vkr_session_backend(const vkr_session *s) { return s && s->vk ? VKR_BACKEND_VULKAN : VKR_BACKEND_CPU; }
VALKYR_API const vkr_gpu_info *vkr_session_gpu(const vkr_session *s) {
#ifndef VALKYR_NO_VULKAN
    if (s && s->vk) return &s->vk->g->info;
#endif
    (void)s;
    return NULL;
}
VALKYR_API int32_t vkr_session_gpu_profile(const vkr_session *s, const char **names, double *ms, int32_t cap) {
    int32_t n = 0;
#ifndef VALKYR_NO_VULKAN
    int32_t k;
    if (s && s->vk && s->vk->profile && s->vk->prof_calls)
        for (k = 0; k < VKR__K_COUNT && n < cap; k++) {
            if (s->vk->prof_ms[k] == 0) continue;
            names[n] = vkr__kernel_names[k];
            ms[n++] = s->vk->prof_ms[k] / (double)s->vk->prof_calls;
        }
#endif
    (void)s; (void)names; (void)ms; (void)cap;
    return n;
}
VALKYR_API void vkr_session_gpu_stats(const vkr_session *s, int64_t *dispatches, double *gpu_seconds) {
    if (dispatches) *dispatches = 0;
    if (gpu_seconds) *gpu_seconds = 0;
#ifndef VALKYR_NO_VULKAN
    if (s && s->vk) {
        if (dispatches) *dispatches = s->vk->last_dispatches;
        if (gpu_seconds) *gpu_seconds = s->vk->last_gpu_s;
    }
#endif
    (void)s;
}
VALKYR_API vkr_result vkr_session_rewind(vkr_session *s, int64_t n_past) {
    if (!s || n_past < 0 || n_past > s->n_past) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_session_rewind: %lld is not in [0, %lld]", (long long)n_past, (long long)(s ? s->n_past : 0));
    s->n_past = n_past;
    s->has_logits = false;   /* the logits belonged to the dropped tail */
#ifndef VALKYR_NO_VULKAN
    if (s->vk) s->vk->pending = 0;   /* a recorded forward not picked up is forgotten */
#endif
    return VKR_OK;
}

/* >>generate (implementation) ============================================ */

VALKYR_API int32_t vkr_model_stop_tokens(const vkr_model *m, const vkr_tok *tok, vkr_token *out, int32_t cap) {
    int32_t n = 0, i;
    vkr_token cand[2 * VKR_MAX_EOS + 1];
    int32_t nc = 0, k;
    if (!m) return 0;
    for (i = 0; i < m->config.n_eos; i++) cand[nc++] = (vkr_token)m->config.eos_token_ids[i];
    for (i = 0; i < m->n_gen_eos; i++) cand[nc++] = m->gen_eos[i];
    if (tok && vkr_tok_eos(tok) >= 0) cand[nc++] = vkr_tok_eos(tok);
    for (i = 0; i < nc; i++) {
        bool seen = false;
        for (k = 0; k < n; k++) seen = seen || out[k] == cand[i];
        if (!seen && n < cap) out[n++] = cand[i];
    }
    return n;
}

VALKYR_API const char *vkr_stop_reason_str(vkr_stop_reason r) {
    switch (r) {
    case VKR_STOP_NONE: return "none";
    case VKR_STOP_EOS: return "eos";
    case VKR_STOP_STRING: return "stop_string";
    case VKR_STOP_LENGTH: return "length";
    case VKR_STOP_CONTEXT: return "context";
    case VKR_STOP_ABORTED: return "aborted";
    }
    return "?";
}

/* Emits text[0, upto) that has not been emitted yet. */
VKR__FN bool vkr__gen_emit(const vkr_generate_desc *d, vkr_token id, const vkr_text *text, size_t *emitted, size_t upto) {
    bool go = true;
    if (upto > *emitted && d->on_token) go = d->on_token(d->user, id, text->text + *emitted, upto - *emitted);
    if (upto > *emitted) *emitted = upto;
    return go;
}

VALKYR_API vkr_result vkr_generate(vkr_session *s, const vkr_tok *tok, const vkr_generate_desc *desc, vkr_generate_result *result) {
    vkr_generate_desc d;
    vkr_sampler *sampler = NULL;
    vkr_tok_stream *stream = NULL;
    vkr_text text;
    vkr_token stops[2 * VKR_MAX_EOS + 1 + 64];
    int32_t n_stops = 0, i;
    size_t emitted = 0, max_stop = 0;
    vkr_result r;
    vkr_generate_result res;
    int64_t t0 = vkr_time_ns();
    if (!s || !tok) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_generate: NULL argument");
    memset(&d, 0, sizeof d);
    if (desc) d = *desc;
    memset(&res, 0, sizeof res);
    memset(&text, 0, sizeof text);
    if (!s->has_logits) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_generate: append a prompt first");
    if (!d.no_model_stops) n_stops = vkr_model_stop_tokens(s->m, tok, stops, 2 * VKR_MAX_EOS + 1);
    for (i = 0; i < d.n_stop_tokens && n_stops < (int32_t)VKR__COUNT(stops); i++) stops[n_stops++] = d.stop_tokens[i];
    for (i = 0; i < d.n_stop_strings; i++) if (d.stop_strings[i]) max_stop = VKR__MAX(max_stop, strlen(d.stop_strings[i]));
    if (!d.sampling.hooks.allocator.alloc) d.sampling.hooks = s->hooks;   /* the session's allocator */
    r = vkr_sampler_new(&d.sampling, (int32_t)s->m->config.vocab_size, &sampler);
    if (r == VKR_OK) {
        /* the text continues the context's unless that ends in a special token
           (BOS, a chat turn marker): "Once" + ▁upon streams " upon" */
        vkr_token last = s->n_past ? s->tokens[s->n_past - 1] : -1;
        bool cont = last >= 0 && last < vkr_tok_vocab_size(tok) && !vkr_tok_is_special(tok, last);
        r = vkr_tok_stream_new(tok, VKR_TOK_SKIP_SPECIAL | (cont ? VKR_TOK_CONTINUE : 0), &stream);
    }
    while (r == VKR_OK && res.stop == VKR_STOP_NONE) {
        vkr_token t;
        bool is_stop = false;
        if (d.max_tokens > 0 && res.n_tokens >= d.max_tokens) { res.stop = VKR_STOP_LENGTH; break; }
        if (s->n_past >= s->n_ctx) { res.stop = VKR_STOP_CONTEXT; break; }
        t = vkr_sampler_sample(sampler, s->logits, s->tokens, (size_t)s->n_past);
        res.n_tokens++;
        for (i = 0; i < n_stops; i++) is_stop = is_stop || stops[i] == t;
        if (is_stop) { res.stop = VKR_STOP_EOS; break; }
        r = vkr_tok_stream_push(stream, t, &text);
        if (r != VKR_OK) break;
        /* stop strings: search the text not yet emitted; hold back a tail
           that could still grow into one */
        {
            size_t cut = text.len, k;
            bool found = false;
            for (i = 0; i < d.n_stop_strings; i++) {
                const char *ss = d.stop_strings[i];
                size_t sl = ss ? strlen(ss) : 0;
                size_t from = emitted > sl ? emitted - sl : 0;
                for (k = from; sl && k + sl <= text.len; k++)
                    if (!memcmp(text.text + k, ss, sl)) { if (k < cut) cut = k; found = true; break; }
            }
            if (found) {
                vkr__gen_emit(&d, t, &text, &emitted, cut);
                res.stop = VKR_STOP_STRING;
                break;
            }
            cut = text.len;
            if (max_stop > 1) {
                cut = text.len > max_stop - 1 ? text.len - (max_stop - 1) : 0;
                while (cut > emitted && cut < text.len && ((unsigned char)text.text[cut] & 0xC0) == 0x80) cut--;
                if (cut < emitted) cut = emitted;
            }
            if (!vkr__gen_emit(&d, t, &text, &emitted, cut)) { res.stop = VKR_STOP_ABORTED; }
        }
        if (res.stop == VKR_STOP_NONE) {
            if (s->n_past >= s->n_ctx) { res.stop = VKR_STOP_CONTEXT; break; }
            r = vkr_session_append(s, &t, 1, NULL);
        }
    }
    if (r == VKR_OK && res.stop != VKR_STOP_STRING && res.stop != VKR_STOP_ABORTED) {
        r = vkr_tok_stream_flush(stream, &text);
        if (r == VKR_OK) vkr__gen_emit(&d, -1, &text, &emitted, text.len);
    }
    vkr_text_free(&text);
    vkr_tok_stream_free(stream);
    vkr_sampler_free(sampler);
    res.seconds = (double)(vkr_time_ns() - t0) / 1e9;
    if (result) *result = res;
    return r;
}

/* >>chat (implementation) ================================================ */
/* A jinja2 work-alike in three parts: a lexer that reproduces jinja2's
   whitespace handling token for token, a recursive-descent parser that
   follows jinja2's grammar (so precedence quirks like `-2**2 == 4` match),
   and a tree-walking evaluator over Python-like values. Everything a render
   makes lives in one arena, freed at the end.

   Where valkyr knowingly differs from jinja2: integers are 64-bit (overflow
   is an error, Python would go on); list.append works (transformers'
   ImmutableSandboxedEnvironment forbids it); generators (map, select, ...)
   can be iterated more than once; objects print without an address
   ("<generator object>"); jinja2 folds constant expressions at compile time,
   so a slice of a constant non-sequence such as `true[1:]` is undefined
   there but an error here (as it is in jinja2 for variables); upper() and
   title() map ASCII, Latin-1/Extended-A, Greek and Cyrillic only;
   strftime_now uses UTC (transformers: local time). */

#define VKR__JJ_MAX_SOURCE ((size_t)16 << 20)
#define VKR__JJ_MAX_OUTPUT ((size_t)64 << 20)
#define VKR__JJ_MAX_MEMORY ((size_t)256 << 20)
#define VKR__JJ_MAX_ITERS 10000000u
#define VKR__JJ_MAX_RANGE 100000       /* jinja2's sandbox MAX_RANGE */
#define VKR__JJ_MAX_NEST 200           /* parser nesting (statements and expressions) */
#define VKR__JJ_MAX_CALLS 100          /* macro recursion */
#define VKR__JJ_MAX_EVAL 500           /* evaluator recursion (real templates need about 25) */
#define VKR__JJ_MAX_VDEPTH 256         /* nesting of values (repr, equality, tojson) */

/* Helpers with big frames stay out of the recursive evaluator's frame, so
   that the nesting limits bound the stack (about 256 KiB at the limits). */
#if defined(__GNUC__) || defined(__clang__)
#  define VKR__JJ_LEAF VKR__FN __attribute__((noinline))
#elif defined(_MSC_VER)
#  define VKR__JJ_LEAF VKR__FN __declspec(noinline)
#else
#  define VKR__JJ_LEAF VKR__FN
#endif

enum { VKR__JJ_UNDEF, VKR__JJ_NONE, VKR__JJ_BOOL, VKR__JJ_INT, VKR__JJ_FLOAT, VKR__JJ_STR, VKR__JJ_LIST,
       VKR__JJ_DICT, VKR__JJ_NS, VKR__JJ_MACRO, VKR__JJ_FUNC, VKR__JJ_METHOD, VKR__JJ_LOOP };

typedef struct vkr__jj_val {
    uint8_t type;
    uint8_t markup;   /* STR: a markupsafe.Markup (from |safe or |escape): `+` escapes the other side */
    uint8_t tuple;    /* LIST: a tuple */
    uint8_t gen;      /* LIST: what Python has there instead of a list (VKR__JJ_GEN_*) */
    size_t n;         /* STR: bytes; UNDEF: length of the name it stands for */
    union {
        bool b; int64_t i; double f; int fn;
        const char *s;                  /* STR: text; UNDEF: name (for messages) */
        struct vkr__jj_list *l;
        struct vkr__jj_dict *d;         /* DICT and NS */
        struct vkr__jj_macro *m;
        struct vkr__jj_method *bm;
        struct vkr__jj_loop *loop;
    } u;
} vkr__jj_val;

/* map / select / unique give generators, reverse an iterator, dict.items()
   a view: they iterate like lists but are always true, have no len() or
   items, and are not JSON serializable (generators here may be iterated twice). */
enum { VKR__JJ_GEN_LIST, VKR__JJ_GEN_GENERATOR, VKR__JJ_GEN_REVERSED, VKR__JJ_GEN_ITEMS, VKR__JJ_GEN_KEYS, VKR__JJ_GEN_VALUES };
static const char *const vkr__jj_gen_names[] = {"list", "generator", "list_reverseiterator", "dict_items", "dict_keys", "dict_values"};
typedef struct vkr__jj_list { vkr__jj_val *v; size_t n, cap; } vkr__jj_list;
typedef struct vkr__jj_dict { vkr__jj_val *k, *v; size_t n, cap; } vkr__jj_dict;
typedef struct vkr__jj_node vkr__jj_node;
typedef struct vkr__jj_scope vkr__jj_scope;
typedef struct vkr__jj_macro { const vkr__jj_node *def; vkr__jj_scope *scope; } vkr__jj_macro;
typedef struct vkr__jj_method { vkr__jj_val self; const char *name; } vkr__jj_method;
typedef struct vkr__jj_loop { const vkr__jj_val *items; size_t n, i; } vkr__jj_loop;

enum {   /* node kinds: statements, then expressions */
    VKR__JJ_N_TEXT, VKR__JJ_N_OUTPUT, VKR__JJ_N_IF, VKR__JJ_N_FOR, VKR__JJ_N_SET, VKR__JJ_N_SETBLOCK,
    VKR__JJ_N_MACRO, VKR__JJ_N_BREAK, VKR__JJ_N_CONTINUE, VKR__JJ_N_FILTERBLOCK, VKR__JJ_N_BLOCK,
    VKR__JJ_N_CONST, VKR__JJ_N_NAME, VKR__JJ_N_NSREF, VKR__JJ_N_GETATTR, VKR__JJ_N_GETITEM, VKR__JJ_N_SLICE,
    VKR__JJ_N_CALL, VKR__JJ_N_KWARG, VKR__JJ_N_FILTER, VKR__JJ_N_TEST, VKR__JJ_N_BIN, VKR__JJ_N_CONCAT,
    VKR__JJ_N_AND, VKR__JJ_N_OR, VKR__JJ_N_NOT, VKR__JJ_N_NEG, VKR__JJ_N_POS, VKR__JJ_N_COMPARE,
    VKR__JJ_N_OPERAND, VKR__JJ_N_COND, VKR__JJ_N_LIST, VKR__JJ_N_TUPLE, VKR__JJ_N_DICT, VKR__JJ_N_PAIR,
    VKR__JJ_N_PARAM, VKR__JJ_N_CAPTURED
};
/* Two-character operators; one-character ones are the character itself. */
enum { VKR__JJ_OP_POW = 1, VKR__JJ_OP_FLOORDIV, VKR__JJ_OP_EQ, VKR__JJ_OP_NE, VKR__JJ_OP_GE, VKR__JJ_OP_LE,
       VKR__JJ_OP_IN, VKR__JJ_OP_NOTIN };
enum { VKR__JJ_USES_VARARGS = 1, VKR__JJ_USES_KWARGS = 2 };

/* Children by kind — IF: a test, b body, c else; FOR: a target, b iterable,
   c filter, d body, e else; SET: a target, b value; SETBLOCK / FILTERBLOCK:
   a target, c filters over CAPTURED, d body; MACRO: b params, d body;
   GETITEM: a object, b index (or SLICE: a start, b stop, c step); CALL /
   FILTER / TEST: a callee or operand, b arguments (KWARG: a value);
   COMPARE: a first, b OPERANDs; COND: a test, b then, c else. */
struct vkr__jj_node {
    uint8_t kind, op, flag;
    int32_t line, col;
    vkr__jj_node *a, *b, *c, *d, *e, *next;
    const char *name;     /* NAME, GETATTR, KWARG, PARAM, MACRO, FILTER, TEST, NSREF; TEXT: the text */
    size_t len;
    vkr__jj_val v;        /* CONST; NSREF: the attribute */
};

struct vkr_chat_template {
    vkr_allocator a;
    vkr__arena ar;
    vkr__jj_node *body;
    const char *bos, *eos;
};

typedef struct vkr__jj_var { const char *name; size_t len; vkr__jj_val v; } vkr__jj_var;
struct vkr__jj_scope { vkr__jj_scope *parent; vkr__jj_var *vars; size_t n, cap; };
typedef struct vkr__jj_buf { char *p; size_t n, cap; } vkr__jj_buf;

typedef struct vkr__jj_ctx {
    vkr__arena ar;
    vkr__jj_buf *out;
    vkr__jj_scope *scope;
    vkr__jj_val captured;    /* the body text a filter block / set block filters */
    uint64_t iters;
    int32_t depth, calls, vdepth;
    int brk;                 /* 1: break, 2: continue pending */
    vkr_result err;
} vkr__jj_ctx;

typedef struct vkr__jj_args { vkr__jj_val *pos; size_t npos; vkr__jj_dict *kw; } vkr__jj_args;

/* --- values ---------------------------------------------------------------- */

VKR__FN vkr__jj_val vkr__jj_mk(int type) { vkr__jj_val v; memset(&v, 0, sizeof v); v.type = (uint8_t)type; return v; }
VKR__FN vkr__jj_val vkr__jj_undef(const char *name, size_t n) { vkr__jj_val v = vkr__jj_mk(VKR__JJ_UNDEF); v.u.s = name; v.n = name ? n : 0; return v; }
VKR__FN vkr__jj_val vkr__jj_bool(bool b) { vkr__jj_val v = vkr__jj_mk(VKR__JJ_BOOL); v.u.b = b; return v; }
VKR__FN vkr__jj_val vkr__jj_int(int64_t i) { vkr__jj_val v = vkr__jj_mk(VKR__JJ_INT); v.u.i = i; return v; }
VKR__FN vkr__jj_val vkr__jj_float(double f) { vkr__jj_val v = vkr__jj_mk(VKR__JJ_FLOAT); v.u.f = f; return v; }
VKR__FN vkr__jj_val vkr__jj_str(const char *s, size_t n) { vkr__jj_val v = vkr__jj_mk(VKR__JJ_STR); v.u.s = s ? s : ""; v.n = s ? n : 0; return v; }
VKR__FN vkr__jj_val vkr__jj_cstr(const char *s) { return vkr__jj_str(s, s ? strlen(s) : 0); }
VKR__FN bool vkr__jj_isnum(const vkr__jj_val *v) { return v->type == VKR__JJ_BOOL || v->type == VKR__JJ_INT || v->type == VKR__JJ_FLOAT; }
VKR__FN bool vkr__jj_isint(const vkr__jj_val *v) { return v->type == VKR__JJ_BOOL || v->type == VKR__JJ_INT; }
VKR__FN int64_t vkr__jj_i(const vkr__jj_val *v) { return v->type == VKR__JJ_BOOL ? (int64_t)v->u.b : v->u.i; }
VKR__FN double vkr__jj_f(const vkr__jj_val *v) { return v->type == VKR__JJ_FLOAT ? v->u.f : (double)vkr__jj_i(v); }

VKR__FN const char *vkr__jj_tname(const vkr__jj_val *v) {
    static const char *const names[] = {"Undefined", "NoneType", "bool", "int", "float", "str", "list", "dict",
                                        "Namespace", "Macro", "function", "builtin_function_or_method", "LoopContext"};
    if (v->type == VKR__JJ_LIST && v->gen) return vkr__jj_gen_names[v->gen];
    return (v->type == VKR__JJ_LIST && v->tuple) ? "tuple" : names[v->type];
}

VKR__FN VKR__PRINTF(4, 5) void vkr__jj_fail(vkr__jj_ctx *c, vkr_result code, const vkr__jj_node *n, const char *fmt, ...) {
    char msg[768];
    va_list ap;
    if (c->err) return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->err = n ? vkr__fail(code, "chat template: line %d: %s", (int)n->line, msg) : vkr__fail(code, "chat template: %s", msg);
}
VKR__FN vkr__jj_val vkr__jj_undef_error(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *v) {
    if (v->u.s) vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "'%.*s' is undefined", (int)VKR__MIN(v->n, 200), v->u.s);
    else vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "an undefined value was used");
    return vkr__jj_undef(NULL, 0);
}

VKR__FN void *vkr__jj_alloc(vkr__jj_ctx *c, size_t n) {
    void *p;
    if (c->err) return NULL;
    if (n > VKR__JJ_MAX_MEMORY || c->ar.total > VKR__JJ_MAX_MEMORY) {
        vkr__jj_fail(c, VKR_ERR_LIMIT, NULL, "rendering needs more than %d MiB of memory", (int)(VKR__JJ_MAX_MEMORY >> 20));
        return NULL;
    }
    p = vkr__arena_alloc(&c->ar, n ? n : 1);
    if (!p) vkr__jj_fail(c, VKR_ERR_OUT_OF_MEMORY, NULL, "out of memory");
    return p;
}

VKR__FN bool vkr__jj_put(vkr__jj_ctx *c, vkr__jj_buf *b, const char *s, size_t n) {
    if (c->err) return false;
    if (n > b->cap - b->n) {
        size_t nc = VKR__MAX(b->cap * 2, b->n + n + 64);
        char *q;
        if (n > VKR__JJ_MAX_OUTPUT || b->n + n > VKR__JJ_MAX_OUTPUT) {
            vkr__jj_fail(c, VKR_ERR_LIMIT, NULL, "output larger than %d MiB", (int)(VKR__JJ_MAX_OUTPUT >> 20));
            return false;
        }
        if (!(q = (char *)vkr__jj_alloc(c, nc))) return false;
        if (b->n) memcpy(q, b->p, b->n);
        b->p = q;
        b->cap = nc;
    }
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    return true;
}
VKR__FN bool vkr__jj_puts(vkr__jj_ctx *c, vkr__jj_buf *b, const char *s) { return vkr__jj_put(c, b, s, strlen(s)); }
VKR__FN vkr__jj_val vkr__jj_bufstr(const vkr__jj_buf *b) { return vkr__jj_str(b->p ? b->p : "", b->n); }

VKR__FN vkr__jj_val vkr__jj_newlist(vkr__jj_ctx *c, size_t cap) {
    vkr__jj_val v = vkr__jj_mk(VKR__JJ_LIST);
    v.u.l = (vkr__jj_list *)vkr__jj_alloc(c, sizeof(vkr__jj_list));
    if (!v.u.l) return vkr__jj_undef(NULL, 0);
    v.u.l->n = 0;
    v.u.l->cap = cap;
    v.u.l->v = cap ? (vkr__jj_val *)vkr__jj_alloc(c, cap * sizeof(vkr__jj_val)) : NULL;
    if (cap && !v.u.l->v) return vkr__jj_undef(NULL, 0);
    return v;
}
VKR__FN bool vkr__jj_push(vkr__jj_ctx *c, vkr__jj_list *l, vkr__jj_val x) {
    if (c->err || !l) return false;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 8;
        vkr__jj_val *q = (vkr__jj_val *)vkr__jj_alloc(c, nc * sizeof(vkr__jj_val));
        if (!q) return false;
        if (l->n) memcpy(q, l->v, l->n * sizeof(vkr__jj_val));
        l->v = q;
        l->cap = nc;
    }
    l->v[l->n++] = x;
    return true;
}
VKR__FN vkr__jj_val vkr__jj_newdict(vkr__jj_ctx *c, int type) {
    vkr__jj_val v = vkr__jj_mk(type);
    v.u.d = (vkr__jj_dict *)vkr__jj_alloc(c, sizeof(vkr__jj_dict));
    if (!v.u.d) return vkr__jj_undef(NULL, 0);
    memset(v.u.d, 0, sizeof *v.u.d);
    return v;
}
VKR__FN bool vkr__jj_eq(vkr__jj_ctx *c, const vkr__jj_val *a, const vkr__jj_val *b);
/* Index of key k in d, or -1. Keys are compared as Python compares them. */
VKR__FN ptrdiff_t vkr__jj_dfind(vkr__jj_ctx *c, const vkr__jj_dict *d, const vkr__jj_val *k) {
    size_t i;
    if (!d) return -1;
    for (i = 0; i < d->n; i++) {
        const vkr__jj_val *x = &d->k[i];
        if (k->type == VKR__JJ_STR ? (x->type == VKR__JJ_STR && x->n == k->n && !memcmp(x->u.s, k->u.s, k->n)) : vkr__jj_eq(c, x, k))
            return (ptrdiff_t)i;
    }
    return -1;
}
VKR__FN vkr__jj_val *vkr__jj_dget(vkr__jj_ctx *c, const vkr__jj_dict *d, const char *s, size_t n) {
    vkr__jj_val k = vkr__jj_str(s, n);
    ptrdiff_t i = vkr__jj_dfind(c, d, &k);
    return i < 0 ? NULL : &d->v[i];
}
VKR__FN bool vkr__jj_dset(vkr__jj_ctx *c, vkr__jj_dict *d, vkr__jj_val k, vkr__jj_val v) {
    ptrdiff_t i = vkr__jj_dfind(c, d, &k);
    if (c->err) return false;
    if (i >= 0) { d->v[i] = v; return true; }
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 8;
        vkr__jj_val *nk = (vkr__jj_val *)vkr__jj_alloc(c, nc * sizeof(vkr__jj_val));
        vkr__jj_val *nv = (vkr__jj_val *)vkr__jj_alloc(c, nc * sizeof(vkr__jj_val));
        if (!nk || !nv) return false;
        if (d->n) { memcpy(nk, d->k, d->n * sizeof(vkr__jj_val)); memcpy(nv, d->v, d->n * sizeof(vkr__jj_val)); }
        d->k = nk; d->v = nv; d->cap = nc;
    }
    d->k[d->n] = k;
    d->v[d->n++] = v;
    return true;
}

VKR__FN bool vkr__jj_truthy(const vkr__jj_val *v) {
    switch (v->type) {
    case 255: return false;   /* an argument not given (VKR__JJ_MISSING) */
    case VKR__JJ_UNDEF: case VKR__JJ_NONE: return false;
    case VKR__JJ_BOOL: return v->u.b;
    case VKR__JJ_INT: return v->u.i != 0;
    case VKR__JJ_FLOAT: return v->u.f != 0;
    case VKR__JJ_STR: return v->n != 0;
    case VKR__JJ_LIST: return v->u.l->n != 0 || v->gen == VKR__JJ_GEN_GENERATOR || v->gen == VKR__JJ_GEN_REVERSED;
    case VKR__JJ_DICT: return v->u.d->n != 0;
    default: return true;
    }
}

/* Python ==: numbers across int/float/bool, deep for containers. */
VKR__FN bool vkr__jj_eq(vkr__jj_ctx *c, const vkr__jj_val *a, const vkr__jj_val *b) {
    size_t i;
    bool r = true;
    if (vkr__jj_isnum(a) && vkr__jj_isnum(b)) {
        if (vkr__jj_isint(a) && vkr__jj_isint(b)) return vkr__jj_i(a) == vkr__jj_i(b);
        return vkr__jj_f(a) == vkr__jj_f(b);
    }
    if (a->type != b->type) return false;
    switch (a->type) {
    case VKR__JJ_UNDEF: case VKR__JJ_NONE: return true;
    case VKR__JJ_STR: return a->n == b->n && !memcmp(a->u.s, b->u.s, a->n);
    case VKR__JJ_LIST: if (a->gen || b->gen) return a->u.l == b->u.l; break;
    case VKR__JJ_DICT: break;
    case VKR__JJ_METHOD: return a->u.bm->name == b->u.bm->name && vkr__jj_eq(c, &a->u.bm->self, &b->u.bm->self);
    case VKR__JJ_FUNC: return a->u.fn == b->u.fn;
    default: return a->u.d == b->u.d;   /* identity */
    }
    if (a->u.l == b->u.l) return true;
    if (++c->vdepth > VKR__JJ_MAX_VDEPTH) { vkr__jj_fail(c, VKR_ERR_LIMIT, NULL, "values nested too deeply"); c->vdepth--; return false; }
    if (a->type == VKR__JJ_LIST) {
        if (a->tuple != b->tuple || a->u.l->n != b->u.l->n) r = false;
        for (i = 0; r && i < a->u.l->n && !c->err; i++) r = vkr__jj_eq(c, &a->u.l->v[i], &b->u.l->v[i]);
    } else {
        if (a->u.d->n != b->u.d->n) r = false;
        for (i = 0; r && i < a->u.d->n && !c->err; i++) {
            ptrdiff_t j = vkr__jj_dfind(c, b->u.d, &a->u.d->k[i]);
            r = j >= 0 && vkr__jj_eq(c, &a->u.d->v[i], &b->u.d->v[j]);
        }
    }
    c->vdepth--;
    return r && !c->err;
}

/* Python ordering (<): numbers, strings (code point order = UTF-8 byte
   order), lists lexicographically; anything else is a TypeError. Returns
   -1/0/1, or 2 after recording the error. */
VKR__FN int vkr__jj_order(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *a, const vkr__jj_val *b) {
    if (a->type == VKR__JJ_UNDEF || b->type == VKR__JJ_UNDEF) { vkr__jj_undef_error(c, n, a->type == VKR__JJ_UNDEF ? a : b); return 2; }
    if (vkr__jj_isnum(a) && vkr__jj_isnum(b)) {
        if (vkr__jj_isint(a) && vkr__jj_isint(b)) return (vkr__jj_i(a) > vkr__jj_i(b)) - (vkr__jj_i(a) < vkr__jj_i(b));
        return (vkr__jj_f(a) > vkr__jj_f(b)) - (vkr__jj_f(a) < vkr__jj_f(b));
    }
    if (a->type == VKR__JJ_STR && b->type == VKR__JJ_STR) {
        int r = memcmp(a->u.s, b->u.s, VKR__MIN(a->n, b->n));
        return r ? (r > 0) - (r < 0) : (a->n > b->n) - (a->n < b->n);
    }
    if (a->type == VKR__JJ_LIST && b->type == VKR__JJ_LIST && a->tuple == b->tuple && !a->gen && !b->gen) {
        size_t i;
        int r = (a->u.l->n > b->u.l->n) - (a->u.l->n < b->u.l->n);
        if (++c->vdepth > VKR__JJ_MAX_VDEPTH) { vkr__jj_fail(c, VKR_ERR_LIMIT, n, "values nested too deeply"); r = 2; }
        for (i = 0; r != 2 && i < a->u.l->n && i < b->u.l->n; i++)
            if (!vkr__jj_eq(c, &a->u.l->v[i], &b->u.l->v[i])) { r = c->err ? 2 : vkr__jj_order(c, n, &a->u.l->v[i], &b->u.l->v[i]); break; }
        c->vdepth--;
        return r;
    }
    vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "'<' not supported between instances of '%s' and '%s'", vkr__jj_tname(a), vkr__jj_tname(b));
    return 2;
}

/* --- text ------------------------------------------------------------------ */

/* Decodes one character; an invalid byte reads as U+DC80..U+DCFF (as Python's
   surrogateescape) and counts as one character. */
VKR__FN size_t vkr__jj_cp(const char *s, const char *end, uint32_t *cp) {
    size_t k = vkr__utf8_valid_len((const unsigned char *)s, (const unsigned char *)end);
    if (!k) { *cp = 0xDC00u | (unsigned char)*s; return 1; }
    vkr__u8dec(s, cp);
    return k;
}
/* Python's str.isspace. */
VKR__FN bool vkr__jj_space(uint32_t cp) { return vkr__uc_is_space(cp) || (cp >= 0x1C && cp <= 0x1F); }
VKR__FN size_t vkr__jj_nchars(const char *s, size_t n) {
    size_t k = 0, i;
    uint32_t cp;
    for (i = 0; i < n; k++) i += vkr__jj_cp(s + i, s + n, &cp);
    return k;
}
VKR__FN void vkr__jj_putcp(vkr__jj_ctx *c, vkr__jj_buf *b, uint32_t cp) {
    char u[4];
    if (cp >= 0xDC80 && cp <= 0xDCFF) { u[0] = (char)(cp & 0xFF); vkr__jj_put(c, b, u, 1); return; }
    vkr__jj_put(c, b, u, vkr__utf8_put(u, cp));
}
/* Upper case: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (enough
   for role names and the occasional word; Python maps all of Unicode). */
VKR__FN size_t vkr__jj_upper(uint32_t cp, uint32_t out[2]) {
    out[0] = cp;
    if (cp < 0x80) { if (cp >= 'a' && cp <= 'z') out[0] = cp - 32; }
    else if (cp == 0xDF) { out[0] = out[1] = 'S'; return 2; }
    else if (cp == 0xB5) out[0] = 0x39C;
    else if (cp == 0xFF) out[0] = 0x178;
    else if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) out[0] = cp - 32;
    else if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149) {
        bool odd_lower = !((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E));
        if (cp == 0x17F) out[0] = 'S';
        else if (odd_lower ? (cp & 1) : !(cp & 1)) out[0] = cp - 1;
    }
    else if (cp >= 0x3B1 && cp <= 0x3C9) out[0] = cp == 0x3C2 ? 0x3A3 : cp - 32;
    else if (cp >= 0x430 && cp <= 0x44F) out[0] = cp - 32;
    else if (cp >= 0x450 && cp <= 0x45F) out[0] = cp - 80;
    return 1;
}
/* mode 0 lower, 1 upper, 2 capitalize (str.capitalize), 3 title (the jinja2
   filter: upper after - ( { [ < and spaces), 4 str.title (upper after an
   uncased character). */
VKR__FN vkr__jj_val vkr__jj_case(vkr__jj_ctx *c, const vkr__jj_val *v, int mode) {
    vkr__jj_buf b = {NULL, 0, 0};
    const char *s = v->u.s, *end = s + v->n;
    bool start = true;
    vkr__jj_val r;
    while (s < end && !c->err) {
        uint32_t cp, o[3];
        size_t k, i, no;
        bool up;
        s += vkr__jj_cp(s, end, &cp);
        if (mode == 3 && (vkr__jj_space(cp) || (cp < 0x80 && strchr("-({[<", (int)cp) && cp))) { vkr__jj_putcp(c, &b, cp); start = true; continue; }
        up = mode == 1 || ((mode == 2 || mode == 3 || mode == 4) && start);
        no = up ? vkr__jj_upper(cp, o) : vkr__uc_lower(cp, o);
        for (k = 0; k < no; k++) vkr__jj_putcp(c, &b, o[k]);
        if (mode == 4) { i = (size_t)vkr__uc_gc(cp); start = !(i <= VKR__UC_Lt); }
        else start = false;
    }
    r = vkr__jj_bufstr(&b);
    r.markup = v->markup;
    return r;
}

/* Python repr of a float (the shortest string that reads back). */
VKR__FN void vkr__jj_fmt_float(double f, char out[40]) {
    char b[40], dig[24];
    int prec, nd = 0, e, decpt, i, o = 0;
    const char *p;
    if (f != f) { strcpy(out, "nan"); return; }
    if (f == HUGE_VAL || f == -HUGE_VAL) { strcpy(out, f < 0 ? "-inf" : "inf"); return; }
    if (f == 0) { strcpy(out, signbit(f) ? "-0.0" : "0.0"); return; }
    for (prec = 0; prec < 17; prec++) {
        char t[40], *dot;
        const char *dp = localeconv()->decimal_point;
        snprintf(b, sizeof b, "%.*e", prec, f);
        memcpy(t, b, sizeof t);
        dot = strpbrk(t, ".,");
        if (dot && dp && dp[0] && !dp[1]) *dot = dp[0];
        if (strtod(t, NULL) == f) break;
    }
    p = b;
    if (*p == '-') { out[o++] = '-'; p++; }
    for (; *p && *p != 'e'; p++) if (*p >= '0' && *p <= '9') dig[nd++] = *p;
    while (nd > 1 && dig[nd - 1] == '0') nd--;
    e = atoi(p + 1);
    decpt = e + 1;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out[o++] = '0'; out[o++] = '.';
            for (i = 0; i < -decpt; i++) out[o++] = '0';
            for (i = 0; i < nd; i++) out[o++] = dig[i];
        } else {
            for (i = 0; i < decpt; i++) out[o++] = i < nd ? dig[i] : '0';
            out[o++] = '.';
            if (nd <= decpt) out[o++] = '0';
            for (i = decpt; i < nd; i++) out[o++] = dig[i];
        }
        out[o] = 0;
    } else {
        out[o++] = dig[0];
        if (nd > 1) { out[o++] = '.'; for (i = 1; i < nd; i++) out[o++] = dig[i]; }
        snprintf(out + o, 40 - (size_t)o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
}

VKR__FN void vkr__jj_tostr(vkr__jj_ctx *c, const vkr__jj_val *v, vkr__jj_buf *b, bool repr);

/* Python repr of a str: single quotes unless the text has ' and no ". */
VKR__FN void vkr__jj_repr_str(vkr__jj_ctx *c, const vkr__jj_val *v, vkr__jj_buf *b) {
    const char *s = v->u.s, *end = s + v->n;
    char q = (memchr(s, '\'', v->n) && !memchr(s, '"', v->n)) ? '"' : '\'';
    vkr__jj_put(c, b, &q, 1);
    while (s < end && !c->err) {
        uint32_t cp;
        const char *s0 = s;
        char e[16];
        int g;
        s += vkr__jj_cp(s, end, &cp);
        if (cp == (uint32_t)q || cp == '\\') { e[0] = '\\'; e[1] = (char)cp; vkr__jj_put(c, b, e, 2); continue; }
        if (cp == '\n' || cp == '\r' || cp == '\t') { e[0] = '\\'; e[1] = cp == '\n' ? 'n' : cp == '\r' ? 'r' : 't'; vkr__jj_put(c, b, e, 2); continue; }
        g = vkr__uc_gc(cp);
        if (cp >= 0xDC80 && cp <= 0xDCFF) g = VKR__UC_Cs;
        if (cp != ' ' && g >= VKR__UC_Zs) {   /* not printable */
            if (cp < 0x100) snprintf(e, sizeof e, "\\x%02x", (unsigned)cp);
            else if (cp < 0x10000) snprintf(e, sizeof e, "\\u%04x", (unsigned)cp);
            else snprintf(e, sizeof e, "\\U%08x", (unsigned)cp);
            vkr__jj_puts(c, b, e);
        } else {
            vkr__jj_put(c, b, s0, (size_t)(s - s0));
        }
    }
    vkr__jj_put(c, b, &q, 1);
}

/* Python str() (repr=false) or repr() of a value. */
VKR__JJ_LEAF void vkr__jj_tostr(vkr__jj_ctx *c, const vkr__jj_val *v, vkr__jj_buf *b, bool repr) {
    char t[64];
    size_t i;
    switch (v->type) {
    case VKR__JJ_UNDEF: if (repr) vkr__jj_puts(c, b, "Undefined"); return;
    case 255: return;
    case VKR__JJ_NONE: vkr__jj_puts(c, b, "None"); return;
    case VKR__JJ_BOOL: vkr__jj_puts(c, b, v->u.b ? "True" : "False"); return;
    case VKR__JJ_INT: snprintf(t, sizeof t, "%lld", (long long)v->u.i); vkr__jj_puts(c, b, t); return;
    case VKR__JJ_FLOAT: vkr__jj_fmt_float(v->u.f, t); vkr__jj_puts(c, b, t); return;
    case VKR__JJ_STR:
        if (!repr) { vkr__jj_put(c, b, v->u.s, v->n); return; }
        if (v->markup) vkr__jj_puts(c, b, "Markup(");
        vkr__jj_repr_str(c, v, b);
        if (v->markup) vkr__jj_puts(c, b, ")");
        return;
    case VKR__JJ_MACRO: vkr__jj_puts(c, b, "<Macro '"); vkr__jj_put(c, b, v->u.m->def->name, v->u.m->def->len); vkr__jj_puts(c, b, "'>"); return;
    case VKR__JJ_FUNC: vkr__jj_puts(c, b, "<built-in function>"); return;
    case VKR__JJ_METHOD:
        snprintf(t, sizeof t, "<built-in method %.*s of %s object>", (int)strcspn(v->u.bm->name, " "), v->u.bm->name, vkr__jj_tname(&v->u.bm->self));
        vkr__jj_puts(c, b, t);
        return;
    case VKR__JJ_LOOP: snprintf(t, sizeof t, "<LoopContext %zu/%zu>", v->u.loop->i + 1, v->u.loop->n); vkr__jj_puts(c, b, t); return;
    default: break;
    }
    if (++c->vdepth > VKR__JJ_MAX_VDEPTH) { vkr__jj_fail(c, VKR_ERR_LIMIT, NULL, "values nested too deeply"); c->vdepth--; return; }
    if (v->type == VKR__JJ_LIST && (v->gen == VKR__JJ_GEN_GENERATOR || v->gen == VKR__JJ_GEN_REVERSED)) {
        vkr__jj_puts(c, b, "<");
        vkr__jj_puts(c, b, vkr__jj_gen_names[v->gen]);
        vkr__jj_puts(c, b, " object>");
    } else if (v->type == VKR__JJ_LIST) {
        if (v->gen) { vkr__jj_puts(c, b, vkr__jj_gen_names[v->gen]); vkr__jj_puts(c, b, "("); }
        vkr__jj_puts(c, b, v->tuple ? "(" : "[");
        for (i = 0; i < v->u.l->n && !c->err; i++) {
            if (i) vkr__jj_puts(c, b, ", ");
            vkr__jj_tostr(c, &v->u.l->v[i], b, true);
        }
        vkr__jj_puts(c, b, v->tuple ? (v->u.l->n == 1 ? ",)" : ")") : "]");
        if (v->gen) vkr__jj_puts(c, b, ")");
    } else {
        if (v->type == VKR__JJ_NS) vkr__jj_puts(c, b, "<Namespace ");
        vkr__jj_puts(c, b, "{");
        for (i = 0; i < v->u.d->n && !c->err; i++) {
            if (i) vkr__jj_puts(c, b, ", ");
            vkr__jj_tostr(c, &v->u.d->k[i], b, true);
            vkr__jj_puts(c, b, ": ");
            vkr__jj_tostr(c, &v->u.d->v[i], b, true);
        }
        vkr__jj_puts(c, b, v->type == VKR__JJ_NS ? "}>" : "}");
    }
    c->vdepth--;
}
/* str(v) as a value (a str stays itself, Markup included). */
VKR__FN vkr__jj_val vkr__jj_tostring(vkr__jj_ctx *c, const vkr__jj_val *v) {
    vkr__jj_buf b = {NULL, 0, 0};
    if (v->type == VKR__JJ_STR) return *v;
    vkr__jj_tostr(c, v, &b, false);
    return vkr__jj_bufstr(&b);
}
/* markupsafe.escape */
VKR__FN vkr__jj_val vkr__jj_escape(vkr__jj_ctx *c, const vkr__jj_val *v, bool force) {
    vkr__jj_buf b = {NULL, 0, 0};
    vkr__jj_val s = vkr__jj_tostring(c, v), r;
    size_t i;
    if (s.markup && !force) return s;
    for (i = 0; i < s.n && !c->err; i++) {
        const char *e = NULL;
        switch (s.u.s[i]) {
        case '&': e = "&amp;"; break;
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '"': e = "&#34;"; break;
        case '\'': e = "&#39;"; break;
        }
        if (e) vkr__jj_puts(c, &b, e); else vkr__jj_put(c, &b, s.u.s + i, 1);
    }
    r = vkr__jj_bufstr(&b);
    r.markup = 1;
    return r;
}

/* Python json.dumps. */
typedef struct vkr__jj_jsonopt { bool ascii, sort; const char *indent, *item_sep, *key_sep; size_t nindent, nitem, nkey; } vkr__jj_jsonopt;
VKR__FN void vkr__jj_json_str(vkr__jj_ctx *c, vkr__jj_buf *b, const char *s, size_t n, bool ascii) {
    const char *end = s + n;
    vkr__jj_put(c, b, "\"", 1);
    while (s < end && !c->err) {
        uint32_t cp;
        const char *s0 = s;
        char e[16];
        s += vkr__jj_cp(s, end, &cp);
        switch (cp) {
        case '"': vkr__jj_puts(c, b, "\\\""); continue;
        case '\\': vkr__jj_puts(c, b, "\\\\"); continue;
        case '\n': vkr__jj_puts(c, b, "\\n"); continue;
        case '\r': vkr__jj_puts(c, b, "\\r"); continue;
        case '\t': vkr__jj_puts(c, b, "\\t"); continue;
        case '\b': vkr__jj_puts(c, b, "\\b"); continue;
        case '\f': vkr__jj_puts(c, b, "\\f"); continue;
        default: break;
        }
        if (cp < 0x20 || (ascii && cp >= 0x80)) {
            if (cp >= 0x10000) snprintf(e, sizeof e, "\\u%04x\\u%04x", (unsigned)(0xD800 + ((cp - 0x10000) >> 10)), (unsigned)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
            else snprintf(e, sizeof e, "\\u%04x", (unsigned)cp);
            vkr__jj_puts(c, b, e);
        } else {
            vkr__jj_put(c, b, s0, (size_t)(s - s0));
        }
    }
    vkr__jj_put(c, b, "\"", 1);
}
VKR__FN void vkr__jj_sort_idx(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *keys, size_t *idx, size_t count, bool reverse);
VKR__FN void vkr__jj_json(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *v, const vkr__jj_jsonopt *o, vkr__jj_buf *b, int level) {
    char t[64];
    size_t i, cnt;
    int k;
    switch (v->type) {
    case VKR__JJ_NONE: vkr__jj_puts(c, b, "null"); return;
    case VKR__JJ_BOOL: vkr__jj_puts(c, b, v->u.b ? "true" : "false"); return;
    case VKR__JJ_INT: snprintf(t, sizeof t, "%lld", (long long)v->u.i); vkr__jj_puts(c, b, t); return;
    case VKR__JJ_FLOAT:
        if (v->u.f != v->u.f) strcpy(t, "NaN");
        else if (v->u.f == HUGE_VAL || v->u.f == -HUGE_VAL) strcpy(t, v->u.f < 0 ? "-Infinity" : "Infinity");
        else vkr__jj_fmt_float(v->u.f, t);
        vkr__jj_puts(c, b, t);
        return;
    case VKR__JJ_STR: vkr__jj_json_str(c, b, v->u.s, v->n, o->ascii); return;
    case VKR__JJ_LIST: if (!v->gen) break; /* fall through */
    default:
        if (v->type != VKR__JJ_DICT) {
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "Object of type %s is not JSON serializable", vkr__jj_tname(v));
            return;
        }
        break;
    }
    cnt = v->type == VKR__JJ_LIST ? v->u.l->n : v->u.d->n;
    if (!cnt) { vkr__jj_puts(c, b, v->type == VKR__JJ_LIST ? "[]" : "{}"); return; }
    if (++c->vdepth > VKR__JJ_MAX_VDEPTH) { vkr__jj_fail(c, VKR_ERR_LIMIT, n, "values nested too deeply"); c->vdepth--; return; }
    {
        size_t *idx = NULL;
        vkr__jj_puts(c, b, v->type == VKR__JJ_LIST ? "[" : "{");
        if (v->type == VKR__JJ_DICT && o->sort && (idx = (size_t *)vkr__jj_alloc(c, cnt * sizeof(size_t)))) {
            for (i = 0; i < cnt; i++) idx[i] = i;
            vkr__jj_sort_idx(c, n, v->u.d->k, idx, cnt, false);
        }
        for (i = 0; i < cnt && !c->err; i++) {
            if (i) vkr__jj_put(c, b, o->item_sep, o->nitem);
            if (o->indent) {
                vkr__jj_puts(c, b, "\n");
                for (k = 0; k <= level; k++) vkr__jj_put(c, b, o->indent, o->nindent);
            }
            if (v->type == VKR__JJ_LIST) { vkr__jj_json(c, n, &v->u.l->v[i], o, b, level + 1); continue; }
            {
                size_t j = idx ? idx[i] : i;
                const vkr__jj_val *key = &v->u.d->k[j];
                if (key->type == VKR__JJ_STR) vkr__jj_json_str(c, b, key->u.s, key->n, o->ascii);
                else if (key->type == VKR__JJ_NONE || key->type == VKR__JJ_BOOL || key->type == VKR__JJ_INT || key->type == VKR__JJ_FLOAT) {
                    vkr__jj_buf kb = {NULL, 0, 0};
                    vkr__jj_json(c, n, key, o, &kb, 0);
                    vkr__jj_json_str(c, b, kb.p ? kb.p : "", kb.n, false);
                } else {
                    vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "keys must be str, int, float, bool or None, not %s", vkr__jj_tname(key));
                }
                vkr__jj_put(c, b, o->key_sep, o->nkey);
                vkr__jj_json(c, n, &v->u.d->v[j], o, b, level + 1);
            }
        }
        if (o->indent) {
            vkr__jj_puts(c, b, "\n");
            for (k = 0; k < level; k++) vkr__jj_put(c, b, o->indent, o->nindent);
        }
        vkr__jj_puts(c, b, v->type == VKR__JJ_LIST ? "]" : "}");
    }
    c->vdepth--;
}

/* --- lexer ------------------------------------------------------------------ */
/* Mirrors jinja2's Lexer.tokeniter with trim_blocks and lstrip_blocks on: a
   '-' beside a delimiter strips all whitespace on that side, '+' keeps it;
   otherwise a block or comment tag drops one newline after it, and blanks
   between a line start and a block or comment tag are removed. */

enum { VKR__JJ_T_EOF, VKR__JJ_T_DATA, VKR__JJ_T_VBEGIN, VKR__JJ_T_VEND, VKR__JJ_T_BBEGIN, VKR__JJ_T_BEND,
       VKR__JJ_T_NAME, VKR__JJ_T_STR, VKR__JJ_T_INT, VKR__JJ_T_FLOAT, VKR__JJ_T_OP };
typedef struct vkr__jj_tok { uint8_t type, op; int32_t line, col; const char *s; size_t n; int64_t i; double f; } vkr__jj_tok;

typedef struct vkr__jj_lex {
    const char *src, *p, *end;
    const char *lp, *ls;      /* line counting: scanned up to lp; the current line starts at ls */
    int32_t line;
    vkr__jj_tok *t;
    size_t n, cap;
    vkr_allocator a;
    vkr__arena *ar;
    bool line_start;
    vkr_result err;
} vkr__jj_lex;

VKR__FN void vkr__jj_at(vkr__jj_lex *L, const char *at, int32_t *line, int32_t *col) {
    for (; L->lp < at; L->lp++) if (*L->lp == '\n') { L->line++; L->ls = L->lp + 1; }
    *line = L->line;
    *col = (int32_t)(at - L->ls) + 1;
}
VKR__FN VKR__PRINTF(3, 4) bool vkr__jj_lerr(vkr__jj_lex *L, const char *at, const char *fmt, ...) {
    char msg[512];
    int32_t line, col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vkr__jj_at(L, at, &line, &col);
    if (!L->err) L->err = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "chat template: line %d, column %d: %s", (int)line, (int)col, msg);
    return false;
}
VKR__FN vkr__jj_tok *vkr__jj_emit(vkr__jj_lex *L, int type, const char *at, const char *s, size_t n) {
    vkr__jj_tok *t;
    if (L->n == L->cap) {
        size_t nc = L->cap ? L->cap * 2 : 256;
        if (!vkr__grow(&L->a, (void **)&L->t, L->cap, nc, sizeof(vkr__jj_tok))) {
            if (!L->err) L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory");
            return NULL;
        }
        L->cap = nc;
    }
    t = &L->t[L->n++];
    memset(t, 0, sizeof *t);
    t->type = (uint8_t)type;
    t->s = s;
    t->n = n;
    vkr__jj_at(L, at, &t->line, &t->col);
    return t;
}
/* End of the whitespace run starting at s (Python's \s). */
VKR__FN const char *vkr__jj_skip_ws(const char *s, const char *end) {
    uint32_t cp;
    while (s < end) {
        size_t k = vkr__jj_cp(s, end, &cp);
        if (!vkr__jj_space(cp)) break;
        s += k;
    }
    return s;
}
/* Start of the whitespace run ending at end (str.rstrip); with stop_at_nl
   the run ends after a newline. */
VKR__FN const char *vkr__jj_rskip_ws(const char *s, const char *end, bool stop_at_nl) {
    while (end > s) {
        const char *q = end - 1;
        uint32_t cp;
        while (q > s && ((unsigned char)*q & 0xC0) == 0x80 && end - q < 4) q--;
        if (vkr__jj_cp(q, end, &cp) != (size_t)(end - q)) { q = end - 1; cp = 0xDC00u | (unsigned char)*q; }
        if (!vkr__jj_space(cp) || (stop_at_nl && cp == '\n')) break;
        end = q;
    }
    return end;
}
/* After a block / comment end "%}" or "#}" at p with sign: the first byte of
   the data that follows. */
VKR__FN const char *vkr__jj_after_end(vkr__jj_lex *L, const char *p, char sign) {
    if (sign == '-') return vkr__jj_skip_ws(p, L->end);
    if (sign != '+' && p < L->end && *p == '\n') p++;
    return p;
}
/* Appends a data token, applying the whitespace control of the tag after it. */
VKR__FN void vkr__jj_data(vkr__jj_lex *L, const char *s, const char *e, char sign, bool lstrip) {
    if (sign == '-') e = vkr__jj_rskip_ws(s, e, false);
    else if (sign != '+' && lstrip) {   /* whitespace (\s, so Unicode too) alone on its line before the tag */
        const char *q = vkr__jj_rskip_ws(s, e, true);
        if ((q > s && q[-1] == '\n') || (q == s && L->line_start)) e = q;
    }
    if (e > s) vkr__jj_emit(L, VKR__JJ_T_DATA, s, s, (size_t)(e - s));
}

/* Python's unicode-escape decoding of a string literal (after jinja2's
   encode("ascii", "backslashreplace"), so a backslash before a non-ASCII
   character stays a backslash followed by that character's \x / \u form). */
VKR__FN bool vkr__jj_unescape(vkr__jj_lex *L, const char *s, size_t n, vkr__jj_tok *t) {
    char *d = (char *)vkr__arena_alloc(L->ar, 4 * n + 1), *d0 = d;
    const char *end = s + n;
    if (!d) { L->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory"); return false; }
    while (s < end) {
        uint32_t cp = 0;
        int k, want = 0;
        if (*s != '\\') { *d++ = *s++; continue; }
        if (++s >= end) { *d++ = '\\'; break; }
        switch (*s) {
        case '\n': s++; continue;
        case '\\': case '\'': case '"': *d++ = *s++; continue;
        case 'a': *d++ = '\a'; s++; continue;
        case 'b': *d++ = '\b'; s++; continue;
        case 'f': *d++ = '\f'; s++; continue;
        case 'n': *d++ = '\n'; s++; continue;
        case 'r': *d++ = '\r'; s++; continue;
        case 't': *d++ = '\t'; s++; continue;
        case 'v': *d++ = '\v'; s++; continue;
        case 'x': want = 2; break;
        case 'u': want = 4; break;
        case 'U': want = 8; break;
        case 'N': return vkr__jj_lerr(L, s, "\\N{...} escapes are not supported");
        default: break;
        }
        if (*s >= '0' && *s <= '7') {
            for (k = 0; k < 3 && s < end && *s >= '0' && *s <= '7'; k++) cp = cp * 8 + (uint32_t)(*s++ - '0');
        } else if (want) {
            s++;
            for (k = 0; k < want; k++, s++) {
                int h = s >= end ? -1 : (*s >= '0' && *s <= '9') ? *s - '0' : (*s >= 'a' && *s <= 'f') ? *s - 'a' + 10 : (*s >= 'A' && *s <= 'F') ? *s - 'A' + 10 : -1;
                if (h < 0) return vkr__jj_lerr(L, s, "truncated \\%c escape in a string", want == 2 ? 'x' : want == 4 ? 'u' : 'U');
                cp = cp * 16 + (uint32_t)h;
            }
            if (cp > 0x10FFFF) return vkr__jj_lerr(L, s, "illegal Unicode character in a string");
        } else if ((unsigned char)*s >= 0x80) {
            uint32_t c2;
            size_t len = vkr__jj_cp(s, end, &c2);
            char tmp[16];
            if (c2 >= 0xDC80 && c2 <= 0xDCFF) c2 = 0xFFFD;
            snprintf(tmp, sizeof tmp, c2 < 0x100 ? "\\x%02x" : c2 < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c2);
            memcpy(d, tmp, strlen(tmp));
            d += strlen(tmp);
            s += len;
            continue;
        } else {
            *d++ = '\\';
            *d++ = *s++;
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;   /* a lone surrogate cannot be UTF-8 */
        d += vkr__utf8_put(d, cp);
    }
    *d = 0;
    t->s = d0;
    t->n = (size_t)(d - d0);
    return true;
}

VKR__FN bool vkr__jj_digit(char ch) { return ch >= '0' && ch <= '9'; }
/* (\d+_)*\d+ */
VKR__FN const char *vkr__jj_digits(const char *p, const char *end) {
    while (p < end && vkr__jj_digit(*p)) {
        p++;
        if (p + 1 < end && *p == '_' && vkr__jj_digit(p[1])) p++;
    }
    return p;
}
VKR__FN bool vkr__jj_number(vkr__jj_lex *L, const char *p, const char **next) {
    const char *e = L->end, *q = vkr__jj_digits(p, e), *s;
    bool is_float = false, frac = false;
    char buf[128];
    size_t k = 0;
    vkr__jj_tok *t;
    if (!(p > L->src && p[-1] == '.')) {   /* jinja2's float rule has (?<!\.) */
        const char *f = q;
        if (f + 1 < e && *f == '.' && vkr__jj_digit(f[1])) { f = vkr__jj_digits(f + 1, e); frac = true; }
        if (f < e && (*f == 'e' || *f == 'E')) {
            const char *x = f + 1;
            if (x < e && (*x == '+' || *x == '-')) x++;
            if (x < e && vkr__jj_digit(*x)) { f = vkr__jj_digits(x, e); is_float = true; }
        }
        if (frac) is_float = true;
        if (is_float) q = f;
    }
    if (is_float) {
        const char *dp = localeconv()->decimal_point;
        if (q - p >= (ptrdiff_t)sizeof buf) return vkr__jj_lerr(L, p, "number literal too long");
        for (s = p; s < q; s++) if (*s != '_') buf[k++] = (*s == '.' && dp && dp[0] && !dp[1]) ? dp[0] : *s;
        buf[k] = 0;
        if (!(t = vkr__jj_emit(L, VKR__JJ_T_FLOAT, p, p, (size_t)(q - p)))) return false;
        t->f = strtod(buf, NULL);
    } else {
        int base = 10;
        uint64_t v = 0;
        q = p;
        if (*p == '0' && p + 1 < e && strchr("bBoOxX", p[1]) && p[1]) {
            base = (p[1] == 'b' || p[1] == 'B') ? 2 : (p[1] == 'o' || p[1] == 'O') ? 8 : 16;
            q = p + 2;
        } else if (*p == '0') {
            base = 0;   /* 0(_?0)* */
            q = p + 1;
            while (q < e && (*q == '0' || (*q == '_' && q + 1 < e && q[1] == '0'))) q++;
        }
        if (base) {
            const char *d0 = q;
            for (;; q++) {
                int h;
                if (q < e && *q == '_' && q + 1 < e) q++;
                h = q >= e ? -1 : vkr__jj_digit(*q) ? *q - '0' : (*q >= 'a' && *q <= 'f') ? *q - 'a' + 10 : (*q >= 'A' && *q <= 'F') ? *q - 'A' + 10 : -1;
                if (h < 0 || h >= base) break;
                if (v > (UINT64_MAX - (uint64_t)h) / (uint64_t)base || v * (uint64_t)base + (uint64_t)h > (uint64_t)INT64_MAX)
                    return vkr__jj_lerr(L, p, "integer literal too large");
                v = v * (uint64_t)base + (uint64_t)h;
            }
            if (q == d0) return vkr__jj_lerr(L, p, "invalid number literal");
        }
        if (!(t = vkr__jj_emit(L, VKR__JJ_T_INT, p, p, (size_t)(q - p)))) return false;
        t->i = (int64_t)v;
    }
    *next = q;
    return true;
}

/* Tokens of one {{ }} or {% %} tag, from p (after the opening delimiter). */
VKR__FN const char *vkr__jj_tag(vkr__jj_lex *L, const char *p, char kind) {
    const char *e = L->end;
    int depth = 0;
    static const char *const two[] = {"**", "//", "==", "!=", ">=", "<="};
    vkr__jj_emit(L, kind == '{' ? VKR__JJ_T_VBEGIN : VKR__JJ_T_BBEGIN, p, p, 0);
    while (!L->err) {
        char close = kind == '{' ? '}' : '%';
        int i;
        if (p >= e) { vkr__jj_lerr(L, p, "unexpected end of template: the %s tag is not closed", kind == '{' ? "{{" : "{%"); return e; }
        if (depth == 0) {
            char sign = 0;
            const char *q = p;
            if ((*q == '-' || (*q == '+' && kind == '%')) && q + 1 < e) { sign = *q; q++; }
            if (q + 1 < e && q[0] == close && q[1] == '}') {
                vkr__jj_emit(L, kind == '{' ? VKR__JJ_T_VEND : VKR__JJ_T_BEND, p, p, 0);
                q += 2;
                if (kind == '{') q = sign == '-' ? vkr__jj_skip_ws(q, e) : q;
                else q = vkr__jj_after_end(L, q, sign);
                L->line_start = q[-1] == '\n';
                return q;
            }
        }
        {
            uint32_t cp;
            size_t k = vkr__jj_cp(p, e, &cp);
            if (vkr__jj_space(cp)) { p += k; continue; }
        }
        if (vkr__jj_digit(*p)) {
            if (!vkr__jj_number(L, p, &p)) return e;
        } else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' || (unsigned char)*p >= 0x80) {
            const char *q = p;
            while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '_' || vkr__jj_digit(*q) || (unsigned char)*q >= 0x80)) q++;
            vkr__jj_emit(L, VKR__JJ_T_NAME, p, p, (size_t)(q - p));
            p = q;
        } else if (*p == '\'' || *p == '"') {
            const char *q = p + 1;
            vkr__jj_tok *t;
            while (q < e && *q != *p) q += (*q == '\\' && q + 1 < e) ? 2 : 1;
            if (q >= e) { vkr__jj_lerr(L, p, "unterminated string"); return e; }
            if (!(t = vkr__jj_emit(L, VKR__JJ_T_STR, p, NULL, 0)) || !vkr__jj_unescape(L, p + 1, (size_t)(q - p - 1), t)) return e;
            p = q + 1;
        } else {
            vkr__jj_tok *t;
            for (i = 0; i < 6; i++) if (p + 1 < e && p[0] == two[i][0] && p[1] == two[i][1]) break;
            if (i < 6) {
                if (!(t = vkr__jj_emit(L, VKR__JJ_T_OP, p, p, 2))) return e;
                t->op = (uint8_t)(VKR__JJ_OP_POW + i);
                p += 2;
                continue;
            }
            if (!strchr("+-/*%~[](){}><=.:|,;", *p) || !*p) { vkr__jj_lerr(L, p, "unexpected character '%c'", *p); return e; }
            if (*p == '(' || *p == '[' || *p == '{') depth++;
            if ((*p == ')' || *p == ']' || *p == '}') && depth > 0) depth--;
            if (!(t = vkr__jj_emit(L, VKR__JJ_T_OP, p, p, 1))) return e;
            t->op = (uint8_t)*p++;
        }
    }
    return e;
}

/* {% raw %}? At p (after "{%" and its sign). Returns the end of the tag. */
VKR__FN const char *vkr__jj_raw_tag(const char *p, const char *e, const char *word, char *sign) {
    size_t n = strlen(word);
    p = vkr__jj_skip_ws(p, e);
    if ((size_t)(e - p) < n || memcmp(p, word, n)) return NULL;
    p = vkr__jj_skip_ws(p + n, e);
    *sign = 0;
    if (p < e && (*p == '-' || *p == '+')) *sign = *p++;
    if (e - p < 2 || p[0] != '%' || p[1] != '}') return NULL;
    if (*sign == '+' && !strcmp(word, "raw")) return NULL;
    return p + 2;
}

VKR__FN bool vkr__jj_lex_run(vkr__jj_lex *L) {
    const char *p = L->p, *e = L->end;
    L->line_start = true;
    while (p < e && !L->err) {
        const char *q = p, *r;
        char kind, sign;
        while (q + 1 < e && !(q[0] == '{' && (q[1] == '{' || q[1] == '%' || q[1] == '#'))) q++;
        if (q + 1 >= e) { vkr__jj_emit(L, VKR__JJ_T_DATA, p, p, (size_t)(e - p)); break; }
        kind = q[1];
        sign = (q + 2 < e && (q[2] == '-' || q[2] == '+')) ? q[2] : 0;
        vkr__jj_data(L, p, q, sign, kind != '{');
        L->line_start = false;
        p = q + 2 + (sign ? 1 : 0);
        if (kind == '#') {
            for (r = p; r + 1 < e && !(r[0] == '#' && r[1] == '}'); r++) {}
            if (r + 1 >= e) { vkr__jj_lerr(L, q, "missing end of comment tag"); break; }
            sign = (r > p && (r[-1] == '-' || r[-1] == '+')) ? r[-1] : 0;
            p = vkr__jj_after_end(L, r + 2, sign);
            L->line_start = p[-1] == '\n';
        } else if (kind == '%' && (r = vkr__jj_raw_tag(p, e, "raw", &sign)) != NULL) {
            const char *body = sign == '-' ? vkr__jj_skip_ws(r, e) : r, *s;
            for (s = body; s + 1 < e; s++) {
                char sg = 0, esg;
                const char *t;
                if (s[0] != '{' || s[1] != '%') continue;
                t = s + 2;
                if (t < e && (*t == '-' || *t == '+')) sg = *t++;
                if (!(t = vkr__jj_raw_tag(t, e, "endraw", &esg))) continue;
                L->line_start = body[-1] == '\n';
                vkr__jj_data(L, body, s, sg, true);
                p = vkr__jj_after_end(L, t, esg);
                L->line_start = p[-1] == '\n';
                break;
            }
            if (s + 1 >= e) { vkr__jj_lerr(L, q, "missing end of raw directive"); break; }
        } else {
            p = vkr__jj_tag(L, p, kind);
        }
    }
    vkr__jj_emit(L, VKR__JJ_T_EOF, e, e, 0);
    return !L->err;
}

/* --- parser ------------------------------------------------------------------ */
/* jinja2's Parser, function for function (parse_tuple, parse_condexpr,
   parse_or ... parse_unary, parse_primary, parse_postfix, parse_filter_expr). */

/* Filters and tests, in the order of their enums. */
static const char *const vkr__jj_filter_names[] = {
    "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first", "float",
    "forceescape", "indent", "int", "items", "join", "last", "length", "list", "lower", "map", "max", "min",
    "reject", "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr", "sort", "string", "sum",
    "title", "tojson", "trim", "unique", "upper", "wordcount", NULL};
enum { VKR__JJF_ABS, VKR__JJF_ATTR, VKR__JJF_BATCH, VKR__JJF_CAPITALIZE, VKR__JJF_COUNT, VKR__JJF_D, VKR__JJF_DEFAULT,
       VKR__JJF_DICTSORT, VKR__JJF_E, VKR__JJF_ESCAPE, VKR__JJF_FIRST, VKR__JJF_FLOAT, VKR__JJF_FORCEESCAPE,
       VKR__JJF_INDENT, VKR__JJF_INT, VKR__JJF_ITEMS, VKR__JJF_JOIN, VKR__JJF_LAST, VKR__JJF_LENGTH, VKR__JJF_LIST,
       VKR__JJF_LOWER, VKR__JJF_MAP, VKR__JJF_MAX, VKR__JJF_MIN, VKR__JJF_REJECT, VKR__JJF_REJECTATTR,
       VKR__JJF_REPLACE, VKR__JJF_REVERSE, VKR__JJF_ROUND, VKR__JJF_SAFE, VKR__JJF_SELECT, VKR__JJF_SELECTATTR,
       VKR__JJF_SORT, VKR__JJF_STRING, VKR__JJF_SUM, VKR__JJF_TITLE, VKR__JJF_TOJSON, VKR__JJF_TRIM, VKR__JJF_UNIQUE,
       VKR__JJF_UPPER, VKR__JJF_WORDCOUNT };
/* jinja2 built-ins that valkyr does not implement (an error says so). */
static const char *const vkr__jj_filters_missing = " center filesizeformat format groupby pprint random slice striptags truncate urlencode urlize wordwrap xmlattr ";
static const char *const vkr__jj_test_names[] = {
    "defined", "undefined", "none", "boolean", "false", "true", "integer", "float", "number", "string", "mapping",
    "iterable", "sequence", "callable", "sameas", "escaped", "odd", "even", "divisibleby", "lower", "upper", "eq",
    "equalto", "==", "ne", "!=", "lt", "lessthan", "<", "le", "<=", "gt", "greaterthan", ">", "ge", ">=", "in",
    "filter", "test", NULL};
enum { VKR__JJT_DEFINED, VKR__JJT_UNDEFINED, VKR__JJT_NONE, VKR__JJT_BOOLEAN, VKR__JJT_FALSE, VKR__JJT_TRUE,
       VKR__JJT_INTEGER, VKR__JJT_FLOAT, VKR__JJT_NUMBER, VKR__JJT_STRING, VKR__JJT_MAPPING, VKR__JJT_ITERABLE,
       VKR__JJT_SEQUENCE, VKR__JJT_CALLABLE, VKR__JJT_SAMEAS, VKR__JJT_ESCAPED, VKR__JJT_ODD, VKR__JJT_EVEN,
       VKR__JJT_DIVISIBLEBY, VKR__JJT_LOWER, VKR__JJT_UPPER, VKR__JJT_EQ, VKR__JJT_EQUALTO, VKR__JJT_EQ2, VKR__JJT_NE,
       VKR__JJT_NE2, VKR__JJT_LT, VKR__JJT_LESSTHAN, VKR__JJT_LT2, VKR__JJT_LE, VKR__JJT_LE2, VKR__JJT_GT,
       VKR__JJT_GREATERTHAN, VKR__JJT_GT2, VKR__JJT_GE, VKR__JJT_GE2, VKR__JJT_IN, VKR__JJT_FILTER, VKR__JJT_TEST };
#define VKR__JJ_UNKNOWN 255

VKR__FN int vkr__jj_lookup(const char *const *names, const char *s, size_t n) {
    int i;
    for (i = 0; names[i]; i++) if (strlen(names[i]) == n && !memcmp(names[i], s, n)) return i;
    return VKR__JJ_UNKNOWN;
}
/* Where s[0, n) is one of the space-separated words of list (NULL if not). */
VKR__FN const char *vkr__jj_word_at(const char *s, size_t n, const char *list) {
    const char *p = list;
    while (p && *p) {
        const char *q;
        while (*p == ' ') p++;
        q = p;
        while (*q && *q != ' ') q++;
        if ((size_t)(q - p) == n && n && !memcmp(p, s, n)) return p;
        p = q;
    }
    return NULL;
}
VKR__FN bool vkr__jj_word_in(const char *s, size_t n, const char *list) { return vkr__jj_word_at(s, n, list) != NULL; }

typedef struct vkr__jj_parser {
    vkr__arena *ar;
    const vkr__jj_tok *t;
    size_t i;
    int32_t depth, loops, soft;
    uint8_t *macro_flags;      /* of the macro whose body is being parsed */
    const vkr__jj_tok *bad;    /* first unknown filter / test not (yet) inside an if (jinja2 defers those) */
    const char *bad_what;
    vkr_result err;
} vkr__jj_parser;

#define VKR__JJ_CUR(P) (&(P)->t[(P)->i])
VKR__FN void vkr__jj_adv(vkr__jj_parser *P) { if (P->t[P->i].type != VKR__JJ_T_EOF) P->i++; }

VKR__FN const char *vkr__jj_describe(const vkr__jj_tok *t, char *buf, size_t cap) {
    switch (t->type) {
    case VKR__JJ_T_EOF: return "end of template";
    case VKR__JJ_T_DATA: return "template data";
    case VKR__JJ_T_VBEGIN: return "begin of print statement";
    case VKR__JJ_T_VEND: return "end of print statement";
    case VKR__JJ_T_BBEGIN: return "begin of statement block";
    case VKR__JJ_T_BEND: return "end of statement block";
    case VKR__JJ_T_STR: return "string";
    default: snprintf(buf, cap, "%.*s", (int)VKR__MIN(t->n, 40), t->s); return buf;
    }
}
VKR__FN VKR__PRINTF(4, 5) vkr__jj_node *vkr__jj_perr(vkr__jj_parser *P, const vkr__jj_tok *t, vkr_result code, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    if (P->err) return NULL;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    P->err = vkr__fail(code, "chat template: line %d, column %d: %s", (int)t->line, (int)t->col, msg);
    return NULL;
}
VKR__FN vkr__jj_node *vkr__jj_unexpected(vkr__jj_parser *P, const char *expected) {
    char b[64];
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    if (expected) return vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "expected %s, got '%s'", expected, vkr__jj_describe(t, b, sizeof b));
    return vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "unexpected '%s'", vkr__jj_describe(t, b, sizeof b));
}
VKR__FN bool vkr__jj_is_op(const vkr__jj_parser *P, int op) { const vkr__jj_tok *t = VKR__JJ_CUR(P); return t->type == VKR__JJ_T_OP && t->op == op; }
VKR__FN bool vkr__jj_is_name(const vkr__jj_tok *t, const char *w) { return t->type == VKR__JJ_T_NAME && t->n == strlen(w) && !memcmp(t->s, w, t->n); }
VKR__FN bool vkr__jj_expect_op(vkr__jj_parser *P, int op) {
    char what[8];
    if (vkr__jj_is_op(P, op)) { vkr__jj_adv(P); return true; }
    snprintf(what, sizeof what, "'%c'", op);
    vkr__jj_unexpected(P, what);
    return false;
}
VKR__FN bool vkr__jj_expect(vkr__jj_parser *P, int type) {
    if (VKR__JJ_CUR(P)->type == type) { vkr__jj_adv(P); return true; }
    vkr__jj_unexpected(P, type == VKR__JJ_T_BEND ? "end of statement block" : type == VKR__JJ_T_VEND ? "end of print statement" : "a name");
    return false;
}
VKR__FN vkr__jj_node *vkr__jj_new(vkr__jj_parser *P, int kind, const vkr__jj_tok *t) {
    vkr__jj_node *n;
    if (P->err) return NULL;
    n = (vkr__jj_node *)vkr__arena_alloc(P->ar, sizeof *n);
    if (!n) { P->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory"); return NULL; }
    memset(n, 0, sizeof *n);
    n->kind = (uint8_t)kind;
    n->line = t->line;
    n->col = t->col;
    return n;
}
VKR__FN vkr__jj_node *vkr__jj_new2(vkr__jj_parser *P, int kind, const vkr__jj_tok *t, vkr__jj_node *a, vkr__jj_node *b) {
    vkr__jj_node *n = (a && b) ? vkr__jj_new(P, kind, t) : NULL;
    if (n) { n->a = a; n->b = b; }
    return n;
}
VKR__FN bool vkr__jj_enter(vkr__jj_parser *P) {
    if (++P->depth <= VKR__JJ_MAX_NEST) return true;
    vkr__jj_perr(P, VKR__JJ_CUR(P), VKR_ERR_LIMIT, "nested too deeply (more than %d levels)", VKR__JJ_MAX_NEST);
    return false;
}

VKR__FN vkr__jj_node *vkr__jj_parse_expr(vkr__jj_parser *P, bool condexpr);
VKR__FN vkr__jj_node *vkr__jj_parse_unary(vkr__jj_parser *P, bool with_filter);
VKR__FN vkr__jj_node *vkr__jj_parse_primary(vkr__jj_parser *P);
VKR__FN vkr__jj_node *vkr__jj_parse_postfix(vkr__jj_parser *P, vkr__jj_node *n);

VKR__FN bool vkr__jj_tuple_end(vkr__jj_parser *P, const char *extra) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    if (t->type == VKR__JJ_T_VEND || t->type == VKR__JJ_T_BEND || vkr__jj_is_op(P, ')')) return true;
    return extra && t->type == VKR__JJ_T_NAME && vkr__jj_word_in(t->s, t->n, extra);
}
VKR__FN vkr__jj_node *vkr__jj_parse_tuple(vkr__jj_parser *P, bool simplified, bool condexpr, const char *extra, bool parens) {
    const vkr__jj_tok *start = VKR__JJ_CUR(P);
    vkr__jj_node *head = NULL, **tail = &head, *n;
    bool is_tuple = false;
    for (;;) {
        if (head && !vkr__jj_expect_op(P, ',')) return NULL;
        if (vkr__jj_tuple_end(P, extra)) break;
        if (!(n = simplified ? vkr__jj_parse_primary(P) : vkr__jj_parse_expr(P, condexpr))) return NULL;
        *tail = n;
        tail = &n->next;
        if (vkr__jj_is_op(P, ',')) is_tuple = true; else break;
    }
    if (!is_tuple) {
        if (head) return head;
        if (!parens) return vkr__jj_unexpected(P, "an expression");
    }
    if ((n = vkr__jj_new(P, VKR__JJ_N_TUPLE, start))) n->b = head;
    return n;
}

/* Arguments of a call: positional nodes, then KWARG nodes. */
VKR__FN bool vkr__jj_parse_args(vkr__jj_parser *P, vkr__jj_node **out) {
    vkr__jj_node **tail = out;
    bool kw = false;
    *out = NULL;
    if (!vkr__jj_expect_op(P, '(')) return false;
    while (!vkr__jj_is_op(P, ')')) {
        const vkr__jj_tok *t = VKR__JJ_CUR(P);
        vkr__jj_node *n;
        if (*out) {
            if (!vkr__jj_expect_op(P, ',')) return false;
            if (vkr__jj_is_op(P, ')')) break;
            t = VKR__JJ_CUR(P);
        }
        if (vkr__jj_is_op(P, '*') || vkr__jj_is_op(P, VKR__JJ_OP_POW)) {
            vkr__jj_perr(P, t, VKR_ERR_UNSUPPORTED, "*args and **kwargs in calls are not supported");
            return false;
        }
        if (t->type == VKR__JJ_T_NAME && t[1].type == VKR__JJ_T_OP && t[1].op == '=') {
            P->i += 2;
            if (!(n = vkr__jj_new(P, VKR__JJ_N_KWARG, t))) return false;
            n->name = t->s;
            n->len = t->n;
            if (!(n->a = vkr__jj_parse_expr(P, true))) return false;
            kw = true;
        } else {
            if (kw) { vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "invalid syntax for function call expression"); return false; }
            if (!(n = vkr__jj_parse_expr(P, true))) return false;
        }
        *tail = n;
        tail = &n->next;
    }
    vkr__jj_adv(P);
    return true;
}

VKR__FN void vkr__jj_unknown(vkr__jj_parser *P, const vkr__jj_tok *t, const char *what) {
    if (!P->soft && !P->bad) { P->bad = t; P->bad_what = what; }
}

/* `| name(args) | name2 ...` applied to n (start_inline: the first name
   comes without a pipe, as in {% filter %}). */
VKR__FN vkr__jj_node *vkr__jj_parse_filter(vkr__jj_parser *P, vkr__jj_node *n, bool start_inline) {
    while (n && (vkr__jj_is_op(P, '|') || start_inline)) {
        const vkr__jj_tok *t;
        vkr__jj_node *f;
        if (!start_inline) vkr__jj_adv(P);
        start_inline = false;
        t = VKR__JJ_CUR(P);
        if (!vkr__jj_expect(P, VKR__JJ_T_NAME)) return NULL;
        if (!(f = vkr__jj_new(P, VKR__JJ_N_FILTER, t))) return NULL;
        f->a = n;
        f->name = t->s;
        f->len = t->n;
        f->op = (uint8_t)vkr__jj_lookup(vkr__jj_filter_names, t->s, t->n);
        while (vkr__jj_is_op(P, '.')) { vkr__jj_adv(P); vkr__jj_expect(P, VKR__JJ_T_NAME); f->op = VKR__JJ_UNKNOWN; f->len = (size_t)(VKR__JJ_CUR(P)[-1].s + VKR__JJ_CUR(P)[-1].n - t->s); }
        if (f->op == VKR__JJ_UNKNOWN) vkr__jj_unknown(P, t, "filter");
        if (vkr__jj_is_op(P, '(') && !vkr__jj_parse_args(P, &f->b)) return NULL;
        n = f;
    }
    return n;
}

VKR__FN vkr__jj_node *vkr__jj_parse_test(vkr__jj_parser *P, vkr__jj_node *n) {
    const vkr__jj_tok *t;
    vkr__jj_node *x;
    bool neg = false;
    vkr__jj_adv(P);   /* is */
    if (vkr__jj_is_name(VKR__JJ_CUR(P), "not")) { vkr__jj_adv(P); neg = true; }
    t = VKR__JJ_CUR(P);
    if (!vkr__jj_expect(P, VKR__JJ_T_NAME) || !(x = vkr__jj_new(P, VKR__JJ_N_TEST, t))) return NULL;
    x->a = n;
    x->name = t->s;
    x->len = t->n;
    x->op = (uint8_t)vkr__jj_lookup(vkr__jj_test_names, t->s, t->n);
    while (vkr__jj_is_op(P, '.')) { vkr__jj_adv(P); vkr__jj_expect(P, VKR__JJ_T_NAME); x->op = VKR__JJ_UNKNOWN; }
    if (x->op == VKR__JJ_UNKNOWN) vkr__jj_unknown(P, t, "test");
    t = VKR__JJ_CUR(P);
    if (vkr__jj_is_op(P, '(')) {
        if (!vkr__jj_parse_args(P, &x->b)) return NULL;
    } else if ((t->type == VKR__JJ_T_NAME || t->type == VKR__JJ_T_STR || t->type == VKR__JJ_T_INT || t->type == VKR__JJ_T_FLOAT ||
                vkr__jj_is_op(P, '[') || vkr__jj_is_op(P, '{')) &&
               !vkr__jj_is_name(t, "else") && !vkr__jj_is_name(t, "or") && !vkr__jj_is_name(t, "and")) {
        if (vkr__jj_is_name(t, "is")) return vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "you cannot chain multiple tests with is");
        if (!(x->b = vkr__jj_parse_postfix(P, vkr__jj_parse_primary(P)))) return NULL;
    }
    if (neg) { vkr__jj_node *m = vkr__jj_new(P, VKR__JJ_N_NOT, t); if (m) m->a = x; x = m; }
    return x;
}

VKR__FN vkr__jj_node *vkr__jj_parse_subscript(vkr__jj_parser *P, vkr__jj_node *obj) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *n, *head = NULL, **tail = &head;
    if (vkr__jj_is_op(P, '.')) {
        const vkr__jj_tok *a;
        vkr__jj_adv(P);
        a = VKR__JJ_CUR(P);
        vkr__jj_adv(P);
        if (a->type == VKR__JJ_T_NAME) {
            if ((n = vkr__jj_new(P, VKR__JJ_N_GETATTR, t))) { n->a = obj; n->name = a->s; n->len = a->n; }
            return n;
        }
        if (a->type != VKR__JJ_T_INT) return vkr__jj_perr(P, a, VKR_ERR_INVALID_ARGUMENT, "expected name or number");
        if (!(n = vkr__jj_new(P, VKR__JJ_N_GETITEM, t)) || !(n->b = vkr__jj_new(P, VKR__JJ_N_CONST, a))) return NULL;
        n->a = obj;
        n->b->v = vkr__jj_int(a->i);
        return n;
    }
    vkr__jj_adv(P);   /* [ */
    while (!vkr__jj_is_op(P, ']')) {
        const vkr__jj_tok *s = VKR__JJ_CUR(P);
        vkr__jj_node *arg = NULL, *part[3] = {NULL, NULL, NULL};
        int k;
        if (head && !vkr__jj_expect_op(P, ',')) return NULL;
        s = VKR__JJ_CUR(P);
        if (!vkr__jj_is_op(P, ':')) {
            if (!(arg = vkr__jj_parse_expr(P, true))) return NULL;
        }
        if (vkr__jj_is_op(P, ':')) {   /* a slice: start:stop:step, each optional */
            part[0] = arg;
            for (k = 1; k < 3 && vkr__jj_is_op(P, ':'); k++) {
                vkr__jj_adv(P);
                if (!vkr__jj_is_op(P, ']') && !vkr__jj_is_op(P, ',') && !vkr__jj_is_op(P, ':') && !(part[k] = vkr__jj_parse_expr(P, true))) return NULL;
            }
            if (!(arg = vkr__jj_new(P, VKR__JJ_N_SLICE, s))) return NULL;
            arg->a = part[0]; arg->b = part[1]; arg->c = part[2];
        }
        *tail = arg;
        tail = &arg->next;
    }
    vkr__jj_adv(P);
    if (!(n = vkr__jj_new(P, VKR__JJ_N_GETITEM, t))) return NULL;
    n->a = obj;
    if (head && !head->next) n->b = head;
    else if ((n->b = vkr__jj_new(P, VKR__JJ_N_TUPLE, t))) n->b->b = head;
    return n;
}

VKR__FN vkr__jj_node *vkr__jj_parse_postfix(vkr__jj_parser *P, vkr__jj_node *n) {
    while (n) {
        if (vkr__jj_is_op(P, '.') || vkr__jj_is_op(P, '[')) n = vkr__jj_parse_subscript(P, n);
        else if (vkr__jj_is_op(P, '(')) {
            vkr__jj_node *c = vkr__jj_new(P, VKR__JJ_N_CALL, VKR__JJ_CUR(P));
            if (!c || !vkr__jj_parse_args(P, &c->b)) return NULL;
            c->a = n;
            n = c;
        } else break;
    }
    return n;
}

VKR__FN vkr__jj_node *vkr__jj_parse_seq(vkr__jj_parser *P, int kind, char close) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *n = vkr__jj_new(P, kind, t), **tail;
    if (!n) return NULL;
    tail = &n->b;
    vkr__jj_adv(P);
    while (!vkr__jj_is_op(P, close)) {
        vkr__jj_node *x;
        if (n->b && !vkr__jj_expect_op(P, ',')) return NULL;
        if (vkr__jj_is_op(P, close)) break;
        if (!(x = vkr__jj_parse_expr(P, true))) return NULL;
        if (kind == VKR__JJ_N_DICT) {
            vkr__jj_node *pr = vkr__jj_new(P, VKR__JJ_N_PAIR, t);
            if (!pr || !vkr__jj_expect_op(P, ':')) return NULL;
            pr->a = x;
            if (!(pr->b = vkr__jj_parse_expr(P, true))) return NULL;
            x = pr;
        }
        *tail = x;
        tail = &x->next;
    }
    vkr__jj_adv(P);
    return n;
}

VKR__FN vkr__jj_node *vkr__jj_parse_primary(vkr__jj_parser *P) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *n = NULL;
    if (P->err) return NULL;
    if (t->type == VKR__JJ_T_NAME) {
        if (!(n = vkr__jj_new(P, VKR__JJ_N_CONST, t))) return NULL;
        if (vkr__jj_is_name(t, "true") || vkr__jj_is_name(t, "True")) n->v = vkr__jj_bool(true);
        else if (vkr__jj_is_name(t, "false") || vkr__jj_is_name(t, "False")) n->v = vkr__jj_bool(false);
        else if (vkr__jj_is_name(t, "none") || vkr__jj_is_name(t, "None")) n->v = vkr__jj_mk(VKR__JJ_NONE);
        else {
            n->kind = VKR__JJ_N_NAME;
            n->name = t->s;
            n->len = t->n;
            if (P->macro_flags && vkr__jj_is_name(t, "varargs")) *P->macro_flags |= VKR__JJ_USES_VARARGS;
            if (P->macro_flags && vkr__jj_is_name(t, "kwargs")) *P->macro_flags |= VKR__JJ_USES_KWARGS;
        }
        vkr__jj_adv(P);
    } else if (t->type == VKR__JJ_T_STR) {
        size_t total = 0, k;
        const vkr__jj_tok *u;
        char *s;
        for (u = t; u->type == VKR__JJ_T_STR; u++) total += u->n;   /* adjacent literals concatenate */
        if (!(n = vkr__jj_new(P, VKR__JJ_N_CONST, t))) return NULL;
        if (u == t + 1) n->v = vkr__jj_str(t->s, t->n);
        else {
            if (!(s = (char *)vkr__arena_alloc(P->ar, total + 1))) { P->err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory"); return NULL; }
            for (k = 0, u = t; u->type == VKR__JJ_T_STR; k += u->n, u++) memcpy(s + k, u->s, u->n);
            n->v = vkr__jj_str(s, total);
        }
        P->i += (size_t)(u - t);
    } else if (t->type == VKR__JJ_T_INT || t->type == VKR__JJ_T_FLOAT) {
        if (!(n = vkr__jj_new(P, VKR__JJ_N_CONST, t))) return NULL;
        n->v = t->type == VKR__JJ_T_INT ? vkr__jj_int(t->i) : vkr__jj_float(t->f);
        vkr__jj_adv(P);
    } else if (vkr__jj_is_op(P, '(')) {
        vkr__jj_adv(P);
        if (!(n = vkr__jj_parse_tuple(P, false, true, NULL, true)) || !vkr__jj_expect_op(P, ')')) return NULL;
    } else if (vkr__jj_is_op(P, '[')) {
        n = vkr__jj_parse_seq(P, VKR__JJ_N_LIST, ']');
    } else if (vkr__jj_is_op(P, '{')) {
        n = vkr__jj_parse_seq(P, VKR__JJ_N_DICT, '}');
    } else {
        vkr__jj_unexpected(P, NULL);
    }
    return n;
}

VKR__FN vkr__jj_node *vkr__jj_parse_unary(vkr__jj_parser *P, bool with_filter) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *n;
    if (!vkr__jj_enter(P)) return NULL;
    if (vkr__jj_is_op(P, '-') || vkr__jj_is_op(P, '+')) {
        vkr__jj_adv(P);
        if ((n = vkr__jj_new(P, t->op == '-' ? VKR__JJ_N_NEG : VKR__JJ_N_POS, t)) && !(n->a = vkr__jj_parse_unary(P, false))) n = NULL;
    } else {
        n = vkr__jj_parse_primary(P);
    }
    n = vkr__jj_parse_postfix(P, n);
    while (with_filter && n) {   /* parse_filter_expr */
        if (vkr__jj_is_op(P, '|')) n = vkr__jj_parse_filter(P, n, false);
        else if (vkr__jj_is_name(VKR__JJ_CUR(P), "is")) n = vkr__jj_parse_test(P, n);
        else if (vkr__jj_is_op(P, '(')) n = vkr__jj_parse_postfix(P, n);
        else break;
    }
    P->depth--;
    return n;
}

/* Binary levels, loosest first: or, and, (not), compare, + -, ~, * / // %, ** */
VKR__FN vkr__jj_node *vkr__jj_parse_bin(vkr__jj_parser *P, int level) {
    static const char *const words[] = {"or", "and"};
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *l, *r, *n;
    if (P->err) return NULL;
    if (level <= 1) {   /* or / and */
        l = vkr__jj_parse_bin(P, level + 1);
        while (l && vkr__jj_is_name(VKR__JJ_CUR(P), words[level])) {
            t = VKR__JJ_CUR(P);
            vkr__jj_adv(P);
            r = vkr__jj_parse_bin(P, level + 1);
            l = vkr__jj_new2(P, level ? VKR__JJ_N_AND : VKR__JJ_N_OR, t, l, r);
        }
        return l;
    }
    if (level == 2) {   /* not */
        if (!vkr__jj_is_name(t, "not")) return vkr__jj_parse_bin(P, 3);
        if (!vkr__jj_enter(P)) return NULL;
        vkr__jj_adv(P);
        n = vkr__jj_new(P, VKR__JJ_N_NOT, t);
        if (n && !(n->a = vkr__jj_parse_bin(P, 2))) n = NULL;
        P->depth--;
        return n;
    }
    if (level == 3) {   /* comparisons, chained */
        vkr__jj_node **tail;
        l = vkr__jj_parse_bin(P, 4);
        if (!l || !(n = vkr__jj_new(P, VKR__JJ_N_COMPARE, t))) return NULL;
        n->a = l;
        tail = &n->b;
        for (;;) {
            const vkr__jj_tok *c = VKR__JJ_CUR(P);
            int op = 0;
            vkr__jj_node *o;
            if (c->type == VKR__JJ_T_OP && (c->op == VKR__JJ_OP_EQ || c->op == VKR__JJ_OP_NE || c->op == VKR__JJ_OP_GE ||
                                           c->op == VKR__JJ_OP_LE || c->op == '<' || c->op == '>')) { op = c->op; P->i++; }
            else if (vkr__jj_is_name(c, "in")) { op = VKR__JJ_OP_IN; P->i++; }
            else if (vkr__jj_is_name(c, "not") && vkr__jj_is_name(c + 1, "in")) { op = VKR__JJ_OP_NOTIN; P->i += 2; }
            else break;
            if (!(o = vkr__jj_new(P, VKR__JJ_N_OPERAND, c)) || !(o->a = vkr__jj_parse_bin(P, 4))) return NULL;
            o->op = (uint8_t)op;
            *tail = o;
            tail = &o->next;
        }
        return n->b ? n : l;
    }
    if (level == 5) {   /* ~ */
        vkr__jj_node **tail;
        l = vkr__jj_parse_bin(P, 6);
        if (!l || !vkr__jj_is_op(P, '~')) return l;
        if (!(n = vkr__jj_new(P, VKR__JJ_N_CONCAT, t))) return NULL;
        n->b = l;
        tail = &l->next;
        while (vkr__jj_is_op(P, '~')) {
            vkr__jj_adv(P);
            if (!(r = vkr__jj_parse_bin(P, 6))) return NULL;
            *tail = r;
            tail = &r->next;
        }
        return n;
    }
    l = level == 7 ? vkr__jj_parse_unary(P, true) : vkr__jj_parse_bin(P, level + 1);
    for (;;) {
        const vkr__jj_tok *c = VKR__JJ_CUR(P);
        int op = c->type == VKR__JJ_T_OP ? c->op : 0;
        if (!l) return NULL;
        if (!(level == 4 ? (op == '+' || op == '-') : level == 6 ? (op == '*' || op == '/' || op == '%' || op == VKR__JJ_OP_FLOORDIV) : op == VKR__JJ_OP_POW)) break;
        vkr__jj_adv(P);
        r = level == 7 ? vkr__jj_parse_unary(P, true) : vkr__jj_parse_bin(P, level + 1);
        if ((l = vkr__jj_new2(P, VKR__JJ_N_BIN, c, l, r))) l->op = (uint8_t)op;
    }
    return l;
}

VKR__FN vkr__jj_node *vkr__jj_parse_expr(vkr__jj_parser *P, bool condexpr) {
    vkr__jj_node *e;
    const vkr__jj_tok *bad = P->bad;
    if (!vkr__jj_enter(P)) return NULL;
    e = vkr__jj_parse_bin(P, 0);
    while (condexpr && e && vkr__jj_is_name(VKR__JJ_CUR(P), "if")) {   /* a if b else c: unknown filters inside are deferred */
        vkr__jj_node *n = vkr__jj_new(P, VKR__JJ_N_COND, VKR__JJ_CUR(P));
        vkr__jj_adv(P);
        P->bad = bad;
        P->soft++;
        if (n) { n->b = e; n->a = vkr__jj_parse_bin(P, 0); }
        if (n && n->a && vkr__jj_is_name(VKR__JJ_CUR(P), "else")) { vkr__jj_adv(P); n->c = vkr__jj_parse_expr(P, true); if (!n->c) n = NULL; }
        P->soft--;
        e = (n && n->a) ? n : NULL;
    }
    P->depth--;
    return e;
}

/* An assignment target: a name or a tuple of names. */
VKR__FN vkr__jj_node *vkr__jj_parse_target(vkr__jj_parser *P, const char *extra) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *n = vkr__jj_parse_tuple(P, true, false, extra, false), *x;
    if (!n) return NULL;
    for (x = n->kind == VKR__JJ_N_TUPLE ? n->b : n; x; x = n->kind == VKR__JJ_N_TUPLE ? x->next : NULL)
        if (x->kind != VKR__JJ_N_NAME) return vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "can't assign to this expression");
    return n;
}

VKR__FN vkr__jj_node *vkr__jj_parse_body(vkr__jj_parser *P, const char *ends, const char *block);

/* After the block's closing tag name: consumes it and the %}. */
VKR__FN bool vkr__jj_end_tag(vkr__jj_parser *P) {
    vkr__jj_adv(P);
    return vkr__jj_expect(P, VKR__JJ_T_BEND);
}

VKR__FN vkr__jj_node *vkr__jj_parse_stmt(vkr__jj_parser *P) {
    const vkr__jj_tok *t = VKR__JJ_CUR(P);
    vkr__jj_node *n = NULL;
    if (t->type != VKR__JJ_T_NAME) return vkr__jj_unexpected(P, "a tag name");
    if (!vkr__jj_enter(P)) return NULL;
    if (vkr__jj_is_name(t, "if") || vkr__jj_is_name(t, "elif")) {
        const vkr__jj_tok *x;
        const vkr__jj_tok *bad = P->bad;
        P->soft++;   /* jinja2 defers unknown filters inside if blocks to run time */
        vkr__jj_adv(P);
        if ((n = vkr__jj_new(P, VKR__JJ_N_IF, t)) && (n->a = vkr__jj_parse_tuple(P, false, false, NULL, false)) && vkr__jj_expect(P, VKR__JJ_T_BEND)) {
            n->b = vkr__jj_parse_body(P, "elif else endif", "if");
            x = VKR__JJ_CUR(P);
            if (P->err) n = NULL;
            else if (vkr__jj_is_name(x, "elif")) { if (!(n->c = vkr__jj_parse_stmt(P))) n = NULL; }
            else {
                if (vkr__jj_is_name(x, "else") && vkr__jj_end_tag(P)) n->c = vkr__jj_parse_body(P, "endif", "if");
                if (P->err || !vkr__jj_end_tag(P)) n = NULL;
            }
        }
        P->soft--;
        P->bad = bad;
    } else if (vkr__jj_is_name(t, "for")) {
        vkr__jj_adv(P);
        if (!(n = vkr__jj_new(P, VKR__JJ_N_FOR, t)) || !(n->a = vkr__jj_parse_target(P, "in"))) return NULL;
        if (!vkr__jj_is_name(VKR__JJ_CUR(P), "in")) return vkr__jj_unexpected(P, "'in'");
        vkr__jj_adv(P);
        if (!(n->b = vkr__jj_parse_tuple(P, false, false, "recursive", false))) return NULL;
        if (vkr__jj_is_name(VKR__JJ_CUR(P), "if")) { vkr__jj_adv(P); if (!(n->c = vkr__jj_parse_expr(P, true))) return NULL; }
        if (vkr__jj_is_name(VKR__JJ_CUR(P), "recursive")) return vkr__jj_perr(P, VKR__JJ_CUR(P), VKR_ERR_UNSUPPORTED, "recursive loops are not supported");
        if (!vkr__jj_expect(P, VKR__JJ_T_BEND)) return NULL;
        P->loops++;
        n->d = vkr__jj_parse_body(P, "endfor else", "for");
        P->loops--;
        if (P->err) return NULL;
        if (vkr__jj_is_name(VKR__JJ_CUR(P), "else")) {
            if (!vkr__jj_end_tag(P)) return NULL;
            n->e = vkr__jj_parse_body(P, "endfor", "for");
        }
        if (P->err || !vkr__jj_end_tag(P)) return NULL;
    } else if (vkr__jj_is_name(t, "set")) {
        const vkr__jj_tok *a = t + 1;
        vkr__jj_adv(P);
        if (!(n = vkr__jj_new(P, VKR__JJ_N_SET, t))) return NULL;
        if (a->type == VKR__JJ_T_NAME && a[1].type == VKR__JJ_T_OP && a[1].op == '.') {   /* ns.attr */
            if (a[2].type != VKR__JJ_T_NAME) { P->i += 2; return vkr__jj_unexpected(P, "a name"); }
            if (!(n->a = vkr__jj_new(P, VKR__JJ_N_NSREF, a))) return NULL;
            n->a->name = a->s;
            n->a->len = a->n;
            n->a->v = vkr__jj_str(a[2].s, a[2].n);
            P->i += 3;
        } else if (!(n->a = vkr__jj_parse_target(P, NULL))) {
            return NULL;
        }
        if (vkr__jj_is_op(P, '=')) {
            vkr__jj_adv(P);
            if (!(n->b = vkr__jj_parse_tuple(P, false, true, NULL, false)) || !vkr__jj_expect(P, VKR__JJ_T_BEND)) return NULL;
        } else {
            n->kind = VKR__JJ_N_SETBLOCK;
            if (vkr__jj_is_op(P, '|') && !(n->c = vkr__jj_parse_filter(P, vkr__jj_new(P, VKR__JJ_N_CAPTURED, t), false))) return NULL;
            if (!vkr__jj_expect(P, VKR__JJ_T_BEND)) return NULL;
            n->d = vkr__jj_parse_body(P, "endset", "set");
            if (P->err || !vkr__jj_end_tag(P)) return NULL;
        }
    } else if (vkr__jj_is_name(t, "macro")) {
        vkr__jj_node **tail;
        uint8_t *saved = P->macro_flags;
        int32_t loops = P->loops;
        bool defaults = false;
        vkr__jj_adv(P);
        if (!(n = vkr__jj_new(P, VKR__JJ_N_MACRO, t))) return NULL;
        n->name = VKR__JJ_CUR(P)->s;
        n->len = VKR__JJ_CUR(P)->n;
        if (!vkr__jj_expect(P, VKR__JJ_T_NAME) || !vkr__jj_expect_op(P, '(')) return NULL;
        tail = &n->b;
        while (!vkr__jj_is_op(P, ')')) {
            const vkr__jj_tok *a;
            vkr__jj_node *p;
            if (n->b && !vkr__jj_expect_op(P, ',')) return NULL;
            a = VKR__JJ_CUR(P);
            if (!vkr__jj_expect(P, VKR__JJ_T_NAME) || !(p = vkr__jj_new(P, VKR__JJ_N_PARAM, a))) return NULL;
            p->name = a->s;
            p->len = a->n;
            if (vkr__jj_is_op(P, '=')) { vkr__jj_adv(P); if (!(p->a = vkr__jj_parse_expr(P, true))) return NULL; defaults = true; }
            else if (defaults) return vkr__jj_perr(P, a, VKR_ERR_INVALID_ARGUMENT, "non-default argument follows default argument");
            *tail = p;
            tail = &p->next;
        }
        vkr__jj_adv(P);
        if (!vkr__jj_expect(P, VKR__JJ_T_BEND)) return NULL;
        P->macro_flags = &n->flag;
        P->loops = 0;
        n->d = vkr__jj_parse_body(P, "endmacro", "macro");
        P->macro_flags = saved;
        P->loops = loops;
        if (P->err || !vkr__jj_end_tag(P)) return NULL;
    } else if (vkr__jj_is_name(t, "break") || vkr__jj_is_name(t, "continue")) {
        if (!P->loops) return vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "'%.*s' outside of a loop", (int)t->n, t->s);
        n = vkr__jj_new(P, t->n == 5 ? VKR__JJ_N_BREAK : VKR__JJ_N_CONTINUE, t);
        if (!vkr__jj_end_tag(P)) return NULL;
    } else if (vkr__jj_is_name(t, "filter")) {
        vkr__jj_adv(P);
        if (!(n = vkr__jj_new(P, VKR__JJ_N_FILTERBLOCK, t)) || !(n->c = vkr__jj_parse_filter(P, vkr__jj_new(P, VKR__JJ_N_CAPTURED, t), true))) return NULL;
        if (!vkr__jj_expect(P, VKR__JJ_T_BEND)) return NULL;
        n->d = vkr__jj_parse_body(P, "endfilter", "filter");
        if (P->err || !vkr__jj_end_tag(P)) return NULL;
    } else if (vkr__jj_is_name(t, "generation")) {   /* transformers' assistant-mask tag: renders its body */
        if (!vkr__jj_end_tag(P) || !(n = vkr__jj_new(P, VKR__JJ_N_BLOCK, t))) return NULL;
        n->d = vkr__jj_parse_body(P, "endgeneration", "generation");
        if (P->err || !vkr__jj_end_tag(P)) return NULL;
    } else if (vkr__jj_word_in(t->s, t->n, "block extends include import from call with autoescape print")) {
        return vkr__jj_perr(P, t, VKR_ERR_UNSUPPORTED, "the '%.*s' tag is not supported", (int)t->n, t->s);
    } else {
        return vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "unknown tag '%.*s'", (int)VKR__MIN(t->n, 60), t->s);
    }
    P->depth--;
    return n;
}

/* Statements up to a {% tag %} named in ends (NULL: to the end), where it stops. */
VKR__FN vkr__jj_node *vkr__jj_parse_body(vkr__jj_parser *P, const char *ends, const char *block) {
    vkr__jj_node *head = NULL, **tail = &head;
    while (!P->err) {
        const vkr__jj_tok *t = VKR__JJ_CUR(P);
        vkr__jj_node *n = NULL;
        if (t->type == VKR__JJ_T_EOF) {
            if (ends) vkr__jj_perr(P, t, VKR_ERR_INVALID_ARGUMENT, "unexpected end of template: the '%s' block is not closed (looking for %s)", block, ends);
            break;
        }
        if (t->type == VKR__JJ_T_DATA) {
            if ((n = vkr__jj_new(P, VKR__JJ_N_TEXT, t))) { n->name = t->s; n->len = t->n; }
            vkr__jj_adv(P);
        } else if (t->type == VKR__JJ_T_VBEGIN) {
            vkr__jj_adv(P);
            if ((n = vkr__jj_new(P, VKR__JJ_N_OUTPUT, t)) && (!(n->a = vkr__jj_parse_tuple(P, false, true, NULL, false)) || !vkr__jj_expect(P, VKR__JJ_T_VEND))) n = NULL;
        } else if (t->type == VKR__JJ_T_BBEGIN) {
            if (ends && t[1].type == VKR__JJ_T_NAME && vkr__jj_word_in(t[1].s, t[1].n, ends)) { vkr__jj_adv(P); break; }
            vkr__jj_adv(P);
            n = vkr__jj_parse_stmt(P);
        } else {
            vkr__jj_unexpected(P, NULL);
        }
        if (n) { *tail = n; tail = &n->next; }
    }
    return head;
}

/* --- evaluation ------------------------------------------------------------ */

VKR__FN vkr__jj_val vkr__jj_eval(vkr__jj_ctx *c, const vkr__jj_node *n);
VKR__FN void vkr__jj_exec(vkr__jj_ctx *c, const vkr__jj_node *n);

/* Scopes: the render's globals, then one per macro call and per loop
   iteration (so {% set %} in a loop body does not leak, as in jinja2). */
VKR__FN vkr__jj_scope *vkr__jj_new_scope(vkr__jj_ctx *c, vkr__jj_scope *parent) {
    vkr__jj_scope *s = (vkr__jj_scope *)vkr__jj_alloc(c, sizeof *s);
    if (s) { memset(s, 0, sizeof *s); s->parent = parent; }
    return s;
}
VKR__FN vkr__jj_var *vkr__jj_find(vkr__jj_scope *s, const char *name, size_t len) {
    for (; s; s = s->parent) {
        size_t i = s->n;
        while (i--) if (s->vars[i].len == len && !memcmp(s->vars[i].name, name, len)) return &s->vars[i];
    }
    return NULL;
}
VKR__FN void vkr__jj_setvar(vkr__jj_ctx *c, vkr__jj_scope *s, const char *name, size_t len, vkr__jj_val v) {
    size_t i;
    for (i = 0; i < s->n; i++) if (s->vars[i].len == len && !memcmp(s->vars[i].name, name, len)) { s->vars[i].v = v; return; }
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 8;
        vkr__jj_var *q = (vkr__jj_var *)vkr__jj_alloc(c, nc * sizeof *q);
        if (!q) return;
        if (s->n) memcpy(q, s->vars, s->n * sizeof *q);
        s->vars = q;
        s->cap = nc;
    }
    s->vars[s->n].name = name;
    s->vars[s->n].len = len;
    s->vars[s->n++].v = v;
}

/* Global functions. */
enum { VKR__JJ_FN_RANGE, VKR__JJ_FN_NAMESPACE, VKR__JJ_FN_DICT, VKR__JJ_FN_RAISE, VKR__JJ_FN_STRFTIME };
static const char *const vkr__jj_fn_names[] = {"range", "namespace", "dict", "raise_exception", "strftime_now", NULL};

/* Methods that getattr hands out per type; the others are undefined, as in
   jinja2's sandbox (the mutating ones are unsafe there). list.append is
   allowed here although transformers' ImmutableSandboxedEnvironment forbids it. */
static const char *const vkr__jj_str_methods =
    " capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii"
    " isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip"
    " maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines"
    " startswith strip swapcase title translate upper zfill ";
static const char *const vkr__jj_dict_methods = " items keys values get copy ";
static const char *const vkr__jj_list_methods = " append index count copy ";

VKR__FN vkr__jj_val vkr__jj_bound(vkr__jj_ctx *c, const vkr__jj_val *self, const char *name, size_t len) {
    vkr__jj_val v = vkr__jj_mk(VKR__JJ_METHOD);
    const char *list = self->type == VKR__JJ_STR ? vkr__jj_str_methods : self->type == VKR__JJ_DICT ? vkr__jj_dict_methods :
                       self->type == VKR__JJ_LIST ? vkr__jj_list_methods : self->type == VKR__JJ_LOOP ? " cycle " : NULL;
    const char *at = list ? vkr__jj_word_at(name, len, list) : NULL;   /* the static copy: no allocation for the name */
    if (!at || !(v.u.bm = (vkr__jj_method *)vkr__jj_alloc(c, sizeof(vkr__jj_method)))) return vkr__jj_undef(name, len);
    v.u.bm->self = *self;
    v.u.bm->name = at;
    return v;
}

/* environment.getattr: an attribute (method), then an item. */
VKR__JJ_LEAF vkr__jj_val vkr__jj_getattr(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *o, const char *name, size_t len) {
    vkr__jj_val *x;
    switch (o->type) {
    case VKR__JJ_UNDEF: return vkr__jj_undef_error(c, n, o);
    case VKR__JJ_DICT:
        if (vkr__jj_word_in(name, len, vkr__jj_dict_methods)) return vkr__jj_bound(c, o, name, len);
        if (vkr__jj_word_in(name, len, "clear pop popitem setdefault update fromkeys")) return vkr__jj_undef(name, len);
        /* fall through */
    case VKR__JJ_NS:
        x = vkr__jj_dget(c, o->u.d, name, len);
        return x ? *x : vkr__jj_undef(name, len);
    case VKR__JJ_LOOP: {
        const vkr__jj_loop *L = o->u.loop;
        static const char *const f[] = {"index", "index0", "revindex", "revindex0", "first", "last", "length", "previtem", "nextitem", "depth", "depth0", NULL};
        switch (vkr__jj_lookup(f, name, len)) {
        case 0: return vkr__jj_int((int64_t)L->i + 1);
        case 1: return vkr__jj_int((int64_t)L->i);
        case 2: return vkr__jj_int((int64_t)(L->n - L->i));
        case 3: return vkr__jj_int((int64_t)(L->n - L->i - 1));
        case 4: return vkr__jj_bool(L->i == 0);
        case 5: return vkr__jj_bool(L->i + 1 == L->n);
        case 6: return vkr__jj_int((int64_t)L->n);
        case 7: return L->i ? L->items[L->i - 1] : vkr__jj_undef("previtem", 8);
        case 8: return L->i + 1 < L->n ? L->items[L->i + 1] : vkr__jj_undef("nextitem", 8);
        case 9: return vkr__jj_int(1);
        case 10: return vkr__jj_int(0);
        default: return vkr__jj_bound(c, o, name, len);
        }
    }
    default: return vkr__jj_bound(c, o, name, len);
    }
}

/* Python's slice.indices: the positions a[start:stop:step] visits. */
VKR__FN bool vkr__jj_slice_idx(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val sv[3], int64_t len, int64_t *start, int64_t *stop, int64_t *step) {
    int64_t lo, hi, *out[2];
    int k;
    for (k = 0; k < 3; k++)
        if (sv[k].type != VKR__JJ_NONE && sv[k].type != VKR__JJ_UNDEF && !vkr__jj_isint(&sv[k])) {
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "slice indices must be integers or None");
            return false;
        }
    *step = vkr__jj_isint(&sv[2]) ? vkr__jj_i(&sv[2]) : 1;
    if (*step == 0) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "slice step cannot be zero"); return false; }
    lo = *step > 0 ? 0 : -1;
    hi = *step > 0 ? len : len - 1;
    out[0] = start;
    out[1] = stop;
    for (k = 0; k < 2; k++) {
        int64_t x;
        if (!vkr__jj_isint(&sv[k])) { *out[k] = (*step > 0) == (k == 0) ? lo : hi; continue; }
        x = vkr__jj_i(&sv[k]);
        if (x < 0) x = x < -len ? lo : x + len;
        if (x < lo) x = lo;
        if (x > hi) x = hi;
        *out[k] = x;
    }
    return true;
}

/* Byte offsets of the characters of s (n + 1 entries), for indexing. */
VKR__FN size_t *vkr__jj_offsets(vkr__jj_ctx *c, const vkr__jj_val *s, size_t *count) {
    size_t i, k = 0, *o = (size_t *)vkr__jj_alloc(c, (s->n + 1) * sizeof(size_t));
    uint32_t cp;
    if (!o) return NULL;
    for (i = 0; i < s->n; k++) { o[k] = i; i += vkr__jj_cp(s->u.s + i, s->u.s + s->n, &cp); }
    o[k] = s->n;
    *count = k;
    return o;
}

/* environment.getitem: an item, then (for a string key) an attribute. */
VKR__JJ_LEAF vkr__jj_val vkr__jj_getitem(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *o, const vkr__jj_val *k) {
    if (o->type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, o);
    if (o->type == VKR__JJ_LIST && o->gen) return k->type == VKR__JJ_STR ? vkr__jj_getattr(c, n, o, k->u.s, k->n) : vkr__jj_undef(NULL, 0);
    if ((o->type == VKR__JJ_LIST || o->type == VKR__JJ_STR) && vkr__jj_isint(k)) {
        int64_t i = vkr__jj_i(k), len = o->type == VKR__JJ_LIST ? (int64_t)o->u.l->n : (int64_t)vkr__jj_nchars(o->u.s, o->n);
        if (i < 0) i += len;
        if (i < 0 || i >= len) return vkr__jj_undef("index", 5);
        if (o->type == VKR__JJ_LIST) return o->u.l->v[i];
        {   /* the i-th character */
            const char *p = o->u.s, *e = p + o->n;
            uint32_t cp;
            vkr__jj_val r;
            for (; i > 0; i--) p += vkr__jj_cp(p, e, &cp);
            r = vkr__jj_str(p, vkr__jj_cp(p, e, &cp));
            r.markup = o->markup;
            return r;
        }
    }
    if (o->type == VKR__JJ_DICT) {
        ptrdiff_t i = vkr__jj_dfind(c, o->u.d, k);
        if (i >= 0) return o->u.d->v[i];
    }
    if (k->type == VKR__JJ_STR) {
        if (o->type == VKR__JJ_DICT) return vkr__jj_word_in(k->u.s, k->n, vkr__jj_dict_methods) ? vkr__jj_bound(c, o, k->u.s, k->n) : vkr__jj_undef(k->u.s, k->n);
        return vkr__jj_getattr(c, n, o, k->u.s, k->n);
    }
    return vkr__jj_undef(NULL, 0);
}

VKR__FN vkr__jj_val vkr__jj_eval(vkr__jj_ctx *c, const vkr__jj_node *n);
/* o[start:stop:step] for the GETITEM node n whose index is a SLICE. */
VKR__JJ_LEAF vkr__jj_val vkr__jj_slice(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *o) {
    int64_t start, stop, step, i, len;
    size_t cnt = 0, *off = NULL;
    vkr__jj_buf b = {NULL, 0, 0};
    vkr__jj_val r, sv[3];
    sv[0] = n->b->a ? vkr__jj_eval(c, n->b->a) : vkr__jj_mk(VKR__JJ_NONE);
    sv[1] = n->b->b ? vkr__jj_eval(c, n->b->b) : vkr__jj_mk(VKR__JJ_NONE);
    sv[2] = n->b->c ? vkr__jj_eval(c, n->b->c) : vkr__jj_mk(VKR__JJ_NONE);
    if (c->err) return vkr__jj_undef(NULL, 0);
    if (o->type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, o);
    if ((o->type != VKR__JJ_LIST && o->type != VKR__JJ_STR) || (o->type == VKR__JJ_LIST && o->gen)) {   /* jinja2 slices with Python's [] */
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, o->type == VKR__JJ_DICT ? "unhashable type: 'slice'" : "'%s' object is not subscriptable", vkr__jj_tname(o));
        return vkr__jj_undef(NULL, 0);
    }
    if (o->type == VKR__JJ_STR && !(off = vkr__jj_offsets(c, o, &cnt))) return vkr__jj_undef(NULL, 0);
    len = o->type == VKR__JJ_LIST ? (int64_t)o->u.l->n : (int64_t)cnt;
    if (!vkr__jj_slice_idx(c, n, sv, len, &start, &stop, &step)) return vkr__jj_undef(NULL, 0);
    r = o->type == VKR__JJ_LIST ? vkr__jj_newlist(c, 0) : vkr__jj_mk(VKR__JJ_STR);
    for (i = start; step > 0 ? i < stop : i > stop; i += step) {
        if (c->err) break;
        if (o->type == VKR__JJ_LIST) vkr__jj_push(c, r.u.l, o->u.l->v[i]);
        else if (step == 1) { vkr__jj_put(c, &b, o->u.s + off[i], off[stop] - off[i]); break; }
        else vkr__jj_put(c, &b, o->u.s + off[i], off[i + 1] - off[i]);
    }
    if (o->type == VKR__JJ_LIST) { r.tuple = o->tuple; return r; }
    r = vkr__jj_bufstr(&b);
    r.markup = o->markup;
    return r;
}

/* x * y, false on overflow of int64. */
VKR__FN bool vkr__jj_mul_ovf(int64_t x, int64_t y, int64_t *r) {
    if (x && y && (x > 0 ? (y > 0 ? x > INT64_MAX / y : y < INT64_MIN / x) : (y > 0 ? x < INT64_MIN / y : y < INT64_MAX / x))) return true;
    *r = x * y;
    return false;
}

/* Arithmetic and concatenation with Python's rules. */
VKR__JJ_LEAF vkr__jj_val vkr__jj_binop(vkr__jj_ctx *c, const vkr__jj_node *n, int op, const vkr__jj_val *a, const vkr__jj_val *b) {
    static const char *const opname[] = {"", "**", "//"};
    if (op == '%' && a->type == VKR__JJ_STR) {   /* printf-style formatting: %s %r %d %i %% */
        const vkr__jj_val *args = b->type == VKR__JJ_LIST && b->tuple ? b->u.l->v : b;
        size_t nargs = b->type == VKR__JJ_LIST && b->tuple ? b->u.l->n : 1, k = 0, i;
        bool mapping = b->type == VKR__JJ_DICT || (b->type == VKR__JJ_LIST && !b->tuple && !b->gen) || b->type == VKR__JJ_UNDEF;   /* has __getitem__, not str */
        vkr__jj_buf buf = {NULL, 0, 0};
        for (i = 0; i < a->n && !c->err; i++) {
            char f;
            if (a->u.s[i] != '%') { vkr__jj_put(c, &buf, a->u.s + i, 1); continue; }
            f = i + 1 < a->n ? a->u.s[++i] : 0;
            if (f == '%') { vkr__jj_put(c, &buf, "%", 1); continue; }
            if (f != 's' && f != 'r' && f != 'd' && f != 'i') { vkr__jj_fail(c, VKR_ERR_UNSUPPORTED, n, "string formatting: only %%s %%r %%d %%i are supported"); break; }
            if (k >= nargs) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "not enough arguments for format string"); break; }
            if (f != 's' && f != 'r' && args[k].type == VKR__JJ_UNDEF) { vkr__jj_undef_error(c, n, &args[k]); break; }
            if (f != 's' && f != 'r' && !vkr__jj_isnum(&args[k])) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "%%%c format: a real number is required, not %s", f, vkr__jj_tname(&args[k])); break; }
            if (f == 'd' || f == 'i') { vkr__jj_val t = args[k].type == VKR__JJ_FLOAT ? vkr__jj_int((int64_t)args[k].u.f) : vkr__jj_int(vkr__jj_i(&args[k])); vkr__jj_tostr(c, &t, &buf, false); }
            else vkr__jj_tostr(c, &args[k], &buf, f == 'r');
            k++;
        }
        if (!c->err && k < nargs && !(k == 0 && mapping)) vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "not all arguments converted during string formatting");
        return vkr__jj_bufstr(&buf);
    }
    if (a->type == VKR__JJ_UNDEF || b->type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, a->type == VKR__JJ_UNDEF ? a : b);
    if (vkr__jj_isnum(a) && vkr__jj_isnum(b)) {
        if (vkr__jj_isint(a) && vkr__jj_isint(b) && op != '/') {
            int64_t x = vkr__jj_i(a), y = vkr__jj_i(b), r = 0;
            bool ovf = false;
            switch (op) {
            case '+': ovf = (y > 0 && x > INT64_MAX - y) || (y < 0 && x < INT64_MIN - y); r = x + (ovf ? 0 : y); break;
            case '-': ovf = (y < 0 && x > INT64_MAX + y) || (y > 0 && x < INT64_MIN + y); r = x - (ovf ? 0 : y); break;
            case '*': ovf = vkr__jj_mul_ovf(x, y, &r); break;
            case '%': case VKR__JJ_OP_FLOORDIV:
                if (!y) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "integer division or modulo by zero"); return vkr__jj_undef(NULL, 0); }
                if (x == INT64_MIN && y == -1) { ovf = op == VKR__JJ_OP_FLOORDIV; r = 0; break; }
                r = op == '%' ? x % y : x / y;
                if (op == '%') { if (r && ((r < 0) != (y < 0))) r += y; }
                else if ((x % y) && ((x < 0) != (y < 0))) r--;
                break;
            case VKR__JJ_OP_POW:
                if (y < 0) return vkr__jj_float(pow((double)x, (double)y));
                r = 1;
                while (y && !ovf) {   /* square and multiply */
                    if (y & 1) ovf = vkr__jj_mul_ovf(r, x, &r);
                    y >>= 1;
                    if (y && !ovf) ovf = vkr__jj_mul_ovf(x, x, &x);
                }
                break;
            }
            if (ovf) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "integer overflow (valkyr's integers are 64-bit)"); return vkr__jj_undef(NULL, 0); }
            return vkr__jj_int(r);
        } else {
            double x = vkr__jj_f(a), y = vkr__jj_f(b), m;
            switch (op) {
            case '+': return vkr__jj_float(x + y);
            case '-': return vkr__jj_float(x - y);
            case '*': return vkr__jj_float(x * y);
            case VKR__JJ_OP_POW:
                if (x == 0 && y < 0) break;
                return vkr__jj_float(pow(x, y));
            default:
                if (y == 0) break;
                if (op == '/') return vkr__jj_float(x / y);
                m = fmod(x, y);   /* Python's float_divmod */
                if (op == '%') return vkr__jj_float(m ? ((y < 0) != (m < 0) ? m + y : m) : copysign(0.0, y));
                {
                    double d = (x - m) / y, f;
                    if (m && (y < 0) != (m < 0)) d -= 1.0;
                    f = floor(d);
                    if (d - f > 0.5) f += 1.0;
                    return vkr__jj_float(d ? f : copysign(0.0, x / y));
                }
            }
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "division by zero");
            return vkr__jj_undef(NULL, 0);
        }
    }
    if (op == '+' && a->type == VKR__JJ_STR && b->type == VKR__JJ_STR) {
        vkr__jj_buf buf = {NULL, 0, 0};
        vkr__jj_val x = *a, y = *b, r;
        if (a->markup && !b->markup) y = vkr__jj_escape(c, b, false);   /* Markup + str escapes the str */
        if (b->markup && !a->markup) x = vkr__jj_escape(c, a, false);
        vkr__jj_put(c, &buf, x.u.s, x.n);
        vkr__jj_put(c, &buf, y.u.s, y.n);
        r = vkr__jj_bufstr(&buf);
        r.markup = a->markup || b->markup;
        return r;
    }
    if (op == '+' && a->type == VKR__JJ_LIST && b->type == VKR__JJ_LIST && a->tuple == b->tuple && !a->gen && !b->gen) {
        vkr__jj_val r = vkr__jj_newlist(c, a->u.l->n + b->u.l->n);
        size_t i;
        for (i = 0; i < a->u.l->n; i++) vkr__jj_push(c, r.u.l, a->u.l->v[i]);
        for (i = 0; i < b->u.l->n; i++) vkr__jj_push(c, r.u.l, b->u.l->v[i]);
        r.tuple = a->tuple;
        return r;
    }
    if (op == '*' && ((vkr__jj_isint(a) && (b->type == VKR__JJ_STR || (b->type == VKR__JJ_LIST && !b->gen))) ||
                      (vkr__jj_isint(b) && (a->type == VKR__JJ_STR || (a->type == VKR__JJ_LIST && !a->gen))))) {
        const vkr__jj_val *s = vkr__jj_isint(a) ? b : a;
        int64_t k = vkr__jj_i(vkr__jj_isint(a) ? a : b), i;
        size_t unit = s->type == VKR__JJ_STR ? s->n : s->u.l->n;
        vkr__jj_buf buf = {NULL, 0, 0};
        vkr__jj_val r = s->type == VKR__JJ_LIST ? vkr__jj_newlist(c, 0) : vkr__jj_mk(VKR__JJ_STR);
        if (k > 0 && unit && (uint64_t)k > (uint64_t)(VKR__JJ_MAX_OUTPUT / unit)) {
            vkr__jj_fail(c, VKR_ERR_LIMIT, n, "repetition result too large");
            return vkr__jj_undef(NULL, 0);
        }
        for (i = 0; i < k && !c->err && unit; i++) {
            if (s->type == VKR__JJ_STR) vkr__jj_put(c, &buf, s->u.s, s->n);
            else { size_t j; for (j = 0; j < unit; j++) vkr__jj_push(c, r.u.l, s->u.l->v[j]); }
        }
        if (s->type == VKR__JJ_LIST) { r.tuple = s->tuple; return r; }
        r = vkr__jj_bufstr(&buf);
        r.markup = s->markup;
        return r;
    }
    {
        char o1[2];
        o1[0] = (char)op;
        o1[1] = 0;
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "unsupported operand type(s) for %s: '%s' and '%s'",
                     op < 3 ? opname[op] : o1, vkr__jj_tname(a), vkr__jj_tname(b));
    }
    return vkr__jj_undef(NULL, 0);
}

/* `needle in hay` */
VKR__JJ_LEAF int vkr__jj_contains(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *needle, const vkr__jj_val *hay) {
    size_t i;
    switch (hay->type) {
    case VKR__JJ_UNDEF: return 0;
    case VKR__JJ_STR:
        if (needle->type != VKR__JJ_STR) break;
        if (!needle->n) return 1;
        for (i = 0; i + needle->n <= hay->n; i++) if (!memcmp(hay->u.s + i, needle->u.s, needle->n)) return 1;
        return 0;
    case VKR__JJ_LIST:
        for (i = 0; i < hay->u.l->n; i++) if (vkr__jj_eq(c, needle, &hay->u.l->v[i])) return 1;
        return 0;
    case VKR__JJ_DICT:
        if ((needle->type == VKR__JJ_LIST && !needle->tuple) || needle->type == VKR__JJ_DICT) {
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "unhashable type: '%s'", vkr__jj_tname(needle));
            return 0;
        }
        return vkr__jj_dfind(c, hay->u.d, needle) >= 0;
    default: break;
    }
    vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, hay->type == VKR__JJ_STR ? "'in <string>' requires string as left operand, not %s" : "argument of type '%s' is not iterable",
                 vkr__jj_tname(hay->type == VKR__JJ_STR ? needle : hay));
    return 0;
}

/* The items a for loop (or list()) visits: list items, dict keys, characters. */
VKR__FN bool vkr__jj_iter(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *v, const vkr__jj_val **items, size_t *count) {
    *items = NULL;
    *count = 0;
    switch (v->type) {
    case VKR__JJ_UNDEF: return true;
    case VKR__JJ_LIST: *items = v->u.l->v; *count = v->u.l->n; return true;
    case VKR__JJ_DICT: *items = v->u.d->k; *count = v->u.d->n; return true;
    case VKR__JJ_STR: {
        size_t k = 0, i;
        vkr__jj_val *out;
        uint32_t cp;
        if (!v->n) return true;
        if (!(out = (vkr__jj_val *)vkr__jj_alloc(c, vkr__jj_nchars(v->u.s, v->n) * sizeof(vkr__jj_val)))) return false;
        for (i = 0; i < v->n; k++) {
            size_t len = vkr__jj_cp(v->u.s + i, v->u.s + v->n, &cp);
            out[k] = vkr__jj_str(v->u.s + i, len);
            out[k].markup = v->markup;
            i += len;
        }
        *items = out;
        *count = k;
        return true;
    }
    default:
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "'%s' object is not iterable", vkr__jj_tname(v));
        return false;
    }
}
VKR__FN vkr__jj_val vkr__jj_tolist(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *v) {
    const vkr__jj_val *items;
    size_t cnt, i;
    vkr__jj_val r;
    if (!vkr__jj_iter(c, n, v, &items, &cnt)) return vkr__jj_undef(NULL, 0);
    r = vkr__jj_newlist(c, cnt);
    for (i = 0; i < cnt; i++) vkr__jj_push(c, r.u.l, items[i]);
    return r;
}

/* Binds evaluated arguments to the parameters named in params ("a b c"):
   positional first, then keywords; out[i].type is 255 when not given. */
#define VKR__JJ_MISSING 255
VKR__FN bool vkr__jj_bind(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_args *a, const char *params, vkr__jj_val *out, size_t nout) {
    size_t i;
    for (i = 0; i < nout; i++) out[i].type = VKR__JJ_MISSING;
    if (a->npos > nout) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "'%.*s' takes at most %zu argument(s), %zu given", (int)n->len, n->name ? n->name : "", nout, a->npos); return false; }
    for (i = 0; i < a->npos; i++) out[i] = a->pos[i];
    for (i = 0; a->kw && i < a->kw->n; i++) {
        const vkr__jj_val *k = &a->kw->k[i];
        const char *p = params;
        size_t slot = 0;
        for (;;) {
            const char *q = strchr(p, ' ');
            size_t len = q ? (size_t)(q - p) : strlen(p);
            if (len == k->n && !memcmp(p, k->u.s, len)) break;
            if (!q) { slot = nout; break; }
            p = q + 1;
            slot++;
        }
        if (slot >= nout) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "unexpected keyword argument '%.*s'", (int)k->n, k->u.s); return false; }
        if (out[slot].type != VKR__JJ_MISSING) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "multiple values for argument '%.*s'", (int)k->n, k->u.s); return false; }
        out[slot] = a->kw->v[i];
    }
    return true;
}
VKR__FN vkr__jj_val vkr__jj_or(const vkr__jj_val *v, vkr__jj_val dflt) { return v->type == VKR__JJ_MISSING ? dflt : *v; }

VKR__FN vkr__jj_val vkr__jj_filter(vkr__jj_ctx *c, const vkr__jj_node *n, int id, vkr__jj_val v, const vkr__jj_args *a);
VKR__FN int vkr__jj_test(vkr__jj_ctx *c, const vkr__jj_node *n, int id, const vkr__jj_val *v, const vkr__jj_args *a);

/* jinja2's make_attrgetter: "a.b.0" looked up item by item. */
VKR__FN vkr__jj_val vkr__jj_attrpath(vkr__jj_ctx *c, const vkr__jj_node *n, vkr__jj_val v, const vkr__jj_val *attr) {
    size_t i = 0, j;
    if (attr->type != VKR__JJ_STR) return vkr__jj_getitem(c, n, &v, attr);
    while (i <= attr->n && !c->err) {
        vkr__jj_val k;
        bool digits = true;
        for (j = i; j < attr->n && attr->u.s[j] != '.'; j++) digits = digits && vkr__jj_digit(attr->u.s[j]);
        k = vkr__jj_str(attr->u.s + i, j - i);
        if (digits && j > i && j - i < 18) { int64_t x = 0; size_t q; for (q = i; q < j; q++) x = x * 10 + (attr->u.s[q] - '0'); k = vkr__jj_int(x); }
        v = vkr__jj_getitem(c, n, &v, &k);
        i = j + 1;
    }
    return v;
}

/* Stable merge sort of idx[0, count) by keys[idx]; Python's sorted(). */
VKR__FN void vkr__jj_sort_idx(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *keys, size_t *idx, size_t count, bool reverse) {
    size_t w, i, *tmp = count > 1 ? (size_t *)vkr__jj_alloc(c, count * sizeof(size_t)) : NULL;
    if (!tmp) return;
    for (w = 1; w < count && !c->err; w *= 2) {
        for (i = 0; i < count; i += 2 * w) {
            size_t lo = i, mid = VKR__MIN(i + w, count), hi = VKR__MIN(i + 2 * w, count), l = lo, r = mid, k = lo;
            while (l < mid && r < hi) {
                int o = vkr__jj_order(c, n, &keys[idx[r]], &keys[idx[l]]);
                if (o == 2) return;
                tmp[k++] = (reverse ? o > 0 : o < 0) ? idx[r++] : idx[l++];
            }
            while (l < mid) tmp[k++] = idx[l++];
            while (r < hi) tmp[k++] = idx[r++];
        }
        memcpy(idx, tmp, count * sizeof(size_t));
    }
}
/* Sort / min / max key: the attribute, lower-cased unless case_sensitive. */
VKR__FN vkr__jj_val vkr__jj_sortkey(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *v, const vkr__jj_val *attr, bool cs) {
    vkr__jj_val k = (attr->type == VKR__JJ_MISSING || attr->type == VKR__JJ_NONE) ? *v : vkr__jj_attrpath(c, n, *v, attr);
    return (!cs && k.type == VKR__JJ_STR) ? vkr__jj_case(c, &k, 0) : k;
}

/* Python's int(str, base) / float(str); false when the text is not a number. */
VKR__FN bool vkr__jj_parse_num(const vkr__jj_val *s, bool is_float, int base, vkr__jj_val *out) {
    char buf[128], *end;
    size_t k = 0, i;
    const char *p = s->u.s, *e = p + s->n;
    p = vkr__jj_skip_ws(p, e);
    e = vkr__jj_rskip_ws(p, e, false);
    if (p == e || e - p >= (ptrdiff_t)sizeof buf) return false;
    for (i = 0; p + i < e; i++) {
        char ch = p[i];
        if (ch == '_' && i && p + i + 1 < e && isalnum((unsigned char)p[i - 1]) && isalnum((unsigned char)p[i + 1])) continue;
        if (is_float && (ch == 'x' || ch == 'X' || ch == 'p' || ch == 'P' || ch == '(')) return false;
        buf[k++] = ch;
    }
    buf[k] = 0;
    errno = 0;
    if (is_float) {
        const char *dp = localeconv()->decimal_point;
        char *dot = strchr(buf, '.');
        if (dot && dp && dp[0] && !dp[1]) *dot = dp[0];
        *out = vkr__jj_float(strtod(buf, &end));
    } else {
        if (base == 16 && k > 2 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) {}
        else if ((base == 8 && k > 2 && buf[0] == '0' && (buf[1] == 'o' || buf[1] == 'O')) ||
                 (base == 2 && k > 2 && buf[0] == '0' && (buf[1] == 'b' || buf[1] == 'B'))) memmove(buf, buf + 2, k - 1);
        *out = vkr__jj_int((int64_t)strtoll(buf, &end, base));
        if (errno == ERANGE) return false;
    }
    return *end == 0 && end != buf;
}

VKR__FN bool vkr__jj_is_strip(uint32_t cp, const vkr__jj_val *chars) {
    const char *s, *e;
    if (chars->type != VKR__JJ_STR) return vkr__jj_space(cp);
    for (s = chars->u.s, e = s + chars->n; s < e;) { uint32_t x; s += vkr__jj_cp(s, e, &x); if (x == cp) return true; }
    return false;
}
/* str.strip / lstrip / rstrip (which: 1 left, 2 right, 3 both). */
VKR__FN vkr__jj_val vkr__jj_strip(const vkr__jj_val *s, const vkr__jj_val *chars, int which) {
    const char *p = s->u.s, *e = p + s->n;
    vkr__jj_val r;
    uint32_t cp;
    while ((which & 1) && p < e) { size_t k = vkr__jj_cp(p, e, &cp); if (!vkr__jj_is_strip(cp, chars)) break; p += k; }
    while ((which & 2) && e > p) {
        const char *q = e - 1;
        while (q > p && ((unsigned char)*q & 0xC0) == 0x80 && e - q < 4) q--;
        if (vkr__jj_cp(q, e, &cp) != (size_t)(e - q)) { q = e - 1; cp = 0xDC00u | (unsigned char)*q; }
        if (!vkr__jj_is_strip(cp, chars)) break;
        e = q;
    }
    r = vkr__jj_str(p, (size_t)(e - p));
    r.markup = s->markup;
    return r;
}
VKR__FN vkr__jj_val vkr__jj_replace(vkr__jj_ctx *c, const vkr__jj_val *s, const vkr__jj_val *old, const vkr__jj_val *nw, int64_t count) {
    vkr__jj_buf b = {NULL, 0, 0};
    size_t i = 0;
    uint32_t cp;
    if (!old->n) {   /* Python puts `new` before every character and at the end (count times at most) */
        for (;;) {
            size_t k;
            if (count == 0) { vkr__jj_put(c, &b, s->u.s + i, s->n - i); break; }
            vkr__jj_put(c, &b, nw->u.s, nw->n);
            if (count > 0) count--;
            if (i >= s->n || c->err) break;
            k = vkr__jj_cp(s->u.s + i, s->u.s + s->n, &cp);
            vkr__jj_put(c, &b, s->u.s + i, k);
            i += k;
        }
        return vkr__jj_bufstr(&b);
    }
    while (!c->err) {
        size_t j = i;
        while (count != 0 && j + old->n <= s->n && memcmp(s->u.s + j, old->u.s, old->n)) j++;
        if (count == 0 || j + old->n > s->n) { vkr__jj_put(c, &b, s->u.s + i, s->n - i); break; }
        vkr__jj_put(c, &b, s->u.s + i, j - i);
        vkr__jj_put(c, &b, nw->u.s, nw->n);
        i = j + old->n;
        if (count > 0) count--;
    }
    return vkr__jj_bufstr(&b);
}

/* The next line break (as str.splitlines sees them) at or after t: its
   start (e when none) and its length in *k. */
VKR__FN const char *vkr__jj_eol(const char *t, const char *e, size_t *k) {
    uint32_t cp;
    *k = 0;
    for (; t < e; t += *k) {
        *k = vkr__jj_cp(t, e, &cp);
        if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            if (cp == '\r' && t + 1 < e && t[1] == '\n') *k = 2;
            return t;
        }
    }
    *k = 0;
    return e;
}

/* Counts work that is not a loop iteration (sorting, unique, ...) against the iteration limit. */
VKR__FN bool vkr__jj_tick(vkr__jj_ctx *c, const vkr__jj_node *n, uint64_t k) {
    c->iters += k;
    if (c->iters <= VKR__JJ_MAX_ITERS) return !c->err;
    vkr__jj_fail(c, VKR_ERR_LIMIT, n, "more than %u loop iterations", VKR__JJ_MAX_ITERS);
    return false;
}
VKR__FN vkr__jj_val vkr__jj_tuple2(vkr__jj_ctx *c, vkr__jj_val x, vkr__jj_val y) {
    vkr__jj_val t = vkr__jj_newlist(c, 2);
    vkr__jj_push(c, t.u.l, x);
    vkr__jj_push(c, t.u.l, y);
    t.tuple = 1;
    return t;
}

/* select / reject / selectattr / rejectattr / map over the items of v. */
VKR__JJ_LEAF vkr__jj_val vkr__jj_select(vkr__jj_ctx *c, const vkr__jj_node *n, int id, const vkr__jj_val *v, const vkr__jj_args *a) {
    const vkr__jj_val *items;
    size_t cnt, i, off = (id == VKR__JJF_SELECTATTR || id == VKR__JJF_REJECTATTR) ? 1 : 0;
    vkr__jj_val r, *dflt = NULL, *attr = NULL;
    vkr__jj_args sub;
    int fid = -1, tid = -1;
    if (!vkr__jj_truthy(v)) { r = vkr__jj_newlist(c, 0); r.gen = VKR__JJ_GEN_GENERATOR; return r; }   /* jinja2: `if value:` */
    if (!vkr__jj_iter(c, n, v, &items, &cnt)) return vkr__jj_undef(NULL, 0);
    memset(&sub, 0, sizeof sub);
    if (id == VKR__JJF_MAP && a->npos == 0 && a->kw && (attr = vkr__jj_dget(c, a->kw, "attribute", 9))) {
        dflt = vkr__jj_dget(c, a->kw, "default", 7);
        if (a->kw->n > 1u + (dflt != NULL)) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "map: unexpected keyword argument"); return vkr__jj_undef(NULL, 0); }
    } else {
        if (off) {
            if (!a->npos) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "missing parameter for attribute name"); return vkr__jj_undef(NULL, 0); }
            attr = &a->pos[0];
        }
        if (a->npos > off) {
            const vkr__jj_val *nm = &a->pos[off];
            if (nm->type != VKR__JJ_STR ||
                (id == VKR__JJF_MAP ? (fid = vkr__jj_lookup(vkr__jj_filter_names, nm->u.s, nm->n)) : (tid = vkr__jj_lookup(vkr__jj_test_names, nm->u.s, nm->n))) == VKR__JJ_UNKNOWN) {
                vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "no %s named '%.*s'", id == VKR__JJF_MAP ? "filter" : "test",
                             nm->type == VKR__JJ_STR ? (int)VKR__MIN(nm->n, 100) : 0, nm->type == VKR__JJ_STR ? nm->u.s : "");
                return vkr__jj_undef(NULL, 0);
            }
            sub.pos = a->pos + off + 1;
            sub.npos = a->npos - off - 1;
            sub.kw = a->kw;
        } else if (id == VKR__JJF_MAP) {
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "map: a filter name or attribute= is needed");
            return vkr__jj_undef(NULL, 0);
        }
    }
    r = vkr__jj_newlist(c, cnt);
    r.gen = VKR__JJ_GEN_GENERATOR;
    for (i = 0; i < cnt && !c->err; i++) {
        vkr__jj_val x = attr ? vkr__jj_attrpath(c, n, items[i], attr) : items[i];
        if (id == VKR__JJF_MAP) {
            if (fid >= 0) x = vkr__jj_filter(c, n, fid, x, &sub);
            else if (dflt && x.type == VKR__JJ_UNDEF) x = *dflt;
            vkr__jj_push(c, r.u.l, x);
        } else {
            int t = tid >= 0 ? vkr__jj_test(c, n, tid, &x, &sub) : vkr__jj_truthy(&x);
            if (t >= 0 && t == (id == VKR__JJF_SELECT || id == VKR__JJF_SELECTATTR)) vkr__jj_push(c, r.u.l, items[i]);
        }
    }
    return r;
}

VKR__JJ_LEAF vkr__jj_val vkr__jj_filter(vkr__jj_ctx *c, const vkr__jj_node *n, int id, vkr__jj_val v, const vkr__jj_args *a) {
    static const char *const params[] = {
        "", "name", "linecount fill_with", "", "", "default_value boolean", "default_value boolean", "case_sensitive by reverse",
        "", "", "", "default", "", "width first blank", "default base", "", "d attribute", "", "", "", "", "", "case_sensitive attribute",
        "case_sensitive attribute", "", "", "old new count", "", "precision method", "", "", "", "reverse case_sensitive attribute", "",
        "attribute start", "", "ensure_ascii indent separators sort_keys", "chars", "case_sensitive attribute", "", ""};
    vkr__jj_val p[4], r = vkr__jj_undef(NULL, 0), s;
    const vkr__jj_val *items;
    size_t cnt = 0, i, np = 0;
    vkr__jj_buf b = {NULL, 0, 0};
    const char *q;
    if (c->err) return r;
    if (id == VKR__JJF_MAP || id == VKR__JJF_SELECT || id == VKR__JJF_REJECT || id == VKR__JJF_SELECTATTR || id == VKR__JJF_REJECTATTR)
        return vkr__jj_select(c, n, id, &v, a);
    for (q = params[id]; *q; q++) if (q == params[id] || q[-1] == ' ') np++;
    if (!vkr__jj_bind(c, n, a, params[id], p, np)) return r;
    switch (id) {
    case VKR__JJF_ABS:
        if (v.type == VKR__JJ_FLOAT) return vkr__jj_float(fabs(v.u.f));
        if (vkr__jj_isint(&v) && vkr__jj_i(&v) != INT64_MIN) return vkr__jj_int(vkr__jj_i(&v) < 0 ? -vkr__jj_i(&v) : vkr__jj_i(&v));
        break;
    case VKR__JJF_ATTR:
        return p[0].type == VKR__JJ_STR ? vkr__jj_getattr(c, n, &v, p[0].u.s, p[0].n) : vkr__jj_undef(NULL, 0);
    case VKR__JJF_BATCH: {
        int64_t k = vkr__jj_isint(&p[0]) ? vkr__jj_i(&p[0]) : 0;
        vkr__jj_val row = vkr__jj_undef(NULL, 0);
        if (k < 1) break;
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        r = vkr__jj_newlist(c, 0);
        r.gen = VKR__JJ_GEN_GENERATOR;
        for (i = 0; i < cnt && !c->err; i++) {
            if (i % (size_t)k == 0) { row = vkr__jj_newlist(c, 0); vkr__jj_push(c, r.u.l, row); }
            vkr__jj_push(c, row.u.l, items[i]);
        }
        while (!c->err && cnt % (size_t)k && p[1].type != VKR__JJ_MISSING && p[1].type != VKR__JJ_NONE && row.u.l->n < (size_t)k) vkr__jj_push(c, row.u.l, p[1]);
        return r;
    }
    case VKR__JJF_CAPITALIZE: s = vkr__jj_tostring(c, &v); return vkr__jj_case(c, &s, 2);
    case VKR__JJF_COUNT: case VKR__JJF_LENGTH:
        if (v.type == VKR__JJ_LIST && (v.gen == VKR__JJ_GEN_GENERATOR || v.gen == VKR__JJ_GEN_REVERSED)) {
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "object of type '%s' has no len()", vkr__jj_tname(&v));
            return r;
        }
        if (v.type == VKR__JJ_STR) return vkr__jj_int((int64_t)vkr__jj_nchars(v.u.s, v.n));
        if (v.type == VKR__JJ_LIST || v.type == VKR__JJ_DICT || v.type == VKR__JJ_UNDEF) { vkr__jj_iter(c, n, &v, &items, &cnt); return vkr__jj_int((int64_t)cnt); }
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "object of type '%s' has no len()", vkr__jj_tname(&v));
        return r;
    case VKR__JJF_D: case VKR__JJF_DEFAULT:
        if (v.type == VKR__JJ_UNDEF || (p[1].type != VKR__JJ_MISSING && vkr__jj_truthy(&p[1]) && !vkr__jj_truthy(&v))) return vkr__jj_or(&p[0], vkr__jj_str("", 0));
        return v;
    case VKR__JJF_DICTSORT: {
        size_t *idx;
        vkr__jj_val *keys, by = vkr__jj_or(&p[1], vkr__jj_cstr("key"));
        bool val = by.type == VKR__JJ_STR && by.n == 5 && !memcmp(by.u.s, "value", 5);
        if (v.type != VKR__JJ_DICT || !(val || (by.type == VKR__JJ_STR && by.n == 3 && !memcmp(by.u.s, "key", 3)))) break;
        cnt = v.u.d->n;
        if (!(idx = (size_t *)vkr__jj_alloc(c, (cnt + 1) * sizeof(size_t))) || !(keys = (vkr__jj_val *)vkr__jj_alloc(c, (cnt + 1) * sizeof(vkr__jj_val)))) return r;
        for (i = 0; i < cnt; i++) { vkr__jj_val none = vkr__jj_mk(VKR__JJ_MISSING); idx[i] = i; keys[i] = vkr__jj_sortkey(c, n, val ? &v.u.d->v[i] : &v.u.d->k[i], &none, vkr__jj_truthy(&p[0])); }
        if (!vkr__jj_tick(c, n, cnt * 16)) return r;
        vkr__jj_sort_idx(c, n, keys, idx, cnt, vkr__jj_truthy(&p[2]));
        r = vkr__jj_newlist(c, cnt);
        for (i = 0; i < cnt; i++) vkr__jj_push(c, r.u.l, vkr__jj_tuple2(c, v.u.d->k[idx[i]], v.u.d->v[idx[i]]));
        return r;
    }
    case VKR__JJF_E: case VKR__JJF_ESCAPE: return vkr__jj_escape(c, &v, false);
    case VKR__JJF_FORCEESCAPE: return vkr__jj_escape(c, &v, true);
    case VKR__JJF_FIRST: case VKR__JJF_LAST:
        if (id == VKR__JJF_LAST && v.type == VKR__JJ_LIST && (v.gen == VKR__JJ_GEN_GENERATOR || v.gen == VKR__JJ_GEN_REVERSED)) {
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "'%s' object is not reversible", vkr__jj_tname(&v));
            return r;
        }
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        return cnt ? items[id == VKR__JJF_FIRST ? 0 : cnt - 1] : vkr__jj_undef(NULL, 0);
    case VKR__JJF_FLOAT:
        if (v.type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, &v);
        if (vkr__jj_isnum(&v)) return vkr__jj_float(vkr__jj_f(&v));
        if (v.type == VKR__JJ_STR && vkr__jj_parse_num(&v, true, 10, &r)) return r;
        return vkr__jj_or(&p[0], vkr__jj_float(0.0));
    case VKR__JJF_INT:
        if (v.type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, &v);
        if (vkr__jj_isint(&v)) return vkr__jj_int(vkr__jj_i(&v));
        if (v.type == VKR__JJ_FLOAT && v.u.f == v.u.f && fabs(v.u.f) < 9.2e18) return vkr__jj_int((int64_t)v.u.f);
        if (v.type == VKR__JJ_STR) {
            int64_t base = p[1].type == VKR__JJ_MISSING ? 10 : vkr__jj_isint(&p[1]) ? vkr__jj_i(&p[1]) : -1;
            if ((base == 2 || base == 8 || base == 10 || base == 16) && vkr__jj_parse_num(&v, false, (int)base, &r)) return r;
            if (vkr__jj_parse_num(&v, true, 10, &r) && r.u.f == r.u.f && fabs(r.u.f) < 9.2e18) return vkr__jj_int((int64_t)r.u.f);
        }
        return vkr__jj_or(&p[0], vkr__jj_int(0));
    case VKR__JJF_INDENT: {
        vkr__jj_val w = vkr__jj_or(&p[0], vkr__jj_int(4)), ind;
        vkr__jj_buf ib = {NULL, 0, 0};
        bool first = vkr__jj_truthy(&p[1]), blank = vkr__jj_truthy(&p[2]), line0 = true;
        const char *t, *e;
        if (v.type != VKR__JJ_STR) {   /* jinja2 does s += "\n" first */
            if (v.type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, &v);
            vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "indent: a %s is not a string", vkr__jj_tname(&v));
            return r;
        }
        if (w.type == VKR__JJ_STR) ind = w;
        else if (vkr__jj_isint(&w)) { int64_t k; for (k = 0; k < vkr__jj_i(&w) && k < 4096; k++) vkr__jj_put(c, &ib, " ", 1); ind = vkr__jj_bufstr(&ib); }
        else break;
        s = vkr__jj_tostring(c, &v);
        if (first) vkr__jj_put(c, &b, ind.u.s, ind.n);
        for (t = s.u.s, e = t + s.n; !c->err;) {   /* (s + "\n").splitlines() */
            size_t k;
            const char *nl = vkr__jj_eol(t, e, &k);
            if (!line0) {
                vkr__jj_put(c, &b, "\n", 1);
                if (blank || nl > t) vkr__jj_put(c, &b, ind.u.s, ind.n);
            }
            vkr__jj_put(c, &b, t, (size_t)(nl - t));
            line0 = false;
            if (nl >= e) break;
            t = nl + k;
        }
        r = vkr__jj_bufstr(&b);
        r.markup = s.markup;
        return r;
    }
    case VKR__JJF_ITEMS:
        if (v.type == VKR__JJ_UNDEF) return vkr__jj_newlist(c, 0);
        if (v.type != VKR__JJ_DICT) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "can only get item pairs from a mapping"); return r; }
        r = vkr__jj_newlist(c, v.u.d->n);
        r.gen = VKR__JJ_GEN_GENERATOR;
        for (i = 0; i < v.u.d->n; i++) vkr__jj_push(c, r.u.l, vkr__jj_tuple2(c, v.u.d->k[i], v.u.d->v[i]));
        return r;
    case VKR__JJF_JOIN: {
        vkr__jj_val d = vkr__jj_tostring(c, &p[0]);
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        if (p[0].type == VKR__JJ_MISSING) d = vkr__jj_str("", 0);
        for (i = 0; i < cnt && !c->err; i++) {
            vkr__jj_val x = p[1].type != VKR__JJ_MISSING && p[1].type != VKR__JJ_NONE ? vkr__jj_attrpath(c, n, items[i], &p[1]) : items[i];
            if (i) vkr__jj_put(c, &b, d.u.s, d.n);
            vkr__jj_tostr(c, &x, &b, false);
        }
        return vkr__jj_bufstr(&b);
    }
    case VKR__JJF_LIST: return vkr__jj_tolist(c, n, &v);
    case VKR__JJF_LOWER: s = vkr__jj_tostring(c, &v); return vkr__jj_case(c, &s, 0);
    case VKR__JJF_UPPER: s = vkr__jj_tostring(c, &v); return vkr__jj_case(c, &s, 1);
    case VKR__JJF_TITLE: s = vkr__jj_tostring(c, &v); return vkr__jj_case(c, &s, 3);
    case VKR__JJF_MAX: case VKR__JJF_MIN: {
        size_t best = 0;
        vkr__jj_val bk;
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        if (!cnt) return vkr__jj_undef(NULL, 0);
        bk = vkr__jj_sortkey(c, n, &items[0], &p[1], vkr__jj_truthy(&p[0]));
        for (i = 1; i < cnt && !c->err; i++) {
            vkr__jj_val k = vkr__jj_sortkey(c, n, &items[i], &p[1], vkr__jj_truthy(&p[0]));
            int o = vkr__jj_order(c, n, &k, &bk);
            if (o != 2 && (id == VKR__JJF_MAX ? o > 0 : o < 0)) { best = i; bk = k; }
        }
        return c->err ? r : items[best];
    }
    case VKR__JJF_REPLACE: {
        vkr__jj_val o = vkr__jj_tostring(c, &p[0]), nw = vkr__jj_tostring(c, &p[1]);
        int64_t k = (p[2].type == VKR__JJ_MISSING || p[2].type == VKR__JJ_NONE) ? -1 : vkr__jj_isint(&p[2]) ? vkr__jj_i(&p[2]) : -1;
        if (p[0].type == VKR__JJ_MISSING || p[1].type == VKR__JJ_MISSING) break;
        s = vkr__jj_tostring(c, &v);
        return vkr__jj_replace(c, &s, &o, &nw, k);
    }
    case VKR__JJF_REVERSE:
        if (v.type == VKR__JJ_STR) {
            size_t *off = vkr__jj_offsets(c, &v, &cnt);
            for (i = cnt; off && i-- > 0;) vkr__jj_put(c, &b, v.u.s + off[i], off[i + 1] - off[i]);
            r = vkr__jj_bufstr(&b);
            r.markup = v.markup;
            return r;
        }
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        r = vkr__jj_newlist(c, cnt);
        r.gen = VKR__JJ_GEN_REVERSED;
        for (i = cnt; i-- > 0;) vkr__jj_push(c, r.u.l, items[i]);
        return r;
    case VKR__JJF_ROUND: {
        vkr__jj_val m = vkr__jj_or(&p[1], vkr__jj_cstr("common"));
        int64_t prec = vkr__jj_isint(&p[0]) ? vkr__jj_i(&p[0]) : 0;
        double x, sc;
        char t[400];
        bool common = m.type == VKR__JJ_STR && m.n == 6 && !memcmp(m.u.s, "common", 6);
        bool ceil_ = m.type == VKR__JJ_STR && m.n == 4 && !memcmp(m.u.s, "ceil", 4);
        bool floor_ = m.type == VKR__JJ_STR && m.n == 5 && !memcmp(m.u.s, "floor", 5);
        if (!vkr__jj_isnum(&v) || !(common || ceil_ || floor_)) break;
        if (prec > 300) prec = 300;
        if (prec < -300) prec = -300;
        x = vkr__jj_f(&v);
        if (common && vkr__jj_isint(&v) && prec >= 0) return vkr__jj_int(vkr__jj_i(&v));
        sc = pow(10.0, (double)prec);
        if (!common) return vkr__jj_float((ceil_ ? ceil(x * sc) : floor(x * sc)) / sc);
        if (x != x || x == HUGE_VAL || x == -HUGE_VAL) return vkr__jj_float(x);
        if (prec <= 0) x = rint(x / (1 / sc)) * (1 / sc);
        else {
            const char *dp = localeconv()->decimal_point;
            char *dot;
            snprintf(t, sizeof t, "%.*f", (int)prec, x);   /* correctly rounded, as Python's round() */
            dot = strpbrk(t, ".,");
            if (dot && dp && dp[0] && !dp[1]) *dot = dp[0];
            x = strtod(t, NULL);
        }
        return vkr__jj_isint(&v) ? vkr__jj_int((int64_t)x) : vkr__jj_float(x);
    }
    case VKR__JJF_SAFE: s = vkr__jj_tostring(c, &v); s.markup = 1; return s;
    case VKR__JJF_SORT: case VKR__JJF_UNIQUE: {
        size_t *idx, out = 0, j;
        vkr__jj_val *keys;
        const vkr__jj_val *attr = &p[id == VKR__JJF_SORT ? 2 : 1];
        bool cs = vkr__jj_truthy(&p[id == VKR__JJF_SORT ? 1 : 0]);
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        if (!(idx = (size_t *)vkr__jj_alloc(c, (cnt + 1) * sizeof(size_t))) || !(keys = (vkr__jj_val *)vkr__jj_alloc(c, (cnt + 1) * sizeof(vkr__jj_val)))) return r;
        for (i = 0; i < cnt && !c->err; i++) { idx[i] = i; keys[i] = vkr__jj_sortkey(c, n, &items[i], attr, cs); }
        r = vkr__jj_newlist(c, cnt);
        r.gen = id == VKR__JJF_UNIQUE ? VKR__JJ_GEN_GENERATOR : VKR__JJ_GEN_LIST;
        if (id == VKR__JJF_SORT) {
            if (!vkr__jj_tick(c, n, cnt * 16)) return r;
            vkr__jj_sort_idx(c, n, keys, idx, cnt, vkr__jj_truthy(&p[0]));
            for (i = 0; i < cnt; i++) vkr__jj_push(c, r.u.l, items[idx[i]]);
            return r;
        }
        for (i = 0; i < cnt && vkr__jj_tick(c, n, out); i++) {
            for (j = 0; j < out && !vkr__jj_eq(c, &keys[idx[j]], &keys[i]); j++) {}
            if (j == out) { idx[out++] = i; vkr__jj_push(c, r.u.l, items[i]); }
        }
        return r;
    }
    case VKR__JJF_STRING: return vkr__jj_tostring(c, &v);
    case VKR__JJF_SUM:
        if (!vkr__jj_iter(c, n, &v, &items, &cnt)) return r;
        r = vkr__jj_or(&p[1], vkr__jj_int(0));
        for (i = 0; i < cnt && !c->err; i++) {
            vkr__jj_val x = p[0].type != VKR__JJ_MISSING && p[0].type != VKR__JJ_NONE ? vkr__jj_attrpath(c, n, items[i], &p[0]) : items[i];
            r = vkr__jj_binop(c, n, '+', &r, &x);
        }
        return r;
    case VKR__JJF_TOJSON: {
        vkr__jj_jsonopt o;
        vkr__jj_buf ib = {NULL, 0, 0};
        memset(&o, 0, sizeof o);
        o.ascii = vkr__jj_truthy(&p[0]);
        o.sort = vkr__jj_truthy(&p[3]);
        if (p[1].type == VKR__JJ_STR) { o.indent = p[1].u.s; o.nindent = p[1].n; }
        else if (vkr__jj_isint(&p[1])) { int64_t k; for (k = 0; k < vkr__jj_i(&p[1]) && k < 4096; k++) vkr__jj_put(c, &ib, " ", 1); o.indent = ib.p ? ib.p : ""; o.nindent = ib.n; }
        else if (p[1].type != VKR__JJ_MISSING && p[1].type != VKR__JJ_NONE) break;
        o.item_sep = o.indent ? "," : ", ";
        o.key_sep = ": ";
        if (p[2].type == VKR__JJ_LIST && p[2].u.l->n == 2 && p[2].u.l->v[0].type == VKR__JJ_STR && p[2].u.l->v[1].type == VKR__JJ_STR) {
            o.item_sep = p[2].u.l->v[0].u.s; o.nitem = p[2].u.l->v[0].n;
            o.key_sep = p[2].u.l->v[1].u.s; o.nkey = p[2].u.l->v[1].n;
        } else if (p[2].type != VKR__JJ_MISSING && p[2].type != VKR__JJ_NONE) break;
        else { o.nitem = strlen(o.item_sep); o.nkey = 2; }
        vkr__jj_json(c, n, &v, &o, &b, 0);
        return vkr__jj_bufstr(&b);
    }
    case VKR__JJF_TRIM: s = vkr__jj_tostring(c, &v); return vkr__jj_strip(&s, &p[0], 3);
    case VKR__JJF_WORDCOUNT: {
        int64_t k = 0;
        bool in = false;
        const char *t, *e;
        s = vkr__jj_tostring(c, &v);
        for (t = s.u.s, e = t + s.n; t < e;) {
            uint32_t cp;
            int g;
            t += vkr__jj_cp(t, e, &cp);
            g = vkr__uc_gc(cp);
            if (cp == '_' || g <= VKR__UC_Lo || (g >= VKR__UC_Nd && g <= VKR__UC_No) || g == VKR__UC_Mn || g == VKR__UC_Mc) { if (!in) k++; in = true; }
            else in = false;
        }
        return vkr__jj_int(k);
    }
    }
    if (!c->err) vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "filter '%s' cannot take these arguments (value of type %s)", vkr__jj_filter_names[id], vkr__jj_tname(&v));
    return vkr__jj_undef(NULL, 0);
}

/* 1 / 0, or -1 after an error. */
VKR__JJ_LEAF int vkr__jj_test(vkr__jj_ctx *c, const vkr__jj_node *n, int id, const vkr__jj_val *v, const vkr__jj_args *a) {
    vkr__jj_val o = a->npos ? a->pos[0] : (a->kw && a->kw->n) ? a->kw->v[0] : vkr__jj_undef(NULL, 0);
    bool str = v->type == VKR__JJ_STR;
    size_t given = a->npos + (a->kw ? a->kw->n : 0), want = id >= VKR__JJT_SAMEAS && id != VKR__JJT_ESCAPED && id != VKR__JJT_ODD &&
                   id != VKR__JJT_EVEN && id != VKR__JJT_LOWER && id != VKR__JJT_UPPER && id != VKR__JJT_FILTER && id != VKR__JJT_TEST;
    int r;
    if (given != want) {
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "test '%s' takes %zu argument(s), %zu given", vkr__jj_test_names[id], want, given);
        return -1;
    }
    switch (id) {
    case VKR__JJT_DEFINED: return v->type != VKR__JJ_UNDEF;
    case VKR__JJT_UNDEFINED: return v->type == VKR__JJ_UNDEF;
    case VKR__JJT_NONE: return v->type == VKR__JJ_NONE;
    case VKR__JJT_BOOLEAN: return v->type == VKR__JJ_BOOL;
    case VKR__JJT_FALSE: return v->type == VKR__JJ_BOOL && !v->u.b;
    case VKR__JJT_TRUE: return v->type == VKR__JJ_BOOL && v->u.b;
    case VKR__JJT_INTEGER: return v->type == VKR__JJ_INT;
    case VKR__JJT_FLOAT: return v->type == VKR__JJ_FLOAT;
    case VKR__JJT_NUMBER: return vkr__jj_isnum(v);
    case VKR__JJT_STRING: return str;
    case VKR__JJT_MAPPING: return v->type == VKR__JJ_DICT;
    case VKR__JJT_ITERABLE: return str || v->type == VKR__JJ_LIST || v->type == VKR__JJ_DICT || v->type == VKR__JJ_UNDEF || v->type == VKR__JJ_LOOP;
    case VKR__JJT_SEQUENCE: return str || (v->type == VKR__JJ_LIST && !v->gen) || v->type == VKR__JJ_DICT || v->type == VKR__JJ_UNDEF;
    case VKR__JJT_CALLABLE: return v->type == VKR__JJ_MACRO || v->type == VKR__JJ_FUNC || v->type == VKR__JJ_METHOD;
    case VKR__JJT_SAMEAS:
        if (v->type != o.type) return 0;
        if (v->type == VKR__JJ_NONE) return 1;
        if (v->type == VKR__JJ_BOOL) return v->u.b == o.u.b;
        if (v->type == VKR__JJ_INT) return v->u.i == o.u.i && v->u.i >= -5 && v->u.i <= 256;   /* CPython's small-int cache */
        if (v->type == VKR__JJ_STR) return v->u.s == o.u.s && v->n == o.n;
        if (v->type == VKR__JJ_FLOAT || v->type == VKR__JJ_UNDEF) return 0;
        return v->u.d == o.u.d;
    case VKR__JJT_ESCAPED: return str && v->markup;
    case VKR__JJT_ODD: case VKR__JJT_EVEN: case VKR__JJT_DIVISIBLEBY: {
        vkr__jj_val two = vkr__jj_int(2), m = vkr__jj_binop(c, n, '%', v, id == VKR__JJT_DIVISIBLEBY ? &o : &two);
        if (c->err) return -1;
        return vkr__jj_f(&m) == (id == VKR__JJT_ODD ? 1 : 0);
    }
    case VKR__JJT_LOWER: case VKR__JJT_UPPER: {   /* str(value).islower() / isupper() */
        vkr__jj_val s = vkr__jj_tostring(c, v);
        const char *t = s.u.s, *e = t + s.n;
        bool cased = false;
        while (t < e) {
            uint32_t cp;
            int g;
            t += vkr__jj_cp(t, e, &cp);
            g = vkr__uc_gc(cp);
            if (g == (id == VKR__JJT_LOWER ? VKR__UC_Lu : VKR__UC_Ll) || g == VKR__UC_Lt) return 0;
            if (g <= VKR__UC_Lt) cased = true;
        }
        return cased;
    }
    case VKR__JJT_EQ: case VKR__JJT_EQUALTO: case VKR__JJT_EQ2: r = vkr__jj_eq(c, v, &o); return c->err ? -1 : r;
    case VKR__JJT_NE: case VKR__JJT_NE2: r = !vkr__jj_eq(c, v, &o); return c->err ? -1 : r;
    case VKR__JJT_LT: case VKR__JJT_LESSTHAN: case VKR__JJT_LT2: r = vkr__jj_order(c, n, v, &o); return r == 2 ? -1 : r < 0;
    case VKR__JJT_LE: case VKR__JJT_LE2: r = vkr__jj_order(c, n, v, &o); return r == 2 ? -1 : r <= 0;
    case VKR__JJT_GT: case VKR__JJT_GREATERTHAN: case VKR__JJT_GT2: r = vkr__jj_order(c, n, v, &o); return r == 2 ? -1 : r == 1;
    case VKR__JJT_GE: case VKR__JJT_GE2: r = vkr__jj_order(c, n, v, &o); return r == 2 ? -1 : r >= 0;
    case VKR__JJT_IN: r = vkr__jj_contains(c, n, v, &o); return c->err ? -1 : r;
    case VKR__JJT_FILTER: return str && vkr__jj_lookup(vkr__jj_filter_names, v->u.s, v->n) != VKR__JJ_UNKNOWN;
    case VKR__JJT_TEST: return str && vkr__jj_lookup(vkr__jj_test_names, v->u.s, v->n) != VKR__JJ_UNKNOWN;
    }
    vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "no test named '%.*s'", (int)VKR__MIN(n->len, 100), n->name ? n->name : "");
    return -1;
}

/* Python's str.split (sep None splits on whitespace runs): sep None splits on whitespace runs. */
VKR__FN vkr__jj_val vkr__jj_split(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_val *s, const vkr__jj_val *sep, int64_t maxsplit) {
    vkr__jj_val r = vkr__jj_newlist(c, 0), x;
    const char *p = s->u.s, *e = p + s->n;
    if (sep->type == VKR__JJ_STR) {
        if (!sep->n) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "empty separator"); return vkr__jj_undef(NULL, 0); }
        for (;;) {
            const char *q = p;
            while (maxsplit != 0 && q + sep->n <= e && memcmp(q, sep->u.s, sep->n)) q++;
            if (maxsplit == 0 || q + sep->n > e) q = e;
            x = vkr__jj_str(p, (size_t)(q - p));
            x.markup = s->markup;
            if (!vkr__jj_push(c, r.u.l, x) || q == e) break;
            p = q + sep->n;
            if (maxsplit > 0) maxsplit--;
        }
        return r;
    }
    for (;;) {
        const char *q;
        p = vkr__jj_skip_ws(p, e);
        if (p >= e) break;
        if (maxsplit == 0) { x = vkr__jj_str(p, (size_t)(e - p)); x.markup = s->markup; vkr__jj_push(c, r.u.l, x); break; }
        for (q = p; q < e;) { uint32_t cp; size_t k = vkr__jj_cp(q, e, &cp); if (vkr__jj_space(cp)) break; q += k; }
        x = vkr__jj_str(p, (size_t)(q - p));
        x.markup = s->markup;
        if (!vkr__jj_push(c, r.u.l, x)) break;
        p = q;
        if (maxsplit > 0) maxsplit--;
    }
    return r;
}

VKR__JJ_LEAF vkr__jj_val vkr__jj_call_method(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_method *m, const vkr__jj_args *a) {
    const vkr__jj_val *self = &m->self;
    const char *name = m->name;
    size_t len = strcspn(name, " ");
    vkr__jj_val p[3], r = vkr__jj_undef(NULL, 0);
    size_t i;
#define VKR__JJ_IS(w) (len == sizeof(w) - 1 && !memcmp(name, w, len))
    if (self->type == VKR__JJ_STR) {
        if (VKR__JJ_IS("strip") || VKR__JJ_IS("lstrip") || VKR__JJ_IS("rstrip")) {
            if (!vkr__jj_bind(c, n, a, "chars", p, 1)) return r;
            return vkr__jj_strip(self, &p[0], name[0] == 'l' ? 1 : name[0] == 'r' ? 2 : 3);
        }
        if (VKR__JJ_IS("split")) {
            if (!vkr__jj_bind(c, n, a, "sep maxsplit", p, 2)) return r;
            return vkr__jj_split(c, n, self, &p[0], vkr__jj_isint(&p[1]) ? vkr__jj_i(&p[1]) : -1);
        }
        if (VKR__JJ_IS("startswith") || VKR__JJ_IS("endswith")) {
            const vkr__jj_val *items = &p[0];
            size_t cnt = 1;
            if (!vkr__jj_bind(c, n, a, "prefix", p, 1)) return r;
            if (p[0].type == VKR__JJ_LIST && p[0].tuple) { items = p[0].u.l->v; cnt = p[0].u.l->n; }
            for (i = 0; i < cnt; i++) {
                const vkr__jj_val *x = &items[i];
                if (x->type != VKR__JJ_STR) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "%.*s first arg must be str or a tuple of str", (int)len, name); return r; }
                if (x->n <= self->n && !memcmp(self->u.s + (name[0] == 's' ? 0 : self->n - x->n), x->u.s, x->n)) return vkr__jj_bool(true);
            }
            return vkr__jj_bool(false);
        }
        if (VKR__JJ_IS("upper") || VKR__JJ_IS("lower") || VKR__JJ_IS("capitalize") || VKR__JJ_IS("title")) {
            if (!vkr__jj_bind(c, n, a, "", p, 0)) return r;
            return vkr__jj_case(c, self, name[0] == 'l' ? 0 : name[0] == 'u' ? 1 : name[0] == 'c' ? 2 : 4);
        }
        if (VKR__JJ_IS("replace")) {
            if (!vkr__jj_bind(c, n, a, "old new count", p, 3) || p[0].type != VKR__JJ_STR || p[1].type != VKR__JJ_STR) {
                vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "replace() needs two strings");
                return r;
            }
            return vkr__jj_replace(c, self, &p[0], &p[1], vkr__jj_isint(&p[2]) ? vkr__jj_i(&p[2]) : -1);
        }
        if (VKR__JJ_IS("find") || VKR__JJ_IS("rfind") || VKR__JJ_IS("index") || VKR__JJ_IS("rindex") || VKR__JJ_IS("count")) {
            int64_t hits = 0, at = -1;
            if (!vkr__jj_bind(c, n, a, "sub", p, 1) || p[0].type != VKR__JJ_STR) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "%.*s() needs a string", (int)len, name); return r; }
            for (i = 0; i + p[0].n <= self->n;) {
                if (!memcmp(self->u.s + i, p[0].u.s, p[0].n)) {
                    hits++;
                    if (at < 0 || name[0] == 'r') at = (int64_t)vkr__jj_nchars(self->u.s, i);
                    if (name[0] == 'f' || name[0] == 'i') break;
                    i += name[0] == 'c' ? VKR__MAX(p[0].n, 1) : 1;
                } else i++;
            }
            if (name[0] == 'c') return vkr__jj_int(p[0].n ? hits : (int64_t)vkr__jj_nchars(self->u.s, self->n) + 1);
            if (at < 0 && (name[0] == 'i' || (name[0] == 'r' && name[1] == 'i'))) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "substring not found"); return r; }
            return vkr__jj_int(at);
        }
        if (VKR__JJ_IS("join")) {
            const vkr__jj_val *items;
            size_t cnt;
            vkr__jj_buf b = {NULL, 0, 0};
            if (!vkr__jj_bind(c, n, a, "iterable", p, 1) || !vkr__jj_iter(c, n, &p[0], &items, &cnt)) return r;
            for (i = 0; i < cnt && !c->err; i++) {
                if (items[i].type != VKR__JJ_STR) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "sequence item %zu: expected str instance, %s found", i, vkr__jj_tname(&items[i])); return r; }
                if (i) vkr__jj_put(c, &b, self->u.s, self->n);
                vkr__jj_put(c, &b, items[i].u.s, items[i].n);
            }
            return vkr__jj_bufstr(&b);
        }
        if (VKR__JJ_IS("removeprefix") || VKR__JJ_IS("removesuffix")) {
            if (!vkr__jj_bind(c, n, a, "affix", p, 1) || p[0].type != VKR__JJ_STR) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "%.*s() needs a string", (int)len, name); return r; }
            r = *self;
            if (p[0].n <= self->n && !memcmp(self->u.s + (name[6] == 'p' ? 0 : self->n - p[0].n), p[0].u.s, p[0].n)) {
                r.n -= p[0].n;
                if (name[6] == 'p') r.u.s += p[0].n;
            }
            return r;
        }
        if (VKR__JJ_IS("isdigit") || VKR__JJ_IS("isalpha") || VKR__JJ_IS("isalnum") || VKR__JJ_IS("isspace") || VKR__JJ_IS("islower") || VKR__JJ_IS("isupper")) {
            vkr__jj_args none;
            const char *t = self->u.s, *e = t + self->n;
            bool ok = self->n > 0;
            memset(&none, 0, sizeof none);
            if (!vkr__jj_bind(c, n, a, "", p, 0)) return r;
            if (name[2] == 'l' || name[2] == 'u') return vkr__jj_bool(vkr__jj_test(c, n, name[2] == 'l' ? VKR__JJT_LOWER : VKR__JJT_UPPER, self, &none) == 1);
            while (t < e && ok) {
                uint32_t cp;
                int g;
                t += vkr__jj_cp(t, e, &cp);
                g = vkr__uc_gc(cp);
                if (name[2] == 'd') ok = g == VKR__UC_Nd || cp == 0xB2 || cp == 0xB3 || cp == 0xB9;
                else if (name[2] == 's') ok = vkr__jj_space(cp);
                else if (name[4] == 'h') ok = g <= VKR__UC_Lo;
                else ok = g <= VKR__UC_Lo || (g >= VKR__UC_Nd && g <= VKR__UC_No);
            }
            return vkr__jj_bool(ok);
        }
        if (VKR__JJ_IS("splitlines")) {
            const char *t = self->u.s, *e = t + self->n;
            if (!vkr__jj_bind(c, n, a, "keepends", p, 1)) return r;
            r = vkr__jj_newlist(c, 0);
            while (t < e && !c->err) {
                size_t k;
                const char *nl = vkr__jj_eol(t, e, &k);
                vkr__jj_val x = vkr__jj_str(t, (size_t)(nl - t) + (vkr__jj_truthy(&p[0]) ? k : 0));
                x.markup = self->markup;
                vkr__jj_push(c, r.u.l, x);
                t = nl + k;
            }
            return r;
        }
    } else if (self->type == VKR__JJ_DICT) {
        const vkr__jj_dict *d = self->u.d;
        if (VKR__JJ_IS("get")) {
            ptrdiff_t k;
            if (!vkr__jj_bind(c, n, a, "key default", p, 2)) return r;
            if (p[0].type == VKR__JJ_MISSING) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "get() needs a key"); return r; }
            k = vkr__jj_dfind(c, d, &p[0]);
            return k >= 0 ? d->v[k] : vkr__jj_or(&p[1], vkr__jj_mk(VKR__JJ_NONE));
        }
        if (!vkr__jj_bind(c, n, a, "", p, 0)) return r;
        if (VKR__JJ_IS("copy")) {
            r = vkr__jj_newdict(c, VKR__JJ_DICT);
            for (i = 0; i < d->n; i++) vkr__jj_dset(c, r.u.d, d->k[i], d->v[i]);
            return r;
        }
        r = vkr__jj_newlist(c, d->n);
        r.gen = name[0] == 'k' ? VKR__JJ_GEN_KEYS : name[0] == 'v' ? VKR__JJ_GEN_VALUES : VKR__JJ_GEN_ITEMS;
        for (i = 0; i < d->n; i++) vkr__jj_push(c, r.u.l, name[0] == 'k' ? d->k[i] : name[0] == 'v' ? d->v[i] : vkr__jj_tuple2(c, d->k[i], d->v[i]));
        return r;
    } else if (self->type == VKR__JJ_LIST) {
        vkr__jj_list *l = self->u.l;
        if (VKR__JJ_IS("copy")) { if (!vkr__jj_bind(c, n, a, "", p, 0)) return r; return vkr__jj_tolist(c, n, self); }
        if (!vkr__jj_bind(c, n, a, "x", p, 1) || p[0].type == VKR__JJ_MISSING) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "%.*s() takes one argument", (int)len, name); return r; }
        if (VKR__JJ_IS("append")) { vkr__jj_push(c, l, p[0]); return vkr__jj_mk(VKR__JJ_NONE); }
        {
            int64_t k = 0, at = -1;
            for (i = 0; i < l->n && !c->err; i++) if (vkr__jj_eq(c, &l->v[i], &p[0])) { k++; if (at < 0) at = (int64_t)i; }
            if (VKR__JJ_IS("count")) return vkr__jj_int(k);
            if (at < 0) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "list.index(x): x not in list"); return r; }
            return vkr__jj_int(at);
        }
    } else if (self->type == VKR__JJ_LOOP) {   /* loop.cycle(a, b, ...) */
        if (!a->npos) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "no items for cycling given"); return r; }
        return a->pos[self->u.loop->i % a->npos];
    }
    vkr__jj_fail(c, VKR_ERR_UNSUPPORTED, n, "%s.%.*s() is not supported", vkr__jj_tname(self), (int)len, name);
    return r;
#undef VKR__JJ_IS
}

VKR__JJ_LEAF vkr__jj_val vkr__jj_call_fn(vkr__jj_ctx *c, const vkr__jj_node *n, int fn, const vkr__jj_args *a) {
    vkr__jj_val r = vkr__jj_undef(NULL, 0), p[3];
    size_t i;
    if (fn == VKR__JJ_FN_RANGE) {
        int64_t lo = 0, hi, st = 1, k, cnt;
        if (!vkr__jj_bind(c, n, a, "start stop step", p, 3)) return r;
        for (i = 0; i < a->npos; i++) if (!vkr__jj_isint(&p[i])) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "range() arguments must be integers"); return r; }
        if (a->npos == 0 || (a->kw && a->kw->n)) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "range() takes 1 to 3 positional arguments"); return r; }
        if (a->npos == 1) hi = vkr__jj_i(&p[0]);
        else { lo = vkr__jj_i(&p[0]); hi = vkr__jj_i(&p[1]); if (a->npos == 3) st = vkr__jj_i(&p[2]); }
        if (!st) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "range() arg 3 must not be zero"); return r; }
        {   /* item count, in unsigned arithmetic: hi - lo may overflow int64 */
            uint64_t span = st > 0 ? (hi > lo ? (uint64_t)hi - (uint64_t)lo : 0) : (lo > hi ? (uint64_t)lo - (uint64_t)hi : 0);
            uint64_t stride = st > 0 ? (uint64_t)st : (uint64_t)0 - (uint64_t)st;
            uint64_t m = span ? (span - 1) / stride + 1 : 0;
            if (m > VKR__JJ_MAX_RANGE) { vkr__jj_fail(c, VKR_ERR_LIMIT, n, "range too big (the sandbox allows %d items)", VKR__JJ_MAX_RANGE); return r; }
            cnt = (int64_t)m;
        }
        r = vkr__jj_newlist(c, (size_t)cnt);
        for (k = 0; k < cnt; k++) vkr__jj_push(c, r.u.l, vkr__jj_int(lo + k * st));
        return r;
    }
    if (fn == VKR__JJ_FN_NAMESPACE || fn == VKR__JJ_FN_DICT) {
        r = vkr__jj_newdict(c, fn == VKR__JJ_FN_DICT ? VKR__JJ_DICT : VKR__JJ_NS);
        if (a->npos > 1 || (a->npos && a->pos[0].type != VKR__JJ_DICT)) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "%s() takes a mapping and keyword arguments", vkr__jj_fn_names[fn]); return r; }
        for (i = 0; a->npos && i < a->pos[0].u.d->n; i++) vkr__jj_dset(c, r.u.d, a->pos[0].u.d->k[i], a->pos[0].u.d->v[i]);
        for (i = 0; a->kw && i < a->kw->n; i++) vkr__jj_dset(c, r.u.d, a->kw->k[i], a->kw->v[i]);
        return r;
    }
    if (fn == VKR__JJ_FN_RAISE) {
        vkr__jj_buf b = {NULL, 0, 0};
        if (!vkr__jj_bind(c, n, a, "message", p, 1)) return r;
        vkr__jj_tostr(c, &p[0], &b, false);
        if (!c->err) c->err = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "chat template: %.*s", (int)VKR__MIN(b.n, 900), b.p ? b.p : "");
        return r;
    }
    {   /* strftime_now(format), in UTC */
        char out[512];
        struct tm tmv;
        time_t now = time(NULL);
        size_t k;
        vkr__jj_buf b = {NULL, 0, 0};
        if (!vkr__jj_bind(c, n, a, "format", p, 1)) return r;
        if (p[0].type != VKR__JJ_STR || p[0].n > 200 || memchr(p[0].u.s, 0, p[0].n)) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "strftime_now() needs a format string"); return r; }
        vkr__jj_put(c, &b, p[0].u.s, p[0].n);
        vkr__jj_put(c, &b, "", 1);
        if (c->err) return r;
#ifdef _WIN32
        tmv = *gmtime(&now);   /* the CRT's gmtime is per thread */
#else
        gmtime_r(&now, &tmv);
#endif
        k = strftime(out, sizeof out, b.p, &tmv);
        r = vkr__jj_str(b.p, 0);
        vkr__jj_put(c, &b, out, k);
        r.u.s = b.p + p[0].n + 1;
        r.n = k;
        return r;
    }
}

VKR__JJ_LEAF vkr__jj_val vkr__jj_call_macro(vkr__jj_ctx *c, const vkr__jj_node *n, const vkr__jj_macro *m, const vkr__jj_args *a) {
    const vkr__jj_node *def = m->def, *p;
    vkr__jj_scope *s, *saved = c->scope;
    vkr__jj_buf b = {NULL, 0, 0}, *out = c->out;
    vkr__jj_val varargs, kwargs;
    size_t i, np = 0;
    bool *given;
    if (c->calls >= VKR__JJ_MAX_CALLS) { vkr__jj_fail(c, VKR_ERR_LIMIT, n, "macro calls nested more than %d deep", VKR__JJ_MAX_CALLS); return vkr__jj_undef(NULL, 0); }
    for (p = def->b; p; p = p->next) np++;
    if (a->npos > np && !(def->flag & VKR__JJ_USES_VARARGS)) {
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "macro '%.*s' takes not more than %zu argument(s)", (int)def->len, def->name, np);
        return vkr__jj_undef(NULL, 0);
    }
    if (!(s = vkr__jj_new_scope(c, m->scope)) || !(given = (bool *)vkr__jj_alloc(c, np + 1))) return vkr__jj_undef(NULL, 0);
    memset(given, 0, np + 1);
    varargs = vkr__jj_newlist(c, 0);
    varargs.tuple = 1;
    kwargs = vkr__jj_newdict(c, VKR__JJ_DICT);
    for (i = 0, p = def->b; i < a->npos && !c->err; i++) {
        if (p) { vkr__jj_setvar(c, s, p->name, p->len, a->pos[i]); given[i] = true; p = p->next; }
        else vkr__jj_push(c, varargs.u.l, a->pos[i]);
    }
    for (i = 0; a->kw && i < a->kw->n && !c->err; i++) {
        const vkr__jj_val *k = &a->kw->k[i];
        size_t j = 0;
        for (p = def->b; p && !(p->len == k->n && !memcmp(p->name, k->u.s, k->n)); p = p->next) j++;
        if (p && given[j]) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "macro '%.*s' got multiple values for argument '%.*s'", (int)def->len, def->name, (int)k->n, k->u.s); break; }
        if (p) { vkr__jj_setvar(c, s, p->name, p->len, a->kw->v[i]); given[j] = true; }
        else if (def->flag & VKR__JJ_USES_KWARGS) vkr__jj_dset(c, kwargs.u.d, *k, a->kw->v[i]);
        else vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "macro '%.*s' takes no keyword argument '%.*s'", (int)def->len, def->name, (int)k->n, k->u.s);
    }
    c->calls++;
    c->scope = s;
    for (i = 0, p = def->b; p && !c->err; p = p->next, i++)   /* defaults are evaluated in the macro's scope, in order */
        if (!given[i]) vkr__jj_setvar(c, s, p->name, p->len, p->a ? vkr__jj_eval(c, p->a) : vkr__jj_undef(p->name, p->len));
    if (def->flag & VKR__JJ_USES_VARARGS) vkr__jj_setvar(c, s, "varargs", 7, varargs);
    if (def->flag & VKR__JJ_USES_KWARGS) vkr__jj_setvar(c, s, "kwargs", 6, kwargs);
    c->out = &b;
    vkr__jj_exec(c, def->d);
    c->out = out;
    c->scope = saved;
    c->calls--;
    return vkr__jj_bufstr(&b);
}

VKR__FN bool vkr__jj_eval_args(vkr__jj_ctx *c, const vkr__jj_node *list, vkr__jj_args *a) {
    const vkr__jj_node *x;
    size_t np = 0;
    memset(a, 0, sizeof *a);
    for (x = list; x; x = x->next) if (x->kind != VKR__JJ_N_KWARG) np++;
    if (np && !(a->pos = (vkr__jj_val *)vkr__jj_alloc(c, np * sizeof(vkr__jj_val)))) return false;
    for (x = list; x && !c->err; x = x->next) {
        vkr__jj_val v = vkr__jj_eval(c, x->kind == VKR__JJ_N_KWARG ? x->a : x);
        if (x->kind != VKR__JJ_N_KWARG) { a->pos[a->npos++] = v; continue; }
        if (!a->kw) { vkr__jj_val d = vkr__jj_newdict(c, VKR__JJ_DICT); a->kw = d.u.d; if (!a->kw) return false; }
        if (vkr__jj_dget(c, a->kw, x->name, x->len)) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, x, "keyword argument '%.*s' repeated", (int)x->len, x->name); return false; }
        vkr__jj_dset(c, a->kw, vkr__jj_str(x->name, x->len), v);
    }
    return !c->err;
}

VKR__FN vkr__jj_val vkr__jj_eval2(vkr__jj_ctx *c, const vkr__jj_node *n) {
    vkr__jj_val a, b, r = vkr__jj_undef(NULL, 0);
    vkr__jj_args args;
    const vkr__jj_node *x;
    vkr__jj_var *var;
    int t;
    switch (n->kind) {
    case VKR__JJ_N_CONST: return n->v;
    case VKR__JJ_N_CAPTURED: return c->captured;
    case VKR__JJ_N_NAME:
        if ((var = vkr__jj_find(c->scope, n->name, n->len)) != NULL) return var->v;
        if ((t = vkr__jj_lookup(vkr__jj_fn_names, n->name, n->len)) != VKR__JJ_UNKNOWN) { r = vkr__jj_mk(VKR__JJ_FUNC); r.u.fn = t; return r; }
        return vkr__jj_undef(n->name, n->len);
    case VKR__JJ_N_GETATTR: a = vkr__jj_eval(c, n->a); return c->err ? r : vkr__jj_getattr(c, n, &a, n->name, n->len);
    case VKR__JJ_N_GETITEM:
        a = vkr__jj_eval(c, n->a);
        if (n->b->kind == VKR__JJ_N_SLICE) return vkr__jj_slice(c, n, &a);
        b = vkr__jj_eval(c, n->b);
        return c->err ? r : vkr__jj_getitem(c, n, &a, &b);
    case VKR__JJ_N_CALL:
        a = vkr__jj_eval(c, n->a);
        if (c->err || !vkr__jj_eval_args(c, n->b, &args)) return r;
        switch (a.type) {
        case VKR__JJ_MACRO: return vkr__jj_call_macro(c, n, a.u.m, &args);
        case VKR__JJ_FUNC: return vkr__jj_call_fn(c, n, a.u.fn, &args);
        case VKR__JJ_METHOD: return vkr__jj_call_method(c, n, a.u.bm, &args);
        case VKR__JJ_UNDEF: return vkr__jj_undef_error(c, n, &a);
        default: vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "'%s' object is not callable", vkr__jj_tname(&a)); return r;
        }
    case VKR__JJ_N_FILTER: case VKR__JJ_N_TEST:
        if (n->op == VKR__JJ_UNKNOWN) {
            if (n->kind == VKR__JJ_N_FILTER && vkr__jj_word_in(n->name, n->len, vkr__jj_filters_missing))
                vkr__jj_fail(c, VKR_ERR_UNSUPPORTED, n, "the '%.*s' filter is not supported", (int)n->len, n->name);
            else
                vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "no %s named '%.*s'", n->kind == VKR__JJ_N_FILTER ? "filter" : "test", (int)VKR__MIN(n->len, 100), n->name);
            return r;
        }
        a = vkr__jj_eval(c, n->a);
        if (c->err || !vkr__jj_eval_args(c, n->b, &args)) return r;
        if (n->kind == VKR__JJ_N_FILTER) return vkr__jj_filter(c, n, n->op, a, &args);
        t = vkr__jj_test(c, n, n->op, &a, &args);
        return t < 0 ? r : vkr__jj_bool(t == 1);
    case VKR__JJ_N_BIN:
        a = vkr__jj_eval(c, n->a);
        b = vkr__jj_eval(c, n->b);
        return c->err ? r : vkr__jj_binop(c, n, n->op, &a, &b);
    case VKR__JJ_N_CONCAT: {
        vkr__jj_buf buf = {NULL, 0, 0};
        for (x = n->b; x && !c->err; x = x->next) { a = vkr__jj_eval(c, x); vkr__jj_tostr(c, &a, &buf, false); }
        return vkr__jj_bufstr(&buf);
    }
    case VKR__JJ_N_AND: case VKR__JJ_N_OR:
        a = vkr__jj_eval(c, n->a);
        if (c->err || vkr__jj_truthy(&a) == (n->kind == VKR__JJ_N_OR)) return a;
        return vkr__jj_eval(c, n->b);
    case VKR__JJ_N_NOT: a = vkr__jj_eval(c, n->a); return vkr__jj_bool(!vkr__jj_truthy(&a));
    case VKR__JJ_N_NEG: case VKR__JJ_N_POS:
        a = vkr__jj_eval(c, n->a);
        if (c->err) return r;
        if (a.type == VKR__JJ_UNDEF) return vkr__jj_undef_error(c, n, &a);
        if (!vkr__jj_isnum(&a)) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "bad operand type for unary %c: '%s'", n->kind == VKR__JJ_N_NEG ? '-' : '+', vkr__jj_tname(&a)); return r; }
        if (n->kind == VKR__JJ_N_POS) return a.type == VKR__JJ_BOOL ? vkr__jj_int(a.u.b) : a;
        if (a.type == VKR__JJ_FLOAT) return vkr__jj_float(-a.u.f);
        b = vkr__jj_int(0);
        return vkr__jj_binop(c, n, '-', &b, &a);
    case VKR__JJ_N_COMPARE:
        a = vkr__jj_eval(c, n->a);
        for (x = n->b; x && !c->err; x = x->next) {
            bool ok;
            b = vkr__jj_eval(c, x->a);
            if (c->err) return r;
            switch (x->op) {
            case VKR__JJ_OP_EQ: ok = vkr__jj_eq(c, &a, &b); break;
            case VKR__JJ_OP_NE: ok = !vkr__jj_eq(c, &a, &b); break;
            case VKR__JJ_OP_IN: ok = vkr__jj_contains(c, x, &a, &b) == 1; break;
            case VKR__JJ_OP_NOTIN: ok = vkr__jj_contains(c, x, &a, &b) == 0; break;
            default:
                t = vkr__jj_order(c, x, &a, &b);
                ok = x->op == '<' ? t == -1 : x->op == '>' ? t == 1 : x->op == VKR__JJ_OP_LE ? (t == -1 || t == 0) : (t == 0 || t == 1);
            }
            if (c->err) return r;
            if (!ok) return vkr__jj_bool(false);
            a = b;
        }
        return c->err ? r : vkr__jj_bool(true);
    case VKR__JJ_N_COND:
        a = vkr__jj_eval(c, n->a);
        if (c->err) return r;
        if (vkr__jj_truthy(&a)) return vkr__jj_eval(c, n->b);
        return n->c ? vkr__jj_eval(c, n->c) : vkr__jj_undef(NULL, 0);
    case VKR__JJ_N_LIST: case VKR__JJ_N_TUPLE:
        r = vkr__jj_newlist(c, 0);
        r.tuple = n->kind == VKR__JJ_N_TUPLE;
        for (x = n->b; x && !c->err; x = x->next) vkr__jj_push(c, r.u.l, vkr__jj_eval(c, x));
        return r;
    case VKR__JJ_N_DICT:
        r = vkr__jj_newdict(c, VKR__JJ_DICT);
        for (x = n->b; x && !c->err; x = x->next) {
            a = vkr__jj_eval(c, x->a);
            b = vkr__jj_eval(c, x->b);
            if (a.type == VKR__JJ_LIST && !a.tuple) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, x, "unhashable type: 'list'"); return r; }
            if (a.type == VKR__JJ_DICT || a.type == VKR__JJ_UNDEF) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, x, "unhashable type: '%s'", vkr__jj_tname(&a)); return r; }
            vkr__jj_dset(c, r.u.d, a, b);
        }
        return r;
    default:
        vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "internal error: unexpected node");
        return r;
    }
}

VKR__FN vkr__jj_val vkr__jj_eval(vkr__jj_ctx *c, const vkr__jj_node *n) {
    vkr__jj_val r;
    if (c->err) return vkr__jj_undef(NULL, 0);
    if (++c->depth > VKR__JJ_MAX_EVAL) {
        vkr__jj_fail(c, VKR_ERR_LIMIT, n, "evaluation nested too deeply");
        c->depth--;
        return vkr__jj_undef(NULL, 0);
    }
    r = vkr__jj_eval2(c, n);
    c->depth--;
    return r;
}

/* Assigns v to a target: a name, a tuple of names (unpacking) or ns.attr. */
VKR__JJ_LEAF void vkr__jj_assign(vkr__jj_ctx *c, const vkr__jj_node *t, vkr__jj_val v) {
    if (t->kind == VKR__JJ_N_NAME) { vkr__jj_setvar(c, c->scope, t->name, t->len, v); return; }
    if (t->kind == VKR__JJ_N_NSREF) {
        vkr__jj_var *ns = vkr__jj_find(c->scope, t->name, t->len);
        if (!ns || ns->v.type != VKR__JJ_NS) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, t, "cannot assign attribute on non-namespace object"); return; }
        vkr__jj_dset(c, ns->v.u.d, t->v, v);
        return;
    }
    {
        const vkr__jj_val *items;
        const vkr__jj_node *x;
        size_t cnt, k = 0, want = 0;
        for (x = t->b; x; x = x->next) want++;
        if (!vkr__jj_iter(c, t, &v, &items, &cnt)) return;
        if (v.type == VKR__JJ_UNDEF) { vkr__jj_undef_error(c, t, &v); return; }
        if (cnt != want) { vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, t, "%s values to unpack (expected %zu, got %zu)", cnt < want ? "not enough" : "too many", want, cnt); return; }
        for (x = t->b; x; x = x->next) vkr__jj_setvar(c, c->scope, x->name, x->len, items[k++]);
    }
}

VKR__JJ_LEAF void vkr__jj_for(vkr__jj_ctx *c, const vkr__jj_node *n) {
    vkr__jj_val it = vkr__jj_eval(c, n->b), lv = vkr__jj_mk(VKR__JJ_LOOP);
    const vkr__jj_val *items;
    size_t cnt, i, kept = 0;
    vkr__jj_scope *saved = c->scope, *s;
    vkr__jj_loop *L;
    if (c->err || !vkr__jj_iter(c, n->b, &it, &items, &cnt)) return;
    if (!(s = vkr__jj_new_scope(c, saved)) || !(L = (vkr__jj_loop *)vkr__jj_alloc(c, sizeof *L))) return;
    c->scope = s;
    if (n->c) {   /* for x in y if cond: the loop sees only the kept items */
        vkr__jj_val *keep = cnt ? (vkr__jj_val *)vkr__jj_alloc(c, cnt * sizeof(vkr__jj_val)) : NULL;
        for (i = 0; i < cnt && vkr__jj_tick(c, n, 1); i++) {
            vkr__jj_val cond;
            s->n = 0;
            vkr__jj_assign(c, n->a, items[i]);
            cond = vkr__jj_eval(c, n->c);
            if (!c->err && vkr__jj_truthy(&cond)) keep[kept++] = items[i];
        }
        items = keep;
        cnt = kept;
    }
    L->items = items;
    L->n = cnt;
    lv.u.loop = L;
    for (i = 0; i < cnt && vkr__jj_tick(c, n, 1); i++) {
        s->n = 0;
        L->i = i;
        vkr__jj_setvar(c, s, "loop", 4, lv);
        vkr__jj_assign(c, n->a, items[i]);
        vkr__jj_exec(c, n->d);
        if (c->brk == 1) { c->brk = 0; break; }
        c->brk = 0;
    }
    c->scope = saved;
    if (!c->err && !cnt && n->e) vkr__jj_exec(c, n->e);
}

/* Runs body with its output captured; returns the text. */
VKR__FN vkr__jj_val vkr__jj_capture(vkr__jj_ctx *c, const vkr__jj_node *body) {
    vkr__jj_buf b = {NULL, 0, 0}, *out = c->out;
    c->out = &b;
    vkr__jj_exec(c, body);
    c->out = out;
    return vkr__jj_bufstr(&b);
}

VKR__FN void vkr__jj_exec(vkr__jj_ctx *c, const vkr__jj_node *n) {
    vkr__jj_val v;
    if (++c->depth > VKR__JJ_MAX_EVAL) { vkr__jj_fail(c, VKR_ERR_LIMIT, n, "statements nested too deeply"); c->depth--; return; }
    for (; n && !c->err && !c->brk; n = n->next) {
        switch (n->kind) {
        case VKR__JJ_N_TEXT: vkr__jj_put(c, c->out, n->name, n->len); break;
        case VKR__JJ_N_OUTPUT: v = vkr__jj_eval(c, n->a); vkr__jj_tostr(c, &v, c->out, false); break;
        case VKR__JJ_N_IF:
            v = vkr__jj_eval(c, n->a);
            if (!c->err) vkr__jj_exec(c, vkr__jj_truthy(&v) ? n->b : n->c);
            break;
        case VKR__JJ_N_FOR: vkr__jj_for(c, n); break;
        case VKR__JJ_N_SET: v = vkr__jj_eval(c, n->b); if (!c->err) vkr__jj_assign(c, n->a, v); break;
        case VKR__JJ_N_SETBLOCK: case VKR__JJ_N_FILTERBLOCK: {
            vkr__jj_val saved = c->captured;
            v = vkr__jj_capture(c, n->d);
            if (n->c) { c->captured = v; v = vkr__jj_eval(c, n->c); c->captured = saved; }
            if (c->err) break;
            if (n->kind == VKR__JJ_N_SETBLOCK) vkr__jj_assign(c, n->a, v);
            else vkr__jj_tostr(c, &v, c->out, false);
            break;
        }
        case VKR__JJ_N_MACRO: {
            vkr__jj_val m = vkr__jj_mk(VKR__JJ_MACRO);
            if (!(m.u.m = (vkr__jj_macro *)vkr__jj_alloc(c, sizeof(vkr__jj_macro)))) break;
            m.u.m->def = n;
            m.u.m->scope = c->scope;
            vkr__jj_setvar(c, c->scope, n->name, n->len, m);
            break;
        }
        case VKR__JJ_N_BREAK: c->brk = 1; break;
        case VKR__JJ_N_CONTINUE: c->brk = 2; break;
        case VKR__JJ_N_BLOCK: vkr__jj_exec(c, n->d); break;
        default: vkr__jj_fail(c, VKR_ERR_INVALID_ARGUMENT, n, "internal error: unexpected statement"); break;
        }
    }
    c->depth--;
}

/* --- API --------------------------------------------------------------------- */

VALKYR_API vkr_result vkr_chat_template_new(const char *source, size_t len, const vkr_chat_template_desc *desc,
                                            vkr_chat_template **out) {
    vkr_allocator a;
    vkr_chat_template *t;
    vkr__jj_lex L;
    vkr__jj_parser P;
    char *src;
    size_t i, k = 0;
    if (!out || (!source && len)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_template_new: NULL argument");
    *out = NULL;
    if (len > VKR__JJ_MAX_SOURCE) return vkr__fail(VKR_ERR_LIMIT, "chat template: larger than %d MiB", (int)(VKR__JJ_MAX_SOURCE >> 20));
    a = vkr__allocator(desc ? &desc->hooks.allocator : NULL);
    if (!(t = (vkr_chat_template *)vkr__calloc(&a, 1, sizeof *t))) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory");
    t->a = a;
    t->ar.a = a;
    /* jinja2 reads the source with every \r\n and \r as \n and drops one trailing newline */
    if (!(src = (char *)vkr__arena_alloc(&t->ar, len + 1))) { vkr_chat_template_free(t); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory"); }
    for (i = 0; i < len; i++) {
        if (source[i] == '\r') { src[k++] = '\n'; if (i + 1 < len && source[i + 1] == '\n') i++; }
        else src[k++] = source[i];
    }
    if (k && src[k - 1] == '\n') k--;
    src[k] = 0;
    t->bos = vkr__arena_strndup(&t->ar, desc && desc->bos_token ? desc->bos_token : "", desc && desc->bos_token ? strlen(desc->bos_token) : 0);
    t->eos = vkr__arena_strndup(&t->ar, desc && desc->eos_token ? desc->eos_token : "", desc && desc->eos_token ? strlen(desc->eos_token) : 0);
    if (!t->bos || !t->eos) { vkr_chat_template_free(t); return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory"); }
    memset(&L, 0, sizeof L);
    L.src = L.p = L.lp = L.ls = src;
    L.end = src + k;
    L.line = 1;
    L.a = a;
    L.ar = &t->ar;
    memset(&P, 0, sizeof P);
    if (vkr__jj_lex_run(&L)) {
        P.ar = &t->ar;
        P.t = L.t;
        t->body = vkr__jj_parse_body(&P, NULL, NULL);
        if (!P.err && P.bad) {   /* jinja2 rejects unknown filters and tests at compile time, except inside if blocks */
            if (!strcmp(P.bad_what, "filter") && vkr__jj_word_in(P.bad->s, P.bad->n, vkr__jj_filters_missing))
                vkr__jj_perr(&P, P.bad, VKR_ERR_UNSUPPORTED, "the '%.*s' filter is not supported", (int)P.bad->n, P.bad->s);
            else
                vkr__jj_perr(&P, P.bad, VKR_ERR_INVALID_ARGUMENT, "no %s named '%.*s'", P.bad_what, (int)VKR__MIN(P.bad->n, 100), P.bad->s);
        }
    }
    vkr__free(&a, L.t, L.cap * sizeof(vkr__jj_tok));
    if (L.err || P.err) { vkr_chat_template_free(t); return L.err ? L.err : P.err; }
    *out = t;
    return VKR_OK;
}

VALKYR_API void vkr_chat_template_free(vkr_chat_template *t) {
    vkr_allocator a;
    if (!t) return;
    a = t->a;
    vkr__arena_free(&t->ar);
    vkr__free(&a, t, sizeof *t);
}

VKR__FN vkr__jj_val vkr__jj_from_json(vkr__jj_ctx *c, const vkr_json *j) {
    vkr__jj_val v;
    size_t i;
    switch (j->type) {
    case VKR_JSON_NULL: return vkr__jj_mk(VKR__JJ_NONE);
    case VKR_JSON_TRUE: case VKR_JSON_FALSE: return vkr__jj_bool(j->type == VKR_JSON_TRUE);
    case VKR_JSON_NUMBER: return j->is_int ? vkr__jj_int(j->i64) : vkr__jj_float(j->num);
    case VKR_JSON_STRING: return vkr__jj_str(j->str, j->len);
    case VKR_JSON_ARRAY:
        v = vkr__jj_newlist(c, j->len);
        for (i = 0; i < j->len && !c->err; i++) vkr__jj_push(c, v.u.l, vkr__jj_from_json(c, &j->items[i]));
        return v;
    default:
        v = vkr__jj_newdict(c, VKR__JJ_DICT);
        for (i = 0; i < j->len && !c->err; i++) vkr__jj_dset(c, v.u.d, vkr__jj_str(j->items[i].key, j->items[i].key_len), vkr__jj_from_json(c, &j->items[i]));
        return v;
    }
}

/* Renders with messages from JSON (doc) or from msgs[0, n). */
VKR__FN vkr_result vkr__jj_render(const vkr_chat_template *t, const vkr_json *jmsgs, const vkr_chat_message *msgs, size_t n,
                                  const vkr_chat_render_desc *desc, vkr_text *out) {
    vkr__jj_ctx c;
    vkr__jj_buf b = {NULL, 0, 0};
    vkr__jj_scope root;
    vkr__jj_val m;
    vkr_json_doc *extra = NULL;
    vkr_result r = VKR_OK;
    size_t i;
    memset(&c, 0, sizeof c);
    memset(&root, 0, sizeof root);
    c.ar.a = t->a;
    c.out = &b;
    c.scope = &root;
    if (desc && desc->extra_json) {
        vkr_json_desc jd;
        memset(&jd, 0, sizeof jd);
        jd.hooks.allocator = t->a;
        jd.name = "extra_json";
        jd.max_depth = 128;
        if ((r = vkr_json_parse(desc->extra_json, strlen(desc->extra_json), &jd, &extra)) != VKR_OK) return r;
        if (vkr_json_root(extra)->type != VKR_JSON_OBJECT) { vkr_json_free(extra); return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "chat template: extra_json must be a JSON object"); }
    }
    if (jmsgs) m = vkr__jj_from_json(&c, jmsgs);
    else {
        m = vkr__jj_newlist(&c, n);
        for (i = 0; i < n && !c.err; i++) {
            vkr__jj_val d = vkr__jj_newdict(&c, VKR__JJ_DICT);
            vkr__jj_dset(&c, d.u.d, vkr__jj_cstr("role"), msgs[i].role ? vkr__jj_cstr(msgs[i].role) : vkr__jj_mk(VKR__JJ_NONE));
            vkr__jj_dset(&c, d.u.d, vkr__jj_cstr("content"), msgs[i].content ? vkr__jj_cstr(msgs[i].content) : vkr__jj_mk(VKR__JJ_NONE));
            vkr__jj_push(&c, m.u.l, d);
        }
    }
    vkr__jj_setvar(&c, &root, "messages", 8, m);
    vkr__jj_setvar(&c, &root, "tools", 5, vkr__jj_mk(VKR__JJ_NONE));
    vkr__jj_setvar(&c, &root, "documents", 9, vkr__jj_mk(VKR__JJ_NONE));
    vkr__jj_setvar(&c, &root, "add_generation_prompt", 21, vkr__jj_bool(desc && desc->add_generation_prompt));
    vkr__jj_setvar(&c, &root, "bos_token", 9, vkr__jj_cstr(t->bos));
    vkr__jj_setvar(&c, &root, "eos_token", 9, vkr__jj_cstr(t->eos));
    if (extra) {
        const vkr_json *o = vkr_json_root(extra);
        for (i = 0; i < o->len && !c.err; i++) vkr__jj_setvar(&c, &root, o->items[i].key, o->items[i].key_len, vkr__jj_from_json(&c, &o->items[i]));
    }
    if (!c.err) vkr__jj_exec(&c, t->body);
    if (!c.err && !vkr__text_put(out, &t->a, b.p ? b.p : "", b.n)) c.err = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat template: out of memory");
    vkr__arena_free(&c.ar);
    vkr_json_free(extra);
    return c.err;
}

VALKYR_API vkr_result vkr_chat_render(const vkr_chat_template *t, const vkr_chat_message *msgs, size_t n,
                                      const vkr_chat_render_desc *desc, vkr_text *out) {
    if (!t || !out || (!msgs && n)) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_render: NULL argument");
    return vkr__jj_render(t, NULL, msgs, n, desc, out);
}

VALKYR_API vkr_result vkr_chat_render_json(const vkr_chat_template *t, const char *messages_json, size_t len,
                                           const vkr_chat_render_desc *desc, vkr_text *out) {
    vkr_json_desc jd;
    vkr_json_doc *doc = NULL;
    vkr_result r;
    if (!t || !out || !messages_json) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_render_json: NULL argument");
    memset(&jd, 0, sizeof jd);
    jd.hooks.allocator = t->a;
    jd.name = "messages JSON";
    jd.max_depth = 128;
    if ((r = vkr_json_parse(messages_json, len, &jd, &doc)) != VKR_OK) return r;
    if (vkr_json_root(doc)->type != VKR_JSON_ARRAY) r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "chat template: the messages JSON must be an array");
    else r = vkr__jj_render(t, vkr_json_root(doc), NULL, 0, desc, out);
    vkr_json_free(doc);
    return r;
}

/* --- conversations on a session ------------------------------------------ */

/* Used when the tokenizer has no chat template: the family's own format when
   it has one, else a plain, documented <|role|> format. */
static const char vkr__chatml_template[] =
    "{%- for message in messages %}{{- '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\n' }}{%- endif %}";
static const char vkr__gemma_template[] =
    "{{ bos_token }}{%- for message in messages %}{%- set role = 'model' if message['role'] == 'assistant' else message['role'] %}"
    "{{- '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<start_of_turn>model\n' }}{%- endif %}";
static const char vkr__llama3_template[] =
    "{{ bos_token }}{%- for message in messages %}{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n' + message['content'] | trim + '<|eot_id|>' }}{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{%- endif %}";

static const char vkr__generic_template[] =
    "{%- for message in messages %}"
    "{{- '<|' + message['role'] + '|>\\n' + message['content'] + '\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|assistant|>\\n' }}{%- endif %}";

typedef struct vkr__chat_msg { char *role, *content; } vkr__chat_msg;

struct vkr_chat {
    vkr_session *s;
    const vkr_tok *tok;
    vkr_chat_template *tpl;
    vkr_allocator a;
    vkr_hooks hooks;
    vkr__chat_msg *msgs;
    size_t n, cap;
    char *extra_json;
    bool generic, no_drop;
};

VALKYR_API const char *vkr_chat_generic_template(void) { return vkr__generic_template; }

/* The family's own format for a tokenizer that has no template, or NULL. */
VKR__FN const char *vkr__family_template(const vkr_tok *tok, vkr_family fam) {
    if (fam == VKR_FAMILY_QWEN2 || fam == VKR_FAMILY_QWEN3 || fam == VKR_FAMILY_QWEN3_5 || (tok && vkr_tok_find(tok, "<|im_start|>") >= 0))
        return vkr__chatml_template;
    if (fam == VKR_FAMILY_GEMMA || fam == VKR_FAMILY_GEMMA2 || fam == VKR_FAMILY_GEMMA3 || (tok && vkr_tok_find(tok, "<start_of_turn>") >= 0))
        return vkr__gemma_template;
    if (tok && vkr_tok_find(tok, "<|start_header_id|>") >= 0) return vkr__llama3_template;
    return NULL;
}

VALKYR_API vkr_result vkr_chat_template_for(const vkr_tok *tok, vkr_family family, vkr_chat_template **out, bool *generic) {
    const char *src = tok ? vkr_tok_chat_template(tok) : NULL;
    vkr_chat_template_desc d;
    char bos[256] = "", eos[256] = "";
    memset(&d, 0, sizeof d);
    if (!src) src = vkr__family_template(tok, family);
    if (tok && !d.bos_token && vkr_tok_bos(tok) >= 0) { vkr__copy_str(bos, sizeof bos, vkr_tok_piece(tok, vkr_tok_bos(tok))); d.bos_token = bos; }
    if (tok && !d.eos_token && vkr_tok_eos(tok) >= 0) { vkr__copy_str(eos, sizeof eos, vkr_tok_piece(tok, vkr_tok_eos(tok))); d.eos_token = eos; }
    if (generic) *generic = !src;
    if (!src) src = vkr__generic_template;
    return vkr_chat_template_new(src, strlen(src), &d, out);
}

VALKYR_API vkr_result vkr_chat_new(vkr_session *s, const vkr_tok *tok, const vkr_chat_desc *desc, vkr_chat **out) {
    vkr_chat *c;
    vkr_allocator a;
    vkr_result r;
    if (!s || !tok || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_new: NULL argument");
    *out = NULL;
    a = vkr__allocator(desc && desc->hooks.allocator.alloc ? &desc->hooks.allocator : &s->a);
    c = (vkr_chat *)vkr__calloc(&a, 1, sizeof *c);
    if (!c) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
    c->s = s;
    c->tok = tok;
    c->a = a;
    c->hooks = desc && (desc->hooks.logger.fn || desc->hooks.progress) ? desc->hooks : s->hooks;
    c->hooks.allocator = a;
    c->no_drop = desc && desc->no_drop;
    if (desc && desc->template_source) {
        vkr_chat_template_desc td;
        char bos[256] = "", eos[256] = "";
        memset(&td, 0, sizeof td);
        if (vkr_tok_bos(tok) >= 0) { vkr__copy_str(bos, sizeof bos, vkr_tok_piece(tok, vkr_tok_bos(tok))); td.bos_token = bos; }
        if (vkr_tok_eos(tok) >= 0) { vkr__copy_str(eos, sizeof eos, vkr_tok_piece(tok, vkr_tok_eos(tok))); td.eos_token = eos; }
        r = vkr_chat_template_new(desc->template_source, strlen(desc->template_source), &td, &c->tpl);
    } else {
        r = vkr_chat_template_for(tok, vkr_model_config(vkr_session_model(s))->family, &c->tpl, &c->generic);
        if (r == VKR_OK && c->generic)
            vkr__log(&c->hooks.logger, VKR_LOG_WARN,
                     "the tokenizer has no chat template; using valkyr's generic <|role|> format");
    }
    if (r == VKR_OK && desc && desc->extra_json && !(c->extra_json = vkr__strdup(&a, desc->extra_json)))
        r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
    if (r == VKR_OK && desc && desc->system) r = vkr_chat_add(c, "system", desc->system);
    if (r != VKR_OK) { vkr_chat_free(c); return r; }
    *out = c;
    return VKR_OK;
}

VALKYR_API bool vkr_chat_uses_generic_template(const vkr_chat *c) { return c && c->generic; }

VALKYR_API vkr_result vkr_chat_add(vkr_chat *c, const char *role, const char *content) {
    vkr__chat_msg *m;
    if (!c || !role || !content) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_add: NULL argument");
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 8;
        if (!vkr__grow(&c->a, (void **)&c->msgs, c->cap, nc, sizeof *c->msgs)) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
        c->cap = nc;
    }
    m = &c->msgs[c->n];
    m->role = vkr__strdup(&c->a, role);
    m->content = vkr__strdup(&c->a, content);
    if (!m->role || !m->content) {
        if (m->role) vkr__free(&c->a, m->role, strlen(m->role) + 1);
        if (m->content) vkr__free(&c->a, m->content, strlen(m->content) + 1);
        return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
    }
    c->n++;
    return VKR_OK;
}

VALKYR_API void vkr_chat_pop(vkr_chat *c) {
    if (!c || !c->n) return;
    c->n--;
    vkr__free(&c->a, c->msgs[c->n].role, strlen(c->msgs[c->n].role) + 1);
    vkr__free(&c->a, c->msgs[c->n].content, strlen(c->msgs[c->n].content) + 1);
}

VALKYR_API void vkr_chat_reset(vkr_chat *c, bool keep_system) {
    size_t i, keep = 0;
    if (!c) return;
    if (keep_system && c->n && !strcmp(c->msgs[0].role, "system")) keep = 1;
    for (i = keep; i < c->n; i++) {
        vkr__free(&c->a, c->msgs[i].role, strlen(c->msgs[i].role) + 1);
        vkr__free(&c->a, c->msgs[i].content, strlen(c->msgs[i].content) + 1);
    }
    c->n = keep;
}

VALKYR_API size_t vkr_chat_count(const vkr_chat *c) { return c ? c->n : 0; }
VALKYR_API const char *vkr_chat_role(const vkr_chat *c, size_t i) { return c && i < c->n ? c->msgs[i].role : NULL; }
VALKYR_API const char *vkr_chat_content(const vkr_chat *c, size_t i) { return c && i < c->n ? c->msgs[i].content : NULL; }

/* Renders the conversation, less messages [first, first + skip), and
   tokenizes it as apply_chat_template(tokenize=True) does. */
VKR__FN vkr_result vkr__chat_tokens(vkr_chat *c, bool gen_prompt, size_t first, size_t skip, vkr_tokens *ids) {
    vkr_chat_message *mm;
    vkr_chat_render_desc rd;
    vkr_text text;
    vkr_result r;
    size_t i, n = 0;
    mm = (vkr_chat_message *)vkr__alloc(&c->a, (c->n ? c->n : 1) * sizeof *mm);
    if (!mm) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
    for (i = 0; i < c->n; i++) {
        if (i >= first && i < first + skip) continue;
        mm[n].role = c->msgs[i].role;
        mm[n++].content = c->msgs[i].content;
    }
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = gen_prompt;
    rd.extra_json = c->extra_json;
    memset(&text, 0, sizeof text);
    r = vkr_chat_render(c->tpl, mm, n, &rd, &text);
    vkr__free(&c->a, mm, (c->n ? c->n : 1) * sizeof *mm);
    if (r == VKR_OK) r = vkr_tok_encode(c->tok, text.text ? text.text : "", text.len, 0, ids);
    vkr_text_free(&text);
    return r;
}

/* Appends what the session lacks: the longest common prefix of the
   session's tokens and the rendered conversation stays in the KV cache.
   `reserve` tokens are kept free for the answer by dropping the oldest
   turns (a user message and what follows it up to the next one), never a
   first system message nor the last message. */
VKR__FN vkr_result vkr__chat_prefill(vkr_chat *c, int64_t reserve, int64_t *n_new) {
    vkr_tokens ids;
    vkr_result r;
    int64_t keep = 0, have, n_ctx;
    size_t first, skip = 0, i;
    const vkr_token *old;
    memset(&ids, 0, sizeof ids);
    if (!c) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_prefill: NULL argument");
    n_ctx = vkr_session_n_ctx(c->s);
    first = c->n && !strcmp(c->msgs[0].role, "system") ? 1 : 0;
    for (;;) {
        size_t next = skip;
        ids.n = 0;
        r = vkr__chat_tokens(c, true, first, skip, &ids);
        if (r != VKR_OK) { vkr_tokens_free(&ids); return r; }
        if ((int64_t)ids.n + reserve <= n_ctx || c->no_drop) break;
        /* drop one more turn: at least one message, then up to the next user message */
        if (first + next + 1 < c->n) next++;
        while (first + next + 1 < c->n && strcmp(c->msgs[first + next].role, "user")) next++;
        if (next == skip) break;   /* nothing left to drop */
        skip = next;
    }
    if ((int64_t)ids.n >= n_ctx) {   /* no room for even one token of answer: change nothing */
        r = vkr__fail(VKR_ERR_LIMIT, "the conversation is %zu tokens%s; the context holds %lld", ids.n,
                      skip ? " after dropping its older turns" : "", (long long)n_ctx);
        vkr_tokens_free(&ids);
        return r;
    }
    if (skip) {
        vkr__log(&c->hooks.logger, VKR_LOG_INFO, "chat: dropped the %zu oldest messages to fit the %lld-token context", skip, (long long)n_ctx);
        for (i = first; i < first + skip; i++) {
            vkr__free(&c->a, c->msgs[i].role, strlen(c->msgs[i].role) + 1);
            vkr__free(&c->a, c->msgs[i].content, strlen(c->msgs[i].content) + 1);
        }
        memmove(c->msgs + first, c->msgs + first + skip, (c->n - first - skip) * sizeof *c->msgs);
        c->n -= skip;
    }
    have = vkr_session_n_past(c->s);
    old = vkr_session_tokens(c->s);
    while (keep < have && keep < (int64_t)ids.n && old[keep] == ids.ids[keep]) keep++;
    if (keep == (int64_t)ids.n && keep > 0) keep--;   /* re-run the last token to get fresh logits */
    r = vkr_session_rewind(c->s, keep);
    if (r == VKR_OK) r = vkr_session_append(c->s, ids.ids + keep, ids.n - (size_t)keep, NULL);
    if (n_new) *n_new = (int64_t)ids.n - keep;
    vkr_tokens_free(&ids);
    return r;
}

VALKYR_API vkr_result vkr_chat_prefill(vkr_chat *c, int64_t *n_new) {
    return vkr__chat_prefill(c, c ? vkr_session_n_ctx(c->s) / 4 : 0, n_new);
}

typedef struct vkr__chat_cb { const vkr_generate_desc *user; vkr_text reply; const vkr_allocator *a; bool oom; } vkr__chat_cb;

VKR__FN bool vkr__chat_collect(void *user, vkr_token id, const char *text, size_t len) {
    vkr__chat_cb *cb = (vkr__chat_cb *)user;
    if (len && !vkr__text_put(&cb->reply, cb->a, text, len)) cb->oom = true;
    return cb->user->on_token ? cb->user->on_token(cb->user->user, id, text, len) : true;
}

VALKYR_API vkr_result vkr_chat_respond(vkr_chat *c, const vkr_generate_desc *desc, vkr_generate_result *result) {
    vkr_generate_desc g;
    vkr__chat_cb cb;
    vkr_result r;
    static const char *const generic_stops[3] = {"<|user|>", "<|assistant|>", "<|system|>"};
    const char *stops[64 + 3];
    if (!c) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_respond: NULL argument");
    memset(&g, 0, sizeof g);
    if (desc) g = *desc;
    {
        int64_t n_ctx = vkr_session_n_ctx(c->s);
        r = vkr__chat_prefill(c, g.max_tokens > 0 ? VKR__MIN(g.max_tokens, n_ctx / 2) : n_ctx / 4, NULL);
    }
    if (r != VKR_OK) return r;
    memset(&cb, 0, sizeof cb);
    cb.user = &g;
    cb.a = &c->a;
    {
        vkr_generate_desc inner = g;
        inner.on_token = vkr__chat_collect;
        inner.user = &cb;
        if (c->generic) {   /* the generic format has no end-of-turn token: the next turn's marker ends it */
            int32_t i, n = 0;
            for (i = 0; i < g.n_stop_strings && n < 64; i++) stops[n++] = g.stop_strings[i];
            for (i = 0; i < 3; i++) stops[n++] = generic_stops[i];
            inner.stop_strings = stops;
            inner.n_stop_strings = n;
        }
        r = vkr_generate(c->s, c->tok, &inner, result);
    }
    if (r == VKR_OK && cb.oom) r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
    if (r == VKR_OK) r = vkr_chat_add(c, "assistant", cb.reply.text ? cb.reply.text : "");
    vkr_text_free(&cb.reply);
    return r;
}

VALKYR_API vkr_result vkr_chat_render_text(vkr_chat *c, bool add_generation_prompt, vkr_text *out) {
    vkr_chat_message *mm;
    vkr_chat_render_desc rd;
    vkr_result r;
    size_t i;
    if (!c || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_chat_render_text: NULL argument");
    mm = (vkr_chat_message *)vkr__alloc(&c->a, (c->n ? c->n : 1) * sizeof *mm);
    if (!mm) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "chat: out of memory");
    for (i = 0; i < c->n; i++) { mm[i].role = c->msgs[i].role; mm[i].content = c->msgs[i].content; }
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = add_generation_prompt;
    rd.extra_json = c->extra_json;
    r = vkr_chat_render(c->tpl, mm, c->n, &rd, out);
    vkr__free(&c->a, mm, (c->n ? c->n : 1) * sizeof *mm);
    return r;
}

VALKYR_API void vkr_chat_free(vkr_chat *c) {
    if (!c) return;
    vkr_chat_reset(c, false);
    vkr__free(&c->a, c->msgs, c->cap * sizeof *c->msgs);
    if (c->extra_json) vkr__free(&c->a, c->extra_json, strlen(c->extra_json) + 1);
    vkr_chat_template_free(c->tpl);
    vkr__free(&c->a, c, sizeof *c);
}

/* >>lora (implementation) ============================================== */

static const char *const vkr__lora_names[VKR_LORA_TARGETS] = {
    "q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"
};

VALKYR_API const char *vkr_lora_target_name(vkr_lora_target t) {
    return ((int)t >= 0 && t < VKR_LORA_TARGETS) ? vkr__lora_names[t] : NULL;
}

VALKYR_API double vkr_lora_scaling(const vkr_lora_config *c) {
    double alpha;
    if (!c || c->rank <= 0) return 0;
    alpha = c->alpha != 0 ? c->alpha : 2.0 * (double)c->rank;
    return c->rslora ? alpha / sqrt((double)c->rank) : alpha / (double)c->rank;
}

/* The weight slot of target t in a layer: &L->q ... &L->down. */
VKR__FN const vkr_tensor **vkr__lora_slot(vkr_layer_weights *L, int t) {
    switch (t) {
    case VKR_LORA_Q: return &L->q;
    case VKR_LORA_K: return &L->k;
    case VKR_LORA_V: return &L->v;
    case VKR_LORA_O: return &L->o;
    case VKR_LORA_GATE: return &L->gate;
    case VKR_LORA_UP: return &L->up;
    default: return &L->down;
    }
}

/* The linear a target names in PEFT's module tree: "self_attn.q_proj". */
VKR__FN const char *vkr__lora_module(int t) {
    static const char *const mods[VKR_LORA_TARGETS] = {
        "self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
        "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"
    };
    return mods[t];
}

/* PEFT's saved name of A (ab 0) or B (ab 1) of target t of layer l:
   base_model.model. + the model's tensor prefix + layers.l.<module>.lora_A.weight */
VKR__FN bool vkr__lora_tensor_name(char *out, size_t cap, const vkr_model *m, int64_t l, int t, int ab) {
    int w = snprintf(out, cap, "base_model.model.%slayers.%lld.%s.lora_%c.weight", vkr_model_config(m)->tensor_prefix,
                     (long long)l, vkr__lora_module(t), ab ? 'B' : 'A');
    return w >= 0 && (size_t)w < cap;
}

/* ---- the safetensors writer ---- */

/* Element size for ordering and alignment: bytes, at least 1. */
VKR__FN int32_t vkr__st_elem_bytes(vkr_dtype t) {
    int32_t b = vkr_dtype_bits(t) / 8;
    return b > 0 ? b : 1;
}

typedef struct vkr__st_order { const vkr_st_entry *e; int64_t index; } vkr__st_order;

/* Data order of the reference writer: larger elements first, then by name,
   so every tensor starts at a multiple of its element size. */
VKR__FN int vkr__cmp_st_order(const void *a, const void *b) {
    const vkr__st_order *x = (const vkr__st_order *)a, *y = (const vkr__st_order *)b;
    int32_t sx = vkr__st_elem_bytes(x->e->dtype), sy = vkr__st_elem_bytes(y->e->dtype);
    if (sx != sy) return sx > sy ? -1 : 1;
    return strcmp(x->e->name, y->e->name);
}

VKR__FN int vkr__cmp_st_order_name(const void *a, const void *b) {
    return strcmp(((const vkr__st_order *)a)->e->name, ((const vkr__st_order *)b)->e->name);
}

/* True when s is valid UTF-8 (a name the header can hold as it is). */
VKR__FN bool vkr__utf8_ok(const char *s) {
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
    size_t k;
    for (; p < end; p += k)
        if (!(k = vkr__utf8_valid_len(p, end))) return false;
    return true;
}

/* Writes `len` bytes to f, false on a short write. */
VKR__FN bool vkr__fwrite_all(FILE *f, const void *p, size_t len) {
    return len == 0 || fwrite(p, 1, len, f) == len;
}

/* Writes tensor src (F32/F16/BF16) converted to dtype `to`, a chunk at a time. */
VKR__FN vkr_result vkr__st_write_converted(FILE *f, const vkr_tensor *src, vkr_dtype to, const char *path,
                                           float *buf, uint8_t *obuf, int64_t chunk) {
    int64_t first, i;
    vkr_result r;
    for (first = 0; first < src->n_elems; first += chunk) {
        int64_t n = VKR__MIN(chunk, src->n_elems - first);
        size_t bytes;
        if ((r = vkr_tensor_read_f32(src, first, n, buf)) != VKR_OK) return r;
        if (to == VKR_DTYPE_F32) {
            memcpy(obuf, buf, (size_t)n * 4);
            bytes = (size_t)n * 4;
        } else {
            for (i = 0; i < n; i++) {
                uint16_t h = to == VKR_DTYPE_BF16 ? vkr_f32_to_bf16(buf[i]) : vkr_f32_to_f16(buf[i]);
                memcpy(obuf + i * 2, &h, 2);
            }
            bytes = (size_t)n * 2;
        }
        if (!vkr__fwrite_all(f, obuf, bytes)) return vkr__fail(VKR_ERR_IO, "%s: write failed: %s", path, strerror(errno));
    }
    return VKR_OK;
}

/* vkr_st_write, where src[i] (when src and src[i] are not NULL) supplies
   entry i's data converted from its own dtype to t[i].dtype, chunk by chunk,
   so saving a model never holds a second copy of it. */
VKR__FN vkr_result vkr__st_write(const char *path, const vkr_st_entry *t, const vkr_tensor *const *src, int64_t n,
                                 const char *const *meta, int64_t n_meta, const vkr_hooks *hooks) {
    vkr_allocator a = vkr__allocator(hooks ? &hooks->allocator : NULL);
    vkr__st_order *ord = NULL;
    uint64_t *bytes = NULL, off = 0;
    vkr_json_writer w;
    const char *hdr = NULL;
    size_t hlen = 0, padded;
    char tmp[4200];
    FILE *f = NULL;
    float *buf = NULL;
    uint8_t *obuf = NULL;
    const int64_t chunk = 1 << 16;
    vkr_result r = VKR_OK;
    int64_t i;
    int32_t d;
    uint8_t len8[8];
    if (!path || n < 0 || n_meta < 0 || (n && !t) || (n_meta && !meta))
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_st_write: NULL or negative argument");
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", path);
    vkr_json_writer_init(&w, &a);
    ord = (vkr__st_order *)vkr__calloc(&a, (size_t)(n ? n : 1), sizeof *ord);
    bytes = (uint64_t *)vkr__calloc(&a, (size_t)(n ? n : 1), sizeof *bytes);
    if (!ord || !bytes) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); goto done; }
    /* check every entry before the file is touched */
    for (i = 0; i < n; i++) {
        const vkr_st_entry *e = &t[i];
        uint64_t ne = 1, bits;
        const vkr_tensor *s = src ? src[i] : NULL;
        if (!e->name || !e->name[0] || !strcmp(e->name, "__metadata__") || !vkr__utf8_ok(e->name)) {
            r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %lld: empty, reserved or not UTF-8 name", path, (long long)i); goto done;
        }
        if (e->dtype <= VKR_DTYPE_INVALID || e->dtype >= VKR_DTYPE_COUNT || e->n_dims < 0 || e->n_dims > VKR_MAX_DIMS) {
            r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %s: bad dtype or number of dimensions", path, e->name); goto done;
        }
        for (d = 0; d < e->n_dims; d++)
            if (e->shape[d] < 0 || !vkr__mul_u64(ne, (uint64_t)e->shape[d], &ne) || ne > (uint64_t)INT64_MAX) {
                r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %s: negative or overflowing shape", path, e->name); goto done;
            }
        if (!vkr__mul_u64(ne, (uint64_t)vkr_dtype_bits(e->dtype), &bits) || bits % 8) {
            r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %s: %llu elements of %s do not fill whole bytes", path, e->name,
                          (unsigned long long)ne, vkr_dtype_name(e->dtype));
            goto done;
        }
        bytes[i] = bits / 8;
        if (s && ((int64_t)ne != s->n_elems || (e->dtype != VKR_DTYPE_F32 && e->dtype != VKR_DTYPE_F16 && e->dtype != VKR_DTYPE_BF16))) {
            r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %s: cannot convert to %s", path, e->name, vkr_dtype_name(e->dtype)); goto done;
        }
        if (!s && bytes[i] && !e->data) { r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %s: no data", path, e->name); goto done; }
        ord[i].e = e;
        ord[i].index = i;
    }
    if (n) qsort(ord, (size_t)n, sizeof *ord, vkr__cmp_st_order_name);
    for (i = 1; i < n; i++)
        if (!strcmp(ord[i].e->name, ord[i - 1].e->name)) {
            r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: tensor %s: duplicate name", path, ord[i].e->name); goto done;
        }
    if (n) qsort(ord, (size_t)n, sizeof *ord, vkr__cmp_st_order);
    /* the header */
    vkr_json_begin_object(&w);
    if (n_meta) {
        vkr_json_key(&w, "__metadata__");
        vkr_json_begin_object(&w);
        for (i = 0; i < n_meta; i++) {
            if (!meta[2 * i] || !meta[2 * i + 1] || !vkr__utf8_ok(meta[2 * i]) || !vkr__utf8_ok(meta[2 * i + 1])) {
                r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: metadata %lld is NULL or not UTF-8", path, (long long)i);
                goto done;
            }
            vkr_json_key(&w, meta[2 * i]);
            vkr_json_write_string(&w, meta[2 * i + 1]);
        }
        vkr_json_end_object(&w);
    }
    for (i = 0; i < n; i++) {
        const vkr_st_entry *e = ord[i].e;
        vkr_json_key(&w, e->name);
        vkr_json_begin_object(&w);
        vkr_json_key(&w, "dtype");
        vkr_json_write_string(&w, vkr_dtype_name(e->dtype));
        vkr_json_key(&w, "shape");
        vkr_json_begin_array(&w);
        for (d = 0; d < e->n_dims; d++) vkr_json_write_int(&w, e->shape[d]);
        vkr_json_end_array(&w);
        vkr_json_key(&w, "data_offsets");
        vkr_json_begin_array(&w);
        vkr_json_write_int(&w, (int64_t)off);
        off += bytes[ord[i].index];
        vkr_json_write_int(&w, (int64_t)off);
        vkr_json_end_array(&w);
        vkr_json_end_object(&w);
    }
    vkr_json_end_object(&w);
    if ((r = vkr_json_writer_result(&w, &hdr, &hlen)) != VKR_OK) { vkr__error_prefix("%s: ", path); goto done; }
    padded = (hlen + 7) & ~(size_t)7;
    for (d = 0; d < 8; d++) len8[d] = (uint8_t)((uint64_t)padded >> (8 * d));
    /* the file */
    f = vkr__fopen_write(tmp);
    if (!f) { r = vkr__fail(VKR_ERR_IO, "%s: cannot create: %s", tmp, strerror(errno)); goto done; }
    if (!vkr__fwrite_all(f, len8, 8) || !vkr__fwrite_all(f, hdr, hlen) || !vkr__fwrite_all(f, "       ", padded - hlen)) {
        r = vkr__fail(VKR_ERR_IO, "%s: write failed: %s", tmp, strerror(errno)); goto done;
    }
    for (i = 0; i < n && r == VKR_OK; i++) {
        int64_t k = ord[i].index;
        const vkr_tensor *s = src ? src[k] : NULL;
        if (!vkr__progress(hooks, "writing tensors", (uint64_t)i, (uint64_t)n)) { r = vkr__fail(VKR_ERR_ABORTED, "%s: cancelled", path); break; }
        if (s && s->dtype == t[k].dtype && s->n_bytes == bytes[k]) {
            if (!vkr__fwrite_all(f, s->data, (size_t)bytes[k])) r = vkr__fail(VKR_ERR_IO, "%s: write failed: %s", tmp, strerror(errno));
        } else if (s) {
            if (!buf) {
                buf = (float *)vkr__alloc(&a, (size_t)chunk * 4);
                obuf = (uint8_t *)vkr__alloc(&a, (size_t)chunk * 4);
                if (!buf || !obuf) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", path); break; }
            }
            r = vkr__st_write_converted(f, s, t[k].dtype, tmp, buf, obuf, chunk);
        } else if (!vkr__fwrite_all(f, t[k].data, (size_t)bytes[k])) {
            r = vkr__fail(VKR_ERR_IO, "%s: write failed: %s", tmp, strerror(errno));
        }
    }
    if (r == VKR_OK) vkr__progress(hooks, "writing tensors", (uint64_t)n, (uint64_t)n);
done:
    if (f) {
        if (fclose(f) != 0 && r == VKR_OK) r = vkr__fail(VKR_ERR_IO, "%s: write failed: %s", tmp, strerror(errno));
        if (r == VKR_OK && !vkr__rename_replace(tmp, path)) r = vkr__fail(VKR_ERR_IO, "%s: cannot rename %s into place: %s", path, tmp, strerror(errno));
        if (r != VKR_OK) vkr__remove_file(tmp);
    }
    vkr__free(&a, buf, (size_t)chunk * 4);
    vkr__free(&a, obuf, (size_t)chunk * 4);
    vkr__free(&a, ord, (size_t)(n ? n : 1) * sizeof *ord);
    vkr__free(&a, bytes, (size_t)(n ? n : 1) * sizeof *bytes);
    vkr_json_writer_free(&w);
    return r;
}

VALKYR_API vkr_result vkr_st_write(const char *path, const vkr_st_entry *t, int64_t n,
                                   const char *const *meta, int64_t n_meta) {
    return vkr__st_write(path, t, NULL, n, meta, n_meta, NULL);
}

/* Writes a whole small file through path.tmp, renamed into place. */
VKR__FN vkr_result vkr__write_file(const char *path, const void *data, size_t len) {
    char tmp[4200];
    FILE *f;
    bool ok;
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", path);
    f = vkr__fopen_write(tmp);
    if (!f) return vkr__fail(VKR_ERR_IO, "%s: cannot create: %s", tmp, strerror(errno));
    ok = vkr__fwrite_all(f, data, len);
    ok = (fclose(f) == 0) && ok;
    if (!ok) { vkr__remove_file(tmp); return vkr__fail(VKR_ERR_IO, "%s: write failed: %s", tmp, strerror(errno)); }
    if (!vkr__rename_replace(tmp, path)) {
        vkr__remove_file(tmp);
        return vkr__fail(VKR_ERR_IO, "%s: cannot rename %s into place: %s", path, tmp, strerror(errno));
    }
    return VKR_OK;
}

/* ---- vkr_model_save ---- */

typedef struct vkr__save_dir_check { char found[1024]; } vkr__save_dir_check;

/* A *.safetensors (other than model.safetensors) or an index in the output
   directory would load together with the saved model: refused. */
VKR__FN bool vkr__save_dir_entry(void *user, const char *name) {
    vkr__save_dir_check *c = (vkr__save_dir_check *)user;
    if (strcmp(name, "model.safetensors") != 0 && (vkr__ends_with(name, ".safetensors") || vkr__ends_with(name, ".safetensors.index.json"))) {
        vkr__copy_str(c->found, sizeof c->found, name);
        return false;
    }
    return true;
}

/* Marks role tensor t as the replacement of the file tensor of its name,
   when it is another tensor (merged or trained weights). */
VKR__FN vkr_result vkr__save_mark(const vkr_model *m, const vkr_tensor **repl, const vkr_tensor *t) {
    const vkr_tensor *f;
    char hs[128], ws[128];
    int32_t d;
    bool same;
    if (!t || !t->name || !(f = vkr_st_find(m->st, t->name)) || f == t) return VKR_OK;
    same = f->n_dims == t->n_dims && t->n_elems == f->n_elems;
    for (d = 0; same && d < t->n_dims; d++) same = f->shape[d] == t->shape[d];
    if (!same)
        return vkr__fail(VKR_ERR_TENSOR, "tensor %s: shape %s in the weights table but %s in the files", t->name,
                         vkr__shape_str(hs, sizeof hs, t->shape, t->n_dims), vkr__shape_str(ws, sizeof ws, f->shape, f->n_dims));
    if (t->dtype != VKR_DTYPE_F32 && t->dtype != VKR_DTYPE_F16 && t->dtype != VKR_DTYPE_BF16)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "tensor %s: dtype %s in the weights table (F32, F16 or BF16 needed)", t->name, vkr_dtype_name(t->dtype));
    repl[f - m->st->tensors] = t;
    return VKR_OK;
}

VALKYR_API vkr_result vkr_model_save(const vkr_model *m, const char *dir, vkr_dtype dtype) {
    static const char *const side[] = {"config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                                       "special_tokens_map.json", "tokenizer.model"};
    static const char *const meta[] = {"format", "pt"};
    vkr_allocator a;
    const vkr_tensor **repl = NULL, **src = NULL;
    vkr_st_entry *e = NULL;
    vkr__save_dir_check chk;
    char from[4200], to[4200];
    vkr_result r;
    int64_t n, i, l;
    size_t k;
    if (!m || !dir) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_model_save: NULL argument");
    if (dtype != VKR_DTYPE_INVALID && dtype != VKR_DTYPE_F32 && dtype != VKR_DTYPE_F16 && dtype != VKR_DTYPE_BF16)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: dtype %s: a model is saved as F32, F16 or BF16", dir, vkr_dtype_name(dtype));
    a = m->a;
    n = m->st->n_tensors;
    if ((r = vkr__mkdir_p(dir)) != VKR_OK) return r;
    memset(&chk, 0, sizeof chk);
    vkr__list_dir(dir, vkr__save_dir_entry, &chk);
    if (chk.found[0])
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: already holds %s, which would load together with the saved model.safetensors",
                         dir, chk.found);
    for (k = 0; k < sizeof side / sizeof side[0]; k++) {
        char *text = NULL;
        size_t len = 0;
        if (!vkr__path_join(from, sizeof from, m->dir, side[k]) || !vkr__path_join(to, sizeof to, dir, side[k]))
            return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir);
        if (vkr__stat(from) != VKR__PATH_FILE) continue;
        if ((r = vkr__read_text(from, &a, &text, &len)) != VKR_OK) return r;
        r = vkr__write_file(to, text, len);
        vkr__free(&a, text, len + 1);
        if (r != VKR_OK) return r;
    }
    repl = (const vkr_tensor **)vkr__calloc(&a, (size_t)(n ? n : 1), sizeof *repl);
    src = (const vkr_tensor **)vkr__calloc(&a, (size_t)(n ? n : 1), sizeof *src);
    e = (vkr_st_entry *)vkr__calloc(&a, (size_t)(n ? n : 1), sizeof *e);
    if (!repl || !src || !e) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", dir); goto done; }
    /* the weights table may point at other tensors of the same names (merged
       adapters, a trainer's weights): those replace the file's */
    r = vkr__save_mark(m, repl, m->weights.embed);
    if (r == VKR_OK) r = vkr__save_mark(m, repl, m->weights.final_norm);
    if (r == VKR_OK) r = vkr__save_mark(m, repl, m->weights.lm_head);
    for (l = 0; l < m->config.n_layers && r == VKR_OK && m->weights.layers; l++) {
        const vkr_tensor *const *p = (const vkr_tensor *const *)&m->weights.layers[l];
        for (k = 0; k < sizeof(vkr_layer_weights) / sizeof(const vkr_tensor *) && r == VKR_OK; k++) r = vkr__save_mark(m, repl, p[k]);
    }
    if (r != VKR_OK) { vkr__error_prefix("%s: ", dir); goto done; }
    for (i = 0; i < n; i++) {
        const vkr_tensor *f = &m->st->tensors[i], *s = repl[i] ? repl[i] : f;
        bool is_float = s->dtype == VKR_DTYPE_F32 || s->dtype == VKR_DTYPE_F16 || s->dtype == VKR_DTYPE_BF16;
        e[i].name = f->name;
        e[i].dtype = !is_float ? s->dtype : dtype != VKR_DTYPE_INVALID ? dtype : f->dtype;
        e[i].n_dims = f->n_dims;
        memcpy(e[i].shape, f->shape, sizeof e[i].shape);
        e[i].data = s->data;
        src[i] = is_float ? s : NULL;
    }
    if (!vkr__path_join(to, sizeof to, dir, "model.safetensors")) { r = vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir); goto done; }
    r = vkr__st_write(to, e, src, n, meta, 1, &m->hooks);
done:
    vkr__free(&a, (void *)repl, (size_t)(n ? n : 1) * sizeof *repl);
    vkr__free(&a, (void *)src, (size_t)(n ? n : 1) * sizeof *src);
    vkr__free(&a, e, (size_t)(n ? n : 1) * sizeof *e);
    return r;
}

/* ---- adapters ---- */

struct vkr_lora {
    vkr_allocator a;
    vkr_lora_config config;
    int64_t n_layers;
    float **ab;           /* [(layer · VKR_LORA_TARGETS + target) · 2 + 0/1]: A [r, in] / B [out, r]; NULL when not targeted */
    int64_t *io;          /* [(layer · VKR_LORA_TARGETS + target) · 2 + 0/1]: in, out of that linear */
};

VALKYR_API void vkr_lora_free(vkr_lora *l) {
    int64_t i;
    if (!l) return;
    if (l->ab)
        for (i = 0; i < l->n_layers * VKR_LORA_TARGETS; i++) {
            vkr__free(&l->a, l->ab[2 * i], (size_t)(l->config.rank * l->io[2 * i]) * sizeof(float));
            vkr__free(&l->a, l->ab[2 * i + 1], (size_t)(l->config.rank * l->io[2 * i + 1]) * sizeof(float));
        }
    vkr__free(&l->a, l->ab, (size_t)l->n_layers * VKR_LORA_TARGETS * 2 * sizeof(float *));
    vkr__free(&l->a, l->io, (size_t)l->n_layers * VKR_LORA_TARGETS * 2 * sizeof(int64_t));
    vkr__free(&l->a, l, sizeof *l);
}

VALKYR_API const vkr_lora_config *vkr_lora_get_config(const vkr_lora *l) { return l ? &l->config : NULL; }

VALKYR_API const float *vkr_lora_a(const vkr_lora *l, int64_t layer, vkr_lora_target t) {
    if (!l || layer < 0 || layer >= l->n_layers || (int)t < 0 || t >= VKR_LORA_TARGETS) return NULL;
    return l->ab[(layer * VKR_LORA_TARGETS + t) * 2];
}
VALKYR_API const float *vkr_lora_b(const vkr_lora *l, int64_t layer, vkr_lora_target t) {
    if (!l || layer < 0 || layer >= l->n_layers || (int)t < 0 || t >= VKR_LORA_TARGETS) return NULL;
    return l->ab[(layer * VKR_LORA_TARGETS + t) * 2 + 1];
}

/* True when v is absent, null, or an empty array / object. */
VKR__FN bool vkr__json_empty(const vkr_json *v) {
    return !v || v->type == VKR_JSON_NULL || ((v->type == VKR_JSON_ARRAY || v->type == VKR_JSON_OBJECT) && v->len == 0);
}

/* A target_modules entry ("q_proj", or a dotted path ending in it) → target, or -1. */
VKR__FN int vkr__lora_target_of(const char *s) {
    const char *dot = strrchr(s, '.');
    int t;
    for (t = 0; t < VKR_LORA_TARGETS; t++)
        if (!strcmp(dot ? dot + 1 : s, vkr__lora_names[t])) return t;
    return -1;
}

/* adapter_config.json → config; PEFT features valkyr does not run are refused, naming the field. */
VKR__FN vkr_result vkr__lora_parse_config(const vkr_json *root, const char *path, vkr_lora_config *c) {
    static const char *const must_be_empty[] = {"modules_to_save", "rank_pattern", "alpha_pattern", "layers_to_transform",
                                                "layer_replication", "exclude_modules", "target_parameters", "trainable_token_indices"};
    const vkr_json *v;
    bool b;
    size_t i;
    memset(c, 0, sizeof *c);
    if (!root || root->type != VKR_JSON_OBJECT) return vkr__fail(VKR_ERR_CONFIG, "%s: not a JSON object", path);
    v = vkr_json_get(root, "peft_type");
    if (v && (!vkr_json_string(v) || strcmp(v->str, "LORA") != 0))
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: peft_type %s: valkyr loads LoRA adapters only", path, vkr_json_string(v) ? v->str : "(not a string)");
    if (!vkr_json_int(vkr_json_get(root, "r"), &c->rank) || c->rank <= 0 || c->rank > ((int64_t)1 << 20))
        return vkr__fail(VKR_ERR_CONFIG, "%s: \"r\" is missing or not a positive integer", path);
    v = vkr_json_get(root, "lora_alpha");
    c->alpha = 8;   /* PEFT's default */
    if (v && (!vkr_json_number(v, &c->alpha) || c->alpha == 0))
        return vkr__fail(VKR_ERR_CONFIG, "%s: \"lora_alpha\" is not a non-zero number", path);
    v = vkr_json_get(root, "lora_dropout");
    if (v && v->type != VKR_JSON_NULL && (!vkr_json_number(v, &c->dropout) || c->dropout < 0 || c->dropout >= 1))
        return vkr__fail(VKR_ERR_CONFIG, "%s: \"lora_dropout\" is not a number in [0, 1)", path);
    if (vkr_json_bool(vkr_json_get(root, "use_rslora"), &b)) c->rslora = b;
    if (vkr_json_bool(vkr_json_get(root, "use_dora"), &b) && b)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: use_dora is true: DoRA adapters are not supported", path);
    if (vkr_json_bool(vkr_json_get(root, "fan_in_fan_out"), &b) && b)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: fan_in_fan_out is true: valkyr's linears are stored [out, in] (nn.Linear)", path);
    if (vkr_json_bool(vkr_json_get(root, "lora_bias"), &b) && b)
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: lora_bias is true: LoRA biases are not supported", path);
    v = vkr_json_get(root, "bias");
    if (v && v->type != VKR_JSON_NULL && (!vkr_json_string(v) || strcmp(v->str, "none") != 0))
        return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: bias is \"%s\": only \"none\" is supported (valkyr trains no biases)", path,
                         vkr_json_string(v) ? v->str : "(not a string)");
    for (i = 0; i < sizeof must_be_empty / sizeof must_be_empty[0]; i++)
        if (!vkr__json_empty(vkr_json_get(root, must_be_empty[i])))
            return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: %s is set: valkyr runs only plain LoRA on every layer's linears (no %s)",
                             path, must_be_empty[i], must_be_empty[i]);
    v = vkr_json_get(root, "target_modules");
    if (!v || v->type == VKR_JSON_NULL) {
        c->targets = (1u << VKR_LORA_Q) | (1u << VKR_LORA_V);   /* PEFT's default for these families */
    } else if (v->type == VKR_JSON_STRING) {
        if (strcmp(v->str, "all-linear") != 0)
            return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: target_modules \"%s\" is a regular expression; valkyr needs a list of names "
                             "(q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj) or \"all-linear\"", path, v->str);
        c->targets = (1u << VKR_LORA_TARGETS) - 1;
    } else if (v->type == VKR_JSON_ARRAY) {
        for (i = 0; i < v->len; i++) {
            int t = vkr_json_string(&v->items[i]) ? vkr__lora_target_of(v->items[i].str) : -1;
            if (t < 0)
                return vkr__fail(VKR_ERR_UNSUPPORTED, "%s: target_modules lists %s; valkyr adapts only q_proj, k_proj, v_proj, o_proj, "
                                 "gate_proj, up_proj and down_proj", path, vkr_json_string(&v->items[i]) ? v->items[i].str : "a non-string");
            c->targets |= 1u << t;
        }
        if (!c->targets) return vkr__fail(VKR_ERR_CONFIG, "%s: target_modules is empty", path);
    } else {
        return vkr__fail(VKR_ERR_CONFIG, "%s: target_modules is neither a list nor a string", path);
    }
    return VKR_OK;
}

/* Parses a PEFT tensor name for model m: layer, target and A (0) or B (1). */
VKR__FN bool vkr__lora_parse_name(const vkr_model *m, const char *name, int64_t *layer, int *target, int *ab) {
    char pre[96];
    size_t np;
    const char *p;
    int64_t l = 0;
    int t, digits = 0;
    snprintf(pre, sizeof pre, "base_model.model.%slayers.", m->config.tensor_prefix);
    np = strlen(pre);
    if (strncmp(name, pre, np) != 0) return false;
    p = name + np;
    while (*p >= '0' && *p <= '9' && digits < 9) { l = l * 10 + (*p++ - '0'); digits++; }
    if (!digits || (digits > 1 && p[-digits] == '0') || *p++ != '.') return false;
    for (t = 0; t < VKR_LORA_TARGETS; t++) {
        size_t nm = strlen(vkr__lora_module(t));
        if (!strncmp(p, vkr__lora_module(t), nm) && (!strcmp(p + nm, ".lora_A.weight") || !strcmp(p + nm, ".lora_B.weight"))) {
            *layer = l;
            *target = t;
            *ab = p[nm + 6] == 'B';
            return true;
        }
    }
    return false;
}

VALKYR_API vkr_result vkr_lora_load(const char *dir, const vkr_model *m, const vkr_hooks *hooks, vkr_lora **out) {
    vkr_allocator a = vkr__allocator(hooks ? &hooks->allocator : NULL);
    char cpath[4200], spath[4200], bin[4200];
    char *text = NULL;
    size_t len = 0;
    vkr_json_doc *doc = NULL;
    vkr_json_desc jd;
    vkr_st_desc sd;
    vkr_st *st = NULL;
    vkr_lora *L = NULL;
    vkr_result r;
    int64_t i, nl, slots;
    if (!dir || !m || !out) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_lora_load: NULL argument");
    *out = NULL;
    if (!vkr__path_join(cpath, sizeof cpath, dir, "adapter_config.json") || !vkr__path_join(spath, sizeof spath, dir, "adapter_model.safetensors") ||
        !vkr__path_join(bin, sizeof bin, dir, "adapter_model.bin"))
        return vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir);
    nl = m->config.n_layers;
    slots = nl * VKR_LORA_TARGETS * 2;
    L = (vkr_lora *)vkr__calloc(&a, 1, sizeof *L);
    if (!L) return vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", dir);
    L->a = a;
    L->n_layers = nl;
    L->ab = (float **)vkr__calloc(&a, (size_t)slots, sizeof(float *));
    L->io = (int64_t *)vkr__calloc(&a, (size_t)slots, sizeof(int64_t));
    if (!L->ab || !L->io) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", dir); goto done; }
    if ((r = vkr__read_text(cpath, &a, &text, &len)) != VKR_OK) goto done;
    memset(&jd, 0, sizeof jd);
    jd.hooks.allocator = a;
    jd.name = cpath;
    if ((r = vkr_json_parse(text, len, &jd, &doc)) != VKR_OK) goto done;
    if ((r = vkr__lora_parse_config(vkr_json_root(doc), cpath, &L->config)) != VKR_OK) goto done;
    if (vkr__stat(spath) != VKR__PATH_FILE) {
        if (vkr__stat(bin) == VKR__PATH_FILE)
            r = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: pickle (.bin) files are not supported; save the adapter with "
                          "save_pretrained(..., safe_serialization=True) to get adapter_model.safetensors", bin);
        else
            r = vkr__fail(VKR_ERR_NOT_FOUND, "%s: no such file", spath);
        goto done;
    }
    memset(&sd, 0, sizeof sd);
    if (hooks) sd.hooks = *hooks;
    sd.hooks.allocator = a;
    if ((r = vkr_st_open(spath, &sd, &st)) != VKR_OK) goto done;
    for (i = 0; i < vkr_st_count(st); i++) {
        const vkr_tensor *t = vkr_st_at(st, i), *W;
        int64_t layer, rows, cols, rank = L->config.rank, slot;
        int tg, ab;
        char hs[128], ws[128];
        int64_t want[2];
        if (!vkr__lora_parse_name(m, t->name, &layer, &tg, &ab)) {
            r = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s is not one valkyr understands (expected base_model.model.%slayers.N."
                          "{self_attn,mlp}.<target>.lora_{A,B}.weight)", spath, t->name, m->config.tensor_prefix);
            goto done;
        }
        if (layer >= nl) { r = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s: the model has %lld layers", spath, t->name, (long long)nl); goto done; }
        if (!(L->config.targets & (1u << tg))) {
            r = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s: adapter_config.json's target_modules does not list %s", spath, t->name, vkr__lora_names[tg]);
            goto done;
        }
        W = *vkr__lora_slot(&m->weights.layers[layer], tg);
        if (!W) {
            r = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s: layer %lld of the model has no %s", spath, t->name, (long long)layer, vkr__lora_names[tg]);
            goto done;
        }
        rows = W->shape[0];
        cols = W->shape[1];
        want[0] = ab ? rows : rank;
        want[1] = ab ? rank : cols;
        if (t->n_dims != 2 || t->shape[0] != want[0] || t->shape[1] != want[1]) {
            r = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s: shape %s but r = %lld and the weight's [%lld, %lld] need %s", spath, t->name,
                          vkr__shape_str(hs, sizeof hs, t->shape, t->n_dims), (long long)rank, (long long)rows, (long long)cols,
                          vkr__shape_str(ws, sizeof ws, want, 2));
            goto done;
        }
        slot = (layer * VKR_LORA_TARGETS + tg) * 2;
        L->io[slot] = cols;
        L->io[slot + 1] = rows;
        L->ab[slot + ab] = (float *)vkr__alloc(&a, (size_t)t->n_elems * sizeof(float));
        if (!L->ab[slot + ab]) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", spath); goto done; }
        if ((r = vkr_tensor_read_f32(t, 0, t->n_elems, L->ab[slot + ab])) != VKR_OK) { vkr__error_prefix("%s: ", spath); goto done; }
    }
    /* every listed target of every layer that has that linear: both halves */
    for (i = 0; i < nl * VKR_LORA_TARGETS; i++) {
        int tg = (int)(i % VKR_LORA_TARGETS);
        char nm[256];
        if (!(L->config.targets & (1u << tg)) || !*vkr__lora_slot(&m->weights.layers[i / VKR_LORA_TARGETS], tg)) continue;
        if (!L->ab[2 * i] || !L->ab[2 * i + 1]) {
            vkr__lora_tensor_name(nm, sizeof nm, m, i / VKR_LORA_TARGETS, tg, L->ab[2 * i] != NULL);
            r = vkr__fail(VKR_ERR_TENSOR, "%s: tensor %s is missing (target_modules lists %s)", spath, nm, vkr__lora_names[tg]);
            goto done;
        }
    }
done:
    vkr_st_close(st);
    vkr_json_free(doc);
    vkr__free(&a, text, len + 1);
    if (r != VKR_OK) { vkr_lora_free(L); return r; }
    *out = L;
    return VKR_OK;
}

VALKYR_API vkr_result vkr_lora_save(const char *dir, const vkr_model *m, const vkr_lora_config *c,
                                    const float *const *a, const float *const *b) {
    static const char *const meta[] = {"format", "pt"};
    vkr_allocator al;
    vkr_st_entry *e = NULL;
    char *names = NULL, path[4200];
    int64_t nl, n = 0, l, rank;
    uint32_t targets;
    double alpha;
    int t;
    vkr_json_writer w;
    const char *text;
    size_t len, cap_e;
    vkr_result r = VKR_OK;
    if (!dir || !m || !c || !a || !b) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_lora_save: NULL argument");
    rank = c->rank;
    targets = c->targets ? c->targets : (1u << VKR_LORA_Q) | (1u << VKR_LORA_V);
    if (rank <= 0 || (targets >> VKR_LORA_TARGETS))
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: vkr_lora_save: rank %lld or target mask 0x%x out of range", dir, (long long)rank, targets);
    alpha = c->alpha != 0 ? c->alpha : 2.0 * (double)rank;
    al = m->a;
    nl = m->config.n_layers;
    cap_e = (size_t)(nl * VKR_LORA_TARGETS * 2);
    e = (vkr_st_entry *)vkr__calloc(&al, cap_e ? cap_e : 1, sizeof *e);
    names = (char *)vkr__alloc(&al, (cap_e ? cap_e : 1) * 192);
    vkr_json_writer_init(&w, &al);
    if (!e || !names) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", dir); goto done; }
    for (l = 0; l < nl; l++)
        for (t = 0; t < VKR_LORA_TARGETS; t++) {
            const vkr_tensor *W = *vkr__lora_slot(&m->weights.layers[l], t);
            int64_t i = l * VKR_LORA_TARGETS + t;
            int ab;
            if (!(targets & (1u << t)) || !W) continue;
            if (!a[i] || !b[i]) {
                r = vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: layer %lld %s: A or B is NULL", dir, (long long)l, vkr__lora_names[t]);
                goto done;
            }
            for (ab = 0; ab < 2; ab++) {
                vkr_st_entry *x = &e[n];
                x->name = names + n * 192;
                vkr__lora_tensor_name(names + n * 192, 192, m, l, t, ab);
                x->dtype = VKR_DTYPE_F32;
                x->n_dims = 2;
                x->shape[0] = ab ? W->shape[0] : rank;
                x->shape[1] = ab ? rank : W->shape[1];
                x->data = ab ? (const void *)b[i] : (const void *)a[i];
                n++;
            }
        }
    if ((r = vkr__mkdir_p(dir)) != VKR_OK) goto done;
    if (!vkr__path_join(path, sizeof path, dir, "adapter_model.safetensors")) { r = vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir); goto done; }
    if ((r = vkr__st_write(path, e, NULL, n, meta, 1, &m->hooks)) != VKR_OK) goto done;
    /* adapter_config.json, the keys PEFT writes (sorted, as it sorts them) */
    w.pretty = true;
    vkr_json_begin_object(&w);
    vkr_json_key(&w, "alpha_pattern"); vkr_json_begin_object(&w); vkr_json_end_object(&w);
    vkr_json_key(&w, "auto_mapping"); vkr_json_write_null(&w);
    vkr_json_key(&w, "base_model_name_or_path"); vkr_json_write_string(&w, m->dir);
    vkr_json_key(&w, "bias"); vkr_json_write_string(&w, "none");
    vkr_json_key(&w, "fan_in_fan_out"); vkr_json_write_bool(&w, false);
    vkr_json_key(&w, "inference_mode"); vkr_json_write_bool(&w, true);
    vkr_json_key(&w, "init_lora_weights"); vkr_json_write_bool(&w, true);
    vkr_json_key(&w, "layers_pattern"); vkr_json_write_null(&w);
    vkr_json_key(&w, "layers_to_transform"); vkr_json_write_null(&w);
    vkr_json_key(&w, "lora_alpha");
    if (alpha == floor(alpha) && fabs(alpha) < 1e15) vkr_json_write_int(&w, (int64_t)alpha);
    else vkr_json_write_double(&w, alpha);
    vkr_json_key(&w, "lora_dropout"); vkr_json_write_double(&w, c->dropout);
    vkr_json_key(&w, "modules_to_save"); vkr_json_write_null(&w);
    vkr_json_key(&w, "peft_type"); vkr_json_write_string(&w, "LORA");
    vkr_json_key(&w, "r"); vkr_json_write_int(&w, rank);
    vkr_json_key(&w, "rank_pattern"); vkr_json_begin_object(&w); vkr_json_end_object(&w);
    vkr_json_key(&w, "revision"); vkr_json_write_null(&w);
    vkr_json_key(&w, "target_modules");
    vkr_json_begin_array(&w);
    for (t = 0; t < VKR_LORA_TARGETS; t++)
        if (targets & (1u << t)) vkr_json_write_string(&w, vkr__lora_names[t]);
    vkr_json_end_array(&w);
    vkr_json_key(&w, "task_type"); vkr_json_write_string(&w, "CAUSAL_LM");
    vkr_json_key(&w, "use_dora"); vkr_json_write_bool(&w, false);
    vkr_json_key(&w, "use_rslora"); vkr_json_write_bool(&w, c->rslora);
    vkr_json_end_object(&w);
    if ((r = vkr_json_writer_result(&w, &text, &len)) != VKR_OK) { vkr__error_prefix("%s: ", dir); goto done; }
    if (!vkr__path_join(path, sizeof path, dir, "adapter_config.json")) { r = vkr__fail(VKR_ERR_LIMIT, "%s: path too long", dir); goto done; }
    r = vkr__write_file(path, text, len);
done:
    vkr_json_writer_free(&w);
    vkr__free(&al, e, (cap_e ? cap_e : 1) * sizeof *e);
    vkr__free(&al, names, (cap_e ? cap_e : 1) * 192);
    return r;
}

/* W' [out, in] = W + scaling · B [out, r] · A [r, in]: each row's B·A is
   accumulated in double and added to W in double, then rounded once to f32. */
VALKYR_API vkr_result vkr_model_apply_lora(vkr_model *m, const vkr_lora *l) {
    double s, *acc = NULL;
    size_t acc_n = 0;
    int64_t layer, i, j, k, rank;
    int t;
    vkr_result r = VKR_OK;
    if (!m || !l) return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "vkr_model_apply_lora: NULL argument");
    if (l->n_layers != m->config.n_layers)
        return vkr__fail(VKR_ERR_INVALID_ARGUMENT, "%s: the adapter was loaded for a model of %lld layers, this one has %lld", m->dir,
                         (long long)l->n_layers, (long long)m->config.n_layers);
    s = vkr_lora_scaling(&l->config);
    rank = l->config.rank;
    for (layer = 0; layer < l->n_layers && r == VKR_OK; layer++)
        for (t = 0; t < VKR_LORA_TARGETS && r == VKR_OK; t++) {
            int64_t slot = (layer * VKR_LORA_TARGETS + t) * 2, in = l->io[slot], out = l->io[slot + 1];
            const float *A = l->ab[slot], *B = l->ab[slot + 1];
            const vkr_tensor **W = vkr__lora_slot(&m->weights.layers[layer], t);
            size_t hdr = (sizeof(vkr__owned) + 63) & ~(size_t)63, tsz = (sizeof(vkr_tensor) + 63) & ~(size_t)63, size, nlen;
            vkr__owned *o;
            vkr_tensor *nt;
            float *data;
            if (!A || !B) continue;
            if (!*W || (*W)->n_dims != 2 || (*W)->shape[0] != out || (*W)->shape[1] != in)
                { r = vkr__fail(VKR_ERR_TENSOR, "%s: layer %lld %s: the adapter does not fit this model's weight", m->dir, (long long)layer, vkr__lora_names[t]); break; }
            if ((size_t)in > acc_n) {
                vkr__free(&m->a, acc, acc_n * sizeof(double));
                acc_n = (size_t)in;
                acc = (double *)vkr__alloc(&m->a, acc_n * sizeof(double));
                if (!acc) { acc_n = 0; r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory", m->dir); break; }
            }
            nlen = strlen((*W)->name) + 1;
            size = hdr + tsz + (size_t)(out * in) * sizeof(float) + nlen;
            o = (vkr__owned *)vkr__alloc(&m->a, size);
            if (!o) { r = vkr__fail(VKR_ERR_OUT_OF_MEMORY, "%s: out of memory merging %s", m->dir, (*W)->name); break; }
            o->size = size;
            nt = (vkr_tensor *)((char *)o + hdr);
            data = (float *)((char *)nt + tsz);
            *nt = **W;
            memcpy((char *)data + (size_t)(out * in) * sizeof(float), (*W)->name, nlen);
            nt->name = (const char *)data + (size_t)(out * in) * sizeof(float);
            nt->dtype = VKR_DTYPE_F32;
            nt->n_bytes = (uint64_t)(out * in) * 4;
            nt->data = data;
            for (i = 0; i < out && r == VKR_OK; i++) {
                float *row = data + i * in;
                r = vkr_tensor_read_f32(*W, i * in, in, row);
                for (j = 0; j < in; j++) acc[j] = 0;
                for (k = 0; k < rank; k++) {
                    double bk = B[i * rank + k];
                    const float *Ak = A + k * in;
                    if (bk == 0) continue;
                    for (j = 0; j < in; j++) acc[j] += bk * Ak[j];
                }
                for (j = 0; j < in; j++) row[j] = (float)((double)row[j] + s * acc[j]);
            }
            if (r != VKR_OK) { vkr__free(&m->a, o, size); break; }
            o->next = m->owned;
            m->owned = o;
            *W = nt;
        }
    vkr__free(&m->a, acc, acc_n * sizeof(double));
    return r;
}

/* >>data (implementation) ============================================== */

/* >>train (implementation) ============================================= */

/* >>unicode (generated by tools/gen_unicode.py from the Unicode Character Database) ===== */
/* ==== Unicode 15.0.0 tables and normalizer ====
   Generated by tools/gen_unicode.py from the Unicode Character Database 15.0.0
   (UnicodeData, PropList, DerivedNormalizationProps, CompositionExclusions,
   SpecialCasing); do not edit by hand. Unicode data: Copyright (c) Unicode,
   Inc., under the Unicode licence (tests/data/unicode/LICENSE).
   Needs <stdint.h>, <stdbool.h>, <string.h>, <stddef.h> and VKR__FN. */

/* general category of U+0000..U+00FF */
static const uint8_t vkr__uc_gc_latin1[256] = {
25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,22,
17,17,17,19,17,17,17,13,14,17,18,17,12,17,17,8,8,8,8,8,8,8,8,8,8,17,17,18,18,18,17,17,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,17,14,20,11,20,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
1,1,1,1,13,18,14,18,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,
25,25,25,25,25,25,25,22,17,19,19,19,19,21,17,20,21,4,15,18,26,21,20,21,18,10,10,20,1,17,17,20,10,4,
16,10,10,10,17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,18,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,
1,1,1,1,1,1,1,1,1,1,1,1,1,18,1,1,1,1,1,1,1,1,
};
/* general category: start << 5 | category, up to the next start */
static const uint32_t vkr__uc_gc_ranges[4007] = {
0x19,0x416,0x431,0x493,0x4b1,0x50d,0x52e,0x551,0x572,0x591,0x5ac,0x5d1,0x608,0x751,0x792,0x7f1,
0x820,0xb6d,0xb91,0xbae,0xbd4,0xbeb,0xc14,0xc21,0xf6d,0xf92,0xfae,0xfd2,0xff9,0x1416,0x1431,0x1453,
0x14d5,0x14f1,0x1514,0x1535,0x1544,0x156f,0x1592,0x15ba,0x15d5,0x15f4,0x1615,0x1632,0x164a,0x1694,
0x16a1,0x16d1,0x1714,0x172a,0x1744,0x1770,0x178a,0x17f1,0x1800,0x1af2,0x1b00,0x1be1,0x1ef2,0x1f01,
0x2000,0x2021,0x2040,0x2061,0x2080,0x20a1,0x20c0,0x20e1,0x2100,0x2121,0x2140,0x2161,0x2180,0x21a1,
0x21c0,0x21e1,0x2200,0x2221,0x2240,0x2261,0x2280,0x22a1,0x22c0,0x22e1,0x2300,0x2321,0x2340,0x2361,
0x2380,0x23a1,0x23c0,0x23e1,0x2400,0x2421,0x2440,0x2461,0x2480,0x24a1,0x24c0,0x24e1,0x2500,0x2521,
0x2540,0x2561,0x2580,0x25a1,0x25c0,0x25e1,0x2600,0x2621,0x2640,0x2661,0x2680,0x26a1,0x26c0,0x26e1,
0x2720,0x2741,0x2760,0x2781,0x27a0,0x27c1,0x27e0,0x2801,0x2820,0x2841,0x2860,0x2881,0x28a0,0x28c1,
0x28e0,0x2901,0x2940,0x2961,0x2980,0x29a1,0x29c0,0x29e1,0x2a00,0x2a21,0x2a40,0x2a61,0x2a80,0x2aa1,
0x2ac0,0x2ae1,0x2b00,0x2b21,0x2b40,0x2b61,0x2b80,0x2ba1,0x2bc0,0x2be1,0x2c00,0x2c21,0x2c40,0x2c61,
0x2c80,0x2ca1,0x2cc0,0x2ce1,0x2d00,0x2d21,0x2d40,0x2d61,0x2d80,0x2da1,0x2dc0,0x2de1,0x2e00,0x2e21,
0x2e40,0x2e61,0x2e80,0x2ea1,0x2ec0,0x2ee1,0x2f00,0x2f41,0x2f60,0x2f81,0x2fa0,0x2fc1,0x3020,0x3061,
0x3080,0x30a1,0x30c0,0x3101,0x3120,0x3181,0x31c0,0x3241,0x3260,0x32a1,0x32c0,0x3321,0x3380,0x33c1,
0x33e0,0x3421,0x3440,0x3461,0x3480,0x34a1,0x34c0,0x3501,0x3520,0x3541,0x3580,0x35a1,0x35c0,0x3601,
0x3620,0x3681,0x36a0,0x36c1,0x36e0,0x3721,0x3764,0x3780,0x37a1,0x3804,0x3880,0x38a2,0x38c1,0x38e0,
0x3902,0x3921,0x3940,0x3962,0x3981,0x39a0,0x39c1,0x39e0,0x3a01,0x3a20,0x3a41,0x3a60,0x3a81,0x3aa0,
0x3ac1,0x3ae0,0x3b01,0x3b20,0x3b41,0x3b60,0x3b81,0x3bc0,0x3be1,0x3c00,0x3c21,0x3c40,0x3c61,0x3c80,
0x3ca1,0x3cc0,0x3ce1,0x3d00,0x3d21,0x3d40,0x3d61,0x3d80,0x3da1,0x3dc0,0x3de1,0x3e20,0x3e42,0x3e61,
0x3e80,0x3ea1,0x3ec0,0x3f21,0x3f40,0x3f61,0x3f80,0x3fa1,0x3fc0,0x3fe1,0x4000,0x4021,0x4040,0x4061,
0x4080,0x40a1,0x40c0,0x40e1,0x4100,0x4121,0x4140,0x4161,0x4180,0x41a1,0x41c0,0x41e1,0x4200,0x4221,
0x4240,0x4261,0x4280,0x42a1,0x42c0,0x42e1,0x4300,0x4321,0x4340,0x4361,0x4380,0x43a1,0x43c0,0x43e1,
0x4400,0x4421,0x4440,0x4461,0x4480,0x44a1,0x44c0,0x44e1,0x4500,0x4521,0x4540,0x4561,0x4580,0x45a1,
0x45c0,0x45e1,0x4600,0x4621,0x4640,0x4661,0x4740,0x4781,0x47a0,0x47e1,0x4820,0x4841,0x4860,0x48e1,
0x4900,0x4921,0x4940,0x4961,0x4980,0x49a1,0x49c0,0x49e1,0x5284,0x52a1,0x5603,0x5854,0x58c3,0x5a54,
0x5c03,0x5cb4,0x5d83,0x5db4,0x5dc3,0x5df4,0x6005,0x6e00,0x6e21,0x6e40,0x6e61,0x6e83,0x6eb4,0x6ec0,
0x6ee1,0x6f1d,0x6f43,0x6f61,0x6fd1,0x6fe0,0x701d,0x7094,0x70c0,0x70f1,0x7100,0x717d,0x7180,0x71bd,
0x71c0,0x7201,0x7220,0x745d,0x7460,0x7581,0x79e0,0x7a01,0x7a40,0x7aa1,0x7b00,0x7b21,0x7b40,0x7b61,
0x7b80,0x7ba1,0x7bc0,0x7be1,0x7c00,0x7c21,0x7c40,0x7c61,0x7c80,0x7ca1,0x7cc0,0x7ce1,0x7d00,0x7d21,
0x7d40,0x7d61,0x7d80,0x7da1,0x7dc0,0x7de1,0x7e80,0x7ea1,0x7ed2,0x7ee0,0x7f01,0x7f20,0x7f61,0x7fa0,
0x8601,0x8c00,0x8c21,0x8c40,0x8c61,0x8c80,0x8ca1,0x8cc0,0x8ce1,0x8d00,0x8d21,0x8d40,0x8d61,0x8d80,
0x8da1,0x8dc0,0x8de1,0x8e00,0x8e21,0x8e40,0x8e61,0x8e80,0x8ea1,0x8ec0,0x8ee1,0x8f00,0x8f21,0x8f40,
0x8f61,0x8f80,0x8fa1,0x8fc0,0x8fe1,0x9000,0x9021,0x9055,0x9065,0x9107,0x9140,0x9161,0x9180,0x91a1,
0x91c0,0x91e1,0x9200,0x9221,0x9240,0x9261,0x9280,0x92a1,0x92c0,0x92e1,0x9300,0x9321,0x9340,0x9361,
0x9380,0x93a1,0x93c0,0x93e1,0x9400,0x9421,0x9440,0x9461,0x9480,0x94a1,0x94c0,0x94e1,0x9500,0x9521,
0x9540,0x9561,0x9580,0x95a1,0x95c0,0x95e1,0x9600,0x9621,0x9640,0x9661,0x9680,0x96a1,0x96c0,0x96e1,
0x9700,0x9721,0x9740,0x9761,0x9780,0x97a1,0x97c0,0x97e1,0x9800,0x9841,0x9860,0x9881,0x98a0,0x98c1,
0x98e0,0x9901,0x9920,0x9941,0x9960,0x9981,0x99a0,0x99c1,0x9a00,0x9a21,0x9a40,0x9a61,0x9a80,0x9aa1,
0x9ac0,0x9ae1,0x9b00,0x9b21,0x9b40,0x9b61,0x9b80,0x9ba1,0x9bc0,0x9be1,0x9c00,0x9c21,0x9c40,0x9c61,
0x9c80,0x9ca1,0x9cc0,0x9ce1,0x9d00,0x9d21,0x9d40,0x9d61,0x9d80,0x9da1,0x9dc0,0x9de1,0x9e00,0x9e21,
0x9e40,0x9e61,0x9e80,0x9ea1,0x9ec0,0x9ee1,0x9f00,0x9f21,0x9f40,0x9f61,0x9f80,0x9fa1,0x9fc0,0x9fe1,
0xa000,0xa021,0xa040,0xa061,0xa080,0xa0a1,0xa0c0,0xa0e1,0xa100,0xa121,0xa140,0xa161,0xa180,0xa1a1,
0xa1c0,0xa1e1,0xa200,0xa221,0xa240,0xa261,0xa280,0xa2a1,0xa2c0,0xa2e1,0xa300,0xa321,0xa340,0xa361,
0xa380,0xa3a1,0xa3c0,0xa3e1,0xa400,0xa421,0xa440,0xa461,0xa480,0xa4a1,0xa4c0,0xa4e1,0xa500,0xa521,
0xa540,0xa561,0xa580,0xa5a1,0xa5c0,0xa5e1,0xa61d,0xa620,0xaafd,0xab23,0xab51,0xac01,0xb131,0xb14c,
0xb17d,0xb1b5,0xb1f3,0xb21d,0xb225,0xb7cc,0xb7e5,0xb811,0xb825,0xb871,0xb885,0xb8d1,0xb8e5,0xb91d,
0xba04,0xbd7d,0xbde4,0xbe71,0xbebd,0xc01a,0xc0d2,0xc131,0xc173,0xc191,0xc1d5,0xc205,0xc371,0xc39a,
0xc3b1,0xc404,0xc803,0xc824,0xc965,0xcc08,0xcd51,0xcdc4,0xce05,0xce24,0xda91,0xdaa4,0xdac5,0xdbba,
0xdbd5,0xdbe5,0xdca3,0xdce5,0xdd35,0xdd45,0xddc4,0xde08,0xdf44,0xdfb5,0xdfe4,0xe011,0xe1dd,0xe1fa,
0xe204,0xe225,0xe244,0xe605,0xe97d,0xe9a4,0xf4c5,0xf624,0xf65d,0xf808,0xf944,0xfd65,0xfe83,0xfed5,
0xfef1,0xff43,0xff7d,0xffa5,0xffd3,0x10004,0x102c5,0x10343,0x10365,0x10483,0x104a5,0x10503,0x10525,
0x105dd,0x10611,0x107fd,0x10804,0x10b25,0x10b9d,0x10bd1,0x10bfd,0x10c04,0x10d7d,0x10e04,0x11114,
0x11124,0x111fd,0x1121a,0x1125d,0x11305,0x11404,0x11923,0x11945,0x11c5a,0x11c65,0x12066,0x12084,
0x12745,0x12766,0x12785,0x127a4,0x127c6,0x12825,0x12926,0x129a5,0x129c6,0x12a04,0x12a25,0x12b04,
0x12c45,0x12c91,0x12cc8,0x12e11,0x12e23,0x12e44,0x13025,0x13046,0x1309d,0x130a4,0x131bd,0x131e4,
0x1323d,0x13264,0x1353d,0x13544,0x1363d,0x13644,0x1367d,0x136c4,0x1375d,0x13785,0x137a4,0x137c6,
0x13825,0x138bd,0x138e6,0x1393d,0x13966,0x139a5,0x139c4,0x139fd,0x13ae6,0x13b1d,0x13b84,0x13bdd,
0x13be4,0x13c45,0x13c9d,0x13cc8,0x13e04,0x13e53,0x13e8a,0x13f55,0x13f73,0x13f84,0x13fb1,0x13fc5,
0x13ffd,0x14025,0x14066,0x1409d,0x140a4,0x1417d,0x141e4,0x1423d,0x14264,0x1453d,0x14544,0x1463d,
0x14644,0x1469d,0x146a4,0x146fd,0x14704,0x1475d,0x14785,0x147bd,0x147c6,0x14825,0x1487d,0x148e5,
0x1493d,0x14965,0x149dd,0x14a25,0x14a5d,0x14b24,0x14bbd,0x14bc4,0x14bfd,0x14cc8,0x14e05,0x14e44,
0x14ea5,0x14ed1,0x14efd,0x15025,0x15066,0x1509d,0x150a4,0x151dd,0x151e4,0x1525d,0x15264,0x1553d,
0x15544,0x1563d,0x15644,0x1569d,0x156a4,0x1575d,0x15785,0x157a4,0x157c6,0x15825,0x158dd,0x158e5,
0x15926,0x1595d,0x15966,0x159a5,0x159dd,0x15a04,0x15a3d,0x15c04,0x15c45,0x15c9d,0x15cc8,0x15e11,
0x15e33,0x15e5d,0x15f24,0x15f45,0x1601d,0x16025,0x16046,0x1609d,0x160a4,0x161bd,0x161e4,0x1623d,
0x16264,0x1653d,0x16544,0x1663d,0x16644,0x1669d,0x166a4,0x1675d,0x16785,0x167a4,0x167c6,0x167e5,
0x16806,0x16825,0x168bd,0x168e6,0x1693d,0x16966,0x169a5,0x169dd,0x16aa5,0x16ae6,0x16b1d,0x16b84,
0x16bdd,0x16be4,0x16c45,0x16c9d,0x16cc8,0x16e15,0x16e24,0x16e4a,0x16f1d,0x17045,0x17064,0x1709d,
0x170a4,0x1717d,0x171c4,0x1723d,0x17244,0x172dd,0x17324,0x1737d,0x17384,0x173bd,0x173c4,0x1741d,
0x17464,0x174bd,0x17504,0x1757d,0x175c4,0x1775d,0x177c6,0x17805,0x17826,0x1787d,0x178c6,0x1793d,
0x17946,0x179a5,0x179dd,0x17a04,0x17a3d,0x17ae6,0x17b1d,0x17cc8,0x17e0a,0x17e75,0x17f33,0x17f55,
0x17f7d,0x18005,0x18026,0x18085,0x180a4,0x181bd,0x181c4,0x1823d,0x18244,0x1853d,0x18544,0x1875d,
0x18785,0x187a4,0x187c5,0x18826,0x188bd,0x188c5,0x1893d,0x18945,0x189dd,0x18aa5,0x18afd,0x18b04,
0x18b7d,0x18ba4,0x18bdd,0x18c04,0x18c45,0x18c9d,0x18cc8,0x18e1d,0x18ef1,0x18f0a,0x18ff5,0x19004,
0x19025,0x19046,0x19091,0x190a4,0x191bd,0x191c4,0x1923d,0x19244,0x1953d,0x19544,0x1969d,0x196a4,
0x1975d,0x19785,0x197a4,0x197c6,0x197e5,0x19806,0x198bd,0x198c5,0x198e6,0x1993d,0x19946,0x19985,
0x199dd,0x19aa6,0x19afd,0x19ba4,0x19bfd,0x19c04,0x19c45,0x19c9d,0x19cc8,0x19e1d,0x19e24,0x19e66,
0x19e9d,0x1a005,0x1a046,0x1a084,0x1a1bd,0x1a1c4,0x1a23d,0x1a244,0x1a765,0x1a7a4,0x1a7c6,0x1a825,
0x1a8bd,0x1a8c6,0x1a93d,0x1a946,0x1a9a5,0x1a9c4,0x1a9f5,0x1aa1d,0x1aa84,0x1aae6,0x1ab0a,0x1abe4,
0x1ac45,0x1ac9d,0x1acc8,0x1ae0a,0x1af35,0x1af44,0x1b01d,0x1b025,0x1b046,0x1b09d,0x1b0a4,0x1b2fd,
0x1b344,0x1b65d,0x1b664,0x1b79d,0x1b7a4,0x1b7dd,0x1b804,0x1b8fd,0x1b945,0x1b97d,0x1b9e6,0x1ba45,
0x1babd,0x1bac5,0x1bafd,0x1bb06,0x1bc1d,0x1bcc8,0x1be1d,0x1be46,0x1be91,0x1bebd,0x1c024,0x1c625,
0x1c644,0x1c685,0x1c77d,0x1c7f3,0x1c804,0x1c8c3,0x1c8e5,0x1c9f1,0x1ca08,0x1cb51,0x1cb9d,0x1d024,
0x1d07d,0x1d084,0x1d0bd,0x1d0c4,0x1d17d,0x1d184,0x1d49d,0x1d4a4,0x1d4dd,0x1d4e4,0x1d625,0x1d644,
0x1d685,0x1d7a4,0x1d7dd,0x1d804,0x1d8bd,0x1d8c3,0x1d8fd,0x1d905,0x1d9fd,0x1da08,0x1db5d,0x1db84,
0x1dc1d,0x1e004,0x1e035,0x1e091,0x1e275,0x1e291,0x1e2b5,0x1e305,0x1e355,0x1e408,0x1e54a,0x1e695,
0x1e6a5,0x1e6d5,0x1e6e5,0x1e715,0x1e725,0x1e74d,0x1e76e,0x1e78d,0x1e7ae,0x1e7c6,0x1e804,0x1e91d,
0x1e924,0x1edbd,0x1ee25,0x1efe6,0x1f005,0x1f0b1,0x1f0c5,0x1f104,0x1f1a5,0x1f31d,0x1f325,0x1f7bd,
0x1f7d5,0x1f8c5,0x1f8f5,0x1f9bd,0x1f9d5,0x1fa11,0x1fab5,0x1fb31,0x1fb7d,0x20004,0x20566,0x205a5,
0x20626,0x20645,0x20706,0x20725,0x20766,0x207a5,0x207e4,0x20808,0x20951,0x20a04,0x20ac6,0x20b05,
0x20b44,0x20bc5,0x20c24,0x20c46,0x20ca4,0x20ce6,0x20dc4,0x20e25,0x20ea4,0x21045,0x21066,0x210a5,
0x210e6,0x211a5,0x211c4,0x211e6,0x21208,0x21346,0x213a5,0x213d5,0x21400,0x218dd,0x218e0,0x2191d,
0x219a0,0x219dd,0x21a01,0x21f71,0x21f83,0x21fa1,0x22004,0x2493d,0x24944,0x249dd,0x24a04,0x24afd,
0x24b04,0x24b3d,0x24b44,0x24bdd,0x24c04,0x2513d,0x25144,0x251dd,0x25204,0x2563d,0x25644,0x256dd,
0x25704,0x257fd,0x25804,0x2583d,0x25844,0x258dd,0x25904,0x25afd,0x25b04,0x2623d,0x26244,0x262dd,
0x26304,0x26b7d,0x26ba5,0x26c11,0x26d2a,0x26fbd,0x27004,0x27215,0x2735d,0x27400,0x27edd,0x27f01,
0x27fdd,0x2800c,0x28024,0x2cdb5,0x2cdd1,0x2cde4,0x2d016,0x2d024,0x2d36d,0x2d38e,0x2d3bd,0x2d404,
0x2dd71,0x2ddc9,0x2de24,0x2df3d,0x2e004,0x2e245,0x2e2a6,0x2e2dd,0x2e3e4,0x2e645,0x2e686,0x2e6b1,
0x2e6fd,0x2e804,0x2ea45,0x2ea9d,0x2ec04,0x2edbd,0x2edc4,0x2ee3d,0x2ee45,0x2ee9d,0x2f004,0x2f685,
0x2f6c6,0x2f6e5,0x2f7c6,0x2f8c5,0x2f8e6,0x2f925,0x2fa91,0x2fae3,0x2fb11,0x2fb73,0x2fb84,0x2fba5,
0x2fbdd,0x2fc08,0x2fd5d,0x2fe0a,0x2ff5d,0x30011,0x300cc,0x300f1,0x30165,0x301da,0x301e5,0x30208,
0x3035d,0x30404,0x30863,0x30884,0x30f3d,0x31004,0x310a5,0x310e4,0x31525,0x31544,0x3157d,0x31604,
0x31edd,0x32004,0x323fd,0x32405,0x32466,0x324e5,0x32526,0x3259d,0x32606,0x32645,0x32666,0x32725,
0x3279d,0x32815,0x3283d,0x32891,0x328c8,0x32a04,0x32ddd,0x32e04,0x32ebd,0x33004,0x3359d,0x33604,
0x3395d,0x33a08,0x33b4a,0x33b7d,0x33bd5,0x34004,0x342e5,0x34326,0x34365,0x3439d,0x343d1,0x34404,
0x34aa6,0x34ac5,0x34ae6,0x34b05,0x34bfd,0x34c05,0x34c26,0x34c45,0x34c66,0x34ca5,0x34da6,0x34e65,
0x34fbd,0x34fe5,0x35008,0x3515d,0x35208,0x3535d,0x35411,0x354e3,0x35511,0x355dd,0x35605,0x357c7,
0x357e5,0x359fd,0x36005,0x36086,0x360a4,0x36685,0x366a6,0x366c5,0x36766,0x36785,0x367a6,0x36845,
0x36866,0x368a4,0x369bd,0x36a08,0x36b51,0x36c35,0x36d65,0x36e95,0x36fb1,0x36ffd,0x37005,0x37046,
0x37064,0x37426,0x37445,0x374c6,0x37505,0x37546,0x37565,0x375c4,0x37608,0x37744,0x37cc5,0x37ce6,
0x37d05,0x37d46,0x37da5,0x37dc6,0x37de5,0x37e46,0x37e9d,0x37f91,0x38004,0x38486,0x38585,0x38686,
0x386c5,0x3871d,0x38771,0x38808,0x3895d,0x389a4,0x38a08,0x38b44,0x38f03,0x38fd1,0x39001,0x3913d,
0x39200,0x3977d,0x397a0,0x39811,0x3991d,0x39a05,0x39a71,0x39a85,0x39c26,0x39c45,0x39d24,0x39da5,
0x39dc4,0x39e85,0x39ea4,0x39ee6,0x39f05,0x39f44,0x39f7d,0x3a001,0x3a583,0x3ad61,0x3af03,0x3af21,
0x3b363,0x3b805,0x3c000,0x3c021,0x3c040,0x3c061,0x3c080,0x3c0a1,0x3c0c0,0x3c0e1,0x3c100,0x3c121,
0x3c140,0x3c161,0x3c180,0x3c1a1,0x3c1c0,0x3c1e1,0x3c200,0x3c221,0x3c240,0x3c261,0x3c280,0x3c2a1,
0x3c2c0,0x3c2e1,0x3c300,0x3c321,0x3c340,0x3c361,0x3c380,0x3c3a1,0x3c3c0,0x3c3e1,0x3c400,0x3c421,
0x3c440,0x3c461,0x3c480,0x3c4a1,0x3c4c0,0x3c4e1,0x3c500,0x3c521,0x3c540,0x3c561,0x3c580,0x3c5a1,
0x3c5c0,0x3c5e1,0x3c600,0x3c621,0x3c640,0x3c661,0x3c680,0x3c6a1,0x3c6c0,0x3c6e1,0x3c700,0x3c721,
0x3c740,0x3c761,0x3c780,0x3c7a1,0x3c7c0,0x3c7e1,0x3c800,0x3c821,0x3c840,0x3c861,0x3c880,0x3c8a1,
0x3c8c0,0x3c8e1,0x3c900,0x3c921,0x3c940,0x3c961,0x3c980,0x3c9a1,0x3c9c0,0x3c9e1,0x3ca00,0x3ca21,
0x3ca40,0x3ca61,0x3ca80,0x3caa1,0x3cac0,0x3cae1,0x3cb00,0x3cb21,0x3cb40,0x3cb61,0x3cb80,0x3cba1,
0x3cbc0,0x3cbe1,0x3cc00,0x3cc21,0x3cc40,0x3cc61,0x3cc80,0x3cca1,0x3ccc0,0x3cce1,0x3cd00,0x3cd21,
0x3cd40,0x3cd61,0x3cd80,0x3cda1,0x3cdc0,0x3cde1,0x3ce00,0x3ce21,0x3ce40,0x3ce61,0x3ce80,0x3cea1,
0x3cec0,0x3cee1,0x3cf00,0x3cf21,0x3cf40,0x3cf61,0x3cf80,0x3cfa1,0x3cfc0,0x3cfe1,0x3d000,0x3d021,
0x3d040,0x3d061,0x3d080,0x3d0a1,0x3d0c0,0x3d0e1,0x3d100,0x3d121,0x3d140,0x3d161,0x3d180,0x3d1a1,
0x3d1c0,0x3d1e1,0x3d200,0x3d221,0x3d240,0x3d261,0x3d280,0x3d2a1,0x3d3c0,0x3d3e1,0x3d400,0x3d421,
0x3d440,0x3d461,0x3d480,0x3d4a1,0x3d4c0,0x3d4e1,0x3d500,0x3d521,0x3d540,0x3d561,0x3d580,0x3d5a1,
0x3d5c0,0x3d5e1,0x3d600,0x3d621,0x3d640,0x3d661,0x3d680,0x3d6a1,0x3d6c0,0x3d6e1,0x3d700,0x3d721,
0x3d740,0x3d761,0x3d780,0x3d7a1,0x3d7c0,0x3d7e1,0x3d800,0x3d821,0x3d840,0x3d861,0x3d880,0x3d8a1,
0x3d8c0,0x3d8e1,0x3d900,0x3d921,0x3d940,0x3d961,0x3d980,0x3d9a1,0x3d9c0,0x3d9e1,0x3da00,0x3da21,
0x3da40,0x3da61,0x3da80,0x3daa1,0x3dac0,0x3dae1,0x3db00,0x3db21,0x3db40,0x3db61,0x3db80,0x3dba1,
0x3dbc0,0x3dbe1,0x3dc00,0x3dc21,0x3dc40,0x3dc61,0x3dc80,0x3dca1,0x3dcc0,0x3dce1,0x3dd00,0x3dd21,
0x3dd40,0x3dd61,0x3dd80,0x3dda1,0x3ddc0,0x3dde1,0x3de00,0x3de21,0x3de40,0x3de61,0x3de80,0x3dea1,
0x3dec0,0x3dee1,0x3df00,0x3df21,0x3df40,0x3df61,0x3df80,0x3dfa1,0x3dfc0,0x3dfe1,0x3e100,0x3e201,
0x3e2dd,0x3e300,0x3e3dd,0x3e401,0x3e500,0x3e601,0x3e700,0x3e801,0x3e8dd,0x3e900,0x3e9dd,0x3ea01,
0x3eb1d,0x3eb20,0x3eb5d,0x3eb60,0x3eb9d,0x3eba0,0x3ebdd,0x3ebe0,0x3ec01,0x3ed00,0x3ee01,0x3efdd,
0x3f001,0x3f102,0x3f201,0x3f302,0x3f401,0x3f502,0x3f601,0x3f6bd,0x3f6c1,0x3f700,0x3f782,0x3f7b4,
0x3f7c1,0x3f7f4,0x3f841,0x3f8bd,0x3f8c1,0x3f900,0x3f982,0x3f9b4,0x3fa01,0x3fa9d,0x3fac1,0x3fb00,
0x3fb9d,0x3fbb4,0x3fc01,0x3fd00,0x3fdb4,0x3fe1d,0x3fe41,0x3febd,0x3fec1,0x3ff00,0x3ff82,0x3ffb4,
0x3fffd,0x40016,0x4017a,0x4020c,0x402d1,0x4030f,0x40330,0x4034d,0x4036f,0x403b0,0x403cd,0x403ef,
0x40411,0x40517,0x40538,0x4055a,0x405f6,0x40611,0x4072f,0x40750,0x40771,0x407eb,0x40831,0x40892,
0x408ad,0x408ce,0x408f1,0x40a52,0x40a71,0x40a8b,0x40ab1,0x40bf6,0x40c1a,0x40cbd,0x40cda,0x40e0a,
0x40e23,0x40e5d,0x40e8a,0x40f52,0x40fad,0x40fce,0x40fe3,0x4100a,0x41152,0x411ad,0x411ce,0x411fd,
0x41203,0x413bd,0x41413,0x4183d,0x41a05,0x41ba7,0x41c25,0x41c47,0x41ca5,0x41e3d,0x42015,0x42040,
0x42075,0x420e0,0x42115,0x42141,0x42160,0x421c1,0x42200,0x42261,0x42295,0x422a0,0x422d5,0x42312,
0x42320,0x423d5,0x42480,0x424b5,0x424c0,0x424f5,0x42500,0x42535,0x42540,0x425d5,0x425e1,0x42600,
0x42681,0x426a4,0x42721,0x42755,0x42781,0x427c0,0x42812,0x428a0,0x428c1,0x42955,0x42972,0x42995,
0x429c1,0x429f5,0x42a0a,0x42c09,0x43060,0x43081,0x430a9,0x4312a,0x43155,0x4319d,0x43212,0x432b5,
0x43352,0x43395,0x43412,0x43435,0x43472,0x43495,0x434d2,0x434f5,0x435d2,0x435f5,0x439d2,0x43a15,
0x43a52,0x43a75,0x43a92,0x43ab5,0x43e92,0x46015,0x4610d,0x4612e,0x4614d,0x4616e,0x46195,0x46412,
0x46455,0x4652d,0x4654e,0x46575,0x46f92,0x46fb5,0x47372,0x47695,0x47b92,0x47c55,0x484fd,0x48815,
0x4897d,0x48c0a,0x49395,0x49d4a,0x4a015,0x4b6f2,0x4b715,0x4b832,0x4b855,0x4bf12,0x4c015,0x4cdf2,
0x4ce15,0x4ed0d,0x4ed2e,0x4ed4d,0x4ed6e,0x4ed8d,0x4edae,0x4edcd,0x4edee,0x4ee0d,0x4ee2e,0x4ee4d,
0x4ee6e,0x4ee8d,0x4eeae,0x4eeca,0x4f295,0x4f812,0x4f8ad,0x4f8ce,0x4f8f2,0x4fccd,0x4fcee,0x4fd0d,
0x4fd2e,0x4fd4d,0x4fd6e,0x4fd8d,0x4fdae,0x4fdcd,0x4fdee,0x4fe12,0x50015,0x52012,0x5306d,0x5308e,
0x530ad,0x530ce,0x530ed,0x5310e,0x5312d,0x5314e,0x5316d,0x5318e,0x531ad,0x531ce,0x531ed,0x5320e,
0x5322d,0x5324e,0x5326d,0x5328e,0x532ad,0x532ce,0x532ed,0x5330e,0x53332,0x53b0d,0x53b2e,0x53b4d,
0x53b6e,0x53b92,0x53f8d,0x53fae,0x53fd2,0x56015,0x56612,0x568b5,0x568f2,0x569b5,0x56e9d,0x56ed5,
0x572dd,0x572f5,0x58000,0x58601,0x58c00,0x58c21,0x58c40,0x58ca1,0x58ce0,0x58d01,0x58d20,0x58d41,
0x58d60,0x58d81,0x58da0,0x58e21,0x58e40,0x58e61,0x58ea0,0x58ec1,0x58f83,0x58fc0,0x59021,0x59040,
0x59061,0x59080,0x590a1,0x590c0,0x590e1,0x59100,0x59121,0x59140,0x59161,0x59180,0x591a1,0x591c0,
0x591e1,0x59200,0x59221,0x59240,0x59261,0x59280,0x592a1,0x592c0,0x592e1,0x59300,0x59321,0x59340,
0x59361,0x59380,0x593a1,0x593c0,0x593e1,0x59400,0x59421,0x59440,0x59461,0x59480,0x594a1,0x594c0,
0x594e1,0x59500,0x59521,0x59540,0x59561,0x59580,0x595a1,0x595c0,0x595e1,0x59600,0x59621,0x59640,
0x59661,0x59680,0x596a1,0x596c0,0x596e1,0x59700,0x59721,0x59740,0x59761,0x59780,0x597a1,0x597c0,
0x597e1,0x59800,0x59821,0x59840,0x59861,0x59880,0x598a1,0x598c0,0x598e1,0x59900,0x59921,0x59940,
0x59961,0x59980,0x599a1,0x599c0,0x599e1,0x59a00,0x59a21,0x59a40,0x59a61,0x59a80,0x59aa1,0x59ac0,
0x59ae1,0x59b00,0x59b21,0x59b40,0x59b61,0x59b80,0x59ba1,0x59bc0,0x59be1,0x59c00,0x59c21,0x59c40,
0x59c61,0x59cb5,0x59d60,0x59d81,0x59da0,0x59dc1,0x59de5,0x59e40,0x59e61,0x59e9d,0x59f31,0x59faa,
0x59fd1,0x5a001,0x5a4dd,0x5a4e1,0x5a51d,0x5a5a1,0x5a5dd,0x5a604,0x5ad1d,0x5ade3,0x5ae11,0x5ae3d,
0x5afe5,0x5b004,0x5b2fd,0x5b404,0x5b4fd,0x5b504,0x5b5fd,0x5b604,0x5b6fd,0x5b704,0x5b7fd,0x5b804,
0x5b8fd,0x5b904,0x5b9fd,0x5ba04,0x5bafd,0x5bb04,0x5bbfd,0x5bc05,0x5c011,0x5c04f,0x5c070,0x5c08f,
0x5c0b0,0x5c0d1,0x5c12f,0x5c150,0x5c171,0x5c18f,0x5c1b0,0x5c1d1,0x5c2ec,0x5c311,0x5c34c,0x5c371,
0x5c38f,0x5c3b0,0x5c3d1,0x5c40f,0x5c430,0x5c44d,0x5c46e,0x5c48d,0x5c4ae,0x5c4cd,0x5c4ee,0x5c50d,
0x5c52e,0x5c551,0x5c5e3,0x5c611,0x5c74c,0x5c791,0x5c80c,0x5c831,0x5c84d,0x5c871,0x5ca15,0x5ca51,
0x5caad,0x5cace,0x5caed,0x5cb0e,0x5cb2d,0x5cb4e,0x5cb6d,0x5cb8e,0x5cbac,0x5cbdd,0x5d015,0x5d35d,
0x5d375,0x5de9d,0x5e015,0x5fadd,0x5fe15,0x5ff9d,0x60016,0x60031,0x60095,0x600a3,0x600c4,0x600e9,
0x6010d,0x6012e,0x6014d,0x6016e,0x6018d,0x601ae,0x601cd,0x601ee,0x6020d,0x6022e,0x60255,0x6028d,
0x602ae,0x602cd,0x602ee,0x6030d,0x6032e,0x6034d,0x6036e,0x6038c,0x603ad,0x603ce,0x60415,0x60429,
0x60545,0x605c6,0x6060c,0x60623,0x606d5,0x60709,0x60763,0x60784,0x607b1,0x607d5,0x6081d,0x60824,
0x612fd,0x61325,0x61374,0x613a3,0x613e4,0x6140c,0x61424,0x61f71,0x61f83,0x61fe4,0x6201d,0x620a4,
0x6261d,0x62624,0x631fd,0x63215,0x6324a,0x632d5,0x63404,0x63815,0x63c9d,0x63e04,0x64015,0x643fd,
0x6440a,0x64555,0x6490a,0x64a15,0x64a2a,0x64c15,0x6500a,0x65155,0x6562a,0x65815,0x68004,0x9b815,
0x9c004,0x1402a3,0x1402c4,0x1491bd,0x149215,0x1498fd,0x149a04,0x149f03,0x149fd1,0x14a004,0x14c183,
0x14c1b1,0x14c204,0x14c408,0x14c544,0x14c59d,0x14c800,0x14c821,0x14c840,0x14c861,0x14c880,0x14c8a1,
0x14c8c0,0x14c8e1,0x14c900,0x14c921,0x14c940,0x14c961,0x14c980,0x14c9a1,0x14c9c0,0x14c9e1,0x14ca00,
0x14ca21,0x14ca40,0x14ca61,0x14ca80,0x14caa1,0x14cac0,0x14cae1,0x14cb00,0x14cb21,0x14cb40,0x14cb61,
0x14cb80,0x14cba1,0x14cbc0,0x14cbe1,0x14cc00,0x14cc21,0x14cc40,0x14cc61,0x14cc80,0x14cca1,0x14ccc0,
0x14cce1,0x14cd00,0x14cd21,0x14cd40,0x14cd61,0x14cd80,0x14cda1,0x14cdc4,0x14cde5,0x14ce07,0x14ce71,
0x14ce85,0x14cfd1,0x14cfe3,0x14d000,0x14d021,0x14d040,0x14d061,0x14d080,0x14d0a1,0x14d0c0,0x14d0e1,
0x14d100,0x14d121,0x14d140,0x14d161,0x14d180,0x14d1a1,0x14d1c0,0x14d1e1,0x14d200,0x14d221,0x14d240,
0x14d261,0x14d280,0x14d2a1,0x14d2c0,0x14d2e1,0x14d300,0x14d321,0x14d340,0x14d361,0x14d383,0x14d3c5,
0x14d404,0x14dcc9,0x14de05,0x14de51,0x14df1d,0x14e014,0x14e2e3,0x14e414,0x14e440,0x14e461,0x14e480,
0x14e4a1,0x14e4c0,0x14e4e1,0x14e500,0x14e521,0x14e540,0x14e561,0x14e580,0x14e5a1,0x14e5c0,0x14e5e1,
0x14e640,0x14e661,0x14e680,0x14e6a1,0x14e6c0,0x14e6e1,0x14e700,0x14e721,0x14e740,0x14e761,0x14e780,
0x14e7a1,0x14e7c0,0x14e7e1,0x14e800,0x14e821,0x14e840,0x14e861,0x14e880,0x14e8a1,0x14e8c0,0x14e8e1,
0x14e900,0x14e921,0x14e940,0x14e961,0x14e980,0x14e9a1,0x14e9c0,0x14e9e1,0x14ea00,0x14ea21,0x14ea40,
0x14ea61,0x14ea80,0x14eaa1,0x14eac0,0x14eae1,0x14eb00,0x14eb21,0x14eb40,0x14eb61,0x14eb80,0x14eba1,
0x14ebc0,0x14ebe1,0x14ec00,0x14ec21,0x14ec40,0x14ec61,0x14ec80,0x14eca1,0x14ecc0,0x14ece1,0x14ed00,
0x14ed21,0x14ed40,0x14ed61,0x14ed80,0x14eda1,0x14edc0,0x14ede1,0x14ee03,0x14ee21,0x14ef20,0x14ef41,
0x14ef60,0x14ef81,0x14efa0,0x14efe1,0x14f000,0x14f021,0x14f040,0x14f061,0x14f080,0x14f0a1,0x14f0c0,
0x14f0e1,0x14f103,0x14f134,0x14f160,0x14f181,0x14f1a0,0x14f1c1,0x14f1e4,0x14f200,0x14f221,0x14f240,
0x14f261,0x14f2c0,0x14f2e1,0x14f300,0x14f321,0x14f340,0x14f361,0x14f380,0x14f3a1,0x14f3c0,0x14f3e1,
0x14f400,0x14f421,0x14f440,0x14f461,0x14f480,0x14f4a1,0x14f4c0,0x14f4e1,0x14f500,0x14f521,0x14f540,
0x14f5e1,0x14f600,0x14f6a1,0x14f6c0,0x14f6e1,0x14f700,0x14f721,0x14f740,0x14f761,0x14f780,0x14f7a1,
0x14f7c0,0x14f7e1,0x14f800,0x14f821,0x14f840,0x14f861,0x14f880,0x14f901,0x14f920,0x14f941,0x14f97d,
0x14fa00,0x14fa21,0x14fa5d,0x14fa61,0x14fa9d,0x14faa1,0x14fac0,0x14fae1,0x14fb00,0x14fb21,0x14fb5d,
0x14fe43,0x14fea0,0x14fec1,0x14fee4,0x14ff03,0x14ff41,0x14ff64,0x150045,0x150064,0x1500c5,0x1500e4,
0x150165,0x150184,0x150466,0x1504a5,0x1504e6,0x150515,0x150585,0x1505bd,0x15060a,0x1506d5,0x150713,
0x150735,0x15075d,0x150804,0x150e91,0x150f1d,0x151006,0x151044,0x151686,0x151885,0x1518dd,0x1519d1,
0x151a08,0x151b5d,0x151c05,0x151e44,0x151f11,0x151f64,0x151f91,0x151fa4,0x151fe5,0x152008,0x152144,
0x1524c5,0x1525d1,0x152604,0x1528e5,0x152a46,0x152a9d,0x152bf1,0x152c04,0x152fbd,0x153005,0x153066,
0x153084,0x153665,0x153686,0x1536c5,0x153746,0x153785,0x1537c6,0x153831,0x1539dd,0x1539e3,0x153a08,
0x153b5d,0x153bd1,0x153c04,0x153ca5,0x153cc3,0x153ce4,0x153e08,0x153f44,0x153ffd,0x154004,0x154525,
0x1545e6,0x154625,0x154666,0x1546a5,0x1546fd,0x154804,0x154865,0x154884,0x154985,0x1549a6,0x1549dd,
0x154a08,0x154b5d,0x154b91,0x154c04,0x154e03,0x154e24,0x154ef5,0x154f44,0x154f66,0x154f85,0x154fa6,
0x154fc4,0x155605,0x155624,0x155645,0x1556a4,0x1556e5,0x155724,0x1557c5,0x155804,0x155825,0x155844,
0x15587d,0x155b64,0x155ba3,0x155bd1,0x155c04,0x155d66,0x155d85,0x155dc6,0x155e11,0x155e44,0x155e63,
0x155ea6,0x155ec5,0x155efd,0x156024,0x1560fd,0x156124,0x1561fd,0x156224,0x1562fd,0x156404,0x1564fd,
0x156504,0x1565fd,0x156601,0x156b74,0x156b83,0x156c01,0x156d23,0x156d54,0x156d9d,0x156e01,0x157804,
0x157c66,0x157ca5,0x157cc6,0x157d05,0x157d26,0x157d71,0x157d86,0x157da5,0x157ddd,0x157e08,0x157f5d,
0x158004,0x1af49d,0x1af604,0x1af8fd,0x1af964,0x1aff9d,0x1b001b,0x1c001c,0x1f2004,0x1f4ddd,0x1f4e04,
0x1f5b5d,0x1f6001,0x1f60fd,0x1f6261,0x1f631d,0x1f63a4,0x1f63c5,0x1f63e4,0x1f6532,0x1f6544,0x1f66fd,
0x1f6704,0x1f67bd,0x1f67c4,0x1f67fd,0x1f6804,0x1f685d,0x1f6864,0x1f68bd,0x1f68c4,0x1f7654,0x1f787d,
0x1f7a64,0x1fa7ce,0x1fa7ed,0x1fa815,0x1faa04,0x1fb21d,0x1fb244,0x1fb91d,0x1fb9f5,0x1fba1d,0x1fbe04,
0x1fbf93,0x1fbfb5,0x1fc005,0x1fc211,0x1fc2ed,0x1fc30e,0x1fc331,0x1fc35d,0x1fc405,0x1fc611,0x1fc62c,
0x1fc66b,0x1fc6ad,0x1fc6ce,0x1fc6ed,0x1fc70e,0x1fc72d,0x1fc74e,0x1fc76d,0x1fc78e,0x1fc7ad,0x1fc7ce,
0x1fc7ed,0x1fc80e,0x1fc82d,0x1fc84e,0x1fc86d,0x1fc88e,0x1fc8b1,0x1fc8ed,0x1fc90e,0x1fc931,0x1fc9ab,
0x1fca11,0x1fca7d,0x1fca91,0x1fcb0c,0x1fcb2d,0x1fcb4e,0x1fcb6d,0x1fcb8e,0x1fcbad,0x1fcbce,0x1fcbf1,
0x1fcc52,0x1fcc6c,0x1fcc92,0x1fccfd,0x1fcd11,0x1fcd33,0x1fcd51,0x1fcd9d,0x1fce04,0x1fcebd,0x1fcec4,
0x1fdfbd,0x1fdffa,0x1fe01d,0x1fe031,0x1fe093,0x1fe0b1,0x1fe10d,0x1fe12e,0x1fe151,0x1fe172,0x1fe191,
0x1fe1ac,0x1fe1d1,0x1fe208,0x1fe351,0x1fe392,0x1fe3f1,0x1fe420,0x1fe76d,0x1fe791,0x1fe7ae,0x1fe7d4,
0x1fe7eb,0x1fe814,0x1fe821,0x1feb6d,0x1feb92,0x1febae,0x1febd2,0x1febed,0x1fec0e,0x1fec31,0x1fec4d,
0x1fec6e,0x1fec91,0x1fecc4,0x1fee03,0x1fee24,0x1ff3c3,0x1ff404,0x1ff7fd,0x1ff844,0x1ff91d,0x1ff944,
0x1ffa1d,0x1ffa44,0x1ffb1d,0x1ffb44,0x1ffbbd,0x1ffc13,0x1ffc52,0x1ffc74,0x1ffc95,0x1ffcb3,0x1ffcfd,
0x1ffd15,0x1ffd32,0x1ffdb5,0x1ffdfd,0x1fff3a,0x1fff95,0x1fffdd,0x200004,0x20019d,0x2001a4,0x2004fd,
0x200504,0x20077d,0x200784,0x2007dd,0x2007e4,0x2009dd,0x200a04,0x200bdd,0x201004,0x201f7d,0x202011,
0x20207d,0x2020ea,0x20269d,0x2026f5,0x202809,0x202eaa,0x202f35,0x20314a,0x203195,0x2031fd,0x203215,
0x2033bd,0x203415,0x20343d,0x203a15,0x203fa5,0x203fdd,0x205004,0x2053bd,0x205404,0x205a3d,0x205c05,
0x205c2a,0x205f9d,0x206004,0x20640a,0x20649d,0x2065a4,0x206829,0x206844,0x206949,0x20697d,0x206a04,
0x206ec5,0x206f7d,0x207004,0x2073dd,0x2073f1,0x207404,0x20789d,0x207904,0x207a11,0x207a29,0x207add,
0x208000,0x208501,0x208a04,0x2093dd,0x209408,0x20955d,0x209600,0x209a9d,0x209b01,0x209f9d,0x20a004,
0x20a51d,0x20a604,0x20ac9d,0x20adf1,0x20ae00,0x20af7d,0x20af80,0x20b17d,0x20b180,0x20b27d,0x20b280,
0x20b2dd,0x20b2e1,0x20b45d,0x20b461,0x20b65d,0x20b661,0x20b75d,0x20b761,0x20b7bd,0x20c004,0x20e6fd,
0x20e804,0x20eadd,0x20ec04,0x20ed1d,0x20f003,0x20f0dd,0x20f0e3,0x20f63d,0x20f643,0x20f77d,0x210004,
0x2100dd,0x210104,0x21013d,0x210144,0x2106dd,0x2106e4,0x21073d,0x210784,0x2107bd,0x2107e4,0x210add,
0x210af1,0x210b0a,0x210c04,0x210ef5,0x210f2a,0x211004,0x2113fd,0x2114ea,0x21161d,0x211c04,0x211e7d,
0x211e84,0x211edd,0x211f6a,0x212004,0x2122ca,0x21239d,0x2123f1,0x212404,0x21275d,0x2127f1,0x21281d,
0x213004,0x21371d,0x21378a,0x2137c4,0x21380a,0x213a1d,0x213a4a,0x214004,0x214025,0x21409d,0x2140a5,
0x2140fd,0x214185,0x214204,0x21429d,0x2142a4,0x21431d,0x214324,0x2146dd,0x214705,0x21477d,0x2147e5,
0x21480a,0x21493d,0x214a11,0x214b3d,0x214c04,0x214faa,0x214ff1,0x215004,0x2153aa,0x21541d,0x215804,
0x215915,0x215924,0x215ca5,0x215cfd,0x215d6a,0x215e11,0x215efd,0x216004,0x2166dd,0x216731,0x216804,
0x216add,0x216b0a,0x216c04,0x216e7d,0x216f0a,0x217004,0x21725d,0x217331,0x2173bd,0x21752a,0x21761d,
0x218004,0x21893d,0x219000,0x21967d,0x219801,0x219e7d,0x219f4a,0x21a004,0x21a485,0x21a51d,0x21a608,
0x21a75d,0x21cc0a,0x21cffd,0x21d004,0x21d55d,0x21d565,0x21d5ac,0x21d5dd,0x21d604,0x21d65d,0x21dfa5,
0x21e004,0x21e3aa,0x21e4e4,0x21e51d,0x21e604,0x21e8c5,0x21ea2a,0x21eab1,0x21eb5d,0x21ee04,0x21f045,
0x21f0d1,0x21f15d,0x21f604,0x21f8aa,0x21f99d,0x21fc04,0x21fefd,0x220006,0x220025,0x220046,0x220064,
0x220705,0x2208f1,0x2209dd,0x220a4a,0x220cc8,0x220e05,0x220e24,0x220e65,0x220ea4,0x220edd,0x220fe5,
0x221046,0x221064,0x221606,0x221665,0x2216e6,0x221725,0x221771,0x2217ba,0x2217d1,0x221845,0x22187d,
0x2219ba,0x2219dd,0x221a04,0x221d3d,0x221e08,0x221f5d,0x222005,0x222064,0x2224e5,0x222586,0x2225a5,
0x2226bd,0x2226c8,0x222811,0x222884,0x2228a6,0x2228e4,0x22291d,0x222a04,0x222e65,0x222e91,0x222ec4,
0x222efd,0x223005,0x223046,0x223064,0x223666,0x2236c5,0x2237e6,0x223824,0x2238b1,0x223925,0x2239b1,
0x2239c6,0x2239e5,0x223a08,0x223b44,0x223b71,0x223b84,0x223bb1,0x223c1d,0x223c2a,0x223ebd,0x224004,
0x22425d,0x224264,0x224586,0x2245e5,0x224646,0x224685,0x2246a6,0x2246c5,0x224711,0x2247c5,0x2247e4,
0x224825,0x22485d,0x225004,0x2250fd,0x225104,0x22513d,0x225144,0x2251dd,0x2251e4,0x2253dd,0x2253e4,
0x225531,0x22555d,0x225604,0x225be5,0x225c06,0x225c65,0x225d7d,0x225e08,0x225f5d,0x226005,0x226046,
0x22609d,0x2260a4,0x2261bd,0x2261e4,0x22623d,0x226264,0x22653d,0x226544,0x22663d,0x226644,0x22669d,
0x2266a4,0x22675d,0x226765,0x2267a4,0x2267c6,0x226805,0x226826,0x2268bd,0x2268e6,0x22693d,0x226966,
0x2269dd,0x226a04,0x226a3d,0x226ae6,0x226b1d,0x226ba4,0x226c46,0x226c9d,0x226cc5,0x226dbd,0x226e05,
0x226ebd,0x228004,0x2286a6,0x228705,0x228806,0x228845,0x2288a6,0x2288c5,0x2288e4,0x228971,0x228a08,
0x228b51,0x228b9d,0x228bb1,0x228bc5,0x228be4,0x228c5d,0x229004,0x229606,0x229665,0x229726,0x229745,
0x229766,0x2297e5,0x229826,0x229845,0x229884,0x2298d1,0x2298e4,0x22991d,0x229a08,0x229b5d,0x22b004,
0x22b5e6,0x22b645,0x22b6dd,0x22b706,0x22b785,0x22b7c6,0x22b7e5,0x22b831,0x22bb04,0x22bb85,0x22bbdd,
0x22c004,0x22c606,0x22c665,0x22c766,0x22c7a5,0x22c7c6,0x22c7e5,0x22c831,0x22c884,0x22c8bd,0x22ca08,
0x22cb5d,0x22cc11,0x22cdbd,0x22d004,0x22d565,0x22d586,0x22d5a5,0x22d5c6,0x22d605,0x22d6c6,0x22d6e5,
0x22d704,0x22d731,0x22d75d,0x22d808,0x22d95d,0x22e004,0x22e37d,0x22e3a5,0x22e406,0x22e445,0x22e4c6,
0x22e4e5,0x22e59d,0x22e608,0x22e74a,0x22e791,0x22e7f5,0x22e804,0x22e8fd,0x230004,0x230586,0x2305e5,
0x230706,0x230725,0x230771,0x23079d,0x231400,0x231801,0x231c08,0x231d4a,0x231e7d,0x231fe4,0x2320fd,
0x232124,0x23215d,0x232184,0x23229d,0x2322a4,0x2322fd,0x232304,0x232606,0x2326dd,0x2326e6,0x23273d,
0x232765,0x2327a6,0x2327c5,0x2327e4,0x232806,0x232824,0x232846,0x232865,0x232891,0x2328fd,0x232a08,
0x232b5d,0x233404,0x23351d,0x233544,0x233a26,0x233a85,0x233b1d,0x233b45,0x233b86,0x233c05,0x233c24,
0x233c51,0x233c64,0x233c86,0x233cbd,0x234004,0x234025,0x234164,0x234665,0x234726,0x234744,0x234765,
0x2347f1,0x2348e5,0x23491d,0x234a04,0x234a25,0x234ae6,0x234b25,0x234b84,0x235145,0x2352e6,0x235305,
0x235351,0x2353a4,0x2353d1,0x23547d,0x235604,0x235f3d,0x236011,0x23615d,0x238004,0x23813d,0x238144,
0x2385e6,0x238605,0x2386fd,0x238705,0x2387c6,0x2387e5,0x238804,0x238831,0x2388dd,0x238a08,0x238b4a,
0x238dbd,0x238e11,0x238e44,0x23921d,0x239245,0x23951d,0x239526,0x239545,0x239626,0x239645,0x239686,
0x2396a5,0x2396fd,0x23a004,0x23a0fd,0x23a104,0x23a15d,0x23a164,0x23a625,0x23a6fd,0x23a745,0x23a77d,
0x23a785,0x23a7dd,0x23a7e5,0x23a8c4,0x23a8e5,0x23a91d,0x23aa08,0x23ab5d,0x23ac04,0x23acdd,0x23ace4,
0x23ad3d,0x23ad44,0x23b146,0x23b1fd,0x23b205,0x23b25d,0x23b266,0x23b2a5,0x23b2c6,0x23b2e5,0x23b304,
0x23b33d,0x23b408,0x23b55d,0x23dc04,0x23de65,0x23dea6,0x23def1,0x23df3d,0x23e005,0x23e044,0x23e066,
0x23e084,0x23e23d,0x23e244,0x23e686,0x23e6c5,0x23e77d,0x23e7c6,0x23e805,0x23e826,0x23e845,0x23e871,
0x23ea08,0x23eb5d,0x23f604,0x23f63d,0x23f80a,0x23fab5,0x23fbb3,0x23fc35,0x23fe5d,0x23fff1,0x240004,
0x24735d,0x248009,0x248dfd,0x248e11,0x248ebd,0x249004,0x24a89d,0x25f204,0x25fe31,0x25fe7d,0x260004,
0x26861a,0x268805,0x268824,0x2688e5,0x268add,0x288004,0x28c8fd,0x2d0004,0x2d473d,0x2d4804,0x2d4bfd,
0x2d4c08,0x2d4d5d,0x2d4dd1,0x2d4e04,0x2d57fd,0x2d5808,0x2d595d,0x2d5a04,0x2d5ddd,0x2d5e05,0x2d5eb1,
0x2d5edd,0x2d6004,0x2d6605,0x2d66f1,0x2d6795,0x2d6803,0x2d6891,0x2d68b5,0x2d68dd,0x2d6a08,0x2d6b5d,
0x2d6b6a,0x2d6c5d,0x2d6c64,0x2d6f1d,0x2d6fa4,0x2d721d,0x2dc800,0x2dcc01,0x2dd00a,0x2dd2f1,0x2dd37d,
0x2de004,0x2de97d,0x2de9e5,0x2dea04,0x2dea26,0x2df11d,0x2df1e5,0x2df263,0x2df41d,0x2dfc03,0x2dfc51,
0x2dfc63,0x2dfc85,0x2dfcbd,0x2dfe06,0x2dfe5d,0x2e0004,0x30ff1d,0x310004,0x319add,0x31a004,0x31a13d,
0x35fe03,0x35fe9d,0x35fea3,0x35ff9d,0x35ffa3,0x35fffd,0x360004,0x36247d,0x362644,0x36267d,0x362a04,
0x362a7d,0x362aa4,0x362add,0x362c84,0x362d1d,0x362e04,0x365f9d,0x378004,0x378d7d,0x378e04,0x378fbd,
0x379004,0x37913d,0x379204,0x37935d,0x379395,0x3793a5,0x3793f1,0x37941a,0x37949d,0x39e005,0x39e5dd,
0x39e605,0x39e8fd,0x39ea15,0x39f89d,0x3a0015,0x3a1edd,0x3a2015,0x3a24fd,0x3a2535,0x3a2ca6,0x3a2ce5,
0x3a2d55,0x3a2da6,0x3a2e7a,0x3a2f65,0x3a3075,0x3a30a5,0x3a3195,0x3a3545,0x3a35d5,0x3a3d7d,0x3a4015,
0x3a4845,0x3a48b5,0x3a48dd,0x3a580a,0x3a5a9d,0x3a5c0a,0x3a5e9d,0x3a6015,0x3a6afd,0x3a6c0a,0x3a6f3d,
0x3a8000,0x3a8341,0x3a8680,0x3a89c1,0x3a8abd,0x3a8ac1,0x3a8d00,0x3a9041,0x3a9380,0x3a93bd,0x3a93c0,
0x3a941d,0x3a9440,0x3a947d,0x3a94a0,0x3a94fd,0x3a9520,0x3a95bd,0x3a95c0,0x3a96c1,0x3a975d,0x3a9761,
0x3a979d,0x3a97a1,0x3a989d,0x3a98a1,0x3a9a00,0x3a9d41,0x3aa080,0x3aa0dd,0x3aa0e0,0x3aa17d,0x3aa1a0,
0x3aa2bd,0x3aa2c0,0x3aa3bd,0x3aa3c1,0x3aa700,0x3aa75d,0x3aa760,0x3aa7fd,0x3aa800,0x3aa8bd,0x3aa8c0,
0x3aa8fd,0x3aa940,0x3aaa3d,0x3aaa41,0x3aad80,0x3ab0c1,0x3ab400,0x3ab741,0x3aba80,0x3abdc1,0x3ac100,
0x3ac441,0x3ac780,0x3acac1,0x3ace00,0x3ad141,0x3ad4dd,0x3ad500,0x3ad832,0x3ad841,0x3adb72,0x3adb81,
0x3adc40,0x3adf72,0x3adf81,0x3ae2b2,0x3ae2c1,0x3ae380,0x3ae6b2,0x3ae6c1,0x3ae9f2,0x3aea01,0x3aeac0,
0x3aedf2,0x3aee01,0x3af132,0x3af141,0x3af200,0x3af532,0x3af541,0x3af872,0x3af881,0x3af940,0x3af961,
0x3af99d,0x3af9c8,0x3b0015,0x3b4005,0x3b46f5,0x3b4765,0x3b4db5,0x3b4ea5,0x3b4ed5,0x3b5085,0x3b50b5,
0x3b50f1,0x3b519d,0x3b5365,0x3b541d,0x3b5425,0x3b561d,0x3be001,0x3be144,0x3be161,0x3be3fd,0x3be4a1,
0x3be57d,0x3c0005,0x3c00fd,0x3c0105,0x3c033d,0x3c0365,0x3c045d,0x3c0465,0x3c04bd,0x3c04c5,0x3c057d,
0x3c0603,0x3c0ddd,0x3c11e5,0x3c121d,0x3c2004,0x3c25bd,0x3c2605,0x3c26e3,0x3c27dd,0x3c2808,0x3c295d,
0x3c29c4,0x3c29f5,0x3c2a1d,0x3c5204,0x3c55c5,0x3c55fd,0x3c5804,0x3c5d85,0x3c5e08,0x3c5f5d,0x3c5ff3,
0x3c601d,0x3c9a04,0x3c9d63,0x3c9d85,0x3c9e08,0x3c9f5d,0x3cfc04,0x3cfcfd,0x3cfd04,0x3cfd9d,0x3cfda4,
0x3cfdfd,0x3cfe04,0x3cfffd,0x3d0004,0x3d18bd,0x3d18ea,0x3d1a05,0x3d1afd,0x3d2000,0x3d2441,0x3d2885,
0x3d2963,0x3d299d,0x3d2a08,0x3d2b5d,0x3d2bd1,0x3d2c1d,0x3d8e2a,0x3d9595,0x3d95aa,0x3d9613,0x3d962a,
0x3d96bd,0x3da02a,0x3da5d5,0x3da5ea,0x3da7dd,0x3dc004,0x3dc09d,0x3dc0a4,0x3dc41d,0x3dc424,0x3dc47d,
0x3dc484,0x3dc4bd,0x3dc4e4,0x3dc51d,0x3dc524,0x3dc67d,0x3dc684,0x3dc71d,0x3dc724,0x3dc75d,0x3dc764,
0x3dc79d,0x3dc844,0x3dc87d,0x3dc8e4,0x3dc91d,0x3dc924,0x3dc95d,0x3dc964,0x3dc99d,0x3dc9a4,0x3dca1d,
0x3dca24,0x3dca7d,0x3dca84,0x3dcabd,0x3dcae4,0x3dcb1d,0x3dcb24,0x3dcb5d,0x3dcb64,0x3dcb9d,0x3dcba4,
0x3dcbdd,0x3dcbe4,0x3dcc1d,0x3dcc24,0x3dcc7d,0x3dcc84,0x3dccbd,0x3dcce4,0x3dcd7d,0x3dcd84,0x3dce7d,
0x3dce84,0x3dcf1d,0x3dcf24,0x3dcfbd,0x3dcfc4,0x3dcffd,0x3dd004,0x3dd15d,0x3dd164,0x3dd39d,0x3dd424,
0x3dd49d,0x3dd4a4,0x3dd55d,0x3dd564,0x3dd79d,0x3dde12,0x3dde5d,0x3e0015,0x3e059d,0x3e0615,0x3e129d,
0x3e1415,0x3e15fd,0x3e1635,0x3e181d,0x3e1835,0x3e1a1d,0x3e1a35,0x3e1edd,0x3e200a,0x3e21b5,0x3e35dd,
0x3e3cd5,0x3e407d,0x3e4215,0x3e479d,0x3e4815,0x3e493d,0x3e4a15,0x3e4a5d,0x3e4c15,0x3e4cdd,0x3e6015,
0x3e7f74,0x3e8015,0x3edb1d,0x3edb95,0x3eddbd,0x3ede15,0x3edfbd,0x3ee015,0x3eeefd,0x3eef75,0x3efb5d,
0x3efc15,0x3efd9d,0x3efe15,0x3efe3d,0x3f0015,0x3f019d,0x3f0215,0x3f091d,0x3f0a15,0x3f0b5d,0x3f0c15,
0x3f111d,0x3f1215,0x3f15dd,0x3f1615,0x3f165d,0x3f2015,0x3f4a9d,0x3f4c15,0x3f4ddd,0x3f4e15,0x3f4fbd,
0x3f5015,0x3f513d,0x3f5215,0x3f57dd,0x3f57f5,0x3f58dd,0x3f59d5,0x3f5b9d,0x3f5c15,0x3f5d3d,0x3f5e15,
0x3f5f3d,0x3f6015,0x3f727d,0x3f7295,0x3f797d,0x3f7e08,0x3f7f5d,0x400004,0x54dc1d,0x54e004,0x56e75d,
0x56e804,0x5703dd,0x570404,0x59d45d,0x59d604,0x5d7c3d,0x5f0004,0x5f43dd,0x600004,0x62697d,0x626a04,
0x64761d,0x1c0003a,0x1c0005d,0x1c0041a,0x1c0101d,0x1c02005,0x1c03e1d,0x1e0001c,0x1ffffdd,0x200001c,
0x21fffdd,
};
/* White_Space: first, last pairs */
static const uint32_t vkr__uc_space[20] = {
0x9,0xd,0x20,0x20,0x85,0x85,0xa0,0xa0,0x1680,0x1680,0x2000,0x200a,0x2028,0x2029,0x202f,0x202f,
0x205f,0x205f,0x3000,0x3000,
};
/* canonical combining class: start << 8 | ccc, up to the next start */
static const uint32_t vkr__uc_ccc_ranges[581] = {
0x0,0x300e6,0x315e8,0x316dc,0x31ae8,0x31bd8,0x31cdc,0x321ca,0x323dc,0x327ca,0x329dc,0x33401,0x339dc,
0x33de6,0x345f0,0x346e6,0x347dc,0x34ae6,0x34ddc,0x34f00,0x350e6,0x353dc,0x357e6,0x358e8,0x359dc,
0x35be6,0x35ce9,0x35dea,0x35fe9,0x360ea,0x362e9,0x363e6,0x37000,0x483e6,0x48800,0x591dc,0x592e6,
0x596dc,0x597e6,0x59ade,0x59bdc,0x59ce6,0x5a2dc,0x5a8e6,0x5aadc,0x5abe6,0x5adde,0x5aee4,0x5afe6,
0x5b00a,0x5b10b,0x5b20c,0x5b30d,0x5b40e,0x5b50f,0x5b610,0x5b711,0x5b812,0x5b913,0x5bb14,0x5bc15,
0x5bd16,0x5be00,0x5bf17,0x5c000,0x5c118,0x5c219,0x5c300,0x5c4e6,0x5c5dc,0x5c600,0x5c712,0x5c800,
0x610e6,0x6181e,0x6191f,0x61a20,0x61b00,0x64b1b,0x64c1c,0x64d1d,0x64e1e,0x64f1f,0x65020,0x65121,
0x65222,0x653e6,0x655dc,0x657e6,0x65cdc,0x65de6,0x65fdc,0x66000,0x67023,0x67100,0x6d6e6,0x6dd00,
0x6dfe6,0x6e3dc,0x6e4e6,0x6e500,0x6e7e6,0x6e900,0x6eadc,0x6ebe6,0x6eddc,0x6ee00,0x71124,0x71200,
0x730e6,0x731dc,0x732e6,0x734dc,0x735e6,0x737dc,0x73ae6,0x73bdc,0x73de6,0x73edc,0x73fe6,0x742dc,
0x743e6,0x744dc,0x745e6,0x746dc,0x747e6,0x748dc,0x749e6,0x74b00,0x7ebe6,0x7f2dc,0x7f3e6,0x7f400,
0x7fddc,0x7fe00,0x816e6,0x81a00,0x81be6,0x82400,0x825e6,0x82800,0x829e6,0x82e00,0x859dc,0x85c00,
0x898e6,0x899dc,0x89ce6,0x8a000,0x8cae6,0x8cfdc,0x8d4e6,0x8e200,0x8e3dc,0x8e4e6,0x8e6dc,0x8e7e6,
0x8e9dc,0x8eae6,0x8eddc,0x8f01b,0x8f11c,0x8f21d,0x8f3e6,0x8f6dc,0x8f7e6,0x8f9dc,0x8fbe6,0x90000,
0x93c07,0x93d00,0x94d09,0x94e00,0x951e6,0x952dc,0x953e6,0x95500,0x9bc07,0x9bd00,0x9cd09,0x9ce00,
0x9fee6,0x9ff00,0xa3c07,0xa3d00,0xa4d09,0xa4e00,0xabc07,0xabd00,0xacd09,0xace00,0xb3c07,0xb3d00,
0xb4d09,0xb4e00,0xbcd09,0xbce00,0xc3c07,0xc3d00,0xc4d09,0xc4e00,0xc5554,0xc565b,0xc5700,0xcbc07,
0xcbd00,0xccd09,0xcce00,0xd3b09,0xd3d00,0xd4d09,0xd4e00,0xdca09,0xdcb00,0xe3867,0xe3a09,0xe3b00,
0xe486b,0xe4c00,0xeb876,0xeba09,0xebb00,0xec87a,0xecc00,0xf18dc,0xf1a00,0xf35dc,0xf3600,0xf37dc,
0xf3800,0xf39d8,0xf3a00,0xf7181,0xf7282,0xf7300,0xf7484,0xf7500,0xf7a82,0xf7e00,0xf8082,0xf8100,
0xf82e6,0xf8409,0xf8500,0xf86e6,0xf8800,0xfc6dc,0xfc700,0x103707,0x103800,0x103909,0x103b00,
0x108ddc,0x108e00,0x135de6,0x136000,0x171409,0x171600,0x173409,0x173500,0x17d209,0x17d300,0x17dde6,
0x17de00,0x18a9e4,0x18aa00,0x1939de,0x193ae6,0x193bdc,0x193c00,0x1a17e6,0x1a18dc,0x1a1900,0x1a6009,
0x1a6100,0x1a75e6,0x1a7d00,0x1a7fdc,0x1a8000,0x1ab0e6,0x1ab5dc,0x1abbe6,0x1abddc,0x1abe00,0x1abfdc,
0x1ac1e6,0x1ac3dc,0x1ac5e6,0x1acadc,0x1acbe6,0x1acf00,0x1b3407,0x1b3500,0x1b4409,0x1b4500,0x1b6be6,
0x1b6cdc,0x1b6de6,0x1b7400,0x1baa09,0x1bac00,0x1be607,0x1be700,0x1bf209,0x1bf400,0x1c3707,0x1c3800,
0x1cd0e6,0x1cd300,0x1cd401,0x1cd5dc,0x1cdae6,0x1cdcdc,0x1ce0e6,0x1ce100,0x1ce201,0x1ce900,0x1ceddc,
0x1cee00,0x1cf4e6,0x1cf500,0x1cf8e6,0x1cfa00,0x1dc0e6,0x1dc2dc,0x1dc3e6,0x1dcadc,0x1dcbe6,0x1dcdea,
0x1dced6,0x1dcfdc,0x1dd0ca,0x1dd1e6,0x1df6e8,0x1df7e4,0x1df9dc,0x1dfada,0x1dfbe6,0x1dfce9,0x1dfddc,
0x1dfee6,0x1dffdc,0x1e0000,0x20d0e6,0x20d201,0x20d4e6,0x20d801,0x20dbe6,0x20dd00,0x20e1e6,0x20e200,
0x20e501,0x20e7e6,0x20e8dc,0x20e9e6,0x20ea01,0x20ecdc,0x20f0e6,0x20f100,0x2cefe6,0x2cf200,0x2d7f09,
0x2d8000,0x2de0e6,0x2e0000,0x302ada,0x302be4,0x302ce8,0x302dde,0x302ee0,0x303000,0x309908,0x309b00,
0xa66fe6,0xa67000,0xa674e6,0xa67e00,0xa69ee6,0xa6a000,0xa6f0e6,0xa6f200,0xa80609,0xa80700,0xa82c09,
0xa82d00,0xa8c409,0xa8c500,0xa8e0e6,0xa8f200,0xa92bdc,0xa92e00,0xa95309,0xa95400,0xa9b307,0xa9b400,
0xa9c009,0xa9c100,0xaab0e6,0xaab100,0xaab2e6,0xaab4dc,0xaab500,0xaab7e6,0xaab900,0xaabee6,0xaac000,
0xaac1e6,0xaac200,0xaaf609,0xaaf700,0xabed09,0xabee00,0xfb1e1a,0xfb1f00,0xfe20e6,0xfe27dc,0xfe2ee6,
0xfe3000,0x101fddc,0x101fe00,0x102e0dc,0x102e100,0x10376e6,0x1037b00,0x10a0ddc,0x10a0e00,0x10a0fe6,
0x10a1000,0x10a38e6,0x10a3901,0x10a3adc,0x10a3b00,0x10a3f09,0x10a4000,0x10ae5e6,0x10ae6dc,0x10ae700,
0x10d24e6,0x10d2800,0x10eabe6,0x10ead00,0x10efddc,0x10f0000,0x10f46dc,0x10f48e6,0x10f4bdc,0x10f4ce6,
0x10f4ddc,0x10f5100,0x10f82e6,0x10f83dc,0x10f84e6,0x10f85dc,0x10f8600,0x1104609,0x1104700,0x1107009,
0x1107100,0x1107f09,0x1108000,0x110b909,0x110ba07,0x110bb00,0x11100e6,0x1110300,0x1113309,0x1113500,
0x1117307,0x1117400,0x111c009,0x111c100,0x111ca07,0x111cb00,0x1123509,0x1123607,0x1123700,0x112e907,
0x112ea09,0x112eb00,0x1133b07,0x1133d00,0x1134d09,0x1134e00,0x11366e6,0x1136d00,0x11370e6,0x1137500,
0x1144209,0x1144300,0x1144607,0x1144700,0x1145ee6,0x1145f00,0x114c209,0x114c307,0x114c400,0x115bf09,
0x115c007,0x115c100,0x1163f09,0x1164000,0x116b609,0x116b707,0x116b800,0x1172b09,0x1172c00,0x1183909,
0x1183a07,0x1183b00,0x1193d09,0x1193f00,0x1194307,0x1194400,0x119e009,0x119e100,0x11a3409,0x11a3500,
0x11a4709,0x11a4800,0x11a9909,0x11a9a00,0x11c3f09,0x11c4000,0x11d4207,0x11d4300,0x11d4409,0x11d4600,
0x11d9709,0x11d9800,0x11f4109,0x11f4300,0x16af001,0x16af500,0x16b30e6,0x16b3700,0x16ff006,0x16ff200,
0x1bc9e01,0x1bc9f00,0x1d165d8,0x1d16701,0x1d16a00,0x1d16de2,0x1d16ed8,0x1d17300,0x1d17bdc,0x1d18300,
0x1d185e6,0x1d18adc,0x1d18c00,0x1d1aae6,0x1d1ae00,0x1d242e6,0x1d24500,0x1e000e6,0x1e00700,0x1e008e6,
0x1e01900,0x1e01be6,0x1e02200,0x1e023e6,0x1e02500,0x1e026e6,0x1e02b00,0x1e08fe6,0x1e09000,0x1e130e6,
0x1e13700,0x1e2aee6,0x1e2af00,0x1e2ece6,0x1e2f000,0x1e4ece8,0x1e4eedc,0x1e4efe6,0x1e4f000,0x1e8d0dc,
0x1e8d700,0x1e944e6,0x1e94a07,0x1e94b00,
};
/* normalizer class (see vkr__uc_nclass): start << 4 | NFKC << 2 | NFC */
static const uint32_t vkr__uc_nq[948] = {
0x0,0xa04,0xa10,0xa84,0xa90,0xaa4,0xab0,0xaf4,0xb00,0xb24,0xb60,0xb84,0xbb0,0xbc4,0xbf0,0x1324,
0x1340,0x13f4,0x1410,0x1494,0x14a0,0x17f4,0x1800,0x1c44,0x1cd0,0x1f14,0x1f40,0x2b04,0x2b90,0x2d84,
0x2de0,0x2e04,0x2e50,0x300a,0x34f0,0x350a,0x3700,0x3745,0x3750,0x37a4,0x37b0,0x37e5,0x37f0,0x3844,
0x3860,0x3875,0x3880,0x3d04,0x3d70,0x3f04,0x3f30,0x3f44,0x3f60,0x3f94,0x3fa0,0x483a,0x4880,0x5874,
0x5880,0x591a,0x5be0,0x5bfa,0x5c00,0x5c1a,0x5c30,0x5c4a,0x5c60,0x5c7a,0x5c80,0x610a,0x61b0,0x64ba,
0x6600,0x670a,0x6710,0x6754,0x6790,0x6d6a,0x6dd0,0x6dfa,0x6e50,0x6e7a,0x6e90,0x6eaa,0x6ee0,0x711a,
0x7120,0x730a,0x74b0,0x7eba,0x7f40,0x7fda,0x7fe0,0x816a,0x81a0,0x81ba,0x8240,0x825a,0x8280,0x829a,
0x82e0,0x859a,0x85c0,0x898a,0x8a00,0x8caa,0x8e20,0x8e3a,0x9000,0x93ca,0x93d0,0x94da,0x94e0,0x951a,
0x9550,0x9585,0x9600,0x9bca,0x9bd0,0x9bea,0x9bf0,0x9cda,0x9ce0,0x9d7a,0x9d80,0x9dc5,0x9de0,0x9df5,
0x9e00,0x9fea,0x9ff0,0xa335,0xa340,0xa365,0xa370,0xa3ca,0xa3d0,0xa4da,0xa4e0,0xa595,0xa5c0,0xa5e5,
0xa5f0,0xabca,0xabd0,0xacda,0xace0,0xb3ca,0xb3d0,0xb3ea,0xb3f0,0xb4da,0xb4e0,0xb56a,0xb580,0xb5c5,
0xb5e0,0xbbea,0xbbf0,0xbcda,0xbce0,0xbd7a,0xbd80,0xc3ca,0xc3d0,0xc4da,0xc4e0,0xc55a,0xc570,0xcbca,
0xcbd0,0xcc2a,0xcc30,0xccda,0xcce0,0xcd5a,0xcd70,0xd3ba,0xd3d0,0xd3ea,0xd3f0,0xd4da,0xd4e0,0xd57a,
0xd580,0xdcaa,0xdcb0,0xdcfa,0xdd00,0xddfa,0xde00,0xe334,0xe340,0xe38a,0xe3b0,0xe48a,0xe4c0,0xeb34,
0xeb40,0xeb8a,0xebb0,0xec8a,0xecc0,0xedc4,0xede0,0xf0c4,0xf0d0,0xf18a,0xf1a0,0xf35a,0xf360,0xf37a,
0xf380,0xf39a,0xf3a0,0xf435,0xf440,0xf4d5,0xf4e0,0xf525,0xf530,0xf575,0xf580,0xf5c5,0xf5d0,0xf695,
0xf6a0,0xf71a,0xf765,0xf774,0xf785,0xf794,0xf7aa,0xf7e0,0xf80a,0xf850,0xf86a,0xf880,0xf935,0xf940,
0xf9d5,0xf9e0,0xfa25,0xfa30,0xfa75,0xfa80,0xfac5,0xfad0,0xfb95,0xfba0,0xfc6a,0xfc70,0x102ea,0x102f0,
0x1037a,0x10380,0x1039a,0x103b0,0x108da,0x108e0,0x10fc4,0x10fd0,0x1161a,0x11760,0x11a8a,0x11c30,
0x135da,0x13600,0x1714a,0x17160,0x1734a,0x17350,0x17d2a,0x17d30,0x17dda,0x17de0,0x18a9a,0x18aa0,
0x1939a,0x193c0,0x1a17a,0x1a190,0x1a60a,0x1a610,0x1a75a,0x1a7d0,0x1a7fa,0x1a800,0x1ab0a,0x1abe0,
0x1abfa,0x1acf0,0x1b34a,0x1b360,0x1b44a,0x1b450,0x1b6ba,0x1b740,0x1baaa,0x1bac0,0x1be6a,0x1be70,
0x1bf2a,0x1bf40,0x1c37a,0x1c380,0x1cd0a,0x1cd30,0x1cd4a,0x1ce10,0x1ce2a,0x1ce90,0x1ceda,0x1cee0,
0x1cf4a,0x1cf50,0x1cf8a,0x1cfa0,0x1d2c4,0x1d2f0,0x1d304,0x1d3b0,0x1d3c4,0x1d4e0,0x1d4f4,0x1d6b0,
0x1d784,0x1d790,0x1d9b4,0x1dc0a,0x1e000,0x1e9a4,0x1e9c0,0x1f715,0x1f720,0x1f735,0x1f740,0x1f755,
0x1f760,0x1f775,0x1f780,0x1f795,0x1f7a0,0x1f7b5,0x1f7c0,0x1f7d5,0x1f7e0,0x1fbb5,0x1fbc0,0x1fbd4,
0x1fbe5,0x1fbf4,0x1fc20,0x1fc95,0x1fca0,0x1fcb5,0x1fcc0,0x1fcd4,0x1fd00,0x1fd35,0x1fd40,0x1fdb5,
0x1fdc0,0x1fdd4,0x1fe00,0x1fe35,0x1fe40,0x1feb5,0x1fec0,0x1fed4,0x1fee5,0x1ff00,0x1ff95,0x1ffa0,
0x1ffb5,0x1ffc0,0x1ffd5,0x1ffe4,0x1fff0,0x20005,0x20024,0x200b0,0x20114,0x20120,0x20174,0x20180,
0x20244,0x20270,0x202f4,0x20300,0x20334,0x20350,0x20364,0x20380,0x203c4,0x203d0,0x203e4,0x203f0,
0x20474,0x204a0,0x20574,0x20580,0x205f4,0x20600,0x20704,0x20720,0x20744,0x208f0,0x20904,0x209d0,
0x20a84,0x20a90,0x20d0a,0x20dd0,0x20e1a,0x20e20,0x20e5a,0x20f10,0x21004,0x21040,0x21054,0x21080,
0x21094,0x21140,0x21154,0x21170,0x21194,0x211e0,0x21204,0x21230,0x21244,0x21250,0x21265,0x21270,
0x21284,0x21290,0x212a5,0x212c4,0x212e0,0x212f4,0x21320,0x21334,0x213a0,0x213b4,0x21410,0x21454,
0x214a0,0x21504,0x21800,0x21894,0x218a0,0x222c4,0x222e0,0x222f4,0x22310,0x23295,0x232b0,0x24604,
0x24eb0,0x2a0c4,0x2a0d0,0x2a744,0x2a770,0x2adc5,0x2add0,0x2c7c4,0x2c7e0,0x2cefa,0x2cf20,0x2d6f4,
0x2d700,0x2d7fa,0x2d800,0x2de0a,0x2e000,0x2e9f4,0x2ea00,0x2ef34,0x2ef40,0x2f004,0x2fd60,0x30004,
0x30010,0x302aa,0x30300,0x30364,0x30370,0x30384,0x303b0,0x3099a,0x309b4,0x309d0,0x309f4,0x30a00,
0x30ff4,0x31000,0x31314,0x31338,0x31344,0x31358,0x31374,0x313a8,0x31404,0x314f8,0x31644,0x318f0,
0x31924,0x31a00,0x32004,0x321f0,0x32204,0x32480,0x32504,0x327f0,0x32804,0x34000,0xa66fa,0xa6700,
0xa674a,0xa67e0,0xa69c4,0xa69ea,0xa6a00,0xa6f0a,0xa6f20,0xa7704,0xa7710,0xa7f24,0xa7f50,0xa7f84,
0xa7fa0,0xa806a,0xa8070,0xa82ca,0xa82d0,0xa8c4a,0xa8c50,0xa8e0a,0xa8f20,0xa92ba,0xa92e0,0xa953a,
0xa9540,0xa9b3a,0xa9b40,0xa9c0a,0xa9c10,0xaab0a,0xaab10,0xaab2a,0xaab50,0xaab7a,0xaab90,0xaabea,
0xaac00,0xaac1a,0xaac20,0xaaf6a,0xaaf70,0xab5c4,0xab600,0xab694,0xab6a0,0xabeda,0xabee0,0xf9005,
0xfa0e0,0xfa105,0xfa110,0xfa125,0xfa130,0xfa155,0xfa1f0,0xfa205,0xfa210,0xfa225,0xfa230,0xfa255,
0xfa270,0xfa2a5,0xfa6e0,0xfa705,0xfada0,0xfb004,0xfb070,0xfb134,0xfb180,0xfb1d5,0xfb1ea,0xfb1f5,
0xfb204,0xfb2a5,0xfb370,0xfb385,0xfb3d0,0xfb3e5,0xfb3f0,0xfb405,0xfb420,0xfb435,0xfb450,0xfb465,
0xfb4f4,0xfbb20,0xfbd34,0xfd3e0,0xfd504,0xfd900,0xfd924,0xfdc80,0xfdf04,0xfdfd0,0xfe104,0xfe1a0,
0xfe20a,0xfe304,0xfe450,0xfe474,0xfe530,0xfe544,0xfe670,0xfe684,0xfe6c0,0xfe704,0xfe730,0xfe744,
0xfe750,0xfe764,0xfefd0,0xff014,0xff9e8,0xffa04,0xffa38,0xffa44,0xffa58,0xffa74,0xffaa8,0xffb04,
0xffbf0,0xffc28,0xffc80,0xffca8,0xffd00,0xffd28,0xffd80,0xffda8,0xffdd0,0xffe04,0xffe70,0xffe84,
0xffef0,0x101fda,0x101fe0,0x102e0a,0x102e10,0x10376a,0x1037b0,0x107814,0x107860,0x107874,0x107b10,
0x107b24,0x107bb0,0x10a0da,0x10a0e0,0x10a0fa,0x10a100,0x10a38a,0x10a3b0,0x10a3fa,0x10a400,0x10ae5a,
0x10ae70,0x10d24a,0x10d280,0x10eaba,0x10ead0,0x10efda,0x10f000,0x10f46a,0x10f510,0x10f82a,0x10f860,
0x11046a,0x110470,0x11070a,0x110710,0x1107fa,0x110800,0x110b9a,0x110bb0,0x11100a,0x111030,0x11127a,
0x111280,0x11133a,0x111350,0x11173a,0x111740,0x111c0a,0x111c10,0x111caa,0x111cb0,0x11235a,0x112370,
0x112e9a,0x112eb0,0x1133ba,0x1133d0,0x1133ea,0x1133f0,0x1134da,0x1134e0,0x11357a,0x113580,0x11366a,
0x1136d0,0x11370a,0x113750,0x11442a,0x114430,0x11446a,0x114470,0x1145ea,0x1145f0,0x114b0a,0x114b10,
0x114baa,0x114bb0,0x114bda,0x114be0,0x114c2a,0x114c40,0x115afa,0x115b00,0x115bfa,0x115c10,0x1163fa,
0x116400,0x116b6a,0x116b80,0x1172ba,0x1172c0,0x11839a,0x1183b0,0x11930a,0x119310,0x1193da,0x1193f0,
0x11943a,0x119440,0x119e0a,0x119e10,0x11a34a,0x11a350,0x11a47a,0x11a480,0x11a99a,0x11a9a0,0x11c3fa,
0x11c400,0x11d42a,0x11d430,0x11d44a,0x11d460,0x11d97a,0x11d980,0x11f41a,0x11f430,0x16af0a,0x16af50,
0x16b30a,0x16b370,0x16ff0a,0x16ff20,0x1bc9ea,0x1bc9f0,0x1d15e5,0x1d165a,0x1d16a0,0x1d16da,0x1d1730,
0x1d17ba,0x1d1830,0x1d185a,0x1d18c0,0x1d1aaa,0x1d1ae0,0x1d1bb5,0x1d1c10,0x1d242a,0x1d2450,0x1d4004,
0x1d4550,0x1d4564,0x1d49d0,0x1d49e4,0x1d4a00,0x1d4a24,0x1d4a30,0x1d4a54,0x1d4a70,0x1d4a94,0x1d4ad0,
0x1d4ae4,0x1d4ba0,0x1d4bb4,0x1d4bc0,0x1d4bd4,0x1d4c40,0x1d4c54,0x1d5060,0x1d5074,0x1d50b0,0x1d50d4,
0x1d5150,0x1d5164,0x1d51d0,0x1d51e4,0x1d53a0,0x1d53b4,0x1d53f0,0x1d5404,0x1d5450,0x1d5464,0x1d5470,
0x1d54a4,0x1d5510,0x1d5524,0x1d6a60,0x1d6a84,0x1d7cc0,0x1d7ce4,0x1d8000,0x1e000a,0x1e0070,0x1e008a,
0x1e0190,0x1e01ba,0x1e0220,0x1e023a,0x1e0250,0x1e026a,0x1e02b0,0x1e0304,0x1e06e0,0x1e08fa,0x1e0900,
0x1e130a,0x1e1370,0x1e2aea,0x1e2af0,0x1e2eca,0x1e2f00,0x1e4eca,0x1e4f00,0x1e8d0a,0x1e8d70,0x1e944a,
0x1e94b0,0x1ee004,0x1ee040,0x1ee054,0x1ee200,0x1ee214,0x1ee230,0x1ee244,0x1ee250,0x1ee274,0x1ee280,
0x1ee294,0x1ee330,0x1ee344,0x1ee380,0x1ee394,0x1ee3a0,0x1ee3b4,0x1ee3c0,0x1ee424,0x1ee430,0x1ee474,
0x1ee480,0x1ee494,0x1ee4a0,0x1ee4b4,0x1ee4c0,0x1ee4d4,0x1ee500,0x1ee514,0x1ee530,0x1ee544,0x1ee550,
0x1ee574,0x1ee580,0x1ee594,0x1ee5a0,0x1ee5b4,0x1ee5c0,0x1ee5d4,0x1ee5e0,0x1ee5f4,0x1ee600,0x1ee614,
0x1ee630,0x1ee644,0x1ee650,0x1ee674,0x1ee6b0,0x1ee6c4,0x1ee730,0x1ee744,0x1ee780,0x1ee794,0x1ee7d0,
0x1ee7e4,0x1ee7f0,0x1ee804,0x1ee8a0,0x1ee8b4,0x1ee9c0,0x1eea14,0x1eea40,0x1eea54,0x1eeaa0,0x1eeab4,
0x1eebc0,0x1f1004,0x1f10b0,0x1f1104,0x1f12f0,0x1f1304,0x1f1500,0x1f16a4,0x1f16d0,0x1f1904,0x1f1910,
0x1f2004,0x1f2030,0x1f2104,0x1f23c0,0x1f2404,0x1f2490,0x1f2504,0x1f2520,0x1fbf04,0x1fbfa0,0x2f8005,
0x2fa1e0,
};
/* decompositions: code points, and for each offset << 10 | canonical length << 5 |
   compatibility length in UTF-16 units of vkr__uc_dpool (canonical length 0: no
   canonical decomposition; compatibility length 0: the same as the canonical one,
   else it follows the canonical one) */
static const uint32_t vkr__uc_dcp[5857] = {
0xa0,0xa8,0xaa,0xaf,0xb2,0xb3,0xb4,0xb5,0xb8,0xb9,0xba,0xbc,0xbd,0xbe,0xc0,0xc1,0xc2,0xc3,0xc4,0xc5,
0xc7,0xc8,0xc9,0xca,0xcb,0xcc,0xcd,0xce,0xcf,0xd1,0xd2,0xd3,0xd4,0xd5,0xd6,0xd9,0xda,0xdb,0xdc,0xdd,
0xe0,0xe1,0xe2,0xe3,0xe4,0xe5,0xe7,0xe8,0xe9,0xea,0xeb,0xec,0xed,0xee,0xef,0xf1,0xf2,0xf3,0xf4,0xf5,
0xf6,0xf9,0xfa,0xfb,0xfc,0xfd,0xff,0x100,0x101,0x102,0x103,0x104,0x105,0x106,0x107,0x108,0x109,
0x10a,0x10b,0x10c,0x10d,0x10e,0x10f,0x112,0x113,0x114,0x115,0x116,0x117,0x118,0x119,0x11a,0x11b,
0x11c,0x11d,0x11e,0x11f,0x120,0x121,0x122,0x123,0x124,0x125,0x128,0x129,0x12a,0x12b,0x12c,0x12d,
0x12e,0x12f,0x130,0x132,0x133,0x134,0x135,0x136,0x137,0x139,0x13a,0x13b,0x13c,0x13d,0x13e,0x13f,
0x140,0x143,0x144,0x145,0x146,0x147,0x148,0x149,0x14c,0x14d,0x14e,0x14f,0x150,0x151,0x154,0x155,
0x156,0x157,0x158,0x159,0x15a,0x15b,0x15c,0x15d,0x15e,0x15f,0x160,0x161,0x162,0x163,0x164,0x165,
0x168,0x169,0x16a,0x16b,0x16c,0x16d,0x16e,0x16f,0x170,0x171,0x172,0x173,0x174,0x175,0x176,0x177,
0x178,0x179,0x17a,0x17b,0x17c,0x17d,0x17e,0x17f,0x1a0,0x1a1,0x1af,0x1b0,0x1c4,0x1c5,0x1c6,0x1c7,
0x1c8,0x1c9,0x1ca,0x1cb,0x1cc,0x1cd,0x1ce,0x1cf,0x1d0,0x1d1,0x1d2,0x1d3,0x1d4,0x1d5,0x1d6,0x1d7,
0x1d8,0x1d9,0x1da,0x1db,0x1dc,0x1de,0x1df,0x1e0,0x1e1,0x1e2,0x1e3,0x1e6,0x1e7,0x1e8,0x1e9,0x1ea,
0x1eb,0x1ec,0x1ed,0x1ee,0x1ef,0x1f0,0x1f1,0x1f2,0x1f3,0x1f4,0x1f5,0x1f8,0x1f9,0x1fa,0x1fb,0x1fc,
0x1fd,0x1fe,0x1ff,0x200,0x201,0x202,0x203,0x204,0x205,0x206,0x207,0x208,0x209,0x20a,0x20b,0x20c,
0x20d,0x20e,0x20f,0x210,0x211,0x212,0x213,0x214,0x215,0x216,0x217,0x218,0x219,0x21a,0x21b,0x21e,
0x21f,0x226,0x227,0x228,0x229,0x22a,0x22b,0x22c,0x22d,0x22e,0x22f,0x230,0x231,0x232,0x233,0x2b0,
0x2b1,0x2b2,0x2b3,0x2b4,0x2b5,0x2b6,0x2b7,0x2b8,0x2d8,0x2d9,0x2da,0x2db,0x2dc,0x2dd,0x2e0,0x2e1,
0x2e2,0x2e3,0x2e4,0x340,0x341,0x343,0x344,0x374,0x37a,0x37e,0x384,0x385,0x386,0x387,0x388,0x389,
0x38a,0x38c,0x38e,0x38f,0x390,0x3aa,0x3ab,0x3ac,0x3ad,0x3ae,0x3af,0x3b0,0x3ca,0x3cb,0x3cc,0x3cd,
0x3ce,0x3d0,0x3d1,0x3d2,0x3d3,0x3d4,0x3d5,0x3d6,0x3f0,0x3f1,0x3f2,0x3f4,0x3f5,0x3f9,0x400,0x401,
0x403,0x407,0x40c,0x40d,0x40e,0x419,0x439,0x450,0x451,0x453,0x457,0x45c,0x45d,0x45e,0x476,0x477,
0x4c1,0x4c2,0x4d0,0x4d1,0x4d2,0x4d3,0x4d6,0x4d7,0x4da,0x4db,0x4dc,0x4dd,0x4de,0x4df,0x4e2,0x4e3,
0x4e4,0x4e5,0x4e6,0x4e7,0x4ea,0x4eb,0x4ec,0x4ed,0x4ee,0x4ef,0x4f0,0x4f1,0x4f2,0x4f3,0x4f4,0x4f5,
0x4f8,0x4f9,0x587,0x622,0x623,0x624,0x625,0x626,0x675,0x676,0x677,0x678,0x6c0,0x6c2,0x6d3,0x929,
0x931,0x934,0x958,0x959,0x95a,0x95b,0x95c,0x95d,0x95e,0x95f,0x9cb,0x9cc,0x9dc,0x9dd,0x9df,0xa33,
0xa36,0xa59,0xa5a,0xa5b,0xa5e,0xb48,0xb4b,0xb4c,0xb5c,0xb5d,0xb94,0xbca,0xbcb,0xbcc,0xc48,0xcc0,
0xcc7,0xcc8,0xcca,0xccb,0xd4a,0xd4b,0xd4c,0xdda,0xddc,0xddd,0xdde,0xe33,0xeb3,0xedc,0xedd,0xf0c,
0xf43,0xf4d,0xf52,0xf57,0xf5c,0xf69,0xf73,0xf75,0xf76,0xf77,0xf78,0xf79,0xf81,0xf93,0xf9d,0xfa2,
0xfa7,0xfac,0xfb9,0x1026,0x10fc,0x1b06,0x1b08,0x1b0a,0x1b0c,0x1b0e,0x1b12,0x1b3b,0x1b3d,0x1b40,
0x1b41,0x1b43,0x1d2c,0x1d2d,0x1d2e,0x1d30,0x1d31,0x1d32,0x1d33,0x1d34,0x1d35,0x1d36,0x1d37,0x1d38,
0x1d39,0x1d3a,0x1d3c,0x1d3d,0x1d3e,0x1d3f,0x1d40,0x1d41,0x1d42,0x1d43,0x1d44,0x1d45,0x1d46,0x1d47,
0x1d48,0x1d49,0x1d4a,0x1d4b,0x1d4c,0x1d4d,0x1d4f,0x1d50,0x1d51,0x1d52,0x1d53,0x1d54,0x1d55,0x1d56,
0x1d57,0x1d58,0x1d59,0x1d5a,0x1d5b,0x1d5c,0x1d5d,0x1d5e,0x1d5f,0x1d60,0x1d61,0x1d62,0x1d63,0x1d64,
0x1d65,0x1d66,0x1d67,0x1d68,0x1d69,0x1d6a,0x1d78,0x1d9b,0x1d9c,0x1d9d,0x1d9e,0x1d9f,0x1da0,0x1da1,
0x1da2,0x1da3,0x1da4,0x1da5,0x1da6,0x1da7,0x1da8,0x1da9,0x1daa,0x1dab,0x1dac,0x1dad,0x1dae,0x1daf,
0x1db0,0x1db1,0x1db2,0x1db3,0x1db4,0x1db5,0x1db6,0x1db7,0x1db8,0x1db9,0x1dba,0x1dbb,0x1dbc,0x1dbd,
0x1dbe,0x1dbf,0x1e00,0x1e01,0x1e02,0x1e03,0x1e04,0x1e05,0x1e06,0x1e07,0x1e08,0x1e09,0x1e0a,0x1e0b,
0x1e0c,0x1e0d,0x1e0e,0x1e0f,0x1e10,0x1e11,0x1e12,0x1e13,0x1e14,0x1e15,0x1e16,0x1e17,0x1e18,0x1e19,
0x1e1a,0x1e1b,0x1e1c,0x1e1d,0x1e1e,0x1e1f,0x1e20,0x1e21,0x1e22,0x1e23,0x1e24,0x1e25,0x1e26,0x1e27,
0x1e28,0x1e29,0x1e2a,0x1e2b,0x1e2c,0x1e2d,0x1e2e,0x1e2f,0x1e30,0x1e31,0x1e32,0x1e33,0x1e34,0x1e35,
0x1e36,0x1e37,0x1e38,0x1e39,0x1e3a,0x1e3b,0x1e3c,0x1e3d,0x1e3e,0x1e3f,0x1e40,0x1e41,0x1e42,0x1e43,
0x1e44,0x1e45,0x1e46,0x1e47,0x1e48,0x1e49,0x1e4a,0x1e4b,0x1e4c,0x1e4d,0x1e4e,0x1e4f,0x1e50,0x1e51,
0x1e52,0x1e53,0x1e54,0x1e55,0x1e56,0x1e57,0x1e58,0x1e59,0x1e5a,0x1e5b,0x1e5c,0x1e5d,0x1e5e,0x1e5f,
0x1e60,0x1e61,0x1e62,0x1e63,0x1e64,0x1e65,0x1e66,0x1e67,0x1e68,0x1e69,0x1e6a,0x1e6b,0x1e6c,0x1e6d,
0x1e6e,0x1e6f,0x1e70,0x1e71,0x1e72,0x1e73,0x1e74,0x1e75,0x1e76,0x1e77,0x1e78,0x1e79,0x1e7a,0x1e7b,
0x1e7c,0x1e7d,0x1e7e,0x1e7f,0x1e80,0x1e81,0x1e82,0x1e83,0x1e84,0x1e85,0x1e86,0x1e87,0x1e88,0x1e89,
0x1e8a,0x1e8b,0x1e8c,0x1e8d,0x1e8e,0x1e8f,0x1e90,0x1e91,0x1e92,0x1e93,0x1e94,0x1e95,0x1e96,0x1e97,
0x1e98,0x1e99,0x1e9a,0x1e9b,0x1ea0,0x1ea1,0x1ea2,0x1ea3,0x1ea4,0x1ea5,0x1ea6,0x1ea7,0x1ea8,0x1ea9,
0x1eaa,0x1eab,0x1eac,0x1ead,0x1eae,0x1eaf,0x1eb0,0x1eb1,0x1eb2,0x1eb3,0x1eb4,0x1eb5,0x1eb6,0x1eb7,
0x1eb8,0x1eb9,0x1eba,0x1ebb,0x1ebc,0x1ebd,0x1ebe,0x1ebf,0x1ec0,0x1ec1,0x1ec2,0x1ec3,0x1ec4,0x1ec5,
0x1ec6,0x1ec7,0x1ec8,0x1ec9,0x1eca,0x1ecb,0x1ecc,0x1ecd,0x1ece,0x1ecf,0x1ed0,0x1ed1,0x1ed2,0x1ed3,
0x1ed4,0x1ed5,0x1ed6,0x1ed7,0x1ed8,0x1ed9,0x1eda,0x1edb,0x1edc,0x1edd,0x1ede,0x1edf,0x1ee0,0x1ee1,
0x1ee2,0x1ee3,0x1ee4,0x1ee5,0x1ee6,0x1ee7,0x1ee8,0x1ee9,0x1eea,0x1eeb,0x1eec,0x1eed,0x1eee,0x1eef,
0x1ef0,0x1ef1,0x1ef2,0x1ef3,0x1ef4,0x1ef5,0x1ef6,0x1ef7,0x1ef8,0x1ef9,0x1f00,0x1f01,0x1f02,0x1f03,
0x1f04,0x1f05,0x1f06,0x1f07,0x1f08,0x1f09,0x1f0a,0x1f0b,0x1f0c,0x1f0d,0x1f0e,0x1f0f,0x1f10,0x1f11,
0x1f12,0x1f13,0x1f14,0x1f15,0x1f18,0x1f19,0x1f1a,0x1f1b,0x1f1c,0x1f1d,0x1f20,0x1f21,0x1f22,0x1f23,
0x1f24,0x1f25,0x1f26,0x1f27,0x1f28,0x1f29,0x1f2a,0x1f2b,0x1f2c,0x1f2d,0x1f2e,0x1f2f,0x1f30,0x1f31,
0x1f32,0x1f33,0x1f34,0x1f35,0x1f36,0x1f37,0x1f38,0x1f39,0x1f3a,0x1f3b,0x1f3c,0x1f3d,0x1f3e,0x1f3f,
0x1f40,0x1f41,0x1f42,0x1f43,0x1f44,0x1f45,0x1f48,0x1f49,0x1f4a,0x1f4b,0x1f4c,0x1f4d,0x1f50,0x1f51,
0x1f52,0x1f53,0x1f54,0x1f55,0x1f56,0x1f57,0x1f59,0x1f5b,0x1f5d,0x1f5f,0x1f60,0x1f61,0x1f62,0x1f63,
0x1f64,0x1f65,0x1f66,0x1f67,0x1f68,0x1f69,0x1f6a,0x1f6b,0x1f6c,0x1f6d,0x1f6e,0x1f6f,0x1f70,0x1f71,
0x1f72,0x1f73,0x1f74,0x1f75,0x1f76,0x1f77,0x1f78,0x1f79,0x1f7a,0x1f7b,0x1f7c,0x1f7d,0x1f80,0x1f81,
0x1f82,0x1f83,0x1f84,0x1f85,0x1f86,0x1f87,0x1f88,0x1f89,0x1f8a,0x1f8b,0x1f8c,0x1f8d,0x1f8e,0x1f8f,
0x1f90,0x1f91,0x1f92,0x1f93,0x1f94,0x1f95,0x1f96,0x1f97,0x1f98,0x1f99,0x1f9a,0x1f9b,0x1f9c,0x1f9d,
0x1f9e,0x1f9f,0x1fa0,0x1fa1,0x1fa2,0x1fa3,0x1fa4,0x1fa5,0x1fa6,0x1fa7,0x1fa8,0x1fa9,0x1faa,0x1fab,
0x1fac,0x1fad,0x1fae,0x1faf,0x1fb0,0x1fb1,0x1fb2,0x1fb3,0x1fb4,0x1fb6,0x1fb7,0x1fb8,0x1fb9,0x1fba,
0x1fbb,0x1fbc,0x1fbd,0x1fbe,0x1fbf,0x1fc0,0x1fc1,0x1fc2,0x1fc3,0x1fc4,0x1fc6,0x1fc7,0x1fc8,0x1fc9,
0x1fca,0x1fcb,0x1fcc,0x1fcd,0x1fce,0x1fcf,0x1fd0,0x1fd1,0x1fd2,0x1fd3,0x1fd6,0x1fd7,0x1fd8,0x1fd9,
0x1fda,0x1fdb,0x1fdd,0x1fde,0x1fdf,0x1fe0,0x1fe1,0x1fe2,0x1fe3,0x1fe4,0x1fe5,0x1fe6,0x1fe7,0x1fe8,
0x1fe9,0x1fea,0x1feb,0x1fec,0x1fed,0x1fee,0x1fef,0x1ff2,0x1ff3,0x1ff4,0x1ff6,0x1ff7,0x1ff8,0x1ff9,
0x1ffa,0x1ffb,0x1ffc,0x1ffd,0x1ffe,0x2000,0x2001,0x2002,0x2003,0x2004,0x2005,0x2006,0x2007,0x2008,
0x2009,0x200a,0x2011,0x2017,0x2024,0x2025,0x2026,0x202f,0x2033,0x2034,0x2036,0x2037,0x203c,0x203e,
0x2047,0x2048,0x2049,0x2057,0x205f,0x2070,0x2071,0x2074,0x2075,0x2076,0x2077,0x2078,0x2079,0x207a,
0x207b,0x207c,0x207d,0x207e,0x207f,0x2080,0x2081,0x2082,0x2083,0x2084,0x2085,0x2086,0x2087,0x2088,
0x2089,0x208a,0x208b,0x208c,0x208d,0x208e,0x2090,0x2091,0x2092,0x2093,0x2094,0x2095,0x2096,0x2097,
0x2098,0x2099,0x209a,0x209b,0x209c,0x20a8,0x2100,0x2101,0x2102,0x2103,0x2105,0x2106,0x2107,0x2109,
0x210a,0x210b,0x210c,0x210d,0x210e,0x210f,0x2110,0x2111,0x2112,0x2113,0x2115,0x2116,0x2119,0x211a,
0x211b,0x211c,0x211d,0x2120,0x2121,0x2122,0x2124,0x2126,0x2128,0x212a,0x212b,0x212c,0x212d,0x212f,
0x2130,0x2131,0x2133,0x2134,0x2135,0x2136,0x2137,0x2138,0x2139,0x213b,0x213c,0x213d,0x213e,0x213f,
0x2140,0x2145,0x2146,0x2147,0x2148,0x2149,0x2150,0x2151,0x2152,0x2153,0x2154,0x2155,0x2156,0x2157,
0x2158,0x2159,0x215a,0x215b,0x215c,0x215d,0x215e,0x215f,0x2160,0x2161,0x2162,0x2163,0x2164,0x2165,
0x2166,0x2167,0x2168,0x2169,0x216a,0x216b,0x216c,0x216d,0x216e,0x216f,0x2170,0x2171,0x2172,0x2173,
0x2174,0x2175,0x2176,0x2177,0x2178,0x2179,0x217a,0x217b,0x217c,0x217d,0x217e,0x217f,0x2189,0x219a,
0x219b,0x21ae,0x21cd,0x21ce,0x21cf,0x2204,0x2209,0x220c,0x2224,0x2226,0x222c,0x222d,0x222f,0x2230,
0x2241,0x2244,0x2247,0x2249,0x2260,0x2262,0x226d,0x226e,0x226f,0x2270,0x2271,0x2274,0x2275,0x2278,
0x2279,0x2280,0x2281,0x2284,0x2285,0x2288,0x2289,0x22ac,0x22ad,0x22ae,0x22af,0x22e0,0x22e1,0x22e2,
0x22e3,0x22ea,0x22eb,0x22ec,0x22ed,0x2329,0x232a,0x2460,0x2461,0x2462,0x2463,0x2464,0x2465,0x2466,
0x2467,0x2468,0x2469,0x246a,0x246b,0x246c,0x246d,0x246e,0x246f,0x2470,0x2471,0x2472,0x2473,0x2474,
0x2475,0x2476,0x2477,0x2478,0x2479,0x247a,0x247b,0x247c,0x247d,0x247e,0x247f,0x2480,0x2481,0x2482,
0x2483,0x2484,0x2485,0x2486,0x2487,0x2488,0x2489,0x248a,0x248b,0x248c,0x248d,0x248e,0x248f,0x2490,
0x2491,0x2492,0x2493,0x2494,0x2495,0x2496,0x2497,0x2498,0x2499,0x249a,0x249b,0x249c,0x249d,0x249e,
0x249f,0x24a0,0x24a1,0x24a2,0x24a3,0x24a4,0x24a5,0x24a6,0x24a7,0x24a8,0x24a9,0x24aa,0x24ab,0x24ac,
0x24ad,0x24ae,0x24af,0x24b0,0x24b1,0x24b2,0x24b3,0x24b4,0x24b5,0x24b6,0x24b7,0x24b8,0x24b9,0x24ba,
0x24bb,0x24bc,0x24bd,0x24be,0x24bf,0x24c0,0x24c1,0x24c2,0x24c3,0x24c4,0x24c5,0x24c6,0x24c7,0x24c8,
0x24c9,0x24ca,0x24cb,0x24cc,0x24cd,0x24ce,0x24cf,0x24d0,0x24d1,0x24d2,0x24d3,0x24d4,0x24d5,0x24d6,
0x24d7,0x24d8,0x24d9,0x24da,0x24db,0x24dc,0x24dd,0x24de,0x24df,0x24e0,0x24e1,0x24e2,0x24e3,0x24e4,
0x24e5,0x24e6,0x24e7,0x24e8,0x24e9,0x24ea,0x2a0c,0x2a74,0x2a75,0x2a76,0x2adc,0x2c7c,0x2c7d,0x2d6f,
0x2e9f,0x2ef3,0x2f00,0x2f01,0x2f02,0x2f03,0x2f04,0x2f05,0x2f06,0x2f07,0x2f08,0x2f09,0x2f0a,0x2f0b,
0x2f0c,0x2f0d,0x2f0e,0x2f0f,0x2f10,0x2f11,0x2f12,0x2f13,0x2f14,0x2f15,0x2f16,0x2f17,0x2f18,0x2f19,
0x2f1a,0x2f1b,0x2f1c,0x2f1d,0x2f1e,0x2f1f,0x2f20,0x2f21,0x2f22,0x2f23,0x2f24,0x2f25,0x2f26,0x2f27,
0x2f28,0x2f29,0x2f2a,0x2f2b,0x2f2c,0x2f2d,0x2f2e,0x2f2f,0x2f30,0x2f31,0x2f32,0x2f33,0x2f34,0x2f35,
0x2f36,0x2f37,0x2f38,0x2f39,0x2f3a,0x2f3b,0x2f3c,0x2f3d,0x2f3e,0x2f3f,0x2f40,0x2f41,0x2f42,0x2f43,
0x2f44,0x2f45,0x2f46,0x2f47,0x2f48,0x2f49,0x2f4a,0x2f4b,0x2f4c,0x2f4d,0x2f4e,0x2f4f,0x2f50,0x2f51,
0x2f52,0x2f53,0x2f54,0x2f55,0x2f56,0x2f57,0x2f58,0x2f59,0x2f5a,0x2f5b,0x2f5c,0x2f5d,0x2f5e,0x2f5f,
0x2f60,0x2f61,0x2f62,0x2f63,0x2f64,0x2f65,0x2f66,0x2f67,0x2f68,0x2f69,0x2f6a,0x2f6b,0x2f6c,0x2f6d,
0x2f6e,0x2f6f,0x2f70,0x2f71,0x2f72,0x2f73,0x2f74,0x2f75,0x2f76,0x2f77,0x2f78,0x2f79,0x2f7a,0x2f7b,
0x2f7c,0x2f7d,0x2f7e,0x2f7f,0x2f80,0x2f81,0x2f82,0x2f83,0x2f84,0x2f85,0x2f86,0x2f87,0x2f88,0x2f89,
0x2f8a,0x2f8b,0x2f8c,0x2f8d,0x2f8e,0x2f8f,0x2f90,0x2f91,0x2f92,0x2f93,0x2f94,0x2f95,0x2f96,0x2f97,
0x2f98,0x2f99,0x2f9a,0x2f9b,0x2f9c,0x2f9d,0x2f9e,0x2f9f,0x2fa0,0x2fa1,0x2fa2,0x2fa3,0x2fa4,0x2fa5,
0x2fa6,0x2fa7,0x2fa8,0x2fa9,0x2faa,0x2fab,0x2fac,0x2fad,0x2fae,0x2faf,0x2fb0,0x2fb1,0x2fb2,0x2fb3,
0x2fb4,0x2fb5,0x2fb6,0x2fb7,0x2fb8,0x2fb9,0x2fba,0x2fbb,0x2fbc,0x2fbd,0x2fbe,0x2fbf,0x2fc0,0x2fc1,
0x2fc2,0x2fc3,0x2fc4,0x2fc5,0x2fc6,0x2fc7,0x2fc8,0x2fc9,0x2fca,0x2fcb,0x2fcc,0x2fcd,0x2fce,0x2fcf,
0x2fd0,0x2fd1,0x2fd2,0x2fd3,0x2fd4,0x2fd5,0x3000,0x3036,0x3038,0x3039,0x303a,0x304c,0x304e,0x3050,
0x3052,0x3054,0x3056,0x3058,0x305a,0x305c,0x305e,0x3060,0x3062,0x3065,0x3067,0x3069,0x3070,0x3071,
0x3073,0x3074,0x3076,0x3077,0x3079,0x307a,0x307c,0x307d,0x3094,0x309b,0x309c,0x309e,0x309f,0x30ac,
0x30ae,0x30b0,0x30b2,0x30b4,0x30b6,0x30b8,0x30ba,0x30bc,0x30be,0x30c0,0x30c2,0x30c5,0x30c7,0x30c9,
0x30d0,0x30d1,0x30d3,0x30d4,0x30d6,0x30d7,0x30d9,0x30da,0x30dc,0x30dd,0x30f4,0x30f7,0x30f8,0x30f9,
0x30fa,0x30fe,0x30ff,0x3131,0x3132,0x3133,0x3134,0x3135,0x3136,0x3137,0x3138,0x3139,0x313a,0x313b,
0x313c,0x313d,0x313e,0x313f,0x3140,0x3141,0x3142,0x3143,0x3144,0x3145,0x3146,0x3147,0x3148,0x3149,
0x314a,0x314b,0x314c,0x314d,0x314e,0x314f,0x3150,0x3151,0x3152,0x3153,0x3154,0x3155,0x3156,0x3157,
0x3158,0x3159,0x315a,0x315b,0x315c,0x315d,0x315e,0x315f,0x3160,0x3161,0x3162,0x3163,0x3164,0x3165,
0x3166,0x3167,0x3168,0x3169,0x316a,0x316b,0x316c,0x316d,0x316e,0x316f,0x3170,0x3171,0x3172,0x3173,
0x3174,0x3175,0x3176,0x3177,0x3178,0x3179,0x317a,0x317b,0x317c,0x317d,0x317e,0x317f,0x3180,0x3181,
0x3182,0x3183,0x3184,0x3185,0x3186,0x3187,0x3188,0x3189,0x318a,0x318b,0x318c,0x318d,0x318e,0x3192,
0x3193,0x3194,0x3195,0x3196,0x3197,0x3198,0x3199,0x319a,0x319b,0x319c,0x319d,0x319e,0x319f,0x3200,
0x3201,0x3202,0x3203,0x3204,0x3205,0x3206,0x3207,0x3208,0x3209,0x320a,0x320b,0x320c,0x320d,0x320e,
0x320f,0x3210,0x3211,0x3212,0x3213,0x3214,0x3215,0x3216,0x3217,0x3218,0x3219,0x321a,0x321b,0x321c,
0x321d,0x321e,0x3220,0x3221,0x3222,0x3223,0x3224,0x3225,0x3226,0x3227,0x3228,0x3229,0x322a,0x322b,
0x322c,0x322d,0x322e,0x322f,0x3230,0x3231,0x3232,0x3233,0x3234,0x3235,0x3236,0x3237,0x3238,0x3239,
0x323a,0x323b,0x323c,0x323d,0x323e,0x323f,0x3240,0x3241,0x3242,0x3243,0x3244,0x3245,0x3246,0x3247,
0x3250,0x3251,0x3252,0x3253,0x3254,0x3255,0x3256,0x3257,0x3258,0x3259,0x325a,0x325b,0x325c,0x325d,
0x325e,0x325f,0x3260,0x3261,0x3262,0x3263,0x3264,0x3265,0x3266,0x3267,0x3268,0x3269,0x326a,0x326b,
0x326c,0x326d,0x326e,0x326f,0x3270,0x3271,0x3272,0x3273,0x3274,0x3275,0x3276,0x3277,0x3278,0x3279,
0x327a,0x327b,0x327c,0x327d,0x327e,0x3280,0x3281,0x3282,0x3283,0x3284,0x3285,0x3286,0x3287,0x3288,
0x3289,0x328a,0x328b,0x328c,0x328d,0x328e,0x328f,0x3290,0x3291,0x3292,0x3293,0x3294,0x3295,0x3296,
0x3297,0x3298,0x3299,0x329a,0x329b,0x329c,0x329d,0x329e,0x329f,0x32a0,0x32a1,0x32a2,0x32a3,0x32a4,
0x32a5,0x32a6,0x32a7,0x32a8,0x32a9,0x32aa,0x32ab,0x32ac,0x32ad,0x32ae,0x32af,0x32b0,0x32b1,0x32b2,
0x32b3,0x32b4,0x32b5,0x32b6,0x32b7,0x32b8,0x32b9,0x32ba,0x32bb,0x32bc,0x32bd,0x32be,0x32bf,0x32c0,
0x32c1,0x32c2,0x32c3,0x32c4,0x32c5,0x32c6,0x32c7,0x32c8,0x32c9,0x32ca,0x32cb,0x32cc,0x32cd,0x32ce,
0x32cf,0x32d0,0x32d1,0x32d2,0x32d3,0x32d4,0x32d5,0x32d6,0x32d7,0x32d8,0x32d9,0x32da,0x32db,0x32dc,
0x32dd,0x32de,0x32df,0x32e0,0x32e1,0x32e2,0x32e3,0x32e4,0x32e5,0x32e6,0x32e7,0x32e8,0x32e9,0x32ea,
0x32eb,0x32ec,0x32ed,0x32ee,0x32ef,0x32f0,0x32f1,0x32f2,0x32f3,0x32f4,0x32f5,0x32f6,0x32f7,0x32f8,
0x32f9,0x32fa,0x32fb,0x32fc,0x32fd,0x32fe,0x32ff,0x3300,0x3301,0x3302,0x3303,0x3304,0x3305,0x3306,
0x3307,0x3308,0x3309,0x330a,0x330b,0x330c,0x330d,0x330e,0x330f,0x3310,0x3311,0x3312,0x3313,0x3314,
0x3315,0x3316,0x3317,0x3318,0x3319,0x331a,0x331b,0x331c,0x331d,0x331e,0x331f,0x3320,0x3321,0x3322,
0x3323,0x3324,0x3325,0x3326,0x3327,0x3328,0x3329,0x332a,0x332b,0x332c,0x332d,0x332e,0x332f,0x3330,
0x3331,0x3332,0x3333,0x3334,0x3335,0x3336,0x3337,0x3338,0x3339,0x333a,0x333b,0x333c,0x333d,0x333e,
0x333f,0x3340,0x3341,0x3342,0x3343,0x3344,0x3345,0x3346,0x3347,0x3348,0x3349,0x334a,0x334b,0x334c,
0x334d,0x334e,0x334f,0x3350,0x3351,0x3352,0x3353,0x3354,0x3355,0x3356,0x3357,0x3358,0x3359,0x335a,
0x335b,0x335c,0x335d,0x335e,0x335f,0x3360,0x3361,0x3362,0x3363,0x3364,0x3365,0x3366,0x3367,0x3368,
0x3369,0x336a,0x336b,0x336c,0x336d,0x336e,0x336f,0x3370,0x3371,0x3372,0x3373,0x3374,0x3375,0x3376,
0x3377,0x3378,0x3379,0x337a,0x337b,0x337c,0x337d,0x337e,0x337f,0x3380,0x3381,0x3382,0x3383,0x3384,
0x3385,0x3386,0x3387,0x3388,0x3389,0x338a,0x338b,0x338c,0x338d,0x338e,0x338f,0x3390,0x3391,0x3392,
0x3393,0x3394,0x3395,0x3396,0x3397,0x3398,0x3399,0x339a,0x339b,0x339c,0x339d,0x339e,0x339f,0x33a0,
0x33a1,0x33a2,0x33a3,0x33a4,0x33a5,0x33a6,0x33a7,0x33a8,0x33a9,0x33aa,0x33ab,0x33ac,0x33ad,0x33ae,
0x33af,0x33b0,0x33b1,0x33b2,0x33b3,0x33b4,0x33b5,0x33b6,0x33b7,0x33b8,0x33b9,0x33ba,0x33bb,0x33bc,
0x33bd,0x33be,0x33bf,0x33c0,0x33c1,0x33c2,0x33c3,0x33c4,0x33c5,0x33c6,0x33c7,0x33c8,0x33c9,0x33ca,
0x33cb,0x33cc,0x33cd,0x33ce,0x33cf,0x33d0,0x33d1,0x33d2,0x33d3,0x33d4,0x33d5,0x33d6,0x33d7,0x33d8,
0x33d9,0x33da,0x33db,0x33dc,0x33dd,0x33de,0x33df,0x33e0,0x33e1,0x33e2,0x33e3,0x33e4,0x33e5,0x33e6,
0x33e7,0x33e8,0x33e9,0x33ea,0x33eb,0x33ec,0x33ed,0x33ee,0x33ef,0x33f0,0x33f1,0x33f2,0x33f3,0x33f4,
0x33f5,0x33f6,0x33f7,0x33f8,0x33f9,0x33fa,0x33fb,0x33fc,0x33fd,0x33fe,0x33ff,0xa69c,0xa69d,0xa770,
0xa7f2,0xa7f3,0xa7f4,0xa7f8,0xa7f9,0xab5c,0xab5d,0xab5e,0xab5f,0xab69,0xf900,0xf901,0xf902,0xf903,
0xf904,0xf905,0xf906,0xf907,0xf908,0xf909,0xf90a,0xf90b,0xf90c,0xf90d,0xf90e,0xf90f,0xf910,0xf911,
0xf912,0xf913,0xf914,0xf915,0xf916,0xf917,0xf918,0xf919,0xf91a,0xf91b,0xf91c,0xf91d,0xf91e,0xf91f,
0xf920,0xf921,0xf922,0xf923,0xf924,0xf925,0xf926,0xf927,0xf928,0xf929,0xf92a,0xf92b,0xf92c,0xf92d,
0xf92e,0xf92f,0xf930,0xf931,0xf932,0xf933,0xf934,0xf935,0xf936,0xf937,0xf938,0xf939,0xf93a,0xf93b,
0xf93c,0xf93d,0xf93e,0xf93f,0xf940,0xf941,0xf942,0xf943,0xf944,0xf945,0xf946,0xf947,0xf948,0xf949,
0xf94a,0xf94b,0xf94c,0xf94d,0xf94e,0xf94f,0xf950,0xf951,0xf952,0xf953,0xf954,0xf955,0xf956,0xf957,
0xf958,0xf959,0xf95a,0xf95b,0xf95c,0xf95d,0xf95e,0xf95f,0xf960,0xf961,0xf962,0xf963,0xf964,0xf965,
0xf966,0xf967,0xf968,0xf969,0xf96a,0xf96b,0xf96c,0xf96d,0xf96e,0xf96f,0xf970,0xf971,0xf972,0xf973,
0xf974,0xf975,0xf976,0xf977,0xf978,0xf979,0xf97a,0xf97b,0xf97c,0xf97d,0xf97e,0xf97f,0xf980,0xf981,
0xf982,0xf983,0xf984,0xf985,0xf986,0xf987,0xf988,0xf989,0xf98a,0xf98b,0xf98c,0xf98d,0xf98e,0xf98f,
0xf990,0xf991,0xf992,0xf993,0xf994,0xf995,0xf996,0xf997,0xf998,0xf999,0xf99a,0xf99b,0xf99c,0xf99d,
0xf99e,0xf99f,0xf9a0,0xf9a1,0xf9a2,0xf9a3,0xf9a4,0xf9a5,0xf9a6,0xf9a7,0xf9a8,0xf9a9,0xf9aa,0xf9ab,
0xf9ac,0xf9ad,0xf9ae,0xf9af,0xf9b0,0xf9b1,0xf9b2,0xf9b3,0xf9b4,0xf9b5,0xf9b6,0xf9b7,0xf9b8,0xf9b9,
0xf9ba,0xf9bb,0xf9bc,0xf9bd,0xf9be,0xf9bf,0xf9c0,0xf9c1,0xf9c2,0xf9c3,0xf9c4,0xf9c5,0xf9c6,0xf9c7,
0xf9c8,0xf9c9,0xf9ca,0xf9cb,0xf9cc,0xf9cd,0xf9ce,0xf9cf,0xf9d0,0xf9d1,0xf9d2,0xf9d3,0xf9d4,0xf9d5,
0xf9d6,0xf9d7,0xf9d8,0xf9d9,0xf9da,0xf9db,0xf9dc,0xf9dd,0xf9de,0xf9df,0xf9e0,0xf9e1,0xf9e2,0xf9e3,
0xf9e4,0xf9e5,0xf9e6,0xf9e7,0xf9e8,0xf9e9,0xf9ea,0xf9eb,0xf9ec,0xf9ed,0xf9ee,0xf9ef,0xf9f0,0xf9f1,
0xf9f2,0xf9f3,0xf9f4,0xf9f5,0xf9f6,0xf9f7,0xf9f8,0xf9f9,0xf9fa,0xf9fb,0xf9fc,0xf9fd,0xf9fe,0xf9ff,
0xfa00,0xfa01,0xfa02,0xfa03,0xfa04,0xfa05,0xfa06,0xfa07,0xfa08,0xfa09,0xfa0a,0xfa0b,0xfa0c,0xfa0d,
0xfa10,0xfa12,0xfa15,0xfa16,0xfa17,0xfa18,0xfa19,0xfa1a,0xfa1b,0xfa1c,0xfa1d,0xfa1e,0xfa20,0xfa22,
0xfa25,0xfa26,0xfa2a,0xfa2b,0xfa2c,0xfa2d,0xfa2e,0xfa2f,0xfa30,0xfa31,0xfa32,0xfa33,0xfa34,0xfa35,
0xfa36,0xfa37,0xfa38,0xfa39,0xfa3a,0xfa3b,0xfa3c,0xfa3d,0xfa3e,0xfa3f,0xfa40,0xfa41,0xfa42,0xfa43,
0xfa44,0xfa45,0xfa46,0xfa47,0xfa48,0xfa49,0xfa4a,0xfa4b,0xfa4c,0xfa4d,0xfa4e,0xfa4f,0xfa50,0xfa51,
0xfa52,0xfa53,0xfa54,0xfa55,0xfa56,0xfa57,0xfa58,0xfa59,0xfa5a,0xfa5b,0xfa5c,0xfa5d,0xfa5e,0xfa5f,
0xfa60,0xfa61,0xfa62,0xfa63,0xfa64,0xfa65,0xfa66,0xfa67,0xfa68,0xfa69,0xfa6a,0xfa6b,0xfa6c,0xfa6d,
0xfa70,0xfa71,0xfa72,0xfa73,0xfa74,0xfa75,0xfa76,0xfa77,0xfa78,0xfa79,0xfa7a,0xfa7b,0xfa7c,0xfa7d,
0xfa7e,0xfa7f,0xfa80,0xfa81,0xfa82,0xfa83,0xfa84,0xfa85,0xfa86,0xfa87,0xfa88,0xfa89,0xfa8a,0xfa8b,
0xfa8c,0xfa8d,0xfa8e,0xfa8f,0xfa90,0xfa91,0xfa92,0xfa93,0xfa94,0xfa95,0xfa96,0xfa97,0xfa98,0xfa99,
0xfa9a,0xfa9b,0xfa9c,0xfa9d,0xfa9e,0xfa9f,0xfaa0,0xfaa1,0xfaa2,0xfaa3,0xfaa4,0xfaa5,0xfaa6,0xfaa7,
0xfaa8,0xfaa9,0xfaaa,0xfaab,0xfaac,0xfaad,0xfaae,0xfaaf,0xfab0,0xfab1,0xfab2,0xfab3,0xfab4,0xfab5,
0xfab6,0xfab7,0xfab8,0xfab9,0xfaba,0xfabb,0xfabc,0xfabd,0xfabe,0xfabf,0xfac0,0xfac1,0xfac2,0xfac3,
0xfac4,0xfac5,0xfac6,0xfac7,0xfac8,0xfac9,0xfaca,0xfacb,0xfacc,0xfacd,0xface,0xfacf,0xfad0,0xfad1,
0xfad2,0xfad3,0xfad4,0xfad5,0xfad6,0xfad7,0xfad8,0xfad9,0xfb00,0xfb01,0xfb02,0xfb03,0xfb04,0xfb05,
0xfb06,0xfb13,0xfb14,0xfb15,0xfb16,0xfb17,0xfb1d,0xfb1f,0xfb20,0xfb21,0xfb22,0xfb23,0xfb24,0xfb25,
0xfb26,0xfb27,0xfb28,0xfb29,0xfb2a,0xfb2b,0xfb2c,0xfb2d,0xfb2e,0xfb2f,0xfb30,0xfb31,0xfb32,0xfb33,
0xfb34,0xfb35,0xfb36,0xfb38,0xfb39,0xfb3a,0xfb3b,0xfb3c,0xfb3e,0xfb40,0xfb41,0xfb43,0xfb44,0xfb46,
0xfb47,0xfb48,0xfb49,0xfb4a,0xfb4b,0xfb4c,0xfb4d,0xfb4e,0xfb4f,0xfb50,0xfb51,0xfb52,0xfb53,0xfb54,
0xfb55,0xfb56,0xfb57,0xfb58,0xfb59,0xfb5a,0xfb5b,0xfb5c,0xfb5d,0xfb5e,0xfb5f,0xfb60,0xfb61,0xfb62,
0xfb63,0xfb64,0xfb65,0xfb66,0xfb67,0xfb68,0xfb69,0xfb6a,0xfb6b,0xfb6c,0xfb6d,0xfb6e,0xfb6f,0xfb70,
0xfb71,0xfb72,0xfb73,0xfb74,0xfb75,0xfb76,0xfb77,0xfb78,0xfb79,0xfb7a,0xfb7b,0xfb7c,0xfb7d,0xfb7e,
0xfb7f,0xfb80,0xfb81,0xfb82,0xfb83,0xfb84,0xfb85,0xfb86,0xfb87,0xfb88,0xfb89,0xfb8a,0xfb8b,0xfb8c,
0xfb8d,0xfb8e,0xfb8f,0xfb90,0xfb91,0xfb92,0xfb93,0xfb94,0xfb95,0xfb96,0xfb97,0xfb98,0xfb99,0xfb9a,
0xfb9b,0xfb9c,0xfb9d,0xfb9e,0xfb9f,0xfba0,0xfba1,0xfba2,0xfba3,0xfba4,0xfba5,0xfba6,0xfba7,0xfba8,
0xfba9,0xfbaa,0xfbab,0xfbac,0xfbad,0xfbae,0xfbaf,0xfbb0,0xfbb1,0xfbd3,0xfbd4,0xfbd5,0xfbd6,0xfbd7,
0xfbd8,0xfbd9,0xfbda,0xfbdb,0xfbdc,0xfbdd,0xfbde,0xfbdf,0xfbe0,0xfbe1,0xfbe2,0xfbe3,0xfbe4,0xfbe5,
0xfbe6,0xfbe7,0xfbe8,0xfbe9,0xfbea,0xfbeb,0xfbec,0xfbed,0xfbee,0xfbef,0xfbf0,0xfbf1,0xfbf2,0xfbf3,
0xfbf4,0xfbf5,0xfbf6,0xfbf7,0xfbf8,0xfbf9,0xfbfa,0xfbfb,0xfbfc,0xfbfd,0xfbfe,0xfbff,0xfc00,0xfc01,
0xfc02,0xfc03,0xfc04,0xfc05,0xfc06,0xfc07,0xfc08,0xfc09,0xfc0a,0xfc0b,0xfc0c,0xfc0d,0xfc0e,0xfc0f,
0xfc10,0xfc11,0xfc12,0xfc13,0xfc14,0xfc15,0xfc16,0xfc17,0xfc18,0xfc19,0xfc1a,0xfc1b,0xfc1c,0xfc1d,
0xfc1e,0xfc1f,0xfc20,0xfc21,0xfc22,0xfc23,0xfc24,0xfc25,0xfc26,0xfc27,0xfc28,0xfc29,0xfc2a,0xfc2b,
0xfc2c,0xfc2d,0xfc2e,0xfc2f,0xfc30,0xfc31,0xfc32,0xfc33,0xfc34,0xfc35,0xfc36,0xfc37,0xfc38,0xfc39,
0xfc3a,0xfc3b,0xfc3c,0xfc3d,0xfc3e,0xfc3f,0xfc40,0xfc41,0xfc42,0xfc43,0xfc44,0xfc45,0xfc46,0xfc47,
0xfc48,0xfc49,0xfc4a,0xfc4b,0xfc4c,0xfc4d,0xfc4e,0xfc4f,0xfc50,0xfc51,0xfc52,0xfc53,0xfc54,0xfc55,
0xfc56,0xfc57,0xfc58,0xfc59,0xfc5a,0xfc5b,0xfc5c,0xfc5d,0xfc5e,0xfc5f,0xfc60,0xfc61,0xfc62,0xfc63,
0xfc64,0xfc65,0xfc66,0xfc67,0xfc68,0xfc69,0xfc6a,0xfc6b,0xfc6c,0xfc6d,0xfc6e,0xfc6f,0xfc70,0xfc71,
0xfc72,0xfc73,0xfc74,0xfc75,0xfc76,0xfc77,0xfc78,0xfc79,0xfc7a,0xfc7b,0xfc7c,0xfc7d,0xfc7e,0xfc7f,
0xfc80,0xfc81,0xfc82,0xfc83,0xfc84,0xfc85,0xfc86,0xfc87,0xfc88,0xfc89,0xfc8a,0xfc8b,0xfc8c,0xfc8d,
0xfc8e,0xfc8f,0xfc90,0xfc91,0xfc92,0xfc93,0xfc94,0xfc95,0xfc96,0xfc97,0xfc98,0xfc99,0xfc9a,0xfc9b,
0xfc9c,0xfc9d,0xfc9e,0xfc9f,0xfca0,0xfca1,0xfca2,0xfca3,0xfca4,0xfca5,0xfca6,0xfca7,0xfca8,0xfca9,
0xfcaa,0xfcab,0xfcac,0xfcad,0xfcae,0xfcaf,0xfcb0,0xfcb1,0xfcb2,0xfcb3,0xfcb4,0xfcb5,0xfcb6,0xfcb7,
0xfcb8,0xfcb9,0xfcba,0xfcbb,0xfcbc,0xfcbd,0xfcbe,0xfcbf,0xfcc0,0xfcc1,0xfcc2,0xfcc3,0xfcc4,0xfcc5,
0xfcc6,0xfcc7,0xfcc8,0xfcc9,0xfcca,0xfccb,0xfccc,0xfccd,0xfcce,0xfccf,0xfcd0,0xfcd1,0xfcd2,0xfcd3,
0xfcd4,0xfcd5,0xfcd6,0xfcd7,0xfcd8,0xfcd9,0xfcda,0xfcdb,0xfcdc,0xfcdd,0xfcde,0xfcdf,0xfce0,0xfce1,
0xfce2,0xfce3,0xfce4,0xfce5,0xfce6,0xfce7,0xfce8,0xfce9,0xfcea,0xfceb,0xfcec,0xfced,0xfcee,0xfcef,
0xfcf0,0xfcf1,0xfcf2,0xfcf3,0xfcf4,0xfcf5,0xfcf6,0xfcf7,0xfcf8,0xfcf9,0xfcfa,0xfcfb,0xfcfc,0xfcfd,
0xfcfe,0xfcff,0xfd00,0xfd01,0xfd02,0xfd03,0xfd04,0xfd05,0xfd06,0xfd07,0xfd08,0xfd09,0xfd0a,0xfd0b,
0xfd0c,0xfd0d,0xfd0e,0xfd0f,0xfd10,0xfd11,0xfd12,0xfd13,0xfd14,0xfd15,0xfd16,0xfd17,0xfd18,0xfd19,
0xfd1a,0xfd1b,0xfd1c,0xfd1d,0xfd1e,0xfd1f,0xfd20,0xfd21,0xfd22,0xfd23,0xfd24,0xfd25,0xfd26,0xfd27,
0xfd28,0xfd29,0xfd2a,0xfd2b,0xfd2c,0xfd2d,0xfd2e,0xfd2f,0xfd30,0xfd31,0xfd32,0xfd33,0xfd34,0xfd35,
0xfd36,0xfd37,0xfd38,0xfd39,0xfd3a,0xfd3b,0xfd3c,0xfd3d,0xfd50,0xfd51,0xfd52,0xfd53,0xfd54,0xfd55,
0xfd56,0xfd57,0xfd58,0xfd59,0xfd5a,0xfd5b,0xfd5c,0xfd5d,0xfd5e,0xfd5f,0xfd60,0xfd61,0xfd62,0xfd63,
0xfd64,0xfd65,0xfd66,0xfd67,0xfd68,0xfd69,0xfd6a,0xfd6b,0xfd6c,0xfd6d,0xfd6e,0xfd6f,0xfd70,0xfd71,
0xfd72,0xfd73,0xfd74,0xfd75,0xfd76,0xfd77,0xfd78,0xfd79,0xfd7a,0xfd7b,0xfd7c,0xfd7d,0xfd7e,0xfd7f,
0xfd80,0xfd81,0xfd82,0xfd83,0xfd84,0xfd85,0xfd86,0xfd87,0xfd88,0xfd89,0xfd8a,0xfd8b,0xfd8c,0xfd8d,
0xfd8e,0xfd8f,0xfd92,0xfd93,0xfd94,0xfd95,0xfd96,0xfd97,0xfd98,0xfd99,0xfd9a,0xfd9b,0xfd9c,0xfd9d,
0xfd9e,0xfd9f,0xfda0,0xfda1,0xfda2,0xfda3,0xfda4,0xfda5,0xfda6,0xfda7,0xfda8,0xfda9,0xfdaa,0xfdab,
0xfdac,0xfdad,0xfdae,0xfdaf,0xfdb0,0xfdb1,0xfdb2,0xfdb3,0xfdb4,0xfdb5,0xfdb6,0xfdb7,0xfdb8,0xfdb9,
0xfdba,0xfdbb,0xfdbc,0xfdbd,0xfdbe,0xfdbf,0xfdc0,0xfdc1,0xfdc2,0xfdc3,0xfdc4,0xfdc5,0xfdc6,0xfdc7,
0xfdf0,0xfdf1,0xfdf2,0xfdf3,0xfdf4,0xfdf5,0xfdf6,0xfdf7,0xfdf8,0xfdf9,0xfdfa,0xfdfb,0xfdfc,0xfe10,
0xfe11,0xfe12,0xfe13,0xfe14,0xfe15,0xfe16,0xfe17,0xfe18,0xfe19,0xfe30,0xfe31,0xfe32,0xfe33,0xfe34,
0xfe35,0xfe36,0xfe37,0xfe38,0xfe39,0xfe3a,0xfe3b,0xfe3c,0xfe3d,0xfe3e,0xfe3f,0xfe40,0xfe41,0xfe42,
0xfe43,0xfe44,0xfe47,0xfe48,0xfe49,0xfe4a,0xfe4b,0xfe4c,0xfe4d,0xfe4e,0xfe4f,0xfe50,0xfe51,0xfe52,
0xfe54,0xfe55,0xfe56,0xfe57,0xfe58,0xfe59,0xfe5a,0xfe5b,0xfe5c,0xfe5d,0xfe5e,0xfe5f,0xfe60,0xfe61,
0xfe62,0xfe63,0xfe64,0xfe65,0xfe66,0xfe68,0xfe69,0xfe6a,0xfe6b,0xfe70,0xfe71,0xfe72,0xfe74,0xfe76,
0xfe77,0xfe78,0xfe79,0xfe7a,0xfe7b,0xfe7c,0xfe7d,0xfe7e,0xfe7f,0xfe80,0xfe81,0xfe82,0xfe83,0xfe84,
0xfe85,0xfe86,0xfe87,0xfe88,0xfe89,0xfe8a,0xfe8b,0xfe8c,0xfe8d,0xfe8e,0xfe8f,0xfe90,0xfe91,0xfe92,
0xfe93,0xfe94,0xfe95,0xfe96,0xfe97,0xfe98,0xfe99,0xfe9a,0xfe9b,0xfe9c,0xfe9d,0xfe9e,0xfe9f,0xfea0,
0xfea1,0xfea2,0xfea3,0xfea4,0xfea5,0xfea6,0xfea7,0xfea8,0xfea9,0xfeaa,0xfeab,0xfeac,0xfead,0xfeae,
0xfeaf,0xfeb0,0xfeb1,0xfeb2,0xfeb3,0xfeb4,0xfeb5,0xfeb6,0xfeb7,0xfeb8,0xfeb9,0xfeba,0xfebb,0xfebc,
0xfebd,0xfebe,0xfebf,0xfec0,0xfec1,0xfec2,0xfec3,0xfec4,0xfec5,0xfec6,0xfec7,0xfec8,0xfec9,0xfeca,
0xfecb,0xfecc,0xfecd,0xfece,0xfecf,0xfed0,0xfed1,0xfed2,0xfed3,0xfed4,0xfed5,0xfed6,0xfed7,0xfed8,
0xfed9,0xfeda,0xfedb,0xfedc,0xfedd,0xfede,0xfedf,0xfee0,0xfee1,0xfee2,0xfee3,0xfee4,0xfee5,0xfee6,
0xfee7,0xfee8,0xfee9,0xfeea,0xfeeb,0xfeec,0xfeed,0xfeee,0xfeef,0xfef0,0xfef1,0xfef2,0xfef3,0xfef4,
0xfef5,0xfef6,0xfef7,0xfef8,0xfef9,0xfefa,0xfefb,0xfefc,0xff01,0xff02,0xff03,0xff04,0xff05,0xff06,
0xff07,0xff08,0xff09,0xff0a,0xff0b,0xff0c,0xff0d,0xff0e,0xff0f,0xff10,0xff11,0xff12,0xff13,0xff14,
0xff15,0xff16,0xff17,0xff18,0xff19,0xff1a,0xff1b,0xff1c,0xff1d,0xff1e,0xff1f,0xff20,0xff21,0xff22,
0xff23,0xff24,0xff25,0xff26,0xff27,0xff28,0xff29,0xff2a,0xff2b,0xff2c,0xff2d,0xff2e,0xff2f,0xff30,
0xff31,0xff32,0xff33,0xff34,0xff35,0xff36,0xff37,0xff38,0xff39,0xff3a,0xff3b,0xff3c,0xff3d,0xff3e,
0xff3f,0xff40,0xff41,0xff42,0xff43,0xff44,0xff45,0xff46,0xff47,0xff48,0xff49,0xff4a,0xff4b,0xff4c,
0xff4d,0xff4e,0xff4f,0xff50,0xff51,0xff52,0xff53,0xff54,0xff55,0xff56,0xff57,0xff58,0xff59,0xff5a,
0xff5b,0xff5c,0xff5d,0xff5e,0xff5f,0xff60,0xff61,0xff62,0xff63,0xff64,0xff65,0xff66,0xff67,0xff68,
0xff69,0xff6a,0xff6b,0xff6c,0xff6d,0xff6e,0xff6f,0xff70,0xff71,0xff72,0xff73,0xff74,0xff75,0xff76,
0xff77,0xff78,0xff79,0xff7a,0xff7b,0xff7c,0xff7d,0xff7e,0xff7f,0xff80,0xff81,0xff82,0xff83,0xff84,
0xff85,0xff86,0xff87,0xff88,0xff89,0xff8a,0xff8b,0xff8c,0xff8d,0xff8e,0xff8f,0xff90,0xff91,0xff92,
0xff93,0xff94,0xff95,0xff96,0xff97,0xff98,0xff99,0xff9a,0xff9b,0xff9c,0xff9d,0xff9e,0xff9f,0xffa0,
0xffa1,0xffa2,0xffa3,0xffa4,0xffa5,0xffa6,0xffa7,0xffa8,0xffa9,0xffaa,0xffab,0xffac,0xffad,0xffae,
0xffaf,0xffb0,0xffb1,0xffb2,0xffb3,0xffb4,0xffb5,0xffb6,0xffb7,0xffb8,0xffb9,0xffba,0xffbb,0xffbc,
0xffbd,0xffbe,0xffc2,0xffc3,0xffc4,0xffc5,0xffc6,0xffc7,0xffca,0xffcb,0xffcc,0xffcd,0xffce,0xffcf,
0xffd2,0xffd3,0xffd4,0xffd5,0xffd6,0xffd7,0xffda,0xffdb,0xffdc,0xffe0,0xffe1,0xffe2,0xffe3,0xffe4,
0xffe5,0xffe6,0xffe8,0xffe9,0xffea,0xffeb,0xffec,0xffed,0xffee,0x10781,0x10782,0x10783,0x10784,
0x10785,0x10787,0x10788,0x10789,0x1078a,0x1078b,0x1078c,0x1078d,0x1078e,0x1078f,0x10790,0x10791,
0x10792,0x10793,0x10794,0x10795,0x10796,0x10797,0x10798,0x10799,0x1079a,0x1079b,0x1079c,0x1079d,
0x1079e,0x1079f,0x107a0,0x107a1,0x107a2,0x107a3,0x107a4,0x107a5,0x107a6,0x107a7,0x107a8,0x107a9,
0x107aa,0x107ab,0x107ac,0x107ad,0x107ae,0x107af,0x107b0,0x107b2,0x107b3,0x107b4,0x107b5,0x107b6,
0x107b7,0x107b8,0x107b9,0x107ba,0x1109a,0x1109c,0x110ab,0x1112e,0x1112f,0x1134b,0x1134c,0x114bb,
0x114bc,0x114be,0x115ba,0x115bb,0x11938,0x1d15e,0x1d15f,0x1d160,0x1d161,0x1d162,0x1d163,0x1d164,
0x1d1bb,0x1d1bc,0x1d1bd,0x1d1be,0x1d1bf,0x1d1c0,0x1d400,0x1d401,0x1d402,0x1d403,0x1d404,0x1d405,
0x1d406,0x1d407,0x1d408,0x1d409,0x1d40a,0x1d40b,0x1d40c,0x1d40d,0x1d40e,0x1d40f,0x1d410,0x1d411,
0x1d412,0x1d413,0x1d414,0x1d415,0x1d416,0x1d417,0x1d418,0x1d419,0x1d41a,0x1d41b,0x1d41c,0x1d41d,
0x1d41e,0x1d41f,0x1d420,0x1d421,0x1d422,0x1d423,0x1d424,0x1d425,0x1d426,0x1d427,0x1d428,0x1d429,
0x1d42a,0x1d42b,0x1d42c,0x1d42d,0x1d42e,0x1d42f,0x1d430,0x1d431,0x1d432,0x1d433,0x1d434,0x1d435,
0x1d436,0x1d437,0x1d438,0x1d439,0x1d43a,0x1d43b,0x1d43c,0x1d43d,0x1d43e,0x1d43f,0x1d440,0x1d441,
0x1d442,0x1d443,0x1d444,0x1d445,0x1d446,0x1d447,0x1d448,0x1d449,0x1d44a,0x1d44b,0x1d44c,0x1d44d,
0x1d44e,0x1d44f,0x1d450,0x1d451,0x1d452,0x1d453,0x1d454,0x1d456,0x1d457,0x1d458,0x1d459,0x1d45a,
0x1d45b,0x1d45c,0x1d45d,0x1d45e,0x1d45f,0x1d460,0x1d461,0x1d462,0x1d463,0x1d464,0x1d465,0x1d466,
0x1d467,0x1d468,0x1d469,0x1d46a,0x1d46b,0x1d46c,0x1d46d,0x1d46e,0x1d46f,0x1d470,0x1d471,0x1d472,
0x1d473,0x1d474,0x1d475,0x1d476,0x1d477,0x1d478,0x1d479,0x1d47a,0x1d47b,0x1d47c,0x1d47d,0x1d47e,
0x1d47f,0x1d480,0x1d481,0x1d482,0x1d483,0x1d484,0x1d485,0x1d486,0x1d487,0x1d488,0x1d489,0x1d48a,
0x1d48b,0x1d48c,0x1d48d,0x1d48e,0x1d48f,0x1d490,0x1d491,0x1d492,0x1d493,0x1d494,0x1d495,0x1d496,
0x1d497,0x1d498,0x1d499,0x1d49a,0x1d49b,0x1d49c,0x1d49e,0x1d49f,0x1d4a2,0x1d4a5,0x1d4a6,0x1d4a9,
0x1d4aa,0x1d4ab,0x1d4ac,0x1d4ae,0x1d4af,0x1d4b0,0x1d4b1,0x1d4b2,0x1d4b3,0x1d4b4,0x1d4b5,0x1d4b6,
0x1d4b7,0x1d4b8,0x1d4b9,0x1d4bb,0x1d4bd,0x1d4be,0x1d4bf,0x1d4c0,0x1d4c1,0x1d4c2,0x1d4c3,0x1d4c5,
0x1d4c6,0x1d4c7,0x1d4c8,0x1d4c9,0x1d4ca,0x1d4cb,0x1d4cc,0x1d4cd,0x1d4ce,0x1d4cf,0x1d4d0,0x1d4d1,
0x1d4d2,0x1d4d3,0x1d4d4,0x1d4d5,0x1d4d6,0x1d4d7,0x1d4d8,0x1d4d9,0x1d4da,0x1d4db,0x1d4dc,0x1d4dd,
0x1d4de,0x1d4df,0x1d4e0,0x1d4e1,0x1d4e2,0x1d4e3,0x1d4e4,0x1d4e5,0x1d4e6,0x1d4e7,0x1d4e8,0x1d4e9,
0x1d4ea,0x1d4eb,0x1d4ec,0x1d4ed,0x1d4ee,0x1d4ef,0x1d4f0,0x1d4f1,0x1d4f2,0x1d4f3,0x1d4f4,0x1d4f5,
0x1d4f6,0x1d4f7,0x1d4f8,0x1d4f9,0x1d4fa,0x1d4fb,0x1d4fc,0x1d4fd,0x1d4fe,0x1d4ff,0x1d500,0x1d501,
0x1d502,0x1d503,0x1d504,0x1d505,0x1d507,0x1d508,0x1d509,0x1d50a,0x1d50d,0x1d50e,0x1d50f,0x1d510,
0x1d511,0x1d512,0x1d513,0x1d514,0x1d516,0x1d517,0x1d518,0x1d519,0x1d51a,0x1d51b,0x1d51c,0x1d51e,
0x1d51f,0x1d520,0x1d521,0x1d522,0x1d523,0x1d524,0x1d525,0x1d526,0x1d527,0x1d528,0x1d529,0x1d52a,
0x1d52b,0x1d52c,0x1d52d,0x1d52e,0x1d52f,0x1d530,0x1d531,0x1d532,0x1d533,0x1d534,0x1d535,0x1d536,
0x1d537,0x1d538,0x1d539,0x1d53b,0x1d53c,0x1d53d,0x1d53e,0x1d540,0x1d541,0x1d542,0x1d543,0x1d544,
0x1d546,0x1d54a,0x1d54b,0x1d54c,0x1d54d,0x1d54e,0x1d54f,0x1d550,0x1d552,0x1d553,0x1d554,0x1d555,
0x1d556,0x1d557,0x1d558,0x1d559,0x1d55a,0x1d55b,0x1d55c,0x1d55d,0x1d55e,0x1d55f,0x1d560,0x1d561,
0x1d562,0x1d563,0x1d564,0x1d565,0x1d566,0x1d567,0x1d568,0x1d569,0x1d56a,0x1d56b,0x1d56c,0x1d56d,
0x1d56e,0x1d56f,0x1d570,0x1d571,0x1d572,0x1d573,0x1d574,0x1d575,0x1d576,0x1d577,0x1d578,0x1d579,
0x1d57a,0x1d57b,0x1d57c,0x1d57d,0x1d57e,0x1d57f,0x1d580,0x1d581,0x1d582,0x1d583,0x1d584,0x1d585,
0x1d586,0x1d587,0x1d588,0x1d589,0x1d58a,0x1d58b,0x1d58c,0x1d58d,0x1d58e,0x1d58f,0x1d590,0x1d591,
0x1d592,0x1d593,0x1d594,0x1d595,0x1d596,0x1d597,0x1d598,0x1d599,0x1d59a,0x1d59b,0x1d59c,0x1d59d,
0x1d59e,0x1d59f,0x1d5a0,0x1d5a1,0x1d5a2,0x1d5a3,0x1d5a4,0x1d5a5,0x1d5a6,0x1d5a7,0x1d5a8,0x1d5a9,
0x1d5aa,0x1d5ab,0x1d5ac,0x1d5ad,0x1d5ae,0x1d5af,0x1d5b0,0x1d5b1,0x1d5b2,0x1d5b3,0x1d5b4,0x1d5b5,
0x1d5b6,0x1d5b7,0x1d5b8,0x1d5b9,0x1d5ba,0x1d5bb,0x1d5bc,0x1d5bd,0x1d5be,0x1d5bf,0x1d5c0,0x1d5c1,
0x1d5c2,0x1d5c3,0x1d5c4,0x1d5c5,0x1d5c6,0x1d5c7,0x1d5c8,0x1d5c9,0x1d5ca,0x1d5cb,0x1d5cc,0x1d5cd,
0x1d5ce,0x1d5cf,0x1d5d0,0x1d5d1,0x1d5d2,0x1d5d3,0x1d5d4,0x1d5d5,0x1d5d6,0x1d5d7,0x1d5d8,0x1d5d9,
0x1d5da,0x1d5db,0x1d5dc,0x1d5dd,0x1d5de,0x1d5df,0x1d5e0,0x1d5e1,0x1d5e2,0x1d5e3,0x1d5e4,0x1d5e5,
0x1d5e6,0x1d5e7,0x1d5e8,0x1d5e9,0x1d5ea,0x1d5eb,0x1d5ec,0x1d5ed,0x1d5ee,0x1d5ef,0x1d5f0,0x1d5f1,
0x1d5f2,0x1d5f3,0x1d5f4,0x1d5f5,0x1d5f6,0x1d5f7,0x1d5f8,0x1d5f9,0x1d5fa,0x1d5fb,0x1d5fc,0x1d5fd,
0x1d5fe,0x1d5ff,0x1d600,0x1d601,0x1d602,0x1d603,0x1d604,0x1d605,0x1d606,0x1d607,0x1d608,0x1d609,
0x1d60a,0x1d60b,0x1d60c,0x1d60d,0x1d60e,0x1d60f,0x1d610,0x1d611,0x1d612,0x1d613,0x1d614,0x1d615,
0x1d616,0x1d617,0x1d618,0x1d619,0x1d61a,0x1d61b,0x1d61c,0x1d61d,0x1d61e,0x1d61f,0x1d620,0x1d621,
0x1d622,0x1d623,0x1d624,0x1d625,0x1d626,0x1d627,0x1d628,0x1d629,0x1d62a,0x1d62b,0x1d62c,0x1d62d,
0x1d62e,0x1d62f,0x1d630,0x1d631,0x1d632,0x1d633,0x1d634,0x1d635,0x1d636,0x1d637,0x1d638,0x1d639,
0x1d63a,0x1d63b,0x1d63c,0x1d63d,0x1d63e,0x1d63f,0x1d640,0x1d641,0x1d642,0x1d643,0x1d644,0x1d645,
0x1d646,0x1d647,0x1d648,0x1d649,0x1d64a,0x1d64b,0x1d64c,0x1d64d,0x1d64e,0x1d64f,0x1d650,0x1d651,
0x1d652,0x1d653,0x1d654,0x1d655,0x1d656,0x1d657,0x1d658,0x1d659,0x1d65a,0x1d65b,0x1d65c,0x1d65d,
0x1d65e,0x1d65f,0x1d660,0x1d661,0x1d662,0x1d663,0x1d664,0x1d665,0x1d666,0x1d667,0x1d668,0x1d669,
0x1d66a,0x1d66b,0x1d66c,0x1d66d,0x1d66e,0x1d66f,0x1d670,0x1d671,0x1d672,0x1d673,0x1d674,0x1d675,
0x1d676,0x1d677,0x1d678,0x1d679,0x1d67a,0x1d67b,0x1d67c,0x1d67d,0x1d67e,0x1d67f,0x1d680,0x1d681,
0x1d682,0x1d683,0x1d684,0x1d685,0x1d686,0x1d687,0x1d688,0x1d689,0x1d68a,0x1d68b,0x1d68c,0x1d68d,
0x1d68e,0x1d68f,0x1d690,0x1d691,0x1d692,0x1d693,0x1d694,0x1d695,0x1d696,0x1d697,0x1d698,0x1d699,
0x1d69a,0x1d69b,0x1d69c,0x1d69d,0x1d69e,0x1d69f,0x1d6a0,0x1d6a1,0x1d6a2,0x1d6a3,0x1d6a4,0x1d6a5,
0x1d6a8,0x1d6a9,0x1d6aa,0x1d6ab,0x1d6ac,0x1d6ad,0x1d6ae,0x1d6af,0x1d6b0,0x1d6b1,0x1d6b2,0x1d6b3,
0x1d6b4,0x1d6b5,0x1d6b6,0x1d6b7,0x1d6b8,0x1d6b9,0x1d6ba,0x1d6bb,0x1d6bc,0x1d6bd,0x1d6be,0x1d6bf,
0x1d6c0,0x1d6c1,0x1d6c2,0x1d6c3,0x1d6c4,0x1d6c5,0x1d6c6,0x1d6c7,0x1d6c8,0x1d6c9,0x1d6ca,0x1d6cb,
0x1d6cc,0x1d6cd,0x1d6ce,0x1d6cf,0x1d6d0,0x1d6d1,0x1d6d2,0x1d6d3,0x1d6d4,0x1d6d5,0x1d6d6,0x1d6d7,
0x1d6d8,0x1d6d9,0x1d6da,0x1d6db,0x1d6dc,0x1d6dd,0x1d6de,0x1d6df,0x1d6e0,0x1d6e1,0x1d6e2,0x1d6e3,
0x1d6e4,0x1d6e5,0x1d6e6,0x1d6e7,0x1d6e8,0x1d6e9,0x1d6ea,0x1d6eb,0x1d6ec,0x1d6ed,0x1d6ee,0x1d6ef,
0x1d6f0,0x1d6f1,0x1d6f2,0x1d6f3,0x1d6f4,0x1d6f5,0x1d6f6,0x1d6f7,0x1d6f8,0x1d6f9,0x1d6fa,0x1d6fb,
0x1d6fc,0x1d6fd,0x1d6fe,0x1d6ff,0x1d700,0x1d701,0x1d702,0x1d703,0x1d704,0x1d705,0x1d706,0x1d707,
0x1d708,0x1d709,0x1d70a,0x1d70b,0x1d70c,0x1d70d,0x1d70e,0x1d70f,0x1d710,0x1d711,0x1d712,0x1d713,
0x1d714,0x1d715,0x1d716,0x1d717,0x1d718,0x1d719,0x1d71a,0x1d71b,0x1d71c,0x1d71d,0x1d71e,0x1d71f,
0x1d720,0x1d721,0x1d722,0x1d723,0x1d724,0x1d725,0x1d726,0x1d727,0x1d728,0x1d729,0x1d72a,0x1d72b,
0x1d72c,0x1d72d,0x1d72e,0x1d72f,0x1d730,0x1d731,0x1d732,0x1d733,0x1d734,0x1d735,0x1d736,0x1d737,
0x1d738,0x1d739,0x1d73a,0x1d73b,0x1d73c,0x1d73d,0x1d73e,0x1d73f,0x1d740,0x1d741,0x1d742,0x1d743,
0x1d744,0x1d745,0x1d746,0x1d747,0x1d748,0x1d749,0x1d74a,0x1d74b,0x1d74c,0x1d74d,0x1d74e,0x1d74f,
0x1d750,0x1d751,0x1d752,0x1d753,0x1d754,0x1d755,0x1d756,0x1d757,0x1d758,0x1d759,0x1d75a,0x1d75b,
0x1d75c,0x1d75d,0x1d75e,0x1d75f,0x1d760,0x1d761,0x1d762,0x1d763,0x1d764,0x1d765,0x1d766,0x1d767,
0x1d768,0x1d769,0x1d76a,0x1d76b,0x1d76c,0x1d76d,0x1d76e,0x1d76f,0x1d770,0x1d771,0x1d772,0x1d773,
0x1d774,0x1d775,0x1d776,0x1d777,0x1d778,0x1d779,0x1d77a,0x1d77b,0x1d77c,0x1d77d,0x1d77e,0x1d77f,
0x1d780,0x1d781,0x1d782,0x1d783,0x1d784,0x1d785,0x1d786,0x1d787,0x1d788,0x1d789,0x1d78a,0x1d78b,
0x1d78c,0x1d78d,0x1d78e,0x1d78f,0x1d790,0x1d791,0x1d792,0x1d793,0x1d794,0x1d795,0x1d796,0x1d797,
0x1d798,0x1d799,0x1d79a,0x1d79b,0x1d79c,0x1d79d,0x1d79e,0x1d79f,0x1d7a0,0x1d7a1,0x1d7a2,0x1d7a3,
0x1d7a4,0x1d7a5,0x1d7a6,0x1d7a7,0x1d7a8,0x1d7a9,0x1d7aa,0x1d7ab,0x1d7ac,0x1d7ad,0x1d7ae,0x1d7af,
0x1d7b0,0x1d7b1,0x1d7b2,0x1d7b3,0x1d7b4,0x1d7b5,0x1d7b6,0x1d7b7,0x1d7b8,0x1d7b9,0x1d7ba,0x1d7bb,
0x1d7bc,0x1d7bd,0x1d7be,0x1d7bf,0x1d7c0,0x1d7c1,0x1d7c2,0x1d7c3,0x1d7c4,0x1d7c5,0x1d7c6,0x1d7c7,
0x1d7c8,0x1d7c9,0x1d7ca,0x1d7cb,0x1d7ce,0x1d7cf,0x1d7d0,0x1d7d1,0x1d7d2,0x1d7d3,0x1d7d4,0x1d7d5,
0x1d7d6,0x1d7d7,0x1d7d8,0x1d7d9,0x1d7da,0x1d7db,0x1d7dc,0x1d7dd,0x1d7de,0x1d7df,0x1d7e0,0x1d7e1,
0x1d7e2,0x1d7e3,0x1d7e4,0x1d7e5,0x1d7e6,0x1d7e7,0x1d7e8,0x1d7e9,0x1d7ea,0x1d7eb,0x1d7ec,0x1d7ed,
0x1d7ee,0x1d7ef,0x1d7f0,0x1d7f1,0x1d7f2,0x1d7f3,0x1d7f4,0x1d7f5,0x1d7f6,0x1d7f7,0x1d7f8,0x1d7f9,
0x1d7fa,0x1d7fb,0x1d7fc,0x1d7fd,0x1d7fe,0x1d7ff,0x1e030,0x1e031,0x1e032,0x1e033,0x1e034,0x1e035,
0x1e036,0x1e037,0x1e038,0x1e039,0x1e03a,0x1e03b,0x1e03c,0x1e03d,0x1e03e,0x1e03f,0x1e040,0x1e041,
0x1e042,0x1e043,0x1e044,0x1e045,0x1e046,0x1e047,0x1e048,0x1e049,0x1e04a,0x1e04b,0x1e04c,0x1e04d,
0x1e04e,0x1e04f,0x1e050,0x1e051,0x1e052,0x1e053,0x1e054,0x1e055,0x1e056,0x1e057,0x1e058,0x1e059,
0x1e05a,0x1e05b,0x1e05c,0x1e05d,0x1e05e,0x1e05f,0x1e060,0x1e061,0x1e062,0x1e063,0x1e064,0x1e065,
0x1e066,0x1e067,0x1e068,0x1e069,0x1e06a,0x1e06b,0x1e06c,0x1e06d,0x1ee00,0x1ee01,0x1ee02,0x1ee03,
0x1ee05,0x1ee06,0x1ee07,0x1ee08,0x1ee09,0x1ee0a,0x1ee0b,0x1ee0c,0x1ee0d,0x1ee0e,0x1ee0f,0x1ee10,
0x1ee11,0x1ee12,0x1ee13,0x1ee14,0x1ee15,0x1ee16,0x1ee17,0x1ee18,0x1ee19,0x1ee1a,0x1ee1b,0x1ee1c,
0x1ee1d,0x1ee1e,0x1ee1f,0x1ee21,0x1ee22,0x1ee24,0x1ee27,0x1ee29,0x1ee2a,0x1ee2b,0x1ee2c,0x1ee2d,
0x1ee2e,0x1ee2f,0x1ee30,0x1ee31,0x1ee32,0x1ee34,0x1ee35,0x1ee36,0x1ee37,0x1ee39,0x1ee3b,0x1ee42,
0x1ee47,0x1ee49,0x1ee4b,0x1ee4d,0x1ee4e,0x1ee4f,0x1ee51,0x1ee52,0x1ee54,0x1ee57,0x1ee59,0x1ee5b,
0x1ee5d,0x1ee5f,0x1ee61,0x1ee62,0x1ee64,0x1ee67,0x1ee68,0x1ee69,0x1ee6a,0x1ee6c,0x1ee6d,0x1ee6e,
0x1ee6f,0x1ee70,0x1ee71,0x1ee72,0x1ee74,0x1ee75,0x1ee76,0x1ee77,0x1ee79,0x1ee7a,0x1ee7b,0x1ee7c,
0x1ee7e,0x1ee80,0x1ee81,0x1ee82,0x1ee83,0x1ee84,0x1ee85,0x1ee86,0x1ee87,0x1ee88,0x1ee89,0x1ee8b,
0x1ee8c,0x1ee8d,0x1ee8e,0x1ee8f,0x1ee90,0x1ee91,0x1ee92,0x1ee93,0x1ee94,0x1ee95,0x1ee96,0x1ee97,
0x1ee98,0x1ee99,0x1ee9a,0x1ee9b,0x1eea1,0x1eea2,0x1eea3,0x1eea5,0x1eea6,0x1eea7,0x1eea8,0x1eea9,
0x1eeab,0x1eeac,0x1eead,0x1eeae,0x1eeaf,0x1eeb0,0x1eeb1,0x1eeb2,0x1eeb3,0x1eeb4,0x1eeb5,0x1eeb6,
0x1eeb7,0x1eeb8,0x1eeb9,0x1eeba,0x1eebb,0x1f100,0x1f101,0x1f102,0x1f103,0x1f104,0x1f105,0x1f106,
0x1f107,0x1f108,0x1f109,0x1f10a,0x1f110,0x1f111,0x1f112,0x1f113,0x1f114,0x1f115,0x1f116,0x1f117,
0x1f118,0x1f119,0x1f11a,0x1f11b,0x1f11c,0x1f11d,0x1f11e,0x1f11f,0x1f120,0x1f121,0x1f122,0x1f123,
0x1f124,0x1f125,0x1f126,0x1f127,0x1f128,0x1f129,0x1f12a,0x1f12b,0x1f12c,0x1f12d,0x1f12e,0x1f130,
0x1f131,0x1f132,0x1f133,0x1f134,0x1f135,0x1f136,0x1f137,0x1f138,0x1f139,0x1f13a,0x1f13b,0x1f13c,
0x1f13d,0x1f13e,0x1f13f,0x1f140,0x1f141,0x1f142,0x1f143,0x1f144,0x1f145,0x1f146,0x1f147,0x1f148,
0x1f149,0x1f14a,0x1f14b,0x1f14c,0x1f14d,0x1f14e,0x1f14f,0x1f16a,0x1f16b,0x1f16c,0x1f190,0x1f200,
0x1f201,0x1f202,0x1f210,0x1f211,0x1f212,0x1f213,0x1f214,0x1f215,0x1f216,0x1f217,0x1f218,0x1f219,
0x1f21a,0x1f21b,0x1f21c,0x1f21d,0x1f21e,0x1f21f,0x1f220,0x1f221,0x1f222,0x1f223,0x1f224,0x1f225,
0x1f226,0x1f227,0x1f228,0x1f229,0x1f22a,0x1f22b,0x1f22c,0x1f22d,0x1f22e,0x1f22f,0x1f230,0x1f231,
0x1f232,0x1f233,0x1f234,0x1f235,0x1f236,0x1f237,0x1f238,0x1f239,0x1f23a,0x1f23b,0x1f240,0x1f241,
0x1f242,0x1f243,0x1f244,0x1f245,0x1f246,0x1f247,0x1f248,0x1f250,0x1f251,0x1fbf0,0x1fbf1,0x1fbf2,
0x1fbf3,0x1fbf4,0x1fbf5,0x1fbf6,0x1fbf7,0x1fbf8,0x1fbf9,0x2f800,0x2f801,0x2f802,0x2f803,0x2f804,
0x2f805,0x2f806,0x2f807,0x2f808,0x2f809,0x2f80a,0x2f80b,0x2f80c,0x2f80d,0x2f80e,0x2f80f,0x2f810,
0x2f811,0x2f812,0x2f813,0x2f814,0x2f815,0x2f816,0x2f817,0x2f818,0x2f819,0x2f81a,0x2f81b,0x2f81c,
0x2f81d,0x2f81e,0x2f81f,0x2f820,0x2f821,0x2f822,0x2f823,0x2f824,0x2f825,0x2f826,0x2f827,0x2f828,
0x2f829,0x2f82a,0x2f82b,0x2f82c,0x2f82d,0x2f82e,0x2f82f,0x2f830,0x2f831,0x2f832,0x2f833,0x2f834,
0x2f835,0x2f836,0x2f837,0x2f838,0x2f839,0x2f83a,0x2f83b,0x2f83c,0x2f83d,0x2f83e,0x2f83f,0x2f840,
0x2f841,0x2f842,0x2f843,0x2f844,0x2f845,0x2f846,0x2f847,0x2f848,0x2f849,0x2f84a,0x2f84b,0x2f84c,
0x2f84d,0x2f84e,0x2f84f,0x2f850,0x2f851,0x2f852,0x2f853,0x2f854,0x2f855,0x2f856,0x2f857,0x2f858,
0x2f859,0x2f85a,0x2f85b,0x2f85c,0x2f85d,0x2f85e,0x2f85f,0x2f860,0x2f861,0x2f862,0x2f863,0x2f864,
0x2f865,0x2f866,0x2f867,0x2f868,0x2f869,0x2f86a,0x2f86b,0x2f86c,0x2f86d,0x2f86e,0x2f86f,0x2f870,
0x2f871,0x2f872,0x2f873,0x2f874,0x2f875,0x2f876,0x2f877,0x2f878,0x2f879,0x2f87a,0x2f87b,0x2f87c,
0x2f87d,0x2f87e,0x2f87f,0x2f880,0x2f881,0x2f882,0x2f883,0x2f884,0x2f885,0x2f886,0x2f887,0x2f888,
0x2f889,0x2f88a,0x2f88b,0x2f88c,0x2f88d,0x2f88e,0x2f88f,0x2f890,0x2f891,0x2f892,0x2f893,0x2f894,
0x2f895,0x2f896,0x2f897,0x2f898,0x2f899,0x2f89a,0x2f89b,0x2f89c,0x2f89d,0x2f89e,0x2f89f,0x2f8a0,
0x2f8a1,0x2f8a2,0x2f8a3,0x2f8a4,0x2f8a5,0x2f8a6,0x2f8a7,0x2f8a8,0x2f8a9,0x2f8aa,0x2f8ab,0x2f8ac,
0x2f8ad,0x2f8ae,0x2f8af,0x2f8b0,0x2f8b1,0x2f8b2,0x2f8b3,0x2f8b4,0x2f8b5,0x2f8b6,0x2f8b7,0x2f8b8,
0x2f8b9,0x2f8ba,0x2f8bb,0x2f8bc,0x2f8bd,0x2f8be,0x2f8bf,0x2f8c0,0x2f8c1,0x2f8c2,0x2f8c3,0x2f8c4,
0x2f8c5,0x2f8c6,0x2f8c7,0x2f8c8,0x2f8c9,0x2f8ca,0x2f8cb,0x2f8cc,0x2f8cd,0x2f8ce,0x2f8cf,0x2f8d0,
0x2f8d1,0x2f8d2,0x2f8d3,0x2f8d4,0x2f8d5,0x2f8d6,0x2f8d7,0x2f8d8,0x2f8d9,0x2f8da,0x2f8db,0x2f8dc,
0x2f8dd,0x2f8de,0x2f8df,0x2f8e0,0x2f8e1,0x2f8e2,0x2f8e3,0x2f8e4,0x2f8e5,0x2f8e6,0x2f8e7,0x2f8e8,
0x2f8e9,0x2f8ea,0x2f8eb,0x2f8ec,0x2f8ed,0x2f8ee,0x2f8ef,0x2f8f0,0x2f8f1,0x2f8f2,0x2f8f3,0x2f8f4,
0x2f8f5,0x2f8f6,0x2f8f7,0x2f8f8,0x2f8f9,0x2f8fa,0x2f8fb,0x2f8fc,0x2f8fd,0x2f8fe,0x2f8ff,0x2f900,
0x2f901,0x2f902,0x2f903,0x2f904,0x2f905,0x2f906,0x2f907,0x2f908,0x2f909,0x2f90a,0x2f90b,0x2f90c,
0x2f90d,0x2f90e,0x2f90f,0x2f910,0x2f911,0x2f912,0x2f913,0x2f914,0x2f915,0x2f916,0x2f917,0x2f918,
0x2f919,0x2f91a,0x2f91b,0x2f91c,0x2f91d,0x2f91e,0x2f91f,0x2f920,0x2f921,0x2f922,0x2f923,0x2f924,
0x2f925,0x2f926,0x2f927,0x2f928,0x2f929,0x2f92a,0x2f92b,0x2f92c,0x2f92d,0x2f92e,0x2f92f,0x2f930,
0x2f931,0x2f932,0x2f933,0x2f934,0x2f935,0x2f936,0x2f937,0x2f938,0x2f939,0x2f93a,0x2f93b,0x2f93c,
0x2f93d,0x2f93e,0x2f93f,0x2f940,0x2f941,0x2f942,0x2f943,0x2f944,0x2f945,0x2f946,0x2f947,0x2f948,
0x2f949,0x2f94a,0x2f94b,0x2f94c,0x2f94d,0x2f94e,0x2f94f,0x2f950,0x2f951,0x2f952,0x2f953,0x2f954,
0x2f955,0x2f956,0x2f957,0x2f958,0x2f959,0x2f95a,0x2f95b,0x2f95c,0x2f95d,0x2f95e,0x2f95f,0x2f960,
0x2f961,0x2f962,0x2f963,0x2f964,0x2f965,0x2f966,0x2f967,0x2f968,0x2f969,0x2f96a,0x2f96b,0x2f96c,
0x2f96d,0x2f96e,0x2f96f,0x2f970,0x2f971,0x2f972,0x2f973,0x2f974,0x2f975,0x2f976,0x2f977,0x2f978,
0x2f979,0x2f97a,0x2f97b,0x2f97c,0x2f97d,0x2f97e,0x2f97f,0x2f980,0x2f981,0x2f982,0x2f983,0x2f984,
0x2f985,0x2f986,0x2f987,0x2f988,0x2f989,0x2f98a,0x2f98b,0x2f98c,0x2f98d,0x2f98e,0x2f98f,0x2f990,
0x2f991,0x2f992,0x2f993,0x2f994,0x2f995,0x2f996,0x2f997,0x2f998,0x2f999,0x2f99a,0x2f99b,0x2f99c,
0x2f99d,0x2f99e,0x2f99f,0x2f9a0,0x2f9a1,0x2f9a2,0x2f9a3,0x2f9a4,0x2f9a5,0x2f9a6,0x2f9a7,0x2f9a8,
0x2f9a9,0x2f9aa,0x2f9ab,0x2f9ac,0x2f9ad,0x2f9ae,0x2f9af,0x2f9b0,0x2f9b1,0x2f9b2,0x2f9b3,0x2f9b4,
0x2f9b5,0x2f9b6,0x2f9b7,0x2f9b8,0x2f9b9,0x2f9ba,0x2f9bb,0x2f9bc,0x2f9bd,0x2f9be,0x2f9bf,0x2f9c0,
0x2f9c1,0x2f9c2,0x2f9c3,0x2f9c4,0x2f9c5,0x2f9c6,0x2f9c7,0x2f9c8,0x2f9c9,0x2f9ca,0x2f9cb,0x2f9cc,
0x2f9cd,0x2f9ce,0x2f9cf,0x2f9d0,0x2f9d1,0x2f9d2,0x2f9d3,0x2f9d4,0x2f9d5,0x2f9d6,0x2f9d7,0x2f9d8,
0x2f9d9,0x2f9da,0x2f9db,0x2f9dc,0x2f9dd,0x2f9de,0x2f9df,0x2f9e0,0x2f9e1,0x2f9e2,0x2f9e3,0x2f9e4,
0x2f9e5,0x2f9e6,0x2f9e7,0x2f9e8,0x2f9e9,0x2f9ea,0x2f9eb,0x2f9ec,0x2f9ed,0x2f9ee,0x2f9ef,0x2f9f0,
0x2f9f1,0x2f9f2,0x2f9f3,0x2f9f4,0x2f9f5,0x2f9f6,0x2f9f7,0x2f9f8,0x2f9f9,0x2f9fa,0x2f9fb,0x2f9fc,
0x2f9fd,0x2f9fe,0x2f9ff,0x2fa00,0x2fa01,0x2fa02,0x2fa03,0x2fa04,0x2fa05,0x2fa06,0x2fa07,0x2fa08,
0x2fa09,0x2fa0a,0x2fa0b,0x2fa0c,0x2fa0d,0x2fa0e,0x2fa0f,0x2fa10,0x2fa11,0x2fa12,0x2fa13,0x2fa14,
0x2fa15,0x2fa16,0x2fa17,0x2fa18,0x2fa19,0x2fa1a,0x2fa1b,0x2fa1c,0x2fa1d,
};
static const uint32_t vkr__uc_dinfo[5857] = {
0x1,0x2,0x801,0xc02,0x1401,0x1801,0x1c02,0x2401,0x2802,0x3001,0x3401,0x3803,0x4403,0x5003,0x5c40,
0x6440,0x6c40,0x7440,0x7c40,0x8440,0x8c40,0x9440,0x9c40,0xa440,0xac40,0xb440,0xbc40,0xc440,0xcc40,
0xd440,0xdc40,0xe440,0xec40,0xf440,0xfc40,0x10440,0x10c40,0x11440,0x11c40,0x12440,0x12c40,0x13440,
0x13c40,0x14440,0x14c40,0x15440,0x15c40,0x16440,0x16c40,0x17440,0x17c40,0x18440,0x18c40,0x19440,
0x19c40,0x1a440,0x1ac40,0x1b440,0x1bc40,0x1c440,0x1cc40,0x1d440,0x1dc40,0x1e440,0x1ec40,0x1f440,
0x1fc40,0x20440,0x20c40,0x21440,0x21c40,0x22440,0x22c40,0x23440,0x23c40,0x24440,0x24c40,0x25440,
0x25c40,0x26440,0x26c40,0x27440,0x27c40,0x28440,0x28c40,0x29440,0x29c40,0x2a440,0x2ac40,0x2b440,
0x2bc40,0x2c440,0x2cc40,0x2d440,0x2dc40,0x2e440,0x2ec40,0x2f440,0x2fc40,0x30440,0x30c40,0x31440,
0x31c40,0x32440,0x32c40,0x33440,0x33c40,0x34440,0x34c40,0x35440,0x35c40,0x36440,0x36c02,0x37402,
0x37c40,0x38440,0x38c40,0x39440,0x39c40,0x3a440,0x3ac40,0x3b440,0x3bc40,0x3c440,0x3cc02,0x3d402,
0x3dc40,0x3e440,0x3ec40,0x3f440,0x3fc40,0x40440,0x40c02,0x41440,0x41c40,0x42440,0x42c40,0x43440,
0x43c40,0x44440,0x44c40,0x45440,0x45c40,0x46440,0x46c40,0x47440,0x47c40,0x48440,0x48c40,0x49440,
0x49c40,0x4a440,0x4ac40,0x4b440,0x4bc40,0x4c440,0x4cc40,0x4d440,0x4dc40,0x4e440,0x4ec40,0x4f440,
0x4fc40,0x50440,0x50c40,0x51440,0x51c40,0x52440,0x52c40,0x53440,0x53c40,0x54440,0x54c40,0x55440,
0x55c40,0x56440,0x56c40,0x57440,0x57c40,0x58440,0x47c01,0x58c40,0x59440,0x59c40,0x5a440,0x5ac03,
0x5b803,0x5c403,0x5d002,0x5d802,0x5e002,0x5e802,0x5f002,0x5f802,0x60040,0x60840,0x61040,0x61840,
0x62040,0x62840,0x63040,0x63840,0x64060,0x64c60,0x65860,0x66460,0x67060,0x67c60,0x68860,0x69460,
0x6a060,0x6ac60,0x6b860,0x6c460,0x6d040,0x6d840,0x6e040,0x6e840,0x6f040,0x6f840,0x70040,0x70840,
0x71060,0x71c60,0x72840,0x73040,0x73840,0x5ac02,0x5b802,0x5c402,0x74040,0x74840,0x75040,0x75840,
0x76060,0x76c60,0x77840,0x78040,0x78840,0x79040,0x79840,0x7a040,0x7a840,0x7b040,0x7b840,0x7c040,
0x7c840,0x7d040,0x7d840,0x7e040,0x7e840,0x7f040,0x7f840,0x80040,0x80840,0x81040,0x81840,0x82040,
0x82840,0x83040,0x83840,0x84040,0x84840,0x85040,0x85840,0x86040,0x86840,0x87040,0x87840,0x88040,
0x6b840,0x6c440,0x88840,0x89040,0x89860,0x8a460,0x8b060,0x8bc60,0x8c840,0x8d040,0x8d860,0x8e460,
0x8f040,0x8f840,0x31c01,0x90001,0x37801,0x44c01,0x90401,0x90801,0x90c01,0x53c01,0x1f401,0x91002,
0x91802,0x92002,0x92802,0x93002,0x93802,0x94001,0x3a401,0x47c01,0x94401,0x94801,0x6020,0x2020,
0x94c20,0x65c40,0x95020,0x95402,0x95c20,0x1c02,0x96043,0x97440,0x3d020,0x97c40,0x98440,0x98c40,
0x99440,0x99c40,0x9a440,0x9ac60,0x9b840,0x9c040,0x9c840,0x9d040,0x9d840,0x9e040,0x9e860,0x9ac40,
0x9e840,0x9f440,0x9fc40,0xa0440,0xa0c01,0xa1001,0x99c01,0xa1442,0xa2442,0xa3401,0xa3801,0xa3c01,
0xa4001,0xa4401,0xa4801,0x9d001,0xa4c01,0xa5040,0xa5840,0xa6040,0xa6840,0xa7040,0xa7840,0xa8040,
0xa8840,0xa9040,0xa9840,0xaa040,0xaa840,0xab040,0xab840,0xac040,0xac840,0xad040,0xad840,0xae040,
0xae840,0xaf040,0xaf840,0xb0040,0xb0840,0xb1040,0xb1840,0xb2040,0xb2840,0xb3040,0xb3840,0xb4040,
0xb4840,0xb5040,0xb5840,0xb6040,0xb6840,0xb7040,0xb7840,0xb8040,0xb8840,0xb9040,0xb9840,0xba040,
0xba840,0xbb040,0xbb840,0xbc040,0xbc840,0xbd040,0xbd840,0xbe040,0xbe840,0xbf002,0xbf840,0xc0040,
0xc0840,0xc1040,0xc1840,0xc2002,0xc2802,0xc3002,0xc3802,0xc4040,0xc4840,0xc5040,0xc5840,0xc6040,
0xc6840,0xc7040,0xc7840,0xc8040,0xc8840,0xc9040,0xc9840,0xca040,0xca840,0xcb040,0xcb840,0xcc040,
0xcc840,0xcd040,0xcd840,0xce040,0xce840,0xcf040,0xcf840,0xd0040,0xd0840,0xd1040,0xd1840,0xd2040,
0xd2840,0xd3040,0xd3840,0xd4040,0xd4840,0xd5040,0xd5840,0xd6040,0xd6840,0xd7040,0xd7060,0xd7c40,
0xd8440,0xd8c40,0xd9440,0xd9c40,0xd9c60,0xda840,0xdb002,0xdb802,0xdc002,0xdc802,0xdd001,0xdd440,
0xddc40,0xde440,0xdec40,0xdf440,0xdfc40,0xe0440,0xe0c40,0xe1440,0xe1c03,0xe2840,0xe3003,0xe2040,
0xe3c40,0xe4440,0xe4c40,0xe5440,0xe5c40,0xe6440,0xe6c40,0xe7401,0xe7840,0xe8040,0xe8840,0xe9040,
0xe9840,0xea040,0xea840,0xeb040,0xeb840,0xec040,0xec840,0x5c01,0x6d001,0xed001,0x27401,0x9401,
0xed401,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xedc01,0xee001,
0x44401,0x4b401,0x10401,0x53401,0x801,0xee401,0xee801,0xeec01,0xef001,0x27c01,0x16401,0xef401,
0xef801,0xefc01,0x2dc01,0x39401,0xf0001,0xf0401,0x3401,0xf0801,0xf0c01,0xf1001,0xf1401,0x4bc01,
0x1d401,0xf1801,0xf1c01,0xf2001,0xf2401,0xa0c01,0xf2801,0xf2c01,0xa3401,0xf3001,0x18401,0x44c01,
0x1d401,0xf2001,0xa0c01,0xf2801,0xa4001,0xa3401,0xf3001,0xf3401,0xf3801,0x15c01,0xf3c01,0xf4001,
0xefc01,0xf4401,0xf4801,0xf4c01,0xf5001,0xf5401,0xf5801,0xf5c01,0xf6001,0xf6401,0xf6801,0xf6c01,
0xf7001,0xf7401,0xf7801,0xf7c01,0xf8001,0xf8401,0xf8801,0xf8c01,0xf9001,0xf9401,0xf9801,0xf9c01,
0xfa001,0xfa401,0xfa801,0xfac01,0x56401,0xfb001,0xfb401,0x73001,0xa1001,0xfb840,0xfc040,0xfc840,
0xfd040,0xfd840,0xfe040,0xfe840,0xff040,0xff860,0x100460,0x101040,0x101840,0x102040,0x102840,
0x103040,0x103840,0x104040,0x104840,0x105040,0x105840,0x106060,0x106c60,0x107860,0x108460,0x109040,
0x109840,0x10a040,0x10a840,0x10b060,0x10bc60,0x10c840,0x10d040,0x10d840,0x10e040,0x10e840,0x10f040,
0x10f840,0x110040,0x110840,0x111040,0x111840,0x112040,0x112840,0x113040,0x113840,0x114040,0x114860,
0x115460,0x116040,0x116840,0x117040,0x117840,0x118040,0x118840,0x119040,0x119840,0x11a060,0x11ac60,
0x11b840,0x11c040,0x11c840,0x11d040,0x11d840,0x11e040,0x11e840,0x11f040,0x11f840,0x120040,0x120840,
0x121040,0x121840,0x122040,0x122840,0x123040,0x123840,0x124040,0x124860,0x125460,0x126060,0x126c60,
0x127860,0x128460,0x129060,0x129c60,0x12a840,0x12b040,0x12b840,0x12c040,0x12c840,0x12d040,0x12d840,
0x12e040,0x12e860,0x12f460,0x130040,0x130840,0x131040,0x131840,0x132040,0x132840,0x133060,0x133c60,
0x134860,0x135460,0x136060,0x136c60,0x137840,0x138040,0x138840,0x139040,0x139840,0x13a040,0x13a840,
0x13b040,0x13b840,0x13c040,0x13c840,0x13d040,0x13d840,0x13e040,0x13e860,0x13f460,0x140060,0x140c60,
0x141840,0x142040,0x142840,0x143040,0x143840,0x144040,0x144840,0x145040,0x145840,0x146040,0x146840,
0x147040,0x147840,0x148040,0x148840,0x149040,0x149840,0x14a040,0x14a840,0x14b040,0x14b840,0x14c040,
0x14c840,0x14d040,0x14d840,0x14e040,0x14e840,0x14f040,0x14f840,0x150040,0x150802,0x151042,0x152040,
0x152840,0x153040,0x153840,0x154060,0x154c60,0x155860,0x156460,0x157060,0x157c60,0x158860,0x159460,
0x15a060,0x15ac60,0x15b860,0x15c460,0x15d060,0x15dc60,0x15e860,0x15f460,0x160060,0x160c60,0x161860,
0x162460,0x163040,0x163840,0x164040,0x164840,0x165040,0x165840,0x166060,0x166c60,0x167860,0x168460,
0x169060,0x169c60,0x16a860,0x16b460,0x16c060,0x16cc60,0x16d840,0x16e040,0x16e840,0x16f040,0x16f840,
0x170040,0x170840,0x171040,0x171860,0x172460,0x173060,0x173c60,0x174860,0x175460,0x176060,0x176c60,
0x177860,0x178460,0x179060,0x179c60,0x17a860,0x17b460,0x17c060,0x17cc60,0x17d860,0x17e460,0x17f060,
0x17fc60,0x180840,0x181040,0x181840,0x182040,0x182860,0x183460,0x184060,0x184c60,0x185860,0x186460,
0x187060,0x187c60,0x188860,0x189460,0x18a040,0x18a840,0x18b040,0x18b840,0x18c040,0x18c840,0x18d040,
0x18d840,0x18e040,0x18e840,0x18f060,0x18fc60,0x190860,0x191460,0x192060,0x192c60,0x193840,0x194040,
0x194860,0x195460,0x196060,0x196c60,0x197860,0x198460,0x199040,0x199840,0x19a060,0x19ac60,0x19b860,
0x19c460,0x19d040,0x19d840,0x19e060,0x19ec60,0x19f860,0x1a0460,0x1a1040,0x1a1840,0x1a2060,0x1a2c60,
0x1a3860,0x1a4460,0x1a5060,0x1a5c60,0x1a6840,0x1a7040,0x1a7860,0x1a8460,0x1a9060,0x1a9c60,0x1aa860,
0x1ab460,0x1ac040,0x1ac840,0x1ad060,0x1adc60,0x1ae860,0x1af460,0x1b0060,0x1b0c60,0x1b1840,0x1b2040,
0x1b2860,0x1b3460,0x1b4060,0x1b4c60,0x1b5860,0x1b6460,0x1b7040,0x1b7840,0x1b8060,0x1b8c60,0x1b9860,
0x1ba460,0x1bb040,0x1bb840,0x1bc060,0x1bcc60,0x1bd860,0x1be460,0x1bf040,0x1bf840,0x1c0060,0x1c0c60,
0x1c1860,0x1c2460,0x1c3060,0x1c3c60,0x1c4840,0x1c4860,0x1c5460,0x1c6060,0x1c6c40,0x1c7440,0x1c7c60,
0x1c8860,0x1c9460,0x1ca060,0x1cac60,0x1cb860,0x1cc440,0x1ccc40,0x1cd460,0x1ce060,0x1cec60,0x1cf860,
0x1d0460,0x1d1060,0x1d1c40,0x9c840,0x1d2440,0x9d040,0x1d2c40,0x9d840,0x1d3440,0x9e040,0x1d3c40,
0x9f440,0x1d4440,0x9fc40,0x1d4c40,0xa0440,0x1d5460,0x1d6060,0x1d6c80,0x1d7c80,0x1d8c80,0x1d9c80,
0x1dac80,0x1dbc80,0x1dcc60,0x1dd860,0x1de480,0x1df480,0x1e0480,0x1e1480,0x1e2480,0x1e3480,0x1e4460,
0x1e5060,0x1e5c80,0x1e6c80,0x1e7c80,0x1e8c80,0x1e9c80,0x1eac80,0x1ebc60,0x1ec860,0x1ed480,0x1ee480,
0x1ef480,0x1f0480,0x1f1480,0x1f2480,0x1f3460,0x1f4060,0x1f4c80,0x1f5c80,0x1f6c80,0x1f7c80,0x1f8c80,
0x1f9c80,0x1fac60,0x1fb860,0x1fc480,0x1fd480,0x1fe480,0x1ff480,0x200480,0x201480,0x202440,0x202c40,
0x203460,0x204040,0x204860,0x205440,0x205460,0x206040,0x206840,0x207040,0x97440,0x207840,0x208002,
0x9ac20,0x208002,0x208802,0x209043,0x20a460,0x20b040,0x20b860,0x20c440,0x20c460,0x20d040,0x97c40,
0x20d840,0x98440,0x20e040,0x20e843,0x20fc43,0x211043,0x212440,0x212c40,0x213460,0x9ac60,0x214040,
0x214860,0x215440,0x215c40,0x216440,0x98c40,0x216c43,0x218043,0x219443,0x21a840,0x21b040,0x21b860,
0x9e860,0x21c440,0x21cc40,0x21d440,0x21dc60,0x21e840,0x21f040,0x21f840,0x99c40,0x220040,0x220843,
0x96043,0x221c20,0x222060,0x222c40,0x223460,0x224040,0x224060,0x224c40,0x99440,0x225440,0x9a440,
0x225c40,0x226422,0x217402,0x227021,0x227821,0x1,0x1,0x1,0x1,0x1,0x1,0x1,0x1,0x1,0x228001,0x228402,
0x228c01,0x228c02,0x228c03,0x1,0x229802,0x229803,0x22a402,0x22a403,0x22b002,0x22b802,0x22c002,
0x22c402,0x22c802,0x22d004,0x1,0x22e001,0x18401,0x4001,0x22e401,0x22e801,0x22ec01,0x22f001,0x22f401,
0x22f801,0x22fc01,0x230001,0x230401,0x230801,0x1a401,0x22e001,0x3001,0x1401,0x1801,0x4001,0x22e401,
0x22e801,0x22ec01,0x22f001,0x22f401,0x22f801,0x22fc01,0x230001,0x230401,0x230801,0x801,0x16401,
0x3401,0x94401,0xef401,0x31c01,0x39401,0x3a401,0xf0001,0x1a401,0xf1401,0x47c01,0x4bc01,0x230c02,
0x231403,0x232003,0x8c01,0x232c02,0x233403,0x234003,0x234c01,0x235002,0x2dc01,0x31401,0x31401,
0x31401,0x31c01,0x235801,0xb401,0xb401,0x39c01,0x3a401,0xd401,0x235c02,0xee001,0x236401,0x44401,
0x44401,0x44401,0x236802,0x237003,0x237c02,0x55c01,0x9a420,0x55c01,0x38c20,0x8440,0xed001,0x8c01,
0x16401,0x9401,0x10c801,0xed801,0x3401,0x238401,0x238801,0x238c01,0x239001,0x18401,0x239403,0xa3801,
0xf2801,0x23a001,0x23a401,0x23a801,0x27401,0x27c01,0x16401,0x18401,0x37801,0x23ac03,0x23b803,
0x23c404,0x23d403,0x23e003,0x23ec03,0x23f803,0x240403,0x241003,0x241c03,0x242803,0x243403,0x244003,
0x244c03,0x245803,0x3802,0xb401,0x246402,0x246403,0x246c02,0x141801,0x247002,0x247003,0x247004,
0x247c02,0x148801,0x248002,0x248003,0x39c01,0x8c01,0x27401,0xed801,0x18401,0x248c02,0x248c03,
0x249402,0xf2001,0x249802,0x249803,0x249804,0x24a402,0x94401,0x24a802,0x24a803,0x3a401,0x15c01,
0x27c01,0xf0001,0x24b403,0x24c040,0x24c840,0x24d040,0x24d840,0x24e040,0x24e840,0x24f040,0x24f840,
0x250040,0x250840,0x251040,0x251802,0x251803,0x252402,0x252403,0x253040,0x253840,0x254040,0x254840,
0x255040,0x255840,0x256040,0x256840,0x257040,0x257840,0x258040,0x258840,0x259040,0x259840,0x25a040,
0x25a840,0x25b040,0x25b840,0x25c040,0x25c840,0x25d040,0x25d840,0x25e040,0x25e840,0x25f040,0x25f840,
0x260040,0x260840,0x261040,0x261840,0x262040,0x262840,0x263040,0x263820,0x263c20,0x3001,0x1401,
0x1801,0x4001,0x22e401,0x22e801,0x22ec01,0x22f001,0x22f401,0x23cc02,0x264002,0x264402,0x264c02,
0x265402,0x265c02,0x266402,0x266c02,0x267402,0x267c02,0x268402,0x268c03,0x269803,0x26a403,0x26b003,
0x26bc03,0x26c803,0x26d403,0x26e003,0x26ec03,0x26f804,0x270804,0x271804,0x272804,0x273804,0x274804,
0x275804,0x276804,0x277804,0x278804,0x279804,0x27a802,0x27b002,0x27b802,0x27c002,0x27c802,0x27d002,
0x27d802,0x27e002,0x27e802,0x27f003,0x27fc03,0x280803,0x281403,0x282003,0x282c03,0x283803,0x284403,
0x285003,0x285c03,0x286803,0x287403,0x288003,0x288c03,0x289803,0x28a403,0x28b003,0x28bc03,0x28c803,
0x28d403,0x28e003,0x28ec03,0x28f803,0x290403,0x291003,0x291c03,0x292803,0x293403,0x294003,0x294c03,
0x295803,0x296403,0x297003,0x297c03,0x298803,0x299403,0x29a003,0x5c01,0xed001,0x8c01,0x27401,0x9401,
0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,
0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,
0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,
0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x22e001,
0x29ac04,0x29bc03,0x29c402,0x29c403,0x29d040,0x37801,0x141801,0x29d801,0x29dc01,0x29e001,0x29e401,
0x29e801,0x29ec01,0x29f001,0x29f401,0x29f801,0x29fc01,0x2a0001,0x2a0401,0x2a0801,0x2a0c01,0x2a1001,
0x2a1401,0x2a1801,0x2a1c01,0x2a2001,0x2a2401,0x2a2801,0x2a2c01,0x2a3001,0x2a3401,0x2a3801,0x2a3c01,
0x2a4001,0x2a4401,0x2a4801,0x2a4c01,0x2a5001,0x2a5401,0x2a5801,0x2a5c01,0x2a6001,0x2a6401,0x2a6801,
0x2a6c01,0x2a7001,0x2a7401,0x2a7801,0x2a7c01,0x2a8001,0x2a8401,0x2a8801,0x2a8c01,0x2a9001,0x2a9401,
0x2a9801,0x2a9c01,0x2aa001,0x2aa401,0x2aa801,0x2aac01,0x2ab001,0x2ab401,0x2ab801,0x2abc01,0x2ac001,
0x2ac401,0x2ac801,0x2acc01,0x2ad001,0x2ad401,0x2ad801,0x2adc01,0x2ae001,0x2ae401,0x2ae801,0x2aec01,
0x2af001,0x2af401,0x2af801,0x2afc01,0x2b0001,0x2b0401,0x2b0801,0x2b0c01,0x2b1001,0x2b1401,0x2b1801,
0x2b1c01,0x2b2001,0x2b2401,0x2b2801,0x2b2c01,0x2b3001,0x2b3401,0x2b3801,0x2b3c01,0x2b4001,0x2b4401,
0x2b4801,0x2b4c01,0x2b5001,0x2b5401,0x2b5801,0x2b5c01,0x2b6001,0x2b6401,0x2b6801,0x2b6c01,0x2b7001,
0x2b7401,0x2b7801,0x2b7c01,0x2b8001,0x2b8401,0x2b8801,0x2b8c01,0x2b9001,0x2b9401,0x2b9801,0x2b9c01,
0x2ba001,0x2ba401,0x2ba801,0x2bac01,0x2bb001,0x2bb401,0x2bb801,0x2bbc01,0x2bc001,0x2bc401,0x2bc801,
0x2bcc01,0x2bd001,0x2bd401,0x2bd801,0x2bdc01,0x2be001,0x2be401,0x2be801,0x2bec01,0x2bf001,0x2bf401,
0x2bf801,0x2bfc01,0x2c0001,0x2c0401,0x2c0801,0x2c0c01,0x2c1001,0x2c1401,0x2c1801,0x2c1c01,0x2c2001,
0x2c2401,0x2c2801,0x2c2c01,0x2c3001,0x2c3401,0x2c3801,0x2c3c01,0x2c4001,0x2c4401,0x2c4801,0x2c4c01,
0x2c5001,0x2c5401,0x2c5801,0x2c5c01,0x2c6001,0x2c6401,0x2c6801,0x2c6c01,0x2c7001,0x2c7401,0x2c7801,
0x2c7c01,0x2c8001,0x2c8401,0x2c8801,0x2c8c01,0x2c9001,0x2c9401,0x2c9801,0x2c9c01,0x2ca001,0x2ca401,
0x2ca801,0x2cac01,0x2cb001,0x2cb401,0x2cb801,0x2cbc01,0x2cc001,0x2cc401,0x2cc801,0x2ccc01,0x2cd001,
0x2cd401,0x2cd801,0x2cdc01,0x2ce001,0x2ce401,0x2ce801,0x2cec01,0x2cf001,0x2cf401,0x2cf801,0x2cfc01,
0x2d0001,0x2d0401,0x2d0801,0x2d0c01,0x2d1001,0x2d1401,0x2d1801,0x2d1c01,0x2d2001,0x2d2401,0x2d2801,
0x2d2c01,0x2d3001,0x2d3401,0x2d3801,0x1,0x2d3c01,0x2a4001,0x2d4001,0x2d4401,0x2d4840,0x2d5040,
0x2d5840,0x2d6040,0x2d6840,0x2d7040,0x2d7840,0x2d8040,0x2d8840,0x2d9040,0x2d9840,0x2da040,0x2da840,
0x2db040,0x2db840,0x2dc040,0x2dc840,0x2dd040,0x2dd840,0x2de040,0x2de840,0x2df040,0x2df840,0x2e0040,
0x2e0840,0x2e1040,0x2e1802,0x2e2002,0x2e2840,0x2e3002,0x2e3840,0x2e4040,0x2e4840,0x2e5040,0x2e5840,
0x2e6040,0x2e6840,0x2e7040,0x2e7840,0x2e8040,0x2e8840,0x2e9040,0x2e9840,0x2ea040,0x2ea840,0x2eb040,
0x2eb840,0x2ec040,0x2ec840,0x2ed040,0x2ed840,0x2ee040,0x2ee840,0x2ef040,0x2ef840,0x2f0040,0x2f0840,
0x2f1040,0x2f1840,0x2f2040,0x2f2840,0x2f3002,0x2f3801,0x2f3c01,0x2f4001,0x2f4401,0x2f4801,0x2f4c01,
0x2f5001,0x2f5401,0x2f5801,0x2f5c01,0x2f6001,0x2f6401,0x2f6801,0x2f6c01,0x2f7001,0x2f7401,0x2f7801,
0x2f7c01,0x2f8001,0x2f8401,0x2f8801,0x2f8c01,0x2f9001,0x2f9401,0x2f9801,0x2f9c01,0x2fa001,0x2fa401,
0x2fa801,0x2fac01,0x2fb001,0x2fb401,0x2fb801,0x2fbc01,0x2fc001,0x2fc401,0x2fc801,0x2fcc01,0x2fd001,
0x2fd401,0x2fd801,0x2fdc01,0x2fe001,0x2fe401,0x2fe801,0x2fec01,0x2ff001,0x2ff401,0x2ff801,0x2ffc01,
0x300001,0x300401,0x300801,0x300c01,0x301001,0x301401,0x301801,0x301c01,0x302001,0x302401,0x302801,
0x302c01,0x303001,0x303401,0x303801,0x303c01,0x304001,0x304401,0x304801,0x304c01,0x305001,0x305401,
0x305801,0x305c01,0x306001,0x306401,0x306801,0x306c01,0x307001,0x307401,0x307801,0x307c01,0x308001,
0x308401,0x308801,0x308c01,0x309001,0x309401,0x309801,0x309c01,0x30a001,0x30a401,0x30a801,0x30ac01,
0x29e401,0x29fc01,0x30b001,0x30b401,0x30b801,0x30bc01,0x30c001,0x30c401,0x29f401,0x30c801,0x30cc01,
0x30d001,0x30d401,0x2a0401,0x30d803,0x30e403,0x30f003,0x30fc03,0x310803,0x311403,0x312003,0x312c03,
0x313803,0x314403,0x315003,0x315c03,0x316803,0x317403,0x318004,0x319004,0x31a004,0x31b004,0x31c004,
0x31d004,0x31e004,0x31f004,0x320004,0x321004,0x322004,0x323004,0x324004,0x325004,0x326004,0x327007,
0x328c06,0x32a403,0x32b003,0x32bc03,0x32c803,0x32d403,0x32e003,0x32ec03,0x32f803,0x330403,0x331003,
0x331c03,0x332803,0x333403,0x334003,0x334c03,0x335803,0x336403,0x337003,0x337c03,0x338803,0x339403,
0x33a003,0x33ac03,0x33b803,0x33c403,0x33d003,0x33dc03,0x33e803,0x33f403,0x340003,0x340c03,0x341803,
0x342403,0x343003,0x343c03,0x344803,0x345401,0x345801,0x2aec01,0x345c01,0x346003,0x264802,0x346c02,
0x1402,0x347002,0x347802,0x348002,0x348802,0x349002,0x349802,0x34a002,0x23e802,0x23dc02,0x34a802,
0x34ac02,0x34b402,0x2f3801,0x2f4401,0x2f5001,0x2f5801,0x2f7801,0x2f7c01,0x2f8801,0x2f9001,0x2f9401,
0x2f9c01,0x2fa001,0x2fa401,0x2fa801,0x2fac01,0x318402,0x319402,0x31a402,0x31b402,0x31c402,0x31d402,
0x31e402,0x31f402,0x320402,0x321402,0x322402,0x323402,0x324402,0x2fac02,0x34bc05,0x34d004,0x34e002,
0x29e401,0x29fc01,0x30b001,0x30b401,0x32d801,0x32e401,0x32f001,0x2a1001,0x330801,0x2a4001,0x2b0801,
0x2b3801,0x2b3401,0x2b0c01,0x2c7c01,0x2a6001,0x2b0001,0x337401,0x338001,0x338c01,0x339801,0x33a401,
0x33b001,0x33bc01,0x33c801,0x34e801,0x34ec01,0x2a7801,0x34f001,0x34f401,0x34f801,0x34fc01,0x350001,
0x343401,0x350401,0x350801,0x30b801,0x30bc01,0x30c001,0x350c01,0x351001,0x351401,0x351801,0x33ec01,
0x33f801,0x340401,0x341001,0x341c01,0x351c01,0x352002,0x352802,0x353002,0x353802,0x354002,0x4002,
0x347402,0x34b002,0x354802,0x354c02,0x355402,0x355c02,0x356402,0x356c02,0x357402,0x357c02,0x358402,
0x358c02,0x359402,0x359c02,0x35a402,0x35ac02,0x35b402,0x35bc02,0x35c403,0x35d003,0x35dc03,0x35e802,
0x35f003,0x35fc02,0x360403,0x361001,0x361401,0x2f0001,0x361801,0x361c01,0x2e3801,0x2e4001,0x2e4801,
0x2e5001,0x2e5801,0x2e6001,0x2e6801,0x2e7001,0x2e7801,0x2e8001,0x2e8801,0x2e9001,0x2e9801,0x2ea001,
0x2ea801,0x362001,0x362401,0x362801,0x362c01,0x363001,0x2eb001,0x2ec001,0x2ed001,0x2ee001,0x2ef001,
0x363401,0x363801,0x363c01,0x364001,0x364401,0x364801,0x364c01,0x365001,0x365401,0x365801,0x365c01,
0x366001,0x366401,0x2f0801,0x2f1001,0x2f1801,0x2f2001,0x366802,0x367005,0x368404,0x369405,0x36a403,
0x36b005,0x36c403,0x36d003,0x36dc06,0x36f404,0x370403,0x371003,0x371c03,0x372804,0x373804,0x374804,
0x375804,0x376804,0x377804,0x378804,0x379806,0x37b002,0x37b006,0x37c806,0x37e005,0x37b804,0x37f406,
0x380c06,0x382404,0x383403,0x384003,0x384c04,0x385c04,0x386c05,0x388005,0x389403,0x38a003,0x38ac04,
0x38bc03,0x38c803,0x380402,0x38d402,0x38d803,0x38e403,0x38f006,0x390804,0x391805,0x392c06,0x394404,
0x395403,0x396003,0x396c06,0x398404,0x399406,0x39ac03,0x39b805,0x39cc03,0x39d804,0x39e803,0x39f404,
0x3a0405,0x3a1804,0x3a2805,0x3a3c04,0x3a4c02,0x3a5405,0x3a6803,0x3a7403,0x3a8004,0x3a9003,0x3a9c03,
0x3aa803,0x3ab405,0x3ac804,0x3ad802,0x3ad806,0x3af003,0x3af005,0x37d004,0x3b0404,0x3b1403,0x3b2003,
0x3b2c04,0x3b3c02,0x3b4404,0x3b5405,0x3b6802,0x3b7006,0x37e803,0x3b8802,0x3b9002,0x3b9802,0x3ba002,
0x3ba802,0x3bb002,0x3bb802,0x3bc002,0x3bc802,0x3bd002,0x3bd803,0x3be403,0x3bf003,0x3bfc03,0x3c0803,
0x3c1403,0x3c2003,0x3c2c03,0x3c3803,0x3c4403,0x3c5003,0x3c5c03,0x3c6803,0x3c7403,0x3c8003,0x3c8c03,
0x3c9802,0x3ca002,0x3ca803,0x3cb402,0x3cbc02,0x3cc402,0x3cc403,0x3cd003,0x3cdc02,0x3ce402,0x3cec02,
0x3cf402,0x3cfc02,0x3d0404,0x3d1402,0x3d1c02,0x3d2402,0x3d2c02,0x3d3402,0x3d3c02,0x3d4402,0x3d4c02,
0x3d5403,0x3d6004,0x3d7002,0x3d7802,0x3d8002,0x3d8802,0x3d9002,0x3d9802,0x3da002,0x3da803,0x3db403,
0x3dc003,0x3dcc03,0x3dd802,0x3de002,0x3de802,0x3df002,0x3df802,0x3e0002,0x3e0802,0x3e0c02,0x3e1402,
0x3e1c02,0x3e2003,0x3e2c03,0x3cc802,0x3e3803,0x3e4403,0x3e5003,0x3cd402,0x3e5c03,0x3e6803,0x3e6804,
0x3c9002,0x3e7803,0x3e8403,0x3e9003,0x3e9c03,0x3e9c05,0x3e9c06,0x3eb402,0x3ebc02,0x3ec402,0x3ecc02,
0x3ed402,0x3edc02,0x3ee402,0x3eec02,0x3ef402,0x3efc02,0x3f0402,0x3f0c02,0x3f1402,0x3f1c02,0x3f2402,
0x3f2c02,0x3f3402,0x3f3c02,0x3f4404,0x3f5402,0x3f5c02,0x3cc002,0x3f6404,0x3f7403,0x3f8002,0x3f8802,
0x3f9002,0x3f9802,0x3fa002,0x3fa802,0x3fac02,0x3fb402,0x3ddc02,0x3fbc02,0x3fc403,0x3fd002,0x3fd802,
0x3fe003,0x3fec03,0x3ff802,0x400004,0x401003,0x401c02,0x402402,0x402c02,0x403402,0x403c03,0x404803,
0x405402,0x405c02,0x406402,0x406c02,0x407402,0x407c02,0x408402,0x408c02,0x409402,0x409c03,0x40a803,
0x40b403,0x40c003,0x40cc03,0x40d803,0x40e403,0x40f003,0x40fc03,0x410803,0x411403,0x412003,0x412c03,
0x413803,0x414403,0x415003,0x415c03,0x416803,0x417403,0x418003,0x418c03,0x419803,0x41a403,0x41b001,
0x41b401,0x41b801,0x8c01,0x10c801,0x236401,0x41bc01,0x41c001,0x41c401,0x41c801,0x41cc01,0x41d001,
0x41d401,0x41d820,0x41dc20,0x2c5c20,0x41e020,0x41e420,0x41e820,0x41ec20,0x2d3420,0x2d3420,0x41f020,
0x2c7c20,0x41f420,0x41f820,0x41fc20,0x420020,0x420420,0x420820,0x420c20,0x421020,0x421420,0x421820,
0x421c20,0x422020,0x422420,0x422820,0x422c20,0x423020,0x423420,0x423820,0x423c20,0x424020,0x424420,
0x424820,0x424c20,0x425020,0x425420,0x425820,0x425c20,0x426020,0x426420,0x426820,0x426c20,0x427020,
0x427420,0x427820,0x427c20,0x428020,0x428420,0x428820,0x428c20,0x429020,0x429420,0x2bd420,0x429820,
0x429c20,0x42a020,0x42a420,0x42a820,0x42ac20,0x42b020,0x42b420,0x42b820,0x42bc20,0x42c020,0x2cf820,
0x42c420,0x42c820,0x42cc20,0x42d020,0x42d420,0x42d820,0x42dc20,0x42e020,0x42e420,0x42e820,0x42ec20,
0x42f020,0x42f420,0x42f820,0x42fc20,0x430020,0x430420,0x430820,0x430c20,0x431020,0x431420,0x431820,
0x431c20,0x432020,0x432420,0x432820,0x432c20,0x421820,0x433020,0x433420,0x433820,0x433c20,0x434020,
0x434420,0x434820,0x434c20,0x435020,0x435420,0x435820,0x435c20,0x436020,0x436420,0x436820,0x436c20,
0x437020,0x437420,0x437820,0x437c20,0x2c6420,0x438020,0x438420,0x438820,0x438c20,0x439020,0x439420,
0x439820,0x439c20,0x43a020,0x43a420,0x43a820,0x43ac20,0x43b020,0x43b420,0x43b820,0x2a7820,0x43bc20,
0x43c020,0x43c420,0x43c820,0x43cc20,0x43d020,0x43d420,0x43d820,0x2a2c20,0x43dc20,0x43e020,0x43e420,
0x43e820,0x43ec20,0x43f020,0x43f420,0x43f820,0x43fc20,0x440020,0x440420,0x440820,0x440c20,0x441020,
0x441420,0x441820,0x441c20,0x442020,0x442420,0x442820,0x442c20,0x443020,0x437820,0x443420,0x443820,
0x443c20,0x444020,0x444420,0x444820,0x366820,0x444c20,0x433820,0x445020,0x445420,0x445820,0x445c20,
0x446020,0x446420,0x446820,0x446c20,0x447020,0x447420,0x447820,0x447c20,0x448020,0x448420,0x448820,
0x448c20,0x449020,0x449420,0x449820,0x449c20,0x421820,0x44a020,0x44a420,0x44a820,0x44ac20,0x2d3020,
0x44b020,0x44b420,0x44b820,0x44bc20,0x44c020,0x44c420,0x44c820,0x44cc20,0x44d020,0x44d420,0x44d820,
0x44dc20,0x32e420,0x44e020,0x44e420,0x44e820,0x44ec20,0x44f020,0x44f420,0x44f820,0x44fc20,0x450020,
0x434020,0x450420,0x450820,0x450c20,0x451020,0x451420,0x451820,0x451c20,0x452020,0x452420,0x452820,
0x452c20,0x453020,0x453420,0x2c7820,0x453820,0x453c20,0x454020,0x454420,0x454820,0x454c20,0x455020,
0x455420,0x455820,0x455c20,0x456020,0x456420,0x456820,0x2bb420,0x456c20,0x457020,0x457420,0x457820,
0x457c20,0x458020,0x458420,0x458820,0x458c20,0x459020,0x459420,0x459820,0x459c20,0x45a020,0x45a420,
0x45a820,0x2c2020,0x45ac20,0x2c2c20,0x45b020,0x45b420,0x45b820,0x45bc20,0x45c020,0x45c420,0x45c820,
0x45cc20,0x45d020,0x45d420,0x45d820,0x45dc20,0x45e020,0x45e420,0x2bd020,0x45e820,0x45ec20,0x45f020,
0x45f420,0x45f820,0x45fc20,0x460020,0x460420,0x460820,0x460c20,0x461020,0x461420,0x461820,0x461c20,
0x462020,0x462420,0x462820,0x462c20,0x463020,0x463420,0x463820,0x463c20,0x2a9420,0x464020,0x464420,
0x464820,0x464c20,0x465020,0x465420,0x465820,0x465c20,0x466020,0x466420,0x466820,0x466c20,0x467020,
0x467420,0x467820,0x338c20,0x467c20,0x468020,0x468420,0x468820,0x33bc20,0x468c20,0x469020,0x469420,
0x469820,0x469c20,0x440820,0x46a020,0x46a420,0x46a820,0x46ac20,0x46b020,0x46b420,0x46b420,0x46b820,
0x46bc20,0x46c020,0x46c420,0x46c820,0x46cc20,0x46d020,0x46d420,0x45f020,0x46d820,0x46dc20,0x46e020,
0x46e420,0x46e840,0x46f020,0x46f420,0x46f820,0x46fc20,0x470020,0x470420,0x470820,0x470c20,0x471020,
0x462820,0x471420,0x471820,0x471c20,0x45bc20,0x472020,0x472420,0x472820,0x472c20,0x473020,0x473420,
0x473820,0x473c20,0x474020,0x474420,0x474820,0x474c20,0x464820,0x475020,0x464c20,0x475420,0x475820,
0x475c20,0x476020,0x476420,0x45c020,0x426c20,0x476820,0x476c20,0x2b1820,0x437c20,0x44c420,0x477020,
0x477420,0x466820,0x477820,0x466c20,0x477c20,0x478020,0x478420,0x45c820,0x478820,0x478c20,0x479020,
0x479420,0x479820,0x45cc20,0x479c20,0x47a020,0x47a420,0x47a820,0x47ac20,0x47b020,0x469c20,0x47b420,
0x47b820,0x440820,0x47bc20,0x46ac20,0x47c020,0x47c420,0x47c820,0x47cc20,0x47d020,0x46c020,0x47d420,
0x45ec20,0x47d820,0x46c420,0x433020,0x47dc20,0x46c820,0x47e020,0x46d020,0x47e420,0x47e820,0x47ec20,
0x47f020,0x47f420,0x46d820,0x45e020,0x47f820,0x46dc20,0x47fc20,0x46e020,0x480020,0x2d3420,0x480440,
0x480c40,0x481440,0x481c20,0x482020,0x482420,0x482840,0x483040,0x483840,0x484020,0x484420,0x484802,
0x484c02,0x485402,0x484803,0x485c03,0x486802,0x486802,0x487002,0x487802,0x488002,0x488802,0x489002,
0x489840,0x48a040,0x48a801,0x238401,0x239001,0x48ac01,0x48b001,0x48b401,0x48b801,0x48bc01,0x48c001,
0x22f801,0x48c440,0x48cc40,0x48d460,0x48e060,0x48ec40,0x48f440,0x48fc40,0x490440,0x490c40,0x491440,
0x491c40,0x492440,0x492c40,0x493440,0x493c40,0x494440,0x494c40,0x495440,0x495c40,0x496440,0x496c40,
0x497440,0x497c40,0x498440,0x498c40,0x499440,0x48d440,0x499c40,0x49a440,0x49ac40,0x49b440,0x49bc40,
0x49c402,0x49cc01,0x49cc01,0x49d001,0x49d001,0x49d001,0x49d001,0x49d401,0x49d401,0x49d401,0x49d401,
0x49d801,0x49d801,0x49d801,0x49d801,0x49dc01,0x49dc01,0x49dc01,0x49dc01,0x49e001,0x49e001,0x49e001,
0x49e001,0x49e401,0x49e401,0x49e401,0x49e401,0x49e801,0x49e801,0x49e801,0x49e801,0x49ec01,0x49ec01,
0x49ec01,0x49ec01,0x49f001,0x49f001,0x49f001,0x49f001,0x49f401,0x49f401,0x49f401,0x49f401,0x49f801,
0x49f801,0x49f801,0x49f801,0x49fc01,0x49fc01,0x49fc01,0x49fc01,0x4a0001,0x4a0001,0x4a0401,0x4a0401,
0x4a0801,0x4a0801,0x4a0c01,0x4a0c01,0x4a1001,0x4a1001,0x4a1401,0x4a1401,0x4a1801,0x4a1801,0x4a1801,
0x4a1801,0x4a1c01,0x4a1c01,0x4a1c01,0x4a1c01,0x4a2001,0x4a2001,0x4a2001,0x4a2001,0x4a2401,0x4a2401,
0x4a2401,0x4a2401,0x4a2801,0x4a2801,0x4a2c01,0x4a2c01,0x4a2c01,0x4a2c01,0xc4002,0xc4002,0xc4801,
0xc4801,0xc4801,0xc4801,0x4a3001,0x4a3001,0x4a3001,0x4a3001,0xc5001,0xc5001,0xc5002,0xc5002,
0x4a3401,0x4a3401,0x4a3401,0x4a3401,0xc3001,0xc3001,0x4a3801,0x4a3801,0x4a3c01,0x4a3c01,0xc3002,
0x4a4001,0x4a4001,0x4a4401,0x4a4401,0x4a4801,0x4a4801,0x4a4c01,0x4a4c01,0x4a4c01,0x4a4c01,0x4a5001,
0x4a5001,0xc1803,0xc1803,0x4a5403,0x4a5403,0x4a6003,0x4a6003,0x4a6c03,0x4a6c03,0x4a7803,0x4a7803,
0x4a8403,0x4a8403,0x4a9003,0x4a9003,0x4a9003,0x4a9c03,0x4a9c03,0x4a9c03,0x4aa801,0x4aa801,0x4aa801,
0x4aa801,0x4aac03,0x4ab803,0x4ac403,0x4a9c03,0x4ad003,0x4adc02,0x4ae402,0x4aec02,0x4af402,0x4afc02,
0x4b0402,0x4b0c02,0x4b1402,0x4b1c02,0x4b2402,0x4b2c02,0x4b3402,0x4b3c02,0x4b4402,0x4b4c02,0x4b5402,
0x4b5c02,0x4b6402,0x4b6002,0x4b6c02,0x4b7402,0x4b7c02,0x4b8402,0x4b8c02,0x4b9402,0x4b9c02,0x4ba402,
0x4bac02,0x4bb402,0x4bbc02,0x4bc402,0x4bcc02,0x4bd402,0x4bdc02,0x4be402,0x4bec02,0x4bf402,0x4bfc02,
0x4c0402,0x4c0c02,0x4c1402,0x4c1c02,0x4c2402,0x4c2c02,0x4c3402,0x4c3c02,0x4c4402,0x4c4c02,0x4c5402,
0x4c5c02,0x4c6402,0x4c6c02,0x4c7402,0x4c7c02,0x4c8402,0x4c8c02,0x4c9402,0x4c9c02,0x4ca402,0x4cac02,
0x4cb402,0x4cbc02,0x4cc402,0x4ccc02,0x4cd402,0x4b6802,0x4b7002,0x4cdc02,0x4ce002,0x4acc02,0x4ce802,
0x4cf002,0x4cf802,0x4d0002,0x4d0802,0x4d1002,0x4d1802,0x4d2002,0x4d2802,0x4d3002,0x4b5802,0x4d3402,
0x4d3c02,0x4cd002,0x4d4402,0x4d4c02,0x4d5402,0x4d5c02,0x4d6402,0x4d6c03,0x4d7803,0x4d8403,0x4d9003,
0x4d9c03,0x4da803,0x4db403,0x4dc003,0x4ac403,0x4dcc03,0x4a9c03,0x4ad003,0x4dd802,0x4de002,0x4af402,
0x4de802,0x4afc02,0x4b0402,0x4df002,0x4df802,0x4b2402,0x4e0002,0x4b2c02,0x4b3402,0x4e0802,0x4e1002,
0x4b4402,0x4e1802,0x4b4c02,0x4b5402,0x4c3402,0x4c3c02,0x4c5402,0x4c5c02,0x4c6402,0x4c8402,0x4c8c02,
0x4c9402,0x4c9c02,0x4cbc02,0x4cc402,0x4ccc02,0x4e2002,0x4cdc02,0x4e2802,0x4e3002,0x4d0002,0x4e3802,
0x4d0802,0x4d1002,0x4d6402,0x4e4002,0x4e4802,0x4cd002,0x4e5002,0x4d4402,0x4d4c02,0x4aac03,0x4ab803,
0x4e5803,0x4ac403,0x4e6403,0x4adc02,0x4ae402,0x4aec02,0x4af402,0x4e7002,0x4b0c02,0x4b1402,0x4b1c02,
0x4b2402,0x4e7802,0x4b4402,0x4b5c02,0x4b6402,0x4b6002,0x4b6c02,0x4b7402,0x4b8402,0x4b8c02,0x4b9402,
0x4b9c02,0x4ba402,0x4bac02,0x4e8002,0x4bb402,0x4bbc02,0x4bc402,0x4bcc02,0x4bd402,0x4bdc02,0x4bec02,
0x4bf402,0x4bfc02,0x4c0402,0x4c0c02,0x4c1402,0x4c1c02,0x4c2402,0x4c2c02,0x4c4402,0x4c4c02,0x4c6c02,
0x4c7402,0x4c7c02,0x4c8402,0x4c8c02,0x4ca402,0x4cac02,0x4cb402,0x4cbc02,0x4e8802,0x4cd402,0x4b6802,
0x4b7002,0x4cdc02,0x4ce802,0x4cf002,0x4cf802,0x4d0002,0x4e9002,0x4d1802,0x4d2002,0x4e9402,0x4b5802,
0x4d3402,0x4d3c02,0x4cd002,0x4d1402,0x4ac403,0x4e6403,0x4af402,0x4e7002,0x4b2402,0x4e7802,0x4b4402,
0x4e9c02,0x4ba402,0x4ea402,0x4eac02,0x4eb402,0x4c8402,0x4c8c02,0x4cbc02,0x4d0002,0x4e9002,0x4cd002,
0x4d1402,0x4ebc03,0x4ec803,0x4ed403,0x4ee002,0x4ee802,0x4ef002,0x4ef802,0x4f0002,0x4f0802,0x4f1002,
0x4f1802,0x4f2002,0x4f2802,0x4f3002,0x4ac002,0x4f3802,0x4ab402,0x4f4002,0x4d4002,0x4f4802,0x4f5002,
0x4f5802,0x4f6002,0x4f6802,0x4f7002,0x4f7802,0x4eac02,0x4f8002,0x4f8802,0x4f9002,0x4f9802,0x4ee002,
0x4ee802,0x4ef002,0x4ef802,0x4f0002,0x4f0802,0x4f1002,0x4f1802,0x4f2002,0x4f2802,0x4f3002,0x4ac002,
0x4f3802,0x4ab402,0x4f4002,0x4d4002,0x4f4802,0x4f5002,0x4f5802,0x4f6002,0x4f6802,0x4f7002,0x4f7802,
0x4eac02,0x4f8002,0x4f8802,0x4f9002,0x4f9802,0x4f6802,0x4f7002,0x4f7802,0x4eac02,0x4ea402,0x4eb402,
0x4be402,0x4b8c02,0x4b9402,0x4b9c02,0x4f6802,0x4f7002,0x4f7802,0x4be402,0x4bec02,0x4fa002,0x4fa002,
0x4fa803,0x4fb403,0x4fb403,0x4fc003,0x4fcc03,0x4fd803,0x4fe403,0x4ff003,0x4b6403,0x4b6403,0x4ffc03,
0x500803,0x501403,0x502003,0x502c03,0x503803,0x503803,0x504403,0x505003,0x505003,0x505c03,0x505c03,
0x506803,0x507403,0x507403,0x508003,0x508c03,0x508c03,0x509803,0x509803,0x50a403,0x50b003,0x50b003,
0x50bc03,0x50bc03,0x50c803,0x50d403,0x50e003,0x50ec03,0x50ec03,0x50f803,0x510403,0x511003,0x511c03,
0x512803,0x512803,0x513403,0x514003,0x514c03,0x515803,0x516403,0x517003,0x517003,0x517c03,0x517c03,
0x518803,0x518803,0x518c03,0x4b6803,0x519803,0x51a403,0x4cd403,0x4b7003,0x51b003,0x51b803,0x51c403,
0x51d003,0x51dc03,0x51e803,0x51f403,0x51f403,0x520003,0x520c03,0x521803,0x522403,0x522403,0x523003,
0x523c03,0x524803,0x525403,0x526003,0x526c03,0x527803,0x528403,0x529003,0x529c03,0x52a803,0x52b403,
0x52c003,0x52cc03,0x52d803,0x52e403,0x4d3403,0x52ec03,0x52f403,0x530003,0x530c03,0x531803,0x513403,
0x514c03,0x532403,0x533003,0x533c03,0x534803,0x535403,0x536003,0x535403,0x533c03,0x536c03,0x537803,
0x538403,0x539003,0x539c03,0x536003,0x50e003,0x506803,0x53a803,0x53b403,0x53c003,0x53cc03,0x53d804,
0x53e804,0x53f804,0x540804,0x541804,0x542804,0x543804,0x544803,0x544812,0x549008,0x54b004,0x54c001,
0x54c401,0x54c801,0x29bc01,0x95c01,0x22b001,0x22c001,0x54cc01,0x54d001,0x228c03,0x228c02,0x54d401,
0x54d801,0x54dc01,0x54dc01,0x230401,0x230801,0x54e001,0x54e401,0x54e801,0x54ec01,0x54f001,0x54f401,
0x54f801,0x54fc01,0x263801,0x263c01,0x550001,0x550401,0x550801,0x550c01,0x551001,0x551401,0x22b802,
0x22b802,0x22b802,0x22b802,0x54dc01,0x54dc01,0x54dc01,0x54c001,0x54c401,0x228c01,0x95c01,0x29bc01,
0x22c001,0x22b001,0x54d401,0x230401,0x230801,0x54e001,0x54e401,0x54e801,0x54ec01,0x551801,0x551c01,
0x552001,0x22f801,0x552401,0x256801,0x257001,0x230001,0x552801,0x552c01,0x553001,0x553401,0x553802,
0x554002,0x4d6c02,0x4d7802,0x4d8402,0x4ebc02,0x4d9002,0x4ec802,0x4d9c02,0x4ed402,0x4da802,0x554802,
0x555002,0x555802,0x556001,0xbf802,0xbf802,0xc0002,0xc0002,0xc0802,0xc0802,0xc1002,0xc1002,0xc1802,
0xc1802,0xc1802,0xc1802,0xbf801,0xbf801,0x4adc01,0x4adc01,0x4adc01,0x4adc01,0x556401,0x556401,
0x4b0c01,0x4b0c01,0x4b0c01,0x4b0c01,0x4b3c01,0x4b3c01,0x4b3c01,0x4b3c01,0x4ab401,0x4ab401,0x4ab401,
0x4ab401,0x4ac001,0x4ac001,0x4ac001,0x4ac001,0x4af001,0x4af001,0x4af001,0x4af001,0x540401,0x540401,
0x4d5401,0x4d5401,0x4d5c01,0x4d5c01,0x4dc801,0x4dc801,0x4b8c01,0x4b8c01,0x4b8c01,0x4b8c01,0x4eac01,
0x4eac01,0x4eac01,0x4eac01,0x4bac01,0x4bac01,0x4bac01,0x4bac01,0x4bbc01,0x4bbc01,0x4bbc01,0x4bbc01,
0x4bdc01,0x4bdc01,0x4bdc01,0x4bdc01,0x4bec01,0x4bec01,0x4bec01,0x4bec01,0x4bf401,0x4bf401,0x4bf401,
0x4bf401,0x4c0401,0x4c0401,0x4c0401,0x4c0401,0x4c1401,0x4c1401,0x4c1401,0x4c1401,0x4c4401,0x4c4401,
0x4c4401,0x4c4401,0x4c6401,0x4c6401,0x4c6401,0x4c6401,0x4c8801,0x4c8801,0x4c8801,0x4c8801,0x4acc01,
0x4acc01,0x4acc01,0x4acc01,0x4ce801,0x4ce801,0x4ce801,0x4ce801,0x4d1801,0x4d1801,0x4d1801,0x4d1801,
0xc0801,0xc0801,0x4a5001,0x4a5001,0xc1801,0xc1801,0xc1801,0xc1801,0x556803,0x556803,0x557403,
0x557403,0x558003,0x558003,0x54a002,0x54a002,0x22b001,0x558c01,0x551801,0x552c01,0x553001,0x551c01,
0x559001,0x230401,0x230801,0x552001,0x22f801,0x54c001,0x552401,0x228c01,0x231801,0x22e001,0x3001,
0x1401,0x1801,0x4001,0x22e401,0x22e801,0x22ec01,0x22f001,0x22f401,0x29bc01,0x95c01,0x256801,
0x230001,0x257001,0x22c001,0x553401,0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,
0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,
0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x551001,0x552801,0x551401,0x559401,0x54dc01,
0x221c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,0x39401,
0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,
0x94401,0x1f401,0x56401,0x54e001,0x559801,0x54e401,0x559c01,0x55a001,0x55a401,0x54c801,0x550001,
0x550401,0x54c401,0x55a801,0x2f2001,0x369001,0x398801,0x55ac01,0x39a401,0x36d401,0x55b001,0x378c01,
0x3ac001,0x373001,0x367c01,0x361001,0x361401,0x2f0001,0x361801,0x361c01,0x2e3801,0x2e4001,0x2e4801,
0x2e5001,0x2e5801,0x2e6001,0x2e6801,0x2e7001,0x2e7801,0x2e8001,0x2e8801,0x2e9001,0x2e9801,0x2ea001,
0x2ea801,0x362001,0x362401,0x362801,0x362c01,0x363001,0x2eb001,0x2ec001,0x2ed001,0x2ee001,0x2ef001,
0x363401,0x363801,0x363c01,0x364001,0x364401,0x364801,0x364c01,0x365001,0x365401,0x365801,0x365c01,
0x366001,0x366401,0x2f0801,0x369801,0x2d4c01,0x2dcc01,0x300401,0x2f3801,0x2f3c01,0x2f4001,0x2f4401,
0x2f4801,0x2f4c01,0x2f5001,0x2f5401,0x2f5801,0x2f5c01,0x2f6001,0x2f6401,0x2f6801,0x2f6c01,0x2f7001,
0x2f7401,0x2f7801,0x2f7c01,0x2f8001,0x2f8401,0x2f8801,0x2f8c01,0x2f9001,0x2f9401,0x2f9801,0x2f9c01,
0x2fa001,0x2fa401,0x2fa801,0x2fac01,0x2fb001,0x2fb401,0x2fb801,0x2fbc01,0x2fc001,0x2fc401,0x2fc801,
0x2fcc01,0x2fd001,0x2fd401,0x2fd801,0x2fdc01,0x2fe001,0x2fe401,0x2fe801,0x2fec01,0x2ff001,0x2ff401,
0x2ff801,0x2ffc01,0x300001,0x55b401,0x55b801,0x55bc01,0xc02,0x55c001,0x55c401,0x55c801,0x55cc01,
0x24c001,0x55d001,0x24c801,0x55d401,0x55d801,0x55dc01,0x55e001,0x55e401,0x6d801,0x55e801,0x55ec01,
0x55f001,0x55f401,0x55f801,0x55fc01,0x560001,0x560401,0x560801,0x560c01,0x561001,0x561401,0x561801,
0x561c01,0x562001,0x562401,0x235801,0x562801,0x562c01,0x563001,0x563401,0x563801,0x563c01,0x564002,
0x564801,0x564c01,0x565002,0x565801,0x565c02,0x79001,0x566401,0x566801,0x293801,0x566c01,0x567002,
0x567801,0x567c01,0x568001,0x568401,0x568801,0x568c01,0x569001,0x569401,0x569801,0x569c01,0x56a001,
0x56a401,0x56a801,0x56ac01,0x56b001,0x56b401,0x56b802,0x56c002,0x56c880,0x56d880,0x56e880,0x56f880,
0x570880,0x571880,0x572880,0x573880,0x574880,0x575880,0x576880,0x577880,0x578880,0x579880,0x57a880,
0x57a8c0,0x57c0c0,0x57d8c0,0x57f0c0,0x5808c0,0x582080,0x583080,0x5840c0,0x5858c0,0x5870c0,0x5888c0,
0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,
0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,
0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,
0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,
0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,
0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,
0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,
0x2dc01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,
0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,0x9401,
0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,
0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,
0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,
0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x5c01,
0x8c01,0x27401,0x2d401,0x37001,0x38c01,0xd401,0xdc01,0xee001,0x236401,0x47401,0x4b401,0x10401,
0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0xf4401,0x31c01,0x18401,
0x37801,0x39401,0x3a401,0xf0001,0x1a401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,
0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,
0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,
0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,
0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,
0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x27401,0x9401,
0x10c801,0x2d401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x47401,0x4b401,
0x10401,0x141801,0x53401,0x148801,0x12401,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,
0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,
0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x27401,0x9401,0x10c801,
0x2d401,0xb401,0x37001,0x38c01,0x39c01,0xed801,0xdc01,0x47401,0x4b401,0x10401,0x141801,0x53401,
0x148801,0x12401,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,
0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,
0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,
0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,
0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,
0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,
0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,
0x9401,0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,
0x236401,0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,
0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,
0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,
0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,
0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,
0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,
0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,
0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,
0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,
0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,
0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,
0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,0x5c01,0xed001,0x8c01,0x27401,
0x9401,0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,
0x236401,0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,0x12401,0x55c01,0x801,0xef001,
0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,0x39401,0x3a401,0xf0001,0x1a401,
0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,0x53c01,0x94401,0x1f401,0x56401,
0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,0xb401,0x37001,0x38c01,0x39c01,
0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,0x10401,0x141801,0x53401,0x148801,
0x12401,0x55c01,0x801,0xef001,0x15c01,0x27c01,0x16401,0xf4401,0x2dc01,0x31c01,0x18401,0x37801,
0x39401,0x3a401,0xf0001,0x1a401,0x3401,0xf1401,0x293801,0x44c01,0x47c01,0x4bc01,0x1d401,0xf2001,
0x53c01,0x94401,0x1f401,0x56401,0x58a001,0x58a401,0x97401,0x58a801,0x23a001,0x58ac01,0x97c01,
0x58b001,0x98401,0xa4801,0x98c01,0x58b401,0x58b801,0x58bc01,0x58c001,0x58c401,0x99401,0x23a401,
0x220001,0xa4801,0xa4c01,0x58c801,0x99c01,0x58cc01,0x58d001,0x58d401,0x9a401,0x58d801,0x9c801,
0xa0c01,0xf2801,0xf2c01,0x9d001,0x58dc01,0x9d801,0xa1001,0x9ac01,0xa3c01,0x58e001,0x2401,0x58e401,
0x58e801,0x9f401,0xa3801,0xa4001,0xa4401,0x58ec01,0x58f001,0x9e801,0xa3401,0xf3001,0x58f401,0xa0401,
0x58f801,0x9d001,0xa1001,0xa3c01,0xa3401,0xa4001,0xa3801,0x97401,0x58a801,0x23a001,0x58ac01,0x97c01,
0x58b001,0x98401,0xa4801,0x98c01,0x58b401,0x58b801,0x58bc01,0x58c001,0x58c401,0x99401,0x23a401,
0x220001,0xa4801,0xa4c01,0x58c801,0x99c01,0x58cc01,0x58d001,0x58d401,0x9a401,0x58d801,0x9c801,
0xa0c01,0xf2801,0xf2c01,0x9d001,0x58dc01,0x9d801,0xa1001,0x9ac01,0xa3c01,0x58e001,0x2401,0x58e401,
0x58e801,0x9f401,0xa3801,0xa4001,0xa4401,0x58ec01,0x58f001,0x9e801,0xa3401,0xf3001,0x58f401,0xa0401,
0x58f801,0x9d001,0xa1001,0xa3c01,0xa3401,0xa4001,0xa3801,0x97401,0x58a801,0x23a001,0x58ac01,0x97c01,
0x58b001,0x98401,0xa4801,0x98c01,0x58b401,0x58b801,0x58bc01,0x58c001,0x58c401,0x99401,0x23a401,
0x220001,0xa4801,0xa4c01,0x58c801,0x99c01,0x58cc01,0x58d001,0x58d401,0x9a401,0x58d801,0x9c801,
0xa0c01,0xf2801,0xf2c01,0x9d001,0x58dc01,0x9d801,0xa1001,0x9ac01,0xa3c01,0x58e001,0x2401,0x58e401,
0x58e801,0x9f401,0xa3801,0xa4001,0xa4401,0x58ec01,0x58f001,0x9e801,0xa3401,0xf3001,0x58f401,0xa0401,
0x58f801,0x9d001,0xa1001,0xa3c01,0xa3401,0xa4001,0xa3801,0x97401,0x58a801,0x23a001,0x58ac01,0x97c01,
0x58b001,0x98401,0xa4801,0x98c01,0x58b401,0x58b801,0x58bc01,0x58c001,0x58c401,0x99401,0x23a401,
0x220001,0xa4801,0xa4c01,0x58c801,0x99c01,0x58cc01,0x58d001,0x58d401,0x9a401,0x58d801,0x9c801,
0xa0c01,0xf2801,0xf2c01,0x9d001,0x58dc01,0x9d801,0xa1001,0x9ac01,0xa3c01,0x58e001,0x2401,0x58e401,
0x58e801,0x9f401,0xa3801,0xa4001,0xa4401,0x58ec01,0x58f001,0x9e801,0xa3401,0xf3001,0x58f401,0xa0401,
0x58f801,0x9d001,0xa1001,0xa3c01,0xa3401,0xa4001,0xa3801,0x97401,0x58a801,0x23a001,0x58ac01,0x97c01,
0x58b001,0x98401,0xa4801,0x98c01,0x58b401,0x58b801,0x58bc01,0x58c001,0x58c401,0x99401,0x23a401,
0x220001,0xa4801,0xa4c01,0x58c801,0x99c01,0x58cc01,0x58d001,0x58d401,0x9a401,0x58d801,0x9c801,
0xa0c01,0xf2801,0xf2c01,0x9d001,0x58dc01,0x9d801,0xa1001,0x9ac01,0xa3c01,0x58e001,0x2401,0x58e401,
0x58e801,0x9f401,0xa3801,0xa4001,0xa4401,0x58ec01,0x58f001,0x9e801,0xa3401,0xf3001,0x58f401,0xa0401,
0x58f801,0x9d001,0xa1001,0xa3c01,0xa3401,0xa4001,0xa3801,0x58fc01,0x590001,0x22e001,0x3001,0x1401,
0x1801,0x4001,0x22e401,0x22e801,0x22ec01,0x22f001,0x22f401,0x22e001,0x3001,0x1401,0x1801,0x4001,
0x22e401,0x22e801,0x22ec01,0x22f001,0x22f401,0x22e001,0x3001,0x1401,0x1801,0x4001,0x22e401,0x22e801,
0x22ec01,0x22f001,0x22f401,0x22e001,0x3001,0x1401,0x1801,0x4001,0x22e401,0x22e801,0x22ec01,0x22f001,
0x22f401,0x22e001,0x3001,0x1401,0x1801,0x4001,0x22e401,0x22e801,0x22ec01,0x22f001,0x22f401,0xaf801,
0x590401,0x590801,0xaa801,0x590c01,0xa9801,0xae801,0xb4801,0xa9001,0xab801,0x591001,0x591401,
0xb7801,0x591801,0x591c01,0x592001,0x592401,0xac801,0x592801,0x592c01,0x593001,0xbd801,0x593401,
0xbe801,0xb9801,0x593801,0x593c01,0xb2801,0xab001,0x594001,0xb8801,0x594401,0x594801,0xaf801,
0x590401,0x590801,0xaa801,0x590c01,0xa9801,0xae801,0xb4801,0xa9001,0xab801,0x591001,0xb7801,
0x591801,0x592001,0xac801,0x592801,0x592c01,0x593001,0xbd801,0x593401,0x41b001,0xbe801,0x594c01,
0xab001,0x595001,0x595401,0x595801,0x595c01,0x596001,0xbf801,0x4adc01,0x4ab401,0x540401,0xc0801,
0x4dc801,0x4ac001,0x4bdc01,0xc1801,0x4c6401,0x4c8801,0x4acc01,0x4ce801,0x4b8c01,0x4bf401,0x4c1401,
0x4bac01,0x4c4401,0x4d5c01,0x4eac01,0x4b0c01,0x4b3c01,0x4af001,0x4d5401,0x4bbc01,0x4bec01,0x4c0401,
0x596401,0x4a2801,0x596801,0x596c01,0x4adc01,0x4ab401,0x4d1801,0x4ac001,0xc1801,0x4c6401,0x4c8801,
0x4acc01,0x4ce801,0x4b8c01,0x4bf401,0x4c1401,0x4bac01,0x4c4401,0x4eac01,0x4b0c01,0x4b3c01,0x4af001,
0x4bbc01,0x4c0401,0x4ab401,0x4ac001,0xc1801,0x4c8801,0x4ce801,0x4b8c01,0x4bf401,0x4bac01,0x4c4401,
0x4eac01,0x4af001,0x4bbc01,0x4c0401,0x4a2801,0x596c01,0x4adc01,0x4ab401,0x4d1801,0x4ac001,0x4bdc01,
0xc1801,0x4c6401,0x4acc01,0x4ce801,0x4b8c01,0x4bf401,0x4c1401,0x4bac01,0x4c4401,0x4eac01,0x4b0c01,
0x4b3c01,0x4af001,0x4bbc01,0x4bec01,0x4c0401,0x596401,0x596801,0xbf801,0x4adc01,0x4ab401,0x540401,
0x4d1801,0xc0801,0x4dc801,0x4ac001,0x4bdc01,0xc1801,0x4c8801,0x4acc01,0x4ce801,0x4b8c01,0x4bf401,
0x4c1401,0x4bac01,0x4c4401,0x4d5c01,0x4eac01,0x4b0c01,0x4b3c01,0x4af001,0x4d5401,0x4bbc01,0x4bec01,
0x4c0401,0x4adc01,0x4ab401,0x540401,0xc0801,0x4dc801,0x4ac001,0x4bdc01,0xc1801,0x4c8801,0x4acc01,
0x4ce801,0x4b8c01,0x4bf401,0x4c1401,0x4bac01,0x4c4401,0x4d5c01,0x4eac01,0x4b0c01,0x4b3c01,0x4af001,
0x4d5401,0x4bbc01,0x4bec01,0x4c0401,0x27f402,0x597002,0x597802,0x598002,0x598802,0x599002,0x599802,
0x59a002,0x59a802,0x59b002,0x59b802,0x59c003,0x59cc03,0x59d803,0x59e403,0x59f003,0x59fc03,0x5a0803,
0x5a1403,0x5a2003,0x5a2c03,0x5a3803,0x5a4403,0x5a5003,0x5a5c03,0x5a6803,0x5a7403,0x5a8003,0x5a8c03,
0x5a9803,0x5aa403,0x5ab003,0x5abc03,0x5ac803,0x5ad403,0x5ae003,0x5aec03,0x5af803,0x8c01,0x44401,
0x5b0402,0x5b0c02,0x5c01,0xed001,0x8c01,0x27401,0x9401,0x10c801,0x2d401,0x31401,0xb401,0x37001,
0x38c01,0x39c01,0xed801,0xd401,0xdc01,0xee001,0x236401,0x44401,0x47401,0x4b401,0x10401,0x141801,
0x53401,0x148801,0x12401,0x55c01,0x5b1402,0x3efc02,0x5b1c02,0x5b2402,0x5b2c03,0x5b3802,0x5b4002,
0x5b4802,0x5b5002,0x5b5802,0x5b6002,0x5b6802,0x2e6001,0x2ae001,0x5b7001,0x5b7401,0x2ea002,0x29fc01,
0x5b7801,0x5b7c01,0x30d001,0x5b8001,0x5b8401,0x5b8801,0x449c01,0x5b8c01,0x5b9001,0x5b9401,0x5b9801,
0x5b9c01,0x5ba001,0x2b7001,0x5ba401,0x5ba801,0x5bac01,0x5bb001,0x5bb401,0x5bb801,0x29e401,0x30b001,
0x5bbc01,0x350c01,0x30bc01,0x351001,0x5bc001,0x2c5001,0x5bc401,0x5bc801,0x5bcc01,0x5bd001,0x5bd401,
0x338001,0x2b0801,0x5bd801,0x5bdc01,0x5be001,0x5be401,0x5be803,0x5bf403,0x5c0003,0x5c0c03,0x5c1803,
0x5c2403,0x5c3003,0x5c3c03,0x5c4803,0x5c5401,0x5c5801,0x22e001,0x3001,0x1401,0x1801,0x4001,0x22e401,
0x22e801,0x22ec01,0x22f001,0x22f401,0x5c5c20,0x5c6020,0x5c6420,0x5c6840,0x5c7020,0x461020,0x5c7420,
0x5c7820,0x5c7c20,0x5c8020,0x461420,0x5c8420,0x5c8820,0x5c8c40,0x461820,0x5c9420,0x5c9820,0x5c9c20,
0x5ca040,0x5ca820,0x5cac20,0x5b9420,0x5cb040,0x5cb820,0x5cbc20,0x5cc020,0x5cc420,0x46f820,0x5cc840,
0x2a2420,0x5cd020,0x5cd420,0x5cd820,0x5cdc20,0x5bdc20,0x5ce020,0x5ce420,0x470c20,0x461c20,0x462020,
0x471020,0x5ce820,0x5cec20,0x434820,0x5cf020,0x462420,0x5cf420,0x5cf820,0x5cfc20,0x5d0020,0x5d0020,
0x5d0020,0x5d0440,0x5d0c20,0x5d1020,0x5d1420,0x5d1840,0x5d2020,0x5d2420,0x5d2820,0x5d2c20,0x5d3020,
0x5d3420,0x5d3820,0x5d3c20,0x5d4020,0x5d4420,0x5d4820,0x5d4c20,0x5d5020,0x5d5020,0x471820,0x5d5420,
0x5d5820,0x5d5c20,0x5d6020,0x462c20,0x5d6420,0x5d6820,0x5d6c20,0x458c20,0x5d7020,0x5d7420,0x5d7820,
0x5d7c20,0x5d8020,0x5d8420,0x5d8820,0x5d8c20,0x5d9040,0x5d9820,0x5d9c20,0x5da020,0x5b7820,0x5da420,
0x5da820,0x5dac40,0x5db440,0x5dbc20,0x5dc020,0x5dc420,0x5dc820,0x5dcc20,0x5dd020,0x5dd420,0x5dd820,
0x5ddc20,0x5ddc20,0x5de040,0x5de820,0x5dec20,0x433820,0x5df020,0x5df440,0x5dfc20,0x5e0020,0x5e0420,
0x2a8c20,0x5e0820,0x5e0c20,0x2a9420,0x5e1020,0x5e1420,0x5e1840,0x5e2020,0x5e2440,0x5e2c20,0x5e3020,
0x5e3420,0x5e3820,0x5e3c20,0x5e4020,0x5e4420,0x5e4820,0x5e4c20,0x5e5020,0x5e5420,0x5e5840,0x5e6020,
0x5e6420,0x5e6820,0x5e6c20,0x426820,0x5e7040,0x2abc20,0x5e7840,0x5e7840,0x5e8020,0x5e8420,0x5e8420,
0x5e8820,0x5e8c40,0x5e9440,0x5e9c20,0x5ea020,0x5ea420,0x5ea820,0x5eac20,0x5eb020,0x5eb420,0x5eb820,
0x5ebc20,0x5ec020,0x464020,0x5ec440,0x5ecc20,0x5ed020,0x5ed420,0x474820,0x5ed420,0x5ed820,0x464820,
0x5edc20,0x5ee020,0x5ee420,0x5ee820,0x464c20,0x41fc20,0x3ce820,0x5eec20,0x5ef020,0x5ef420,0x5ef820,
0x5efc20,0x5f0040,0x5f0820,0x5f0c20,0x5f1020,0x5f1420,0x5f1820,0x5f1c40,0x5f2420,0x5f2820,0x5f2c20,
0x5f3020,0x5f3420,0x5f3820,0x5f3c20,0x5f4020,0x5f4420,0x465020,0x5f4820,0x5f4c40,0x5f5420,0x5f5820,
0x5f5c20,0x5f6020,0x465820,0x5f6420,0x5f6820,0x5f6c20,0x5f7020,0x5f7420,0x5f7820,0x5f7c20,0x5f8020,
0x426c20,0x476820,0x5f8420,0x5f8820,0x5f8c20,0x5f9040,0x5f9820,0x5f9c20,0x5fa020,0x5fa420,0x465c20,
0x5fa840,0x5fb020,0x5fb420,0x5fb820,0x481c20,0x5fbc20,0x5fc020,0x5fc420,0x5fc820,0x5fcc40,0x5fd420,
0x5fd820,0x5fdc20,0x5fe040,0x5fe820,0x5fec20,0x5ff020,0x5ff420,0x437c20,0x5ff820,0x5ffc40,0x600440,
0x600c40,0x601420,0x601840,0x602020,0x602420,0x602820,0x602c20,0x603020,0x466020,0x44c420,0x603420,
0x603820,0x603c20,0x604040,0x604820,0x604c20,0x605020,0x605420,0x477420,0x605820,0x605c40,0x606420,
0x606820,0x606c40,0x607440,0x607c20,0x608020,0x477820,0x608420,0x608820,0x608c20,0x609020,0x609420,
0x609820,0x609c40,0x60a420,0x60a840,0x60b020,0x60b440,0x60bc20,0x478020,0x60c020,0x60c440,0x60cc20,
0x60d020,0x60d440,0x60dc40,0x60e420,0x60e820,0x60ec20,0x60f020,0x60f420,0x60f420,0x60f820,0x60fc20,
0x478820,0x610020,0x610420,0x610820,0x610c20,0x611040,0x611820,0x611c40,0x434420,0x612440,0x612c20,
0x613040,0x613840,0x614040,0x614820,0x614c20,0x47a020,0x615040,0x615840,0x616040,0x616840,0x617020,
0x617420,0x617420,0x47a420,0x482420,0x617820,0x617c20,0x618020,0x618440,0x618c20,0x42b020,0x47ac20,
0x619020,0x619440,0x468820,0x619c40,0x61a440,0x45dc20,0x61ac20,0x61b020,0x469420,0x61b420,0x61b820,
0x61bc40,0x61c440,0x61c440,0x61cc20,0x61d020,0x61d440,0x61dc20,0x61e020,0x61e420,0x61e840,0x61f020,
0x61f420,0x61f820,0x61fc20,0x620020,0x620440,0x620c20,0x621020,0x621420,0x621820,0x621c20,0x622020,
0x622440,0x622c40,0x623420,0x623840,0x624020,0x624440,0x624c20,0x625020,0x46ac20,0x625440,0x625c40,
0x626420,0x626840,0x627020,0x627440,0x627c20,0x628020,0x628420,0x628820,0x628c20,0x629020,0x629440,
0x629c40,0x62a440,0x62ac40,0x5e8020,0x62b420,0x62b820,0x62bc20,0x62c020,0x62c420,0x62c820,0x62cc20,
0x62d020,0x62d420,0x62d820,0x62dc20,0x62e040,0x438820,0x62e820,0x62ec20,0x62f020,0x62f420,0x62f820,
0x62fc20,0x46b820,0x630020,0x630420,0x630820,0x630c20,0x631040,0x631840,0x632040,0x632820,0x632c20,
0x633020,0x633420,0x633840,0x634020,0x634440,0x634c20,0x635020,0x635440,0x635c40,0x636420,0x636820,
0x429c20,0x636c20,0x637020,0x637420,0x637820,0x637c20,0x638020,0x47c820,0x638420,0x638820,0x638c20,
0x639020,0x639420,0x639820,0x639c20,0x63a020,0x2c2420,0x63a440,0x63ac20,0x63b020,0x63b420,0x63b820,
0x63bc20,0x63c040,0x63c840,0x63d020,0x63d420,0x63d820,0x47dc20,0x47e020,0x2c4020,0x63dc40,0x63e420,
0x63e820,0x63ec20,0x63f020,0x63f440,0x63fc40,0x640420,0x640820,0x640c20,0x641040,0x641820,0x47e420,
0x641c40,0x642440,0x642c20,0x643020,0x643420,0x643840,0x644020,0x644420,0x644820,0x644c20,0x645020,
0x645420,0x645820,0x645c40,0x646420,0x646820,0x646c20,0x647040,0x647820,0x647c20,0x648020,0x648420,
0x648840,0x649040,0x649820,0x649c20,0x64a020,0x64a440,0x64ac20,0x64b040,0x47fc20,0x47fc20,0x64b820,
0x64bc40,0x64c420,0x64c820,0x64cc20,0x64d020,0x64d420,0x64d820,0x64dc20,0x64e040,0x480020,0x64e820,
0x64ec20,0x64f020,0x64f420,0x64f820,0x64fc40,0x650420,0x650840,0x651040,0x651840,0x2d0020,0x652020,
0x2d1020,0x652420,0x652820,0x652c20,0x653020,0x2d2420,0x653440,
};
static const uint16_t vkr__uc_dpool[6479] = {
0x20,0x308,0x61,0x20,0x304,0x32,0x33,0x20,0x301,0x3bc,0x20,0x327,0x31,0x6f,0x31,0x2044,0x34,0x31,
0x2044,0x32,0x33,0x2044,0x34,0x41,0x300,0x41,0x301,0x41,0x302,0x41,0x303,0x41,0x308,0x41,0x30a,0x43,
0x327,0x45,0x300,0x45,0x301,0x45,0x302,0x45,0x308,0x49,0x300,0x49,0x301,0x49,0x302,0x49,0x308,0x4e,
0x303,0x4f,0x300,0x4f,0x301,0x4f,0x302,0x4f,0x303,0x4f,0x308,0x55,0x300,0x55,0x301,0x55,0x302,0x55,
0x308,0x59,0x301,0x61,0x300,0x61,0x301,0x61,0x302,0x61,0x303,0x61,0x308,0x61,0x30a,0x63,0x327,0x65,
0x300,0x65,0x301,0x65,0x302,0x65,0x308,0x69,0x300,0x69,0x301,0x69,0x302,0x69,0x308,0x6e,0x303,0x6f,
0x300,0x6f,0x301,0x6f,0x302,0x6f,0x303,0x6f,0x308,0x75,0x300,0x75,0x301,0x75,0x302,0x75,0x308,0x79,
0x301,0x79,0x308,0x41,0x304,0x61,0x304,0x41,0x306,0x61,0x306,0x41,0x328,0x61,0x328,0x43,0x301,0x63,
0x301,0x43,0x302,0x63,0x302,0x43,0x307,0x63,0x307,0x43,0x30c,0x63,0x30c,0x44,0x30c,0x64,0x30c,0x45,
0x304,0x65,0x304,0x45,0x306,0x65,0x306,0x45,0x307,0x65,0x307,0x45,0x328,0x65,0x328,0x45,0x30c,0x65,
0x30c,0x47,0x302,0x67,0x302,0x47,0x306,0x67,0x306,0x47,0x307,0x67,0x307,0x47,0x327,0x67,0x327,0x48,
0x302,0x68,0x302,0x49,0x303,0x69,0x303,0x49,0x304,0x69,0x304,0x49,0x306,0x69,0x306,0x49,0x328,0x69,
0x328,0x49,0x307,0x49,0x4a,0x69,0x6a,0x4a,0x302,0x6a,0x302,0x4b,0x327,0x6b,0x327,0x4c,0x301,0x6c,
0x301,0x4c,0x327,0x6c,0x327,0x4c,0x30c,0x6c,0x30c,0x4c,0xb7,0x6c,0xb7,0x4e,0x301,0x6e,0x301,0x4e,
0x327,0x6e,0x327,0x4e,0x30c,0x6e,0x30c,0x2bc,0x6e,0x4f,0x304,0x6f,0x304,0x4f,0x306,0x6f,0x306,0x4f,
0x30b,0x6f,0x30b,0x52,0x301,0x72,0x301,0x52,0x327,0x72,0x327,0x52,0x30c,0x72,0x30c,0x53,0x301,0x73,
0x301,0x53,0x302,0x73,0x302,0x53,0x327,0x73,0x327,0x53,0x30c,0x73,0x30c,0x54,0x327,0x74,0x327,0x54,
0x30c,0x74,0x30c,0x55,0x303,0x75,0x303,0x55,0x304,0x75,0x304,0x55,0x306,0x75,0x306,0x55,0x30a,0x75,
0x30a,0x55,0x30b,0x75,0x30b,0x55,0x328,0x75,0x328,0x57,0x302,0x77,0x302,0x59,0x302,0x79,0x302,0x59,
0x308,0x5a,0x301,0x7a,0x301,0x5a,0x307,0x7a,0x307,0x5a,0x30c,0x7a,0x30c,0x4f,0x31b,0x6f,0x31b,0x55,
0x31b,0x75,0x31b,0x44,0x5a,0x30c,0x44,0x7a,0x30c,0x64,0x7a,0x30c,0x4c,0x4a,0x4c,0x6a,0x6c,0x6a,0x4e,
0x4a,0x4e,0x6a,0x6e,0x6a,0x41,0x30c,0x61,0x30c,0x49,0x30c,0x69,0x30c,0x4f,0x30c,0x6f,0x30c,0x55,
0x30c,0x75,0x30c,0x55,0x308,0x304,0x75,0x308,0x304,0x55,0x308,0x301,0x75,0x308,0x301,0x55,0x308,
0x30c,0x75,0x308,0x30c,0x55,0x308,0x300,0x75,0x308,0x300,0x41,0x308,0x304,0x61,0x308,0x304,0x41,
0x307,0x304,0x61,0x307,0x304,0xc6,0x304,0xe6,0x304,0x47,0x30c,0x67,0x30c,0x4b,0x30c,0x6b,0x30c,0x4f,
0x328,0x6f,0x328,0x4f,0x328,0x304,0x6f,0x328,0x304,0x1b7,0x30c,0x292,0x30c,0x6a,0x30c,0x47,0x301,
0x67,0x301,0x4e,0x300,0x6e,0x300,0x41,0x30a,0x301,0x61,0x30a,0x301,0xc6,0x301,0xe6,0x301,0xd8,0x301,
0xf8,0x301,0x41,0x30f,0x61,0x30f,0x41,0x311,0x61,0x311,0x45,0x30f,0x65,0x30f,0x45,0x311,0x65,0x311,
0x49,0x30f,0x69,0x30f,0x49,0x311,0x69,0x311,0x4f,0x30f,0x6f,0x30f,0x4f,0x311,0x6f,0x311,0x52,0x30f,
0x72,0x30f,0x52,0x311,0x72,0x311,0x55,0x30f,0x75,0x30f,0x55,0x311,0x75,0x311,0x53,0x326,0x73,0x326,
0x54,0x326,0x74,0x326,0x48,0x30c,0x68,0x30c,0x45,0x327,0x65,0x327,0x4f,0x308,0x304,0x6f,0x308,0x304,
0x4f,0x303,0x304,0x6f,0x303,0x304,0x4f,0x307,0x6f,0x307,0x4f,0x307,0x304,0x6f,0x307,0x304,0x59,
0x304,0x79,0x304,0x266,0x279,0x27b,0x281,0x20,0x306,0x20,0x307,0x20,0x30a,0x20,0x328,0x20,0x303,
0x20,0x30b,0x263,0x78,0x295,0x313,0x2b9,0x20,0x345,0x3b,0xa8,0x301,0x20,0x308,0x301,0x391,0x301,
0x395,0x301,0x397,0x301,0x399,0x301,0x39f,0x301,0x3a5,0x301,0x3a9,0x301,0x3b9,0x308,0x301,0x399,
0x308,0x3a5,0x308,0x3b1,0x301,0x3b5,0x301,0x3b7,0x301,0x3b9,0x301,0x3c5,0x308,0x301,0x3bf,0x301,
0x3c5,0x301,0x3c9,0x301,0x3b2,0x3b8,0x3d2,0x301,0x3a5,0x301,0x3d2,0x308,0x3a5,0x308,0x3c6,0x3c0,
0x3ba,0x3c1,0x3c2,0x398,0x3a3,0x415,0x300,0x415,0x308,0x413,0x301,0x406,0x308,0x41a,0x301,0x418,
0x300,0x423,0x306,0x418,0x306,0x438,0x306,0x435,0x300,0x435,0x308,0x433,0x301,0x456,0x308,0x43a,
0x301,0x438,0x300,0x443,0x306,0x474,0x30f,0x475,0x30f,0x416,0x306,0x436,0x306,0x410,0x306,0x430,
0x306,0x410,0x308,0x430,0x308,0x415,0x306,0x435,0x306,0x4d8,0x308,0x4d9,0x308,0x416,0x308,0x436,
0x308,0x417,0x308,0x437,0x308,0x418,0x304,0x438,0x304,0x418,0x308,0x438,0x308,0x41e,0x308,0x43e,
0x308,0x4e8,0x308,0x4e9,0x308,0x42d,0x308,0x44d,0x308,0x423,0x304,0x443,0x304,0x423,0x308,0x443,
0x308,0x423,0x30b,0x443,0x30b,0x427,0x308,0x447,0x308,0x42b,0x308,0x44b,0x308,0x565,0x582,0x627,
0x653,0x627,0x654,0x648,0x654,0x627,0x655,0x64a,0x654,0x627,0x674,0x648,0x674,0x6c7,0x674,0x64a,
0x674,0x6d5,0x654,0x6c1,0x654,0x6d2,0x654,0x928,0x93c,0x930,0x93c,0x933,0x93c,0x915,0x93c,0x916,
0x93c,0x917,0x93c,0x91c,0x93c,0x921,0x93c,0x922,0x93c,0x92b,0x93c,0x92f,0x93c,0x9c7,0x9be,0x9c7,
0x9d7,0x9a1,0x9bc,0x9a2,0x9bc,0x9af,0x9bc,0xa32,0xa3c,0xa38,0xa3c,0xa16,0xa3c,0xa17,0xa3c,0xa1c,
0xa3c,0xa2b,0xa3c,0xb47,0xb56,0xb47,0xb3e,0xb47,0xb57,0xb21,0xb3c,0xb22,0xb3c,0xb92,0xbd7,0xbc6,
0xbbe,0xbc7,0xbbe,0xbc6,0xbd7,0xc46,0xc56,0xcbf,0xcd5,0xcc6,0xcd5,0xcc6,0xcd6,0xcc6,0xcc2,0xcd5,
0xd46,0xd3e,0xd47,0xd3e,0xd46,0xd57,0xdd9,0xdca,0xdd9,0xdcf,0xdca,0xdd9,0xddf,0xe4d,0xe32,0xecd,
0xeb2,0xeab,0xe99,0xeab,0xea1,0xf0b,0xf42,0xfb7,0xf4c,0xfb7,0xf51,0xfb7,0xf56,0xfb7,0xf5b,0xfb7,
0xf40,0xfb5,0xf71,0xf72,0xf71,0xf74,0xfb2,0xf80,0xfb2,0xf71,0xf80,0xfb3,0xf80,0xfb3,0xf71,0xf80,
0xf92,0xfb7,0xf9c,0xfb7,0xfa1,0xfb7,0xfa6,0xfb7,0xfab,0xfb7,0xf90,0xfb5,0x1025,0x102e,0x10dc,0x1b05,
0x1b35,0x1b07,0x1b35,0x1b09,0x1b35,0x1b0b,0x1b35,0x1b0d,0x1b35,0x1b11,0x1b35,0x1b3a,0x1b35,0x1b3c,
0x1b35,0x1b3e,0x1b35,0x1b3f,0x1b35,0x1b42,0x1b35,0x42,0x18e,0x4d,0x222,0x50,0x250,0x251,0x1d02,0x62,
0x259,0x25b,0x25c,0x6d,0x14b,0x254,0x1d16,0x1d17,0x70,0x1d1d,0x26f,0x76,0x1d25,0x3b3,0x3b4,0x3c7,
0x43d,0x252,0x255,0xf0,0x66,0x25f,0x261,0x265,0x268,0x269,0x26a,0x1d7b,0x29d,0x26d,0x1d85,0x29f,
0x271,0x270,0x272,0x273,0x274,0x275,0x278,0x282,0x283,0x1ab,0x289,0x28a,0x1d1c,0x28b,0x28c,0x290,
0x291,0x41,0x325,0x61,0x325,0x42,0x307,0x62,0x307,0x42,0x323,0x62,0x323,0x42,0x331,0x62,0x331,0x43,
0x327,0x301,0x63,0x327,0x301,0x44,0x307,0x64,0x307,0x44,0x323,0x64,0x323,0x44,0x331,0x64,0x331,0x44,
0x327,0x64,0x327,0x44,0x32d,0x64,0x32d,0x45,0x304,0x300,0x65,0x304,0x300,0x45,0x304,0x301,0x65,
0x304,0x301,0x45,0x32d,0x65,0x32d,0x45,0x330,0x65,0x330,0x45,0x327,0x306,0x65,0x327,0x306,0x46,
0x307,0x66,0x307,0x47,0x304,0x67,0x304,0x48,0x307,0x68,0x307,0x48,0x323,0x68,0x323,0x48,0x308,0x68,
0x308,0x48,0x327,0x68,0x327,0x48,0x32e,0x68,0x32e,0x49,0x330,0x69,0x330,0x49,0x308,0x301,0x69,0x308,
0x301,0x4b,0x301,0x6b,0x301,0x4b,0x323,0x6b,0x323,0x4b,0x331,0x6b,0x331,0x4c,0x323,0x6c,0x323,0x4c,
0x323,0x304,0x6c,0x323,0x304,0x4c,0x331,0x6c,0x331,0x4c,0x32d,0x6c,0x32d,0x4d,0x301,0x6d,0x301,0x4d,
0x307,0x6d,0x307,0x4d,0x323,0x6d,0x323,0x4e,0x307,0x6e,0x307,0x4e,0x323,0x6e,0x323,0x4e,0x331,0x6e,
0x331,0x4e,0x32d,0x6e,0x32d,0x4f,0x303,0x301,0x6f,0x303,0x301,0x4f,0x303,0x308,0x6f,0x303,0x308,
0x4f,0x304,0x300,0x6f,0x304,0x300,0x4f,0x304,0x301,0x6f,0x304,0x301,0x50,0x301,0x70,0x301,0x50,
0x307,0x70,0x307,0x52,0x307,0x72,0x307,0x52,0x323,0x72,0x323,0x52,0x323,0x304,0x72,0x323,0x304,0x52,
0x331,0x72,0x331,0x53,0x307,0x73,0x307,0x53,0x323,0x73,0x323,0x53,0x301,0x307,0x73,0x301,0x307,0x53,
0x30c,0x307,0x73,0x30c,0x307,0x53,0x323,0x307,0x73,0x323,0x307,0x54,0x307,0x74,0x307,0x54,0x323,
0x74,0x323,0x54,0x331,0x74,0x331,0x54,0x32d,0x74,0x32d,0x55,0x324,0x75,0x324,0x55,0x330,0x75,0x330,
0x55,0x32d,0x75,0x32d,0x55,0x303,0x301,0x75,0x303,0x301,0x55,0x304,0x308,0x75,0x304,0x308,0x56,
0x303,0x76,0x303,0x56,0x323,0x76,0x323,0x57,0x300,0x77,0x300,0x57,0x301,0x77,0x301,0x57,0x308,0x77,
0x308,0x57,0x307,0x77,0x307,0x57,0x323,0x77,0x323,0x58,0x307,0x78,0x307,0x58,0x308,0x78,0x308,0x59,
0x307,0x79,0x307,0x5a,0x302,0x7a,0x302,0x5a,0x323,0x7a,0x323,0x5a,0x331,0x7a,0x331,0x68,0x331,0x74,
0x308,0x77,0x30a,0x79,0x30a,0x61,0x2be,0x17f,0x307,0x73,0x307,0x41,0x323,0x61,0x323,0x41,0x309,0x61,
0x309,0x41,0x302,0x301,0x61,0x302,0x301,0x41,0x302,0x300,0x61,0x302,0x300,0x41,0x302,0x309,0x61,
0x302,0x309,0x41,0x302,0x303,0x61,0x302,0x303,0x41,0x323,0x302,0x61,0x323,0x302,0x41,0x306,0x301,
0x61,0x306,0x301,0x41,0x306,0x300,0x61,0x306,0x300,0x41,0x306,0x309,0x61,0x306,0x309,0x41,0x306,
0x303,0x61,0x306,0x303,0x41,0x323,0x306,0x61,0x323,0x306,0x45,0x323,0x65,0x323,0x45,0x309,0x65,
0x309,0x45,0x303,0x65,0x303,0x45,0x302,0x301,0x65,0x302,0x301,0x45,0x302,0x300,0x65,0x302,0x300,
0x45,0x302,0x309,0x65,0x302,0x309,0x45,0x302,0x303,0x65,0x302,0x303,0x45,0x323,0x302,0x65,0x323,
0x302,0x49,0x309,0x69,0x309,0x49,0x323,0x69,0x323,0x4f,0x323,0x6f,0x323,0x4f,0x309,0x6f,0x309,0x4f,
0x302,0x301,0x6f,0x302,0x301,0x4f,0x302,0x300,0x6f,0x302,0x300,0x4f,0x302,0x309,0x6f,0x302,0x309,
0x4f,0x302,0x303,0x6f,0x302,0x303,0x4f,0x323,0x302,0x6f,0x323,0x302,0x4f,0x31b,0x301,0x6f,0x31b,
0x301,0x4f,0x31b,0x300,0x6f,0x31b,0x300,0x4f,0x31b,0x309,0x6f,0x31b,0x309,0x4f,0x31b,0x303,0x6f,
0x31b,0x303,0x4f,0x31b,0x323,0x6f,0x31b,0x323,0x55,0x323,0x75,0x323,0x55,0x309,0x75,0x309,0x55,
0x31b,0x301,0x75,0x31b,0x301,0x55,0x31b,0x300,0x75,0x31b,0x300,0x55,0x31b,0x309,0x75,0x31b,0x309,
0x55,0x31b,0x303,0x75,0x31b,0x303,0x55,0x31b,0x323,0x75,0x31b,0x323,0x59,0x300,0x79,0x300,0x59,
0x323,0x79,0x323,0x59,0x309,0x79,0x309,0x59,0x303,0x79,0x303,0x3b1,0x313,0x3b1,0x314,0x3b1,0x313,
0x300,0x3b1,0x314,0x300,0x3b1,0x313,0x301,0x3b1,0x314,0x301,0x3b1,0x313,0x342,0x3b1,0x314,0x342,
0x391,0x313,0x391,0x314,0x391,0x313,0x300,0x391,0x314,0x300,0x391,0x313,0x301,0x391,0x314,0x301,
0x391,0x313,0x342,0x391,0x314,0x342,0x3b5,0x313,0x3b5,0x314,0x3b5,0x313,0x300,0x3b5,0x314,0x300,
0x3b5,0x313,0x301,0x3b5,0x314,0x301,0x395,0x313,0x395,0x314,0x395,0x313,0x300,0x395,0x314,0x300,
0x395,0x313,0x301,0x395,0x314,0x301,0x3b7,0x313,0x3b7,0x314,0x3b7,0x313,0x300,0x3b7,0x314,0x300,
0x3b7,0x313,0x301,0x3b7,0x314,0x301,0x3b7,0x313,0x342,0x3b7,0x314,0x342,0x397,0x313,0x397,0x314,
0x397,0x313,0x300,0x397,0x314,0x300,0x397,0x313,0x301,0x397,0x314,0x301,0x397,0x313,0x342,0x397,
0x314,0x342,0x3b9,0x313,0x3b9,0x314,0x3b9,0x313,0x300,0x3b9,0x314,0x300,0x3b9,0x313,0x301,0x3b9,
0x314,0x301,0x3b9,0x313,0x342,0x3b9,0x314,0x342,0x399,0x313,0x399,0x314,0x399,0x313,0x300,0x399,
0x314,0x300,0x399,0x313,0x301,0x399,0x314,0x301,0x399,0x313,0x342,0x399,0x314,0x342,0x3bf,0x313,
0x3bf,0x314,0x3bf,0x313,0x300,0x3bf,0x314,0x300,0x3bf,0x313,0x301,0x3bf,0x314,0x301,0x39f,0x313,
0x39f,0x314,0x39f,0x313,0x300,0x39f,0x314,0x300,0x39f,0x313,0x301,0x39f,0x314,0x301,0x3c5,0x313,
0x3c5,0x314,0x3c5,0x313,0x300,0x3c5,0x314,0x300,0x3c5,0x313,0x301,0x3c5,0x314,0x301,0x3c5,0x313,
0x342,0x3c5,0x314,0x342,0x3a5,0x314,0x300,0x3a5,0x314,0x301,0x3a5,0x314,0x342,0x3c9,0x313,0x3c9,
0x314,0x3c9,0x313,0x300,0x3c9,0x314,0x300,0x3c9,0x313,0x301,0x3c9,0x314,0x301,0x3c9,0x313,0x342,
0x3c9,0x314,0x342,0x3a9,0x313,0x3a9,0x314,0x3a9,0x313,0x300,0x3a9,0x314,0x300,0x3a9,0x313,0x301,
0x3a9,0x314,0x301,0x3a9,0x313,0x342,0x3a9,0x314,0x342,0x3b1,0x300,0x3b5,0x300,0x3b7,0x300,0x3b9,
0x300,0x3bf,0x300,0x3c5,0x300,0x3c9,0x300,0x3b1,0x313,0x345,0x3b1,0x314,0x345,0x3b1,0x313,0x300,
0x345,0x3b1,0x314,0x300,0x345,0x3b1,0x313,0x301,0x345,0x3b1,0x314,0x301,0x345,0x3b1,0x313,0x342,
0x345,0x3b1,0x314,0x342,0x345,0x391,0x313,0x345,0x391,0x314,0x345,0x391,0x313,0x300,0x345,0x391,
0x314,0x300,0x345,0x391,0x313,0x301,0x345,0x391,0x314,0x301,0x345,0x391,0x313,0x342,0x345,0x391,
0x314,0x342,0x345,0x3b7,0x313,0x345,0x3b7,0x314,0x345,0x3b7,0x313,0x300,0x345,0x3b7,0x314,0x300,
0x345,0x3b7,0x313,0x301,0x345,0x3b7,0x314,0x301,0x345,0x3b7,0x313,0x342,0x345,0x3b7,0x314,0x342,
0x345,0x397,0x313,0x345,0x397,0x314,0x345,0x397,0x313,0x300,0x345,0x397,0x314,0x300,0x345,0x397,
0x313,0x301,0x345,0x397,0x314,0x301,0x345,0x397,0x313,0x342,0x345,0x397,0x314,0x342,0x345,0x3c9,
0x313,0x345,0x3c9,0x314,0x345,0x3c9,0x313,0x300,0x345,0x3c9,0x314,0x300,0x345,0x3c9,0x313,0x301,
0x345,0x3c9,0x314,0x301,0x345,0x3c9,0x313,0x342,0x345,0x3c9,0x314,0x342,0x345,0x3a9,0x313,0x345,
0x3a9,0x314,0x345,0x3a9,0x313,0x300,0x345,0x3a9,0x314,0x300,0x345,0x3a9,0x313,0x301,0x345,0x3a9,
0x314,0x301,0x345,0x3a9,0x313,0x342,0x345,0x3a9,0x314,0x342,0x345,0x3b1,0x306,0x3b1,0x304,0x3b1,
0x300,0x345,0x3b1,0x345,0x3b1,0x301,0x345,0x3b1,0x342,0x345,0x391,0x306,0x391,0x304,0x391,0x300,
0x391,0x345,0x20,0x313,0x20,0x342,0xa8,0x342,0x20,0x308,0x342,0x3b7,0x300,0x345,0x3b7,0x345,0x3b7,
0x301,0x345,0x3b7,0x342,0x345,0x395,0x300,0x397,0x300,0x397,0x345,0x1fbf,0x300,0x20,0x313,0x300,
0x1fbf,0x301,0x20,0x313,0x301,0x1fbf,0x342,0x20,0x313,0x342,0x3b9,0x306,0x3b9,0x304,0x3b9,0x308,
0x300,0x3b9,0x342,0x3b9,0x308,0x342,0x399,0x306,0x399,0x304,0x399,0x300,0x1ffe,0x300,0x20,0x314,
0x300,0x1ffe,0x301,0x20,0x314,0x301,0x1ffe,0x342,0x20,0x314,0x342,0x3c5,0x306,0x3c5,0x304,0x3c5,
0x308,0x300,0x3c1,0x313,0x3c1,0x314,0x3c5,0x342,0x3c5,0x308,0x342,0x3a5,0x306,0x3a5,0x304,0x3a5,
0x300,0x3a1,0x314,0xa8,0x300,0x20,0x308,0x300,0x60,0x3c9,0x300,0x345,0x3c9,0x345,0x3c9,0x301,0x345,
0x3c9,0x342,0x345,0x39f,0x300,0x3a9,0x300,0x3a9,0x345,0xb4,0x20,0x301,0x2002,0x20,0x2003,0x20,
0x2010,0x20,0x333,0x2e,0x2e,0x2e,0x2032,0x2032,0x2032,0x2035,0x2035,0x2035,0x21,0x21,0x20,0x305,
0x3f,0x3f,0x21,0x3f,0x2032,0x2032,0x2032,0x2032,0x30,0x35,0x36,0x37,0x38,0x39,0x2b,0x2212,0x3d,0x28,
0x29,0x52,0x73,0x61,0x2f,0x63,0x61,0x2f,0x73,0xb0,0x43,0x63,0x2f,0x6f,0x63,0x2f,0x75,0x190,0xb0,
0x46,0x127,0x4e,0x6f,0x51,0x53,0x4d,0x54,0x45,0x4c,0x54,0x4d,0x5d0,0x5d1,0x5d2,0x5d3,0x46,0x41,0x58,
0x393,0x3a0,0x2211,0x31,0x2044,0x37,0x31,0x2044,0x39,0x31,0x2044,0x31,0x30,0x31,0x2044,0x33,0x32,
0x2044,0x33,0x31,0x2044,0x35,0x32,0x2044,0x35,0x33,0x2044,0x35,0x34,0x2044,0x35,0x31,0x2044,0x36,
0x35,0x2044,0x36,0x31,0x2044,0x38,0x33,0x2044,0x38,0x35,0x2044,0x38,0x37,0x2044,0x38,0x49,0x49,0x49,
0x56,0x49,0x49,0x49,0x58,0x49,0x49,0x69,0x69,0x69,0x76,0x69,0x69,0x69,0x78,0x69,0x69,0x30,0x2044,
0x33,0x2190,0x338,0x2192,0x338,0x2194,0x338,0x21d0,0x338,0x21d4,0x338,0x21d2,0x338,0x2203,0x338,
0x2208,0x338,0x220b,0x338,0x2223,0x338,0x2225,0x338,0x222b,0x222b,0x222b,0x222e,0x222e,0x222e,
0x223c,0x338,0x2243,0x338,0x2245,0x338,0x2248,0x338,0x3d,0x338,0x2261,0x338,0x224d,0x338,0x3c,0x338,
0x3e,0x338,0x2264,0x338,0x2265,0x338,0x2272,0x338,0x2273,0x338,0x2276,0x338,0x2277,0x338,0x227a,
0x338,0x227b,0x338,0x2282,0x338,0x2283,0x338,0x2286,0x338,0x2287,0x338,0x22a2,0x338,0x22a8,0x338,
0x22a9,0x338,0x22ab,0x338,0x227c,0x338,0x227d,0x338,0x2291,0x338,0x2292,0x338,0x22b2,0x338,0x22b3,
0x338,0x22b4,0x338,0x22b5,0x338,0x3008,0x3009,0x31,0x31,0x32,0x31,0x33,0x31,0x34,0x31,0x35,0x31,
0x36,0x31,0x37,0x31,0x38,0x31,0x39,0x32,0x30,0x28,0x31,0x29,0x28,0x32,0x29,0x28,0x33,0x29,0x28,0x34,
0x29,0x28,0x35,0x29,0x28,0x36,0x29,0x28,0x37,0x29,0x28,0x38,0x29,0x28,0x39,0x29,0x28,0x31,0x30,0x29,
0x28,0x31,0x31,0x29,0x28,0x31,0x32,0x29,0x28,0x31,0x33,0x29,0x28,0x31,0x34,0x29,0x28,0x31,0x35,0x29,
0x28,0x31,0x36,0x29,0x28,0x31,0x37,0x29,0x28,0x31,0x38,0x29,0x28,0x31,0x39,0x29,0x28,0x32,0x30,0x29,
0x31,0x2e,0x32,0x2e,0x33,0x2e,0x34,0x2e,0x35,0x2e,0x36,0x2e,0x37,0x2e,0x38,0x2e,0x39,0x2e,0x31,0x30,
0x2e,0x31,0x31,0x2e,0x31,0x32,0x2e,0x31,0x33,0x2e,0x31,0x34,0x2e,0x31,0x35,0x2e,0x31,0x36,0x2e,0x31,
0x37,0x2e,0x31,0x38,0x2e,0x31,0x39,0x2e,0x32,0x30,0x2e,0x28,0x61,0x29,0x28,0x62,0x29,0x28,0x63,0x29,
0x28,0x64,0x29,0x28,0x65,0x29,0x28,0x66,0x29,0x28,0x67,0x29,0x28,0x68,0x29,0x28,0x69,0x29,0x28,0x6a,
0x29,0x28,0x6b,0x29,0x28,0x6c,0x29,0x28,0x6d,0x29,0x28,0x6e,0x29,0x28,0x6f,0x29,0x28,0x70,0x29,0x28,
0x71,0x29,0x28,0x72,0x29,0x28,0x73,0x29,0x28,0x74,0x29,0x28,0x75,0x29,0x28,0x76,0x29,0x28,0x77,0x29,
0x28,0x78,0x29,0x28,0x79,0x29,0x28,0x7a,0x29,0x222b,0x222b,0x222b,0x222b,0x3a,0x3a,0x3d,0x3d,0x3d,
0x2add,0x338,0x2d61,0x6bcd,0x9f9f,0x4e00,0x4e28,0x4e36,0x4e3f,0x4e59,0x4e85,0x4e8c,0x4ea0,0x4eba,
0x513f,0x5165,0x516b,0x5182,0x5196,0x51ab,0x51e0,0x51f5,0x5200,0x529b,0x52f9,0x5315,0x531a,0x5338,
0x5341,0x535c,0x5369,0x5382,0x53b6,0x53c8,0x53e3,0x56d7,0x571f,0x58eb,0x5902,0x590a,0x5915,0x5927,
0x5973,0x5b50,0x5b80,0x5bf8,0x5c0f,0x5c22,0x5c38,0x5c6e,0x5c71,0x5ddb,0x5de5,0x5df1,0x5dfe,0x5e72,
0x5e7a,0x5e7f,0x5ef4,0x5efe,0x5f0b,0x5f13,0x5f50,0x5f61,0x5f73,0x5fc3,0x6208,0x6236,0x624b,0x652f,
0x6534,0x6587,0x6597,0x65a4,0x65b9,0x65e0,0x65e5,0x66f0,0x6708,0x6728,0x6b20,0x6b62,0x6b79,0x6bb3,
0x6bcb,0x6bd4,0x6bdb,0x6c0f,0x6c14,0x6c34,0x706b,0x722a,0x7236,0x723b,0x723f,0x7247,0x7259,0x725b,
0x72ac,0x7384,0x7389,0x74dc,0x74e6,0x7518,0x751f,0x7528,0x7530,0x758b,0x7592,0x7676,0x767d,0x76ae,
0x76bf,0x76ee,0x77db,0x77e2,0x77f3,0x793a,0x79b8,0x79be,0x7a74,0x7acb,0x7af9,0x7c73,0x7cf8,0x7f36,
0x7f51,0x7f8a,0x7fbd,0x8001,0x800c,0x8012,0x8033,0x807f,0x8089,0x81e3,0x81ea,0x81f3,0x81fc,0x820c,
0x821b,0x821f,0x826e,0x8272,0x8278,0x864d,0x866b,0x8840,0x884c,0x8863,0x897e,0x898b,0x89d2,0x8a00,
0x8c37,0x8c46,0x8c55,0x8c78,0x8c9d,0x8d64,0x8d70,0x8db3,0x8eab,0x8eca,0x8f9b,0x8fb0,0x8fb5,0x9091,
0x9149,0x91c6,0x91cc,0x91d1,0x9577,0x9580,0x961c,0x96b6,0x96b9,0x96e8,0x9751,0x975e,0x9762,0x9769,
0x97cb,0x97ed,0x97f3,0x9801,0x98a8,0x98db,0x98df,0x9996,0x9999,0x99ac,0x9aa8,0x9ad8,0x9adf,0x9b25,
0x9b2f,0x9b32,0x9b3c,0x9b5a,0x9ce5,0x9e75,0x9e7f,0x9ea5,0x9ebb,0x9ec3,0x9ecd,0x9ed1,0x9ef9,0x9efd,
0x9f0e,0x9f13,0x9f20,0x9f3b,0x9f4a,0x9f52,0x9f8d,0x9f9c,0x9fa0,0x3012,0x5344,0x5345,0x304b,0x3099,
0x304d,0x3099,0x304f,0x3099,0x3051,0x3099,0x3053,0x3099,0x3055,0x3099,0x3057,0x3099,0x3059,0x3099,
0x305b,0x3099,0x305d,0x3099,0x305f,0x3099,0x3061,0x3099,0x3064,0x3099,0x3066,0x3099,0x3068,0x3099,
0x306f,0x3099,0x306f,0x309a,0x3072,0x3099,0x3072,0x309a,0x3075,0x3099,0x3075,0x309a,0x3078,0x3099,
0x3078,0x309a,0x307b,0x3099,0x307b,0x309a,0x3046,0x3099,0x20,0x3099,0x20,0x309a,0x309d,0x3099,
0x3088,0x308a,0x30ab,0x3099,0x30ad,0x3099,0x30af,0x3099,0x30b1,0x3099,0x30b3,0x3099,0x30b5,0x3099,
0x30b7,0x3099,0x30b9,0x3099,0x30bb,0x3099,0x30bd,0x3099,0x30bf,0x3099,0x30c1,0x3099,0x30c4,0x3099,
0x30c6,0x3099,0x30c8,0x3099,0x30cf,0x3099,0x30cf,0x309a,0x30d2,0x3099,0x30d2,0x309a,0x30d5,0x3099,
0x30d5,0x309a,0x30d8,0x3099,0x30d8,0x309a,0x30db,0x3099,0x30db,0x309a,0x30a6,0x3099,0x30ef,0x3099,
0x30f0,0x3099,0x30f1,0x3099,0x30f2,0x3099,0x30fd,0x3099,0x30b3,0x30c8,0x1100,0x1101,0x11aa,0x1102,
0x11ac,0x11ad,0x1103,0x1104,0x1105,0x11b0,0x11b1,0x11b2,0x11b3,0x11b4,0x11b5,0x111a,0x1106,0x1107,
0x1108,0x1121,0x1109,0x110a,0x110b,0x110c,0x110d,0x110e,0x110f,0x1110,0x1111,0x1112,0x1161,0x1162,
0x1163,0x1164,0x1165,0x1166,0x1167,0x1168,0x1169,0x116a,0x116b,0x116c,0x116d,0x116e,0x116f,0x1170,
0x1171,0x1172,0x1173,0x1174,0x1175,0x1160,0x1114,0x1115,0x11c7,0x11c8,0x11cc,0x11ce,0x11d3,0x11d7,
0x11d9,0x111c,0x11dd,0x11df,0x111d,0x111e,0x1120,0x1122,0x1123,0x1127,0x1129,0x112b,0x112c,0x112d,
0x112e,0x112f,0x1132,0x1136,0x1140,0x1147,0x114c,0x11f1,0x11f2,0x1157,0x1158,0x1159,0x1184,0x1185,
0x1188,0x1191,0x1192,0x1194,0x119e,0x11a1,0x4e09,0x56db,0x4e0a,0x4e2d,0x4e0b,0x7532,0x4e19,0x4e01,
0x5929,0x5730,0x28,0x1100,0x29,0x28,0x1102,0x29,0x28,0x1103,0x29,0x28,0x1105,0x29,0x28,0x1106,0x29,
0x28,0x1107,0x29,0x28,0x1109,0x29,0x28,0x110b,0x29,0x28,0x110c,0x29,0x28,0x110e,0x29,0x28,0x110f,
0x29,0x28,0x1110,0x29,0x28,0x1111,0x29,0x28,0x1112,0x29,0x28,0x1100,0x1161,0x29,0x28,0x1102,0x1161,
0x29,0x28,0x1103,0x1161,0x29,0x28,0x1105,0x1161,0x29,0x28,0x1106,0x1161,0x29,0x28,0x1107,0x1161,
0x29,0x28,0x1109,0x1161,0x29,0x28,0x110b,0x1161,0x29,0x28,0x110c,0x1161,0x29,0x28,0x110e,0x1161,
0x29,0x28,0x110f,0x1161,0x29,0x28,0x1110,0x1161,0x29,0x28,0x1111,0x1161,0x29,0x28,0x1112,0x1161,
0x29,0x28,0x110c,0x116e,0x29,0x28,0x110b,0x1169,0x110c,0x1165,0x11ab,0x29,0x28,0x110b,0x1169,0x1112,
0x116e,0x29,0x28,0x4e00,0x29,0x28,0x4e8c,0x29,0x28,0x4e09,0x29,0x28,0x56db,0x29,0x28,0x4e94,0x29,
0x28,0x516d,0x29,0x28,0x4e03,0x29,0x28,0x516b,0x29,0x28,0x4e5d,0x29,0x28,0x5341,0x29,0x28,0x6708,
0x29,0x28,0x706b,0x29,0x28,0x6c34,0x29,0x28,0x6728,0x29,0x28,0x91d1,0x29,0x28,0x571f,0x29,0x28,
0x65e5,0x29,0x28,0x682a,0x29,0x28,0x6709,0x29,0x28,0x793e,0x29,0x28,0x540d,0x29,0x28,0x7279,0x29,
0x28,0x8ca1,0x29,0x28,0x795d,0x29,0x28,0x52b4,0x29,0x28,0x4ee3,0x29,0x28,0x547c,0x29,0x28,0x5b66,
0x29,0x28,0x76e3,0x29,0x28,0x4f01,0x29,0x28,0x8cc7,0x29,0x28,0x5354,0x29,0x28,0x796d,0x29,0x28,
0x4f11,0x29,0x28,0x81ea,0x29,0x28,0x81f3,0x29,0x554f,0x5e7c,0x7b8f,0x50,0x54,0x45,0x32,0x32,0x34,
0x32,0x35,0x32,0x36,0x32,0x37,0x32,0x38,0x32,0x39,0x33,0x30,0x33,0x33,0x34,0x33,0x35,0x110e,0x1161,
0x11b7,0x1100,0x1169,0x110c,0x116e,0x110b,0x1174,0x110b,0x116e,0x79d8,0x7537,0x9069,0x512a,0x5370,
0x6ce8,0x9805,0x5199,0x6b63,0x5de6,0x53f3,0x533b,0x5b97,0x591c,0x33,0x36,0x33,0x37,0x33,0x38,0x33,
0x39,0x34,0x30,0x34,0x34,0x35,0x34,0x36,0x34,0x37,0x34,0x38,0x34,0x39,0x35,0x30,0x31,0x6708,0x32,
0x6708,0x33,0x6708,0x34,0x6708,0x35,0x6708,0x36,0x6708,0x37,0x6708,0x38,0x6708,0x39,0x6708,0x31,
0x30,0x6708,0x31,0x31,0x6708,0x31,0x32,0x6708,0x48,0x67,0x65,0x72,0x67,0x65,0x56,0x4c,0x54,0x44,
0x30a2,0x30a4,0x30a8,0x30aa,0x30ca,0x30cb,0x30cc,0x30cd,0x30ce,0x30de,0x30df,0x30e0,0x30e1,0x30e2,
0x30e4,0x30e6,0x30e8,0x30e9,0x30ea,0x30eb,0x30ec,0x30ed,0x4ee4,0x548c,0x30a2,0x30cf,0x309a,0x30fc,
0x30c8,0x30a2,0x30eb,0x30d5,0x30a1,0x30a2,0x30f3,0x30d8,0x309a,0x30a2,0x30fc,0x30eb,0x30a4,0x30cb,
0x30f3,0x30af,0x3099,0x30a4,0x30f3,0x30c1,0x30a6,0x30a9,0x30f3,0x30a8,0x30b9,0x30af,0x30fc,0x30c8,
0x3099,0x30a8,0x30fc,0x30ab,0x30fc,0x30aa,0x30f3,0x30b9,0x30aa,0x30fc,0x30e0,0x30ab,0x30a4,0x30ea,
0x30ab,0x30e9,0x30c3,0x30c8,0x30ab,0x30ed,0x30ea,0x30fc,0x30ab,0x3099,0x30ed,0x30f3,0x30ab,0x3099,
0x30f3,0x30de,0x30ad,0x3099,0x30ab,0x3099,0x30ad,0x3099,0x30cb,0x30fc,0x30ad,0x30e5,0x30ea,0x30fc,
0x30ad,0x3099,0x30eb,0x30bf,0x3099,0x30fc,0x30ad,0x30ed,0x30af,0x3099,0x30e9,0x30e0,0x30ad,0x30ed,
0x30e1,0x30fc,0x30c8,0x30eb,0x30ad,0x30ed,0x30ef,0x30c3,0x30c8,0x30af,0x3099,0x30e9,0x30e0,0x30c8,
0x30f3,0x30af,0x30eb,0x30bb,0x3099,0x30a4,0x30ed,0x30af,0x30ed,0x30fc,0x30cd,0x30b1,0x30fc,0x30b9,
0x30b3,0x30eb,0x30ca,0x30b3,0x30fc,0x30db,0x309a,0x30b5,0x30a4,0x30af,0x30eb,0x30b5,0x30f3,0x30c1,
0x30fc,0x30e0,0x30b7,0x30ea,0x30f3,0x30af,0x3099,0x30bb,0x30f3,0x30c1,0x30bb,0x30f3,0x30c8,0x30bf,
0x3099,0x30fc,0x30b9,0x30c6,0x3099,0x30b7,0x30c8,0x3099,0x30eb,0x30ca,0x30ce,0x30c3,0x30c8,0x30cf,
0x30a4,0x30c4,0x30cf,0x309a,0x30fc,0x30bb,0x30f3,0x30c8,0x30cf,0x309a,0x30fc,0x30c4,0x30cf,0x3099,
0x30fc,0x30ec,0x30eb,0x30d2,0x309a,0x30a2,0x30b9,0x30c8,0x30eb,0x30d2,0x309a,0x30af,0x30eb,0x30d2,
0x309a,0x30b3,0x30d2,0x3099,0x30eb,0x30d5,0x30a1,0x30e9,0x30c3,0x30c8,0x3099,0x30d5,0x30a3,0x30fc,
0x30c8,0x30d5,0x3099,0x30c3,0x30b7,0x30a7,0x30eb,0x30d5,0x30e9,0x30f3,0x30d8,0x30af,0x30bf,0x30fc,
0x30eb,0x30d8,0x309a,0x30bd,0x30d8,0x309a,0x30cb,0x30d2,0x30d8,0x30eb,0x30c4,0x30d8,0x309a,0x30f3,
0x30b9,0x30d8,0x309a,0x30fc,0x30b7,0x3099,0x30d8,0x3099,0x30fc,0x30bf,0x30db,0x309a,0x30a4,0x30f3,
0x30c8,0x30db,0x3099,0x30eb,0x30c8,0x30db,0x30f3,0x30db,0x309a,0x30f3,0x30c8,0x3099,0x30db,0x30fc,
0x30eb,0x30db,0x30fc,0x30f3,0x30de,0x30a4,0x30af,0x30ed,0x30de,0x30a4,0x30eb,0x30de,0x30c3,0x30cf,
0x30de,0x30eb,0x30af,0x30de,0x30f3,0x30b7,0x30e7,0x30f3,0x30df,0x30af,0x30ed,0x30f3,0x30df,0x30ea,
0x30cf,0x3099,0x30fc,0x30eb,0x30e1,0x30ab,0x3099,0x30c8,0x30f3,0x30e4,0x30fc,0x30c8,0x3099,0x30e4,
0x30fc,0x30eb,0x30e6,0x30a2,0x30f3,0x30ea,0x30c3,0x30c8,0x30eb,0x30ea,0x30e9,0x30eb,0x30d2,0x309a,
0x30fc,0x30eb,0x30fc,0x30d5,0x3099,0x30eb,0x30ec,0x30e0,0x30ec,0x30f3,0x30c8,0x30b1,0x3099,0x30f3,
0x30,0x70b9,0x31,0x70b9,0x32,0x70b9,0x33,0x70b9,0x34,0x70b9,0x35,0x70b9,0x36,0x70b9,0x37,0x70b9,
0x38,0x70b9,0x39,0x70b9,0x31,0x30,0x70b9,0x31,0x31,0x70b9,0x31,0x32,0x70b9,0x31,0x33,0x70b9,0x31,
0x34,0x70b9,0x31,0x35,0x70b9,0x31,0x36,0x70b9,0x31,0x37,0x70b9,0x31,0x38,0x70b9,0x31,0x39,0x70b9,
0x32,0x30,0x70b9,0x32,0x31,0x70b9,0x32,0x32,0x70b9,0x32,0x33,0x70b9,0x32,0x34,0x70b9,0x68,0x50,0x61,
0x64,0x61,0x41,0x55,0x62,0x61,0x72,0x6f,0x56,0x70,0x63,0x64,0x6d,0x32,0x64,0x6d,0x33,0x49,0x55,
0x5e73,0x6210,0x662d,0x548c,0x5927,0x6b63,0x660e,0x6cbb,0x682a,0x5f0f,0x4f1a,0x793e,0x70,0x41,0x6e,
0x41,0x3bc,0x41,0x6d,0x41,0x6b,0x41,0x4b,0x42,0x4d,0x42,0x47,0x42,0x63,0x61,0x6c,0x6b,0x63,0x61,
0x6c,0x70,0x46,0x6e,0x46,0x3bc,0x46,0x3bc,0x67,0x6d,0x67,0x6b,0x67,0x48,0x7a,0x6b,0x48,0x7a,0x4d,
0x48,0x7a,0x47,0x48,0x7a,0x54,0x48,0x7a,0x3bc,0x6c,0x6d,0x6c,0x64,0x6c,0x6b,0x6c,0x66,0x6d,0x6e,
0x6d,0x3bc,0x6d,0x6d,0x63,0x6d,0x6b,0x6d,0x6d,0x32,0x63,0x6d,0x32,0x6b,0x6d,0x32,0x6d,0x6d,0x33,
0x63,0x6d,0x33,0x6b,0x6d,0x33,0x6d,0x2215,0x73,0x32,0x6b,0x50,0x61,0x4d,0x50,0x61,0x47,0x50,0x61,
0x72,0x61,0x64,0x2215,0x73,0x32,0x70,0x73,0x6e,0x73,0x3bc,0x73,0x6d,0x73,0x70,0x56,0x6e,0x56,0x3bc,
0x56,0x6d,0x56,0x6b,0x56,0x4d,0x56,0x70,0x57,0x6e,0x57,0x3bc,0x57,0x6d,0x57,0x6b,0x57,0x4d,0x57,
0x6b,0x3a9,0x4d,0x3a9,0x61,0x2e,0x6d,0x2e,0x42,0x71,0x63,0x63,0x43,0x2215,0x6b,0x67,0x43,0x6f,0x2e,
0x64,0x42,0x47,0x79,0x68,0x61,0x48,0x50,0x69,0x6e,0x4b,0x4b,0x4d,0x6b,0x74,0x6c,0x6e,0x6c,0x6f,0x67,
0x6c,0x78,0x6d,0x62,0x6d,0x69,0x6c,0x6d,0x6f,0x6c,0x50,0x48,0x70,0x2e,0x6d,0x2e,0x50,0x50,0x4d,0x50,
0x52,0x73,0x72,0x53,0x76,0x57,0x62,0x56,0x2215,0x6d,0x41,0x2215,0x6d,0x31,0x65e5,0x32,0x65e5,0x33,
0x65e5,0x34,0x65e5,0x35,0x65e5,0x36,0x65e5,0x37,0x65e5,0x38,0x65e5,0x39,0x65e5,0x31,0x30,0x65e5,
0x31,0x31,0x65e5,0x31,0x32,0x65e5,0x31,0x33,0x65e5,0x31,0x34,0x65e5,0x31,0x35,0x65e5,0x31,0x36,
0x65e5,0x31,0x37,0x65e5,0x31,0x38,0x65e5,0x31,0x39,0x65e5,0x32,0x30,0x65e5,0x32,0x31,0x65e5,0x32,
0x32,0x65e5,0x32,0x33,0x65e5,0x32,0x34,0x65e5,0x32,0x35,0x65e5,0x32,0x36,0x65e5,0x32,0x37,0x65e5,
0x32,0x38,0x65e5,0x32,0x39,0x65e5,0x33,0x30,0x65e5,0x33,0x31,0x65e5,0x67,0x61,0x6c,0x44a,0x44c,
0xa76f,0x126,0x153,0xa727,0xab37,0x26b,0xab52,0x28d,0x8c48,0x66f4,0x8cc8,0x6ed1,0x4e32,0x53e5,
0x5951,0x5587,0x5948,0x61f6,0x7669,0x7f85,0x863f,0x87ba,0x88f8,0x908f,0x6a02,0x6d1b,0x70d9,0x73de,
0x843d,0x916a,0x99f1,0x4e82,0x5375,0x6b04,0x721b,0x862d,0x9e1e,0x5d50,0x6feb,0x85cd,0x8964,0x62c9,
0x81d8,0x881f,0x5eca,0x6717,0x6d6a,0x72fc,0x90ce,0x4f86,0x51b7,0x52de,0x64c4,0x6ad3,0x7210,0x76e7,
0x8606,0x865c,0x8def,0x9732,0x9b6f,0x9dfa,0x788c,0x797f,0x7da0,0x83c9,0x9304,0x8ad6,0x58df,0x5f04,
0x7c60,0x807e,0x7262,0x78ca,0x8cc2,0x96f7,0x58d8,0x5c62,0x6a13,0x6dda,0x6f0f,0x7d2f,0x7e37,0x964b,
0x52d2,0x808b,0x51dc,0x51cc,0x7a1c,0x7dbe,0x83f1,0x9675,0x8b80,0x62cf,0x8afe,0x4e39,0x5be7,0x6012,
0x7387,0x7570,0x5317,0x78fb,0x4fbf,0x5fa9,0x4e0d,0x6ccc,0x6578,0x7d22,0x53c3,0x585e,0x7701,0x8449,
0x8aaa,0x6bba,0x6c88,0x62fe,0x82e5,0x63a0,0x7565,0x4eae,0x5169,0x51c9,0x6881,0x7ce7,0x826f,0x8ad2,
0x91cf,0x52f5,0x5442,0x5eec,0x65c5,0x6ffe,0x792a,0x95ad,0x9a6a,0x9e97,0x9ece,0x66c6,0x6b77,0x8f62,
0x5e74,0x6190,0x6200,0x649a,0x6f23,0x7149,0x7489,0x79ca,0x7df4,0x806f,0x8f26,0x84ee,0x9023,0x934a,
0x5217,0x52a3,0x54bd,0x70c8,0x88c2,0x5ec9,0x5ff5,0x637b,0x6bae,0x7c3e,0x7375,0x56f9,0x5dba,0x601c,
0x73b2,0x7469,0x7f9a,0x8046,0x9234,0x96f6,0x9748,0x9818,0x4f8b,0x79ae,0x91b4,0x96b8,0x60e1,0x4e86,
0x50da,0x5bee,0x5c3f,0x6599,0x71ce,0x7642,0x84fc,0x907c,0x6688,0x962e,0x5289,0x677b,0x67f3,0x6d41,
0x6e9c,0x7409,0x7559,0x786b,0x7d10,0x985e,0x622e,0x9678,0x502b,0x5d19,0x6dea,0x8f2a,0x5f8b,0x6144,
0x6817,0x9686,0x5229,0x540f,0x5c65,0x6613,0x674e,0x68a8,0x6ce5,0x7406,0x75e2,0x7f79,0x88cf,0x88e1,
0x96e2,0x533f,0x6eba,0x541d,0x71d0,0x7498,0x85fa,0x96a3,0x9c57,0x9e9f,0x6797,0x6dcb,0x81e8,0x7b20,
0x7c92,0x72c0,0x7099,0x8b58,0x4ec0,0x8336,0x523a,0x5207,0x5ea6,0x62d3,0x7cd6,0x5b85,0x6d1e,0x66b4,
0x8f3b,0x964d,0x5ed3,0x5140,0x55c0,0x585a,0x6674,0x51de,0x732a,0x76ca,0x793c,0x795e,0x7965,0x798f,
0x9756,0x7cbe,0x8612,0x8af8,0x9038,0x90fd,0x98ef,0x98fc,0x9928,0x9db4,0x90de,0x96b7,0x4fae,0x50e7,
0x514d,0x52c9,0x52e4,0x5351,0x559d,0x5606,0x5668,0x5840,0x58a8,0x5c64,0x6094,0x6168,0x618e,0x61f2,
0x654f,0x65e2,0x6691,0x6885,0x6d77,0x6e1a,0x6f22,0x716e,0x722b,0x7422,0x7891,0x7949,0x7948,0x7950,
0x7956,0x798d,0x798e,0x7a40,0x7a81,0x7bc0,0x7e09,0x7e41,0x7f72,0x8005,0x81ed,0x8279,0x8457,0x8910,
0x8996,0x8b01,0x8b39,0x8cd3,0x8d08,0x8fb6,0x96e3,0x97ff,0x983b,0x6075,0xd850,0xdeee,0x8218,0x4e26,
0x51b5,0x5168,0x4f80,0x5145,0x5180,0x52c7,0x52fa,0x5555,0x5599,0x55e2,0x58b3,0x5944,0x5954,0x5a62,
0x5b28,0x5ed2,0x5ed9,0x5f69,0x5fad,0x60d8,0x614e,0x6108,0x6160,0x6234,0x63c4,0x641c,0x6452,0x6556,
0x671b,0x6756,0x6edb,0x6ecb,0x701e,0x77a7,0x7235,0x72af,0x7471,0x7506,0x753b,0x761d,0x761f,0x76db,
0x76f4,0x774a,0x7740,0x78cc,0x7ab1,0x7c7b,0x7d5b,0x7f3e,0x8352,0x83ef,0x8779,0x8941,0x8986,0x8abf,
0x8acb,0x8aed,0x8b8a,0x8f38,0x9072,0x9199,0x9276,0x967c,0x97db,0x980b,0x9b12,0xd84a,0xdc4a,0xd84a,
0xdc44,0xd84c,0xdfd5,0x3b9d,0x4018,0x4039,0xd854,0xde49,0xd857,0xdcd0,0xd85f,0xded3,0x9f43,0x9f8e,
0x66,0x66,0x69,0x66,0x6c,0x66,0x66,0x6c,0x73,0x74,0x574,0x576,0x574,0x565,0x574,0x56b,0x57e,0x576,
0x574,0x56d,0x5d9,0x5b4,0x5f2,0x5b7,0x5e2,0x5d4,0x5db,0x5dc,0x5dd,0x5e8,0x5ea,0x5e9,0x5c1,0x5e9,
0x5c2,0x5e9,0x5bc,0x5c1,0x5e9,0x5bc,0x5c2,0x5d0,0x5b7,0x5d0,0x5b8,0x5d0,0x5bc,0x5d1,0x5bc,0x5d2,
0x5bc,0x5d3,0x5bc,0x5d4,0x5bc,0x5d5,0x5bc,0x5d6,0x5bc,0x5d8,0x5bc,0x5d9,0x5bc,0x5da,0x5bc,0x5db,
0x5bc,0x5dc,0x5bc,0x5de,0x5bc,0x5e0,0x5bc,0x5e1,0x5bc,0x5e3,0x5bc,0x5e4,0x5bc,0x5e6,0x5bc,0x5e7,
0x5bc,0x5e8,0x5bc,0x5ea,0x5bc,0x5d5,0x5b9,0x5d1,0x5bf,0x5db,0x5bf,0x5e4,0x5bf,0x5d0,0x5dc,0x671,
0x67b,0x67e,0x680,0x67a,0x67f,0x679,0x6a4,0x6a6,0x684,0x683,0x686,0x687,0x68d,0x68c,0x68e,0x688,
0x698,0x691,0x6a9,0x6af,0x6b3,0x6b1,0x6ba,0x6bb,0x6be,0x6ad,0x6c6,0x6c8,0x6cb,0x6c5,0x6c9,0x6d0,
0x649,0x64a,0x654,0x6d5,0x64a,0x654,0x648,0x64a,0x654,0x6c7,0x64a,0x654,0x6c6,0x64a,0x654,0x6c8,
0x64a,0x654,0x6d0,0x64a,0x654,0x649,0x6cc,0x64a,0x654,0x62c,0x64a,0x654,0x62d,0x64a,0x654,0x645,
0x64a,0x654,0x64a,0x628,0x62c,0x628,0x62d,0x628,0x62e,0x628,0x645,0x628,0x649,0x628,0x64a,0x62a,
0x62c,0x62a,0x62d,0x62a,0x62e,0x62a,0x645,0x62a,0x649,0x62a,0x64a,0x62b,0x62c,0x62b,0x645,0x62b,
0x649,0x62b,0x64a,0x62c,0x62d,0x62c,0x645,0x62d,0x645,0x62e,0x62c,0x62e,0x62d,0x62e,0x645,0x633,
0x62c,0x633,0x62d,0x633,0x62e,0x633,0x645,0x635,0x62d,0x635,0x645,0x636,0x62c,0x636,0x62d,0x636,
0x62e,0x636,0x645,0x637,0x62d,0x637,0x645,0x638,0x645,0x639,0x62c,0x639,0x645,0x63a,0x62c,0x63a,
0x645,0x641,0x62c,0x641,0x62d,0x641,0x62e,0x641,0x645,0x641,0x649,0x641,0x64a,0x642,0x62d,0x642,
0x645,0x642,0x649,0x642,0x64a,0x643,0x627,0x643,0x62c,0x643,0x62d,0x643,0x62e,0x643,0x644,0x643,
0x645,0x643,0x649,0x643,0x64a,0x644,0x62c,0x644,0x62d,0x644,0x62e,0x644,0x645,0x644,0x649,0x644,
0x64a,0x645,0x62c,0x645,0x645,0x649,0x646,0x62c,0x646,0x62d,0x646,0x62e,0x646,0x645,0x646,0x649,
0x646,0x64a,0x647,0x62c,0x647,0x645,0x647,0x649,0x647,0x64a,0x62d,0x64a,0x62e,0x64a,0x649,0x64a,
0x64a,0x630,0x670,0x631,0x670,0x649,0x670,0x20,0x64c,0x651,0x20,0x64d,0x651,0x20,0x64e,0x651,0x20,
0x64f,0x651,0x20,0x650,0x651,0x20,0x651,0x670,0x64a,0x654,0x631,0x64a,0x654,0x632,0x64a,0x654,0x646,
0x628,0x631,0x628,0x632,0x628,0x646,0x62a,0x631,0x62a,0x632,0x62a,0x646,0x62b,0x631,0x62b,0x632,
0x62b,0x646,0x645,0x627,0x646,0x631,0x646,0x632,0x646,0x646,0x64a,0x631,0x64a,0x632,0x64a,0x646,
0x64a,0x654,0x62e,0x64a,0x654,0x647,0x628,0x647,0x62a,0x647,0x635,0x62e,0x644,0x647,0x646,0x647,
0x670,0x62b,0x647,0x633,0x647,0x634,0x645,0x634,0x647,0x640,0x64e,0x651,0x640,0x64f,0x651,0x640,
0x650,0x651,0x637,0x649,0x637,0x64a,0x639,0x649,0x639,0x64a,0x63a,0x649,0x63a,0x64a,0x633,0x649,
0x633,0x64a,0x634,0x649,0x634,0x64a,0x62d,0x649,0x62c,0x649,0x62e,0x649,0x635,0x649,0x635,0x64a,
0x636,0x649,0x636,0x64a,0x634,0x62c,0x634,0x62d,0x634,0x62e,0x634,0x631,0x633,0x631,0x635,0x631,
0x636,0x631,0x627,0x64b,0x62a,0x62c,0x645,0x62a,0x62d,0x62c,0x62a,0x62d,0x645,0x62a,0x62e,0x645,
0x62a,0x645,0x62c,0x62a,0x645,0x62d,0x62a,0x645,0x62e,0x62d,0x645,0x64a,0x62d,0x645,0x649,0x633,
0x62d,0x62c,0x633,0x62c,0x62d,0x633,0x62c,0x649,0x633,0x645,0x62d,0x633,0x645,0x62c,0x633,0x645,
0x645,0x635,0x62d,0x62d,0x635,0x645,0x645,0x634,0x62d,0x645,0x634,0x62c,0x64a,0x634,0x645,0x62e,
0x634,0x645,0x645,0x636,0x62d,0x649,0x636,0x62e,0x645,0x637,0x645,0x62d,0x637,0x645,0x645,0x637,
0x645,0x64a,0x639,0x62c,0x645,0x639,0x645,0x645,0x639,0x645,0x649,0x63a,0x645,0x645,0x63a,0x645,
0x64a,0x63a,0x645,0x649,0x641,0x62e,0x645,0x642,0x645,0x62d,0x642,0x645,0x645,0x644,0x62d,0x645,
0x644,0x62d,0x64a,0x644,0x62d,0x649,0x644,0x62c,0x62c,0x644,0x62e,0x645,0x644,0x645,0x62d,0x62c,
0x645,0x62d,0x64a,0x645,0x62c,0x62d,0x645,0x62e,0x645,0x62c,0x62e,0x647,0x645,0x62c,0x647,0x645,
0x645,0x646,0x62d,0x645,0x646,0x62d,0x649,0x646,0x62c,0x645,0x646,0x62c,0x649,0x646,0x645,0x64a,
0x646,0x645,0x649,0x64a,0x645,0x645,0x628,0x62e,0x64a,0x62a,0x62c,0x64a,0x62a,0x62c,0x649,0x62a,
0x62e,0x64a,0x62a,0x62e,0x649,0x62a,0x645,0x64a,0x62a,0x645,0x649,0x62c,0x645,0x64a,0x62c,0x62d,
0x649,0x62c,0x645,0x649,0x633,0x62e,0x649,0x635,0x62d,0x64a,0x634,0x62d,0x64a,0x636,0x62d,0x64a,
0x644,0x62c,0x64a,0x644,0x645,0x64a,0x62c,0x64a,0x645,0x64a,0x645,0x645,0x64a,0x642,0x645,0x64a,
0x646,0x62d,0x64a,0x639,0x645,0x64a,0x643,0x645,0x64a,0x646,0x62c,0x62d,0x645,0x62e,0x64a,0x644,
0x62c,0x645,0x643,0x645,0x645,0x62c,0x62d,0x64a,0x62d,0x62c,0x64a,0x645,0x62c,0x64a,0x641,0x645,
0x64a,0x628,0x62d,0x64a,0x633,0x62e,0x64a,0x646,0x62c,0x64a,0x635,0x644,0x6d2,0x642,0x644,0x6d2,
0x627,0x644,0x644,0x647,0x627,0x643,0x628,0x631,0x645,0x62d,0x645,0x62f,0x635,0x644,0x639,0x645,
0x631,0x633,0x648,0x644,0x639,0x644,0x64a,0x647,0x648,0x633,0x644,0x645,0x635,0x644,0x649,0x20,
0x627,0x644,0x644,0x647,0x20,0x639,0x644,0x64a,0x647,0x20,0x648,0x633,0x644,0x645,0x62c,0x644,0x20,
0x62c,0x644,0x627,0x644,0x647,0x631,0x6cc,0x627,0x644,0x2c,0x3001,0x3002,0x3016,0x3017,0x2014,
0x2013,0x5f,0x7b,0x7d,0x3014,0x3015,0x3010,0x3011,0x300a,0x300b,0x300c,0x300d,0x300e,0x300f,0x5b,
0x5d,0x23,0x26,0x2a,0x2d,0x5c,0x24,0x25,0x40,0x20,0x64b,0x640,0x64b,0x640,0x651,0x20,0x652,0x640,
0x652,0x621,0x629,0x644,0x627,0x653,0x644,0x627,0x654,0x644,0x627,0x655,0x22,0x27,0x5e,0x7c,0x7e,
0x2985,0x2986,0x30fb,0x30a5,0x30e3,0xa2,0xa3,0xac,0xa6,0xa5,0x20a9,0x2502,0x2191,0x2193,0x25a0,
0x25cb,0x2d0,0x2d1,0x299,0x253,0x2a3,0xab66,0x2a5,0x2a4,0x256,0x257,0x1d91,0x258,0x25e,0x2a9,0x264,
0x262,0x260,0x29b,0x29c,0x267,0x284,0x2aa,0x2ab,0x26c,0xd837,0xdf04,0xa78e,0x26e,0xd837,0xdf05,
0x28e,0xd837,0xdf06,0x276,0x277,0x27a,0xd837,0xdf08,0x27d,0x27e,0x280,0x2a8,0x2a6,0xab67,0x2a7,
0x288,0x2c71,0x28f,0x2a1,0x2a2,0x298,0x1c0,0x1c1,0x1c2,0xd837,0xdf0a,0xd837,0xdf1e,0xd804,0xdc99,
0xd804,0xdcba,0xd804,0xdc9b,0xd804,0xdcba,0xd804,0xdca5,0xd804,0xdcba,0xd804,0xdd31,0xd804,0xdd27,
0xd804,0xdd32,0xd804,0xdd27,0xd804,0xdf47,0xd804,0xdf3e,0xd804,0xdf47,0xd804,0xdf57,0xd805,0xdcb9,
0xd805,0xdcba,0xd805,0xdcb9,0xd805,0xdcb0,0xd805,0xdcb9,0xd805,0xdcbd,0xd805,0xddb8,0xd805,0xddaf,
0xd805,0xddb9,0xd805,0xddaf,0xd806,0xdd35,0xd806,0xdd30,0xd834,0xdd57,0xd834,0xdd65,0xd834,0xdd58,
0xd834,0xdd65,0xd834,0xdd6e,0xd834,0xdd58,0xd834,0xdd65,0xd834,0xdd6f,0xd834,0xdd58,0xd834,0xdd65,
0xd834,0xdd70,0xd834,0xdd58,0xd834,0xdd65,0xd834,0xdd71,0xd834,0xdd58,0xd834,0xdd65,0xd834,0xdd72,
0xd834,0xddb9,0xd834,0xdd65,0xd834,0xddba,0xd834,0xdd65,0xd834,0xddb9,0xd834,0xdd65,0xd834,0xdd6e,
0xd834,0xddba,0xd834,0xdd65,0xd834,0xdd6e,0xd834,0xddb9,0xd834,0xdd65,0xd834,0xdd6f,0xd834,0xddba,
0xd834,0xdd65,0xd834,0xdd6f,0x131,0x237,0x392,0x394,0x396,0x39a,0x39b,0x39c,0x39d,0x39e,0x3a4,0x3a6,
0x3a7,0x3a8,0x2207,0x3b6,0x3bb,0x3bd,0x3be,0x3c3,0x3c4,0x3c8,0x2202,0x3dc,0x3dd,0x431,0x432,0x434,
0x43b,0x43c,0x43f,0x440,0x441,0x442,0x444,0x445,0x446,0x448,0x44e,0xa689,0x458,0x4af,0x4cf,0x491,
0x455,0x45f,0x4ab,0xa651,0x4b1,0x66e,0x6a1,0x66f,0x30,0x2c,0x31,0x2c,0x32,0x2c,0x33,0x2c,0x34,0x2c,
0x35,0x2c,0x36,0x2c,0x37,0x2c,0x38,0x2c,0x39,0x2c,0x28,0x41,0x29,0x28,0x42,0x29,0x28,0x43,0x29,0x28,
0x44,0x29,0x28,0x45,0x29,0x28,0x46,0x29,0x28,0x47,0x29,0x28,0x48,0x29,0x28,0x49,0x29,0x28,0x4a,0x29,
0x28,0x4b,0x29,0x28,0x4c,0x29,0x28,0x4d,0x29,0x28,0x4e,0x29,0x28,0x4f,0x29,0x28,0x50,0x29,0x28,0x51,
0x29,0x28,0x52,0x29,0x28,0x53,0x29,0x28,0x54,0x29,0x28,0x55,0x29,0x28,0x56,0x29,0x28,0x57,0x29,0x28,
0x58,0x29,0x28,0x59,0x29,0x28,0x5a,0x29,0x3014,0x53,0x3015,0x43,0x44,0x57,0x5a,0x48,0x56,0x53,0x44,
0x53,0x53,0x50,0x50,0x56,0x57,0x43,0x4d,0x43,0x4d,0x44,0x4d,0x52,0x44,0x4a,0x307b,0x304b,0x30b3,
0x30b3,0x5b57,0x53cc,0x591a,0x89e3,0x4ea4,0x6620,0x7121,0x524d,0x5f8c,0x518d,0x65b0,0x521d,0x7d42,
0x8ca9,0x58f0,0x5439,0x6f14,0x6295,0x6355,0x904a,0x6307,0x6253,0x7981,0x7a7a,0x5408,0x6e80,0x7533,
0x5272,0x55b6,0x914d,0x3014,0x672c,0x3015,0x3014,0x4e09,0x3015,0x3014,0x4e8c,0x3015,0x3014,0x5b89,
0x3015,0x3014,0x70b9,0x3015,0x3014,0x6253,0x3015,0x3014,0x76d7,0x3015,0x3014,0x52dd,0x3015,0x3014,
0x6557,0x3015,0x5f97,0x53ef,0x4e3d,0x4e38,0x4e41,0xd840,0xdd22,0x4f60,0x4fbb,0x5002,0x507a,0x5099,
0x50cf,0x349e,0xd841,0xde3a,0x5154,0x5164,0x5177,0xd841,0xdd1c,0x34b9,0x5167,0xd841,0xdd4b,0x5197,
0x51a4,0x4ecc,0x51ac,0xd864,0xdddf,0x5203,0x34df,0x523b,0x5246,0x5277,0x3515,0x5305,0x5306,0x5349,
0x535a,0x5373,0x537d,0x537f,0xd842,0xde2c,0x7070,0x53ca,0x53df,0xd842,0xdf63,0x53eb,0x53f1,0x5406,
0x549e,0x5438,0x5448,0x5468,0x54a2,0x54f6,0x5510,0x5553,0x5563,0x5584,0x55ab,0x55b3,0x55c2,0x5716,
0x5717,0x5651,0x5674,0x58ee,0x57ce,0x57f4,0x580d,0x578b,0x5832,0x5831,0x58ac,0xd845,0xdce4,0x58f2,
0x58f7,0x5906,0x5922,0x5962,0xd845,0xdea8,0xd845,0xdeea,0x59ec,0x5a1b,0x5a27,0x59d8,0x5a66,0x36ee,
0x36fc,0x5b08,0x5b3e,0xd846,0xddc8,0x5bc3,0x5bd8,0x5bf3,0xd846,0xdf18,0x5bff,0x5c06,0x5f53,0x3781,
0x5c60,0x5cc0,0x5c8d,0xd847,0xdde4,0x5d43,0xd847,0xdde6,0x5d6e,0x5d6b,0x5d7c,0x5de1,0x5de2,0x382f,
0x5dfd,0x5e28,0x5e3d,0x5e69,0x3862,0xd848,0xdd83,0x387c,0x5eb0,0x5eb3,0x5eb6,0xd868,0xdf92,0xd848,
0xdf31,0x8201,0x5f22,0x38c7,0xd84c,0xdeb8,0xd858,0xddda,0x5f62,0x5f6b,0x38e3,0x5f9a,0x5fcd,0x5fd7,
0x5ff9,0x6081,0x393a,0x391c,0xd849,0xded4,0x60c7,0x6148,0x614c,0x617a,0x61b2,0x61a4,0x61af,0x61de,
0x621b,0x625d,0x62b1,0x62d4,0x6350,0xd84a,0xdf0c,0x633d,0x62fc,0x6368,0x6383,0x63e4,0xd84a,0xdff1,
0x6422,0x63c5,0x63a9,0x3a2e,0x6469,0x647e,0x649d,0x6477,0x3a6c,0x656c,0xd84c,0xdc0a,0x65e3,0x66f8,
0x6649,0x3b19,0x3b08,0x3ae4,0x5192,0x5195,0x6700,0x669c,0x80ad,0x43d9,0x6721,0x675e,0x6753,0xd84c,
0xdfc3,0x3b49,0x67fa,0x6785,0x6852,0xd84d,0xdc6d,0x688e,0x681f,0x6914,0x6942,0x69a3,0x69ea,0x6aa8,
0xd84d,0xdea3,0x6adb,0x3c18,0x6b21,0xd84e,0xdca7,0x6b54,0x3c4e,0x6b72,0x6b9f,0x6bbb,0xd84e,0xde8d,
0xd847,0xdd0b,0xd84e,0xdefa,0x6c4e,0xd84f,0xdcbc,0x6cbf,0x6ccd,0x6c67,0x6d16,0x6d3e,0x6d69,0x6d78,
0x6d85,0xd84f,0xdd1e,0x6d34,0x6e2f,0x6e6e,0x3d33,0x6ec7,0xd84f,0xded1,0x6df9,0x6f6e,0xd84f,0xdf5e,
0xd84f,0xdf8e,0x6fc6,0x7039,0x701b,0x3d96,0x704a,0x707d,0x7077,0x70ad,0xd841,0xdd25,0x7145,0xd850,
0xde63,0x719c,0xd850,0xdfab,0x7228,0x7250,0xd851,0xde08,0x7280,0x7295,0xd851,0xdf35,0xd852,0xdc14,
0x737a,0x738b,0x3eac,0x73a5,0x3eb8,0x7447,0x745c,0x7485,0x74ca,0x3f1b,0x7524,0xd853,0xdc36,0x753e,
0xd853,0xdc92,0xd848,0xdd9f,0x7610,0xd853,0xdfa1,0xd853,0xdfb8,0xd854,0xdc44,0x3ffc,0x4008,0xd854,
0xdcf3,0xd854,0xdcf2,0xd854,0xdd19,0xd854,0xdd33,0x771e,0x771f,0x778b,0x4046,0x4096,0xd855,0xdc1d,
0x784e,0x40e3,0xd855,0xde26,0xd855,0xde9a,0xd855,0xdec5,0x79eb,0x412f,0x7a4a,0x7a4f,0xd856,0xdd7c,
0xd856,0xdea7,0x7aee,0x4202,0xd856,0xdfab,0x7bc6,0x7bc9,0x4227,0xd857,0xdc80,0x7cd2,0x42a0,0x7ce8,
0x7ce3,0x7d00,0xd857,0xdf86,0x7d63,0x4301,0x7dc7,0x7e02,0x7e45,0x4334,0xd858,0xde28,0xd858,0xde47,
0x4359,0xd858,0xded9,0x7f7a,0xd858,0xdf3e,0x7f95,0x7ffa,0xd859,0xdcda,0xd859,0xdd23,0x8060,0xd859,
0xdda8,0x8070,0xd84c,0xdf5f,0x43d5,0x80b2,0x8103,0x440b,0x813e,0x5ab5,0xd859,0xdfa7,0xd859,0xdfb5,
0xd84c,0xdf93,0xd84c,0xdf9c,0x8204,0x8f9e,0x446b,0x8291,0x828b,0x829d,0x52b3,0x82b1,0x82b3,0x82bd,
0x82e6,0xd85a,0xdf3c,0x831d,0x8363,0x83ad,0x8323,0x83bd,0x83e7,0x8353,0x83ca,0x83cc,0x83dc,0xd85b,
0xdc36,0xd85b,0xdd6b,0xd85b,0xdcd5,0x452b,0x84f1,0x84f3,0x8516,0xd85c,0xdfca,0x8564,0xd85b,0xdf2c,
0x455d,0x4561,0xd85b,0xdfb1,0xd85c,0xdcd2,0x456b,0x8650,0x8667,0x8669,0x86a9,0x8688,0x870e,0x86e2,
0x8728,0x876b,0x8786,0x45d7,0x87e1,0x8801,0x45f9,0x8860,0xd85d,0xde67,0x88d7,0x88de,0x4635,0x88fa,
0x34bb,0xd85e,0xdcae,0xd85e,0xdd66,0x46be,0x46c7,0x8aa0,0xd85f,0xdca8,0x8cab,0x8cc1,0x8d1b,0x8d77,
0xd85f,0xdf2f,0xd842,0xdc04,0x8dcb,0x8dbc,0x8df0,0xd842,0xdcde,0x8ed4,0xd861,0xddd2,0xd861,0xdded,
0x9094,0x90f1,0x9111,0xd861,0xdf2e,0x911b,0x9238,0x92d7,0x92d8,0x927c,0x93f9,0x9415,0xd862,0xdffa,
0x958b,0x4995,0x95b7,0xd863,0xdd77,0x49e6,0x96c3,0x5db2,0x9723,0xd864,0xdd45,0xd864,0xde1a,0x4a6e,
0x4a76,0x97e0,0xd865,0xdc0a,0x4ab2,0xd865,0xdc96,0x9829,0xd865,0xddb6,0x98e2,0x4b33,0x9929,0x99a7,
0x99c2,0x99fe,0x4bce,0xd866,0xdf30,0x9c40,0x9cfd,0x4cce,0x4ced,0x9d67,0xd868,0xdcce,0x4cf8,0xd868,
0xdd05,0xd868,0xde0e,0xd868,0xde91,0x4d56,0x9efe,0x9f05,0x9f0f,0x9f16,0xd869,0xde00,
};
/* primary composites: the second characters; first << 8 | index of second;
   the composite */
static const uint32_t vkr__uc_comp2[63] = {
0x300,0x301,0x302,0x303,0x304,0x306,0x307,0x308,0x309,0x30a,0x30b,0x30c,0x30f,0x311,0x313,0x314,
0x31b,0x323,0x324,0x325,0x326,0x327,0x328,0x32d,0x32e,0x330,0x331,0x338,0x342,0x345,0x653,0x654,
0x655,0x93c,0x9be,0x9d7,0xb3e,0xb56,0xb57,0xbbe,0xbd7,0xc56,0xcc2,0xcd5,0xcd6,0xd3e,0xd57,0xdca,
0xdcf,0xddf,0x102e,0x1b35,0x3099,0x309a,0x110ba,0x11127,0x1133e,0x11357,0x114b0,0x114ba,0x114bd,
0x115af,0x11930,
};
static const uint32_t vkr__uc_ckey[941] = {
0x3c1b,0x3d1b,0x3e1b,0x4100,0x4101,0x4102,0x4103,0x4104,0x4105,0x4106,0x4107,0x4108,0x4109,0x410b,
0x410c,0x410d,0x4111,0x4113,0x4116,0x4206,0x4211,0x421a,0x4301,0x4302,0x4306,0x430b,0x4315,0x4406,
0x440b,0x4411,0x4415,0x4417,0x441a,0x4500,0x4501,0x4502,0x4503,0x4504,0x4505,0x4506,0x4507,0x4508,
0x450b,0x450c,0x450d,0x4511,0x4515,0x4516,0x4517,0x4519,0x4606,0x4701,0x4702,0x4704,0x4705,0x4706,
0x470b,0x4715,0x4802,0x4806,0x4807,0x480b,0x4811,0x4815,0x4818,0x4900,0x4901,0x4902,0x4903,0x4904,
0x4905,0x4906,0x4907,0x4908,0x490b,0x490c,0x490d,0x4911,0x4916,0x4919,0x4a02,0x4b01,0x4b0b,0x4b11,
0x4b15,0x4b1a,0x4c01,0x4c0b,0x4c11,0x4c15,0x4c17,0x4c1a,0x4d01,0x4d06,0x4d11,0x4e00,0x4e01,0x4e03,
0x4e06,0x4e0b,0x4e11,0x4e15,0x4e17,0x4e1a,0x4f00,0x4f01,0x4f02,0x4f03,0x4f04,0x4f05,0x4f06,0x4f07,
0x4f08,0x4f0a,0x4f0b,0x4f0c,0x4f0d,0x4f10,0x4f11,0x4f16,0x5001,0x5006,0x5201,0x5206,0x520b,0x520c,
0x520d,0x5211,0x5215,0x521a,0x5301,0x5302,0x5306,0x530b,0x5311,0x5314,0x5315,0x5406,0x540b,0x5411,
0x5414,0x5415,0x5417,0x541a,0x5500,0x5501,0x5502,0x5503,0x5504,0x5505,0x5507,0x5508,0x5509,0x550a,
0x550b,0x550c,0x550d,0x5510,0x5511,0x5512,0x5516,0x5517,0x5519,0x5603,0x5611,0x5700,0x5701,0x5702,
0x5706,0x5707,0x5711,0x5806,0x5807,0x5900,0x5901,0x5902,0x5903,0x5904,0x5906,0x5907,0x5908,0x5911,
0x5a01,0x5a02,0x5a06,0x5a0b,0x5a11,0x5a1a,0x6100,0x6101,0x6102,0x6103,0x6104,0x6105,0x6106,0x6107,
0x6108,0x6109,0x610b,0x610c,0x610d,0x6111,0x6113,0x6116,0x6206,0x6211,0x621a,0x6301,0x6302,0x6306,
0x630b,0x6315,0x6406,0x640b,0x6411,0x6415,0x6417,0x641a,0x6500,0x6501,0x6502,0x6503,0x6504,0x6505,
0x6506,0x6507,0x6508,0x650b,0x650c,0x650d,0x6511,0x6515,0x6516,0x6517,0x6519,0x6606,0x6701,0x6702,
0x6704,0x6705,0x6706,0x670b,0x6715,0x6802,0x6806,0x6807,0x680b,0x6811,0x6815,0x6818,0x681a,0x6900,
0x6901,0x6902,0x6903,0x6904,0x6905,0x6907,0x6908,0x690b,0x690c,0x690d,0x6911,0x6916,0x6919,0x6a02,
0x6a0b,0x6b01,0x6b0b,0x6b11,0x6b15,0x6b1a,0x6c01,0x6c0b,0x6c11,0x6c15,0x6c17,0x6c1a,0x6d01,0x6d06,
0x6d11,0x6e00,0x6e01,0x6e03,0x6e06,0x6e0b,0x6e11,0x6e15,0x6e17,0x6e1a,0x6f00,0x6f01,0x6f02,0x6f03,
0x6f04,0x6f05,0x6f06,0x6f07,0x6f08,0x6f0a,0x6f0b,0x6f0c,0x6f0d,0x6f10,0x6f11,0x6f16,0x7001,0x7006,
0x7201,0x7206,0x720b,0x720c,0x720d,0x7211,0x7215,0x721a,0x7301,0x7302,0x7306,0x730b,0x7311,0x7314,
0x7315,0x7406,0x7407,0x740b,0x7411,0x7414,0x7415,0x7417,0x741a,0x7500,0x7501,0x7502,0x7503,0x7504,
0x7505,0x7507,0x7508,0x7509,0x750a,0x750b,0x750c,0x750d,0x7510,0x7511,0x7512,0x7516,0x7517,0x7519,
0x7603,0x7611,0x7700,0x7701,0x7702,0x7706,0x7707,0x7709,0x7711,0x7806,0x7807,0x7900,0x7901,0x7902,
0x7903,0x7904,0x7906,0x7907,0x7908,0x7909,0x7911,0x7a01,0x7a02,0x7a06,0x7a0b,0x7a11,0x7a1a,0xa800,
0xa801,0xa81c,0xc200,0xc201,0xc203,0xc208,0xc404,0xc501,0xc601,0xc604,0xc701,0xca00,0xca01,0xca03,
0xca08,0xcf01,0xd400,0xd401,0xd403,0xd408,0xd501,0xd504,0xd507,0xd604,0xd801,0xdc00,0xdc01,0xdc04,
0xdc0b,0xe200,0xe201,0xe203,0xe208,0xe404,0xe501,0xe601,0xe604,0xe701,0xea00,0xea01,0xea03,0xea08,
0xef01,0xf400,0xf401,0xf403,0xf408,0xf501,0xf504,0xf507,0xf604,0xf801,0xfc00,0xfc01,0xfc04,0xfc0b,
0x10200,0x10201,0x10203,0x10208,0x10300,0x10301,0x10303,0x10308,0x11200,0x11201,0x11300,0x11301,
0x14c00,0x14c01,0x14d00,0x14d01,0x15a06,0x15b06,0x16006,0x16106,0x16801,0x16901,0x16a07,0x16b07,
0x17f06,0x1a000,0x1a001,0x1a003,0x1a008,0x1a011,0x1a100,0x1a101,0x1a103,0x1a108,0x1a111,0x1af00,
0x1af01,0x1af03,0x1af08,0x1af11,0x1b000,0x1b001,0x1b003,0x1b008,0x1b011,0x1b70b,0x1ea04,0x1eb04,
0x22604,0x22704,0x22805,0x22905,0x22e04,0x22f04,0x2920b,0x39100,0x39101,0x39104,0x39105,0x3910e,
0x3910f,0x3911d,0x39500,0x39501,0x3950e,0x3950f,0x39700,0x39701,0x3970e,0x3970f,0x3971d,0x39900,
0x39901,0x39904,0x39905,0x39907,0x3990e,0x3990f,0x39f00,0x39f01,0x39f0e,0x39f0f,0x3a10f,0x3a500,
0x3a501,0x3a504,0x3a505,0x3a507,0x3a50f,0x3a900,0x3a901,0x3a90e,0x3a90f,0x3a91d,0x3ac1d,0x3ae1d,
0x3b100,0x3b101,0x3b104,0x3b105,0x3b10e,0x3b10f,0x3b11c,0x3b11d,0x3b500,0x3b501,0x3b50e,0x3b50f,
0x3b700,0x3b701,0x3b70e,0x3b70f,0x3b71c,0x3b71d,0x3b900,0x3b901,0x3b904,0x3b905,0x3b907,0x3b90e,
0x3b90f,0x3b91c,0x3bf00,0x3bf01,0x3bf0e,0x3bf0f,0x3c10e,0x3c10f,0x3c500,0x3c501,0x3c504,0x3c505,
0x3c507,0x3c50e,0x3c50f,0x3c51c,0x3c900,0x3c901,0x3c90e,0x3c90f,0x3c91c,0x3c91d,0x3ca00,0x3ca01,
0x3ca1c,0x3cb00,0x3cb01,0x3cb1c,0x3ce1d,0x3d201,0x3d207,0x40607,0x41005,0x41007,0x41301,0x41500,
0x41505,0x41507,0x41605,0x41607,0x41707,0x41800,0x41804,0x41805,0x41807,0x41a01,0x41e07,0x42304,
0x42305,0x42307,0x4230a,0x42707,0x42b07,0x42d07,0x43005,0x43007,0x43301,0x43500,0x43505,0x43507,
0x43605,0x43607,0x43707,0x43800,0x43804,0x43805,0x43807,0x43a01,0x43e07,0x44304,0x44305,0x44307,
0x4430a,0x44707,0x44b07,0x44d07,0x45607,0x4740c,0x4750c,0x4d807,0x4d907,0x4e807,0x4e907,0x6271e,
0x6271f,0x62720,0x6481f,0x64a1f,0x6c11f,0x6d21f,0x6d51f,0x92821,0x93021,0x93321,0x9c722,0x9c723,
0xb4724,0xb4725,0xb4726,0xb9228,0xbc627,0xbc628,0xbc727,0xc4629,0xcbf2b,0xcc62a,0xcc62b,0xcc62c,
0xcca2b,0xd462d,0xd462e,0xd472d,0xdd92f,0xdd930,0xdd931,0xddc2f,0x102532,0x1b0533,0x1b0733,0x1b0933,
0x1b0b33,0x1b0d33,0x1b1133,0x1b3a33,0x1b3c33,0x1b3e33,0x1b3f33,0x1b4233,0x1e3604,0x1e3704,0x1e5a04,
0x1e5b04,0x1e6206,0x1e6306,0x1ea002,0x1ea005,0x1ea102,0x1ea105,0x1eb802,0x1eb902,0x1ecc02,0x1ecd02,
0x1f0000,0x1f0001,0x1f001c,0x1f001d,0x1f0100,0x1f0101,0x1f011c,0x1f011d,0x1f021d,0x1f031d,0x1f041d,
0x1f051d,0x1f061d,0x1f071d,0x1f0800,0x1f0801,0x1f081c,0x1f081d,0x1f0900,0x1f0901,0x1f091c,0x1f091d,
0x1f0a1d,0x1f0b1d,0x1f0c1d,0x1f0d1d,0x1f0e1d,0x1f0f1d,0x1f1000,0x1f1001,0x1f1100,0x1f1101,0x1f1800,
0x1f1801,0x1f1900,0x1f1901,0x1f2000,0x1f2001,0x1f201c,0x1f201d,0x1f2100,0x1f2101,0x1f211c,0x1f211d,
0x1f221d,0x1f231d,0x1f241d,0x1f251d,0x1f261d,0x1f271d,0x1f2800,0x1f2801,0x1f281c,0x1f281d,0x1f2900,
0x1f2901,0x1f291c,0x1f291d,0x1f2a1d,0x1f2b1d,0x1f2c1d,0x1f2d1d,0x1f2e1d,0x1f2f1d,0x1f3000,0x1f3001,
0x1f301c,0x1f3100,0x1f3101,0x1f311c,0x1f3800,0x1f3801,0x1f381c,0x1f3900,0x1f3901,0x1f391c,0x1f4000,
0x1f4001,0x1f4100,0x1f4101,0x1f4800,0x1f4801,0x1f4900,0x1f4901,0x1f5000,0x1f5001,0x1f501c,0x1f5100,
0x1f5101,0x1f511c,0x1f5900,0x1f5901,0x1f591c,0x1f6000,0x1f6001,0x1f601c,0x1f601d,0x1f6100,0x1f6101,
0x1f611c,0x1f611d,0x1f621d,0x1f631d,0x1f641d,0x1f651d,0x1f661d,0x1f671d,0x1f6800,0x1f6801,0x1f681c,
0x1f681d,0x1f6900,0x1f6901,0x1f691c,0x1f691d,0x1f6a1d,0x1f6b1d,0x1f6c1d,0x1f6d1d,0x1f6e1d,0x1f6f1d,
0x1f701d,0x1f741d,0x1f7c1d,0x1fb61d,0x1fbf00,0x1fbf01,0x1fbf1c,0x1fc61d,0x1ff61d,0x1ffe00,0x1ffe01,
0x1ffe1c,0x21901b,0x21921b,0x21941b,0x21d01b,0x21d21b,0x21d41b,0x22031b,0x22081b,0x220b1b,0x22231b,
0x22251b,0x223c1b,0x22431b,0x22451b,0x22481b,0x224d1b,0x22611b,0x22641b,0x22651b,0x22721b,0x22731b,
0x22761b,0x22771b,0x227a1b,0x227b1b,0x227c1b,0x227d1b,0x22821b,0x22831b,0x22861b,0x22871b,0x22911b,
0x22921b,0x22a21b,0x22a81b,0x22a91b,0x22ab1b,0x22b21b,0x22b31b,0x22b41b,0x22b51b,0x304634,0x304b34,
0x304d34,0x304f34,0x305134,0x305334,0x305534,0x305734,0x305934,0x305b34,0x305d34,0x305f34,0x306134,
0x306434,0x306634,0x306834,0x306f34,0x306f35,0x307234,0x307235,0x307534,0x307535,0x307834,0x307835,
0x307b34,0x307b35,0x309d34,0x30a634,0x30ab34,0x30ad34,0x30af34,0x30b134,0x30b334,0x30b534,0x30b734,
0x30b934,0x30bb34,0x30bd34,0x30bf34,0x30c134,0x30c434,0x30c634,0x30c834,0x30cf34,0x30cf35,0x30d234,
0x30d235,0x30d534,0x30d535,0x30d834,0x30d835,0x30db34,0x30db35,0x30ef34,0x30f034,0x30f134,0x30f234,
0x30fd34,0x1109936,0x1109b36,0x110a536,0x1113137,0x1113237,0x1134738,0x1134739,0x114b93a,0x114b93b,
0x114b93c,0x115b83d,0x115b93d,0x119353e,
};
static const uint32_t vkr__uc_cval[941] = {
0x226e,0x2260,0x226f,0xc0,0xc1,0xc2,0xc3,0x100,0x102,0x226,0xc4,0x1ea2,0xc5,0x1cd,0x200,0x202,
0x1ea0,0x1e00,0x104,0x1e02,0x1e04,0x1e06,0x106,0x108,0x10a,0x10c,0xc7,0x1e0a,0x10e,0x1e0c,0x1e10,
0x1e12,0x1e0e,0xc8,0xc9,0xca,0x1ebc,0x112,0x114,0x116,0xcb,0x1eba,0x11a,0x204,0x206,0x1eb8,0x228,
0x118,0x1e18,0x1e1a,0x1e1e,0x1f4,0x11c,0x1e20,0x11e,0x120,0x1e6,0x122,0x124,0x1e22,0x1e26,0x21e,
0x1e24,0x1e28,0x1e2a,0xcc,0xcd,0xce,0x128,0x12a,0x12c,0x130,0xcf,0x1ec8,0x1cf,0x208,0x20a,0x1eca,
0x12e,0x1e2c,0x134,0x1e30,0x1e8,0x1e32,0x136,0x1e34,0x139,0x13d,0x1e36,0x13b,0x1e3c,0x1e3a,0x1e3e,
0x1e40,0x1e42,0x1f8,0x143,0xd1,0x1e44,0x147,0x1e46,0x145,0x1e4a,0x1e48,0xd2,0xd3,0xd4,0xd5,0x14c,
0x14e,0x22e,0xd6,0x1ece,0x150,0x1d1,0x20c,0x20e,0x1a0,0x1ecc,0x1ea,0x1e54,0x1e56,0x154,0x1e58,0x158,
0x210,0x212,0x1e5a,0x156,0x1e5e,0x15a,0x15c,0x1e60,0x160,0x1e62,0x218,0x15e,0x1e6a,0x164,0x1e6c,
0x21a,0x162,0x1e70,0x1e6e,0xd9,0xda,0xdb,0x168,0x16a,0x16c,0xdc,0x1ee6,0x16e,0x170,0x1d3,0x214,
0x216,0x1af,0x1ee4,0x1e72,0x172,0x1e76,0x1e74,0x1e7c,0x1e7e,0x1e80,0x1e82,0x174,0x1e86,0x1e84,
0x1e88,0x1e8a,0x1e8c,0x1ef2,0xdd,0x176,0x1ef8,0x232,0x1e8e,0x178,0x1ef6,0x1ef4,0x179,0x1e90,0x17b,
0x17d,0x1e92,0x1e94,0xe0,0xe1,0xe2,0xe3,0x101,0x103,0x227,0xe4,0x1ea3,0xe5,0x1ce,0x201,0x203,0x1ea1,
0x1e01,0x105,0x1e03,0x1e05,0x1e07,0x107,0x109,0x10b,0x10d,0xe7,0x1e0b,0x10f,0x1e0d,0x1e11,0x1e13,
0x1e0f,0xe8,0xe9,0xea,0x1ebd,0x113,0x115,0x117,0xeb,0x1ebb,0x11b,0x205,0x207,0x1eb9,0x229,0x119,
0x1e19,0x1e1b,0x1e1f,0x1f5,0x11d,0x1e21,0x11f,0x121,0x1e7,0x123,0x125,0x1e23,0x1e27,0x21f,0x1e25,
0x1e29,0x1e2b,0x1e96,0xec,0xed,0xee,0x129,0x12b,0x12d,0xef,0x1ec9,0x1d0,0x209,0x20b,0x1ecb,0x12f,
0x1e2d,0x135,0x1f0,0x1e31,0x1e9,0x1e33,0x137,0x1e35,0x13a,0x13e,0x1e37,0x13c,0x1e3d,0x1e3b,0x1e3f,
0x1e41,0x1e43,0x1f9,0x144,0xf1,0x1e45,0x148,0x1e47,0x146,0x1e4b,0x1e49,0xf2,0xf3,0xf4,0xf5,0x14d,
0x14f,0x22f,0xf6,0x1ecf,0x151,0x1d2,0x20d,0x20f,0x1a1,0x1ecd,0x1eb,0x1e55,0x1e57,0x155,0x1e59,0x159,
0x211,0x213,0x1e5b,0x157,0x1e5f,0x15b,0x15d,0x1e61,0x161,0x1e63,0x219,0x15f,0x1e6b,0x1e97,0x165,
0x1e6d,0x21b,0x163,0x1e71,0x1e6f,0xf9,0xfa,0xfb,0x169,0x16b,0x16d,0xfc,0x1ee7,0x16f,0x171,0x1d4,
0x215,0x217,0x1b0,0x1ee5,0x1e73,0x173,0x1e77,0x1e75,0x1e7d,0x1e7f,0x1e81,0x1e83,0x175,0x1e87,0x1e85,
0x1e98,0x1e89,0x1e8b,0x1e8d,0x1ef3,0xfd,0x177,0x1ef9,0x233,0x1e8f,0xff,0x1ef7,0x1e99,0x1ef5,0x17a,
0x1e91,0x17c,0x17e,0x1e93,0x1e95,0x1fed,0x385,0x1fc1,0x1ea6,0x1ea4,0x1eaa,0x1ea8,0x1de,0x1fa,0x1fc,
0x1e2,0x1e08,0x1ec0,0x1ebe,0x1ec4,0x1ec2,0x1e2e,0x1ed2,0x1ed0,0x1ed6,0x1ed4,0x1e4c,0x22c,0x1e4e,
0x22a,0x1fe,0x1db,0x1d7,0x1d5,0x1d9,0x1ea7,0x1ea5,0x1eab,0x1ea9,0x1df,0x1fb,0x1fd,0x1e3,0x1e09,
0x1ec1,0x1ebf,0x1ec5,0x1ec3,0x1e2f,0x1ed3,0x1ed1,0x1ed7,0x1ed5,0x1e4d,0x22d,0x1e4f,0x22b,0x1ff,
0x1dc,0x1d8,0x1d6,0x1da,0x1eb0,0x1eae,0x1eb4,0x1eb2,0x1eb1,0x1eaf,0x1eb5,0x1eb3,0x1e14,0x1e16,
0x1e15,0x1e17,0x1e50,0x1e52,0x1e51,0x1e53,0x1e64,0x1e65,0x1e66,0x1e67,0x1e78,0x1e79,0x1e7a,0x1e7b,
0x1e9b,0x1edc,0x1eda,0x1ee0,0x1ede,0x1ee2,0x1edd,0x1edb,0x1ee1,0x1edf,0x1ee3,0x1eea,0x1ee8,0x1eee,
0x1eec,0x1ef0,0x1eeb,0x1ee9,0x1eef,0x1eed,0x1ef1,0x1ee,0x1ec,0x1ed,0x1e0,0x1e1,0x1e1c,0x1e1d,0x230,
0x231,0x1ef,0x1fba,0x386,0x1fb9,0x1fb8,0x1f08,0x1f09,0x1fbc,0x1fc8,0x388,0x1f18,0x1f19,0x1fca,0x389,
0x1f28,0x1f29,0x1fcc,0x1fda,0x38a,0x1fd9,0x1fd8,0x3aa,0x1f38,0x1f39,0x1ff8,0x38c,0x1f48,0x1f49,
0x1fec,0x1fea,0x38e,0x1fe9,0x1fe8,0x3ab,0x1f59,0x1ffa,0x38f,0x1f68,0x1f69,0x1ffc,0x1fb4,0x1fc4,
0x1f70,0x3ac,0x1fb1,0x1fb0,0x1f00,0x1f01,0x1fb6,0x1fb3,0x1f72,0x3ad,0x1f10,0x1f11,0x1f74,0x3ae,
0x1f20,0x1f21,0x1fc6,0x1fc3,0x1f76,0x3af,0x1fd1,0x1fd0,0x3ca,0x1f30,0x1f31,0x1fd6,0x1f78,0x3cc,
0x1f40,0x1f41,0x1fe4,0x1fe5,0x1f7a,0x3cd,0x1fe1,0x1fe0,0x3cb,0x1f50,0x1f51,0x1fe6,0x1f7c,0x3ce,
0x1f60,0x1f61,0x1ff6,0x1ff3,0x1fd2,0x390,0x1fd7,0x1fe2,0x3b0,0x1fe7,0x1ff4,0x3d3,0x3d4,0x407,0x4d0,
0x4d2,0x403,0x400,0x4d6,0x401,0x4c1,0x4dc,0x4de,0x40d,0x4e2,0x419,0x4e4,0x40c,0x4e6,0x4ee,0x40e,
0x4f0,0x4f2,0x4f4,0x4f8,0x4ec,0x4d1,0x4d3,0x453,0x450,0x4d7,0x451,0x4c2,0x4dd,0x4df,0x45d,0x4e3,
0x439,0x4e5,0x45c,0x4e7,0x4ef,0x45e,0x4f1,0x4f3,0x4f5,0x4f9,0x4ed,0x457,0x476,0x477,0x4da,0x4db,
0x4ea,0x4eb,0x622,0x623,0x625,0x624,0x626,0x6c2,0x6d3,0x6c0,0x929,0x931,0x934,0x9cb,0x9cc,0xb4b,
0xb48,0xb4c,0xb94,0xbca,0xbcc,0xbcb,0xc48,0xcc0,0xcca,0xcc7,0xcc8,0xccb,0xd4a,0xd4c,0xd4b,0xdda,
0xddc,0xdde,0xddd,0x1026,0x1b06,0x1b08,0x1b0a,0x1b0c,0x1b0e,0x1b12,0x1b3b,0x1b3d,0x1b40,0x1b41,
0x1b43,0x1e38,0x1e39,0x1e5c,0x1e5d,0x1e68,0x1e69,0x1eac,0x1eb6,0x1ead,0x1eb7,0x1ec6,0x1ec7,0x1ed8,
0x1ed9,0x1f02,0x1f04,0x1f06,0x1f80,0x1f03,0x1f05,0x1f07,0x1f81,0x1f82,0x1f83,0x1f84,0x1f85,0x1f86,
0x1f87,0x1f0a,0x1f0c,0x1f0e,0x1f88,0x1f0b,0x1f0d,0x1f0f,0x1f89,0x1f8a,0x1f8b,0x1f8c,0x1f8d,0x1f8e,
0x1f8f,0x1f12,0x1f14,0x1f13,0x1f15,0x1f1a,0x1f1c,0x1f1b,0x1f1d,0x1f22,0x1f24,0x1f26,0x1f90,0x1f23,
0x1f25,0x1f27,0x1f91,0x1f92,0x1f93,0x1f94,0x1f95,0x1f96,0x1f97,0x1f2a,0x1f2c,0x1f2e,0x1f98,0x1f2b,
0x1f2d,0x1f2f,0x1f99,0x1f9a,0x1f9b,0x1f9c,0x1f9d,0x1f9e,0x1f9f,0x1f32,0x1f34,0x1f36,0x1f33,0x1f35,
0x1f37,0x1f3a,0x1f3c,0x1f3e,0x1f3b,0x1f3d,0x1f3f,0x1f42,0x1f44,0x1f43,0x1f45,0x1f4a,0x1f4c,0x1f4b,
0x1f4d,0x1f52,0x1f54,0x1f56,0x1f53,0x1f55,0x1f57,0x1f5b,0x1f5d,0x1f5f,0x1f62,0x1f64,0x1f66,0x1fa0,
0x1f63,0x1f65,0x1f67,0x1fa1,0x1fa2,0x1fa3,0x1fa4,0x1fa5,0x1fa6,0x1fa7,0x1f6a,0x1f6c,0x1f6e,0x1fa8,
0x1f6b,0x1f6d,0x1f6f,0x1fa9,0x1faa,0x1fab,0x1fac,0x1fad,0x1fae,0x1faf,0x1fb2,0x1fc2,0x1ff2,0x1fb7,
0x1fcd,0x1fce,0x1fcf,0x1fc7,0x1ff7,0x1fdd,0x1fde,0x1fdf,0x219a,0x219b,0x21ae,0x21cd,0x21cf,0x21ce,
0x2204,0x2209,0x220c,0x2224,0x2226,0x2241,0x2244,0x2247,0x2249,0x226d,0x2262,0x2270,0x2271,0x2274,
0x2275,0x2278,0x2279,0x2280,0x2281,0x22e0,0x22e1,0x2284,0x2285,0x2288,0x2289,0x22e2,0x22e3,0x22ac,
0x22ad,0x22ae,0x22af,0x22ea,0x22eb,0x22ec,0x22ed,0x3094,0x304c,0x304e,0x3050,0x3052,0x3054,0x3056,
0x3058,0x305a,0x305c,0x305e,0x3060,0x3062,0x3065,0x3067,0x3069,0x3070,0x3071,0x3073,0x3074,0x3076,
0x3077,0x3079,0x307a,0x307c,0x307d,0x309e,0x30f4,0x30ac,0x30ae,0x30b0,0x30b2,0x30b4,0x30b6,0x30b8,
0x30ba,0x30bc,0x30be,0x30c0,0x30c2,0x30c5,0x30c7,0x30c9,0x30d0,0x30d1,0x30d3,0x30d4,0x30d6,0x30d7,
0x30d9,0x30da,0x30dc,0x30dd,0x30f7,0x30f8,0x30f9,0x30fa,0x30fe,0x1109a,0x1109c,0x110ab,0x1112e,
0x1112f,0x1134b,0x1134c,0x114bc,0x114bb,0x114be,0x115ba,0x115bb,0x11938,
};
/* lowercase: runs start << 11 | (count - 1) << 1 | (stride - 1), and each
   run's delta (modulo 2^32); then the multi-character mappings: cp, up to 3
   code points (0-padded) */
static const uint32_t vkr__uc_lower_runs[182] = {
0x20832,0x6002c,0x6c00c,0x8002f,0x98000,0x99005,0x9c80f,0xa502d,0xbc000,0xbc805,0xc0800,0xc1003,
0xc3000,0xc3800,0xc4802,0xc5800,0xc7000,0xc7800,0xc8000,0xc8800,0xc9800,0xca000,0xcb000,0xcb800,
0xcc000,0xce000,0xce800,0xcf800,0xd0005,0xd3000,0xd3800,0xd4800,0xd6000,0xd7000,0xd7800,0xd8802,
0xd9803,0xdb800,0xdc000,0xde000,0xe2000,0xe2800,0xe3800,0xe4000,0xe5000,0xe5811,0xef011,0xf8800,
0xf9003,0xfb000,0xfb800,0xfc027,0x110000,0x111011,0x11d000,0x11d800,0x11e800,0x11f000,0x120800,
0x121800,0x122000,0x122800,0x123009,0x1b8003,0x1bb000,0x1bf800,0x1c3000,0x1c4004,0x1c6000,0x1c7002,
0x1c8820,0x1d1810,0x1e7800,0x1ec017,0x1fa000,0x1fb800,0x1fc800,0x1fd000,0x1fe804,0x20001e,0x20803e,
0x230021,0x245035,0x260000,0x26080d,0x26805f,0x29884a,0x85004a,0x863800,0x866800,0x9d009e,0x9f800a,
0xe48054,0xe5e804,0xf00095,0xf4f000,0xf5005f,0xf8400e,0xf8c00a,0xf9400e,0xf9c00e,0xfa400a,0xfac807,
0xfb400e,0xfc400e,0xfcc00e,0xfd400e,0xfdc002,0xfdd002,0xfde000,0xfe4006,0xfe6000,0xfec002,0xfed002,
0xff4002,0xff5002,0xff6000,0xffc002,0xffd002,0xffe000,0x1093000,0x1095000,0x1095800,0x1099000,
0x10b001e,0x10c1800,0x125b032,0x160005e,0x1630000,0x1631000,0x1631800,0x1632000,0x1633805,0x1636800,
0x1637000,0x1637800,0x1638000,0x1639000,0x163a800,0x163f002,0x1640063,0x1675803,0x1679000,0x532002d,
0x534001b,0x539100d,0x539903d,0x53bc803,0x53be800,0x53bf009,0x53c5800,0x53c6800,0x53c8003,0x53cb013,
0x53d5000,0x53d5800,0x53d6000,0x53d6800,0x53d7000,0x53d8000,0x53d8800,0x53d9000,0x53d9800,0x53da00f,
0x53e2000,0x53e2800,0x53e3000,0x53e3803,0x53e8000,0x53eb003,0x53fa800,0x7f90832,0x820004e,0x8258046,
0x82b8014,0x82be01c,0x82c600c,0x82ca002,0x8640064,0x8c5003e,0xb72003e,0xf480042,
};
static const uint32_t vkr__uc_lower_delta[182] = {
0x20,0x20,0x20,0x1,0xffffff39,0x1,0x1,0x1,0xffffff87,0x1,0xd2,0x1,0xce,0x1,0xcd,0x1,0x4f,0xca,0xcb,
0x1,0xcd,0xcf,0xd3,0xd1,0x1,0xd3,0xd5,0xd6,0x1,0xda,0x1,0xda,0x1,0xda,0x1,0xd9,0x1,0xdb,0x1,0x1,0x2,
0x1,0x2,0x1,0x2,0x1,0x1,0x2,0x1,0xffffff9f,0xffffffc8,0x1,0xffffff7e,0x1,0x2a2b,0x1,0xffffff5d,
0x2a28,0x1,0xffffff3d,0x45,0x47,0x1,0x1,0x1,0x74,0x26,0x25,0x40,0x3f,0x20,0x20,0x8,0x1,0xffffffc4,
0x1,0xfffffff9,0x1,0xffffff7e,0x50,0x20,0x1,0x1,0xf,0x1,0x1,0x30,0x1c60,0x1c60,0x1c60,0x97d0,0x8,
0xfffff440,0xfffff440,0x1,0xffffe241,0x1,0xfffffff8,0xfffffff8,0xfffffff8,0xfffffff8,0xfffffff8,
0xfffffff8,0xfffffff8,0xfffffff8,0xfffffff8,0xfffffff8,0xfffffff8,0xffffffb6,0xfffffff7,0xffffffaa,
0xfffffff7,0xfffffff8,0xffffff9c,0xfffffff8,0xffffff90,0xfffffff9,0xffffff80,0xffffff82,0xfffffff7,
0xffffe2a3,0xffffdf41,0xffffdfba,0x1c,0x10,0x1,0x1a,0x30,0x1,0xffffd609,0xfffff11a,0xffffd619,0x1,
0xffffd5e4,0xffffd603,0xffffd5e1,0xffffd5e2,0x1,0x1,0xffffd5c1,0x1,0x1,0x1,0x1,0x1,0x1,0x1,0x1,
0xffff75fc,0x1,0x1,0xffff5ad8,0x1,0x1,0xffff5abc,0xffff5ab1,0xffff5ab5,0xffff5abf,0xffff5abc,
0xffff5aee,0xffff5ad6,0xffff5aeb,0x3a0,0x1,0xffffffd0,0xffff5abd,0xffff75c8,0x1,0x1,0x1,0x1,0x20,
0x28,0x28,0x27,0x27,0x27,0x27,0x40,0x20,0x20,0x22,
};
static const uint32_t vkr__uc_lower_special[4] = {
0x130,0x69,0x307,0x0,
};


/* Number of entries of t[0..n) that are <= key (t sorted ascending). */
VKR__FN size_t vkr__uc_upper(const uint32_t *t, size_t n, uint32_t key) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid] <= key) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}


/* General category (VKR__UC_Lu ... VKR__UC_Cn) of cp; Cn for unassigned
   code points and for cp > U+10FFFF. */
VKR__FN int vkr__uc_gc(uint32_t cp) {
    if (cp < 0x100) return vkr__uc_gc_latin1[cp];
    if (cp > 0x10FFFF) return VKR__UC_Cn;
    return (int)(vkr__uc_gc_ranges[vkr__uc_upper(vkr__uc_gc_ranges, VKR__UC_COUNT(vkr__uc_gc_ranges), cp << 5 | 31) - 1] & 31);
}
VKR__FN bool vkr__uc_is_letter(uint32_t cp) { return vkr__uc_gc(cp) <= VKR__UC_Lo; }
VKR__FN bool vkr__uc_is_mark(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Mn && g <= VKR__UC_Me; }
VKR__FN bool vkr__uc_is_number(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Nd && g <= VKR__UC_No; }
VKR__FN bool vkr__uc_is_punct(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Pc && g <= VKR__UC_Po; }
VKR__FN bool vkr__uc_is_symbol(uint32_t cp) { int g = vkr__uc_gc(cp); return g >= VKR__UC_Sm && g <= VKR__UC_So; }

/* The White_Space property (PropList.txt): what \s means in the tokenizers'
   regular expressions. */
VKR__FN bool vkr__uc_is_space(uint32_t cp) {
    size_t i;
    if (cp < 0x80) return cp == 0x20 || (cp >= 0x9 && cp <= 0xD);
    for (i = 0; i < VKR__UC_COUNT(vkr__uc_space); i += 2)
        if (cp >= vkr__uc_space[i] && cp <= vkr__uc_space[i + 1]) return true;
    return false;
}

/* Canonical combining class. */
VKR__FN uint8_t vkr__uc_ccc(uint32_t cp) {
    if (cp < 0x300 || cp > 0x10FFFF) return 0;
    return (uint8_t)(vkr__uc_ccc_ranges[vkr__uc_upper(vkr__uc_ccc_ranges, VKR__UC_COUNT(vkr__uc_ccc_ranges), cp << 8 | 0xFF) - 1] & 0xFF);
}

/* Full (recursively applied) canonical (compat = false) or compatibility
   (compat = true) decomposition of cp into out, which must have room for
   VKR__UC_DECOMP_MAX code points (18: U+FDFA under NFKD; canonical ones are at
   most 4 long). Hangul syllables decompose algorithmically. Returns the
   number of code points written: 1 (cp itself) when cp has none. */
VKR__FN size_t vkr__uc_decompose(uint32_t cp, bool compat, uint32_t *out) {
    size_t i, n, len;
    uint32_t info, off, clen, klen;
    if (cp - 0xAC00u < 11172u) {
        uint32_t s = cp - 0xAC00u;
        out[0] = 0x1100u + s / 588u;
        out[1] = 0x1161u + (s % 588u) / 28u;
        if (s % 28u == 0) return 2;
        out[2] = 0x11A7u + s % 28u;
        return 3;
    }
    if (cp < VKR__UC_DECOMP_FIRST || cp > 0x10FFFF) { out[0] = cp; return 1; }
    i = vkr__uc_upper(vkr__uc_dcp, VKR__UC_COUNT(vkr__uc_dcp), cp);
    if (i == 0 || vkr__uc_dcp[i - 1] != cp) { out[0] = cp; return 1; }
    info = vkr__uc_dinfo[i - 1];
    off = info >> 10; clen = (info >> 5) & 31; klen = info & 31;
    if (!compat) {
        if (!clen) { out[0] = cp; return 1; }
        len = clen;
    } else if (klen) {
        off += clen;
        len = klen;
    } else {
        len = clen;
    }
    for (i = n = 0; i < len; i++) {
        uint32_t c = vkr__uc_dpool[off + i];
        if (c - 0xD800u < 0x400u) {
            c = 0x10000u + ((c - 0xD800u) << 10) + (vkr__uc_dpool[off + i + 1] - 0xDC00u);
            i++;
        }
        out[n++] = c;
    }
    return n;
}

/* The primary composite of the pair (a, b), or 0 when there is none
   (Full_Composition_Exclusion characters are never produced). Includes the
   Hangul LV and LVT compositions. */
VKR__FN uint32_t vkr__uc_compose(uint32_t a, uint32_t b) {
    size_t i;
    uint32_t key;
    if (b - 0x1161u < 21u) {
        if (a - 0x1100u < 19u) return 0xAC00u + ((a - 0x1100u) * 21u + (b - 0x1161u)) * 28u;
        return 0;
    }
    if (b - 0x11A8u < 27u) {
        if (a - 0xAC00u < 11172u && (a - 0xAC00u) % 28u == 0) return a + (b - 0x11A7u);
        return 0;
    }
    if (b < VKR__UC_COMP2_FIRST || b > VKR__UC_COMP2_LAST || a > 0xFFFFFF) return 0;
    i = vkr__uc_upper(vkr__uc_comp2, VKR__UC_COUNT(vkr__uc_comp2), b);
    if (i == 0 || vkr__uc_comp2[i - 1] != b) return 0;
    key = a << 8 | (uint32_t)(i - 1);
    i = vkr__uc_upper(vkr__uc_ckey, VKR__UC_COUNT(vkr__uc_ckey), key);
    if (i == 0 || vkr__uc_ckey[i - 1] != key) return 0;
    return vkr__uc_cval[i - 1];
}

/* Lowercase of cp with Rust's char::to_lowercase semantics: the simple
   mapping of UnicodeData.txt plus the unconditional multi-character ones of
   SpecialCasing.txt (U+0130 -> U+0069 U+0307). Writes 1 to 3 code points
   (cp itself when it has no lowercase) and returns how many. */
VKR__FN size_t vkr__uc_lower(uint32_t cp, uint32_t out[3]) {
    size_t i;
    uint32_t r, start, count, stride;
    if (cp < 0x80) { out[0] = (cp - 0x41u < 26u) ? cp + 0x20u : cp; return 1; }
    if (cp > 0x10FFFF) { out[0] = cp; return 1; }
    for (i = 0; i < VKR__UC_COUNT(vkr__uc_lower_special); i += 4) {
        if (vkr__uc_lower_special[i] == cp) {
            size_t n = 0;
            while (n < 3 && vkr__uc_lower_special[i + 1 + n]) { out[n] = vkr__uc_lower_special[i + 1 + n]; n++; }
            return n;
        }
    }
    out[0] = cp;
    i = vkr__uc_upper(vkr__uc_lower_runs, VKR__UC_COUNT(vkr__uc_lower_runs), cp << 11 | 0x7FF);
    if (i == 0) return 1;
    r = vkr__uc_lower_runs[i - 1];
    start = r >> 11; count = ((r >> 1) & 0x3FF) + 1; stride = (r & 1) + 1;
    if (cp - start >= count * stride || (cp - start) % stride) return 1;
    out[0] = cp + vkr__uc_lower_delta[i - 1];    /* modulo 2^32: deltas may be negative */
    return 1;
}

/* Decodes the code point at s (valid UTF-8, n > 0 bytes available) into *cp
   and returns its length in bytes. A truncated sequence gives U+FFFD and 1;
   n == 0 gives 0. */
VKR__FN size_t vkr__uc_utf8_decode(const uint8_t *s, size_t n, uint32_t *cp) {
    uint32_t b;
    if (n == 0) { *cp = 0xFFFD; return 0; }
    b = s[0];
    if (b < 0x80) { *cp = b; return 1; }
    if (b < 0xE0) {
        if (n < 2) { *cp = 0xFFFD; return 1; }
        *cp = (b & 0x1Fu) << 6 | (s[1] & 0x3Fu);
        return 2;
    }
    if (b < 0xF0) {
        if (n < 3) { *cp = 0xFFFD; return 1; }
        *cp = (b & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
        return 3;
    }
    if (n < 4) { *cp = 0xFFFD; return 1; }
    *cp = (b & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    return 4;
}

/* Encodes cp (<= U+10FFFF) as UTF-8 into out; returns the length (1-4). */
VKR__FN size_t vkr__uc_utf8_encode(uint32_t cp, uint8_t out[4]) {
    if (cp < 0x80) { out[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | cp >> 6);
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | cp >> 12);
        out[1] = (uint8_t)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | cp >> 18);
    out[1] = (uint8_t)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

/* Normalizer class of cp: 0 = passes through unchanged (quick check Yes and
   ccc 0), 1 = must be processed but a segment may start at it (nothing
   before it can reorder or compose with it), 2 = must be processed together
   with the character before it. */
VKR__FN unsigned vkr__uc_nclass(uint32_t cp, bool compat) {
    uint32_t v;
    if (cp < 0x80 || (!compat && cp < 0x300)) return 0;
    if (cp > 0x10FFFF) return 0;
    v = vkr__uc_nq[vkr__uc_upper(vkr__uc_nq, VKR__UC_COUNT(vkr__uc_nq), cp << 4 | 15) - 1];
    return compat ? (v >> 2) & 3 : v & 3;
}



VKR__FN bool vkr__uc_norm_reserve(vkr__uc_norm *st, size_t extra) {
    size_t need = st->len + extra, cap;
    char *p;
    if (need <= st->cap) return true;
    if (need < st->len || st->cap > (size_t)-1 / 2) return false;
    cap = st->cap * 2;
    if (cap < need) cap = need;
    p = (char *)st->alloc(st->user, cap);
    if (!p) return false;
    memcpy(p, st->out, st->len);
    st->free_fn(st->user, st->out, st->cap);
    st->out = p;
    st->cap = cap;
    return true;
}

/* Appends the decomposition of cp to the segment. */
VKR__FN bool vkr__uc_norm_push(vkr__uc_norm *st, uint32_t cp, bool compat) {
    uint32_t d[VKR__UC_DECOMP_MAX];
    size_t i, m = vkr__uc_decompose(cp, compat, d);
    if (st->nseg + m > st->segcap) {
        size_t cap = st->segcap * 2;
        uint32_t *p;
        if (cap > (size_t)-1 / (2 * sizeof(uint32_t))) return false;
        p = (uint32_t *)st->alloc(st->user, 2 * cap * sizeof(uint32_t));
        if (!p) return false;
        memcpy(p, st->seg, st->nseg * sizeof(uint32_t));
        if (st->seg != st->local) st->free_fn(st->user, st->seg, 2 * st->segcap * sizeof(uint32_t));
        st->seg = p;
        st->segcap = cap;
    }
    for (i = 0; i < m; i++) st->seg[st->nseg++] = (uint32_t)vkr__uc_ccc(d[i]) << 24 | d[i];
    return true;
}

/* Canonical ordering: stable sort by ccc of each run of non-starters. */
VKR__FN void vkr__uc_reorder(uint32_t *a, size_t n, uint32_t *tmp) {
    size_t i = 0, j, k;
    while (i < n) {
        if (a[i] >> 24 == 0) { i++; continue; }
        for (j = i + 1; j < n && a[j] >> 24 != 0; j++) {}
        if (j - i <= 32) {
            for (k = i + 1; k < j; k++) {
                uint32_t x = a[k];
                size_t m = k;
                while (m > i && a[m - 1] >> 24 > x >> 24) { a[m] = a[m - 1]; m--; }
                a[m] = x;
            }
        } else {  /* long run: stable counting sort */
            size_t count[257];
            memset(count, 0, sizeof count);
            for (k = i; k < j; k++) count[(a[k] >> 24) + 1]++;
            for (k = 1; k < 257; k++) count[k] += count[k - 1];
            for (k = i; k < j; k++) tmp[count[a[k] >> 24]++] = a[k];
            memcpy(a + i, tmp, (j - i) * sizeof(uint32_t));
        }
        i = j;
    }
}

/* Canonical composition of a[0..n) in place; returns the new length. */
VKR__FN size_t vkr__uc_compose_seg(uint32_t *a, size_t n) {
    size_t sp = 0, w = 1, r;
    uint32_t starter, last;
    if (n == 0) return 0;
    starter = a[0] & 0x1FFFFF;
    last = a[0] >> 24;
    if (last) last = 256;     /* no starter yet: nothing may compose */
    for (r = 1; r < n; r++) {
        uint32_t ch = a[r] & 0x1FFFFF, cc = a[r] >> 24, c;
        if ((last < cc || last == 0) && (c = vkr__uc_compose(starter, ch)) != 0) {
            a[sp] = c;        /* composites are starters */
            starter = c;
            continue;
        }
        if (cc == 0) { sp = w; starter = ch; }
        last = cc;
        a[w++] = a[r];
    }
    return w;
}

/* NFC (compat = false) or NFKC (compat = true) of the valid UTF-8 in[0..n).
   The result, NUL-terminated, comes in *out with its length (without the
   NUL) in *out_len; it is one block from alloc of exactly *out_len + 1 bytes,
   so free it with free_fn(user, *out, *out_len + 1). Returns false only when
   alloc fails, having freed everything it allocated. Decomposes, orders by
   ccc and recomposes only the segments around characters that need it, and
   copies everything else through. */
VKR__FN bool vkr__uc_normalize(const char *in, size_t n, bool compat, char **out, size_t *out_len,
                               void *(*alloc)(void *user, size_t size),
                               void (*free_fn)(void *user, void *p, size_t size), void *user) {
    vkr__uc_norm st;
    const uint8_t *s = (const uint8_t *)in;
    size_t i = 0;
    st.alloc = alloc;
    st.free_fn = free_fn;
    st.user = user;
    st.len = 0;
    st.cap = n + 1;
    st.seg = st.local;
    st.nseg = 0;
    st.segcap = VKR__UC_LOCAL_SEG;
    *out = NULL;
    *out_len = 0;
    if (st.cap < n) return false;
    st.out = (char *)alloc(user, st.cap);
    if (!st.out) return false;
    while (i < n) {
        size_t j = i, last = (size_t)-1, k, m, l;
        uint32_t cp = 0;
        unsigned cls = 0;
        /* copy-through run: ASCII 8 bytes at a time, then one code point */
        for (;;) {
            size_t j0 = j;
            while (j + 8 <= n) {
                uint64_t w;
                memcpy(&w, s + j, 8);
                if (w & UINT64_C(0x8080808080808080)) break;
                j += 8;
            }
            while (j < n && s[j] < 0x80) j++;
            if (j > j0) last = j - 1;
            if (j >= n) break;
            l = vkr__uc_utf8_decode(s + j, n - j, &cp);
            cls = vkr__uc_nclass(cp, compat);
            if (cls != 0) break;
            last = j;
            j += l;
        }
        if (j >= n) last = n;
        else if (cls == 1 || last == (size_t)-1) last = j;
        /* s[i..last) passes through; a segment starts at last */
        if (!vkr__uc_norm_reserve(&st, last - i)) goto fail;
        memcpy(st.out + st.len, s + i, last - i);
        st.len += last - i;
        if (last >= n) break;
        /* the segment: up to the next character a segment may start at */
        st.nseg = 0;
        k = last;
        do {
            l = vkr__uc_utf8_decode(s + k, n - k, &cp);
            if (k != last && vkr__uc_nclass(cp, compat) <= 1) break;
            if (!vkr__uc_norm_push(&st, cp, compat)) goto fail;
            k += l;
        } while (k < n);
        vkr__uc_reorder(st.seg, st.nseg, st.seg + st.segcap);
        m = vkr__uc_compose_seg(st.seg, st.nseg);
        if (!vkr__uc_norm_reserve(&st, 4 * m)) goto fail;
        for (l = 0; l < m; l++) st.len += vkr__uc_utf8_encode(st.seg[l] & 0x1FFFFF, (uint8_t *)st.out + st.len);
        i = k;
    }
    if (st.seg != st.local) st.free_fn(user, st.seg, 2 * st.segcap * sizeof(uint32_t));
    st.seg = st.local;
    if (st.cap != st.len + 1) {    /* hand back a block of exactly len + 1 bytes */
        char *p = (char *)alloc(user, st.len + 1);
        if (!p) goto fail;
        memcpy(p, st.out, st.len);
        free_fn(user, st.out, st.cap);
        st.out = p;
        st.cap = st.len + 1;
    }
    st.out[st.len] = 0;
    *out = st.out;
    *out_len = st.len;
    return true;
fail:
    if (st.seg != st.local) st.free_fn(user, st.seg, 2 * st.segcap * sizeof(uint32_t));
    free_fn(user, st.out, st.cap);
    return false;
}
/* <<unicode */

/* >>license ================================================================
   valkyr is licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License. You may
   obtain a copy at http://www.apache.org/licenses/LICENSE-2.0. Unless
   required by applicable law or agreed to in writing, software distributed
   under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES
   OR CONDITIONS OF ANY KIND, either express or implied. See the License for
   the specific language governing permissions and limitations.
   Bundled: volk (MIT) and Vulkan-Headers (Apache-2.0), see third_party/. */

/* VKR__VK_KEEP_NAMES (valkyr's own white-box tests only): the code's Vulkan
   names stay defined after the implementation, for the tests that reach
   into a vkr_gpu. */
#if !defined(VALKYR_NO_VULKAN) && !defined(VKR__VK_KEEP_NAMES)
/* >>vkdecl-undef (generated by tools/gen_vkdecl.py with >>vkdecl) ===== */
/* The code's Vulkan names end here; a host's own come back. */
#undef PFN_vkAllocateCommandBuffers
#undef PFN_vkAllocateDescriptorSets
#undef PFN_vkAllocateMemory
#undef PFN_vkBeginCommandBuffer
#undef PFN_vkBindBufferMemory
#undef PFN_vkCmdBindDescriptorSets
#undef PFN_vkCmdBindPipeline
#undef PFN_vkCmdCopyBuffer
#undef PFN_vkCmdDispatch
#undef PFN_vkCmdPipelineBarrier
#undef PFN_vkCmdPushConstants
#undef PFN_vkCmdResetQueryPool
#undef PFN_vkCmdWriteTimestamp
#undef PFN_vkCreateBuffer
#undef PFN_vkCreateCommandPool
#undef PFN_vkCreateComputePipelines
#undef PFN_vkCreateDebugUtilsMessengerEXT
#undef PFN_vkCreateDescriptorPool
#undef PFN_vkCreateDescriptorSetLayout
#undef PFN_vkCreateDevice
#undef PFN_vkCreateFence
#undef PFN_vkCreateInstance
#undef PFN_vkCreatePipelineLayout
#undef PFN_vkCreateQueryPool
#undef PFN_vkCreateShaderModule
#undef PFN_vkDestroyBuffer
#undef PFN_vkDestroyCommandPool
#undef PFN_vkDestroyDebugUtilsMessengerEXT
#undef PFN_vkDestroyDescriptorPool
#undef PFN_vkDestroyDescriptorSetLayout
#undef PFN_vkDestroyDevice
#undef PFN_vkDestroyFence
#undef PFN_vkDestroyInstance
#undef PFN_vkDestroyPipeline
#undef PFN_vkDestroyPipelineLayout
#undef PFN_vkDestroyQueryPool
#undef PFN_vkDestroyShaderModule
#undef PFN_vkEndCommandBuffer
#undef PFN_vkEnumerateDeviceExtensionProperties
#undef PFN_vkEnumerateInstanceLayerProperties
#undef PFN_vkEnumerateInstanceVersion
#undef PFN_vkEnumeratePhysicalDevices
#undef PFN_vkFreeCommandBuffers
#undef PFN_vkFreeMemory
#undef PFN_vkGetBufferMemoryRequirements
#undef PFN_vkGetDeviceProcAddr
#undef PFN_vkGetDeviceQueue
#undef PFN_vkGetInstanceProcAddr
#undef PFN_vkGetPhysicalDeviceCooperativeMatrixPropertiesNV
#undef PFN_vkGetPhysicalDeviceFeatures2
#undef PFN_vkGetPhysicalDeviceMemoryProperties
#undef PFN_vkGetPhysicalDeviceProperties
#undef PFN_vkGetPhysicalDeviceProperties2
#undef PFN_vkGetPhysicalDeviceQueueFamilyProperties
#undef PFN_vkGetQueryPoolResults
#undef PFN_vkInvalidateMappedMemoryRanges
#undef PFN_vkMapMemory
#undef PFN_vkQueueSubmit
#undef PFN_vkResetDescriptorPool
#undef PFN_vkResetFences
#undef PFN_vkUnmapMemory
#undef PFN_vkUpdateDescriptorSets
#undef PFN_vkWaitForFences
#undef VK_ACCESS_HOST_READ_BIT
#undef VK_ACCESS_SHADER_READ_BIT
#undef VK_ACCESS_SHADER_WRITE_BIT
#undef VK_ACCESS_TRANSFER_WRITE_BIT
#undef VK_BUFFER_USAGE_STORAGE_BUFFER_BIT
#undef VK_BUFFER_USAGE_TRANSFER_DST_BIT
#undef VK_BUFFER_USAGE_TRANSFER_SRC_BIT
#undef VK_COMMAND_BUFFER_LEVEL_PRIMARY
#undef VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT
#undef VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT
#undef VK_COMPONENT_TYPE_FLOAT16_NV
#undef VK_COMPONENT_TYPE_FLOAT32_NV
#undef VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT
#undef VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT
#undef VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT
#undef VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT
#undef VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT
#undef VK_DESCRIPTOR_TYPE_STORAGE_BUFFER
#undef VK_ERROR_DEVICE_LOST
#undef VK_ERROR_EXTENSION_NOT_PRESENT
#undef VK_ERROR_FEATURE_NOT_PRESENT
#undef VK_ERROR_INCOMPATIBLE_DRIVER
#undef VK_ERROR_INITIALIZATION_FAILED
#undef VK_ERROR_LAYER_NOT_PRESENT
#undef VK_ERROR_OUT_OF_DEVICE_MEMORY
#undef VK_ERROR_OUT_OF_HOST_MEMORY
#undef VK_ERROR_OUT_OF_POOL_MEMORY
#undef VK_ERROR_TOO_MANY_OBJECTS
#undef VK_MEMORY_HEAP_DEVICE_LOCAL_BIT
#undef VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT
#undef VK_MEMORY_PROPERTY_HOST_CACHED_BIT
#undef VK_MEMORY_PROPERTY_HOST_COHERENT_BIT
#undef VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT
#undef VK_PHYSICAL_DEVICE_TYPE_CPU
#undef VK_PIPELINE_BIND_POINT_COMPUTE
#undef VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT
#undef VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT
#undef VK_PIPELINE_STAGE_HOST_BIT
#undef VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT
#undef VK_PIPELINE_STAGE_TRANSFER_BIT
#undef VK_QUERY_RESULT_64_BIT
#undef VK_QUERY_TYPE_TIMESTAMP
#undef VK_QUEUE_COMPUTE_BIT
#undef VK_SCOPE_SUBGROUP_NV
#undef VK_SHADER_STAGE_COMPUTE_BIT
#undef VK_SHARING_MODE_EXCLUSIVE
#undef VK_STRUCTURE_TYPE_APPLICATION_INFO
#undef VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO
#undef VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO
#undef VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO
#undef VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO
#undef VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_COOPERATIVE_MATRIX_PROPERTIES_NV
#undef VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT
#undef VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO
#undef VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO
#undef VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO
#undef VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_FENCE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO
#undef VK_STRUCTURE_TYPE_MEMORY_BARRIER
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_NV
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES
#undef VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES
#undef VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO
#undef VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO
#undef VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO
#undef VK_STRUCTURE_TYPE_SUBMIT_INFO
#undef VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET
#undef VK_SUBGROUP_FEATURE_ARITHMETIC_BIT
#undef VK_SUCCESS
#undef VK_TIMEOUT
#undef VkApplicationInfo
#undef VkBool32
#undef VkBuffer
#undef VkBufferCopy
#undef VkBufferCreateInfo
#undef VkCommandBuffer
#undef VkCommandBufferAllocateInfo
#undef VkCommandBufferBeginInfo
#undef VkCommandPool
#undef VkCommandPoolCreateInfo
#undef VkComputePipelineCreateInfo
#undef VkCooperativeMatrixPropertiesNV
#undef VkDebugUtilsMessageSeverityFlagBitsEXT
#undef VkDebugUtilsMessageTypeFlagsEXT
#undef VkDebugUtilsMessengerCallbackDataEXT
#undef VkDebugUtilsMessengerCreateInfoEXT
#undef VkDebugUtilsMessengerEXT
#undef VkDescriptorBufferInfo
#undef VkDescriptorPool
#undef VkDescriptorPoolCreateInfo
#undef VkDescriptorPoolSize
#undef VkDescriptorSet
#undef VkDescriptorSetAllocateInfo
#undef VkDescriptorSetLayout
#undef VkDescriptorSetLayoutBinding
#undef VkDescriptorSetLayoutCreateInfo
#undef VkDevice
#undef VkDeviceCreateInfo
#undef VkDeviceMemory
#undef VkDeviceQueueCreateInfo
#undef VkDeviceSize
#undef VkExtensionProperties
#undef VkFence
#undef VkFenceCreateInfo
#undef VkInstance
#undef VkInstanceCreateInfo
#undef VkLayerProperties
#undef VkMemoryAllocateInfo
#undef VkMemoryBarrier
#undef VkMemoryPropertyFlags
#undef VkMemoryRequirements
#undef VkPhysicalDevice
#undef VkPhysicalDeviceCooperativeMatrixFeaturesNV
#undef VkPhysicalDeviceDriverProperties
#undef VkPhysicalDeviceFeatures2
#undef VkPhysicalDeviceMemoryProperties
#undef VkPhysicalDeviceProperties
#undef VkPhysicalDeviceProperties2
#undef VkPhysicalDeviceSubgroupProperties
#undef VkPhysicalDeviceVulkan11Features
#undef VkPhysicalDeviceVulkan12Features
#undef VkPhysicalDeviceVulkan13Features
#undef VkPipeline
#undef VkPipelineLayout
#undef VkPipelineLayoutCreateInfo
#undef VkPushConstantRange
#undef VkQueryPool
#undef VkQueryPoolCreateInfo
#undef VkQueue
#undef VkQueueFamilyProperties
#undef VkResult
#undef VkShaderModule
#undef VkShaderModuleCreateInfo
#undef VkSpecializationInfo
#undef VkSpecializationMapEntry
#undef VkSubmitInfo
#undef VkWriteDescriptorSet
#undef VKAPI_ATTR
#pragma pop_macro("VKAPI_ATTR")
#undef VKAPI_CALL
#pragma pop_macro("VKAPI_CALL")
#undef VK_API_VERSION_1_0
#pragma pop_macro("VK_API_VERSION_1_0")
#undef VK_API_VERSION_1_3
#pragma pop_macro("VK_API_VERSION_1_3")
#undef VK_API_VERSION_MAJOR
#pragma pop_macro("VK_API_VERSION_MAJOR")
#undef VK_API_VERSION_MINOR
#pragma pop_macro("VK_API_VERSION_MINOR")
#undef VK_EXT_DEBUG_UTILS_EXTENSION_NAME
#pragma pop_macro("VK_EXT_DEBUG_UTILS_EXTENSION_NAME")
#undef VK_FALSE
#pragma pop_macro("VK_FALSE")
#undef VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME
#pragma pop_macro("VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME")
#undef VK_NULL_HANDLE
#pragma pop_macro("VK_NULL_HANDLE")
#undef VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME
#pragma pop_macro("VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME")
#undef VK_TRUE
#pragma pop_macro("VK_TRUE")
#undef VK_USE_64_BIT_PTR_DEFINES
#pragma pop_macro("VK_USE_64_BIT_PTR_DEFINES")
#undef VK_WHOLE_SIZE
#pragma pop_macro("VK_WHOLE_SIZE")
#undef vkr__VKAPI_ATTR
#undef vkr__VKAPI_CALL
#undef vkr__VKAPI_PTR
#undef vkr__VK_USE_64_BIT_PTR_DEFINES
#undef vkr__VK_NULL_HANDLE
#undef vkr__VK_DEFINE_HANDLE
#undef vkr__VK_DEFINE_NON_DISPATCHABLE_HANDLE
#undef vkr__VK_MAKE_API_VERSION
#undef vkr__VK_API_VERSION_1_0
#undef vkr__VK_API_VERSION_MAJOR
#undef vkr__VK_API_VERSION_MINOR
#undef vkr__VK_FALSE
#undef vkr__VK_TRUE
#undef vkr__VK_WHOLE_SIZE
#undef vkr__VK_MAX_MEMORY_TYPES
#undef vkr__VK_MAX_PHYSICAL_DEVICE_NAME_SIZE
#undef vkr__VK_UUID_SIZE
#undef vkr__VK_MAX_EXTENSION_NAME_SIZE
#undef vkr__VK_MAX_DESCRIPTION_SIZE
#undef vkr__VK_MAX_MEMORY_HEAPS
#undef vkr__VK_MAX_DRIVER_NAME_SIZE
#undef vkr__VK_MAX_DRIVER_INFO_SIZE
#undef vkr__VK_API_VERSION_1_3
#undef vkr__VK_KHR_COOPERATIVE_MATRIX_EXTENSION_NAME
#undef vkr__VK_EXT_DEBUG_UTILS_EXTENSION_NAME
#undef vkr__VK_NV_COOPERATIVE_MATRIX_EXTENSION_NAME
/* <<vkdecl-undef */
#endif
#endif /* VALKYR_IMPLEMENTATION_DONE */
#endif /* VALKYR_IMPLEMENTATION */
