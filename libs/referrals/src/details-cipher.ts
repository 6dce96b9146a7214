import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptedDetails {
  /** Which key encrypted it, so keys can rotate. */
  keyId: string;
  /** IV (12 bytes) | GCM tag (16 bytes) | ciphertext. */
  ciphertext: Buffer;
}

/**
 * Encrypts identifying details in the application, before they reach the database (AES-256-GCM
 * with a fresh IV each time). The first key of the ring encrypts; every key decrypts, so a new
 * key can be put first and old data re-encrypted at leisure. The record id is bound in as
 * associated data: a ciphertext copied to another referral does not decrypt.
 */
export class DetailsCipher {
  private readonly keys: Map<string, Buffer>;
  readonly currentKeyId: string;

  constructor(keyRing: string) {
    const pairs = keyRing.split(',').map((pair) => {
      const [id, key] = pair.split(':');
      const bytes = Buffer.from(key ?? '', 'base64');
      if (!id || bytes.length !== 32) throw new Error('Each referral data key must be id:base64 of 32 bytes');
      return [id, bytes] as const;
    });
    this.keys = new Map(pairs);
    this.currentKeyId = pairs[0][0];
  }

  static generateKeyRing(id = 'k1'): string {
    return `${id}:${randomBytes(32).toString('base64')}`;
  }

  encrypt(plaintext: string, associatedData: string): EncryptedDetails {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: this.currentKeyId, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  decrypt({ keyId, ciphertext }: EncryptedDetails, associatedData: string): string {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`No referral data key "${keyId}" is configured`);
    const decipher = createDecipheriv(ALGORITHM, key, ciphertext.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Whether a stored value needs re-encrypting with the current key. */
  isCurrent(keyId: string): boolean {
    return keyId === this.currentKeyId;
  }
}
