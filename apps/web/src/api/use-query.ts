import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { gql } from './client';

export interface QueryState<R> {
  data: R | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs a typed query when the variables change; `skip` waits for what the variables need. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, { skip = false } = {}): QueryState<R> {
  const [state, setState] = useState<{ data?: R; error?: unknown; loading: boolean }>({ loading: !skip });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    (gql as (d: TypedDocumentString<R, V>, v: V) => Promise<R>)(document, JSON.parse(key) as V).then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [document, key, skip, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
