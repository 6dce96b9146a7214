import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ActivitiesModule } from '../activities.module';
import { ActivitiesExportService } from './activities-export.service';
import { ActivitiesExportsController } from './activities-exports.controller';
import { ActivitiesImportService } from './activities-import.service';
import { ActivitiesImportsController } from './activities-imports.controller';
import { ProgressExportService } from './progress-export.service';

/** Activities as CSV and XLSX files over HTTP: streamed exports, the progress report, the import template, and all-or-nothing imports. */
@Module({
  imports: [ActivitiesModule, AuditModule],
  controllers: [ActivitiesExportsController, ActivitiesImportsController],
  providers: [ActivitiesExportService, ActivitiesImportService, ProgressExportService],
})
export class ActivitiesExchangeModule {}
