import { workerCount } from './workers';

describe('API worker processes', () => {
  it('run as many as configured, or one per CPU core for 0', () => {
    expect(workerCount(1, 8)).toBe(1);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(0, 2)).toBe(2);
  });
});
