import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { Action, Actor, authorize } from '@app/policy';
import { InvalidInputException, isUuid, NotFoundException } from '@app/common';
import { MembershipInput, OrganizationInput } from './dto/organization.input';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { Organization } from './organization.entity';

const UNIQUE_VIOLATION = '23505';

/** Coordinators add and edit organizations (partners abroad among them) and network memberships. */
@Injectable()
export class OrganizationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor | null, input: OrganizationInput): Promise<Organization> {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      const organization = await repository.save(repository.create({ ...input, shortName: input.shortName.trim() })).catch(shortNameTaken);
      await this.audit.record({ action: AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'Organization', entityId: organization.id }, manager);
      return organization;
    });
  }

  update(actor: Actor | null, id: string, input: OrganizationInput): Promise<Organization> {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organization);
      const before = isUuid(id) ? await repository.findOneBy({ id }) : null;
      if (!before) throw new NotFoundException('Organization');
      const after = { ...before, ...input, shortName: input.shortName.trim() };
      const changed = changedFieldNames(before, after);
      if (!changed.length) return before;
      const saved = await repository.save(after).catch(shortNameTaken);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Organization', entityId: id, changedFields: changed }, manager);
      return saved;
    });
  }

  /** Adds a membership, or changes its role and dates when the organization is already in the network. */
  setMembership(actor: Actor | null, input: MembershipInput): Promise<NetworkMembership> {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    if (input.since && input.until && input.until < input.since) throw InvalidInputException.field('until', 'must not be before since');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(Network).existsBy({ id: input.networkId }))) throw InvalidInputException.field('networkId', 'no such network');
      if (!(await manager.getRepository(Organization).existsBy({ id: input.organizationId }))) throw InvalidInputException.field('organizationId', 'no such organization');
      const repository = manager.getRepository(NetworkMembership);
      const existing = await repository.findOneBy({ networkId: input.networkId, organizationId: input.organizationId });
      const saved = await repository.save({ ...existing, ...input, since: input.since ?? existing?.since ?? null, until: input.until ?? null });
      await this.audit.record(
        { action: existing ? AuditAction.ENTITY_UPDATED : AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'NetworkMembership', entityId: saved.id },
        manager,
      );
      return saved;
    });
  }
}

function shortNameTaken(error: unknown): never {
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
    throw InvalidInputException.field('shortName', 'another organization already has this short name');
  }
  throw error;
}
