import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { AccessService, Action, Actor, authorize } from '@app/policy';
import { Clock, InvalidInputException, isUuid, NotFoundException } from '@app/common';
import { AppConfig } from '@app/config';
import { Network, NetworkKind, NetworksService, OrganizationKind, OrganizationsService } from '@app/organizations';
import { acknowledgeDueAt } from './due-time';
import { PartnerProfileInput } from './dto/partner-profile.input';
import { ReferralPartner, ReferralPartnersArgs } from './dto/referral-partners.args';
import { PartnerProfile } from './partner-profile.entity';

/** Partner organizations' profiles: coordinators keep every one, a partner its own; senders choose among them. */
@Injectable()
export class PartnersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
    private readonly access: AccessService,
  ) {}

  profilesOf(organizationIds: readonly string[]): Promise<PartnerProfile[]> {
    return this.dataSource.getRepository(PartnerProfile).findBy({ organizationId: In([...organizationIds]) });
  }

  /** The signed-in partner's own organization's profile; null while it has none. */
  async ownProfile(actor: Actor | null): Promise<PartnerProfile | null> {
    authorize(actor, Action.PARTNER_MANAGE);
    return this.dataSource.getRepository(PartnerProfile).findOneBy({ organizationId: actor.organizationId });
  }

  async setProfile(actor: Actor | null, organizationId: string, input: PartnerProfileInput): Promise<PartnerProfile> {
    await this.access.require(actor, Action.PARTNER_MANAGE, { type: 'Organization', id: organizationId });
    return this.dataSource.transaction(async (manager) => {
      const organization = isUuid(organizationId) ? await this.organizations.findById(organizationId, manager) : null;
      if (!organization) throw new NotFoundException('Organization');
      if (organization.kind !== OrganizationKind.PARTNER_ORGANIZATION) throw InvalidInputException.field('organizationId', 'is not a partner organization');
      const repository = manager.getRepository(PartnerProfile);
      const before =
        (await repository.findOneBy({ organizationId })) ??
        repository.create({ organizationId, acceptedCategories: [], languages: [], contactEmails: [], countriesCovered: [], contactPhones: [] });
      const after = {
        ...before,
        acceptedCategories: [...new Set(input.acceptedCategories)],
        languages: input.languages,
        contactEmails: input.contactEmails.map((e) => e.toLowerCase()),
        countriesCovered: input.countriesCovered ? [...new Set(input.countriesCovered)] : before.countriesCovered,
        contactPhones: input.contactPhones ?? before.contactPhones,
      };
      const saved = await repository.save(after);
      await this.audit.record(
        { action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'PartnerProfile', entityId: organizationId, changedFields: changedFieldNames(before, after) },
        manager,
      );
      return saved;
    });
  }

  /**
   * Active partner organizations that accept referrals of a category (and work in a country), in at
   * least one partner network, by name: the choices of a referral's sender, each with its due time.
   */
  async accepting(actor: Actor | null, { category, urgency, country }: ReferralPartnersArgs): Promise<ReferralPartner[]> {
    authorize(actor, Action.REFERRAL_WRITE);
    // One search over both tables, through the profile's mapped relation (the directory has no such filter).
    const profiles = await this.dataSource
      .getRepository(PartnerProfile)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.organization', 'o')
      .where('o.active AND o.kind = :kind AND :category = ANY (p.accepted_categories)', { kind: OrganizationKind.PARTNER_ORGANIZATION, category })
      .andWhere('(:country::text IS NULL OR o.country = :country OR :country = ANY (p.countries_covered))', { country: country ?? null })
      .orderBy('o.short_name')
      .getMany();
    if (profiles.length === 0) return [];
    const memberships = await this.networks.membershipsOfKind(profiles.map((p) => p.organizationId), NetworkKind.PARTNER_NETWORK);
    const dueAt = acknowledgeDueAt(this.clock.now(), urgency, {
      criticalHours: this.config.REFERRAL_ACK_HOURS_CRITICAL,
      urgentHours: this.config.REFERRAL_ACK_HOURS_URGENT,
      routineWorkingDays: this.config.REFERRAL_ACK_WORKING_DAYS_ROUTINE,
    });
    return profiles
      .map(({ organization, ...profile }) => ({
        organization: organization!,
        networks: memberships.filter((m) => m.organizationId === profile.organizationId).map((m) => m.network as Network),
        languages: profile.languages,
        countriesCovered: profile.countriesCovered,
        acknowledgeDueAt: dueAt,
      }))
      .filter((choice) => choice.networks.length > 0);
  }
}
