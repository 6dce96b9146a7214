import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Connection, isUuid, KeysetOrder, NotFoundException, paginate } from '@app/common';
import { NetworksArgs } from './dto/networks.args';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { NetworkKind } from './network.enums';

const BY_CODE: KeysetOrder = { sortExpression: 'n.code', idExpression: 'n.id', keyOf: (n: Network) => [n.code, n.id] };

@Injectable()
export class NetworksService {
  constructor(
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    @InjectRepository(NetworkMembership) private readonly memberships: Repository<NetworkMembership>,
  ) {}

  list({ kind, first, after }: NetworksArgs): Promise<Connection<Network>> {
    const query = this.networks.createQueryBuilder('n');
    if (kind) query.andWhere('n.kind = :kind', { kind });
    return paginate(query, BY_CODE, { first, after });
  }

  async get(id: string): Promise<Network> {
    const network = isUuid(id) ? await this.networks.findOneBy({ id }) : null;
    if (!network) throw new NotFoundException('Network');
    return network;
  }

  findByIds(ids: readonly string[]): Promise<Network[]> {
    return this.networks.findBy({ id: In([...ids]) });
  }

  /** The organizations' memberships of networks of a kind, each with its network, by network code. */
  membershipsOfKind(organizationIds: readonly string[], kind: NetworkKind, manager: EntityManager = this.memberships.manager): Promise<NetworkMembership[]> {
    return manager
      .getRepository(NetworkMembership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.network', 'n')
      .where('m.organization_id IN (:...ids) AND n.kind = :kind', { ids: organizationIds, kind })
      .orderBy('n.code')
      .getMany();
  }

  /** Coordinators first, then members, then associates; within a role by join date. */
  membershipsOfNetworks(networkIds: readonly string[]): Promise<NetworkMembership[]> {
    return this.memberships
      .createQueryBuilder('m')
      .innerJoin('m.organization', 'o')
      .where('m.network_id IN (:...networkIds)', { networkIds })
      .orderBy(`CASE m.role WHEN 'COORDINATOR' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END`)
      .addOrderBy('o.short_name')
      .getMany();
  }
}
