#!/usr/bin/env python3
"""Random-weight bf16 models of real shapes, made with transformers
(from_config + save_pretrained), for `valkyr bench` on a GPU machine:
TinyLlama-1.1B, Qwen2.5-0.5B and Llama-3.2-1B. Not committed (GBs).
usage: make_bench_models.py OUT_DIR [NAME...]"""
import os, sys, torch
from transformers import AutoModelForCausalLM, LlamaConfig, Qwen2Config

SHAPES = {
    "tinyllama": lambda: LlamaConfig(vocab_size=32000, hidden_size=2048, intermediate_size=5632, num_hidden_layers=22,
                                     num_attention_heads=32, num_key_value_heads=4, max_position_embeddings=2048,
                                     rms_norm_eps=1e-5, rope_theta=10000.0, tie_word_embeddings=False),
    "qwen2.5-0.5b": lambda: Qwen2Config(vocab_size=151936, hidden_size=896, intermediate_size=4864, num_hidden_layers=24,
                                        num_attention_heads=14, num_key_value_heads=2, max_position_embeddings=32768,
                                        rms_norm_eps=1e-6, rope_theta=1000000.0, tie_word_embeddings=True),
    "llama-3.2-1b": lambda: LlamaConfig(vocab_size=128256, hidden_size=2048, intermediate_size=8192, num_hidden_layers=16,
                                        num_attention_heads=32, num_key_value_heads=8, head_dim=64, max_position_embeddings=131072,
                                        rms_norm_eps=1e-5, rope_theta=500000.0, tie_word_embeddings=True,
                                        rope_scaling={"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0,
                                                      "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}),
}

def main():
    out = sys.argv[1]
    names = sys.argv[2:] or list(SHAPES)
    torch.manual_seed(0)
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    for name in names:
        cfg = SHAPES[name]()
        cfg.torch_dtype = torch.bfloat16
        with torch.device(dev):
            model = AutoModelForCausalLM.from_config(cfg, torch_dtype=torch.bfloat16)
        model.save_pretrained(os.path.join(out, name))
        print(name, sum(p.numel() for p in model.parameters()) / 1e9, "B params", flush=True)
        del model

if __name__ == "__main__":
    main()
