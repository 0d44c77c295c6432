#!/usr/bin/env python3
"""Renders every template in tests/data/chat/templates/ with jinja2, configured
as transformers' apply_chat_template configures it, and writes the results to
tests/data/chat/expected.json for tests/test_chat_template.c.

transformers (utils/chat_template_utils.py) renders with
ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
extensions=[AssistantTracker, loopcontrols]), a json.dumps tojson filter, the
globals raise_exception and strftime_now, and the variables messages, tools
(None when not given), documents (None), add_generation_prompt and the special
tokens. This script does the same with jinja2 alone (no transformers needed).

Usage: python3 tools/render_chat_fixtures.py   (from the repository root)
"""
import json
import os
import sys

import jinja2
import jinja2.ext
from jinja2.exceptions import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DIR = os.path.join(ROOT, "tests", "data", "chat")

# bos / eos of each model (its tokenizer_config.json; "" where it has none).
TOKENS = {
    "CohereForAI-c4ai-command-r-plus-tool_use": ("<BOS_TOKEN>", "<|END_OF_TURN_TOKEN|>"),
    "CohereForAI-c4ai-command-r7b-12-2024-tool_use": ("<BOS_TOKEN>", "<|END_OF_TURN_TOKEN|>"),
    "NousResearch-Hermes-2-Pro-Llama-3-8B-tool_use": ("<|begin_of_text|>", "<|im_end|>"),
    "NousResearch-Hermes-3-Llama-3.1-8B-tool_use": ("<|begin_of_text|>", "<|im_end|>"),
    "Qwen-Qwen2.5-7B-Instruct": ("", "<|im_end|>"),
    "Qwen-Qwen3": ("", "<|im_end|>"),
    "deepseek-ai-DeepSeek-R1-Distill-Llama-8B": ("<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"),
    "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B": ("<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"),
    "fireworks-ai-llama-3-firefunction-v2": ("<|begin_of_text|>", "<|eot_id|>"),
    "google-gemma-2-2b-it": ("<bos>", "<eos>"),
    "google-gemma-2b-it": ("<bos>", "<eos>"),
    "llama-cpp-deepseek-r1": ("<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"),
    "meetkai-functionary-medium-v3.1": ("<|begin_of_text|>", "<|eot_id|>"),
    "meetkai-functionary-medium-v3.2": ("<|begin_of_text|>", "<|eot_id|>"),
    "meta-llama-Meta-Llama-3-8B": ("<|begin_of_text|>", "<|end_of_text|>"),
    "meta-llama-Llama-3.1-8B-Instruct": ("<|begin_of_text|>", "<|eot_id|>"),
    "meta-llama-Llama-3.2-3B-Instruct": ("<|begin_of_text|>", "<|eot_id|>"),
    "meta-llama-Llama-3.3-70B-Instruct": ("<|begin_of_text|>", "<|eot_id|>"),
    "microsoft-Phi-3.5-mini-instruct": ("<s>", "<|endoftext|>"),
    "mistralai-Mistral-7B-Instruct-v0.3": ("<s>", "</s>"),
    "mistralai-Mistral-Nemo-Instruct-2407": ("<s>", "</s>"),
    "tinyllama-1.1b-chat-v1.0": ("<s>", "</s>"),
}

TOOLS = [{"type": "function", "function": {
    "name": "get_weather", "description": "Get the current weather in a city.",
    "parameters": {"type": "object", "properties": {
        "city": {"type": "string", "description": "The city, e.g. Paris"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Temperature unit"}},
        "required": ["city"]}}}]

CONVERSATIONS = {
    "user": [{"role": "user", "content": "Hello! What is 2+2?"}],
    "system": [{"role": "system", "content": "You are a helpful assistant."},
               {"role": "user", "content": "Hello! What is 2+2?"}],
    "multi": [{"role": "user", "content": "Hi there"},
              {"role": "assistant", "content": "Hello! How can I help?"},
              {"role": "user", "content": "Tell me a joke."}],
    # whitespace to trim, non-ASCII, quotes, backslashes, a reasoning block
    "unicode": [{"role": "user", "content": "  Grüße, 世界 🌍\n\"quoted\" and 'single' \\ back\\slash\t "},
                {"role": "assistant", "content": "<think>\nLet me think.\n</think>\n\nFour: 2+2=4 ✓"},
                {"role": "user", "content": "Danke!\n"}],
    "tools": [{"role": "user", "content": "What is the weather in Paris?"},
              {"role": "assistant", "content": None, "tool_calls": [{"id": "call12345", "type": "function", "function": {
                  "name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}}]},
              {"role": "tool", "tool_call_id": "call12345", "name": "get_weather", "content": "{\"temperature\": 21.5, \"sky\": \"clear\"}"},
              {"role": "assistant", "content": "It is 21.5 °C and clear in Paris."},
              {"role": "user", "content": "Thanks"}],
    # the same with OpenAI-style arguments (a JSON string)
    "tools_str": [{"role": "user", "content": "What is the weather in Paris?"},
                  {"role": "assistant", "content": None, "tool_calls": [{"id": "call12345", "type": "function", "function": {
                      "name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]},
                  {"role": "tool", "tool_call_id": "call12345", "content": "21.5 C, clear"},
                  {"role": "user", "content": "Thanks"}],
}

# Extra variables: always (templates that would otherwise print today's date),
# and extra variants rendered besides the plain one.
ALWAYS = {"meta-llama-Llama-3.2-3B-Instruct": {"date_string": "26 Jul 2024"}}
VARIANTS = {
    "Qwen-Qwen3": [{"enable_thinking": False}],
    "CohereForAI-c4ai-command-r-plus-tool_use": [{"tools": []}],
    "fireworks-ai-llama-3-firefunction-v2": [{"functions": json.dumps([t["function"] for t in TOOLS], indent=4), "datetime": "2024-07-26"}],
}


def make_env():
    def raise_exception(message):
        raise TemplateError(message)

    def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)

    class Generation(jinja2.ext.Extension):   # transformers' AssistantTracker, without the tracking
        tags = {"generation"}

        def parse(self, parser):
            lineno = next(parser.stream).lineno
            body = parser.parse_statements(["name:endgeneration"], drop_needle=True)
            return jinja2.nodes.CallBlock(self.call_method("_render"), [], [], body).set_lineno(lineno)

        def _render(self, caller):
            return caller()

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[Generation, jinja2.ext.loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    return env


def render(env, source, messages, agp, extra, bos, eos):
    kwargs = dict(messages=messages, tools=None, documents=None, add_generation_prompt=agp, bos_token=bos, eos_token=eos)
    kwargs.update(extra)
    try:
        return {"output": env.from_string(source).render(**kwargs)}
    except Exception as e:   # noqa: BLE001 -- any jinja2 failure is an expected failure
        return {"error": str(e), "error_type": type(e).__name__}


def main():
    env = make_env()
    cases = []
    names = sorted(f[:-6] for f in os.listdir(os.path.join(DIR, "templates")) if f.endswith(".jinja"))
    for name in names:
        if name not in TOKENS:
            sys.exit("no bos/eos known for %s: add it to TOKENS" % name)
        with open(os.path.join(DIR, "templates", name + ".jinja"), encoding="utf-8") as f:
            source = f.read()
        bos, eos = TOKENS[name]
        for extra in [{}] + VARIANTS.get(name, []):
            for conv in CONVERSATIONS:
                for agp in (True, False):
                    ex = dict(ALWAYS.get(name, {}), **extra)
                    if conv.startswith("tools"):
                        ex = dict(ex, tools=TOOLS)
                    case = {"template": name, "conversation": conv, "add_generation_prompt": agp,
                            "extra": json.dumps(ex, ensure_ascii=False) if ex else None, "bos": bos, "eos": eos}
                    case.update(render(env, source, CONVERSATIONS[conv], agp, ex, bos, eos))
                    cases.append(case)
    out = {"generator": "tools/render_chat_fixtures.py", "jinja2_version": jinja2.__version__,
           "conversations": CONVERSATIONS, "cases": cases}
    with open(os.path.join(DIR, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_err = sum(1 for c in cases if "error" in c)
    print("%d cases (%d expected errors), jinja2 %s -> tests/data/chat/expected.json" % (len(cases), n_err, jinja2.__version__))


if __name__ == "__main__":
    main()
