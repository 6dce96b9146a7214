// The baseline for the activities page: the best SQL we can write by hand for the same JSON as the
// API's `activities` query (data.activities.edges[].node...), served by plain node:http and pg, so
// that api ÷ baseline compares the API with the database's own speed. One statement per page:
// both halves of "led or co-organized" read from their indexes in the page's order, the total from
// the running counts the database keeps per organization, day, status and reader (the API's own
// source: counting the index entries costs ten times more at ten times the activities), every
// relation aggregated to JSON in PostgreSQL.
//
// Started by bench/run.mjs as a child process: DATABASE_URL, PORT; prints "listening" when ready.
// `x-member-organization: <id>` asks for a member user's page (approved activities, and the
// unapproved ones that organization leads or co-organizes), as the API shows a member; without it,
// a coordinator's (everything). POST /typename answers `{ __typename }` with nothing else: the
// bare node:http figure the API's own cost per request is compared with.
import { createServer } from 'node:http';
import pg from 'pg';

// The same session settings as the portal's own connections (libs/database: no JIT, no parallel workers).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10), options: '-c jit=off -c max_parallel_workers_per_gather=0' });

// $1 organization, $2 from, $3 to, $4 page size + 1, $5 the member's organization (NULL: coordinator).
const VISIBLE = `($5::uuid IS NULL OR a.status = 'APPROVED' OR a.organization_id = $5
                 OR EXISTS (SELECT 1 FROM activity_co_organizers v WHERE v.activity_id = a.id AND v.organization_id = $5))`;

const PAGE_SQL = `
  WITH page AS (
    SELECT * FROM (
      (SELECT a.* FROM activities a
        WHERE a.organization_id = $1 AND a.starts_on BETWEEN $2 AND $3 AND ${VISIBLE}
        ORDER BY a.starts_on DESC, a.id DESC LIMIT $4)
      UNION ALL
      (SELECT a.* FROM activity_co_organizers c JOIN activities a ON a.id = c.activity_id
        WHERE c.organization_id = $1 AND c.starts_on BETWEEN $2 AND $3 AND ${VISIBLE}
        ORDER BY c.starts_on DESC, c.activity_id DESC LIMIT $4)) u
    ORDER BY starts_on DESC, id DESC LIMIT $4)
  SELECT
    CASE WHEN $5::uuid IS NULL OR $5 = $1
      THEN (SELECT coalesce(sum(k.activities), 0) FROM activity_counts k
             WHERE k.organization_id = $1 AND k.viewer_id IS NULL AND k.starts_on BETWEEN $2 AND $3)
      ELSE (SELECT coalesce(sum(k.activities), 0) FROM activity_counts k
             WHERE k.organization_id = $1 AND k.viewer_id IS NULL AND k.status = 'APPROVED' AND k.starts_on BETWEEN $2 AND $3)
         + (SELECT coalesce(sum(k.activities), 0) FROM activity_counts k
             WHERE k.organization_id = $1 AND k.viewer_id = $5 AND k.starts_on BETWEEN $2 AND $3) END AS total,
    (SELECT coalesce(json_agg(json_build_object(
       'id', p.id, 'title', p.title, 'type', p.type, 'startsOn', p.starts_on::text, 'endsOn', p.ends_on::text,
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
     ) ORDER BY p.starts_on DESC, p.id DESC), '[]')
     FROM page p JOIN organizations o ON o.id = p.organization_id) AS nodes`;

const cursor = (sort, id) => Buffer.from(JSON.stringify([sort, id]), 'utf8').toString('base64url');

async function page({ organizationId, from, to, first = 50 }, memberOrganizationId) {
  // A named statement: parsed and planned once per connection, as the API's own reads are.
  const { rows } = await pool.query({ name: 'page', text: PAGE_SQL, values: [organizationId, from, to, first + 1, memberOrganizationId ?? null] });
  const nodes = rows[0].nodes;
  const edges = nodes.slice(0, first).map((node) => ({ cursor: cursor(node.startsOn, node.id), node }));
  return {
    data: {
      activities: {
        totalCount: Number(rows[0].total),
        pageInfo: { hasNextPage: nodes.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

const TYPENAME = JSON.stringify({ data: { __typename: 'Query' } });

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      if (req.url === '/typename') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(TYPENAME) });
        return res.end(TYPENAME);
      }
      // Same request body as the API gets: { query, variables }; the variables say which page.
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const body = JSON.stringify(await page(variables, req.headers['x-member-organization']));
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
