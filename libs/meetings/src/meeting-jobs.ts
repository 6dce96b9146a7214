import { Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@app/common';
import { AppConfig } from '@app/config';
import { MeetingRemindersService } from './meeting-reminders.service';

export const MEETING_JOBS_INTERVAL_MS = 60_000;

/** Sends the meeting and action-item reminders every minute in this process, unless MEETING_JOBS=off. */
@Injectable()
export class MeetingJobs extends PeriodicJob {
  private readonly logger = new Logger(MeetingJobs.name);

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: MeetingRemindersService,
  ) {
    super(MEETING_JOBS_INTERVAL_MS);
  }

  protected enabled(): boolean {
    return this.config.MEETING_JOBS === 'on';
  }

  async runOnce(): Promise<void> {
    try {
      const { meetings, actionItems } = await this.reminders.run();
      if (meetings + actionItems > 0) this.logger.log(`Meetings: ${meetings} reminded; action items: ${actionItems} reminded`);
    } catch (error) {
      this.logger.error(`Meeting reminder pass failed: ${(error as Error).message}`);
    }
  }
}
