#!/usr/bin/env python3
# Makes tests/data/chat/transformers.json: each model's chat template rendered
# by transformers' apply_chat_template (the oracle) for a set of conversations,
# with and without the generation prompt, and the token ids where the
# tokenizer is available. Run where transformers is installed:
#   python3 tools/chat_fixtures.py
import gzip, json, os, shutil, tempfile
import transformers
from transformers import AutoTokenizer
from transformers.utils.chat_template_utils import render_jinja_template

ROOT = "tests/data/tokenizers"
convs = {
    "user": [{"role": "user", "content": "Hello! How are you?"}],
    "system_user": [{"role": "system", "content": "You are a pirate."}, {"role": "user", "content": "Where is the treasure?"}],
    "multi": [{"role": "user", "content": "What's 5 + 5?"}, {"role": "assistant", "content": "10."},
              {"role": "user", "content": "And times 3?"}],
    "unicode": [{"role": "user", "content": "  Ünïcödé, 你好, emoji 😀 and trailing spaces   "}],
    "think": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "<think>\nreasoning here\n</think>\n\nHello there."},
              {"role": "user", "content": "Again"}],
}
models = {"tinyllama": {}, "llama3": {}, "mistral-v0.3": {}, "qwen3": {}, "qwen3-nothink": {"enable_thinking": False}, "gemma-2b-it": {}}
out = {"transformers_version": transformers.__version__, "models": {}}
for name, extra in models.items():
    d = os.path.join(ROOT, name.replace("-nothink", ""))
    tmp = tempfile.mkdtemp()
    shutil.copy(os.path.join(d, "tokenizer_config.json"), tmp)
    tok = None
    gz = os.path.join(d, "tokenizer.json.gz")
    if os.path.exists(gz):
        with gzip.open(gz, "rb") as f:
            open(os.path.join(tmp, "tokenizer.json"), "wb").write(f.read())
        tok = AutoTokenizer.from_pretrained(tmp)
    cfg = json.load(open(os.path.join(d, "tokenizer_config.json")))
    def tokstr(v):
        return v if isinstance(v, str) or v is None else v.get("content")
    res = {}
    for cname, msgs in convs.items():
        for gp in (True, False):
            key = cname + ("+gen" if gp else "")
            try:
                if tok is not None:
                    text = tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=gp, **extra)
                    ids = tok.apply_chat_template(msgs, tokenize=True, add_generation_prompt=gp, **extra)
                    if isinstance(ids, dict) or hasattr(ids, "keys"): ids = ids["input_ids"]
                    res[key] = {"text": text, "ids": list(ids)}
                else:
                    text = render_jinja_template(conversations=[msgs], chat_template=cfg["chat_template"],
                                                 add_generation_prompt=gp, bos_token=tokstr(cfg.get("bos_token")),
                                                 eos_token=tokstr(cfg.get("eos_token")), **extra)[0][0]
                    res[key] = {"text": text}
            except Exception as e:
                res[key] = {"error": str(e)[:300]}
    out["models"][name] = res
    print(name, {k: ("ERR" if "error" in v else len(v["text"])) for k, v in res.items()})
os.makedirs("tests/data/chat", exist_ok=True)
json.dump(out, open("tests/data/chat/transformers.json", "w"), ensure_ascii=False, indent=1)
