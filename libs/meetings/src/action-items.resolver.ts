import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { Actor, CurrentUser } from '@app/policy';
import { RequestContext, RequestCtx } from '@app/common';
import { Organization } from '@app/organizations';
import { ActionItem } from './action-item.entity';
import { ActionItemsService } from './action-items.service';
import { ActionItemFieldsInput, CreateActionItemInput } from './dto/action-item.input';
import { ActionItemConnection } from './dto/connections.type';
import { ActionItemsArgs } from './dto/meetings.args';
import { MeetingLoaders } from './meeting-loaders.service';
import { ActionItemStatus } from './meeting.enums';

@ArgsType()
class CreateActionItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be an id returned by the meetings query' })
  meetingId: string;

  @Field(() => CreateActionItemInput)
  @ValidateNested()
  @Type(() => CreateActionItemInput)
  input: CreateActionItemInput;
}

@ArgsType()
class ActionItemIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id returned by the actionItems query' })
  id: string;
}

@ArgsType()
class UpdateActionItemArgs extends ActionItemIdArgs {
  @Field(() => ActionItemFieldsInput)
  @ValidateNested()
  @Type(() => ActionItemFieldsInput)
  input: ActionItemFieldsInput;
}

@ArgsType()
class ActionItemStatusArgs extends ActionItemIdArgs {
  @Field(() => ActionItemStatus)
  @IsEnum(ActionItemStatus)
  status: ActionItemStatus;
}

@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(
    private readonly items: ActionItemsService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Query(() => ActionItemConnection, { description: "Action items, soonest due first: all for coordinators, one's organization's for members; `overdue: true` for the overdue list" })
  actionItems(@CurrentUser() actor: Actor | null, @Args() args: ActionItemsArgs) {
    return this.items.list(actor, args);
  }

  @Mutation(() => ActionItem, { description: 'Record a decision of a meeting as an action item' })
  createActionItem(@CurrentUser() actor: Actor | null, @Args() { meetingId, input }: CreateActionItemArgs) {
    return this.items.create(actor, meetingId, input);
  }

  @Mutation(() => ActionItem, { description: "Change an action item's description, owner, due date or status" })
  updateActionItem(@CurrentUser() actor: Actor | null, @Args() { id, input }: UpdateActionItemArgs) {
    return this.items.update(actor, id, input);
  }

  @Mutation(() => ActionItem, { description: "Move an action item of one's organization along: OPEN, IN_PROGRESS, DONE" })
  setActionItemStatus(@CurrentUser() actor: Actor | null, @Args() { id, status }: ActionItemStatusArgs) {
    return this.items.setStatus(actor, id, status);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organization that owns it' })
  organization(@Parent() item: ActionItem, @RequestCtx() ctx: RequestContext) {
    return this.loaders.organizations(ctx.loaders).load(item.organizationId);
  }

  @ResolveField(() => String, { description: 'Title of the meeting that decided it' })
  async meetingTitle(@Parent() item: ActionItem, @RequestCtx() ctx: RequestContext) {
    return (await this.loaders.meetings(ctx.loaders).load(item.meetingId))?.title ?? '';
  }
}
