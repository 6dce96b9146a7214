import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CapacityModule, CatalogService, TrainingLoaders } from '@app/capacity';
import { OrganizationsModule } from '@app/organizations';
import { CapacityPagesController } from './capacity-pages.controller';
import { TrainingsPagesController } from './trainings-pages.controller';

/** The capacity-building pages: trainings with participants and certificates, and each organization's capacity record. */
@Module({
  imports: [AuditModule, CapacityModule, OrganizationsModule],
  controllers: [TrainingsPagesController, CapacityPagesController],
  // CapacityModule keeps the topic catalogue and the participant loaders to its resolvers; both
  // are stateless, so these pages get instances of their own.
  providers: [CatalogService, TrainingLoaders],
})
export class TrainingsPagesModule {}
