import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditAction, auditActor, AuditService } from '@app/audit';
import { AccessService, Action, Actor } from '@app/policy';
import { FieldError, foldedSql, InvalidInputException, NotFoundException } from '@app/common';
import { MeetingsService } from '@app/meetings';
import { OrganizationKind, OrganizationsService } from '@app/organizations';
import { CapacityDimension } from './catalog.entity';
import { CapacityRecord, SelfAssessmentPeriod } from './dto/capacity-record.type';
import { SelfAssessmentInput } from './dto/self-assessment.input';
import { SelfAssessment, SelfAssessmentScore } from './self-assessment.entity';

/**
 * The trainings an organization's people attended, one row each, with how many of its people
 * were there: as named participants, or else — for a training held at a network meeting — as the
 * meeting's recorded attendance ($2: `[{ meeting_id, people }]` from MeetingsService.attendanceOf,
 * which leaves cancelled meetings out). A person is a user, or a named person once per
 * (organization, name ignoring case and diacritics).
 */
const ATTENDED = `
  at_meetings AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(meeting_id uuid, people int)),
  attended AS (
    SELECT t.id, t.hours, extract(year FROM t.starts_on)::int AS year, count(*)::int AS people,
           count(*) FILTER (WHERE p.certificate_number IS NOT NULL)::int AS certificates
      FROM trainings t JOIN training_participants p ON p.training_id = t.id
     WHERE p.organization_id = $1
     GROUP BY t.id
    UNION ALL
    SELECT t.id, t.hours, extract(year FROM t.starts_on)::int, m.people, 0
      FROM trainings t JOIN at_meetings m ON m.meeting_id = t.meeting_id
     WHERE NOT EXISTS (SELECT 1 FROM training_participants p WHERE p.training_id = t.id AND p.organization_id = $1)
  )`;
// Names are stored trimmed with single spaces (see training-parts.ts); case and diacritics are ignored here.
const PERSON_KEY = `COALESCE(p.user_id::text, p.organization_id::text || ':' || ${foldedSql('p.full_name')})`;

/** Capacity records (aggregated in SQL, no names in them) and self-assessments. */
@Injectable()
export class CapacityRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  async record(actor: Actor | null, organizationId: string): Promise<CapacityRecord> {
    await this.access.require(actor, Action.CAPACITY_READ, { type: 'Organization', id: organizationId });
    const meetings = JSON.stringify((await this.meetings.attendanceOf(organizationId)).map((m) => ({ meeting_id: m.meetingId, people: m.people })));
    const q = <T>(sql: string) => this.dataSource.query(sql, [organizationId, meetings]) as Promise<T[]>;
    // People trained are named people (participants); a meeting's attendance adds to hours and person-hours only.
    const q1 = <T>(sql: string) => this.dataSource.query(sql, [organizationId]) as Promise<T[]>;

    const [[totals], [people], byTopic, byYear, selfAssessments] = await Promise.all([
      q<{ trainings: number; hours: string; person_hours: string; certificates: number }>(
        `WITH ${ATTENDED} SELECT count(*)::int AS trainings, COALESCE(sum(hours), 0) AS hours, COALESCE(sum(hours * people), 0) AS person_hours,
                COALESCE(sum(certificates), 0)::int AS certificates FROM attended`,
      ),
      q1<{ people: number }>(`SELECT count(DISTINCT ${PERSON_KEY})::int AS people FROM training_participants p WHERE p.organization_id = $1`),
      q<{ year: number; code: string; name_sr: string; name_en: string; position: number; trainings: number; hours: string; person_hours: string }>(
        `WITH ${ATTENDED}
         SELECT a.year, tp.code, tp.name_sr, tp.name_en, count(*)::int AS trainings, sum(a.hours) AS hours, sum(a.hours * a.people) AS person_hours
           FROM attended a JOIN training_topic_links l ON l.training_id = a.id JOIN training_topics tp ON tp.id = l.topic_id
          GROUP BY a.year, tp.id ORDER BY a.year, tp.position, tp.code`,
      ),
      q<{ year: number; trainings: number; hours: string; person_hours: string; people: number }>(
        `WITH ${ATTENDED}
         SELECT a.year, count(*)::int AS trainings, sum(a.hours) AS hours, sum(a.hours * a.people) AS person_hours,
                (SELECT count(DISTINCT ${PERSON_KEY})::int FROM training_participants p JOIN trainings t ON t.id = p.training_id
                  WHERE p.organization_id = $1 AND extract(year FROM t.starts_on)::int = a.year) AS people
           FROM attended a GROUP BY a.year ORDER BY a.year`,
      ),
      this.history(this.dataSource.manager, organizationId),
    ]);

    return {
      organizationId,
      trainingsAttended: totals.trainings,
      hours: Number(totals.hours),
      personHours: Number(totals.person_hours),
      peopleTrained: people.people,
      certificatesIssued: totals.certificates,
      hoursByTopicAndYear: byTopic.map((r) => ({
        year: r.year,
        topicCode: r.code,
        topicNameSr: r.name_sr,
        topicNameEn: r.name_en,
        trainings: r.trainings,
        hours: Number(r.hours),
        personHours: Number(r.person_hours),
      })),
      byYear: byYear.map((r) => ({ year: r.year, trainings: r.trainings, hours: Number(r.hours), personHours: Number(r.person_hours), peopleTrained: r.people })),
      selfAssessments,
    };
  }

  /** Every period's scores, oldest first, each with its change from the previous period that rated the dimension. */
  private async history(manager: EntityManager, organizationId: string): Promise<SelfAssessmentPeriod[]> {
    const rows: { period: string; updated_at: Date; code: string; name_sr: string; name_en: string; scale_min: number; scale_max: number; score: number; change: number | null }[] =
      await manager.query(
        `SELECT a.period, a.updated_at, d.code, d.name_sr, d.name_en, d.scale_min, d.scale_max, s.score,
                s.score - lag(s.score) OVER (PARTITION BY s.dimension_id ORDER BY a.period) AS change
           FROM capacity_self_assessments a
           JOIN capacity_self_assessment_scores s ON s.assessment_id = a.id
           JOIN capacity_dimensions d ON d.id = s.dimension_id
          WHERE a.organization_id = $1
          ORDER BY a.period, d.position, d.code`,
        [organizationId],
      );
    const periods = new Map<string, SelfAssessmentPeriod>();
    for (const row of rows) {
      if (!periods.has(row.period)) periods.set(row.period, { period: row.period, submittedAt: row.updated_at, scores: [] });
      periods.get(row.period)!.scores.push({
        dimensionCode: row.code,
        dimensionNameSr: row.name_sr,
        dimensionNameEn: row.name_en,
        scaleMin: row.scale_min,
        scaleMax: row.scale_max,
        score: row.score,
        change: row.change,
      });
    }
    return [...periods.values()];
  }

  /** A member organization's scores for a period; submitting the period again replaces them. */
  async submitSelfAssessment(actor: Actor | null, input: SelfAssessmentInput): Promise<SelfAssessmentPeriod> {
    const organizationId = input.organizationId ?? actor?.organizationId ?? '';
    await this.access.require(actor, Action.SELF_ASSESSMENT_SUBMIT, { type: 'Organization', id: organizationId });
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.findById(organizationId, manager);
      if (!organization) throw new NotFoundException('Organization');
      if (organization.kind !== OrganizationKind.AT_NETWORK_MEMBER) throw InvalidInputException.field('organizationId', 'self-assessments are made by members of the AT network');

      const codes = input.scores.map((s) => s.dimensionCode.trim());
      const dimensions = new Map((await manager.getRepository(CapacityDimension).findBy({ code: In(codes) })).map((d) => [d.code, d]));
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      input.scores.forEach((s, i) => {
        const dimension = dimensions.get(codes[i]);
        if (!dimension || !dimension.active) errors.push({ field: `scores.${i}.dimensionCode`, reason: 'is not a dimension of the self-assessment (see capacityDimensions)', code: 'UNKNOWN_DIMENSION' });
        else if (s.score < dimension.scaleMin || s.score > dimension.scaleMax) {
          errors.push({ field: `scores.${i}.score`, reason: `must be from ${dimension.scaleMin} to ${dimension.scaleMax}`, code: 'SCORE_OUTSIDE_SCALE' });
        }
        if (seen.has(codes[i])) errors.push({ field: `scores.${i}.dimensionCode`, reason: 'is rated twice' });
        seen.add(codes[i]);
      });
      if (errors.length) throw new InvalidInputException(errors);

      const [row] = await manager.query(
        `INSERT INTO capacity_self_assessments (organization_id, period, notes, submitted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, period) DO UPDATE SET notes = EXCLUDED.notes, submitted_by = EXCLUDED.submitted_by, updated_at = now()
         RETURNING id, (xmax = 0) AS created`,
        [organizationId, input.period, input.notes, actor!.id],
      );
      await manager.delete(SelfAssessmentScore, { assessmentId: row.id });
      await manager.insert(
        SelfAssessmentScore,
        input.scores.map((s, i) => ({ assessmentId: row.id, dimensionId: dimensions.get(codes[i])!.id, score: s.score })),
      );
      await this.audit.record(
        { action: row.created ? AuditAction.ENTITY_CREATED : AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: SelfAssessment.name, entityId: row.id, summary: input.period },
        manager,
      );
      return (await this.history(manager, organizationId)).find((p) => p.period === input.period)!;
    });
  }
}
