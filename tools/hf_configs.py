#!/usr/bin/env python3
# Makes the config fixtures of tests/data/configs with Hugging Face transformers
# (run where torch + transformers are installed, e.g. the GPU machine):
#   python3 tools/hf_configs.py tests/data/configs
# For every <dir>/config.json already there it writes <dir>/transformers.json:
# the config as transformers parses it (to_dict(), defaults applied).
# For every family valkyr knows it also writes a tiny config saved by
# transformers itself (the layout transformers 5 writes) as t5-<family>/,
# with tensors.json: the names and shapes of the model's state dict.
import json, os, sys, glob
import transformers
from transformers import AutoConfig, AutoModelForCausalLM

root = sys.argv[1]
print("transformers", transformers.__version__)

def dump(obj, path):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True, default=str)

for cfg_path in sorted(glob.glob(os.path.join(root, "*", "config.json"))):
    d = os.path.dirname(cfg_path)
    if os.path.basename(d).startswith("t5-"):
        continue
    try:
        cfg = AutoConfig.from_pretrained(d)
        dump(cfg.to_dict(), os.path.join(d, "transformers.json"))
        print("parsed", d)
    except Exception as e:
        print("FAILED", d, repr(e))

tiny = dict(vocab_size=256, hidden_size=64, intermediate_size=96, num_hidden_layers=4,
            num_attention_heads=4, num_key_value_heads=2, head_dim=16, max_position_embeddings=512)
families = {
    "llama": dict(),
    "llama3rope": dict(rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                     "high_freq_factor": 4.0, "original_max_position_embeddings": 128},
                       rope_theta=500000.0),
    "mistral": dict(),
    "qwen2": dict(),
    "qwen3": dict(),
    "gemma": dict(),
    "gemma2": dict(),
    "gemma3_text": dict(sliding_window=64),
    "qwen3_5_text": dict(linear_num_key_heads=2, linear_num_value_heads=4, linear_key_head_dim=16,
                         linear_value_head_dim=16, head_dim=32),
}
defaults_dir = os.path.join(root, "defaults")
os.makedirs(defaults_dir, exist_ok=True)
for fam, extra in families.items():
    mt = "llama" if fam == "llama3rope" else fam
    try:
        cls = transformers.CONFIG_MAPPING[mt]
    except Exception as e:
        print("NO CONFIG CLASS", mt, repr(e)); continue
    try:
        dump(cls().to_dict(), os.path.join(defaults_dir, mt + ".json"))
    except Exception as e:
        print("defaults failed", mt, repr(e))
    try:
        kw = dict(tiny); kw.update(extra)
        cfg = cls(**kw)
        out = os.path.join(root, "t5-" + fam)
        model = AutoModelForCausalLM.from_config(cfg)
        model.save_pretrained(out, safe_serialization=True)
        os.remove(os.path.join(out, "model.safetensors"))  # only the layout is kept
        dump({k: list(v.shape) for k, v in model.state_dict().items()}, os.path.join(out, "tensors.json"))
        dump(AutoConfig.from_pretrained(out).to_dict(), os.path.join(out, "transformers.json"))
        print("tiny", fam)
    except Exception as e:
        print("tiny FAILED", fam, repr(e))
# the nested multimodal layout (Qwen3.5 as shipped)
for mt in ["qwen3_5", "gemma3"]:
    try:
        cls = transformers.CONFIG_MAPPING[mt]
        dump(cls().to_dict(), os.path.join(defaults_dir, mt + ".json"))
        print("defaults", mt)
    except Exception as e:
        print("nested FAILED", mt, repr(e))
