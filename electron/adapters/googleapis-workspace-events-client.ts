import { GoogleAuth } from 'google-auth-library';
import { workspaceevents_v1 } from 'googleapis/build/src/apis/workspaceevents/v1.js';
import type { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import type { AccessTokenSource } from '../core/ports/access-token';
import { SubscriptionExists, type EventsSubscription, type WorkspaceEventsApi } from '../core/ports/workspace-events-api';
import { CoreTokenAuthClient } from './core-token-auth-client';
import type { ServiceWords } from './google-api-errors';
import { createGoogleCalls, type GoogleCallOptions } from './google-calls';
import { EventsSubscriptionJson, OperationJson, SubscriptionListJson } from './push-response-schemas';

/** How Workspace Events errors speak of it. */
export const WORKSPACE_EVENTS_WORDS: ServiceWords = {
  api: 'Google Workspace Events API',
  subject: 'the subscription',
  notFound: 'The events subscription was not found.',
  forbidden: 'Google refused the events subscription: check the project of the OAuth client and the Meet permissions.',
};

/** Waits between looks at a running operation: 250 ms doubling, for at most this long in all. */
const OPERATION_WAIT_MS = 30_000;

export interface WorkspaceEventsClientOptions extends GoogleCallOptions {
  readonly tokens: AccessTokenSource;
  /** `https://workspaceevents.googleapis.com/` by default; the emulator's base URL + `/` in demo mode. */
  readonly rootUrl?: string;
  /** Sleep between operation polls (tests pass an instant one). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** google.rpc.Code numbers the operation error may carry. */
const RPC_ALREADY_EXISTS = 6;
const RPC_CODE_TO_APP: Readonly<Record<number, AppError['code']>> = { 3: 'BAD_REQUEST', 5: 'NOT_FOUND', 7: 'PERMISSION_DENIED', 8: 'QUOTA_EXCEEDED', 14: 'UNAVAILABLE', 16: 'NEEDS_REAUTH' };

/**
 * The WorkspaceEventsApi port over googleapis' narrow Workspace Events v1 module, authorised by the
 * core's token like the Meet client. Create, renew and reactivate answer long-running operations,
 * which this client follows (`operations.get`) until done.
 */
export function createGoogleapisWorkspaceEventsClient(options: WorkspaceEventsClientOptions): WorkspaceEventsApi {
  const auth = new GoogleAuth({ authClient: new CoreTokenAuthClient(options.tokens) });
  const api = new workspaceevents_v1.Workspaceevents({ auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) });
  const calls = createGoogleCalls(options);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const kind = { service: WORKSPACE_EVENTS_WORDS };

  const subscriptionOf = (operation: z.infer<typeof OperationJson>, target: string): EventsSubscription => {
    if (operation.error) {
      const code = operation.error.code ?? 2;
      if (code === RPC_ALREADY_EXISTS) throw new SubscriptionExists(target);
      throw new AppError(RPC_CODE_TO_APP[code] ?? 'UNEXPECTED_RESPONSE', operation.error.message ?? 'The events subscription could not be changed.');
    }
    return calls.parse(EventsSubscriptionJson, operation.response) as EventsSubscription;
  };
  /** Follows an operation until `done`, then answers its subscription (or its error). */
  const finish = async (first: z.infer<typeof OperationJson>, target: string): Promise<EventsSubscription> => {
    let operation = first;
    for (let waited = 0, wait = 250; !operation.done; waited += wait, wait = Math.min(wait * 2, 4_000)) {
      if (waited >= OPERATION_WAIT_MS || !operation.name) throw new AppError('TIMEOUT', 'Google did not finish the events subscription in time. Try again.');
      await sleep(wait);
      const name = operation.name;
      operation = await calls.read(OperationJson, (o) => api.operations.get({ name }, o), { write: false, ...kind });
    }
    return subscriptionOf(operation, target);
  };
  const writeOperation = (verb: string, call: Parameters<typeof calls.write>[2]) => calls.write(OperationJson, verb, call, kind);

  return {
    async createSubscription(request) {
      const requestBody = { targetResource: request.targetResource, eventTypes: [...request.eventTypes], notificationEndpoint: { pubsubTopic: request.pubsubTopic }, ttl: request.ttl };
      const conflict = () => new SubscriptionExists(request.targetResource);
      return finish(await calls.write(OperationJson, 'created', (o) => api.subscriptions.create({ requestBody }, o), { ...kind, conflict }), request.targetResource);
    },
    getSubscription: async (name) => (await calls.read(EventsSubscriptionJson, (o) => api.subscriptions.get({ name }, o), { write: false, ...kind })) as EventsSubscription,
    async listSubscriptions(filter) {
      const found: EventsSubscription[] = [];
      let pageToken: string | undefined;
      do {
        const token = pageToken;
        const page = await calls.read(SubscriptionListJson, (o) => api.subscriptions.list({ filter, pageSize: 100, ...(token ? { pageToken: token } : {}) }, o), { write: false, ...kind });
        found.push(...((page.subscriptions ?? []) as EventsSubscription[]));
        pageToken = page.nextPageToken || undefined;
      } while (pageToken);
      return found;
    },
    renewSubscription: async (name, ttl) =>
      finish(await writeOperation('renewed', (o) => api.subscriptions.patch({ name, updateMask: 'ttl', requestBody: { ttl } }, o)), name),
    reactivateSubscription: async (name) => finish(await writeOperation('reactivated', (o) => api.subscriptions.reactivate({ name, requestBody: {} }, o)), name),
    async deleteSubscription(name) {
      const operation = await writeOperation('deleted', (o) => api.subscriptions.delete({ name, allowMissing: true }, o));
      if (operation.error) subscriptionOf(operation, name);
    },
  };
}
