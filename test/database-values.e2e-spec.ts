import { types } from 'pg';
import { preparedQuery } from '@app/common';
import { createTestDatabase, TestDatabase } from './utils/test-database';

// Instants as PostgreSQL writes them in different session time zones: whole seconds, fractions
// down to microseconds, offsets of whole hours, of minutes, before 1970 and before the year 100.
const INSTANTS = [
  '2024-03-01 10:00:00+00',
  '2024-03-01 10:00:00.123456+00',
  '2023-12-31 23:59:59.999999+00',
  '2024-02-29 12:30:00.5+00',
  '1969-12-31 23:59:59.5005+00',
  '1900-01-01 00:00:00+00',
  '0050-06-15 08:00:00+00',
  '0044-03-15 12:00:00+00 BC',
];
const ZONES = ['UTC', 'Europe/Belgrade', 'Asia/Kolkata', 'America/St_Johns'];

describe('values read from the database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it("reads every timestamptz as the instant PostgreSQL holds, and as pg's own parser would, whatever the session's time zone", async () => {
    const runner = db.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      for (const zone of ZONES) {
        await runner.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
        const rows: { at: Date; text: string; ms: string }[] = await runner.query(
          `SELECT t.at, t.at::text AS text, floor(extract(epoch FROM t.at) * 1000)::text AS ms FROM unnest($1::timestamptz[]) AS t(at)`,
          [INSTANTS],
        );
        expect(rows).toHaveLength(INSTANTS.length);
        for (const row of rows) {
          expect({ zone, text: row.text, ms: row.at.getTime() }).toEqual({ zone, text: row.text, ms: Number(row.ms) });
          expect(row.at.getTime()).toBe((types.getTypeParser(1184, 'text')(row.text) as Date).getTime());
        }
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('reads infinite timestamps as pg does, and the prepared reads of the lists alike', async () => {
    const rows = await preparedQuery<{ past: number; future: number; at: Date }>(
      db.dataSource,
      `SELECT '-infinity'::timestamptz AS past, 'infinity'::timestamptz AS future, $1::timestamptz AS at`,
      ['2024-03-01 10:00:00.123456+00'],
    );
    expect(rows).toEqual([{ past: -Infinity, future: Infinity, at: new Date('2024-03-01T10:00:00.123Z') }]);
  });
});
