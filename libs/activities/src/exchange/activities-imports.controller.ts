import { BadRequestException, Controller, HttpCode, HttpStatus, PayloadTooLargeException, Post, Query, Req, UseFilters } from '@nestjs/common';
import busboy from 'busboy';
import { HttpRequest, rawRequest } from '@app/common';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { ActivitiesImportService } from './activities-import.service';
import { ExchangeErrorFilter } from './exchange-error.filter';
import { exchangeLanguage } from './exchange-language';
import { MAX_IMPORT_BYTES, UploadedSpreadsheet } from './spreadsheet-reader';

/** The one file (`file`) and at most a few small fields beside it. */
const LIMITS = { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 };

/**
 * Reads the multipart body (the field `file`, at most MAX_IMPORT_BYTES, kept in memory) with
 * busboy, on Node's request under either server's. Called by the service only once it has
 * authorized the request, so that nobody who may not import makes the server read an upload.
 * A body that is not multipart holds no file.
 */
export function receiveSpreadsheet(req: HttpRequest): Promise<UploadedSpreadsheet | undefined> {
  const raw = rawRequest(req);
  if (!/^multipart\/form-data\b/i.test(raw.headers['content-type'] ?? '')) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: raw.headers, limits: LIMITS });
    } catch {
      return reject(new BadRequestException('file: the upload could not be read (a multipart body needs its boundary)'));
    }
    let file: UploadedSpreadsheet | undefined;
    let reading: Promise<void> = Promise.resolve();
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      raw.unpipe(parser);
      raw.resume();
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || file) {
        stream.resume();
        return fail(new BadRequestException(`file: unexpected field "${field}"; send the spreadsheet as the one field "file"`));
      }
      const chunks: Buffer[] = [];
      reading = new Promise((done) => {
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(new PayloadTooLargeException()));
        stream.on('end', () => {
          const buffer = Buffer.concat(chunks);
          file = { originalname: info.filename ?? '', mimetype: info.mimeType, size: buffer.length, buffer };
          done();
        });
      });
    });
    parser.on('filesLimit', () => fail(new BadRequestException('file: send one file only')));
    parser.on('partsLimit', () => fail(new BadRequestException('file: the upload has too many parts')));
    parser.on('fieldsLimit', () => fail(new BadRequestException('file: the upload has too many fields')));
    parser.on('error', () => fail(new BadRequestException('file: the upload could not be read')));
    parser.on('close', () => void reading.then(() => !failed && resolve(file)));
    raw.on('aborted', () => fail(new BadRequestException('file: the upload was cut off')));
    raw.pipe(parser);
  });
}

/** Upload of activities kept in a spreadsheet: rows with an id update that activity, the others are created as drafts; all rows, or none. */
@Controller('imports')
@UseFilters(ExchangeErrorFilter)
export class ActivitiesImportsController {
  constructor(private readonly imports: ActivitiesImportService) {}

  @Post('activities')
  @HttpCode(HttpStatus.CREATED)
  importActivities(@CurrentUser() actor: Actor | null, @Req() req: HttpRequest, @Query('organizationId') organizationId?: string) {
    return this.imports.importFile(actor, () => receiveSpreadsheet(req), { organizationId, language: exchangeLanguage(req) });
  }
}
