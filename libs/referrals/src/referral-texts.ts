import { DetailsCipher } from './details-cipher';

/**
 * Everything about a person that the referrals store, and where: the identifying details and the
 * free texts (decline and close reasons, the notes of the timeline, the messages). Each is
 * encrypted in the application with the REFERRAL_DATA_KEYS ring, bound to its record (and, on the
 * referral row that holds several, to its field) as associated data, so that a ciphertext copied
 * elsewhere does not decrypt. Key rotation and retention go through this one list.
 */
export const SEALED_TEXTS = [
  { name: 'details', table: 'referrals', ciphertext: 'details_ciphertext', keyId: 'details_key_id', entityType: 'Referral' },
  { name: 'declineReason', table: 'referrals', ciphertext: 'decline_reason_ciphertext', keyId: 'decline_reason_key_id', entityType: 'Referral' },
  { name: 'outcomeReason', table: 'referrals', ciphertext: 'outcome_reason_ciphertext', keyId: 'outcome_reason_key_id', entityType: 'Referral' },
  { name: 'note', table: 'referral_events', ciphertext: 'note_ciphertext', keyId: 'note_key_id', entityType: 'ReferralEvent' },
  { name: 'body', table: 'referral_messages', ciphertext: 'body_ciphertext', keyId: 'body_key_id', entityType: 'ReferralMessage' },
] as const;

export type SealedText = (typeof SEALED_TEXTS)[number];
export type SealedTextName = SealedText['name'];

/** The associated data a text is bound to: its record's id, and the field where a row holds several texts. */
export function associatedData(name: SealedTextName, recordId: string): string {
  return name === 'declineReason' || name === 'outcomeReason' ? `${recordId}:${name}` : recordId;
}

/** Encrypts one text for its place; null stays null. */
export function sealText(cipher: DetailsCipher, name: SealedTextName, recordId: string, text: string | null | undefined): { ciphertext: Buffer | null; keyId: string | null } {
  if (text === null || text === undefined) return { ciphertext: null, keyId: null };
  const { ciphertext, keyId } = cipher.encrypt(text, associatedData(name, recordId));
  return { ciphertext, keyId };
}

/** Decrypts one text; null when there is none (never written, or erased). */
export function openText(cipher: DetailsCipher, name: SealedTextName, recordId: string, ciphertext: Buffer | null, keyId: string | null): string | null {
  if (!ciphertext || !keyId) return null;
  return cipher.decrypt({ keyId, ciphertext }, associatedData(name, recordId));
}
