import { registerEnumType } from '@nestjs/graphql';

/** Every user has exactly one role; what each may do is decided by the policy table (policy.table.ts). */
export enum Role {
  COORDINATOR = 'COORDINATOR',
  MEMBER_ADMIN = 'MEMBER_ADMIN',
  MEMBER_STAFF = 'MEMBER_STAFF',
  PARTNER = 'PARTNER',
  EVALUATOR = 'EVALUATOR',
}

registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    COORDINATOR: { description: "ASTRA's network coordination staff: everything" },
    MEMBER_ADMIN: { description: "A member organization's admin: its own organization's users and data" },
    MEMBER_STAFF: { description: "A member organization's staff: its own organization's records and the network's shared information" },
    PARTNER: { description: 'Staff of a partner organization abroad: only what is addressed to their organization' },
    EVALUATOR: { description: 'Donors and evaluators: aggregated, approved reports only, no personal data' },
  },
});
