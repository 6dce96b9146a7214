import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, ConfigError, loadConfig, NodeEnvironment, trustProxySetting } from './app-config';
import { loadConfigOrExit } from './boot';

describe(loadConfig.name, () => {
  it('applies the documented defaults to an empty environment', () => {
    const sut = loadConfig({});
    expect(sut).toMatchObject({ NODE_ENV: NodeEnvironment.DEVELOPMENT, HOST: '127.0.0.1', PORT: 3000, ADMIN_PORT: 3001, DATA_DIR: '.data', LOG_LEVEL: 'info' });
    expect(sut.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and URLs from strings, as the environment gives them', () => {
    const sut = loadConfig({ PORT: '8080', ADMIN_PORT: '8081', DATABASE_POOL_SIZE: '5', DATABASE_URL: 'postgres://u:p@db:5432/portal' });
    expect(sut).toMatchObject({ PORT: 8080, ADMIN_PORT: 8081, DATABASE_POOL_SIZE: 5, DATABASE_URL: 'postgres://u:p@db:5432/portal' });
  });

  it('takes JOBS as on, off or a list of the jobs a process works, and refuses a job it does not know', () => {
    expect(loadConfig({}).JOBS).toBe('on');
    expect(loadConfig({ JOBS: 'mail,referral-jobs' }).JOBS).toBe('mail,referral-jobs');
    expect(() => loadConfig({ JOBS: 'mail,coffee' })).toThrow(/^Invalid configuration: JOBS must be on, off, or a comma-separated list/);
  });

  it('moves the clock by CLOCK_OFFSET, in whole seconds, minutes, hours or days either way', () => {
    expect(loadConfig({}).clockOffsetMs).toBe(0);
    expect(loadConfig({ CLOCK_OFFSET: '40d' }).clockOffsetMs).toBe(40 * 86_400_000);
    expect(loadConfig({ CLOCK_OFFSET: '-2h' }).clockOffsetMs).toBe(-2 * 3_600_000);
    expect(loadConfig({ CLOCK_OFFSET: '+90m' }).clockOffsetMs).toBe(90 * 60_000);
    for (const value of ['40', '1.5d', '3w', 'd', '+0', '40 d', '4000d']) {
      expect(() => loadConfig({ CLOCK_OFFSET: value })).toThrow(/^Invalid configuration: CLOCK_OFFSET must be/);
    }
  });

  it('security: refuses a moved clock in production unless ALLOW_CLOCK_OFFSET is on', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), REFERRAL_DATA_KEYS: `k1:${'A'.repeat(43)}=` };
    expect(loadConfig({ ...production, CLOCK_OFFSET: '0' }).clockOffsetMs).toBe(0);
    expect(() => loadConfig({ ...production, CLOCK_OFFSET: '40d' })).toThrow(/^Invalid configuration: CLOCK_OFFSET must be 0 in production/);
    expect(() => loadConfig({ ALLOW_CLOCK_OFFSET: 'yes' })).toThrow(/^Invalid configuration: ALLOW_CLOCK_OFFSET must be on or off/);
    expect(loadConfig({ ...production, CLOCK_OFFSET: '40d', ALLOW_CLOCK_OFFSET: 'on' }).clockOffsetMs).toBe(40 * 86_400_000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ PORT: 3000, DATABASE_URL: undefined });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ADMIN_PORT: '3.5' }, 'ADMIN_PORT'],
    [{ DATABASE_URL: 'mysql://localhost/portal' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('security: erases referrals that never end after validated times, warning the sender first', () => {
    expect(loadConfig({})).toMatchObject({ REFERRAL_DRAFT_RETENTION_DAYS: 180, REFERRAL_STALE_RETENTION_MONTHS: 12, REFERRAL_RETENTION_WARNING_DAYS: 14 });
    expect(loadConfig({ REFERRAL_DRAFT_RETENTION_DAYS: '60', REFERRAL_STALE_RETENTION_MONTHS: '6', REFERRAL_RETENTION_WARNING_DAYS: '7' })).toMatchObject({
      REFERRAL_DRAFT_RETENTION_DAYS: 60,
      REFERRAL_STALE_RETENTION_MONTHS: 6,
      REFERRAL_RETENTION_WARNING_DAYS: 7,
    });
    // The warning always comes before the shortest retention allowed.
    for (const [variable, value] of [['REFERRAL_DRAFT_RETENTION_DAYS', '10'], ['REFERRAL_DRAFT_RETENTION_DAYS', 'soon'], ['REFERRAL_STALE_RETENTION_MONTHS', '0'], ['REFERRAL_RETENTION_WARNING_DAYS', '30']]) {
      expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
    }
  });

  it('requires a signing secret of 32 characters or more in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^Invalid configuration: JWT_SECRET /);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    expect(loadConfig({}).JWT_SECRET).toBeUndefined();
  });

  it('requires the referral data keys in production, well-formed', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(production)).toThrow(/^Invalid configuration: REFERRAL_DATA_KEYS /);
    expect(() => loadConfig({ ...production, REFERRAL_DATA_KEYS: 'k1:short' })).toThrow(/REFERRAL_DATA_KEYS/);
    expect(loadConfig({ REFERRAL_DATA_KEYS: `k2:${'B'.repeat(43)}=,k1:${'A'.repeat(43)}=` }).REFERRAL_DATA_KEYS).toMatch(/^k2:/);
  });

  it('security: trusts no proxy by default, and takes hops, addresses, subnets and presets but never everyone', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe('off');
    expect(trustProxySetting(loadConfig({}).TRUST_PROXY)).toBe(false);
    expect(trustProxySetting(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY)).toBe(2);
    expect(trustProxySetting(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,2001:db8::1' }).TRUST_PROXY)).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
    for (const value of ['true', 'on', '0', '11', '10.0.0.0/33', 'proxy.example', 'loopback,', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/^Invalid configuration: TRUST_PROXY must be off, a number of proxy hops/);
    }
  });

  it('never echoes a bad value, which may be a secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/portal' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret') }));
  });

  it('knows production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), REFERRAL_DATA_KEYS: `k1:${'A'.repeat(43)}=` }).isProduction).toBe(true);
    expect(new AppConfig().isProduction).toBe(false);
  });
});

describe(loadConfigOrExit.name, () => {
  it('prints one line naming the variable and exits with code 1', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exited');
    }) as never);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const previous = process.env.PORT;
    process.env.PORT = 'not-a-port';
    try {
      expect(() => loadConfigOrExit('/nonexistent/.env')).toThrow('exited');
      expect(exit).toHaveBeenCalledWith(1);
      expect(stderr).toHaveBeenCalledTimes(1);
      expect(stderr.mock.calls[0][0]).toMatch(/^Invalid configuration: PORT .*\n$/);
    } finally {
      if (previous === undefined) delete process.env.PORT;
      else process.env.PORT = previous;
      exit.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('.env.example', () => {
  const text = readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8');

  it('lists every variable of the configuration', () => {
    const listed = new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(new AppConfig()).filter((key) => !listed.has(key))).toEqual([]);
  });

  it('holds values the configuration accepts', () => {
    const env = Object.fromEntries([...text.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
