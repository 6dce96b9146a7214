import { Module } from '@nestjs/common';
import { ActivitiesModule } from '@app/activities';
import { OrganizationsModule } from '@app/organizations';
import { NetworkPageController } from './network-page.controller';

/** The public page of the network, served by the API (no sign-in). */
@Module({
  imports: [ActivitiesModule, OrganizationsModule],
  controllers: [NetworkPageController],
})
export class NetworkPageModule {}
