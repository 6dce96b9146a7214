import type { ActivityFieldsFragment, CreateActivityInput, Gender, InstitutionKind, UpdateActivityInput } from '../../gql/graphql';
import type { ActivityDraftValues } from '../../offline/device-store';

export const GENDERS: Gender[] = ['FEMALE', 'MALE', 'OTHER_UNKNOWN'];
export const ACTIVITY_TYPES = ['YOUTH_WORKSHOP', 'LECTURE', 'PUBLIC_FORUM', 'ROUND_TABLE', 'PROFESSIONAL_TRAINING', 'INFO_STAND', 'MEDIA_CAMPAIGN', 'OTHER'] as const;
export const TARGET_GROUPS = ['PUPILS', 'STUDENTS', 'YOUNG_PEOPLE', 'PARENTS', 'EDUCATION', 'SOCIAL_PROTECTION', 'POLICE', 'JUDICIARY', 'HEALTH', 'LOCAL_GOVERNMENT', 'GENERAL_PUBLIC', 'OTHER'] as const;
export const INSTITUTION_KINDS = ['SCHOOL', 'SOCIAL_WORK_CENTRE', 'POLICE', 'HEALTH', 'LOCAL_GOVERNMENT', 'CSO', 'MEDIA', 'OTHER'] as const;
export const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;

export const cellKey = (gender: string, ageBand: string) => `${gender}:${ageBand}`;

export function emptyValues(): ActivityDraftValues {
  return {
    type: 'YOUTH_WORKSHOP',
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    city: '',
    online: false,
    targetGroups: [],
    participants: {},
    participantsTotal: '',
    institutions: [],
    goalIds: [],
    indicatorValues: {},
    coOrganizerIds: [],
    mediaOutlets: '',
    mediaAudience: '',
    attachments: [],
  };
}

export function valuesOf(activity: ActivityFieldsFragment): ActivityDraftValues {
  return {
    type: activity.type,
    title: activity.title,
    description: activity.description,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    city: activity.city ?? '',
    online: activity.online,
    targetGroups: [...activity.targetGroups],
    participants: Object.fromEntries(activity.participants.map((p) => [cellKey(p.gender, p.ageBand.code), String(p.count)])),
    participantsTotal: activity.participantsTotal === null || activity.participantsTotal === undefined ? '' : String(activity.participantsTotal),
    institutions: activity.institutions.map((i) => ({ kind: i.kind, name: i.name })),
    goalIds: activity.goals.map((g) => g.id),
    indicatorValues: Object.fromEntries(activity.indicatorValues.map((v) => [v.indicatorId, String(v.value)])),
    coOrganizerIds: activity.coOrganizers.map((o) => o.id),
    mediaOutlets: activity.mediaOutlets === null || activity.mediaOutlets === undefined ? '' : String(activity.mediaOutlets),
    mediaAudience: activity.mediaAudience === null || activity.mediaAudience === undefined ? '' : String(activity.mediaAudience),
    attachments: activity.attachments.map((a) => ({ url: a.url, title: a.title })),
  };
}

const count = (text: string) => (text.trim() === '' ? null : Number(text));

/** The API's input from what the form holds; empty boxes are left out, numbers stay as typed (the API judges them). */
export function toFieldsInput(values: ActivityDraftValues): Omit<CreateActivityInput, 'clientRequestId'> {
  return {
    type: values.type as CreateActivityInput['type'],
    title: values.title.trim(),
    description: values.description,
    startsOn: values.startsOn,
    endsOn: values.endsOn || values.startsOn,
    city: values.city.trim() || null,
    online: values.online,
    targetGroups: values.targetGroups as CreateActivityInput['targetGroups'],
    participants: Object.entries(values.participants)
      .filter(([, typed]) => typed.trim() !== '')
      .map(([key, typed]) => {
        const [gender, ageBand] = key.split(':');
        return { gender: gender as Gender, ageBand, count: Number(typed) };
      }),
    participantsTotal: count(values.participantsTotal),
    institutions: values.institutions.filter((i) => i.name.trim() !== '').map((i) => ({ kind: i.kind as InstitutionKind, name: i.name })),
    goalIds: values.goalIds,
    indicatorValues: Object.entries(values.indicatorValues)
      .filter(([, typed]) => typed.trim() !== '')
      .map(([indicatorId, typed]) => ({ indicatorId, value: Number(typed) })),
    coOrganizerIds: values.coOrganizerIds,
    mediaOutlets: count(values.mediaOutlets),
    mediaAudience: count(values.mediaAudience),
    attachments: values.attachments.filter((a) => a.url.trim() !== ''),
  };
}

export function toUpdateInput(values: ActivityDraftValues, version: number): UpdateActivityInput {
  return { ...toFieldsInput(values), version };
}

/** Row, column and grand totals of the participants grid. */
export function gridTotals(values: ActivityDraftValues, ageBands: string[]) {
  const at = (gender: string, band: string) => Number(values.participants[cellKey(gender, band)] || 0) || 0;
  const rows = Object.fromEntries(GENDERS.map((g) => [g, ageBands.reduce((sum, b) => sum + at(g, b), 0)]));
  const columns = Object.fromEntries(ageBands.map((b) => [b, GENDERS.reduce((sum, g) => sum + at(g, b), 0)]));
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, columns, total };
}
