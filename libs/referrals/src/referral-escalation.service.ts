import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock } from '@app/common';
import { MailService } from '@app/mail';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { Action, Reach, rolesWith } from '@app/policy';
import { Referral } from './referral.entity';
import { ReferralStatus } from './referral.enums';
import { ReferralsService } from './referrals.service';

export interface EscalationPassResult {
  /** Referrals whose partner was reminded in this pass. */
  reminded: number;
  /** Referrals whose sender and coordinators were alerted in this pass. */
  escalated: number;
}

type Stage = 'reminder' | 'escalation';

/**
 * Which SENT referrals are due for a stage at `:now`. The reminder comes after the due time; the
 * alert at twice the time allowed (sent + 2 × (due − sent)), and only after the reminder, which the
 * alert mentions.
 */
const DUE: Record<Stage, string> = {
  reminder: `r.status = '${ReferralStatus.SENT}' AND r.acknowledge_due_at < :now AND r.reminder_sent_at IS NULL`,
  escalation: `r.status = '${ReferralStatus.SENT}' AND r.reminder_sent_at IS NOT NULL AND r.escalated_at IS NULL
    AND r.sent_at + 2 * (r.acknowledge_due_at - r.sent_at) <= :now`,
};

const PAGE_SIZE = 100;

/**
 * Reminders to partners that have not acknowledged a referral in time, and alerts to the sending
 * organization and ASTRA's coordinators at twice the due time. Durable without a scheduler of its
 * own: what is done lives in the referral row (`reminder_sent_at`, `escalated_at`) and the mail
 * outbox, written in one transaction per referral under `FOR UPDATE SKIP LOCKED`. A pass after a
 * crash or restart picks up exactly what is left; two processes never send the same stage twice.
 */
@Injectable()
export class ReferralEscalationService {
  private readonly logger = new Logger(ReferralEscalationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /** One pass over every referral due for a stage; reminders first, so that an alert always follows one. */
  async run(): Promise<EscalationPassResult> {
    const now = this.clock.now();
    const reminded = await this.forEachDue('reminder', now, (manager, referral) => this.remind(manager, referral, now));
    const escalated = await this.forEachDue('escalation', now, (manager, referral) => this.escalate(manager, referral, now));
    return { reminded, escalated };
  }

  /** The partner's contacts, in the partner's language; the mail says nothing about the person. */
  private async remind(manager: EntityManager, referral: Referral, now: Date): Promise<void> {
    await this.referrals.notifyPartner(manager, referral, 'referral-reminder');
    await manager.query(`UPDATE referrals SET reminder_sent_at = $2 WHERE id = $1`, [referral.id, now]);
    await this.audit.record({ action: AuditAction.REFERRAL_REMINDED, entityType: 'Referral', entityId: referral.id, summary: referral.reference }, manager);
  }

  /** Everyone active who may act on the referral as its sender (the sending organization's people, coordinators), each in their language. */
  private async escalate(manager: EntityManager, referral: Referral, now: Date): Promise<void> {
    const partner = await this.organizations.findByIdOrFail(referral.partnerOrganizationId, manager);
    const recipients = await this.users.activeInRolesOrEverywhere(
      referral.sendingOrganizationId,
      rolesWith(Action.REFERRAL_WRITE, Reach.OWN_ORGANIZATION),
      rolesWith(Action.REFERRAL_WRITE, Reach.ANY),
      manager,
    );
    const params = { ...this.referrals.mailParams(referral), partnerOrganization: partner.shortName };
    for (const user of recipients) {
      await this.mail.enqueue(manager, {
        to: user.email,
        language: user.language,
        template: 'referral-escalation',
        params,
        idempotencyKey: `referral-escalation:${referral.id}:${user.id}`,
      });
    }
    await manager.query(`UPDATE referrals SET escalated_at = $2 WHERE id = $1`, [referral.id, now]);
    await this.audit.record(
      { action: AuditAction.REFERRAL_ESCALATED, entityType: 'Referral', entityId: referral.id, summary: `${referral.reference}: ${recipients.length} alerted` },
      manager,
    );
  }

  /**
   * Runs `work` for each referral due for `stage`, one transaction each: the referral is read again
   * under a row lock, skipped when another process holds it, and re-checked, so a stage is done once.
   * A referral that fails is logged and left for the next pass; the others go on.
   */
  private async forEachDue(stage: Stage, now: Date, work: (manager: EntityManager, referral: Referral) => Promise<void>): Promise<number> {
    let done = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.dataSource
        .getRepository(Referral)
        .createQueryBuilder('r')
        .select('r.id', 'id')
        .where(DUE[stage], { now })
        .andWhere('r.id > :after', { after })
        .orderBy('r.id')
        .limit(PAGE_SIZE)
        .getRawMany<{ id: string }>();
      for (const { id } of page) {
        try {
          const handled = await this.dataSource.transaction(async (manager) => {
            const referral = await manager
              .getRepository(Referral)
              .createQueryBuilder('r')
              .where('r.id = :id', { id })
              .andWhere(DUE[stage], { now })
              .setLock('pessimistic_write')
              .setOnLocked('skip_locked')
              .getOne();
            if (!referral) return false;
            await work(manager, referral);
            return true;
          });
          if (handled) done++;
        } catch (error) {
          this.logger.error(`Referral ${id}: the ${stage} failed and is retried on the next pass: ${(error as Error).message}`);
        }
      }
      if (page.length < PAGE_SIZE) return done;
      after = page[page.length - 1].id;
    }
  }
}
