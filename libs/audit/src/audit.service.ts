import { isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Connection, insertMany, InvalidInputException, KeysetOrder, paginate } from '@app/common';
import { AuditAction } from './audit-action.enum';
import { AuditContext, currentAuditContext } from './audit-context';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilter } from './dto/audit-log.args';

/** Who acted: null for anonymous attempts, e.g. a failed sign-in of an unknown address. */
export interface AuditActor {
  userId: string;
  organizationId: string | null;
}

/** Who acted, as the audit records it, for a signed-in user (an `Actor` of the policy); null stays null. */
export function auditActor(actor: { id: string; organizationId: string | null }): AuditActor;
export function auditActor(actor: { id: string; organizationId: string | null } | null): AuditActor | null;
export function auditActor(actor: { id: string; organizationId: string | null } | null): AuditActor | null {
  return actor ? { userId: actor.id, organizationId: actor.organizationId } : null;
}

/** What `AuditService.record` writes. Never put personal data in any of it. */
export interface NewAuditEntry {
  action: AuditAction;
  actor?: AuditActor | null;
  /** Kind of record acted on, e.g. "Organization" or "Referral". */
  entityType?: string | null;
  entityId?: string | null;
  /** Names of the fields an update changed (see `changedFieldNames`), never their values. */
  changedFields?: readonly string[];
  /** A short description without personal data; cut to 300 characters. */
  summary?: string | null;
  /** Taken from the request being served when omitted (see `AuditContextMiddleware`). */
  requestId?: string | null;
  ip?: string | null;
}

export const AUDIT_SUMMARY_MAX_LENGTH = 300;

/** Field names look like identifiers (`email`, `address.city`); anything else is likely a value. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const NEWEST_FIRST: KeysetOrder = {
  sortExpression: 'a.occurred_at',
  idExpression: 'a.id',
  direction: 'DESC',
  keyOf: (entry: AuditEntry) => [entry.occurredAt.toISOString(), entry.id],
};

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** The audit log outside Nest (command-line tasks that hold only a DataSource). */
  static of(dataSource: DataSource): AuditService {
    return new AuditService(dataSource.getRepository(AuditEntry));
  }

  /**
   * Appends one entry. Pass the `manager` of the transaction that makes the change, so that
   * the entry commits or rolls back with it; without one the entry is written on its own.
   * Request id and IP default to those of the request being served.
   */
  async record(entry: NewAuditEntry, manager?: EntityManager): Promise<AuditEntry> {
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    const row = this.toRow(entry, repository, currentAuditContext());
    const result = await repository.insert(row);
    return Object.assign(row, result.generatedMaps[0]);
  }

  /**
   * Appends many entries, each as `record` would, in one statement per 10,000 (`insertMany`):
   * for a change of many records at once, such as an import.
   */
  async recordMany(entries: readonly NewAuditEntry[], manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    const context = currentAuditContext();
    // id and occurred_at take their defaults.
    await insertMany(repository.manager, AuditEntry, entries.map((entry) => this.toRow(entry, repository, context)));
  }

  private toRow(entry: NewAuditEntry, repository: Repository<AuditEntry>, context: AuditContext | null): AuditEntry {
    const changedFields = [...new Set(entry.changedFields ?? [])];
    const notAName = changedFields.findIndex((field) => !FIELD_NAME.test(field) || field.length > 63);
    // A programming error, caught in tests. The message leaves the item out: it may be the very value that must not be logged.
    if (notAName >= 0) throw new Error(`changedFields must hold field names only; item ${notAName} is not one`);

    const row = repository.create({
      action: entry.action,
      actorUserId: entry.actor?.userId ?? null,
      actorOrganizationId: entry.actor?.organizationId ?? null,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      changedFields,
      summary: entry.summary ? truncate(entry.summary, AUDIT_SUMMARY_MAX_LENGTH) : null,
      requestId: (entry.requestId ?? context?.requestId)?.slice(0, 64) ?? null,
      ip: entry.ip ?? context?.ip ?? null,
    });
    // An unparsable address must not fail the change being audited; it is dropped instead.
    if (row.ip !== null && !isIP(row.ip)) row.ip = null;
    return row;
  }

  /** Entries matching every given filter, newest first. Authorization is the caller's. */
  async list(filter: AuditLogFilter = {}, { first, after }: { first: number; after?: string }): Promise<Connection<AuditEntry>> {
    if (filter.from && filter.to && filter.to <= filter.from) throw InvalidInputException.field('filter.to', 'must be later than filter.from');
    const query = this.entries.createQueryBuilder('a');
    if (filter.actorUserId) query.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.actorOrganizationId) query.andWhere('a.actor_organization_id = :actorOrganizationId', { actorOrganizationId: filter.actorOrganizationId });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.from) query.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurred_at < :to', { to: filter.to });
    return paginate(query, NEWEST_FIRST, { first, after });
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
