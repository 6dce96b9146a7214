import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate } from '@app/common';
import { ActionItem } from '../action-item.entity';
import { ActionItemStatus } from '../meeting.enums';

/** An action item as GraphQL shows it: without the reminder job's bookkeeping (`remindedAt`). */
@ObjectType('ActionItem', { description: 'A decision recorded at a meeting, owned by an organization and tracked until done' })
export class ActionItemType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field()
  description: string;

  /** For the `organization` field; not a field itself. */
  organizationId: string;

  @Field(() => CalendarDate, { description: 'YYYY-MM-DD' })
  dueOn: string;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export function toActionItemType(item: ActionItem): ActionItemType {
  return {
    id: item.id,
    meetingId: item.meetingId,
    description: item.description,
    organizationId: item.organizationId,
    dueOn: item.dueOn,
    status: item.status,
    completedAt: item.completedAt,
    version: item.version,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}
