import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Action, readableBy } from '@app/policy';
import { AuditAction } from './audit-action.enum';

/**
 * One line of the append-only audit log. The database rejects UPDATE, DELETE and TRUNCATE
 * (trigger `audit_log_append_only`). Actor ids have no foreign keys so that the log
 * outlives the users and organizations it names. It never holds personal data: field
 * names, not values; a summary, not the record.
 */
@Entity('audit_log')
@Check('ck_audit_log_action', `"action" ~ '^[a-z_]+\\.[a-z_]+$'`)
// Newest-first keyset pages, overall and under each filter, are read backwards along these.
@Index('ix_audit_log_occurred_at', ['occurredAt', 'id'])
@Index('ix_audit_log_actor_user', ['actorUserId', 'occurredAt', 'id'])
@Index('ix_audit_log_actor_organization', ['actorOrganizationId', 'occurredAt', 'id'])
@Index('ix_audit_log_action', ['action', 'occurredAt', 'id'])
@Index('ix_audit_log_entity', ['entityType', 'entityId', 'occurredAt', 'id'])
@ObjectType('AuditEntry', { description: 'Who did what, when and from where: one line of the audit log' })
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_log' })
  @Field(() => ID)
  id: string;

  // Milliseconds, like a JS Date, so that a page cursor holds the exact sort key.
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  @Field()
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The user who acted; empty for anonymous attempts, e.g. a failed sign-in of an unknown address' })
  actorUserId: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: "The acting user's organization at the time" })
  actorOrganizationId: string | null;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => AuditAction)
  action: AuditAction;

  @Column({ name: 'entity_type', type: 'varchar', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Kind of record acted on, e.g. "Organization"' })
  entityType: string | null;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'The request id, as in the logs and the X-Request-Id header' })
  requestId: string | null;

  /** Where a person connects from is personal data: only coordinators see it (the policy's AUDIT_IP_READ). */
  @Column({ type: 'inet', nullable: true })
  @Field(() => String, { nullable: true, description: 'Client IP address; for coordinators only, empty for anyone else', middleware: [readableBy(Action.AUDIT_IP_READ)] })
  ip: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => `'{}'` })
  @Field(() => [String], { description: 'Names of the fields an update changed; never their values' })
  changedFields: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'A short description without personal data' })
  summary: string | null;
}
