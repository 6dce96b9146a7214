import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainException, errorKindOfHttpStatus, ErrorKind, HttpResponse, httpStatusOf, rawResponse, sendJson } from '@app/common';
import { ActivityImportException } from './activity-import.exception';
import { MAX_IMPORT_BYTES } from './spreadsheet-reader';

/**
 * Errors of the file endpoints as JSON: `{ code, reason, message, fields }` like the GraphQL
 * extensions (code = kind, reason = stable code), plus `errors` for a refused import. Anything
 * unexpected is logged with the request id and answered 500 without details. Once a download
 * has started, the connection is cut so that the client sees an incomplete file, not a wrong one.
 */
@Catch()
export class ExchangeErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exchange');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<{ id?: string | number }>();
    const res = host.switchToHttp().getResponse<HttpResponse>();
    if (rawResponse(res).headersSent) {
      this.logger.error({ err: exception, requestId: req.id }, 'A download failed after it had started');
      rawResponse(res).destroy();
      return;
    }
    if (exception instanceof DomainException) {
      sendJson(res, httpStatusOf(exception.kind), {
        code: exception.kind,
        reason: exception.code,
        message: exception.message,
        fields: exception.fields,
        ...exception.details,
        ...(exception instanceof ActivityImportException && { errors: exception.errors }),
      });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const tooLarge = status === HttpStatus.PAYLOAD_TOO_LARGE;
      sendJson(res, status, {
        code: tooLarge ? ErrorKind.BAD_USER_INPUT : errorKindOfHttpStatus(status),
        reason: tooLarge ? 'FILE_TOO_LARGE' : HttpStatus[status],
        message: tooLarge ? `file: the upload is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB` : exception.message,
        fields: tooLarge ? [{ field: 'file', reason: `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several files` }] : [],
      });
      return;
    }
    this.logger.error({ err: exception, requestId: req.id }, 'Unhandled error in a file endpoint');
    sendJson(res, HttpStatus.INTERNAL_SERVER_ERROR, { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', fields: [], requestId: req.id });
  }
}
