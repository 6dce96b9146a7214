import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Action, readableBy } from '@app/policy';
import { CalendarDate } from '@app/common';

/** A trainer: teaching is a professional role, so the name shows to everyone who may read trainings. */
@ObjectType()
export class TrainingTrainerType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The portal user, when the trainer has an account' })
  userId: string | null;

  @Field()
  fullName: string;

  @HideField()
  organizationId: string | null;
}

/**
 * A participant. The name and the account are personal data: they resolve only for the
 * participant's own organization and coordinators, and are null for everyone else.
 */
@ObjectType()
export class TrainingParticipantType {
  @Field(() => ID)
  id: string;

  @HideField()
  organizationId: string;

  @Field(() => ID, { nullable: true, middleware: [readableBy(Action.TRAINING_PARTICIPANT_READ)] })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'Only for the participant’s organization and coordinators', middleware: [readableBy(Action.TRAINING_PARTICIPANT_READ)] })
  fullName: string | null;

  @Field(() => String, { nullable: true, middleware: [readableBy(Action.TRAINING_PARTICIPANT_READ)] })
  certificateNumber: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'YYYY-MM-DD' })
  certificateIssuedOn: string | null;
}
