import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit, localUrl } from '@app/config';
import { createApiApp } from './create-api-app';
import { superviseWorkers, workerCount } from './workers';

async function bootstrap() {
  const config = loadConfigOrExit();
  const workers = workerCount(config.API_WORKERS);
  if (workers > 1 && cluster.isPrimary) return superviseWorkers(workers);
  const app = await createApiApp();
  await app.listen(config.PORT, config.HOST);
  new Logger('Bootstrap').log(`API ready at ${localUrl(config.HOST, config.PORT, '/graphql')}`);
}

void bootstrap();
