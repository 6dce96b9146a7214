import { Algorithm, hash, verify } from '@node-rs/argon2';
import { InvalidInputException } from '@app/common';

/** OWASP's recommended argon2id parameters: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;

/**
 * The 49,000 most common passwords, lower-cased: 4.4 MB of heap, so read with the first password
 * set or changed rather than by every API process at start.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  }
  return common;
}

/** Rejects short and commonly used passwords, naming the field. */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw InvalidInputException.field(field, `must be at least ${MIN_PASSWORD_LENGTH} characters long`, 'PASSWORD_TOO_SHORT');
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw InvalidInputException.field(field, `must be at most ${MAX_PASSWORD_LENGTH} characters long`, 'PASSWORD_TOO_LONG');
  }
  if (commonPasswords().has(password.toLowerCase())) {
    throw InvalidInputException.field(field, 'is one of the most commonly used passwords; choose another', 'PASSWORD_COMMON');
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

// Verified against when the address has no account, so that the answer takes as long either way.
let dummyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and says no. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
