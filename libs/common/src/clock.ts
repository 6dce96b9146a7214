import { Global, Injectable, Logger, Module, Optional } from '@nestjs/common';
import { AppConfig } from '@app/config';

/**
 * The time, injected: due times, reminders, escalations and retention read it, and hand it to
 * their SQL as a parameter (never the database's `now()`), so that tests can move it, and
 * CLOCK_OFFSET can move it for a whole process.
 */
@Injectable()
export class Clock {
  /** How far this process's clock runs ahead of (or behind, when negative) real time. */
  readonly offsetMs: number;

  constructor(@Optional() config?: AppConfig) {
    this.offsetMs = config?.clockOffsetMs ?? 0;
    if (this.offsetMs !== 0) new Logger(Clock.name).warn(`The clock is moved by CLOCK_OFFSET=${config!.CLOCK_OFFSET}: due times, reminders and erasure count from ${this.now().toISOString()}`);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
