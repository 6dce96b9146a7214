import './referrals.css';
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { gql } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { useDetailTitle } from '../../components/page-title';
import { Problem } from '../../components/problem';
import type { ReferralFieldsFragment, RevealReferralDetailsMutation as RevealResult } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n';
import { countryName, languageName } from '../../i18n/regions';
import { useSession } from '../../session/session-context';
import { Countdown, ReferralStatusBadge } from './countdown';
import {
  AcceptReferralMutation,
  AcknowledgeReferralMutation,
  AddReferralMessageMutation,
  CloseReferralMutation,
  DeclineReferralMutation,
  ReferralQuery,
  RevealReferralDetailsMutation,
  SendReferralMutation,
  StartReferralMutation,
  WithdrawReferralMutation,
} from './referral-documents';

const PARTNER_DETAIL_STATUSES = ['ACCEPTED', 'IN_PROGRESS', 'CLOSED'];
const FINAL = ['DECLINED', 'CLOSED', 'WITHDRAWN'];

/** One referral: the minimized summary, the next steps of this side, the thread, and the audited read of identifying details. */
export default function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const partner = user?.role === 'PARTNER';
  const { data, error, loading, reload } = useQuery(ReferralQuery, { id });
  const [current, setCurrent] = useState<ReferralFieldsFragment | null>(null);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [actionError, setActionError] = useState<unknown>(null);
  // The notice brought from the form is shown once: a reload of the page does not repeat it.
  useEffect(() => {
    if ((location.state as { notice?: string } | null)?.notice) window.history.replaceState({ ...(window.history.state as object), usr: null }, '');
  }, [location.state]);
  const [busy, setBusy] = useState(false);
  const [details, setDetails] = useState<{ values: NonNullable<RevealResult['revealReferralDetails']> | null; at: string } | null>(null);
  // Its reference only: never anything of the person.
  useDetailTitle(data?.referral.reference);

  if (error) return error instanceof ApiError && error.code === 'NOT_FOUND' ? <p role="alert">{t('referral.notFound')}</p> : <Problem error={error} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  const r = current && current.id === data?.referral.id ? current : data?.referral;
  if (!r) return null;

  /** Runs one step; the API's answer is the new state, shown at once, or its refusal in words. */
  const act = async (run: () => Promise<ReferralFieldsFragment>) => {
    setActionError(null);
    setNotice(null);
    setBusy(true);
    try {
      const next = await run();
      setCurrent(next);
      setNotice(t('referral.done', { status: t(`refStatus.${next.status}`) }));
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(false);
    }
  };
  const text = (event: FormEvent<HTMLFormElement>, name: string) => String(new FormData(event.currentTarget).get(name) ?? '').trim();

  const orgName = (orgId: string | null | undefined) =>
    orgId === user?.organizationId ? t('referral.mine') : orgId === r.partnerOrganization.id ? r.partnerOrganization.shortName : r.sendingOrganization.shortName;
  const detailsAllowed = r.hasDetails && !r.detailsErasedAt && (!partner || PARTNER_DETAIL_STATUSES.includes(r.status));

  return (
    <article className="referral">
      <h1>
        {r.reference} · {t(`refCategory.${r.category}`)}
      </h1>
      <p>
        <ReferralStatusBadge status={r.status} /> · <strong>{t(`refUrgency.${r.urgency}`)}</strong>
      </p>
      {r.status === 'SENT' && r.acknowledgeDueAt && (
        <p>
          <Countdown dueAt={r.acknowledgeDueAt} />
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={actionError} />

      <section aria-labelledby="actions-heading" className="panel">
        <h2 id="actions-heading">{t('referral.actions')}</h2>
        {partner && r.status === 'SENT' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await gql(AcknowledgeReferralMutation, { id })).acknowledgeReferral)}>
            {t('referral.acknowledge')}
          </button>
        )}
        {partner && r.status === 'ACKNOWLEDGED' && (
          <>
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await gql(AcceptReferralMutation, { id })).acceptReferral)}>
                {t('referral.accept')}
              </button>
            </div>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                const reason = text(event, 'reason');
                void act(async () => (await gql(DeclineReferralMutation, { id, reason })).declineReferral);
              }}
            >
              <div className="field">
                <label htmlFor="decline-reason">{t('referral.declineReason')}</label>
                <textarea id="decline-reason" name="reason" rows={2} required minLength={3} maxLength={1000} />
              </div>
              <button type="submit" className="secondary" disabled={busy}>
                {t('referral.decline')}
              </button>
            </form>
          </>
        )}
        {partner && r.status === 'ACCEPTED' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await gql(StartReferralMutation, { id })).startReferral)}>
            {t('referral.start')}
          </button>
        )}
        {partner && r.status === 'IN_PROGRESS' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const outcome = text(event, 'outcome') as 'SUCCESSFUL' | 'NOT_SUCCESSFUL';
              const reason = text(event, 'reason') || null;
              void act(async () => (await gql(CloseReferralMutation, { id, outcome, reason })).closeReferral);
            }}
          >
            <div className="field">
              <label htmlFor="close-outcome">{t('referral.outcome')}</label>
              <select id="close-outcome" name="outcome" defaultValue="SUCCESSFUL">
                <option value="SUCCESSFUL">{t('refOutcome.SUCCESSFUL')}</option>
                <option value="NOT_SUCCESSFUL">{t('refOutcome.NOT_SUCCESSFUL')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="close-reason">{t('referral.outcomeReason')}</label>
              <textarea id="close-reason" name="reason" rows={2} maxLength={1000} />
            </div>
            <button type="submit" className="primary" disabled={busy}>
              {t('referral.close')}
            </button>
          </form>
        )}
        {!partner && r.status === 'DRAFT' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void act(async () => (await gql(SendReferralMutation, { id })).sendReferral)}>
            {t('referral.send')}
          </button>
        )}
        {!partner && !FINAL.includes(r.status) && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const reason = text(event, 'reason');
              void act(async () => (await gql(WithdrawReferralMutation, { id, reason })).withdrawReferral);
            }}
          >
            <div className="field">
              <label htmlFor="withdraw-reason">{t('referral.withdrawReason')}</label>
              <textarea id="withdraw-reason" name="reason" rows={2} required minLength={3} maxLength={1000} />
            </div>
            <button type="submit" className="secondary" disabled={busy}>
              {t('referral.withdraw')}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('referral.summary')}</h2>
        <dl className="facts">
          <dt>{t('referral.from')}</dt>
          <dd>{r.sendingOrganization.shortName}</dd>
          <dt>{t('referral.to')}</dt>
          <dd>
            {r.partnerOrganization.shortName} ({r.network.code})
          </dd>
          {r.acknowledgeDueAt && (
            <>
              <dt>{t('referral.due')}</dt>
              <dd>{formatDateTime(r.acknowledgeDueAt)}</dd>
            </>
          )}
          <dt>{t('referral.caseCode')}</dt>
          <dd>{r.caseCode ?? t('referral.none')}</dd>
          <dt>{t('referral.age')}</dt>
          <dd>{r.ageBroad ? t(`refAge.${r.ageBroad}`) : t('referral.none')}</dd>
          <dt>{t('referral.gender')}</dt>
          <dd>{r.gender ? t(`refGender.${r.gender}`) : t('referral.none')}</dd>
          <dt>{t('referral.citizenship')}</dt>
          <dd>{r.citizenship ? countryName(r.citizenship) : t('referral.none')}</dd>
          <dt>{t('referral.origin')}</dt>
          <dd>{r.countryOfOrigin ? countryName(r.countryOfOrigin) : t('referral.none')}</dd>
          <dt>{t('referral.exploitationCountry')}</dt>
          <dd>{r.countryOfExploitation ? countryName(r.countryOfExploitation) : t('referral.none')}</dd>
          <dt>{t('referral.transit')}</dt>
          <dd>{r.transitCountries.map(countryName).join(', ') || t('referral.none')}</dd>
          <dt>{t('referral.languages')}</dt>
          <dd>{r.languages.map(languageName).join(', ') || t('referral.none')}</dd>
          <dt>{t('referral.exploitation')}</dt>
          <dd>{r.typeOfExploitation.map((e) => t(`refExploitation.${e}`)).join(', ') || t('referral.none')}</dd>
          <dt>{t('referral.services')}</dt>
          <dd>{r.requestedServices.map((s) => t(`refService.${s}`)).join(', ') || t('referral.none')}</dd>
          {r.consentGivenAt && (
            <>
              <dt>{t('referral.consent')}</dt>
              <dd>{t('referral.consentBy', { by: r.consentGivenBy, at: formatDate(r.consentGivenAt), method: r.consentMethod, purpose: r.consentPurpose })}</dd>
            </>
          )}
          {r.legalBasis && (
            <>
              <dt>{t('referral.legalBasis')}</dt>
              <dd>{r.legalBasis}</dd>
            </>
          )}
          {r.declineReason && (
            <>
              <dt>{t('referral.declineReasonText')}</dt>
              <dd className="prewrap">{r.declineReason}</dd>
            </>
          )}
          {r.outcome && (
            <>
              <dt>{t('referral.outcomeText')}</dt>
              <dd>
                {t(`refOutcome.${r.outcome}`)}
                {r.outcomeReason ? `: ${r.outcomeReason}` : ''}
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="details-heading" className="panel">
        <h2 id="details-heading">{t('referral.details')}</h2>
        {!r.hasDetails && !r.detailsErasedAt && <p>{t('referral.detailsNone')}</p>}
        {r.detailsErasedAt && <p>{t('referral.detailsErased')}</p>}
        {r.hasDetails && partner && !PARTNER_DETAIL_STATUSES.includes(r.status) && <p>{t('referral.detailsLater')}</p>}
        {detailsAllowed && !details && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const reason = text(event, 'reason');
              setActionError(null);
              void gql(RevealReferralDetailsMutation, { id, reason }).then(
                (result) => {
                  setDetails({ values: result.revealReferralDetails ?? null, at: new Date().toISOString() });
                  setCurrent(null);
                  reload();
                },
                (failure: unknown) => setActionError(failure),
              );
            }}
          >
            <p className="callout">{t('referral.revealIntro')}</p>
            <div className="field">
              <label htmlFor="reveal-reason">{t('referral.revealReason')}</label>
              <input id="reveal-reason" name="reason" required minLength={3} maxLength={200} autoComplete="off" />
            </div>
            <button type="submit" className="secondary">
              {t('referral.reveal')}
            </button>
          </form>
        )}
        {details && (
          <>
            <dl className="facts">
              {(['name', 'dateOfBirth', 'contact', 'lastKnownLocation', 'photoLink'] as const).map((field) =>
                details.values?.[field] ? (
                  <Fragment key={field}>
                    <dt>{t(`referral.${field}`)}</dt>
                    <dd>{details.values[field]}</dd>
                  </Fragment>
                ) : null,
              )}
            </dl>
            <p className="muted">{t('referral.readRecorded', { at: formatDateTime(details.at) })}</p>
          </>
        )}
        {r.detailReads && (
          <>
            <h3>{t('referral.reads')}</h3>
            {r.detailReads.length === 0 ? (
              <p>{t('referral.readsNone')}</p>
            ) : (
              <ul>
                {r.detailReads.map((read) => (
                  <li key={`${read.occurredAt}-${read.summary}`}>
                    {t('referral.readBy', { at: formatDateTime(read.occurredAt), who: read.actorOrganizationId === r.partnerOrganization.id ? r.partnerOrganization.shortName : orgName(read.actorOrganizationId) })}
                    {read.summary ? ` — ${read.summary.replace(/^identifying details read:\s*/, '')}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <Thread
        referral={r}
        partner={partner}
        orgName={orgName}
        onSent={() => {
          setCurrent(null);
          reload();
        }}
      />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('referral.timeline')}</h2>
        <ol className="history">
          {r.timeline.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> — {t(`refStatus.${event.toStatus}`)} ({orgName(event.actorOrganizationId)})
              {event.note ? <span className="comment">: {event.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link to="/referrals">{t('app.back')}</Link>
      </p>
    </article>
  );
}

function Thread({ referral, partner, orgName, onSent }: { referral: ReferralFieldsFragment; partner: boolean; orgName: (id: string) => string; onSent: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<{ id: string; body: string; createdAt: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const messages = [...referral.messages, ...sent.filter((m) => !referral.messages.some((k) => k.id === m.id)).map((m) => ({ ...m, authorOrganizationId: '' }))];
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body') ?? '').trim();
    setError(null);
    setNotice(null);
    try {
      const { addReferralMessage } = await gql(AddReferralMessageMutation, { id: referral.id, body });
      setSent((list) => [...list, { id: addReferralMessage.id, body, createdAt: new Date().toISOString() }]);
      form.reset();
      setNotice(t('referral.messageSent'));
      onSent();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('referral.thread', { other: partner ? t('referral.otherSender') : t('referral.otherPartner') })}</h2>
      {messages.length === 0 ? (
        <p>{t('referral.threadNone')}</p>
      ) : (
        <ol className="thread">
          {messages.map((m) => (
            <li key={m.id}>
              <p className="muted">
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time> · {m.authorOrganizationId ? orgName(m.authorOrganizationId) : t('referral.mine')}
              </p>
              <p className="prewrap">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={error} />
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="message-body">{t('referral.message')}</label>
          <textarea id="message-body" name="body" rows={3} required maxLength={5000} />
        </div>
        <button type="submit" className="primary">
          {t('referral.sendMessage')}
        </button>
      </form>
    </section>
  );
}
