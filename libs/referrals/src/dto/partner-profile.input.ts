import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsOptional, Matches } from 'class-validator';
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

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the countries it covers besides its own; unchanged when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countriesCovered must be two-letter ISO 3166-1 codes in capitals' })
  countriesCovered?: string[];

  @Field(() => [String], { nullable: true, description: 'Phone numbers in international format (+43 1 234 5678); unchanged when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(/^\+[0-9][0-9 ]{5,30}$/, { each: true, message: 'contactPhones must be phone numbers in international format, e.g. +43 1 234 5678' })
  contactPhones?: string[];
}
