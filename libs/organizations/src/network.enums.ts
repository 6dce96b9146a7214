import { registerEnumType } from '@nestjs/graphql';

export enum NetworkKind {
  AT_NETWORK = 'AT_NETWORK',
  PARTNER_NETWORK = 'PARTNER_NETWORK',
}

export enum NetworkRole {
  MEMBER = 'MEMBER',
  ASSOCIATE = 'ASSOCIATE',
  COORDINATOR = 'COORDINATOR',
}

registerEnumType(NetworkKind, {
  name: 'NetworkKind',
  valuesMap: {
    AT_NETWORK: { description: 'The Anti-Trafficking network in Serbia, coordinated by ASTRA' },
    PARTNER_NETWORK: { description: 'An international or national network the AT network refers cases through' },
  },
});

registerEnumType(NetworkRole, {
  name: 'NetworkRole',
  valuesMap: {
    MEMBER: { description: 'Full member' },
    ASSOCIATE: { description: 'Associate member' },
    COORDINATOR: { description: "The network's coordinator or secretariat" },
  },
});
