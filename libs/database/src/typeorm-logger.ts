import { Logger as NestLogger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * TypeORM's messages through the application's structured logger. Query parameters are
 * never logged: they can hold personal data.
 */
export class TypeOrmLogger extends AbstractLogger {
  private readonly logger = new NestLogger('TypeORM');

  protected writeLog(level: LogLevel, message: LogMessage | string | number | (LogMessage | string | number)[]): void {
    for (const entry of Array.isArray(message) ? message : [message]) {
      const text = typeof entry === 'object' ? String(entry.message) : String(entry);
      if (level === 'error' || level === 'warn') this.logger[level](text);
      else this.logger.debug(text);
    }
  }

  override logQueryError(error: string | Error, query: string): void {
    this.logger.error({ query, err: error instanceof Error ? { message: error.message, code: (error as { code?: string }).code } : error }, 'Query failed');
  }

  override logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, ms: time }, 'Slow query');
  }
}
