import { REQUEST_CHANNELS } from './channel-names';
import type { Dispatch } from './dispatcher';
import type { InProcessApi, Subscriptions } from './quickmeet-api';
import { AppError } from './result';

/**
 * The contract for a caller in the main process: one method per request channel, each through the
 * dispatcher (the same validation and defaults as the window's calls) under the caller's own sender
 * id; it answers the value or throws the `AppError`. Pushes arrive through `subscriptions`.
 */
export function createInProcessApi(dispatch: Dispatch, senderId: string, subscriptions: Subscriptions): InProcessApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const channel of REQUEST_CHANNELS) {
    const [domain, method] = channel.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][method] = async (request?: unknown) => {
      const result = await dispatch(channel, request ?? {}, { senderId });
      if (result.ok) return result.value;
      throw AppError.fromInfo(result.error);
    };
  }
  return { ...api, on: subscriptions.on } as unknown as InProcessApi;
}
