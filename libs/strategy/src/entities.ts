export * from './indicator.entity';
export * from './strategic-goal.entity';
export * from './strategy-period.entity';
