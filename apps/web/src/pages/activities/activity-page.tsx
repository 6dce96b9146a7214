import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { gql } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useDetailTitle } from '../../components/page-title';
import { Problem } from '../../components/problem';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatDateTime, formatNumber } from '../../i18n';
import { ActivityQuery, SubmitActivityMutation } from './activity-documents';
import { refusalReasons } from './field-error';

/** Everything recorded about one activity, and its history: who logged, submitted, returned or approved it, when, with which comment. */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = location.state as { notice?: string; notSubmitted?: string } | null;
  const { data, error, loading, reload } = useQuery(ActivityQuery, { id });
  const [notice, setNotice] = useState<string | undefined>(state?.notice);
  // Why it was not submitted (from this page's button, or from the form that saved it first).
  const [notSubmitted, setNotSubmitted] = useState<string | undefined>(state?.notSubmitted);
  const [actionError, setActionError] = useState<unknown>(null);
  useDetailTitle(data?.activity.title);

  if (error) return <Problem error={error} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  if (!data) return null;
  const a = data.activity;
  const editable = a.status === 'DRAFT' || a.status === 'RETURNED';
  const total = a.participants.reduce((sum, p) => sum + p.count, 0);

  const submit = async () => {
    setActionError(null);
    setNotSubmitted(undefined);
    setNotice(undefined);
    try {
      await gql(SubmitActivityMutation, { id });
      setNotice(t('activity.submitted'));
      reload();
    } catch (failure) {
      const reasons = refusalReasons(failure, t, i18n.language);
      if (reasons) setNotSubmitted(reasons);
      else setActionError(failure);
    }
  };

  return (
    <article className="activity">
      <h1>{a.title}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <StatusBadge status={a.status} /> · {t(`type.${a.type}`)} · {a.organization.shortName} · <span className="muted">{t('activity.version', { version: a.version })}</span>
      </p>
      {a.reviewComment && (
        <div className="callout" role="note">
          <h2>{t('activity.reviewComment')}</h2>
          <p className="comment">{a.reviewComment}</p>
          {a.reviewedAt && <p className="muted">{formatDateTime(a.reviewedAt)}</p>}
        </div>
      )}
      <Problem error={actionError} />
      {notSubmitted && (
        <p className="problem" role="alert">
          {t('activity.notSubmitted', { reason: notSubmitted })}
        </p>
      )}
      {editable && (
        <div className="actions">
          <Link className="button secondary" to={`/activities/${id}/edit`}>
            {t('activity.edit')}
          </Link>
          <button type="button" className="primary" onClick={() => void submit()}>
            {a.status === 'RETURNED' ? t('activity.resubmit') : t('activity.submit')}
          </button>
        </div>
      )}
      <dl className="facts">
        <dt>{t('activity.dates')}</dt>
        <dd>{a.startsOn === a.endsOn ? formatDate(a.startsOn) : `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`}</dd>
        <dt>{t('activity.place')}</dt>
        <dd>{[a.city, a.online ? t('list.online') : null].filter(Boolean).join(' · ') || t('activity.none')}</dd>
        <dt>{t('activity.targetGroups')}</dt>
        <dd>{a.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ') || t('activity.none')}</dd>
        <dt>{t('activity.description')}</dt>
        <dd className="prewrap">{a.description || t('activity.none')}</dd>
        <dt>{t('activity.participants')}</dt>
        <dd>
          {formatNumber(a.participantsTotal ?? total)}
          {a.participants.length > 0 && (
            <ul className="inline-list">
              {a.participants.map((p) => (
                <li key={`${p.gender}-${p.ageBand.code}`}>
                  {t(`gender.${p.gender}`)} {p.ageBand.code.replace('_', '–')}: {formatNumber(p.count)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('activity.goals')}</dt>
        <dd>
          {a.goals.map((g) => `${g.code}. ${g.title}`).join('; ') || t('activity.none')}
          {a.indicatorValues.length > 0 && ` (${a.indicatorValues.map((v) => formatNumber(v.value)).join(', ')})`}
        </dd>
        <dt>{t('activity.coOrganizers')}</dt>
        <dd>{a.coOrganizers.map((o) => o.shortName).join(', ') || t('activity.none')}</dd>
        <dt>{t('activity.institutions')}</dt>
        <dd>{a.institutions.map((i) => `${i.name} (${t(`institutionKind.${i.kind}`)})`).join(', ') || t('activity.none')}</dd>
        <dt>{t('activity.media')}</dt>
        <dd>
          {a.mediaOutlets !== null && a.mediaOutlets !== undefined ? `${t('activity.outlets')}: ${formatNumber(a.mediaOutlets)}` : t('activity.none')}
          {a.mediaAudience !== null && a.mediaAudience !== undefined ? ` · ${t('activity.audience')}: ${formatNumber(a.mediaAudience)}` : ''}
        </dd>
        <dt>{t('activity.links')}</dt>
        <dd>
          {a.attachments.length === 0
            ? t('activity.none')
            : a.attachments.map((link) => (
                <a key={link.url} href={link.url} rel="noopener noreferrer nofollow" target="_blank" className="block-link">
                  {link.title || link.url}
                </a>
              ))}
        </dd>
      </dl>
      <h2>{t('activity.history')}</h2>
      {a.history && a.history.length > 0 ? (
        <ol className="history">
          {a.history.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> — {t(`activity.action.${entry.action}`, { defaultValue: entry.action })}
              {entry.actorName ? <span> · {entry.actorName}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('activity.historyNone')}</p>
      )}
      <p>
        <Link to="/activities">{t('app.back')}</Link>
      </p>
    </article>
  );
}
