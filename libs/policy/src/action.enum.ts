/**
 * Every operation the portal authorizes. (Reading organizations, networks and the strategic
 * plan is public: the network publishes them; so is its public page, `/network`, with approved
 * work in figures, small counts withheld, and no names.) Adding one without a row in POLICY fails to compile,
 * and the authorization-matrix test covers it automatically.
 */
export enum Action {
  ORGANIZATION_CONTACT_READ = 'organization.contact_read',
  /** Add and edit organizations and their network memberships (partners abroad included). */
  ORGANIZATION_MANAGE = 'organization.manage',
  USER_READ = 'user.read',
  /** Invite a person; which roles one may give follows RANK (`canGrant`). */
  USER_INVITE = 'user.invite',
  /** Change a person's name and language. */
  USER_UPDATE = 'user.update',
  USER_CHANGE_ROLE = 'user.change_role',
  USER_DEACTIVATE = 'user.deactivate',
  /** Let a deactivated account sign in again. */
  USER_REACTIVATE = 'user.reactivate',
  /** Approved activities and the network's reports. */
  ACTIVITY_READ = 'activity.read',
  /** Drafts, submitted and returned activities, and an activity's change history. */
  ACTIVITY_READ_UNAPPROVED = 'activity.read_unapproved',
  ACTIVITY_WRITE = 'activity.write',
  ACTIVITY_REVIEW = 'activity.review',
  REPORTING_PERIOD_LOCK = 'reporting_period.lock',
  /** A referral: for its sending organization, and for the partner it is addressed to once sent. */
  REFERRAL_READ = 'referral.read',
  /** Create, edit, send and withdraw a referral, as its sending organization. */
  REFERRAL_WRITE = 'referral.write',
  /** Acknowledge, accept, decline, start and close a referral, as the partner it is addressed to. */
  REFERRAL_RESPOND = 'referral.respond',
  /** Write a message on a referral, from either side: the other side is told there is one. */
  REFERRAL_MESSAGE_WRITE = 'referral.message_write',
  /** The identifying details of the person: a separate, audited read (for the partner, once it has accepted the case). */
  REFERRAL_DETAILS_READ = 'referral.details_read',
  /** Aggregated referral figures, without any person in them. */
  REFERRAL_STATS_READ = 'referral.stats_read',
  /** Referral figures over a period of any length; others need at least REFERRAL_STATS_MIN_PERIOD_DAYS, so a short window cannot single out a referral. */
  REFERRAL_STATS_ANY_PERIOD = 'referral.stats_any_period',
  /** A partner organization's profile (what it accepts, where, whom to notify): coordinators keep every one, a partner its own. */
  PARTNER_MANAGE = 'partner.manage',
  /** A meeting: every one for coordinators; for members, those they or their organization are invited to. */
  MEETING_READ = 'meeting.read',
  /** Create, edit, cancel and invite; record attendance, minutes and action items. */
  MEETING_MANAGE = 'meeting.manage',
  /** Answer an invitation (yes / no / maybe) for oneself, to a meeting one may see. */
  MEETING_RESPOND = 'meeting.respond',
  /** A meeting attendee's name and account (personal data), per field: the attendee's organization and coordinators, as for trainings. */
  MEETING_ATTENDEE_READ = 'meeting.attendee_read',
  /** Change the status of an action item, as its owner organization. */
  ACTION_ITEM_UPDATE = 'action_item.update',
  AUDIT_READ = 'audit.read',
  /** The client IP address of an audit entry (shown in an activity's history and a referral's detail reads). */
  AUDIT_IP_READ = 'audit.ip_read',
  MAIL_OUTBOX_READ = 'mail.outbox_read',
  MAIL_RETRY = 'mail.retry',
  /** The list of trainings with their topics, trainers and participants' organizations. */
  TRAINING_READ = 'training.read',
  /** Create and change trainings, their participants and certificates. */
  TRAINING_MANAGE = 'training.manage',
  /** A training participant's name (personal data), per field: the participant's organization and coordinators. */
  TRAINING_PARTICIPANT_READ = 'training.participant_read',
  /** An organization's capacity record: trainings attended, hours, people trained, self-assessments; no names. */
  CAPACITY_READ = 'capacity.read',
  /** The lists of training topics and self-assessment dimensions. */
  CAPACITY_MANAGE = 'capacity.manage',
  /** An organization's self-assessment of its capacity, for a period. */
  SELF_ASSESSMENT_SUBMIT = 'self_assessment.submit',
  /** Add plan periods, goals and indicators, and change goals' texts and indicators' baselines and targets. */
  STRATEGY_MANAGE = 'strategy.manage',
  /** Sign in to the admin app: coordinators, and member admins for their own organization; everyone else works in the web app. */
  ADMIN_APP_USE = 'admin_app.use',
}
