import { EntityManager, In } from 'typeorm';
import { FieldError, InvalidInputException } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { TrainingTopic } from './catalog.entity';
import { TrainingFieldsInput, TrainingPersonInput } from './dto/training.input';
import { TrainingParticipant, TrainingTopicLink, TrainingTrainer } from './training.entity';

/** The related rows of a training, checked and ready to write; undefined where the input left them alone. */
export interface TrainingParts {
  topicIds?: string[];
  trainers?: Omit<TrainingTrainer, 'id' | 'trainingId'>[];
  participants?: Omit<TrainingParticipant, 'id' | 'trainingId'>[];
}

const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ');
/** One spelling of a name for comparing, as `foldedSql` does in SQL: single spaces, no case, no diacritics ("Đorđe" = "djordje" is beyond it). */
const foldName = (name: string) =>
  tidyName(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/**
 * Checks the topics, trainers and participants an input gives and resolves them to rows.
 * Every problem is reported at once, each with its field, and nothing is written.
 */
export async function resolveTrainingParts(
  manager: EntityManager,
  input: TrainingFieldsInput,
  { startsOn, endsOn, currentTopicIds }: { startsOn: string; endsOn: string; currentTopicIds: string[] },
  owners: { users: UsersService; organizations: OrganizationsService },
): Promise<TrainingParts> {
  const errors: FieldError[] = [];
  const parts: TrainingParts = {};
  const people = [...(input.trainers ?? []), ...(input.participants ?? [])];
  const userIds = [...new Set(people.flatMap((p) => (p.userId ? [p.userId] : [])))];
  const organizationIds = [...new Set(people.flatMap((p) => (p.organizationId ? [p.organizationId] : [])))];
  const users = new Map((userIds.length ? await owners.users.findByIds(userIds, manager) : []).map((u) => [u.id, u]));
  const organizations = new Set((organizationIds.length ? await owners.organizations.findByIds(organizationIds, manager) : []).map((o) => o.id));

  if (input.topicCodes) {
    const codes = [...new Set(input.topicCodes.map((c) => c.trim()))];
    const topics = new Map((await manager.getRepository(TrainingTopic).findBy({ code: In(codes) })).map((t) => [t.code, t]));
    const unknown = codes.filter((code) => !topics.get(code) || (!topics.get(code)!.active && !currentTopicIds.includes(topics.get(code)!.id)));
    if (unknown.length) errors.push({ field: 'topicCodes', reason: `unknown or retired topic: ${unknown.join(', ')} (see the trainingTopics query)`, code: 'UNKNOWN_TOPIC' });
    else parts.topicIds = codes.map((code) => topics.get(code)!.id);
  }

  /** Either a user or a named person; returns the person's key for finding duplicates. */
  const person = (p: TrainingPersonInput, path: string, { organizationRequired }: { organizationRequired: boolean }) => {
    if (p.userId && p.fullName !== undefined && p.fullName !== null) {
      errors.push({ field: path, reason: 'name either a portal user (userId) or a person (fullName), not both', code: 'USER_AND_NAMED_PERSON' });
      return null;
    }
    if (p.userId) {
      if (p.organizationId) errors.push({ field: `${path}.organizationId`, reason: "a user's organization comes from their account: leave it out" });
      const user = users.get(p.userId);
      if (!user) errors.push({ field: `${path}.userId`, reason: 'is not a user of the portal' });
      return user ? { userId: user.id, fullName: null, organizationId: user.organizationId, key: `user:${user.id}`, nameKey: `${user.organizationId}:${foldName(user.fullName)}` } : null;
    }
    if (!p.fullName?.trim()) {
      errors.push({ field: path, reason: 'name a portal user (userId) or a person (fullName)' });
      return null;
    }
    if (!p.organizationId && organizationRequired) errors.push({ field: `${path}.organizationId`, reason: 'is required for a named person' });
    if (p.organizationId && !organizations.has(p.organizationId)) errors.push({ field: `${path}.organizationId`, reason: 'is not an organization of the portal' });
    const nameKey = `${p.organizationId ?? ''}:${foldName(p.fullName)}`;
    return { userId: null, fullName: tidyName(p.fullName), organizationId: p.organizationId ?? null, key: `name:${nameKey}`, nameKey };
  };

  if (input.trainers) {
    const seen = new Set<string>();
    parts.trainers = [];
    input.trainers.forEach((t, i) => {
      const resolved = person(t, `trainers.${i}`, { organizationRequired: false });
      if (!resolved) return;
      if (seen.has(resolved.key)) errors.push({ field: `trainers.${i}`, reason: 'is listed twice' });
      seen.add(resolved.key);
      parts.trainers!.push({ userId: resolved.userId, fullName: resolved.fullName, organizationId: resolved.organizationId });
    });
  }

  if (input.participants) {
    const resolvedAll = input.participants.map((p, i) => ({ i, p, resolved: person(p, `participants.${i}`, { organizationRequired: true }) }));
    const userNames = new Set(resolvedAll.flatMap(({ resolved }) => (resolved?.userId ? [resolved.nameKey] : [])));
    const seen = new Set<string>();
    const certificates = new Set<string>();
    parts.participants = [];
    for (const { i, p, resolved } of resolvedAll) {
      if (!resolved) continue;
      if (seen.has(resolved.key)) errors.push({ field: `participants.${i}`, reason: 'is listed twice', code: 'DUPLICATE_PARTICIPANT' });
      seen.add(resolved.key);
      // The same person as a user and again by name would count twice in "people trained".
      if (!resolved.userId && userNames.has(resolved.nameKey)) {
        errors.push({ field: `participants.${i}.fullName`, reason: 'this person is already a participant as a portal user', code: 'USER_AND_NAMED_PERSON' });
      }
      let certificateIssuedOn: string | null = null;
      if (p.certificateNumber) {
        const number = p.certificateNumber.trim();
        if (certificates.has(number)) errors.push({ field: `participants.${i}.certificateNumber`, reason: 'is given to another participant of this training', code: 'DUPLICATE_CERTIFICATE' });
        certificates.add(number);
        certificateIssuedOn = p.certificateIssuedOn ?? endsOn;
        if (certificateIssuedOn < startsOn) errors.push({ field: `participants.${i}.certificateIssuedOn`, reason: `must not be before the training starts (${startsOn})` });
      } else if (p.certificateIssuedOn) {
        errors.push({ field: `participants.${i}.certificateNumber`, reason: 'is required with certificateIssuedOn' });
      }
      parts.participants.push({
        userId: resolved.userId,
        fullName: resolved.fullName,
        organizationId: resolved.organizationId!,
        certificateNumber: p.certificateNumber?.trim() ?? null,
        certificateIssuedOn,
      });
    }
  }

  if (errors.length) throw new InvalidInputException(errors);
  return parts;
}

/** Replaces the related rows the parts name; leaves the others alone. */
export async function writeTrainingParts(manager: EntityManager, trainingId: string, parts: TrainingParts): Promise<void> {
  if (parts.topicIds) {
    await manager.delete(TrainingTopicLink, { trainingId });
    await manager.insert(TrainingTopicLink, parts.topicIds.map((topicId) => ({ trainingId, topicId })));
  }
  if (parts.trainers) {
    await manager.delete(TrainingTrainer, { trainingId });
    if (parts.trainers.length) await manager.insert(TrainingTrainer, parts.trainers.map((t) => ({ ...t, trainingId })));
  }
  if (parts.participants) {
    await manager.delete(TrainingParticipant, { trainingId });
    if (parts.participants.length) await manager.insert(TrainingParticipant, parts.participants.map((p) => ({ ...p, trainingId })));
  }
}
