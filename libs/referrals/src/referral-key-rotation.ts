import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { DetailsCipher } from './details-cipher';
import { associatedData, SEALED_TEXTS, SealedText } from './referral-texts';

export interface KeyRotationResult {
  /** Texts re-encrypted with the current key: identifying details, reasons, timeline notes and messages. */
  rotated: number;
  /** The key every referral's details and texts are now encrypted with. */
  currentKeyId: string;
  /**
   * Texts left as they were, with why (their key is not in the ring, or the data does not decrypt):
   * ids only, and which text it is unless it is a referral's details.
   */
  failed: { id: string; keyId: string; reason: string; text?: string }[];
}

/**
 * Re-encrypts, with the ring's current (first) key, everything stored under an older key (the
 * identifying details and every free text of SEALED_TEXTS), so that the old key can then be removed
 * from REFERRAL_DATA_KEYS. Works in batches, each one transaction with the rows locked; the version
 * is left alone, since the texts themselves do not change. Safe to run again, and while the API runs
 * (with the new ring).
 */
export async function rotateReferralKeys(dataSource: DataSource, cipher: DetailsCipher, { batchSize = 200 } = {}): Promise<KeyRotationResult> {
  const audit = AuditService.of(dataSource);
  const result: KeyRotationResult = { rotated: 0, currentKeyId: cipher.currentKeyId, failed: [] };
  for (const text of SEALED_TEXTS) await rotateText(dataSource, audit, cipher, text, batchSize, result);
  return result;
}

async function rotateText(dataSource: DataSource, audit: AuditService, cipher: DetailsCipher, text: SealedText, batchSize: number, result: KeyRotationResult): Promise<void> {
  // Keyset over ids, so that a row that cannot be re-encrypted is reported once and does not stop the run.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await dataSource.transaction(async (manager) => {
      // Table and column names come from SEALED_TEXTS, never from input.
      const batch: { id: string; key_id: string; ciphertext: Buffer }[] = await manager.query(
        `SELECT id, ${text.keyId} AS key_id, ${text.ciphertext} AS ciphertext FROM ${text.table}
          WHERE ${text.ciphertext} IS NOT NULL AND ${text.keyId} IS DISTINCT FROM $1 AND id > $2
          ORDER BY id LIMIT $3
          FOR UPDATE`,
        [cipher.currentKeyId, after, batchSize],
      );
      for (const row of batch) {
        const aad = associatedData(text.name, row.id);
        let plaintext: string;
        try {
          plaintext = cipher.decrypt({ keyId: row.key_id, ciphertext: row.ciphertext }, aad);
        } catch (error) {
          result.failed.push({ id: row.id, keyId: row.key_id, reason: (error as Error).message, ...(text.name !== 'details' && { text: text.name }) });
          continue;
        }
        const { keyId, ciphertext } = cipher.encrypt(plaintext, aad);
        await manager.query(`UPDATE ${text.table} SET ${text.ciphertext} = $2, ${text.keyId} = $3 WHERE id = $1`, [row.id, ciphertext, keyId]);
        await audit.record(
          {
            action: AuditAction.REFERRAL_DETAILS_REKEYED,
            entityType: text.entityType,
            entityId: row.id,
            changedFields: [`${text.name}Ciphertext`, `${text.name}KeyId`],
            summary: `${row.key_id} -> ${keyId}`,
          },
          manager,
        );
        result.rotated++;
      }
      return batch;
    });
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}
