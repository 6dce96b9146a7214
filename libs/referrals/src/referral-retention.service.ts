import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { ReferralStatus } from './referral.enums';

/** Referrals that are over: closed or withdrawn (closed_at), or declined (their last change). */
const ENDED = [ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN, ReferralStatus.DECLINED];

const BATCH_SIZE = 500;

/**
 * Erases a referral's identifying details REFERRAL_RETENTION_MONTHS after it ended. Only the
 * encrypted details go: the statistical (HTCDS) fields stay for the reports, and so do the consent
 * metadata, which record the legal basis on which the details were held. Each erasure is audited
 * in the same transaction, without anything about the person.
 */
@Injectable()
export class ReferralRetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Erases everything past retention, in batches; returns how many referrals were erased. */
  async run(): Promise<{ erased: number }> {
    const now = this.clock.now();
    let erased = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows: { id: string; reference: string }[] = await manager.query(
          // A CTE, so that the driver hands back the rows. SKIP LOCKED: a referral another process is erasing is its business.
          `WITH erased AS (
             UPDATE referrals SET details_ciphertext = NULL, details_key_id = NULL, details_erased_at = $1
              WHERE id IN (
                SELECT id FROM referrals
                 WHERE status = ANY($2::referral_status[])
                   AND details_ciphertext IS NOT NULL
                   AND COALESCE(closed_at, updated_at) < $1::timestamptz - make_interval(months => $3)
                 ORDER BY id
                 LIMIT $4
                 FOR UPDATE SKIP LOCKED)
             RETURNING id, reference)
           SELECT * FROM erased`,
          [now, ENDED, this.config.REFERRAL_RETENTION_MONTHS, BATCH_SIZE],
        );
        for (const { id, reference } of rows) {
          await this.audit.record(
            { action: AuditAction.REFERRAL_DETAILS_ERASED, entityType: 'Referral', entityId: id, changedFields: ['detailsCiphertext', 'detailsKeyId'], summary: reference },
            manager,
          );
        }
        return rows.length;
      });
      erased += batch;
      if (batch < BATCH_SIZE) return { erased };
    }
  }
}
