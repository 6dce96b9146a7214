import { Injectable, Logger } from '@nestjs/common';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import { AppConfig } from '@app/config';
import { SMTP_TIMEOUTS } from './mail-options';
import { RenderedMail } from './templates';

/** Everything a transport needs to deliver one mail. */
export interface OutgoingMail extends RenderedMail {
  /** The outbox row, for the file name of a mail written to disk. */
  id: string;
  createdAt: Date;
  to: string;
  messageId: string;
  language: string;
}

/**
 * Delivers rendered mails: over SMTP when SMTP_URL is set, otherwise as .eml files under
 * DATA_DIR/mail with subject and recipient logged, so that a newcomer sees every mail. Those
 * files hold set-password and answer links, so only their owner may read them (folder 0700,
 * files 0600).
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: ReturnType<typeof createTransport>;
  private readonly outputDir?: string;
  private outputDirReady?: Promise<void>;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transporter = createTransport({ url: config.SMTP_URL, ...SMTP_TIMEOUTS });
    } else {
      this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
      this.outputDir = resolve(config.DATA_DIR, 'mail');
    }
  }

  /** Where mails are written when there is no SMTP server; undefined when SMTP is used. */
  get directory(): string | undefined {
    return this.outputDir;
  }

  /**
   * Sends with the stored Message-ID; rejects on any SMTP error, or when `signal` aborts. Resolves
   * with the SMTP server's reply accepting the mail (undefined when written to a file).
   */
  async send(mail: OutgoingMail, signal?: AbortSignal): Promise<string | undefined> {
    const info = await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { 'Content-Language': mail.language },
      // A meeting mail: nodemailer adds it as a text/calendar alternative (what mail clients show as an
      // invitation with answer buttons) and as an .ics attachment.
      ...(mail.calendar && { icalEvent: { method: mail.calendar.method, filename: mail.calendar.filename, content: mail.calendar.content } }),
      signal,
    });
    if (this.outputDir) {
      await this.prepareOutputDir(this.outputDir);
      const file = join(this.outputDir, `${mail.createdAt.toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`);
      await writeFile(file, (info as { message: Buffer }).message, { mode: 0o600 });
      this.logger.log(`Mail "${mail.subject}" to ${mail.to} written to ${file}`);
      return undefined;
    }
    return (info as { response?: string }).response;
  }

  /** Once per process: the folder, made by an earlier version perhaps readable by all, is made its owner's only. */
  private prepareOutputDir(dir: string): Promise<void> {
    this.outputDirReady ??= (async () => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
    })().catch((error: unknown) => {
      this.outputDirReady = undefined;
      throw error;
    });
    return this.outputDirReady;
  }

  close(): void {
    this.transporter.close();
  }
}
