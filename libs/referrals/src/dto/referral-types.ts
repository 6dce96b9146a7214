import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { ReferralEvent } from '../referral-log.entity';
import { ReferralStatus } from '../referral.enums';
import { ReferralType } from './referral.type';

@ObjectType()
export class ReferralConnection extends ConnectionType(ReferralType, 'Referral') {}

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

/** One step of a referral's timeline as GraphQL shows it; the note's ciphertext stays in the entity. */
@ObjectType('ReferralEvent')
export class ReferralEventType {
  @Field(() => ID)
  id: string;

  /** For the audited `note` read; not a field. */
  referralId: string;

  @Field(() => ID, { nullable: true, description: 'Empty for the system (escalations)' })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  actorOrganizationId: string | null;

  @Field(() => ReferralStatus, { nullable: true })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus: ReferralStatus;

  /** Whether a reason was given with the step (`note` is then read through the audited thread read). */
  hasNote: boolean;

  @Field()
  occurredAt: Date;
}

export function toReferralEventType(event: ReferralEvent): ReferralEventType {
  return {
    id: event.id,
    referralId: event.referralId,
    actorUserId: event.actorUserId,
    actorOrganizationId: event.actorOrganizationId,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    hasNote: !!event.noteCiphertext,
    occurredAt: event.occurredAt,
  };
}
