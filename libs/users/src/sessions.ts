import { EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

/**
 * Ends every session of a user at once: raising the token version invalidates the access
 * tokens already issued, and the refresh tokens are revoked. Used on sign-out, password
 * change or reset, and deactivation.
 */
export async function endAllSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.getRepository(User).increment({ id: userId }, 'tokenVersion', 1);
  await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
}
