import { Language } from '@app/common';
import { invitationTemplate } from './invitation.template';
import { RenderedMail } from './mail-template';
import { actionItemReminderTemplate, meetingCancelledTemplate, meetingInvitationTemplate, meetingReminderTemplate } from './meeting.templates';
import { passwordResetTemplate } from './password-reset.template';
import { referralEscalationTemplate, referralReminderTemplate, referralSentTemplate, referralUpdateTemplate } from './referral.templates';

export * from './escape-html';
export * from './invitation.template';
export * from './mail-template';
export * from './meeting.templates';
export * from './password-reset.template';
export * from './referral.templates';

/** Every mail the portal can send, by the name stored in `mail_outbox.template`. */
export const MAIL_TEMPLATES = {
  invitation: invitationTemplate,
  'password-reset': passwordResetTemplate,
  'referral-sent': referralSentTemplate,
  'referral-reminder': referralReminderTemplate,
  'referral-escalation': referralEscalationTemplate,
  'referral-update': referralUpdateTemplate,
  'meeting-invitation': meetingInvitationTemplate,
  'meeting-cancelled': meetingCancelledTemplate,
  'meeting-reminder': meetingReminderTemplate,
  'action-item-reminder': actionItemReminderTemplate,
};

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateParams<T extends MailTemplateName> = Parameters<(typeof MAIL_TEMPLATES)[T]>[0];

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, name);
}

/** Renders a stored mail; throws on an unknown template or unusable parameters. */
export function renderMail<T extends MailTemplateName>(template: T, language: Language, params: MailTemplateParams<T>): RenderedMail;
export function renderMail(template: string, language: Language, params: unknown): RenderedMail;
export function renderMail(template: string, language: Language, params: unknown): RenderedMail {
  if (!isMailTemplateName(template)) throw new Error(`Unknown mail template "${template}"`);
  return (MAIL_TEMPLATES[template] as (params: unknown, language: Language) => RenderedMail)(params, language);
}
