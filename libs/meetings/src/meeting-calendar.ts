import ical, { ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { Meeting, meetingUid } from './meeting.entity';

dayjs.extend(utc);
dayjs.extend(timezone);

export type CalendarMethod = 'REQUEST' | 'CANCEL';

export interface MeetingCalendarInput {
  meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'city' | 'venue' | 'onlineUrl' | 'description' | 'sequence'>;
  method: CalendarMethod;
  /**
   * Who runs the meeting and receives iTIP replies from calendar programs: a person's mailbox,
   * with the portal's address (MAIL_FROM) as SENT-BY; or `Name <address>` alone.
   */
  organizer: string | { name: string; email: string; sentBy?: string };
  attendee: { email: string; name: string };
  /** Agenda lines appended to the description. */
  agenda?: string[];
  /** DTSTAMP: when this version of the invitation was made. */
  stamp: Date;
  /** The meeting in the portal. */
  url?: string;
}

/** Whether the time zone is one the .ics can describe (a VTIMEZONE exists) and Intl knows. */
export function isSupportedTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    return false;
  }
  return !!getVtimezoneComponent(name);
}

/** The meeting's place on one line: venue and city, or the online link. */
export function placeOf(meeting: Pick<Meeting, 'city' | 'venue' | 'onlineUrl'>): string {
  const physical = [meeting.venue, meeting.city].filter(Boolean).join(', ');
  return [physical, meeting.onlineUrl].filter(Boolean).join(' / ');
}

/**
 * One attendee's iCalendar object (RFC 5545 / iTIP RFC 5546): METHOD:REQUEST for an invitation or
 * an update, METHOD:CANCEL for a cancellation. UID is the meeting's for ever; SEQUENCE is the
 * meeting's, raised on every change of time or place, so calendars replace the earlier version.
 * Times are written in the meeting's own zone (DTSTART;TZID=...) with its VTIMEZONE.
 */
export function buildMeetingIcs({ meeting, method, organizer, attendee, agenda = [], stamp, url }: MeetingCalendarInput): string {
  const calendar = ical({
    prodId: { company: 'ASTRA', product: 'AT network portal', language: 'SR' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const description = [meeting.description, agenda.length ? agenda.join('\n') : ''].filter(Boolean).join('\n\n');
  const event = calendar.createEvent({
    id: meetingUid(meeting),
    sequence: meeting.sequence,
    stamp,
    start: dayjs(meeting.startsAt).tz(meeting.timeZone),
    end: dayjs(meeting.endsAt).tz(meeting.timeZone),
    timezone: meeting.timeZone,
    summary: meeting.title,
    location: placeOf(meeting) || null,
    description: description || null,
    organizer: organizer,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    url: url ?? null,
  });
  event.createAttendee({
    email: attendee.email,
    name: attendee.name,
    rsvp: method === 'REQUEST',
    status: ICalAttendeeStatus.NEEDSACTION,
  });
  return calendar.toString();
}
