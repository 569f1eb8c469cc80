import type { EventChannel, EventOf, RequestChannel, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
type MethodOf<C extends string, D extends string> = C extends `${D}.${infer M}` ? M : never;
type Domain = DomainOf<RequestChannel>;

/** What a call answers: a `Result` across a process boundary, the value itself (or a thrown `AppError`) in process. */
type Answer<C extends RequestChannel, Mode extends 'result' | 'value'> = Mode extends 'result' ? Result<ResponseOf<C>> : ResponseOf<C>;

type Method<C extends RequestChannel, Mode extends 'result' | 'value'> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<Answer<C, Mode>>
    : (request: RequestOf<C>) => Promise<Answer<C, Mode>>;

type Domains<Mode extends 'result' | 'value'> = {
  readonly [D in Domain]: {
    readonly [M in MethodOf<RequestChannel, D>]: Method<Extract<`${D}.${M}`, RequestChannel>, Mode>;
  };
};

/** Typed subscriptions to the core's pushes; each answers an unsubscribe. */
export interface Subscriptions {
  on<E extends EventChannel>(event: E, listener: (payload: EventOf<E>) => void): () => void;
}

/**
 * `window.quickmeet`: one method per request channel, grouped by domain
 * (`quickmeet.meetings.createInstant(...)`), plus `on(event, listener)` returning an unsubscribe.
 */
export type QuickmeetApi = Domains<'result'> & Subscriptions;

/**
 * The same contract for callers inside the main process (the tray, the shortcut, the CLI): calls go
 * through the dispatcher like the window's (validation, defaults), answer the value and throw `AppError`.
 */
export type InProcessApi = Domains<'value'> & Subscriptions;
