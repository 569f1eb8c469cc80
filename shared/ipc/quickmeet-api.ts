import type { EventChannel, EventOf, RequestChannel, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
type MethodOf<C extends string, D extends string> = C extends `${D}.${infer M}` ? M : never;
type Domain = DomainOf<RequestChannel>;

type Method<C extends RequestChannel> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/**
 * `window.quickmeet`: one method per request channel, grouped by domain
 * (`quickmeet.meetings.createInstant(...)`), plus `on(event, listener)` returning an unsubscribe.
 */
export type QuickmeetApi = {
  readonly [D in Domain]: {
    readonly [M in MethodOf<RequestChannel, D>]: Method<Extract<`${D}.${M}`, RequestChannel>>;
  };
} & {
  on<E extends EventChannel>(event: E, listener: (payload: EventOf<E>) => void): () => void;
};
