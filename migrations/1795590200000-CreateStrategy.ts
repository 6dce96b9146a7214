import { MigrationInterface, QueryRunner } from 'typeorm';

/** Strategic plan periods with their goals and indicators: plans are rows, so a new plan needs no migration. */
export class CreateStrategy1795590200000 implements MigrationInterface {
  name = 'CreateStrategy1795590200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "strategy_periods" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(20) NOT NULL,
        "title_sr" character varying(200) NOT NULL,
        "title_en" character varying(200) NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_strategy_periods" PRIMARY KEY ("id"),
        CONSTRAINT "ck_strategy_periods_dates" CHECK ("ends_on" > "starts_on")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_strategy_periods_code" ON "strategy_periods" ("code")`);

    await queryRunner.query(`
      CREATE TABLE "strategic_goals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "period_id" uuid NOT NULL,
        "code" character varying(20) NOT NULL,
        "position" smallint NOT NULL,
        "title_sr" text NOT NULL,
        "title_en" text NOT NULL,
        "description_sr" text,
        "description_en" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_strategic_goals" PRIMARY KEY ("id"),
        CONSTRAINT "fk_strategic_goals_period" FOREIGN KEY ("period_id") REFERENCES "strategy_periods"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_strategic_goals_period_code" ON "strategic_goals" ("period_id", "code")`);

    await queryRunner.query(`
      CREATE TABLE "indicators" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "goal_id" uuid NOT NULL,
        "code" character varying(20) NOT NULL,
        "position" smallint NOT NULL,
        "name_sr" text NOT NULL,
        "name_en" text NOT NULL,
        "unit" character varying(40) NOT NULL,
        "baseline" numeric(14,2),
        "target" numeric(14,2),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_indicators" PRIMARY KEY ("id"),
        CONSTRAINT "fk_indicators_goal" FOREIGN KEY ("goal_id") REFERENCES "strategic_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicators_goal_code" ON "indicators" ("goal_id", "code")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "indicators"`);
    await queryRunner.query(`DROP TABLE "strategic_goals"`);
    await queryRunner.query(`DROP TABLE "strategy_periods"`);
  }
}
