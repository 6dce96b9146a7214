import { Injectable, Logger } from '@nestjs/common';
import { JobQueue, ScheduledJob } from '@app/jobs';
import { MeetingRemindersService } from './meeting-reminders.service';

/** Sends the meeting and action-item reminders: a pg-boss schedule, every minute, once across all processes (JOBS=on). */
@Injectable()
export class MeetingJobs extends ScheduledJob {
  protected readonly logger = new Logger(MeetingJobs.name);

  constructor(
    queue: JobQueue,
    private readonly reminders: MeetingRemindersService,
  ) {
    super(queue, 'meeting-reminders');
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
