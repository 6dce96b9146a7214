import { Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PgBoss } from 'pg-boss';
import type { Db, FetchOptions, Job, JobAttempt, JobWithMetadata, Queue, ScheduleOptions, WorkOptions } from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { JOB_QUEUE_SCHEMA } from './job-queue-schema';

export type { Job, JobWithMetadata, JobAttempt, Queue };

/** How this process takes part in the shared job queue. */
export interface JobQueueOptions {
  /**
   * Which jobs this process works (and whose schedules it keeps): all (true), none (false: it only
   * queues jobs, which run elsewhere), or those named.
   */
  work: boolean | string[];
  /** How long a stopping process waits for the jobs it is running to finish. */
  shutdownTimeoutMs: number;
  /** How often expired jobs (of a process that died) are handed to another worker. */
  superviseIntervalSeconds: number;
}

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export const DEFAULT_JOB_QUEUE_OPTIONS: JobQueueOptions = { work: true, shutdownTimeoutMs: 30_000, superviseIntervalSeconds: 10 };

/**
 * How often a worker tells pg-boss it is still at a job (every half of it): a job whose worker's
 * process died is handed to another (or failed) this long after its last heartbeat.
 */
export const JOB_HEARTBEAT_SECONDS = 10;

/** PostgreSQL's "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01';

/** How the job queue's own connections show in pg_stat_activity. */
export const JOB_QUEUE_APPLICATION_NAME = 'atnp-jobs';

/** pg-boss runs its statements through the caller's TypeORM transaction, so a job commits or rolls back with it. */
export function inTransaction(manager: EntityManager): Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const rows: unknown = await manager.query(text, values as unknown[]);
      return { rows: Array.isArray(rows) ? rows : [] };
    },
  };
}

/**
 * The portal's one job queue: pg-boss on the portal's own PostgreSQL (no second datastore). Every
 * process can queue jobs; processes with `work` on also run them and keep the schedules, which
 * pg-boss fires once per tick however many processes keep them. Stopping lets running jobs finish.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  readonly boss: PgBoss;
  private readonly options: JobQueueOptions;
  private started?: Promise<void>;
  /** Queues known to exist. */
  private readonly known = new Set<string>();

  constructor(@InjectDataSource() dataSource: DataSource, @Optional() @Inject(JOB_QUEUE_OPTIONS) options?: Partial<JobQueueOptions>) {
    this.options = { ...DEFAULT_JOB_QUEUE_OPTIONS, ...options };
    const work = this.working;
    const source = dataSource.options;
    if (source.type !== 'postgres') throw new Error(`The job queue needs PostgreSQL, not ${source.type}`);
    const extra = (source.extra ?? {}) as { connectionTimeoutMillis?: number };
    this.boss = new PgBoss({
      connectionString: source.url,
      host: source.host,
      port: source.port,
      user: source.username,
      password: source.password as string | undefined,
      database: source.database,
      ssl: source.ssl,
      schema: JOB_QUEUE_SCHEMA,
      application_name: JOB_QUEUE_APPLICATION_NAME,
      connectionTimeoutMillis: extra.connectionTimeoutMillis ?? 5_000,
      max: work ? 4 : 2,
      // Installed and upgraded by the portal's migrations only.
      migrate: false,
      createSchema: false,
      supervise: work,
      schedule: work,
      superviseIntervalSeconds: this.options.superviseIntervalSeconds,
      monitorIntervalSeconds: this.options.superviseIntervalSeconds,
      useListenNotify: work,
      registerInstance: work,
      instanceName: process.env.APP_NAME,
      openTelemetry: { enabled: false },
    });
    // pg-boss reports a database that went away as events; they must never crash the process.
    // A database shutting down or restarting (57P01) is an operational event the queue recovers
    // from, not a fault of the portal: a warning, so `npm start`'s Ctrl-C does not print errors.
    this.boss.on('error', (error: Error & { code?: string }) =>
      error.code === ADMIN_SHUTDOWN ? this.logger.warn(`Job queue: the database closed the connection (${error.message})`) : this.logger.error(`Job queue: ${error.message}`),
    );
    this.boss.on('warning', (warning: { message: string }) => this.logger.warn(`Job queue: ${warning.message}`));
  }

  /** Whether this process works any jobs. */
  get working(): boolean {
    return this.options.work === true || (Array.isArray(this.options.work) && this.options.work.length > 0);
  }

  /** Whether this process works the jobs of `name`. */
  works(name: string): boolean {
    return this.options.work === true || (Array.isArray(this.options.work) && this.options.work.includes(name));
  }

  async onModuleInit(): Promise<void> {
    await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  /** Stops fetching and waits up to shutdownTimeoutMs for the jobs in flight, then closes the queue's connections. */
  async stop(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    // pg-boss detaches its LISTEN connection's error handler before ending it: a database shutting
    // down at the same moment (`npm start` stops the embedded one on Ctrl-C) would then crash the
    // process with an unhandled 'error'. While stopping, that one error is expected and logged.
    const shutdownRace = (error: Error & { code?: string }) => {
      if (error.code !== ADMIN_SHUTDOWN) throw error;
      this.logger.warn(`Job queue: the database went away while stopping (${error.message})`);
    };
    process.on('uncaughtException', shutdownRace);
    try {
      await this.boss.stop({ graceful: true, close: true, timeout: this.options.shutdownTimeoutMs });
    } finally {
      process.off('uncaughtException', shutdownRace);
    }
    this.started = undefined;
  }

  /**
   * Creates the queue if it is missing; with `update`, also brings an existing queue's options
   * (retries, backoff, dead letters, expiry) in step with `options`. Jobs take the queue's options
   * when they are queued.
   */
  async ensureQueue(name: string, options: Omit<Queue, 'name'> = {}, { update = true } = {}): Promise<void> {
    if (!update && this.known.has(name)) return;
    await this.start();
    const existing = await this.boss.getQueue(name);
    if (!existing) {
      await this.boss.createQueue(name, options).catch(async (error: unknown) => {
        // Another process created it meanwhile.
        if (!(await this.boss.getQueue(name))) throw error;
      });
    } else if (update) {
      const { policy: _policy, partition: _partition, ...updatable } = options;
      if (Object.keys(updatable).length > 0) await this.boss.updateQueue(name, updatable);
    }
    this.known.add(name);
  }

  /** Queues a job in the caller's transaction: it exists only if that transaction commits. */
  async send(manager: EntityManager, name: string, data: object, options: Omit<ScheduleOptions, 'db'> = {}): Promise<string | null> {
    await this.start();
    return this.boss.send(name, data, { ...options, db: inTransaction(manager) });
  }

  /** Queues a job outside any transaction of the caller's. */
  async sendNow(name: string, data: object, options: Omit<ScheduleOptions, 'db'> = {}): Promise<string | null> {
    await this.start();
    return this.boss.send(name, data, options);
  }

  async fetch<T>(name: string, options: FetchOptions = {}): Promise<JobWithMetadata<T>[]> {
    await this.start();
    return this.boss.fetch<T>(name, { ...options, includeMetadata: true });
  }

  async complete(name: string, job: JobAttempt, output?: object): Promise<void> {
    await this.boss.complete(name, { id: job.id, retryCount: job.retryCount }, output ?? null);
  }

  async fail(name: string, job: JobAttempt, output?: object): Promise<void> {
    await this.boss.fail(name, { id: job.id, retryCount: job.retryCount }, output ?? null);
  }

  /** Runs `handler` for the queue's jobs in this process (if it works jobs). */
  async work<T>(name: string, options: WorkOptions, handler: (jobs: JobWithMetadata<T>[]) => Promise<unknown>): Promise<void> {
    if (!this.working) return;
    await this.start();
    await this.boss.work<T>(name, { ...options, includeMetadata: true }, handler as never);
  }

  /** A schedule pg-boss fires once per tick across every process that keeps schedules. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.start();
    await this.boss.schedule(name, cron, null, { tz: 'UTC' });
  }

  /** Hands jobs whose worker died (expired) back for another attempt, or to their dead-letter queue. */
  async supervise(name?: string): Promise<void> {
    await this.start();
    await this.boss.supervise(name);
  }
}
