import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AccessService, SubjectRow } from '@app/policy';
import { Connection, foldedSql, isUuid, whereWordsMatch, KeysetOrder, NotFoundException, paginate, selectEntities } from '@app/common';
import { OrganizationsArgs } from './dto/organizations.args';
import { NetworkMembership } from './network-membership.entity';
import { OrganizationKind } from './organization-kind.enum';
import { Organization } from './organization.entity';

/** The folded text the organization search matches; the migration indexes the same expression. */
export const ORGANIZATION_SEARCH_SQL = foldedSql(`o.short_name || ' ' || o.name_sr || ' ' || o.name_en || ' ' || o.city`);

const BY_SHORT_NAME: KeysetOrder = {
  sortExpression: 'o.short_name',
  idExpression: 'o.id',
  keyOf: (o: Organization) => [o.shortName, o.id],
};

@Injectable()
export class OrganizationsService implements OnModuleInit {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(NetworkMembership) private readonly memberships: Repository<NetworkMembership>,
    private readonly access: AccessService,
  ) {}

  /** An organization is the policy's subject for what is done in its name (inviting its people, logging its activities): its own organization. */
  onModuleInit(): void {
    this.access.registerSubject('Organization', (ids, _actor, within) =>
      ((within as EntityManager | undefined)?.getRepository(Organization) ?? this.organizations)
        .createQueryBuilder('o')
        .select('o.id', 'id')
        .addSelect('o.id', 'organizationId')
        .where('o.id IN (:...ids)', { ids })
        .getRawMany<SubjectRow>(),
    );
  }

  list({ filter = {}, first, after }: OrganizationsArgs): Promise<Connection<Organization>> {
    const query = this.organizations.createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.country) query.andWhere('o.country = :country', { country: filter.country });
    if (filter.active !== undefined) query.andWhere('o.active = :active', { active: filter.active });
    if (filter.city) query.andWhere(`${foldedSql('o.city')} = ${foldedSql(':city')}`, { city: filter.city.trim() });
    if (filter.search) whereWordsMatch(query, ORGANIZATION_SEARCH_SQL, filter.search);
    if (filter.networkId || filter.networkCode) {
      const member = this.memberships
        .createQueryBuilder('m')
        .select('1')
        .innerJoin('m.network', 'n')
        .where('m.organization_id = o.id');
      if (filter.networkId) member.andWhere('n.id = :networkId');
      if (filter.networkCode) member.andWhere('n.code = :networkCode');
      query.andWhere(`EXISTS (${member.getQuery()})`, { networkId: filter.networkId, networkCode: filter.networkCode });
    }
    return paginate(query, BY_SHORT_NAME, { first, after });
  }

  async get(id: string): Promise<Organization> {
    const organization = isUuid(id) ? await this.organizations.findOneBy({ id }) : null;
    if (!organization) throw new NotFoundException('Organization');
    return organization;
  }

  /**
   * Behind the per-request organization loader of every list (plain SQL), and for other domains'
   * checks; `manager` when the caller reads inside its transaction.
   */
  async findByIds(ids: readonly string[], manager: EntityManager = this.organizations.manager): Promise<Organization[]> {
    const rows = await selectEntities(manager, Organization, { alias: 'o', where: 'o.id = ANY ($1::uuid[])', params: [ids] });
    return rows.map((row) => row.entity);
  }

  /** One organization, or null: for other domains, which give their own error. */
  findById(id: string, manager: EntityManager = this.organizations.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ id });
  }

  /** One organization that must exist (a foreign key points at it): TypeORM's EntityNotFoundError otherwise. */
  findByIdOrFail(id: string, manager: EntityManager = this.organizations.manager): Promise<Organization> {
    return manager.getRepository(Organization).findOneByOrFail({ id });
  }

  /** Whether an organization has this id. */
  exists(id: string, manager: EntityManager = this.organizations.manager): Promise<boolean> {
    return manager.getRepository(Organization).existsBy({ id });
  }

  /** How many of these ids are organizations. */
  countByIds(ids: readonly string[], manager: EntityManager = this.organizations.manager): Promise<number> {
    return manager.getRepository(Organization).countBy({ id: In([...ids]) });
  }

  /** The active members of the AT network (a spreadsheet import names them by short name). */
  activeMembers(manager: EntityManager = this.organizations.manager): Promise<Organization[]> {
    return manager.getRepository(Organization).findBy({ kind: OrganizationKind.AT_NETWORK_MEMBER, active: true });
  }

  membershipsOfOrganizations(organizationIds: readonly string[]): Promise<NetworkMembership[]> {
    return this.memberships.find({ where: { organizationId: In([...organizationIds]) }, order: { since: 'ASC', createdAt: 'ASC' } });
  }
}

/** Organizations by short name, for the demo seeds (they run outside Nest, with a manager only). */
export function organizationsByShortNames(manager: EntityManager, shortNames: readonly string[]): Promise<Organization[]> {
  return manager.getRepository(Organization).findBy({ shortName: In([...shortNames]) });
}
