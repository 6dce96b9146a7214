import { Language } from '@app/common';
import { formatMoment, layout, MailCalendar, MailTemplate, RenderedMail, requireParams } from './mail-template';

/** What a meeting mail says: the meeting's public facts, links, and the .ics made when the mail was queued. */
export interface MeetingMailParams {
  title: string;
  /** ISO 8601 instants, shown in the meeting's own `timeZone` (IANA). */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Venue and city, or the online link. */
  place: string;
  /** The meeting in the portal. */
  link: string;
  /** The whole VCALENDAR, with the METHOD this mail needs; a snapshot, so a late delivery never shows a later version. */
  ics: string;
}

export interface MeetingInvitationParams extends MeetingMailParams {
  /** "yes" for an update of a meeting already announced (new time or place). */
  update: 'yes' | 'no';
  /** Signed single-use links that record an answer. */
  yesLink: string;
  noLink: string;
  maybeLink: string;
}

export interface MeetingReminderParams extends MeetingMailParams {
  /** Agenda lines ("10:00 Otvaranje (ASTRA)"), separated by newlines; may be empty. */
  agenda?: string;
}

export interface ActionItemReminderParams {
  description: string;
  /** YYYY-MM-DD */
  dueOn: string;
  meetingTitle: string;
  /** ISO 8601: when the meeting that decided it began. */
  meetingStartsAt: string;
  organization: string;
  link: string;
}

const MEETING_KEYS: (keyof MeetingMailParams)[] = ['title', 'startsAt', 'endsAt', 'timeZone', 'place', 'link', 'ics'];

function calendar(ics: string, method: MailCalendar['method']): MailCalendar {
  if (!ics.startsWith('BEGIN:VCALENDAR') || !ics.includes(`METHOD:${method}`)) throw new Error(`Mail parameter "ics" must be a VCALENDAR with METHOD:${method}`);
  return { method, content: ics, filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics' };
}

const when = (p: MeetingMailParams, language: Language) => `${formatMoment(p.startsAt, language, p.timeZone)} – ${formatMoment(p.endsAt, language, p.timeZone)} (${p.timeZone})`;

/** To each person invited by name: a new meeting, or a change of its time or place (same UID, higher SEQUENCE). */
export const meetingInvitationTemplate: MailTemplate<MeetingInvitationParams> = (p, language): RenderedMail => {
  requireParams(p, [...MEETING_KEYS, 'update', 'yesLink', 'noLink', 'maybeLink']);
  const update = p.update === 'yes';
  const body =
    language === Language.EN
      ? layout(language, {
          subject: `${update ? 'AT network – meeting changed' : 'AT network – invitation'}: ${p.title}`,
          greeting: 'Dear colleagues,',
          paragraphs: [
            update ? `The time or place of "${p.title}" has changed. The new details:` : `You are invited to "${p.title}".`,
            `When: ${when(p, language)}`,
            `Where: ${p.place}`,
            'The attached invitation adds the meeting to your calendar. Please let us know whether you will come: each link below records your answer once.',
          ],
          action: { label: 'Open the meeting in the portal', link: p.link },
          links: [
            { label: 'Yes, I will come', link: p.yesLink },
            { label: 'No, I cannot come', link: p.noLink },
            { label: 'Maybe', link: p.maybeLink },
          ],
          closing: ['You can also answer in the portal.'],
        })
      : layout(language, {
          subject: `${update ? 'AT mreža – izmena sastanka' : 'AT mreža – poziv'}: ${p.title}`,
          greeting: 'Poštovane koleginice i kolege,',
          paragraphs: [
            update ? `Promenjeno je vreme ili mesto održavanja: „${p.title}”. Novi podaci:` : `Pozivamo vas na: „${p.title}”.`,
            `Vreme: ${when(p, language)}`,
            `Mesto: ${p.place}`,
            'Priloženi poziv dodaje sastanak u vaš kalendar. Molimo vas da nam javite da li dolazite: svaka veza ispod beleži vaš odgovor jednom.',
          ],
          action: { label: 'Otvorite sastanak na portalu', link: p.link },
          links: [
            { label: 'Da, dolazim', link: p.yesLink },
            { label: 'Ne, ne mogu da dođem', link: p.noLink },
            { label: 'Možda', link: p.maybeLink },
          ],
          closing: ['Odgovor možete dati i na portalu.'],
        });
  return { ...body, calendar: calendar(p.ics, 'REQUEST') };
};

/** To each person invited by name when the meeting is cancelled (METHOD:CANCEL), or they are taken off the list. */
export const meetingCancelledTemplate: MailTemplate<MeetingMailParams> = (p, language): RenderedMail => {
  requireParams(p, MEETING_KEYS);
  const body =
    language === Language.EN
      ? layout(language, {
          subject: `AT network – cancelled: ${p.title}`,
          greeting: 'Dear colleagues,',
          paragraphs: [`"${p.title}", planned for ${when(p, language)}, will not take place for you: it was cancelled or you are no longer invited.`],
          action: { label: 'Open the meeting in the portal', link: p.link },
          closing: ['The attached cancellation removes it from your calendar.'],
        })
      : layout(language, {
          subject: `AT mreža – otkazano: ${p.title}`,
          greeting: 'Poštovane koleginice i kolege,',
          paragraphs: [`„${p.title}”, planirano za ${when(p, language)}, neće se održati za vas: otkazano je ili više niste na spisku pozvanih.`],
          action: { label: 'Otvorite sastanak na portalu', link: p.link },
          closing: ['Priloženo otkazivanje uklanja sastanak iz vašeg kalendara.'],
        });
  return { ...body, calendar: calendar(p.ics, 'CANCEL') };
};

/** To invitees who have not declined, some time before the meeting: when, where, the agenda, and the .ics again. */
export const meetingReminderTemplate: MailTemplate<MeetingReminderParams> = (p, language): RenderedMail => {
  requireParams(p, MEETING_KEYS);
  const agenda = (p.agenda ?? '').split('\n').filter((line) => line.trim());
  const body =
    language === Language.EN
      ? layout(language, {
          subject: `AT network – reminder: ${p.title}`,
          greeting: 'Dear colleagues,',
          paragraphs: [`A reminder of "${p.title}".`, `When: ${when(p, language)}`, `Where: ${p.place}`, ...(agenda.length ? ['Agenda:', ...agenda] : [])],
          action: { label: 'Open the meeting in the portal', link: p.link },
          closing: ['We look forward to seeing you.'],
        })
      : layout(language, {
          subject: `AT mreža – podsetnik: ${p.title}`,
          greeting: 'Poštovane koleginice i kolege,',
          paragraphs: [`Podsećamo vas na: „${p.title}”.`, `Vreme: ${when(p, language)}`, `Mesto: ${p.place}`, ...(agenda.length ? ['Dnevni red:', ...agenda] : [])],
          action: { label: 'Otvorite sastanak na portalu', link: p.link },
          closing: ['Radujemo se susretu.'],
        });
  return { ...body, calendar: calendar(p.ics, 'REQUEST') };
};

/** To the owner organization's people before an action item falls due. */
export const actionItemReminderTemplate: MailTemplate<ActionItemReminderParams> = (p, language) => {
  requireParams(p, ['description', 'dueOn', 'meetingTitle', 'meetingStartsAt', 'organization', 'link']);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.dueOn)) throw new Error('Mail parameter "dueOn" must be a date, YYYY-MM-DD');
  const [year, month, day] = p.dueOn.split('-');
  const meeting = formatMoment(p.meetingStartsAt, language);
  return language === Language.EN
    ? layout(language, {
        subject: `AT network – action item due ${day}/${month}/${year}`,
        greeting: 'Dear colleagues,',
        paragraphs: [`At "${p.meetingTitle}" (${meeting}) ${p.organization} took on:`, p.description, `It is due on ${day}/${month}/${year}.`],
        action: { label: 'Update its status in the portal', link: p.link },
        closing: ['Mark it done in the portal once it is.'],
      })
    : layout(language, {
        subject: `AT mreža – zaduženje sa rokom ${day}.${month}.${year}.`,
        greeting: 'Poštovane koleginice i kolege,',
        paragraphs: [`Na sastanku „${p.meetingTitle}” (${meeting}) ${p.organization} je preuzela zaduženje:`, p.description, `Rok je ${day}.${month}.${year}.`],
        action: { label: 'Ažurirajte status na portalu', link: p.link },
        closing: ['Kada zaduženje bude izvršeno, označite ga na portalu.'],
      });
};
