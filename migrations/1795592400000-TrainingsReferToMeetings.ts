import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A training held as part of a network meeting now refers to the meeting by a real foreign key:
 * its hours and topics count for every organization whose people the meeting recorded as attending.
 * Ids that name no meeting (written before the key existed) are cleared first.
 */
export class TrainingsReferToMeetings1795592400000 implements MigrationInterface {
  name = 'TrainingsReferToMeetings1795592400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "trainings" t SET "meeting_id" = NULL WHERE t."meeting_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "meetings" m WHERE m."id" = t."meeting_id")`);
    await queryRunner.query(
      `ALTER TABLE "trainings" ADD CONSTRAINT "fk_trainings_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainings" DROP CONSTRAINT "fk_trainings_meeting"`);
  }
}
