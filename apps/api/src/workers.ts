import cluster, { Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { Logger } from '@nestjs/common';

const RESTART_DELAY_MS = 1_000;

/** How many API processes to run: API_WORKERS, where 0 means one per CPU core. */
export function workerCount(configured: number, cores = availableParallelism()): number {
  return configured === 0 ? cores : configured;
}

/**
 * The primary process of a multi-process API: forks the workers, which share the listening port
 * (node:cluster), replaces one that dies, and on SIGTERM or SIGINT stops them all gracefully
 * before exiting. It serves nothing itself. Everything the workers run in the background (mail,
 * referral and meeting jobs) is safe to run in several processes at once.
 */
export function superviseWorkers(count: number): void {
  const logger = new Logger('Workers');
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
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
  logger.log(`API running in ${count} worker processes`);
}
