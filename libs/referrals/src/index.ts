export * from './details-cipher';
export * from './due-time';
export * from './entities';
export * from './referral.enums';
export * from './referrals.module';
export * from './referrals.service';
