import { Language } from '@app/common';
import { formatMoment, layout, MailTemplate, requireParams } from './mail-template';

export interface InvitationExistingAccountParams {
  /** Name of the organization that tried to invite the address, e.g. "PAOR". */
  inviterOrganization: string;
  /** Where the person signs in with the account they already have. */
  link: string;
  /** ISO 8601 timestamp of the invitation. */
  invitedAt: string;
}

/**
 * Sent instead of an invitation when the address already has an account in an organization the
 * inviter may not see: the inviter gets the usual answer (nothing tells them the address is
 * known), no second account is made, and the owner of the address learns of the invitation.
 */
export const invitationExistingAccountTemplate: MailTemplate<InvitationExistingAccountParams> = (params, language) => {
  requireParams(params, ['inviterOrganization', 'link', 'invitedAt']);
  const invited = formatMoment(params.invitedAt, language);
  if (language === Language.EN) {
    return layout(language, {
      subject: 'Invitation to the AT network portal: you already have an account',
      greeting: 'Hello,',
      paragraphs: [
        `On ${invited}, ${params.inviterOrganization} invited this address to the portal of the Anti-Trafficking (AT) network.`,
        'This address already has an account, so no new one was made: sign in with it as usual. To work for another organization in the portal, ask the network coordinators to move your account.',
      ],
      action: { label: 'Sign in', link: params.link },
      closing: ['If you did not expect this invitation, you can ignore this message: nothing has changed in your account.'],
    });
  }
  return layout(language, {
    subject: 'Poziv na portal AT mreže: već imate nalog',
    greeting: 'Poštovani,',
    paragraphs: [
      `${params.inviterOrganization} je ${invited} pozvala ovu adresu na portal Antitrafiking (AT) mreže.`,
      'Za ovu adresu nalog već postoji, pa novi nije otvoren: prijavite se njime kao i do sada. Ako treba da radite za drugu organizaciju na portalu, zamolite koordinatorke mreže da premeste vaš nalog.',
    ],
    action: { label: 'Prijavite se', link: params.link },
    closing: ['Ako niste očekivali ovaj poziv, slobodno zanemarite ovu poruku: u vašem nalogu ništa nije promenjeno.'],
  });
};
