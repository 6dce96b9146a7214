import { ErrorKind } from '@app/common';
import { Role } from '@app/users/role.enum';
import { Action } from './action.enum';
import { authorize, can, scopeOf } from './policy';
import { POLICY, Reach } from './policy.table';

/**
 * The authorization matrix, generated from the policy table: every role × every action ×
 * own / other organization. A new Action without a POLICY row does not compile; a row that
 * `can` or `authorize` ignores fails here.
 */
const OWN = 'org-own';
const OTHER = 'org-other';
const actor = (role: Role) => ({ id: `user-${role}`, organizationId: OWN, role });

const cases = Object.values(Action).flatMap((action) =>
  Object.values(Role).flatMap((role) =>
    (['own', 'other'] as const).map((where) => {
      const reach = POLICY[action][role];
      const allowed = reach === Reach.ANY || (reach === Reach.OWN_ORGANIZATION && where === 'own');
      return { action, role, where, reach, allowed };
    }),
  ),
);

describe('authorization matrix', () => {
  it('has a row for every action and a cell for every role', () => {
    for (const action of Object.values(Action)) {
      expect(Object.keys(POLICY[action]).sort()).toEqual(Object.values(Role).sort());
    }
  });

  it.each(cases)('$role $action on $where organization: allowed=$allowed', ({ action, role, where, reach, allowed }) => {
    const subject = { type: 'Thing', organizationId: where === 'own' ? OWN : OTHER };
    expect(can(actor(role), action, subject)).toBe(allowed);
    if (allowed) {
      expect(() => authorize(actor(role), action, subject)).not.toThrow();
    } else {
      // Never allowed at all: FORBIDDEN. Allowed for the own organization only: another's record is NOT_FOUND.
      const kind = reach === Reach.NONE ? ErrorKind.FORBIDDEN : ErrorKind.NOT_FOUND;
      expect(() => authorize(actor(role), action, subject)).toThrow(expect.objectContaining({ kind }));
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
    expect(scopeOf(actor(Role.MEMBER_STAFF), Action.USER_READ)).toEqual({ all: false, organizationIds: [OWN] });
    expect(() => scopeOf(actor(Role.EVALUATOR), Action.USER_READ)).toThrow(expect.objectContaining({ kind: ErrorKind.FORBIDDEN }));
  });
});
