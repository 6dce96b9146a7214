import { Controller, HttpCode, HttpStatus, Post, Query, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentUser } from '@app/auth/current-user';
import type { Actor } from '@app/auth/policy/policy';
import { ActivitiesImportService } from './activities-import.service';
import { ExchangeErrorFilter } from './exchange-error.filter';
import { MAX_IMPORT_BYTES, UploadedSpreadsheet } from './spreadsheet-reader';

/** Upload of activities kept in a spreadsheet: all rows are saved as drafts, or none. */
@Controller('imports')
@UseFilters(ExchangeErrorFilter)
export class ActivitiesImportsController {
  constructor(private readonly imports: ActivitiesImportService) {}

  @Post('activities')
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } }))
  importActivities(@CurrentUser() actor: Actor | null, @UploadedFile() file: UploadedSpreadsheet | undefined, @Query('organizationId') organizationId?: string) {
    return this.imports.importFile(actor, file, organizationId);
  }
}
