import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { CurrentUser, Role } from '@app/policy';
import type { Actor } from '@app/policy';
import { Language, mapConnection, RequestContext, RequestCtx } from '@app/common';
import { Organization, organizationsById, OrganizationsService } from '@app/organizations';
import { AccountService } from './account.service';
import { InvitationSent } from './dto/invitation-sent.type';
import { UserConnection } from './dto/user-connection.type';
import { toUserType, UserType } from './dto/user.type';
import { InviteUserInput, UpdateUserInput, UsersArgs } from './dto/users.args';
import { UsersService } from './users.service';

@ArgsType()
class TokenPasswordArgs {
  @Field({ description: 'The token from the e-mailed link' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MaxLength(128)
  password: string;
}

@ArgsType()
class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(128)
  newPassword: string;
}

@ArgsType()
class ChangeUserRoleArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}

@ArgsType()
class PreferredLanguageArgs {
  @Field(() => Language)
  @IsEnum(Language)
  language: Language;
}

@Resolver(() => UserType)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly account: AccountService,
    private readonly organizations: OrganizationsService,
  ) {}

  @ResolveField(() => Organization, { description: 'The organization the person works for' })
  organization(@Parent() user: UserType, @RequestCtx() ctx: RequestContext) {
    // The same per-request loader as Activity.organization: one query for a whole page of people.
    return organizationsById(ctx.loaders, this.organizations).load(user.organizationId);
  }

  @Query(() => UserConnection, { description: 'Users the signed-in user may see, ordered by name' })
  async users(@CurrentUser() actor: Actor | null, @Args() args: UsersArgs) {
    return mapConnection(await this.usersService.list(actor, args), toUserType);
  }

  @Query(() => UserType)
  async user(@CurrentUser() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return toUserType(await this.usersService.get(actor, id));
  }

  @Mutation(() => InvitationSent, {
    description:
      'Create an account and e-mail a single-use link (72 hours) to set its password. An address that already has an account you may see is refused (EMAIL_TAKEN); for one you may not see, the answer is the same as for a new one, no account is made and its owner is told by mail',
  })
  inviteUser(@CurrentUser() actor: Actor | null, @Args('input') input: InviteUserInput) {
    return this.usersService.invite(actor, input);
  }

  @Mutation(() => UserType)
  async updateUser(@CurrentUser() actor: Actor | null, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput) {
    return toUserType(await this.usersService.update(actor, id, input));
  }

  @Mutation(() => UserType, { description: 'Set the language of your own e-mails and pages (any signed-in user)' })
  async setPreferredLanguage(@CurrentUser() actor: Actor | null, @Args() { language }: PreferredLanguageArgs) {
    return toUserType(await this.usersService.setOwnLanguage(actor, language));
  }

  @Mutation(() => UserType, { description: 'Give a user another role (coordinators only)' })
  async changeUserRole(@CurrentUser() actor: Actor | null, @Args() { id, role }: ChangeUserRoleArgs) {
    return toUserType(await this.usersService.changeRole(actor, id, role));
  }

  @Mutation(() => UserType, { description: 'Deactivate an account; its sessions end at once' })
  async deactivateUser(@CurrentUser() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return toUserType(await this.usersService.deactivate(actor, id));
  }

  @Mutation(() => UserType, { description: 'Let a deactivated account sign in again (coordinators only); audited' })
  async reactivateUser(@CurrentUser() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return toUserType(await this.usersService.reactivate(actor, id));
  }

  @Mutation(() => Boolean, { description: 'Set the first password from an invitation link' })
  async acceptInvitation(@Args() { token, password }: TokenPasswordArgs) {
    await this.account.acceptInvitation(token, password);
    return true;
  }

  @Mutation(() => Boolean, { description: 'E-mail a password reset link if the address has an account; the answer is always true' })
  async requestPasswordReset(@Args('email') email: string, @RequestCtx() ctx: RequestContext) {
    await this.account.requestPasswordReset(email.slice(0, 254), ctx.req.ip);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Set a new password from a reset link; every session ends' })
  async resetPassword(@Args() { token, password }: TokenPasswordArgs) {
    await this.account.resetPassword(token, password);
    return true;
  }

  @Mutation(() => Boolean, { description: "Change the signed-in user's password; other sessions end" })
  async changePassword(@CurrentUser() actor: Actor | null, @Args() { currentPassword, newPassword }: ChangePasswordArgs) {
    await this.account.changePassword(actor, currentPassword, newPassword);
    return true;
  }
}
