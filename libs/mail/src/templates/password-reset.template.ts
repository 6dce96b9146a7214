import { Language } from '@app/common';
import { formatMoment, layout, MailTemplate, requireParams } from './mail-template';

export interface PasswordResetParams {
  /** Where the user chooses a new password. */
  link: string;
  /** ISO 8601 timestamp after which the link no longer works. */
  expiresAt: string;
}

/** A link to choose a new password, sent when someone asks for one. */
export const passwordResetTemplate: MailTemplate<PasswordResetParams> = (params, language) => {
  requireParams(params, ['link', 'expiresAt']);
  const expires = formatMoment(params.expiresAt, language);
  if (language === Language.EN) {
    return layout(language, {
      subject: 'Resetting your password on the AT network portal',
      greeting: 'Hello,',
      paragraphs: [
        'Someone asked to reset the password of your account on the portal of the Anti-Trafficking (AT) network.',
        `You can choose a new password using the link below. The link is valid until ${expires} and works only once.`,
      ],
      action: { label: 'Choose a new password', link: params.link },
      closing: ['If you did not ask for this, ignore this message: your password stays the same.'],
    });
  }
  return layout(language, {
    subject: 'Promena lozinke na portalu AT mreže',
    greeting: 'Poštovani,',
    paragraphs: [
      'Zatražena je promena lozinke za vaš nalog na portalu Antitrafiking (AT) mreže.',
      `Novu lozinku možete izabrati preko veze ispod. Veza važi do ${expires} i može se iskoristiti samo jednom.`,
    ],
    action: { label: 'Izaberite novu lozinku', link: params.link },
    closing: ['Ako niste vi zatražili promenu, zanemarite ovu poruku: lozinka ostaje ista.'],
  });
};
