export * from './access.service';
export * from './action.enum';
export * from './current-user';
export * from './policy';
export * from './policy-field';
export * from './policy.module';
export * from './policy.table';
export * from './role.enum';
