import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_WORKER_OPTIONS, MailWorkerOptions } from './mail-options';
import { MailOutbox } from './mail-outbox.entity';
import { MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { MailResolver } from './mail.resolver';
import { MailWorker } from './mail.worker';

/**
 * Outgoing mail: MailService queues mails (and their pg-boss jobs) in the caller's transaction;
 * MailWorker delivers them, in this process unless JOBS=off (or `worker: false`). Needs AppConfig
 * (SMTP_URL, MAIL_FROM, DATA_DIR) and JobsModule.forRoot().
 */
@Module({})
export class MailModule {
  static forRoot(options: Partial<MailWorkerOptions> = {}): DynamicModule {
    return {
      module: MailModule,
      // One outbox per app: every library that queues mail gets MailService without importing it.
      global: true,
      imports: [TypeOrmModule.forFeature([MailOutbox])],
      providers: [
        {
          provide: MAIL_WORKER_OPTIONS,
          inject: [AppConfig],
          useFactory: (config: AppConfig): MailWorkerOptions => ({ ...DEFAULT_MAIL_WORKER_OPTIONS, worker: config.JOBS !== 'off', ...options }),
        },
        MailTransport,
        MailService,
        MailWorker,
        MailResolver,
      ],
      exports: [MailService, MailWorker],
    };
  }
}
