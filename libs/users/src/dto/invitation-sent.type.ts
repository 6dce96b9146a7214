import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/policy';

/**
 * The answer to `inviteUser`. It carries no account id: it is the same whether a new account was
 * made or the address already has one in an organization the inviter may not see (whose owner is
 * told by mail instead), so that nobody learns through it who has an account.
 */
@ObjectType({ description: 'An invitation was sent: the answer is the same whether or not the address already has an account elsewhere' })
export class InvitationSent {
  @Field({ description: 'The invited address, lower-cased' })
  email: string;

  @Field(() => Role)
  role: Role;
}
