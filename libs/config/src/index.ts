export * from './app-config';
export * from './boot';
export * from './config.module';
