export * from './job-queue';
export * from './job-queue-schema';
export * from './jobs.module';
export * from './scheduled-job';
