import { Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@app/common';
import { AppConfig } from '@app/config';
import { ReferralEscalationService } from './referral-escalation.service';
import { ReferralRetentionService } from './referral-retention.service';

export const REFERRAL_JOBS_INTERVAL_MS = 60_000;

/** Runs the referral jobs every minute in this process (unless REFERRAL_JOBS=off): reminders and alerts, then warnings and erasure after retention. */
@Injectable()
export class ReferralJobs extends PeriodicJob {
  private readonly logger = new Logger(ReferralJobs.name);

  constructor(
    private readonly config: AppConfig,
    private readonly escalation: ReferralEscalationService,
    private readonly retention: ReferralRetentionService,
  ) {
    super(REFERRAL_JOBS_INTERVAL_MS);
  }

  protected enabled(): boolean {
    return this.config.REFERRAL_JOBS === 'on';
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
      const { erased, warned } = await this.retention.run();
      if (warned > 0) this.logger.log(`Referrals: senders of ${warned} warned of their erasure`);
      if (erased > 0) this.logger.log(`Referrals: identifying details and texts of ${erased} erased after retention`);
    } catch (error) {
      this.logger.error(`Referral retention pass failed: ${(error as Error).message}`);
    }
  }
}
