import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import type { ActivityDraftValues } from '../../offline/device-store';
import { cellKey, GENDERS, gridTotals } from './activity-values';

interface AgeBandOption {
  code: string;
  labelSr: string;
  labelEn: string;
}

/** Participants by gender (rows) and age band (columns), with row, column and grand totals. */
export function ParticipantsGrid({
  values,
  ageBands,
  onChange,
  describedBy,
}: {
  values: ActivityDraftValues;
  ageBands: AgeBandOption[];
  onChange: (key: string, typed: string) => void;
  describedBy?: string;
}) {
  const { t, i18n } = useTranslation();
  const bands = ageBands.map((b) => b.code);
  const totals = gridTotals(values, bands);
  const label = (band: AgeBandOption) => (i18n.language === 'en' ? band.labelEn : band.labelSr);
  return (
    <div className="grid-scroll">
      <table className="participants">
        <caption>{t('form.gridCaption')}</caption>
        <thead>
          <tr>
            <td />
            {ageBands.map((band) => (
              <th scope="col" key={band.code} id={`band-${band.code}`}>
                {label(band)}
              </th>
            ))}
            <th scope="col">{t('form.total')}</th>
          </tr>
        </thead>
        <tbody>
          {GENDERS.map((gender) => (
            <tr key={gender}>
              <th scope="row" id={`gender-${gender}`}>
                {t(`gender.${gender}`)}
              </th>
              {ageBands.map((band) => {
                const key = cellKey(gender, band.code);
                return (
                  <td key={band.code}>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      aria-label={`${t(`gender.${gender}`)}, ${label(band)}`}
                      aria-describedby={describedBy}
                      name={`participants-${key}`}
                      value={values.participants[key] ?? ''}
                      onChange={(event) => onChange(key, event.target.value)}
                    />
                  </td>
                );
              })}
              <td className="total" data-testid={`row-total-${gender}`}>
                {formatNumber(totals.rows[gender])}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('form.total')}</th>
            {bands.map((band) => (
              <td key={band} className="total">
                {formatNumber(totals.columns[band])}
              </td>
            ))}
            <td className="total grand-total" data-testid="grand-total">
              {formatNumber(totals.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
