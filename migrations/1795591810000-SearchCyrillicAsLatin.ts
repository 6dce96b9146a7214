import { MigrationInterface, QueryRunner } from 'typeorm';

const CYRILLIC = 'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ';
const LATIN = 'abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ';

/**
 * Serbian is written in two scripts: searches fold Cyrillic to Latin (`sr_latin`) before
 * removing diacritics, so "Ниш" finds "Niš" and "nis" finds "Ниш". The search indexes are
 * rebuilt on the new folded expression (the same as `foldedSql`).
 */
export class SearchCyrillicAsLatin1795591810000 implements MigrationInterface {
  name = 'SearchCyrillicAsLatin1795591810000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION sr_latin(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT translate(replace(replace(replace(replace(replace(replace($1,
        'љ', 'lj'), 'њ', 'nj'), 'џ', 'dž'), 'Љ', 'Lj'), 'Њ', 'Nj'), 'Џ', 'Dž'),
        '${CYRILLIC}', '${LATIN}') $$`);
    await queryRunner.query(`DROP INDEX "ix_activities_search"`);
    await queryRunner.query(`
      CREATE INDEX "ix_activities_search" ON "activities" USING gin (
        lower(immutable_unaccent(sr_latin("title" || ' ' || "description" || ' ' || coalesce("city", '')))) gin_trgm_ops
      )`);
    await queryRunner.query(`DROP INDEX "ix_organizations_search"`);
    await queryRunner.query(`
      CREATE INDEX "ix_organizations_search" ON "organizations" USING gin (
        lower(immutable_unaccent(sr_latin("short_name" || ' ' || "name_sr" || ' ' || "name_en" || ' ' || "city"))) gin_trgm_ops
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_organizations_search"`);
    await queryRunner.query(`
      CREATE INDEX "ix_organizations_search" ON "organizations" USING gin (
        lower(immutable_unaccent("short_name" || ' ' || "name_sr" || ' ' || "name_en" || ' ' || "city")) gin_trgm_ops
      )`);
    await queryRunner.query(`DROP INDEX "ix_activities_search"`);
    await queryRunner.query(`
      CREATE INDEX "ix_activities_search" ON "activities" USING gin (
        lower(immutable_unaccent("title" || ' ' || "description" || ' ' || coalesce("city", ''))) gin_trgm_ops
      )`);
    await queryRunner.query(`DROP FUNCTION sr_latin(text)`);
  }
}
