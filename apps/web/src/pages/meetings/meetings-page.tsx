import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gql } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import type { ActionItemStatus } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n';
import { useSession } from '../../session/session-context';

const MyMeetingsQuery = graphql(`
  query MyMeetings($orderBy: MeetingOrder!, $from: DateTime, $to: DateTime) {
    meetings(first: 50, orderBy: $orderBy, filter: { from: $from, to: $to }) {
      edges {
        node {
          id
          title
          kind
          status
          startsAt
          endsAt
          timeZone
          place
          onlineUrl
          myAnswer
        }
      }
    }
  }
`);

const MyActionItemsQuery = graphql(`
  query MyActionItems($organizationId: ID!) {
    actionItems(first: 100, filter: { organizationId: $organizationId }) {
      edges {
        node {
          id
          description
          dueOn
          status
          meetingId
          meetingTitle
          completedAt
        }
      }
    }
  }
`);

export const SetActionItemStatusMutation = graphql(`
  mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) {
    setActionItemStatus(id: $id, status: $status) {
      id
      status
      completedAt
    }
  }
`);

const ACTION_ITEM_STATUSES: ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

/** A member's meetings (upcoming and past, with the answer given) and the action items of the organization. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [now] = useState(() => new Date().toISOString());
  const upcoming = useQuery(MyMeetingsQuery, { orderBy: 'SOONEST_FIRST', from: now });
  const past = useQuery(MyMeetingsQuery, { orderBy: 'LATEST_FIRST', to: now });

  const list = (state: typeof upcoming, heading: string, id: string) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <Problem error={state.error} />
      {state.loading && !state.data && <p role="status">{t('app.loading')}</p>}
      {state.data && state.data.meetings.edges.length === 0 && <p>{t('meetings.none')}</p>}
      <ul className="cards">
        {state.data?.meetings.edges.map(({ node: m }) => (
          <li key={m.id} className="card">
            <h3>
              <Link to={`/meetings/${m.id}`}>{m.title}</Link>
            </h3>
            <p>
              {t(`meetings.kind.${m.kind}`)} · {formatDateTime(m.startsAt, m.timeZone)} · {m.place}
              {m.status === 'CANCELLED' && <strong> · {t('meetings.cancelled')}</strong>}
            </p>
            <p className="muted">{m.myAnswer ? `${t('meetings.myAnswer')}: ${t(`meetings.answer.${m.myAnswer}`)}` : t('meetings.notAnswered')}</p>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <section>
      <h1>{t('meetings.heading')}</h1>
      {list(upcoming, t('meetings.upcoming'), 'upcoming-heading')}
      <ActionItems organizationId={user?.organizationId} />
      {list(past, t('meetings.past'), 'past-heading')}
    </section>
  );
}

/** The action items assigned to the person's organization, each with its status to update. */
function ActionItems({ organizationId }: { organizationId: string | undefined }) {
  const { t } = useTranslation();
  const state = useQuery(MyActionItemsQuery, { organizationId: organizationId ?? '' }, { skip: !organizationId });
  const [saved, setSaved] = useState<Record<string, ActionItemStatus>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const change = async (id: string, status: ActionItemStatus) => {
    setError(null);
    setNotice(null);
    try {
      const { setActionItemStatus } = await gql(SetActionItemStatusMutation, { id, status });
      setSaved((all) => ({ ...all, [id]: setActionItemStatus.status }));
      setNotice(t('meetings.statusSaved', { status: t(`meetings.itemStatus.${setActionItemStatus.status}`) }));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">{t('meetings.actionItems')}</h2>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={state.error ?? error} />
      {state.data && state.data.actionItems.edges.length === 0 && <p>{t('meetings.actionItemsNone')}</p>}
      <ul className="cards">
        {state.data?.actionItems.edges.map(({ node: item }) => {
          const status = saved[item.id] ?? item.status;
          return (
            <li key={item.id} className="card">
              <p className="prewrap">{item.description}</p>
              <p className="muted">
                {t('meetings.due', { date: formatDate(item.dueOn) })} · {t('meetings.fromMeeting', { title: item.meetingTitle })} · <strong>{t(`meetings.itemStatus.${status}`)}</strong>
              </p>
              <div className="field">
                <label htmlFor={`item-${item.id}`}>{t('meetings.status')}</label>
                <select id={`item-${item.id}`} value={status} onChange={(event) => void change(item.id, event.target.value as ActionItemStatus)}>
                  {ACTION_ITEM_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`meetings.itemStatus.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
