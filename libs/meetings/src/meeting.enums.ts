import { registerEnumType } from '@nestjs/graphql';

export enum MeetingKind {
  NETWORK_MEETING = 'NETWORK_MEETING',
  TRAINING = 'TRAINING',
  STUDY_VISIT = 'STUDY_VISIT',
  ONLINE_CALL = 'ONLINE_CALL',
}

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

export enum InvitationAnswer {
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesMap: {
    NETWORK_MEETING: { description: 'Sastanak mreže / network meeting' },
    TRAINING: { description: 'Obuka / training' },
    STUDY_VISIT: { description: 'Studijska poseta / study visit' },
    ONLINE_CALL: { description: 'Onlajn sastanak / online call (needs an online link, no place)' },
  },
});
registerEnumType(MeetingStatus, { name: 'MeetingStatus', valuesMap: { CANCELLED: { description: 'Cancelled: invitees got METHOD:CANCEL' } } });
registerEnumType(InvitationAnswer, { name: 'InvitationAnswer' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
