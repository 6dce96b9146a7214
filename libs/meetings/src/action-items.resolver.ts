import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { Actor, CurrentUser } from '@app/policy';
import { mapConnection, RequestContext, RequestCtx } from '@app/common';
import { Organization } from '@app/organizations';
import { ActionItemsService } from './action-items.service';
import { ActionItemFieldsInput, CreateActionItemInput } from './dto/action-item.input';
import { ActionItemType, toActionItemType } from './dto/action-item.type';
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

@Resolver(() => ActionItemType)
export class ActionItemsResolver {
  constructor(
    private readonly items: ActionItemsService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Query(() => ActionItemConnection, { description: "Action items, soonest due first: all for coordinators, one's organization's for members; `overdue: true` for the overdue list" })
  async actionItems(@CurrentUser() actor: Actor | null, @Args() args: ActionItemsArgs) {
    return mapConnection(await this.items.list(actor, args), toActionItemType);
  }

  @Mutation(() => ActionItemType, { description: 'Record a decision of a meeting as an action item' })
  async createActionItem(@CurrentUser() actor: Actor | null, @Args() { meetingId, input }: CreateActionItemArgs) {
    return toActionItemType(await this.items.create(actor, meetingId, input));
  }

  @Mutation(() => ActionItemType, { description: "Change an action item's description, owner, due date or status" })
  async updateActionItem(@CurrentUser() actor: Actor | null, @Args() { id, input }: UpdateActionItemArgs) {
    return toActionItemType(await this.items.update(actor, id, input));
  }

  @Mutation(() => ActionItemType, { description: "Move an action item of one's organization along: OPEN, IN_PROGRESS, DONE" })
  async setActionItemStatus(@CurrentUser() actor: Actor | null, @Args() { id, status }: ActionItemStatusArgs) {
    return toActionItemType(await this.items.setStatus(actor, id, status));
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organization that owns it' })
  organization(@Parent() item: ActionItemType, @RequestCtx() ctx: RequestContext) {
    return this.loaders.organizations(ctx.loaders).load(item.organizationId);
  }

  @ResolveField(() => String, { description: 'Title of the meeting that decided it' })
  async meetingTitle(@Parent() item: ActionItemType, @RequestCtx() ctx: RequestContext) {
    return (await this.loaders.meetings(ctx.loaders).load(item.meetingId))?.title ?? '';
  }
}
