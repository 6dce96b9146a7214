import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { TranslatedNameResolver } from '@app/common';
import { MeetingsModule } from '@app/meetings';
import { OrganizationsModule } from '@app/organizations';
import { UsersModule } from '@app/users';
import { PolicyModule } from '@app/policy';
import { CapacityRecordService } from './capacity-record.service';
import { CapacityResolver } from './capacity.resolver';
import { CapacityDimension, TrainingTopic } from './catalog.entity';
import { CatalogService } from './catalog.service';
import { DimensionScore, TopicYearHours } from './dto/capacity-record.type';
import { TrainingLoaders } from './training-loaders.service';
import { TrainingParticipantResolver, TrainingsResolver, TrainingTrainerResolver } from './trainings.resolver';
import { TrainingsService } from './trainings.service';

/**
 * Capacity building: trainings, certificates, organizations' capacity records and self-assessments.
 * Network meetings count through MeetingsModule's front door (a meeting's recorded attendance).
 */
@Module({
  imports: [AuditModule, OrganizationsModule, MeetingsModule, UsersModule, PolicyModule],
  providers: [TrainingsService, CatalogService, CapacityRecordService, TrainingLoaders, TrainingsResolver, TrainingParticipantResolver, TrainingTrainerResolver, CapacityResolver, TranslatedNameResolver(TrainingTopic), TranslatedNameResolver(CapacityDimension),
    TranslatedNameResolver(TopicYearHours, 'topicName'),
    TranslatedNameResolver(DimensionScore, 'dimensionName'),
  ],
  exports: [TrainingsService, CapacityRecordService],
})
export class CapacityModule {}
