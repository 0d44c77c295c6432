/* Chat templates (the Jinja2 subset of >>chat), checked against jinja2.
   Part 1 renders small templates, one language feature each, with the
   output jinja2 3.1.6 gives (configured as transformers configures it).
   Part 2 renders every real template in tests/data/chat/templates/ on the
   conversations of tests/data/chat/expected.json and compares byte for byte
   with what tools/render_chat_fixtures.py got from jinja2 (including which
   renders fail). Part 3: errors, limits and robustness. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"
#include "vt.h"

#define DIR "tests/data/chat/"

/* Where a and b first differ, for failure messages. */
static void show_diff(const char *what, const char *want, size_t wn, const char *got, size_t gn) {
    size_t i = 0;
    while (i < wn && i < gn && want[i] == got[i]) i++;
    fprintf(stderr, "  %s: differs at byte %zu (lengths %zu and %zu)\n    want: %.*s\n    got:  %.*s\n", what, i, wn, gn,
            (int)(wn - i < 80 ? wn - i : 80), want + i, (int)(gn - i < 80 ? gn - i : 80), got + i);
}

/* The variables every feature template sees (besides messages, bos_token "<s>"). */
static const char *const CTX_JSON = "{\"x\": [1, 2, 3], \"d\": {\"b\": 2, \"a\": 1}, \"s\": \"Hello World\", \"e\": \"\", \"u8\": \"h\\u00e9llo w\\u00f6rld\", \"items\": [{\"name\": \"a\", \"v\": 1, \"type\": \"x\"}, {\"name\": \"b\", \"v\": 2, \"type\": \"y\"}, {\"name\": \"c\", \"type\": \"x\"}], \"words\": [\"b\", \"B\", \"a\"], \"ws\": \"  hi there \\n\"}";
/* Each template with what jinja2 3.1.6 renders (NULL: jinja2 fails). Made with
   jinja2 configured as in tools/render_chat_fixtures.py, and read through. */
static const struct { const char *tmpl, *want; } FEATURES[] = {
    {"{{ 'a' }}{{ \"b\" }}{{ 'c' 'd' }}{{ 1 }}{{ -2 }}{{ 1.0 }}{{ 1e16 }}{{ 1.5e-7 }}{{ true }}{{ none }}{{ undefined_name }}|",
     "abcd1-21.01e+161.5e-07TrueNone|"},
    {"{{ [1, 'a', none, false, 2.5] }} {{ {'k': 'v', 1: (2,)} }} {{ (1,) }} {{ ['it\\'s', \"q\\\"\", 'n\\nl'] }}",
     "[1, 'a', None, False, 2.5] {'k': 'v', 1: (2,)} (1,) [\"it's\", 'q\"', 'n\\nl']"},
    {"{{ '\\u00e9\\x41\\101\\t|\\q' }}",
     "\303\251AA\t|\\q"},
    {"  {% if true %}\n    yes\n  {% endif %}\n  done\n",
     "    yes\n  done"},
    {"a  {{- ' b ' -}}  c\n  {{ 'd' }}  \n",
     "a b c\n  d  "},
    {"line1\n  {%- if true %}\n  x\n  {%- endif %}  \nline2",
     "line1  x  \nline2"},
    {"{%+ if true %}X{% endif +%}\n  {%+ if true %}Y{% endif %}\nZ",
     "X\n  YZ"},
    {"a\n  {# comment #}\nb {#- c -#} c\n",
     "a\nbc"},
    {"{% raw %}{{ not parsed }}{% endraw %}",
     "{{ not parsed }}"},
    {"a\n \302\240\343\200\200{% if true %}x{% endif %}\n\302\240{{ 'v' }}|\343\200\200 {%- if true %}y{% endif %}",
     "a\nx\302\240v|y"},
    {"\r\nwin\r\n{% if true %}\r\nx\r\n{% endif %}\r\n\n",
     "\nwin\nx\n"},
    {"{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 / 2 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ -7 % 3 }} {{ 2 ** 10 }} {{ 2 ** -1 }} {{ -2 ** 2 }} {{ 2 ** 3 ** 2 }}",
     "7 9 3.5 3 -4 2 1024 0.5 4 64"},
    {"{{ 'a' + 'b' }} {{ 'ab' * 2 }} {{ [1] + [2] }} {{ 'n=' ~ 1 ~ none ~ true }} {{ 0.1 + 0.2 }} {{ 1 / 3 }} {{ 10 / 2 }}",
     "ab abab [1, 2] n=1NoneTrue 0.30000000000000004 0.3333333333333333 5.0"},
    {"{{ 1 == 1.0 }} {{ 1 == true }} {{ [1, 2] == [1, 2] }} {{ (1, 2) == [1, 2] }} {{ 'a' != 'b' }} {{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }} {{ 'b' in 'abc' }} {{ 2 in x }} {{ 'a' in d }} {{ 5 not in x }}",
     "True True True False True True False True True True True"},
    {"{{ true and 'y' }} {{ 0 or 'z' }} {{ not '' }} {{ 'T' if x else 'F' }} [{{ 'T' if e }}] {{ 1 if 0 else 2 if 0 else 3 }}",
     "y z True T [] 3"},
    {"{{ '%s=%d' % ('n', 4) }} {{ 'a %s' % 'b' }} {{ 'abc' % {'k': 1} }} {{ '%s' % [1] }} {{ '%%' % () }}",
     "n=4 a b abc [1] %"},
    {"{{ d.a }}{{ d['b'] }}[{{ d.zz }}]{{ x[0] }}{{ x[-1] }}[{{ x[9] }}]{{ x.1 }} {{ x[1:] }}{{ x[::-1] }}{{ x[:-1] }}{{ s[::-1] }}{{ u8[1] }}{{ u8[-5:] }}",
     "12[]13[]2 [2, 3][3, 2, 1][1, 2]dlroW olleH\303\251w\303\266rld"},
    {"{{ messages[0].role }}:{{ messages[0]['content'] }} {{ messages|length }} {{ add_generation_prompt }} [{{ bos_token }}][{{ eos_token }}] {{ tools }}",
     "user:hi 2 True [<s>][] None"},
    {"{% if false %}a{% elif 0 %}b{% elif x %}c{% else %}d{% endif %}",
     "c"},
    {"{% for i in x %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}|{% endfor %}",
     "1032TrueFalse3|2121FalseFalse3|3210FalseTrue3|"},
    {"{% for i in x %}{{ loop.previtem }}<{{ i }}>{{ loop.nextitem }} {{ loop.cycle('a', 'b') }};{% endfor %}",
     "<1>2 a;1<2>3 b;2<3> a;"},
    {"{% for i in x if i > 1 %}{{ i }}/{{ loop.length }} {% else %}none{% endfor %}{% for i in [] %}{% else %}empty{% endfor %}",
     "2/2 3/2 empty"},
    {"{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}{% for k in d %}{{ k }}{% endfor %}{% for c in 'h\303\251' %}[{{ c }}]{% endfor %}",
     "b=2;a=1;ba[h][\303\251]"},
    {"{% for i in x %}{% if i == 2 %}{% continue %}{% endif %}{{ i }}{% endfor %}|{% for i in x %}{% if i == 2 %}{% break %}{% endif %}{{ i }}{% endfor %}",
     "13|1"},
    {"{% set a = 1 %}{% for i in x %}{{ a }}{% set a = i * 10 %}{{ a }},{% endfor %}{{ a }}",
     "110,120,130,1"},
    {"{% set ns = namespace(t=0, s='') %}{% for i in x %}{% set ns.t = ns.t + i %}{% endfor %}{{ ns.t }}{{ ns.zz }}",
     "6"},
    {"{% if true %}{% set z = 3 %}{% endif %}{{ z }} {% set a, b = 1, 2 %}{{ a }}{{ b }} {% set messages = messages[1:] %}{{ messages|length }}",
     "3 12 1"},
    {"{% set blk %}hello {{ s }}{% endset %}[{{ blk }}]{% set up | upper %}abc{% endset %}{{ up }}",
     "[hello Hello World]ABC"},
    {"{% filter upper %}abc {{ s }}{% endfilter %}|{% filter trim | replace('a', 'b') %}  aaa  {% endfilter %}",
     "ABC HELLO WORLD|bbb"},
    {"{% macro m(a, b=2, c='x') %}{{ a }}-{{ b }}-{{ c }}{% endmacro %}{{ m(1) }}|{{ m(1, 3) }}|{{ m(1, c='z') }}|{{ m(a=5, b=6) }}|{{ m() }}",
     "1-2-x|1-3-x|1-2-z|5-6-x|-2-x"},
    {"{% macro m(a) %}[{{ a }}{{ varargs }}{{ kwargs }}]{% endmacro %}{{ m(1, 2, 3, k=4) }}",
     "[1(2, 3){'k': 4}]"},
    {"{% macro fact(n) %}{% if n <= 1 %}1{% else %}{{ n * fact(n - 1)|int }}{% endif %}{% endmacro %}{{ fact(6) }}",
     "720"},
    {"{% macro m() %}{{ y }}{% endmacro %}{% set y = 5 %}{{ m() }}",
     "5"},
    {"[{{ ws|trim }}][{{ 'xxhixx'|trim('x') }}] {{ s|length }}{{ u8|length }}{{ x|length }}{{ d|count }}{{ undefined_name|length }}",
     "[hi there][hi] 1111320"},
    {"{{ d|tojson }} {{ x|tojson }} {{ '\303\251\"\\n\\x01'|tojson }} {{ '\303\251'|tojson(ensure_ascii=true) }} {{ d|tojson(sort_keys=true) }} {{ d|tojson(separators=(',', ':')) }}",
     "{\"b\": 2, \"a\": 1} [1, 2, 3] \"\303\251\\\"\\n\\u0001\" \"\\u00e9\" {\"a\": 1, \"b\": 2} {\"b\":2,\"a\":1}"},
    {"{{ items[0]|tojson(indent=2) }}|{{ {'a': [1, {}], 'b': []}|tojson(indent=4) }}|{{ [1.0, none, true]|tojson }}",
     "{\n  \"name\": \"a\",\n  \"v\": 1,\n  \"type\": \"x\"\n}|{\n    \"a\": [\n        1,\n        {}\n    ],\n    \"b\": []\n}|[1.0, null, true]"},
    {"{{ 5|string }}{{ s|lower }}{{ s|upper }}{{ u8|upper }}{{ 'hELLO wORLD'|capitalize }}{{ 'big-world (x) [y]'|title }}",
     "5hello worldHELLO WORLDH\303\211LLO W\303\226RLDHello worldBig-World (X) [Y]"},
    {"{{ s|replace('o', '0') }} {{ s|replace('o', '0', 1) }} {{ 'ab'|replace('', '-') }} {{ x|join(', ') }} {{ items|join('/', attribute='name') }}",
     "Hell0 W0rld Hell0 World -a-b- 1, 2, 3 a/b/c"},
    {"{{ x|first }}{{ x|last }}{{ s|first }}{{ d|first }}[{{ []|first }}] {{ x|list }} {{ 'ab'|list }} {{ x|reverse|list }} {{ s|reverse }}",
     "13Hb[] [1, 2, 3] ['a', 'b'] [3, 2, 1] dlroW olleH"},
    {"{{ words|sort }} {{ words|sort(reverse=true) }} {{ words|sort(case_sensitive=true) }} {{ items|sort(attribute='name', reverse=true)|map(attribute='name')|join }} {{ words|unique|list }}",
     "['a', 'b', 'B'] ['b', 'B', 'a'] ['B', 'a', 'b'] cba ['b', 'a']"},
    {"{{ undefined_name|default('D') }} {{ none|default('D') }} [{{ e|default('D') }}] {{ e|default('D', true) }} {{ undefined_name|d('x') }}",
     "D None [] D x"},
    {"{{ items|selectattr('type', 'equalto', 'x')|map(attribute='name')|list }} {{ items|rejectattr('type', 'equalto', 'x')|map(attribute='name')|list }} {{ items|selectattr('v', 'defined')|list|length }} {{ items|map(attribute='v', default=0)|list }}",
     "['a', 'c'] ['b'] 2 [1, 2, 0]"},
    {"{{ x|select('odd')|list }} {{ x|reject('odd')|list }} {{ x|map('string')|list }} {{ words|map('upper')|join }} {{ x|select('>', 1)|list }} {{ none|map('upper')|list }}",
     "[1, 3] [2] ['1', '2', '3'] BBA [2, 3] []"},
    {"{{ d|items|list }} {{ d|dictsort }} {{ d|dictsort(by='value', reverse=true) }}",
     "[('b', 2), ('a', 1)] [('a', 1), ('b', 2)] [('b', 2), ('a', 1)]"},
    {"{{ '42'|int }} {{ '4.7'|int }} {{ 'x'|int }} {{ 'x'|int(7) }} {{ 3.9|int }} {{ '0x1f'|int(base=16) }} {{ '12'|float }} {{ -3|abs }} {{ 2.5|round }} {{ 3.5|round }} {{ 2.675|round(2) }} {{ 2.4|round(method='ceil') }}",
     "42 4 0 7 3 31 12.0 3 2.0 4.0 2.67 3.0"},
    {"{{ 'a\\nb\\n\\nc'|indent }}|{{ 'a\\nb'|indent(2, true) }}|{{ 'a\\n\\nb'|indent(2, blank=true) }}|{{ 'x\\n'|indent(3, first=true) }}|{{ 'a\\nb'|indent('> ') }}",
     "a\n    b\n\n    c|  a\n  b|a\n  \n  b|   x\n|a\n> b"},
    {"{{ '<a href=\"x\">&\\'</a>'|e }} {{ '<b>'|safe }} {{ '<b>'|safe + '<i>' }} {{ '<b>' + '<i>'|safe }} {{ '<x>'|safe ~ '<y>' }} {{ ['<'|safe] }}",
     "&lt;a href=&#34;x&#34;&gt;&amp;&#39;&lt;/a&gt; <b> <b>&lt;i&gt; &lt;b&gt;<i> <x><y> [Markup('<')]"},
    {"{{ 'one two  three'|wordcount }} {{ x|batch(2)|list }} {{ x|batch(2, 0)|list }} {{ [3, 1.5, -2]|min }} {{ [3, 1.5, -2]|max }} {{ words|min }} {{ x|sum }} {{ items|sum(attribute='v', start=10) if false else '' }}",
     "3 [[1, 2], [3]] [[1, 2], [3, 0]] -2 3 a 6 "},
    {"{{ x is defined }}{{ zz is defined }}{{ zz is undefined }}{{ none is none }}{{ 1 is number }}{{ true is number }}{{ 1.5 is float }}{{ 1 is integer }}{{ true is integer }}{{ 's' is string }}{{ d is mapping }}{{ x is iterable }}{{ 1 is iterable }}",
     "TrueFalseTrueTrueTrueTrueTrueTrueFalseTrueTrueTrueFalse"},
    {"{{ x is sequence }}{{ true is boolean }}{{ true is true }}{{ true is false }}{{ 3 is odd }}{{ 3 is even }}{{ 9 is divisibleby 3 }}{{ 'abc' is lower }}{{ 'ABC' is upper }}{{ 'x' is equalto 'x' }}{{ 2 is eq 2 }}{{ 2 is ne 3 }}{{ 2 is lt 3 }}{{ 2 is ge 2 }}{{ 2 is in x }}{{ none is sameas none }}{{ s is not string }}",
     "TrueTrueTrueFalseTrueFalseTrueTrueTrueTrueTrueTrueTrueTrueTrueTrueFalse"},
    {"{{ s.upper() }} {{ s.lower() }} [{{ ws.strip() }}][{{ ws.lstrip() }}][{{ ws.rstrip() }}] {{ 'xxhixx'.strip('x') }} {{ s.split() }} {{ s.split('o') }} {{ 'a,b,,c'.split(',', 1) }} {{ '  a  b  '.split(None, 1) }}",
     "HELLO WORLD hello world [hi there][hi there \n][  hi there] hi ['Hello', 'World'] ['Hell', ' W', 'rld'] ['a', 'b,,c'] ['a', 'b  ']"},
    {"{{ s.startswith('He') }} {{ s.endswith(('x', 'ld')) }} {{ s.replace('l', 'L', 2) }} {{ s.find('o') }} {{ s.find('z') }} {{ u8.find('w') }} {{ s.count('l') }} {{ \"they're\".title() }} {{ '-'.join(['a', 'b']) }} {{ 'a\\nb\\r\\nc'.splitlines() }}",
     "True True HeLLo World 4 -1 6 3 They'Re a-b ['a', 'b', 'c']"},
    {"{{ d.get('a') }} {{ d.get('z') }} {{ d.get('z', 7) }} {{ d.keys()|list }} {{ d.values()|list }} {{ d.items() }} {{ x.index(2) }} {{ x.count(2) }}",
     "1 None 7 ['b', 'a'] [2, 1] dict_items([('b', 2), ('a', 1)]) 1 1"},
    {"{{ range(3)|list }} {{ range(1, 10, 3)|list }} {{ range(5, 0, -2)|list }} {{ dict(a=1) }} {{ namespace(q=3).q }}",
     "[0, 1, 2] [1, 4, 7] [5, 3, 1] {'a': 1} 3"},
    {"{% if 'x' %}{{ x|nosuchfilter }}{% endif %}{% if false %}{{ x|nosuchfilter }}{% endif %}ok",
     NULL /* TemplateRuntimeError: No filter named 'nosuchfilter' found. */},
    {"{% if false %}{{ x|nosuchfilter }}{% endif %}ok",
     "ok"},
};


/* Renders tmpl on messages_json (NULL: one user message) with CTX_JSON as
   extra variables; *out is malloc'd text or NULL on failure. */
static vkr_result render(const char *tmpl, const char *messages_json, const char *extra, bool agp, char **out) {
    static const char *const dflt = "[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"yo\"}]";
    vkr_chat_template_desc td;
    vkr_chat_render_desc rd;
    vkr_chat_template *t = NULL;
    vkr_text text = {NULL, 0, 0, {NULL, NULL, NULL}};
    vkr_result r;
    *out = NULL;
    memset(&td, 0, sizeof td);
    td.bos_token = "<s>";
    r = vkr_chat_template_new(tmpl, strlen(tmpl), &td, &t);
    if (r != VKR_OK) return r;
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = agp;
    rd.extra_json = extra;
    if (!messages_json) messages_json = dflt;
    r = vkr_chat_render_json(t, messages_json, strlen(messages_json), &rd, &text);
    vkr_chat_template_free(t);
    if (r == VKR_OK) {
        *out = (char *)malloc(text.len + 1);
        memcpy(*out, text.text, text.len + 1);
    }
    vkr_text_free(&text);
    return r;
}

static void test_features(void) {
    size_t i;
    for (i = 0; i < VKR__COUNT(FEATURES); i++) {
        char *got = NULL;
        vkr_result r = render(FEATURES[i].tmpl, NULL, CTX_JSON, true, &got);
        if (!FEATURES[i].want) {
            CHECK(r != VKR_OK, "#%zu %s: jinja2 fails, valkyr gives '%s'", i, FEATURES[i].tmpl, got);
        } else if (r != VKR_OK) {
            CHECK(0, "#%zu %s: %s", i, FEATURES[i].tmpl, vkr_last_error());
        } else if (strcmp(got, FEATURES[i].want)) {
            CHECK(0, "#%zu %s", i, FEATURES[i].tmpl);
            show_diff("feature", FEATURES[i].want, strlen(FEATURES[i].want), got, strlen(got));
        }
        free(got);
    }
    /* Python prints these with an address; valkyr leaves it out */
    {
        char *got = NULL;
        CHECK(render("{{ d.items }}|{{ x|map('string') }}", NULL, CTX_JSON, true, &got) == VKR_OK &&
              !strcmp(got, "<built-in method items of dict object>|<generator object>"), "%s", got ? got : vkr_last_error());
        free(got);
    }
}

static void expect_error(int line, const char *tmpl, vkr_result code, const char *msg) {
    char *got = NULL;
    vkr_result r = render(tmpl, NULL, CTX_JSON, true, &got);
    if (r == VKR_OK) vt_fail_at(__FILE__, line, "%s: renders '%s', expected an error", tmpl, got);
    else if (r != code) vt_fail_at(__FILE__, line, "%s: %s (%s), expected %s", tmpl, vkr_result_str(r), vkr_last_error(), vkr_result_str(code));
    else if (msg && !strstr(vkr_last_error(), msg)) vt_fail_at(__FILE__, line, "%s: message '%s' lacks '%s'", tmpl, vkr_last_error(), msg);
    free(got);
}
#define EXPECT_ERROR(tmpl, code, msg) expect_error(__LINE__, tmpl, code, msg)

static void test_errors(void) {
    const vkr_result A = VKR_ERR_INVALID_ARGUMENT, U = VKR_ERR_UNSUPPORTED;
    /* syntax: line and column */
    EXPECT_ERROR("hello\n{{ x + }}", A, "line 2, column 8: unexpected 'end of print statement'");
    EXPECT_ERROR("{% if x %}\nabc", A, "line 2, column 4: unexpected end of template: the 'if' block is not closed");
    EXPECT_ERROR("{% for i in x %}{% endif %}", A, "unknown tag 'endif'");
    EXPECT_ERROR("{{ x", A, "line 1, column 5: unexpected end of template");
    EXPECT_ERROR("a\n  {# no end", A, "line 2, column 3: missing end of comment tag");
    EXPECT_ERROR("{% raw %}abc", A, "missing end of raw directive");
    EXPECT_ERROR("{{ 'abc }}", A, "line 1, column 4: unterminated string");
    EXPECT_ERROR("{{ x $ 1 }}", A, "unexpected character '$'");
    EXPECT_ERROR("{{ }}", A, "expected an expression");
    EXPECT_ERROR("{% %}", A, "expected a tag name");
    EXPECT_ERROR("{% nosuchtag %}", A, "unknown tag 'nosuchtag'");
    EXPECT_ERROR("{% break %}", A, "'break' outside of a loop");
    EXPECT_ERROR("{% for i in x %}{% macro m() %}{% continue %}{% endmacro %}{% endfor %}", A, "'continue' outside of a loop");
    EXPECT_ERROR("{% macro m(a=1, b) %}{% endmacro %}", A, "non-default argument follows default argument");
    EXPECT_ERROR("{% set 1 = 2 %}", A, "can't assign");
    EXPECT_ERROR("{{ f(a=1, 2) }}", A, "invalid syntax for function call");
    EXPECT_ERROR("{{ x is defined is defined }}", A, "chain multiple tests");
    EXPECT_ERROR("{{ '\\x4' }}", A, "truncated \\x escape");
    EXPECT_ERROR("{{ 99999999999999999999 }}", A, "integer literal too large");
    EXPECT_ERROR("{{ x|nosuchfilter }}", A, "line 1, column 6: no filter named 'nosuchfilter'");
    EXPECT_ERROR("{{ x is nosuchtest }}", A, "no test named 'nosuchtest'");
    EXPECT_ERROR("{% if true %}{{ x|nosuchfilter }}{% endif %}", A, "line 1: no filter named 'nosuchfilter'");   /* at run time */
    EXPECT_ERROR("{{ x|wordwrap }}", U, "the 'wordwrap' filter is not supported");
    EXPECT_ERROR("{% include 'other.jinja' %}", U, "the 'include' tag is not supported");
    EXPECT_ERROR("{% for i in x recursive %}{% endfor %}", U, "recursive loops are not supported");
    /* run time, with the line */
    EXPECT_ERROR("\n\n{{ raise_exception('Roles must alternate') }}", A, "chat template: Roles must alternate");
    EXPECT_ERROR("{{ nothing.attr }}", A, "'nothing' is undefined");
    EXPECT_ERROR("{{ nothing[0] }}", A, "'nothing' is undefined");
    EXPECT_ERROR("{{ nothing + 1 }}", A, "'nothing' is undefined");
    EXPECT_ERROR("{{ nothing() }}", A, "'nothing' is undefined");
    EXPECT_ERROR("a\n{{ 1 + 'a' }}", A, "line 2: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_ERROR("{{ 1 // 0 }}", A, "division or modulo by zero");
    EXPECT_ERROR("{{ 1.0 / 0 }}", A, "division by zero");
    EXPECT_ERROR("{{ 'a' < 1 }}", A, "'<' not supported between instances of 'str' and 'int'");
    EXPECT_ERROR("{{ 1 in 5 }}", A, "argument of type 'int' is not iterable");
    EXPECT_ERROR("{% for i in 5 %}{% endfor %}", A, "'int' object is not iterable");
    EXPECT_ERROR("{% for i in none %}{% endfor %}", A, "'NoneType' object is not iterable");
    EXPECT_ERROR("{% set a, b = [1, 2, 3] %}", A, "too many values to unpack");
    EXPECT_ERROR("{% set n = 1 %}{% set n.a = 1 %}", A, "non-namespace object");
    EXPECT_ERROR("{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}", A, "takes not more than 1 argument");
    EXPECT_ERROR("{% macro m(a) %}{% endmacro %}{{ m(b=1) }}", A, "no keyword argument 'b'");
    EXPECT_ERROR("{{ 5() }}", A, "'int' object is not callable");
    EXPECT_ERROR("{{ namespace()|tojson }}", A, "Object of type Namespace is not JSON serializable");
    EXPECT_ERROR("{{ x|map('string')|tojson }}", A, "Object of type generator is not JSON serializable");
    EXPECT_ERROR("{{ x|map('string')|length }}", A, "has no len()");
    EXPECT_ERROR("{{ 5|length }}", A, "object of type 'int' has no len()");
    EXPECT_ERROR("{{ 2.5[1:] }}", A, "'float' object is not subscriptable");
    EXPECT_ERROR("{{ x[::0] }}", A, "slice step cannot be zero");
    EXPECT_ERROR("{{ s.split('') }}", A, "empty separator");
    EXPECT_ERROR("{{ x.index(99) }}", A, "not in list");
    EXPECT_ERROR("{{ s.format(1) }}", U, "str.format() is not supported");
    EXPECT_ERROR("{{ 2 ** 64 }}", A, "integer overflow");
    EXPECT_ERROR("{{ 1|indent }}", A, "indent: a int is not a string");
    EXPECT_ERROR("{{ x|select('nosuchtest')|list }}", A, "no test named 'nosuchtest'");
    EXPECT_ERROR("{{ '%s %s' % 1 }}", A, "not enough arguments for format string");
    EXPECT_ERROR("{{ [1] in {} }}", A, "unhashable type: 'list'");
}

static void test_limits(void) {
    const vkr_result L = VKR_ERR_LIMIT;
    static char deep[4000];
    char *p;
    int i;
    EXPECT_ERROR("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", L, "macro calls nested more than 100 deep");
    EXPECT_ERROR("{% macro f(n) %}{{ [[[[[[[[[[f(n + 1)]]]]]]]]]] }}{% endmacro %}{{ f(0) }}", L, "nested too deeply");
    EXPECT_ERROR("{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% endfor %}{% endfor %}", L, "more than 10000000 loop iterations");
    EXPECT_ERROR("{% set x = 'x' * 1000 %}{% for i in range(100000) %}{{ x }}{% endfor %}", L, "output larger than 64 MiB");
    EXPECT_ERROR("{% set ns = namespace(s='x') %}{% for i in range(100000) %}{% set ns.s = ns.s ~ 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% endfor %}", L, "more than 256 MiB");
    EXPECT_ERROR("{{ 'x' * 1000000000 }}", L, "repetition result too large");
    EXPECT_ERROR("{{ range(100001)|length }}", L, "range too big");
    EXPECT_ERROR("{{ range(100000)|unique|list|length }}", L, "loop iterations");
    EXPECT_ERROR("{% set ns = namespace(x=1) %}{% for i in range(1000) %}{% set ns.x = [ns.x] %}{% endfor %}{{ ns.x|tojson }}", L, "values nested too deeply");
    /* parser nesting: statements, brackets, unary operators */
    for (p = deep, i = 0; i < 300; i++) p += sprintf(p, "{%% if 1 %%}");
    strcpy(p, "x");
    EXPECT_ERROR(deep, L, "nested too deeply");
    memcpy(deep, "{{ ", 3); memset(deep + 3, '(', 1000); deep[1003] = '1'; memset(deep + 1004, ')', 1000); strcpy(deep + 2004, " }}");
    EXPECT_ERROR(deep, L, "nested too deeply");
    memcpy(deep, "{{ ", 3); memset(deep + 3, '-', 1000); strcpy(deep + 1003, "1 }}");
    EXPECT_ERROR(deep, L, "nested too deeply");
    for (p = deep + 3, i = 0; i < 500; i++) p += sprintf(p, "not ");
    strcpy(p, "1 }}");
    EXPECT_ERROR(deep, L, "nested too deeply");
    {   /* deep but allowed */
        char *got = NULL;
        CHECK(render("{{ [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]|tojson }}", NULL, NULL, false, &got) == VKR_OK &&
              !strcmp(got, "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]"), "%s", vkr_last_error());
        free(got);
    }
}

/* Allocations through the hooks, to see that everything is given back. */
static long n_live;
static void *count_alloc(void *user, size_t size, size_t align) { (void)user; (void)align; n_live++; return malloc(size); }
static void count_free(void *user, void *p, size_t size) { (void)user; (void)size; if (p) n_live--; free(p); }

static void test_api(void) {
    vkr_chat_template_desc td;
    vkr_chat_render_desc rd;
    vkr_chat_template *t = NULL;
    vkr_chat_message msgs[2];
    vkr_text out = {NULL, 0, 0, {NULL, NULL, NULL}};
    const char *src = "{{ bos_token }}|{% for m in messages %}{{ m.role }}={{ m.content }};{% endfor %}|{{ add_generation_prompt }}|{{ eos_token }}|{{ x }}";
    memset(&td, 0, sizeof td);
    td.hooks.allocator.alloc = count_alloc;
    td.hooks.allocator.free = count_free;
    CHECK(vkr_chat_template_new(NULL, 0, NULL, NULL) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_chat_template_new(NULL, 5, NULL, &t) == VKR_ERR_INVALID_ARGUMENT && t == NULL);
    REQUIRE(vkr_chat_template_new(src, strlen(src), &td, &t) == VKR_OK, "%s", vkr_last_error());
    msgs[0].role = "user"; msgs[0].content = "a";
    msgs[1].role = "assistant"; msgs[1].content = NULL;   /* NULL content is none */
    CHECK(vkr_chat_render(t, msgs, 2, NULL, &out) == VKR_OK && !strcmp(out.text, "|user=a;assistant=None;|False||"), "%s", out.text);
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = true;
    rd.extra_json = "{\"x\": [1, \"b\"], \"bos_token\": \"<B>\"}";
    CHECK(vkr_chat_render(t, msgs, 1, &rd, &out) == VKR_OK, "%s", vkr_last_error());   /* appends */
    CHECK(!strcmp(out.text, "|user=a;assistant=None;|False||<B>|user=a;|True||[1, 'b']"), "%s", out.text);
    CHECK(vkr_chat_render(t, NULL, 0, NULL, &out) == VKR_OK);
    CHECK(vkr_chat_render(NULL, msgs, 1, NULL, &out) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_chat_render(t, NULL, 1, NULL, &out) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_chat_render_json(t, "{}", 2, NULL, &out) == VKR_ERR_INVALID_ARGUMENT);
    CHECK(vkr_chat_render_json(t, "[", 1, NULL, &out) == VKR_ERR_JSON);
    rd.extra_json = "[1]";
    CHECK(vkr_chat_render(t, msgs, 1, &rd, &out) == VKR_ERR_INVALID_ARGUMENT);
    rd.extra_json = "{\"x\": }";
    CHECK(vkr_chat_render(t, msgs, 1, &rd, &out) == VKR_ERR_JSON);
    {   /* a failed render appends nothing */
        size_t before = out.len;
        vkr_chat_template *bad = NULL;
        const char *b = "ab{{ raise_exception('no') }}";
        CHECK(vkr_chat_template_new(b, strlen(b), &td, &bad) == VKR_OK);
        CHECK(vkr_chat_render(bad, msgs, 1, NULL, &out) == VKR_ERR_INVALID_ARGUMENT && out.len == before);
        vkr_chat_template_free(bad);
    }
    {   /* bos / eos, messages with extra fields through JSON */
        const char *m = "[{\"role\": \"assistant\", \"content\": [{\"type\": \"text\", \"text\": \"hi\"}], \"tool_calls\": [{\"function\": {\"name\": \"f\"}}]}]";
        vkr_chat_template *t2 = NULL;
        const char *s2 = "{{ bos_token }}{{ messages[0].content[0].text }}{{ messages[0].tool_calls[0].function.name }}{{ eos_token }}";
        vkr_text o2 = {NULL, 0, 0, {NULL, NULL, NULL}};
        td.bos_token = "<s>";
        td.eos_token = "</s>";
        CHECK(vkr_chat_template_new(s2, strlen(s2), &td, &t2) == VKR_OK);
        CHECK(vkr_chat_render_json(t2, m, strlen(m), NULL, &o2) == VKR_OK && !strcmp(o2.text, "<s>hif</s>"), "%s", o2.text);
        vkr_text_free(&o2);
        vkr_chat_template_free(t2);
    }
    {   /* an empty template renders nothing (but sets the text) */
        vkr_chat_template *t3 = NULL;
        vkr_text o3 = {NULL, 0, 0, {NULL, NULL, NULL}};
        CHECK(vkr_chat_template_new("", 0, NULL, &t3) == VKR_OK && vkr_chat_render(t3, msgs, 1, NULL, &o3) == VKR_OK && o3.len == 0 && o3.text);
        vkr_text_free(&o3);
        vkr_chat_template_free(t3);
    }
    vkr_text_free(&out);
    vkr_chat_template_free(t);
    CHECK(n_live == 0, "%ld allocations not freed", n_live);
}

static void test_strftime(void) {
    char want1[64], want2[64], *got = NULL;
    time_t now = time(NULL);
    struct tm tm1;
    gmtime_r(&now, &tm1);
    strftime(want1, sizeof want1, "%d %b %Y", &tm1);
    CHECK(render("{{ strftime_now('%d %b %Y') }}", NULL, NULL, false, &got) == VKR_OK, "%s", vkr_last_error());
    now = time(NULL);
    gmtime_r(&now, &tm1);
    strftime(want2, sizeof want2, "%d %b %Y", &tm1);
    CHECK(got && (!strcmp(got, want1) || !strcmp(got, want2)), "'%s' vs '%s'", got, want1);
    free(got);
}

/* One template, several threads rendering it at once. */
typedef struct { const vkr_chat_template *t; const char *msgs; const char *want; int ok; } job;
static void run_job(void *p) {
    job *j = (job *)p;
    int k;
    j->ok = 1;
    for (k = 0; k < 50; k++) {
        vkr_text out = {NULL, 0, 0, {NULL, NULL, NULL}};
        vkr_chat_render_desc rd;
        memset(&rd, 0, sizeof rd);
        rd.add_generation_prompt = true;
        if (vkr_chat_render_json(j->t, j->msgs, strlen(j->msgs), &rd, &out) != VKR_OK || strcmp(out.text, j->want)) j->ok = 0;
        vkr_text_free(&out);
    }
}
static void test_threads(void) {
    size_t len;
    char *src = vt_read_file(DIR "templates/Qwen-Qwen3.jinja", &len);
    const char *m = "[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"<think>\\nhm\\n</think>\\n\\nHello\"},{\"role\":\"user\",\"content\":\"Bye\"}]";
    vkr_chat_template *t = NULL;
    vkr_text first = {NULL, 0, 0, {NULL, NULL, NULL}};
    vkr_chat_render_desc rd;
    vkr__thread th[4];
    job jobs[4];
    int i;
    if (!src) SKIP("no " DIR "templates (run from the repository root)");
    REQUIRE(vkr_chat_template_new(src, len, NULL, &t) == VKR_OK, "%s", vkr_last_error());
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = true;
    REQUIRE(vkr_chat_render_json(t, m, strlen(m), &rd, &first) == VKR_OK);
    CHECK(strstr(first.text, "<|im_start|>assistant\nHello<|im_end|>\n<|im_start|>user\nBye<|im_end|>\n<|im_start|>assistant\n") != NULL, "%s", first.text);
    for (i = 0; i < 4; i++) {
        jobs[i].t = t; jobs[i].msgs = m; jobs[i].want = first.text; jobs[i].ok = 0;
        REQUIRE(vkr__thread_start(&th[i], run_job, &jobs[i]));
    }
    for (i = 0; i < 4; i++) vkr__thread_join(&th[i]);
    for (i = 0; i < 4; i++) CHECK(jobs[i].ok, "thread %d rendered something else", i);
    vkr_text_free(&first);
    vkr_chat_template_free(t);
    free(src);
}

static void test_real_templates(void) {
    size_t len, i, ok = 0, n_err = 0;
    char *text = vt_read_file(DIR "expected.json", &len);
    vkr_json_doc *doc = NULL;
    const vkr_json *cases;
    if (!text) SKIP("no " DIR "expected.json (run from the repository root)");
    REQUIRE(vkr_json_parse(text, len, NULL, &doc) == VKR_OK, "%s", vkr_last_error());
    cases = vkr_json_get(vkr_json_root(doc), "cases");
    REQUIRE(cases && cases->len > 0);
    for (i = 0; i < cases->len; i++) {
        const vkr_json *c = &cases->items[i];
        const char *name = vkr_json_string(vkr_json_get(c, "template"));
        const char *conv = vkr_json_string(vkr_json_get(c, "conversation"));
        const vkr_json *want = vkr_json_get(c, "output");
        const char *werr = vkr_json_string(vkr_json_get(c, "error"));
        const char *etype = vkr_json_string(vkr_json_get(c, "error_type"));
        char path[512], *src;
        size_t slen, mlen;
        const char *mjson;
        vkr_json_writer w;
        vkr_chat_template_desc td;
        vkr_chat_render_desc rd;
        vkr_chat_template *t = NULL;
        vkr_text out = {NULL, 0, 0, {NULL, NULL, NULL}};
        vkr_result r;
        bool agp = false;
        snprintf(path, sizeof path, DIR "templates/%s.jinja", name);
        src = vt_read_file(path, &slen);
        CHECK(src != NULL, "cannot read %s", path);
        if (!src) continue;
        memset(&td, 0, sizeof td);
        td.bos_token = vkr_json_string(vkr_json_get(c, "bos"));
        td.eos_token = vkr_json_string(vkr_json_get(c, "eos"));
        r = vkr_chat_template_new(src, slen, &td, &t);
        CHECK(r == VKR_OK, "%s: %s", name, vkr_last_error());
        free(src);
        if (r != VKR_OK) continue;
        vkr_json_writer_init(&w, NULL);
        vkr_json_write_value(&w, vkr_json_get(vkr_json_get(vkr_json_root(doc), "conversations"), conv));
        REQUIRE(vkr_json_writer_result(&w, &mjson, &mlen) == VKR_OK);
        memset(&rd, 0, sizeof rd);
        vkr_json_bool(vkr_json_get(c, "add_generation_prompt"), &agp);
        rd.add_generation_prompt = agp;
        rd.extra_json = vkr_json_string(vkr_json_get(c, "extra"));
        r = vkr_chat_render_json(t, mjson, mlen, &rd, &out);
        if (werr) {
            n_err++;
            CHECK(r != VKR_OK, "%s / %s / agp=%d: jinja2 fails (%s: %s) but valkyr renders", name, conv, agp, etype, werr);
            /* raise_exception's message comes through */
            if (r != VKR_OK && etype && !strcmp(etype, "TemplateError"))
                CHECK(r == VKR_ERR_INVALID_ARGUMENT && strstr(vkr_last_error(), werr), "%s / %s: got '%s'", name, conv, vkr_last_error());
            if (r != VKR_OK) ok++;
        } else if (r != VKR_OK) {
            CHECK(0, "%s / %s / agp=%d: %s", name, conv, agp, vkr_last_error());
        } else if (out.len != want->len || memcmp(out.text, want->str, want->len)) {
            CHECK(0, "%s / %s / agp=%d: output differs from jinja2", name, conv, agp);
            show_diff(name, want->str, want->len, out.text, out.len);
        } else {
            ok++;
            /* the struct API gives the same for plain conversations */
            if (!strcmp(conv, "user") || !strcmp(conv, "system") || !strcmp(conv, "multi") || !strcmp(conv, "unicode")) {
                const vkr_json *cv = vkr_json_get(vkr_json_get(vkr_json_root(doc), "conversations"), conv);
                vkr_chat_message msgs[8];
                vkr_text out2 = {NULL, 0, 0, {NULL, NULL, NULL}};
                size_t k;
                for (k = 0; k < cv->len && k < 8; k++) {
                    msgs[k].role = vkr_json_string(vkr_json_get(&cv->items[k], "role"));
                    msgs[k].content = vkr_json_string(vkr_json_get(&cv->items[k], "content"));
                }
                CHECK(vkr_chat_render(t, msgs, cv->len, &rd, &out2) == VKR_OK && out2.len == out.len && !memcmp(out2.text, out.text, out.len),
                      "%s / %s: vkr_chat_render differs from vkr_chat_render_json", name, conv);
                vkr_text_free(&out2);
            }
        }
        vkr_text_free(&out);
        vkr_json_writer_free(&w);
        vkr_chat_template_free(t);
    }
    printf("  %zu of %zu renders agree with jinja2 %s (%zu of them expected failures)\n", ok, cases->len,
           vkr_json_string(vkr_json_get(vkr_json_root(doc), "jinja2_version")), n_err);
    vkr_json_free(doc);
    free(text);
}

int main(void) {
    VT_RUN(test_features);
    VT_RUN(test_errors);
    VT_RUN(test_limits);
    VT_RUN(test_api);
    VT_RUN(test_strftime);
    VT_RUN(test_threads);
    VT_RUN(test_real_templates);
    return vt_finish();
}
