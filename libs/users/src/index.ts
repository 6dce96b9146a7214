export * from './account.service';
export * from './entities';
export * from './role.enum';
export * from './sessions';
export * from './user-tokens';
export * from './users.module';
export * from './users.service';
