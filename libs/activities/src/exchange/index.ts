export * from './activities-exchange.module';
