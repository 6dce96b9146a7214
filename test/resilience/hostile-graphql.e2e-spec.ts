import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, GraphqlResult, startTestApp, TestApp } from '../utils/test-app';

/** What a careless query builder would trip over: quotes, comments, LIKE wildcards, escapes, stacked statements. */
const SQL_METACHARACTERS = ["' OR 1=1 --", '%', '_', '\\', "'; DROP TABLE organizations; --"];
const ALL_METACHARACTERS = `x' OR 1=1 -- %_\\ "; DROP TABLE organizations; --`;
/** What a client must never see: a stack, a source path, SQL or a driver's message. */
const LEAK = /stacktrace|\bat [\w.<>]+ \(|\.ts:\d|QueryFailedError|syntax error at or near|SELECT |INSERT INTO|UPDATE "|relation "/i;
/** An id that looks right and names nothing. */
const UNKNOWN_ID = randomUUID();

/** A plausible value for a string-typed input, so that the hostile string elsewhere gets past validation to the service. */
function plausibleString(name: string, typeName: string): string {
  if (typeName === 'ID') return UNKNOWN_ID;
  if (typeName === 'DateTime') return name === 'endsAt' ? '2030-03-14T12:00:00Z' : '2030-03-14T10:00:00Z';
  if (/email/i.test(name)) return 'someone@example.org';
  if (/url|website|link/i.test(name)) return 'https://example.org';
  if (/^(from|to|since|until|issuedOn|givenAt|dateOfBirth)$|On$/.test(name)) return '2024-03-14';
  if (/^(country|citizenship|countryOf\w+)$/.test(name)) return 'RS';
  if (/password/i.test(name)) return 'correct horse battery staple';
  if (name === 'period') return '2024';
  if (/^(code|dimensionCode)$/.test(name)) return 'RESILIENCE_1';
  if (name === 'languages') return 'en';
  if (name === 'timeZone') return 'Europe/Belgrade';
  return 'Radionica';
}

/** Where a string can be put in an operation's arguments: `input.person.caseCode`, `filter.search`, `id`. */
type Path = string[];

function stringPaths(fields: readonly (GraphQLArgument | GraphQLInputField)[], prefix: Path = [], seen = new Set<string>()): Path[] {
  const paths: Path[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) continue;
      paths.push(...stringPaths(Object.values(named.getFields()), [...prefix, field.name], new Set([...seen, named.name])));
    } else if (!isEnumType(named) && ['String', 'ID', 'DateTime', 'Date'].includes(named.name)) {
      paths.push([...prefix, field.name]);
    }
  }
  return paths;
}

/**
 * Arguments with `hostile` at `path` and plausible values for what is required elsewhere;
 * optional inputs are left out unless the path goes through them. `path` is null off the path.
 */
function valueFor(name: string, type: GraphQLInputType, path: Path | null, hostile: string): unknown {
  if (isNonNullType(type)) return valueFor(name, type.ofType, path, hostile);
  if (isListType(type)) return [valueFor(name, type.ofType, path, hostile)];
  if (isInputObjectType(type)) return objectFor(Object.values(type.getFields()), path, hostile);
  if (isEnumType(type)) return type.getValues()[0].value;
  if (path?.length === 0) return hostile;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return plausibleString(name, type.name);
  }
}

function objectFor(fields: readonly (GraphQLArgument | GraphQLInputField)[], path: Path | null, hostile: string): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of fields) {
    const onPath = path?.[0] === field.name;
    if (!onPath && (!isNonNullType(field.type) || field.defaultValue !== undefined)) continue;
    value[field.name] = valueFor(field.name, field.type, onPath ? path!.slice(1) : null, hostile);
  }
  return value;
}

/** `mutation($a: String!, $b: FooInput) { field(a: $a, b: $b) { __typename } }` */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): string {
  const used = field.args.filter((arg) => arg.name in args);
  const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Why an answer is not a clean client error, or null when it is. */
function problemWith(result: GraphqlResult, text: string): string | null {
  if (result.status >= 500) return `HTTP ${result.status}`;
  if (result.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (LEAK.test(text)) return `leaks internals: ${text.slice(0, 300)}`;
  return null;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe('hostile GraphQL', () => {
  let t: TestApp;
  let coordinator: GqlOptions;
  let schema: GraphQLSchema;

  /** Sends a raw body and keeps the text, to look for leaks in it. */
  const send = async (body: string | Buffer, options: GqlOptions = {}) => {
    const started = Date.now();
    const response = await t
      .http()
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...options.headers })
      .send(body);
    const result: GraphqlResult = { status: response.status, data: response.body?.data, errors: response.body?.errors, headers: response.headers as Record<string, string> };
    return { ...result, text: response.text, ms: Date.now() - started };
  };
  const expectClientError = (result: GraphqlResult & { text: string }) => {
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.text).not.toMatch(LEAK);
  };

  beforeAll(async () => {
    t = await startTestApp('api');
    const astra = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' });
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    const introspection = await t.gql(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data);
  });

  afterAll(() => t.close());

  /** Sends each operation as the coordinator, 8 at a time; tallies the answers by error code and lists the bad ones. */
  const sweep = async (calls: { label: string; query: string; variables: Record<string, unknown> }[]) => {
    const problems: string[] = [];
    const outcomes: Record<string, number> = {};
    await inBatches(calls, 8, async ({ label, query, variables }) => {
      const result = await send(JSON.stringify({ query, variables }), coordinator);
      const problem = problemWith(result, result.text);
      if (problem) problems.push(`${label}: ${problem}`);
      const outcome = result.errors?.[0].extensions?.code ?? 'DATA';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    });
    return { problems, outcomes };
  };

  it('refuses a query over the cost limit as a client error', async () => {
    const page = `edges { node { name shortName city memberships { role network { code name } organization { name city } } } }`;
    const { status, errors } = await t.gql(`{ organizations(first: 100) { ${page} } networks(first: 100) { edges { node { memberships { organization { name } } } } } }`);
    expect(status).toBe(400);
    // Said as what it is, not as a "Syntax Error".
    expect(errors?.[0].message).toMatch(/^The query asks for too much at once: it costs \d+, over the limit of 5000\. Ask for fewer items per page/);
    expect(errors?.[0].message).not.toMatch(/Syntax Error/);
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a body over 1 MB with 413, never a 500', async () => {
    const result = await send(JSON.stringify({ query: `query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, variables: { s: 'a'.repeat(1_100_000) } }));
    expect(result.status).toBe(413);
    expect(result.text).not.toMatch(LEAK);
  });

  it('answers a string of almost 1 MB in a filter as bad input, quickly', async () => {
    const result = await send(JSON.stringify({ query: `query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, variables: { s: 'ž'.repeat(400_000) } }), coordinator);
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.text).not.toMatch(LEAK);
    expect(result.ms).toBeLessThan(2_000);
  });

  it('answers invalid UTF-8 and malformed JSON in the body as client errors', async () => {
    const prefix = Buffer.from('{"query":"query($s: String) { organizations(filter: { search: $s }) { totalCount } }","variables":{"s":"');
    const invalid = await send(Buffer.concat([prefix, Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}}')]), coordinator);
    expect(invalid.status).toBeLessThan(500);
    expect(problemWith(invalid, invalid.text)).toBeNull();
    // A lone byte that cuts the JSON itself.
    expectClientError(await send(Buffer.concat([Buffer.from('{"query":"{ networks { totalCount } }'), Buffer.from([0xff]), Buffer.from('}')])));
    expectClientError(await send('{"query": "{ networks { totalCount } }"'));
    expectClientError(await send('null'));
  });

  it('answers SQL metacharacters in every string argument of every query as data or a client error, never an internal one', async () => {
    const calls: { label: string; query: string; variables: Record<string, unknown> }[] = [];
    for (const field of Object.values((schema.getQueryType() as GraphQLObjectType).getFields())) {
      for (const path of stringPaths(field.args)) {
        for (const hostile of [...SQL_METACHARACTERS, ALL_METACHARACTERS]) {
          const variables = objectFor(field.args, path, hostile);
          calls.push({ label: `${field.name}(${path.join('.')}: ${JSON.stringify(hostile)})`, query: operationFor('query', field, variables), variables });
        }
      }
    }
    const { problems, outcomes } = await sweep(calls);
    expect(calls.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    // Filters such as `search` and `city` take them as plain text and answer with data.
    expect(outcomes.DATA).toBeGreaterThan(20);
    // And nothing was dropped.
    expect((await t.db.dataSource.query(`SELECT count(*)::int AS n FROM organizations`))[0].n).toBeGreaterThan(0);
  });

  it('answers SQL metacharacters in every string input of every mutation as data or a client error, never an internal one', async () => {
    const calls: { label: string; query: string; variables: Record<string, unknown> }[] = [];
    for (const field of Object.values((schema.getMutationType() as GraphQLObjectType).getFields())) {
      for (const path of stringPaths(field.args)) {
        const variables = objectFor(field.args, path, ALL_METACHARACTERS);
        calls.push({ label: `${field.name}(${path.join('.')})`, query: operationFor('mutation', field, variables), variables });
      }
    }
    const { problems, outcomes } = await sweep(calls);
    expect(calls.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    // Some are stored as given (titles, names, messages): text, never SQL.
    expect(outcomes.DATA).toBeGreaterThan(0);
    expect((await t.db.dataSource.query(`SELECT count(*)::int AS n FROM organizations`))[0].n).toBeGreaterThan(0);
  });

  it('refuses a huge page size as bad input, naming the field', async () => {
    for (const list of ['organizations', 'activities', 'referrals', 'auditLog', 'users', 'meetings']) {
      const { errors } = await t.gql(`query($n: Int!) { ${list}(first: $n) { totalCount } }`, { n: 1_000_000 }, coordinator);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'first' })] });
    }
    // Written into the query, the cost limit (which multiplies by `first`) refuses it before it runs.
    const literal = await t.gql(`{ organizations(first: 1000000) { edges { node { name } } } }`, {}, coordinator);
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0].message).toMatch(/too much at once: it costs \d+, over the limit of 5000/);
    // Past 32 bits it is not even an Int.
    const huge = await t.gql(`{ organizations(first: 99999999999) { totalCount } }`, {}, coordinator);
    expect(huge.status).toBe(400);
    expect(huge.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['a string for an Int', `{ organizations(first: "ten") { totalCount } }`, {}],
    ['an object for an ID', `query($id: ID!) { organization(id: $id) { name } }`, { id: { $ne: null } }],
    ['an array for a String', `query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, { s: ['a', 'b'] }],
    ['null for a required argument', `query($id: ID!) { organization(id: $id) { name } }`, { id: null }],
    ['an unknown enum value', `{ activities(filter: { type: PICNIC }) { totalCount } }`, {}],
    ['a float for an Int', `query($n: Int!) { organizations(first: $n) { totalCount } }`, { n: 1.5 }],
    ['an unknown field of an input', `query($f: OrganizationsFilter) { organizations(filter: $f) { totalCount } }`, { f: { search: 'x', sql: 'DROP' } }],
    ['a date that is no date', `query($d: DateTime) { referralStatistics(from: $d) { total } }`, { d: "2024-13-45'; --" }],
  ])('refuses %s as a client error', async (_, query, variables) => {
    const result = await send(JSON.stringify({ query, variables }), coordinator);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(problemWith(result, result.text)).toBeNull();
  });

  it('keeps answering a normal query within 2 s while 20 hostile requests run', async () => {
    const deep = `{ networks { edges { node { memberships { organization { memberships { network { memberships { organization { memberships { network { code } } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: networks { totalCount }`).join(' ')} }`;
    const hostile = [
      () => send(JSON.stringify({ query: `query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, variables: { s: `%${'_%'.repeat(300_000)}` } }), coordinator),
      () => send(JSON.stringify({ query: `query($s: String) { activities(filter: { search: $s }) { totalCount } }`, variables: { s: '%'.repeat(900_000) } }), coordinator),
      () => send(JSON.stringify({ query: deep })),
      () => send(JSON.stringify({ query: aliases })),
      () => send(JSON.stringify({ query: 'x'.repeat(1_100_000) })),
    ];
    const running = Array.from({ length: 20 }, (_, i) => hostile[i % hostile.length]());
    const started = Date.now();
    const normal = await t.gql(`{ networks { totalCount } }`, {}, coordinator);
    const normalMs = Date.now() - started;
    const answers = await Promise.all(running);
    expect(normal.errors).toBeUndefined();
    expect(normalMs).toBeLessThan(2_000);
    for (const answer of answers) expect(problemWith(answer, answer.text)).toBeNull();
  });
});

describe('hostile GraphQL: NUL bytes and forged cursors', () => {
  let t: TestApp;
  let coordinator: GqlOptions;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await startTestApp('api');
    const astra = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' });
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    schema = buildClientSchema((await t.gql(getIntrospectionQuery())).data);
  });

  afterAll(() => t.close());

  /** Each operation with a NUL byte at one string path, as the coordinator; the codes of the answers by label. */
  const withNul = async (kind: 'query' | 'mutation') => {
    const root = (kind === 'query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
    const answers: Record<string, string> = {};
    const calls = Object.values(root.getFields()).flatMap((field) =>
      stringPaths(field.args).map((path) => {
        const variables = objectFor(field.args, path, 'Radio\u0000nica');
        return { label: `${field.name}(${path.join('.')})`, query: operationFor(kind, field, variables), variables };
      }),
    );
    await inBatches(calls, 8, async ({ label, query, variables }) => {
      const result = await t.gql(query, variables, coordinator);
      answers[label] = result.status >= 500 ? `HTTP ${result.status}` : (result.errors?.[0].extensions?.code ?? 'DATA');
    });
    return answers;
  };

  it('security: answers a NUL byte in any string argument of any query as BAD_USER_INPUT, never an internal error', async () => {
    const answers = await withNul('query');
    expect(Object.keys(answers).length).toBeGreaterThan(20);
    expect(Object.entries(answers).filter(([, code]) => code !== 'BAD_USER_INPUT')).toEqual([]);
  });

  it('security: answers a NUL byte in any string input of any mutation as BAD_USER_INPUT, never an internal error', async () => {
    const answers = await withNul('mutation');
    expect(Object.keys(answers).length).toBeGreaterThan(50);
    // A password is only compared, never stored: one with a NUL byte is simply a wrong one. Sign-in limits may also refuse first.
    const acceptable = (label: string, code: string) => code === 'BAD_USER_INPUT' || code === 'TOO_MANY_REQUESTS' || (label === 'signIn(input.password)' && code === 'UNAUTHENTICATED');
    expect(Object.entries(answers).filter(([label, code]) => !acceptable(label, code))).toEqual([]);
  });

  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
  const LISTS = ['organizations', 'networks', 'activities', 'referrals', 'auditLog', 'users', 'meetings', 'trainings', 'strategyPeriods', 'actionItems', 'undeliveredMails'];
  /** Lists ordered by a date or a time: a sort key that is no date cannot come from them. */
  const BY_DATE = ['activities', 'auditLog', 'meetings', 'trainings', 'strategyPeriods', 'actionItems', 'undeliveredMails'];
  const FORGED: [string, string, string[]][] = [
    ['a sort key that is no date', cursor(['not a date', randomUUID()]), BY_DATE],
    ['a sort key with a NUL byte', cursor(['x\u0000y', randomUUID()]), LISTS],
    ['a number out of every range', cursor([1e308, randomUUID()]), BY_DATE],
    ['a date out of range', cursor(['9999999-01-01', randomUUID()]), BY_DATE],
  ];

  it.each(FORGED)('security: answers a forged cursor (%s) as BAD_USER_INPUT naming `after`, in every list it cannot come from', async (_, after, refusing) => {
    const answers: Record<string, string> = {};
    for (const list of LISTS) {
      const { status, errors } = await t.gql(`query($after: String) { ${list}(after: $after) { totalCount } }`, { after }, coordinator);
      const extensions = errors?.[0].extensions;
      answers[list] = status >= 500 ? `HTTP ${status}` : !extensions ? 'DATA' : `${extensions.code}${extensions.fields ? ` ${extensions.fields.map((f) => f.field).join()}` : ''}`;
    }
    expect(answers).toEqual(Object.fromEntries(LISTS.map((list) => [list, refusing.includes(list) ? 'BAD_USER_INPUT after' : 'DATA'])));
  });
});
