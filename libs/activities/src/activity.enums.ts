import { registerEnumType } from '@nestjs/graphql';

export enum ActivityType {
  YOUTH_WORKSHOP = 'YOUTH_WORKSHOP',
  PROFESSIONAL_TRAINING = 'PROFESSIONAL_TRAINING',
  ROUND_TABLE = 'ROUND_TABLE',
  PUBLIC_FORUM = 'PUBLIC_FORUM',
  LECTURE = 'LECTURE',
  MEDIA_CAMPAIGN = 'MEDIA_CAMPAIGN',
  INFO_STAND = 'INFO_STAND',
  OTHER = 'OTHER',
}

export enum TargetGroup {
  PUPILS = 'PUPILS',
  STUDENTS = 'STUDENTS',
  YOUNG_PEOPLE = 'YOUNG_PEOPLE',
  PARENTS = 'PARENTS',
  SOCIAL_PROTECTION = 'SOCIAL_PROTECTION',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  POLICE = 'POLICE',
  JUDICIARY = 'JUDICIARY',
  LOCAL_GOVERNMENT = 'LOCAL_GOVERNMENT',
  GENERAL_PUBLIC = 'GENERAL_PUBLIC',
  OTHER = 'OTHER',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER_UNKNOWN = 'OTHER_UNKNOWN',
}

export enum InstitutionKind {
  SCHOOL = 'SCHOOL',
  SOCIAL_WORK_CENTRE = 'SOCIAL_WORK_CENTRE',
  POLICE = 'POLICE',
  LOCAL_GOVERNMENT = 'LOCAL_GOVERNMENT',
  HEALTH = 'HEALTH',
  MEDIA = 'MEDIA',
  CSO = 'CSO',
  OTHER = 'OTHER',
}

export enum ActivityStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

registerEnumType(ActivityType, {
  name: 'ActivityType',
  valuesMap: {
    YOUTH_WORKSHOP: { description: 'Radionica za mlade / workshop for young people' },
    PROFESSIONAL_TRAINING: { description: 'Trening ili seminar za stručnjake / training or seminar for professionals' },
    ROUND_TABLE: { description: 'Okrugli sto / round table' },
    PUBLIC_FORUM: { description: 'Tribina / public forum' },
    LECTURE: { description: 'Predavanje / lecture' },
    MEDIA_CAMPAIGN: { description: 'Medijska kampanja / media campaign' },
    INFO_STAND: { description: 'Info štand ili ulična akcija / info stand or street action' },
    OTHER: { description: 'Drugo / other' },
  },
});
registerEnumType(TargetGroup, { name: 'TargetGroup', description: 'Who an activity reached' });
registerEnumType(Gender, { name: 'Gender', valuesMap: { OTHER_UNKNOWN: { description: 'Other or not known' } } });
registerEnumType(InstitutionKind, { name: 'InstitutionKind', valuesMap: { SOCIAL_WORK_CENTRE: { description: 'Centar za socijalni rad' }, CSO: { description: 'Another civil-society organization' } } });
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  valuesMap: {
    DRAFT: { description: 'Being written by its organization' },
    SUBMITTED: { description: 'Waiting for a coordinator' },
    APPROVED: { description: 'Counted in reports; members can no longer edit it' },
    RETURNED: { description: "Sent back with the coordinator's comment, to be edited and submitted again" },
  },
});
