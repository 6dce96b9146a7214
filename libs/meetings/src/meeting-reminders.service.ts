import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, Language } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { Action, Reach, rolesWith } from '@app/policy';
import { ActionItem } from './action-item.entity';
import { serbianDate } from './action-items.service';
import { MeetingMailer } from './meeting-mailer';
import { MeetingAgendaItem } from './meeting-parts.entity';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

export interface ReminderPassResult {
  /** Meetings whose invitees were reminded in this pass. */
  meetings: number;
  /** Action items whose owner organization was reminded in this pass. */
  actionItems: number;
}

const PAGE_SIZE = 50;

/**
 * Reminders before meetings and before action items fall due. What is done lives in the rows
 * (`reminder_sent_at`, `reminded_at`) and the outbox, written in one transaction per meeting or item
 * taken with FOR UPDATE SKIP LOCKED; the mails' idempotency keys make a repeated pass send nothing new.
 */
@Injectable()
export class MeetingRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly mailer: MeetingMailer,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  async run(): Promise<ReminderPassResult> {
    const now = this.clock.now();
    return { meetings: await this.remindMeetings(now), actionItems: await this.remindActionItems(now) };
  }

  /** Scheduled meetings starting within MEETING_REMINDER_HOURS: everyone invited who has not declined. */
  private async remindMeetings(now: Date): Promise<number> {
    const until = new Date(now.getTime() + this.config.MEETING_REMINDER_HOURS * 3_600_000);
    let count = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const meeting = await manager
          .getRepository(Meeting)
          .createQueryBuilder('m')
          .where(`m.status = 'SCHEDULED' AND m.reminder_sent_at IS NULL AND m.starts_at > :now AND m.starts_at <= :until`, { now, until })
          .orderBy('m.starts_at')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getOne();
        if (!meeting) return true;
        const agenda = await manager.getRepository(MeetingAgendaItem).find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
        const presenterIds = agenda.flatMap((item) => (item.presenterOrganizationId ? [item.presenterOrganizationId] : []));
        const presenters = new Map((presenterIds.length ? await this.organizations.findByIds(presenterIds, manager) : []).map((o) => [o.id, o.shortName]));
        // Invited by name, or answered yes / maybe as a member of an invited organization; never who said no.
        const recipients = await this.meetings.recipients(manager, meeting.id, `(i.invited OR i.answer IN ('YES', 'MAYBE')) AND i.answer IS DISTINCT FROM 'NO'`);
        for (const recipient of recipients) await this.mailer.remind(manager, meeting, recipient, agenda, presenters, now);
        await manager.update(Meeting, { id: meeting.id }, { reminderSentAt: now });
        count++;
        return false;
      });
      if (done) return count;
    }
  }

  /** Items not done, due within ACTION_ITEM_REMINDER_DAYS: the owner organization's admins and staff. */
  private async remindActionItems(now: Date): Promise<number> {
    const today = serbianDate(now);
    const until = serbianDate(new Date(now.getTime() + this.config.ACTION_ITEM_REMINDER_DAYS * 86_400_000));
    let count = 0;
    for (;;) {
      const items = await this.dataSource.transaction(async (manager) => {
        const due = await manager
          .getRepository(ActionItem)
          .createQueryBuilder('ai')
          .where(`ai.status <> 'DONE' AND ai.reminded_at IS NULL AND ai.due_on >= :today AND ai.due_on <= :until`, { today, until })
          .orderBy('ai.due_on')
          .take(PAGE_SIZE)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const item of due) await this.remindActionItem(manager, item, now);
        return due.length;
      });
      count += items;
      if (items < PAGE_SIZE) return count;
    }
  }

  private async remindActionItem(manager: EntityManager, item: ActionItem, now: Date): Promise<void> {
    // One after the other: a transaction is one connection, which runs one statement at a time.
    const meeting = await manager.getRepository(Meeting).findOneByOrFail({ id: item.meetingId });
    const organization = await this.organizations.findByIdOrFail(item.organizationId, manager);
    const people = await this.users.activeInRoles(item.organizationId, rolesWith(Action.ACTION_ITEM_UPDATE, Reach.OWN_ORGANIZATION), manager);
    for (const person of people) {
      await this.mail.enqueue(manager, {
        to: person.email,
        language: person.language ?? Language.SR,
        template: 'action-item-reminder',
        params: {
          description: item.description,
          dueOn: item.dueOn,
          meetingTitle: meeting.title,
          meetingStartsAt: meeting.startsAt.toISOString(),
          organization: organization.shortName,
          link: this.mailer.meetingLink(meeting.id, person.role),
        },
        idempotencyKey: `action-item-reminder:${item.id}:${item.dueOn}:${person.id}`,
      });
    }
    await manager.update(ActionItem, { id: item.id }, { remindedAt: now });
  }
}
