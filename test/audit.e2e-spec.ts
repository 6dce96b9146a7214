import { randomUUID } from 'node:crypto';
import { Controller, INestApplication, Post } from '@nestjs/common';
import { Args, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { LoggerModule } from 'nestjs-pino';
import request from 'supertest';
import { printSchema } from 'graphql';
import { AuditAction, AuditEntry, AuditEntryConnection, AuditLogArgs, AuditModule, AuditService, changedFieldNames, NewAuditEntry } from '@app/audit';
import { requestIdOf } from '@app/common';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { PORTAL_ENTITIES } from '../apps/shared/entities';

describe('audit log', () => {
  let db: TestDatabase;
  let sut: AuditService;

  beforeAll(async () => {
    db = await createTestDatabase();
    sut = new AuditService(db.dataSource.getRepository(AuditEntry));
  });

  afterAll(() => db.drop());

  /** Rows as stored, straight from SQL. */
  const stored = (entityId: string): Promise<any[]> =>
    db.dataSource.query(`SELECT *, host(ip) AS ip FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`, [entityId]);

  /** Entries with chosen times, written as the database would have them. */
  async function insertAt(times: string[], fields: { action?: AuditAction; entityType?: string } = {}): Promise<void> {
    for (const at of times) {
      await db.dataSource.query(`INSERT INTO audit_log (occurred_at, action, entity_type) VALUES ($1, $2, $3)`, [
        at,
        fields.action ?? AuditAction.ENTITY_UPDATED,
        fields.entityType ?? 'Timed',
      ]);
    }
  }

  /** Every page of a filtered list, in order, with the totals the pages reported. */
  async function allPages(filter: Parameters<AuditService['list']>[0], first: number) {
    const pages: AuditEntry[][] = [];
    const totals: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await sut.list(filter, { first, after });
      pages.push(page.edges.map((edge) => edge.node));
      totals.push(page.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    return { pages, entries: pages.flat(), totals };
  }

  describe('record', () => {
    it('stores who, their organization, what, on which record, from which request and IP, and when', async () => {
      const actor = { userId: randomUUID(), organizationId: randomUUID() };
      const entityId = randomUUID();
      const entry = await sut.record({
        action: AuditAction.ENTITY_UPDATED,
        actor,
        entityType: 'Organization',
        entityId,
        changedFields: ['city', 'website'],
        summary: 'Organization details changed',
        requestId: 'req-12345678',
        ip: '192.0.2.7',
      });

      expect(entry).toMatchObject({ id: expect.any(String), occurredAt: expect.any(Date), action: 'entity.update' });
      const [row] = await stored(entityId);
      expect(row).toMatchObject({
        id: entry.id,
        actor_user_id: actor.userId,
        actor_organization_id: actor.organizationId,
        action: 'entity.update',
        entity_type: 'Organization',
        entity_id: entityId,
        changed_fields: ['city', 'website'],
        summary: 'Organization details changed',
        request_id: 'req-12345678',
        ip: '192.0.2.7',
      });
      expect(Math.abs(row.occurred_at.getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('records a failed sign-in of an unknown address with no actor', async () => {
      const entityId = randomUUID();
      await sut.record({ action: AuditAction.AUTH_SIGN_IN_FAILED, actor: null, entityType: 'SignIn', entityId });
      expect(await stored(entityId)).toEqual([
        expect.objectContaining({ actor_user_id: null, actor_organization_id: null, changed_fields: [], summary: null, request_id: null, ip: null }),
      ]);
    });

    it('stores the names of changed fields, never the personal data that changed', async () => {
      const entityId = randomUUID();
      const before = { name: 'Jelena Petrović', email: 'jelena@example.org', phone: '+381 11 123', city: 'Niš', updatedAt: new Date(0) };
      const after = { ...before, email: 'jelena.p@example.org', phone: '+381 18 456', updatedAt: new Date() };
      await sut.record({ action: AuditAction.USER_UPDATED, entityType: 'User', entityId, changedFields: changedFieldNames(before, after) });

      const [row] = await stored(entityId);
      expect(row.changed_fields).toEqual(['email', 'phone']);
      const everything = JSON.stringify(row);
      for (const value of [before.name, before.email, after.email, before.phone, after.phone]) expect(everything).not.toContain(value);
    });

    it('refuses changedFields that look like values rather than field names, writing nothing and not repeating the value', async () => {
      const entityId = randomUUID();
      await expect(
        sut.record({ action: AuditAction.USER_UPDATED, entityType: 'User', entityId, changedFields: ['jelena@example.org'] }),
      ).rejects.toThrow(expect.objectContaining({ message: expect.not.stringContaining('jelena') }));
      expect(await stored(entityId)).toEqual([]);
    });

    it('cuts a long summary to 300 characters and drops an unparsable IP instead of failing the change it describes', async () => {
      const entityId = randomUUID();
      const entry = await sut.record({ action: AuditAction.ENTITY_CREATED, entityType: 'Activity', entityId, summary: 'x'.repeat(500), ip: 'unknown' });
      expect(entry.summary).toHaveLength(300);
      expect((await stored(entityId))[0]).toMatchObject({ summary: expect.stringMatching(/^x{299}…$/), ip: null });
    });

    it('commits with the change it describes when given the transaction', async () => {
      const entityId = randomUUID();
      await db.dataSource.transaction((manager) => sut.record({ action: AuditAction.ENTITY_DELETED, entityType: 'Activity', entityId }, manager));
      expect(await stored(entityId)).toHaveLength(1);
    });

    it('leaves nothing behind when the transaction it was recorded in rolls back', async () => {
      const entityId = randomUUID();
      await expect(
        db.dataSource.transaction(async (manager) => {
          await sut.record({ action: AuditAction.ENTITY_DELETED, entityType: 'Activity', entityId }, manager);
          expect(await manager.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [entityId])).toEqual([{ n: 1 }]);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await stored(entityId)).toEqual([]);
    });

    it('rejects an action outside the <area>.<verb> shape in the database', async () => {
      await expect(
        db.dataSource.query(`INSERT INTO audit_log (action) VALUES ('Sign in')`),
      ).rejects.toMatchObject({ code: '23514', constraint: 'ck_audit_log_action' });
      await expect(sut.record({ action: 'area.new_verb' as AuditAction, entityId: randomUUID() })).resolves.toBeDefined();
    });
  });

  describe('append-only', () => {
    let entry: AuditEntry;
    let original: any;

    beforeAll(async () => {
      entry = await sut.record({ action: AuditAction.USER_ROLE_CHANGED, actor: { userId: randomUUID(), organizationId: null }, entityType: 'User', entityId: randomUUID(), changedFields: ['role'] });
      [original] = await stored(entry.entityId!);
    });

    it('rejects UPDATE in the database and leaves the row as it was', async () => {
      await expect(db.dataSource.query(`UPDATE audit_log SET summary = 'tampered', actor_user_id = NULL WHERE id = $1`, [entry.id])).rejects.toThrow(
        /audit_log is append-only: UPDATE is not allowed/,
      );
      await expect(db.dataSource.getRepository(AuditEntry).update(entry.id, { summary: 'tampered' })).rejects.toThrow(/append-only/);
      expect(await stored(entry.entityId!)).toEqual([original]);
    });

    it('rejects DELETE, of one row or of all, and keeps the rows', async () => {
      const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
      await expect(db.dataSource.query(`DELETE FROM audit_log WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only: DELETE/);
      await expect(db.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only: DELETE/);
      expect(await stored(entry.entityId!)).toEqual([original]);
      expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    });

    it('rejects TRUNCATE and keeps the rows', async () => {
      await expect(db.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
      expect(await stored(entry.entityId!)).toEqual([original]);
    });
  });

  describe('list', () => {
    it('pages newest first, entries of the same instant by id, with no overlap or gap between pages', async () => {
      // Three entries in the same millisecond, so that the id decides and cursors must carry it.
      await insertAt(['2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00.123Z', '2024-03-01T10:00:00.123Z', '2024-03-01T10:00:00.123Z', '2024-03-02T08:30:00Z', '2024-02-28T23:59:59.999Z'], { entityType: 'Paged' });
      const { pages, entries, totals } = await allPages({ entityType: 'Paged' }, 2);

      expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
      expect(totals).toEqual([6, 6, 6]);
      expect(new Set(entries.map((e) => e.id)).size).toBe(6);
      const keys = entries.map((e) => [e.occurredAt.toISOString(), e.id] as const);
      const newestFirst = [...keys].sort(([at1, id1], [at2, id2]) => (at1 === at2 ? id2.localeCompare(id1) : at2.localeCompare(at1)));
      expect(keys).toEqual(newestFirst);
      expect(keys[0][0]).toBe('2024-03-02T08:30:00.000Z');
      expect(keys.at(-1)![0]).toBe('2024-02-28T23:59:59.999Z');
    });

    it('pages the same way through the whole log, whatever else is in it', async () => {
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
      const { entries, totals } = await allPages({}, 3);
      expect(totals[0]).toBe(n);
      expect(new Set(entries.map((e) => e.id)).size).toBe(n);
    });

    it('filters by actor, actor organization, action, entity type and entity id', async () => {
      const org = randomUUID();
      const alice = { userId: randomUUID(), organizationId: org };
      const bob = { userId: randomUUID(), organizationId: org };
      const referral = randomUUID();
      const entries: NewAuditEntry[] = [
        { action: AuditAction.AUTH_SIGN_IN, actor: alice },
        { action: AuditAction.PERSONAL_DATA_READ, actor: alice, entityType: 'Referral', entityId: referral },
        { action: AuditAction.PERSONAL_DATA_READ, actor: bob, entityType: 'Referral', entityId: referral },
        { action: AuditAction.ENTITY_UPDATED, actor: bob, entityType: 'Referral', entityId: referral, changedFields: ['status'] },
        { action: AuditAction.ENTITY_UPDATED, actor: bob, entityType: 'Organization', entityId: org, changedFields: ['website'] },
      ];
      const ids: string[] = [];
      for (const entry of entries) ids.push((await sut.record(entry)).id);
      const found = async (filter: Parameters<AuditService['list']>[0]) => {
        const page = await sut.list(filter, { first: 100 });
        expect(page.totalCount).toBe(page.edges.length);
        return page.edges.map((edge) => ids.indexOf(edge.node.id)).filter((i) => i >= 0).sort();
      };

      expect(await found({ actorUserId: alice.userId })).toEqual([0, 1]);
      expect(await found({ actorOrganizationId: org })).toEqual([0, 1, 2, 3, 4]);
      expect(await found({ actorOrganizationId: org, action: AuditAction.PERSONAL_DATA_READ })).toEqual([1, 2]);
      expect(await found({ entityType: 'Referral', entityId: referral })).toEqual([1, 2, 3]);
      expect(await found({ entityId: org })).toEqual([4]);
      expect(await found({ actorUserId: bob.userId, entityType: 'Referral', action: AuditAction.ENTITY_UPDATED })).toEqual([3]);
      expect(await found({ actorUserId: randomUUID() })).toEqual([]);
    });

    it('filters by time: from is inclusive, to is exclusive', async () => {
      await insertAt(['2023-01-01T00:00:00Z', '2023-01-15T12:00:00Z', '2023-02-01T00:00:00Z'], { entityType: 'Windowed' });
      const times = async (from?: string, to?: string) =>
        (await sut.list({ entityType: 'Windowed', from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined }, { first: 10 })).edges.map(
          (edge) => edge.node.occurredAt.toISOString(),
        );

      expect(await times('2023-01-01T00:00:00Z', '2023-02-01T00:00:00Z')).toEqual(['2023-01-15T12:00:00.000Z', '2023-01-01T00:00:00.000Z']);
      expect(await times('2023-01-02T00:00:00Z')).toEqual(['2023-02-01T00:00:00.000Z', '2023-01-15T12:00:00.000Z']);
      expect(await times(undefined, '2023-01-15T12:00:00Z')).toEqual(['2023-01-01T00:00:00.000Z']);
    });

    it('answers a time window that ends before it starts, or a forged cursor, as bad input on that argument', async () => {
      await expect(sut.list({ from: new Date('2024-02-01'), to: new Date('2024-01-01') }, { first: 10 })).rejects.toMatchObject({
        kind: 'BAD_USER_INPUT',
        fields: [{ field: 'filter.to', reason: expect.any(String) }],
      });
      await expect(sut.list({}, { first: 10, after: 'garbage' })).rejects.toMatchObject({ kind: 'BAD_USER_INPUT', fields: [{ field: 'after', reason: expect.any(String) }] });
    });

    it('validates every filter argument before a query is made', async () => {
      const errorsOf = async (args: Record<string, unknown>) =>
        (await validate(plainToInstance(AuditLogArgs, args)))
          .flatMap((error) => [error.property, ...(error.children ?? []).map((child) => `filter.${child.property}`)])
          .sort();

      expect(await errorsOf({ first: 20, filter: { actorUserId: randomUUID(), action: AuditAction.AUTH_SIGN_IN, from: '2024-01-01T00:00:00Z' } })).toEqual([]);
      expect(
        await errorsOf({
          first: 1000,
          filter: { actorUserId: 'nobody', actorOrganizationId: '42', action: 'auth.anything', entityType: 'x'.repeat(61), entityId: '', from: 'soon', to: 'later' },
        }),
      ).toEqual(['filter', 'filter.actorUserId', 'filter.actorOrganizationId', 'filter.action', 'filter.entityType', 'filter.entityId', 'filter.from', 'filter.to', 'first'].sort());
    });
  });

  describe('request context', () => {
    let app: INestApplication;

    @Controller()
    class SignInController {
      constructor(private readonly audit: AuditService) {}

      // Records without passing request id or IP: the middleware supplies them.
      @Post('sign-in')
      async signIn(): Promise<AuditEntry> {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return this.audit.record({ action: AuditAction.AUTH_SIGN_IN, actor: { userId: randomUUID(), organizationId: null }, entityType: 'Probe', entityId: randomUUID() });
      }
    }

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({
        imports: [
          LoggerModule.forRoot({ pinoHttp: { level: 'silent', genReqId: requestIdOf } }),
          TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, { entities: PORTAL_ENTITIES, poolSize: 2 }), logging: ['error'] }),
          AuditModule,
        ],
        controllers: [SignInController],
      }).compile();
      app = moduleRef.createNestApplication({ logger: false });
      await app.init();
    });

    afterAll(() => app?.close());

    it("fills in the request id from the logs and the client's IP without callers passing them", async () => {
      const response = await request(app.getHttpServer()).post('/sign-in').set('X-Request-Id', 'trace-abc-12345').expect(201);
      const [row] = await stored(response.body.entityId);
      expect(row).toMatchObject({ request_id: 'trace-abc-12345', action: 'auth.sign_in' });
      expect(['127.0.0.1', '::1', '::ffff:127.0.0.1']).toContain(row.ip);
    });

    it('keeps concurrent requests apart', async () => {
      const ids = ['parallel-aaaa-0001', 'parallel-bbbb-0002', 'parallel-cccc-0003', 'parallel-dddd-0004'];
      const responses = await Promise.all(ids.map((id) => request(app.getHttpServer()).post('/sign-in').set('X-Request-Id', id)));
      const rows = await Promise.all(responses.map(async (response) => (await stored(response.body.entityId))[0]));
      expect(rows.map((row) => row.request_id)).toEqual(ids);
    });

    it('leaves request id and IP empty outside a request', async () => {
      const entry = await sut.record({ action: AuditAction.AUTH_PASSWORD_CHANGED, entityType: 'Probe', entityId: randomUUID() });
      expect(entry).toMatchObject({ requestId: null, ip: null });
    });
  });

  describe('GraphQL types', () => {
    it('give the resolver the policy layer will add an AuditEntry connection, a validated filter and the AuditAction enum', async () => {
      @Resolver(() => AuditEntry)
      class AuditLogProbeResolver {
        @Query(() => AuditEntryConnection)
        auditLog(@Args() args: AuditLogArgs) {
          return sut.list(args.filter, args);
        }
      }
      const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
      const schema = printSchema(await moduleRef.get(GraphQLSchemaFactory).create([AuditLogProbeResolver]));
      await moduleRef.close();

      expect(schema).toMatch(/auditLog\([\s\S]*first: Int! = 20[\s\S]*after: String\s+filter: AuditLogFilter\s+\): AuditEntryConnection!/);
      expect(schema).toMatch(/type AuditEntry \{[^}]*occurredAt: DateTime![^}]*action: AuditAction![^}]*changedFields: \[String!\]!/);
      expect(schema).toMatch(/input AuditLogFilter \{[^}]*actorUserId: ID[^}]*from: DateTime[^}]*to: DateTime/);
      expect(schema).toMatch(/enum AuditAction \{[^}]*AUTH_SIGN_IN_FAILED[^}]*PERSONAL_DATA_READ/);
    });
  });
});
