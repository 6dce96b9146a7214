import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Language, languageOf } from '@app/common';
import { MeetingMailer } from './meeting-mailer';
import { MeetingErrorCode, MeetingException } from './meeting.exception';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { RSVP_STYLESHEET, rsvpConfirmPage, rsvpProblemPage, rsvpRecordedPage } from './rsvp-page';

const STATUS: Record<string, number> = {
  [MeetingErrorCode.RSVP_LINK_INVALID]: 400,
  [MeetingErrorCode.RSVP_LINK_EXPIRED]: 410,
  [MeetingErrorCode.RSVP_LINK_USED]: 409,
  [MeetingErrorCode.MEETING_CANCELLED]: 409,
};

/**
 * The answer links of invitation mails. `GET /meetings/rsvp?token=...` checks the signed token and
 * shows a page asking to confirm; only its button (`POST /meetings/rsvp`) records the answer, so
 * mail scanners and link previews that open the link answer nothing. Pages are in Serbian unless
 * Accept-Language prefers English.
 */
@Controller('meetings')
export class RsvpController {
  constructor(
    private readonly rsvp: MeetingRsvpService,
    private readonly mailer: MeetingMailer,
  ) {}

  /** The pages' stylesheet (RSVP_STYLESHEET_PATH), a file of its own because the strict policy allows no inline style. */
  @Get('rsvp.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  stylesheet(): string {
    return RSVP_STYLESHEET;
  }

  @Get('rsvp')
  async confirm(@Query('token') token: unknown, @Req() req: FastifyRequest, @Res() res: FastifyReply): Promise<void> {
    await this.answerPage(req, res, async (language) => {
      const text = typeof token === 'string' ? token : '';
      const { meeting, answer } = await this.rsvp.previewByToken(text);
      return rsvpConfirmPage(language, meeting.title, answer, text, '/meetings/rsvp');
    });
  }

  @Post('rsvp')
  @HttpCode(200)
  async answer(@Body() body: unknown, @Req() req: FastifyRequest, @Res() res: FastifyReply): Promise<void> {
    await this.answerPage(req, res, async (language) => {
      const token = (body as { token?: unknown } | undefined)?.token;
      const { meeting, answer, userId } = await this.rsvp.answerByToken(typeof token === 'string' ? token : '');
      return rsvpRecordedPage(language, meeting.title, answer, await this.mailer.meetingLinkFor(meeting.id, userId));
    });
  }

  private async answerPage(req: FastifyRequest, res: FastifyReply, render: (language: Language) => Promise<string>): Promise<void> {
    const language = languageOf(req);
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.header('Cache-Control', 'no-store');
    // The token is in the URL: no page this leads to may learn it from the Referer (the API's
    // security headers say so for every answer; this page must not depend on it). Its
    // Content-Security-Policy is the API's strict one.
    res.header('Referrer-Policy', 'no-referrer');
    res.header('Content-Language', language);
    try {
      res.status(200).send(await render(language));
    } catch (error) {
      if (!(error instanceof MeetingException)) throw error;
      res.status(STATUS[error.code] ?? 400).send(rsvpProblemPage(language, error.code));
    }
  }
}
