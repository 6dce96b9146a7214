import { Role } from './role.enum';
import { Action } from './action.enum';

/**
 * How far a role's permission for an action reaches:
 * - ANY: every record;
 * - OWN_ORGANIZATION: records of the user's own organization only;
 * - OWN_ORGANIZATION_LOWER_RANK: people of the user's own organization whose role ranks below
 *   the user's (see RANK), and the user themself;
 * - ADDRESSED_TO_OWN_ORGANIZATION: records addressed to the user's organization by another one
 *   (a referral, once sent, for the partner it is addressed to), not those it owns: the side of
 *   a two-sided record is a cell of this table, not a role check in a service;
 * - NONE: not at all.
 */
export enum Reach {
  ANY = 'ANY',
  OWN_ORGANIZATION = 'OWN_ORGANIZATION',
  OWN_ORGANIZATION_LOWER_RANK = 'OWN_ORGANIZATION_LOWER_RANK',
  ADDRESSED_TO_OWN_ORGANIZATION = 'ADDRESSED_TO_OWN_ORGANIZATION',
  NONE = 'NONE',
}

const { ANY, OWN_ORGANIZATION: OWN, OWN_ORGANIZATION_LOWER_RANK: LOWER, ADDRESSED_TO_OWN_ORGANIZATION: TO_OWN, NONE } = Reach;

/**
 * The rank of each role, for acting on people: outside ANY reach, nobody changes, deactivates or
 * demotes a person of a higher or equal rank (Reach.OWN_ORGANIZATION_LOWER_RANK), nor gives a
 * role above their own (`canGrant`). Only coordinators have ANY reach over people.
 * PARTNER and EVALUATOR rank above MEMBER_ADMIN: only coordinators give these roles (a partner
 * abroad or a donor's evaluator is the network's relation, not a member organization's staff),
 * so an evaluator or partner account placed in a member organization, ASTRA included, is out of
 * its admin's hands; they stay below COORDINATOR, who manages everyone.
 */
export const RANK: Record<Role, number> = {
  [Role.COORDINATOR]: 4,
  [Role.PARTNER]: 3,
  [Role.EVALUATOR]: 3,
  [Role.MEMBER_ADMIN]: 2,
  [Role.MEMBER_STAFF]: 1,
};

/** The one table of who may do what. Read it as: POLICY[action][role]. */
export const POLICY: Record<Action, Record<Role, Reach>> = {
                                      //  COORDINATOR  MEMBER_ADMIN  MEMBER_STAFF  PARTNER  EVALUATOR
  [Action.ORGANIZATION_CONTACT_READ]: row(ANY,         ANY,          ANY,          ANY,     NONE),
  [Action.ORGANIZATION_MANAGE]:       row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.USER_READ]:                 row(ANY,         OWN,          OWN,          OWN,     NONE),
  [Action.USER_INVITE]:               row(ANY,         OWN,          NONE,         NONE,    NONE),
  [Action.USER_UPDATE]:               row(ANY,         LOWER,        NONE,         NONE,    NONE),
  [Action.USER_CHANGE_ROLE]:          row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.USER_DEACTIVATE]:           row(ANY,         LOWER,        NONE,         NONE,    NONE),
  [Action.USER_REACTIVATE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.ACTIVITY_READ]:             row(ANY,         ANY,          ANY,          NONE,    ANY),
  [Action.ACTIVITY_READ_UNAPPROVED]:  row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.ACTIVITY_WRITE]:            row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.ACTIVITY_REVIEW]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.REPORTING_PERIOD_LOCK]:     row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.REFERRAL_READ]:             row(ANY,         OWN,          OWN,          TO_OWN,  NONE),
  [Action.REFERRAL_WRITE]:            row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.REFERRAL_RESPOND]:          row(NONE,        NONE,         NONE,         TO_OWN,  NONE),
  [Action.REFERRAL_MESSAGE_WRITE]:    row(ANY,         OWN,          OWN,          TO_OWN,  NONE),
  [Action.REFERRAL_DETAILS_READ]:     row(ANY,         OWN,          OWN,          TO_OWN,  NONE),
  [Action.REFERRAL_STATS_READ]:       row(ANY,         ANY,          ANY,          NONE,    ANY),
  [Action.REFERRAL_STATS_ANY_PERIOD]: row(ANY,         ANY,          ANY,          NONE,    NONE),
  [Action.PARTNER_MANAGE]:            row(ANY,         NONE,         NONE,         OWN,     NONE),
  [Action.MEETING_READ]:              row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.MEETING_MANAGE]:            row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MEETING_RESPOND]:           row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.MEETING_ATTENDEE_READ]:     row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.ACTION_ITEM_UPDATE]:        row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.AUDIT_READ]:                row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.AUDIT_IP_READ]:             row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MAIL_OUTBOX_READ]:          row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.MAIL_RETRY]:                row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.TRAINING_READ]:             row(ANY,         ANY,          ANY,          NONE,    NONE),
  [Action.TRAINING_MANAGE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.TRAINING_PARTICIPANT_READ]: row(ANY,         OWN,          OWN,          NONE,    NONE),
  [Action.CAPACITY_READ]:             row(ANY,         OWN,          OWN,          NONE,    ANY),
  [Action.CAPACITY_MANAGE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.SELF_ASSESSMENT_SUBMIT]:    row(NONE,        OWN,          NONE,         NONE,    NONE),
  [Action.STRATEGY_MANAGE]:           row(ANY,         NONE,         NONE,         NONE,    NONE),
  [Action.ADMIN_APP_USE]:             row(ANY,         OWN,          NONE,         NONE,    NONE),
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
