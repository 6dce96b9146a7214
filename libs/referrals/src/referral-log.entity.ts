import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Referral } from './referral.entity';
import { ReferralStatus } from './referral.enums';

/** One step of a referral's timeline: who moved it where, and when. */
@Entity('referral_events')
export class ReferralEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_events' })
  id: string;

  @Index('ix_referral_events_referral')
  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_events_referral' })
  referral?: Referral;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  @Column({ name: 'from_status', type: 'enum', enum: ReferralStatus, enumName: 'referral_status', nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: ReferralStatus, enumName: 'referral_status' })
  toStatus: ReferralStatus;

  /** The reason given with the step, encrypted (the event id as associated data); `note` is resolved from the audited thread read. */
  @Column({ name: 'note_ciphertext', type: 'bytea', nullable: true })
  noteCiphertext: Buffer | null;

  @Column({ name: 'note_key_id', type: 'varchar', length: 32, nullable: true })
  noteKeyId: string | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

/**
 * A message between the sending organization and the partner on a referral. Its body is free text
 * about a person, so it is stored encrypted (the message id as associated data) and read only
 * through the audited thread read (`ReferralMessageType` is what GraphQL shows).
 */
@Entity('referral_messages')
export class ReferralMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referral_messages' })
  id: string;

  @Index('ix_referral_messages_referral')
  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_messages_referral' })
  referral?: Referral;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ name: 'author_organization_id', type: 'uuid' })
  authorOrganizationId: string;

  @Column({ name: 'body_ciphertext', type: 'bytea' })
  bodyCiphertext: Buffer;

  @Column({ name: 'body_key_id', type: 'varchar', length: 32 })
  bodyKeyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The last reference number used in a year: numbers are never reused, even after a rollback-free gap. */
@Entity('referral_counters')
export class ReferralCounter {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_referral_counters' })
  year: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}
