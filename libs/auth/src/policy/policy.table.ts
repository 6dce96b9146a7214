import { Role } from '@app/users/role.enum';
import { Action } from './action.enum';

/**
 * How far a role's permission for an action reaches:
 * - ANY: every record;
 * - OWN_ORGANIZATION: records of the user's own organization only;
 * - NONE: not at all.
 */
export enum Reach {
  ANY = 'ANY',
  OWN_ORGANIZATION = 'OWN_ORGANIZATION',
  NONE = 'NONE',
}

const { ANY, OWN_ORGANIZATION: OWN, NONE } = Reach;

/** The one table of who may do what. Read it as: POLICY[action][role]. */
export const POLICY: Record<Action, Record<Role, Reach>> = {
                                      //  COORDINATOR  MEMBER_ADMIN  MEMBER_STAFF  PARTNER  EVALUATOR
  [Action.ORGANIZATION_CONTACT_READ]: row(ANY,         ANY,          ANY,          ANY,     NONE),
  [Action.ORGANIZATION_MANAGE]:       row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.USER_READ]:                 row(ANY,         OWN,          OWN,          OWN,     NONE),
  [Action.USER_INVITE]:               row(ANY,         OWN,          NONE,         NONE,    NONE),
  [Action.USER_UPDATE]:               row(ANY,         OWN,          NONE,         NONE,    NONE),
  [Action.USER_CHANGE_ROLE]:          row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.USER_DEACTIVATE]:           row(ANY,         OWN,          NONE,         NONE,    NONE),
  [Action.ACTIVITY_READ]:             row(ANY,         ANY,          ANY,          NONE,    ANY),
  [Action.ACTIVITY_READ_UNAPPROVED]:  row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.ACTIVITY_WRITE]:            row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.ACTIVITY_REVIEW]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.REPORTING_PERIOD_LOCK]:     row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.REFERRAL_READ]:             row(ANY,         OWN,          OWN,          OWN,     NONE),
  [Action.REFERRAL_WRITE]:            row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.REFERRAL_RESPOND]:          row(NONE,        NONE,         NONE,         OWN,     NONE),
  [Action.REFERRAL_DETAILS_READ]:     row(ANY,         OWN,          OWN,          OWN,     NONE),
  [Action.REFERRAL_STATS_READ]:       row(ANY,         ANY,          ANY,          NONE,    ANY),
  [Action.PARTNER_MANAGE]:            row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MEETING_READ]:              row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.MEETING_MANAGE]:            row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MEETING_RESPOND]:           row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.ACTION_ITEM_UPDATE]:        row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.AUDIT_READ]:                row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MAIL_OUTBOX_READ]:          row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MAIL_RETRY]:                row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.TRAINING_READ]:             row(ANY,         ANY,          ANY,          NONE,    NONE),
  [Action.TRAINING_MANAGE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.TRAINING_PARTICIPANT_READ]: row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.CAPACITY_READ]:             row(ANY,         OWN,          OWN,          NONE,    ANY),
  [Action.CAPACITY_MANAGE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.SELF_ASSESSMENT_SUBMIT]:    row(NONE,        OWN,          NONE,         NONE,    NONE),
  [Action.STRATEGY_MANAGE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
};

function row(coordinator: Reach, memberAdmin: Reach, memberStaff: Reach, partner: Reach, evaluator: Reach): Record<Role, Reach> {
  return {
    [Role.COORDINATOR]: coordinator,
    [Role.MEMBER_ADMIN]: memberAdmin,
    [Role.MEMBER_STAFF]: memberStaff,
    [Role.PARTNER]: partner,
    [Role.EVALUATOR]: evaluator,
  };
}
