#!/usr/bin/env python3
# Makes the transformers parity fixtures: tiny random-weight models of each
# family, saved as bf16 safetensors by transformers itself, with transformers'
# fp32 logits at every position of a 260-token prompt and its greedy
# continuation. Run where torch + transformers are installed (the GPU machine):
#   python3 tools/make_parity.py tests/data/parity
# Each fixture dir: config.json, model.safetensors (bf16), logits.f32 (raw
# little-endian float32, [n_prompt, vocab]) and meta.json (prompt ids, greedy
# ids, transformers version).
import json, math, os, sys
import torch
import transformers
from transformers import AutoConfig, AutoModelForCausalLM

out_root = sys.argv[1]
torch.manual_seed(0)
N_PROMPT, N_GEN = 260, 32
base = dict(vocab_size=256, hidden_size=64, intermediate_size=128, num_hidden_layers=3,
            num_attention_heads=4, num_key_value_heads=2, head_dim=16, max_position_embeddings=1024)
fixtures = {
    "llama": ("llama", dict()),
    "llama_mqa": ("llama", dict(num_key_value_heads=1, tie_word_embeddings=True)),
    "llama3_rope": ("llama", dict(rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                                "high_freq_factor": 4.0, "original_max_position_embeddings": 64},
                                  rope_theta=500000.0)),
    "mistral": ("mistral", dict(sliding_window=64)),
    "qwen2": ("qwen2", dict()),
    "qwen3": ("qwen3", dict()),
    "gemma": ("gemma", dict()),
    "gemma2": ("gemma2", dict(sliding_window=64, query_pre_attn_scalar=24, attn_logit_softcapping=20.0,
                              final_logit_softcapping=15.0)),
    "gemma3": ("gemma3_text", dict(sliding_window=64, sliding_window_pattern=2, query_pre_attn_scalar=24)),
}
print("transformers", transformers.__version__, "torch", torch.__version__)
for name, (mt, extra) in fixtures.items():
    kw = dict(base); kw.update(extra)
    cfg = transformers.CONFIG_MAPPING[mt](**kw)
    if mt == "gemma3_text":
        cfg.layer_types = ["sliding_attention" if (i + 1) % 2 else "full_attention" for i in range(cfg.num_hidden_layers)]
    model = AutoModelForCausalLM.from_config(cfg, attn_implementation="eager").float()
    gen = torch.Generator().manual_seed(sum(name.encode()) * 7919)
    with torch.no_grad():
        for pname, p in model.named_parameters():
            if p.dim() == 1 and "norm" in pname:
                centre = 0.0 if mt.startswith("gemma") else 1.0   # gemma norms are (1 + w)
                p.copy_(centre + 0.2 * torch.randn(p.shape, generator=gen))
            elif p.dim() == 1:   # biases
                p.copy_(0.5 * torch.randn(p.shape, generator=gen))
            else:
                fan_in = p.shape[-1]
                p.copy_(torch.randn(p.shape, generator=gen) / math.sqrt(fan_in) * (1.0 if "embed" not in pname else math.sqrt(fan_in) * 0.5))
    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    model.to(torch.bfloat16).save_pretrained(d, safe_serialization=True)
    # reload in fp32 (bf16 → f32 is exact) and run the oracle
    ref = AutoModelForCausalLM.from_pretrained(d, dtype=torch.float32, attn_implementation="eager")
    ref.eval()
    prompt = torch.randint(3, cfg.vocab_size, (1, N_PROMPT), generator=gen)
    with torch.no_grad():
        logits = ref(prompt).logits[0].float().contiguous()
        ref.generation_config.eos_token_id = None   # greedy for N_GEN tokens, nothing masked
        ref.generation_config.pad_token_id = 0
        out = ref.generate(prompt, max_new_tokens=N_GEN, do_sample=False)
    logits.numpy().astype("<f4").tofile(os.path.join(d, "logits.f32"))
    greedy = out[0, N_PROMPT:].tolist()
    meta = {"family": mt, "transformers_version": transformers.__version__, "torch_version": torch.__version__,
            "prompt": prompt[0].tolist(), "greedy": greedy, "n_prompt": N_PROMPT, "vocab_size": cfg.vocab_size,
            "max_abs_logit": float(logits.abs().max())}
    json.dump(meta, open(os.path.join(d, "meta.json"), "w"))
    for f in ["generation_config.json"]:
        p = os.path.join(d, f)
        if os.path.exists(p): os.remove(p)
    print(name, "max|logit|", round(meta["max_abs_logit"], 3), "greedy", greedy[:8], "files",
          {f: os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)})
