import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Action, Actor, authorize, can } from '@app/policy';
import { Clock, InvalidInputException } from '@app/common';
import { ReferralStatisticsArgs } from './dto/referral-statistics.args';
import { PartnerNetworkResponseTimes, ReferralCount, ReferralStatistics, ResponseTimes } from './dto/referral-statistics.type';
import { ReferralStatus } from './referral.enums';

type Dimension = 'network' | 'country' | 'category' | 'urgency' | 'status' | 'outcome';

/** Counts from 1 to this minus one are not shown (nor times computed from them): a handful of referrals can single out a case. */
export const REFERRAL_STATS_MIN_CELL = 5;
/** The shortest period those without REFERRAL_STATS_ANY_PERIOD (evaluators) may ask about. */
export const REFERRAL_STATS_MIN_PERIOD_DAYS = 90;
const DAY_MS = 86_400_000;

/** A count, or null when it is too small to show. Zero is shown: it singles out nobody. */
const shown = (count: number): number | null => (count > 0 && count < REFERRAL_STATS_MIN_CELL ? null : count);

/**
 * The cells of one dimension with small counts suppressed. The cells add up to a figure shown
 * elsewhere (the total, or the closed count), so one suppressed cell alone could be worked out
 * by subtraction: then the smallest shown cell is suppressed with it.
 */
function suppressed(cells: { key: string; count: number }[]): ReferralCount[] {
  const result: ReferralCount[] = cells.map(({ key, count }) => ({ key, count: shown(count) }));
  if (result.filter((c) => c.count === null).length === 1) {
    const smallest = result.filter((c) => c.count !== null).sort((a, b) => a.count! - b.count!)[0];
    if (smallest) smallest.count = null;
  }
  return result;
}

/** The referrals sent in [$1, $2), with their network and partner organization. */
const SENT_IN_PERIOD = `
  FROM referrals r
  JOIN networks n ON n.id = r.network_id
  JOIN organizations p ON p.id = r.partner_organization_id
 WHERE r.sent_at IS NOT NULL AND ($1::timestamptz IS NULL OR r.sent_at >= $1) AND r.sent_at < $2`;

const hours = (end: string) => `extract(epoch FROM ${end} - r.sent_at) / 3600`;
const percentile = (fraction: number, end: string, filter = 'TRUE') =>
  `round((percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${hours(end)}) FILTER (WHERE ${filter}))::numeric, 2)::float8`;

/**
 * Figures about referrals for coordinators, member organizations and evaluators: counts and
 * response times, computed in SQL. Nothing here can name a person or a case: no ids, references
 * or case codes, only group keys and numbers.
 */
@Injectable()
export class ReferralStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async statistics(actor: Actor | null, { from, to }: ReferralStatisticsArgs): Promise<ReferralStatistics> {
    authorize(actor, Action.REFERRAL_STATS_READ);
    const now = this.clock.now();
    const until = to ?? now;
    if (from && until <= from) throw InvalidInputException.field('to', 'must be later than from');
    if (from && !can(actor, Action.REFERRAL_STATS_ANY_PERIOD) && until.getTime() - from.getTime() < REFERRAL_STATS_MIN_PERIOD_DAYS * DAY_MS) {
      throw InvalidInputException.field('from', `the period must span at least ${REFERRAL_STATS_MIN_PERIOD_DAYS} days (from must be at least ${REFERRAL_STATS_MIN_PERIOD_DAYS} days before to)`, 'PERIOD_TOO_SHORT');
    }
    const period = [from ?? null, until];

    // One scan: every dimension is a grouping set; the empty set gives the totals.
    const groups: { dimension: Dimension | null; key: string | null; count: number; overdue: number }[] = await this.dataSource.query(
      `SELECT CASE WHEN GROUPING(n.code) = 0 THEN 'network'
                   WHEN GROUPING(p.country) = 0 THEN 'country'
                   WHEN GROUPING(r.category) = 0 THEN 'category'
                   WHEN GROUPING(r.urgency) = 0 THEN 'urgency'
                   WHEN GROUPING(r.status) = 0 THEN 'status'
                   WHEN GROUPING(r.outcome) = 0 THEN 'outcome' END AS dimension,
              COALESCE(n.code, p.country, r.category::text, r.urgency::text, r.status::text, r.outcome::text) AS key,
              count(*)::int AS count,
              (count(*) FILTER (WHERE r.status = '${ReferralStatus.SENT}' AND r.acknowledge_due_at < $3))::int AS overdue
         ${SENT_IN_PERIOD}
        GROUP BY GROUPING SETS ((n.code), (p.country), (r.category), (r.urgency), (r.status), (r.outcome), ())
        ORDER BY dimension, key`,
      [...period, now],
    );
    const counts = (dimension: Dimension): ReferralCount[] =>
      suppressed(groups.filter((g) => g.dimension === dimension && g.key !== null).map(({ key, count }) => ({ key: key!, count })));
    const totals = groups.find((g) => g.dimension === null);

    // Response times per partner network, category and urgency: again one scan, one grouping set each.
    const times: (ResponseTimes & { dimension: 'network' | 'category' | 'urgency' })[] = await this.dataSource.query(
      `SELECT CASE WHEN GROUPING(n.code) = 0 THEN 'network' WHEN GROUPING(r.category) = 0 THEN 'category' ELSE 'urgency' END AS dimension,
              COALESCE(n.code, r.category::text, r.urgency::text) AS key,
              count(r.acknowledged_at)::int AS "acknowledged",
              ${percentile(0.5, 'r.acknowledged_at')} AS "medianHoursToAcknowledge",
              ${percentile(0.9, 'r.acknowledged_at')} AS "p90HoursToAcknowledge",
              (count(*) FILTER (WHERE r.status = '${ReferralStatus.CLOSED}'))::int AS "closed",
              ${percentile(0.5, 'r.closed_at', `r.status = '${ReferralStatus.CLOSED}'`)} AS "medianHoursToClose",
              ${percentile(0.9, 'r.closed_at', `r.status = '${ReferralStatus.CLOSED}'`)} AS "p90HoursToClose"
         ${SENT_IN_PERIOD}
        GROUP BY GROUPING SETS ((n.code), (r.category), (r.urgency))
        ORDER BY dimension, key`,
      period,
    );
    // Times computed from a suppressed count are suppressed with it: a median of two is nearly each of them.
    const timesBy = (dimension: 'network' | 'category' | 'urgency'): ResponseTimes[] =>
      times
        .filter((row) => row.dimension === dimension)
        .map(({ dimension: _dimension, ...row }) => {
          const acknowledged = shown(row.acknowledged!);
          const closed = shown(row.closed!);
          return {
            ...row,
            acknowledged,
            ...(acknowledged === null && { medianHoursToAcknowledge: null, p90HoursToAcknowledge: null }),
            closed,
            ...(closed === null && { medianHoursToClose: null, p90HoursToClose: null }),
          };
        });
    const responseTimes: PartnerNetworkResponseTimes[] = timesBy('network').map(({ key, ...row }) => ({ networkCode: key, ...row }));

    return {
      from: from ?? null,
      to: until,
      total: shown(totals?.count ?? 0),
      overdue: shown(totals?.overdue ?? 0),
      byNetwork: counts('network'),
      byPartnerCountry: counts('country'),
      byCategory: counts('category'),
      byUrgency: counts('urgency'),
      byStatus: counts('status'),
      byOutcome: counts('outcome'),
      responseTimes,
      responseTimesByCategory: timesBy('category'),
      responseTimesByUrgency: timesBy('urgency'),
    };
  }
}
