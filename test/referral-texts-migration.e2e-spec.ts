import { randomUUID } from 'node:crypto';
import { OrganizationKind } from '@app/organizations';
import { associatedData, DetailsCipher } from '@app/referrals';
import { TestFactory } from './factories/test-factory';
import { createTestDatabase, TestDatabase } from './utils/test-database';

const MIGRATION = 'EncryptReferralTexts1795591600000';
const MILICA = 'Milica (b. 2011) reunited with mother in Graz';

/** The migration that encrypts referral texts, run on its own against texts stored in clear before it. */
describe('encrypting the referral texts stored before encryption', () => {
  let db: TestDatabase;
  const migration = () => db.dataSource.migrations.find((m) => m.name === MIGRATION)!;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  /** Goes back to the schema before the migration and stores a referral's thread there in clear. */
  const threadInClear = async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration().down(runner);
    } finally {
      await runner.release();
    }
    const factory = new TestFactory(db.dataSource);
    const [sender, partner, network] = await Promise.all([factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS' }), factory.newOrganization(), factory.newNetwork()]);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO referrals (reference, sending_organization_id, partner_organization_id, network_id, category, urgency, status, version, outcome, outcome_reason, decline_reason)
       VALUES ('AT-M-' || substr(md5(random()::text), 1, 12), $1, $2, $3, 'LEGAL_AID', 'URGENT', 'CLOSED', 1, 'SUCCESSFUL', $4, 'Not declined after all') RETURNING id`,
      [sender.id, partner.id, network.id, MILICA],
    );
    const [eventId, messageId] = [randomUUID(), randomUUID()];
    await db.dataSource.query(`INSERT INTO referral_events (id, referral_id, to_status, note) VALUES ($1, $2, 'CLOSED', $3)`, [eventId, id, MILICA]);
    await db.dataSource.query(`INSERT INTO referral_messages (id, referral_id, author_organization_id, body) VALUES ($1, $2, $3, 'Her mother waits in Graz')`, [messageId, id, sender.id]);
    return { id: id as string, eventId, messageId };
  };

  it('security: encrypts the reasons, notes and messages already stored, with the application key and the record as associated data, and leaves no plaintext column', async () => {
    const { id, eventId, messageId } = await threadInClear();
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration().up(runner);
    } finally {
      await runner.release();
    }
    const raw = await db.dataSource.query(
      `SELECT r::text AS row FROM referrals r WHERE id = $1 UNION ALL SELECT e::text FROM referral_events e WHERE id = $2 UNION ALL SELECT m::text FROM referral_messages m WHERE id = $3`,
      [id, eventId, messageId],
    );
    expect(raw.map((r: { row: string }) => r.row).join('\n')).not.toMatch(/Milica|Graz|mother|declined/);
    const columns = await db.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('referrals', 'referral_events', 'referral_messages') AND column_name IN ('decline_reason', 'outcome_reason', 'note', 'body')`,
    );
    expect(columns).toEqual([]);

    const cipher = new DetailsCipher(process.env.REFERRAL_DATA_KEYS!);
    const [referral] = await db.dataSource.query(`SELECT outcome_reason_ciphertext AS c, outcome_reason_key_id AS k, decline_reason_ciphertext AS dc, decline_reason_key_id AS dk FROM referrals WHERE id = $1`, [id]);
    expect(cipher.decrypt({ keyId: referral.k, ciphertext: referral.c }, associatedData('outcomeReason', id))).toBe(MILICA);
    expect(cipher.decrypt({ keyId: referral.dk, ciphertext: referral.dc }, associatedData('declineReason', id))).toBe('Not declined after all');
    const [event] = await db.dataSource.query(`SELECT note_ciphertext AS c, note_key_id AS k FROM referral_events WHERE id = $1`, [eventId]);
    expect(cipher.decrypt({ keyId: event.k, ciphertext: event.c }, eventId)).toBe(MILICA);
    const [message] = await db.dataSource.query(`SELECT body_ciphertext AS c, body_key_id AS k FROM referral_messages WHERE id = $1`, [messageId]);
    expect(cipher.decrypt({ keyId: message.k, ciphertext: message.c }, messageId)).toBe('Her mother waits in Graz');
  });

  it('refuses, changing nothing, to run over texts in clear without REFERRAL_DATA_KEYS', async () => {
    const { id } = await threadInClear();
    const keys = process.env.REFERRAL_DATA_KEYS;
    const runner = db.dataSource.createQueryRunner();
    try {
      delete process.env.REFERRAL_DATA_KEYS;
      await runner.startTransaction();
      await expect(migration().up(runner)).rejects.toThrow(/REFERRAL_DATA_KEYS must be set/);
      await runner.rollbackTransaction();
      expect(await db.dataSource.query(`SELECT outcome_reason FROM referrals WHERE id = $1`, [id])).toEqual([{ outcome_reason: MILICA }]);
    } finally {
      process.env.REFERRAL_DATA_KEYS = keys;
      await migration().up(runner);
      await runner.release();
    }
  });
});
