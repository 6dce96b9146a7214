import './referrals.css';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { gql } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import type { ReferralListItemFragment, ReferralsFilter } from '../../gql/graphql';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../session/session-context';
import { Countdown, ReferralStatusBadge } from './countdown';
import { REFERRAL_CATEGORIES, REFERRAL_STATUSES, ReferralsQuery } from './referral-documents';

/**
 * A partner's inbox (unacknowledged first, then by urgency and time left, ordered by the API) or
 * a sender's own referrals (newest first), filtered by status and category from the address.
 */
export default function ReferralsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const partner = user?.role === 'PARTNER';
  const [params, setParams] = useSearchParams();
  const filter: ReferralsFilter = {};
  if (params.get('status')) filter.status = params.get('status') as ReferralsFilter['status'];
  if (params.get('category')) filter.category = params.get('category') as ReferralsFilter['category'];
  const orderBy = partner ? 'INBOX' : 'NEWEST_FIRST';
  const { data, error, loading } = useQuery(ReferralsQuery, { filter, orderBy });
  const [more, setMore] = useState<ReferralListItemFragment[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => {
    setMore([]);
    setCursor(undefined);
  }, [data]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['status', 'category']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const page = data?.referrals;
  const endCursor = cursor === undefined ? page?.pageInfo.endCursor : cursor;
  const hasMore = cursor === undefined ? page?.pageInfo.hasNextPage : cursor !== null;
  const loadMore = async () => {
    try {
      const next = await gql(ReferralsQuery, { filter, orderBy, after: endCursor });
      setMore((rows) => [...rows, ...next.referrals.edges.map((e) => e.node)]);
      setCursor(next.referrals.pageInfo.hasNextPage ? next.referrals.pageInfo.endCursor : null);
    } catch (failure) {
      setMoreError(failure);
    }
  };
  const rows = [...(page?.edges.map((e) => e.node) ?? []), ...more];

  return (
    <section>
      <h1>{partner ? t('inbox.heading') : t('inbox.mine')}</h1>
      {!partner && (
        <div className="actions">
          <Link className="button primary" to="/referrals/new">
            {t('inbox.newReferral')}
          </Link>
        </div>
      )}
      <form className="filters" onSubmit={apply} aria-label={t('inbox.filters')} key={params.toString()}>
        <div className="field">
          <label htmlFor="filter-status">{t('inbox.status')}</label>
          <select id="filter-status" name="status" defaultValue={params.get('status') ?? ''}>
            <option value="">{t('inbox.any')}</option>
            {REFERRAL_STATUSES.filter((s) => !partner || s !== 'DRAFT').map((s) => (
              <option key={s} value={s}>
                {t(`refStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">{t('inbox.category')}</label>
          <select id="filter-category" name="category" defaultValue={params.get('category') ?? ''}>
            <option value="">{t('inbox.any')}</option>
            {REFERRAL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`refCategory.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('inbox.apply')}
          </button>
        </div>
      </form>
      <Problem error={error} />
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {page && (
        <p role="status" className="muted">
          {t('inbox.count', { count: page.totalCount })}
        </p>
      )}
      {page && rows.length === 0 && <p>{t('inbox.none')}</p>}
      <ul className="cards">
        {rows.map((r) => (
          <li key={r.id} className={`card urgency-${r.urgency.toLowerCase()}`}>
            <h2>
              <Link to={`/referrals/${r.id}`}>
                {r.reference} · {t(`refCategory.${r.category}`)}
              </Link>
            </h2>
            <p>
              <ReferralStatusBadge status={r.status} /> · <strong>{t(`refUrgency.${r.urgency}`)}</strong> ·{' '}
              {partner ? t('inbox.from', { org: r.sendingOrganization.shortName }) : t('inbox.to', { org: r.partnerOrganization.shortName })}
            </p>
            {r.status === 'SENT' && r.acknowledgeDueAt && (
              <p>
                <Countdown dueAt={r.acknowledgeDueAt} />
              </p>
            )}
            {r.sentAt && <p className="muted">{t('inbox.sent', { at: formatDateTime(r.sentAt) })}</p>}
          </li>
        ))}
      </ul>
      <Problem error={moreError} />
      {hasMore && (
        <button type="button" className="secondary" onClick={() => void loadMore()}>
          {t('inbox.more')}
        </button>
      )}
    </section>
  );
}
