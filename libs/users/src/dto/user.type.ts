import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language } from '@app/common';
import { Role } from '@app/policy';
import { User } from '../user.entity';

/** A person as GraphQL shows them: never the password hash, the token version or the sign-in lock. */
@ObjectType('User', { description: 'A person who signs in to the portal' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The organization the person works for' })
  organizationId: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Language, { description: 'Language of e-mails and pages' })
  language: Language;

  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @Field()
  createdAt: Date;
}

export function toUserType(user: User): UserType {
  return {
    id: user.id,
    organizationId: user.organizationId,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    language: user.language,
    active: user.active,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
  };
}
