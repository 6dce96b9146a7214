import { Module } from '@nestjs/common';
import { LoggingModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { OrganizationsModule } from '@app/organizations';
import { LandingController } from './landing.controller';

@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, OrganizationsModule],
  controllers: [LandingController],
})
export class AdminModule {}
