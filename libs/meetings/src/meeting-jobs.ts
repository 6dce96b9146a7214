import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MeetingRemindersService } from './meeting-reminders.service';

export const MEETING_JOBS_INTERVAL_MS = 60_000;

/**
 * Runs the meeting reminders every minute in this process unless MEETING_JOBS=off. The timer holds
 * no state: what was reminded is in the database, so a restart or a second process sends nothing twice.
 */
@Injectable()
export class MeetingJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MeetingJobs.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: MeetingRemindersService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.MEETING_JOBS === 'on') this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  async runOnce(): Promise<void> {
    try {
      const { meetings, actionItems } = await this.reminders.run();
      if (meetings + actionItems > 0) this.logger.log(`Meetings: ${meetings} reminded; action items: ${actionItems} reminded`);
    } catch (error) {
      this.logger.error(`Meeting reminder pass failed: ${(error as Error).message}`);
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => this.schedule(MEETING_JOBS_INTERVAL_MS));
    }, delayMs);
    this.timer.unref();
  }
}
