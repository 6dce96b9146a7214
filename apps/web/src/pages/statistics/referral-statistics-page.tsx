import '../referrals/referrals.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import { formatNumber } from '../../i18n';

const ReferralStatisticsQuery = graphql(`
  query ReferralStatisticsPage($from: DateTime, $to: DateTime) {
    referralStatistics(from: $from, to: $to) {
      from
      to
      total
      overdue
      byCategory {
        key
        count
      }
      byUrgency {
        key
        count
      }
      byStatus {
        key
        count
      }
      byOutcome {
        key
        count
      }
      byNetwork {
        key
        count
      }
      responseTimesByCategory {
        key
        acknowledged
        closed
        medianHoursToAcknowledge
        p90HoursToAcknowledge
        medianHoursToClose
        p90HoursToClose
      }
      responseTimesByUrgency {
        key
        acknowledged
        closed
        medianHoursToAcknowledge
        p90HoursToAcknowledge
        medianHoursToClose
        p90HoursToClose
      }
      responseTimes {
        key: networkCode
        acknowledged
        closed
        medianHoursToAcknowledge
        p90HoursToAcknowledge
        medianHoursToClose
        p90HoursToClose
      }
    }
  }
`);

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A table's only row when the period has nothing in it, so that an empty table says so. */
function NoneRow({ columns }: { columns: number }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td colSpan={columns}>{t('stats.none')}</td>
    </tr>
  );
}

/** Referral figures for a period: counts and response times, cells under 5 withheld by the API and said so. */
export default function ReferralStatisticsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(() => ({ from: isoDay(new Date(Date.now() - 365 * DAY)), to: isoDay(new Date()) }));
  const [formError, setFormError] = useState<string | null>(null);
  const { data, error, loading } = useQuery(ReferralStatisticsQuery, { from: `${period.from}T00:00:00Z`, to: `${period.to}T23:59:59Z` });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from'));
    const to = String(form.get('to'));
    if (new Date(to).getTime() - new Date(from).getTime() < 89 * DAY) return setFormError(t('stats.minPeriod'));
    setFormError(null);
    setPeriod({ from, to });
  };
  const count = (value: number | null | undefined) => (value === null || value === undefined ? t('stats.suppressed') : formatNumber(value));
  const hours = (value: number | null | undefined) => (value === null || value === undefined ? t('stats.suppressed') : formatNumber(value));
  const s = data?.referralStatistics;
  const label = (dimension: string, key: string) =>
    dimension === 'category' ? t(`refCategory.${key}`, { defaultValue: key }) : dimension === 'urgency' ? t(`refUrgency.${key}`, { defaultValue: key }) : dimension === 'status' ? t(`refStatus.${key}`, { defaultValue: key }) : dimension === 'outcome' ? t(`refOutcome.${key}`, { defaultValue: key }) : key;

  const counts = (title: string, dimension: string, rows: { key: string; count?: number | null }[]) => (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.key')}</th>
            <th scope="col">{t('stats.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <NoneRow columns={2} />}
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(dimension, row.key)}</th>
              <td>{count(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const times = (title: string, dimension: string, rows: NonNullable<typeof s>['responseTimesByCategory']) => (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.key')}</th>
            <th scope="col">{t('stats.acknowledged')}</th>
            <th scope="col">{t('stats.medianAck')}</th>
            <th scope="col">{t('stats.p90Ack')}</th>
            <th scope="col">{t('stats.closed')}</th>
            <th scope="col">{t('stats.medianClose')}</th>
            <th scope="col">{t('stats.p90Close')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <NoneRow columns={7} />}
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(dimension, row.key)}</th>
              <td>{count(row.acknowledged)}</td>
              <td>{hours(row.medianHoursToAcknowledge)}</td>
              <td>{hours(row.p90HoursToAcknowledge)}</td>
              <td>{count(row.closed)}</td>
              <td>{hours(row.medianHoursToClose)}</td>
              <td>{hours(row.p90HoursToClose)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const max = Math.max(1, ...(s?.byCategory.map((row) => row.count ?? 0) ?? [1]));

  return (
    <section>
      <h1>{t('stats.heading')}</h1>
      <p>{t('stats.intro')}</p>
      <form className="filters" onSubmit={apply} aria-label={t('stats.heading')}>
        <div className="field">
          <label htmlFor="stats-from">{t('stats.from')}</label>
          <input id="stats-from" name="from" type="date" required defaultValue={period.from} />
        </div>
        <div className="field">
          <label htmlFor="stats-to">{t('stats.to')}</label>
          <input id="stats-to" name="to" type="date" required defaultValue={period.to} />
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('stats.apply')}
          </button>
        </div>
      </form>
      {formError && (
        <p className="problem" role="alert">
          {formError}
        </p>
      )}
      <Problem error={error} />
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {s && (
        <>
          <dl className="big-figures">
            <div>
              <dt>{t('stats.total')}</dt>
              <dd>{count(s.total)}</dd>
            </div>
            <div>
              <dt>{t('stats.overdue')}</dt>
              <dd>{count(s.overdue)}</dd>
            </div>
          </dl>
          {s.total === 0 ? (
            <p>{t('stats.none')}</p>
          ) : (
            <>
              <h2>{t('stats.byCategory')}</h2>
              {s.byCategory.length > 0 && (
                <svg viewBox={`0 0 600 ${s.byCategory.length * 28}`} role="img" aria-label={t('stats.chart')} className="bar-chart">
                  {s.byCategory.map((row, i) => (
                    <g key={row.key}>
                      <text x={0} y={i * 28 + 18}>
                        {label('category', row.key)}
                      </text>
                      <rect x={230} y={i * 28 + 6} height={16} width={Math.max(2, ((row.count ?? 0) / max) * 300)} />
                      <text x={240 + Math.max(2, ((row.count ?? 0) / max) * 300)} y={i * 28 + 18}>
                        {count(row.count)}
                      </text>
                    </g>
                  ))}
                </svg>
              )}
              {counts(t('stats.byCategory'), 'category', s.byCategory)}
              {counts(t('stats.byUrgency'), 'urgency', s.byUrgency)}
              {counts(t('stats.byStatus'), 'status', s.byStatus)}
              {counts(t('stats.byOutcome'), 'outcome', s.byOutcome)}
              {counts(t('stats.byNetwork'), 'network', s.byNetwork)}
              <h2>{t('stats.times')}</h2>
              {times(t('stats.timesByCategory'), 'category', s.responseTimesByCategory)}
              {times(t('stats.timesByUrgency'), 'urgency', s.responseTimesByUrgency)}
              {times(t('stats.timesByNetwork'), 'network', s.responseTimes)}
            </>
          )}
        </>
      )}
    </section>
  );
}
