import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock, NotFoundException } from '@app/common';
import { Meeting } from './meeting.entity';
import { InvitationAnswer, MeetingStatus } from './meeting.enums';
import { MeetingErrorCode, MeetingException } from './meeting.exception';
import { MeetingsService } from './meetings.service';
import { RsvpTokenProblem, RsvpTokens } from './rsvp-tokens';

export interface RsvpOutcome {
  meeting: Meeting;
  answer: InvitationAnswer;
  /** Whose answer the link gives. */
  userId: string;
}

/** Answers recorded from the signed links in invitation mails, without signing in. */
@Injectable()
export class MeetingRsvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: RsvpTokens,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * What a link would answer, without recording anything: the page a link opens asks to confirm,
   * so that mail scanners and link previews, which open links too, answer nothing.
   */
  async previewByToken(token: string): Promise<RsvpOutcome> {
    const { meetingId, userId, answer } = this.claimOf(token, this.clock.now());
    const meeting = await this.dataSource.getRepository(Meeting).findOneBy({ id: meetingId });
    if (!meeting) throw new MeetingException(MeetingErrorCode.RSVP_LINK_INVALID);
    if (meeting.status === MeetingStatus.CANCELLED) throw new MeetingException(MeetingErrorCode.MEETING_CANCELLED);
    const used: unknown[] = await this.dataSource.query(`SELECT 1 FROM meeting_rsvp_uses WHERE token_hash = $1`, [RsvpTokens.hash(token)]);
    if (used.length > 0) throw new MeetingException(MeetingErrorCode.RSVP_LINK_USED);
    return { meeting, answer, userId };
  }

  /**
   * Records the answer a link carries, once: the token's hash is stored in the same transaction,
   * so a second use (or two at once) finds it and is refused. Only people invited by name get links.
   */
  async answerByToken(token: string): Promise<RsvpOutcome> {
    const now = this.clock.now();
    const { meetingId, userId, answer } = this.claimOf(token, now);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.getRepository(Meeting).findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw new MeetingException(MeetingErrorCode.RSVP_LINK_INVALID);
      const used: unknown[] = await manager.query(
        `INSERT INTO meeting_rsvp_uses (token_hash, meeting_id, used_at) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING RETURNING token_hash`,
        [RsvpTokens.hash(token), meetingId, now],
      );
      if (used.length === 0) throw new MeetingException(MeetingErrorCode.RSVP_LINK_USED);
      await this.meetings.recordAnswer(manager, meeting, userId, answer, now, false).catch((error: unknown) => {
        // No invitation for this person (any more): the link answers nothing.
        throw error instanceof NotFoundException ? new MeetingException(MeetingErrorCode.RSVP_LINK_INVALID) : error;
      });
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: { userId, organizationId: null }, entityType: 'Meeting', entityId: meetingId, changedFields: ['answer'], summary: `${answer} by link` }, manager);
      return { meeting, answer, userId };
    });
  }

  /** What a valid, unexpired link says; any other is refused as expired or invalid. */
  private claimOf(token: string, now: Date) {
    const verified = this.tokens.verify(token, now);
    if (!verified.ok) {
      throw new MeetingException(verified.problem === RsvpTokenProblem.EXPIRED ? MeetingErrorCode.RSVP_LINK_EXPIRED : MeetingErrorCode.RSVP_LINK_INVALID);
    }
    return verified.claim;
  }
}
