export * from './entities';
export * from './network.enums';
export * from './organization-kind.enum';
export * from './organizations.module';
export * from './organizations.service';
export * from './networks.service';
export * from './seed/seed-networks';
export * from './seed/network.seed-data';
