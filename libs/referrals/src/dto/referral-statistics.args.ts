import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional } from 'class-validator';

@ArgsType()
export class ReferralStatisticsArgs {
  @Field({ nullable: true, description: 'Referrals sent at or after this instant; from the first one when empty. For evaluators at least 90 days before `to`' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Referrals sent before this instant (exclusive); until now when empty' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
