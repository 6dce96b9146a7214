import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditAction, AuditService, changedFieldNames } from '@app/audit';
import { Action } from '@app/auth/policy/action.enum';
import { Actor, authorize } from '@app/auth/policy/policy';
import { InvalidInputException, isUuid, NotFoundException } from '@app/common';
import { Organization } from '@app/organizations/entities';
import { OrganizationKind } from '@app/organizations/organization-kind.enum';
import { PartnerProfileInput } from './dto/partner-profile.input';
import { PartnerProfile } from './partner-profile.entity';

/** Coordinators keep partner organizations' profiles: what they accept and whom to notify. */
@Injectable()
export class PartnersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  profilesOf(organizationIds: readonly string[]): Promise<PartnerProfile[]> {
    return this.dataSource.getRepository(PartnerProfile).findBy({ organizationId: In([...organizationIds]) });
  }

  async setProfile(actor: Actor | null, organizationId: string, input: PartnerProfileInput): Promise<PartnerProfile> {
    authorize(actor, Action.PARTNER_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const organization = isUuid(organizationId) ? await manager.getRepository(Organization).findOneBy({ id: organizationId }) : null;
      if (!organization) throw new NotFoundException('Organization');
      if (organization.kind !== OrganizationKind.PARTNER_ORGANIZATION) throw InvalidInputException.field('organizationId', 'is not a partner organization');
      const repository = manager.getRepository(PartnerProfile);
      const before = (await repository.findOneBy({ organizationId })) ?? repository.create({ organizationId, acceptedCategories: [], languages: [], contactEmails: [] });
      const after = { ...before, acceptedCategories: [...new Set(input.acceptedCategories)], languages: input.languages, contactEmails: input.contactEmails.map((e) => e.toLowerCase()) };
      const saved = await repository.save(after);
      await this.audit.record(
        { action: AuditAction.ENTITY_UPDATED, actor: { userId: actor.id, organizationId: actor.organizationId }, entityType: 'PartnerProfile', entityId: organizationId, changedFields: changedFieldNames(before, after) },
        manager,
      );
      return saved;
    });
  }
}
