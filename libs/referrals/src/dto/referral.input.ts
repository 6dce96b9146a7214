import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { HtcdsAgeBroad, HtcdsGender, ReferralCategory, ReferralUrgency, RequestedService, TypeOfExploitation } from '../referral.enums';
import { DateField } from '@app/common';

const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;

/** The person, minimized to statistical fields named as in IOM's HTCDS. */
@InputType()
export class ReferralPersonInput {
  @Field({ nullable: true, description: "The sender's own case code; never a name" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_./-]{1,40}$/, { message: 'caseCode may hold letters, digits and _ . / - only (never a name), at most 40' })
  caseCode?: string;

  @Field(() => HtcdsAgeBroad, { nullable: true })
  @IsOptional()
  @IsEnum(HtcdsAgeBroad)
  ageBroad?: HtcdsAgeBroad;

  @Field(() => HtcdsGender, { nullable: true })
  @IsOptional()
  @IsEnum(HtcdsGender)
  gender?: HtcdsGender;

  @Field({ nullable: true, description: 'Nationality, ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'citizenship must be a two-letter ISO 3166-1 code in capitals' })
  citizenship?: string;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true, message: 'languages must be two-letter ISO 639-1 codes in lower case' })
  languages?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(COUNTRY, { message: 'countryOfOrigin must be a two-letter ISO 3166-1 code in capitals' })
  countryOfOrigin?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(COUNTRY, { each: true, message: 'transitCountries must be two-letter ISO 3166-1 codes in capitals' })
  transitCountries?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(COUNTRY, { message: 'countryOfExploitation must be a two-letter ISO 3166-1 code in capitals' })
  countryOfExploitation?: string;

  @Field(() => [TypeOfExploitation], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(TypeOfExploitation, { each: true })
  typeOfExploitation?: TypeOfExploitation[];
}

/** Identifying details: encrypted before they are stored, shown only by an audited read. */
@InputType()
export class ReferralDetailsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @DateField({ nullable: true })
  dateOfBirth?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  contact?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  lastKnownLocation?: string;

  @Field({ nullable: true, description: 'For a missing child: a link to a photo' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'photoLink must be an https link' })
  @MaxLength(500)
  photoLink?: string;
}

@InputType()
export class ConsentInput {
  @Field({ description: 'Who gave it, e.g. "the person" or "legal guardian" (not a name)' })
  @IsString()
  @Length(2, 120)
  givenBy: string;

  @Field({ description: 'When (ISO 8601)' })
  @IsISO8601({ strict: true })
  givenAt: string;

  @Field({ description: 'For what' })
  @IsString()
  @Length(3, 300)
  purpose: string;

  @Field({ description: 'How: written form, recorded verbal consent, ...' })
  @IsString()
  @Length(2, 120)
  method: string;
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerOrganizationId must be an id returned by the organizations query' })
  partnerOrganizationId: string;

  @Field(() => ID, { nullable: true, description: 'The network it goes through; needed when the partner belongs to several' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id returned by the networks query' })
  networkId?: string;

  @Field(() => ReferralCategory)
  @IsEnum(ReferralCategory)
  category: ReferralCategory;

  @Field(() => ReferralUrgency)
  @IsEnum(ReferralUrgency)
  urgency: ReferralUrgency;

  @Field(() => [RequestedService], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(RequestedService, { each: true })
  requestedServices: RequestedService[] = [];

  @Field(() => ReferralPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralPersonInput)
  person?: ReferralPersonInput;

  @Field(() => ReferralDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralDetailsInput)
  details?: ReferralDetailsInput;

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput;

  @Field({ nullable: true, description: 'For a missing child: the legal basis for sharing details without consent' })
  @IsOptional()
  @IsString()
  @Length(5, 300)
  legalBasis?: string;
}

@InputType()
export class UpdateReferralInput {
  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => ReferralUrgency, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralUrgency)
  urgency?: ReferralUrgency;

  @Field(() => [RequestedService], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(RequestedService, { each: true })
  requestedServices?: RequestedService[];

  @Field(() => ReferralPersonInput, { nullable: true, description: 'Replaces the person fields' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralPersonInput)
  person?: ReferralPersonInput;

  @Field(() => ReferralDetailsInput, { nullable: true, description: 'Replaces the identifying details' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralDetailsInput)
  details?: ReferralDetailsInput;

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(5, 300)
  legalBasis?: string;
}
