#!/bin/sh
# Builds every libFuzzer target tests/fuzz_*.c with clang and runs each for
# FUZZ_SECONDS on a working copy of its seed corpus (tests/fuzz/<name>/).
# Prints the executions each reached and the rate; exits 1 if one finds a
# crash or leak. The implementation is compiled once (CPU only, with the
# fuzzer's instrumentation) and linked by every target that uses only the
# public API; a target that names an internal (vkr__*) compiles it itself.
# The builds run in parallel; FUZZ_JOBS (default: the CPU count) fuzzers run
# at a time, each on one core.
BUILD=${BUILD:-build}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
CLANG=${CLANG:-clang}
JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
dir=$BUILD/fuzz
mkdir -p "$dir"
status=0
flags="-g -O1 -fsanitize=fuzzer,address,undefined -I. -DVALKYR_NO_VULKAN="   # as the targets define it

# the shared implementation, then every target (in the background)
"$CLANG" $flags -DVALKYR_IMPLEMENTATION -x c -c -o "$dir/valkyr.o" valkyr.h || exit 1
for src in tests/fuzz_*.c; do
    name=$(basename "$src" .c)
    if grep -q 'vkr__' "$src"; then impl=""; else impl="-DVALKYR_IMPLEMENTATION_DONE $dir/valkyr.o"; fi
    # shellcheck disable=SC2086
    { "$CLANG" $flags -o "$dir/$name" "$src" $impl -lm -lpthread -ldl > "$dir/$name.build.log" 2>&1; echo $? > "$dir/$name.built"; } &
done
wait
for src in tests/fuzz_*.c; do
    name=$(basename "$src" .c)
    if [ "$(cat "$dir/$name.built")" != 0 ]; then cat "$dir/$name.build.log"; echo "$name: build failed"; exit 1; fi
done

# run NAME: fuzzes one target, then prints its line
run() {
    name=$1
    case $name in
        fuzz_tok_text) max_len=4096 ;;   # longer texts only run the same paths more slowly
        *) max_len=65536 ;;
    esac
    work=$dir/$name.corpus
    mkdir -p "$work" "$dir/$name.artifacts"
    seeds=tests/fuzz/${name#fuzz_}
    [ -d "$seeds" ] && cp "$seeds"/* "$work"/ 2>/dev/null
    "$dir/$name" -max_total_time="$FUZZ_SECONDS" -max_len=$max_len -print_final_stats=1 \
        -artifact_prefix="$dir/$name.artifacts/" "$work" > "$dir/$name.log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/$name.log" | grep -o '[0-9]*$')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$dir/$name.log" | grep -o '[0-9]*$')
    echo "$name: ${execs:-?} executions in ${FUZZ_SECONDS} s (${rate:-?}/s), exit $rc"
    if [ $rc -ne 0 ]; then
        grep -E 'ERROR|SUMMARY' "$dir/$name.log" | head -5
        ls "$dir/$name.artifacts"
        return 1
    fi
}
n=0
for src in tests/fuzz_*.c; do
    name=$(basename "$src" .c)
    { run "$name" > "$dir/$name.result" 2>&1; echo $? > "$dir/$name.result.rc"; } &
    n=$((n + 1))
    [ $((n % JOBS)) -eq 0 ] && wait
done
wait
for src in tests/fuzz_*.c; do
    name=$(basename "$src" .c)
    cat "$dir/$name.result"
    grep -q '^1$' "$dir/$name.result.rc" && status=1
    rm -f "$dir/$name.result.rc"
done
exit $status
