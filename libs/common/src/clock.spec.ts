import { Logger } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { Clock } from './clock';

describe(Clock.name, () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('tells real time when CLOCK_OFFSET is 0', () => {
    const sut = new Clock(loadConfig({}));
    const before = Date.now();
    expect(sut.now().getTime()).toBeGreaterThanOrEqual(before);
    expect(sut.now().getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('runs CLOCK_OFFSET ahead of real time, or behind it', () => {
    const ahead = new Clock(loadConfig({ CLOCK_OFFSET: '40d' }));
    const behind = new Clock(loadConfig({ CLOCK_OFFSET: '-2h' }));
    const real = Date.now();
    expect(ahead.now().getTime() - real).toBeGreaterThanOrEqual(40 * 86_400_000);
    expect(ahead.now().getTime() - real).toBeLessThan(40 * 86_400_000 + 1_000);
    expect(real - behind.now().getTime()).toBeGreaterThan(2 * 3_600_000 - 1_000);
    expect(real - behind.now().getTime()).toBeLessThanOrEqual(2 * 3_600_000 + 1_000);
  });
});
