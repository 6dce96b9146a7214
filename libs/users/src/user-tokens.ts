import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { UserToken, UserTokenPurpose } from './user-token.entity';

export const TOKEN_LIFETIME_MS: Record<UserTokenPurpose, number> = {
  [UserTokenPurpose.INVITATION]: 72 * 3_600_000,
  [UserTokenPurpose.PASSWORD_RESET]: 3_600_000,
};

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a single-use token; the clear text goes only into the e-mailed link. */
export async function issueUserToken(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]);
  // A new link replaces any earlier unused one of the same kind.
  await manager.getRepository(UserToken).update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  await manager.getRepository(UserToken).insert({ userId, purpose, tokenHash: sha256(token), expiresAt });
  return { token, expiresAt };
}

/** Uses a token once: returns its user id, or null when it is unknown, used, expired or of another kind. */
export async function consumeUserToken(manager: EntityManager, token: string, purpose: UserTokenPurpose): Promise<string | null> {
  const tokens = manager.getRepository(UserToken);
  const row = await tokens.findOne({ where: { tokenHash: sha256(token), purpose }, lock: { mode: 'pessimistic_write' } });
  if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
  await tokens.update({ id: row.id }, { usedAt: new Date() });
  return row.userId;
}
