import { QueryFailedError } from 'typeorm';
import { errorForLog } from './logging.module';

describe('errors in log lines', () => {
  it('keep the kind, message, SQLSTATE and SQL text of a failed query, never its values', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_users_email"'), {
      code: '23505',
      detail: 'Key (email)=(jelena@example.org) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO users (email, full_name) VALUES ($1, $2)', ['jelena@example.org', 'Jelena Petrović'], driverError);
    const logged = JSON.stringify(errorForLog(error));
    expect(errorForLog(error)).toMatchObject({ type: 'QueryFailedError', code: '23505', query: 'INSERT INTO users (email, full_name) VALUES ($1, $2)' });
    expect(logged).toContain('uq_users_email');
    expect(logged).not.toContain('jelena@example.org');
    expect(logged).not.toContain('Petrović');
  });

  it('cut a long statement short', () => {
    const error = new QueryFailedError(`INSERT INTO activities SELECT * FROM json_populate_recordset(NULL::activities, $1) ${'-- '.repeat(1000)}`, ['[]'], new Error('x'));
    expect((errorForLog(error).query as string).length).toBe(500);
  });

  it('take anything thrown that is not an Error as its text', () => {
    expect(errorForLog('boom')).toEqual({ message: 'boom' });
  });
});
