#!/bin/sh
# test_cli.sh — tests of the valkyr command-line program (tools/valkyr.c).
# Run from the repository root by tests/run.sh (with $BUILD set); the binary
# is $BUILD/valkyr, else ./valkyr. Prints "ok   name" / "FAIL name" /
# "skip name: why" per check and ends with "#vt passed N failed N skipped N".

BUILD=${BUILD:-build}
BIN=$BUILD/valkyr   # this build's (the ASan one under make test-asan)
[ -x "$BIN" ] || BIN=./valkyr
passed=0 failed=0 skipped=0
tmp=${TMPDIR:-/tmp}/vkr_test_cli_$$
out=$tmp/stdout
err=$tmp/stderr

ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; shift; for l in "$@"; do echo "  $l"; done; failed=$((failed + 1)); }
skip() { echo "skip $1: $2"; skipped=$((skipped + 1)); }

# run CMD...: runs it with stdout in $out and stderr in $err; status in $rc
run() { "$@" > "$out" 2> "$err"; rc=$?; }
# has FILE TEXT: the file holds the fixed string
has() { grep -F -q -- "$2" "$1"; }
show() { echo "  status $rc; stdout: $(head -n 8 "$out" | tr '\n' '|')"; echo "  stderr: $(head -n 8 "$err" | tr '\n' '|')"; }

if [ ! -x "$BIN" ]; then
    fail cli_binary "$BIN is missing (run make)"
    echo "#vt passed $passed failed $failed skipped $skipped"
    exit 1
fi
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

if command -v python3 > /dev/null 2>&1; then have_python=1; else have_python=0; fi
# json_ok FILE: the file is one valid JSON document (python3's json.tool)
json_ok() { python3 -m json.tool "$1" > /dev/null 2>&1; }

# ---- version and help --------------------------------------------------------

run "$BIN" --version
if [ $rc -eq 0 ] && head -n 1 "$out" | grep -q '^valkyr 0\.'; then ok cli_version; else fail cli_version "$(show)"; fi

for args in "help" "--help" "-h" "inspect --help" "list --help" "help inspect" "help list" "inspect -h"; do
    name=cli_help_$(echo "$args" | tr -c 'a-z\n' '_')
    # shellcheck disable=SC2086
    run "$BIN" $args
    if [ $rc -eq 0 ] && grep -q -i 'usage' "$out" && [ ! -s "$err" ]; then ok "$name"; else fail "$name" "$(show)"; fi
done

run "$BIN" inspect --help
if has "$out" "--json" && has "$out" "--tensors"; then ok cli_help_inspect_options; else fail cli_help_inspect_options "$(show)"; fi
run "$BIN" list --help
if has "$out" "--no-cache" && has "$out" "--json"; then ok cli_help_list_options; else fail cli_help_list_options "$(show)"; fi

run "$BIN" frobnicate
if [ $rc -ne 0 ] && [ -s "$err" ] && [ ! -s "$out" ] && has "$err" frobnicate; then ok cli_unknown_command; else fail cli_unknown_command "$(show)"; fi

run "$BIN"
if [ $rc -ne 0 ] && [ ! -s "$out" ] && grep -q -i usage "$err"; then ok cli_no_command; else fail cli_no_command "$(show)"; fi

run "$BIN" help frobnicate
if [ $rc -ne 0 ] && [ -s "$err" ] && [ ! -s "$out" ]; then ok cli_help_unknown_command; else fail cli_help_unknown_command "$(show)"; fi

run "$BIN" inspect
if [ $rc -ne 0 ] && [ ! -s "$out" ] && grep -q -i usage "$err"; then ok cli_inspect_no_model; else fail cli_inspect_no_model "$(show)"; fi

run "$BIN" inspect models/stories260k --frob
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "--frob"; then ok cli_inspect_unknown_option; else fail cli_inspect_unknown_option "$(show)"; fi

run "$BIN" list --frob
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "--frob"; then ok cli_list_unknown_option; else fail cli_list_unknown_option "$(show)"; fi

# ---- inspect -------------------------------------------------------------------

run "$BIN" inspect models/stories260k
if [ $rc -eq 0 ] && has "$out" llama && has "$out" "260.0K"; then ok cli_inspect; else fail cli_inspect "$(show)"; fi
if has "$out" "5 full_attention" && has "$out" "tied"; then ok cli_inspect_details; else fail cli_inspect_details "$(show)"; fi

# a GGUF file (tests/data/gguf: made by llama.cpp's tools): header, metadata, tensors, bytes per type
G=tests/data/gguf/tiny256-q4_k_m.gguf
run "$BIN" inspect "$G"
if [ $rc -eq 0 ] && has "$out" "version 3, alignment 32" && has "$out" 'tokenizer.ggml.tokens' && has "$out" 'string[512] ["<unk>", "<s>"' \
   && has "$out" "558336 bytes" && has "$out" "Q6_K 3" && grep -q 'blk.0.ffn_down.weight *Q6_K *\[512, 256\]' "$out"; then
    ok cli_inspect_gguf
else
    fail cli_inspect_gguf "$(show)"
fi
cp "$G" "$tmp/model.bin" && run "$BIN" inspect "$tmp/model.bin"
if [ $rc -eq 0 ] && has "$out" "version 3"; then ok cli_inspect_gguf_by_magic; else fail cli_inspect_gguf_by_magic "$(show)"; fi
head -c 20000 "$G" > "$tmp/cut.gguf" && run "$BIN" inspect "$tmp/cut.gguf"
if [ $rc -ne 0 ] && has "$err" "cut.gguf" && has "$err" "runs past the end"; then ok cli_inspect_gguf_truncated; else fail cli_inspect_gguf_truncated "$(show)"; fi
run "$BIN" inspect "$G" --json
if [ $have_python -eq 1 ]; then
    if [ $rc -eq 0 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); m={e["key"]: e for e in d["metadata"]}; sys.exit(0 if d["version"] == 3 and d["tensor_bytes"] == 558336 and d["types"]["Q6_K"]["tensors"] == 3 and m["tokenizer.ggml.tokens"]["length"] == 512 and m["llama.embedding_length"]["value"] == 256 and len(d["tensors"]) == 12 else 1)' "$out" 2> /dev/null
    then ok cli_inspect_gguf_json; else fail cli_inspect_gguf_json "$(show)"; fi
else
    skip cli_inspect_gguf_json "python3 not installed"
fi

run "$BIN" inspect models/stories260k --json
if [ $rc -eq 0 ] && grep -q '"n_params": *260032' "$out" && grep -q '"family": *"llama"' "$out"; then
    ok cli_inspect_json
else
    fail cli_inspect_json "$(show)"
fi
if [ $have_python -eq 1 ]; then
    if json_ok "$out"; then ok cli_inspect_json_parses; else fail cli_inspect_json_parses "$(show)"; fi
    if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["n_params"] == 260032 and d["n_layers"] == 5 and d["tie_word_embeddings"] is True else 1)' "$out" 2> /dev/null
    then ok cli_inspect_json_values; else fail cli_inspect_json_values "$(show)"; fi
else
    skip cli_inspect_json_parses "python3 not installed"
    skip cli_inspect_json_values "python3 not installed"
fi

run "$BIN" inspect models/stories260k --tensors
if [ $rc -eq 0 ] && has "$out" model.norm.weight && has "$out" model.layers.4.mlp.down_proj.weight; then
    ok cli_inspect_tensors
else
    fail cli_inspect_tensors "$(show)"
fi

run "$BIN" inspect models/stories260k --json --tensors
if [ $rc -eq 0 ] && has "$out" '"model.norm.weight"'; then
    if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_inspect_json_tensors; else fail cli_inspect_json_tensors "does not parse" "$(show)"; fi
else
    fail cli_inspect_json_tensors "$(show)"
fi

run "$BIN" inspect models/stories260k/model.safetensors
if [ $rc -eq 0 ] && has "$out" "47" && has "$out" "260.0K"; then ok cli_inspect_file; else fail cli_inspect_file "$(show)"; fi

run "$BIN" inspect "$tmp/no/such/model"
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "$tmp/no/such/model"; then ok cli_inspect_missing; else fail cli_inspect_missing "$(show)"; fi

run "$BIN" inspect tests/data/configs/gpt2
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "not supported" && has "$err" gpt2; then
    ok cli_inspect_unsupported
else
    fail cli_inspect_unsupported "$(show)"
fi

# ---- malformed safetensors files -------------------------------------------------

# le64 N: the 8-byte little-endian encoding of N (N < 2^32), as printf octal escapes
le64() {
    n=$1 s='' i=0
    while [ $i -lt 8 ]; do
        s="$s\\$(printf '%03o' $((n % 256)))"
        n=$((n / 256)) i=$((i + 1))
    done
    printf '%s' "$s"
}
# st_file PATH HEADER DATA_BYTES: a safetensors file with that header and zero data
st_file() {
    {
        # shellcheck disable=SC2059
        printf "$(le64 ${#2})"
        printf '%s' "$2"
        dd if=/dev/zero bs=1 count="$3" 2> /dev/null
    } > "$1"
}

# a well-formed file first, so the helpers are known to work
st_file "$tmp/good.safetensors" '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}' 8
run "$BIN" inspect "$tmp/good.safetensors"
if [ $rc -eq 0 ] && has "$out" "1 in 1 file"; then ok cli_inspect_written_file; else fail cli_inspect_written_file "$(show)"; fi

printf '\010\000\000\000' > "$tmp/truncated.safetensors"
printf '\377\377\377\377\377\377\377\377{}' > "$tmp/badlength.safetensors"
printf '\100\000\000\000\000\000\000\000{}' > "$tmp/pastend.safetensors"
st_file "$tmp/overlap.safetensors" \
    '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}' 12
st_file "$tmp/notbrace.safetensors" ' {}' 0
st_file "$tmp/badjson.safetensors" '{"a":' 0
st_file "$tmp/baddtype.safetensors" '{"a":{"dtype":"float32","shape":[1],"data_offsets":[0,4]}}' 4
: > "$tmp/empty.safetensors"
for f in truncated badlength pastend overlap notbrace badjson baddtype empty; do
    run "$BIN" inspect "$tmp/$f.safetensors"
    if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "$f.safetensors"; then ok "cli_malformed_$f"; else fail "cli_malformed_$f" "$(show)"; fi
done
run "$BIN" inspect "$tmp/overlap.safetensors"
if has "$err" overlap && has "$err" "tensor b"; then ok cli_malformed_overlap_message; else fail cli_malformed_overlap_message "$(show)"; fi

# a model directory whose weights are malformed: the message names the file
mkdir -p "$tmp/badmodel"
cp models/stories260k/config.json "$tmp/badmodel/"
cp "$tmp/overlap.safetensors" "$tmp/badmodel/model.safetensors"
run "$BIN" inspect "$tmp/badmodel"
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "badmodel/model.safetensors"; then ok cli_malformed_model_dir; else fail cli_malformed_model_dir "$(show)"; fi

# ---- list ------------------------------------------------------------------------

run "$BIN" list --no-cache models
if [ $rc -eq 0 ] && grep 'models/stories260k' "$out" | grep -q 'ok' && grep 'models/stories260k' "$out" | grep -q llama; then
    ok cli_list
else
    fail cli_list "$(show)"
fi

run "$BIN" list --json --no-cache models
if [ $rc -eq 0 ] && has "$out" '"models/stories260k"' && grep -q '"n_params": *260032' "$out"; then ok cli_list_json; else fail cli_list_json "$(show)"; fi
if [ $have_python -eq 1 ]; then
    if json_ok "$out"; then ok cli_list_json_parses; else fail cli_list_json_parses "$(show)"; fi
else
    skip cli_list_json_parses "python3 not installed"
fi

# supported first, the unsupported one with its reason
mkdir -p "$tmp/models/aa_gpt2" "$tmp/models/zz_stories"
cp tests/data/configs/gpt2/config.json "$tmp/models/aa_gpt2/"
cp models/stories260k/config.json models/stories260k/model.safetensors "$tmp/models/zz_stories/"
run "$BIN" list --no-cache "$tmp/models"
first=$(grep -n zz_stories "$out" | cut -d: -f1)
second=$(grep -n aa_gpt2 "$out" | cut -d: -f1)
if [ $rc -eq 0 ] && [ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ] && grep aa_gpt2 "$out" | grep -q "not supported"; then
    ok cli_list_unsupported
else
    fail cli_list_unsupported "$(show)"
fi
run "$BIN" list --json --no-cache "$tmp/models"
if [ $rc -eq 0 ] && has "$out" '"supported": false' && has "$out" '"error"'; then
    if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_list_json_unsupported; else fail cli_list_json_unsupported "does not parse" "$(show)"; fi
else
    fail cli_list_json_unsupported "$(show)"
fi

run "$BIN" list --no-cache "$tmp/nothing_here"
if [ $rc -eq 0 ] && has "$out" "no models"; then ok cli_list_empty; else fail cli_list_empty "$(show)"; fi

# ---- tokenize / detokenize ------------------------------------------------------

TOK=${BUILD:-build}/tok
run "$BIN" tokenize models/stories260k "Once upon a time"
if [ $rc -eq 0 ] && [ "$(cat "$out")" = "1 403 407 261 378" ]; then ok cli_tokenize_bos; else fail cli_tokenize_bos "$(show)"; fi
run "$BIN" tokenize models/stories260k "Once upon a time" --no-special
if [ $rc -eq 0 ] && [ "$(cat "$out")" = "403 407 261 378" ]; then ok cli_tokenize_no_special; else fail cli_tokenize_no_special "$(show)"; fi
if [ -f "$TOK/qwen3/tokenizer.json" ]; then
    run "$BIN" tokenize "$TOK/qwen3/tokenizer.json" "Hello <|im_start|>world" --json
    if [ $rc -eq 0 ] && has "$out" '"ids":[9707,220,151644,14615]' && has "$out" '"<|im_start|>"'; then
        if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_tokenize_json; else fail cli_tokenize_json "does not parse" "$(show)"; fi
    else
        fail cli_tokenize_json "$(show)"
    fi
    run "$BIN" tokenize "$TOK/qwen3" "<|im_start|>" --no-parse-special
    if [ $rc -eq 0 ] && [ "$(cat "$out")" != "151644" ]; then ok cli_tokenize_no_parse_special; else fail cli_tokenize_no_parse_special "$(show)"; fi
else
    skip cli_tokenize_json "no $TOK/qwen3 (run make)"
    skip cli_tokenize_no_parse_special "no $TOK/qwen3 (run make)"
fi
if [ -f "$TOK/llama3/tokenizer.json" ]; then
    run "$BIN" detokenize "$TOK/llama3" --tokens 9906,11,1917,0
    if [ $rc -eq 0 ] && [ "$(cat "$out")" = "Hello, world!" ]; then ok cli_detokenize; else fail cli_detokenize "$(show)"; fi
    printf 'caf\303\251 \360\237\230\200 ok' > "$tmp/in.txt"
    run "$BIN" tokenize "$TOK/llama3" --file "$tmp/in.txt" --no-special
    ids=$(tr ' ' ',' < "$out")
    run "$BIN" detokenize "$TOK/llama3" --tokens "$ids"
    if [ $rc -eq 0 ] && [ "$(cat "$out")" = "$(cat "$tmp/in.txt")" ]; then ok cli_tokenize_file_round_trip; else fail cli_tokenize_file_round_trip "$(show)"; fi
else
    skip cli_detokenize "no $TOK/llama3 (run make)"
    skip cli_tokenize_file_round_trip "no $TOK/llama3 (run make)"
fi
run "$BIN" detokenize models/stories260k --tokens 1,403,x
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "not a list"; then ok cli_detokenize_bad_list; else fail cli_detokenize_bad_list "$(show)"; fi
run "$BIN" tokenize "$tmp/no_such_dir" "x"
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "no_such_dir"; then ok cli_tokenize_missing; else fail cli_tokenize_missing "$(show)"; fi
printf '{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": ["a b"]}}' > "$tmp/bad_tokenizer.json"
run "$BIN" tokenize "$tmp/bad_tokenizer.json" "a"
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "merges[0]"; then ok cli_tokenize_malformed; else fail cli_tokenize_malformed "$(show)"; fi
for args in "tokenize --help" "detokenize --help" "help tokenize"; do
    name=cli_help_$(echo "$args" | tr -c 'a-z\n' '_')
    # shellcheck disable=SC2086
    run "$BIN" $args
    if [ $rc -eq 0 ] && grep -q -i 'usage' "$out"; then ok "$name"; else fail "$name" "$(show)"; fi
done

# ---- gen / logits / bench -----------------------------------------------------------

run "$BIN" gen models/stories260k "Once upon a time" -n 40 --temp 0
if [ $rc -eq 0 ] && has "$out" "Once upon a time, there was a little girl named Lily" && has "$err" "prefill" && has "$err" "decode"; then
    ok cli_gen_greedy_story
else
    fail cli_gen_greedy_story "$(show)"
fi
run "$BIN" gen models/stories260k "Once upon a time" -n 30 --seed 7 --temp 0.9 --top-k 20
first=$(cat "$out")
run "$BIN" gen models/stories260k "Once upon a time" -n 30 --seed 7 --temp 0.9 --top-k 20
if [ $rc -eq 0 ] && [ "$first" = "$(cat "$out")" ]; then ok cli_gen_seed_repeats; else fail cli_gen_seed_repeats "$(show)"; fi
run "$BIN" gen models/stories260k --tokens 1,403,407,261,378 -n 20 --temp 0 --json
if [ $rc -eq 0 ] && has "$out" '"prompt_ids":[1,403,407,261,378]' && has "$out" '"ids":[432,383,286,261,376' && has "$out" '"text":", there was a little girl'; then
    if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_gen_json; else fail cli_gen_json "does not parse" "$(show)"; fi
else
    fail cli_gen_json "$(show)"
fi
run "$BIN" gen models/stories260k "Once upon a time" -n 100 --temp 0 --stop "Lily"
if [ $rc -eq 0 ] && has "$out" "girl named" && ! has "$out" "Lily"; then ok cli_gen_stop_string; else fail cli_gen_stop_string "$(show)"; fi
# The GPU backend from the command line (lavapipe counts): same greedy story as
# the CPU, devices listed, a device name that matches nothing is an error.
# (Under make test-asan, leak checks are off for these runs: lavapipe keeps
# an allocation it never frees; test_vulkan checks valkyr's own memory.)
gpu_env="ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
run env "$gpu_env" "$BIN" devices --json
if [ $rc -eq 0 ] && has "$out" '"usable":true'; then
    if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_devices_json; else fail cli_devices_json "does not parse" "$(show)"; fi
    run "$BIN" gen models/stories260k "Once upon a time" -n 80 --temp 0 --backend cpu
    cp "$out" "$tmp/gen_cpu.txt"
    run env "$gpu_env" "$BIN" gen models/stories260k "Once upon a time" -n 80 --temp 0 --backend vulkan
    if [ $rc -eq 0 ] && cmp -s "$out" "$tmp/gen_cpu.txt" && has "$err" "(vulkan, "; then ok cli_gen_vulkan_equals_cpu; else fail cli_gen_vulkan_equals_cpu "$(show)"; fi
    run env "$gpu_env" VALKYR_DEVICE=no-such-gpu "$BIN" gen models/stories260k "x" --backend vulkan -n 5
    if [ $rc -ne 0 ] && has "$err" "no-such-gpu"; then ok cli_gen_vulkan_unknown_device; else fail cli_gen_vulkan_unknown_device "$(show)"; fi
    run env "$gpu_env" "$BIN" bench models/stories260k --backend vulkan --prompt 16 -n 4 --json
    if [ $rc -eq 0 ] && has "$out" '"dispatches_per_token"'; then ok cli_bench_vulkan; else fail cli_bench_vulkan "$(show)"; fi
    # quantized GGUF weights on the GPU: the CPU's logits (f32 precision) at every position
    for qt in q4_k_m q5_0 q6_k q8_0; do
        run "$BIN" logits tests/data/gguf/tiny256-$qt.gguf --tokens 1,403,407,261,378,432,383,286,35,18 --all --backend cpu
        cp "$out" "$tmp/qcpu.json"
        run env "$gpu_env" "$BIN" logits tests/data/gguf/tiny256-$qt.gguf --tokens 1,403,407,261,378,432,383,286,35,18 --all --backend vulkan
        if [ $rc -eq 0 ] && [ $have_python -eq 1 ] && python3 - "$tmp/qcpu.json" "$out" <<'PY'
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
assert a["argmax"] == b["argmax"]
d = max(abs(x - y) / max(1, abs(x)) for ra, rb in zip(a["logits"], b["logits"]) for x, y in zip(ra, rb))
assert d < 1e-4, d
PY
        then ok cli_gguf_vulkan_$qt; elif [ $have_python -eq 0 ]; then skip cli_gguf_vulkan_$qt "python3 not installed"; else fail cli_gguf_vulkan_$qt "$(show)"; fi
    done
elif [ -n "${VALKYR_TEST_REQUIRE_VULKAN:-}" ] && [ "${VALKYR_TEST_REQUIRE_VULKAN}" != 0 ]; then
    fail cli_vulkan "no usable Vulkan device, and VALKYR_TEST_REQUIRE_VULKAN is set" "$(show)"
else
    skip cli_vulkan "no usable Vulkan device"
fi
run "$BIN" gen models/stories260k "x" --temp
if [ $rc -eq 2 ] && has "$err" "needs a value"; then ok cli_gen_missing_value; else fail cli_gen_missing_value "$(show)"; fi
run "$BIN" logits models/stories260k --tokens 1,403,407
if [ $rc -eq 0 ] && has "$out" '"argmax":[261]'; then
    if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_logits_last; else fail cli_logits_last "does not parse" "$(show)"; fi
else
    fail cli_logits_last "$(show)"
fi
run "$BIN" logits models/stories260k --tokens 1,403,407 --all
if [ $rc -eq 0 ] && has "$out" '"argmax":[403,407,261]'; then ok cli_logits_all; else fail cli_logits_all "$(show)"; fi
if [ $have_python -eq 1 ]; then
    if python3 -c "import json,sys; d=json.load(open('$out')); sys.exit(0 if len(d['logits'])==3 and all(len(v)==512 for v in d['logits']) else 1)"; then
        ok cli_logits_shape
    else
        fail cli_logits_shape "$(show)"
    fi
else
    skip cli_logits_shape "python3 not installed"
fi
# --precision on gen / logits / bench / chat; logits (the oracle tool) defaults to
# f32: its output equals --precision f32's, and its help says so.
run "$BIN" logits models/stories260k --tokens 1,403,407 --all --precision f32
cp "$out" "$tmp/logits_f32.json"
run "$BIN" logits models/stories260k --tokens 1,403,407 --all
if [ $rc -eq 0 ] && cmp -s "$out" "$tmp/logits_f32.json"; then ok cli_logits_default_f32; else fail cli_logits_default_f32 "$(show)"; fi
run "$BIN" logits --help
if [ $rc -eq 0 ] && has "$out" "--precision" && has "$out" "f32 by default"; then ok cli_logits_help_precision; else fail cli_logits_help_precision "$(show)"; fi
prec_ok=1
for c in "logits models/stories260k --tokens 1,403" "gen models/stories260k x -n 2" "bench models/stories260k --prompt 4 -n 2" "chat models/stories260k hi -n 2"; do
    # shellcheck disable=SC2086
    run "$BIN" $c --precision fast --backend cpu
    [ $rc -eq 0 ] || prec_ok=0
    # shellcheck disable=SC2086
    run "$BIN" $c --precision half
    { [ $rc -eq 2 ] && has "$err" "--precision is fast or f32"; } || prec_ok=0
done
if [ $prec_ok -eq 1 ]; then ok cli_precision_flag; else fail cli_precision_flag "$(show)"; fi
run "$BIN" logits models/stories260k --tokens 1,9999
if [ $rc -ne 0 ] && [ ! -s "$out" ] && has "$err" "9999"; then ok cli_logits_bad_id; else fail cli_logits_bad_id "$(show)"; fi
run "$BIN" bench models/stories260k --prompt 32 -n 8 --json
if [ $rc -eq 0 ] && has "$out" '"prefill_tok_s"' && has "$out" '"decode_tok_s"' && has "$out" '"peak_rss_bytes"' && has "$out" '"bandwidth_bound_tok_s"'; then
    if [ $have_python -eq 0 ] || json_ok "$out"; then ok cli_bench_json; else fail cli_bench_json "does not parse" "$(show)"; fi
else
    fail cli_bench_json "$(show)"
fi
for args in "gen --help" "logits --help" "bench --help"; do
    name=cli_help_$(echo "$args" | tr -c 'a-z\n' '_')
    # shellcheck disable=SC2086
    run "$BIN" $args
    if [ $rc -eq 0 ] && grep -q -i 'usage' "$out"; then ok "$name"; else fail "$name" "$(show)"; fi
done

# ---- issue 10's papercuts ---------------------------------------------------------------

# list DIR finds models below DIR, not only in its direct subdirectories
run "$BIN" list . --no-cache
if [ $rc -eq 0 ] && has "$out" "models/stories260k" && has "$out" "tests/data/parity/llama"; then ok cli_list_below; else fail cli_list_below "$(show)"; fi
# bench on the bundled model: its default prompt fits the model's 512 positions, no warning
run "$BIN" bench models/stories260k -n 4 --backend cpu
if [ $rc -eq 0 ] && [ ! -s "$err" ] && has "$out" "prefill"; then ok cli_bench_default_fits; else fail cli_bench_default_fits "$(show)"; fi
# an unknown option is one line naming it, not the usage
unknown_ok=1
for c in "gen models/stories260k" "inspect models/stories260k" "list" "chat models/stories260k" "logits models/stories260k" "devices"; do
    # shellcheck disable=SC2086
    run "$BIN" $c --frob
    { [ $rc -eq 2 ] && [ "$(wc -l < "$err")" -eq 1 ] && has "$err" "--frob" && [ ! -s "$out" ]; } || { unknown_ok=0; echo "  $c: $(show)"; }
done
if [ $unknown_ok -eq 1 ]; then ok cli_unknown_option_one_line; else fail cli_unknown_option_one_line; fi
# chat --help lists its options
run "$BIN" chat --help
if [ $rc -eq 0 ] && has "$out" "--system" && has "$out" "--var" && has "$out" "--precision" && has "$out" "-n N"; then ok cli_chat_help_options; else fail cli_chat_help_options "$(show)"; fi
# with stdout and stderr in one file, the stats line starts a line of its own
"$BIN" gen models/stories260k "Once upon a time" -n 5 --temp 0 > "$out" 2>&1; rc=$?
if [ $rc -eq 0 ] && grep -q '^valkyr: [0-9]* prompt tokens' "$out"; then ok cli_gen_stats_own_line; else fail cli_gen_stats_own_line "$(show)"; fi
# the first generated word keeps its space
run "$BIN" gen models/stories260k "Once" -n 3 --temp 0
if [ $rc -eq 0 ] && has "$out" "Once upon a"; then ok cli_gen_first_space; else fail cli_gen_first_space "$(show)"; fi

# ---- template / chat ----------------------------------------------------------------

printf '[{"role": "system", "content": "You are a pirate."}, {"role": "user", "content": "Hi"}]' > "$tmp/conv.json"
if [ -f "$TOK/qwen3/tokenizer.json" ]; then
    run "$BIN" template "$TOK/qwen3" --messages "$tmp/conv.json"
    if [ $rc -eq 0 ] && [ "$(cat "$out")" = "$(printf '<|im_start|>system\nYou are a pirate.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant')" ]; then ok cli_template_qwen3; else fail cli_template_qwen3 "$(show)"; fi
    run "$BIN" template "$TOK/qwen3" --messages "$tmp/conv.json" --json --no-generation-prompt
    if [ $rc -eq 0 ] && has "$out" '"ids":[151644,8948,198' && ! has "$out" 'assistant'; then ok cli_template_json; else fail cli_template_json "$(show)"; fi
else
    skip cli_template_qwen3 "no $TOK/qwen3 (run make)"
    skip cli_template_json "no $TOK/qwen3 (run make)"
fi
run "$BIN" template tests/data/tokenizers/gemma-2b-it --messages "$tmp/conv.json"
if [ $rc -ne 0 ] && has "$err" "System role not supported"; then ok cli_template_raise; else fail cli_template_raise "$(show)"; fi
run "$BIN" template models/stories260k --messages "$tmp/conv.json"
if [ $rc -eq 0 ] && has "$out" "<|user|>" && has "$err" "generic"; then ok cli_template_generic; else fail cli_template_generic "$(show)"; fi
printf '[{"role": 5}]' > "$tmp/bad_conv.json"
run "$BIN" template models/stories260k --messages "$tmp/bad_conv.json"
if [ $rc -ne 0 ] && [ ! -s "$out" ]; then ok cli_template_bad_messages; else fail cli_template_bad_messages "$(show)"; fi
run "$BIN" chat models/stories260k "Once upon a time" -n 10 --seed 1
if [ $rc -eq 0 ] && [ -s "$out" ]; then ok cli_chat_once; else fail cli_chat_once "$(show)"; fi
printf 'Hello\n/reset\nOnce upon a time\n/exit\n' > "$tmp/chat_in.txt"
"$BIN" chat models/stories260k -n 8 --seed 2 < "$tmp/chat_in.txt" > "$out" 2> "$err"; rc=$?
if [ $rc -eq 0 ] && has "$err" "reset"; then ok cli_chat_repl; else fail cli_chat_repl "$(show)"; fi

# ---- LoRA: gen/logits --lora and merge -----------------------------------------------

AD=tests/data/lora/stories260k-qvd
run "$BIN" gen models/stories260k "Once upon a time" -n 24 --temp 0
cp "$out" "$tmp/base.txt"
run "$BIN" gen models/stories260k "Once upon a time" -n 24 --temp 0 --lora "$AD"
cp "$out" "$tmp/lora.txt"
if [ $rc -eq 0 ] && [ -s "$tmp/lora.txt" ] && ! cmp -s "$tmp/base.txt" "$tmp/lora.txt"; then ok cli_gen_lora; else fail cli_gen_lora "the adapter changes nothing or failed" "$(show)"; fi
run "$BIN" merge models/stories260k --lora "$AD" --out "$tmp/merged"
if [ $rc -eq 0 ] && [ -f "$tmp/merged/model.safetensors" ] && [ -f "$tmp/merged/tokenizer.json" ] && cmp -s models/stories260k/config.json "$tmp/merged/config.json"; then
    ok cli_merge
else
    fail cli_merge "$(show)"
fi
run "$BIN" gen "$tmp/merged" "Once upon a time" -n 24 --temp 0
if [ $rc -eq 0 ] && cmp -s "$out" "$tmp/lora.txt"; then ok cli_merge_same_text; else fail cli_merge_same_text "merged: $(head -c 200 "$out")" "--lora: $(head -c 200 "$tmp/lora.txt")"; fi
run "$BIN" logits "$tmp/merged" --tokens 1,403,261,380
cp "$out" "$tmp/logits_merged.json"
run "$BIN" logits models/stories260k --tokens 1,403,261,380 --lora "$AD"
if [ $rc -eq 0 ] && [ -s "$out" ] && cmp -s "$out" "$tmp/logits_merged.json"; then ok cli_logits_lora; else fail cli_logits_lora "$(show)"; fi
run "$BIN" merge models/stories260k --lora "$AD" --out "$tmp/merged16" --dtype bf16
if [ $rc -eq 0 ] && "$BIN" inspect "$tmp/merged16" --json 2> /dev/null | grep -q '"BF16"'; then ok cli_merge_bf16; else fail cli_merge_bf16 "$(show)"; fi
run "$BIN" merge models/stories260k --lora "$AD"
if [ $rc -eq 2 ] && grep -q -i usage "$err"; then ok cli_merge_needs_out; else fail cli_merge_needs_out "$(show)"; fi
run "$BIN" gen models/stories260k "Once" -n 2 --lora "$tmp/no_adapter"
if [ $rc -ne 0 ] && has "$err" "no_adapter/adapter_config.json"; then ok cli_gen_lora_missing; else fail cli_gen_lora_missing "$(show)"; fi
run "$BIN" help merge
if [ $rc -eq 0 ] && has "$out" "--lora" && has "$out" "--dtype"; then ok cli_help_merge; else fail cli_help_merge "$(show)"; fi

# GGUF models (issue 12): a .gguf path works like a model directory
G=tests/data/gguf
run "$BIN" gen $G/stories260k-f16.gguf "Once upon a time" -n 16 --temp 0 --backend cpu
cp "$out" "$tmp/gguf_gen.txt"
run "$BIN" gen models/stories260k "Once upon a time" -n 16 --temp 0 --backend cpu
if [ $rc -eq 0 ] && [ -s "$tmp/gguf_gen.txt" ] && cmp -s "$out" "$tmp/gguf_gen.txt"; then ok cli_gguf_gen_same_text; else fail cli_gguf_gen_same_text "gguf: $(head -c 200 "$tmp/gguf_gen.txt")" "safetensors: $(head -c 200 "$out")"; fi
run "$BIN" tokenize $G/tiny256-q4_k_m.gguf "Once upon a time"
if [ $rc -eq 0 ] && has "$out" "1 403 407 261"; then ok cli_gguf_tokenize; else fail cli_gguf_tokenize "$(show)"; fi
run "$BIN" gen $G/tiny256-q2_k.gguf "Once" -n 2
if [ $rc -ne 0 ] && has "$err" "Q2_K" && has "$err" "token_embd.weight"; then ok cli_gguf_q2k_refused; else fail cli_gguf_q2k_refused "$(show)"; fi
# perplexity and KL divergence against the bf16 original: Q8_0 close, Q4_0 further
run "$BIN" perplexity $G/tiny256-q8_0.gguf --file tests/data/text/tinystories_200k.txt --ctx 128 --chunks 6 --kl-base $G/tiny256 --backend cpu --json
cp "$out" "$tmp/kl8.json"
run "$BIN" perplexity $G/tiny256-q4_0.gguf --file tests/data/text/tinystories_200k.txt --ctx 128 --chunks 6 --kl-base $G/tiny256 --backend cpu --json
if [ $rc -eq 0 ] && python3 - "$tmp/kl8.json" "$out" <<'PY'
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
assert a["tokens_scored"] == 6 * 63 and b["tokens_scored"] == 6 * 63, (a, b)
assert 0 < a["kl_mean"] <= 1e-3 < b["kl_mean"], (a["kl_mean"], b["kl_mean"])
assert a["same_top_percent"] > b["same_top_percent"]
assert a["ppl"] > 1 and abs(a["ppl_base"] - b["ppl_base"]) < 1e-6 * a["ppl_base"]
PY
then ok cli_perplexity_kl; else fail cli_perplexity_kl "$(show)"; fi
run "$BIN" perplexity $G/tiny256-q8_0.gguf --file tests/data/text/tinystories_200k.txt --ctx 10000000
if [ $rc -ne 0 ] && has "$err" "fewer than one chunk"; then ok cli_perplexity_short_text; else fail cli_perplexity_short_text "$(show)"; fi

echo "#vt passed $passed failed $failed skipped $skipped"
[ "$failed" -eq 0 ]
