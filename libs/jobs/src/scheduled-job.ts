import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOB_HEARTBEAT_SECONDS, JobQueue } from './job-queue';

/** Every minute, in UTC. */
export const EVERY_MINUTE = '* * * * *';

/**
 * A pass that pg-boss runs on a schedule: once per tick across every process (the schedule creates
 * one job per tick, one worker takes it), at most one pass at a time (a singleton queue). What a
 * pass did is in the database, so a missed or repeated tick changes nothing but when the next one
 * acts. A booting process also queues a pass at once (at most one a minute across processes).
 * Tests call `runOnce()` themselves.
 */
export abstract class ScheduledJob implements OnApplicationBootstrap {
  protected abstract readonly logger: Logger;

  protected constructor(
    protected readonly queue: JobQueue,
    /** The queue's name, also the schedule's. */
    readonly name: string,
    private readonly cron = EVERY_MINUTE,
  ) {}

  /** One pass; it must not throw (log instead). */
  abstract runOnce(): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.works(this.name)) return;
    // A pass that outlives its tick is not started twice: one active job at a time. The pass of a
    // process that died stops heartbeating and is failed within seconds, so the next tick runs.
    await this.queue.ensureQueue(this.name, { policy: 'singleton', retryLimit: 0, expireInSeconds: 15 * 60, heartbeatSeconds: JOB_HEARTBEAT_SECONDS });
    await this.queue.schedule(this.name, this.cron);
    // A pass right away, as a process boots, rather than at the next tick: one per minute however
    // many processes boot together (a throttled job).
    await this.queue.sendNow(this.name, {}, { singletonKey: 'boot', singletonSeconds: 60 });
    await this.queue.work(this.name, { pollingIntervalSeconds: 5 }, () => this.runOnce());
  }
}
