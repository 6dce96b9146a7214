import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, auditActor, AuditService } from '@app/audit';
import { UnauthenticatedException } from '@app/common';
import { endAllSessions, SignInRateLimiter, User, UsersService, verifyPassword } from '@app/users';
import { Actor } from '@app/policy';
import { TokenPair, TokensService } from './tokens.service';

/**
 * After this many failures in a row an account waits, twice as long after each further failure,
 * but never long: it slows guessing (with the per-account attempt limit) without keeping the owner
 * out, and a password reset lifts it at once.
 */
const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 5 * 60_000;

const INVALID_CREDENTIALS = () => new UnauthenticatedException('INVALID_CREDENTIALS', 'The e-mail address or the password is wrong');

export interface SignedIn extends TokenPair {
  user: User;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly limiter: SignInRateLimiter,
    private readonly users: UsersService,
  ) {}

  /**
   * Checks an e-mail and password. Every failure gets the same answer, after the same work,
   * whether or not the address has an account, is locked or is deactivated.
   */
  async validateCredentials(email: string, password: string, ip: string | undefined): Promise<User> {
    // Counted per attempt, before anything depends on the account: aliases and batches each count
    // (a successful attempt is given back below).
    await this.limiter.consume('sign_in', { ip, email }).catch(async (error: unknown) => {
      await this.audit.record({ action: AuditAction.AUTH_SIGN_IN_FAILED, summary: 'too many attempts' });
      throw error;
    });
    const user = await this.users.findByEmail(email);
    const passwordOk = await verifyPassword(user?.passwordHash, password);
    if (!user) {
      // The address is not recorded: it may be a person's mistyped e-mail.
      await this.audit.record({ action: AuditAction.AUTH_SIGN_IN_FAILED, summary: 'unknown account' });
      throw INVALID_CREDENTIALS();
    }
    const locked = user.lockedUntil !== null && user.lockedUntil > new Date();
    if (!passwordOk || locked || !user.active) {
      if (!passwordOk) await this.recordFailure(user);
      const reason = !passwordOk ? 'wrong password' : locked ? 'account locked' : 'account deactivated';
      await this.audit.record({ action: AuditAction.AUTH_SIGN_IN_FAILED, actor: actorOf(user), entityType: 'User', entityId: user.id, summary: reason });
      throw INVALID_CREDENTIALS();
    }
    await this.dataSource.transaction(async (manager) => {
      await this.users.recordSignIn(user.id, manager);
      await this.audit.record({ action: AuditAction.AUTH_SIGN_IN, actor: actorOf(user), entityType: 'User', entityId: user.id }, manager);
    });
    // Only failures count against the limits.
    await this.limiter.forgive('sign_in', { ip, email });
    return user;
  }

  signIn(user: User): Promise<SignedIn> {
    return this.dataSource.transaction(async (manager) => ({ ...(await this.tokens.issue(manager, user)), user }));
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const result = await this.dataSource.transaction(async (manager) => {
      const rotated = await this.tokens.rotate(manager, refreshToken);
      if (!rotated) return null;
      if ('reused' in rotated) {
        // The family's access tokens carry no family id: raising the user's token version stops
        // them (and the user's other access tokens) at once; other sessions refresh as usual.
        await this.users.raiseTokenVersion(rotated.reused.userId, manager);
        const owner = await this.users.findById(rotated.reused.userId, manager);
        await this.audit.record(
          { action: AuditAction.AUTH_REFRESH_REUSE_DETECTED, actor: owner && actorOf(owner), entityType: 'User', entityId: rotated.reused.userId, summary: 'session family revoked, access tokens ended' },
          manager,
        );
        return null;
      }
      const user = await this.users.activeById(rotated.token.userId, manager);
      if (!user) return null;
      return { ...(await this.tokens.issue(manager, user, rotated.token.familyId)), user };
    });
    if (!result) throw new UnauthenticatedException('INVALID_REFRESH_TOKEN', 'Sign in again');
    return result;
  }

  /** Ends all of the user's sessions: earlier access and refresh tokens stop working at once. */
  async signOut(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await endAllSessions(manager, actor.id);
      await this.audit.record({ action: AuditAction.AUTH_SIGN_OUT, actor: auditActor(actor), entityType: 'User', entityId: actor.id }, manager);
    });
  }

  /** Ends the one session a browser holds (sign-out in the web app); other devices stay signed in. */
  async signOutSession(refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.revoke(manager, refreshToken);
      if (!userId) return;
      const user = await this.users.findById(userId, manager);
      await this.audit.record({ action: AuditAction.AUTH_SIGN_OUT, actor: user && actorOf(user), entityType: 'User', entityId: userId, summary: 'one browser session' }, manager);
    });
  }

  /** The actor behind a verified access token, if the account is active and the token not revoked. */
  async actorFor(accessToken: string): Promise<Actor> {
    const claims = await this.tokens.verifyAccess(accessToken);
    // Every request comes through here.
    const user = await this.users.sessionIdentity(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.ver) {
      throw new UnauthenticatedException('INVALID_ACCESS_TOKEN', 'The access token is invalid or expired');
    }
    return { id: user.id, organizationId: user.organizationId, role: user.role };
  }

  private async recordFailure(user: User): Promise<void> {
    const failures = user.failedSignIns + 1;
    const lockMs = failures >= FREE_FAILURES ? Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS) : 0;
    await this.users.recordFailedSignIn(user.id, failures, lockMs ? new Date(Date.now() + lockMs) : user.lockedUntil);
  }
}

function actorOf(user: Pick<User, 'id' | 'organizationId'>) {
  return { userId: user.id, organizationId: user.organizationId };
}
