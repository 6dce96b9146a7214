import { registerEnumType } from '@nestjs/graphql';

/**
 * What an audit entry records, stored as `<area>.<verb>` text. The database only checks
 * that shape, so adding an action here needs no migration.
 */
export enum AuditAction {
  AUTH_SIGN_IN = 'auth.sign_in',
  AUTH_SIGN_IN_FAILED = 'auth.sign_in_failed',
  AUTH_SIGN_OUT = 'auth.sign_out',
  AUTH_REFRESH_REUSE_DETECTED = 'auth.refresh_reuse_detected',
  AUTH_PASSWORD_RESET_REQUESTED = 'auth.password_reset_requested',
  AUTH_PASSWORD_CHANGED = 'auth.password_changed',
  USER_INVITED = 'user.invite',
  USER_CREATED = 'user.create',
  USER_UPDATED = 'user.update',
  USER_ROLE_CHANGED = 'user.role_change',
  USER_DEACTIVATED = 'user.deactivate',
  USER_REACTIVATED = 'user.reactivate',
  ENTITY_CREATED = 'entity.create',
  ENTITY_UPDATED = 'entity.update',
  ENTITY_DELETED = 'entity.delete',
  PERSONAL_DATA_READ = 'personal_data.read',
  ACTIVITY_SUBMITTED = 'activity.submit',
  ACTIVITY_APPROVED = 'activity.approve',
  ACTIVITY_RETURNED = 'activity.return',
  ACTIVITY_REOPENED = 'activity.reopen',
  REPORTING_PERIOD_LOCKED = 'reporting_period.lock',
  REPORTING_PERIOD_UNLOCKED = 'reporting_period.unlock',
  REFERRAL_REMINDED = 'referral.remind',
  REFERRAL_ESCALATED = 'referral.escalate',
  REFERRAL_DETAILS_ERASED = 'referral.details_erase',
  REFERRAL_DETAILS_REKEYED = 'referral.details_rekey',
  REFERRAL_THREAD_READ = 'referral.thread_read',
  REFERRAL_RETENTION_WARNED = 'referral.retention_warn',
}

/** The shape the `ck_audit_log_action` constraint enforces. */
export const AUDIT_ACTION_PATTERN = /^[a-z_]+\.[a-z_]+$/;

registerEnumType(AuditAction, {
  name: 'AuditAction',
  valuesMap: {
    AUTH_SIGN_IN: { description: 'Signed in' },
    AUTH_SIGN_IN_FAILED: { description: 'A sign-in failed; the actor is empty when the address is unknown' },
    AUTH_SIGN_OUT: { description: 'Signed out' },
    AUTH_REFRESH_REUSE_DETECTED: { description: "A refresh token was used twice; the whole session family was revoked and the user's access tokens stopped" },
    AUTH_PASSWORD_RESET_REQUESTED: { description: 'A password reset was requested' },
    AUTH_PASSWORD_CHANGED: { description: 'A password was changed or reset' },
    USER_INVITED: { description: 'A user was invited' },
    USER_CREATED: { description: 'A user account was created' },
    USER_UPDATED: { description: "A user's details were changed" },
    USER_ROLE_CHANGED: { description: "A user's role was changed" },
    USER_DEACTIVATED: { description: 'A user was deactivated' },
    USER_REACTIVATED: { description: 'A deactivated user was let sign in again (without an actor: from the command line)' },
    ENTITY_CREATED: { description: 'A record of `entityType` was created' },
    ENTITY_UPDATED: { description: 'A record of `entityType` was changed; `changedFields` names the fields' },
    ENTITY_DELETED: { description: 'A record of `entityType` was deleted' },
    PERSONAL_DATA_READ: { description: 'Personal data in a record of `entityType` was read' },
    ACTIVITY_SUBMITTED: { description: 'An activity was submitted for review' },
    ACTIVITY_APPROVED: { description: 'An activity was approved and now counts in reports' },
    ACTIVITY_RETURNED: { description: "An activity was returned with the coordinator's comment" },
    ACTIVITY_REOPENED: { description: 'An approved activity was reopened for editing' },
    REPORTING_PERIOD_LOCKED: { description: 'A reporting period was locked' },
    REPORTING_PERIOD_UNLOCKED: { description: 'A reporting period was unlocked' },
    REFERRAL_REMINDED: { description: 'The partner was reminded of a referral it had not acknowledged in time (by the system)' },
    REFERRAL_ESCALATED: { description: 'The sending organization and the coordinators were alerted to a referral still unacknowledged at twice its due time (by the system)' },
    REFERRAL_DETAILS_ERASED: { description: "A referral's identifying details and free texts were erased at the end of the retention period (by the system)" },
    REFERRAL_DETAILS_REKEYED: { description: "A referral's identifying details or free texts were re-encrypted with the current key (key rotation)" },
    REFERRAL_THREAD_READ: { description: "A referral's thread (messages, decline and close reasons, timeline notes) was read" },
    REFERRAL_RETENTION_WARNED: { description: 'The sender of a draft or of an open referral gone quiet was told it is about to be erased (by the system)' },
  },
});
