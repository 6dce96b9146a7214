import { InvitationAnswer } from './meeting.enums';
import { RsvpTokenProblem, RsvpTokens } from './rsvp-tokens';

describe(RsvpTokens.name, () => {
  const sut = new RsvpTokens('a-secret-that-is-long-enough-for-the-tests-0123456789');
  const claim = { meetingId: '6f1c1b4e-8a0e-4c1e-9a55-2f5b1f0c9d11', userId: '0b6b0f8c-6a57-4f33-9a4c-3d8c3f0a1e22', answer: InvitationAnswer.YES, expiresAt: new Date('2026-03-15T12:00:00Z') };
  const before = new Date('2026-03-01T00:00:00Z');

  it('reads back what it signed', () => {
    expect(sut.verify(sut.sign(claim), before)).toEqual({ ok: true, claim });
  });

  it('refuses an expired token', () => {
    expect(sut.verify(sut.sign(claim), claim.expiresAt)).toEqual({ ok: false, problem: RsvpTokenProblem.EXPIRED });
  });

  it('refuses a token whose answer was changed, one signed with another key, and garbage', () => {
    const [version, payload, mac] = sut.sign(claim).split('.');
    const changed = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"YES"', '"NO"')).toString('base64url');
    const invalid = { ok: false, problem: RsvpTokenProblem.INVALID };
    expect(sut.verify(`${version}.${changed}.${mac}`, before)).toEqual(invalid);
    expect(sut.verify(new RsvpTokens('another-secret-that-is-long-enough-0123456789').sign(claim), before)).toEqual(invalid);
    expect(sut.verify('r1.x.y', before)).toEqual(invalid);
    expect(sut.verify('', before)).toEqual(invalid);
  });

  it('stores only a hash of a used token', () => {
    const token = sut.sign(claim);
    expect(RsvpTokens.hash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(RsvpTokens.hash(token)).not.toContain(token.slice(3, 20));
  });
});
