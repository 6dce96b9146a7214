import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { ActionItem } from '../action-item.entity';
import { Meeting } from '../meeting.entity';

@ObjectType()
export class MeetingConnection extends ConnectionType(Meeting) {}

@ObjectType()
export class ActionItemConnection extends ConnectionType(ActionItem) {}
