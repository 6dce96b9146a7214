export * from './partner-profile.entity';
export * from './referral-log.entity';
export * from './referral.entity';
