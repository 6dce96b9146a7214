import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { StrategyModule } from '@app/strategy';
import { PolicyModule } from '@app/policy';
import { ActivitiesModule } from '../activities.module';
import { ActivitiesExportService } from './activities-export.service';
import { ActivitiesImportService } from './activities-import.service';
import { ProgressExportService } from './progress-export.service';

/**
 * Activities as CSV and XLSX files: streamed exports, the progress report, the import template, and
 * all-or-nothing imports. The apps mount their HTTP controllers (ACTIVITY_EXCHANGE_CONTROLLERS).
 */
@Module({
  imports: [ActivitiesModule, AuditModule, OrganizationsModule, StrategyModule, PolicyModule],
  providers: [ActivitiesExportService, ActivitiesImportService, ProgressExportService],
  exports: [ActivitiesExportService, ActivitiesImportService, ProgressExportService],
})
export class ActivitiesExchangeModule {}
