import { createUser } from '../apps/cli/src/create-user';
import { reactivateUser } from '../apps/cli/src/reactivate-user';
import { seed } from '../apps/cli/src/seed';
import { createDemoAccounts, verifyPassword } from '@app/users';
import { seedDemoActivities } from '@app/activities';
import { seedDemoMeeting } from '@app/meetings';
import { createTestDatabase, TestDatabase } from './utils/test-database';

describe('command line accounts', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seed(db.dataSource);
    process.env.DATABASE_URL = db.url;
  });

  afterAll(() => db.drop());

  it('creates the first coordinator with a printed single-use link, queued by mail and audited', async () => {
    const lines: string[] = [];
    await createUser({ email: 'Prva.Koordinatorka@astra.example', org: 'ASTRA', role: 'coordinator', name: 'Prva Koordinatorka' }, (l) => lines.push(l));
    expect(lines.join('\n')).toMatch(/Created prva\.koordinatorka@astra\.example \(COORDINATOR\)[\s\S]*\/invitation\?token=[\w-]{40,}/);
    const [user] = await db.dataSource.query(`SELECT id, role, password_hash FROM users WHERE email = 'prva.koordinatorka@astra.example'`);
    expect(user).toMatchObject({ role: 'COORDINATOR', password_hash: null });
    const mails = await db.dataSource.query(`SELECT template FROM mail_outbox WHERE recipient = 'prva.koordinatorka@astra.example'`);
    expect(mails).toEqual([{ template: 'invitation' }]);
    const [entry] = await db.dataSource.query(`SELECT action, actor_user_id FROM audit_log WHERE entity_id = $1`, [user.id]);
    expect(entry).toEqual({ action: 'user.create', actor_user_id: null });
  });

  it('says which option is wrong', async () => {
    await expect(createUser({ email: 'not-an-email', org: 'ASTRA', role: 'COORDINATOR' }, () => undefined)).rejects.toThrow(/--email/);
    await expect(createUser({ email: 'a@b.example', org: 'ASTRA', role: 'BOSS' }, () => undefined)).rejects.toThrow(/--role/);
    await expect(createUser({ email: 'a@b.example', org: 'Nobody', role: 'COORDINATOR' }, () => undefined)).rejects.toThrow(/org: no organization has the short name "Nobody"/);
  });

  it('security: reactivates a deactivated account from the command line, audited without an actor', async () => {
    const [user] = await db.dataSource.query(
      `INSERT INTO users (organization_id, email, full_name, role, active, failed_sign_ins, locked_until)
       SELECT id, 'zadnja.koordinatorka@astra.example', 'Zadnja Koordinatorka', 'COORDINATOR', false, 7, now() + interval '1 hour' FROM organizations WHERE short_name = 'ASTRA' RETURNING id`,
    );
    const lines: string[] = [];
    await reactivateUser({ email: 'Zadnja.Koordinatorka@astra.example' }, (l) => lines.push(l));
    expect(lines.join('\n')).toMatch(/zadnja\.koordinatorka@astra\.example \(COORDINATOR\) is active/);
    const [row] = await db.dataSource.query(`SELECT active, failed_sign_ins, locked_until FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({ active: true, failed_sign_ins: 0, locked_until: null });
    const entries = await db.dataSource.query(`SELECT action, actor_user_id, summary FROM audit_log WHERE entity_id = $1`, [user.id]);
    expect(entries).toEqual([{ action: 'user.reactivate', actor_user_id: null, summary: 'reactivated from the command line' }]);
    await expect(reactivateUser({ email: 'nobody@astra.example' }, () => undefined)).rejects.toThrow(/email: no account has this e-mail address/);
  });

  it('creates the local demo accounts once, one per role, sharing one generated password', async () => {
    const demo = await createDemoAccounts(db.dataSource.manager);
    expect(demo?.emails).toHaveLength(5);
    const rows = await db.dataSource.query(`SELECT role, password_hash FROM users WHERE email LIKE '%@demo.local' ORDER BY role::text`);
    expect(rows.map((r: { role: string }) => r.role)).toEqual(['COORDINATOR', 'EVALUATOR', 'MEMBER_ADMIN', 'MEMBER_STAFF', 'PARTNER']);
    expect(await verifyPassword(rows[0].password_hash, demo!.password)).toBe(true);
    expect(await createDemoAccounts(db.dataSource.manager)).toBeNull();
  });

  it('adds the demo activities to a database without any, once: the demo member\'s organization in every status, every member with approved work that names its goals', async () => {
    expect(await seedDemoActivities(db.dataSource.manager)).toBe(14);
    const statuses = await db.dataSource.query(
      `SELECT a.status::text AS status, count(*)::int AS n FROM activities a JOIN organizations o ON o.id = a.organization_id WHERE o.short_name = 'CZD Niš' GROUP BY 1 ORDER BY 1`,
    );
    expect(statuses).toEqual([
      { status: 'APPROVED', n: 3 },
      { status: 'DRAFT', n: 1 },
      { status: 'RETURNED', n: 1 },
      { status: 'SUBMITTED', n: 1 },
    ]);
    const members = await db.dataSource.query(
      `SELECT DISTINCT o.short_name FROM activities a JOIN organizations o ON o.id = a.organization_id
        WHERE a.status = 'APPROVED' AND EXISTS (SELECT 1 FROM activity_goals g WHERE g.activity_id = a.id)`,
    );
    expect(members).toHaveLength(8);
    // The running counts know them (co-organized ones in the co-organizer's list too), as for any other activity.
    const [{ listed }] = await db.dataSource.query(
      `SELECT sum(c.activities)::int AS listed FROM activity_counts c JOIN organizations o ON o.id = c.organization_id WHERE o.short_name = 'CZD Niš' AND c.viewer_id IS NULL`,
    );
    expect(listed).toBe(7);
    expect(await seedDemoActivities(db.dataSource.manager)).toBe(0);
  });

  it('adds a demo network meeting once, three weeks ahead, every member invited and the demo people by name, with an open action item, and mails nobody', async () => {
    const people = (await db.dataSource.query(`SELECT id FROM users WHERE email IN ('coordinator@demo.local', 'member-staff@demo.local')`)).map((r: { id: string }) => r.id);
    const now = new Date('2026-11-30T19:00:00Z');
    expect(await seedDemoMeeting(db.dataSource.manager, people, now)).toBe(true);
    const [meeting] = await db.dataSource.query(`SELECT id, status::text, starts_at, ends_at FROM meetings`);
    expect(meeting).toMatchObject({ status: 'SCHEDULED', starts_at: new Date('2026-12-21T08:00:00Z'), ends_at: new Date('2026-12-21T14:00:00Z') });
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM meeting_invited_organizations WHERE meeting_id = $1`, [meeting.id])).toEqual([{ n: 8 }]);
    expect(await db.dataSource.query(`SELECT invited, answer FROM meeting_invitations WHERE meeting_id = $1`, [meeting.id])).toEqual([
      { invited: true, answer: null },
      { invited: true, answer: null },
    ]);
    const [item] = await db.dataSource.query(
      `SELECT o.short_name, a.status::text, a.due_on::text FROM meeting_action_items a JOIN organizations o ON o.id = a.owner_organization_id WHERE a.meeting_id = $1`,
      [meeting.id],
    );
    expect(item).toEqual({ short_name: 'CZD Niš', status: 'OPEN', due_on: '2026-12-14' });
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE template LIKE 'meeting%'`)).toEqual([{ n: 0 }]);
    expect(await seedDemoMeeting(db.dataSource.manager, people, now)).toBe(false);
  });
});
