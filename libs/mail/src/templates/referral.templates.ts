import { Language } from '@app/common';
import { formatMomentWithZone, layout, MailTemplate, requireParams } from './mail-template';

/** What a referral mail may say: never anything about the person. */
export interface ReferralMailParams {
  reference: string;
  category: string;
  urgency: string;
  /** ISO 8601: when the partner should have acknowledged it. */
  dueAt: string;
  link: string;
  /** For alerts to the sender: the partner organization that has not answered. */
  partnerOrganization?: string;
}

const CATEGORY: Record<string, Record<Language, string>> = {
  VICTIM_ASSISTANCE_ABROAD: { sr: 'pomoć žrtvi u inostranstvu', en: 'assistance to a victim abroad' },
  SAFE_RETURN: { sr: 'bezbedan povratak', en: 'safe return' },
  MISSING_CHILD: { sr: 'nestalo dete (116000)', en: 'missing child (116000)' },
  LEGAL_AID: { sr: 'pravna pomoć', en: 'legal aid' },
  LABOUR_EXPLOITATION: { sr: 'radna eksploatacija', en: 'labour exploitation' },
  POLICY_MONITORING: { sr: 'informacija za praćenje politika', en: 'information for policy monitoring' },
};
const URGENCY: Record<string, Record<Language, string>> = {
  ROUTINE: { sr: 'redovno', en: 'routine' },
  URGENT: { sr: 'hitno', en: 'urgent' },
  CRITICAL: { sr: 'kritično', en: 'critical' },
};
const label = (table: Record<string, Record<Language, string>>, key: string, language: Language) => table[key]?.[language] ?? key;
const REQUIRED: (keyof ReferralMailParams)[] = ['reference', 'category', 'urgency', 'dueAt', 'link'];

/** To the partner's contacts when a referral is sent to them. */
export const referralSentTemplate: MailTemplate<ReferralMailParams> = (p, language) => {
  requireParams(p, REQUIRED);
  const [category, urgency, due] = [label(CATEGORY, p.category, language), label(URGENCY, p.urgency, language), formatMomentWithZone(p.dueAt, language)];
  return language === Language.EN
    ? layout(language, {
        subject: `New referral ${p.reference} (${urgency})`,
        greeting: 'Dear colleagues,',
        paragraphs: [`The AT network has sent your organization referral ${p.reference}: ${category}, ${urgency}.`, `Please acknowledge it by ${due}.`],
        action: { label: 'Open the referral', link: p.link },
        closing: ['Details are only in the portal, never in e-mail.'],
      })
    : layout(language, {
        subject: `Novo upućivanje ${p.reference} (${urgency})`,
        greeting: 'Poštovane koleginice i kolege,',
        paragraphs: [`AT mreža je vašoj organizaciji uputila slučaj ${p.reference}: ${category}, ${urgency}.`, `Molimo vas da prijem potvrdite do ${due}.`],
        action: { label: 'Otvorite upućivanje', link: p.link },
        closing: ['Podaci su samo na portalu, nikada u e-poruci.'],
      });
};

/** To the partner's contacts when the acknowledgment is overdue. */
export const referralReminderTemplate: MailTemplate<ReferralMailParams> = (p, language) => {
  requireParams(p, REQUIRED);
  const due = formatMomentWithZone(p.dueAt, language);
  return language === Language.EN
    ? layout(language, {
        subject: `Reminder: referral ${p.reference} is waiting for your acknowledgment`,
        greeting: 'Dear colleagues,',
        paragraphs: [`Referral ${p.reference} (${label(URGENCY, p.urgency, language)}) should have been acknowledged by ${due}.`],
        action: { label: 'Open the referral', link: p.link },
        closing: ['Details are only in the portal, never in e-mail.'],
      })
    : layout(language, {
        subject: `Podsetnik: upućivanje ${p.reference} čeka potvrdu prijema`,
        greeting: 'Poštovane koleginice i kolege,',
        paragraphs: [`Prijem upućivanja ${p.reference} (${label(URGENCY, p.urgency, language)}) trebalo je potvrditi do ${due}.`],
        action: { label: 'Otvorite upućivanje', link: p.link },
        closing: ['Podaci su samo na portalu, nikada u e-poruci.'],
      });
};

/** To the sending organization and ASTRA's coordinators at twice the due time. */
export const referralEscalationTemplate: MailTemplate<ReferralMailParams> = (p, language) => {
  requireParams(p, [...REQUIRED, 'partnerOrganization']);
  const due = formatMomentWithZone(p.dueAt, language);
  return language === Language.EN
    ? layout(language, {
        subject: `Alert: referral ${p.reference} has not been acknowledged`,
        greeting: 'Hello,',
        paragraphs: [`${p.partnerOrganization} has not acknowledged referral ${p.reference} (${label(URGENCY, p.urgency, language)}), due by ${due}, despite a reminder.`],
        action: { label: 'Open the referral', link: p.link },
        closing: ['Consider contacting the partner directly or referring the case elsewhere.'],
      })
    : layout(language, {
        subject: `Upozorenje: prijem upućivanja ${p.reference} nije potvrđen`,
        greeting: 'Zdravo,',
        paragraphs: [`${p.partnerOrganization} nije potvrdila prijem upućivanja ${p.reference} (${label(URGENCY, p.urgency, language)}), s rokom do ${due}, iako je poslat podsetnik.`],
        action: { label: 'Otvorite upućivanje', link: p.link },
        closing: ['Razmotrite direktan kontakt sa partnerom ili upućivanje drugoj organizaciji.'],
      });
};

/** What happened on a referral that the other side is told about. */
export type ReferralUpdateEvent = 'ACKNOWLEDGED' | 'ACCEPTED' | 'DECLINED' | 'MESSAGE';

/** A step or a message on a referral: which organization did what, and when; never the reason or the message itself. */
export interface ReferralUpdateMailParams {
  reference: string;
  event: ReferralUpdateEvent;
  /** The organization that acted (a short name). */
  organization: string;
  /** ISO 8601: when it happened. */
  at: string;
  link: string;
}

const UPDATE: Record<ReferralUpdateEvent, Record<Language, { subject: string; did: string }>> = {
  ACKNOWLEDGED: { sr: { subject: 'potvrđen prijem', did: 'je potvrdila prijem upućivanja' }, en: { subject: 'acknowledged', did: 'acknowledged referral' } },
  ACCEPTED: { sr: { subject: 'prihvaćeno', did: 'je prihvatila upućivanje' }, en: { subject: 'accepted', did: 'accepted referral' } },
  DECLINED: { sr: { subject: 'odbijeno', did: 'je odbila upućivanje' }, en: { subject: 'declined', did: 'declined referral' } },
  MESSAGE: { sr: { subject: 'nova poruka', did: 'je napisala poruku uz upućivanje' }, en: { subject: 'new message', did: 'wrote a message on referral' } },
};

/** To the other side of a referral: the partner acknowledged, accepted, declined or wrote, or the sender wrote. */
export const referralUpdateTemplate: MailTemplate<ReferralUpdateMailParams> = (p, language) => {
  requireParams(p, ['reference', 'event', 'organization', 'at', 'link']);
  const words = UPDATE[p.event]?.[language];
  if (!words) throw new Error(`Mail parameter "event" is not one of ${Object.keys(UPDATE).join(', ')}`);
  const at = formatMomentWithZone(p.at, language);
  return language === Language.EN
    ? layout(language, {
        subject: `Referral ${p.reference}: ${words.subject}`,
        greeting: 'Hello,',
        paragraphs: [`${p.organization} ${words.did} ${p.reference} on ${at}.`],
        action: { label: 'Open the referral', link: p.link },
        closing: ['Details, reasons and messages are only in the portal, never in e-mail.'],
      })
    : layout(language, {
        subject: `Upućivanje ${p.reference}: ${words.subject}`,
        greeting: 'Zdravo,',
        paragraphs: [`${p.organization} ${words.did} ${p.reference} (${at}).`],
        action: { label: 'Otvorite upućivanje', link: p.link },
        closing: ['Podaci, obrazloženja i poruke su samo na portalu, nikada u e-poruci.'],
      });
};
