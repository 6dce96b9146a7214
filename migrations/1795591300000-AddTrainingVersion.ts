import { MigrationInterface, QueryRunner } from 'typeorm';

/** Optimistic locking for trainings: an edit names the version it read, and loses if another save came first. */
export class AddTrainingVersion1795591300000 implements MigrationInterface {
  name = 'AddTrainingVersion1795591300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainings" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainings" DROP COLUMN "version"`);
  }
}
