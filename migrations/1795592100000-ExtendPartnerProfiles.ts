import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner profiles say which countries a partner covers (a referral sender picks a partner by the
 * category and the country of the case) and its contact phones, besides the addresses it is mailed at.
 */
export class ExtendPartnerProfiles1795592100000 implements MigrationInterface {
  name = 'ExtendPartnerProfiles1795592100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_profiles" ADD "countries_covered" character varying(2) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "partner_profiles" ADD "contact_phones" character varying(40) array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_profiles" DROP COLUMN "contact_phones"`);
    await queryRunner.query(`ALTER TABLE "partner_profiles" DROP COLUMN "countries_covered"`);
  }
}
