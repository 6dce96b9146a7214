import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const sut = await hashPassword('correct horse battery staple');
    expect(sut).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(sut, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(sut, 'Correct horse battery staple')).toBe(false);
  });

  it('says no, after the same work, when there is no stored hash', async () => {
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
  });

  it.each([
    ['short', /at least 12/, 'PASSWORD_TOO_SHORT'],
    ['password1234', /commonly used/, 'PASSWORD_COMMON'],
    ['x'.repeat(129), /at most 128/, 'PASSWORD_TOO_LONG'],
  ])('rejects %j naming the field', (password, reason, code) => {
    expect(() => assertAcceptablePassword(password, 'newPassword')).toThrow(
      expect.objectContaining({ fields: [{ field: 'newPassword', reason: expect.stringMatching(reason), code }] }),
    );
  });

  it('accepts a long, uncommon passphrase', () => {
    expect(() => assertAcceptablePassword('Zrenjanin radionica 2024!')).not.toThrow();
  });
});
