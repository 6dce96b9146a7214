import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { gql } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useDetailTitle } from '../../components/page-title';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import type { InvitationAnswer } from '../../gql/graphql';
import { formatDateTime, formatMeetingTime } from '../../i18n';

const MeetingQuery = graphql(`
  query MemberMeeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      kind
      status
      description
      startsAt
      endsAt
      timeZone
      place
      venue
      city
      onlineUrl
      myAnswer
      minutes
      minutesUpdatedAt
      agenda {
        position
        title
        startsAt
        durationMinutes
        presenterOrganization {
          id
          shortName
        }
      }
      attendees {
        fullName
        organization {
          id
          shortName
        }
      }
    }
  }
`);

const MeetingCalendarQuery = graphql(`
  query MeetingCalendar($id: ID!) {
    meeting(id: $id) {
      id
      calendar
    }
  }
`);

/** The meeting as a .ics file to open in a calendar program (the same event as the mailed invitation's). */
function CalendarDownload({ meetingId, startsAt }: { meetingId: string; startsAt: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const { meeting } = await gql(MeetingCalendarQuery, { id: meetingId });
      const url = URL.createObjectURL(new Blob([meeting.calendar], { type: 'text/calendar' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `meeting-${startsAt.slice(0, 10)}.ics`;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={() => void download()}>
        {t('meetings.addToCalendar')}
      </button>
      <Problem error={error} />
    </div>
  );
}

const AnswerInvitationMutation = graphql(`
  mutation AnswerInvitation($meetingId: ID!, $answer: InvitationAnswer!) {
    answerInvitation(meetingId: $meetingId, answer: $answer) {
      answer
      answeredAt
    }
  }
`);

const ANSWERS: InvitationAnswer[] = ['YES', 'MAYBE', 'NO'];

/** One meeting: answer the invitation (as the mail's links do), the agenda, place or link, minutes once published, attendance. */
export default function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(MeetingQuery, { id });
  const [answer, setAnswer] = useState<InvitationAnswer | null>(null);
  const [answerError, setAnswerError] = useState<unknown>(null);
  useDetailTitle(data?.meeting.title);
  if (error) return <Problem error={error} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  if (!data) return null;
  const m = data.meeting;
  const current = answer ?? m.myAnswer;
  const respond = async (value: InvitationAnswer) => {
    setAnswerError(null);
    try {
      const { answerInvitation } = await gql(AnswerInvitationMutation, { meetingId: id, answer: value });
      setAnswer(answerInvitation.answer ?? value);
    } catch (failure) {
      setAnswerError(failure);
    }
  };
  return (
    <article>
      <h1>{m.title}</h1>
      <p>
        {t(`meetings.kind.${m.kind}`)}
        {m.status === 'CANCELLED' && <strong> · {t('meetings.cancelled')}</strong>}
      </p>
      <dl className="facts">
        <dt>{t('meetings.when')}</dt>
        <dd>
          {formatMeetingTime(m.startsAt, m.endsAt, m.timeZone)} ({m.timeZone})
        </dd>
        <dt>{t('meetings.where')}</dt>
        <dd>{[m.venue, m.city].filter(Boolean).join(', ') || m.place}</dd>
        {m.onlineUrl && (
          <>
            <dt>{t('meetings.online')}</dt>
            <dd>
              <a href={m.onlineUrl} rel="noopener noreferrer" target="_blank" className="block-link">
                {m.onlineUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
      {m.description && <p className="prewrap">{m.description}</p>}
      {m.status !== 'CANCELLED' && <CalendarDownload meetingId={m.id} startsAt={m.startsAt} />}

      <section aria-labelledby="rsvp-heading" className="panel">
        <h2 id="rsvp-heading">{t('meetings.rsvp')}</h2>
        <p role="status">{current ? t('meetings.answered', { answer: t(`meetings.answer.${current}`) }) : t('meetings.notAnswered')}</p>
        <Problem error={answerError} />
        {m.status !== 'CANCELLED' && (
          <div className="actions">
            {ANSWERS.map((value) => (
              <button key={value} type="button" className={value === current ? 'primary' : 'secondary'} aria-pressed={value === current} onClick={() => void respond(value)}>
                {t(`meetings.answer.${value}`)}
              </button>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('meetings.agenda')}</h2>
        {m.agenda.length === 0 ? (
          <p>{t('meetings.agendaNone')}</p>
        ) : (
          <ol>
            {m.agenda.map((item) => (
              <li key={item.position}>
                {item.startsAt ? `${formatDateTime(item.startsAt, m.timeZone)} · ` : ''}
                {item.title}
                {item.durationMinutes ? ` (${t('meetings.minutesFor', { minutes: item.durationMinutes })})` : ''}
                {item.presenterOrganization ? ` · ${item.presenterOrganization.shortName}` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">{t('meetings.minutes')}</h2>
        {m.minutes ? <p className="prewrap">{m.minutes}</p> : <p>{t('meetings.minutesNone')}</p>}
      </section>

      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">{t('meetings.attendance')}</h2>
        {m.attendees.length === 0 ? (
          <p>{t('meetings.attendanceNone')}</p>
        ) : (
          <ul>
            {m.attendees.map((a, index) => (
              <li key={`${a.fullName}-${index}`}>
                {a.fullName}
                {a.organization ? ` (${a.organization.shortName})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to="/meetings">{t('app.back')}</Link>
      </p>
    </article>
  );
}
