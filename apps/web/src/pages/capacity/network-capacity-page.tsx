import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import { currentLanguage } from '../../i18n';
import { CapacityTotals, HoursByTopic, SelfAssessmentHistory } from './capacity-figures';

const NetworkOrganizationsQuery = graphql(`
  query CapacityOrganizations {
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

const OrganizationCapacityQuery = graphql(`
  query OrganizationCapacity($organizationId: ID!) {
    capacityRecord(organizationId: $organizationId) {
      ...CapacityRecordFields
    }
  }
`);

/**
 * The capacity of any organization of the network, for evaluators: the same figures its own people
 * see (hours, people trained, certificates, hours by topic, self-assessments), no trainee's name.
 * The organization read is in the address.
 */
export default function NetworkCapacityPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const organizationsState = useQuery(NetworkOrganizationsQuery, {});
  const organizations = (organizationsState.data?.organizations.edges.map((e) => e.node) ?? []).slice().sort((a, b) => a.shortName.localeCompare(b.shortName, currentLanguage() === 'en' ? 'en' : 'sr-Latn'));
  const organizationId = organizations.find((o) => o.id === params.get('organization'))?.id ?? organizations[0]?.id ?? '';
  const capacity = useQuery(OrganizationCapacityQuery, { organizationId }, { skip: !organizationId });
  const record = capacity.data?.capacityRecord;
  return (
    <section>
      <h1>{t('capacity.networkHeading')}</h1>
      <p>{t('capacity.networkIntro')}</p>
      <Problem error={organizationsState.error ?? capacity.error} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="capacity-organization">{t('list.organization')}</label>
          <select id="capacity-organization" value={organizationId} onChange={(e) => setParams(new URLSearchParams({ organization: e.target.value }), { replace: true })}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.shortName}
              </option>
            ))}
          </select>
        </div>
      </form>
      {capacity.loading && !record && <p role="status">{t('app.loading')}</p>}
      {record && (
        <>
          <CapacityTotals record={record} />
          <HoursByTopic record={record} />
          <section aria-labelledby="self-heading" className="panel">
            <h2 id="self-heading">{t('capacity.selfAssessment')}</h2>
            <SelfAssessmentHistory record={record} />
          </section>
        </>
      )}
    </section>
  );
}
