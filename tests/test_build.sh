#!/bin/sh
# The header builds warning-free (-Wall -Wextra -Werror) with gcc and clang,
# as C99, C11 and C++17, with and without VALKYR_NO_VULKAN; VALKYR_STATIC
# works in two translation units of one program; it cross-compiles for
# Windows with x86_64-w64-mingw32-gcc (compile only). Prints harness lines.
# A full -O2 compile of the implementation takes ~15 s, so under make test
# one build per compiler is full (gcc and MinGW) and the rest of the matrix
# is -fsyntax-only (every error and front-end warning; all of clang's), and
# the programs that only use the library link $BUILD/valkyr.o (make built
# it). VKR_TEST_LONG=1 (make test-long) compiles every variant in full.
BUILD=${BUILD:-build}
long=${VKR_TEST_LONG:-0}
[ "$long" = 0 ] && [ ! -f "$BUILD/valkyr.o" ] && long=1   # no object to link: build everything
if [ "$long" = 0 ]; then
    use_obj="-DVALKYR_IMPLEMENTATION_DONE"   # the implementation is $BUILD/valkyr.o
    obj=$BUILD/valkyr.o
else
    use_obj="" obj=""
fi
dir=$BUILD/buildcheck
mkdir -p "$dir"
passed=0 failed=0 skipped=0
ok()   { echo "ok   $1"; passed=$((passed + 1)); }
bad()  { echo "FAIL $1"; sed 's/^/  /' "$dir/log" | head -30; failed=$((failed + 1)); }
skip() { echo "skip $1: $2"; skipped=$((skipped + 1)); }

# An implementation TU that touches each public module.
cat > "$dir/impl.c" <<'C'
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
int main(void) {
    vkr_json_doc *doc = 0;
    vkr_config cfg;
    vkr_json_writer w;
    int ok = vkr_json_parse("[1]", 3, 0, &doc) == VKR_OK;
    vkr_json_free(doc);
    ok = ok && vkr_config_parse("{\"model_type\":\"llama\"}", 22, 0, &cfg) == VKR_OK;
    vkr_json_writer_init(&w, 0);
    vkr_json_write_int(&w, 1);
    ok = ok && vkr_json_writer_result(&w, 0, 0) == VKR_OK;
    vkr_json_writer_free(&w);
    ok = ok && vkr_time_ns() > 0 && vkr_result_str(VKR_OK)[0] && vkr_family_name(cfg.family)[0];
    return ok ? 0 : 1;
}
C
# A TU that only declares (the usual include).
cat > "$dir/user.c" <<'C'
#include "valkyr.h"
int user_fn(void);
int user_fn(void) { return vkr_dtype_bits(VKR_DTYPE_BF16); }
C
# VALKYR_STATIC: two TUs, each with a private copy of the implementation.
for n in a b; do
cat > "$dir/static_$n.c" <<C
#define VALKYR_STATIC
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
int static_$n(void);
int static_$n(void) { vkr_config c; return vkr_config_parse("{\"model_type\":\"qwen3\"}", 22, 0, &c) == VKR_OK && c.family == VKR_FAMILY_QWEN3; }
C
done
cat > "$dir/static_main.c" <<'C'
int static_a(void);
int static_b(void);
int main(void) { return static_a() && static_b() ? 0 : 1; }
C

W="-O2 -Wall -Wextra -Werror -I. -Ithird_party/vulkan/include"
# check CC STD DEFS: the implementation (impl.c) and a user (user.c) build
# with the compiler CC (for C++, "g++ -x c++"); in full, impl.c also runs.
check() {
    c=$1 std=$2 def=$3 n=${1% -x c++}
    if [ "$long" != 0 ] || { [ "$c" = gcc ] && [ "$std" = c99 ] && [ -z "$def" ]; }; then
        name="$n -std=$std $def"
        if $c -std=$std $W $def -o "$dir/impl" "$dir/impl.c" -lm -lpthread -ldl > "$dir/log" 2>&1 &&
           $c -std=$std $W $def -c -o "$dir/user.o" "$dir/user.c" >> "$dir/log" 2>&1 &&
           "$dir/impl" >> "$dir/log" 2>&1; then ok "$name"; else bad "$name"; fi
    else
        name="$n -std=$std $def -fsyntax-only"
        if $c -std=$std $W $def -fsyntax-only "$dir/impl.c" > "$dir/log" 2>&1 &&
           $c -std=$std $W $def -fsyntax-only "$dir/user.c" >> "$dir/log" 2>&1; then ok "$name"; else bad "$name"; fi
    fi
}
for cc in gcc clang; do
    if ! command -v $cc >/dev/null 2>&1; then skip "$cc" "not installed"; continue; fi
    for std in c99 c11; do
        for def in "" "-DVALKYR_NO_VULKAN"; do check $cc $std "$def"; done
    done
    cxx=$([ $cc = gcc ] && echo g++ || echo clang++)
    if command -v $cxx >/dev/null 2>&1; then
        for def in "" "-DVALKYR_NO_VULKAN"; do check "$cxx -x c++" c++17 "$def"; done
    else
        skip "$cxx" "not installed"
    fi
    [ "$long" = 0 ] && [ $cc = clang ] && continue   # links and runs the same code as gcc's
    name="$cc VALKYR_STATIC in two translation units"
    if $cc -std=c99 $W -O0 -c -o "$dir/sa.o" "$dir/static_a.c" > "$dir/log" 2>&1 &&
       $cc -std=c99 $W -O0 -c -o "$dir/sb.o" "$dir/static_b.c" >> "$dir/log" 2>&1 &&
       $cc -o "$dir/static" "$dir/static_main.c" "$dir/sa.o" "$dir/sb.o" -lm -lpthread -ldl >> "$dir/log" 2>&1 &&
       "$dir/static" >> "$dir/log" 2>&1; then ok "$name"; else bad "$name"; fi
done

# The CLI and the tests, too, build warning-free.
name="tools/valkyr.c -Werror"
if ${CC:-cc} -std=c99 $W $use_obj -o "$dir/valkyr" tools/valkyr.c tools/valkyr_serve.c tools/valkyr_http.c $obj -lm -lpthread -ldl > "$dir/log" 2>&1; then ok "$name"; else bad "$name"; fi

# The README's C example and the header's quick start compile and run.
awk '/^## Use it from C/{f=1} f&&/^```c/{g=1;next} g&&/^```/{exit} g' README.md > "$dir/readme_example.c"
name="README example"
if [ -s "$dir/readme_example.c" ] && ${CC:-cc} -std=c99 -Wall -I. -Ithird_party/vulkan/include $use_obj -o "$dir/readme_example" "$dir/readme_example.c" $obj -lm -lpthread -ldl > "$dir/log" 2>&1 &&
   "$dir/readme_example" > "$dir/readme_out" 2>> "$dir/log" && grep -q "there was" "$dir/readme_out"; then ok "$name"; else bad "$name"; fi
awk '/2\. QUICK START/{f=1;next} f&&/=====/{if(++n==2)exit;next} f' valkyr.h | sed 's/^       //' > "$dir/quickstart.c"
name="valkyr.h quick start"
if ${CC:-cc} -std=c99 -Wall -Wextra -Werror -I. -Ithird_party/vulkan/include $use_obj -o "$dir/quickstart" "$dir/quickstart.c" $obj -lm -lpthread -ldl > "$dir/log" 2>&1 &&
   "$dir/quickstart" models/stories260k > "$dir/qs_out" 2>> "$dir/log" && grep -q "there was" "$dir/qs_out"; then ok "$name"; else bad "$name"; fi

# valkyr defines no vk* symbol: a program that links the real loader and
# calls Vulkan itself links and runs beside valkyr's implementation.
cat > "$dir/host_vk.c" <<'EOF2'
#define _POSIX_C_SOURCE 200809L   /* strict C99: system headers come first here */
#include <vulkan/vulkan_core.h>
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
int main(void) {
    uint32_t v = 0;
    int32_t n = 0;
    if (vkEnumerateInstanceVersion(&v) != VK_SUCCESS) return 1;   /* the host's own Vulkan call */
    if (vkr_gpu_list(NULL, 0, &n) != VKR_OK) puts(vkr_last_error());
    printf("loader %u.%u, %d devices\n", VK_API_VERSION_MAJOR(v), VK_API_VERSION_MINOR(v), (int)n);
    return 0;
}
EOF2
name="links beside -lvulkan, no vk* symbols of its own"
if ! ls /usr/lib/*/libvulkan.so.1 >/dev/null 2>&1 && ! ls /usr/lib/libvulkan.so.1 >/dev/null 2>&1; then skip "$name" "no libvulkan.so.1"
elif ${CC:-cc} -std=c99 $W $use_obj -o "$dir/host_vk" "$dir/host_vk.c" $obj -l:libvulkan.so.1 -lm -lpthread -ldl > "$dir/log" 2>&1 &&
     "$dir/host_vk" >> "$dir/log" 2>&1 &&
     { [ -n "$obj" ] || ${CC:-cc} -std=c99 $W -c -o "$dir/impl_vk.o" "$dir/impl.c" >> "$dir/log" 2>&1; } &&
     ! nm "${obj:-$dir/impl_vk.o}" | grep -E ' [A-TV-Z] _?vk[A-Z]' >> "$dir/log"; then ok "$name"; else cat "$dir/log"; bad "$name"; fi

mingw=x86_64-w64-mingw32-gcc
if command -v $mingw >/dev/null 2>&1; then
    for def in "" "-DVALKYR_NO_VULKAN"; do
        name="$mingw -c $def" mode="-c -o $dir/impl.obj"
        [ "$long" = 0 ] && [ -n "$def" ] && name="$mingw -fsyntax-only $def" mode=-fsyntax-only
        if $mingw -std=c11 $W $def $mode "$dir/impl.c" > "$dir/log" 2>&1; then ok "$name"; else bad "$name"; fi
    done
    # the server is POSIX-only: on Windows its files compile to a stub that says so
    name="$mingw -c tools/valkyr_serve.c tools/valkyr_http.c"
    if $mingw -std=c11 $W -c -o "$dir/serve.obj" tools/valkyr_serve.c > "$dir/log" 2>&1 &&
       $mingw -std=c11 $W -c -o "$dir/http.obj" tools/valkyr_http.c >> "$dir/log" 2>&1; then ok "$name"; else bad "$name"; fi
else
    skip "$mingw" "not installed (apt-get install gcc-mingw-w64-x86-64)"
fi
echo "#vt passed $passed failed $failed skipped $skipped"
[ $failed -eq 0 ]
