import { EntityManager, In } from 'typeorm';
import { FieldError, InvalidInputException } from '@app/common';
import { Organization } from '@app/organizations/entities';
import { OrganizationKind } from '@app/organizations/organization-kind.enum';
import { Indicator, StrategicGoal, StrategyPeriod } from '@app/strategy/entities';
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

/**
 * Checks what an input refers to (age bands, goals of the right plan period, indicators of
 * those goals, co-organizers that are other network members) and collects every problem,
 * each naming its field, before anything is written.
 */
export async function resolveParts(
  manager: EntityManager,
  input: ActivityFieldsInput,
  context: { startsOn: string; leadOrganizationId: string; participantsTotal: number | null; currentGoalIds: string[] },
): Promise<ResolvedParts> {
  const problems: FieldError[] = [];
  const parts: ResolvedParts = {};

  if (input.participants) {
    const bands = await manager.getRepository(AgeBand).find();
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
    const period = await manager
      .getRepository(StrategyPeriod)
      .createQueryBuilder('p')
      .where(':day BETWEEN p.starts_on AND p.ends_on', { day: context.startsOn })
      .getOne();
    const goals = input.goalIds.length ? await manager.getRepository(StrategicGoal).findBy({ id: In(input.goalIds) }) : [];
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
    const indicators = ids.length ? await manager.getRepository(Indicator).findBy({ id: In(ids) }) : [];
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
    const organizations = ids.length ? await manager.getRepository(Organization).findBy({ id: In(ids) }) : [];
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

/** Replaces the related rows the input named; the ones it left out stay as they are. */
export async function writeParts(manager: EntityManager, activityId: string, parts: ResolvedParts): Promise<void> {
  const replace = async <T extends object>(entity: new () => T, rows: object[] | undefined) => {
    if (!rows) return;
    await manager.getRepository(entity).delete({ activityId } as never);
    if (rows.length) await manager.getRepository(entity).insert(rows.map((row) => ({ ...row, activityId })) as never);
  };
  await replace(ActivityParticipants, parts.participants);
  await replace(ActivityGoal, parts.goalIds?.map((goalId) => ({ goalId })));
  await replace(ActivityIndicatorValue, parts.indicatorValues);
  await replace(ActivityCoOrganizer, parts.coOrganizerIds?.map((organizationId) => ({ organizationId })));
  await replace(ActivityInstitution, parts.institutions);
  await replace(ActivityAttachment, parts.attachments);
}
