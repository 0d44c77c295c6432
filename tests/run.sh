#!/bin/sh
# Runs every test program ($BUILD/test_*) and test script (tests/test_*.sh),
# adds up their "#vt passed N failed N skipped N" lines and ends with the one
# line "N passed, N failed, N skipped". A program that dies before printing
# its summary counts as one failure. Exit status 1 on any failure. The
# seconds each took go to $BUILD/test-times.txt.
#   VKR_TEST_LONG=1       (make test-long) the scripts add their slow checks
#   VKR_TEST_SANITIZED=1  (make test-asan) leaves out the checks in $ONCE and
#                         check-shaders: they build with flags of their own,
#                         so a second run would repeat the first exactly
BUILD=${BUILD:-build}
ONCE="tests/test_build.sh tests/test_tok_ubsan.sh"
GLSLC=${GLSLC:-glslc}
passed=0 failed=0 skipped=0
# where the tests find the data make unpacked
export VKR_UNICODE_TEST="$BUILD/normalization_test.txt" VKR_TOK_DIR="$BUILD/tok"
log=$BUILD/test-log.txt
times=$BUILD/test-times.txt   # seconds per test program / script
: > "$log"
: > "$times"

tally() {   # $1 = name, $2 = exit status, $3 = output file
    summary=$(grep '^#vt ' "$3" | tail -n 1)
    grep -v '^#vt ' "$3"
    if [ -z "$summary" ]; then
        echo "FAIL $1 (exited with status $2 before its summary)"
        failed=$((failed + 1))
        return
    fi
    set -- $summary
    passed=$((passed + $3)); failed=$((failed + $5)); skipped=$((skipped + $7))
}

out=$BUILD/test-out.txt
for t in "$BUILD"/test_*; do
    [ -x "$t" ] || continue
    case "$t" in *.txt) continue ;; esac
    echo "== $t"
    t0=$(date +%s)
    "$t" > "$out" 2>&1; rc=$?
    dt=$(($(date +%s) - t0))
    cat "$out" >> "$log"
    tally "$t" $rc "$out"
    echo "   ($dt s)"; echo "$t: $dt s" >> "$times"
done
for s in tests/test_*.sh; do
    [ -f "$s" ] || continue
    case " $ONCE " in *" $s "*) if [ "${VKR_TEST_SANITIZED:-0}" != 0 ]; then echo "== $s"; echo "   in make test only"; continue; fi ;; esac
    echo "== $s"
    t0=$(date +%s)
    BUILD=$BUILD sh "$s" > "$out" 2>&1; rc=$?
    dt=$(($(date +%s) - t0))
    cat "$out" >> "$log"
    tally "$s" $rc "$out"
    echo "   ($dt s)"; echo "$s: $dt s" >> "$times"
done
# The generated files and blocks are what their generators write now.
# check TARGET MISSING: runs `make TARGET`, or skips saying MISSING when that
# is not empty (a tool it needs is not installed). Sanitized builds skip them.
check() {
    echo "== $1"
    if [ "${VKR_TEST_SANITIZED:-0}" != 0 ]; then
        echo "   in make test only"
    elif [ -n "$2" ]; then
        echo "skip $1: $2"; skipped=$((skipped + 1))
    elif make -s "$1" BUILD="$BUILD" > "$out" 2>&1; then
        echo "ok   $1"; passed=$((passed + 1))
    else
        cat "$out"; echo "FAIL $1"; failed=$((failed + 1))
    fi
}
have() { command -v "$1" >/dev/null 2>&1; }
check check-shaders "$(have "$GLSLC" || echo "glslc not installed")"
check check-vkdecl "$(have python3 || echo "python3 not installed")"
check check-unicode "$(have python3 && [ -f /usr/share/unicode/UnicodeData.txt ] || echo "python3 or the unicode-data package (/usr/share/unicode) not installed")"
rm -f "$out"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
