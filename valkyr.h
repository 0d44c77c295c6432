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
   Nothing else is needed: no -lvulkan (the Vulkan loader is opened at run
   time), only libc, libm, pthreads and libdl.

   What it does not do (yet): see README.md, "What works today". This file
   only documents what is implemented; a section appears here when it lands.

   ==========================================================================
   2. QUICK START
   ==========================================================================
       #define VALKYR_IMPLEMENTATION
       #include "valkyr.h"
       #include <stdio.h>

       int main(int argc, char **argv) {
           vkr_model *m;
           vkr_result r = vkr_model_load(argv[1], NULL, &m);  // dir or org/name
           if (r != VKR_OK) { fprintf(stderr, "%s\n", vkr_last_error()); return 1; }
           const vkr_config *c = vkr_model_config(m);
           printf("%s: %lld layers, %lld parameters\n", vkr_family_name(c->family),
                  (long long)c->n_layers, (long long)vkr_model_param_count(m));
           vkr_model_free(m);
           return 0;
       }

   ==========================================================================
   3. BUILD SWITCHES (define before including)
   ==========================================================================
   VALKYR_IMPLEMENTATION  compile the implementation in this translation unit
   VALKYR_STATIC          make every function static (private to one TU);
                          several TUs may then each hold their own copy
   VALKYR_API             override the declaration prefix (default extern)
   VALKYR_NO_VULKAN       leave out the Vulkan backend (CPU only); no Vulkan
                          headers are needed then
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
     different threads (one thread per object at a time).

   ==========================================================================
   5. TABLE OF CONTENTS (grep the >>tag to find both API and implementation)
   ==========================================================================
   >>basics     results, errors, allocator, logger, progress, version
   >>platform   clock, file mapping, threads (implementation: mmap / Win32)
   >>json       strict RFC 8259 parser and an escaping writer
   >>st         safetensors: single file and sharded, hardened parsing
   >>config     config.json -> vkr_config (families are data)
   >>model      model directory / HF cache id -> config + checked weights
   >>license    licence

   Sections still to come, in this order: tokenizer and chat templates ·
   sampling · CPU backend · Vulkan context and recorder · sessions and runner ·
   training · quantization · probes.
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
    /* Gated DeltaNet (linear attention) layers */
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

/* Reads a small text file (config.json, index.json) NUL-terminated. */
VKR__FN vkr_result vkr__read_text(const char *path, const vkr_allocator *a, char **out, size_t *len) {
    vkr__file_map m;
    vkr_result r = vkr__file_open(path, true, a, &m);
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
    /* find the closing quote to size the buffer */
    while (q < j->end && *q != '"') {
        if (*q == '\\') q++;
        q++;
    }
    if (q >= j->end) { vkr__jp_error(j, j->p, "unterminated string"); return false; }
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
    vkr_st *st;
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

/* The defaults transformers' config classes apply when a field is absent. */
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
} vkr__family_defaults;

static const vkr__family_defaults vkr__defaults[] = {
    {VKR_FAMILY_LLAMA,   "llama",        "LlamaForCausalLM",   32000, 4096, 11008, 32, 32, 0, 0, 2048, 1e4, false, 1, 2, -1, 0},
    {VKR_FAMILY_MISTRAL, "mistral",      "MistralForCausalLM", 32000, 4096, 14336, 32, 32, 8, 0, 4096 * 32, 1e4, false, 1, 2, -1, 4096},
    {VKR_FAMILY_QWEN2,   "qwen2",        "Qwen2ForCausalLM",   151936, 4096, 22016, 32, 32, 32, 0, 32768, 1e4, false, -1, -1, -1, 4096},
    {VKR_FAMILY_QWEN3,   "qwen3",        "Qwen3ForCausalLM",   151936, 4096, 22016, 32, 32, 32, 128, 32768, 1e4, false, -1, -1, -1, 4096},
    {VKR_FAMILY_GEMMA,   "gemma",        "GemmaForCausalLM",   256000, 3072, 24576, 28, 16, 16, 256, 8192, 1e4, true, 2, 1, 0, 0},
    {VKR_FAMILY_GEMMA2,  "gemma2",       "Gemma2ForCausalLM",  256000, 2304, 9216, 26, 8, 4, 256, 8192, 1e4, true, 2, 1, 0, 4096},
    {VKR_FAMILY_GEMMA3,  "gemma3_text",  "Gemma3ForCausalLM",  262208, 2304, 9216, 26, 8, 4, 256, 131072, 1e6, true, 2, 1, 0, 4096},
    {VKR_FAMILY_QWEN3_5, "qwen3_5_text", "Qwen3_5ForCausalLM", 248320, 4096, 12288, 32, 16, 4, 256, 32768, 1e4, false, -1, -1, -1, 0},
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
    if (!s || o->family == VKR_FAMILY_GEMMA) {
        const char *h = vkr__cfg_str(&c, c.obj, "hidden_act");
        if (h || !s) s = h;
    }
    if (!s) s = (o->family >= VKR_FAMILY_GEMMA && o->family <= VKR_FAMILY_GEMMA3) ? "gelu_pytorch_tanh" : "silu";
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
        o->qkv_bias = o->family == VKR_FAMILY_QWEN2 || (attention_bias && o->family != VKR_FAMILY_MISTRAL);
        o->o_bias = attention_bias && o->family != VKR_FAMILY_QWEN2 && o->family != VKR_FAMILY_MISTRAL;
        o->mlp_bias = o->family == VKR_FAMILY_LLAMA && vkr__cfg_bool(&c, "mlp_bias", false);
    }
    o->qk_norm = o->family == VKR_FAMILY_QWEN3 || o->family == VKR_FAMILY_GEMMA3 || o->family == VKR_FAMILY_QWEN3_5;
    o->norm_plus_one = (o->family >= VKR_FAMILY_GEMMA && o->family <= VKR_FAMILY_GEMMA3) || o->family == VKR_FAMILY_QWEN3_5;
    o->sandwich_norm = o->family == VKR_FAMILY_GEMMA2 || o->family == VKR_FAMILY_GEMMA3;
    o->attn_output_gate = o->family == VKR_FAMILY_QWEN3_5 && vkr__cfg_bool(&c, "attn_output_gate", true);
    o->embed_scale = (o->family >= VKR_FAMILY_GEMMA && o->family <= VKR_FAMILY_GEMMA3) ? sqrt((double)o->hidden_size) : 1.0;
    o->attn_scale = 1.0 / sqrt((double)o->head_dim);
    if (o->family == VKR_FAMILY_GEMMA2 || o->family == VKR_FAMILY_GEMMA3) {
        double q = 256;
        if (vkr__cfg_num(&c, c.obj, "query_pre_attn_scalar", 256, &q) == VKR__F_NULL) q = 256;
        if (c.err == VKR_OK && !(q > 0)) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: query_pre_attn_scalar must be > 0", name);
        else o->attn_scale = 1.0 / sqrt(q);
        vkr__cfg_num(&c, c.obj, "attn_logit_softcapping", o->family == VKR_FAMILY_GEMMA2 ? 50.0 : 0.0, &o->attn_logit_softcap);
        vkr__cfg_num(&c, c.obj, "final_logit_softcapping", o->family == VKR_FAMILY_GEMMA2 ? 30.0 : 0.0, &o->final_logit_softcap);
        if (o->attn_logit_softcap < 0 || o->final_logit_softcap < 0)
            if (c.err == VKR_OK) c.err = vkr__fail(VKR_ERR_CONFIG, "%s: soft-capping values must be >= 0", name);
    }

    /* sliding window and per-layer kinds */
    st = vkr__cfg_int(&c, "sliding_window", d->sliding_window, &o->sliding_window);
    if (st == VKR__F_NULL) o->sliding_window = 0;
    if ((o->family == VKR_FAMILY_QWEN2 || o->family == VKR_FAMILY_QWEN3) && !vkr__cfg_bool(&c, "use_sliding_window", false))
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
                else if (lt && !strcmp(lt, "linear_attention") && o->family == VKR_FAMILY_QWEN3_5) o->layer_kind[i] = VKR_LAYER_LINEAR_ATTENTION;
                else c.err = vkr__fail(VKR_ERR_UNSUPPORTED, "%s: layer_types[%zu] \"%s\" is not supported for %s",
                                       name, i, lt ? lt : "(not a string)", vkr_family_name(o->family));
            }
        }
    } else if (o->n_layers <= VKR_MAX_LAYERS) {
        int64_t L = o->n_layers, pattern = 6, interval = 4, max_window_layers = 28;
        for (x = 0; x < L; x++) {
            uint8_t k = VKR_LAYER_FULL_ATTENTION;
            switch (o->family) {
            case VKR_FAMILY_MISTRAL: if (o->sliding_window) k = VKR_LAYER_SLIDING_ATTENTION; break;
            case VKR_FAMILY_QWEN2: case VKR_FAMILY_QWEN3:
                vkr__cfg_int(&c, "max_window_layers", 28, &max_window_layers);
                if (o->sliding_window && x >= max_window_layers) k = VKR_LAYER_SLIDING_ATTENTION;
                break;
            case VKR_FAMILY_GEMMA2: if ((x + 1) % 2) k = VKR_LAYER_SLIDING_ATTENTION; break;
            case VKR_FAMILY_GEMMA3:
                if (vkr__cfg_int(&c, "sliding_window_pattern", 6, &pattern) == VKR__F_ABSENT)
                    vkr__cfg_int(&c, "_sliding_window_pattern", 6, &pattern);
                if (pattern <= 0) pattern = 6;
                if ((x + 1) % pattern) k = VKR_LAYER_SLIDING_ATTENTION;
                break;
            case VKR_FAMILY_QWEN3_5:
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
    if (o->family == VKR_FAMILY_QWEN3_5) partial = 0.25;
    vkr__cfg_num(&c, c.obj, "partial_rotary_factor", partial, &partial);
    rp = vkr__cfg_get(&c, "rope_parameters", &st);
    if (st == VKR__F_SET && rp->type == VKR_JSON_OBJECT &&
        (vkr_json_get(rp, "full_attention") || vkr_json_get(rp, "sliding_attention"))) {
        const vkr_json *full = vkr_json_get(rp, "full_attention"), *slid = vkr_json_get(rp, "sliding_attention");
        vkr__cfg_rope(&c, full, "rope_parameters.full_attention", d->theta, partial, o->head_dim, &o->rope);
        vkr__cfg_rope(&c, slid ? slid : full, "rope_parameters.sliding_attention",
                      o->family == VKR_FAMILY_GEMMA3 ? 1e4 : d->theta, partial, o->head_dim, &o->rope_local);
    } else if (st == VKR__F_SET) {
        vkr__cfg_rope(&c, rp, "rope_parameters", d->theta, partial, o->head_dim, &o->rope);
        o->rope_local = o->rope;
    } else {
        double theta = d->theta, local = 1e4;
        vkr__cfg_num(&c, c.obj, "rope_theta", d->theta, &theta);
        vkr__cfg_rope(&c, vkr_json_get(c.obj, "rope_scaling"), "rope_scaling", theta, partial, o->head_dim, &o->rope);
        o->rope_local = o->rope;
        if (o->family == VKR_FAMILY_GEMMA3) {
            /* Gemma 3's local layers use their own base and no scaling */
            vkr__cfg_num(&c, c.obj, "rope_local_base_freq", 1e4, &local);
            vkr__cfg_rope(&c, NULL, "rope_local_base_freq", local, partial, o->head_dim, &o->rope_local);
        }
    }

    /* Gated DeltaNet shapes */
    if (o->family == VKR_FAMILY_QWEN3_5) {
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
};

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

/* >>vulkan (implementation) ============================================== */
/* The Vulkan backend (issue: Vulkan backend) records the forward pass as
   compute dispatches; its SPIR-V comes embedded from valkyr_shaders.h. */
#ifndef VALKYR_NO_VULKAN
#  include "valkyr_shaders.h"
#endif

/* >>license ================================================================
   valkyr is licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License. You may
   obtain a copy at http://www.apache.org/licenses/LICENSE-2.0. Unless
   required by applicable law or agreed to in writing, software distributed
   under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES
   OR CONDITIONS OF ANY KIND, either express or implied. See the License for
   the specific language governing permissions and limitations.
   Bundled: volk (MIT) and Vulkan-Headers (Apache-2.0), see third_party/. */

#endif /* VALKYR_IMPLEMENTATION_DONE */
#endif /* VALKYR_IMPLEMENTATION */
