export * from './refresh-token.entity';
export * from './user-token.entity';
export * from './user.entity';
