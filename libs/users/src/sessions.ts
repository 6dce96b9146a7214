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

/**
 * The refresh-token rows of sign-in sessions, which auth issues and rotates (the hashing and the
 * access tokens are its own): they live here, with the accounts whose changes end them.
 */
export const refreshTokens = {
  async insert(manager: EntityManager, token: Pick<RefreshToken, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await manager.getRepository(RefreshToken).insert(token);
  },

  /** The token of a hash, with its row locked for the transaction when `lock` (a rotation). */
  byHash(manager: EntityManager, tokenHash: string, { lock = false } = {}): Promise<RefreshToken | null> {
    return manager.getRepository(RefreshToken).findOne({ where: { tokenHash }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
  },

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  },

  async markRotated(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ id }, { rotatedAt: new Date() });
  },
};
