import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import { formatDate, formatDateTime, formatNumber } from '../../i18n';
import { onOutboxChange, outbox, type OutboxEntry } from '../../offline/device-store';
import { sendWaiting } from '../../offline/outbox-sync';
import { refusalInWords } from '../activities/field-error';
import { logsActivities } from '../../components/layout';
import { useSession } from '../../session/session-context';

const HomeQuery = graphql(`
  query Home($orgId: ID!) {
    returned: activities(filter: { status: RETURNED, organizationId: $orgId }, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          startsOn
          reviewComment
          reviewedAt
        }
      }
    }
    drafts: activities(filter: { status: DRAFT, organizationId: $orgId }, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          startsOn
          updatedAt
        }
      }
    }
    strategyPeriods(first: 20) {
      edges {
        node {
          id
          code
          startsOn
          endsOn
          goals {
            id
            code
            titleSr
            titleEn
          }
        }
      }
    }
  }
`);

const QuarterProgressQuery = graphql(`
  query QuarterProgress($periodId: ID!, $orgId: ID!) {
    strategyProgress(periodId: $periodId, organizationId: $orgId) {
      cells {
        goalId
        quarter
        activities
        participants
      }
    }
  }
`);

const HomeMeetingsQuery = graphql(`
  query HomeMeetings($from: DateTime!, $orgId: ID!) {
    meetings(first: 3, orderBy: SOONEST_FIRST, filter: { from: $from }) {
      edges {
        node {
          id
          title
          status
          startsAt
          timeZone
          place
          myAnswer
        }
      }
    }
    actionItems(first: 100, filter: { organizationId: $orgId }) {
      edges {
        node {
          id
          description
          dueOn
          status
          meetingTitle
        }
      }
    }
  }
`);

/**
 * A member's next meetings, with her answer or that she has not given one, and her organization's
 * action items not done yet, the soonest due first (overdue ones say so). Coordinators run the
 * meetings in the admin app: not shown to them here.
 */
function MeetingsAndTasks({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [now] = useState(() => new Date().toISOString());
  const state = useQuery(HomeMeetingsQuery, { from: now, orgId: organizationId });
  if (!state.data) return <Problem error={state.error} />;
  const today = now.slice(0, 10);
  const open = state.data.actionItems.edges
    .map((e) => e.node)
    .filter((item) => item.status !== 'DONE')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return (
    <>
      <section aria-labelledby="next-meetings-heading" className="panel">
        <h2 id="next-meetings-heading">{t('home.meetings')}</h2>
        {state.data.meetings.edges.length === 0 ? (
          <p>{t('home.meetingsNone')}</p>
        ) : (
          <ul className="cards" data-testid="next-meetings">
            {state.data.meetings.edges.map(({ node: m }) => (
              <li key={m.id} className="card">
                <h3>
                  <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                </h3>
                <p>
                  {formatDateTime(m.startsAt, m.timeZone)} · {m.place}
                  {m.status === 'CANCELLED' && <strong> · {t('meetings.cancelled')}</strong>}
                </p>
                <p className={m.myAnswer ? 'muted' : undefined}>{m.myAnswer ? `${t('meetings.myAnswer')}: ${t(`meetings.answer.${m.myAnswer}`)}` : <strong>{t('meetings.notAnswered')}</strong>}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tasks-heading" className="panel">
        <h2 id="tasks-heading">{t('home.tasks')}</h2>
        {open.length === 0 ? (
          <p>{t('home.tasksNone')}</p>
        ) : (
          <ul className="cards" data-testid="open-tasks">
            {open.map((item) => (
              <li key={item.id} className="card">
                <p className="prewrap">{item.description}</p>
                <p className="muted">
                  {item.dueOn && item.dueOn < today ? <strong className="overdue">{t('home.overdue', { date: formatDate(item.dueOn) })}</strong> : item.dueOn ? t('meetings.due', { date: formatDate(item.dueOn) }) : null}
                  {item.dueOn ? ' · ' : ''}
                  {t('meetings.fromMeeting', { title: item.meetingTitle })} · {t(`meetings.itemStatus.${item.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/meetings">{t('home.allMeetings')}</Link>
        </p>
      </section>
    </>
  );
}

export function currentQuarter(today = new Date()): string {
  return `${today.getFullYear()}-Q${Math.floor(today.getMonth() / 3) + 1}`;
}

/** Activities kept on this device, kept current as they are saved and sent. */
export function useOutbox(userId: string | undefined): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    if (!userId) return;
    const load = () => void outbox.list(userId).then(setEntries);
    load();
    return onOutboxChange(load);
  }, [userId]);
  return entries;
}

/**
 * What needs me: what waits on this device, returned activities with the reviewer's comment,
 * drafts, a member's next meetings and her organization's open action items, this quarter against the goals.
 */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const { user, status } = useSession();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const online = status === 'signed-in';
  const member = logsActivities(user?.role);
  const home = useQuery(HomeQuery, { orgId: user?.organizationId ?? '' }, { skip: !online || !user || !member });
  const waiting = useOutbox(user?.id);
  const today = new Date().toISOString().slice(0, 10);
  const period = home.data?.strategyPeriods.edges.map((e) => e.node).find((p) => p.startsOn <= today && today <= p.endsOn);
  const quarter = currentQuarter();
  const progress = useQuery(QuarterProgressQuery, { periodId: period?.id ?? '', orgId: user?.organizationId ?? '' }, { skip: !period || !user });
  const cells = progress.data?.strategyProgress.cells.filter((c) => c.quarter === quarter) ?? [];

  return (
    <section>
      <h1>{t('home.heading')}</h1>
      {user && <p>{t('home.welcome', { name: user.fullName })}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={home.error} />

      {member && (
        <section aria-labelledby="waiting-heading" className="panel">
          <h2 id="waiting-heading">{t('home.waiting')}</h2>
          {waiting.length === 0 ? (
            <p>{t('home.waitingNone')}</p>
          ) : (
            <ul className="cards" data-testid="waiting-list">
              {waiting.map((entry) => (
                <li key={entry.localId} className="card">
                  <h3>
                    <Link to={`/activities/device/${entry.localId}`}>{entry.values.title || t('form.newHeading')}</Link>
                  </h3>
                  <p>
                    <StatusBadge status={entry.status} /> <span className="muted">{formatDateTime(entry.savedAt)}</span>
                  </p>
                  {entry.refusal && <p className="field-problem">{refusalInWords(entry.refusal, t, i18n.language)}</p>}
                </li>
              ))}
            </ul>
          )}
          {online && waiting.some((e) => e.status === 'WAITING') && user && (
            <button type="button" className="secondary" onClick={() => void sendWaiting(user.id)}>
              {t('home.sendNow')}
            </button>
          )}
        </section>
      )}

      {home.data && (
        <>
          <section aria-labelledby="returned-heading" className="panel">
            <h2 id="returned-heading">{t('home.returned')}</h2>
            {home.data.returned.edges.length === 0 ? (
              <p>{t('home.returnedNone')}</p>
            ) : (
              <ul className="cards">
                {home.data.returned.edges.map(({ node }) => (
                  <li key={node.id} className="card">
                    <h3>
                      <Link to={`/activities/${node.id}/edit`}>{node.title}</Link>
                    </h3>
                    <p className="muted">{formatDate(node.startsOn)}</p>
                    {node.reviewComment && (
                      <blockquote className="comment">
                        <span className="visually-hidden">{t('home.comment')}: </span>
                        {node.reviewComment}
                      </blockquote>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="drafts-heading" className="panel">
            <h2 id="drafts-heading">{t('home.drafts')}</h2>
            {home.data.drafts.edges.length === 0 ? (
              <p>{t('home.draftsNone')}</p>
            ) : (
              <ul className="cards">
                {home.data.drafts.edges.map(({ node }) => (
                  <li key={node.id} className="card">
                    <h3>
                      <Link to={`/activities/${node.id}`}>{node.title}</Link>
                    </h3>
                    <p className="muted">{formatDate(node.startsOn)}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {user?.role.startsWith('MEMBER_') && <MeetingsAndTasks organizationId={user.organizationId} />}
          <section aria-labelledby="quarter-heading" className="panel">
            <h2 id="quarter-heading">{t('home.quarter', { quarter })}</h2>
            {!period || cells.length === 0 ? (
              <p>{home.data && !period ? t('home.quarterNoPlan') : t('home.quarterNone')}</p>
            ) : (
              <div className="table-scroll" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('home.goal')}</th>
                      <th scope="col">{t('home.activities')}</th>
                      <th scope="col">{t('home.participants')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {period.goals.map((goal) => {
                      const own = cells.filter((c) => c.goalId === goal.id);
                      return (
                        <tr key={goal.id}>
                          <th scope="row">
                            {goal.code}. {i18n.language === 'en' ? goal.titleEn : goal.titleSr}
                          </th>
                          <td>{formatNumber(own.reduce((s, c) => s + c.activities, 0))}</td>
                          <td>{formatNumber(own.reduce((s, c) => s + c.participants, 0))}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
