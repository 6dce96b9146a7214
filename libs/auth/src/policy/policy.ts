import { ForbiddenException, NotFoundException, UnauthenticatedException } from '@app/common';
import { Role } from '@app/users/role.enum';
import { Action } from './action.enum';
import { POLICY, Reach } from './policy.table';

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
}

/** What a list may contain, for filtering in SQL: everything, or some organizations' records. */
export type Scope = { all: true } | { all: false; organizationIds: string[] };

export function reachOf(actor: Actor, action: Action): Reach {
  return POLICY[action][actor.role];
}

/** The policy decision: may this actor do this action (to this subject)? */
export function can(actor: Actor | null | undefined, action: Action, subject?: Pick<Subject, 'organizationId'>): boolean {
  if (!actor) return false;
  switch (reachOf(actor, action)) {
    case Reach.ANY:
      return true;
    case Reach.OWN_ORGANIZATION:
      return !subject || subject.organizationId === actor.organizationId;
    case Reach.NONE:
      return false;
  }
}

/**
 * Throws unless allowed: UNAUTHENTICATED without an actor, FORBIDDEN when the role may never
 * do this, and NOT_FOUND when the subject lies outside the actor's reach, so that another
 * organization's records look exactly like records that do not exist.
 */
export function authorize(actor: Actor | null | undefined, action: Action, subject?: Subject): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedException();
  const reach = reachOf(actor, action);
  if (reach === Reach.NONE) throw new ForbiddenException();
  if (subject && !can(actor, action, subject)) throw new NotFoundException(subject.type);
}

/** The records of an action's list an actor may see; throws like `authorize` when none. */
export function scopeOf(actor: Actor | null | undefined, action: Action): Scope {
  authorize(actor, action);
  return reachOf(actor, action) === Reach.ANY ? { all: true } : { all: false, organizationIds: [actor.organizationId] };
}
