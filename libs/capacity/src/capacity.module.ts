import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { TranslatedNameResolver } from '@app/common';
import { OrganizationsModule } from '@app/organizations';
import { CapacityRecordService } from './capacity-record.service';
import { CapacityResolver } from './capacity.resolver';
import { CapacityDimension, TrainingTopic } from './catalog.entity';
import { CatalogService } from './catalog.service';
import { DimensionScore, TopicYearHours } from './dto/capacity-record.type';
import { TrainingLoaders } from './training-loaders.service';
import { TrainingParticipantResolver, TrainingsResolver, TrainingTrainerResolver } from './trainings.resolver';
import { TrainingsService } from './trainings.service';

/** Capacity building: trainings, certificates, organizations' capacity records and self-assessments. */
@Module({
  imports: [AuditModule, OrganizationsModule],
  providers: [TrainingsService, CatalogService, CapacityRecordService, TrainingLoaders, TrainingsResolver, TrainingParticipantResolver, TrainingTrainerResolver, CapacityResolver, TranslatedNameResolver(TrainingTopic), TranslatedNameResolver(CapacityDimension),
    TranslatedNameResolver(TopicYearHours, 'topicName'),
    TranslatedNameResolver(DimensionScore, 'dimensionName'),
  ],
  exports: [TrainingsService, CapacityRecordService],
})
export class CapacityModule {}
