import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { ActionItemType } from './action-item.type';
import { MeetingType } from './meeting.type';

@ObjectType()
export class MeetingConnection extends ConnectionType(MeetingType, 'Meeting') {}

@ObjectType()
export class ActionItemConnection extends ConnectionType(ActionItemType, 'ActionItem') {}
