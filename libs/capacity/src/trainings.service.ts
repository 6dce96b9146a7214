import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { Action, Actor, authorize } from '@app/policy';
import { MeetingsService } from '@app/meetings';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { bumpVersion, Connection, InvalidInputException, isUuid, KeysetOrder, NotFoundException, paginate } from '@app/common';
import { CapacityErrorCode, CapacityException } from './capacity.exception';
import { CreateTrainingInput, UpdateTrainingInput } from './dto/training.input';
import { TrainingsArgs } from './dto/trainings.args';
import { resolveTrainingParts, writeTrainingParts } from './training-parts';
import { Training, TrainingParticipant, TrainingTopicLink } from './training.entity';

const NEWEST_FIRST: KeysetOrder = { sortExpression: 't.starts_on', idExpression: 't.id', direction: 'DESC', keyOf: (t: Training) => [t.startsOn, t.id] };

/** Scalar fields an update may change, as named in the input and on the entity. */
const SCALARS = ['title', 'description', 'startsOn', 'endsOn', 'hours', 'city', 'meetingId'] as const;
const PARTS = ['topicCodes', 'trainers', 'participants'] as const;

/** Trainings: coordinators manage them; members read the list (names per field, see the README). */
@Injectable()
export class TrainingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  list(actor: Actor | null, { filter = {}, first, after }: TrainingsArgs): Promise<Connection<Training>> {
    authorize(actor, Action.TRAINING_READ);
    const query = this.dataSource.getRepository(Training).createQueryBuilder('t');
    if (filter.organizationId) {
      query.andWhere('EXISTS (SELECT 1 FROM training_participants fp WHERE fp.training_id = t.id AND fp.organization_id = :organizationId)', { organizationId: filter.organizationId });
    }
    if (filter.topicCode) {
      query.andWhere('EXISTS (SELECT 1 FROM training_topic_links fl JOIN training_topics ft ON ft.id = fl.topic_id WHERE fl.training_id = t.id AND ft.code = :topicCode)', {
        topicCode: filter.topicCode,
      });
    }
    if (filter.year) query.andWhere('t.starts_on >= make_date(:year, 1, 1) AND t.starts_on < make_date(:year + 1, 1, 1)', { year: filter.year });
    if (filter.meetingId) query.andWhere('t.meeting_id = :meetingId', { meetingId: filter.meetingId });
    return paginate(query, NEWEST_FIRST, { first, after });
  }

  async get(actor: Actor | null, id: string, manager: EntityManager = this.dataSource.manager): Promise<Training> {
    authorize(actor, Action.TRAINING_READ);
    const training = isUuid(id) ? await manager.getRepository(Training).findOneBy({ id }) : null;
    if (!training) throw new NotFoundException('Training');
    return training;
  }

  findByIds(ids: readonly string[]): Promise<Training[]> {
    return this.dataSource.getRepository(Training).findBy({ id: In([...ids]) });
  }

  async create(actor: Actor | null, input: CreateTrainingInput): Promise<Training> {
    authorize(actor, Action.TRAINING_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const endsOn = input.endsOn ?? input.startsOn;
      assertDates(input.startsOn, endsOn);
      await this.assertMeeting(input.meetingId);
      const parts = await resolveTrainingParts(manager, input, { startsOn: input.startsOn, endsOn, currentTopicIds: [] }, { users: this.users, organizations: this.organizations });
      const repository = manager.getRepository(Training);
      const training = await repository.save(
        repository.create({
          title: input.title.trim(),
          description: input.description ?? '',
          startsOn: input.startsOn,
          endsOn,
          hours: input.hours,
          city: input.city ?? null,
          meetingId: input.meetingId ?? null,
          createdBy: actor.id,
        }),
      );
      await writeTrainingParts(manager, training.id, parts);
      await this.audit.record({ action: AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'Training', entityId: training.id }, manager);
      return training;
    });
  }

  /** Changes a training; topics, trainers and participants given replace the old lists. */
  async update(actor: Actor | null, id: string, input: UpdateTrainingInput): Promise<Training> {
    authorize(actor, Action.TRAINING_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const training = await manager.getRepository(Training).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id: isUuid(id) ? id : null }).getOne();
      if (!training) throw new NotFoundException('Training');
      if (input.version !== undefined && input.version !== training.version) throw new CapacityException(CapacityErrorCode.STALE_VERSION);
      const next = { ...training };
      for (const field of SCALARS) if (input[field] !== undefined) (next as Record<string, unknown>)[field] = input[field];
      assertDates(next.startsOn, next.endsOn);
      if (input.meetingId !== undefined) await this.assertMeeting(input.meetingId);
      const currentTopicIds = (await manager.getRepository(TrainingTopicLink).findBy({ trainingId: id })).map((l) => l.topicId);
      const parts = await resolveTrainingParts(manager, input, { startsOn: next.startsOn, endsOn: next.endsOn, currentTopicIds }, { users: this.users, organizations: this.organizations });
      const changed = [...changedFieldNames(training, next), ...PARTS.filter((part) => input[part] !== undefined)];
      if (changed.length === 0) return training;
      const saved = await manager.getRepository(Training).save(next);
      // Participants, topics or trainers alone change no column: the version must move all the same.
      if (saved.version === training.version) await bumpVersion(manager, Training, saved);
      await writeTrainingParts(manager, id, parts);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Training', entityId: id, changedFields: changed }, manager);
      return saved;
    });
  }

  /** A training may name only a meeting that exists (asked of the meetings library, not its tables). */
  private async assertMeeting(meetingId: string | null | undefined): Promise<void> {
    if (!meetingId) return;
    if (!(await this.meetings.findByIds([meetingId])).length) throw InvalidInputException.field('meetingId', 'must be an id returned by the meetings query');
  }

  /** Gives one participant a certificate; a number already used in the same training is a CONFLICT. */
  async issueCertificate(actor: Actor | null, participantId: string, number: string, issuedOn: string): Promise<Training> {
    authorize(actor, Action.TRAINING_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const participant = isUuid(participantId) ? await manager.getRepository(TrainingParticipant).findOneBy({ id: participantId }) : null;
      if (!participant) throw new NotFoundException('TrainingParticipant');
      const training = await this.get(actor, participant.trainingId, manager);
      if (issuedOn < training.startsOn) throw InvalidInputException.field('issuedOn', `must not be before the training starts (${training.startsOn})`);
      try {
        await manager.update(TrainingParticipant, { id: participant.id }, { certificateNumber: number.trim(), certificateIssuedOn: issuedOn });
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_training_participants_certificate') {
          throw new CapacityException(CapacityErrorCode.CERTIFICATE_NUMBER_TAKEN);
        }
        throw error;
      }
      await this.audit.record(
        { action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'TrainingParticipant', entityId: participant.id, changedFields: ['certificateNumber', 'certificateIssuedOn'] },
        manager,
      );
      return training;
    });
  }
}

function assertDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw InvalidInputException.field('endsOn', `must not be before startsOn (${startsOn})`);
}
