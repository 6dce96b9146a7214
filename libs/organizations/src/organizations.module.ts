import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { PolicyModule } from '@app/policy';
import { NetworkMembership } from './network-membership.entity';
import { NetworkMembershipsResolver } from './network-memberships.resolver';
import { Network } from './network.entity';
import { NetworksResolver } from './networks.resolver';
import { NetworksService } from './networks.service';
import { Organization } from './organization.entity';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsAdminService } from './organizations-admin.service';
import { OrganizationsService } from './organizations.service';

/** Organizations, networks and memberships: who is in the AT network and its partner networks. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, Network, NetworkMembership]), AuditModule, PolicyModule],
  providers: [OrganizationsService, OrganizationsAdminService, NetworksService, OrganizationsResolver, NetworksResolver, NetworkMembershipsResolver],
  exports: [OrganizationsService, NetworksService],
})
export class OrganizationsModule {}
