#!/bin/sh
# test_serve.sh — `valkyr serve` end to end on the bundled model: the
# official openai npm client (tests/serve/openai_test.mjs, installed from the
# npm registry into $BUILD/node, never committed) and raw-socket tests of
# malformed and hostile requests (tests/serve/raw_test.py), then a clean
# shutdown. Run from the repository root by tests/run.sh (with $BUILD set);
# uses $BUILD/valkyr (the ASan build under make test-asan), else ./valkyr.
# Prints "ok   name" / "FAIL name" / "skip name: why" per check and ends with
# "#vt passed N failed N skipped N". The openai part is skipped (visibly)
# when node or npm is missing or the registry cannot be reached.

BUILD=${BUILD:-build}
BIN=$BUILD/valkyr
[ -x "$BIN" ] || BIN=./valkyr
MODEL=models/stories260k
KEY=sk-valkyr-test
passed=0 failed=0 skipped=0
tmp=${TMPDIR:-/tmp}/vkr_test_serve_$$
log=$tmp/server.log
pid=

ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; shift; for l in "$@"; do echo "  $l"; done; failed=$((failed + 1)); }
skip() { echo "skip $1: $2"; skipped=$((skipped + 1)); }
finish() {
    [ -n "$pid" ] && kill -KILL "$pid" 2> /dev/null
    rm -rf "$tmp"
    echo "#vt passed $passed failed $failed skipped $skipped"
    [ $failed -eq 0 ]
    exit
}
# tally FILE: adds up the ok/FAIL/skip lines a sub-test printed (and shows them)
tally() {
    cat "$1"
    passed=$((passed + $(grep -c '^ok ' "$1")))
    failed=$((failed + $(grep -c '^FAIL ' "$1")))
    skipped=$((skipped + $(grep -c '^skip ' "$1")))
}

if [ ! -x "$BIN" ]; then fail serve_binary "$BIN is missing (run make)"; finish; fi
mkdir -p "$tmp" || exit 1
trap 'finish' INT TERM

# ---- the command line ------------------------------------------------------------

"$BIN" serve --help > "$tmp/out" 2>&1
if [ $? -eq 0 ] && grep -q 'usage: valkyr serve' "$tmp/out" && grep -q -- '--api-key' "$tmp/out"; then ok serve_help; else fail serve_help "$(head -3 "$tmp/out")"; fi
"$BIN" help serve > "$tmp/out" 2>&1
if [ $? -eq 0 ] && grep -q 'usage: valkyr serve' "$tmp/out"; then ok serve_help_command; else fail serve_help_command; fi
"$BIN" serve "$MODEL" --port 99999 > "$tmp/out" 2>&1
if [ $? -eq 2 ] && grep -q -- '--port' "$tmp/out"; then ok serve_bad_option; else fail serve_bad_option "$(head -3 "$tmp/out")"; fi
"$BIN" serve models/no-such-model --port 0 > "$tmp/out" 2>&1
if [ $? -eq 1 ] && [ -s "$tmp/out" ]; then ok serve_missing_model; else fail serve_missing_model "$(head -3 "$tmp/out")"; fi

# ---- start the server on a free port ----------------------------------------------

# The default thread count: the pool must stay fast on a busy 2-core machine
# (make -j, ASan, the 12 streams below), where threads outnumber free cores.
# --backend cpu: the server, not the GPU, is under test here; and probing for
# a GPU loads the machine's Vulkan drivers, whose own allocations (lavapipe
# keeps one it never frees) would trip LeakSanitizer under make test-asan.
"$BIN" serve "$MODEL" --port 0 --backend cpu --api-key "$KEY" --head-timeout 2 --idle-timeout 2 --max-conn 32 --queue 8 \
    --max-body 1048576 > "$tmp/stdout" 2> "$log" &
pid=$!
port=
i=0
while [ $i -lt 300 ]; do   # up to 30 s (the ASan build starts slower)
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
    [ -n "$port" ] && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.1
    i=$((i + 1))
done
if [ -z "$port" ]; then fail serve_start "the server did not start" "$(cat "$log")"; pid=; finish; fi
ok serve_start
if grep -q 'no chat template' "$log"; then ok serve_warns_generic_template; else fail serve_warns_generic_template "$(cat "$log")"; fi

# ---- the openai client -------------------------------------------------------------

node_dir=$BUILD/node
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
    skip openai_client "node or npm is not installed (apt-get install nodejs npm)"
else
    mkdir -p "$node_dir"
    [ -f "$node_dir/package.json" ] || echo '{"private": true}' > "$node_dir/package.json"
    # openai@4: the newest major that still runs on Debian 12's node 18 (5 and
    # later want node 20 or 22); bounded in time when the registry is unreachable
    limit=; command -v timeout > /dev/null 2>&1 && limit="timeout 300"
    if [ ! -f "$node_dir/node_modules/openai/package.json" ] &&
       ! (cd "$node_dir" && $limit npm install --no-audit --no-fund --loglevel=error --fetch-retries=1 \
          --fetch-timeout=60000 openai@4) > "$tmp/npm.log" 2>&1; then
        skip openai_client "npm install openai failed (no registry?): $(tail -n 2 "$tmp/npm.log" | tr '\n' ' ')"
    else
        cp tests/serve/openai_test.mjs "$node_dir/openai_test.mjs"
        VKR_URL="http://127.0.0.1:$port/v1" VKR_KEY=$KEY VKR_MODEL_ID=stories260k VKR_BIN=$BIN VKR_MODEL_DIR=$MODEL \
            node "$node_dir/openai_test.mjs" > "$tmp/node.out" 2>&1
        rc=$?
        tally "$tmp/node.out"
        if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$tmp/node.out"; then fail openai_client "node exited with $rc"; fi
    fi
fi

# ---- raw sockets ----------------------------------------------------------------------

if command -v python3 > /dev/null 2>&1; then
    python3 tests/serve/raw_test.py "$port" "$KEY" stories260k > "$tmp/raw.out" 2>&1
    rc=$?
    tally "$tmp/raw.out"
    if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$tmp/raw.out"; then fail raw_sockets "python3 exited with $rc"; fi
else
    skip raw_sockets "python3 is not installed"
fi

# ---- the access log, and a clean shutdown ------------------------------------------------

if grep -q '"POST /v1/chat/completions" 200 [0-9]*+[0-9]* tok' "$log"; then ok serve_access_log; else fail serve_access_log "$(tail -5 "$log")"; fi
if grep -q '"POST /v1/chat/completions" 499 ' "$log"; then ok serve_cancel_logged; else fail serve_cancel_logged "no 499 (a client that left) in the log"; fi
# SIGTERM while streams run: every client still gets a well-formed answer
shutdown_clients=
if command -v python3 > /dev/null 2>&1; then
    python3 tests/serve/raw_test.py "$port" "$KEY" stories260k --during-shutdown "$tmp/ready" > "$tmp/down.out" 2>&1 &
    shutdown_clients=$!
    i=0
    while [ ! -f "$tmp/ready" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
fi
kill -TERM "$pid"
if [ -n "$shutdown_clients" ]; then
    wait "$shutdown_clients"
    rc=$?
    tally "$tmp/down.out"
    if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$tmp/down.out"; then fail serve_streams_during_shutdown "python3 exited with $rc"; fi
fi
i=0
while kill -0 "$pid" 2> /dev/null && [ $i -lt 150 ]; do sleep 0.1; i=$((i + 1)); done
if kill -0 "$pid" 2> /dev/null; then
    fail serve_shutdown "still running 15 s after SIGTERM"
else
    wait "$pid"
    rc=$?
    pid=
    if [ $rc -eq 0 ] && grep -q 'valkyr serve: stopped' "$log" && ! grep -q -E 'Sanitizer|runtime error' "$log"; then
        ok serve_shutdown
    else
        fail serve_shutdown "exit status $rc" "$(grep -E 'Sanitizer|runtime error|stopped|SUMMARY' "$log" | head -10)"
    fi
fi
# ---- the end-of-sequence token ends an answer -------------------------------------------
# stories260K never emits its EOS id (2), so a copy of it names "." (id 426) as
# EOS in generation_config.json: answers then end at the first full stop, with
# finish_reason "stop", the "." left out of the text and of completion_tokens,
# streamed and not.
if command -v python3 > /dev/null 2>&1; then
    mkdir -p "$tmp/eosmodel"
    for f in "$MODEL"/*; do ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tmp/eosmodel/"; done
    rm "$tmp/eosmodel/generation_config.json"
    echo '{"bos_token_id": 1, "eos_token_id": 426}' > "$tmp/eosmodel/generation_config.json"
    "$BIN" serve "$tmp/eosmodel" --port 0 --backend cpu --model-id eos --quiet > /dev/null 2> "$tmp/eos.log" &
    pid=$!
    port=
    i=0
    while [ $i -lt 300 ] && [ -z "$port" ]; do
        port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/eos.log")
        kill -0 "$pid" 2> /dev/null || break
        [ -z "$port" ] && sleep 0.1
        i=$((i + 1))
    done
    if [ -z "$port" ]; then
        fail serve_eos_stop "the server did not start" "$(cat "$tmp/eos.log")"
    else
        python3 - "$port" > "$tmp/eos.out" 2>&1 <<'PY'
import json, sys, urllib.request
port = sys.argv[1]
def post(body):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/chat/completions", json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    return urllib.request.urlopen(req, timeout=60).read().decode()
body = {"model": "eos", "messages": [{"role": "user", "content": "Once upon a time"}], "max_tokens": 200, "temperature": 0}
r = json.loads(post(body))
text, fin, usage = r["choices"][0]["message"]["content"], r["choices"][0]["finish_reason"], r["usage"]
ok = fin == "stop" and "." not in text and 0 < usage["completion_tokens"] < 200 and text
print(("ok   " if ok else "FAIL ") + "serve_eos_stop" + ("" if ok else f": {fin!r} {text!r} {usage}"))
body["stream"] = True
body["stream_options"] = {"include_usage": True}
events = [l[6:] for l in post(body).splitlines() if l.startswith("data: ")]
chunks = [json.loads(e) for e in events if e != "[DONE]"]
stext = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
sfin = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
susage = [c["usage"] for c in chunks if c.get("usage")]
counts = lambda u: (u["prompt_tokens"], u["completion_tokens"], u["total_tokens"])   # cached_tokens differ: the KV cache is warm now
ok = stext == text and sfin == ["stop"] and susage and counts(susage[-1]) == counts(usage) and events[-1] == "[DONE]"
print(("ok   " if ok else "FAIL ") + "serve_eos_stop_stream" + ("" if ok else f": {sfin} {stext!r} {susage}"))
PY
        tally "$tmp/eos.out"
    fi
    kill -TERM "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    pid=
else
    skip serve_eos_stop "python3 is not installed"
fi
finish
