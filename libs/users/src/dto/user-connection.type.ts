import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { User } from '../user.entity';

@ObjectType()
export class UserConnection extends ConnectionType(User) {}
