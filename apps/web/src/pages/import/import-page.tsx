import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch } from '../../api/client';
import { DownloadLink } from '../../components/download-link';
import { Problem } from '../../components/problem';

interface ImportAnswer {
  imported?: number;
  message?: string;
  errors?: { row: number; column: string; reason: string }[];
  fields?: { field: string; reason: string }[];
}

/** Upload a spreadsheet; the API saves all rows or none, and its row-by-row report is shown as a table. */
export default function ImportPage() {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
    setMissing(!file);
    if (!file) return;
    setBusy(true);
    setAnswer(null);
    setError(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await authorizedFetch('/imports/activities', { method: 'POST', body });
      setAnswer((await response.json()) as ImportAnswer);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t('import.heading')}</h1>
      <p>{t('import.intro')}</p>
      <div className="actions">
        <span>{t('import.template')}:</span>
        <DownloadLink path="/exports/activities-template.csv" filename="activities-template.csv" label={t('import.templateCsv')} />
        <DownloadLink path="/exports/activities-template.xlsx" filename="activities-template.xlsx" label={t('import.templateXlsx')} />
      </div>
      <form onSubmit={upload} noValidate>
        <div className={`field${missing ? ' has-problem' : ''}`}>
          <label htmlFor="file">{t('import.file')}</label>
          <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={missing ? 'file-problem' : undefined} />
          {missing && (
            <p className="field-problem" id="file-problem">
              {t('import.pickFile')}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('import.submit')}
        </button>
      </form>
      <Problem error={error} />
      {answer?.imported !== undefined && (
        <p className="notice" role="status">
          {t('import.imported', { count: answer.imported })}
        </p>
      )}
      {answer && answer.imported === undefined && (
        <div role="alert">
          <p className="problem">{answer.errors ? t('import.refused') : (answer.fields?.map((f) => `${f.field}: ${f.reason}`).join(' ') ?? answer.message)}</p>
          {answer.errors && (
            <div className="table-scroll" tabIndex={0}>
              <table data-testid="import-report">
                <thead>
                  <tr>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.column}</td>
                      <td>{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
