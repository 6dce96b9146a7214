import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organization } from '@app/organizations';
import { ActionItemStatus } from './meeting.enums';
import { Meeting } from './meeting.entity';

/** A decision of a meeting, owned by an organization and tracked until it is DONE. */
@Entity('meeting_action_items')
// The overdue list and the reminder job: open items by due date.
@Index('ix_meeting_action_items_status_due_on', ['status', 'dueOn'])
export class ActionItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_action_items' })
  id: string;

  @Index('ix_meeting_action_items_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Index('ix_meeting_action_items_owner')
  @Column({ name: 'owner_organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'enum', enum: ActionItemStatus, enumName: 'meeting_action_item_status', default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Set by the reminder job; cleared when the due date moves, so the new date is reminded too. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_action_items_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id', foreignKeyConstraintName: 'fk_meeting_action_items_owner' })
  organization?: Organization;
}
