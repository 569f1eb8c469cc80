/**
 * An emulator with googleapis' narrow Workspace Events and Pub/Sub modules signed in against it (the
 * client stack push mode uses), the push control helpers, and a helper that sets up a topic the way
 * an app must: created, Google's Meet publisher granted, a pull subscription attached.
 */
import { pubsub_v1 } from 'googleapis/build/src/apis/pubsub/v1.js';
import { workspaceevents_v1 } from 'googleapis/build/src/apis/workspaceevents/v1.js';
import type { EmulatorOptions } from '../src/index';
import { MEET_SCOPES } from '../src/control/control-client';
import { PushControl } from '../src/control/push-control-client';
import { startHarness, type EmulatorHarness } from './emulator-harness';

/** The Pub/Sub scope. */
export const PUBSUB_SCOPE = 'https://www.googleapis.com/auth/pubsub';

/** Google's Meet publisher, as a topic's IAM policy names it. */
export const MEET_PUBLISHER = 'serviceAccount:meet-api-event-push@system.gserviceaccount.com';

/** Names in the demo project. */
export const DEMO_TOPIC = 'projects/quickmeet-demo/topics/meet-events';
export const DEMO_SUBSCRIPTION = 'projects/quickmeet-demo/subscriptions/quickmeet-app';

/** Who signs in, with which scopes, through which OAuth client. */
export interface SignIn {
  readonly account?: string;
  readonly scopes?: ReadonlyArray<string>;
  readonly clientId?: string;
}

/** The harness. */
export interface PushHarness {
  readonly h: EmulatorHarness;
  readonly push: PushControl;
  pubsub(signIn?: SignIn): Promise<pubsub_v1.Pubsub>;
  events(signIn?: SignIn): Promise<workspaceevents_v1.Workspaceevents>;
  /** Creates `topic` (publisher granted unless `grant: false`) and a pull subscription on it. */
  setUpTopic(options?: { topic?: string; subscription?: string; grant?: boolean; ackDeadlineSeconds?: number }): Promise<{ topic: string; subscription: string }>;
  close(): Promise<void>;
}

/** Starts an emulator for one test file; pulls with nothing to return are held 1 s unless told. */
export async function startPushHarness(options: EmulatorOptions = {}): Promise<PushHarness> {
  const h = await startHarness({ pullHoldSeconds: 1, ...options });
  const authFor = async ({ account = 'ada@quickmeet.test', scopes, clientId }: SignIn, fallback: ReadonlyArray<string>) => {
    const minted = await h.control.mintToken(account, scopes ?? fallback, clientId === undefined ? {} : { clientId });
    const auth = h.oauthClient();
    auth.setCredentials({ access_token: minted.access_token, expiry_date: Date.now() + 365 * 86_400_000 });
    return auth;
  };
  const harness: PushHarness = {
    h,
    push: new PushControl(h.baseUrl),
    pubsub: async (signIn = {}) => new pubsub_v1.Pubsub({ rootUrl: `${h.baseUrl}/`, auth: await authFor(signIn, [PUBSUB_SCOPE]), retry: false }),
    events: async (signIn = {}) => new workspaceevents_v1.Workspaceevents({ rootUrl: `${h.baseUrl}/`, auth: await authFor(signIn, [MEET_SCOPES.created, MEET_SCOPES.readonly]), retry: false }),
    async setUpTopic({ topic = DEMO_TOPIC, subscription = DEMO_SUBSCRIPTION, grant = true, ackDeadlineSeconds = 10 } = {}) {
      const pubsub = await harness.pubsub();
      await pubsub.projects.topics.create({ name: topic, requestBody: {} });
      if (grant) {
        const policy = (await pubsub.projects.topics.getIamPolicy({ resource: topic })).data;
        await pubsub.projects.topics.setIamPolicy({ resource: topic, requestBody: { policy: { etag: policy.etag!, bindings: [{ role: 'roles/pubsub.publisher', members: [MEET_PUBLISHER] }] } } });
      }
      await pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic, ackDeadlineSeconds } });
      return { topic, subscription };
    },
    close: () => h.close(),
  };
  return harness;
}

/** The JSON a Pub/Sub message's base64 `data` holds. */
export const decodeData = (data: string | null | undefined): unknown => JSON.parse(Buffer.from(data ?? '', 'base64').toString('utf8'));
