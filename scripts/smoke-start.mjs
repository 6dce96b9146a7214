// What a newcomer does: `npm start` with no DATABASE_URL, then use the portal, then Ctrl-C.
// Checks that the embedded database, API and admin app come up, answer, stop without leaving
// processes behind, and that a second start keeps the data. Run by CI after the build.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'atnp-smoke-'));
execFileSync('chmod', ['755', dataDir]);
const port = await freePort();
const adminPort = await freePort();
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), ADMIN_PORT: String(adminPort), LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function check(condition, message) {
  if (!condition) throw new Error(`smoke: ${message}`);
  console.log(`smoke: ok - ${message}`);
}

async function waitFor(url, seconds, child) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`smoke: the portal exited before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`smoke: ${url} not ready after ${seconds}s`);
}

const gql = async (query, token) =>
  (
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query }),
    })
  ).json();

function postgresProcesses() {
  try {
    return execFileSync('pgrep', ['-f', `postgres -D ${join(dataDir, 'pg')}`]).toString().trim();
  } catch {
    return '';
  }
}

async function run(label, work) {
  // Runs the built CLI directly: `npm start` is `npm run build` followed by exactly this.
  const child = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    await waitFor(`http://127.0.0.1:${port}/ready`, 120, child);
    await waitFor(`http://127.0.0.1:${adminPort}/health`, 30, child);
    await work();
  } finally {
    child.kill('SIGINT');
  }
  const { code } = await exited;
  // 130 = 128 + SIGINT: how a program stopped by Ctrl-C reports it.
  check(code === 130, `${label}: Ctrl-C stops the portal cleanly (exit code ${code})`);
  check(postgresProcesses() === '', `${label}: no embedded PostgreSQL left running`);
  const stillUp = await Promise.all([port, adminPort].map((p) => fetch(`http://127.0.0.1:${p}/health`).then(() => true, () => false)));
  check(!stillUp.includes(true), `${label}: the API and the admin app are stopped too`);
}

let output = '';
const ASTRA = '{ organizations(filter: { search: "ASTRA" }) { edges { node { id createdAt } } } }';
let astra;

try {
  await run('first start', async () => {
    const { data } = await gql('{ organizations(filter: { networkCode: "AT" }) { totalCount edges { node { city } } } }');
    check(data.organizations.totalCount === 8, 'the API lists the eight AT network members');
    const { data: strategy } = await gql('{ strategyPeriods { edges { node { code goals { titleEn } } } } }');
    check(strategy.strategyPeriods.edges[0].node.goals.length === 4, 'strategyPeriods returns 2021-2024 with four goals');
    const page = await (await fetch(`http://127.0.0.1:${adminPort}/`)).text();
    check(page.includes('Zrenjanin') && page.includes('Prijepolje'), 'the admin landing page shows the organizations');
    astra = (await gql(ASTRA)).data.organizations.edges[0].node;
    const password = output.match(/password for all of them: (\S+)/)?.[1];
    check(Boolean(password), 'the first start prints the local demo accounts and their password');
    const signIn = await gql(`mutation { signIn(input: { email: "coordinator@demo.local", password: "${password}" }) { user { role } } }`);
    check(signIn.data?.signIn.user.role === 'COORDINATOR', 'the demo coordinator can sign in');
    const member = await gql(`mutation { signIn(input: { email: "member-staff@demo.local", password: "${password}" }) { accessToken } }`);
    const partners = await gql('{ referralPartners(category: VICTIM_ASSISTANCE_ABROAD, urgency: URGENT) { organization { shortName } } }', member.data?.signIn.accessToken);
    check(partners.data?.referralPartners.some((p) => p.organization.shortName === 'LSI'), 'the demo member finds the demo partner to send a referral to');
    const own = await gql('{ me { organization { id } } }', member.data?.signIn.accessToken);
    const statuses = await gql(
      `{ activities(first: 50, filter: { organizationId: "${own.data?.me.organization.id}" }) { totalCount edges { node { status } } } }`,
      member.data?.signIn.accessToken,
    );
    const seen = new Set(statuses.data?.activities.edges.map((e) => e.node.status));
    check(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'].every((s) => seen.has(s)), 'the demo member finds her organization\'s demo activities, one in each status');
    const network = await fetch(`http://127.0.0.1:${port}/en/network`);
    check(network.status === 200 && (await network.text()).includes('011 33 47 817'), 'the public network page answers without signing in');
    const web = await fetch(`http://127.0.0.1:${port}/activities`, { headers: { accept: 'text/html' } });
    check(web.ok && (await web.text()).includes('<div id="root">'), 'the API serves the web app at / (and its client routes)');
    const staff = await fetch(`http://127.0.0.1:${port}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portal-client': 'web' },
      body: JSON.stringify({ email: 'member-staff@demo.local', password }),
    });
    check(staff.ok && /HttpOnly/i.test(staff.headers.get('set-cookie') ?? ''), 'the demo member-staff person signs in to the web app');
  });
  // Data written in the first run must still be there.
  await run('second start', async () => {
    const again = (await gql(ASTRA)).data.organizations.edges[0].node;
    check(again.id === astra.id && again.createdAt === astra.createdAt, 'a second start keeps the data (same rows, not re-created)');
    check((output.match(/password for all of them/g) ?? []).length === 1, 'the demo password is shown once, not again on the second start');
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
