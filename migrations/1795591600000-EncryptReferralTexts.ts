import { MigrationInterface, QueryRunner } from 'typeorm';
import { DetailsCipher } from '../libs/referrals/src/details-cipher';

/**
 * Free text about a person on a referral (decline and close reasons, timeline notes, messages)
 * is encrypted like the identifying details, and a draft or an open referral gone quiet can be
 * warned about and erased (`retention_warned_at`).
 *
 * SQL cannot encrypt with the application's keys, so the texts already stored are encrypted here,
 * in Node, with the application's own cipher and REFERRAL_DATA_KEYS, inside this migration's
 * transaction: the ciphertext is written and the plaintext columns dropped in one step, so there is
 * never a schema with both, nor a release that has to read either. Referrals are few (hundreds to
 * thousands of rows), so doing it row by row here is quick. When texts exist and no key is set,
 * the migration stops and changes nothing. The associated data are fixed here as they were when
 * this was written: the record's id, and on the referral row `<id>:declineReason` / `<id>:outcomeReason`.
 */
export class EncryptReferralTexts1795591600000 implements MigrationInterface {
  name = 'EncryptReferralTexts1795591600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referrals" ADD "decline_reason_ciphertext" bytea`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "decline_reason_key_id" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "outcome_reason_ciphertext" bytea`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "outcome_reason_key_id" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "retention_warned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referral_events" ADD "note_ciphertext" bytea`);
    await queryRunner.query(`ALTER TABLE "referral_events" ADD "note_key_id" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "referral_messages" ADD "body_ciphertext" bytea`);
    await queryRunner.query(`ALTER TABLE "referral_messages" ADD "body_key_id" character varying(32)`);

    const texts: { table: string; id: string; plain: string; column: string; aad: string }[] = await queryRunner.query(
        `SELECT 'referrals' AS "table", id, decline_reason AS plain, 'decline_reason' AS "column", id || ':declineReason' AS aad FROM referrals WHERE decline_reason IS NOT NULL
         UNION ALL
         SELECT 'referrals', id, outcome_reason, 'outcome_reason', id || ':outcomeReason' FROM referrals WHERE outcome_reason IS NOT NULL
         UNION ALL
         SELECT 'referral_events', id, note, 'note', id::text FROM referral_events WHERE note IS NOT NULL
         UNION ALL
         SELECT 'referral_messages', id, body, 'body', id::text FROM referral_messages`,
    );
    if (texts.length > 0) {
      const cipher = cipherFromEnvironment('encrypt the texts of existing referrals');
      for (const { table, id, plain, column, aad } of texts) {
        const { keyId, ciphertext } = cipher.encrypt(plain, aad);
        await queryRunner.query(`UPDATE "${table}" SET "${column}_ciphertext" = $2, "${column}_key_id" = $3 WHERE id = $1`, [id, ciphertext, keyId]);
      }
    }

    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "decline_reason"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "outcome_reason"`);
    await queryRunner.query(`ALTER TABLE "referral_events" DROP COLUMN "note"`);
    await queryRunner.query(`ALTER TABLE "referral_messages" DROP COLUMN "body"`);
    await queryRunner.query(`ALTER TABLE "referral_messages" ALTER COLUMN "body_ciphertext" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "referral_messages" ALTER COLUMN "body_key_id" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral_messages" ADD "body" text`);
    await queryRunner.query(`ALTER TABLE "referral_events" ADD "note" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "outcome_reason" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD "decline_reason" character varying(1000)`);

    const sealed: { table: string; id: string; ciphertext: Buffer; keyId: string; column: string; aad: string }[] = await queryRunner.query(
      `SELECT 'referrals' AS "table", id, decline_reason_ciphertext AS ciphertext, decline_reason_key_id AS "keyId", 'decline_reason' AS "column", id || ':declineReason' AS aad FROM referrals WHERE decline_reason_ciphertext IS NOT NULL
       UNION ALL
       SELECT 'referrals', id, outcome_reason_ciphertext, outcome_reason_key_id, 'outcome_reason', id || ':outcomeReason' FROM referrals WHERE outcome_reason_ciphertext IS NOT NULL
       UNION ALL
       SELECT 'referral_events', id, note_ciphertext, note_key_id, 'note', id::text FROM referral_events WHERE note_ciphertext IS NOT NULL
       UNION ALL
       SELECT 'referral_messages', id, body_ciphertext, body_key_id, 'body', id::text FROM referral_messages`,
    );
    if (sealed.length > 0) {
      const cipher = cipherFromEnvironment('decrypt the texts of existing referrals');
      for (const { table, id, ciphertext, keyId, column, aad } of sealed) {
        await queryRunner.query(`UPDATE "${table}" SET "${column}" = $2 WHERE id = $1`, [id, cipher.decrypt({ keyId, ciphertext }, aad)]);
      }
    }

    await queryRunner.query(`ALTER TABLE "referral_messages" ALTER COLUMN "body" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "referral_messages" DROP COLUMN "body_key_id"`);
    await queryRunner.query(`ALTER TABLE "referral_messages" DROP COLUMN "body_ciphertext"`);
    await queryRunner.query(`ALTER TABLE "referral_events" DROP COLUMN "note_key_id"`);
    await queryRunner.query(`ALTER TABLE "referral_events" DROP COLUMN "note_ciphertext"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "retention_warned_at"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "outcome_reason_key_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "outcome_reason_ciphertext"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "decline_reason_key_id"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP COLUMN "decline_reason_ciphertext"`);
  }
}

function cipherFromEnvironment(purpose: string): DetailsCipher {
  const keys = process.env.REFERRAL_DATA_KEYS;
  if (!keys) throw new Error(`REFERRAL_DATA_KEYS must be set to ${purpose}: set it (npm start keeps the local one under DATA_DIR) and run the migration again`);
  return new DetailsCipher(keys);
}
