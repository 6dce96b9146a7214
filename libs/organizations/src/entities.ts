export * from './network-membership.entity';
export * from './network.entity';
export * from './organization.entity';
