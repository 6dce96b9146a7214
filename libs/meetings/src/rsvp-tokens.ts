import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@app/common';
import { InvitationAnswer } from './meeting.enums';

/** What an RSVP link says: this person answers this meeting so, until then. */
export interface RsvpClaim {
  meetingId: string;
  userId: string;
  answer: InvitationAnswer;
  expiresAt: Date;
}

export enum RsvpTokenProblem {
  /** Not made by us, altered, or not a token at all: the same answer for all three. */
  INVALID = 'INVALID',
  EXPIRED = 'EXPIRED',
}

export type RsvpVerification = { ok: true; claim: RsvpClaim } | { ok: false; problem: RsvpTokenProblem };

const VERSION = 'r1';
const ANSWERS = new Set<string>(Object.values(InvitationAnswer));

/**
 * Signed RSVP links: `r1.<payload>.<HMAC-SHA256>`, base64url, with a key derived from the app secret
 * for this purpose only (so a token can never pass as an access token, or the reverse). The token
 * is not stored when issued; a used one is stored as its SHA-256 (`meeting_rsvp_uses`), for single use.
 */
export class RsvpTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('meeting-rsvp-v1').digest();
  }

  sign(claim: RsvpClaim): string {
    const payload = Buffer.from(
      JSON.stringify({ m: claim.meetingId, u: claim.userId, a: claim.answer, e: Math.floor(claim.expiresAt.getTime() / 1000) }),
      'utf8',
    ).toString('base64url');
    return `${VERSION}.${payload}.${this.mac(payload)}`;
  }

  verify(token: string, now: Date): RsvpVerification {
    const invalid = { ok: false, problem: RsvpTokenProblem.INVALID } as const;
    const parts = typeof token === 'string' && token.length <= 1_000 ? token.split('.') : [];
    if (parts.length !== 3 || parts[0] !== VERSION) return invalid;
    const [, payload, mac] = parts;
    const expected = Buffer.from(this.mac(payload), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return invalid;
    let body: { m?: unknown; u?: unknown; a?: unknown; e?: unknown };
    try {
      body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return invalid;
    }
    if (typeof body.m !== 'string' || !isUuid(body.m) || typeof body.u !== 'string' || !isUuid(body.u)) return invalid;
    if (typeof body.a !== 'string' || !ANSWERS.has(body.a) || typeof body.e !== 'number') return invalid;
    const expiresAt = new Date(body.e * 1000);
    if (now.getTime() >= expiresAt.getTime()) return { ok: false, problem: RsvpTokenProblem.EXPIRED };
    return { ok: true, claim: { meetingId: body.m, userId: body.u, answer: body.a as InvitationAnswer, expiresAt } };
  }

  /** What is stored once a token is used: its hash, never the token. */
  static hash(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}.${payload}`).digest('base64url');
  }
}
