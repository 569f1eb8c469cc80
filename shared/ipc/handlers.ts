import type { ParsedRequestOf, RequestChannel, ResponseOf } from './contract';

/** Who sent a request; hosts fill it so handlers can tell windows apart if they need to. */
export interface RequestContext {
  readonly senderId: string;
}

/** The handler for one channel: parsed request in, response out; throws `AppError` to fail. */
export type Handler<C extends RequestChannel> = (
  request: ParsedRequestOf<C>,
  context: RequestContext,
) => Promise<ResponseOf<C>>;

/** One handler per channel. A channel without a handler does not compile. */
export type Handlers = { readonly [C in RequestChannel]: Handler<C> };

/** Handlers for a subset of channels, as each domain of the core provides them. */
export type HandlersFor<C extends RequestChannel> = { readonly [K in C]: Handler<K> };
