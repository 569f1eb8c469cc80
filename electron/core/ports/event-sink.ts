import type { EventChannel, EventOf } from '../../../shared/ipc/contract';

/** Pushes a contract event to every connected window. */
export interface EventSink {
  emit<E extends EventChannel>(event: E, payload: EventOf<E>): void;
}
