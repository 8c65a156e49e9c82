// Drives the dashboard mix against the hub and the raw-SQL baseline with autocannon, after checking once per query that
// both answer the same JSON (or CSV). Prints a markdown table: p50/p95/p99 latency, requests/s and CPU time per request per query and
// concurrency, the hub/baseline ratio at p50, and the peak memory (VmHWM) of both processes.
// Run by bench/load.sh, which starts both servers; settings come from the environment (see there).
import autocannon from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const hub = { name: 'hub', url: env.HUB_URL, pid: env.HUB_PID };
const baseline = { name: 'baseline', url: env.BASELINE_URL, pid: env.BASELINE_PID };
const duration = Number(env.DURATION ?? 10);
// Each row's seconds per side are split into this many interleaved spells.
const rounds = Math.max(1, Number(env.ROUNDS ?? 5));
const warmup = Number(env.WARMUP ?? 10);
const concurrencies = (env.CONCURRENCY ?? '1,8,32').split(',').map(Number);
const withView = env.VIEW === '1';
const provider = env.PROVIDER ?? 'sqlite';
// ONLY=list,view keeps the rows whose label holds one of the words (for a quick look at one query).
const only = env.ONLY ? env.ONLY.split(',').map((w) => w.trim().toLowerCase()) : null;

const graphql = async (server, query, variables) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${server.name}: ${JSON.stringify(body.errors)}`);
  return body.data;
};

// The regions the mix asks about: the last province by code, its first kab/kota and that one's first kecamatan.
const regions = await graphql(hub, `{ provinces(first: 1, order: [{ code: DESC }]) { nodes { code regencies(first: 1) { code districts(first: 1) { code } } } } }`);
const province = regions.provinces.nodes[0];
const variables = { province: province.code, regency: province.regencies[0].code, district: province.regencies[0].districts[0].code };

const operation = (file) => {
  const query = readFileSync(join(here, file), 'utf8');
  const operationName = /query\s+(\w+)/.exec(query)[1];
  const used = Object.fromEntries(Object.entries(variables).filter(([name]) => query.includes(`$${name}`)));
  return { query, operationName, variables: used };
};

const mix = [
  ['overview stats (province + kab/kota)', 'queries/overview.graphql'],
  ['filtered paged list (20 of a kab/kota)', 'queries/list.graphql'],
  ['deep nested read (kab/kota, 5 levels)', 'queries/nested.graphql'],
  ['grouped aggregate `kampungKbAggregate`', 'queries/aggregate.graphql'],
  ['12-month `indicatorSeries` per kab/kota', 'queries/series.graphql'],
].map(([label, file]) => ({
  label,
  kind: 'json',
  request: {
    method: 'POST', path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(operation(file)),
  },
}));
const viewPath = `/views/kampung-kb-of-district?format=csv&district=${encodeURIComponent(variables.district)}`;
const viewHeaders = env.VIEW_KEY ? { accept: 'text/csv', authorization: `Bearer ${env.VIEW_KEY}` } : { accept: 'text/csv' };
if (withView) {
  // As deployed, a repeated view is answered from the hub's output cache (Views:ServerCacheSeconds); the second row runs
  // it every time, on a hub started with the cache off.
  mix.push({ label: 'CSV view (up to 100 rows of a kecamatan)', kind: 'csv', request: { method: 'GET', path: viewPath, headers: viewHeaders } });
  if (env.HUB_UNCACHED_URL)
    mix.push({ label: 'CSV view, server cache off', kind: 'csv', hub: { name: 'hub (cache off)', url: env.HUB_UNCACHED_URL, pid: env.HUB_UNCACHED_PID },
      request: { method: 'GET', path: viewPath, headers: viewHeaders } });
}

// Equal JSON values; doubles to 1e-9 relative, since a database may sum an average's rows in another order.
const same = (a, b, path = '$') => {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) ? null : `${path}: ${a} vs ${b}`;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  if (Array.isArray(a) && a.length !== b.length) return `${path}: ${a.length} vs ${b.length} items`;
  for (const key of keys) {
    if (!Array.isArray(a) && (!(key in a) || !(key in b))) return `${path}.${key}: only in ${key in a ? 'hub' : 'baseline'}`;
    const difference = same(a[key], b[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return null;
};

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF (LF accepted).
const parseCsv = (text) => {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
};

const fetchAnswer = async (server, entry) => {
  const { method, path, headers, body } = entry.request;
  const response = await fetch(server.url + path, { method, headers, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${server.name} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  if (entry.kind === 'csv') return parseCsv(text);
  const answer = JSON.parse(text);
  if (answer.errors) throw new Error(`${server.name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  return answer;
};

if (only) mix.splice(0, mix.length, ...mix.filter((entry) => only.some((word) => entry.label.toLowerCase().includes(word))));
console.error(`regions: province ${variables.province}, kab/kota ${variables.regency}, kecamatan ${variables.district}`);
for (const entry of mix) {
  const [a, b] = [await fetchAnswer(entry.hub ?? hub, entry), await fetchAnswer(baseline, entry)];
  const difference = same(a, b);
  if (difference) {
    console.error(`MISMATCH in "${entry.label}" (hub vs baseline): ${difference}`);
    process.exit(1);
  }
  const size = entry.kind === 'csv' ? `${a.length - 1} CSV rows` : `${JSON.stringify(a).length} bytes of JSON`;
  console.error(`same answer from hub and baseline: ${entry.label} (${size})`);
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;

// CPU time (user + system, all threads) the process has used, in ms: /proc/PID/stat fields 14 and 15, in clock ticks
// (100 a second on Linux).
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

// One spell of load; what it measured, to pool with the other rounds of its row.
const load = async (server, entry, connections, seconds) => {
  const latencies = [];
  const cpuBefore = cpuMs(server.pid);
  const instance = autocannon({
    url: server.url + entry.request.path, method: entry.request.method, headers: entry.request.headers, body: entry.request.body,
    connections, duration: seconds,
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(`${server.name} ${entry.label} c=${connections}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { latencies, cpu: cpuMs(server.pid) - cpuBefore, requests: result.requests.total, seconds: result.duration || seconds };
};

// A row's figures from all its rounds: latencies pooled, CPU per request and requests per second over their sum.
const pooled = (spells) => {
  const latencies = spells.flatMap((s) => s.latencies).sort((x, y) => x - y);
  const requests = spells.reduce((n, s) => n + s.requests, 0);
  return {
    cpu: spells.reduce((n, s) => n + s.cpu, 0) / requests,
    p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
    rps: requests / spells.reduce((n, s) => n + s.seconds, 0),
  };
};

const statusMiB = (pid, field) => {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
};
const peakMiB = (pid) => statusMiB(pid, 'VmHWM');
// What the resident memory is made of: anonymous (GC heap and native allocations), mapped files (assemblies, native
// libraries) and shared memory (the JIT-compiled code, which the runtime keeps in a memfd for write-xor-execute).
const residentParts = (pid) =>
  ['RssAnon', 'RssFile', 'RssShmem'].map((field) => `${field} ${statusMiB(pid, field).toFixed(0)}`).join(', ');

// The machine is shared: the load average around the run says how much the neighbours took.
const loadBefore = loadavg()[1];
const rows = [];
const peaks = [`before load ${peakMiB(hub.pid).toFixed(0)}`];
// Both servers run the whole mix before any measurement: tiered compilation of the code all queries share keeps
// promoting methods for tens of seconds after a start, and a first row measured then paid for it (the overview's hub
// CPU per request at 1 connection on PostgreSQL: 15.6 ms after 10 s of its own warm-up, 4.1 ms after 30 s).
for (const entry of mix) for (const server of [entry.hub ?? hub, baseline]) await load(server, entry, 8, warmup);
for (const entry of mix) {
  // A short warm-up again right before its rows puts this query's pages back in the caches.
  for (const server of [entry.hub ?? hub, baseline]) await load(server, entry, 8, Math.min(warmup, 2));
  for (const connections of concurrencies) {
    // Interleaved: ROUNDS spells of each side, back to back, the first side alternating, so both meet the same
    // neighbours on a shared machine and a slow spell of it falls on both.
    const spells = { hub: [], baseline: [] };
    for (let round = 0; round < rounds; round++) {
      const hubFirst = (rows.length + round) % 2 === 0;
      for (const side of hubFirst ? ['hub', 'baseline'] : ['baseline', 'hub'])
        spells[side].push(await load(side === 'hub' ? entry.hub ?? hub : baseline, entry, connections, duration / rounds));
    }
    const [h, b] = [pooled(spells.hub), pooled(spells.baseline)];
    rows.push({ entry, connections, h, b });
    console.error(`${entry.label} c=${connections}: hub p50 ${h.p50.toFixed(2)} ms ${h.rps.toFixed(0)}/s, baseline p50 ${b.p50.toFixed(2)} ms ${b.rps.toFixed(0)}/s`);
  }
  // The peak so far after each query shows which query raised it.
  peaks.push(`${entry.label.split(' (')[0]} ${peakMiB(hub.pid).toFixed(0)}`);
}

// A run too short for one answer has no latency: shown as a dash, never as NaN.
const ms = (x) => Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1);
const cpu = (x) => Number.isFinite(x) ? x.toFixed(3) : '–';
const ratio = (x) => Number.isFinite(x) ? `${x.toFixed(2)}x` : '–';
const lines = [
  `Load mix on ${provider}, ${duration} s per query per concurrency and side in ${rounds} interleaved spells (autocannon; latency in ms, hub / baseline)`,
  '',
  '| query | conn | hub p50 | hub p95 | hub p99 | hub req/s | baseline p50 | baseline p95 | baseline p99 | baseline req/s | p50 ratio (hub/baseline) | req/s ratio (baseline/hub) | CPU ms/request hub | baseline | CPU ratio |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(({ entry, connections, h, b }) =>
    `| ${entry.label} | ${connections} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(h.p99)} | ${h.rps.toFixed(0)} | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.p99)} | ${b.rps.toFixed(0)} | **${ratio(h.p50 / b.p50)}** | ${ratio(b.rps / h.rps)} | ${cpu(h.cpu)} | ${cpu(b.cpu)} | ${ratio(h.cpu / b.cpu)} |`),
  '',
  `Peak memory (VmHWM): hub ${peakMiB(hub.pid).toFixed(0)} MiB, baseline ${peakMiB(baseline.pid).toFixed(0)} MiB. Hub peak so far, MiB: ${peaks.join(', after ')}.${env.HUB_UNCACHED_URL ? ' (The cache-off hub of one row is not counted.)' : ''}`,
  `Resident memory at the end, MiB: hub ${residentParts(hub.pid)}; baseline ${residentParts(baseline.pid)}.`,
  `Load average (5 min) of the machine: ${loadBefore.toFixed(1)} before, ${loadavg()[1].toFixed(1)} after (${availableParallelism()} cores).`,
];
if (!withView) lines.push('', 'CSV view row skipped: the hub has no `views add` verb or `/views/{name}` endpoint yet.');
const table = lines.join('\n');
console.log(table);
if (env.OUT) writeFileSync(env.OUT, table + '\n');
