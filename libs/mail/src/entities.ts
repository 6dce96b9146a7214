export * from './mail-outbox.entity';
