import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';
import type { Request, Response } from 'express';
import { Action, Actor, authorize, can, CurrentUser } from '@app/policy';
import { CapacityErrorCode, CapacityException, CatalogService, CreateTrainingInput, Training, TrainingLoaders, TrainingsService, UpdateTrainingInput } from '@app/capacity';
import { DomainException, ErrorKind, FieldError, httpStatusOf, InvalidInputException, IsCalendarDate, isUuid, Language, LoaderRegistry, localize } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { AdminUserGuard } from '../admin-user.guard';
import { DomainPageFilter, fieldErrors, list, parseNumber, text, validated } from '../forms';
import { formatDate, formatNumber, nextPageLink, pageContext } from '../page';

const PAGE_SIZE = 25;
const ALL = 100;
/** Empty participant rows the form offers; "more rows" adds as many again. */
const BLANK_ROWS = 3;
const MAX_ROWS = 500;

/** A certificate given on the training's page; the same rules as the API's `issueTrainingCertificate`. */
class CertificateForm {
  @IsString()
  @Matches(/^\S(.*\S)?$/)
  @Length(1, 40)
  number: string;

  @IsCalendarDate()
  issuedOn: string;
}

/** One participant row of the form, as typed. */
interface ParticipantRow {
  userId: string;
  name: string;
  fullName: string;
  organizationId: string;
  certificateNumber: string;
  certificateIssuedOn: string;
}

interface TrainingValues {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  hours: string;
  city: string;
  topicCodes: string[];
  trainers: string;
  /** The trainers as loaded, to send them only when the text changed (a user trainer stays a user). */
  originalTrainers: string;
  participants: ParticipantRow[];
  /** The version the form was opened with (edits only): a save by someone else in between is refused. */
  version: string;
}

type Form = Record<string, unknown>;

/**
 * Trainings: everyone signed in reads them (participants' names only of their own organization);
 * coordinators record them with topics, trainers, participants and certificates.
 */
@Controller('trainings')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class TrainingsPagesController {
  constructor(
    private readonly trainings: TrainingsService,
    private readonly catalog: CatalogService,
    private readonly loaders: TrainingLoaders,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  async list(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Query() query: Record<string, unknown>) {
    const page = pageContext(req);
    const { t, lang } = page;
    const filter = { year: text(query.year, 4), topic: text(query.topic, 40), organization: text(query.organization, 36) };
    const year = /^\d{4}$/.test(filter.year) && Number(filter.year) >= 2000 && Number(filter.year) <= 2100 ? Number(filter.year) : undefined;
    const connection = await this.trainings.list(actor, {
      filter: { ...(year && { year }), ...(filter.topic && { topicCode: filter.topic }), ...(isUuid(filter.organization) && { organizationId: filter.organization }) },
      first: PAGE_SIZE,
      after: text(query.after, 512) || undefined,
    });
    const registry = new LoaderRegistry();
    const ids = connection.edges.map(({ node }) => node.id);
    const [topics, participants] = await Promise.all([this.loaders.topics(registry).loadMany(ids), this.loaders.participants(registry).loadMany(ids)]);
    const catalog = await this.catalog.topics(actor);
    const done = ['created', 'updated', 'certificate'].find((d) => d === query.done) as 'created' | undefined;
    res.render('trainings/trainings', {
      ...page,
      title: t.navTrainings,
      notice: done && t[`trainingDone_${done}`],
      manage: can(actor, Action.TRAINING_MANAGE),
      capacityLink: can(actor, Action.CAPACITY_READ, { organizationId: actor.organizationId }) ? `/organizations/${actor.organizationId}/capacity` : null,
      filter,
      topicOptions: catalog.map((topic) => ({ value: topic.code, label: localize(lang, topic.nameSr, topic.nameEn), selected: topic.code === filter.topic })),
      organizationOptions: await this.organizationOptions(filter.organization),
      totalCount: connection.totalCount,
      trainings: connection.edges.map(({ node }, i) => {
        const topicsOf = topics[i] instanceof Error ? [] : topics[i];
        const people = participants[i] instanceof Error ? [] : participants[i];
        return {
          id: node.id,
          title: node.title,
          dates: dateRange(node, lang),
          hours: formatNumber(node.hours, lang),
          city: node.city ?? '',
          topics: topicsOf.map((topic) => localize(lang, topic.nameSr, topic.nameEn)).join(', '),
          participants: formatNumber(people.length, lang),
          certificates: formatNumber(people.filter((p) => p.certificateIssuedOn).length, lang),
        };
      }),
      next: nextPageLink('/trainings', filter, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage),
    });
  }

  @Get('new')
  async newForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor) {
    authorize(actor, Action.TRAINING_MANAGE);
    const values: TrainingValues = { title: '', description: '', startsOn: '', endsOn: '', hours: '', city: '', topicCodes: [], trainers: '', originalTrainers: '', participants: [], version: '' };
    return this.renderForm(req, res, actor, values, BLANK_ROWS);
  }

  @Post()
  @HttpCode(200)
  async create(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: Form) {
    authorize(actor, Action.TRAINING_MANAGE);
    const values = formValues(body);
    return this.save(req, res, actor, body, values, undefined, async (input) => {
      const training = await this.trainings.create(actor, await validated(CreateTrainingInput, input));
      return training.id;
    });
  }

  @Get(':id')
  async show(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query('done') done?: string) {
    return this.renderTraining(req, res, actor, await this.trainings.get(actor, id), done);
  }

  @Get(':id/edit')
  async editForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    authorize(actor, Action.TRAINING_MANAGE);
    const training = await this.trainings.get(actor, id);
    const registry = new LoaderRegistry();
    const [topics, trainers, participants] = await Promise.all([
      this.loaders.topics(registry).load(id),
      this.loaders.trainers(registry).load(id),
      this.loaders.participants(registry).load(id),
    ]);
    const trainerNames = trainers.map((trainer) => trainer.fullName).join('\n');
    const values: TrainingValues = {
      title: training.title,
      description: training.description,
      startsOn: training.startsOn,
      endsOn: training.endsOn,
      hours: String(training.hours),
      city: training.city ?? '',
      topicCodes: topics.map((topic) => topic.code),
      trainers: trainerNames,
      originalTrainers: trainerNames,
      version: String(training.version),
      participants: participants.map((p) => ({
        userId: p.userId ?? '',
        name: p.userId ? (p.fullName ?? '') : '',
        fullName: p.userId ? '' : (p.fullName ?? ''),
        organizationId: p.organizationId,
        certificateNumber: p.certificateNumber ?? '',
        certificateIssuedOn: p.certificateIssuedOn ?? '',
      })),
    };
    return this.renderForm(req, res, actor, values, values.participants.length + BLANK_ROWS, {}, id);
  }

  @Post(':id')
  @HttpCode(200)
  async update(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Form) {
    authorize(actor, Action.TRAINING_MANAGE);
    await this.trainings.get(actor, id);
    const values = formValues(body);
    return this.save(req, res, actor, body, values, id, async (input) => {
      await this.trainings.update(actor, id, await validated(UpdateTrainingInput, input));
      return id;
    });
  }

  @Post(':id/participants/:participantId/certificate')
  @HttpCode(200)
  async certificate(
    @Req() req: Request,
    @Res() res: Response,
    @CurrentUser() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() body: Form,
  ) {
    const values = { number: text(body.number, 40), issuedOn: text(body.issuedOn, 10) };
    try {
      const form = await validated(CertificateForm, values);
      await this.trainings.issueCertificate(actor, participantId, form.number, form.issuedOn);
      return res.redirect(303, `/trainings/${id}?done=certificate`);
    } catch (error) {
      if (!(error instanceof DomainException) || ![ErrorKind.BAD_USER_INPUT, ErrorKind.CONFLICT].includes(error.kind)) throw error;
      const { t } = pageContext(req);
      const errors = error instanceof InvalidInputException ? fieldErrors(error.fields, t, 'certificateInvalid_') : { number: t.trainingInvalid_DUPLICATE_CERTIFICATE };
      return this.renderTraining(req, res.status(httpStatusOf(error.kind)), actor, await this.trainings.get(actor, id), undefined, { participantId, values, errors });
    }
  }

  /** Saves, or re-renders the form with the typed values and every error next to its field; "more rows" only re-renders. */
  private async save(req: Request, res: Response, actor: Actor, body: Form, values: TrainingValues, id: string | undefined, work: (input: Record<string, unknown>) => Promise<string>) {
    const rows = Math.min(MAX_ROWS, Math.max(values.participants.length, Number(text(body.rows, 4)) || 0));
    if (body.more !== undefined) return this.renderForm(req, res, actor, values, rows + BLANK_ROWS, {}, id);
    const { input, rowOf } = toInput(values, !id, pageContext(req).lang);
    try {
      const saved = await work(input);
      return res.redirect(303, `/trainings/${saved}?done=${id ? 'updated' : 'created'}`);
    } catch (error) {
      if (error instanceof CapacityException && error.code === CapacityErrorCode.STALE_VERSION) {
        return this.renderForm(req, res.status(409), actor, values, rows, { form: pageContext(req).t.trainingErr_STALE_VERSION }, id);
      }
      if (!(error instanceof InvalidInputException)) throw error;
      const { t } = pageContext(req);
      // The service numbers participants as sent (blank rows left out); the form numbers its rows.
      const fields: FieldError[] = error.fields.map((f) => ({ ...f, field: f.field.replace(/^participants\.(\d+)/, (_, i: string) => `participants.${rowOf[Number(i)]}`) }));
      return this.renderForm(req, res.status(400), actor, values, rows, fieldErrors(fields, t, 'trainingInvalid_'), id);
    }
  }

  private async renderForm(req: Request, res: Response, actor: Actor, values: TrainingValues, rows: number, errors: Record<string, string> = {}, id?: string) {
    const page = pageContext(req);
    const { t, lang } = page;
    const catalog = await this.catalog.topics(actor);
    const organizations = await this.organizations.list({ filter: { active: true }, first: ALL });
    const blank: ParticipantRow = { userId: '', name: '', fullName: '', organizationId: '', certificateNumber: '', certificateIssuedOn: '' };
    const participantRows = Array.from({ length: Math.max(rows, values.participants.length) }, (_, i) => values.participants[i] ?? blank);
    res.render('trainings/training-form', {
      ...page,
      title: id ? t.trainingEditHeading : t.trainingNewHeading,
      action: id ? `/trainings/${id}` : '/trainings',
      id,
      values,
      errors,
      error: errors.form ?? (Object.keys(errors).length ? t.formHasErrors : undefined),
      topics: catalog
        .filter((topic) => topic.active || values.topicCodes.includes(topic.code))
        .map((topic) => ({ value: topic.code, label: localize(lang, topic.nameSr, topic.nameEn), checked: values.topicCodes.includes(topic.code) })),
      rows: participantRows.length,
      participants: participantRows.map((row, i) => ({
        ...row,
        index: i,
        number: i + 1,
        errors: {
          person: errors[`participants.${i}`] ?? errors[`participants.${i}.userId`],
          fullName: errors[`participants.${i}.fullName`],
          organizationId: errors[`participants.${i}.organizationId`],
          certificateNumber: errors[`participants.${i}.certificateNumber`],
          certificateIssuedOn: errors[`participants.${i}.certificateIssuedOn`],
        },
        organizations: organizations.edges.map(({ node }) => ({ value: node.id, label: node.shortName, selected: node.id === row.organizationId })),
        organization: organizations.edges.find(({ node }) => node.id === row.organizationId)?.node.shortName ?? '',
      })),
      trainerErrors: Object.entries(errors)
        .filter(([field]) => field.startsWith('trainers'))
        .map(([, message]) => message)
        .join(' '),
    });
  }

  private async renderTraining(req: Request, res: Response, actor: Actor, training: Training, done?: string, certificate?: { participantId: string; values: Record<string, string>; errors: Record<string, string> }) {
    const page = pageContext(req);
    const { t, lang } = page;
    const registry = new LoaderRegistry();
    const [topics, trainers, participants] = await Promise.all([
      this.loaders.topics(registry).load(training.id),
      this.loaders.trainers(registry).load(training.id),
      this.loaders.participants(registry).load(training.id),
    ]);
    const names = new Map((await this.organizations.findByIds([...new Set(participants.map((p) => p.organizationId))])).map((o) => [o.id, o.shortName]));
    const manage = can(actor, Action.TRAINING_MANAGE);
    res.render('trainings/training', {
      ...page,
      title: training.title,
      notice: done && ['created', 'updated', 'certificate'].includes(done) ? t[`trainingDone_${done as 'created'}`] : undefined,
      error: certificate ? t.formHasErrors : undefined,
      manage,
      training: {
        id: training.id,
        title: training.title,
        description: training.description,
        dates: dateRange(training, lang),
        hours: formatNumber(training.hours, lang),
        city: training.city ?? '',
        topics: topics.map((topic) => localize(lang, topic.nameSr, topic.nameEn)).join(', '),
        trainers: trainers.map((trainer) => trainer.fullName).join(', '),
      },
      participantCount: formatNumber(participants.length, lang),
      participants: participants.map((p) => {
        // Names and certificate numbers are personal data: only the participant's own organization and coordinators see them.
        const visible = can(actor, Action.TRAINING_PARTICIPANT_READ, { organizationId: p.organizationId });
        const mine = certificate?.participantId === p.id;
        return {
          id: p.id,
          name: visible ? p.fullName : t.trainingNameHidden,
          hidden: !visible,
          organization: names.get(p.organizationId) ?? '',
          certificateNumber: visible ? (p.certificateNumber ?? '') : '',
          certificateIssuedOn: p.certificateIssuedOn ? formatDate(p.certificateIssuedOn, lang) : '',
          form: manage && {
            number: mine ? certificate.values.number : (p.certificateNumber ?? ''),
            issuedOn: mine ? certificate.values.issuedOn : (p.certificateIssuedOn ?? training.endsOn),
            errors: mine ? certificate.errors : {},
          },
        };
      }),
    });
  }

  private async organizationOptions(selected: string) {
    const { edges } = await this.organizations.list({ filter: { active: true }, first: ALL });
    return edges.map(({ node }) => ({ value: node.id, label: node.shortName, selected: node.id === selected }));
  }
}

function dateRange(training: Training, lang: Language): string {
  const starts = formatDate(training.startsOn, lang);
  return training.endsOn && training.endsOn !== training.startsOn ? `${starts} – ${formatDate(training.endsOn, lang)}` : starts;
}

/** The posted form as typed, participant rows numbered as on the page. */
function formValues(body: Form): TrainingValues {
  const rows = Math.min(MAX_ROWS, Number(text(body.rows, 4)) || 0);
  const participants: ParticipantRow[] = [];
  for (let i = 0; i < rows; i++) {
    const field = (name: string, max: number) => text(body[`participants.${i}.${name}`], max);
    participants.push({
      userId: field('userId', 36),
      name: field('name', 120),
      fullName: field('fullName', 200),
      organizationId: field('organizationId', 36),
      certificateNumber: field('certificateNumber', 60),
      certificateIssuedOn: field('certificateIssuedOn', 10),
    });
  }
  // Trailing blank rows are not worth keeping on a re-rendered form.
  while (participants.length && isBlank(participants.at(-1)!)) participants.pop();
  return {
    title: text(body.title, 300),
    description: text(body.description, 10_000),
    startsOn: text(body.startsOn, 10),
    endsOn: text(body.endsOn, 10),
    hours: text(body.hours, 10),
    city: text(body.city, 200),
    topicCodes: list(body.topicCodes),
    trainers: text(body.trainers, 5_000),
    originalTrainers: text(body.originalTrainers, 5_000),
    participants,
    version: text(body.version, 10),
  };
}

const isBlank = (row: ParticipantRow) => !row.userId && !row.fullName && !row.certificateNumber && !row.certificateIssuedOn;

/** The service's input from the form; `rowOf` maps each participant sent back to its row on the page. */
function toInput(values: TrainingValues, creating: boolean, lang: Language): { input: Record<string, unknown>; rowOf: number[] } {
  const rowOf: number[] = [];
  const participants = values.participants.flatMap((row, i) => {
    if (isBlank(row)) return [];
    rowOf.push(i);
    return [
      {
        ...(row.userId ? { userId: row.userId } : { fullName: row.fullName || undefined, organizationId: row.organizationId || undefined }),
        certificateNumber: row.certificateNumber || undefined,
        certificateIssuedOn: row.certificateIssuedOn || undefined,
      },
    ];
  });
  const trainersChanged = creating || values.trainers !== values.originalTrainers;
  return {
    input: {
      title: values.title,
      description: values.description,
      startsOn: values.startsOn || undefined,
      endsOn: values.endsOn || undefined,
      // Read as the strategy pages read numbers ("6,5" and "6.5"); NaN for the validator to name, the typed text stays on the form.
      hours: parseNumber(values.hours, lang) ?? undefined,
      city: values.city || null,
      topicCodes: values.topicCodes,
      ...(trainersChanged && {
        trainers: values.trainers
          .split(/\r?\n/)
          .map((name) => name.trim())
          .filter(Boolean)
          .map((fullName) => ({ fullName })),
      }),
      participants,
      ...(!creating && values.version !== '' && { version: Number(values.version) }),
    },
    rowOf,
  };
}
