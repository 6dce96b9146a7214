import { workerCount, workerCountFromEnv } from './workers';

describe('API worker processes', () => {
  it('run as many as configured, or one per CPU core for 0', () => {
    expect(workerCount(1, 8)).toBe(1);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(0, 2)).toBe(2);
  });
});

describe('API worker processes from the environment', () => {
  it('read API_WORKERS before the configuration is loaded, one process when unset or not a count', () => {
    expect(workerCountFromEnv(undefined, 4)).toBe(1);
    expect(workerCountFromEnv('', 4)).toBe(1);
    expect(workerCountFromEnv('0', 4)).toBe(4);
    expect(workerCountFromEnv('3', 4)).toBe(3);
    expect(workerCountFromEnv('two', 4)).toBe(1);
    expect(workerCountFromEnv('65', 4)).toBe(1);
  });
});
