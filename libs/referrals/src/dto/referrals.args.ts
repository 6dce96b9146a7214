import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@app/common';
import { ReferralCategory, ReferralStatus } from '../referral.enums';

@InputType()
export class ReferralsFilter {
  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => ReferralCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralCategory)
  category?: ReferralCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnerOrganizationId must be an id returned by the organizations query' })
  partnerOrganizationId?: string;

  @Field({ nullable: true, description: 'Only sent referrals whose acknowledgment is overdue' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@ArgsType()
export class ReferralsArgs extends ConnectionArgs {
  @Field(() => ReferralsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralsFilter)
  filter?: ReferralsFilter;
}
