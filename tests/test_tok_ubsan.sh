#!/bin/sh
# The tokenizer's decode corner cases under clang's UndefinedBehaviorSanitizer
# (made fatal), which catches what gcc's does not: pointer arithmetic on a NULL
# buffer ("applying zero offset to null pointer"). For each tokenizer: decode
# of no ids, a stream flushed with nothing pushed (twice), decode of only
# skipped special tokens, and a short round trip. Skips without clang or
# without the unpacked tokenizers. Prints harness lines.
BUILD=${BUILD:-build}
TOK=${VKR_TOK_DIR:-$BUILD/tok}
dir=$BUILD/tokubsan
mkdir -p "$dir"
passed=0 failed=0 skipped=0

if ! command -v clang >/dev/null 2>&1; then
    echo "skip tok_ubsan: clang not installed"
    echo "#vt passed 0 failed 0 skipped 1"
    exit 0
fi

cat > "$dir/tok_ubsan.c" <<'C'
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "valkyr.h"
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    vkr_tok *t = NULL;
    vkr_tok_stream *s = NULL;
    vkr_text out;
    vkr_tokens ids;
    vkr_token bos;
    int ok = 1;
    const char *text = "Hello, w\xC3\xB6rld! \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\xA6\x80";
    if (argc < 2 || vkr_tok_load(argv[1], NULL, &t) != VKR_OK) { fprintf(stderr, "%s\n", vkr_last_error()); return 2; }
    memset(&out, 0, sizeof out);
    memset(&ids, 0, sizeof ids);
    ok = ok && vkr_tok_decode(t, NULL, 0, 0, &out) == VKR_OK && out.len == 0;      /* no ids */
    ok = ok && vkr_tok_stream_new(t, 0, &s) == VKR_OK;
    ok = ok && vkr_tok_stream_flush(s, &out) == VKR_OK && vkr_tok_stream_flush(s, &out) == VKR_OK && out.len == 0;
    vkr_tok_stream_free(s);
    bos = vkr_tok_bos(t) >= 0 ? vkr_tok_bos(t) : vkr_tok_find(t, "<|endoftext|>");
    if (bos >= 0) ok = ok && vkr_tok_decode(t, &bos, 1, VKR_TOK_SKIP_SPECIAL, &out) == VKR_OK && out.len == 0;
    ok = ok && vkr_tok_encode(t, text, strlen(text), VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK;
    ok = ok && vkr_tok_decode(t, ids.ids, ids.n, VKR_TOK_SKIP_SPECIAL, &out) == VKR_OK;
    vkr_tokens_free(&ids);
    vkr_text_free(&out);
    vkr_tok_free(t);
    return ok ? 0 : 1;
}
C

if ! clang -O1 -g -I. -fsanitize=undefined -fno-sanitize-recover=undefined -o "$dir/tok_ubsan" "$dir/tok_ubsan.c" \
        -lm -lpthread -ldl > "$dir/log" 2>&1; then
    echo "FAIL tok_ubsan_build"; sed 's/^/  /' "$dir/log" | head -20
    echo "#vt passed 0 failed 1 skipped 0"
    exit 1
fi

for name in stories260k tinyllama mistral-v0.3 gpt2 llama3 qwen3; do
    if [ "$name" = stories260k ]; then path=models/stories260k; else path=$TOK/$name; fi
    if [ ! -f "$path/tokenizer.json" ]; then
        echo "skip tok_ubsan_$name: no $path/tokenizer.json (run make)"; skipped=$((skipped + 1)); continue
    fi
    if "$dir/tok_ubsan" "$path" > "$dir/log" 2>&1; then
        echo "ok   tok_ubsan_$name"; passed=$((passed + 1))
    else
        echo "FAIL tok_ubsan_$name"; sed 's/^/  /' "$dir/log" | head -10; failed=$((failed + 1))
    fi
done
echo "#vt passed $passed failed $failed skipped $skipped"
[ $failed -eq 0 ]
