import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import type { Role } from '@app/policy';
import { appUrlFor, User, UsersService } from '@app/users';
import { buildMeetingIcs, CalendarMethod, placeOf } from './meeting-calendar';
import { MeetingAgendaItem, MeetingInvitation } from './meeting-parts.entity';
import { Meeting } from './meeting.entity';
import { InvitationAnswer, MeetingStatus } from './meeting.enums';
import { RsvpTokens } from './rsvp-tokens';

/** A person to write to about a meeting: their invitation row and account. */
export interface MeetingRecipient {
  invitation: Pick<MeetingInvitation, 'id' | 'userId'>;
  user: Pick<User, 'id' | 'email' | 'fullName' | 'language' | 'role'>;
}

/**
 * Queues the meeting's mails in the caller's transaction, each with the .ics made now (the
 * meeting's UID, its current SEQUENCE). Idempotency keys name the invitation row and the
 * sequence, so a retried transaction or a second job pass never mails the same version twice.
 */
@Injectable()
export class MeetingMailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly tokens: RsvpTokens,
    private readonly users: UsersService,
  ) {}

  /** METHOD:REQUEST: a first invitation, or (`update`) the new time or place of a meeting already announced. */
  async invite(manager: EntityManager, meeting: Meeting, recipient: MeetingRecipient, now: Date, update: boolean): Promise<void> {
    const rsvp = (answer: InvitationAnswer) =>
      `${this.config.API_PUBLIC_URL.replace(/\/$/, '')}/meetings/rsvp?token=${this.tokens.sign({ meetingId: meeting.id, userId: recipient.user.id, answer, expiresAt: meeting.endsAt })}`;
    await this.mail.enqueue(manager, {
      to: recipient.user.email,
      language: recipient.user.language,
      template: 'meeting-invitation',
      params: {
        ...this.common(meeting, recipient, 'REQUEST', now, await this.organizerFor(manager, meeting)),
        update: update ? 'yes' : 'no',
        yesLink: rsvp(InvitationAnswer.YES),
        noLink: rsvp(InvitationAnswer.NO),
        maybeLink: rsvp(InvitationAnswer.MAYBE),
      },
      idempotencyKey: `meeting-invitation:${recipient.invitation.id}:${meeting.sequence}`,
    });
  }

  /** METHOD:CANCEL: the meeting is cancelled, or this person is no longer invited. */
  async cancel(manager: EntityManager, meeting: Meeting, recipient: MeetingRecipient, now: Date): Promise<void> {
    await this.mail.enqueue(manager, {
      to: recipient.user.email,
      language: recipient.user.language,
      template: 'meeting-cancelled',
      params: this.common(meeting, recipient, 'CANCEL', now, await this.organizerFor(manager, meeting)),
      idempotencyKey: `meeting-cancel:${recipient.invitation.id}:${meeting.sequence}`,
    });
  }

  /** The reminder before the meeting, with the agenda and the .ics again. */
  async remind(manager: EntityManager, meeting: Meeting, recipient: MeetingRecipient, agenda: MeetingAgendaItem[], presenters: Map<string, string>, now: Date): Promise<void> {
    const lines = agenda.map((item) => agendaLine(item, meeting.timeZone, presenters));
    await this.mail.enqueue(manager, {
      to: recipient.user.email,
      language: recipient.user.language,
      template: 'meeting-reminder',
      params: { ...this.common(meeting, recipient, 'REQUEST', now, await this.organizerFor(manager, meeting), lines), agenda: lines.join('\n') },
      idempotencyKey: `meeting-reminder:${recipient.invitation.id}:${meeting.sequence}`,
    });
  }

  /**
   * The meeting as a calendar file for one person, downloaded from its page: the invitations' UID
   * and current SEQUENCE (a calendar that has the invitation keeps one event), METHOD:CANCEL once
   * it is cancelled.
   */
  async calendarFor(meeting: Meeting, person: Pick<User, 'email' | 'fullName' | 'role'>, now: Date): Promise<string> {
    const link = this.meetingLink(meeting.id, person.role);
    const method: CalendarMethod = meeting.status === MeetingStatus.CANCELLED ? 'CANCEL' : 'REQUEST';
    const organizer = this.organizerOf(await this.organizerFor(undefined, meeting));
    return buildMeetingIcs({ meeting, method, organizer, attendee: { email: person.email, name: person.fullName }, stamp: now, url: link });
  }

  /** The meeting's page in the app the person works in (coordinators: the admin app; everyone else: the web app). */
  meetingLink(meetingId: string, role: Role): string {
    return `${appUrlFor(this.config, role)}/meetings/${meetingId}`;
  }

  /** The meeting's page for the person a signed link was made for (the RSVP page links there). */
  async meetingLinkFor(meetingId: string, userId: string): Promise<string> {
    return this.meetingLink(meetingId, (await this.users.findByIdOrFail(userId)).role);
  }

  /**
   * The .ics ORGANIZER: the coordinator who runs the meeting (so a calendar program's reply reaches
   * a person), sent by the portal's address; the portal itself when that account is gone.
   */
  private organizerOf(organizer: Pick<User, 'fullName' | 'email' | 'active'> | null) {
    if (!organizer?.active) return this.config.MAIL_FROM;
    const sentBy = /<([^>]+)>/.exec(this.config.MAIL_FROM)?.[1] ?? this.config.MAIL_FROM.trim();
    return { name: organizer.fullName, email: organizer.email, sentBy };
  }

  /** Whoever created the meeting runs it. */
  private organizerFor(manager: EntityManager | undefined, meeting: Meeting) {
    return meeting.createdBy ? this.users.findById(meeting.createdBy, manager) : Promise.resolve(null);
  }

  private common(meeting: Meeting, recipient: MeetingRecipient, method: CalendarMethod, now: Date, organizer: User | null, agenda: string[] = []) {
    const link = this.meetingLink(meeting.id, recipient.user.role);
    return {
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      timeZone: meeting.timeZone,
      place: placeOf(meeting),
      link,
      ics: buildMeetingIcs({ meeting, method, organizer: this.organizerOf(organizer), attendee: { email: recipient.user.email, name: recipient.user.fullName }, agenda, stamp: now, url: link }),
    };
  }
}

/** "10:00 Otvaranje (ASTRA)": the point's local time, title and presenter. */
export function agendaLine(item: Pick<MeetingAgendaItem, 'title' | 'startsAt' | 'presenterOrganizationId' | 'position'>, timeZone: string, presenters: Map<string, string>): string {
  const time = item.startsAt ? new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(item.startsAt) + ' ' : '';
  const presenter = item.presenterOrganizationId ? presenters.get(item.presenterOrganizationId) : undefined;
  return `${item.position}. ${time}${item.title}${presenter ? ` (${presenter})` : ''}`;
}
