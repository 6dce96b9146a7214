import { DataSource } from 'typeorm';
import { AuditAction, AuditEntry, AuditService } from '@app/audit';
import { DetailsCipher } from './details-cipher';

export interface KeyRotationResult {
  /** Referrals re-encrypted with the current key. */
  rotated: number;
  /** The key every referral's details are now encrypted with. */
  currentKeyId: string;
  /** Referrals left as they were, with why (their key is not in the ring, or the data does not decrypt): ids only. */
  failed: { id: string; keyId: string; reason: string }[];
}

/**
 * Re-encrypts, with the ring's current (first) key, the identifying details of every referral
 * stored under an older key, so that the old key can then be removed from REFERRAL_DATA_KEYS.
 * Works in batches, each one transaction with the rows locked; the version is left alone, since
 * the details themselves do not change. Safe to run again, and while the API runs (with the new ring).
 */
export async function rotateReferralKeys(dataSource: DataSource, cipher: DetailsCipher, { batchSize = 200 } = {}): Promise<KeyRotationResult> {
  const audit = new AuditService(dataSource.getRepository(AuditEntry));
  const result: KeyRotationResult = { rotated: 0, currentKeyId: cipher.currentKeyId, failed: [] };
  // Keyset over ids, so that a row that cannot be re-encrypted is reported once and does not stop the run.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await dataSource.transaction(async (manager) => {
      const batch: { id: string; details_key_id: string; details_ciphertext: Buffer }[] = await manager.query(
        `SELECT id, details_key_id, details_ciphertext FROM referrals
          WHERE details_ciphertext IS NOT NULL AND details_key_id IS DISTINCT FROM $1 AND id > $2
          ORDER BY id LIMIT $3
          FOR UPDATE`,
        [cipher.currentKeyId, after, batchSize],
      );
      for (const row of batch) {
        let plaintext: string;
        try {
          plaintext = cipher.decrypt({ keyId: row.details_key_id, ciphertext: row.details_ciphertext }, row.id);
        } catch (error) {
          result.failed.push({ id: row.id, keyId: row.details_key_id, reason: (error as Error).message });
          continue;
        }
        const { keyId, ciphertext } = cipher.encrypt(plaintext, row.id);
        await manager.query(`UPDATE referrals SET details_ciphertext = $2, details_key_id = $3 WHERE id = $1`, [row.id, ciphertext, keyId]);
        await audit.record(
          { action: AuditAction.REFERRAL_DETAILS_REKEYED, entityType: 'Referral', entityId: row.id, changedFields: ['detailsCiphertext', 'detailsKeyId'], summary: `${row.details_key_id} -> ${keyId}` },
          manager,
        );
        result.rotated++;
      }
      return batch;
    });
    if (rows.length < batchSize) return result;
    after = rows[rows.length - 1].id;
  }
}
