import type { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { type CallKind, describeFailure, isTransient, toAppError } from './google-api-errors';
import { DEFAULT_READ_RETRY, realRetryEnvironment, type RetryEnvironment, type RetryPolicy, withRetry } from './retry-policy';

/** Per-request timeout: Google's client default is 60 s; a tray click should give up far sooner. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Options every googleapis method takes from us: a timeout, no gaxios retry loop, and an optional abort signal. */
export interface PerCall {
  readonly timeout: number;
  readonly retry: false;
  readonly signal?: AbortSignal;
}

/** One googleapis method call. */
export type Call = (options: PerCall) => Promise<{ data: unknown }>;

/** How patient to be, shared by every Google REST client of the app. */
export interface GoogleCallOptions {
  readonly timeoutMs?: number;
  readonly readRetry?: RetryPolicy;
  readonly retryEnvironment?: RetryEnvironment;
}

/** How a write's failure reads; `conflict` is what a 409 (ALREADY_EXISTS, ABORTED) means to the caller. */
export type WriteKind = Omit<CallKind, 'write' | 'writeVerb'> & { readonly conflict?: () => Error };

/** Reads and writes with one timeout, retry and error policy, each response checked against its schema. */
export interface GoogleCalls {
  /** A GET (or a read-only POST such as a pull): retried on transient failures within the policy. */
  read<S extends z.ZodType>(schema: S, call: Call, kind?: CallKind): Promise<z.infer<S>>;
  /** A POST, PUT, PATCH or DELETE: sent exactly once; an ambiguous failure says the outcome is unknown. */
  write<S extends z.ZodType>(schema: S, verb: string, call: Call, kind?: WriteKind): Promise<z.infer<S>>;
  /** Validates `data` against `schema`, or throws UNEXPECTED_RESPONSE. */
  parse<S extends z.ZodType>(schema: S, data: unknown): z.infer<S>;
  readonly perCall: PerCall;
}

/**
 * The call policy of the Meet, Workspace Events and Pub/Sub clients: every call has a timeout; only
 * reads are retried (this loop honours Retry-After, gaxios' does not); failures become AppErrors.
 */
export function createGoogleCalls(options: GoogleCallOptions = {}): GoogleCalls {
  const perCall: PerCall = { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, retry: false };
  const policy = options.readRetry ?? DEFAULT_READ_RETRY;
  const environment = options.retryEnvironment ?? realRetryEnvironment;

  const parse = <S extends z.ZodType>(schema: S, data: unknown): z.infer<S> => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new AppError('UNEXPECTED_RESPONSE', 'Google sent a response Quickmeet could not read. Try again.');
    return parsed.data;
  };
  const mapFailure = (error: unknown, kind: CallKind): AppError => (error instanceof AppError ? error : toAppError(describeFailure(error), kind));
  const classifyRead = (error: unknown) => {
    const failure = describeFailure(error);
    const retryAfterMs = failure.retryAfterSeconds === undefined ? undefined : failure.retryAfterSeconds * 1000;
    return { retry: !(error instanceof AppError) && isTransient(failure), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  };

  return {
    perCall,
    parse,
    async read(schema, call, kind = { write: false }) {
      let data: unknown;
      try {
        data = (await withRetry(() => call(perCall), classifyRead, policy, environment)).data;
      } catch (error) {
        throw mapFailure(error, kind);
      }
      return parse(schema, data);
    },
    async write(schema, verb, call, kind = {}) {
      let data: unknown;
      try {
        data = (await call(perCall)).data;
      } catch (error) {
        const { conflict, ...words } = kind;
        if (conflict && describeFailure(error).status === 409) throw conflict();
        throw mapFailure(error, { ...words, write: true, writeVerb: verb });
      }
      return parse(schema, data);
    },
  };
}
