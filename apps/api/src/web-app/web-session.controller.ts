import { Body, Controller, Delete, Headers, HttpCode, Post, Req, Res, UseFilters } from '@nestjs/common';
import { parse as parseCookies, serialize as serializeCookie, SerializeOptions } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService, SignedIn } from '@app/auth';
import { InvalidInputException } from '@app/common';
import { AppConfig } from '@app/config';
import { AccountService } from '@app/users';
import { WebSessionErrorFilter } from './web-session-error.filter';

/** The refresh cookie goes only to this path: no other request of the site ever carries it. */
export const REFRESH_PATH = '/auth/refresh';
export const REFRESH_COOKIE = 'atp_refresh';
/** Sent by the web app on every session request; a cross-site form cannot set it (and a script would need CORS, which is off). */
export const CLIENT_HEADER = 'x-portal-client';

interface Credentials {
  email?: unknown;
  password?: unknown;
}

interface TokenAndPassword {
  token?: unknown;
  password?: unknown;
}

/**
 * Browser sessions of the web app: the access token is answered in the body (the app keeps it in
 * memory only), the refresh token in an httpOnly, SameSite=Strict cookie scoped to REFRESH_PATH,
 * rotated on every refresh exactly like `refreshSession`. Every request must be JSON and carry
 * CLIENT_HEADER, so none can be forged by another site.
 */
@Controller('auth')
@UseFilters(WebSessionErrorFilter)
export class WebSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly config: AppConfig,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply, @Body() body: Credentials) {
    assertSameSiteClient(req);
    const email = text(body?.email, 'email', 254);
    const password = text(body?.password, 'password', 128);
    const user = await this.auth.validateCredentials(email, password, req.ip);
    return this.answer(res, await this.auth.signIn(user));
  }

  @Post('invitation')
  @HttpCode(200)
  async acceptInvitation(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply, @Body() body: TokenAndPassword) {
    assertSameSiteClient(req);
    const user = await this.account.acceptInvitation(text(body?.token, 'token', 200), text(body?.password, 'password', 128));
    return this.answer(res, await this.auth.signIn(user));
  }

  @Post('reset-password')
  @HttpCode(200)
  async resetPassword(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply, @Body() body: TokenAndPassword) {
    assertSameSiteClient(req);
    const user = await this.account.resetPassword(text(body?.token, 'token', 200), text(body?.password, 'password', 128));
    return this.answer(res, await this.auth.signIn(user));
  }

  /**
   * A new access token for the browser's refresh cookie. A browser without the cookie is simply
   * not signed in (every visit to the sign-in page asks): 204 and no body, not an error the
   * browser's console would log. A cookie that no longer works is refused (401) and removed.
   */
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply, @Headers('cookie') cookies?: string) {
    assertSameSiteClient(req);
    const token = readCookie(cookies, REFRESH_COOKIE);
    if (!token) {
      res.status(204).header('Cache-Control', 'no-store');
      return;
    }
    try {
      return this.answer(res, await this.auth.refresh(token));
    } catch (error) {
      this.clearCookie(res);
      throw error;
    }
  }

  /** Sign-out: the session this browser holds is revoked and its cookie removed. */
  @Delete('refresh')
  @HttpCode(204)
  async signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply, @Headers('cookie') cookies?: string) {
    assertSameSiteClient(req);
    const token = readCookie(cookies, REFRESH_COOKIE);
    if (token) await this.auth.signOutSession(token);
    this.clearCookie(res);
  }

  private answer(res: FastifyReply, session: SignedIn) {
    const maxAge = this.config.REFRESH_TOKEN_TTL_DAYS * 86_400;
    res.header('Set-Cookie', serializeCookie(REFRESH_COOKIE, session.refreshToken, { ...this.cookieOptions(), maxAge, expires: new Date(Date.now() + maxAge * 1000) }));
    res.header('Cache-Control', 'no-store');
    return { accessToken: session.accessToken, expiresIn: session.expiresIn };
  }

  /** The browser removes a cookie whose expiry has passed. */
  private clearCookie(res: FastifyReply): void {
    res.header('Set-Cookie', serializeCookie(REFRESH_COOKIE, '', { ...this.cookieOptions(), expires: new Date(0) }));
  }

  private cookieOptions(): SerializeOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.config.isProduction, path: REFRESH_PATH };
  }
}

function assertSameSiteClient(req: FastifyRequest): void {
  const json = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
  if (!json || req.headers[CLIENT_HEADER] !== 'web') {
    throw InvalidInputException.field('request', `must be JSON and carry the ${CLIENT_HEADER}: web header`, 'NOT_SAME_SITE_CLIENT');
  }
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0) throw InvalidInputException.field(field, 'is required');
  if (value.length > max) throw InvalidInputException.field(field, `must be at most ${max} characters`);
  return value;
}

function readCookie(header: string | undefined, name: string): string | null {
  return (header && parseCookies(header)[name]) || null;
}
