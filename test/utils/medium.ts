import { DynamicModule, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { Actor } from '@app/policy';
import { ClockModule, LoggingModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { User } from '@app/users';
import { TestFactory } from '../factories/test-factory';
import { createTestDatabase, TestDatabase } from './test-database';
import { PORTAL_ENTITIES } from '../../apps/shared/entities';

export interface MediumContext {
  module: TestingModule;
  db: TestDatabase;
  factory: TestFactory;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

/**
 * The medium tier: one library's module on a database of the test file's own (copied from the
 * migrated template), with only what every library needs (config, clock, logging, database, the
 * mail outbox without its worker). No HTTP, no GraphQL: services are called with actors.
 */
export async function startMedium(...modules: (Type<unknown> | DynamicModule)[]): Promise<MediumContext> {
  const db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const module = await Test.createTestingModule({
    imports: [ConfigModule, ClockModule, LoggingModule, DatabaseModule.forRoot({ entities: PORTAL_ENTITIES }), JobsModule.forRoot({ work: false }), MailModule.forRoot({ worker: false }), ...modules],
  }).compile();
  await module.init();
  return {
    module,
    db,
    factory: new TestFactory(db.dataSource),
    get: (type) => module.get(type, { strict: false }),
    async close() {
      await module.close();
      await db.drop();
    },
  };
}

/** The actor a service sees for a user, as the authentication guard makes it. */
export const actorOf = (user: User): Actor => ({ id: user.id, organizationId: user.organizationId, role: user.role });
