import { Language } from '@app/common';
import { formatMoment, layout, MailTemplate, requireParams } from './mail-template';

export interface InvitationParams {
  /** Name of the organization that invites, e.g. "ASTRA". */
  inviterOrganization: string;
  /** Where the invitee sets a password and activates the account. */
  link: string;
  /** ISO 8601 timestamp after which the link no longer works. */
  expiresAt: string;
}

/** An invitation to join the portal, sent when an account is created for someone. */
export const invitationTemplate: MailTemplate<InvitationParams> = (params, language) => {
  requireParams(params, ['inviterOrganization', 'link', 'expiresAt']);
  const expires = formatMoment(params.expiresAt, language);
  if (language === Language.EN) {
    return layout(language, {
      subject: 'Invitation to the AT network portal',
      greeting: 'Hello,',
      paragraphs: [
        `${params.inviterOrganization} invites you to join the portal of the Anti-Trafficking (AT) network.`,
        `To activate your account, choose a password using the link below. The link is valid until ${expires}.`,
      ],
      action: { label: 'Activate your account', link: params.link },
      closing: ['If you did not expect this invitation, you can ignore this message.'],
    });
  }
  return layout(language, {
    subject: 'Poziv na portal AT mreže',
    greeting: 'Poštovani,',
    paragraphs: [
      `${params.inviterOrganization} vas poziva da se pridružite portalu Antitrafiking (AT) mreže.`,
      `Da biste aktivirali nalog, izaberite lozinku preko veze ispod. Veza važi do ${expires}.`,
    ],
    action: { label: 'Aktivirajte nalog', link: params.link },
    closing: ['Ako niste očekivali ovaj poziv, slobodno zanemarite ovu poruku.'],
  });
};
