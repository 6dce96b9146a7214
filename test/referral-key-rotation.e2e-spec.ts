import { randomBytes } from 'node:crypto';
import { OrganizationKind } from '@app/organizations';
import { DetailsCipher, rotateReferralKeys } from '@app/referrals';
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
});
