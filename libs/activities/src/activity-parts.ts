import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { FieldError, insertMany, InvalidInputException } from '@app/common';
import { Organization, OrganizationKind, OrganizationsService } from '@app/organizations';
import { Indicator, StrategicGoal, StrategyPeriod, StrategyService } from '@app/strategy';
import {
  ActivityAttachment,
  ActivityCoOrganizer,
  ActivityGoal,
  ActivityIndicatorValue,
  ActivityInstitution,
  ActivityParticipants,
} from './activity-parts.entity';
import { AgeBand } from './age-band.entity';
import { ActivityFieldsInput } from './dto/activity.input';

/** The related rows of an activity, checked against the database and ready to write. */
export interface ResolvedParts {
  participants?: Omit<ActivityParticipants, 'activityId'>[];
  goalIds?: string[];
  indicatorValues?: { indicatorId: string; value: number }[];
  coOrganizerIds?: string[];
  institutions?: { kind: ActivityInstitution['kind']; name: string }[];
  attachments?: { url: string; title: string }[];
}

/** The rows `resolveParts` checks an input against. */
export interface PartReferences {
  ageBands(): Promise<AgeBand[]>;
  /** The plan period whose dates cover a day, if any. */
  periodCovering(day: string): Promise<StrategyPeriod | null>;
  goals(ids: string[]): Promise<StrategicGoal[]>;
  indicators(ids: string[]): Promise<Indicator[]>;
  organizations(ids: string[]): Promise<Organization[]>;
}

/** The libraries that own what an activity refers to: the plan's and the directory's. */
export interface ReferenceOwners {
  strategy: StrategyService;
  organizations: OrganizationsService;
}

/** Looks each reference up in the database when asked, in the caller's transaction: what checking one activity needs. */
export function queriedReferences(manager: EntityManager, { strategy, organizations }: ReferenceOwners): PartReferences {
  return {
    ageBands: () => manager.getRepository(AgeBand).find(),
    periodCovering: (day) => strategy.periodCovering(day, manager),
    goals: (ids) => strategy.goalsByIds(ids, manager),
    indicators: (ids) => strategy.indicatorsByIds(ids, manager),
    organizations: (ids) => organizations.findByIds(ids, manager),
  };
}

/**
 * Reads the age bands and the strategy (periods, goals, indicators) once and answers from
 * memory, for checking thousands of activities in one transaction; organizations, which are
 * many, are read by id as they are named and remembered.
 */
export function preloadedReferences(manager: EntityManager, owners: ReferenceOwners): PartReferences {
  const queried = queriedReferences(manager, owners);
  const periods = once(() => owners.strategy.allPeriods(manager));
  const goals = once(() => owners.strategy.allGoals(manager));
  const indicators = once(() => owners.strategy.allIndicators(manager));
  const organizations = new Map<string, Organization | undefined>();
  return {
    ageBands: once(queried.ageBands),
    // Other ISO 8601 forms (week dates) go to the database, which refuses them as it always did.
    periodCovering: async (day) => (isCalendarDate(day) ? ((await periods()).find((p) => p.startsOn <= day && day <= p.endsOn) ?? null) : queried.periodCovering(day)),
    goals: async (ids) => (await goals()).filter((goal) => ids.includes(goal.id)),
    indicators: async (ids) => (await indicators()).filter((indicator) => ids.includes(indicator.id)),
    organizations: async (ids) => {
      const unread = ids.filter((id) => !organizations.has(id));
      const read = unread.length ? await queried.organizations(unread) : [];
      for (const id of unread) organizations.set(id, read.find((o) => o.id === id));
      return ids.map((id) => organizations.get(id)).filter((o): o is Organization => o !== undefined);
    },
  };
}

/** A YYYY-MM-DD date, which compares as text the way PostgreSQL compares it as a date. */
export function isCalendarDate(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day);
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * Checks what an input refers to (age bands, goals of the right plan period, indicators of
 * those goals, co-organizers that are other network members) and collects every problem,
 * each naming its field, before anything is written.
 */
export async function resolveParts(
  manager: EntityManager,
  input: ActivityFieldsInput,
  context: { startsOn: string; leadOrganizationId: string; participantsTotal: number | null; currentGoalIds: string[] },
  references: PartReferences,
): Promise<ResolvedParts> {
  const problems: FieldError[] = [];
  const parts: ResolvedParts = {};

  if (input.participants) {
    const bands = await references.ageBands();
    const byCode = new Map(bands.map((band) => [band.code, band.id]));
    const seen = new Set<string>();
    parts.participants = [];
    input.participants.forEach((p, i) => {
      const ageBandId = byCode.get(p.ageBand);
      if (!ageBandId) problems.push({ field: `participants.${i}.ageBand`, reason: `unknown age band; one of ${[...byCode.keys()].join(', ')}` });
      const key = `${p.gender}/${p.ageBand}`;
      if (seen.has(key)) problems.push({ field: `participants.${i}`, reason: `${p.gender} ${p.ageBand} is counted twice` });
      seen.add(key);
      if (ageBandId && p.count > 0) parts.participants!.push({ gender: p.gender, ageBandId, count: p.count });
    });
    const sum = input.participants.reduce((total, p) => total + p.count, 0);
    if (context.participantsTotal !== null && sum !== context.participantsTotal) {
      problems.push({ field: 'participantsTotal', reason: `is ${context.participantsTotal} but the counts by gender and age add up to ${sum}` });
    }
  }

  if (input.goalIds) {
    const period = await references.periodCovering(context.startsOn);
    const goals = input.goalIds.length ? await references.goals(input.goalIds) : [];
    for (const id of input.goalIds) {
      const goal = goals.find((g) => g.id === id);
      if (!goal) problems.push({ field: 'goalIds', reason: `goal ${id} does not exist` });
      else if (!period || goal.periodId !== period.id) {
        problems.push({ field: 'goalIds', reason: `goal ${goal.code} belongs to another plan period than the one covering ${context.startsOn}` });
      }
    }
    parts.goalIds = [...new Set(input.goalIds)];
  }

  if (input.indicatorValues) {
    const goalIds = parts.goalIds ?? context.currentGoalIds;
    const ids = input.indicatorValues.map((v) => v.indicatorId);
    const indicators = ids.length ? await references.indicators(ids) : [];
    input.indicatorValues.forEach((value, i) => {
      const indicator = indicators.find((ind) => ind.id === value.indicatorId);
      if (!indicator || !goalIds.includes(indicator.goalId)) {
        problems.push({ field: `indicatorValues.${i}.indicatorId`, reason: 'is not an indicator of one of the goals this activity serves' });
      }
    });
    parts.indicatorValues = input.indicatorValues.map(({ indicatorId, value }) => ({ indicatorId, value }));
  }

  if (input.coOrganizerIds) {
    const ids = [...new Set(input.coOrganizerIds)];
    const organizations = ids.length ? await references.organizations(ids) : [];
    for (const id of ids) {
      const organization = organizations.find((o) => o.id === id);
      if (id === context.leadOrganizationId) problems.push({ field: 'coOrganizerIds', reason: 'lists the lead organization itself' });
      else if (!organization || organization.kind !== OrganizationKind.AT_NETWORK_MEMBER || !organization.active) {
        problems.push({ field: 'coOrganizerIds', reason: `${id} is not an active member of the AT network` });
      }
    }
    parts.coOrganizerIds = ids;
  }

  if (input.institutions) parts.institutions = input.institutions.map(({ kind, name }) => ({ kind, name: name.trim() }));
  if (input.attachments) parts.attachments = input.attachments.map(({ url, title }) => ({ url, title: title.trim() }));

  if (problems.length) throw new InvalidInputException(problems);
  return parts;
}

/** Each part's table and rows (without the activity id), in the order they are written. */
function partRows(parts: ResolvedParts): [EntityTarget<ObjectLiteral>, object[] | undefined][] {
  return [
    [ActivityParticipants, parts.participants],
    [ActivityGoal, parts.goalIds?.map((goalId) => ({ goalId }))],
    [ActivityIndicatorValue, parts.indicatorValues],
    [ActivityCoOrganizer, parts.coOrganizerIds?.map((organizationId) => ({ organizationId }))],
    [ActivityInstitution, parts.institutions],
    [ActivityAttachment, parts.attachments],
  ];
}

/** Replaces the related rows the input named; the ones it left out stay as they are. */
export async function writeParts(manager: EntityManager, activityId: string, parts: ResolvedParts): Promise<void> {
  for (const [entity, rows] of partRows(parts)) {
    if (!rows) continue;
    await manager.getRepository(entity).delete({ activityId });
    if (rows.length) await manager.getRepository(entity).insert(rows.map((row) => ({ ...row, activityId })));
  }
}

/** The related rows of activities just inserted, in a few statements per table whatever their number. */
export async function insertParts(manager: EntityManager, activities: { activityId: string; parts: ResolvedParts }[]): Promise<void> {
  const tables = new Map<EntityTarget<ObjectLiteral>, object[]>();
  for (const { activityId, parts } of activities) {
    for (const [entity, rows = []] of partRows(parts)) {
      if (!tables.has(entity)) tables.set(entity, []);
      tables.get(entity)!.push(...rows.map((row) => ({ ...row, activityId })));
    }
  }
  for (const [entity, rows] of tables) await insertMany(manager, entity, rows);
}

