import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditService } from '@app/audit';
import { AccessService, Action, Actor } from '@app/policy';
import { DomainException, FieldError, insertMany, InvalidInputException, isUuid, Language, NotFoundException, toFieldErrors } from '@app/common';
import { Organization, OrganizationKind, OrganizationsService } from '@app/organizations';
import { StrategyService } from '@app/strategy';
import { ActivitiesService, newActivityFields } from '../activities.service';
import { insertParts, PartReferences, preloadedReferences, ResolvedParts, resolveParts } from '../activity-parts';
import { Activity } from '../activity.entity';
import { ActivityType, TargetGroup } from '../activity.enums';
import { ActivityErrorCode } from '../activity.exception';
import { AgeBand } from '../age-band.entity';
import { CreateActivityInput, UpdateActivityInput } from '../dto/activity.input';
import { ReportingPeriodLock } from '../reporting-period-lock.entity';
import { ActivitiesExportService } from './activities-export.service';
import { ActivityImportException, ImportRowError } from './activity-import.exception';
import { ActivityColumn, activityColumns, columnsByHeader, isExampleMark, LIST_SEPARATOR, normalizedHeader } from './exchange-columns';
import { IMPORT_MESSAGES, ImportMessages } from './import-messages';
import { ReadCell, ReadRow, readSpreadsheet, UploadedSpreadsheet } from './spreadsheet-reader';
import { CellValue } from './spreadsheet-writer';

export interface ImportOptions {
  /** Coordinators may import for another member organization. */
  organizationId?: string;
  /** Of the messages (and of the headers they name). */
  language?: Language;
}

interface PeriodGoals {
  code: string;
  startsOn: string;
  endsOn: string;
  goalIds: Map<string, string>;
}

/** Where the file has each column of the layout, and the header it gave it (errors name that). */
interface FileLayout {
  positions: Map<string, number>;
  names: Map<string, string>;
  width: number;
}

/** What checking a row needs, read once for all rows of an import. */
interface RowChecks {
  manager: EntityManager;
  columns: ActivityColumn[];
  layout: FileLayout;
  periods: PeriodGoals[];
  locks: ReportingPeriodLock[];
  organization: Organization;
  /** Active AT network members by their short name, folded. */
  members: Map<string, Organization>;
  references: PartReferences;
  /** What an export would give now for the ids the file names, by id. */
  current: Map<string, Record<string, CellValue>>;
  messages: ImportMessages;
}

/** A new row that passed every check, ready to insert. */
interface CheckedRow {
  row: number;
  input: CreateActivityInput;
  parts: ResolvedParts;
}

/** The fields a row gives, as a `CreateActivityInput` would hold them (undefined = empty cell or no such column). */
type RowInput = Record<string, unknown>;

/** Checked new rows inserted together while the next rows are checked. */
const ROWS_PER_BATCH = 1_000;

/** Yes and no as people and spreadsheets write them (Excel in Serbian writes TAČNO and NETAČNO for TRUE and FALSE). */
const YES = ['da', 'true', 'yes', '1', 'x', 'tačno', 'istinito'];
const NO = ['ne', 'false', 'no', '0', 'netačno', 'neistinito'];

/** The input field each layout column fills, where the name differs. */
const FIELD_OF: Record<string, string> = { goals: 'goalIds', coOrganizers: 'coOrganizerIds' };

/** What an emptied cell of an existing activity becomes: the field is cleared, not left as it was. */
const CLEARED: Record<string, unknown> = {
  description: '',
  city: null,
  online: false,
  targetGroups: [],
  participantsTotal: null,
  participants: [],
  goalIds: [],
  institutions: [],
  coOrganizerIds: [],
  mediaOutlets: null,
  mediaAudience: null,
};

/**
 * Imports a spreadsheet in the export's layout: a row with an id updates that activity (with the
 * version check, as `updateActivity`), a row without one creates a draft of the organization, the
 * template's example row is skipped. Every row is checked and every problem of every row named,
 * in the user's language; either all rows are saved in one transaction, or none.
 */
@Injectable()
export class ActivitiesImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
    private readonly exports: ActivitiesExportService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly strategy: StrategyService,
    private readonly access: AccessService,
  ) {}

  /**
   * Authorizes first, then reads the upload (`receive`), so that a request that may not import is
   * refused before any of its body is read.
   */
  async importFile(
    actor: Actor | null,
    receive: () => Promise<UploadedSpreadsheet | undefined>,
    { organizationId, language = Language.SR }: ImportOptions = {},
  ): Promise<{ imported: number; created: number; updated: number }> {
    const wellFormed = organizationId === undefined || isUuid(organizationId);
    // A malformed id is answered as such, but only once the role is known to be allowed.
    await this.access.require(actor, Action.ACTIVITY_WRITE, wellFormed ? { type: 'Organization', id: organizationId ?? actor?.organizationId ?? '' } : undefined);
    if (!wellFormed) throw InvalidInputException.field('organizationId', 'must be an id returned by the organizations query');
    const organization = await this.organizations.findById(organizationId ?? actor!.organizationId);
    if (!organization) throw new NotFoundException('Organization');
    if (organization.kind !== OrganizationKind.AT_NETWORK_MEMBER) {
      throw InvalidInputException.field('organizationId', 'activities are logged by members of the AT network');
    }
    const file = await receive();
    if (!file) throw InvalidInputException.field('file', 'attach a CSV or XLSX file as the multipart field "file"', 'FILE_MISSING');
    const table = await readSpreadsheet(file);
    const messages = IMPORT_MESSAGES[language];
    const columns = activityColumns(await this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } }));
    const layout = fileLayout(table.header, columns, messages, language);
    const idAt = layout.positions.get('id');
    const rows = table.rows.filter((row) => idAt === undefined || !isExampleMark(row.cells[idAt]));
    if (rows.length === 0) throw InvalidInputException.field('file', messages.onlyExample, 'EMPTY_FILE');
    const ids = idAt === undefined ? [] : [...new Set(rows.map((row) => row.cells[idAt]).filter((id): id is string => typeof id === 'string' && isUuid(id)))];

    return this.dataSource.transaction(async (manager) => {
      const checks: RowChecks = {
        manager,
        columns,
        layout,
        periods: await loadPeriodGoals(manager),
        locks: await manager.getRepository(ReportingPeriodLock).find(),
        organization,
        members: await loadMembers(manager, this.organizations),
        references: preloadedReferences(manager, { strategy: this.strategy, organizations: this.organizations }),
        current: await this.exports.currentRows(actor!, ids, manager),
        messages,
      };
      const errors: ImportRowError[] = [];
      const seenIds = new Map<string, number>();
      let accepted: CheckedRow[] = [];
      let created = 0;
      let updated = 0;
      // Batches of checked new rows are inserted while the next rows are checked, so that
      // PostgreSQL writes while Node checks; once a row failed nothing more is saved and the rest
      // are only checked (the transaction then rolls back what was).
      let saving = Promise.resolve();
      let saveFailure: { error: unknown } | undefined;
      const saveAccepted = () => {
        const batch = accepted;
        accepted = [];
        created += batch.length;
        // Never rejects: a rejection waiting for its handler until all rows are checked would end the process.
        saving = saving
          .then(() => (saveFailure ? undefined : this.saveAll(manager, actor!, organization.id, batch)))
          .catch((error: unknown) => {
            saveFailure = { error };
          });
      };
      try {
        for (const row of rows) {
          // Lets the inserts proceed, and other requests be served, between rows.
          await setImmediate();
          const rowErrors = (column: string, reason: string) => errors.push({ row: row.row, column: layout.names.get(column) ?? column, reason });
          if (row.cells.length > layout.width && row.cells.slice(layout.width).some((c) => c !== undefined)) {
            rowErrors('', messages.tooManyCells(row.cells.length, layout.width));
            continue;
          }
          const id = idAt === undefined ? undefined : row.cells[idAt];
          if (id === undefined) {
            const checked = await checkNewRow(row, checks, rowErrors);
            if (checked) accepted.push(checked);
            if (errors.length === 0 && accepted.length === ROWS_PER_BATCH) saveAccepted();
            continue;
          }
          const key = String(id).toLowerCase();
          const first = seenIds.get(key);
          if (first !== undefined) {
            rowErrors('id', messages.repeatedId(first));
            continue;
          }
          seenIds.set(key, row.row);
          if (await this.updateRow(actor!, key, row, checks, rowErrors)) updated++;
        }
        if (errors.length === 0 && accepted.length) saveAccepted();
      } finally {
        // Nothing may still be running on the transaction's connection when it ends.
        await saving;
      }
      if (saveFailure) throw saveFailure.error;
      if (errors.length) throw new ActivityImportException(errors, language);
      return { imported: created + updated, created, updated };
    });
  }

  /**
   * Checks a row of an existing activity and saves it through `ActivitiesService.updateWithin`
   * (version check, editable status, locks, policy). A row as the export gave it changes nothing.
   * Returns whether the activity changed.
   */
  private async updateRow(actor: Actor, id: string, row: ReadRow, checks: RowChecks, fail: (column: string, reason: string) => void): Promise<boolean> {
    const { messages, current, layout } = checks;
    const now = isUuid(id) ? current.get(id) : undefined;
    if (!now) {
      fail('id', messages.notFound);
      return false;
    }
    const cell = cellsOf(row, layout);
    const version = cell('version');
    if (typeof version !== 'number' && !(typeof version === 'string' && /^\d+$/.test(version))) {
      fail('version', messages.versionNeeded);
      return false;
    }
    // A row as the export gave it is left alone, even if something it names is no longer valid (a co-organizer that left the network).
    const ignore = () => undefined;
    const asInFile = convertRow(cell, checks, String(now.organization ?? ''), ignore, true);
    const asNow = convertRow((key) => (layout.positions.has(key) ? currentCell(now[key]) : undefined), checks, String(now.organization ?? ''), ignore, true);
    if (JSON.stringify(asInFile) === JSON.stringify(asNow) && Number(version) === now.version) return false;
    const converted = convertRow(cell, checks, String(now.organization ?? ''), fail);
    if (!converted) return false;

    const fields: RowInput = { ...converted };
    for (const [field, empty] of Object.entries(CLEARED)) if (fields[field] === undefined && presentField(field, layout)) fields[field] = empty;
    if (fields.endsOn === undefined && layout.positions.has('endsOn')) fields.endsOn = fields.startsOn;
    const input = plainToInstance(UpdateActivityInput, { ...fields, version: Number(version) });
    if (!(await validated(input, fail))) return false;
    const lock = lockTouching(checks.locks, input.startsOn ?? String(now.startsOn), input.endsOn ?? String(now.endsOn)) ?? lockTouching(checks.locks, String(now.startsOn), String(now.endsOn));
    if (lock) {
      fail('startsOn', messages.locked(lock.startsOn, lock.endsOn, lock.reason));
      return false;
    }
    try {
      await this.activities.updateWithin(checks.manager, actor, id, input);
      return true;
    } catch (error) {
      if (error instanceof InvalidInputException) error.fields.forEach((f: FieldError) => fail(columnOfField(f.field, checks), f.reason));
      else if (error instanceof DomainException && error.code === ActivityErrorCode.STALE_VERSION) fail('version', messages.stale(Number(version), Number(now.version)));
      else if (error instanceof DomainException && error.code === ActivityErrorCode.NOT_EDITABLE) fail('id', messages.notEditable(String(now.status)));
      else if (error instanceof DomainException && error.code === ActivityErrorCode.PERIOD_LOCKED) fail('startsOn', error.message);
      else if (error instanceof DomainException && ['NOT_FOUND', 'FORBIDDEN'].includes(error.kind)) fail('id', messages.notFound);
      else throw error;
      return false;
    }
  }

  /** Inserts checked rows as drafts, table by table in a statement or two each however many rows there are, each audited like a creation. */
  private async saveAll(manager: EntityManager, actor: Actor, organizationId: string, rows: CheckedRow[]): Promise<void> {
    const activities = rows.map(({ input }) => ({ id: randomUUID(), ...newActivityFields(input, organizationId, actor.id), version: 1 }));
    await insertMany(manager, Activity, activities);
    await insertParts(manager, activities.map(({ id }, i) => ({ activityId: id, parts: rows[i].parts })));
    await this.audit.recordMany(
      activities.map(({ id }, i) => ({
        action: AuditAction.ENTITY_CREATED,
        actor: auditActor(actor),
        entityType: 'Activity',
        entityId: id,
        summary: `imported from a spreadsheet, row ${rows[i].row}`,
      })),
      manager,
    );
  }
}

/** A row of a new activity, checked like `createActivity`: every problem named, or the row ready to insert. */
async function checkNewRow(row: ReadRow, checks: RowChecks, fail: (column: string, reason: string) => void): Promise<CheckedRow | undefined> {
  const { messages, organization } = checks;
  const converted = convertRow(cellsOf(row, checks.layout), checks, organization.shortName, fail);
  if (!converted) return undefined;
  const input = plainToInstance(CreateActivityInput, converted);
  if (!(await validated(input, fail))) return undefined;
  const endsOn = input.endsOn ?? input.startsOn;
  const lock = lockTouching(checks.locks, input.startsOn, endsOn);
  if (lock) {
    fail('startsOn', messages.locked(lock.startsOn, lock.endsOn, lock.reason));
    return undefined;
  }
  try {
    const context = { startsOn: input.startsOn, leadOrganizationId: organization.id, participantsTotal: input.participantsTotal ?? null, currentGoalIds: [] };
    const parts = await resolveParts(checks.manager, input, context, checks.references);
    return { row: row.row, input, parts };
  } catch (error) {
    if (error instanceof InvalidInputException) {
      error.fields.forEach((f: FieldError) => fail(columnOfField(f.field, checks), f.reason));
      return undefined;
    }
    throw error;
  }
}

/** class-validator as `createActivity` runs it, each problem reported under its column; true when there is none. */
async function validated(input: object, fail: (column: string, reason: string) => void): Promise<boolean> {
  const invalid = toFieldErrors(await validate(input, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }));
  for (const problem of invalid) fail(columnOfFieldName(problem.field), problem.reason);
  return invalid.length === 0;
}

/**
 * Where the file has each column: its header may name a column by its key or by its label in
 * either language. Unknown, empty and repeated headers are refused, and so is a file without the
 * required columns; other columns may be left out (an update then leaves those fields alone).
 */
function fileLayout(header: string[], columns: ActivityColumn[], messages: ImportMessages, language: Language): FileLayout {
  const byHeader = columnsByHeader(columns);
  const positions = new Map<string, number>();
  const names = new Map<string, string>();
  const errors: ImportRowError[] = [];
  header.forEach((name, i) => {
    const column = byHeader.get(normalizedHeader(name));
    if (name === '') {
      // A trailing empty header cell (some programs write one) is no column.
      if (header.slice(i).some((h) => h !== '')) errors.push({ row: 1, column: `#${i + 1}`, reason: messages.emptyHeaderCell });
    } else if (!column) errors.push({ row: 1, column: name, reason: messages.unknownColumn });
    else if (positions.has(column.header)) errors.push({ row: 1, column: name, reason: messages.repeatedColumn });
    else {
      positions.set(column.header, i);
      names.set(column.header, name);
    }
  });
  for (const column of columns) if (column.required && !positions.has(column.header)) errors.push({ row: 1, column: column.labels[language], reason: messages.missingColumn });
  if (errors.length) throw new ActivityImportException(errors, language);
  return { positions, names, width: header.length };
}

function cellsOf(row: ReadRow, layout: FileLayout): (column: string) => ReadCell {
  return (column) => {
    const at = layout.positions.get(column);
    return at === undefined ? undefined : row.cells[at];
  };
}

/** An exported value as a cell of a file would give it. */
function currentCell(value: CellValue | undefined): ReadCell {
  if (value === null || value === undefined || value === '') return undefined;
  return value;
}

/** Whether the file has the column an input field comes from. */
function presentField(field: string, layout: FileLayout): boolean {
  if (field === 'participants') return [...layout.positions.keys()].some((key) => /^(female|male|otherUnknown)_/.test(key));
  const column = Object.entries(FIELD_OF).find(([, f]) => f === field)?.[0] ?? field;
  return layout.positions.has(column);
}

function lockTouching(locks: ReportingPeriodLock[], startsOn: string, endsOn: string): ReportingPeriodLock | undefined {
  return locks.find((lock) => lock.startsOn <= endsOn && lock.endsOn >= startsOn);
}

async function loadPeriodGoals(manager: EntityManager): Promise<PeriodGoals[]> {
  const rows: { period_id: string; period_code: string; starts_on: string; ends_on: string; goal_id: string | null; goal_code: string | null }[] = await manager.query(
    `SELECT p.id AS period_id, p.code AS period_code, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, g.id AS goal_id, g.code AS goal_code
       FROM strategy_periods p LEFT JOIN strategic_goals g ON g.period_id = p.id`,
  );
  const periods = new Map<string, PeriodGoals>();
  for (const row of rows) {
    if (!periods.has(row.period_id)) periods.set(row.period_id, { code: row.period_code, startsOn: row.starts_on, endsOn: row.ends_on, goalIds: new Map() });
    if (row.goal_id && row.goal_code) periods.get(row.period_id)!.goalIds.set(row.goal_code, row.goal_id);
  }
  return [...periods.values()];
}

async function loadMembers(manager: EntityManager, organizations: OrganizationsService): Promise<Map<string, Organization>> {
  const members = await organizations.activeMembers(manager);
  return new Map(members.map((member) => [normalizedHeader(member.shortName), member]));
}

/** `14.3.2024.` or `2024-03-14` (or a date cell, read as the latter) as YYYY-MM-DD, if it is a real calendar day. */
function parseDate(value: ReadCell): string | undefined {
  if (typeof value !== 'string') return undefined;
  const serbian = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const parts = serbian ? [serbian[3], serbian[2], serbian[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : undefined;
}

/**
 * Cells to a `CreateActivityInput`-shaped object, every problem of the row reported (not only the
 * first), in the user's language. Undefined when the row has a problem, unless `lenient` (to
 * compare a row with what it was, problems or not).
 */
function convertRow(cell: (column: string) => ReadCell, checks: RowChecks, leadShortName: string, fail: (column: string, reason: string) => void, lenient?: true): RowInput | undefined {
  const { messages, columns, periods, members } = checks;
  let failed = false;
  const problem = (column: string, reason: string) => {
    failed = true;
    fail(column, reason);
  };
  const text = (column: string) => {
    const value = cell(column);
    return value === undefined ? undefined : String(value);
  };
  const count = (column: string) => {
    const value = cell(column);
    if (value === undefined) return undefined;
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number)) problem(column, messages.wholeNumber);
    else if (number < 0) problem(column, messages.notNegative);
    else return number;
    return undefined;
  };
  const date = (column: string) => {
    const value = cell(column);
    if (value === undefined) return undefined;
    const parsed = parseDate(value);
    if (!parsed) problem(column, messages.date);
    return parsed;
  };
  const list = (column: string) =>
    text(column)
      ?.split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter(Boolean);
  const required = (column: string) => {
    if (cell(column) === undefined) problem(column, messages.required);
  };

  required('type');
  required('title');
  required('startsOn');
  const type = text('type')?.toUpperCase();
  if (type !== undefined && !Object.values(ActivityType).includes(type as ActivityType)) problem('type', messages.oneOf(Object.values(ActivityType)));
  const title = text('title');
  if (title !== undefined && (title.length < 3 || title.length > 200)) problem('title', messages.titleLength);
  const description = text('description');
  if (description !== undefined && description.length > 10_000) problem('description', messages.tooLong(10_000));
  const city = text('city');
  if (city !== undefined && city.length > 100) problem('city', messages.tooLong(100));
  const startsOn = date('startsOn');
  const endsOn = date('endsOn');
  if (startsOn && endsOn && endsOn < startsOn) problem('endsOn', messages.endsBeforeStart(startsOn));

  const online = cell('online');
  let onlineValue: boolean | undefined;
  if (typeof online === 'boolean') onlineValue = online;
  else if (online !== undefined && YES.includes(String(online).toLowerCase())) onlineValue = true;
  else if (online !== undefined && NO.includes(String(online).toLowerCase())) onlineValue = false;
  else if (online !== undefined) problem('online', messages.yesNo);

  const targetGroups = list('targetGroups')?.map((group) => group.toUpperCase());
  if (targetGroups?.some((group) => !Object.values(TargetGroup).includes(group as TargetGroup))) problem('targetGroups', messages.oneOf(Object.values(TargetGroup)));

  const participants: { gender: string; ageBand: string; count: number }[] = [];
  for (const column of columns) {
    if (!column.participant) continue;
    const value = count(column.header);
    if (value !== undefined) participants.push({ ...column.participant, count: value });
  }
  const participantsTotal = count('participantsTotal');
  const counted = participants.reduce((sum, p) => sum + p.count, 0);
  if (participantsTotal !== undefined && participants.length && counted !== participantsTotal) problem('participantsTotal', messages.countsAddUp(participantsTotal, counted));

  let goalIds: string[] | undefined;
  const goalCodes = list('goals');
  if (goalCodes?.length && startsOn) {
    const period = periods.find((p) => p.startsOn <= startsOn && startsOn <= p.endsOn);
    if (!period) problem('goals', messages.noPlanPeriod(startsOn));
    else {
      const unknown = goalCodes.filter((code) => !period.goalIds.has(code));
      if (unknown.length) problem('goals', messages.unknownGoals(unknown, period.code, [...period.goalIds.keys()].sort()));
      else goalIds = goalCodes.map((code) => period.goalIds.get(code)!);
    }
  }

  const institutions = list('institutions')?.map((item) => {
    const colon = item.indexOf(':');
    if (colon < 0) problem('institutions', messages.institution(item));
    return { kind: item.slice(0, colon).trim().toUpperCase(), name: item.slice(colon + 1).trim() };
  });

  const coOrganizerIds = list('coOrganizers')?.map((name) => {
    const member = members.get(normalizedHeader(name));
    if (!member) problem('coOrganizers', messages.unknownCoOrganizer(name));
    else if (normalizedHeader(name) === normalizedHeader(leadShortName)) problem('coOrganizers', messages.leadAsCoOrganizer);
    return member?.id ?? '';
  });

  const mediaOutlets = count('mediaOutlets');
  const mediaAudience = count('mediaAudience');
  if (failed && !lenient) return undefined;
  const input = {
    type,
    title,
    description,
    startsOn,
    endsOn,
    city,
    online: onlineValue,
    targetGroups,
    participantsTotal,
    participants: participants.length ? participants : undefined,
    goalIds,
    institutions,
    coOrganizerIds,
    mediaOutlets,
    mediaAudience,
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** The layout column an input field (as class-validator or `resolveParts` names it) came from. */
function columnOfField(field: string, checks: RowChecks): string {
  const [head, index] = field.split('.');
  if (head === 'participants' && index !== undefined) return checks.columns.filter((c) => c.participant)[Number(index)]?.header ?? 'participantsTotal';
  return columnOfFieldName(head);
}

function columnOfFieldName(field: string): string {
  const head = field.split('.')[0];
  return Object.entries(FIELD_OF).find(([, f]) => f === head)?.[0] ?? head;
}
