// `npm run bench` (= npm run build && node bench/run.mjs): seeds a deterministic synthetic dataset
// into a database of its own, starts the BUILT api in production mode and measures it with
// autocannon. Prints a table and writes bench/results/latest.json. `--quick`: small dataset and
// short runs (CI runs it so that the benchmark keeps working); numbers are reported, not asserted.
// `--only mail`: only (3), referral sent -> mail and the burst, on the small dataset, to compare two
// builds (writes bench/results/mail.json).
//
// Database: BENCH_DATABASE_URL (a server where it may create and drop atnp_bench_<pid>), otherwise
// a throwaway embedded PostgreSQL.
import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { explainPages } from './explain.mjs';
import { BENCH_PASSWORD, COORDINATOR_EMAIL, FULL_SIZES, MEMBER_EMAIL, QUICK_SIZES, insertSyntheticData } from './synthetic-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);
const QUICK = process.argv.includes('--quick');
const onlyArg = process.argv.indexOf('--only');
const MAIL_ONLY = onlyArg > 0 && process.argv[onlyArg + 1] === 'mail';
if (onlyArg > 0 && !MAIL_ONLY) throw new Error('--only takes mail');
// `--activities N`: another number of activities (e.g. 2000000, to see that a page costs the same on a larger table).
const activitiesArg = process.argv.indexOf('--activities');
const SIZES = { ...(QUICK || MAIL_ONLY ? QUICK_SIZES : FULL_SIZES), ...(activitiesArg > 0 && { activities: Number(process.argv[activitiesArg + 1]) }) };
if (!(SIZES.activities > 0)) throw new Error('--activities takes a number of activities');
const RUN = QUICK
  ? { duration: 3, warmup: 1, connections: 10, approvals: 10, latencyReferrals: 10, burstReferrals: 50, importRows: 500, mailTimeoutS: 30 }
  : { duration: 10, warmup: 2, connections: 10, approvals: 30, latencyReferrals: 50, burstReferrals: 1_000, importRows: 10_000, mailTimeoutS: 180 };
const IMPORT_ROWS_PER_FILE = 5_000; // MAX_IMPORT_ROWS of the import endpoint
const YEARS = [2021, 2022, 2023, 2024];

// Production needs both; generated per run.
const SECRETS = { JWT_SECRET: randomBytes(32).toString('base64'), REFERRAL_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}` };

const log = (line) => process.stdout.write(`bench: ${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? null : Number(n.toFixed(digits)));

if (!existsSync(join(DIST, 'apps/api/src/main.js'))) {
  console.error('bench: dist/ is missing: run `npm run bench` (it builds first)');
  process.exit(1);
}

const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) {
    const step = cleanups.pop();
    await step().catch((error) => log(`cleanup: ${error?.message ?? error}`));
  }
};
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The bench's own database: created on BENCH_DATABASE_URL, or on a throwaway embedded cluster. */
async function openDatabase() {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let embedded = 'none';
  if (!serverUrl) {
    const { startEmbeddedPostgres } = require(join(DIST, 'libs/database/src/embedded-postgres.js'));
    const dir = mkdtempSync(join(os.tmpdir(), 'atnp-bench-'));
    if (process.getuid?.() === 0) chmodSync(dir, 0o755); // the server runs as the postgres user
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const started = performance.now();
    const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false, fast: true });
    cleanups.push(() => server.stop());
    serverUrl = server.url;
    embedded = `embedded PostgreSQL (fsync off), started in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  }
  const name = `atnp_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query('SHOW server_version')).rows[0].server_version;
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
    } finally {
      await client.end();
    }
  });
  return { url: withDatabase(serverUrl, name), name, server: embedded === 'none' ? 'BENCH_DATABASE_URL' : embedded, version };
}

function runCli(args, databaseUrl) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(DIST, 'apps/cli/src/main.js'), ...args], { cwd: ROOT, env: { ...process.env, ...SECRETS, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`cli ${args.join(' ')} failed: ${stderr || stdout || error.message}`)) : resolve(stdout.trim()),
    );
  });
}

/** An SMTP server in this process that records when each mail arrived. */
async function startSmtp() {
  const received = [];
  const waiters = new Set();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const at = performance.now();
        const head = Buffer.concat(chunks).toString('utf8').split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
        const header = (name) => head.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1].trim() ?? '';
        const reference = head.match(/AT-\d{4}-\d{6}/)?.[0] ?? decodeWords(header('subject')).match(/AT-\d{4}-\d{6}/)?.[0] ?? null;
        received.push({ at, messageId: header('message-id'), reference });
        for (const w of waiters) w();
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Resolves when `done()` holds, or after timeoutMs (then false). */
    until(done, timeoutMs) {
      return new Promise((resolve) => {
        if (done()) return resolve(true);
        const timer = setTimeout(() => (waiters.delete(check), resolve(false)), timeoutMs);
        const check = () => {
          if (!done()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(true);
        };
        waiters.add(check);
      });
    },
  };
}

function decodeWords(value) {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc, text) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h) => String.fromCharCode(parseInt(h, 16))),
  );
}

/** Spawns a node script and waits until it answers `readyUrl` (or prints `readyLine`). */
async function startChild(label, script, env, { readyUrl, readyLine }) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit');
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} exited before it was ready:\n${output}`);
    if (readyLine && output.includes(readyLine)) return { child, output: () => output };
    if (readyUrl) {
      const ok = await fetch(readyUrl).then((r) => r.ok, () => false);
      if (ok) return { child, output: () => output };
    }
    await sleep(200);
  }
  throw new Error(`${label} not ready after 60 s:\n${output}`);
}

/** Peak resident memory of a process: VmRSS sampled every 200 ms, and the kernel's VmHWM. */
function memorySampler(pid) {
  // The process and its children (the API's worker processes when API_WORKERS > 1), summed.
  const pids = () => {
    try {
      return [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)];
    } catch {
      return [pid];
    }
  };
  const read = () => {
    try {
      const total = { rss: 0, hwm: 0 };
      for (const p of pids()) {
        const status = readFileSync(`/proc/${p}/status`, 'utf8');
        const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
        total.rss += kb('VmRSS');
        total.hwm += kb('VmHWM');
      }
      return total;
    } catch {
      return null;
    }
  };
  const psRss = () =>
    new Promise((resolve) => execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, out) => resolve(error ? NaN : Number(out.trim()))));
  let peakKb = 0;
  let hwmKb = NaN;
  const sample = async () => {
    const s = read();
    const rss = s ? s.rss : await psRss();
    if (s) hwmKb = s.hwm;
    if (rss > peakKb) peakKb = rss;
  };
  void sample();
  const timer = setInterval(sample, 200);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      return { peakMb: round(peakKb / 1024), hwmMb: Number.isNaN(hwmKb) ? null : round(hwmKb / 1024) };
    },
  };
}

async function graphql(api, query, variables, token) {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 800)}`);
  return body.data;
}

async function signIn(api, email) {
  const data = await graphql(api, 'mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken } }', {
    email,
    password: BENCH_PASSWORD,
  });
  return data.signIn.accessToken;
}

/** CPU time (user + system) of each process so far, in ms, from /proc (those that cannot be read are left out). */
function cpuMs(pids) {
  const byPid = new Map();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      byPid.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // USER_HZ is 100 on Linux
    } catch {
      // gone, or no /proc
    }
  }
  return byPid;
}

/**
 * CPU spent between two readings by the processes alive at the second (a process started in
 * between counts whole): one that exited in between (an idle connection closed) takes nothing
 * away from the others.
 */
function cpuSpent(before, after) {
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}

/** A process and its children (the API's primary and workers). */
function processTree(pid) {
  try {
    return [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)];
  } catch {
    return [pid];
  }
}

/** Every PostgreSQL server process on the machine (the bench's database is the only busy one). */
function postgresPids() {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * autocannon for a fixed duration after a warm-up; bodies[] are sent in turn. With `server` (a pid),
 * also the CPU per request of that process tree and of PostgreSQL over the measured run.
 */
async function load(url, { headers, bodies, duration, warmup, connections, server }) {
  const run = (seconds) =>
    new Promise((resolve, reject) => {
      let n = 0;
      const instance = autocannon(
        {
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          connections,
          duration: seconds,
          timeout: 30, // seconds; the API's statement_timeout is 30 s too
          requests: [{ setupRequest: (request) => ({ ...request, body: bodies[n++ % bodies.length] }) }],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
    });
  if (warmup) await run(warmup);
  const before = server && { server: cpuMs(processTree(server)), database: cpuMs(postgresPids()) };
  const r = await run(duration);
  const after = server && { server: cpuMs(processTree(server)), database: cpuMs(postgresPids()) };
  const perRequest = (ms) => (server && r.requests.total && ms > 0 ? round(ms / r.requests.total, 2) : null);
  return {
    requestsPerSecond: round(r.requests.average),
    requests: r.requests.total,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    cpuMsPerRequest: server ? { server: perRequest(cpuSpent(before.server, after.server)), database: perRequest(cpuSpent(before.database, after.database)) } : null,
  };
}

const PAGE_QUERY = `query BenchActivitiesPage($organizationId: ID!, $from: Date!, $to: Date!, $first: Int!) {
  activities(first: $first, filter: { organizationId: $organizationId, from: $from, to: $to }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title type startsOn endsOn city status participantsTotal
        organization { id shortName }
        coOrganizers { id shortName }
        goals { id code }
        institutions { kind name }
        participants { gender ageBand { code } count }
      }
    }
  }
}`;

const PROGRESS_QUERY = `query BenchProgress($periodId: ID!) {
  strategyProgress(periodId: $periodId) {
    periodCode
    network { activities participants female male otherUnknown byAgeBand { ageBand count } }
    goals { goalId code activities participants female male otherUnknown byAgeBand { ageBand count } indicators { code value target } }
    cells { goalId organizationId quarter activities participants female male otherUnknown }
  }
}`;

/** The import's columns by key (it reads keys as well as either language's headers), then rows: deterministic, all valid drafts. */
const IMPORT_KEYS = ['type', 'title', 'description', 'startsOn', 'endsOn', 'city', 'online', 'targetGroups', 'participantsTotal', 'female_15_17', 'male_15_17', 'goals', 'institutions', 'mediaOutlets', 'mediaAudience'];

function importCsv(header, count, offset) {
  const types = ['YOUTH_WORKSHOP', 'PROFESSIONAL_TRAINING', 'ROUND_TABLE', 'PUBLIC_FORUM', 'LECTURE', 'INFO_STAND'];
  const lines = [header.join(',')];
  for (let i = offset; i < offset + count; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i * 37 % 360) * 86_400_000).toISOString().slice(0, 10);
    const female = 5 + (i % 7);
    const male = 3 + (i % 5);
    const row = {
      type: types[i % types.length],
      title: `Uvezena aktivnost ${i + 1}`,
      description: `Radionica broj ${i + 1} iz tabele`,
      startsOn: day,
      endsOn: day,
      city: 'Novi Sad',
      online: 'ne',
      targetGroups: 'PUPILS;YOUNG_PEOPLE',
      participantsTotal: female + male,
      female_15_17: female,
      male_15_17: male,
      goals: i % 2 ? '1;4' : '2',
      institutions: `SCHOOL: Gimnazija ${i % 40};SOCIAL_WORK_CENTRE: Centar za socijalni rad`,
      mediaOutlets: '',
      mediaAudience: '',
    };
    lines.push(header.map((h) => csvCell(row[h] ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const csvCell = (value) => (/[",;\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Waits until the api has no query running any more (autocannon stops sending; the database may still be busy). */
async function settle(client, database) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND application_name IN ('api', 'at-network-portal')`,
      [database],
    );
    if (rows[0].n === 0) return;
    await sleep(250);
  }
}

async function inBatches(items, size, work) {
  const results = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

async function main() {
  const startedAt = new Date();
  const t0 = performance.now();
  // The machine may be shared: its load goes with the figures.
  const loadAtStart = os.loadavg().map((n) => round(n, 2));
  log(`load average ${loadAtStart.join(' ')} on ${os.cpus().length} cores`);
  log(`${QUICK ? 'quick' : 'full'} run: ${SIZES.activities.toLocaleString('en')} activities, ${SIZES.referrals.toLocaleString('en')} referrals`);

  // --- database, migrations, seed, synthetic data
  const db = await openDatabase();
  log(`database ${db.name} on ${db.server} (PostgreSQL ${db.version})`);
  let started = performance.now();
  log((await runCli(['migration:run'], db.url)).split('\n').length + ' migration lines');
  log(await runCli(['seed'], db.url));
  const migrateSeconds = (performance.now() - started) / 1000;

  const { hashPassword } = require(join(DIST, 'libs/users/src/passwords.js'));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const client = new pg.Client({ connectionString: db.url });
  client.on('error', () => undefined);
  await client.connect();
  cleanups.push(() => client.end());
  started = performance.now();
  const dataset = await insertSyntheticData(client, SIZES, passwordHash);
  const seedSeconds = (performance.now() - started) / 1000;
  const periodId = (await client.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`)).rows[0].id;
  log(`synthetic data in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(dataset.counts)}`);

  // --- SMTP server, API (production mode), baseline
  const smtp = await startSmtp();
  const apiPort = await freePort();
  const api = `http://127.0.0.1:${apiPort}`;
  started = performance.now();
  const apiProcess = await startChild(
    'api',
    join(DIST, 'apps/api/src/main.js'),
    {
      NODE_ENV: 'production',
      ...SECRETS,
      DATABASE_URL: db.url,
      PORT: String(apiPort),
      // One process per core, as the Dockerfile runs it.
      API_WORKERS: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Delivers mail; the scheduled jobs (reminders for the synthetic referrals) would only add load.
      JOBS: 'mail',
      SMTP_URL: smtp.url,
      ATTEMPTS_PER_IP: '100000',
    },
    { readyUrl: `${api}/ready` },
  );
  const apiStartSeconds = (performance.now() - started) / 1000;
  log(`api ready in ${apiStartSeconds.toFixed(1)} s (pid ${apiProcess.child.pid})`);
  const baselinePort = await freePort();
  const baselineProcess = await startChild('baseline', join(ROOT, 'bench/baseline-server.mjs'), { DATABASE_URL: db.url, PORT: String(baselinePort) }, { readyLine: 'listening' });
  const baseline = `http://127.0.0.1:${baselinePort}`;

  const coordinatorToken = await signIn(api, COORDINATOR_EMAIL);
  const memberToken = await signIn(api, MEMBER_EMAIL);

  if (MAIL_ONLY) {
    const mail = await measureReferralMail({ api, smtp, partnerId: dataset.partnerIds[0], memberToken });
    printTable(referralMailRows(mail));
    const loadAtEnd = os.loadavg().map((n) => round(n, 2));
    const result = { mode: 'mail', startedAt: startedAt.toISOString(), node: process.version, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadAtEnd, referralMail: { ...mail.mailLatency, burst: mail.burstResult } };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/mail.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote bench/results/mail.json; load average now ${loadAtEnd.join(' ')}`);
    return;
  }

  // --- (1) activities page: api vs baseline, as a coordinator (everything) and as a member user
  // (approved activities, and the unapproved ones of their own organization)
  const pageBodies = dataset.memberIds.flatMap((organizationId) =>
    YEARS.map((year) => JSON.stringify({ query: PAGE_QUERY, variables: { organizationId, from: `${year}-01-01`, to: `${year}-12-31`, first: 50 } })),
  );
  const users = {
    coordinator: { api: { authorization: `Bearer ${coordinatorToken}` }, baseline: {} },
    member: { api: { authorization: `Bearer ${memberToken}` }, baseline: { 'x-member-organization': dataset.memberId } },
  };
  const checks = {};
  for (const [who, headers] of Object.entries(users)) {
    // A page of another organization than the member's own, so that visibility filters.
    const body = pageBodies.find((b) => JSON.parse(b).variables.organizationId !== dataset.memberId && JSON.parse(b).variables.from.startsWith('2023'));
    const apiAnswer = await (await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers.api }, body })).json();
    const baseAnswer = await (await fetch(baseline, { method: 'POST', headers: headers.baseline, body })).json();
    if (apiAnswer.errors?.length || baseAnswer.errors?.length) throw new Error(`page check (${who}): ${JSON.stringify(apiAnswer.errors ?? baseAnswer.errors).slice(0, 800)}`);
    const apiIds = apiAnswer.data.activities.edges.map((e) => e.node.id);
    const baseIds = baseAnswer.data.activities.edges.map((e) => e.node.id);
    const sameIds =
      apiIds.length === baseIds.length && apiIds.every((id, i) => id === baseIds[i]) && apiAnswer.data.activities.totalCount === baseAnswer.data.activities.totalCount;
    const sameJson = JSON.stringify(normalize(apiAnswer.data)) === JSON.stringify(normalize(baseAnswer.data));
    checks[who] = { sameIds, sameJson, total: apiAnswer.data.activities.totalCount };
    log(`page check (${who}): api ${apiIds.length} items (total ${apiAnswer.data.activities.totalCount}), baseline ${baseIds.length} (total ${baseAnswer.data.activities.totalCount}): ${sameIds ? 'same ids' : 'DIFFERENT'}${sameJson ? ', same JSON' : ', JSON differs (beyond list order)'}`);
  }
  const sameAnswer = checks.coordinator.sameIds && checks.member.sameIds && checks.coordinator.sameJson && checks.member.sameJson;

  // Both servers warm up on both users' pages before anything is measured, so that the first
  // measured run (the coordinator's) does not carry the API's JIT warm-up (V8 tiering up, the
  // queries compiled) that the runs after it are spared; a running portal is warm.
  for (const [url, side] of [[`${api}/graphql`, 'api'], [baseline, 'baseline']]) {
    for (const headers of Object.values(users)) await load(url, { headers: headers[side], bodies: pageBodies, ...RUN, duration: RUN.warmup * 2, warmup: 0 });
  }

  const memory = memorySampler(apiProcess.child.pid);
  const apiPage = await load(`${api}/graphql`, { headers: users.coordinator.api, bodies: pageBodies, ...RUN, server: apiProcess.child.pid });
  await settle(client, db.name);
  const apiMemberPage = await load(`${api}/graphql`, { headers: users.member.api, bodies: pageBodies, ...RUN, server: apiProcess.child.pid });
  const apiMemory = await memory.stop();
  await settle(client, db.name);
  const baselineMemory = memorySampler(baselineProcess.child.pid);
  const basePage = await load(baseline, { headers: users.coordinator.baseline, bodies: pageBodies, ...RUN, server: baselineProcess.child.pid });
  const baseMemberPage = await load(baseline, { headers: users.member.baseline, bodies: pageBodies, ...RUN, server: baselineProcess.child.pid });
  const baseMemory = await baselineMemory.stop();
  log(`activities page: coordinator api ${apiPage.requestsPerSecond} req/s, baseline ${basePage.requestsPerSecond} req/s; member api ${apiMemberPage.requestsPerSecond} req/s, baseline ${baseMemberPage.requestsPerSecond} req/s`);

  // The API's own cost per request: `{ __typename }` through the whole stack, against node:http answering the same.
  const typenameBody = JSON.stringify({ query: '{ __typename }' });
  const apiTypename = await load(`${api}/graphql`, { headers: {}, bodies: [typenameBody], ...RUN });
  const bareTypename = await load(`${baseline}/typename`, { headers: {}, bodies: [typenameBody], ...RUN });
  const primaryRssMb = rssMb(apiProcess.child.pid);
  log(`{ __typename }: api ${apiTypename.requestsPerSecond} req/s, bare node:http ${bareTypename.requestsPerSecond} req/s; api primary process ${primaryRssMb} MB`);

  // The statements behind a page, as the API runs them, with their plans.
  const explained = await explainPages(db.url, dataset, { command: `npm run bench${QUICK ? ' -- --quick' : ''}`, activities: SIZES.activities });
  // The default full run writes bench/EXPLAIN.md; another size (--activities) its own file beside it.
  const explainFile = QUICK
    ? join(ROOT, 'bench/results/explain-quick.md')
    : join(ROOT, SIZES.activities === FULL_SIZES.activities ? 'bench/EXPLAIN.md' : `bench/EXPLAIN-${SIZES.activities}.md`);
  writeFileSync(explainFile, explained.markdown);
  log(`plans of the page statements in ${explainFile.slice(ROOT.length + 1)}: ${explained.summary}`);

  // --- (2) strategy progress over the whole dataset
  const progressBody = JSON.stringify({ query: PROGRESS_QUERY, variables: { periodId } });
  const progressCheck = await graphql(api, PROGRESS_QUERY, { periodId }, coordinatorToken);
  const progress = await load(`${api}/graphql`, { headers: { authorization: `Bearer ${coordinatorToken}` }, bodies: [progressBody], ...RUN });
  await settle(client, db.name);
  // The same with one client at a time: the latency a single reader sees.
  const progressAlone = await load(`${api}/graphql`, { headers: { authorization: `Bearer ${coordinatorToken}` }, bodies: [progressBody], ...RUN, connections: 1 });
  await settle(client, db.name);
  log(`strategy progress: p50 ${progress.p50Ms} ms, p99 ${progress.p99Ms} ms; one client: p50 ${progressAlone.p50Ms} ms, p99 ${progressAlone.p99Ms} ms (${progressCheck.strategyProgress.network.activities} approved activities)`);
  // Reports are kept until the totals change: also time the first report after each of a series
  // of approvals (the change applied to the totals, the report computed anew), and check that
  // every approval is counted once.
  const toApprove = (await client.query(`SELECT id FROM activities WHERE status = 'SUBMITTED' ORDER BY id LIMIT $1`, [RUN.approvals])).rows.map((r) => r.id);
  const afterApproval = [];
  let counted = progressCheck.strategyProgress.network.activities;
  let countedRight = true;
  for (const id of toApprove) {
    await graphql(api, `mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id }, coordinatorToken);
    const started = performance.now();
    const fresh = await graphql(api, PROGRESS_QUERY, { periodId }, coordinatorToken);
    afterApproval.push(performance.now() - started);
    countedRight &&= fresh.strategyProgress.network.activities === counted + 1;
    counted = fresh.strategyProgress.network.activities;
  }
  const afterApprovalStats = { samples: afterApproval.length, p50Ms: round(percentile(afterApproval, 50)), p99Ms: round(percentile(afterApproval, 99)), eachApprovalCountedOnce: countedRight };
  log(`strategy progress right after an approval: p50 ${afterApprovalStats.p50Ms} ms, p99 ${afterApprovalStats.p99Ms} ms over ${afterApproval.length} approvals; each counted once: ${countedRight}`);

  // --- (3) referral sent -> mail accepted by the SMTP server
  const { mailLatency, burst, mails, distinctIds, burstResult } = await measureReferralMail({ api, smtp, partnerId: dataset.partnerIds[0], memberToken });

  // --- (4) import of activities from CSV
  const template = await fetch(`${api}/exports/activities-template.csv`, { headers: { authorization: `Bearer ${coordinatorToken}` } });
  if (!template.ok) throw new Error(`template: HTTP ${template.status}`);
  await template.arrayBuffer();
  // The import reads its columns by key as well as by the headers in either language; these are the ones filled.
  const header = IMPORT_KEYS;
  const files = [];
  for (let offset = 0; offset < RUN.importRows; offset += IMPORT_ROWS_PER_FILE) files.push(importCsv(header, Math.min(IMPORT_ROWS_PER_FILE, RUN.importRows - offset), offset));
  let imported = 0;
  started = performance.now();
  for (const csv of files) {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'activities.csv');
    const response = await fetch(`${api}/imports/activities?organizationId=${dataset.memberId}`, { method: 'POST', headers: { authorization: `Bearer ${coordinatorToken}` }, body: form });
    const body = await response.json();
    if (!response.ok) throw new Error(`import: HTTP ${response.status}: ${JSON.stringify(body).slice(0, 800)}`);
    imported += body.imported;
  }
  const importSeconds = (performance.now() - started) / 1000;
  log(`import: ${imported} activities in ${importSeconds.toFixed(2)} s (${files.length} file${files.length > 1 ? 's' : ''})`);

  // --- report
  const ratio = apiPage.requestsPerSecond / basePage.requestsPerSecond;
  const memberRatio = apiMemberPage.requestsPerSecond / baseMemberPage.requestsPerSecond;
  const typenameRatio = apiTypename.requestsPerSecond / bareTypename.requestsPerSecond;
  const rows = [
    [`(1) activities page, coordinator, api, ${RUN.connections} clients: req/s`, apiPage.requestsPerSecond, '≥ 300', apiPage.requestsPerSecond >= 300],
    ['(1) activities page, coordinator, api: p50 / p99 ms', `${apiPage.p50Ms} / ${apiPage.p99Ms}`, 'p99 < 100', apiPage.p99Ms < 100],
    ['(1) baseline, coordinator (best SQL): req/s', basePage.requestsPerSecond, '', ''],
    ['(1) baseline, coordinator: p50 / p99 ms', `${basePage.p50Ms} / ${basePage.p99Ms}`, '', ''],
    ['(1) ratio api ÷ baseline, coordinator (req/s)', round(ratio, 2), '≥ 0.5', ratio >= 0.5],
    [`(1) activities page, member, api, ${RUN.connections} clients: req/s`, apiMemberPage.requestsPerSecond, '≥ 300', apiMemberPage.requestsPerSecond >= 300],
    ['(1) activities page, member, api: p50 / p99 ms', `${apiMemberPage.p50Ms} / ${apiMemberPage.p99Ms}`, 'p99 < 100', apiMemberPage.p99Ms < 100],
    ['(1) baseline, member (best SQL): req/s', baseMemberPage.requestsPerSecond, '', ''],
    ['(1) baseline, member: p50 / p99 ms', `${baseMemberPage.p50Ms} / ${baseMemberPage.p99Ms}`, '', ''],
    ['(1) ratio api ÷ baseline, member (req/s)', round(memberRatio, 2), '≥ 0.5', memberRatio >= 0.5],
    ['(1) same JSON as baseline (coordinator, member)', sameAnswer ? 'yes' : 'NO', 'yes', sameAnswer],
    ['(1) CPU per page, api: server / PostgreSQL ms (coordinator; member)', `${cpuPair(apiPage)}; ${cpuPair(apiMemberPage)}`, '', ''],
    ['(1) CPU per page, baseline: server / PostgreSQL ms (coordinator; member)', `${cpuPair(basePage)}; ${cpuPair(baseMemberPage)}`, '', ''],
    ['(1) { __typename }: api / bare node:http req/s', `${apiTypename.requestsPerSecond} / ${bareTypename.requestsPerSecond}`, '', ''],
    ['(1) { __typename }: ratio api ÷ bare', round(typenameRatio, 2), '≥ 0.3', typenameRatio >= 0.3],
    [`(2) strategy progress 2021–2024, ${RUN.connections} clients: p50 ms`, progress.p50Ms, '< 50', progress.p50Ms < 50],
    [`(2) strategy progress 2021–2024, ${RUN.connections} clients: p99 ms`, progress.p99Ms, '< 200', progress.p99Ms < 200],
    [`(2) strategy progress, ${RUN.connections} clients: req/s`, progress.requestsPerSecond, '', ''],
    ['(2) strategy progress, 1 client: p50 / p99 ms', `${progressAlone.p50Ms} / ${progressAlone.p99Ms}`, '', ''],
    ['(2) first report after an approval: p50 / p99 ms', `${afterApprovalStats.p50Ms} / ${afterApprovalStats.p99Ms}`, '', ''],
    ['(2) each approval counted once', afterApprovalStats.eachApprovalCountedOnce ? 'yes' : 'no', 'yes', afterApprovalStats.eachApprovalCountedOnce ? 'yes' : 'NO'],
    ...referralMailRows({ mailLatency, burst, mails, distinctIds, burstResult }),
    [`(4) import of ${imported.toLocaleString('en')} activities (CSV): s`, round(importSeconds, 2), '', ''],
    ['(5) api peak RSS during (1), all processes: MB', apiMemory.peakMb, '≤ 400', apiMemory.peakMb <= 400],
    ['(5) api primary process RSS: MB', primaryRssMb, '< 60', primaryRssMb < 60],
    ['    (baseline peak RSS: MB)', baseMemory.peakMb, '', ''],
    ['seeding the synthetic data: s', round(seedSeconds, 1), '< 120', seedSeconds < 120],
  ];
  const errors = apiPage.errors + basePage.errors + apiMemberPage.errors + baseMemberPage.errors + apiTypename.errors + bareTypename.errors + progress.errors + progressAlone.errors;
  printTable(rows);
  if (errors) log(`WARNING: ${errors} failed requests (errors, timeouts or non-2xx) during the load runs`);

  const cpus = os.cpus();
  const result = {
    mode: QUICK ? 'quick' : 'full',
    startedAt: startedAt.toISOString(),
    totalSeconds: round((performance.now() - t0) / 1000, 1),
    machine: {
      cpuModel: cpus[0]?.model ?? 'unknown',
      cpuCount: cpus.length,
      totalMemoryGb: round(os.totalmem() / 1024 ** 3, 1),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: db.version,
      database: db.server,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)),
    },
    dataset: { ...dataset.counts, seedSeconds: round(seedSeconds, 2), seedSteps: dataset.timings, foreignKeyChecksSkipped: dataset.foreignKeyChecksSkipped, migrateAndSeedSeconds: round(migrateSeconds, 2) },
    load: { durationSeconds: RUN.duration, warmupSeconds: RUN.warmup, connections: RUN.connections, pageVariants: pageBodies.length },
    activitiesPage: {
      coordinator: { api: apiPage, baseline: basePage, ratio: round(ratio, 3) },
      member: { api: apiMemberPage, baseline: baseMemberPage, ratio: round(memberRatio, 3) },
      target: 0.5,
      checks,
    },
    typename: { api: apiTypename, bare: bareTypename, ratio: round(typenameRatio, 3) },
    plans: explained.summary,
    strategyProgress: { ...progress, targetP50Ms: 50, targetP99Ms: 200, oneClient: progressAlone, afterApproval: afterApprovalStats },
    referralMail: { ...mailLatency, burst: burstResult },
    import: { rows: imported, files: files.length, seconds: round(importSeconds, 2) },
    memory: { apiPeakRssMb: apiMemory.peakMb, apiVmHwmMb: apiMemory.hwmMb, apiPrimaryRssMb: primaryRssMb, baselinePeakRssMb: baseMemory.peakMb },
    apiStartSeconds: round(apiStartSeconds, 1),
    loadErrors: errors,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote bench/results/latest.json (${result.totalSeconds} s in all); load average now ${result.machine.loadAverageAtEnd.join(" ")}`);
}

/** (3) Referral sent -> its mail accepted by the SMTP server: latency, then a burst, each mail counted by Message-ID. */
async function measureReferralMail({ api, smtp, partnerId, memberToken }) {
  const createReferral = async () =>
    (
      await graphql(
        api,
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`,
        { input: { partnerOrganizationId: partnerId, category: 'LEGAL_AID', urgency: 'URGENT', requestedServices: ['LEGAL'], person: { ageBroad: 'AGE_24_26', gender: 'FEMALE', citizenship: 'RS' } } },
        memberToken,
      )
    ).createReferral;
  const sendReferral = async (referral) => {
    await graphql(api, `mutation($id: ID!) { sendReferral(id: $id) { status } }`, { id: referral.id }, memberToken);
    return performance.now();
  };
  const mailAt = (reference) => smtp.received.find((m) => m.reference === reference)?.at;

  const latencySet = await inBatches(Array.from({ length: RUN.latencyReferrals }), 10, createReferral);
  const sentAt = new Map();
  for (const [i, referral] of latencySet.entries()) {
    sentAt.set(referral.reference, await sendReferral(referral));
    await sleep(97 + (i % 7) * 61); // spread over the mail worker's poll interval
  }
  const latencyRefs = new Set(latencySet.map((r) => r.reference));
  await smtp.until(() => [...latencyRefs].every((ref) => mailAt(ref) !== undefined), RUN.mailTimeoutS * 1000);
  const latencies = latencySet.map((r) => mailAt(r.reference) - sentAt.get(r.reference)).filter((v) => !Number.isNaN(v));
  const mailLatency = { p50Ms: round(percentile(latencies, 50), 0), p99Ms: round(percentile(latencies, 99), 0), samples: latencies.length, of: latencySet.length };
  log(`referral mail: p50 ${mailLatency.p50Ms} ms, p99 ${mailLatency.p99Ms} ms over ${latencies.length}/${latencySet.length}`);

  let started = performance.now();
  const burst = await inBatches(Array.from({ length: RUN.burstReferrals }), 20, createReferral);
  const createSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await inBatches(burst, 20, sendReferral);
  const burstRefs = new Set(burst.map((r) => r.reference));
  const burstMails = () => smtp.received.filter((m) => burstRefs.has(m.reference));
  const allArrived = await smtp.until(() => new Set(burstMails().map((m) => m.reference)).size === burstRefs.size, RUN.mailTimeoutS * 1000);
  const deliverSeconds = (performance.now() - started) / 1000;
  await sleep(4_500); // two more worker passes: a duplicate would show up now
  const mails = burstMails();
  const distinctIds = new Set(mails.map((m) => m.messageId)).size;
  const burstResult = {
    referrals: burst.length,
    mails: mails.length,
    distinctMessageIds: distinctIds,
    allArrived,
    createSeconds: round(createSeconds, 2),
    sendToLastMailSeconds: round(deliverSeconds, 2),
    ok: mails.length === burst.length && distinctIds === burst.length,
  };
  log(`burst: ${burst.length} referrals sent -> ${mails.length} mails, ${distinctIds} distinct Message-IDs: ${burstResult.ok ? 'OK' : 'MISMATCH'}`);
  return { mailLatency, burst, mails, distinctIds, burstResult };
}

/** The table rows of (3). */
function referralMailRows({ mailLatency, burst, mails, distinctIds, burstResult }) {
  return [
    ['(3) referral sent → mail accepted: p50 ms', mailLatency.p50Ms, '', ''],
    ['(3) referral sent → mail accepted: p99 ms', mailLatency.p99Ms, '', ''],
    [`(3) burst of ${burst.length}: mails / distinct Message-IDs`, `${mails.length} / ${distinctIds}`, `${burst.length} / ${burst.length}`, burstResult.ok],
    [`(3) burst of ${burst.length}: sent → last mail s`, burstResult.sendToLastMailSeconds, '', ''],
  ];
}

/** Resident memory of one process (the API's primary alone), in MB. */
/** "server / PostgreSQL" CPU ms per request of a load run. */
function cpuPair({ cpuMsPerRequest }) {
  return `${cpuMsPerRequest?.server ?? '?'} / ${cpuMsPerRequest?.database ?? '?'}`;
}

function rssMb(pid) {
  try {
    return round(Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)[1]) / 1024);
  } catch {
    return null;
  }
}

/** The page with its lists in a fixed order, to compare the api's JSON with the baseline's. */
function normalize(data) {
  const sortBy = (list, key) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    totalCount: data.activities.totalCount,
    pageInfo: data.activities.pageInfo,
    edges: data.activities.edges.map(({ cursor, node }) => ({
      cursor,
      node: {
        ...node,
        coOrganizers: sortBy(node.coOrganizers, (o) => o.id),
        goals: sortBy(node.goals, (g) => g.id),
        institutions: sortBy(node.institutions, (i) => `${i.kind}|${i.name}`),
        participants: sortBy(node.participants, (p) => `${p.gender}|${p.ageBand.code}`),
      },
    })),
  };
}

function printTable(rows) {
  const head = ['metric', 'value', 'target', 'ok?'];
  const cells = rows.map(([m, v, t, ok]) => [m, String(v ?? '–'), t, ok === '' ? '' : ok ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${cells.map(line).join('\n')}\n\n`);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`bench: FAILED: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  if (!interrupted) await cleanup();
}
process.exit(exitCode);
