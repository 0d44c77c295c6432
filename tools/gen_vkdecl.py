#!/usr/bin/env python3
"""Writes the Vulkan declarations valkyr.h uses into valkyr.h itself.

    python3 tools/gen_vkdecl.py valkyr.h           (make vkdecl)
    python3 tools/gen_vkdecl.py --check valkyr.h   (make check-vkdecl)

So that valkyr.h needs no Vulkan headers (no -I), this scans valkyr.h for the
Vulkan names its code uses (Vk*, VK_*, PFN_vk*, VKAPI_*, and PFN_vk##name in
the function-table X-macros), takes their declarations from the bundled
third_party/vulkan/include/vulkan/vulkan_core.h and vk_platform.h, together
with everything they need (struct members, handles, function-pointer
parameters, the macros their values use), and writes two generated blocks:

  /* >>vkdecl ... */        the declarations, every name prefixed vkr__
                            (VkBuffer -> vkr__VkBuffer, VK_SUCCESS ->
                            vkr__VK_SUCCESS), in vulkan_core.h's order, enums
                            cut down to the enumerants used; then one
                            `#define VkBuffer vkr__VkBuffer` per name the code
                            uses. Names that are macros in the Vulkan headers
                            (VK_NULL_HANDLE, VK_WHOLE_SIZE, VKAPI_CALL ...)
                            are saved first with #pragma push_macro.
  /* >>vkdecl-undef ... */  the #undef of every renaming macro (and of the
                            vkr__ macros), and #pragma pop_macro, so a host's
                            vulkan.h or volk.h included before or after
                            valkyr.h's implementation sees its own names.

Rerun it after changing which Vulkan names valkyr.h uses; --check exits 1
when the blocks are not what it would write.
"""
import os
import re
import sys

P = 'vkr__'
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HDR_DIR = os.path.join(ROOT, 'third_party', 'vulkan', 'include', 'vulkan')

BEGIN, END = '/* >>vkdecl ', '/* <<vkdecl */'
UBEGIN, UEND = '/* >>vkdecl-undef ', '/* <<vkdecl-undef */'

# Written by hand below (their definitions in the headers are conditional).
SPECIAL = {'VK_NULL_HANDLE', 'VK_USE_64_BIT_PTR_DEFINES', 'VK_DEFINE_HANDLE',
           'VK_DEFINE_NON_DISPATCHABLE_HANDLE', 'VKAPI_ATTR', 'VKAPI_CALL', 'VKAPI_PTR'}

VKNAME = re.compile(r'\b(?:Vk\w+|VK_\w+|PFN_vk\w+|VKAPI_\w+|Std\w+)\b')
WORD = re.compile(r'\b[A-Za-z_]\w*\b')
COMMENT_OR_STRING = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def strip(text, keep_strings=False):
    def sub(m):
        s = m.group(0)
        if s.startswith('/'):
            return ' ' if s.startswith('/*') and '\n' not in s else '\n' * s.count('\n') or ' '
        return s if keep_strings else '""'
    return COMMENT_OR_STRING.sub(sub, text)


class Decls:
    """The declarations of vulkan_core.h, by name, in file order."""

    def __init__(self, text):
        self.items = []       # (kind, name, data) in file order
        self.by_name = {}     # name -> index in items (types, pfns, macros, constants)
        self.enumerant = {}   # enumerant -> (enum name, value expression)
        self.version = None
        src = strip(text, keep_strings=True).replace('\\\n', ' ')
        buf = ''
        for line in src.split('\n'):
            s = line.strip()
            if s.startswith('#'):
                m = re.match(r'#\s*define\s+(\w+)(\([^)]*\))?\s*(.*)$', s)
                if m and m.group(1) not in SPECIAL and m.group(1) not in self.by_name:
                    params = m.group(2)
                    self.add('macro', m.group(1), (params, m.group(3).strip()))
                    if m.group(1) == 'VK_HEADER_VERSION':
                        self.version = m.group(3).strip()
                continue
            m = re.match(r'VK_DEFINE_(NON_DISPATCHABLE_)?HANDLE\((\w+)\)$', s)
            if m:
                self.add('ndhandle' if m.group(1) else 'handle', m.group(2), None)
                continue
            if not s or (not buf and s in ('extern "C" {', '}')):
                continue
            buf += ' ' + s
            if buf.count('{') == buf.count('}') and buf.rstrip().endswith(';'):
                self.statement(' '.join(buf.split()))
                buf = ''

    def add(self, kind, name, data):
        self.by_name[name] = len(self.items)
        self.items.append((kind, name, data))

    def statement(self, st):
        m = re.match(r'typedef (struct|union) (\w+) \{(.*)\} (\w+);$', st)
        if m:
            members = [x.strip() for x in m.group(3).split(';') if x.strip()]
            self.add(m.group(1), m.group(2), members)
            return
        m = re.match(r'typedef enum (\w+) \{(.*)\} (\w+);$', st)
        if m:
            vals = []
            for e in m.group(2).split(','):
                e = e.strip()
                if not e:
                    continue
                k, v = [x.strip() for x in e.split('=', 1)]
                vals.append((k, v))
                self.enumerant[k] = (m.group(1), v)
            self.add('enum', m.group(1), vals)
            return
        m = re.match(r'typedef (.*)\(VKAPI_PTR \*(\w+)\)\((.*)\);$', st)
        if m:
            self.add('pfn', m.group(2), (m.group(1).strip(), m.group(3).strip()))
            return
        m = re.match(r'typedef ([\w ]+) (\w+);$', st)
        if m:
            self.add('alias', m.group(2), m.group(1))
            return
        m = re.match(r'static const (\w+) (\w+) = (.*);$', st)
        if m:
            self.add('const', m.group(2), (m.group(1), m.group(3)))
            return
        # anything else (the VKAPI_ATTR prototypes) is not needed

    def deps(self, name):
        """The Vulkan names a declaration refers to."""
        if name in self.enumerant:
            return {self.enumerant[name][0]} | self.value_deps(self.enumerant[name][1])
        if name in SPECIAL:
            return set()
        kind, _, data = self.items[self.by_name[name]]
        if kind in ('struct', 'union'):
            return names_in(' '.join(data))
        if kind == 'pfn':
            return names_in(data[0] + ' ' + data[1]) | {'VKAPI_PTR'}
        if kind == 'alias':
            return names_in(data)
        if kind == 'const':
            return {data[0]} | self.value_deps(data[1])
        if kind == 'macro':
            params = set(WORD.findall(data[0] or ''))
            return names_in(data[1]) - params
        return set()

    def value_deps(self, v):
        return {n for n in names_in(v) if n in self.by_name and self.items[self.by_name[n]][0] == 'macro'}

    def known(self, name):
        return name in self.by_name or name in self.enumerant or name in SPECIAL

    def enum_value(self, v, depth=0):
        """An enumerant's value as a literal (aliases resolved)."""
        if v in self.enumerant and depth < 8:
            return self.enum_value(self.enumerant[v][1], depth + 1)
        return v


STRING_OR_NAME = re.compile(r'"(?:\\.|[^"\\])*"|' + VKNAME.pattern)


def renamed(text, names):
    """text with each of names prefixed (not inside string literals)."""
    return STRING_OR_NAME.sub(lambda m: P + m.group(0) if m.group(0) in names else m.group(0), text)


def names_in(text):
    """The Vulkan-like names in text, outside string literals."""
    return set(VKNAME.findall(re.sub(r'"(?:\\.|[^"\\])*"', '""', text)))


def used_names(valkyr_text, decls):
    """The Vulkan names valkyr.h's code uses, outside the generated blocks."""
    code = strip(cut_blocks(valkyr_text))
    used = set(VKNAME.findall(code))
    if 'PFN_vk##' in code.replace(' ', ''):     # PFN_vk##name in the function-table X-macros
        used |= {'PFN_vk' + w for w in WORD.findall(code) if 'PFN_vk' + w in decls.by_name}
    unknown = sorted(n for n in used if not decls.known(n))
    for n in unknown:
        sys.stderr.write('gen_vkdecl: %s is not in the bundled Vulkan headers; left alone\n' % n)
    return {n for n in used if decls.known(n)}


def cut_blocks(text):
    out, skip = [], False
    for line in text.split('\n'):
        if line.startswith(BEGIN) or line.startswith(UBEGIN):
            skip = True
        if not skip:
            out.append(line)
        if line.startswith(END) or line.startswith(UEND):
            skip = False
    return '\n'.join(out)


def generate(valkyr_text, core_text):
    d = Decls(core_text)
    used = used_names(valkyr_text, d)
    need, todo = set(), list(used)
    while todo:
        n = todo.pop()
        if n in need:
            continue
        need.add(n)
        for m in d.deps(n):
            if not d.known(m):
                raise SystemExit('gen_vkdecl: %s needs %s, which the Vulkan headers do not declare' % (n, m))
            todo.append(m)
    enums_used = {}
    for n in need:
        if n in d.enumerant:
            enums_used.setdefault(d.enumerant[n][0], set()).add(n)

    o = []
    ver = d.version or '?'
    o.append('%s(generated by tools/gen_vkdecl.py from the bundled Vulkan-Headers, '
             'VK_HEADER_VERSION %s; `make vkdecl` rewrites it) ===== */' % (BEGIN, ver))
    o.append('/* The Vulkan declarations the implementation uses, so that valkyr.h needs no')
    o.append('   Vulkan headers. Each name is declared with the prefix vkr__ and the code\'s')
    o.append('   plain names (VkBuffer, VK_SUCCESS, ...) are macros for the prefixed ones')
    o.append('   until the end of the implementation (>>vkdecl-undef), so a vulkan.h or')
    o.append('   volk.h included before or after valkyr.h never meets a second declaration.')
    o.append('   From vulkan_core.h and vk_platform.h: Copyright 2015-2025 The Khronos')
    o.append('   Group Inc., SPDX-License-Identifier: Apache-2.0. */')
    o.append('#if defined(_WIN32)')
    o.append('#  define %sVKAPI_ATTR' % P)
    o.append('#  define %sVKAPI_CALL __stdcall' % P)
    o.append('#  define %sVKAPI_PTR %sVKAPI_CALL' % (P, P))
    o.append('#elif defined(__ANDROID__) && defined(__ARM_ARCH) && __ARM_ARCH >= 7 && defined(__ARM_32BIT_STATE)')
    o.append('#  define %sVKAPI_ATTR __attribute__((pcs("aapcs-vfp")))' % P)
    o.append('#  define %sVKAPI_CALL' % P)
    o.append('#  define %sVKAPI_PTR %sVKAPI_ATTR' % (P, P))
    o.append('#else')
    o.append('#  define %sVKAPI_ATTR' % P)
    o.append('#  define %sVKAPI_CALL' % P)
    o.append('#  define %sVKAPI_PTR' % P)
    o.append('#endif')
    o.append('#if defined(__LP64__) || defined(_WIN64) || (defined(__x86_64__) && !defined(__ILP32__)) || defined(_M_X64) || '
             'defined(__ia64) || defined(_M_IA64) || defined(__aarch64__) || defined(__powerpc64__) || '
             '(defined(__riscv) && __riscv_xlen == 64)')
    o.append('#  define %sVK_USE_64_BIT_PTR_DEFINES 1' % P)
    o.append('#  if (defined(__cplusplus) && __cplusplus >= 201103L) || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L)')
    o.append('#    define %sVK_NULL_HANDLE nullptr' % P)
    o.append('#  else')
    o.append('#    define %sVK_NULL_HANDLE ((void *)0)' % P)
    o.append('#  endif')
    o.append('#  define %sVK_DEFINE_NON_DISPATCHABLE_HANDLE(object) typedef struct object##_T *object;' % P)
    o.append('#else')
    o.append('#  define %sVK_USE_64_BIT_PTR_DEFINES 0' % P)
    o.append('#  define %sVK_NULL_HANDLE 0ULL' % P)
    o.append('#  define %sVK_DEFINE_NON_DISPATCHABLE_HANDLE(object) typedef uint64_t object;' % P)
    o.append('#endif')
    o.append('#define %sVK_DEFINE_HANDLE(object) typedef struct object##_T *object;' % P)
    o.append('#ifdef __cplusplus')
    o.append('extern "C" {')
    o.append('#endif')

    def R(t):
        return renamed(t, need | SPECIAL)

    for kind, name, data in d.items:
        if name not in need:
            continue
        if kind == 'macro':
            o.append('#define %s%s%s %s' % (P, name, data[0] or '', R(data[1])) if data[1] else '#define %s%s%s' % (P, name, data[0] or ''))
        elif kind == 'handle':
            o.append('%sVK_DEFINE_HANDLE(%s%s)' % (P, P, name))
        elif kind == 'ndhandle':
            o.append('%sVK_DEFINE_NON_DISPATCHABLE_HANDLE(%s%s)' % (P, P, name))
        elif kind == 'alias':
            o.append('typedef %s %s%s;' % (R(data), P, name))
        elif kind in ('struct', 'union'):
            o.append('typedef %s %s%s {' % (kind, P, name))
            for mem in data:
                o.append('    %s;' % R(mem))
            o.append('} %s%s;' % (P, name))
        elif kind == 'enum':
            o.append('typedef enum %s%s {' % (P, name))
            for k, v in data:
                if k in enums_used.get(name, ()):
                    o.append('    %s%s = %s,' % (P, k, R(d.enum_value(v))))
            o.append('    %s%s_MAX_ENUM_ = 0x7FFFFFFF' % (P, name))
            o.append('} %s%s;' % (P, name))
        elif kind == 'pfn':
            o.append('typedef %s (%sVKAPI_PTR *%s%s)(%s);' % (R(data[0]), P, P, name, R(data[1])))
        elif kind == 'const':
            o.append('static const %s %s%s = %s;' % (R(data[0]), P, name, R(data[1])))
    o.append('#ifdef __cplusplus')
    o.append('}')
    o.append('#endif')
    o.append('/* the code\'s names for the declarations above */')
    macros = sorted(n for n in used if n in SPECIAL or (n in d.by_name and d.items[d.by_name[n]][0] == 'macro'))
    plain = sorted(n for n in used if n not in macros)
    for n in macros:
        o.append('#pragma push_macro("%s")' % n)
        o.append('#undef %s' % n)
        o.append('#define %s %s%s' % (n, P, n))
    for n in plain:
        o.append('#define %s %s%s' % (n, P, n))
    o.append(END)

    u = []
    u.append('%s(generated by tools/gen_vkdecl.py with >>vkdecl) ===== */' % UBEGIN)
    u.append('/* The code\'s Vulkan names end here; a host\'s own come back. */')
    for n in plain:
        u.append('#undef %s' % n)
    for n in macros:
        u.append('#undef %s' % n)
        u.append('#pragma pop_macro("%s")' % n)
    own = ['VKAPI_ATTR', 'VKAPI_CALL', 'VKAPI_PTR', 'VK_USE_64_BIT_PTR_DEFINES', 'VK_NULL_HANDLE',
           'VK_DEFINE_HANDLE', 'VK_DEFINE_NON_DISPATCHABLE_HANDLE']
    own += [name for kind, name, _ in d.items if kind == 'macro' and name in need]
    for n in own:
        u.append('#undef %s%s' % (P, n))
    u.append(UEND)
    return '\n'.join(o), '\n'.join(u)


def replace_block(text, begin, end, block, path):
    lines = text.split('\n')
    b = [i for i, l in enumerate(lines) if l.startswith(begin)]
    e = [i for i, l in enumerate(lines) if l.startswith(end)]
    if len(b) != 1 or len(e) != 1 or e[0] < b[0]:
        raise SystemExit('gen_vkdecl: %s needs one line starting "%s" and, after it, one "%s"' % (path, begin.strip(), end))
    return '\n'.join(lines[:b[0]] + [block] + lines[e[0] + 1:])


def main(argv):
    check = '--check' in argv
    args = [a for a in argv[1:] if a != '--check']
    path = args[0] if args else os.path.join(ROOT, 'valkyr.h')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    with open(os.path.join(HDR_DIR, 'vulkan_core.h'), encoding='utf-8') as f:
        core = f.read()
    decl, undef = generate(text, core)
    new = replace_block(replace_block(text, BEGIN, END, decl, path), UBEGIN, UEND, undef, path)
    if check:
        if new != text:
            print('%s: the >>vkdecl blocks are stale: run \'make vkdecl\' and commit it' % path)
            return 1
        print('%s: the >>vkdecl blocks are up to date' % path)
        return 0
    if new != text:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(new)
    print('%s: >>vkdecl %d lines, >>vkdecl-undef %d lines' % (path, decl.count('\n') + 1, undef.count('\n') + 1))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
