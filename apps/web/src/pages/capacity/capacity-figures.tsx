import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CapacityRecordFieldsFragment } from '../../gql/graphql';
import { currentLanguage, formatDateTime, formatNumber } from '../../i18n';

export const CapacityRecordFields = graphql(`
  fragment CapacityRecordFields on CapacityRecord {
    hours
    personHours
    peopleTrained
    trainingsAttended
    certificatesIssued
    hoursByTopicAndYear {
      year
      topicCode
      topicNameSr
      topicNameEn
      hours
      trainings
    }
    selfAssessments {
      period
      submittedAt
      scores {
        dimensionCode
        dimensionNameSr
        dimensionNameEn
        score
        scaleMax
        change
      }
    }
  }
`);

/** An organization's capacity in figures: hours, person-hours, people trained, trainings, certificates. */
export function CapacityTotals({ record }: { record: CapacityRecordFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <dl className="big-figures">
      {(
        [
          ['hours', record.hours],
          ['personHours', record.personHours],
          ['people', record.peopleTrained],
          ['trainings', record.trainingsAttended],
          ['certificates', record.certificatesIssued],
        ] as const
      ).map(([key, value]) => (
        <div key={key}>
          <dt>{t(`capacity.${key}`)}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Training hours by topic and year. */
export function HoursByTopic({ record }: { record: CapacityRecordFieldsFragment }) {
  const { t } = useTranslation();
  const en = currentLanguage() === 'en';
  return (
    <>
      <h2>{t('capacity.byTopic')}</h2>
      {record.hoursByTopicAndYear.length === 0 ? (
        <p>{t('capacity.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('capacity.year')}</th>
                <th scope="col">{t('capacity.topic')}</th>
                <th scope="col">{t('capacity.trainings')}</th>
                <th scope="col">{t('capacity.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {record.hoursByTopicAndYear.map((row) => (
                <tr key={`${row.year}-${row.topicCode}`}>
                  <td>{row.year}</td>
                  <td>{en ? row.topicNameEn : row.topicNameSr}</td>
                  <td>{formatNumber(row.trainings)}</td>
                  <td>{formatNumber(row.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The organization's self-assessments, each score with its change since the one before. */
export function SelfAssessmentHistory({ record }: { record: CapacityRecordFieldsFragment }) {
  const { t } = useTranslation();
  const en = currentLanguage() === 'en';
  return (
    <>
      <h3>{t('capacity.history')}</h3>
      {record.selfAssessments.length === 0 ? (
        <p>{t('capacity.historyNone')}</p>
      ) : (
        <ul>
          {record.selfAssessments.map((sa) => (
            <li key={sa.period}>
              <strong>{sa.period}</strong> ({t('capacity.submittedAt', { at: formatDateTime(sa.submittedAt) })}):{' '}
              {sa.scores
                .map((s) => `${en ? s.dimensionNameEn : s.dimensionNameSr} ${t('capacity.score', { score: s.score, max: s.scaleMax })}${s.change ? ` (${t('capacity.change', { change: s.change > 0 ? `+${s.change}` : s.change })})` : ''}`)
                .join('; ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
