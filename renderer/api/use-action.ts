import { useCallback, useRef, useState } from 'react';
import type { AppErrorInfo, Result } from '../../shared/ipc/result';
import { call } from './quickmeet';

/** A user action backed by one request, with its progress and last error. */
export interface Action<A extends ReadonlyArray<unknown>, T> {
  /** Starts the request, or answers `undefined` without sending when one is already in flight. */
  run(...args: A): Promise<Result<T> | undefined>;
  readonly pending: boolean;
  readonly error: AppErrorInfo | undefined;
  clearError(): void;
}

/** Wraps a request so a double click or a held key sends it once (one request per user action). */
export function useAction<A extends ReadonlyArray<unknown>, T>(request: (...args: A) => Promise<Result<T>>): Action<A, T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorInfo>();
  const inFlight = useRef(false);
  const requestRef = useRef(request);
  requestRef.current = request;

  const run = useCallback(async (...args: A) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    setError(undefined);
    try {
      const result = await call(() => requestRef.current(...args));
      if (!result.ok && result.error.code !== 'CANCELLED') setError(result.error);
      return result;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { run, pending, error, clearError };
}
