import { BadRequestException, Controller, HttpCode, HttpStatus, PayloadTooLargeException, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { ActivitiesImportService } from './activities-import.service';
import { ExchangeErrorFilter } from './exchange-error.filter';
import { exchangeLanguage } from './exchange-language';
import { MAX_IMPORT_BYTES, UploadedSpreadsheet } from './spreadsheet-reader';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6 } }).single('file');

/**
 * Reads the multipart body (the field `file`, at most MAX_IMPORT_BYTES, kept in memory). Called
 * by the service only once it has authorized the request, so that nobody who may not import
 * makes the server read an upload.
 */
function receiveSpreadsheet(req: Request, res: Response): Promise<UploadedSpreadsheet | undefined> {
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        reject(error.code === 'LIMIT_FILE_SIZE' ? new PayloadTooLargeException() : new BadRequestException(`file: ${error.message}`));
      } else if (error) reject(error instanceof Error ? error : new BadRequestException('file: the upload could not be read'));
      else resolve(req.file);
    });
  });
}

/** Upload of activities kept in a spreadsheet: rows with an id update that activity, the others are created as drafts; all rows, or none. */
@Controller('imports')
@UseFilters(ExchangeErrorFilter)
export class ActivitiesImportsController {
  constructor(private readonly imports: ActivitiesImportService) {}

  @Post('activities')
  @HttpCode(HttpStatus.CREATED)
  importActivities(@CurrentUser() actor: Actor | null, @Req() req: Request, @Res({ passthrough: true }) res: Response, @Query('organizationId') organizationId?: string) {
    return this.imports.importFile(actor, () => receiveSpreadsheet(req, res), { organizationId, language: exchangeLanguage(req) });
  }
}
