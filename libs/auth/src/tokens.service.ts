import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { UnauthenticatedException } from '@app/common';
import { AppConfig } from '@app/config';
import { RefreshToken, refreshTokens, User } from '@app/users';
import { Role } from '@app/policy';

export const ACCESS_TOKEN_AUDIENCE = 'at-portal-api';
export const ACCESS_TOKEN_ISSUER = 'at-portal';
/** Only this algorithm is accepted: a token claiming `none` or RS256 is refused. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

export interface AccessClaims {
  sub: string;
  org: string;
  role: Role;
  /** The user's token version when the token was issued. */
  ver: number;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** A new sign-in session: an access token and the first refresh token of a new family. */
  async issue(manager: EntityManager, user: User, familyId: string = randomUUID()): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await refreshTokens.insert(manager, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    const claims: AccessClaims = { sub: user.id, org: user.organizationId, role: user.role, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: ACCESS_TOKEN_ALGORITHM,
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: ACCESS_TOKEN_ISSUER,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
    });
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }

  /** Verifies signature, algorithm, audience, issuer and expiry; anything wrong is UNAUTHENTICATED. */
  async verifyAccess(token: string): Promise<AccessClaims> {
    try {
      return await this.jwt.verifyAsync<AccessClaims>(token, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        audience: ACCESS_TOKEN_AUDIENCE,
        issuer: ACCESS_TOKEN_ISSUER,
      });
    } catch {
      throw new UnauthenticatedException('INVALID_ACCESS_TOKEN', 'The access token is invalid or expired');
    }
  }

  /** Ends the session a refresh token belongs to (its whole family); gives the owner's id when there was one. */
  async revoke(manager: EntityManager, refreshToken: string): Promise<string | null> {
    const token = await refreshTokens.byHash(manager, sha256(refreshToken));
    if (!token) return null;
    await refreshTokens.revokeFamily(manager, token.familyId);
    return token.userId;
  }

  /**
   * Exchanges a refresh token for a new pair in the same family. A token already rotated is
   * being replayed, by a thief or after a thief: the whole family is revoked.
   * Returns null after revoking, so the caller can commit the revocation and then refuse.
   */
  async rotate(manager: EntityManager, refreshToken: string): Promise<{ token: RefreshToken } | { reused: RefreshToken } | null> {
    const token = await refreshTokens.byHash(manager, sha256(refreshToken), { lock: true });
    if (!token || token.revokedAt || token.expiresAt <= new Date()) return null;
    if (token.rotatedAt) {
      await refreshTokens.revokeFamily(manager, token.familyId);
      return { reused: token };
    }
    await refreshTokens.markRotated(manager, token.id);
    return { token };
  }
}
