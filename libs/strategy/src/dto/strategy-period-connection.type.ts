import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { StrategyPeriod } from '../strategy-period.entity';

@ObjectType()
export class StrategyPeriodConnection extends ConnectionType(StrategyPeriod) {}
