import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Network } from '../network.entity';
import { Organization } from '../organization.entity';

@ObjectType()
export class OrganizationConnection extends ConnectionType(Organization) {}

@ObjectType()
export class NetworkConnection extends ConnectionType(Network) {}
