#!/usr/bin/env python3
# Makes the trainer parity fixtures: tiny random-weight models of each family
# (float32 safetensors written by transformers itself) with PyTorch's loss and
# gradients for one accumulated step over two micro-batches, 10 AdamW steps of
# full fine-tuning, and the same for a PEFT LoRA adapter. CPU torch is enough:
#   HF_HUB_OFFLINE=1 python3 tools/make_train_fixtures.py tests/data/train
# tests/data/train/README.md describes every file.
import copy, json, math, os, re, shutil, sys
import numpy as np
import torch
import torch.nn.functional as F
import transformers
import safetensors, safetensors.torch
from transformers import AutoModelForCausalLM

out_root = sys.argv[1]
torch.use_deterministic_algorithms(True, warn_only=True)
torch.set_num_threads(1)
V, T, N_STEPS = 96, 16, 10
base = dict(vocab_size=V, hidden_size=32, intermediate_size=48, num_hidden_layers=2, num_attention_heads=4,
            num_key_value_heads=2, head_dim=8, max_position_embeddings=64)
fixtures = {
    "llama": ("llama", dict()),
    "llama_tied": ("llama", dict(tie_word_embeddings=True)),
    "llama3_rope": ("llama", dict(rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                                "high_freq_factor": 4.0, "original_max_position_embeddings": 64},
                                  rope_theta=500000.0)),
    "mistral": ("mistral", dict(sliding_window=6)),
    "qwen2": ("qwen2", dict()),
    "qwen3": ("qwen3", dict()),
    "gemma": ("gemma", dict()),
    "gemma2": ("gemma2", dict(sliding_window=6, query_pre_attn_scalar=24, attn_logit_softcapping=20.0,
                              final_logit_softcapping=15.0)),
    "gemma3": ("gemma3_text", dict(sliding_window=6, query_pre_attn_scalar=24,
                                   layer_types=["sliding_attention", "full_attention"])),
}
HP = dict(lr=1e-2, betas=[0.9, 0.999], eps=1e-8, weight_decay_2d=0.1, weight_decay_1d=0.0, max_grad_norm=1.0,
          schedule="transformers.get_cosine_schedule_with_warmup", num_warmup_steps=2, num_training_steps=N_STEPS,
          optimizer="torch.optim.AdamW(foreach=False, amsgrad=False)", steps=N_STEPS)
LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
MASK = {0: [(0, 5), (0, 6), (1, 15)], 1: [(0, 3)]}   # micro-batch -> (row, position) with label -100


def make_batches(gen):
    out = []
    for mb, rows in ((0, 2), (1, 1)):
        ids = torch.randint(0, V, (rows, T), generator=gen)
        labels = ids.clone()
        for r, t in MASK[mb]:
            labels[r, t] = -100
        out.append((ids, labels))
    return out


def n_tokens(batches):
    return int(sum((lab[:, 1:] != -100).sum() for _, lab in batches))


def accumulate(model, batches):
    """One optimizer step's worth: backward of sum-CE(M)/N_total per micro-batch; returns (L, [sum-CE(M)])."""
    n = n_tokens(batches)
    ces = []
    for ids, lab in batches:
        logits = model(input_ids=ids, use_cache=False).logits
        ce = F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), lab[:, 1:].reshape(-1),
                             ignore_index=-100, reduction="sum")
        (ce / n).backward()
        ces.append(ce.item())
    return sum(ces) / n, ces


def train(named, model, batches):
    """N_STEPS AdamW steps over the same micro-batches; named = [(name, param)] trainable."""
    g2 = [p for _, p in named if p.dim() >= 2]
    g1 = [p for _, p in named if p.dim() < 2]
    groups = [{"params": g2, "weight_decay": HP["weight_decay_2d"]}]
    if g1:
        groups.append({"params": g1, "weight_decay": HP["weight_decay_1d"]})
    opt = torch.optim.AdamW(groups, lr=HP["lr"], betas=tuple(HP["betas"]), eps=HP["eps"], foreach=False)
    sched = transformers.get_cosine_schedule_with_warmup(opt, num_warmup_steps=HP["num_warmup_steps"],
                                                         num_training_steps=HP["num_training_steps"])
    params = [p for _, p in named]
    steps = []
    for _ in range(N_STEPS):
        opt.zero_grad(set_to_none=True)
        loss, _ = accumulate(model, batches)
        gn = torch.nn.utils.clip_grad_norm_(params, HP["max_grad_norm"])
        lr = sched.get_last_lr()[0]
        opt.step()
        sched.step()
        steps.append({"loss": loss, "grad_norm": float(gn), "lr": lr})
    return steps


def init_weights(model, mt, gen):
    with torch.no_grad():
        for pname, p in model.named_parameters():
            if p.dim() == 1 and "norm" in pname:
                centre = 0.0 if mt.startswith("gemma") else 1.0   # gemma norms are (1 + w)
                p.copy_(centre + 0.2 * torch.randn(p.shape, generator=gen))
            elif p.dim() == 1:   # biases
                p.copy_(0.5 * torch.randn(p.shape, generator=gen))
            elif "embed" in pname:
                p.copy_(0.5 * torch.randn(p.shape, generator=gen))
            else:
                p.copy_(torch.randn(p.shape, generator=gen) / math.sqrt(p.shape[-1]))


def load(d, dtype=torch.float32, **over):
    m = AutoModelForCausalLM.from_pretrained(d, dtype=dtype, attn_implementation="eager", **over)
    return m.eval()


def rel(a, b):
    return abs(a - b) / max(abs(b), 1e-30)


def max_step_rel(s32, s64):
    return {k: max(rel(a[k], b[k]) for a, b in zip(s32, s64)) for k in ("loss", "grad_norm")}


def write_f32(path, t):
    t.detach().float().contiguous().numpy().astype("<f4").tofile(path)


versions = {"transformers": transformers.__version__, "torch": torch.__version__, "safetensors": safetensors.__version__}
try:
    import peft
    from peft import LoraConfig, PeftModel, get_peft_model
    versions["peft"] = peft.__version__
except Exception as e:   # noqa: BLE001
    peft = None
    print("no peft:", e)
print(versions)
summary = {}


def do_case(name, mt, extra):
    kw = dict(base); kw.update(extra)
    cfg = transformers.CONFIG_MAPPING[mt](**kw)
    model = AutoModelForCausalLM.from_config(cfg, attn_implementation="eager").float().eval()
    seed = sum(name.encode()) * 7919
    init_weights(model, mt, torch.Generator().manual_seed(seed))
    batches = make_batches(torch.Generator().manual_seed(seed + 1))
    N = n_tokens(batches)
    d = os.path.join(out_root, name)
    md = os.path.join(d, "model")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(md)
    model.save_pretrained(md, safe_serialization=True)
    for f in os.listdir(md):
        if f not in ("config.json", "model.safetensors"):
            os.remove(os.path.join(md, f))
    saved = safetensors.torch.load_file(os.path.join(md, "model.safetensors"))
    named = list(model.named_parameters())
    # every trainable parameter is in the file exactly once (tied lm_head = embed_tokens), bit-exact
    by_id = {id(p): n for n, p in named}
    covered = set()
    for k, t in saved.items():
        p = model.get_parameter(k)
        assert t.dtype == torch.float32 and torch.equal(t, p.detach()), k
        covered.add(id(p))
    assert covered == set(by_id), (name, sorted(saved), [n for n, _ in named])

    # ---- B: full fine-tuning loss and gradients
    model.zero_grad(set_to_none=True)
    L, ces = accumulate(model, batches)
    grads = {k: model.get_parameter(k).grad.detach().clone().contiguous() for k in saved}
    safetensors.torch.save_file(grads, os.path.join(d, "grads.safetensors"))
    # sanity: the saved file reproduces the loss (through transformers and through a raw state-dict load)
    ref = load(md)
    with torch.no_grad():
        L_ref = sum(F.cross_entropy(ref(input_ids=i).logits[:, :-1].reshape(-1, V), l[:, 1:].reshape(-1),
                                    reduction="sum").item() for i, l in batches) / N
        raw = AutoModelForCausalLM.from_config(cfg, attn_implementation="eager").float().eval()
        res = raw.load_state_dict(safetensors.torch.load_file(os.path.join(md, "model.safetensors")), strict=False)
        assert not res.unexpected_keys and set(res.missing_keys) <= {"lm_head.weight"}, res
        L_raw = sum(F.cross_entropy(raw(input_ids=i).logits[:, :-1].reshape(-1, V), l[:, 1:].reshape(-1),
                                    reduction="sum").item() for i, l in batches) / N
    assert math.isfinite(L) and rel(L_ref, L) < 1e-6 and rel(L_raw, L) < 1e-6, (name, L, L_ref, L_raw)
    # the same in float64 (how far float32 rounding is from the exact answer)
    m64 = load(md, torch.float64)
    L64, _ = accumulate(m64, batches)
    g64n = math.sqrt(sum(float((m64.get_parameter(k).grad ** 2).sum()) for k in saved))
    g32n = math.sqrt(sum(float((g.double() ** 2).sum()) for g in grads.values()))
    gmax_rel = max(float((grads[k].double() - m64.get_parameter(k).grad).abs().max()) /
                   max(float(m64.get_parameter(k).grad.abs().max()), 1e-30) for k in saved)
    # sliding window must matter where the family has one: same weights with a 64-token window differ
    window_effect = None
    if name in ("mistral", "gemma2", "gemma3"):
        try:
            cfg_wide = copy.deepcopy(ref.config)
            cfg_wide.sliding_window = 64
            wide = AutoModelForCausalLM.from_config(cfg_wide, attn_implementation="eager").float().eval()
            wide.load_state_dict(ref.state_dict())
            with torch.no_grad():
                window_effect = float((wide(input_ids=batches[0][0]).logits -
                                       ref(input_ids=batches[0][0]).logits).abs().max())
            assert window_effect > 1e-4, (name, window_effect)
        except Exception as e:   # noqa: BLE001
            window_effect = f"check failed: {type(e).__name__}: {e}"
            print(name, "sliding window check:", window_effect, flush=True)
    with torch.no_grad():
        base_logits = ref(input_ids=batches[0][0][:1]).logits[0]
    write_f32(os.path.join(d, "logits.f32"), base_logits)

    # ---- C: 10 AdamW steps, full fine-tuning (float32, and float64 for reference)
    full_steps = train(named, model, batches)
    assert rel(full_steps[0]["loss"], L) < 1e-6, (full_steps[0]["loss"], L)
    final_norms = {k: float(model.get_parameter(k).detach().double().norm()) for k in saved}
    m64 = load(md, torch.float64)
    full_steps64 = train(list(m64.named_parameters()), m64, batches)

    emb = model.get_input_embeddings()
    meta = {"family": mt, "case": name, "versions": versions, "dtype": "float32", "seed": seed,
            "micro_batches": [{"ids": i.tolist(), "labels": l.tolist(), "ce_sum": c} for (i, l), c in zip(batches, ces)],
            "n_tokens": N, "hyperparameters": HP,
            "embedding_padding_idx": emb.padding_idx,
            "ids_contain_padding_idx": bool(emb.padding_idx is not None and
                                            any((i == emb.padding_idx).any() for i, _ in batches)),
            "sliding_window_max_logit_effect": window_effect,
            "full": {"loss": L, "grad_norm": g32n, "steps": full_steps, "final_param_l2": final_norms,
                     "float64": {"loss": L64, "grad_norm": g64n, "steps": full_steps64,
                                 "grad_max_rel_err_f32": gmax_rel,
                                 "steps_max_rel_err_f32": max_step_rel(full_steps, full_steps64)}},
            "logits_row": "micro_batches[0].ids[0]"}
    summary[name].update({"loss": L, "loss_f64": L64, "full_last_loss": full_steps[-1]["loss"],
                          "full_rel_f32_f64": meta["full"]["float64"]["steps_max_rel_err_f32"]})

    # ---- D/E: LoRA through PEFT
    if peft is None:
        meta["lora"] = {"skipped": "peft not installed"}
    else:
        try:
            ld = os.path.join(d, "lora_init")
            lcfg = LoraConfig(r=4, lora_alpha=8, target_modules=LORA_TARGETS, lora_dropout=0.0, bias="none",
                              task_type="CAUSAL_LM", use_rslora=(name == "qwen3"))
            pm = get_peft_model(load(md), lcfg)
            pm.eval()
            gen = torch.Generator().manual_seed(seed + 2)
            with torch.no_grad():
                for n_, p in pm.named_parameters():
                    if "lora_B" in n_:
                        p.copy_(0.1 * torch.randn(p.shape, generator=gen))
            pm.peft_config["default"].base_model_name_or_path = "model"
            pm.save_pretrained(ld)
            for f in os.listdir(ld):
                if f not in ("adapter_config.json", "adapter_model.safetensors"):
                    os.remove(os.path.join(ld, f))
            asaved = safetensors.torch.load_file(os.path.join(ld, "adapter_model.safetensors"))
            lnamed = [(n_, p) for n_, p in pm.named_parameters() if p.requires_grad]
            key = lambda n_: re.sub(r"\.default(?=\.weight$)", "", n_)
            assert sorted(key(n_) for n_, _ in lnamed) == sorted(asaved), (name, sorted(asaved)[:4], lnamed[0][0])
            for n_, p in lnamed:
                assert torch.equal(asaved[key(n_)], p.detach()), n_
            LL, lces = accumulate(pm, batches)
            lgrads = {key(n_): p.grad.detach().clone().contiguous() for n_, p in lnamed}
            safetensors.torch.save_file(lgrads, os.path.join(d, "lora_grads.safetensors"))
            lg32n = math.sqrt(sum(float((g.double() ** 2).sum()) for g in lgrads.values()))
            scaling = pm.base_model.model.model.layers[0].self_attn.q_proj.scaling["default"]
            # training starts from the saved adapter, reloaded on a fresh base
            def reload(dtype):
                m = PeftModel.from_pretrained(load(md, dtype), ld, is_trainable=True)
                m = m.to(dtype).eval()
                return m, [(n_, p) for n_, p in m.named_parameters() if p.requires_grad]
            tm, tnamed = reload(torch.float32)
            assert len(tnamed) == len(asaved), (len(tnamed), len(asaved))
            lora_steps = train(tnamed, tm, batches)
            assert rel(lora_steps[0]["loss"], LL) < 1e-6, (LL, lora_steps[0]["loss"])
            safetensors.torch.save_file({key(n_): p.detach().contiguous() for n_, p in tnamed},
                                        os.path.join(d, "lora_final.safetensors"))
            tm64, tnamed64 = reload(torch.float64)
            lora_steps64 = train(tnamed64, tm64, batches)
            # E: inference through PEFT on a fresh base
            em = PeftModel.from_pretrained(load(md), ld).eval()
            with torch.no_grad():
                plog = em(input_ids=batches[0][0][:1]).logits[0]
            assert float((plog - base_logits).abs().max()) > 1e-4
            write_f32(os.path.join(d, "peft_logits.f32"), plog)
            meta["lora"] = {"loss": LL, "ce_sums": lces, "grad_norm": lg32n, "scaling": float(scaling),
                            "r": 4, "lora_alpha": 8, "use_rslora": name == "qwen3", "target_modules": LORA_TARGETS,
                            "lora_B_init": "0.1*randn", "steps": lora_steps,
                            "float64": {"steps": lora_steps64,
                                        "steps_max_rel_err_f32": max_step_rel(lora_steps, lora_steps64)}}
            summary[name].update(lora_loss=LL, lora_last=lora_steps[-1]["loss"], lora_scaling=float(scaling),
                                 lora_rel_f32_f64=meta["lora"]["float64"]["steps_max_rel_err_f32"])
        except Exception as e:   # noqa: BLE001
            import traceback; traceback.print_exc()
            meta["lora"] = {"skipped": f"{type(e).__name__}: {e}"}
            for f in ("lora_init", "lora_grads.safetensors", "lora_final.safetensors", "peft_logits.f32"):
                p = os.path.join(d, f)
                shutil.rmtree(p) if os.path.isdir(p) else (os.path.exists(p) and os.remove(p))
            summary[name]["lora_skipped"] = meta["lora"]["skipped"]
    json.dump(meta, open(os.path.join(d, "meta.json"), "w"), indent=1)
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)
    summary[name]["bytes"] = size
    print(name, json.dumps(summary[name]), flush=True)

for name, (mt, extra) in fixtures.items():
    summary[name] = {}
    try:
        do_case(name, mt, extra)
    except Exception as e:   # noqa: BLE001
        import traceback; traceback.print_exc()
        summary[name]["FAILED"] = f"{type(e).__name__}: {e}"
        print(name, "FAILED", e, flush=True)
json.dump({"versions": versions, "cases": summary}, open(os.path.join(out_root, "summary.json"), "w"), indent=1)
