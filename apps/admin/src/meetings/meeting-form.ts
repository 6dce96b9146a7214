import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { FieldError, Language, toFieldErrors } from '@app/common';
import { CreateMeetingInput, DEFAULT_MEETING_TIME_ZONE, isSupportedTimeZone, MeetingDetails, MeetingKind, UpdateMeetingInput, validateMeeting } from '@app/meetings';
import { fieldErrors, list, text, typed } from '../forms';
import { Messages } from '../i18n/messages';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Empty agenda rows offered under the filled ones. */
const SPARE_AGENDA_ROWS = 3;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_TIME = /^\d{2}:\d{2}$/;

export interface AgendaRow {
  title: string;
  presenter: string;
  time: string;
  duration: string;
}

/** The meeting form as typed: strings only, so a refused form comes back exactly as it was sent. */
export interface MeetingFormValues {
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  city: string;
  venue: string;
  onlineUrl: string;
  description: string;
  version: string;
  agenda: AgendaRow[];
  invitedOrganizationIds: string[];
  invitedUserIds: string[];
}

export function emptyMeetingForm(): MeetingFormValues {
  return withSpareRows({
    title: '',
    kind: MeetingKind.NETWORK_MEETING,
    startsAt: '',
    endsAt: '',
    timeZone: DEFAULT_MEETING_TIME_ZONE,
    city: '',
    venue: '',
    onlineUrl: '',
    description: '',
    version: '',
    agenda: [],
    invitedOrganizationIds: [],
    invitedUserIds: [],
  });
}

export function readMeetingForm(body: Record<string, unknown>): MeetingFormValues {
  const titles = list(body.agendaTitle);
  const presenters = list(body.agendaPresenter);
  const times = list(body.agendaTime);
  const durations = list(body.agendaDuration);
  return {
    title: text(body.title),
    kind: text(body.kind),
    startsAt: text(body.startsAt),
    endsAt: text(body.endsAt),
    timeZone: text(body.timeZone) || DEFAULT_MEETING_TIME_ZONE,
    city: text(body.city),
    venue: text(body.venue),
    onlineUrl: text(body.onlineUrl),
    // Kept as typed (not trimmed), so that what is refused for its length is what was counted.
    description: typed(body.description),
    version: text(body.version),
    agenda: titles.map((title, index) => ({ title: title.trim(), presenter: (presenters[index] ?? '').trim(), time: (times[index] ?? '').trim(), duration: (durations[index] ?? '').trim() })),
    invitedOrganizationIds: list(body.invitedOrganizationIds),
    invitedUserIds: list(body.invitedUserIds),
  };
}

/** An existing meeting as its edit form shows it, times in the meeting's own zone. */
export function meetingFormOf({ meeting, agenda, invitedOrganizationIds, invitations }: MeetingDetails): MeetingFormValues {
  return withSpareRows({
    title: meeting.title,
    kind: meeting.kind,
    startsAt: toLocalInput(meeting.startsAt, meeting.timeZone),
    endsAt: toLocalInput(meeting.endsAt, meeting.timeZone),
    timeZone: meeting.timeZone,
    city: meeting.city ?? '',
    venue: meeting.venue ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    description: meeting.description,
    version: String(meeting.version),
    agenda: agenda.map((item) => ({
      title: item.title,
      presenter: item.presenterOrganizationId ?? '',
      time: item.startsAt ? dayjs(item.startsAt).tz(meeting.timeZone).format('HH:mm') : '',
      duration: item.durationMinutes ? String(item.durationMinutes) : '',
    })),
    invitedOrganizationIds,
    invitedUserIds: invitations.filter((i) => i.invited).map((i) => i.userId),
  });
}

/** Leaves room for more agenda points: the filled rows and a few empty ones. */
export function withSpareRows(values: MeetingFormValues): MeetingFormValues {
  const filled = values.agenda.filter(isFilled);
  return { ...values, agenda: [...filled, ...Array.from({ length: SPARE_AGENDA_ROWS }, () => ({ title: '', presenter: '', time: '', duration: '' }))] };
}

function isFilled(row: AgendaRow): boolean {
  return !!(row.title || row.time || row.duration);
}

export function toLocalInput(moment: Date, zone: string): string {
  return dayjs(moment).tz(zone).format('YYYY-MM-DDTHH:mm');
}

/** `2026-03-15T10:00` read as a wall-clock time in the zone; undefined when it is not one. */
export function fromLocalInput(value: string, zone: string): Date | undefined {
  if (!LOCAL_DATE_TIME.test(value)) return undefined;
  const parsed = dayjs.tz(value, 'YYYY-MM-DDTHH:mm', zone);
  return parsed.isValid() && parsed.tz(zone).format('YYYY-MM-DDTHH:mm') === value ? parsed.toDate() : undefined;
}

export interface ConvertedMeeting<T> {
  input?: T;
  errors: FieldError[];
}

/**
 * The form as the service's input, validated with the input's own class-validator rules and, so
 * that every mistake is named at once, with the service's rules on the fields together
 * (`validateMeeting`) and the future start of a new meeting. The service checks all of it again.
 */
export async function toMeetingInput<T extends CreateMeetingInput | UpdateMeetingInput>(type: new () => T, values: MeetingFormValues, now: Date): Promise<ConvertedMeeting<T>> {
  const creating = (type as unknown) === CreateMeetingInput;
  const zone = isSupportedTimeZone(values.timeZone) ? values.timeZone : DEFAULT_MEETING_TIME_ZONE;
  const startsAt = fromLocalInput(values.startsAt, zone);
  const endsAt = fromLocalInput(values.endsAt, zone);
  const startDay = startsAt ? dayjs(startsAt).tz(zone).format('YYYY-MM-DD') : undefined;
  const errors: FieldError[] = [];
  if (!startsAt) errors.push({ field: 'startsAt', reason: 'required', code: 'startsAt' });
  if (!endsAt) errors.push({ field: 'endsAt', reason: 'required', code: 'endsAtMissing' });

  // Rows keep their place in the form, so an error on the third point is shown on the third row.
  const rows = values.agenda.map((row, index) => ({ row, index })).filter(({ row }) => isFilled(row));
  const agenda = rows.map(({ row, index }) => {
    const time = row.time && startDay && LOCAL_TIME.test(row.time) ? fromLocalInput(`${startDay}T${row.time}`, zone) : undefined;
    if (row.time && !time && startDay) errors.push({ field: `agenda.${index}.startsAt`, reason: 'not a time' });
    return {
      title: row.title,
      presenterOrganizationId: row.presenter || undefined,
      startsAt: time,
      durationMinutes: row.duration ? Number(row.duration) : undefined,
    };
  });
  const plain = {
    title: values.title,
    kind: values.kind,
    startsAt,
    endsAt,
    timeZone: values.timeZone,
    city: values.city || null,
    venue: values.venue || null,
    onlineUrl: values.onlineUrl || null,
    description: values.description,
    agenda,
    invitedOrganizationIds: values.invitedOrganizationIds,
    invitedUserIds: values.invitedUserIds,
    ...(!creating && { version: Number(values.version) }),
  };
  const input = plainToInstance(type, plain);
  const agendaField = (field: string) => field.replace(/^agenda\.(\d+)\./, (_, n: string) => `agenda.${rows[Number(n)]?.index ?? n}.`);
  errors.push(...toFieldErrors(await validate(input, { whitelist: true })).map((e) => ({ ...e, field: agendaField(e.field) })));
  // Without both times, the rules on them wait for the times; the others (city, link, zone) are checked now.
  const timed = !!(startsAt && endsAt);
  const facts = { title: values.title, kind: values.kind as MeetingKind, startsAt: startsAt ?? now, endsAt: endsAt ?? new Date(now.getTime() + 1), timeZone: values.timeZone, city: plain.city, venue: plain.venue, onlineUrl: plain.onlineUrl };
  // An agenda point cannot be "within" a meeting that ends before it starts: that one error is enough.
  const together = validateMeeting(facts, timed && endsAt! > startsAt! ? agenda : []).filter((e) => timed || e.field !== 'endsAt');
  errors.push(...together.map((e) => ({ ...e, field: agendaField(e.field) })));
  if (creating && startsAt && startsAt.getTime() <= now.getTime()) errors.push({ field: 'startsAt', reason: 'a new meeting must start in the future', code: 'startsAtPast' });
  return errors.length ? { errors } : { input, errors };
}

/**
 * Field errors as the form shows them: one text per field in the page's language. Agenda errors
 * are keyed by row (`agenda.2`), others by their top field; the form code (`startsAtPast`) wins
 * over the field's own text, also for the service's refusal of a start in the past, which has none.
 */
export function meetingFieldErrors(fields: readonly FieldError[], t: Messages): Record<string, string> {
  const coded = fields.map((e) => (e.field === 'startsAt' && !e.code && /future/.test(e.reason) ? { ...e, code: 'startsAtPast' } : e));
  return fieldErrors(coded, t, 'meetingErr_', meetingFieldKey);
}

function meetingFieldKey(field: string): string {
  return field.startsWith('agenda.') ? field.split('.').slice(0, 2).join('.') : field.split('.')[0];
}

/** A meeting's times for people in Serbia: "čet 12. mar 2026. 10:00–14:00", in Belgrade time. */
export function formatMeetingTime(startsAt: Date, endsAt: Date, lang: Language): string {
  const locale = lang === Language.EN ? 'en-GB' : 'sr-Latn-RS';
  const zone = DEFAULT_MEETING_TIME_ZONE;
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay ? `${day.format(startsAt)} ${time.format(startsAt)}–${time.format(endsAt)}` : `${day.format(startsAt)} ${time.format(startsAt)} – ${day.format(endsAt)} ${time.format(endsAt)}`;
}

export function formatTime(moment: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === Language.EN ? 'en-GB' : 'sr-Latn-RS', { hour: '2-digit', minute: '2-digit', timeZone: DEFAULT_MEETING_TIME_ZONE }).format(moment);
}

export function formatDateTime(moment: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === Language.EN ? 'en-GB' : 'sr-Latn-RS', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: DEFAULT_MEETING_TIME_ZONE }).format(moment);
}

/** A `date` column (YYYY-MM-DD) as the language writes it, without moving it across a time zone. */
export function formatDay(day: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === Language.EN ? 'en-GB' : 'sr-Latn-RS', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
