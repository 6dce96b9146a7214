import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrganizationsAdminService, OrganizationsModule } from '@app/organizations';
import { UsersModule } from '@app/users';
import { AuditPagesController } from './audit-pages.controller';
import { MembershipsPagesController } from './memberships-pages.controller';
import { OrganizationsPagesController } from './organizations-pages.controller';
import { UsersPagesController } from './users-pages.controller';

/** The directory pages: organizations, people and the audit log. */
@Module({
  imports: [AuditModule, OrganizationsModule, UsersModule],
  controllers: [OrganizationsPagesController, UsersPagesController, AuditPagesController, MembershipsPagesController],
  // OrganizationsModule keeps its admin service to itself (the API uses it through its resolver);
  // it is stateless, so these pages get an instance of their own.
  providers: [OrganizationsAdminService],
})
export class DirectoryPagesModule {}
