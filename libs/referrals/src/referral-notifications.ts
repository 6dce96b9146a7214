import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, Language } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService, ReferralUpdateEvent } from '@app/mail';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { Action, rolesWith } from '@app/policy';
import { PartnerProfile } from './partner-profile.entity';
import { Referral } from './referral.entity';

/** Who reads mail for one side of a referral, each in their language. */
export interface Recipient {
  to: string;
  language: Language;
}

/** Roles in the sending organization that follow its referrals: those who may write them (evaluators and partners never do). */
const SENDER_ROLES = rolesWith(Action.REFERRAL_WRITE);

/**
 * Mails between the two sides of a referral: the sending organization hears when the partner
 * acknowledges, accepts, declines or writes; the partner's contacts hear when the sender writes.
 * A mail names the organization that acted and links to the referral's page in the web app; never
 * a reason, a message or anything about the person.
 */
@Injectable()
export class ReferralNotifications {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /**
   * The partner's contact addresses, each in its reader's language: a contact who has an account
   * reads in the language set there, anyone else in the profile's first language the portal writes
   * (English when none).
   */
  async partnerRecipients(manager: EntityManager, partnerOrganizationId: string): Promise<Recipient[]> {
    const profile = await manager.getRepository(PartnerProfile).findOneBy({ organizationId: partnerOrganizationId });
    const emails = profile?.contactEmails ?? [];
    if (emails.length === 0) return [];
    const fallback = (profile!.languages.find((l) => l === Language.SR || l === Language.EN) as Language | undefined) ?? Language.EN;
    const users = await this.users.activeByEmails(emails, manager);
    const languageOf = new Map(users.map((u) => [u.email, u.language]));
    return emails.map((to) => ({ to, language: languageOf.get(to.toLowerCase()) ?? fallback }));
  }

  /** The sending organization's active members (and coordinators, for ASTRA's own referrals), each in their language. */
  async senderRecipients(manager: EntityManager, sendingOrganizationId: string): Promise<(Recipient & { userId: string })[]> {
    const users = await this.users.activeInRoles(sendingOrganizationId, SENDER_ROLES, manager);
    return users.map((u) => ({ to: u.email, language: u.language, userId: u.id }));
  }

  /** Tells the sending organization that the partner acknowledged, accepted, declined or wrote. `key` makes each mail once. */
  async tellSender(manager: EntityManager, referral: Referral, event: ReferralUpdateEvent, key: string): Promise<void> {
    const params = await this.updateParams(manager, referral, event, referral.partnerOrganizationId);
    for (const { to, language, userId } of await this.senderRecipients(manager, referral.sendingOrganizationId)) {
      await this.mail.enqueue(manager, { to, language, template: 'referral-update', params, idempotencyKey: `referral-update:${key}:${userId}` });
    }
  }

  /** Tells the partner's contacts that the sending organization wrote a message. */
  async tellPartner(manager: EntityManager, referral: Referral, key: string): Promise<void> {
    const params = await this.updateParams(manager, referral, 'MESSAGE', referral.sendingOrganizationId);
    for (const { to, language } of await this.partnerRecipients(manager, referral.partnerOrganizationId)) {
      await this.mail.enqueue(manager, { to, language, template: 'referral-update', params, idempotencyKey: `referral-update:${key}:${to.toLowerCase()}` });
    }
  }

  private async updateParams(manager: EntityManager, referral: Referral, event: ReferralUpdateEvent, actingOrganizationId: string) {
    const organization = await this.organizations.findByIdOrFail(actingOrganizationId, manager);
    return { reference: referral.reference, event, organization: organization.shortName, at: this.clock.now().toISOString(), link: this.config.webLink('referrals', referral.id) };
  }
}
