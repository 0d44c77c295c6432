"""raw_test.py — malformed and hostile requests against `valkyr serve`, on
raw sockets. Run by tests/test_serve.sh: raw_test.py PORT KEY MODEL_ID, with
the server started with --head-timeout 2 --idle-timeout 2 --max-conn 32
--queue 8 --max-body 1048576; and with --during-shutdown READY_FILE (below).
Prints "ok   name" or "FAIL name" per check; exits 1 on any failure."""
import json
import socket
import sys
import threading
import time

PORT, KEY, MODEL = int(sys.argv[1]), sys.argv[2], sys.argv[3]
failed = 0


def check(name, cond, detail=""):
    global failed
    if cond:
        print("ok   " + name)
    else:
        failed += 1
        print("FAIL " + name)
        if detail:
            print("  " + str(detail)[:400])


def connect(timeout=10):
    s = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


class Reader:
    """Reads HTTP/1.1 responses from a socket: Content-Length, chunked or to the close."""

    def __init__(self, sock):
        self.s, self.buf = sock, b""

    def fill(self):
        d = self.s.recv(65536)
        if not d:
            raise EOFError("closed")
        self.buf += d

    def line(self):
        while b"\r\n" not in self.buf:
            self.fill()
        ln, self.buf = self.buf.split(b"\r\n", 1)
        return ln

    def take(self, n):
        while len(self.buf) < n:
            self.fill()
        d, self.buf = self.buf[:n], self.buf[n:]
        return d

    def response(self):
        """(status, headers dict with lower-case names, body bytes)"""
        status_line = self.line()
        status = int(status_line.split()[1])
        headers = {}
        while True:
            ln = self.line()
            if not ln:
                break
            k, v = ln.split(b":", 1)
            headers[k.decode().strip().lower()] = v.decode().strip()
        if status == 100:
            return status, headers, b""
        if headers.get("transfer-encoding") == "chunked":
            body = b""
            while True:
                size = int(self.line().split(b";")[0], 16)
                if size == 0:
                    self.line()
                    break
                body += self.take(size)
                self.take(2)
        elif "content-length" in headers:
            body = self.take(int(headers["content-length"]))
        else:
            try:
                while True:
                    self.fill()
            except EOFError:
                pass
            body, self.buf = self.buf, b""
        return status, headers, body


def closed(sock, wait=5):
    """True when the server closes the connection (EOF or reset) within `wait` s."""
    sock.settimeout(wait)
    try:
        while sock.recv(65536):
            pass
        return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except socket.timeout:
        return False


def request(raw, timeout=10):
    s = connect(timeout)
    s.sendall(raw)
    r = Reader(s)
    try:
        return r.response() + (s,)
    except (EOFError, ConnectionResetError) as e:
        return (None, {}, str(e).encode(), s)


def post(path, body, key=KEY, extra="", timeout=10):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return request(("POST %s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\n"
                    "Content-Length: %d\r\n%s\r\n" % (path, key, len(data), extra)).encode() + data, timeout)


def healthy():
    st, _, body, s = request(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
    s.close()
    return st == 200 and json.loads(body)["status"] == "ok"


def error_of(body):
    try:
        e = json.loads(body)["error"]
        return e if set(e) == {"message", "type", "param", "code"} else None
    except Exception:
        return None


# ---- mode --during-shutdown READY_FILE: streams that SIGTERM interrupts ---------
# Starts 12 streaming requests, touches READY_FILE once the first event has
# arrived (the shell then sends SIGTERM), and checks that every client still
# gets a well-formed answer: a stream ending in [DONE] (an error event may
# come first), or 503 (queue full, or shutting down).

if len(sys.argv) > 5 and sys.argv[4] == "--during-shutdown":
    answers, started = [], threading.Event()

    def client(i):
        try:
            s = connect(60)
            req = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "Story %d" % i}], "max_tokens": 450,
                              "stream": True}).encode()
            s.sendall(("POST /v1/chat/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n"
                       % (KEY, len(req))).encode() + req)
            r = Reader(s)
            r.fill()
            started.set()
            answers.append(r.response()[:3:2])
            s.close()
        except Exception as e:
            answers.append((None, str(e).encode()))

    ths = [threading.Thread(target=client, args=(i,)) for i in range(12)]
    for t in ths:
        t.start()
    started.wait(60)
    open(sys.argv[5], "w").close()
    for t in ths:
        t.join()
    good = [st == 200 and body.rstrip().endswith(b"data: [DONE]") or
            st == 503 and error_of(body) and error_of(body)["code"] in ("queue_full", "shutting_down") for st, body in answers]
    check("serve_streams_during_shutdown", len(answers) == 12 and all(good), [(st, body[-80:]) for st, body in answers])
    sys.exit(1 if failed else 0)

# ---- malformed requests: the right status, then the connection closes ----------

for name, raw, want in [
    ("garbage", b"HELLO THERE\r\n\r\n", 400),
    ("binary", bytes(range(1, 200)) + b"\r\n\r\n", 400),
    ("tls_hello", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64 + b"\r\n\r\n", 400),
    ("http2_preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505),
    ("header_folding", b"GET /health HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n", 400),
    ("bad_content_length", b"POST /v1/completions HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 400),
    ("smuggling", b"POST /v1/completions HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
    ("transfer_encoding_gzip", b"POST /v1/completions HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
    ("huge_header", b"GET /health HTTP/1.1\r\nX-Big: " + b"a" * 40000 + b"\r\n\r\n", 431),
    ("many_headers", b"GET /health HTTP/1.1\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(200)) + b"\r\n", 431),
]:
    st, _, body, s = request(raw)
    check("raw_" + name, st == want and error_of(body) is not None and closed(s), (st, body[:200]))
    s.close()

# a body over --max-body (1 MiB in the test), announced but never sent: 413 at once
st, _, body, s = request(("POST /v1/chat/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nContent-Length: 100000000\r\n\r\n" % KEY).encode())
check("raw_body_too_large", st == 413 and error_of(body) and error_of(body)["code"] == "request_too_large" and closed(s), (st, body))
s.close()
big = b'{"model": "%s", "prompt": "' % MODEL.encode() + b"a" * (2 << 20) + b'"}'
try:
    st, _, body, s = post("/v1/completions", big)
    s.close()
except (ConnectionResetError, BrokenPipeError):
    st = 413   # the server may close before it took the whole body; the status came first
check("raw_body_too_large_sent", st == 413, st)
st, _, body, s = post("/v1/chat/completions", b'{"model": "x", "messages": [')
check("raw_bad_json", st == 400 and error_of(body) and error_of(body)["param"] is None, (st, body))
s.close()
st, _, body, s = post("/v1/chat/completions", {"model": MODEL, "messages": [{"role": ["user"], "content": "hi"}]})
check("raw_role_not_string", st == 400 and error_of(body)["param"] == "messages[0].role", (st, body))
s.close()

# ---- routes, methods, keys ------------------------------------------------------

st, _, body, s = request(b"GET /v2/nothing HTTP/1.1\r\nHost: x\r\n\r\n")
check("raw_unknown_route", st == 404 and error_of(body) and error_of(body)["code"] == "unknown_url", (st, body))
s.close()
st, h, body, s = request(b"GET /v1/chat/completions HTTP/1.1\r\nHost: x\r\n\r\n")
check("raw_wrong_method", st == 405 and h.get("allow") == "POST" and error_of(body), (st, h, body))
s.close()
st, h, body, s = request(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
check("raw_no_key", st == 401 and error_of(body)["code"] == "invalid_api_key" and "www-authenticate" in h, (st, body))
s.close()
st, _, body, s = request(b"GET /v1/models HTTP/1.1\r\nAuthorization: Bearer wrong\r\n\r\n")
check("raw_wrong_key", st == 401 and error_of(body)["code"] == "invalid_api_key", (st, body))
s.close()
st, _, body, s = request(("GET /v1/models HTTP/1.1\r\nAuthorization: bearer %s\r\n\r\n" % KEY).encode())
check("raw_key_scheme_any_case", st == 200 and json.loads(body)["data"][0]["id"] == MODEL, (st, body))
s.close()
s = connect()
s.sendall(b"HEAD /health HTTP/1.1\r\n\r\n")
time.sleep(0.3)
s.settimeout(1)
head = s.recv(65536)
check("raw_head", head.startswith(b"HTTP/1.1 200") and head.endswith(b"\r\n\r\n") and b"Content-Length:" in head, head)
s.close()

# ---- keep-alive, pipelining, HTTP/1.0, chunked, 100-continue --------------------

s = connect()
r = Reader(s)
ok = True
for i in range(3):
    s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
    st, h, body = r.response()
    ok = ok and st == 200 and h.get("connection") == "keep-alive"
check("raw_keep_alive", ok)
s.sendall(("POST /v1/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nContent-Length: 60\r\n\r\n" % KEY).encode() +
          json.dumps({"model": MODEL, "prompt": "Once", "max_tokens": 3}).encode().ljust(60) +
          b"GET /health HTTP/1.1\r\n\r\nGET /nope HTTP/1.1\r\n\r\n")
a, b, c = r.response(), r.response(), r.response()
check("raw_pipelined", a[0] == 200 and json.loads(a[2])["usage"]["completion_tokens"] == 3 and b[0] == 200 and c[0] == 404,
      (a[0], b[0], c[0]))
s.close()

st, h, body, s = request(b"GET /health HTTP/1.0\r\n\r\n")
check("raw_http10_closes", st == 200 and h.get("connection") == "close" and closed(s), (st, h))
s.close()
st, h, body, s = request(b"GET /health HTTP/1.1\r\nConnection: close\r\n\r\n")
check("raw_connection_close", st == 200 and closed(s), (st, h))
s.close()

body = json.dumps({"model": MODEL, "prompt": [1, 403, 407], "max_tokens": 4, "temperature": 0}).encode()
chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 7]), body[i:i + 7]) for i in range(0, len(body), 7)) + b"0\r\n\r\n"
st, h, resp, s = request(("POST /v1/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nTransfer-Encoding: chunked\r\n\r\n" % KEY).encode() + chunked)
check("raw_chunked_request", st == 200 and {k: v for k, v in json.loads(resp)["usage"].items() if k != "prompt_tokens_details"} == {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}, (st, resp))
s.close()

s = connect()
s.sendall(("POST /v1/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n"
           % (KEY, len(body))).encode())
r = Reader(s)
first = r.response()
s.sendall(body)
second = r.response()
check("raw_expect_continue", first[0] == 100 and second[0] == 200, (first[0], second[0]))
s.close()

# HTTP/1.0 streaming: no chunked coding, the stream ends with the connection
s = connect()
s.sendall(("POST /v1/chat/completions HTTP/1.0\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n" % (KEY, len(json.dumps(
    {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 5, "stream": True})))).encode() +
    json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 5, "stream": True}).encode())
st, h, resp = Reader(s).response()
events = [ln[6:] for ln in resp.decode().split("\n") if ln.startswith("data: ")]
check("raw_http10_stream", st == 200 and "transfer-encoding" not in h and h.get("content-type") == "text/event-stream" and
      events[-1] == "[DONE]" and json.loads(events[-2])["choices"][0]["finish_reason"] == "length", (st, h, events[-2:]))
s.close()

# ---- slow and vanishing clients --------------------------------------------------

# a slow drip: a head that never ends gets 408 after --head-timeout (2 s), while others are served
s = connect()
t0 = time.time()
drip_status = []


def drip():
    try:
        for ch in b"GET /health HTTP/1.1\r\nX-Slow: " + b"a" * 100:
            s.send(bytes([ch]))
            time.sleep(0.1)
    except OSError:
        pass


th = threading.Thread(target=drip)
th.start()
time.sleep(0.3)
served_meanwhile = healthy()
try:
    s.settimeout(6)
    drip_status = Reader(s).response()
except Exception as e:
    drip_status = (None, str(e))
th.join()
check("raw_slow_drip_408", drip_status[0] == 408 and time.time() - t0 < 6, (drip_status, time.time() - t0))
check("raw_served_during_drip", served_meanwhile)
s.close()

# a silent connection is dropped after the head timeout
s = connect()
t0 = time.time()
check("raw_silent_dropped", closed(s, 6) and time.time() - t0 < 5)
s.close()
# a kept-alive connection is dropped after the idle timeout
s = connect()
s.sendall(b"GET /health HTTP/1.1\r\n\r\n")
Reader(s).response()
t0 = time.time()
check("raw_idle_dropped", closed(s, 6) and time.time() - t0 < 5)
s.close()

# early closes: in the head, in the body
for raw in [b"GET /health HT", ("POST /v1/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nContent-Length: 100\r\n\r\n{\"mo" % KEY).encode()]:
    s = connect()
    s.sendall(raw)
    s.close()
check("raw_early_close", healthy())

# a streaming client that leaves after the first event cancels its generation
s = connect()
req = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "Tell me a long story."}], "max_tokens": 450,
                  "stream": True, "temperature": 0}).encode()
s.sendall(("POST /v1/chat/completions HTTP/1.1\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n" % (KEY, len(req))).encode() + req)
r = Reader(s)
while b"data: " not in r.buf:
    r.fill()
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")   # close with a reset
s.close()
time.sleep(0.3)
check("raw_after_cancel", healthy())

# ---- connection cap, queue --------------------------------------------------------

# more idle connections than --max-conn (32): the extra ones get 503 and the server still serves
socks = [connect() for _ in range(40)]
busy = 0
for x in socks:
    x.settimeout(0.5)
    try:
        d = x.recv(4096)
        busy += d.startswith(b"HTTP/1.1 503")
    except socket.timeout:
        pass
for x in socks:
    x.close()
time.sleep(0.3)
check("raw_connection_cap_503", busy >= 8, busy)
check("raw_serves_after_cap", healthy())

# many generation requests at once with --queue small enough: some get 503 queue_full, the rest complete
results = []


def one_stream(i):
    try:
        st, h, body, x = post("/v1/chat/completions", {"model": MODEL, "messages": [{"role": "user", "content": "Story %d" % i}],
                                                       "max_tokens": 400, "stream": True, "temperature": 0},
                                 timeout=180)   # the last in the queue waits for all before it (slow under ASan)
        x.close()
        results.append((st, body))
    except Exception as e:
        results.append((None, str(e).encode()))


ths = [threading.Thread(target=one_stream, args=(i,)) for i in range(24)]
for t in ths:
    t.start()
for t in ths:
    t.join()
full = [b for st, b in results if st == 200]
rejected = [b for st, b in results if st == 503]
check("raw_queue_full_503", len(rejected) >= 1 and all(error_of(b) and error_of(b)["code"] == "queue_full" for b in rejected),
      [st for st, b in results])
check("raw_queued_complete", len(full) + len(rejected) == 24 and all(b.rstrip().endswith(b"data: [DONE]") for b in full),
      [st if st else b for st, b in results])
check("raw_healthy_at_end", healthy())
sys.exit(1 if failed else 0)
