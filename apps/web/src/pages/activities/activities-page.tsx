import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { gql } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { DownloadLink } from '../../components/download-link';
import { Problem } from '../../components/problem';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { ActivitiesFilter, ActivityListItemFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n';
import { useSession } from '../../session/session-context';
import { FormReferencesQuery } from './activity-documents';
import { ACTIVITY_TYPES, STATUSES } from './activity-values';

graphql(`
  fragment ActivityListItem on Activity {
    id
    title
    status
    type
    startsOn
    city
    online
    organization {
      id
      shortName
    }
  }
`);

const ActivitiesQuery = graphql(`
  query Activities($filter: ActivitiesFilter, $after: String) {
    activities(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ActivityListItem
        }
      }
    }
  }
`);

const QUARTER_DAYS = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
];

/** The API's filter from the page's address: year and quarter become a date range. */
export function filterOf(params: URLSearchParams, organizationId: string | undefined): ActivitiesFilter {
  const year = params.get('year');
  const quarter = Number(params.get('quarter'));
  // My organization's activities: those it led and the joint ones it co-organized.
  const filter: ActivitiesFilter = organizationId ? { organizationId } : {};
  if (params.get('status')) filter.status = params.get('status') as ActivitiesFilter['status'];
  if (params.get('type')) filter.type = params.get('type') as ActivitiesFilter['type'];
  if (params.get('goal')) filter.goalId = params.get('goal');
  if (params.get('q')) filter.search = params.get('q');
  if (year) {
    filter.from = `${year}-${quarter ? QUARTER_DAYS[quarter - 1][0] : '01-01'}`;
    filter.to = `${year}-${quarter ? QUARTER_DAYS[quarter - 1][1] : '12-31'}`;
  }
  return filter;
}

/** My organization's activities and the joint ones it co-organized, filtered, a page at a time (cursor paging). */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const filter = filterOf(params, user?.organizationId);
  const { data, error, loading } = useQuery(ActivitiesQuery, { filter });
  const references = useQuery(FormReferencesQuery, {});
  const [more, setMore] = useState<ActivityListItemFragment[]>([]);
  const [cursor, setCursor] = useState<{ endCursor?: string | null; hasNextPage: boolean } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => {
    setMore([]);
    setCursor(null);
  }, [params]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['status', 'year', 'quarter', 'type', 'goal', 'q']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const page = cursor ?? data?.activities.pageInfo;
  const loadMore = async () => {
    try {
      const { activities } = await gql(ActivitiesQuery, { filter, after: page?.endCursor });
      setMore([...more, ...activities.edges.map((e) => e.node)]);
      setCursor(activities.pageInfo);
    } catch (failure) {
      setMoreError(failure);
    }
  };

  const rows = [...(data?.activities.edges.map((e) => e.node) ?? []), ...more];
  const goals = references.data?.strategyPeriods.edges.flatMap((e) => e.node.goals.map((g) => ({ ...g, period: e.node.code }))) ?? [];
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const exportQuery = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();

  return (
    <section>
      <h1>{t('list.heading')}</h1>
      <form className="filters" onSubmit={apply} aria-label={t('list.filters')} key={params.toString()}>
        <div className="field">
          <label htmlFor="f-q">{t('list.search')}</label>
          <input id="f-q" name="q" type="search" defaultValue={params.get('q') ?? ''} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="f-status">{t('list.status')}</label>
          <select id="f-status" name="status" defaultValue={params.get('status') ?? ''}>
            <option value="">{t('list.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-year">{t('list.year')}</label>
          <select id="f-year" name="year" defaultValue={params.get('year') ?? ''}>
            <option value="">{t('list.any')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-quarter">{t('list.quarter')}</label>
          <select id="f-quarter" name="quarter" defaultValue={params.get('quarter') ?? ''}>
            <option value="">{t('list.any')}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                Q{q}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-type">{t('list.type')}</label>
          <select id="f-type" name="type" defaultValue={params.get('type') ?? ''}>
            <option value="">{t('list.any')}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-goal">{t('list.goal')}</label>
          <select id="f-goal" name="goal" defaultValue={params.get('goal') ?? ''}>
            <option value="">{t('list.any')}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.period} · {g.code}. {i18n.language === 'en' ? g.titleEn : g.titleSr}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('list.apply')}
          </button>
        </div>
      </form>
      <div className="actions">
        <DownloadLink path={`/exports/activities.csv${exportQuery ? `?${exportQuery}` : ''}`} filename="activities.csv" label={t('list.exportCsv')} />
        <DownloadLink path={`/exports/activities.xlsx${exportQuery ? `?${exportQuery}` : ''}`} filename="activities.xlsx" label={t('list.exportXlsx')} />
      </div>
      <Problem error={error} />
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {data && (
        <p role="status" aria-live="polite">
          {t('list.count', { count: data.activities.totalCount })}
        </p>
      )}
      {data && rows.length === 0 && <p>{t('list.none')}</p>}
      <ul className="cards">
        {rows.map((a) => (
          <li key={a.id} className="card">
            <h2>
              <Link to={`/activities/${a.id}`}>{a.title}</Link>
            </h2>
            <p>
              <StatusBadge status={a.status} /> {t(`type.${a.type}`)}
            </p>
            <p className="muted">
              <time dateTime={a.startsOn}>{formatDate(a.startsOn)}</time> · {[a.city, a.online ? t('list.online') : null].filter(Boolean).join(' · ')} · {a.organization.shortName}
            </p>
          </li>
        ))}
      </ul>
      <Problem error={moreError} />
      {page?.hasNextPage && (
        <button type="button" className="secondary" onClick={() => void loadMore()}>
          {t('list.more')}
        </button>
      )}
    </section>
  );
}
