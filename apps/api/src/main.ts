import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { superviseWorkers, workerCountFromEnv } from './workers';

// The primary of several workers only forks and supervises them, so it loads nothing of the app
// (the whole Nest app would cost it 130 MB and more for nothing): the workers load it, check the
// configuration and serve.
if (existsSync('.env')) process.loadEnvFile('.env');
const workers = workerCountFromEnv(process.env.API_WORKERS);
if (workers > 1 && cluster.isPrimary) superviseWorkers(workers);
// eslint-disable-next-line @typescript-eslint/no-require-imports
else void (require('./serve-api') as typeof import('./serve-api')).serveApi();
