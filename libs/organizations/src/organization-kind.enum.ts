import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  AT_NETWORK_MEMBER = 'AT_NETWORK_MEMBER',
  PARTNER_ORGANIZATION = 'PARTNER_ORGANIZATION',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  valuesMap: {
    AT_NETWORK_MEMBER: { description: 'One of the AT network member organizations in Serbia' },
    PARTNER_ORGANIZATION: { description: 'An organization of a partner network, usually abroad' },
    OTHER: { description: 'Any other organization the network works with' },
  },
});
