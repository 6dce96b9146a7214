import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_WORKER_OPTIONS, MailWorkerOptions } from './mail-options';
import { MailOutbox } from './mail-outbox.entity';
import { MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { MailWorker } from './mail.worker';

/**
 * Outgoing mail: MailService queues mails in the caller's transaction; MailWorker delivers
 * them, in this process unless `worker: false`. Needs AppConfig (SMTP_URL, MAIL_FROM, DATA_DIR).
 */
@Module({})
export class MailModule {
  static forRoot(options: Partial<MailWorkerOptions> = {}): DynamicModule {
    return {
      module: MailModule,
      imports: [TypeOrmModule.forFeature([MailOutbox])],
      providers: [{ provide: MAIL_WORKER_OPTIONS, useValue: { ...DEFAULT_MAIL_WORKER_OPTIONS, ...options } }, MailTransport, MailService, MailWorker],
      exports: [MailService, MailWorker],
    };
  }
}
