#!/bin/sh
# test_train_cli.sh — `valkyr train` and `valkyr bench --train`
# (tools/valkyr_train.c) on the bundled model: options and their errors,
# log.jsonl, loss.svg, evaluation, LoRA and full fine-tuning outputs, a
# resumed run that equals a straight one bit for bit, Ctrl-C. Run from the
# repository root by tests/run.sh (with $BUILD set); prints "ok   name" /
# "FAIL name" / "skip name: why" per check and ends with
# "#vt passed N failed N skipped N". Training steps of stories260k take
# milliseconds: the whole script runs in seconds.

BUILD=${BUILD:-build}
BIN=$BUILD/valkyr
[ -x "$BIN" ] || BIN=./valkyr
MODEL=models/stories260k
passed=0 failed=0 skipped=0
tmp=${TMPDIR:-/tmp}/vkr_test_train_cli_$$
out=$tmp/stdout
err=$tmp/stderr

ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; shift; for l in "$@"; do echo "  $l"; done; failed=$((failed + 1)); }
skip() { echo "skip $1: $2"; skipped=$((skipped + 1)); }
run()  { "$@" > "$out" 2> "$err"; rc=$?; }
has()  { grep -F -q -- "$2" "$1"; }
show() { echo "  status $rc; stdout: $(head -n 12 "$out" | tr '\n' '|')"; echo "  stderr: $(head -n 8 "$err" | tr '\n' '|')"; }
if command -v python3 > /dev/null 2>&1; then have_python=1; else have_python=0; fi
# svg_points SVG: "TRAIN EVAL" — the train polyline's points and the eval dots, after checking the XML parses
svg_points() {
    python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
root = E.parse(sys.argv[1]).getroot()
assert root.tag == ns + "svg"
train = [p for p in root.iter(ns + "polyline") if p.get("id") == "train"][0]
texts = "".join(t.text or "" for t in root.iter(ns + "text"))
assert "step" in texts and "loss" in texts and "train loss" in texts
ev = [g for g in root.iter(ns + "g") if g.get("id") == "eval"]
print(len(train.get("points").split()), len(list(ev[0].iter(ns + "circle"))) if ev else 0)
PY
}
# losses LOG: step, loss, lr and grad_norm of each line (tok_s is a timing)
losses() { sed 's/,"tok_s":[^,}]*//' "$1"; }

if [ ! -x "$BIN" ]; then
    fail train_cli_binary "$BIN is missing (run make)"
    echo "#vt passed $passed failed $failed skipped $skipped"
    exit 1
fi
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
# ~4 KB of TinyStories (tests/data/text/README.md: provenance, CDLA-Sharing-1.0)
head -c 4000 tests/data/text/tinystories_200k.txt > "$tmp/train.txt"
tail -c 2000 tests/data/text/tinystories_200k.txt > "$tmp/eval.txt"
# the same stories as JSONL {"text"} lines, one per paragraph
awk 'BEGIN { RS = "" } { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\n/, " "); printf "{\"text\": \"%s\"}\n", $0 }' "$tmp/train.txt" > "$tmp/train.jsonl"

# ---- help and option errors ---------------------------------------------------------

run "$BIN" train --help
missing=""
for f in --data --out --lora --alpha --targets --lr --schedule --warmup --steps --epochs --batch --seq --accum --clip \
         --eval-every --save-every --seed --backend --wd --betas --eps --optimizer --momentum --lora-dropout --rslora \
         --lora-plus --precision --eval-data --eval-split --init-lora --resume --layout --threads --quiet --plot; do
    has "$out" "$f" || missing="$missing $f"
done
if [ $rc -eq 0 ] && [ -z "$missing" ] && has "$out" "default 2e-4" && [ ! -s "$err" ]; then ok train_help_lists_every_flag; else fail train_help_lists_every_flag "missing:$missing" "$(show)"; fi
run "$BIN" help train
if [ $rc -eq 0 ] && has "$out" "usage: valkyr train"; then ok train_help_command; else fail train_help_command "$(show)"; fi
run "$BIN" help
if has "$out" "train MODEL"; then ok train_in_main_help; else fail train_in_main_help "$(show)"; fi

# usage_error NAME TEXT ARGS...: exit status 2, TEXT on stderr, nothing on stdout
usage_error() {
    name=$1 text=$2; shift 2
    run "$BIN" train "$@"
    if [ $rc -eq 2 ] && has "$err" "$text" && [ ! -s "$out" ]; then ok "$name"; else fail "$name" "$(show)"; fi
}
usage_error train_needs_data "usage" $MODEL --out "$tmp/x"
usage_error train_needs_out "--out DIR is required" $MODEL --data "$tmp/train.txt"
usage_error train_unknown_option "--frob" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --frob
usage_error train_bad_schedule "cosine, linear or constant" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --schedule step
usage_error train_bad_number "not 'fast'" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --lr fast
usage_error train_bad_targets "not 'q,x'" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --lora 4 --targets q,x
usage_error train_bad_betas "--betas" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --betas 0.9
usage_error train_steps_and_epochs "not both" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --steps 2 --epochs 1
usage_error train_vulkan_not_yet "the GPU trainer is not implemented yet" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --backend vulkan
usage_error train_value_missing "--steps needs a value" $MODEL --data "$tmp/train.txt" --out "$tmp/x" --steps

# ---- the loss chart from a log (no training) -----------------------------------------

mkdir -p "$tmp/plot"
for i in 1 2 3 4 5 6 7 8; do
    if [ $i -eq 4 ] || [ $i -eq 8 ]; then e=",\"eval_loss\":$((9 - i)).25,\"eval_ppl\":1"; else e=""; fi
    echo "{\"step\":$i,\"loss\":$((10 - i)).5,\"lr\":0.0002,\"grad_norm\":1,\"tok_s\":100$e}" >> "$tmp/plot/log.jsonl"
done
run "$BIN" train --plot "$tmp/plot"
if [ $rc -eq 0 ] && has "$out" "8 steps, 2 evaluations" && has "$tmp/plot/loss.svg" "</svg>"; then ok train_plot; else fail train_plot "$(show)"; fi
if [ $have_python -eq 1 ]; then
    pts=$(svg_points "$tmp/plot/loss.svg" 2>&1)
    if [ "$pts" = "8 2" ]; then ok train_plot_svg_points; else fail train_plot_svg_points "svg: $pts"; fi
else skip train_plot_svg_points "python3 not installed"; fi
run "$BIN" train --plot "$tmp/nowhere"
if [ $rc -eq 1 ] && has "$err" "no steps to plot"; then ok train_plot_no_log; else fail train_plot_no_log "$(show)"; fi

# ---- LoRA: log, eval, chart, adapter --------------------------------------------------

run "$BIN" train $MODEL --data "$tmp/train.txt" --out "$tmp/lora" --lora 4 --seq 64 --steps 10 --eval-data "$tmp/eval.txt" \
    --eval-every 5 --lr 1e-2 --quiet
if [ $rc -eq 0 ] && [ -f "$tmp/lora/adapter_model.safetensors" ] && [ -f "$tmp/lora/adapter_config.json" ] && [ -f "$tmp/lora/loss.svg" ] &&
   [ "$(wc -l < "$tmp/lora/log.jsonl")" -eq 10 ] && has "$out" "valkyr gen $MODEL --lora $tmp/lora" && [ ! -s "$err" ]; then
    ok train_lora; else fail train_lora "$(show)"; fi
if has "$out" "windows of 64 tokens" && has "$out" "bad lines" && has "$out" "eval      step 5: loss" && has "$out" "eval      step 10: loss"; then
    ok train_lora_prints_data_and_eval; else fail train_lora_prints_data_and_eval "$(show)"; fi
# every line has the fields; eval_loss and eval_ppl = exp(eval_loss) only at steps 5 and 10
if [ $have_python -eq 1 ]; then
    if python3 - "$tmp/lora/log.jsonl" <<'PY'
import sys, json, math
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["step"] for r in rows] == list(range(1, 11))
for r in rows:
    assert all(k in r for k in ("loss", "lr", "grad_norm", "tok_s")) and r["loss"] > 0 and r["tok_s"] > 0
    assert ("eval_loss" in r) == (r["step"] in (5, 10))
    if "eval_loss" in r: assert abs(r["eval_ppl"] - math.exp(r["eval_loss"])) < 1e-9 * r["eval_ppl"]
PY
    then ok train_log_jsonl; else fail train_log_jsonl "$(head -n 3 "$tmp/lora/log.jsonl")"; fi
    pts=$(svg_points "$tmp/lora/loss.svg" 2>&1)
    if [ "$pts" = "10 2" ]; then ok train_loss_svg; else fail train_loss_svg "svg: $pts"; fi
else skip train_log_jsonl "python3 not installed"; skip train_loss_svg "python3 not installed"; fi

# the same data as JSONL, packed or padded, with an eval split
run "$BIN" train $MODEL --data "$tmp/train.jsonl" --out "$tmp/jsonl" --lora 2 --targets q,k,v,o --seq 32 --layout pad \
    --eval-split 0.2 --steps 3 --quiet
if [ $rc -eq 0 ] && [ -f "$tmp/jsonl/adapter_model.safetensors" ] && has "$out" "held out (--eval-split 0.2)" &&
   has "$out" "eval      step 3: loss"; then ok train_jsonl_pad_eval_split; else fail train_jsonl_pad_eval_split "$(show)"; fi

# ---- full fine-tuning: a model directory that generates -------------------------------

run "$BIN" train $MODEL --data "$tmp/train.txt" --out "$tmp/full" --seq 64 --steps 3 --quiet
if [ $rc -eq 0 ] && [ -f "$tmp/full/model.safetensors" ] && [ -f "$tmp/full/config.json" ] && has "$out" "valkyr gen $tmp/full"; then
    ok train_full; else fail train_full "$(show)"; fi
run "$BIN" gen "$tmp/full" "Once upon a time" -n 8 --temp 0 --backend cpu
if [ $rc -eq 0 ] && [ -s "$out" ]; then ok train_full_generates; else fail train_full_generates "$(show)"; fi

# ---- resume: 10 straight steps == 5, resume, 5 (bit for bit) ---------------------------
# 4 windows a step (batch 2, accum 2) over ~15 windows: the run crosses epochs

common="$MODEL --data $tmp/train.txt --lora 4 --seq 64 --batch 2 --accum 2 --steps 10 --lr 1e-2 --lora-dropout 0.1 --seed 7 --quiet"
run "$BIN" train $common --out "$tmp/straight"
rc1=$rc
run "$BIN" train $common --out "$tmp/halves" --save-every 5
losses "$tmp/straight/log.jsonl" > "$tmp/straight.losses"
losses "$tmp/halves/log.jsonl" > "$tmp/halves.losses"
if [ $rc1 -eq 0 ] && [ $rc -eq 0 ] && [ -d "$tmp/halves/checkpoint-5" ] && [ -d "$tmp/halves/checkpoint-10" ] && cmp -s "$tmp/straight.losses" "$tmp/halves.losses" &&
   cmp -s "$tmp/straight/adapter_model.safetensors" "$tmp/halves/adapter_model.safetensors"; then ok train_checkpoints_change_nothing; else
    fail train_checkpoints_change_nothing "$(show)"; fi
# resume from step 5 into the same directory: lines after step 5 are dropped, then rewritten
rm -f "$tmp/halves/adapter_model.safetensors"
run "$BIN" train $MODEL --data "$tmp/train.txt" --lora 4 --lr 1e-2 --lora-dropout 0.1 --quiet --resume "$tmp/halves/checkpoint-5"
losses "$tmp/halves/log.jsonl" > "$tmp/resumed.losses"
if [ $rc -eq 0 ] && has "$out" "resume    from $tmp/halves/checkpoint-5: step 5" && cmp -s "$tmp/straight.losses" "$tmp/resumed.losses" &&
   cmp -s "$tmp/straight/adapter_model.safetensors" "$tmp/halves/adapter_model.safetensors"; then ok train_resume_bit_for_bit; else
    fail train_resume_bit_for_bit "$(show)" "straight: $(tr '\n' '|' < "$tmp/straight.losses" | head -c 400)" "resumed:  $(tr '\n' '|' < "$tmp/resumed.losses" | head -c 400)"; fi
run "$BIN" train $MODEL --data "$tmp/train.txt" --lora 4 --batch 3 --quiet --resume "$tmp/halves/checkpoint-5"
if [ $rc -eq 2 ] && has "$err" "--batch 3, but the checkpoint was made with 2"; then ok train_resume_other_batch; else fail train_resume_other_batch "$(show)"; fi
run "$BIN" train $MODEL --data "$tmp/train.txt" --lora 4 --steps 20 --quiet --resume "$tmp/halves/checkpoint-5"
if [ $rc -eq 2 ] && has "$err" "that makes 20 steps, but the checkpoint's run has 10"; then ok train_resume_other_steps; else fail train_resume_other_steps "$(show)"; fi
run "$BIN" train $MODEL --data "$tmp/train.txt" --quiet --resume "$tmp/nowhere/checkpoint-5"
if [ $rc -eq 1 ] && has "$err" "not a checkpoint of valkyr train"; then ok train_resume_missing; else fail train_resume_missing "$(show)"; fi

# ---- Ctrl-C: a checkpoint and the output, status 130 ----------------------------------

"$BIN" train $MODEL --data "$tmp/train.txt" --out "$tmp/int" --lora 4 --seq 64 --steps 1000000 --quiet > "$out" 2> "$err" &
pid=$!
n=0
while [ ! -s "$tmp/int/log.jsonl" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
kill -INT $pid
wait $pid
rc=$?
if [ $rc -eq 130 ] && has "$out" "(Ctrl-C); checkpoint $tmp/int/checkpoint-" && ls -d "$tmp"/int/checkpoint-* > /dev/null 2>&1 &&
   [ -f "$tmp/int/adapter_model.safetensors" ] && [ -f "$tmp/int/loss.svg" ]; then ok train_ctrl_c; else fail train_ctrl_c "$(show)"; fi

# ---- bench --train -----------------------------------------------------------------

run "$BIN" bench --train $MODEL --seq 32 --steps 2 --lora 4 --json
if [ $rc -eq 0 ] && has "$out" '"ms_per_step"' && has "$out" '"lora"' && has "$out" '"full"' && has "$out" '"peak_rss_bytes"'; then
    ok bench_train_json; else fail bench_train_json "$(show)"; fi
if [ $have_python -eq 1 ]; then
    if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["lora"]["tok_s"] > 0 and d["full"]["ms_per_step"] > 0 and d["lora"]["trainable"] < d["full"]["trainable"] == 260032' "$out"; then
        ok bench_train_numbers; else fail bench_train_numbers "$(show)"; fi
else skip bench_train_numbers "python3 not installed"; fi
run "$BIN" bench --train $MODEL --seq 32 --steps 1
if [ $rc -eq 0 ] && has "$out" "ms/step" && has "$out" "lora r=8" && has "$out" "peak memory"; then ok bench_train_text; else fail bench_train_text "$(show)"; fi

echo "#vt passed $passed failed $failed skipped $skipped"
[ $failed -eq 0 ]
