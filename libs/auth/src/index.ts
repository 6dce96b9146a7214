export * from './auth.module';
export * from './auth.service';
export * from './current-user';
export * from './passwords';
export * from './policy/action.enum';
export * from './policy/policy';
export * from './policy/policy.table';
export * from './tokens.service';
