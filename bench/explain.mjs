// EXPLAIN (ANALYZE, BUFFERS) of the API's activities page statements. Used by bench/run.mjs after
// its load runs; also on its own, against a database the bench's synthetic data was loaded into:
//   node bench/explain.mjs <database-url> [file]   (writes bench/EXPLAIN.md by default)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the API's ActivitiesService runs for a page (the
 * built code, its own SQL and parameters), for a coordinator (first and second page) and a member
 * user, each run once before to warm the cache as the load did.
 */
export async function explainPages(url, dataset, { command, activities }) {
  const { DataSource } = require('typeorm');
  const { dataSourceOptions } = require(join(DIST, 'libs/database/src/data-source-options.js'));
  const { ActivitiesService } = require(join(DIST, 'libs/activities/src/activities.service.js'));
  const { PORTAL_ENTITIES } = require(join(DIST, 'apps/shared/entities.js'));
  const dataSource = new DataSource({ ...dataSourceOptions(url, { entities: PORTAL_ENTITIES, poolSize: 1, applicationName: 'bench-explain' }), migrations: [] });
  await dataSource.initialize();
  const original = dataSource.query.bind(dataSource);
  let recorded = [];
  dataSource.query = (sql, params) => (recorded.push({ sql, params }), original(sql, params));
  // The API's reads outside transactions are named prepared statements on TypeORM's pg pool (one
  // connection here): recorded with their names, so that their plans are the ones PostgreSQL keeps
  // for them (after five runs it may switch a statement to a generic plan).
  const pool = dataSource.driver.master;
  const poolQuery = pool.query.bind(pool);
  pool.query = (config, ...rest) => {
    if (typeof config === 'object' && config?.name) recorded.push({ sql: config.text, params: config.values, name: config.name });
    return poolQuery(config, ...rest);
  };
  const service = new ActivitiesService(dataSource, null);
  const organizationId = dataset.memberIds.find((id) => id !== dataset.memberId && id !== dataset.astraId);
  const filter = { organizationId, from: '2023-01-01', to: '2023-12-31' };
  const coordinator = { id: '00000000-0000-4000-8000-000000000001', organizationId: dataset.astraId, role: 'COORDINATOR' };
  const member = { id: '00000000-0000-4000-8000-000000000002', organizationId: dataset.memberId, role: 'MEMBER_ADMIN' };
  const first = await service.list(coordinator, { filter, first: 50, orderBy: 'NEWEST_FIRST' });
  const cases = [
    ['coordinator, first page', coordinator, {}],
    ['coordinator, next page (after a cursor)', coordinator, { after: first.pageInfo.endCursor }],
    ['member user, first page', member, {}],
  ];
  const sections = [];
  const summary = [];
  try {
    for (const [label, actor, extra] of cases) {
      recorded = [];
      await service.list(actor, { filter, first: 50, orderBy: 'NEWEST_FIRST', ...extra });
      const statements = recorded;
      recorded = [];
      for (const [i, { sql, params, name }] of statements.entries()) {
        const kind = /LIMIT/.test(sql) ? (/count\(\*\)|activity_counts/.test(sql) ? 'page with its total' : 'page') : 'count';
        let plan;
        if (name) {
          // As the API runs it: the prepared statement, run five times more (PostgreSQL then settles
          // on a custom or a generic plan), then EXPLAIN EXECUTE with the same values.
          for (let run = 0; run < 5; run++) await poolQuery({ name, text: sql, values: params });
          plan = (await poolQuery(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE ${name}(${params.map(literal).join(', ')})`)).rows.map((row) => row['QUERY PLAN']).join('\n');
        } else {
          plan = (await original(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).map((row) => row['QUERY PLAN']).join('\n');
        }
        const ms = Number(plan.match(/Execution Time: ([\d.]+) ms/)?.[1]);
        const seqScans = (plan.match(/Seq Scan/g) ?? []).length;
        const jit = /JIT:/.test(plan);
        const heapFetches = [...plan.matchAll(/Heap Fetches: (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
        const indexOnly = (plan.match(/Index Only Scan/g) ?? []).length;
        const prepared = name ? `, prepared (${/\$\d/.test(plan) ? 'generic' : 'custom'} plan)` : '';
        summary.push(`${label} ${kind}: ${ms} ms, ${seqScans} seq scans, ${indexOnly} index-only scans (${heapFetches} heap fetches), JIT ${jit ? 'ON' : 'off'}${prepared}`);
        sections.push(`### ${label}: ${kind}${prepared} (statement ${i + 1} of ${statements.length})\n\n\`\`\`sql\n${sql}\n\`\`\`\n\nParameters: \`${JSON.stringify(params)}\`\n\n\`\`\`\n${plan}\n\`\`\`\n`);
      }
    }
  } finally {
    await dataSource.destroy();
  }
  const markdown = [
    '# Plans of the activities page',
    '',
    `Written by \`${command}\` (${activities.toLocaleString('en')} activities, after VACUUM ANALYZE, ${new Date().toISOString()}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores):`,
    'the statements the API runs for one organization\'s activities in 2023, 50 to a page, newest first,',
    'with the SQL and parameters of the built `ActivitiesService` and `EXPLAIN (ANALYZE, BUFFERS)`. The page and its',
    'total are one statement; the relations (co-organizers, goals, …) follow in one statement each. The API runs them as',
    'named prepared statements: each is explained with `EXPLAIN EXECUTE` after five runs, the plan PostgreSQL keeps for it.',
    '',
    ...summary.map((line) => `- ${line}`),
    '',
    ...sections,
  ].join('\n');
  return { markdown, summary: summary.join('; ') };
}

/** A value as an SQL literal, for EXPLAIN EXECUTE (which takes no parameters). */
function literal(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return pg.Client.prototype.escapeLiteral(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return pg.Client.prototype.escapeLiteral(String(value));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: node bench/explain.mjs <database-url> [file]');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const members = (await client.query(`SELECT id, short_name FROM organizations WHERE kind = 'AT_NETWORK_MEMBER' ORDER BY short_name`)).rows;
  const memberId = (await client.query(`SELECT organization_id FROM users WHERE email = 'bench-member@bench.local'`)).rows[0].organization_id;
  const activities = (await client.query('SELECT count(*)::int AS n FROM activities')).rows[0].n;
  await client.end();
  const astraId = (members.find((m) => m.short_name === 'ASTRA') ?? members[0]).id;
  const explained = await explainPages(url, { memberIds: members.map((m) => m.id), memberId, astraId }, { command: 'node bench/explain.mjs', activities });
  const file = process.argv[3] ?? join(ROOT, 'bench/EXPLAIN.md');
  writeFileSync(file, explained.markdown);
  process.stdout.write(`${explained.summary}\nwrote ${file}\n`);
}
