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
  AUDIT_READ = 'audit.read',
  MAIL_OUTBOX_READ = 'mail.outbox_read',
  MAIL_RETRY = 'mail.retry',
}
