/**
 * Where a mail is. PENDING waits for its pg-boss job (first attempt or a retry after backoff);
 * SENDING is being delivered by a worker; DEAD was dead-lettered after the last attempt and waits
 * for a coordinator's retry.
 */
export enum MailStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DEAD = 'DEAD',
}
