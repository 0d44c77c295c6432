#!/bin/sh
# The header drops in: valkyr.h and valkyr_shaders.h alone, copied into an
# empty folder, build with no -I (GPU backend included) and warning-free
# (-Wall -Wextra -Werror -pedantic) with gcc and clang, as C99, C11 and
# C++17, with and without VALKYR_NO_VULKAN; VALKYR_STATIC works in two TUs
# of one program and in a TU that calls every VALKYR_API function (gcc -O2
# sees them all); a host's own Vulkan headers included before or after the
# implementation do not clash; `make install` gives a header a program builds
# against; it cross-compiles and links for Windows with x86_64-w64-mingw32-gcc.
# Prints harness lines.
BUILD=${BUILD:-build}
root=$(pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/valkyr-build.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
passed=0 failed=0 skipped=0
ok()   { echo "ok   $1"; passed=$((passed + 1)); }
bad()  { echo "FAIL $1"; sed 's/^/  /' "$dir/log" | head -30; failed=$((failed + 1)); }
skip() { echo "skip $1: $2"; skipped=$((skipped + 1)); }
have() { command -v "$1" >/dev/null 2>&1; }
LIBS="-lm -lpthread -ldl"

cp valkyr.h valkyr_shaders.h "$dir"/ || exit 1
cd "$dir" || exit 1

# An implementation TU that touches each public module, the GPU list too.
cat > impl.c <<'C'
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
int main(void) {
    vkr_json_doc *doc = 0;
    vkr_config cfg;
    vkr_json_writer w;
    int32_t n = 0;
    int ok = vkr_json_parse("[1]", 3, 0, &doc) == VKR_OK;
    vkr_json_free(doc);
    ok = ok && vkr_config_parse("{\"model_type\":\"llama\"}", 22, 0, &cfg) == VKR_OK;
    vkr_json_writer_init(&w, 0);
    vkr_json_write_int(&w, 1);
    ok = ok && vkr_json_writer_result(&w, 0, 0) == VKR_OK;
    vkr_json_writer_free(&w);
    ok = ok && vkr_time_ns() > 0 && vkr_result_str(VKR_OK)[0] && vkr_family_name(cfg.family)[0];
    (void)vkr_gpu_list(0, 0, &n);   /* no GPU (or VALKYR_NO_VULKAN) is not a failure here */
    return ok ? 0 : 1;
}
C
# A TU that only declares (the usual include).
cat > user.c <<'C'
#include "valkyr.h"
int user_fn(void);
int user_fn(void) { return vkr_dtype_bits(VKR_DTYPE_BF16); }
C
# VALKYR_STATIC: two TUs, each with a private copy of the implementation.
for n in a b; do
cat > static_$n.c <<C
#define VALKYR_STATIC
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
int static_$n(void);
int static_$n(void) { vkr_config c; return vkr_config_parse("{\"model_type\":\"qwen3\"}", 22, 0, &c) == VKR_OK && c.family == VKR_FAMILY_QWEN3; }
C
done
cat > static_main.c <<'C'
int static_a(void);
int static_b(void);
int main(void) { return static_a() && static_b() ? 0 : 1; }
C

# VALKYR_STATIC and every VALKYR_API function of valkyr.h, each called once
# behind a condition the compiler cannot see through, so gcc -O2 compiles,
# inlines and checks them all. ptr=vz: pointers and values the compiler
# cannot know; ptr=0: NULL pointers and zero values (NULL for a desc, the
# usual call), which is where gcc has found maybe-uninitialized variables.
cat > api.awk <<'AWK'
function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
function arg(p,   t) {
    p = trim(p)
    if (p ~ /\(/) return "0"
    if (p ~ /_desc \*/) return "NULL"
    if (p ~ /[*\[]/) return ptr
    t = p; sub(/[A-Za-z_][A-Za-z0-9_]*$/, "", t)
    return ptr == "0" ? "(" trim(t) "){0}" : "*(" trim(t) " *)vz"
}
function emit(d,   i, pre, w, n, name, params, depth, c, k, cur, args, sep) {
    d = substr(d, 1, index(d, ";") - 1)
    i = index(d, "("); pre = substr(d, 1, i - 1)
    n = split(trim(pre), w, /[ *]+/); name = w[n]
    params = substr(d, i + 1); sub(/\)[ \t]*$/, "", params)
    if (trim(params) == "void") { print "        (void)" name "();"; count++; return }
    depth = 0; cur = ""; args = ""; sep = ""
    for (k = 1; k <= length(params); k++) {
        c = substr(params, k, 1)
        if (c == "(") depth++
        if (c == ")") depth--
        if (c == "," && depth == 0) { args = args sep arg(cur); sep = ", "; cur = ""; continue }
        cur = cur c
    }
    if (trim(cur) != "...") args = args sep arg(cur)
    print "        (void)" name "(" args ");"; count++
}
BEGIN {
    print "#define VALKYR_STATIC"
    print "#define VALKYR_IMPLEMENTATION"
    print "#include \"valkyr.h\""
    print "static void *volatile vz;   /* a fresh unknown pointer at each read */"
    print "int main(int argc, char **argv) {"
    print "    (void)argv;"
    print "    if (argc > 1000) {"
}
/^#ifdef VALKYR_IMPLEMENTATION/ { exit }
/^VALKYR_API/ { d = ""; on = 1 }
on { d = d " " $0; if (index($0, ";")) { on = 0; emit(d) } }
END {
    print "    }"
    print "    return 0;   /* " count " functions */"
    print "}"
}
AWK
awk -v ptr=vz -f api.awk valkyr.h > api.c
awk -v ptr=0 -f api.awk valkyr.h > api0.c
nfn=$(grep -c '^        (void)vkr_' api.c)
ndecl=$(sed -n '1,/^#ifdef VALKYR_IMPLEMENTATION/p' valkyr.h | grep -c '^VALKYR_API')

W="-O2 -Wall -Wextra -Werror -pedantic"
# A full -O2 compile of the implementation takes ~15-40 s here: under make
# test one variant per compiler (C99, with Vulkan) and the whole-API TU are
# compiled, linked and run in full, the other variants of the matrix are
# -fsyntax-only (every error and front-end warning); VKR_TEST_LONG=1 (make
# test-long) compiles and runs every variant in full.
long=${VKR_TEST_LONG:-0}
matrix() {   # $1 compiler command, $2 name, $3 full (1) or syntax only (0)
    if [ "$long" != 0 ] || [ "$3" = 1 ]; then
        if $1 -o impl impl.c $LIBS > log 2>&1 && $1 -c -o user.o user.c >> log 2>&1 && ./impl >> log 2>&1; then ok "$2"; else bad "$2"; fi
    else
        if $1 -fsyntax-only impl.c > log 2>&1 && $1 -fsyntax-only user.c >> log 2>&1; then ok "$2 (syntax)"; else bad "$2 (syntax)"; fi
    fi
}
for cc in gcc clang; do
    if ! have $cc; then skip "$cc" "not installed"; continue; fi
    for std in c99 c11; do
        for def in "" "-DVALKYR_NO_VULKAN"; do
            full=0; [ $std = c99 ] && [ -z "$def" ] && full=1
            matrix "$cc -std=$std $W $def" "$cc -std=$std $W${def:+ $def}, no -I" $full
        done
    done
    cxx=$([ $cc = gcc ] && echo g++ || echo clang++)
    if have $cxx; then
        for def in "" "-DVALKYR_NO_VULKAN"; do
            matrix "$cxx -x c++ -std=c++17 $W $def" "$cxx -std=c++17 $W${def:+ $def}, no -I" 0
        done
    else
        skip "$cxx" "not installed"
    fi
    name="$cc VALKYR_STATIC in two translation units"
    if $cc -std=c99 $W -c -o sa.o static_a.c > log 2>&1 &&
       $cc -std=c99 $W -c -o sb.o static_b.c >> log 2>&1 &&
       $cc -o static static_main.c sa.o sb.o $LIBS >> log 2>&1 &&
       ./static >> log 2>&1; then ok "$name"; else bad "$name"; fi
    name="$cc -std=c99 $W VALKYR_STATIC, all $nfn API functions called"
    if [ "$nfn" -eq "$ndecl" ] && [ "$nfn" -gt 100 ] &&
       $cc -std=c99 $W -o api api.c $LIBS > log 2>&1 && ./api >> log 2>&1; then ok "$name"; else echo "$nfn of $ndecl" >> log; bad "$name"; fi
done
if have gcc; then
    name="gcc -std=c99 $W VALKYR_STATIC -DVALKYR_NO_VULKAN, all API functions called"
    if gcc -std=c99 $W -DVALKYR_NO_VULKAN -o api api.c $LIBS > log 2>&1 && ./api >> log 2>&1; then ok "$name"; else bad "$name"; fi
    # -Wno-nonnull: passing NULL where a function documents non-NULL is this test's own doing
    name="gcc -std=c99 $W VALKYR_STATIC, all API functions called with NULL and zero"
    # the calls pass NULL on purpose; GCC then also warns (format-overflow) inside
    # the functions' guarded error paths, which its constant propagation clones
    if gcc -std=c99 $W -Wno-nonnull -Wno-format-overflow -c -o api0.o api0.c > log 2>&1; then ok "$name"; else bad "$name"; fi
fi

# The README's C example and the header's quick start compile and run, here,
# with the command the README gives (no -I); what they print (the story, or
# the error) ends with a newline.
ends_with_newline() { [ -s "$1" ] && [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]; }
awk '/^## Use it from C/{f=1} f&&/^```c/{g=1;next} g&&/^```/{exit} g' "$root/README.md" > readme_example.c
name="README example"
if [ -s readme_example.c ] && ${CC:-cc} -O2 -std=c99 -Wall -o readme_example readme_example.c $LIBS > log 2>&1 &&
   (cd "$root" && "$dir/readme_example") > readme_out 2>> log && grep -q "[a-z]" readme_out && ends_with_newline readme_out; then ok "$name"; else bad "$name"; fi
awk '/2\. QUICK START/{f=1;next} f&&/=====/{if(++n==2)exit;next} f' valkyr.h | sed 's/^       //' > quickstart.c
name="valkyr.h quick start"
if ${CC:-cc} -std=c99 -Wall -Wextra -Werror -o quickstart quickstart.c $LIBS > log 2>&1 &&
   ./quickstart "$root/models/stories260k" > qs_out 2>> log && grep -q "[a-z]" qs_out && ends_with_newline qs_out &&
   ! ./quickstart "$root/models/no-such-model" > /dev/null 2> qs_err && grep -q "no-such-model" qs_err && ends_with_newline qs_err; then
    ok "$name"
else
    bad "$name"
fi

# The CLI builds warning-free with the repository's own -I. only.
name="tools/valkyr.c -Werror"
if (cd "$root" && ${CC:-cc} -std=c99 $W -I. -o "$dir/valkyr" tools/valkyr.c tools/valkyr_serve.c tools/valkyr_http.c tools/valkyr_train.c tools/valkyr_quant.c $LIBS) > log 2>&1; then ok "$name"; else bad "$name"; fi

# A host with its own Vulkan: valkyr defines no vk* symbol, so a program that
# links the real loader links beside it; and the host's <vulkan/vulkan_core.h>
# (here the bundled one, by -I), included before or after valkyr.h's
# implementation, meets no second declaration of a Vulkan name.
for where in before after; do
    {
        echo '#define _POSIX_C_SOURCE 200809L   /* strict C99: system headers may come first here */'
        [ $where = before ] && echo '#include <vulkan/vulkan_core.h>'
        echo '#define VALKYR_IMPLEMENTATION'
        echo '#include "valkyr.h"'
        [ $where = after ] && echo '#include <vulkan/vulkan_core.h>'
        cat <<'C'
#include <stdio.h>
int main(void) {
    uint32_t v = 0;
    int32_t n = 0;
    VkBuffer b = VK_NULL_HANDLE;   /* the host's own names, all there */
    if (vkEnumerateInstanceVersion(&v) != VK_SUCCESS || b != VK_NULL_HANDLE) return 1;
    if (vkr_gpu_list(NULL, 0, &n) != VKR_OK) puts(vkr_last_error());
    printf("loader %u.%u, %d devices\n", VK_API_VERSION_MAJOR(v), VK_API_VERSION_MINOR(v), (int)n);
    return 0;
}
C
    } > host_$where.c
done
VKI="-I$root/third_party/vulkan/include"
if ! ls /usr/lib/*/libvulkan.so.1 >/dev/null 2>&1 && ! ls /usr/lib/libvulkan.so.1 >/dev/null 2>&1; then
    skip "host Vulkan headers and -lvulkan" "no libvulkan.so.1"
else
    for where in before after; do
        for cc in "${CC:-cc} -std=c99" "g++ -x c++ -std=c++17"; do
            set -- $cc
            have $1 || { skip "$1" "not installed"; continue; }
            name="$cc: host's vulkan_core.h $where the implementation, -lvulkan"
            if $cc -O1 -Wall -Wextra -Werror -pedantic $VKI -o host host_$where.c -l:libvulkan.so.1 $LIBS > log 2>&1 &&
               ./host >> log 2>&1; then ok "$name"; else bad "$name"; fi
        done
    done
    # The generated declarations match the Vulkan headers they came from: the
    # size of every type, the offset of every struct member, the value of every
    # enumerant (here next to the bundled vulkan_core.h).
    {
        echo '#define _POSIX_C_SOURCE 200809L'
        echo '#include <vulkan/vulkan_core.h>'
        echo '#define VALKYR_IMPLEMENTATION'
        echo '#include "valkyr.h"'
        echo '#include <stdio.h>'
        echo '#define SIZE(T) n++; if (sizeof(vkr__##T) != sizeof(T)) { puts("sizeof differs: " #T); bad++; }'
        echo '#define OFFSET(T, m) n++; if (offsetof(vkr__##T, m) != offsetof(T, m)) { puts("offset differs: " #T "." #m); bad++; }'
        echo '#define VALUE(N) n++; if ((long long)vkr__##N != (long long)N) { puts("value differs: " #N); bad++; }'
        echo 'int main(void) {'
        echo '    int n = 0, bad = 0;'
        awk '/^typedef (struct|enum|union) vkr__Vk/ { t = $3; sub(/^vkr__/, "", t); s = ($2 != "enum"); next }
             /^} vkr__Vk[A-Za-z0-9_]*;$/ { if (t != "") print "    SIZE(" t ")"; t = ""; next }
             t != "" && s && /;$/ && !/:/ { m = $0; sub(/(\[[^]]*\])*;$/, "", m); sub(/.*[ *]/, "", m); print "    OFFSET(" t ", " m ")" }
             /^    vkr__VK_[A-Z0-9_]* = / { e = $1; sub(/^vkr__/, "", e); print "    VALUE(" e ")" }
             /^vkr__VK_DEFINE_(NON_DISPATCHABLE_)?HANDLE\(vkr__Vk/ { h = $0; sub(/.*\(vkr__/, "", h); sub(/\).*/, "", h); print "    SIZE(" h ")" }' valkyr.h
        echo '    printf("%d checks, %d differ%c", n, bad, 10);'
        echo '    return bad || n < 500;'
        echo '}'
    } > layout.c
    name="the >>vkdecl declarations match vulkan_core.h ($(grep -c '^    [A-Z]*(' layout.c) sizes, offsets, values)"
    if ${CC:-cc} -std=c99 -Wall -Wextra -Werror $VKI -o layout layout.c $LIBS > log 2>&1 &&
       ./layout >> log 2>&1; then ok "$name"; else bad "$name"; fi
    # volk: the host's global vk* function pointers beside valkyr's private table
    sed 's|#include <vulkan/vulkan_core.h>|#include "volk.h"|; s|int main(void) {|int main(void) { if (volkInitialize() != VK_SUCCESS) return 1;|' host_before.c > host_volk.c
    name="${CC:-cc} -std=c99: host's volk.h before the implementation, volk.c"
    if ${CC:-cc} -std=c99 -O1 -Wall -Wextra -Werror $VKI -I"$root/third_party/volk" -o host host_volk.c "$root/third_party/volk/volk.c" $LIBS > log 2>&1 &&
       ./host >> log 2>&1; then ok "$name"; else bad "$name"; fi
    name="no vk* symbols of its own"
    if ${CC:-cc} -std=c99 -O2 -c -o impl_vk.o impl.c > log 2>&1 &&
       ! nm impl_vk.o | grep -E ' [A-TV-Z] _?vk[A-Z]' >> log; then ok "$name"; else bad "$name"; fi
fi

# make install, then a program built against the installed header alone.
name="make install DESTDIR PREFIX=/usr, then a program against the installed header"
if (cd "$root" && make -s install DESTDIR="$dir/inst" PREFIX=/usr) > log 2>&1 &&
   mkdir app && cp impl.c app/ && (cd app && ${CC:-cc} -O2 -std=c99 -Wall -Wextra -Werror -I"$dir/inst/usr/include" -o impl impl.c $LIBS) >> log 2>&1 &&
   app/impl >> log 2>&1 && "$dir/inst/usr/bin/valkyr" --version >> log 2>&1; then ok "$name"; else bad "$name"; fi

# Windows: MinGW-w64 compiles and links the implementation with no extra
# libraries (threads, the clock and LoadLibrary are in kernel32).
mingw=x86_64-w64-mingw32-gcc
if have $mingw; then
    for def in "" "-DVALKYR_NO_VULKAN"; do
        name="$mingw -std=c11 $W${def:+ $def}, compile and link"
        if $mingw -std=c11 $W $def -o impl.exe impl.c > log 2>&1; then ok "$name"; else bad "$name"; fi
    done
    # the server is POSIX-only: on Windows its files compile to a stub that says so
    name="$mingw -c tools/valkyr_serve.c tools/valkyr_http.c tools/valkyr_train.c tools/valkyr_quant.c"
    if (cd "$root" && $mingw -std=c11 $W -I. -c -o "$dir/serve.obj" tools/valkyr_serve.c &&
        $mingw -std=c11 $W -I. -c -o "$dir/http.obj" tools/valkyr_http.c &&
        $mingw -std=c11 $W -I. -c -o "$dir/train.obj" tools/valkyr_train.c &&
        $mingw -std=c11 $W -I. -c -o "$dir/quant.obj" tools/valkyr_quant.c) > log 2>&1; then ok "$name"; else bad "$name"; fi
else
    skip "$mingw" "not installed (apt-get install gcc-mingw-w64-x86-64)"
fi
echo "#vt passed $passed failed $failed skipped $skipped"
[ $failed -eq 0 ]
