import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Action, readableBy } from '@app/policy';
import type { NetworkMembership } from './network-membership.entity';
import { OrganizationKind } from './organization-kind.enum';

@Entity('organizations')
// Trigram index over the accent-free search text; defined in SQL by the migration.
@Index('ix_organizations_search', { synchronize: false })
@ObjectType({ description: 'A member organization of the AT network, a partner organization abroad, or another organization' })
export class Organization {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organizations' })
  @Field(() => ID)
  id: string;

  @Index('uq_organizations_short_name', { unique: true })
  @Column({ name: 'short_name', type: 'varchar', length: 80 })
  @Field({ description: 'Short name used across the portal, e.g. "ASTRA" or "PAOR"' })
  shortName: string;

  @Column({ name: 'name_sr', type: 'varchar', length: 200 })
  @Field({ description: 'Full name in Serbian (Latin script)' })
  nameSr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  @Field({ description: 'Full name in English' })
  nameEn: string;

  @Index('ix_organizations_kind')
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: 'City or town, with diacritics as written locally' })
  city: string;

  @Column({ type: 'char', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  @Field(() => String, { nullable: true, description: 'For signed-in users of the portal; empty for anyone else', middleware: [readableBy(Action.ORGANIZATION_CONTACT_READ)] })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  website: string | null;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;

  @OneToMany('NetworkMembership', (membership: NetworkMembership) => membership.organization)
  @HideField()
  memberships?: NetworkMembership[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
