import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DEFAULT_JOB_QUEUE_OPTIONS, JOB_QUEUE_OPTIONS, JobQueue, JobQueueOptions } from './job-queue';

/** The shared job queue (pg-boss). Works jobs in this process unless JOBS=off (or `work: false`). */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobQueueOptions> = {}): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        {
          provide: JOB_QUEUE_OPTIONS,
          inject: [AppConfig],
          useFactory: (config: AppConfig): JobQueueOptions => ({ ...DEFAULT_JOB_QUEUE_OPTIONS, work: config.JOBS === 'on', ...options }),
        },
        JobQueue,
      ],
      exports: [JobQueue],
    };
  }
}
