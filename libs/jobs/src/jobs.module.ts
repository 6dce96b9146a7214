import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DEFAULT_JOB_QUEUE_OPTIONS, JOB_QUEUE_OPTIONS, JobQueue, JobQueueOptions } from './job-queue';

/** What JOBS says: every job (on), none (off), or the ones named. */
export function jobsSetting(value: string): boolean | string[] {
  if (value === 'on') return true;
  if (value === 'off') return false;
  return value.split(',').map((name) => name.trim());
}

/** The shared job queue (pg-boss). Works jobs in this process as JOBS says (or `work`). */
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
          useFactory: (config: AppConfig): JobQueueOptions => ({ ...DEFAULT_JOB_QUEUE_OPTIONS, work: jobsSetting(config.JOBS), ...options }),
        },
        JobQueue,
      ],
      exports: [JobQueue],
    };
  }
}
