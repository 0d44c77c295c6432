#!/usr/bin/env python3
# Makes the tokenizer fixtures: for each tokenizer in tests/data/tokenizers/
# (and the bundled stories260k), the ids the Hugging Face `tokenizers` library
# gives for every string of corpus.json, with and without special tokens, with
# special-token text left unparsed, the decoded text, a 1 MB input summarised
# by a hash, and random id lists decoded. Run where tokenizers + transformers
# are installed (the GPU machine):  python3 tools/tok_fixtures.py
import gzip, json, os, random, struct, sys, time
import tokenizers
from tokenizers import Tokenizer

ROOT = "tests/data/tokenizers"
corpus = json.load(open(os.path.join(ROOT, "corpus.json")))

def big_text():
    unit = "\n".join(corpus).encode("utf-8") + b"\n"
    data = b""
    while len(data) < 1000000:
        data += unit
    cut = data.rfind(b"\n", 0, 1000000)
    return data[:cut + 1].decode("utf-8")

def fnv64(ids):
    h = 1469598103934665603
    for i in ids:
        for b in struct.pack("<i", i):
            h ^= b
            h = (h * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h

def load(name):
    if name == "stories260k":
        return Tokenizer.from_file("models/stories260k/tokenizer.json"), "models/stories260k"
    with gzip.open(os.path.join(ROOT, name, "tokenizer.json.gz"), "rt", encoding="utf-8") as f:
        return Tokenizer.from_str(f.read()), os.path.join(ROOT, name)

def hf_ids(dirpath, name, text):
    # transformers' own tokenizer (what users of the model get), when it loads
    try:
        from transformers import AutoTokenizer, PreTrainedTokenizerFast
        import tempfile, shutil
        if not hasattr(hf_ids, "cache"):
            hf_ids.cache = {}
        if name not in hf_ids.cache:
            tmp = tempfile.mkdtemp()
            if name == "stories260k":
                for f in ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]:
                    shutil.copy(os.path.join(dirpath, f), tmp)
            else:
                with gzip.open(os.path.join(dirpath, "tokenizer.json.gz"), "rb") as f:
                    open(os.path.join(tmp, "tokenizer.json"), "wb").write(f.read())
                if os.path.exists(os.path.join(dirpath, "tokenizer_config.json")):
                    shutil.copy(os.path.join(dirpath, "tokenizer_config.json"), tmp)
            hf_ids.cache[name] = AutoTokenizer.from_pretrained(tmp)
        return hf_ids.cache[name](text, add_special_tokens=True)["input_ids"]
    except Exception as e:
        print("  transformers failed for", name, repr(e)[:200])
        return None

big = big_text()
print("tokenizers", tokenizers.__version__, "big text", len(big.encode()), "bytes")
for name in ["stories260k", "tinyllama", "mistral-v0.3", "gpt2", "llama3", "qwen3"]:
    tok, dirpath = load(name)
    out = {"tokenizers_version": tokenizers.__version__, "cases": []}
    for text in corpus:
        e1 = tok.encode(text, add_special_tokens=True)
        e0 = tok.encode(text, add_special_tokens=False)
        tok.encode_special_tokens = True
        en = tok.encode(text, add_special_tokens=False)
        tok.encode_special_tokens = False
        case = {
            "special": e1.ids,
            "plain": e0.ids,
            "tokens": e0.tokens,
            "no_parse_special": en.ids,
            "decode": tok.decode(e0.ids, skip_special_tokens=False),
            "decode_special_skip": tok.decode(e1.ids, skip_special_tokens=True),
            "decode_special": tok.decode(e1.ids, skip_special_tokens=False),
        }
        h = hf_ids(dirpath, name, text)
        if h is not None and h != e1.ids:
            case["transformers"] = h
        out["cases"].append(case)
    t0 = time.perf_counter()
    eb = tok.encode(big, add_special_tokens=False).ids
    dt = time.perf_counter() - t0
    out["big"] = {"n": len(eb), "fnv64": fnv64(eb), "head": eb[:64], "tail": eb[-64:],
                  "decode_equals_input": tok.decode(eb) == big}
    out["hf_encode_mb_per_s"] = round(len(big.encode()) / dt / 1e6, 2)
    vocab = tok.get_vocab_size(with_added_tokens=True)
    bytes_ids = [i for i in range(vocab) if (tok.id_to_token(i) or "").startswith("<0x")]
    rng = random.Random(1234)
    rd = []
    for k in range(40):
        n = rng.randint(1, 12)
        ids = []
        for _ in range(n):
            if bytes_ids and rng.random() < 0.5:
                ids.append(rng.choice(bytes_ids))
            else:
                ids.append(rng.randrange(vocab))
        rd.append({"ids": ids, "decode": tok.decode(ids, skip_special_tokens=False),
                   "decode_skip": tok.decode(ids, skip_special_tokens=True)})
    out["random_decode"] = rd
    path = "models/stories260k/expected_tokens.json" if name == "stories260k" else os.path.join(dirpath, "expected.json")
    if name == "stories260k":
        path = os.path.join(ROOT, "stories260k.expected.json")
    json.dump(out, open(path, "w"), ensure_ascii=True, separators=(",", ":"))
    ndiff = sum(1 for c in out["cases"] if "transformers" in c)
    print(name, "cases", len(out["cases"]), "big ids", len(eb), "HF MB/s", out["hf_encode_mb_per_s"],
          "transformers differs on", ndiff, "->", path, os.path.getsize(path))
