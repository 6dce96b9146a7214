import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { UserType } from './user.type';

@ObjectType()
export class UserConnection extends ConnectionType(UserType, 'User') {}
