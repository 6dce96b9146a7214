import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { DownloadLink } from '../../components/download-link';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import { formatNumber } from '../../i18n';
import { useSession } from '../../session/session-context';

const PeriodsQuery = graphql(`
  query ProgressPeriods {
    strategyPeriods(first: 20) {
      edges {
        node {
          id
          code
          startsOn
          endsOn
        }
      }
    }
    organizations(first: 50, filter: { networkCode: "AT" }) {
      edges {
        node {
          id
          shortName
        }
      }
    }
  }
`);

const ProgressQuery = graphql(`
  query Progress($periodId: ID!, $organizationId: ID) {
    strategyProgress(periodId: $periodId, organizationId: $organizationId) {
      periodCode
      network {
        activities
        participants
      }
      goals {
        goalId
        code
        activities
        participants
        indicators {
          indicatorId
          code
          nameSr
          nameEn
          unit
          baseline
          target
          value
        }
      }
      cells {
        goalId
        organizationId
        quarter
        activities
        participants
      }
    }
  }
`);

/** An accessible bar chart: the SVG is a picture with a title, the table next to it carries the figures. */
function QuarterChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 320;
  const barWidth = width / Math.max(1, bars.length);
  return (
    <svg viewBox={`0 0 ${width} 120`} role="img" aria-label={title} className="chart" preserveAspectRatio="none">
      <title>{title}</title>
      {bars.map((bar, i) => {
        const height = (bar.value / max) * 100;
        return (
          <g key={bar.label}>
            <rect x={i * barWidth + 1} y={110 - height} width={Math.max(1, barWidth - 2)} height={height} className="bar" />
          </g>
        );
      })}
      <line x1="0" y1="110" x2={width} y2="110" className="axis" />
    </svg>
  );
}

function quartersOf(startsOn: string, endsOn: string): string[] {
  const quarters: string[] = [];
  for (let year = Number(startsOn.slice(0, 4)); year <= Number(endsOn.slice(0, 4)); year++) for (let q = 1; q <= 4; q++) quarters.push(`${year}-Q${q}`);
  return quarters;
}

/** The strategy progress report as charts and tables: goal × quarter, by organization, indicators against targets, with the exports. */
export default function ProgressPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const periods = useQuery(PeriodsQuery, {});
  const [periodId, setPeriodId] = useState('');
  const [mine, setMine] = useState(false);
  const list = periods.data?.strategyPeriods.edges.map((e) => e.node) ?? [];
  useEffect(() => {
    if (!periodId && list.length) setPeriodId(list[list.length - 1].id);
  }, [periodId, list]);
  const progress = useQuery(ProgressQuery, { periodId, organizationId: mine ? user?.organizationId : null }, { skip: !periodId });
  const period = list.find((p) => p.id === periodId);
  const report = progress.data?.strategyProgress;
  const quarters = period ? quartersOf(period.startsOn, period.endsOn) : [];
  const organizations = new Map(periods.data?.organizations.edges.map((e) => [e.node.id, e.node.shortName]) ?? []);
  const en = i18n.language === 'en';
  const exportQuery = `periodId=${periodId}${mine && user ? `&organizationId=${user.organizationId}` : ''}`;

  return (
    <section>
      <h1>{t('progress.heading')}</h1>
      <Problem error={periods.error ?? progress.error} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="period">{t('progress.period')}</label>
          <select id="period" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="scope">{t('progress.scope')}</label>
          <select id="scope" value={mine ? 'mine' : 'network'} onChange={(e) => setMine(e.target.value === 'mine')}>
            <option value="network">{t('progress.network')}</option>
            <option value="mine">{t('progress.mine')}</option>
          </select>
        </div>
      </form>
      <div className="actions">
        <span>{t('progress.exports')}:</span>
        <DownloadLink path={`/exports/progress.csv?${exportQuery}`} filename="progress.csv" label={t('progress.progressCsv')} />
        <DownloadLink path={`/exports/progress.xlsx?${exportQuery}`} filename="progress.xlsx" label={t('progress.progressXlsx')} />
      </div>
      {progress.loading && !report && <p role="status">{t('app.loading')}</p>}
      {report && (
        <>
          <p className="big-figures" data-testid="network-figures">
            <span>
              {t('progress.activities')}: <strong>{formatNumber(report.network.activities)}</strong>
            </span>{' '}
            <span>
              {t('progress.participants')}: <strong>{formatNumber(report.network.participants)}</strong>
            </span>
          </p>
          <h2>{t('progress.byQuarter')}</h2>
          {report.goals.map((goal) => {
            const bars = quarters.map((quarter) => ({
              label: quarter,
              value: report.cells.filter((c) => c.goalId === goal.goalId && c.quarter === quarter).reduce((s, c) => s + c.activities, 0),
            }));
            return (
              <section key={goal.goalId} className="panel" aria-labelledby={`goal-${goal.goalId}`}>
                <h3 id={`goal-${goal.goalId}`}>
                  {t('progress.goal')} {goal.code}: {formatNumber(goal.activities)} {t('progress.activities').toLowerCase()}, {formatNumber(goal.participants)} {t('progress.participants').toLowerCase()}
                </h3>
                <QuarterChart title={t('progress.chart', { goal: goal.code })} bars={bars} />
                <details>
                  <summary>{t('progress.table')}</summary>
                  <div className="table-scroll" tabIndex={0}>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t('progress.quarter')}</th>
                          <th scope="col">{t('progress.activities')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {bars.map((bar) => (
                          <tr key={bar.label}>
                            <th scope="row">{bar.label}</th>
                            <td>{formatNumber(bar.value)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </details>
              </section>
            );
          })}
          <h2>{t('progress.byOrganization')}</h2>
          <div className="table-scroll" tabIndex={0}>
            <table data-testid="by-organization">
              <thead>
                <tr>
                  <th scope="col">{t('list.organization')}</th>
                  {report.goals.map((g) => (
                    <th scope="col" key={g.goalId}>
                      {t('progress.goal')} {g.code}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...new Set(report.cells.map((c) => c.organizationId))].map((orgId) => (
                  <tr key={orgId}>
                    <th scope="row">{organizations.get(orgId) ?? orgId}</th>
                    {report.goals.map((g) => (
                      <td key={g.goalId}>{formatNumber(report.cells.filter((c) => c.organizationId === orgId && c.goalId === g.goalId).reduce((s, c) => s + c.activities, 0))}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('progress.indicators')}</h2>
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('progress.indicator')}</th>
                  <th scope="col">{t('progress.baseline')}</th>
                  <th scope="col">{t('progress.reached')}</th>
                  <th scope="col">{t('progress.target')}</th>
                </tr>
              </thead>
              <tbody>
                {report.goals.flatMap((g) =>
                  g.indicators.map((indicator) => (
                    <tr key={indicator.indicatorId}>
                      <th scope="row">
                        {indicator.code} {en ? indicator.nameEn : indicator.nameSr} ({indicator.unit})
                      </th>
                      <td>{indicator.baseline === null || indicator.baseline === undefined ? '—' : formatNumber(indicator.baseline)}</td>
                      <td>
                        {formatNumber(indicator.value)}
                        {indicator.target ? (
                          <meter min={0} max={indicator.target} value={indicator.value} aria-label={`${indicator.code}: ${formatNumber(indicator.value)} / ${formatNumber(indicator.target)}`} />
                        ) : null}
                      </td>
                      <td>{indicator.target === null || indicator.target === undefined ? '—' : formatNumber(indicator.target)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
