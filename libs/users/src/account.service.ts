import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, auditActor, AuditService } from '@app/audit';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords';
import { SignInRateLimiter } from './rate-limit';
import type { Actor } from '@app/policy';
import { InvalidInputException, UnauthenticatedException, withMinimumDuration } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { accountLink } from './account-links';
import { endAllSessions } from './sessions';
import { UserTokenPurpose } from './user-token.entity';
import { User } from './user.entity';
import { consumeUserToken, issueUserToken } from './user-tokens';

/** Long enough to cover the database work of a reset request for an existing account. */
const RESET_REQUEST_FLOOR_MS = 250;

const INVALID_LINK = (field: string) => InvalidInputException.field(field, 'the link is invalid, already used or expired; ask for a new one', 'LINK_INVALID');

/** A person's own account: accepting an invitation, resetting and changing the password. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly limiter: SignInRateLimiter,
  ) {}

  /** Sets the first password from an invitation link; the link works once. Gives the account, to sign it in. */
  acceptInvitation(token: string, password: string): Promise<User> {
    return this.setPasswordWithToken(token, password, UserTokenPurpose.INVITATION, AuditAction.USER_CREATED);
  }

  /**
   * Sets a new password from a reset link; every earlier session ends. It also lifts the account's
   * lockout and its sign-in attempt limit: whoever reads the owner's mail is the owner. Gives the account, to sign it in.
   */
  async resetPassword(token: string, password: string): Promise<User> {
    const user = await this.setPasswordWithToken(token, password, UserTokenPurpose.PASSWORD_RESET, AuditAction.AUTH_PASSWORD_CHANGED);
    await this.limiter.clearAccount('sign_in', user.email);
    return user;
  }

  /**
   * Mails a one-hour reset link when the address belongs to an active account that has a
   * password. The caller always gets the same answer, after the same time (the API's mutation
   * and the admin app's form alike), so nobody learns whether an address has an account.
   */
  requestPasswordReset(email: string, ip: string | undefined): Promise<void> {
    return withMinimumDuration(RESET_REQUEST_FLOOR_MS, () => this.mailResetLink(email, ip));
  }

  private async mailResetLink(email: string, ip: string | undefined): Promise<void> {
    await this.limiter.consume('password_reset', { ip, email }).catch(async (error: unknown) => {
      await this.audit.record({ action: AuditAction.AUTH_PASSWORD_RESET_REQUESTED, summary: 'too many attempts' });
      throw error;
    });
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneBy({ email: email.trim().toLowerCase(), active: true });
      if (!user?.passwordHash) {
        // Audited too, without the address: it may be someone's mistyped e-mail.
        await this.audit.record({ action: AuditAction.AUTH_PASSWORD_RESET_REQUESTED, summary: 'no active account with a password' }, manager);
        return;
      }
      const { token, expiresAt } = await issueUserToken(manager, user.id, UserTokenPurpose.PASSWORD_RESET);
      await this.mail.enqueue(manager, {
        to: user.email,
        language: user.language,
        template: 'password-reset',
        params: { link: accountLink(this.config, user.role, 'reset-password', token), expiresAt: expiresAt.toISOString() },
        idempotencyKey: `password-reset:${user.id}:${token.slice(0, 16)}`,
      });
      await this.audit.record({ action: AuditAction.AUTH_PASSWORD_RESET_REQUESTED, actor: { userId: user.id, organizationId: user.organizationId }, entityType: 'User', entityId: user.id }, manager);
    });
  }

  /** Changes the signed-in user's password after checking the current one; other sessions end. */
  async changePassword(actor: Actor | null, currentPassword: string, newPassword: string): Promise<void> {
    if (!actor) throw new UnauthenticatedException();
    assertAcceptablePassword(newPassword, 'newPassword');
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw InvalidInputException.field('currentPassword', 'is not your current password');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update({ id: user.id }, { passwordHash, failedSignIns: 0, lockedUntil: null });
      await endAllSessions(manager, user.id);
      await this.audit.record({ action: AuditAction.AUTH_PASSWORD_CHANGED, actor: auditActor(actor), entityType: 'User', entityId: user.id, changedFields: ['passwordHash'] }, manager);
    });
  }

  private async setPasswordWithToken(token: string, password: string, purpose: UserTokenPurpose, action: AuditAction): Promise<User> {
    assertAcceptablePassword(password, 'password');
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const userId = await consumeUserToken(manager, token, purpose);
      if (!userId) throw INVALID_LINK('token');
      const user = await manager.getRepository(User).findOneBy({ id: userId, active: true });
      if (!user) throw INVALID_LINK('token');
      await manager.getRepository(User).update({ id: userId }, { passwordHash, failedSignIns: 0, lockedUntil: null });
      await endAllSessions(manager, userId);
      await this.audit.record({ action, actor: { userId, organizationId: user.organizationId }, entityType: 'User', entityId: userId, changedFields: ['passwordHash'] }, manager);
      return manager.getRepository(User).findOneByOrFail({ id: userId });
    });
  }
}
