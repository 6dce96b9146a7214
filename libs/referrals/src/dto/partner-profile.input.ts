import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, Matches } from 'class-validator';
import { ReferralCategory } from '../referral.enums';

@InputType()
export class PartnerProfileInput {
  @Field(() => [ReferralCategory])
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ReferralCategory, { each: true })
  acceptedCategories: ReferralCategory[];

  @Field(() => [String], { description: 'ISO 639-1 codes, preferred first' })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter ISO 639-1 codes in lower case' })
  languages: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @IsEmail({}, { each: true, message: 'contactEmails must be e-mail addresses' })
  contactEmails: string[];
}
