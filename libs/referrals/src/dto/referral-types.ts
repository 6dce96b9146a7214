import { Field, ObjectType } from '@nestjs/graphql';
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
