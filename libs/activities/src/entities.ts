export * from './activity-parts.entity';
export * from './activity.entity';
export * from './age-band.entity';
export * from './reporting-period-lock.entity';
