import { buildMeetingIcs, isSupportedTimeZone } from './meeting-calendar';

/** Unfolds RFC 5545 line folding, so a long property reads as one line. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe(buildMeetingIcs.name, () => {
  const meeting = {
    id: '6f1c1b4e-8a0e-4c1e-9a55-2f5b1f0c9d11',
    title: 'Sastanak mreže; Beograd, 2026',
    startsAt: new Date('2026-03-15T09:00:00Z'),
    endsAt: new Date('2026-03-15T11:30:00Z'),
    timeZone: 'Europe/Belgrade',
    city: 'Beograd',
    venue: 'Hotel Palas',
    onlineUrl: null,
    description: 'Godišnji sastanak',
    sequence: 0,
  };
  const base = { organizer: 'AT mreža <no-reply@at-portal.local>', attendee: { email: 'ana@example.org', name: 'Ana Anić' }, stamp: new Date('2026-01-10T08:00:00Z') };

  it('writes a REQUEST with the stable UID, SEQUENCE, and start and end in the meeting\'s own time zone', () => {
    const ics = lines(buildMeetingIcs({ ...base, meeting, method: 'REQUEST', agenda: ['1. 10:00 Otvaranje (ASTRA)'] }));
    expect(ics).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        `UID:meeting-${meeting.id}@at-portal`,
        'SEQUENCE:0',
        'DTSTAMP:20260110T080000Z',
        // 09:00 UTC is 10:00 in Belgrade in March (CET, UTC+1).
        'DTSTART;TZID=Europe/Belgrade:20260315T100000',
        'DTEND;TZID=Europe/Belgrade:20260315T123000',
        'TZID:Europe/Belgrade',
        'BEGIN:VTIMEZONE',
        'SUMMARY:Sastanak mreže\\; Beograd\\, 2026',
        'LOCATION:Hotel Palas\\, Beograd',
        'STATUS:CONFIRMED',
      ]),
    );
    expect(ics.find((l) => l.startsWith('ATTENDEE'))).toMatch(/RSVP=TRUE.*mailto:ana@example\.org/i);
    expect(ics.find((l) => l.startsWith('DESCRIPTION'))).toContain('Otvaranje (ASTRA)');
  });

  it('keeps the UID and carries the higher SEQUENCE of an update, and METHOD:CANCEL for a cancellation', () => {
    const update = lines(buildMeetingIcs({ ...base, meeting: { ...meeting, sequence: 1, startsAt: new Date('2026-07-01T07:00:00Z'), endsAt: new Date('2026-07-01T09:00:00Z') }, method: 'REQUEST' }));
    expect(update).toEqual(expect.arrayContaining([`UID:meeting-${meeting.id}@at-portal`, 'SEQUENCE:1', 'DTSTART;TZID=Europe/Belgrade:20260701T090000']));
    const cancel = lines(buildMeetingIcs({ ...base, meeting: { ...meeting, sequence: 2 }, method: 'CANCEL' }));
    expect(cancel).toEqual(expect.arrayContaining(['METHOD:CANCEL', `UID:meeting-${meeting.id}@at-portal`, 'SEQUENCE:2', 'STATUS:CANCELLED']));
  });

  it('writes another zone for a study visit abroad', () => {
    const ics = lines(buildMeetingIcs({ ...base, meeting: { ...meeting, timeZone: 'Europe/London' }, method: 'REQUEST' }));
    expect(ics).toContain('DTSTART;TZID=Europe/London:20260315T090000');
  });
});

describe(isSupportedTimeZone.name, () => {
  it('accepts IANA zones and refuses anything else', () => {
    expect(isSupportedTimeZone('Europe/Belgrade')).toBe(true);
    expect(isSupportedTimeZone('Mars/Olympus')).toBe(false);
    expect(isSupportedTimeZone('')).toBe(false);
  });
});
