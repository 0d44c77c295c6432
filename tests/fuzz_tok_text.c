/* fuzz_tok_text.c — libFuzzer target: text through two embedded tokenizers
   (encode with every flag, one-shot and streaming decode, round trip). The
   code and the invariants are fuzz_tokenizer.c's mode (b); see there.

   Build and run (tests/fuzz.sh does this for every tests/fuzz_*.c):
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_tok_text.c -o /tmp/ftt
     /tmp/ftt -max_len=4096 tests/fuzz/tok_text */
#define FUZZ_TOK_TEXT 1
#include "fuzz_tokenizer.c"
