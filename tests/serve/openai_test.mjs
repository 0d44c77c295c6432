// openai_test.mjs — the official `openai` npm client against `valkyr serve`.
// Run by tests/test_serve.sh (copied next to the node_modules it installs).
// Environment: VKR_URL (base URL ending in /v1), VKR_KEY, VKR_MODEL_ID,
// VKR_BIN (the valkyr binary), VKR_MODEL_DIR. Prints "ok   name" or
// "FAIL name" per test; exits 1 on any failure.
import OpenAI from 'openai';
import { execFileSync } from 'node:child_process';
import http from 'node:http';

const URL = process.env.VKR_URL, KEY = process.env.VKR_KEY, MODEL = process.env.VKR_MODEL_ID;
const BIN = process.env.VKR_BIN, MODEL_DIR = process.env.VKR_MODEL_DIR;
const client = new OpenAI({ baseURL: URL, apiKey: KEY, maxRetries: 0, timeout: 120000 });
let failed = 0;

async function test(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}`);
    console.log('  ' + String((e && e.stack) || e).split('\n').slice(0, 5).join('\n  '));
  }
}
function assert(cond, what) { if (!cond) throw new Error(what); }
function eq(a, b, what) {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: ${JSON.stringify(a)} !== ${JSON.stringify(b)}`);
}
// The error an API call throws (or a failure if it does not throw).
async function apiError(promise) {
  try { await promise; } catch (e) { return e; }
  throw new Error('the call succeeded but should have failed');
}

// Token counts as the CLI computes them: the chat template's ids, the tokenizer's ids.
function templateCount(messages) {
  const out = execFileSync(BIN, ['template', MODEL_DIR, '--messages', '-', '--json'],
                           { input: JSON.stringify(messages), stdio: ['pipe', 'pipe', 'ignore'] });
  return JSON.parse(out).ids.length;
}
function tokenize(text) {
  return execFileSync(BIN, ['tokenize', MODEL_DIR, text], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString().trim().split(/\s+/).map(Number);
}

async function chat(messages, extra = {}) {
  return client.chat.completions.create({ model: MODEL, messages, ...extra });
}
async function streamChat(messages, extra = {}) {
  const stream = await client.chat.completions.create({
    model: MODEL, messages, stream: true, stream_options: { include_usage: true }, ...extra });
  const r = { text: '', ids: new Set(), chunks: [], finish: null, usage: null };
  for await (const c of stream) {
    r.chunks.push(c);
    r.ids.add(c.id);
    if (c.usage) r.usage = c.usage;
    for (const ch of c.choices) {
      if (ch.delta.content) r.text += ch.delta.content;
      if (ch.finish_reason) r.finish = ch.finish_reason;
    }
  }
  return r;
}

const story = [{ role: 'user', content: 'Tell me a story about a cat.' }];

await test('models_list', async () => {
  const list = await client.models.list();
  const ids = list.data.map((m) => m.id);
  eq(ids, [MODEL], 'model ids');
  eq(list.data[0].object, 'model', 'object');
  const one = await client.models.retrieve(MODEL);
  eq(one.id, MODEL, 'retrieved id');
});

let full = null;   // the greedy answer to `story`, 60 tokens
await test('chat_nonstream', async () => {
  const r = await chat(story, { temperature: 0, max_tokens: 60 });
  assert(r.id.startsWith('chatcmpl-'), `id ${r.id}`);
  eq(r.object, 'chat.completion', 'object');
  eq(r.model, MODEL, 'model');
  eq(r.choices.length, 1, 'choices');
  eq(r.choices[0].message.role, 'assistant', 'role');
  eq(r.choices[0].finish_reason, 'length', 'finish_reason');
  assert(r.choices[0].message.content.length > 20, 'a text');
  eq(r.usage.prompt_tokens, templateCount(story), 'prompt_tokens = the template\'s token count');
  eq(r.usage.completion_tokens, 60, 'completion_tokens = max_tokens');
  eq(r.usage.total_tokens, r.usage.prompt_tokens + 60, 'total_tokens');
  full = r.choices[0].message.content;
  const again = await chat(story, { temperature: 0, max_tokens: 60 });   // now from the KV cache
  eq(again.choices[0].message.content, full, 'the same greedy answer with the prompt cached');
  // all but the last prompt token came from the cache (that one is re-run for fresh logits)
  eq(again.usage.prompt_tokens_details, { cached_tokens: again.usage.prompt_tokens - 1 }, 'cached_tokens');
});

await test('chat_stream_equals_nonstream', async () => {
  const s = await streamChat(story, { temperature: 0, max_tokens: 60 });
  eq(s.text, full, 'streamed text');
  eq(s.ids.size, 1, 'one id per stream');
  assert([...s.ids][0].startsWith('chatcmpl-'), 'chunk id');
  assert(s.chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === MODEL), 'chunk object and model');
  eq(s.chunks[0].choices[0].delta.role, 'assistant', 'the first delta carries the role');
  const withChoices = s.chunks.filter((c) => c.choices.length);
  eq(withChoices[withChoices.length - 1].choices[0].finish_reason, 'length', 'the last chunk carries finish_reason');
  assert(withChoices.slice(0, -1).every((c) => c.choices[0].finish_reason === null), 'no finish_reason before the end');
  const last = s.chunks[s.chunks.length - 1];
  eq(last.choices, [], 'the usage chunk has no choices');
  const n = templateCount(story);
  eq(s.usage, { prompt_tokens: n, completion_tokens: 60, total_tokens: n + 60, prompt_tokens_details: { cached_tokens: n - 1 } }, 'usage');
});

await test('chat_text_parts', async () => {
  const parts = [{ role: 'user', content: [{ type: 'text', text: 'Tell me a story' }, { type: 'text', text: 'about a cat.' }] }];
  const r = await chat(parts, { temperature: 0, max_tokens: 10 });
  eq(r.usage.prompt_tokens, templateCount([{ role: 'user', content: 'Tell me a story\nabout a cat.' }]), 'parts joined by newlines');
});

await test('stop_strings', async () => {
  const words = full.split(' ');
  const word = ' ' + words.find((w, i) => i >= 3 && /^[a-z]{3,}$/.test(w));
  const cut = full.indexOf(word);
  assert(cut > 0, `"${word}" in the text`);
  const r = await chat(story, { temperature: 0, max_tokens: 60, stop: word });
  eq(r.choices[0].finish_reason, 'stop', 'finish_reason');
  eq(r.choices[0].message.content, full.slice(0, cut), 'the text before the stop string');
  assert(!r.choices[0].message.content.includes(word), 'the stop string is not in the text');
  assert(r.usage.completion_tokens < 60, 'fewer tokens');
  const s = await streamChat(story, { temperature: 0, max_tokens: 60, stop: ['zzzz', word] });
  eq(s.text, full.slice(0, cut), 'streamed text before the stop string');
  eq(s.finish, 'stop', 'streamed finish_reason');
  eq(s.usage.completion_tokens, r.usage.completion_tokens, 'the same completion_tokens');
});

await test('seed_reproducible', async () => {
  const opts = { temperature: 1, max_tokens: 30, seed: 1234 };
  const a = await chat(story, opts), b = await chat(story, opts);
  eq(b.choices[0].message.content, a.choices[0].message.content, 'same seed, same text');
  const s = await streamChat(story, opts);
  eq(s.text, a.choices[0].message.content, 'streamed with the same seed');
  const others = await Promise.all([5, 6, 7].map((seed) => chat(story, { ...opts, seed })));
  assert(others.some((o) => o.choices[0].message.content !== a.choices[0].message.content), 'other seeds, other texts');
});

await test('multi_turn', async () => {
  const first = await chat(story, { temperature: 0, max_tokens: 20 });
  const conv = [...story, { role: 'assistant', content: first.choices[0].message.content },
                { role: 'user', content: 'What happened next?' }];
  const r = await chat(conv, { temperature: 0, max_tokens: 20 });
  eq(r.usage.prompt_tokens, templateCount(conv), 'prompt_tokens of the conversation');
  eq(r.usage.completion_tokens, 20, 'completion_tokens');
  // the next turn prefills only what is new: the first turn stays in the KV cache
  assert(r.usage.prompt_tokens_details.cached_tokens >= templateCount(story) + 10,
         `cached_tokens ${r.usage.prompt_tokens_details.cached_tokens} of ${r.usage.prompt_tokens}`);
  const sys = [{ role: 'system', content: 'You tell stories.' }, ...conv];
  const r2 = await chat(sys, { temperature: 0, max_tokens: 20 });
  eq(r2.usage.prompt_tokens, templateCount(sys), 'prompt_tokens with a system message');
  const r3 = await chat(conv, { temperature: 0, max_tokens: 20 });
  eq(r3.choices[0].message.content, r.choices[0].message.content, 'the same answer after another conversation');
});

await test('completions', async () => {
  const prompt = 'Once upon a time';
  const ids = tokenize(prompt);
  const r = await client.completions.create({ model: MODEL, prompt, max_tokens: 20, temperature: 0 });
  eq(r.object, 'text_completion', 'object');
  assert(r.id.startsWith('cmpl-'), 'id');
  eq(r.usage.prompt_tokens, ids.length, 'prompt_tokens = valkyr tokenize');
  eq(r.usage.completion_tokens, 20, 'completion_tokens');
  eq(r.choices[0].finish_reason, 'length', 'finish_reason');
  const byIds = await client.completions.create({ model: MODEL, prompt: ids, max_tokens: 20, temperature: 0 });
  eq(byIds.choices[0].text, r.choices[0].text, 'the same text from token ids');
  const stream = await client.completions.create({ model: MODEL, prompt, max_tokens: 20, temperature: 0, stream: true,
                                                   stream_options: { include_usage: true } });
  let text = '', finish = null, usage = null;
  const sids = new Set();
  for await (const c of stream) {
    sids.add(c.id);
    if (c.usage) usage = c.usage;
    for (const ch of c.choices) { text += ch.text; if (ch.finish_reason) finish = ch.finish_reason; }
  }
  eq(text, r.choices[0].text, 'streamed text');
  eq(finish, 'length', 'streamed finish_reason');
  const counts = (u) => [u.prompt_tokens, u.completion_tokens, u.total_tokens];
  eq(counts(usage), counts(r.usage), 'streamed usage');
  eq(sids.size, 1, 'one id per stream');
  const dflt = await client.completions.create({ model: MODEL, prompt, temperature: 0 });
  eq(dflt.usage.completion_tokens, 16, 'max_tokens defaults to 16');
});

await test('bad_api_key', async () => {
  // its own sockets: openai@4 shares one keep-alive agent between clients, and a
  // socket this client used must not carry the other tests' requests (see the
  // closing note of the session that added this: an intermittent 401 there)
  const bad = new OpenAI({ baseURL: URL, apiKey: 'not-the-key', maxRetries: 0, httpAgent: new http.Agent({ keepAlive: false }) });
  const e = await apiError(bad.chat.completions.create({ model: MODEL, messages: story }));
  eq(e.status, 401, 'status');
  eq(e.code, 'invalid_api_key', 'code');
  const e2 = await apiError(bad.models.list());
  eq(e2.status, 401, 'models: status');
  const h = await fetch(URL.replace(/\/v1$/, '') + '/health');
  eq(h.status, 200, '/health needs no key');
});

await test('bad_json', async () => {
  const r = await fetch(URL + '/chat/completions', {
    method: 'POST', headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: '{"model": "x", "messages": [' });
  eq(r.status, 400, 'status');
  const j = await r.json();
  eq(j.error.type, 'invalid_request_error', 'type');
  eq(j.error.param, null, 'param');
  assert(/parse the JSON body/.test(j.error.message), j.error.message);
});

await test('bad_fields', async () => {
  let e = await apiError(chat([{ role: 5, content: 'hi' }]));
  eq([e.status, e.param], [400, 'messages[0].role'], 'a role that is not a string');
  e = await apiError(chat(story, { n: 2 }));
  eq([e.status, e.param], [400, 'n'], 'n = 2');
  e = await apiError(chat(story, { temperature: 5 }));
  eq([e.status, e.param], [400, 'temperature'], 'temperature 5');
  e = await apiError(chat([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }]));
  eq([e.status, e.param], [400, 'messages[0].content[0].type'], 'an image part');
});

await test('unknown_model', async () => {
  const e = await apiError(client.chat.completions.create({ model: 'gpt-4o', messages: story }));
  eq(e.status, 404, 'status');
  eq(e.code, 'model_not_found', 'code');
  const e2 = await apiError(client.models.retrieve('gpt-4o'));
  eq(e2.status, 404, 'retrieve: status');
});

await test('context_length_exceeded', async () => {
  const e = await apiError(client.completions.create({ model: MODEL, prompt: new Array(600).fill(300), max_tokens: 5 }));
  eq(e.status, 400, 'status');
  eq(e.code, 'context_length_exceeded', 'code');
  assert(/512/.test(e.message) && /600/.test(e.message), `the counts in the message: ${e.message}`);
  const e2 = await apiError(chat([{ role: 'user', content: 'the cat sat '.repeat(300) }]));
  eq([e2.status, e2.code], [400, 'context_length_exceeded'], 'a long chat');
});

await test('concurrent_streams', async () => {
  const names = ['Tom', 'Lily', 'Ben', 'Sue', 'Max', 'Mia', 'Sam', 'Zoe'];
  const convs = names.map((n) => [{ role: 'user', content: `Tell me about ${n} and the big red ball.` }]);
  const expected = [];
  for (const c of convs) expected.push((await chat(c, { temperature: 0, max_tokens: 32 })).choices[0].message.content);
  const got = await Promise.all(convs.map((c) => streamChat(c, { temperature: 0, max_tokens: 32 })));
  got.forEach((g, i) => {
    eq(g.text, expected[i], `client ${i}`);
    eq(g.finish, 'length', `client ${i} finish_reason`);
    eq(g.usage.completion_tokens, 32, `client ${i} completion_tokens`);
  });
  eq(new Set(got.map((g) => [...g.ids][0])).size, 8, 'eight distinct ids');
});

process.exit(failed ? 1 : 0);
