import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Action } from '@app/auth/policy/action.enum';
import { Actor, authorize } from '@app/auth/policy/policy';
import { DomainException, FieldError, insertMany, InvalidInputException, isUuid, NotFoundException, toFieldErrors } from '@app/common';
import { Organization } from '@app/organizations/entities';
import { OrganizationKind } from '@app/organizations/organization-kind.enum';
import { ActivitiesService, newActivityFields } from '../activities.service';
import { insertParts, isCalendarDate, PartReferences, preloadedReferences, ResolvedParts, resolveParts } from '../activity-parts';
import { Activity } from '../activity.entity';
import { AgeBand } from '../age-band.entity';
import { CreateActivityInput } from '../dto/activity.input';
import { ReportingPeriodLock } from '../reporting-period-lock.entity';
import { ActivityImportException, ImportRowError } from './activity-import.exception';
import { ImportColumn, importColumns, LIST_SEPARATOR } from './exchange-columns';
import { ReadCell, ReadRow, readSpreadsheet, UploadedSpreadsheet } from './spreadsheet-reader';

interface PeriodGoals {
  code: string;
  startsOn: string;
  endsOn: string;
  goalIds: Map<string, string>;
}

/** What checking a row needs, read once for all rows of an import. */
interface RowChecks {
  manager: EntityManager;
  columns: ImportColumn[];
  periods: PeriodGoals[];
  organizationId: string;
  references: PartReferences;
  assertNotLocked: (startsOn: string, endsOn: string) => Promise<void>;
}

/** A row that passed every check, ready to insert. */
interface CheckedRow {
  row: number;
  input: CreateActivityInput;
  parts: ResolvedParts;
}

/** A row turned into a creation input, with the column each input field came from. */
interface ConvertedRow {
  input: Record<string, unknown>;
  errors: ImportRowError[];
  /** Column of each `participants` entry, to name it in an error. */
  participantColumns: string[];
}

export interface ImportOptions {
  /** Coordinators may import for another member organization. */
  organizationId?: string;
}

/** Checked rows inserted together while the next rows are checked. */
const ROWS_PER_BATCH = 1_000;

const YES = ['da', 'true', 'yes', '1', 'x'];
const NO = ['ne', 'false', 'no', '0'];

/**
 * Imports activities an organization kept in a spreadsheet: every row is checked like a
 * `createActivity` (class-validator, then the domain checks of `resolveParts` and the locks),
 * and either all rows are saved as drafts in one transaction, or none and each problem is named.
 */
@Injectable()
export class ActivitiesImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Authorizes first, then reads the upload (`receive`), so that a request that may not import is
   * refused before any of its body is read.
   */
  async importFile(actor: Actor | null, receive: () => Promise<UploadedSpreadsheet | undefined>, { organizationId }: ImportOptions = {}): Promise<{ imported: number }> {
    authorize(actor, Action.ACTIVITY_WRITE);
    if (organizationId !== undefined && !isUuid(organizationId)) {
      throw InvalidInputException.field('organizationId', 'must be an id returned by the organizations query');
    }
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: organizationId ?? actor.organizationId });
    if (!organization) throw new NotFoundException('Organization');
    authorize(actor, Action.ACTIVITY_WRITE, { type: 'Organization', organizationId: organization.id });
    if (organization.kind !== OrganizationKind.AT_NETWORK_MEMBER) {
      throw InvalidInputException.field('organizationId', 'activities are logged by members of the AT network');
    }
    const file = await receive();
    if (!file) throw InvalidInputException.field('file', 'attach a CSV or XLSX file as the multipart field "file"', 'FILE_MISSING');
    const table = await readSpreadsheet(file);
    const columns = importColumns(await this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } }));
    const positions = headerPositions(table.header, columns);

    return this.dataSource.transaction(async (manager) => {
      const checks: RowChecks = {
        manager,
        columns,
        periods: await loadPeriodGoals(manager),
        organizationId: organization.id,
        references: preloadedReferences(manager),
        assertNotLocked: await this.lockCheck(manager),
      };
      const errors: ImportRowError[] = [];
      let accepted: CheckedRow[] = [];
      let imported = 0;
      // Batches of checked rows are inserted while the next rows are checked, so that PostgreSQL
      // writes while Node checks; once a row failed nothing more is saved and the rest are only
      // checked (the transaction then rolls back what was).
      let saving = Promise.resolve();
      let saveFailure: { error: unknown } | undefined;
      const saveAccepted = () => {
        const batch = accepted;
        accepted = [];
        imported += batch.length;
        // Never rejects: a rejection waiting for its handler until all rows are checked would end the process.
        saving = saving
          .then(() => (saveFailure ? undefined : this.saveAll(manager, actor, organization.id, batch)))
          .catch((error: unknown) => {
            saveFailure = { error };
          });
      };
      try {
        for (const row of table.rows) {
          // Lets the inserts proceed, and other requests be served, between rows.
          await setImmediate();
          const cells = (header: string) => row.cells[positions.get(header)!];
          if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((c) => c !== undefined)) {
            errors.push({ row: row.row, column: '', reason: `has ${row.cells.length} cells but the header has ${table.header.length} columns` });
            continue;
          }
          const checked = await this.checkRow(row, cells, checks);
          errors.push(...checked.errors);
          if (checked.input && checked.parts) accepted.push({ row: row.row, input: checked.input, parts: checked.parts });
          if (errors.length === 0 && accepted.length === ROWS_PER_BATCH) saveAccepted();
        }
        if (errors.length === 0 && accepted.length) saveAccepted();
      } finally {
        // Nothing may still be running on the transaction's connection when it ends.
        await saving;
      }
      if (saveFailure) throw saveFailure.error;
      if (errors.length) throw new ActivityImportException(errors);
      return { imported };
    });
  }

  /**
   * `ActivitiesService.assertNotLocked` for many rows: the locks are read once, and only a row
   * that touches one of them (or has dates the database must read) asks the service, which
   * refuses it with its usual message.
   */
  private async lockCheck(manager: EntityManager): Promise<(startsOn: string, endsOn: string) => Promise<void>> {
    const locks = await manager.getRepository(ReportingPeriodLock).find();
    return async (startsOn, endsOn) => {
      const clear = isCalendarDate(startsOn) && isCalendarDate(endsOn) && !locks.some((lock) => lock.startsOn <= endsOn && lock.endsOn >= startsOn);
      if (!clear) await this.activities.assertNotLocked(manager, startsOn, endsOn);
    };
  }

  private async checkRow(
    row: ReadRow,
    cell: (header: string) => ReadCell,
    { manager, columns, periods, organizationId, references, assertNotLocked }: RowChecks,
  ): Promise<{ errors: ImportRowError[]; input?: CreateActivityInput; parts?: ResolvedParts }> {
    const converted = convertRow(cell, columns, periods);
    const at = (column: string, reason: string): ImportRowError => ({ row: row.row, column, reason });
    if (converted.errors.length) return { errors: converted.errors.map((e) => ({ ...e, row: row.row })) };

    const input = plainToInstance(CreateActivityInput, converted.input);
    const invalid = toFieldErrors(await validate(input, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }));
    const columnOf = (field: string) => columnOfField(field, converted.participantColumns);
    if (invalid.length) return { errors: invalid.map((f) => at(columnOf(f.field), f.reason)) };

    const endsOn = input.endsOn ?? input.startsOn;
    if (endsOn < input.startsOn) return { errors: [at('endsOn', `must not be before startsOn (${input.startsOn})`)] };
    try {
      await assertNotLocked(input.startsOn, endsOn);
      const context = { startsOn: input.startsOn, leadOrganizationId: organizationId, participantsTotal: input.participantsTotal ?? null, currentGoalIds: [] };
      const parts = await resolveParts(manager, input, context, references);
      return { errors: [], input, parts };
    } catch (error) {
      if (error instanceof InvalidInputException) return { errors: error.fields.map((f: FieldError) => at(columnOf(f.field), f.reason)) };
      if (error instanceof DomainException) return { errors: [at('startsOn', error.message)] };
      throw error;
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
        actor: { userId: actor.id, organizationId: actor.organizationId },
        entityType: 'Activity',
        entityId: id,
        summary: `imported from a spreadsheet, row ${rows[i].row}`,
      })),
      manager,
    );
  }
}

/** Where each expected column is in the file; a wrong header is refused naming every missing, unknown or repeated column. */
function headerPositions(header: string[], columns: ImportColumn[]): Map<string, number> {
  const expected = new Set(columns.map((c) => c.header));
  const positions = new Map<string, number>();
  const errors: ImportRowError[] = [];
  header.forEach((name, i) => {
    if (name === '') errors.push({ row: 1, column: `#${i + 1}`, reason: 'the header cell is empty' });
    else if (!expected.has(name)) errors.push({ row: 1, column: name, reason: 'unknown column: the header must name exactly the columns of the template' });
    else if (positions.has(name)) errors.push({ row: 1, column: name, reason: 'this column appears twice' });
    else positions.set(name, i);
  });
  for (const column of columns) if (!positions.has(column.header)) errors.push({ row: 1, column: column.header, reason: 'missing column' });
  if (errors.length) throw new ActivityImportException(errors);
  return positions;
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

/** Cells to a `CreateActivityInput`-shaped object; problems class-validator cannot name well are collected here. */
function convertRow(cell: (header: string) => ReadCell, columns: ImportColumn[], periods: PeriodGoals[]): ConvertedRow {
  const errors: ImportRowError[] = [];
  const fail = (column: string, reason: string) => errors.push({ row: 0, column, reason });
  const text = (column: string) => {
    const value = cell(column);
    return value === undefined ? undefined : String(value);
  };
  const integer = (column: string) => {
    const value = cell(column);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
    fail(column, 'must be a whole number');
    return undefined;
  };
  const date = (column: string) => {
    const value = text(column);
    const serbian = value && /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(value);
    return serbian ? `${serbian[3]}-${serbian[2].padStart(2, '0')}-${serbian[1].padStart(2, '0')}` : value;
  };
  const list = (column: string) =>
    text(column)
      ?.split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter(Boolean);

  const online = cell('online');
  let onlineValue: boolean | undefined;
  if (typeof online === 'boolean') onlineValue = online;
  else if (online !== undefined && YES.includes(String(online).toLowerCase())) onlineValue = true;
  else if (online !== undefined && NO.includes(String(online).toLowerCase())) onlineValue = false;
  else if (online !== undefined) fail('online', 'must be "da" or "ne"');

  const participants: { gender: string; ageBand: string; count: number | undefined }[] = [];
  const participantColumns: string[] = [];
  for (const column of columns) {
    if (!column.participant) continue;
    const count = integer(column.header);
    if (count === undefined) continue;
    participants.push({ ...column.participant, count });
    participantColumns.push(column.header);
  }

  const startsOn = date('startsOn');
  let goalIds: string[] | undefined;
  const goalCodes = list('goals');
  if (goalCodes?.length && startsOn) {
    const period = periods.find((p) => p.startsOn <= startsOn && startsOn <= p.endsOn);
    if (!period) fail('goals', `no strategic plan period covers ${startsOn}`);
    else {
      const unknown = goalCodes.filter((code) => !period.goalIds.has(code));
      if (unknown.length) fail('goals', `no goal ${unknown.join(', ')} in plan period ${period.code}; its goals are ${[...period.goalIds.keys()].sort().join(', ')}`);
      else goalIds = goalCodes.map((code) => period.goalIds.get(code)!);
    }
  }

  const institutions = list('institutions')?.map((item) => {
    const colon = item.indexOf(':');
    if (colon < 0) fail('institutions', `"${item}": write each institution as KIND: name`);
    return { kind: item.slice(0, colon).trim().toUpperCase(), name: item.slice(colon + 1).trim() };
  });

  const input = {
    type: text('type')?.toUpperCase(),
    title: text('title'),
    description: text('description'),
    startsOn,
    endsOn: date('endsOn'),
    city: text('city'),
    online: onlineValue,
    targetGroups: list('targetGroups')?.map((group) => group.toUpperCase()),
    participantsTotal: integer('participantsTotal'),
    participants: participants.length ? participants : undefined,
    goalIds,
    institutions,
    mediaOutlets: integer('mediaOutlets'),
    mediaAudience: integer('mediaAudience'),
  };
  return { input: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), errors, participantColumns };
}

/** The column an input field (as class-validator or `resolveParts` names it) came from. */
function columnOfField(field: string, participantColumns: string[]): string {
  const [head, index] = field.split('.');
  if (head === 'participants' && index !== undefined) return participantColumns[Number(index)] ?? 'participantsTotal';
  if (head === 'goalIds') return 'goals';
  return head;
}
