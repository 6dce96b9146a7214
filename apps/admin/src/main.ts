import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit, localUrl } from '@app/config';
import { createAdminApp } from './create-admin-app';

async function bootstrap() {
  const config = loadConfigOrExit();
  const app = await createAdminApp();
  await app.listen(config.ADMIN_PORT, config.HOST);
  new Logger('Bootstrap').log(`Admin app ready at ${localUrl(config.HOST, config.ADMIN_PORT)}`);
}

void bootstrap();
