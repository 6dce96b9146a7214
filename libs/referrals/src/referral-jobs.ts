import { Injectable, Logger } from '@nestjs/common';
import { JobQueue, ScheduledJob } from '@app/jobs';
import { ReferralEscalationService } from './referral-escalation.service';
import { ReferralRetentionService } from './referral-retention.service';

/**
 * The referral jobs: reminders and alerts, then warnings and erasure after retention. A pg-boss schedule, every
 * minute, once across all processes (JOBS=on).
 */
@Injectable()
export class ReferralJobs extends ScheduledJob {
  protected readonly logger = new Logger(ReferralJobs.name);

  constructor(
    queue: JobQueue,
    private readonly escalation: ReferralEscalationService,
    private readonly retention: ReferralRetentionService,
  ) {
    super(queue, 'referral-jobs');
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
