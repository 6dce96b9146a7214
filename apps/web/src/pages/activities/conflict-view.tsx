import { useTranslation } from 'react-i18next';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import type { ActivityDraftValues } from '../../offline/device-store';
import { valuesOf } from './activity-values';

/** One value of the form as a reader sees it. */
function shown(key: keyof ActivityDraftValues, values: ActivityDraftValues): string {
  const value = values[key];
  if (key === 'participants') return Object.entries(values.participants).filter(([, v]) => v !== '' && v !== '0').map(([k, v]) => `${k.replace(':', ' ')}: ${v}`).join(', ');
  if (Array.isArray(value)) return value.map((x) => (typeof x === 'string' ? x : Object.values(x).join(' '))).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${v}`).join(', ');
  return String(value);
}

const LABELS: Partial<Record<keyof ActivityDraftValues, string>> = {
  type: 'form.type',
  title: 'form.title',
  description: 'form.description',
  startsOn: 'form.startsOn',
  endsOn: 'form.endsOn',
  city: 'form.city',
  online: 'form.online',
  targetGroups: 'form.targetGroups',
  participants: 'form.participants',
  participantsTotal: 'form.declaredTotal',
  institutions: 'form.institutions',
  goalIds: 'form.goals',
  indicatorValues: 'form.goals',
  coOrganizerIds: 'form.coOrganizers',
  mediaOutlets: 'form.mediaOutlets',
  mediaAudience: 'form.mediaAudience',
  attachments: 'form.links',
};

/** Someone saved first: both versions side by side, nothing typed is thrown away until the person chooses. */
export function ConflictView({ theirs, mine, onKeepMine, onTakeTheirs }: { theirs: ActivityFieldsFragment; mine: ActivityDraftValues; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t } = useTranslation();
  const saved = valuesOf(theirs);
  const differing = (Object.keys(LABELS) as (keyof ActivityDraftValues)[]).filter((key) => shown(key, saved) !== shown(key, mine));
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t('form.conflict')}</h2>
      <p>{t('form.conflictIntro')}</p>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('form.field')}</th>
              <th scope="col">{t('form.theirs')}</th>
              <th scope="col">{t('form.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((key) => (
              <tr key={key}>
                <th scope="row">{t(LABELS[key]!)}</th>
                <td>{shown(key, saved)}</td>
                <td>{shown(key, mine)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={onKeepMine}>
          {t('form.keepMine')}
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          {t('form.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
