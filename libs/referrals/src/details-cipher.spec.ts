import { DetailsCipher } from './details-cipher';

describe(DetailsCipher.name, () => {
  const ring = DetailsCipher.generateKeyRing('k1');

  it('round-trips text with diacritics, and never stores it in clear', () => {
    const sut = new DetailsCipher(ring);
    const encrypted = sut.encrypt('{"name":"Đurđa Šćekić"}', 'referral-1');
    expect(encrypted.keyId).toBe('k1');
    expect(encrypted.ciphertext.toString('utf8')).not.toContain('Šćekić');
    expect(encrypted.ciphertext.toString('latin1')).not.toContain('ekic');
    expect(sut.decrypt(encrypted, 'referral-1')).toBe('{"name":"Đurđa Šćekić"}');
  });

  it('uses a fresh IV each time', () => {
    const sut = new DetailsCipher(ring);
    expect(sut.encrypt('same', 'r').ciphertext.equals(sut.encrypt('same', 'r').ciphertext)).toBe(false);
  });

  it('refuses a ciphertext moved to another record or tampered with', () => {
    const sut = new DetailsCipher(ring);
    const encrypted = sut.encrypt('secret', 'referral-1');
    expect(() => sut.decrypt(encrypted, 'referral-2')).toThrow();
    const tampered = Buffer.from(encrypted.ciphertext);
    tampered[tampered.length - 1] ^= 1;
    expect(() => sut.decrypt({ ...encrypted, ciphertext: tampered }, 'referral-1')).toThrow();
  });

  it('decrypts with an older key after rotation, and encrypts with the new one', () => {
    const old = new DetailsCipher(ring);
    const encrypted = old.encrypt('secret', 'r');
    const rotated = new DetailsCipher(`${DetailsCipher.generateKeyRing('k2')},${ring}`);
    expect(rotated.decrypt(encrypted, 'r')).toBe('secret');
    expect(rotated.isCurrent(encrypted.keyId)).toBe(false);
    expect(rotated.encrypt('secret', 'r').keyId).toBe('k2');
  });

  it('refuses a key ring with a wrong key length', () => {
    expect(() => new DetailsCipher('k1:c2hvcnQ=')).toThrow(/32 bytes/);
  });
});
