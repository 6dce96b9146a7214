import { ErrorKind } from '@app/common';
import { Role } from './role.enum';
import { Action } from './action.enum';
import { AccessService } from './access.service';
import { authorize, can, canGrant, rolesWith, scopeOf } from './policy';
import { POLICY, RANK, Reach } from './policy.table';

/**
 * The authorization matrix, generated from the policy table: every role × every action ×
 * own / other organization, and for the actions on people every pair of roles. A new Action
 * without a POLICY row does not compile; a row that `can` or `authorize` ignores fails here.
 */
const OWN = 'org-own';
const OTHER = 'org-other';
const actor = (role: Role) => ({ id: `user-${role}`, organizationId: OWN, role });
const ROLES = Object.values(Role);

/** The actions whose subject is a person: each is checked for every pair of roles. */
const USER_ACTIONS = [Action.USER_UPDATE, Action.USER_CHANGE_ROLE, Action.USER_DEACTIVATE, Action.USER_REACTIVATE];

/** Where the subject lies: owned by the actor's organization, by another one, or by another one and addressed to the actor's. */
type Where = 'own' | 'other' | 'addressed';
const WHERE: Where[] = ['own', 'other', 'addressed'];

/** What the table says, read independently of `can`: reach, organization, and rank where the reach needs it. */
function allowedByTable(action: Action, role: Role, where: Where, subjectRole: Role): boolean {
  const reach = POLICY[action][role];
  if (reach === Reach.ANY) return true;
  if (reach === Reach.OWN_ORGANIZATION) return where === 'own';
  if (reach === Reach.OWN_ORGANIZATION_LOWER_RANK) return where === 'own' && RANK[role] > RANK[subjectRole];
  if (reach === Reach.ADDRESSED_TO_OWN_ORGANIZATION) return where === 'addressed';
  return false;
}

function refusalKind(action: Action, role: Role, where: Where): ErrorKind {
  const reach = POLICY[action][role];
  if (reach === Reach.NONE) return ErrorKind.FORBIDDEN;
  // A record out of reach looks like none; a person of one's own organization who outranks one is FORBIDDEN.
  return where === 'own' && reach === Reach.OWN_ORGANIZATION_LOWER_RANK ? ErrorKind.FORBIDDEN : ErrorKind.NOT_FOUND;
}

const subjectAt = (where: Where, subjectRole: Role) => ({
  type: 'Thing',
  organizationId: where === 'own' ? OWN : OTHER,
  addresseeOrganizationId: where === 'addressed' ? OWN : null,
  id: 'someone-else',
  role: subjectRole,
});

/** The cells of the table whose reach is the addressee. */
const addressedCells = () => Object.values(Action).flatMap((action) => ROLES.filter((role) => POLICY[action][role] === Reach.ADDRESSED_TO_OWN_ORGANIZATION).map((role) => ({ action, role })));

const cases = Object.values(Action).flatMap((action) =>
  (USER_ACTIONS.includes(action) ? ROLES : [Role.MEMBER_STAFF]).flatMap((subjectRole) =>
    ROLES.flatMap((role) => WHERE.map((where) => ({ action, role, where, subjectRole, allowed: allowedByTable(action, role, where, subjectRole) }))),
  ),
);

describe('authorization matrix', () => {
  it('has a row for every action and a cell for every role', () => {
    for (const action of Object.values(Action)) {
      expect(Object.keys(POLICY[action]).sort()).toEqual(Object.values(Role).sort());
    }
  });

  it.each(cases)('$role $action on a $subjectRole of the $where organization: allowed=$allowed', ({ action, role, where, subjectRole, allowed }) => {
    // The subject is a person as well, so every action sees the same shape; only rank-bound reaches read the role.
    const subject = subjectAt(where, subjectRole);
    expect(can(actor(role), action, subject)).toBe(allowed);
    if (allowed) {
      expect(() => authorize(actor(role), action, subject)).not.toThrow();
    } else {
      expect(() => authorize(actor(role), action, subject)).toThrow(expect.objectContaining({ kind: refusalKind(action, role, where) }));
    }
  });

  it('refuses everything to nobody with UNAUTHENTICATED', () => {
    for (const action of Object.values(Action)) {
      expect(can(null, action)).toBe(false);
      expect(() => authorize(null, action)).toThrow(expect.objectContaining({ kind: ErrorKind.UNAUTHENTICATED }));
    }
  });

  it("scopes lists to the user's organization where the reach is the own organization", () => {
    expect(scopeOf(actor(Role.COORDINATOR), Action.USER_READ)).toEqual({ all: true });
    expect(scopeOf(actor(Role.MEMBER_STAFF), Action.USER_READ)).toEqual({ all: false, organizationIds: [OWN], relation: 'owner' });
    expect(() => scopeOf(actor(Role.EVALUATOR), Action.USER_READ)).toThrow(expect.objectContaining({ kind: ErrorKind.FORBIDDEN }));
  });

  it('scopes an action whose reach is the addressee to what is addressed to the user’s organization', () => {
    for (const { action, role } of addressedCells()) expect(scopeOf(actor(role), action)).toEqual({ all: false, organizationIds: [OWN], relation: 'addressee' });
  });

  it('reaches nothing through the addressee when a record is addressed to nobody yet', () => {
    for (const { action, role } of addressedCells()) expect(can(actor(role), action, { organizationId: OTHER, addresseeOrganizationId: null })).toBe(false);
  });
});

describe(AccessService.name, () => {
  const ID = '00000000-0000-4000-8000-000000000001';
  const OTHER_ID = '00000000-0000-4000-8000-000000000002';
  let sut: AccessService;
  let resolved: string[][];

  beforeEach(() => {
    sut = new AccessService();
    resolved = [];
    sut.registerSubject('Thing', async (ids) => {
      resolved.push(ids);
      return [
        { id: ID, organizationId: OWN },
        { id: OTHER_ID, organizationId: OTHER, addresseeOrganizationId: OWN },
      ].filter((row) => ids.includes(row.id));
    });
  });

  it('resolves the subject inside the policy and answers as `authorize` would', async () => {
    await expect(sut.require(actor(Role.MEMBER_STAFF), Action.ACTIVITY_WRITE, { type: 'Thing', id: ID })).resolves.toBe(Reach.OWN_ORGANIZATION);
    await expect(sut.require(actor(Role.MEMBER_STAFF), Action.ACTIVITY_WRITE, { type: 'Thing', id: OTHER_ID })).rejects.toMatchObject({ kind: ErrorKind.NOT_FOUND });
    await expect(sut.require(actor(Role.COORDINATOR), Action.ACTIVITY_WRITE, { type: 'Thing', id: OTHER_ID })).resolves.toBe(Reach.ANY);
  });

  it('checks many ids in one look-up, and one unknown or malformed id is NOT_FOUND', async () => {
    await expect(sut.require(actor(Role.COORDINATOR), Action.ACTIVITY_WRITE, { type: 'Thing', ids: [ID, OTHER_ID, ID] })).resolves.toBe(Reach.ANY);
    expect(resolved).toEqual([[ID, OTHER_ID]]);
    await expect(sut.require(actor(Role.COORDINATOR), Action.ACTIVITY_WRITE, { type: 'Thing', ids: [ID, '00000000-0000-4000-8000-000000000009'] })).rejects.toMatchObject({ kind: ErrorKind.NOT_FOUND });
    await expect(sut.require(actor(Role.COORDINATOR), Action.ACTIVITY_WRITE, { type: 'Thing', id: 'not-an-id' })).rejects.toMatchObject({ kind: ErrorKind.NOT_FOUND });
  });

  it('refuses a role with FORBIDDEN and nobody with UNAUTHENTICATED before reading anything', async () => {
    await expect(sut.require(actor(Role.PARTNER), Action.ACTIVITY_WRITE, { type: 'Thing', id: ID })).rejects.toMatchObject({ kind: ErrorKind.FORBIDDEN });
    await expect(sut.require(null, Action.ACTIVITY_WRITE, { type: 'Thing', id: ID })).rejects.toMatchObject({ kind: ErrorKind.UNAUTHENTICATED });
    expect(resolved).toEqual([]);
  });

  it('refuses a record out of reach that the actor can see with FORBIDDEN rather than NOT_FOUND', async () => {
    await expect(sut.require(actor(Role.MEMBER_STAFF), Action.ACTIVITY_WRITE, { type: 'Thing', organizationId: OTHER, readable: true })).rejects.toMatchObject({ kind: ErrorKind.FORBIDDEN });
    expect(() => authorize(actor(Role.MEMBER_ADMIN), Action.USER_DEACTIVATE, { type: 'User', organizationId: OWN, id: 'x', role: Role.MEMBER_ADMIN, readable: true })).toThrow(
      expect.objectContaining({ code: 'OUTRANKED' }),
    );
  });

  it('hands the resolver the actor and the caller’s transaction', async () => {
    const seen: unknown[] = [];
    sut.registerSubject('Other', async (ids, who, within) => {
      seen.push(who.id, within);
      return [];
    });
    await expect(sut.require(actor(Role.COORDINATOR), Action.ACTIVITY_WRITE, { type: 'Other', id: ID }, 'the transaction')).rejects.toMatchObject({ kind: ErrorKind.NOT_FOUND });
    expect(seen).toEqual([actor(Role.COORDINATOR).id, 'the transaction']);
  });

  it('takes a subject the caller already holds without reading it again', async () => {
    await expect(sut.require(actor(Role.MEMBER_STAFF), Action.ACTIVITY_WRITE, { type: 'Thing', organizationId: OTHER })).rejects.toMatchObject({ kind: ErrorKind.NOT_FOUND });
    expect(resolved).toEqual([]);
  });

  it('names a type nobody registered as a programming error, and refuses a second resolver for a type', async () => {
    await expect(sut.require(actor(Role.COORDINATOR), Action.ACTIVITY_WRITE, { type: 'Nothing', id: ID })).rejects.toThrow('No subject resolver');
    expect(() => sut.registerSubject('Thing', async () => [])).toThrow('twice');
  });
});

describe('rolesWith', () => {
  it.each(Object.values(Action))('lists the roles %s reaches as the table does', (action) => {
    expect(rolesWith(action).sort()).toEqual(ROLES.filter((role) => POLICY[action][role] !== Reach.NONE).sort());
    expect(rolesWith(action, Reach.ANY).sort()).toEqual(ROLES.filter((role) => POLICY[action][role] === Reach.ANY).sort());
  });
});

describe('the rank rule', () => {
  const person = (role: Role, id = `other-${role}`) => ({ type: 'User', organizationId: OWN, id, role });

  it('ranks COORDINATOR above PARTNER and EVALUATOR, above MEMBER_ADMIN, above MEMBER_STAFF', () => {
    expect(RANK[Role.COORDINATOR]).toBeGreaterThan(RANK[Role.PARTNER]);
    expect(RANK[Role.PARTNER]).toBe(RANK[Role.EVALUATOR]);
    expect(RANK[Role.EVALUATOR]).toBeGreaterThan(RANK[Role.MEMBER_ADMIN]);
    expect(RANK[Role.MEMBER_ADMIN]).toBeGreaterThan(RANK[Role.MEMBER_STAFF]);
  });

  it.each(USER_ACTIONS)('security: a member admin may %s only staff of their own organization, never a coordinator, evaluator, partner or another member admin', (action) => {
    const admin = actor(Role.MEMBER_ADMIN);
    for (const role of [Role.COORDINATOR, Role.EVALUATOR, Role.PARTNER, Role.MEMBER_ADMIN]) {
      expect(can(admin, action, person(role))).toBe(false);
      expect(() => authorize(admin, action, person(role))).toThrow(expect.objectContaining({ kind: ErrorKind.FORBIDDEN }));
    }
    expect(can(admin, action, person(Role.MEMBER_STAFF))).toBe(POLICY[action][Role.MEMBER_ADMIN] !== Reach.NONE);
  });

  it('lets a member admin change their own name, and a coordinator act on another coordinator', () => {
    const admin = actor(Role.MEMBER_ADMIN);
    expect(can(admin, Action.USER_UPDATE, person(Role.MEMBER_ADMIN, admin.id))).toBe(true);
    for (const action of USER_ACTIONS) expect(can(actor(Role.COORDINATOR), action, person(Role.COORDINATOR))).toBe(true);
  });

  it('refuses a rank-bound action on a subject that is not a person', () => {
    expect(can(actor(Role.MEMBER_ADMIN), Action.USER_DEACTIVATE, { organizationId: OWN })).toBe(false);
  });

  it.each(ROLES)('lets a %s give only roles up to their own rank', (role) => {
    for (const granted of ROLES) expect(canGrant(actor(role), granted)).toBe(RANK[granted] <= RANK[role]);
    expect(ROLES.filter((granted) => canGrant(actor(Role.MEMBER_ADMIN), granted)).sort()).toEqual([Role.MEMBER_ADMIN, Role.MEMBER_STAFF]);
    expect(ROLES.every((granted) => canGrant(actor(Role.COORDINATOR), granted))).toBe(true);
    expect(canGrant(null, Role.MEMBER_STAFF)).toBe(false);
  });
});
