#!/bin/sh
# test_examples.sh — runs each program of examples/ (built into $BUILD by
# make) on the bundled model and checks what it prints. Run from the
# repository root by tests/run.sh (with $BUILD set). Prints "ok   name" /
# "FAIL name" / "skip name: why" per check and ends with
# "#vt passed N failed N skipped N".

BUILD=${BUILD:-build}
MODEL=models/stories260k
TEXT=tests/data/text/tinystories_200k.txt
passed=0 failed=0 skipped=0
tmp=${TMPDIR:-/tmp}/vkr_test_examples_$$
out=$tmp/stdout
err=$tmp/stderr

ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; shift; for l in "$@"; do echo "  $l"; done; failed=$((failed + 1)); }
skip() { echo "skip $1: $2"; skipped=$((skipped + 1)); }
run()  { "$@" > "$out" 2> "$err"; rc=$?; }
has()  { grep -F -q -- "$2" "$1"; }
show() { echo "  status $rc; stdout: $(head -n 8 "$out" | tr '\n' '|')"; echo "  stderr: $(head -n 8 "$err" | tr '\n' '|')"; }
# bad_model NAME PROGRAM ARGS...: a missing model fails with one line naming it
bad_model() {
    name=$1; shift
    run "$@"
    if [ $rc -eq 1 ] && has "$err" "no/such/model" && [ "$(wc -l < "$err")" -ge 1 ] &&
       [ "$(tail -c 1 "$err" | od -An -c | tr -d ' ')" = '\n' ]; then ok "$name"; else fail "$name" "$(show)"; fi
}

mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
for e in generate chat perplexity tokenize model_info frame_loop finetune; do
    [ -x "$BUILD/$e" ] || fail "example_$e" "$BUILD/$e is missing (run make)"
done

# ---- generate.c: the quick start ------------------------------------------------
if [ -x "$BUILD/generate" ]; then
    run "$BUILD/generate" $MODEL "Once upon a time"
    cp "$out" "$tmp/gen1"
    if [ $rc -eq 0 ] && head -c 16 "$out" | grep -q '^Once upon a time$' && has "$out" Whiskers && [ "$(wc -w < "$out")" -ge 40 ] &&
       has "$err" "tokens in"; then ok example_generate; else fail example_generate "$(show)"; fi
    run "$BUILD/generate" $MODEL "Once upon a time"
    if [ $rc -eq 0 ] && cmp -s "$out" "$tmp/gen1"; then ok example_generate_same_seed_same_story; else fail example_generate_same_seed_same_story "$(show)"; fi
    bad_model example_generate_bad_model "$BUILD/generate" no/such/model
    run "$BUILD/generate"
    if [ $rc -eq 2 ] && has "$err" usage; then ok example_generate_usage; else fail example_generate_usage "$(show)"; fi
fi

# ---- tokenize.c: text to ids and back -------------------------------------------
if [ -x "$BUILD/tokenize" ]; then
    run "$BUILD/tokenize" $MODEL "Once upon a time"   # <s> ▁Once ▁upon ▁a ▁time, as llama2.c's tok512
    if [ $rc -eq 0 ] && has "$out" "5 tokens, 16 bytes, vocabulary 512" && has "$out" "decoded: Once upon a time" &&
       [ "$(awk '/^ *[0-9]+  / { printf "%s ", $1 }' "$out")" = "1 403 407 261 378 " ]; then ok example_tokenize; else fail example_tokenize "$(show)"; fi
    run "$BUILD/tokenize" $MODEL "$(printf 'h\303\251llo w\303\266rld')"   # é is a piece, ö falls back to bytes
    if [ $rc -eq 0 ] && has "$out" "10 tokens, 13 bytes" && has "$out" "<0xC3>" && has "$out" "$(printf 'decoded: h\303\251llo w\303\266rld')"; then
        ok example_tokenize_utf8; else fail example_tokenize_utf8 "$(show)"; fi
    bad_model example_tokenize_bad_model "$BUILD/tokenize" no/such/model x
fi

# ---- perplexity.c: how well the model predicts a text ---------------------------
if [ -x "$BUILD/perplexity" ]; then
    # the bundled model was trained on TinyStories: a few nats at most per token (uniform would be 512)
    run "$BUILD/perplexity" $MODEL $TEXT 3000
    ppl=$(sed -n 's/^2999 tokens scored, perplexity \([0-9.]*\)$/\1/p' "$out")
    if [ $rc -eq 0 ] && [ -n "$ppl" ] && awk -v p="$ppl" 'BEGIN { exit !(p > 2 && p < 8) }'; then ok example_perplexity; else fail example_perplexity "$(show)"; fi
    # text the model never saw scores far worse than its own kind of text
    head -c 4000 valkyr.h > "$tmp/code.txt"
    run "$BUILD/perplexity" $MODEL "$tmp/code.txt"
    ppl2=$(sed -n 's/^.* tokens scored, perplexity \([0-9.]*\)$/\1/p' "$out")
    if [ $rc -eq 0 ] && [ -n "$ppl2" ] && awk -v a="$ppl" -v b="$ppl2" 'BEGIN { exit !(b > 3 * a) }'; then ok example_perplexity_code_is_surprising; else fail example_perplexity_code_is_surprising "ppl $ppl vs $ppl2" "$(show)"; fi
    run "$BUILD/perplexity" $MODEL "$tmp/no-such-file.txt"
    if [ $rc -eq 1 ] && has "$err" "no-such-file.txt: cannot read"; then ok example_perplexity_bad_file; else fail example_perplexity_bad_file "$(show)"; fi
fi

# ---- chat.c: a streaming chat REPL ----------------------------------------------
if [ -x "$BUILD/chat" ]; then
    # three turns: together they outgrow the 512-token context (the oldest turns are dropped)
    printf 'Hello\nTell me a story about a cat\nWhat happened next?\n' | "$BUILD/chat" $MODEL > "$out" 2> "$err"; rc=$?
    answers=$(grep -c '^> [^ ]' "$out")
    if [ $rc -eq 0 ] && [ "$answers" -eq 3 ] && [ "$(tail -n 1 "$out")" = "> " ] && [ "$(wc -w < "$out")" -ge 60 ]; then ok example_chat; else fail example_chat "$(show)"; fi
    # a message that alone does not fit is left out, and the next one is answered
    long=$(awk 'BEGIN { for (i = 0; i < 700; i++) printf "cat "; }')
    printf '%s\nHello\n' "$long" | "$BUILD/chat" $MODEL > "$out" 2> "$err"; rc=$?
    if [ $rc -eq 0 ] && has "$out" "(too long for the context: left out)" && [ "$(grep -c '^> [^ ]' "$out")" -ge 2 ]; then ok example_chat_context_full; else fail example_chat_context_full "$(show)"; fi
    bad_model example_chat_bad_model "$BUILD/chat" no/such/model < /dev/null
fi

# ---- model_info.c: a model's config and weights ---------------------------------
if [ -x "$BUILD/model_info" ]; then
    run "$BUILD/model_info" $MODEL
    if [ $rc -eq 0 ] && has "$out" "llama, 5 layers, d=64, 8 heads (4 kv), vocab 512, 260032 parameters" &&
       has "$out" "model.layers.0.mlp.down_proj.weight" && has "$out" "[64, 172]"; then ok example_model_info; else fail example_model_info "$(show)"; fi
    bad_model example_model_info_bad_model "$BUILD/model_info" no/such/model
fi

# ---- finetune.c: LoRA fine-tuning, the adapter saved ------------------------------
if [ -x "$BUILD/finetune" ]; then
    head -c 6000 $TEXT > "$tmp/train.txt"
    run "$BUILD/finetune" $MODEL "$tmp/train.txt" "$tmp/adapter" 6
    if [ $rc -eq 0 ] && has "$out" "windows of 128 tokens" && [ "$(grep -c '^step .* loss [0-9.]* ' "$out")" -eq 6 ] &&
       [ -s "$tmp/adapter/adapter_model.safetensors" ] && [ -s "$tmp/adapter/adapter_config.json" ] && has "$out" "adapter saved in $tmp/adapter"; then
        ok example_finetune; else fail example_finetune "$(show)"; fi
    run "$BUILD/finetune" $MODEL "$tmp/no-such-file.txt" "$tmp/adapter2"
    if [ $rc -eq 1 ] && has "$err" "no-such-file.txt" && [ ! -e "$tmp/adapter2" ]; then ok example_finetune_bad_data; else fail example_finetune_bad_data "$(show)"; fi
fi

# ---- frame_loop.c: the model inside a Vulkan app's frame loop ---------------------
# It greedy-decodes 100 tokens on its own device: the CLI's CPU run must match,
# from a one-word prompt (whose first generated word keeps its space).
cli=$BUILD/valkyr
[ -x "$cli" ] || cli=./valkyr
if [ -x "$BUILD/frame_loop" ] && [ -x "$cli" ]; then
    gpu_env="ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"   # leaks in the Vulkan driver are not ours
    run env "$gpu_env" "$BUILD/frame_loop" $MODEL "Once"
    if [ $rc -ne 0 ] && has "$err" "no Vulkan"; then
        if [ -n "${VALKYR_TEST_REQUIRE_VULKAN:-}" ] && [ "${VALKYR_TEST_REQUIRE_VULKAN}" != 0 ]; then
            fail example_frame_loop "no Vulkan device, and VALKYR_TEST_REQUIRE_VULKAN is set" "$(show)"
        else
            skip example_frame_loop "no Vulkan device"
        fi
    else
        cp "$out" "$tmp/frame_loop.txt"
        run "$cli" gen $MODEL "Once" -n 100 --temp 0 --backend cpu
        if [ $rc -eq 0 ] && cmp -s "$out" "$tmp/frame_loop.txt"; then ok example_frame_loop; else fail example_frame_loop "$(show)" "frame_loop: $(head -c 300 "$tmp/frame_loop.txt")"; fi
    fi
fi

echo "#vt passed $passed failed $failed skipped $skipped"
[ $failed -eq 0 ]
