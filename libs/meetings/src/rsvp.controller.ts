import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf } from '@app/common';
import { MeetingMailer } from './meeting-mailer';
import { MeetingErrorCode, MeetingException } from './meeting.exception';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { rsvpProblemPage, rsvpRecordedPage } from './rsvp-page';

const STATUS: Record<string, number> = {
  [MeetingErrorCode.RSVP_LINK_INVALID]: 400,
  [MeetingErrorCode.RSVP_LINK_EXPIRED]: 410,
  [MeetingErrorCode.RSVP_LINK_USED]: 409,
  [MeetingErrorCode.MEETING_CANCELLED]: 409,
};

/**
 * The answer links of invitation mails: `GET /meetings/rsvp?token=...` records the answer the
 * signed token carries and shows a small page, in Serbian unless Accept-Language prefers English.
 */
@Controller('meetings')
export class RsvpController {
  constructor(
    private readonly rsvp: MeetingRsvpService,
    private readonly mailer: MeetingMailer,
  ) {}

  @Get('rsvp')
  async answer(@Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = languageOf(req);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The token is in the URL: no page this leads to may learn it from the Referer.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    res.setHeader('Content-Language', language);
    try {
      const { meeting, answer } = await this.rsvp.answerByToken(typeof token === 'string' ? token : '');
      res.status(200).send(rsvpRecordedPage(language, meeting.title, answer, this.mailer.meetingLink(meeting.id)));
    } catch (error) {
      if (!(error instanceof MeetingException)) throw error;
      res.status(STATUS[error.code] ?? 400).send(rsvpProblemPage(language, error.code));
    }
  }
}
