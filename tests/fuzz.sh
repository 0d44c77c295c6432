#!/bin/sh
# Builds every libFuzzer target tests/fuzz_*.c with clang and runs each for
# FUZZ_SECONDS on a working copy of its seed corpus (tests/fuzz/<name>/).
# Prints the executions each reached; exits 1 if one finds a crash or leak.
BUILD=${BUILD:-build}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
CLANG=${CLANG:-clang}
dir=$BUILD/fuzz
mkdir -p "$dir"
status=0
for src in tests/fuzz_*.c; do
    name=$(basename "$src" .c)
    "$CLANG" -g -O1 -fsanitize=fuzzer,address,undefined -I. -o "$dir/$name" "$src" -lm -lpthread -ldl || exit 1
    work=$dir/$name.corpus
    mkdir -p "$work" "$dir/$name.artifacts"
    seeds=tests/fuzz/${name#fuzz_}
    [ -d "$seeds" ] && cp "$seeds"/* "$work"/ 2>/dev/null
    "$dir/$name" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$dir/$name.artifacts/" "$work" > "$dir/$name.log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/$name.log" | grep -o '[0-9]*$')
    echo "$name: ${execs:-?} executions in ${FUZZ_SECONDS} s, exit $rc"
    if [ $rc -ne 0 ]; then
        grep -E 'ERROR|SUMMARY' "$dir/$name.log" | head -5
        ls "$dir/$name.artifacts"
        status=1
    fi
done
exit $status
