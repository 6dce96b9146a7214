import { Global, Injectable, Module } from '@nestjs/common';

/** The time, injected: due times and escalations read it, so tests can move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
