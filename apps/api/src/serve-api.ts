import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit, localUrl } from '@app/config';
import { createApiApp } from './create-api-app';

/** Checks the configuration, builds the API and listens: one process, or one worker of several. */
export async function serveApi(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp();
  await app.listen(config.PORT, config.HOST);
  new Logger('Bootstrap').log(`API ready at ${localUrl(config.HOST, config.PORT, '/graphql')}`);
}
