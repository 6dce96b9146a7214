import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { DownloadLink } from '../../components/download-link';
import { logsActivities } from '../../components/layout';
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

/**
 * An accessible bar chart of the period's quarters: the SVG is a picture with a title, the table
 * next to it carries the figures; the years under it (the picture stretches, text would not) are
 * for the eye only.
 */
function QuarterChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 320;
  const barWidth = width / Math.max(1, bars.length);
  const years = [...new Set(bars.map((bar) => bar.label.slice(0, 4)))];
  return (
    <>
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
      <div className="chart-years" aria-hidden="true">
        {years.map((year) => (
          <span key={year}>{year}</span>
        ))}
      </div>
    </>
  );
}

function quartersOf(startsOn: string, endsOn: string): string[] {
  const quarters: string[] = [];
  for (let year = Number(startsOn.slice(0, 4)); year <= Number(endsOn.slice(0, 4)); year++) for (let q = 1; q <= 4; q++) quarters.push(`${year}-Q${q}`);
  return quarters;
}

/**
 * The strategy progress report as charts and tables: goal × quarter, by organization, indicators
 * against targets, with the exports. The period and the organization read are in the address, so
 * a reload, the back button or a shared link shows the same report.
 */
export default function ProgressPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const periods = useQuery(PeriodsQuery, {});
  const [params, setParams] = useSearchParams();
  const list = periods.data?.strategyPeriods.edges.map((e) => e.node) ?? [];
  const language = i18n.language === 'en' ? 'en' : 'sr-Latn';
  // The network's organizations by name, a member's own first: any of them may be read (approved activities only).
  const own = logsActivities(user?.role) ? user?.organizationId : undefined;
  const organizations = (periods.data?.organizations.edges.map((e) => e.node) ?? [])
    .slice()
    .sort((a, b) => Number(b.id === own) - Number(a.id === own) || a.shortName.localeCompare(b.shortName, language));
  const names = new Map(organizations.map((o) => [o.id, o.shortName]));
  // An address naming a period or organization that is not (or no longer) there shows the default.
  const periodId = list.find((p) => p.id === params.get('period'))?.id ?? list[list.length - 1]?.id ?? '';
  const organizationId = names.has(params.get('organization') ?? '') ? params.get('organization') : null;
  const choose = (key: 'period' | 'organization', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const progress = useQuery(ProgressQuery, { periodId, organizationId }, { skip: !periodId });
  const period = list.find((p) => p.id === periodId);
  const report = progress.data?.strategyProgress;
  const quarters = period ? quartersOf(period.startsOn, period.endsOn) : [];
  const en = i18n.language === 'en';
  const exportQuery = `periodId=${periodId}${organizationId ? `&organizationId=${organizationId}` : ''}`;
  const rows = organizationId ? [organizationId] : [...organizations.map((o) => o.id), ...new Set(report?.cells.map((c) => c.organizationId).filter((id) => !names.has(id)))];
  const indicators = report?.goals.flatMap((g) => g.indicators) ?? [];

  return (
    <section>
      <h1>{t('progress.heading')}</h1>
      <Problem error={periods.error ?? progress.error} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="period">{t('progress.period')}</label>
          <select id="period" value={periodId} onChange={(e) => choose('period', e.target.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="scope">{t('progress.scope')}</label>
          <select id="scope" value={organizationId ?? ''} onChange={(e) => choose('organization', e.target.value)}>
            <option value="">{t('progress.network')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id === own ? t('progress.own', { name: o.shortName }) : o.shortName}
              </option>
            ))}
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
          {report.network.activities === 0 ? (
            <p data-testid="progress-none">{organizationId ? t('progress.noneFor', { name: names.get(organizationId) }) : t('progress.none')}</p>
          ) : (
            <>
              <h2>{t('progress.byQuarter')}</h2>
              {report.goals.map((goal) => {
                const bars = quarters.map((quarter) => ({
                  label: quarter,
                  value: report.cells.filter((c) => c.goalId === goal.goalId && c.quarter === quarter).reduce((s, c) => s + c.activities, 0),
                }));
                return (
                  <section key={goal.goalId} className="panel" aria-labelledby={`goal-${goal.goalId}`}>
                    <h3 id={`goal-${goal.goalId}`}>
                      {t('progress.goalFigures', {
                        goal: goal.code,
                        activities: t('progress.activityCount', { count: goal.activities, n: formatNumber(goal.activities) }),
                        participants: t('progress.participantCount', { count: goal.participants, n: formatNumber(goal.participants) }),
                      })}
                    </h3>
                    {/* A goal without approved activities says so in its heading: no empty chart and table of zeros. */}
                    {goal.activities > 0 && (
                      <>
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
                      </>
                    )}
                  </section>
                );
              })}
            </>
          )}
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
                {rows.map((orgId) => (
                  <tr key={orgId}>
                    <th scope="row">{names.get(orgId) ?? orgId}</th>
                    {report.goals.map((g) => (
                      <td key={g.goalId}>{formatNumber(report.cells.filter((c) => c.organizationId === orgId && c.goalId === g.goalId).reduce((s, c) => s + c.activities, 0))}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {!organizationId && (
                // The network's own figure per goal: a joint activity is in each of its organizations' rows and once here.
                <tfoot>
                  <tr>
                    <th scope="row">{t('progress.network')}</th>
                    {report.goals.map((g) => (
                      <td key={g.goalId}>{formatNumber(g.activities)}</td>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
          <h2>{t('progress.indicators')}</h2>
          <div className="table-scroll" tabIndex={0}>
            <table data-testid="indicators">
              <thead>
                <tr>
                  <th scope="col">{t('progress.indicator')}</th>
                  <th scope="col">{t('progress.baseline')}</th>
                  <th scope="col">{t('progress.reached')}</th>
                  <th scope="col">{t('progress.target')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.length === 0 && (
                  <tr>
                    <td colSpan={4}>{t('progress.noIndicators')}</td>
                  </tr>
                )}
                {indicators.map((indicator) => (
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
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
