import { ForbiddenException, NotFoundException, UnauthenticatedException } from '@app/common';
import { Role } from './role.enum';
import { Action } from './action.enum';
import { POLICY, RANK, Reach } from './policy.table';

/** Who is acting: a signed-in user (GraphQL, admin app) or a background job acting for one. */
export interface Actor {
  id: string;
  organizationId: string;
  role: Role;
}

/** A record an action touches, by the organization it belongs to. */
export interface Subject {
  /** Entity name used in the NOT_FOUND answer, e.g. "User". */
  type: string;
  organizationId: string;
  /**
   * The organization the record is addressed to, when another one owns it (a sent referral's
   * partner); absent or null while it is addressed to nobody (a draft). Reach.ADDRESSED_TO_OWN_ORGANIZATION reads it.
   */
  addresseeOrganizationId?: string | null;
  /**
   * Whether the actor may see the record, where the one who resolved it knows: refusing an
   * action on a record one can see is FORBIDDEN (hiding it would not help), on one one cannot, NOT_FOUND.
   */
  readable?: boolean;
}

/** A person an action touches: their organization, and who they are and their role, for the rank rule. */
export interface PersonSubject extends Subject {
  id: string;
  role: Role;
}

type SubjectRef = Pick<Subject, 'organizationId' | 'addresseeOrganizationId'> & Partial<Pick<PersonSubject, 'id' | 'role'>>;

/**
 * What a list may contain, for filtering in SQL: everything, or some organizations' records,
 * either those they own or those addressed to them (Reach.ADDRESSED_TO_OWN_ORGANIZATION).
 */
export type Scope = { all: true } | { all: false; organizationIds: string[]; relation: 'owner' | 'addressee' };

export function reachOf(actor: Actor, action: Action): Reach {
  return POLICY[action][actor.role];
}

/**
 * The policy decision: may this actor do this action (to this subject)? Where the reach depends
 * on rank, the subject must be a person (id and role); any other subject is refused.
 */
export function can(actor: Actor | null | undefined, action: Action, subject?: SubjectRef): boolean {
  if (!actor) return false;
  switch (reachOf(actor, action)) {
    case Reach.ANY:
      return true;
    case Reach.OWN_ORGANIZATION:
      return !subject || subject.organizationId === actor.organizationId;
    case Reach.OWN_ORGANIZATION_LOWER_RANK:
      return !subject || (subject.organizationId === actor.organizationId && outranks(actor, subject));
    case Reach.ADDRESSED_TO_OWN_ORGANIZATION:
      return !subject || subject.addresseeOrganizationId === actor.organizationId;
    case Reach.NONE:
      return false;
  }
}

/** Acting on oneself, or on someone of a lower rank. */
function outranks(actor: Actor, subject: SubjectRef): boolean {
  if (subject.id === undefined || subject.role === undefined) return false;
  return subject.id === actor.id || RANK[actor.role] > RANK[subject.role];
}

/**
 * The roles the table gives an action to, with one of these reaches if any are named: for
 * finding in SQL the people who may act on something (whom to tell of it), without a list of roles of one's own.
 */
export function rolesWith(action: Action, ...reaches: Reach[]): Role[] {
  return Object.values(Role).filter((role) => (reaches.length ? reaches.includes(POLICY[action][role]) : POLICY[action][role] !== Reach.NONE));
}

/** Whether the actor may give a role (inviting, changing a role): one up to their own rank, so coordinators any. */
export function canGrant(actor: Actor | null | undefined, role: Role): boolean {
  return !!actor && RANK[role] <= RANK[actor.role];
}

/**
 * Throws unless allowed: UNAUTHENTICATED without an actor, FORBIDDEN when the role may never
 * do this, the person outranks the actor (OUTRANKED: they see the person, so hiding them would
 * not help) or the subject is out of reach but `readable`, and otherwise NOT_FOUND when the
 * subject lies out of reach, so that another organization's records look exactly like records that do not exist.
 */
export function authorize(actor: Actor | null | undefined, action: Action, subject?: Subject | PersonSubject): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedException();
  const reach = reachOf(actor, action);
  if (reach === Reach.NONE) throw new ForbiddenException();
  if (subject && !can(actor, action, subject)) {
    if (subject.organizationId === actor.organizationId && reach === Reach.OWN_ORGANIZATION_LOWER_RANK) throw new ForbiddenException('OUTRANKED', 'You cannot change a person of your rank or above');
    if (subject.readable) throw new ForbiddenException();
    throw new NotFoundException(subject.type);
  }
}

/** The records of an action's list an actor may see; throws like `authorize` when none. */
export function scopeOf(actor: Actor | null | undefined, action: Action): Scope {
  authorize(actor, action);
  const reach = reachOf(actor, action);
  if (reach === Reach.ANY) return { all: true };
  return { all: false, organizationIds: [actor.organizationId], relation: reach === Reach.ADDRESSED_TO_OWN_ORGANIZATION ? 'addressee' : 'owner' };
}
