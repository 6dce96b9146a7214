import cluster, { Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import pino from 'pino';

const RESTART_DELAY_MS = 1_000;

/** How many API processes to run: API_WORKERS, where 0 means one per CPU core. */
export function workerCount(configured: number, cores = availableParallelism()): number {
  return configured === 0 ? cores : configured;
}

/**
 * The number of processes from API_WORKERS as the environment gives it, read before (and
 * without) loading the configuration, which only workers do. Anything but a whole number 0–64
 * means one process: that process then loads the configuration, which names the bad variable.
 */
export function workerCountFromEnv(value: string | undefined, cores = availableParallelism()): number {
  if (value === undefined || value.trim() === '') return 1;
  const configured = Number(value);
  return Number.isInteger(configured) && configured >= 0 && configured <= 64 ? workerCount(configured, cores) : 1;
}

/**
 * The primary process of a multi-process API: forks the workers, which share the listening port
 * (node:cluster), replaces one that dies, and on SIGTERM or SIGINT stops them all gracefully
 * before exiting. It serves nothing and loads nothing of the app (it stays a few tens of MB).
 * A worker that dies before it ever listened (a bad configuration, no database) is not
 * replaced: the API stops with its exit code, as a single process would.
 * Everything the workers run in the background (mail, referral and meeting jobs) is safe to run
 * in several processes at once.
 */
export function superviseWorkers(count: number): void {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { pid: process.pid, app: 'api' } }).child({ context: 'Workers' });
  let stopping = false;
  let listened = false;
  const fork = () => cluster.fork();
  cluster.on('listening', () => {
    listened = true;
  });
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!listened) {
      logger.error(`API worker ${worker.process.pid} exited (${signal ?? `code ${code}`}) before it started; stopping`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = code || 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode);
      return;
    }
    logger.error(`API worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
    setTimeout(fork, RESTART_DELAY_MS).unref();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker?.process.kill('SIGTERM');
    });
  }
  for (let i = 0; i < count; i++) fork();
  logger.info(`API running in ${count} worker processes`);
}
