import { Module } from '@nestjs/common';
import { LoggingModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MailModule } from '@app/mail';
import { OrganizationsModule } from '@app/organizations';
import { UsersModule } from '@app/users';
import { AccountPagesController } from './account-pages.controller';
import { LandingController } from './landing.controller';

@Module({
  // Mail is queued here but delivered by the API process's worker.
  imports: [ConfigModule, LoggingModule, DatabaseModule, MailModule.forRoot({ worker: false }), OrganizationsModule, UsersModule],
  controllers: [LandingController, AccountPagesController],
})
export class AdminModule {}
