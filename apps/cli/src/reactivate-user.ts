import { NestFactory } from '@nestjs/core';
import { UsersService } from '@app/users';
import { UsersCliModule } from './create-user';

/**
 * `npm run cli -- reactivate-user --email …`: lets a deactivated account sign in again, for the
 * day when no active coordinator is left to do it in the portal. Audited without an actor.
 */
export async function reactivateUser({ email }: { email: string }, out: (line: string) => void): Promise<void> {
  const app = await NestFactory.createApplicationContext(UsersCliModule, { logger: ['error', 'warn'] });
  try {
    const user = await app.get(UsersService).reactivateFromCommandLine(email);
    out(`${user.email} (${user.role}) is active: they sign in with their password, or ask for a new one.`);
  } finally {
    await app.close();
  }
}
