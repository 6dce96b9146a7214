import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Check, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/organizations';
import { CapacityDimension } from './catalog.entity';

/** The SQL form of a self-assessment period: a year, a half-year or a quarter. */
export const PERIOD_PATTERN = /^[0-9]{4}(-(H[12]|Q[1-4]))?$/;

/** A member organization's self-assessment for one period; submitting again replaces the scores. */
@Entity('capacity_self_assessments')
@Index('uq_capacity_self_assessments_period', ['organizationId', 'period'], { unique: true })
@Check('ck_capacity_self_assessments_period', `"period" ~ '^[0-9]{4}(-(H[12]|Q[1-4]))?$'`)
export class SelfAssessment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_capacity_self_assessments' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_capacity_self_assessments_organization' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  notes: string;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One dimension's score in a self-assessment, within the dimension's scale (checked on submit). */
@Entity('capacity_self_assessment_scores')
export class SelfAssessmentScore {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid', primaryKeyConstraintName: 'pk_capacity_self_assessment_scores' })
  assessmentId: string;

  @Index('ix_capacity_self_assessment_scores_dimension')
  @PrimaryColumn({ name: 'dimension_id', type: 'uuid', primaryKeyConstraintName: 'pk_capacity_self_assessment_scores' })
  dimensionId: string;

  @Column({ type: 'smallint' })
  score: number;

  @ManyToOne(() => SelfAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_capacity_self_assessment_scores_assessment' })
  assessment?: SelfAssessment;

  @ManyToOne(() => CapacityDimension, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dimension_id', foreignKeyConstraintName: 'fk_capacity_self_assessment_scores_dimension' })
  dimension?: CapacityDimension;
}
