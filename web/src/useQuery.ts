import { useEffect, useState } from "react";
import { request, type Operation } from "./api.js";

export type QueryState<T> = { loading: true; data?: T; error?: undefined } | { loading: false; data?: T; error?: string };

/** Runs an operation whenever its variables change (compared as JSON); keeps the last data while reloading. */
export function useQuery<TData, TVars>(op: Operation<TData, TVars>, variables: TVars | null): QueryState<TData> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TData>>({ loading: true });
  useEffect(() => {
    if (key === null) {
      setState({ loading: false });
      return;
    }
    const abort = new AbortController();
    setState((s) => ({ loading: true, data: s.data }));
    request(op, JSON.parse(key) as TVars, abort.signal).then(
      (data) => setState({ loading: false, data }),
      (err: Error) => {
        if (!abort.signal.aborted) setState((s) => ({ loading: false, data: s.data, error: err.message }));
      },
    );
    return () => abort.abort();
  }, [op, key]);
  return state;
}
