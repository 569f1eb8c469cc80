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
  /**
   * Stops waiting for the request in flight (a hung connection): `run` answers a CANCELLED result at
   * once and the late answer is dropped. The request itself may still complete on the other side.
   */
  abandon(): void;
}

/** Wraps a request so a double click or a held key sends it once (one request per user action). */
export function useAction<A extends ReadonlyArray<unknown>, T>(request: (...args: A) => Promise<Result<T>>): Action<A, T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorInfo>();
  const inFlight = useRef(false);
  const giveUp = useRef<(() => void) | undefined>(undefined);
  const requestRef = useRef(request);
  requestRef.current = request;

  const run = useCallback(async (...args: A) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    setError(undefined);
    const abandoned = new Promise<Result<T>>((resolve) => {
      giveUp.current = () => resolve({ ok: false, error: { code: 'CANCELLED', message: 'Stopped waiting.' } });
    });
    try {
      const result = await Promise.race([call(() => requestRef.current(...args)), abandoned]);
      if (!result.ok && result.error.code !== 'CANCELLED') setError(result.error);
      return result;
    } finally {
      giveUp.current = undefined;
      inFlight.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  const abandon = useCallback(() => giveUp.current?.(), []);
  return { run, pending, error, clearError, abandon };
}
