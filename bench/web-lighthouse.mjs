// `npm run bench:web` (= npm run build && node bench/web-lighthouse.mjs): Lighthouse's mobile profile
// on the web app's activities list and activity form (as the demo member-staff person) and on the
// partner's inbox and a referral's page (as the demo partner, after the demo member sent one), against the
// BUILT portal started the way a newcomer starts it (`npm start` on a throwaway embedded database).
// Prints performance, accessibility and best-practices scores and the initial JavaScript (gzipped),
// and writes bench/results/web-lighthouse.json. Figures are reported against the targets, not asserted.
// Needs Chromium (CHROME_PATH, default /usr/bin/chromium) and Node 22.19+ (Lighthouse 13).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const log = (line) => process.stdout.write(`bench:web: ${line}\n`);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Initial JavaScript: the scripts and module preloads the page names, gzipped as a server would send them. */
function initialJsGzipKb() {
  const html = readFileSync(join(ROOT, 'dist', 'web', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(ROOT, 'dist', 'web', path))).length, 0);
  return Number((bytes / 1024).toFixed(1));
}

const dataDir = mkdtempSync(join(tmpdir(), 'atnp-lighthouse-'));
execFileSync('chmod', ['755', dataDir]);
const port = await freePort();
const adminPort = await freePort();
// Production mode, as it is served; production needs its secrets, generated per run.
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  ADMIN_PORT: String(adminPort),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  JWT_SECRET: randomBytes(32).toString('base64'),
  REFERRAL_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
};
delete env.DATABASE_URL;

let output = '';
const portal = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js'), 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
portal.stdout.on('data', (chunk) => (output += chunk));
const profile = mkdtempSync(join(tmpdir(), 'atnp-lighthouse-chrome-'));
let context;

try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && !(await fetch(`${base}/ready`).then((r) => r.ok, () => false)); i++) {
    if (portal.exitCode !== null) throw new Error('the portal exited before it was ready');
    await new Promise((r) => setTimeout(r, 500));
  }
  const password = output.match(/password for all of them: (\S+)/)?.[1];
  if (!password) throw new Error('the portal did not print the demo accounts');

  // One Chrome profile: signed in once (the refresh cookie), then measured by Lighthouse over CDP.
  const debugPort = await freePort();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--remote-debugging-port=${debugPort}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const signInAs = async (email) => {
    await context.clearCookies();
    await page.goto(`${base}/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.waitForSelector('h1');
  };
  const measure = async (name, path) => {
    const run = await lighthouse(`${base}${path}`, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      // The session is the refresh cookie in this profile: keep it.
      disableStorageReset: true,
    });
    const { categories, audits } = run.lhr;
    results[name] = {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    };
  };
  const gql = async (query, variables, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const results = {};
  // The member organizations' pages, as the demo member-staff person.
  await signInAs('member-staff@demo.local');
  await measure('activities list', '/activities');
  await measure('activity form', '/activities/new');

  // The partner's pages: a referral the demo member sends to the demo partner (LSI), then its inbox and page.
  const { signIn } = await gql('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email: 'member-staff@demo.local', password } });
  const { referralPartners } = await gql('{ referralPartners(category: SAFE_RETURN, urgency: URGENT) { organization { id shortName } } }', {}, signIn.accessToken);
  const partner = referralPartners.find((p) => p.organization.shortName === 'LSI');
  if (!partner) throw new Error('the demo partner (LSI) accepts no SAFE_RETURN referral');
  const { createReferral } = await gql(
    'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
    { input: { partnerOrganizationId: partner.organization.id, category: 'SAFE_RETURN', urgency: 'URGENT', person: { caseCode: 'BENCH-1', gender: 'FEMALE' } } },
    signIn.accessToken,
  );
  await gql('mutation($id: ID!) { sendReferral(id: $id) { status } }', { id: createReferral.id }, signIn.accessToken);
  await signInAs('partner@demo.local');
  await measure('partner inbox', '/referrals');
  await measure('referral page', `/referrals/${createReferral.id}`);
  const initialJs = initialJsGzipKb();

  const ok = (value, target, lower = false) => (lower ? value < target : value >= target) ? 'yes' : 'NO';
  const rows = [['metric', 'value', 'target', 'ok?']];
  for (const [name, r] of Object.entries(results)) {
    rows.push([`${name}: performance`, r.performance, '≥ 90', ok(r.performance, 90)]);
    rows.push([`${name}: accessibility`, r.accessibility, '100', ok(r.accessibility, 100)]);
    rows.push([`${name}: best practices`, r.bestPractices, '≥ 95', ok(r.bestPractices, 95)]);
    rows.push([`${name}: LCP / TBT ms, CLS`, `${r.lcpMs} / ${r.tbtMs}, ${r.cls}`, '', '']);
  }
  rows.push(['initial JavaScript, gzipped: kB', initialJs, '< 200', ok(initialJs, 200, true)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows) process.stdout.write(`| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |\n`);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'web-lighthouse.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, results, initialJsGzipKb: initialJs }, null, 2));
  log('written to bench/results/web-lighthouse.json');
} finally {
  await context?.close().catch(() => undefined);
  if (portal.exitCode === null && portal.signalCode === null) {
    const exited = new Promise((resolve) => portal.once('exit', resolve));
    portal.kill('SIGTERM');
    await exited;
  }
  rmSync(profile, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
