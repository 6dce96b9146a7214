import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkRole } from './network.enums';
import { Network } from './network.entity';
import { Organization } from './organization.entity';
import { CalendarDate } from '@app/common';

@Entity('network_memberships')
@Index('uq_network_memberships_network_organization', ['networkId', 'organizationId'], { unique: true })
@Check('ck_network_memberships_period', '"until" IS NULL OR "since" IS NULL OR "until" >= "since"')
@ObjectType({ description: "An organization's membership of a network, with its role and dates" })
export class NetworkMembership {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_network_memberships' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  @HideField()
  networkId: string;

  @ManyToOne(() => Network, (network) => network.memberships, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'fk_network_memberships_network' })
  @HideField()
  network?: Network;

  @Index('ix_network_memberships_organization')
  @Column({ name: 'organization_id', type: 'uuid' })
  @HideField()
  organizationId: string;

  @ManyToOne(() => Organization, (organization) => organization.memberships, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_network_memberships_organization' })
  @HideField()
  organization?: Organization;

  @Column({ type: 'enum', enum: NetworkRole, enumName: 'network_role', default: NetworkRole.MEMBER })
  @Field(() => NetworkRole)
  role: NetworkRole;

  @Column({ type: 'date', nullable: true })
  @Field(() => CalendarDate, { nullable: true, description: 'Member since (YYYY-MM-DD), when known' })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => CalendarDate, { nullable: true, description: 'Member until (YYYY-MM-DD); empty while the membership lasts' })
  until: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @HideField()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @HideField()
  updatedAt: Date;
}
