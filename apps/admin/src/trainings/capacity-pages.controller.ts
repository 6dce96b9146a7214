import { Controller, Get, Param, ParseUUIDPipe, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Actor, CurrentUser } from '@app/policy';
import { CapacityRecordService } from '@app/capacity';
import { localize } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { AdminUserGuard } from '../admin-user.guard';
import { DomainPageFilter } from '../forms';
import { formatDate, formatNumber, pageContext } from '../page';

/** An organization's capacity page: its figures, hours by topic and year, and its self-assessment history. No names. */
@Controller()
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class CapacityPagesController {
  constructor(
    private readonly capacity: CapacityRecordService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** One's own organization's page. */
  @Get('capacity')
  own(@Res() res: Response, @CurrentUser() actor: Actor) {
    res.redirect(303, `/organizations/${actor.organizationId}/capacity`);
  }

  @Get('organizations/:id/capacity')
  @Render('trainings/capacity')
  async page(@Req() req: Request, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    // The record authorizes (another organization's page looks like one that does not exist); only then the name.
    const record = await this.capacity.record(actor, id);
    const organization = await this.organizations.get(id);
    const page = pageContext(req);
    const { t, lang } = page;
    const n = (value: number) => formatNumber(value, lang);

    const years = [...new Set(record.hoursByTopicAndYear.map((r) => r.year))].sort();
    const topics = new Map<string, { name: string; hours: Map<number, number> }>();
    for (const row of record.hoursByTopicAndYear) {
      if (!topics.has(row.topicCode)) topics.set(row.topicCode, { name: localize(lang, row.topicNameSr, row.topicNameEn), hours: new Map() });
      topics.get(row.topicCode)!.hours.set(row.year, row.hours);
    }

    const periods = record.selfAssessments.map((p) => p.period);
    const dimensions = new Map<string, { name: string; scale: string; scores: Map<string, { score: number; change: number | null }> }>();
    for (const period of record.selfAssessments) {
      for (const s of period.scores) {
        if (!dimensions.has(s.dimensionCode)) dimensions.set(s.dimensionCode, { name: localize(lang, s.dimensionNameSr, s.dimensionNameEn), scale: `${s.scaleMin}–${s.scaleMax}`, scores: new Map() });
        dimensions.get(s.dimensionCode)!.scores.set(period.period, { score: s.score, change: s.change });
      }
    }

    return {
      ...page,
      title: `${t.capacityHeading}: ${organization.shortName}`,
      organization: { id: organization.id, shortName: organization.shortName, name: localize(lang, organization.nameSr, organization.nameEn) },
      totals: [
        { label: t.capacityTrainings, value: n(record.trainingsAttended), id: 'trainings' },
        { label: t.capacityHours, value: n(record.hours), id: 'hours' },
        { label: t.capacityPersonHours, value: n(record.personHours), id: 'person-hours' },
        { label: t.capacityPeople, value: n(record.peopleTrained), id: 'people' },
        { label: t.capacityCertificates, value: n(record.certificatesIssued), id: 'certificates' },
      ],
      byYear: record.byYear.map((y) => ({ year: y.year, trainings: n(y.trainings), hours: n(y.hours), personHours: n(y.personHours), people: n(y.peopleTrained) })),
      years,
      topicRows: [...topics.entries()].map(([code, topic]) => ({
        code,
        name: topic.name,
        cells: years.map((year) => ({ year, hours: topic.hours.has(year) ? n(topic.hours.get(year)!) : '–' })),
      })),
      periods,
      dimensionRows: [...dimensions.entries()].map(([code, d]) => ({
        code,
        name: d.name,
        scale: d.scale,
        cells: periods.map((period) => {
          const score = d.scores.get(period);
          return {
            period,
            score: score ? n(score.score) : '–',
            change: score?.change ? `${score.change > 0 ? '+' : '−'}${n(Math.abs(score.change))}` : '',
            up: (score?.change ?? 0) > 0,
          };
        }),
      })),
      submitted: record.selfAssessments.map((p) => ({ period: p.period, on: formatDate(p.submittedAt, lang) })),
    };
  }
}
