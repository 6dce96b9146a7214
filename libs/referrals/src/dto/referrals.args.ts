import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@app/common';
import { ReferralCategory, ReferralStatus } from '../referral.enums';

export enum ReferralOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  INBOX = 'INBOX',
}
registerEnumType(ReferralOrder, {
  name: 'ReferralOrder',
  valuesMap: {
    NEWEST_FIRST: { description: 'By reference, newest first' },
    INBOX: { description: "A partner's inbox: unacknowledged first, then by urgency, then by the least time left before the due time" },
  },
});

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

  @Field(() => ReferralOrder, { defaultValue: ReferralOrder.NEWEST_FIRST })
  @IsEnum(ReferralOrder)
  orderBy: ReferralOrder = ReferralOrder.NEWEST_FIRST;
}
