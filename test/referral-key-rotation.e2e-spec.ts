import { randomBytes } from 'node:crypto';
import { OrganizationKind } from '@app/organizations';
import { randomUUID } from 'node:crypto';
import { associatedData, DetailsCipher, rotateReferralKeys } from '@app/referrals';
import { TestFactory } from './factories/test-factory';
import { createTestDatabase, TestDatabase } from './utils/test-database';

const key = () => randomBytes(32).toString('base64');

describe('rotating the key of referral details', () => {
  let db: TestDatabase;
  const [k1, k2] = [`k1:${key()}`, `k2:${key()}`];

  /** A sent referral whose details are encrypted with `cipher`, as the API stores them. */
  const referralEncryptedWith = async (cipher: DetailsCipher | null, details: object, keyIdOverride?: string) => {
    const factory = new TestFactory(db.dataSource);
    const [sender, partner, network] = await Promise.all([
      factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS' }),
      factory.newOrganization(),
      factory.newNetwork(),
    ]);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO referrals (reference, sending_organization_id, partner_organization_id, network_id, category, urgency, status, version, consent_given_at)
       VALUES ('AT-R-' || substr(md5(random()::text), 1, 12), $1, $2, $3, 'LEGAL_AID', 'URGENT', 'SENT', 1, now()) RETURNING id`,
      [sender.id, partner.id, network.id],
    );
    if (cipher) {
      const encrypted = cipher.encrypt(JSON.stringify(details), id);
      await db.dataSource.query(`UPDATE referrals SET details_ciphertext = $2, details_key_id = $3 WHERE id = $1`, [id, encrypted.ciphertext, keyIdOverride ?? encrypted.keyId]);
    }
    return id as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('re-encrypts every referral under an old key with the current one, in batches, so that the old key can go', async () => {
    const old = new DetailsCipher(k1);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await referralEncryptedWith(old, { name: `Person ${i}` }));
    const withoutDetails = await referralEncryptedWith(null, {});
    const versionsBefore = await db.dataSource.query(`SELECT id, version FROM referrals ORDER BY id`);

    const result = await rotateReferralKeys(db.dataSource, new DetailsCipher(`${k2},${k1}`), { batchSize: 2 });
    expect(result).toEqual({ rotated: 5, currentKeyId: 'k2', failed: [] });

    const onlyNewKey = new DetailsCipher(k2);
    for (const [i, id] of ids.entries()) {
      const [row] = await db.dataSource.query(`SELECT details_key_id, details_ciphertext FROM referrals WHERE id = $1`, [id]);
      expect(row.details_key_id).toBe('k2');
      expect(JSON.parse(onlyNewKey.decrypt({ keyId: row.details_key_id, ciphertext: row.details_ciphertext }, id))).toEqual({ name: `Person ${i}` });
    }
    expect((await db.dataSource.query(`SELECT details_key_id FROM referrals WHERE id = $1`, [withoutDetails]))[0].details_key_id).toBeNull();
    // The details did not change, so a draft open in someone's browser does not go stale.
    expect(await db.dataSource.query(`SELECT id, version FROM referrals ORDER BY id`)).toEqual(versionsBefore);
    const audit = await db.dataSource.query(`SELECT entity_id, summary FROM audit_log WHERE action = 'referral.details_rekey'`);
    expect(audit.map((a: { entity_id: string }) => a.entity_id).sort()).toEqual([...ids].sort());
    expect(audit[0].summary).toBe('k1 -> k2');

    // Nothing left to do the second time.
    expect(await rotateReferralKeys(db.dataSource, new DetailsCipher(`${k2},${k1}`))).toEqual({ rotated: 0, currentKeyId: 'k2', failed: [] });
  });

  it('reports, and leaves as they are, details under a key the ring does not hold, and rotates the rest', async () => {
    const lost = await referralEncryptedWith(new DetailsCipher(`k0:${key()}`), { name: 'Lost key' });
    const fine = await referralEncryptedWith(new DetailsCipher(k1), { name: 'Fine' });
    const result = await rotateReferralKeys(db.dataSource, new DetailsCipher(`${k2},${k1}`), { batchSize: 1 });
    expect(result.rotated).toBe(1);
    expect(result.failed).toEqual([{ id: lost, keyId: 'k0', reason: 'No referral data key "k0" is configured' }]);
    const rows = await db.dataSource.query(`SELECT id, details_key_id FROM referrals WHERE id IN ($1, $2) ORDER BY details_key_id`, [lost, fine]);
    expect(rows).toEqual([
      { id: lost, details_key_id: 'k0' },
      { id: fine, details_key_id: 'k2' },
    ]);
  });

  it('security: re-encrypts the decline and close reasons, the timeline notes and the messages too', async () => {
    const old = new DetailsCipher(k1);
    const id = await referralEncryptedWith(old, { name: 'Milica' });
    const seal = (name: 'declineReason' | 'outcomeReason' | 'note' | 'body', recordId: string, text: string) => old.encrypt(text, associatedData(name, recordId));
    const reason = seal('outcomeReason', id, 'Milica (b. 2011) reunited with mother in Graz');
    await db.dataSource.query(`UPDATE referrals SET outcome_reason_ciphertext = $2, outcome_reason_key_id = $3 WHERE id = $1`, [id, reason.ciphertext, reason.keyId]);
    const [eventId, messageId] = [randomUUID(), randomUUID()];
    const note = seal('note', eventId, 'Reunited in Graz');
    await db.dataSource.query(`INSERT INTO referral_events (id, referral_id, to_status, note_ciphertext, note_key_id) VALUES ($1, $2, 'CLOSED', $3, $4)`, [eventId, id, note.ciphertext, note.keyId]);
    const body = seal('body', messageId, 'Her mother waits at the station');
    const [{ organization_id: author }] = await db.dataSource.query(`SELECT sending_organization_id AS organization_id FROM referrals WHERE id = $1`, [id]);
    await db.dataSource.query(`INSERT INTO referral_messages (id, referral_id, author_organization_id, body_ciphertext, body_key_id) VALUES ($1, $2, $3, $4, $5)`, [messageId, id, author, body.ciphertext, body.keyId]);

    const k3 = `k3:${key()}`;
    const result = await rotateReferralKeys(db.dataSource, new DetailsCipher(`${k3},${k2},${k1}`));
    expect(result.failed.filter((f) => f.keyId !== 'k0')).toEqual([]);

    const onlyNewKey = new DetailsCipher(k3);
    const [referral] = await db.dataSource.query(`SELECT outcome_reason_ciphertext, outcome_reason_key_id FROM referrals WHERE id = $1`, [id]);
    expect(onlyNewKey.decrypt({ keyId: referral.outcome_reason_key_id, ciphertext: referral.outcome_reason_ciphertext }, associatedData('outcomeReason', id))).toBe('Milica (b. 2011) reunited with mother in Graz');
    const [event] = await db.dataSource.query(`SELECT note_ciphertext, note_key_id FROM referral_events WHERE id = $1`, [eventId]);
    expect(onlyNewKey.decrypt({ keyId: event.note_key_id, ciphertext: event.note_ciphertext }, eventId)).toBe('Reunited in Graz');
    const [message] = await db.dataSource.query(`SELECT body_ciphertext, body_key_id FROM referral_messages WHERE id = $1`, [messageId]);
    expect(onlyNewKey.decrypt({ keyId: message.body_key_id, ciphertext: message.body_ciphertext }, messageId)).toBe('Her mother waits at the station');
    // Nothing at all is left under an older key the ring holds.
    const [{ left }] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM referrals WHERE outcome_reason_key_id IN ('k1','k2') OR decline_reason_key_id IN ('k1','k2') OR details_key_id IN ('k1','k2'))
            + (SELECT count(*) FROM referral_events WHERE note_key_id IN ('k1','k2'))
            + (SELECT count(*) FROM referral_messages WHERE body_key_id IN ('k1','k2')) AS left`,
    );
    expect(Number(left)).toBe(0);
    const audited = await db.dataSource.query(`SELECT entity_type, entity_id FROM audit_log WHERE action = 'referral.details_rekey' AND entity_id = ANY($1) AND summary LIKE '% -> k3'`, [[id, eventId, messageId]]);
    expect(audited.map((a: { entity_type: string }) => a.entity_type).sort()).toEqual(['Referral', 'Referral', 'ReferralEvent', 'ReferralMessage']);
  });
});
