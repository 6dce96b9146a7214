import { Body, Controller, Get, Header, HttpCode, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorKind, InvalidInputException } from '@app/common';
import { AccountService } from '@app/users';
import { typed } from './forms';
import { Messages } from './i18n/messages';
import { pageContext } from './page';

interface SetPasswordForm {
  token?: string;
  password?: string;
  confirm?: string;
}

type Purpose = 'invitation' | 'reset-password';

/**
 * The pages the e-mailed links open: set the first password from an invitation, or a new one
 * from a reset link; and the page that asks for a reset link. The single-use token in the form is what authorizes the change, so a
 * forged cross-site form cannot use it; pages are never cached and never send a referrer.
 */
@Controller()
export class AccountPagesController {
  constructor(private readonly account: AccountService) {}

  @Get('invitation')
  @Render('set-password')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  invitationForm(@Req() req: Request, @Query('token') token?: string, @Query('lang') lang?: string) {
    return this.view('invitation', req, lang, token);
  }

  @Post('invitation')
  @HttpCode(200)
  @Render('set-password')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  acceptInvitation(@Req() req: Request, @Body() form: SetPasswordForm, @Query('lang') lang?: string) {
    return this.submit('invitation', req, lang, form, (token, password) => this.account.acceptInvitation(token, password));
  }

  @Get('reset-password')
  @Render('set-password')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  resetForm(@Req() req: Request, @Query('token') token?: string, @Query('lang') lang?: string) {
    return this.view('reset-password', req, lang, token);
  }

  @Post('reset-password')
  @HttpCode(200)
  @Render('set-password')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  resetPassword(@Req() req: Request, @Body() form: SetPasswordForm, @Query('lang') lang?: string) {
    return this.submit('reset-password', req, lang, form, (token, password) => this.account.resetPassword(token, password));
  }

  /** Asks for a reset link; the answer is the same, after the same time, whether or not the address has an account. */
  @Get('forgot-password')
  @Render('forgot-password')
  @Header('Cache-Control', 'no-store')
  forgotForm(@Req() req: Request) {
    const page = pageContext(req);
    return { ...page, title: page.t.forgotHeading };
  }

  @Post('forgot-password')
  @HttpCode(200)
  @Render('forgot-password')
  @Header('Cache-Control', 'no-store')
  async requestReset(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Body() form: { email?: unknown }) {
    const page = pageContext(req);
    const email = typed(form.email, 254).trim();
    if (!email) return { ...page, title: page.t.forgotHeading, error: page.t.forgotEmailMissing };
    try {
      await this.account.requestPasswordReset(email, req.ip);
    } catch (error) {
      if (!(error instanceof DomainException && error.kind === ErrorKind.TOO_MANY_REQUESTS)) throw error;
      res.status(429);
      return { ...page, title: page.t.forgotHeading, error: page.t.signInTooMany, email };
    }
    return { ...page, title: page.t.forgotHeading, sent: page.t.forgotSent.replace('{email}', email) };
  }

  private view(purpose: Purpose, req: Request, _lang: string | undefined, token: string | undefined, extra: { error?: string; done?: boolean } = {}) {
    const page = pageContext(req);
    const { t } = page;
    const invitation = purpose === 'invitation';
    return {
      ...page,
      heading: invitation ? t.invitationHeading : t.resetHeading,
      intro: invitation ? t.invitationIntro : t.resetIntro,
      action: `/${purpose}`,
      token: token ?? '',
      error: token || extra.done ? extra.error : t.linkMissing,
      done: extra.done ?? false,
    };
  }

  private async submit(purpose: Purpose, req: Request, lang: string | undefined, form: SetPasswordForm, apply: (token: string, password: string) => Promise<unknown>) {
    const { t } = pageContext(req);
    const token = typed(form.token, 200);
    const password = typed(form.password);
    if (password !== form.confirm) return this.view(purpose, req, lang, token, { error: t.passwordsDiffer });
    try {
      await apply(token, password);
      return this.view(purpose, req, lang, token, { done: true });
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      const known = error.fields.map((f) => (f.code && f.code in t ? t[f.code as keyof Messages] : null));
      return this.view(purpose, req, lang, token, { error: known.every(Boolean) ? known.join(' ') : t.LINK_INVALID });
    }
  }
}
