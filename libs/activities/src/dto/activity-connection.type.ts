import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Activity } from '../activity.entity';

@ObjectType()
export class ActivityConnection extends ConnectionType(Activity) {}
