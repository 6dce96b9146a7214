import { Language } from '@app/common';
import { formatMoment, layout, MailTemplate, requireParams } from './mail-template';

/**
 * What a review mail to an activity's organization says: the activity, the decision and, when
 * returned, the coordinator's comment. No names of people, neither the reviewer's nor anyone else's.
 */
export interface ActivityReviewParams {
  /** The activity's title as its organization wrote it. */
  title: string;
  /** The lead organization's short name, e.g. "PAOR". */
  organization: string;
  /** ISO 8601: when the coordinator decided. */
  reviewedAt: string;
  /** The coordinator's comment (returned activities only). */
  comment?: string;
  /** Where the activity is seen in the portal. */
  link: string;
}

const REQUIRED: (keyof ActivityReviewParams)[] = ['title', 'organization', 'reviewedAt', 'link'];

/** To the organization's people when a coordinator returns their activity with a comment. */
export const activityReturnedTemplate: MailTemplate<ActivityReviewParams> = (p, language) => {
  requireParams(p, [...REQUIRED, 'comment']);
  const when = formatMoment(p.reviewedAt, language);
  return language === Language.EN
    ? layout(language, {
        subject: `AT network: activity returned for changes – ${p.title}`,
        greeting: 'Dear colleagues,',
        paragraphs: [
          `ASTRA's coordinator returned the activity "${p.title}" of ${p.organization} on ${when}, with this comment:`,
          p.comment!,
          'Please change it as asked and submit it again.',
        ],
        action: { label: 'Open the activity', link: p.link },
        closing: ['Thank you for your work.'],
      })
    : layout(language, {
        subject: `AT mreža: aktivnost vraćena na doradu – ${p.title}`,
        greeting: 'Poštovane koleginice i kolege,',
        paragraphs: [
          `Koordinatorka ASTRE je ${when} vratila aktivnost „${p.title}“ organizacije ${p.organization} uz komentar:`,
          p.comment!,
          'Molimo vas da je izmenite kako je traženo i ponovo predate.',
        ],
        action: { label: 'Otvorite aktivnost', link: p.link },
        closing: ['Hvala vam na radu.'],
      });
};

/** To the organization's people when a coordinator approves their activity: it now counts in reports. */
export const activityApprovedTemplate: MailTemplate<ActivityReviewParams> = (p, language) => {
  requireParams(p, REQUIRED);
  const when = formatMoment(p.reviewedAt, language);
  return language === Language.EN
    ? layout(language, {
        subject: `AT network: activity approved – ${p.title}`,
        greeting: 'Dear colleagues,',
        paragraphs: [`ASTRA's coordinator approved the activity "${p.title}" of ${p.organization} on ${when}.`, "It now counts in the network's progress towards the strategic plan."],
        action: { label: 'Open the activity', link: p.link },
        closing: ['Thank you for your work.'],
      })
    : layout(language, {
        subject: `AT mreža: aktivnost odobrena – ${p.title}`,
        greeting: 'Poštovane koleginice i kolege,',
        paragraphs: [`Koordinatorka ASTRE je ${when} odobrila aktivnost „${p.title}“ organizacije ${p.organization}.`, 'Od sada se računa u napredak mreže prema strateškom planu.'],
        action: { label: 'Otvorite aktivnost', link: p.link },
        closing: ['Hvala vam na radu.'],
      });
};
