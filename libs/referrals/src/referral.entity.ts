import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Network, Organization } from '@app/organizations';
import { HtcdsAgeBroad, HtcdsGender, ReferralCategory, ReferralOutcome, ReferralStatus, ReferralUrgency, RequestedService, TypeOfExploitation } from './referral.enums';

/**
 * A case referred by a member organization to a partner abroad. The person is described only by
 * statistical fields (HTCDS names); identifying details, when there are any, are stored encrypted
 * and only with recorded consent (or, for a missing child, a legal basis).
 */
@Entity('referrals')
@Index('ix_referrals_sender_status', ['sendingOrganizationId', 'status'])
@Index('ix_referrals_partner_status', ['partnerOrganizationId', 'status'])
@Index('ix_referrals_status_due', ['status', 'acknowledgeDueAt'])
@Check('ck_referrals_details_consent', `"details_ciphertext" IS NULL OR "consent_given_at" IS NOT NULL OR "legal_basis" IS NOT NULL`)
@Check('ck_referrals_policy_no_person', `"category" <> 'POLICY_MONITORING' OR ("details_ciphertext" IS NULL AND "case_code" IS NULL)`)
export class Referral {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_referrals' })
  id: string;

  @Index('uq_referrals_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'sending_organization_id', type: 'uuid' })
  sendingOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'sending_organization_id', foreignKeyConstraintName: 'fk_referrals_sending_organization' })
  sendingOrganization?: Organization;

  @Column({ name: 'sender_user_id', type: 'uuid', nullable: true })
  senderUserId: string | null;

  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'partner_organization_id', foreignKeyConstraintName: 'fk_referrals_partner_organization' })
  partnerOrganization?: Organization;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'fk_referrals_network' })
  network?: Network;

  @Column({ type: 'enum', enum: ReferralCategory, enumName: 'referral_category' })
  category: ReferralCategory;

  @Column({ type: 'enum', enum: ReferralUrgency, enumName: 'referral_urgency' })
  urgency: ReferralUrgency;

  @Column({ name: 'requested_services', type: 'enum', enum: RequestedService, enumName: 'requested_service', array: true, default: '{}' })
  requestedServices: RequestedService[];

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status', default: ReferralStatus.DRAFT })
  status: ReferralStatus;

  @Column({ name: 'case_code', type: 'varchar', length: 40, nullable: true })
  caseCode: string | null;

  @Column({ name: 'age_broad', type: 'enum', enum: HtcdsAgeBroad, enumName: 'htcds_age_broad', nullable: true })
  ageBroad: HtcdsAgeBroad | null;

  @Column({ type: 'enum', enum: HtcdsGender, enumName: 'htcds_gender', nullable: true })
  gender: HtcdsGender | null;

  @Column({ type: 'char', length: 2, nullable: true })
  citizenship: string | null;

  @Column({ type: 'varchar', length: 8, array: true, default: '{}' })
  languages: string[];

  @Column({ name: 'country_of_origin', type: 'char', length: 2, nullable: true })
  countryOfOrigin: string | null;

  @Column({ name: 'transit_countries', type: 'varchar', length: 2, array: true, default: '{}' })
  transitCountries: string[];

  @Column({ name: 'country_of_exploitation', type: 'char', length: 2, nullable: true })
  countryOfExploitation: string | null;

  @Column({ name: 'type_of_exploitation', type: 'enum', enum: TypeOfExploitation, enumName: 'type_of_exploitation', array: true, default: '{}' })
  typeOfExploitation: TypeOfExploitation[];

  /** IV | tag | AES-256-GCM ciphertext of the identifying details (JSON); never plaintext. */
  @Column({ name: 'details_ciphertext', type: 'bytea', nullable: true })
  detailsCiphertext: Buffer | null;

  @Column({ name: 'details_key_id', type: 'varchar', length: 32, nullable: true })
  detailsKeyId: string | null;

  @Column({ name: 'details_erased_at', type: 'timestamptz', nullable: true })
  detailsErasedAt: Date | null;

  @Column({ name: 'consent_given_by', type: 'varchar', length: 120, nullable: true })
  consentGivenBy: string | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Column({ name: 'consent_purpose', type: 'varchar', length: 300, nullable: true })
  consentPurpose: string | null;

  @Column({ name: 'consent_method', type: 'varchar', length: 120, nullable: true })
  consentMethod: string | null;

  @Column({ name: 'legal_basis', type: 'varchar', length: 300, nullable: true })
  legalBasis: string | null;

  @Column({ name: 'acknowledge_due_at', type: 'timestamptz', nullable: true })
  acknowledgeDueAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Why the partner declined, encrypted like the details (the referral id and the field as associated data); read with the thread. */
  @Column({ name: 'decline_reason_ciphertext', type: 'bytea', nullable: true })
  declineReasonCiphertext: Buffer | null;

  @Column({ name: 'decline_reason_key_id', type: 'varchar', length: 32, nullable: true })
  declineReasonKeyId: string | null;

  @Column({ type: 'enum', enum: ReferralOutcome, enumName: 'referral_outcome', nullable: true })
  outcome: ReferralOutcome | null;

  /** The partner's words on closing, encrypted like the decline reason; read with the thread. */
  @Column({ name: 'outcome_reason_ciphertext', type: 'bytea', nullable: true })
  outcomeReasonCiphertext: Buffer | null;

  @Column({ name: 'outcome_reason_key_id', type: 'varchar', length: 32, nullable: true })
  outcomeReasonKeyId: string | null;

  /** When the sender was warned that this referral, a draft or open one gone quiet, is about to be erased. */
  @Column({ name: 'retention_warned_at', type: 'timestamptz', nullable: true })
  retentionWarnedAt: Date | null;

  /** Escalation stages already done (reminder, alert): each happens once, even across restarts. */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
