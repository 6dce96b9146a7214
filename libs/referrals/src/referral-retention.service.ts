import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { User, UsersService } from '@app/users';
import { Role } from '@app/policy';
import { ReferralStatus } from './referral.enums';

/** Referrals that are over: closed or withdrawn (closed_at), or declined (their last change). */
const ENDED = [ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN, ReferralStatus.DECLINED];
/** Referrals that may never end: drafts never sent, and sent ones nobody closes, withdraws or declines. */
const UNENDED = [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS];

const BATCH_SIZE = 500;

/** Whether a referral (alias `r`) still holds anything about a person: its details, reasons, timeline notes or messages. */
const HOLDS_PERSONAL_TEXT = `(r.details_ciphertext IS NOT NULL OR r.decline_reason_ciphertext IS NOT NULL OR r.outcome_reason_ciphertext IS NOT NULL
  OR EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id AND e.note_ciphertext IS NOT NULL)
  OR EXISTS (SELECT 1 FROM referral_messages m WHERE m.referral_id = r.id))`;

/** When anyone last did something on a referral: changed it, took a step, wrote a message. */
const LAST_ACTIVITY = `GREATEST(r.updated_at,
  (SELECT max(e.occurred_at) FROM referral_events e WHERE e.referral_id = r.id),
  (SELECT max(m.created_at) FROM referral_messages m WHERE m.referral_id = r.id))`;

/** The settings, typed once: every query below reads them from `p`. */
const SETTINGS = `p AS (SELECT $1::timestamptz AS now, $2::int AS ended_months, $3::int AS draft_days, $4::int AS stale_months, $5::int AS warning_days,
  $6::referral_status[] AS ended, $7::referral_status[] AS unended, $8::int AS batch)`;

/** How long an unended referral is kept after its last activity: a draft for days, an open one for months. */
const KEPT_FOR = `(CASE WHEN r.status = 'DRAFT' THEN make_interval(days => p.draft_days) ELSE make_interval(months => p.stale_months) END)`;

/** Ended past retention, or unended, quiet past retention and warned (after its last activity) at least the warning days ago. */
const DUE_FOR_ERASURE = `${HOLDS_PERSONAL_TEXT} AND (
  (r.status = ANY(p.ended) AND COALESCE(r.closed_at, r.updated_at) < p.now - make_interval(months => p.ended_months))
  OR (r.status = ANY(p.unended) AND r.retention_warned_at IS NOT NULL AND r.retention_warned_at >= ${LAST_ACTIVITY}
      AND r.retention_warned_at <= p.now - make_interval(days => p.warning_days)
      AND ${LAST_ACTIVITY} < p.now - ${KEPT_FOR}))`;

/** Unended, not warned since its last activity, and within the warning days of its retention. */
const DUE_FOR_WARNING = `${HOLDS_PERSONAL_TEXT} AND r.status = ANY(p.unended)
  AND (r.retention_warned_at IS NULL OR r.retention_warned_at < ${LAST_ACTIVITY})
  AND ${LAST_ACTIVITY} < p.now - ${KEPT_FOR} + make_interval(days => p.warning_days)`;

/** What an erasure takes away: everything about the person, for the audit entry. */
const ERASED_FIELDS = ['detailsCiphertext', 'detailsKeyId', 'declineReasonCiphertext', 'outcomeReasonCiphertext', 'timelineNotes', 'messages'];

export interface RetentionPassResult {
  /** Referrals whose details and free texts were erased in this pass. */
  erased: number;
  /** Referrals whose sender was warned in this pass that they are about to be erased. */
  warned: number;
}

/**
 * Erases everything about the person on a referral: its identifying details, decline and close
 * reasons, the notes of its timeline and its messages. For a referral that ended (closed,
 * withdrawn, declined), REFERRAL_RETENTION_MONTHS after it ended. For one that never ends (a draft
 * REFERRAL_DRAFT_RETENTION_DAYS, or an open one REFERRAL_STALE_RETENTION_MONTHS, after anyone last
 * did something on it), once its sender has been warned by mail REFERRAL_RETENTION_WARNING_DAYS
 * before; any activity after the warning starts the wait again. The statistical (HTCDS) fields, the
 * statuses and times of the timeline and the consent metadata stay. Each warning and erasure is
 * audited in its transaction, without anything about the person.
 */
@Injectable()
export class ReferralRetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UsersService,
  ) {}

  /** Warns about what is soon due, then erases what is due, in batches. */
  async run(): Promise<RetentionPassResult> {
    const now = this.clock.now();
    const warned = await this.inBatches((manager) => this.warnBatch(manager, now));
    const erased = await this.inBatches((manager) => this.eraseBatch(manager, now));
    return { erased, warned };
  }

  private params(now: Date) {
    const { REFERRAL_RETENTION_MONTHS, REFERRAL_DRAFT_RETENTION_DAYS, REFERRAL_STALE_RETENTION_MONTHS, REFERRAL_RETENTION_WARNING_DAYS } = this.config;
    return [now, REFERRAL_RETENTION_MONTHS, REFERRAL_DRAFT_RETENTION_DAYS, REFERRAL_STALE_RETENTION_MONTHS, REFERRAL_RETENTION_WARNING_DAYS, ENDED, UNENDED];
  }

  private async inBatches(batch: (manager: EntityManager) => Promise<number>): Promise<number> {
    let done = 0;
    for (;;) {
      const count = await this.dataSource.transaction(batch);
      done += count;
      if (count < BATCH_SIZE) return done;
    }
  }

  private async eraseBatch(manager: EntityManager, now: Date): Promise<number> {
    const rows: { id: string; reference: string }[] = await manager.query(
      // A CTE, so that the driver hands back the rows. SKIP LOCKED: a referral another process is erasing is its business.
      `WITH ${SETTINGS}, erased AS (
         UPDATE referrals SET details_ciphertext = NULL, details_key_id = NULL,
                decline_reason_ciphertext = NULL, decline_reason_key_id = NULL,
                outcome_reason_ciphertext = NULL, outcome_reason_key_id = NULL,
                details_erased_at = (SELECT now FROM p)
          WHERE id IN (
            SELECT r.id FROM referrals r, p
             WHERE ${DUE_FOR_ERASURE}
             ORDER BY r.id
             LIMIT (SELECT batch FROM p)
             FOR UPDATE OF r SKIP LOCKED)
         RETURNING id, reference)
       SELECT * FROM erased`,
      [...this.params(now), BATCH_SIZE],
    );
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    await manager.query(`UPDATE referral_events SET note_ciphertext = NULL, note_key_id = NULL WHERE referral_id = ANY($1::uuid[]) AND note_ciphertext IS NOT NULL`, [ids]);
    await manager.query(`DELETE FROM referral_messages WHERE referral_id = ANY($1::uuid[])`, [ids]);
    for (const { id, reference } of rows) {
      await this.audit.record({ action: AuditAction.REFERRAL_DETAILS_ERASED, entityType: 'Referral', entityId: id, changedFields: ERASED_FIELDS, summary: reference }, manager);
    }
    return rows.length;
  }

  /** The sender (or, when they are gone, the sending organization's active admins), each in their language: the reference and the date only. */
  private async warnBatch(manager: EntityManager, now: Date): Promise<number> {
    const rows: { id: string; reference: string; status: ReferralStatus; sender_user_id: string | null; sending_organization_id: string; erase_at: Date }[] = await manager.query(
      `WITH ${SETTINGS}
       SELECT r.id, r.reference, r.status, r.sender_user_id, r.sending_organization_id,
              GREATEST(${LAST_ACTIVITY} + ${KEPT_FOR}, p.now + make_interval(days => p.warning_days)) AS erase_at
         FROM referrals r, p
        WHERE ${DUE_FOR_WARNING}
        ORDER BY r.id
        LIMIT (SELECT batch FROM p)
        FOR UPDATE OF r SKIP LOCKED`,
      [...this.params(now), BATCH_SIZE],
    );
    for (const row of rows) {
      const recipients = await this.recipients(manager, row.sender_user_id, row.sending_organization_id);
      for (const user of recipients) {
        await this.mail.enqueue(manager, {
          to: user.email,
          language: user.language,
          template: 'referral-retention-warning',
          params: {
            reference: row.reference,
            eraseAt: new Date(row.erase_at).toISOString(),
            state: row.status === ReferralStatus.DRAFT ? 'draft' : 'open',
            link: this.config.webLink('referrals', row.id),
          },
          idempotencyKey: `referral-retention-warning:${row.id}:${user.id}:${now.toISOString()}`,
        });
      }
      await manager.query(`UPDATE referrals SET retention_warned_at = $2 WHERE id = $1`, [row.id, now]);
      await this.audit.record(
        { action: AuditAction.REFERRAL_RETENTION_WARNED, entityType: 'Referral', entityId: row.id, summary: `${row.reference}: ${recipients.length} warned` },
        manager,
      );
    }
    return rows.length;
  }

  private async recipients(manager: EntityManager, senderUserId: string | null, organizationId: string): Promise<User[]> {
    const sender = senderUserId ? await this.users.activeById(senderUserId, manager) : null;
    if (sender) return [sender];
    return this.users.activeInRoles(organizationId, [Role.MEMBER_ADMIN], manager);
  }
}
