import { Body, Controller, Get, HttpCode, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '@app/auth';
import { DomainException, ErrorKind } from '@app/common';
import { AppConfig } from '@app/config';
import { mayUseAdminApp } from './admin-user.guard';
import { typed } from './forms';
import { pageContext } from './page';

interface SignInForm {
  email?: string;
  password?: string;
  next?: string;
}

/** Sign-in with the portal's accounts (same checks, limits and audit as the API) into a server-side session. */
@Controller()
export class SignInController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Get('sign-in')
  @Render('sign-in')
  form(@Req() req: Request, @Query('next') next?: string) {
    return { ...pageContext(req), title: pageContext(req).t.signInHeading, next: safeNext(next) };
  }

  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Req() req: Request, @Res() res: Response, @Body() form: SignInForm) {
    const page = pageContext(req);
    const email = typed(form.email, 254);
    const password = typed(form.password, 128);
    try {
      const user = await this.auth.validateCredentials(email, password, req.ip);
      if (!mayUseAdminApp(user)) {
        // Member staff (and partners, evaluators) work in the web app the API serves: point them there.
        const webAppUrl = `${this.config.API_PUBLIC_URL.replace(/\/$/, '')}/sign-in`;
        return res.status(403).render('sign-in', { ...page, error: page.t.signInUseWebApp, webAppUrl, email });
      }
      // A new session id at sign-in, so a session fixed before it is worth nothing.
      await new Promise<void>((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
      req.session.userId = user.id;
      req.session.tokenVersion = user.tokenVersion;
      // Stored before the redirect goes out: express-session would otherwise send the 303's headers
      // while still writing, and the browser's next request could find no session yet.
      await new Promise<void>((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
      return res.redirect(303, safeNext(form.next) || '/dashboard');
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const message = error.kind === ErrorKind.TOO_MANY_REQUESTS ? page.t.signInTooMany : page.t.signInFailed;
      return res.status(error.kind === ErrorKind.TOO_MANY_REQUESTS ? 429 : 401).render('sign-in', { ...page, error: message, email, next: safeNext(form.next) });
    }
  }

  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response) {
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie('atp.sid');
    res.redirect(303, '/sign-in');
  }
}

/** Only a path on this site: never an open redirect to another one. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : '';
}
