import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext, UnauthenticatedException } from '@app/common';
import { toUserType, User, UserType, UsersService } from '@app/users';
import { AuthService, SignedIn } from './auth.service';
import { CurrentUser } from '@app/policy';
import { AuthPayload, SignInInput } from './dto/sign-in.input';
import { GqlLocalAuthGuard } from './local.strategy';
import type { Actor } from '@app/policy';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Sign in with e-mail and password' })
  @UseGuards(GqlLocalAuthGuard)
  async signIn(@Args('input') _input: SignInInput, @Context() ctx: RequestContext) {
    return toAuthPayload(await this.auth.signIn(ctx.req.user as User));
  }

  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token (single-use) for a new token pair' })
  async refreshSession(@Args('refreshToken') refreshToken: string) {
    return toAuthPayload(await this.auth.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: "End all of the signed-in user's sessions" })
  async signOut(@CurrentUser() actor: Actor | null) {
    if (!actor) throw new UnauthenticatedException();
    await this.auth.signOut(actor);
    return true;
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  async me(@CurrentUser() actor: Actor | null) {
    if (!actor) throw new UnauthenticatedException();
    return toUserType(await this.users.findByIdOrFail(actor.id));
  }
}

function toAuthPayload({ user, ...tokens }: SignedIn): AuthPayload {
  return { ...tokens, user: toUserType(user) };
}
