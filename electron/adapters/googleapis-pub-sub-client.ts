import { GoogleAuth } from 'google-auth-library';
import { pubsub_v1 } from 'googleapis/build/src/apis/pubsub/v1.js';
import type { AccessTokenSource } from '../core/ports/access-token';
import { PolicyConflict, type IamPolicy, type PubSubApi, type PulledMessage } from '../core/ports/pub-sub-api';
import { CoreTokenAuthClient } from './core-token-auth-client';
import type { ServiceWords } from './google-api-errors';
import { createGoogleCalls, type GoogleCallOptions } from './google-calls';
import { AnyJson, IamPolicyJson, PullJson } from './push-response-schemas';
import { DEFAULT_READ_RETRY } from './retry-policy';

/** How Pub/Sub errors speak of it. */
export const PUB_SUB_WORDS: ServiceWords = {
  api: 'Cloud Pub/Sub API',
  subject: 'the Pub/Sub resource',
  notFound: 'The Pub/Sub topic, subscription or project was not found.',
  forbidden: 'Google refused the Pub/Sub call: your account may not manage Pub/Sub in this project.',
};

/** Google holds a pull open until messages arrive or its own bound passes; this waits a little longer. */
export const PULL_TIMEOUT_MS = 90_000;

export interface PubSubClientOptions extends GoogleCallOptions {
  readonly tokens: AccessTokenSource;
  /** `https://pubsub.googleapis.com/` by default; the emulator's base URL + `/` in demo mode. */
  readonly rootUrl?: string;
}

class Exists extends Error {}
const exists = () => new Exists('exists');
/** Creates answer false when the resource was there already (409 ALREADY_EXISTS): reuse, not failure. */
const createdOrExisting = (create: Promise<unknown>): Promise<boolean> =>
  create.then(
    () => true,
    (error: unknown) => {
      if (error instanceof Exists) return false;
      throw error;
    },
  );

/**
 * The PubSubApi port over googleapis' narrow Pub/Sub v1 module, authorised by the core's token like
 * the Meet client. Pulls are long (held open by Google) and can be cut short with an AbortSignal.
 */
export function createGoogleapisPubSubClient(options: PubSubClientOptions): PubSubApi {
  const auth = new GoogleAuth({ authClient: new CoreTokenAuthClient(options.tokens) });
  const api = new pubsub_v1.Pubsub({ auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) });
  const calls = createGoogleCalls(options);
  // One attempt per pull: the pull loop backs off itself, and a pull cut short must not be repeated.
  const pulls = createGoogleCalls({ ...options, timeoutMs: PULL_TIMEOUT_MS, readRetry: { ...DEFAULT_READ_RETRY, maxAttempts: 1 } });
  const kind = { service: PUB_SUB_WORDS };
  const topics = api.projects.topics;
  const subscriptions = api.projects.subscriptions;
  const toPolicy = (json: { version?: number; etag?: string; bindings?: ReadonlyArray<{ role: string; members: ReadonlyArray<string> }> }): IamPolicy => ({
    ...(json.version !== undefined ? { version: json.version } : {}),
    ...(json.etag !== undefined ? { etag: json.etag } : {}),
    bindings: (json.bindings ?? []).map((b) => ({ role: b.role, members: [...b.members] })),
  });

  return {
    createTopic: (topic) => createdOrExisting(calls.write(AnyJson, 'created', (o) => topics.create({ name: topic, requestBody: {} }, o), { ...kind, conflict: exists })),
    deleteTopic: async (topic) => void (await calls.write(AnyJson, 'deleted', (o) => topics.delete({ topic }, o), kind)),
    getTopicPolicy: async (topic) => toPolicy(await calls.read(IamPolicyJson, (o) => topics.getIamPolicy({ resource: topic }, o), { write: false, ...kind })),
    setTopicPolicy: async (topic, policy) =>
      toPolicy(
        await calls.write(
          IamPolicyJson,
          'changed',
          (o) => topics.setIamPolicy({ resource: topic, requestBody: { policy: { ...policy, bindings: policy.bindings.map((b) => ({ role: b.role, members: [...b.members] })) } } }, o),
          // 409 ABORTED: the etag no longer matches (someone changed the policy since it was read).
          { ...kind, conflict: () => new PolicyConflict() },
        ),
      ),
    createSubscription: (subscription, topic, ackDeadlineSeconds) =>
      createdOrExisting(calls.write(AnyJson, 'created', (o) => subscriptions.create({ name: subscription, requestBody: { topic, ackDeadlineSeconds } }, o), { ...kind, conflict: exists })),
    deleteSubscription: async (subscription) => void (await calls.write(AnyJson, 'deleted', (o) => subscriptions.delete({ subscription }, o), kind)),
    async pull(subscription, maxMessages, signal) {
      // A pull changes nothing until acknowledged: it is safe to send again, like a read.
      const body = await pulls.read(PullJson, (o) => subscriptions.pull({ subscription, requestBody: { maxMessages } }, { ...o, ...(signal ? { signal } : {}) }), { write: false, ...kind });
      return (body.receivedMessages ?? []).map(
        (received): PulledMessage => ({
          ackId: received.ackId,
          ...(received.message.data !== undefined ? { data: received.message.data } : {}),
          ...(received.message.attributes ? { attributes: received.message.attributes } : {}),
          ...(received.message.messageId ? { messageId: received.message.messageId } : {}),
          ...(received.message.publishTime ? { publishTime: received.message.publishTime } : {}),
        }),
      );
    },
    acknowledge: async (subscription, ackIds) =>
      void (await calls.write(AnyJson, 'acknowledged', (o) => subscriptions.acknowledge({ subscription, requestBody: { ackIds: [...ackIds] } }, o), kind)),
  };
}
