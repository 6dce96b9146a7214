import { useState } from 'react';
import { authorizedFetch } from '../api/client';
import { Problem } from './problem';
import { ApiError } from '../api/errors';

/** A file of the API (exports need the session's token, which a plain link cannot carry): fetched, then saved. */
export function DownloadLink({ path, filename, label }: { path: string; filename: string; label: string }) {
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const response = await authorizedFetch(path);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { code?: string; reason?: string; message?: string };
        throw new ApiError(body.code ?? 'ERROR', body.reason, body.message ?? response.statusText);
      }
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = filename;
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void download()}>
        {label}
      </button>
      <Problem error={error} />
    </>
  );
}
