import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ReferralEscalationService } from './referral-escalation.service';
import { ReferralRetentionService } from './referral-retention.service';

export const REFERRAL_JOBS_INTERVAL_MS = 60_000;

/**
 * Runs the referral jobs every minute in this process (unless REFERRAL_JOBS=off): reminders and
 * alerts, then erasure after retention. The timer holds no state: everything a job has done is in
 * the database, so a restart or a second process changes nothing but who does the next pass.
 */
@Injectable()
export class ReferralJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReferralJobs.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;

  constructor(
    private readonly config: AppConfig,
    private readonly escalation: ReferralEscalationService,
    private readonly retention: ReferralRetentionService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REFERRAL_JOBS === 'on') this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the timer and waits for the pass in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass of every job; one job failing does not keep the other from running. */
  async runOnce(): Promise<void> {
    try {
      const { reminded, escalated } = await this.escalation.run();
      if (reminded + escalated > 0) this.logger.log(`Referrals: ${reminded} reminded, ${escalated} escalated`);
    } catch (error) {
      this.logger.error(`Referral escalation pass failed: ${(error as Error).message}`);
    }
    try {
      const { erased } = await this.retention.run();
      if (erased > 0) this.logger.log(`Referrals: identifying details of ${erased} erased after retention`);
    } catch (error) {
      this.logger.error(`Referral retention pass failed: ${(error as Error).message}`);
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => this.schedule(REFERRAL_JOBS_INTERVAL_MS));
    }, delayMs);
    this.timer.unref();
  }
}
