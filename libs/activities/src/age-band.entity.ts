import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Age bands participants are counted in; data, so the network can change them. */
@Entity('age_bands')
@ObjectType()
export class AgeBand {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_age_bands' })
  @Field(() => ID)
  id: string;

  @Index('uq_age_bands_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'e.g. "UNDER_15", "15_17", "18_29", "30_PLUS"' })
  code: string;

  @Column({ name: 'label_sr', type: 'varchar', length: 60 })
  @Field({ deprecationReason: 'Use nameSr: translated text is name(language:), nameSr and nameEn on every type' })
  labelSr: string;

  @Column({ name: 'label_en', type: 'varchar', length: 60 })
  @Field({ deprecationReason: 'Use nameEn: translated text is name(language:), nameSr and nameEn on every type' })
  labelEn: string;

  @Column({ type: 'smallint' })
  @Field(() => Int)
  position: number;
}
