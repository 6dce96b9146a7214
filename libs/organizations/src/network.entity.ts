import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NetworkMembership } from './network-membership.entity';
import { NetworkKind } from './network.enums';

@Entity('networks')
@ObjectType({ description: 'The AT network or a partner network (La Strada International, GAATW, ...)' })
export class Network {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_networks' })
  @Field(() => ID)
  id: string;

  @Index('uq_networks_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'Stable code, e.g. "AT", "LSI", "GAATW", "MCE", "PREUGOVOR"' })
  code: string;

  @Column({ type: 'enum', enum: NetworkKind, enumName: 'network_kind' })
  @Field(() => NetworkKind)
  kind: NetworkKind;

  @Column({ name: 'short_name', type: 'varchar', length: 80 })
  @Field()
  shortName: string;

  @Column({ name: 'name_sr', type: 'varchar', length: 200 })
  @Field()
  nameSr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  @Field()
  nameEn: string;

  @Column({ name: 'description_sr', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  descriptionSr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  website: string | null;

  @OneToMany('NetworkMembership', (membership: NetworkMembership) => membership.network)
  @HideField()
  memberships?: NetworkMembership[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
