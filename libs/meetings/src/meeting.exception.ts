import { DomainException, ErrorKind } from '@app/common';

export enum MeetingErrorCode {
  STALE_VERSION = 'STALE_VERSION',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  RSVP_LINK_INVALID = 'RSVP_LINK_INVALID',
  RSVP_LINK_EXPIRED = 'RSVP_LINK_EXPIRED',
  RSVP_LINK_USED = 'RSVP_LINK_USED',
}

const KIND: Record<MeetingErrorCode, ErrorKind> = {
  [MeetingErrorCode.STALE_VERSION]: ErrorKind.CONFLICT,
  [MeetingErrorCode.MEETING_CANCELLED]: ErrorKind.CONFLICT,
  [MeetingErrorCode.RSVP_LINK_INVALID]: ErrorKind.BAD_USER_INPUT,
  [MeetingErrorCode.RSVP_LINK_EXPIRED]: ErrorKind.CONFLICT,
  [MeetingErrorCode.RSVP_LINK_USED]: ErrorKind.CONFLICT,
};

const MESSAGES: Record<MeetingErrorCode, string> = {
  [MeetingErrorCode.STALE_VERSION]: 'Someone saved this meeting after you opened it: reload it and apply your change again',
  [MeetingErrorCode.MEETING_CANCELLED]: 'This meeting was cancelled: it can no longer change or be answered',
  [MeetingErrorCode.RSVP_LINK_INVALID]: 'This answer link is not valid',
  [MeetingErrorCode.RSVP_LINK_EXPIRED]: 'This answer link has expired',
  [MeetingErrorCode.RSVP_LINK_USED]: 'This answer link has already been used',
};

export class MeetingException extends DomainException {
  constructor(code: MeetingErrorCode, message = MESSAGES[code]) {
    super(KIND[code], code, message);
  }
}
