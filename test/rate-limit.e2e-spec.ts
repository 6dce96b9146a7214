import { createHash } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RateLimitedOperation, RateLimitModule, SignInRateLimiter, SignInRateLimitOptions, TooManyAttemptsException } from '@app/users';
import { ConfigModule } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { TestFactory } from './factories/test-factory';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { PORTAL_ENTITIES } from '../apps/shared/entities';

const LIMITS: Partial<SignInRateLimitOptions> = {
  perIp: { points: 5, durationSeconds: 60 },
  perAccount: { points: 3, durationSeconds: 60 },
};

let counter = 0;
/** A fresh address and e-mail for each test, so counters of other tests never interfere. */
const uniqueIp = () => `198.51.100.${++counter}`;
const uniqueEmail = () => `person-${++counter}-${Date.now()}@example.org`;

/** What a refused attempt looks like to a caller, or 'ok' when it was let through. */
async function attempt(sut: SignInRateLimiter, ip: string, email: string, operation: RateLimitedOperation = 'sign_in') {
  try {
    await sut.consume(operation, { ip, email });
    return 'ok';
  } catch (error) {
    if (!(error instanceof TooManyAttemptsException)) throw error;
    return { name: error.name, kind: error.kind, code: error.code, message: error.message, fields: error.fields };
  }
}

const REFUSED = { name: 'TooManyAttemptsException', kind: 'TOO_MANY_REQUESTS', code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts: wait a few minutes and try again', fields: [] };

describe('sign-in and password-reset rate limits', () => {
  let db: TestDatabase;
  let sut: SignInRateLimiter;

  beforeAll(async () => {
    db = await createTestDatabase();
    sut = new SignInRateLimiter(db.dataSource, LIMITS);
  });

  afterAll(() => db.drop());

  it('refuses an IP address after its attempts are used up, whatever e-mail addresses it tries', async () => {
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await attempt(sut, ip, uniqueEmail()));
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', REFUSED, REFUSED]);
    expect(await attempt(sut, uniqueIp(), uniqueEmail())).toBe('ok');
  });

  it('refuses an account after its attempts are used up, even from ever new IP addresses', async () => {
    const email = uniqueEmail();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt(sut, uniqueIp(), email));
    expect(results).toEqual(['ok', 'ok', 'ok', REFUSED, REFUSED]);
    expect(await attempt(sut, uniqueIp(), email.toUpperCase())).toEqual(REFUSED);
    expect(await attempt(sut, uniqueIp(), uniqueEmail())).toBe('ok');
  });

  it('answers for an unknown address exactly as for an existing account', async () => {
    const user = await new TestFactory(db.dataSource).newUser();
    const unknown = uniqueEmail();
    const answers = async (email: string) => {
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await attempt(sut, uniqueIp(), email));
      return results;
    };
    const [forUser, forUnknown] = [await answers(user.email), await answers(unknown)];
    expect(forUser).toEqual(['ok', 'ok', 'ok', REFUSED]);
    expect(forUnknown).toEqual(forUser);
  });

  it('counts every operation of one request, also when they arrive at once (aliases, batches)', async () => {
    const ip = uniqueIp();
    const results = await Promise.all(Array.from({ length: 8 }, () => attempt(sut, ip, uniqueEmail())));
    expect(results.filter((result) => result === 'ok')).toHaveLength(5);
    expect(results.filter((result) => result !== 'ok')).toEqual([REFUSED, REFUSED, REFUSED]);
  });

  it('counts sign-in and password reset apart', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await attempt(sut, uniqueIp(), email, 'sign_in');
    expect(await attempt(sut, uniqueIp(), email, 'sign_in')).toEqual(REFUSED);
    expect(await attempt(sut, uniqueIp(), email, 'password_reset')).toBe('ok');
  });

  it('does not charge the account for attempts already refused for their IP address', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await attempt(sut, ip, uniqueEmail());
    const victim = uniqueEmail();
    for (let i = 0; i < 5; i++) expect(await attempt(sut, ip, victim)).toEqual(REFUSED);
    expect(await attempt(sut, uniqueIp(), victim)).toBe('ok');
  });

  it('security: an attempt forgiven after it succeeded uses up neither the address nor the account', async () => {
    const ip = uniqueIp();
    const email = uniqueEmail();
    for (let i = 0; i < 20; i++) {
      expect(await attempt(sut, ip, email)).toBe('ok');
      await sut.forgive('sign_in', { ip, email });
    }
    // The failures that follow still meet the full limits.
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await attempt(sut, ip, email));
    expect(results).toEqual(['ok', 'ok', 'ok', REFUSED]);
  });

  it("security: clearing an account forgets its failures, but not the address's", async () => {
    const ip = uniqueIp();
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await attempt(sut, ip, email);
    expect(await attempt(sut, uniqueIp(), email)).toEqual(REFUSED);
    await sut.clearAccount('sign_in', email);
    expect(await attempt(sut, uniqueIp(), email)).toBe('ok');
    // The address has two of its five attempts left.
    expect([await attempt(sut, ip, uniqueEmail()), await attempt(sut, ip, uniqueEmail()), await attempt(sut, ip, uniqueEmail())]).toEqual(['ok', 'ok', REFUSED]);
  });

  it('says how long to wait', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await sut.consume('sign_in', { ip: uniqueIp(), email });
    const refusal = await sut.consume('sign_in', { ip: uniqueIp(), email }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooManyAttemptsException);
    expect((refusal as TooManyAttemptsException).retryAfterSeconds).toBeGreaterThan(55);
    expect((refusal as TooManyAttemptsException).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('lets attempts through again once the window has passed', async () => {
    const short = new SignInRateLimiter(db.dataSource, { ...LIMITS, perAccount: { points: 1, durationSeconds: 1 } });
    const email = uniqueEmail();
    expect(await attempt(short, uniqueIp(), email, 'password_reset')).toBe('ok');
    expect(await attempt(short, uniqueIp(), email, 'password_reset')).toEqual(REFUSED);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await attempt(short, uniqueIp(), email, 'password_reset')).toBe('ok');
  });

  it('holds the limits across processes: another instance on its own connection pool sees the same counts', async () => {
    const otherProcess = new DataSource({ ...dataSourceOptions(db.url, { entities: PORTAL_ENTITIES, poolSize: 1, applicationName: 'test-other-process' }), logging: ['error'] });
    await otherProcess.initialize();
    try {
      const other = new SignInRateLimiter(otherProcess, LIMITS);
      const email = uniqueEmail();
      expect(await attempt(sut, uniqueIp(), email)).toBe('ok');
      expect(await attempt(other, uniqueIp(), email)).toBe('ok');
      expect(await attempt(sut, uniqueIp(), email)).toBe('ok');
      expect(await attempt(other, uniqueIp(), email)).toEqual(REFUSED);
      expect(await attempt(sut, uniqueIp(), email)).toEqual(REFUSED);
    } finally {
      await otherProcess.destroy();
    }
  });

  it('stores no e-mail address in clear, only its SHA-256', async () => {
    const email = `Clear.Text-${Date.now()}@Example.org`;
    const ip = uniqueIp();
    await sut.consume('password_reset', { ip, email });
    const rows: { key: string; points: number }[] = await db.dataSource.query(`SELECT key, points FROM rate_limits`);
    const keys = rows.map((row) => row.key);
    const digest = createHash('sha256').update(email.toLowerCase()).digest('hex');
    expect(keys).toEqual(expect.arrayContaining([`ip:password_reset:${ip}`, `account:password_reset:${digest}`]));
    expect(keys.filter((key) => key.includes('@') || key.toLowerCase().includes('clear.text'))).toEqual([]);
  });

  it('is provided by RateLimitModule on the data source of the app, with the limits it is given', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, { entities: PORTAL_ENTITIES, poolSize: 1 }), logging: ['error'] }), RateLimitModule.forRoot({ perAccount: { points: 1, durationSeconds: 60 } })],
    }).compile();
    try {
      const provided = moduleRef.get(SignInRateLimiter);
      const email = uniqueEmail();
      expect(await attempt(provided, uniqueIp(), email)).toBe('ok');
      expect(await attempt(provided, uniqueIp(), email)).toEqual(REFUSED);
    } finally {
      await moduleRef.close();
    }
  });
});
