import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'apps', 'web');
const BUILT = join(ROOT, 'dist', 'web', 'index.html');
const LOCK = join(ROOT, 'dist', '.web-build.lock');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

const upToDate = () => {
  const sources = Math.max(newest(join(WEB, 'src')), newest(join(WEB, 'public')), statSync(join(WEB, 'index.html')).mtimeMs);
  return existsSync(BUILT) && statSync(BUILT).mtimeMs > sources;
};

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the web app into dist/web (which the API serves) unless a build newer than its sources
 * is there. Test files run in parallel: one builds (holding a lock directory), the others wait.
 */
export function ensureWebAppBuilt(): void {
  if (upToDate()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes was left by a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    if (upToDate()) return;
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(WEB, 'vite.config.mts'), '--logLevel', 'warn'], {
      cwd: ROOT,
      // Jest sets NODE_ENV=test, which would make Vite build the development variant.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
