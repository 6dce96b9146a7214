import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActivityStatus, ActivityType } from '../activity.enums';
import { PublishedCount, SMALL_CELL_THRESHOLD, withholdSmallCells } from './small-cells';

/** A year of the network's approved prevention work, as published: counts only, small ones withheld. */
export interface PublishedYear {
  year: number;
  /** Approved activities that started in the year; null when fewer than the threshold. */
  total: number | null;
  /** By the town of the member organization that led the activity. */
  byTown: PublishedCount[];
  byType: PublishedCount<ActivityType>[];
}

/** An approved public event as the network announces it: what, where and when; nobody's name. */
export interface PublicEvent {
  title: string;
  type: ActivityType;
  /** Where it took place; null for an online one. */
  town: string | null;
  online: boolean;
  startsOn: string;
}

/** The kinds of activity that are public events by nature: forums, campaigns, round tables. */
export const PUBLIC_EVENT_TYPES = [ActivityType.PUBLIC_FORUM, ActivityType.MEDIA_CAMPAIGN, ActivityType.ROUND_TABLE];

/**
 * What the network publishes about its prevention work to anyone, signed in or not (strategic goal 4):
 * approved activities only, counted as the strategy progress report counts them (each once, in the
 * quarter, hence the year, it started), by year, town and type, with counts under five withheld; and
 * the latest approved public events. Drafts, submitted and returned activities never appear.
 */
@Injectable()
export class PublicFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async approvedWorkByYear(): Promise<PublishedYear[]> {
    const rows: { year: number; town: string; type: ActivityType; count: number }[] = await this.dataSource.query(
      `SELECT extract(year FROM a.starts_on)::int AS year, o.city AS town, a.type, count(*)::int AS count
         FROM activities a JOIN organizations o ON o.id = a.organization_id
        WHERE a.status = $1
        GROUP BY 1, 2, 3
        ORDER BY 1 DESC, 2, 3`,
      [ActivityStatus.APPROVED],
    );
    const years = [...new Set(rows.map((r) => r.year))];
    return years.map((year) => {
      const ofYear = rows.filter((r) => r.year === year);
      const total = ofYear.reduce((sum, r) => sum + r.count, 0);
      const published = total >= SMALL_CELL_THRESHOLD;
      const sumBy = <K extends string>(keyOf: (r: (typeof rows)[number]) => K) => {
        const sums = new Map<K, number>();
        for (const r of ofYear) sums.set(keyOf(r), (sums.get(keyOf(r)) ?? 0) + r.count);
        return [...sums].map(([key, count]) => ({ key, count }));
      };
      return {
        year,
        total: published ? total : null,
        byTown: withholdSmallCells(sumBy((r) => r.town), published),
        byType: withholdSmallCells(
          sumBy((r) => r.type).sort((a, b) => Object.values(ActivityType).indexOf(a.key) - Object.values(ActivityType).indexOf(b.key)),
          published,
        ),
      };
    });
  }

  async latestPublicEvents(limit = 10): Promise<PublicEvent[]> {
    const rows: { title: string; type: ActivityType; town: string | null; online: boolean; starts_on: string }[] = await this.dataSource.query(
      `SELECT a.title, a.type, CASE WHEN a.online THEN NULL ELSE COALESCE(a.city, o.city) END AS town, a.online, to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on
         FROM activities a JOIN organizations o ON o.id = a.organization_id
        WHERE a.status = $1 AND a.type = ANY ($2::activity_type[])
        ORDER BY a.starts_on DESC, a.id
        LIMIT $3`,
      [ActivityStatus.APPROVED, PUBLIC_EVENT_TYPES, limit],
    );
    return rows.map((r) => ({ title: r.title, type: r.type, town: r.town, online: r.online, startsOn: r.starts_on }));
  }
}
