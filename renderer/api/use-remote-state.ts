import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorInfo, Result } from '../../shared/ipc/result';
import { call } from './quickmeet';

/** A value held by the main process: loaded once, then kept fresh by its push event. */
export interface RemoteState<T> {
  readonly value: T | undefined;
  readonly error: AppErrorInfo | undefined;
  readonly loading: boolean;
  reload(): void;
  /** Replaces the value with a fresher one the caller got from an action's answer. */
  set(value: T): void;
}

/**
 * Loads with `load`, then applies every snapshot `subscribe` delivers. Both callbacks are read through
 * refs so callers can pass inline arrows without re-subscribing on every render.
 */
export function useRemoteState<T>(
  load: () => Promise<Result<T>>,
  subscribe?: (apply: (value: T) => void) => () => void,
): RemoteState<T> {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<AppErrorInfo>();
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  const subscribeRef = useRef(subscribe);
  loadRef.current = load;
  subscribeRef.current = subscribe;

  const reload = useCallback(() => {
    setLoading(true);
    void call(() => loadRef.current()).then((result) => {
      setLoading(false);
      if (result.ok) {
        setValue(result.value);
        setError(undefined);
      } else setError(result.error);
    });
  }, []);

  useEffect(() => {
    const unsubscribe = subscribeRef.current?.((next) => {
      setValue(next);
      setError(undefined);
      setLoading(false);
    });
    reload();
    return unsubscribe;
  }, [reload]);

  const set = useCallback((next: T) => setValue(next), []);
  return { value, error, loading, reload, set };
}
