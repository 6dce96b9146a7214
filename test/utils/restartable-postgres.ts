import { ChildProcess, fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An embedded PostgreSQL server of a test file's own, so that stopping it harms no other test file:
 * persistent, on a fixed port, so it can be stopped and started again where the API expects it.
 * It runs in a child process (see ../resilience/support/embedded-postgres-process.js).
 */
export class RestartablePostgres {
  private child?: ChildProcess;
  /** Holds the data directory `pg` and what is kept beside it. */
  readonly dir = mkdtempSync(join(tmpdir(), 'atnp-pg-'));
  /** The maintenance database's URL, with the cluster's own password (the same after a restart). */
  adminUrl = '';

  constructor(readonly port: number) {
    chmodSync(this.dir, 0o755); // as root the server runs as the `postgres` user, which must reach it
  }

  async start(): Promise<void> {
    // Durable settings (no `fast`): an acknowledged write must survive the restart.
    const options = { dataDir: join(this.dir, 'pg'), persistent: true, port: this.port };
    const child = fork(join(__dirname, '../resilience/support/embedded-postgres-process.js'), [JSON.stringify(options)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.once('message', (message: { error?: string; url?: string }) => {
        if (message.error) return reject(new Error(message.error));
        this.adminUrl = message.url!;
        resolve();
      });
      child.once('exit', (code) => reject(new Error(`the embedded PostgreSQL process ended with ${code}`)));
    });
    this.child = child;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('stop');
    });
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
