/**
 * Every operation the portal authorizes. (Reading organizations, networks and the strategic
 * plan is public: the network publishes them.) Adding one without a row in POLICY fails to compile,
 * and the authorization-matrix test covers it automatically.
 */
export enum Action {
  ORGANIZATION_CONTACT_READ = 'organization.contact_read',
  USER_READ = 'user.read',
  USER_INVITE = 'user.invite',
  USER_UPDATE = 'user.update',
  USER_CHANGE_ROLE = 'user.change_role',
  USER_DEACTIVATE = 'user.deactivate',
  /** Approved activities and the network's reports. */
  ACTIVITY_READ = 'activity.read',
  /** Drafts, submitted and returned activities, and an activity's change history. */
  ACTIVITY_READ_UNAPPROVED = 'activity.read_unapproved',
  ACTIVITY_WRITE = 'activity.write',
  ACTIVITY_REVIEW = 'activity.review',
  REPORTING_PERIOD_LOCK = 'reporting_period.lock',
  AUDIT_READ = 'audit.read',
  MAIL_OUTBOX_READ = 'mail.outbox_read',
  MAIL_RETRY = 'mail.retry',
}
