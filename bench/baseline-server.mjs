// The bare baseline for the activities page: plain node:http and pg running hand-written SQL,
// answering the same JSON as the API's `activities` query (data.activities.edges[].node...).
// Started by bench/run.mjs as a child process: DATABASE_URL, PORT; prints "listening" when ready.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

// Led or co-organized by the organization, starting within [from, to]: what the API's filter means.
const WHERE = `(a.organization_id = $1 OR EXISTS (SELECT 1 FROM activity_co_organizers fc WHERE fc.activity_id = a.id AND fc.organization_id = $1))
               AND a.starts_on >= $2 AND a.starts_on <= $3`;

const COUNT_SQL = `SELECT count(*)::int AS n FROM activities a WHERE ${WHERE}`;

const PAGE_SQL = `
  WITH page AS (
    SELECT a.* FROM activities a WHERE ${WHERE} ORDER BY a.starts_on DESC, a.id DESC LIMIT $4)
  SELECT json_build_object(
    'id', p.id, 'title', p.title, 'type', p.type, 'startsOn', to_char(p.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p.ends_on, 'YYYY-MM-DD'),
    'city', p.city, 'status', p.status, 'participantsTotal', p.participants_total,
    'organization', json_build_object('id', o.id, 'shortName', o.short_name),
    'coOrganizers', (SELECT coalesce(json_agg(json_build_object('id', co.id, 'shortName', co.short_name) ORDER BY co.short_name), '[]')
                       FROM activity_co_organizers c JOIN organizations co ON co.id = c.organization_id WHERE c.activity_id = p.id),
    'goals', (SELECT coalesce(json_agg(json_build_object('id', sg.id, 'code', sg.code) ORDER BY sg.position), '[]')
                FROM activity_goals ag JOIN strategic_goals sg ON sg.id = ag.goal_id WHERE ag.activity_id = p.id),
    'institutions', (SELECT coalesce(json_agg(json_build_object('kind', i.kind, 'name', i.name) ORDER BY i.name), '[]')
                       FROM activity_institutions i WHERE i.activity_id = p.id),
    'participants', (SELECT coalesce(json_agg(json_build_object('gender', ap.gender, 'ageBand', json_build_object('code', b.code), 'count', ap.count)
                                              ORDER BY ap.gender, b.position), '[]')
                       FROM activity_participants ap JOIN age_bands b ON b.id = ap.age_band_id WHERE ap.activity_id = p.id)
  ) AS node, to_char(p.starts_on, 'YYYY-MM-DD') AS sort, p.id
  FROM page p JOIN organizations o ON o.id = p.organization_id
  ORDER BY p.starts_on DESC, p.id DESC`;

const cursor = (sort, id) => Buffer.from(JSON.stringify([sort, id]), 'utf8').toString('base64url');

async function page({ organizationId, from, to, first = 50 }) {
  const params = [organizationId, from, to];
  const [count, rows] = await Promise.all([pool.query(COUNT_SQL, params), pool.query(PAGE_SQL, [...params, first + 1])]);
  const edges = rows.rows.slice(0, first).map((r) => ({ cursor: cursor(r.sort, r.id), node: r.node }));
  return {
    data: {
      activities: {
        totalCount: count.rows[0].n,
        pageInfo: { hasNextPage: rows.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      // Same request body as the API gets: { query, variables }; the variables say which page.
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const body = JSON.stringify(await page(variables));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
    }
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
const stop = () => server.close(() => pool.end().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
