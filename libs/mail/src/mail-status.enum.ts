/**
 * Where a mail is in the outbox. PENDING waits for its `next_attempt_at`; SENDING is leased
 * to a worker until `locked_until`; DEAD gave up after the last attempt and waits for a
 * coordinator's retry.
 */
export enum MailStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DEAD = 'DEAD',
}
