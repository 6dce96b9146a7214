import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { rebuildActivityCounts, rebuildProgress } from '@app/activities';
import { AppConfig, loadConfigOrExit } from '@app/config';
import { openDatabaseServer, pendingMigrations, schemaDiff } from '@app/database';
import { DetailsCipher, rotateReferralKeys } from '@app/referrals';
import { withDataSource } from './data-source';
import { createUser, CreateUserOptions } from './create-user';
import { reactivateUser } from './reactivate-user';
import { assertMigrationName, migrationSource } from './migration-file';
import { seed } from './seed';
import { start } from './start';

const out = (line: string) => process.stdout.write(`${line}\n`);

/** Runs work against the configured database, starting (and then stopping) the embedded one if needed. */
async function withDatabase<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const server = await openDatabaseServer(config, out);
  try {
    return await withDataSource(server.url, work);
  } finally {
    await server.stop();
  }
}

const MIGRATIONS_DIR = join(__dirname, '..', '..', '..', '..', 'migrations');

function program(config: AppConfig): Command {
  const cli = new Command('portal').description('AT Network Portal command line');

  cli.command('start').description('Start the database (embedded unless DATABASE_URL is set), API and admin app').action(() => start(config));

  cli
    .command('seed')
    .description('Add the network, its members, partner networks and the strategic plan where missing')
    .option('--demo', 'also add fictional demo partner organizations')
    .action(({ demo }: { demo?: boolean }) =>
      withDatabase(config, async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        out(`Seed: ${await seed(dataSource, { demo })} rows inserted`);
      }),
    );

  cli
    .command('create-user')
    .description('Create an account and print its single-use set-password link (for the first coordinator)')
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--org <shortName>', 'short name of the organization, e.g. ASTRA')
    .requiredOption('--role <role>', 'COORDINATOR, MEMBER_ADMIN, MEMBER_STAFF, PARTNER or EVALUATOR')
    .option('--name <fullName>', 'full name')
    .option('--language <sr|en>', 'language of e-mails and pages (default: en for PARTNER, sr for the other roles)')
    .action(async (options: CreateUserOptions) => {
      const server = await openDatabaseServer(config, out);
      process.env.DATABASE_URL = server.url;
      try {
        await withDataSource(server.url, (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
        await createUser(options, out);
      } finally {
        await server.stop();
      }
    });

  cli
    .command('reactivate-user')
    .description('Let a deactivated account sign in again (when no coordinator is left to do it); audited')
    .requiredOption('--email <email>', 'e-mail address of the account')
    .action(async ({ email }: { email: string }) => {
      const server = await openDatabaseServer(config, out);
      process.env.DATABASE_URL = server.url;
      try {
        await reactivateUser({ email }, out);
      } finally {
        await server.stop();
      }
    });

  cli
    .command('rotate-referral-keys')
    .description("Re-encrypt referrals' identifying details and free texts (reasons, notes, messages) with the first key of REFERRAL_DATA_KEYS, so that older keys can be removed")
    .option('--batch-size <count>', 'referrals per transaction', '200')
    .action(({ batchSize }: { batchSize: string }) =>
      withDatabase(config, async (dataSource) => {
        if (!config.REFERRAL_DATA_KEYS) throw new Error('REFERRAL_DATA_KEYS is not set: put the new key first and the old ones after it');
        const result = await rotateReferralKeys(dataSource, new DetailsCipher(config.REFERRAL_DATA_KEYS), { batchSize: Math.max(1, Number(batchSize) || 200) });
        out(`Re-encrypted ${result.rotated} referral details and texts with key ${result.currentKeyId}`);
        for (const { id, keyId, reason, text } of result.failed) out(`Not re-encrypted: ${text ? `${text} of record` : 'details of referral'} ${id} (key ${keyId}): ${reason}`);
        if (result.failed.length) process.exitCode = 1;
      }),
    );

  cli
    .command('progress:rebuild')
    .description('Recount the strategy progress totals from the activities (after a bulk load with triggers off)')
    .action(() =>
      withDatabase(config, async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        out(`Strategy progress recounted: ${await rebuildProgress(dataSource)} approved activities`);
      }),
    );

  cli
    .command('activity-counts:rebuild')
    .description("Recount the totals of activity lists (each organization's and the network's) from the activities (after a bulk load with triggers off)")
    .action(() =>
      withDatabase(config, async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        out(`Activity list totals recounted: ${await rebuildActivityCounts(dataSource)} activities`);
      }),
    );

  cli.command('migration:run').description('Apply pending migrations').action(() =>
    withDatabase(config, async (dataSource) => {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      out(applied.length ? applied.map((m) => `Applied ${m.name}`).join('\n') : 'No pending migrations');
    }),
  );

  cli.command('migration:revert').description('Revert the last applied migration').action(() =>
    withDatabase(config, async (dataSource) => {
      await dataSource.undoLastMigration({ transaction: 'each' });
      out('Reverted the last migration');
    }),
  );

  cli.command('migration:show').description('List pending migrations').action(() =>
    withDatabase(config, async (dataSource) => {
      const pending = await pendingMigrations(dataSource);
      out(pending.length ? pending.map((name) => `pending: ${name}`).join('\n') : 'All migrations applied');
    }),
  );

  cli
    .command('migration:generate')
    .argument('<Name>', 'what the migration does, in PascalCase')
    .description('Write a migration with the SQL the entities need beyond the applied migrations')
    .action((name: string) =>
      withDatabase(config, async (dataSource) => {
        assertMigrationName(name);
        await dataSource.runMigrations({ transaction: 'each' });
        const { up, down } = await schemaDiff(dataSource);
        if (up.length === 0) {
          out('Entities and migrations agree: nothing to generate');
          return;
        }
        const timestamp = Date.now();
        const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
        writeFileSync(file, migrationSource(name, timestamp, up, down));
        out(`Wrote ${file}: review the SQL before committing it`);
      }),
    );

  cli
    .command('migration:create')
    .argument('<Name>', 'what the migration does, in PascalCase')
    .description('Write an empty migration for hand-written SQL')
    .action((name: string) => {
      assertMigrationName(name);
      const timestamp = Date.now();
      const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
      writeFileSync(file, migrationSource(name, timestamp, [], []));
      out(`Wrote ${file}`);
    });

  return cli;
}

async function main() {
  const config = loadConfigOrExit();
  try {
    await program(config).parseAsync(process.argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

void main();
