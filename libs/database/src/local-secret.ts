import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * For local use only: a secret generated once and kept in `file`, readable by its owner only
 * (0600; an older file with looser rights is tightened). `npm start` keeps its JWT secret,
 * referral keys and the embedded PostgreSQL password this way under DATA_DIR.
 */
export function localSecret(file: string, generate: () => string): string {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': never overwrite a secret another process wrote meanwhile.
    try {
      writeFileSync(file, generate(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
