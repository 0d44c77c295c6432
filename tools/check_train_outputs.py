#!/usr/bin/env python3
# Loads what tools/train_outputs.c wrote (valkyr-trained LoRA adapters and
# fully fine-tuned models) with PEFT and transformers and compares their
# logits with valkyr's. Run from the repository root:
#   HF_HUB_OFFLINE=1 python3 tools/check_train_outputs.py OUT_DIR
import json, sys, numpy as np, torch, transformers, peft
from transformers import AutoModelForCausalLM
from peft import PeftModel
root = sys.argv[1] if len(sys.argv) > 1 else "build/train-outputs"
print("transformers", transformers.__version__, "peft", peft.__version__, "torch", torch.__version__)
worst = 0.0
for case in ["llama", "qwen3", "gemma2", "gemma3", "qwen2"]:
    ids = torch.tensor([[int(x) for x in open(f"{root}/{case}_ids.txt").read().split()]])
    base_dir = f"tests/data/train/{case}/model"
    for kind in ["lora", "full"]:
        if kind == "lora":
            base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32, attn_implementation="eager")
            model = PeftModel.from_pretrained(base, f"{root}/{case}_lora")
        else:
            model = AutoModelForCausalLM.from_pretrained(f"{root}/{case}_full", dtype=torch.float32, attn_implementation="eager")
        model.eval()
        with torch.no_grad():
            ref = model(ids).logits[0].float().numpy()
        got = np.fromfile(f"{root}/{case}_{kind}.f32", dtype=np.float32).reshape(ref.shape)
        err = float(np.max(np.abs(got - ref) / np.maximum(1.0, np.abs(ref))))
        worst = max(worst, err)
        print(f"{case:8s} {kind:5s} max |valkyr - torch| / max(1,|torch|) = {err:.3g}")
print("WORST", worst)
