import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';
import { DataSourceOptions } from 'typeorm';

/** The channel `MailService.enqueue` notifies, in the caller's transaction, when it queues a mail. */
export const MAIL_OUTBOX_CHANNEL = 'mail_outbox';

/** How the listening connection shows in pg_stat_activity. */
export const MAIL_LISTENER_APPLICATION_NAME = 'atnp-mail-listener';

/** Waits before reconnecting after the database went away: doubled after each failed try, up to the cap. */
export const LISTENER_RECONNECT_MIN_MS = 1_000;
export const LISTENER_RECONNECT_MAX_MS = 10_000;

/**
 * Connection settings for the listener, built the way TypeORM builds its pool's from the same
 * DataSource options (url or host/port/..., then `extra`), under a name of its own.
 */
export function listenerClientConfig(options: DataSourceOptions): ClientConfig {
  if (options.type !== 'postgres') throw new Error(`The mail listener needs PostgreSQL, not ${options.type}`);
  // `max` and the like size a pool; a single client has no use for them.
  const { max: _max, ...extra } = (options.extra ?? {}) as Record<string, unknown>;
  return {
    connectionString: options.url,
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    // TypeORM types it as a TLS server's options but hands it to pg unchanged, as we do.
    ssl: options.ssl as ClientConfig['ssl'],
    // A server that never answers must hold neither the listener nor a shutdown for long.
    connectionTimeoutMillis: options.connectTimeoutMS ?? 10_000,
    ...extra,
    application_name: MAIL_LISTENER_APPLICATION_NAME,
    // An idle connection would otherwise never notice a server that vanished without closing it.
    keepAlive: true,
  };
}

/**
 * One dedicated connection (outside TypeORM's pool, which hands connections to whoever asks) that
 * LISTENs on the outbox channel and calls `onWake` for every notification, and after every
 * (re)connect, since mails committed while nobody listened were announced to no one. When the
 * database goes away it reconnects with a growing delay, logging once per outage; it never throws
 * and never keeps the process alive.
 */
export class MailOutboxListener {
  private client?: Client;
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private retryDelayMs = LISTENER_RECONNECT_MIN_MS;
  /** Whether the current outage was logged already. */
  private down = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly onWake: () => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    let client: Client;
    try {
      client = new Client(this.config);
    } catch (error) {
      // Settings pg rejects stay wrong: no retry, the poll alone delivers.
      this.logger.error(`Mail wake-up listener cannot start: ${errorText(error)}`);
      return;
    }
    this.client = client;
    // Both stay attached for the client's whole life: an 'error' without a listener would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', () => {
      if (this.current(client)) this.onWake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${MAIL_OUTBOX_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (!this.current(client)) return;
    if (this.down) this.logger.log('Mail wake-up listener is listening again');
    this.down = false;
    this.retryDelayMs = LISTENER_RECONNECT_MIN_MS;
    this.onWake();
  }

  private current(client: Client): boolean {
    return !this.stopped && this.client === client;
  }

  /** Drops a broken client (once, however many of error, end and a failed connect report it) and tries again later. */
  private lost(client: Client, error: unknown): void {
    if (!this.current(client)) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (!this.down) {
      this.down = true;
      this.logger.warn(`Mail wake-up listener lost the database (${errorText(error)}); reconnecting, mails go out on the next poll meanwhile`);
    }
    this.timer = setTimeout(() => void this.connect(), this.retryDelayMs);
    this.timer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, LISTENER_RECONNECT_MAX_MS);
  }
}

/** The message alone: one line per outage, never a stack. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
