import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AuditEntry } from '@app/audit';
import { Action, Actor, can, CurrentUser } from '@app/policy';
import { byKeys, groupByKeys, mapConnection, RequestContext, RequestCtx } from '@app/common';
import { Network, networksById, NetworksService, Organization, organizationsById, OrganizationsService } from '@app/organizations';
import { PartnerProfileInput } from './dto/partner-profile.input';
import { ReferralConnection, ReferralDetailsType, ReferralEventType, ReferralMessageType, toReferralEventType } from './dto/referral-types';
import { ReferralType, toReferralType } from './dto/referral.type';
import { CreateReferralInput, UpdateReferralInput } from './dto/referral.input';
import { ReferralsArgs } from './dto/referrals.args';
import { PartnerProfile } from './partner-profile.entity';
import { PartnersService } from './partners.service';
import { ReferralOutcome } from './referral.enums';
import { ReferralsService, ReferralStep, ReferralThread } from './referrals.service';

@ArgsType()
class ReferralIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id returned by the referrals query' })
  id: string;
}

@ArgsType()
class ReasonArgs extends ReferralIdArgs {
  @Field()
  @IsString()
  @Length(3, 1000)
  reason: string;
}

@ArgsType()
class RevealArgs extends ReferralIdArgs {
  @Field({ description: 'Why the details are read; kept in the audit log, so no personal data' })
  @IsString()
  @Length(3, 200)
  reason: string;
}

@ArgsType()
class CloseArgs extends ReferralIdArgs {
  @Field(() => ReferralOutcome)
  @IsEnum(ReferralOutcome)
  outcome: ReferralOutcome;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  reason?: string;
}

@ArgsType()
class MessageArgs extends ReferralIdArgs {
  @Field()
  @IsString()
  @Length(1, 5000)
  body: string;
}

@Resolver(() => ReferralType)
export class ReferralsResolver {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => ReferralConnection, { name: 'referrals', description: 'Referrals the signed-in user may see, newest first' })
  async listReferrals(@CurrentUser() actor: Actor | null, @Args() args: ReferralsArgs) {
    return mapConnection(await this.referrals.list(actor, args), toReferralType);
  }

  @Query(() => ReferralType)
  async referral(@CurrentUser() actor: Actor | null, @Args() { id }: ReferralIdArgs) {
    return toReferralType(await this.referrals.get(actor, id));
  }

  @Mutation(() => ReferralType, { description: 'Prepare a referral (a draft) to a partner organization' })
  async createReferral(@CurrentUser() actor: Actor | null, @Args('input') input: CreateReferralInput) {
    return toReferralType(await this.referrals.create(actor, input));
  }

  @Mutation(() => ReferralType)
  async updateReferral(@CurrentUser() actor: Actor | null, @Args() { id }: ReferralIdArgs, @Args('input') input: UpdateReferralInput) {
    return toReferralType(await this.referrals.update(actor, id, input));
  }

  @Mutation(() => ReferralType, { description: "Send a draft: the partner's contacts are notified (without personal data)" })
  sendReferral(@CurrentUser() actor: Actor | null, @Args() { id }: ReferralIdArgs) {
    return this.step(actor, id, 'send');
  }

  @Mutation(() => ReferralType)
  acknowledgeReferral(@CurrentUser() actor: Actor | null, @Args() { id }: ReferralIdArgs) {
    return this.step(actor, id, 'acknowledge');
  }

  @Mutation(() => ReferralType)
  acceptReferral(@CurrentUser() actor: Actor | null, @Args() { id }: ReferralIdArgs) {
    return this.step(actor, id, 'accept');
  }

  @Mutation(() => ReferralType)
  declineReferral(@CurrentUser() actor: Actor | null, @Args() { id, reason }: ReasonArgs) {
    return this.step(actor, id, 'decline', { reason });
  }

  @Mutation(() => ReferralType)
  startReferral(@CurrentUser() actor: Actor | null, @Args() { id }: ReferralIdArgs) {
    return this.step(actor, id, 'start');
  }

  @Mutation(() => ReferralType)
  closeReferral(@CurrentUser() actor: Actor | null, @Args() { id, outcome, reason }: CloseArgs) {
    return this.step(actor, id, 'close', { outcome, reason });
  }

  @Mutation(() => ReferralType, { description: 'Withdraw a referral before it is closed' })
  withdrawReferral(@CurrentUser() actor: Actor | null, @Args() { id, reason }: ReasonArgs) {
    return this.step(actor, id, 'withdraw', { reason });
  }

  @Mutation(() => ReferralMessageType)
  addReferralMessage(@CurrentUser() actor: Actor | null, @Args() { id, body }: MessageArgs) {
    return this.referrals.addMessage(actor, id, body);
  }

  @Mutation(() => ReferralDetailsType, {
    nullable: true,
    description: "Read the person's identifying details, saying why (3 to 200 characters, without personal data): audited with the reason, and shown to the sending organization",
  })
  revealReferralDetails(@CurrentUser() actor: Actor | null, @Args() { id, reason }: RevealArgs) {
    return this.referrals.revealDetails(actor, id, reason);
  }

  @ResolveField(() => Organization)
  sendingOrganization(@Parent() referral: ReferralType, @RequestCtx() ctx: RequestContext) {
    return this.organizationById(ctx, referral.sendingOrganizationId);
  }

  @ResolveField(() => Organization)
  partnerOrganization(@Parent() referral: ReferralType, @RequestCtx() ctx: RequestContext) {
    return this.organizationById(ctx, referral.partnerOrganizationId);
  }

  @ResolveField(() => Network)
  network(@Parent() referral: ReferralType, @RequestCtx() ctx: RequestContext) {
    return networksById(ctx.loaders, this.networks).load(referral.networkId);
  }

  @ResolveField(() => [ReferralEventType], { description: 'Every transition, with its actor and time' })
  timeline(@Parent() referral: ReferralType, @RequestCtx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, ReferralEventType[]>('referralEvents', async (ids) => groupByKeys(ids, (await this.referrals.eventsOf(ids)).map(toReferralEventType), (e) => e.referralId))
      .load(referral.id);
  }

  @ResolveField(() => [ReferralMessageType], { description: 'Messages between the sender and the partner: reading them is audited (referral.thread_read)' })
  async messages(@Parent() referral: ReferralType, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    return (await threadOf(this.referrals, actor, ctx, referral.id))?.messages ?? [];
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the partner declined: reading it is audited (referral.thread_read); empty after retention' })
  async declineReason(@Parent() referral: ReferralType, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    return referral.hasDeclineReason ? ((await threadOf(this.referrals, actor, ctx, referral.id))?.declineReason ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The partner's words on closing: reading them is audited (referral.thread_read); empty after retention" })
  async outcomeReason(@Parent() referral: ReferralType, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    return referral.hasOutcomeReason ? ((await threadOf(this.referrals, actor, ctx, referral.id))?.outcomeReason ?? null) : null;
  }

  @ResolveField(() => [AuditEntry], { nullable: true, description: 'Who read the identifying details and when; for the sending organization and coordinators' })
  detailReads(@Parent() referral: ReferralType, @CurrentUser() actor: Actor | null) {
    return this.referrals.detailReads(actor, referral);
  }

  private async step(actor: Actor | null, id: string, step: ReferralStep, extra?: { reason?: string; outcome?: ReferralOutcome }) {
    return toReferralType(await this.referrals.step(actor, id, step, extra));
  }

  private organizationById(ctx: RequestContext, id: string) {
    return organizationsById(ctx.loaders, this.organizations).load(id);
  }
}

/** The timeline's notes (the reasons given with a step), from the same audited thread read. */
@Resolver(() => ReferralEventType)
export class ReferralEventResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @ResolveField(() => String, { nullable: true, description: 'The reason given with the step: reading it is audited (referral.thread_read); empty after retention' })
  async note(@Parent() event: ReferralEventType, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    if (!event.hasNote) return null;
    return (await threadOf(this.referrals, actor, ctx, event.referralId))?.notes.get(event.id) ?? null;
  }
}

/** One audited, decrypted read per referral and request, however many of its texts the query asks for. */
function threadOf(referrals: ReferralsService, actor: Actor | null, ctx: RequestContext, referralId: string): Promise<ReferralThread | null> {
  return ctx.loaders.get<string, ReferralThread | null>('referralThreads', async (ids) => byKeys(ids, await referrals.readThreads(actor, ids), (t) => t.referralId)).load(referralId);
}

/** Partner profiles, on the organization they describe. */
@Resolver(() => Organization)
export class PartnerProfileResolver {
  constructor(private readonly partners: PartnersService) {}

  @ResolveField(() => PartnerProfile, { nullable: true, description: 'For partner organizations: referral categories they accept, languages, contacts (signed-in users)' })
  partnerProfile(@Parent() organization: Organization, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    if (!can(actor, Action.ORGANIZATION_CONTACT_READ)) return null;
    return ctx.loaders
      .get<string, PartnerProfile | null>('partnerProfiles', async (ids) => byKeys(ids, await this.partners.profilesOf(ids), (p) => p.organizationId))
      .load(organization.id);
  }

  @Mutation(() => PartnerProfile, { description: 'Set what a partner organization accepts, where, and whom to notify: coordinators for any partner, a partner for its own organization' })
  setPartnerProfile(@CurrentUser() actor: Actor | null, @Args('organizationId', { type: () => ID }) organizationId: string, @Args('input') input: PartnerProfileInput) {
    return this.partners.setProfile(actor, organizationId, input);
  }
}
