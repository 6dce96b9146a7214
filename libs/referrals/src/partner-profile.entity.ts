import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/organizations';
import { ReferralCategory } from './referral.enums';

/** What a partner organization abroad takes referrals for, and whom to notify in which language. */
@Entity('partner_profiles')
@ObjectType()
export class PartnerProfile {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_partner_profiles' })
  @Field(() => ID, { description: 'The partner organization it describes' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_partner_profiles_organization' })
  @HideField()
  organization?: Organization;

  @Column({ name: 'accepted_categories', type: 'enum', enum: ReferralCategory, enumName: 'referral_category', array: true, default: '{}' })
  @Field(() => [ReferralCategory])
  acceptedCategories: ReferralCategory[];

  /** ISO 639-1 codes, preferred first: notifications go in the first of these the portal writes (sr, en). */
  @Column({ type: 'varchar', length: 8, array: true, default: '{}' })
  @Field(() => [String])
  languages: string[];

  @Column({ name: 'contact_emails', type: 'varchar', length: 254, array: true, default: '{}' })
  @Field(() => [String], { description: 'Who is notified of new referrals and reminders' })
  contactEmails: string[];

  /** ISO 3166-1 alpha-2 codes of the countries it takes cases in, besides its own. */
  @Column({ name: 'countries_covered', type: 'varchar', length: 2, array: true, default: '{}' })
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries it takes cases in, besides its own' })
  countriesCovered: string[];

  @Column({ name: 'contact_phones', type: 'varchar', length: 40, array: true, default: '{}' })
  @Field(() => [String], { description: 'Phone numbers to reach its intake, in international format' })
  contactPhones: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @HideField()
  updatedAt: Date;
}
