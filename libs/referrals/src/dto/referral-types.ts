import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Referral } from '../referral.entity';

@ObjectType()
export class ReferralConnection extends ConnectionType(Referral) {}

/** Decrypted identifying details, returned only by the audited `revealReferralDetails`. */
@ObjectType()
export class ReferralDetailsType {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => String, { nullable: true })
  lastKnownLocation?: string | null;

  @Field(() => String, { nullable: true })
  photoLink?: string | null;
}

/** A message on a referral, decrypted: from the audited thread read, or just written by its author. */
@ObjectType('ReferralMessage', { description: 'A message between the sending organization and the partner on a referral' })
export class ReferralMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  authorUserId: string | null;

  @Field(() => ID)
  authorOrganizationId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}
