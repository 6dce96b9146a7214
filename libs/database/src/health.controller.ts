import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pendingMigrations } from './migrations';

const READY_TIMEOUT_MS = 2_000;

/** Express's response and Fastify's reply both set a status this way (the API serves on Fastify, the admin app on Express). */
interface StatusOnly {
  status(code: number): unknown;
}

/** Liveness and readiness for process managers and load balancers. */
@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is alive; says nothing about its dependencies. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** The database answers and every migration in the code has been applied. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: StatusOnly) {
    try {
      const pending = await withTimeout(this.check(), READY_TIMEOUT_MS);
      if (pending.length > 0) {
        res.status(HttpStatus.SERVICE_UNAVAILABLE);
        return { status: 'unavailable', database: 'up', pendingMigrations: pending };
      }
      return { status: 'ok', database: 'up', pendingMigrations: [] };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: 'down' };
    }
  }

  private async check(): Promise<string[]> {
    await this.dataSource.query('SELECT 1');
    return pendingMigrations(this.dataSource);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
