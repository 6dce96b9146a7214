import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gql } from '../../api/client';
import { fieldProblems } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import { currentLanguage, formatDate, formatNumber } from '../../i18n';
import { useSession } from '../../session/session-context';
import { CapacityTotals, HoursByTopic, SelfAssessmentHistory } from './capacity-figures';

const CapacityQuery = graphql(`
  query MyCapacity($organizationId: ID!) {
    capacityRecord(organizationId: $organizationId) {
      ...CapacityRecordFields
    }
    capacityDimensions {
      code
      nameSr
      nameEn
      scaleMin
      scaleMax
      active
    }
    trainings(first: 50, filter: { organizationId: $organizationId }) {
      edges {
        node {
          id
          title
          startsOn
          hours
          participants {
            id
            fullName
            certificateNumber
            certificateIssuedOn
            organization {
              id
            }
          }
        }
      }
    }
  }
`);

const SubmitSelfAssessmentMutation = graphql(`
  mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      period
    }
  }
`);

/** The organization's trainings, hours by topic and year, certificates, and its self-assessment with history (submitted by its admins, as the policy says). */
export default function CapacityPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const organizationId = user?.organizationId ?? '';
  const { data, error, loading, reload } = useQuery(CapacityQuery, { organizationId }, { skip: !user });
  const [notice, setNotice] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const problems = fieldProblems(submitError);
  if (error) return <Problem error={error} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  if (!data) return null;
  const record = data.capacityRecord;
  const en = currentLanguage() === 'en';
  const dimensions = data.capacityDimensions.filter((d) => d.active);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const period = String(form.get('period') ?? '').trim();
    setNotice(null);
    setSubmitError(null);
    try {
      await gql(SubmitSelfAssessmentMutation, {
        input: { period, notes: String(form.get('notes') ?? ''), organizationId, scores: dimensions.map((d) => ({ dimensionCode: d.code, score: Number(form.get(`score-${d.code}`)) })) },
      });
      setNotice(t('capacity.submitted', { period }));
      reload();
    } catch (failure) {
      setSubmitError(failure);
    }
  };

  return (
    <section>
      <h1>{t('capacity.heading')}</h1>
      <CapacityTotals record={record} />
      <HoursByTopic record={record} />
      <h2>{t('capacity.trainingList')}</h2>
      {data.trainings.edges.length === 0 ? (
        <p>{t('capacity.none')}</p>
      ) : (
        <ul className="cards">
          {data.trainings.edges.map(({ node: training }) => (
            <li key={training.id} className="card">
              <h3>{training.title}</h3>
              <p className="muted">
                {formatDate(training.startsOn)} · {formatNumber(training.hours)} h
              </p>
              <ul>
                {training.participants
                  .filter((p) => p.organization.id === organizationId)
                  .map((p) => (
                    <li key={p.id}>
                      {p.fullName ?? ''}
                      {p.certificateNumber ? ` · ${t('capacity.certificate', { number: p.certificateNumber })}` : ''}
                      {p.certificateIssuedOn ? ` (${formatDate(p.certificateIssuedOn)})` : ''}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="self-heading" className="panel">
        <h2 id="self-heading">{t('capacity.selfAssessment')}</h2>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <Problem error={submitError} />
        {user?.role === 'MEMBER_ADMIN' && (
        <form onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="sa-period">{t('capacity.period')}</label>
            <input id="sa-period" name="period" required defaultValue={String(new Date().getFullYear())} pattern="\d{4}(-H[12]|-Q[1-4])?" />
            {problems.period && <p className="field-problem">{problems.period}</p>}
          </div>
          {dimensions.map((d) => (
            <div className="field" key={d.code}>
              <label htmlFor={`sa-${d.code}`}>
                {en ? d.nameEn : d.nameSr} ({t('capacity.scale', { min: d.scaleMin, max: d.scaleMax })})
              </label>
              <input id={`sa-${d.code}`} name={`score-${d.code}`} type="number" min={d.scaleMin} max={d.scaleMax} required defaultValue={d.scaleMin} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="sa-notes">{t('capacity.notes')}</label>
            <textarea id="sa-notes" name="notes" rows={3} maxLength={5000} />
          </div>
          <button type="submit" className="primary">
            {t('capacity.submit')}
          </button>
        </form>
        )}
        <SelfAssessmentHistory record={record} />
      </section>
    </section>
  );
}
