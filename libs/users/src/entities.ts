export * from './refresh-token.entity';
export * from './user.entity';
