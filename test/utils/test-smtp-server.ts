import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string[];
  subject: string;
  contentLanguage: string;
}

/** A real SMTP server in this process that records what it accepts, and can go down and come back. */
export class TestSmtpServer {
  received: ReceivedMail[] = [];
  /** Each received message in full (headers and body), in the same order as `received`. */
  raw: string[] = [];
  private server?: SMTPServer;
  /**
   * How long the server takes, after it has taken a message (recorded in `received`), to answer 250,
   * as a real server that first commits the message to its queue: a client that dies meanwhile never
   * learns that its mail was accepted.
   */
  replyDelayMs = 0;
  /** Errors of single connections (e.g. ECONNRESET from a killed client), kept for a test to look at. */
  readonly connectionErrors: Error[] = [];

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headers = parseHeaders(raw);
          this.received.push({
            messageId: headers['message-id'],
            to: session.envelope.rcptTo.map((address) => address.address),
            subject: decodeWords(headers.subject),
            contentLanguage: headers['content-language'],
          });
          this.raw.push(raw);
          if (this.replyDelayMs > 0) setTimeout(callback, this.replyDelayMs);
          else callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => {
        this.server!.off('error', reject);
        resolve();
      });
    });
    // A client that dies mid-conversation (a replica killed with SIGKILL) resets its connection: a
    // real server notes it and serves the others, rather than crashing the test process.
    this.server.on('error', (error: Error) => this.connectionErrors.push(error));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
    this.server = undefined;
  }

  messageIds(): string[] {
    return this.received.map((mail) => mail.messageId);
  }
}

export function parseHeaders(raw: string): Record<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return Object.fromEntries(
    head.split(/\r?\n/).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
}

/** RFC 2047 encoded words, as nodemailer writes a subject with diacritics. */
export function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*(?==\?)?/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}
