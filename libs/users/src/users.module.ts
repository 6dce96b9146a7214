import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { RateLimitModule } from './rate-limit';
import { OrganizationsModule } from '@app/organizations';
import { PolicyModule } from '@app/policy';
import { AccountService } from './account.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** People, roles and accounts. The app must import MailModule.forRoot() (global) for MailService. */
@Module({
  imports: [AuditModule, OrganizationsModule, PolicyModule, RateLimitModule.forRoot()],
  providers: [UsersService, AccountService, UsersResolver],
  exports: [UsersService, AccountService],
})
export class UsersModule {}
