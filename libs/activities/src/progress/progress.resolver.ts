import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { StrategyProgress } from './progress.type';
import { ProgressService } from './progress.service';

@ArgsType()
class StrategyProgressArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'periodId must be an id returned by the strategyPeriods query' })
  periodId: string;

  @Field(() => ID, { nullable: true, description: "Only this organization's activities (led or co-organized)" })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;
}

@Resolver(() => StrategyProgress)
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query(() => StrategyProgress, { description: 'Approved activities and who they reached, per goal × organization × quarter, with network totals' })
  strategyProgress(@CurrentUser() actor: Actor | null, @Args() { periodId, organizationId }: StrategyProgressArgs) {
    return this.progress.progress(actor, periodId, organizationId);
  }
}
