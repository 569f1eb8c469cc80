/**
 * Push delivery around the edges: the Pub/Sub scope on the consent page (incremental consent), a demo
 * that restarts from its state file (topics, leases, subscriptions and their reminders survive),
 * reset, and every fault kind on the new methods as on the Meet ones.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuth2Client } from 'google-auth-library';
import { pubsub_v1 } from 'googleapis/build/src/apis/pubsub/v1.js';
import { workspaceevents_v1 } from 'googleapis/build/src/apis/workspaceevents/v1.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT, startEmulator } from '../src/index';
import { emulatorControl, MEET_SCOPES, PushControl } from '../src/control/control-client';
import { completeConsent, readConsentForm } from './consent-flow';
import { DEMO_SUBSCRIPTION, DEMO_TOPIC, MEET_PUBLISHER, PUBSUB_SCOPE, startPushHarness, type PushHarness } from './push-harness';

const REDIRECT = 'http://127.0.0.1:53682/callback';
const JOINED = 'google.workspace.meet.participant.v2.joined';

describe('the Pub/Sub scope on the consent page', () => {
  let p: PushHarness;
  beforeAll(async () => {
    p = await startPushHarness();
  });
  afterAll(() => p.close());

  it('is offered with Google’s wording and, granted later with include_granted_scopes, joins the Meet grant', async () => {
    const client = p.h.oauthClient(REDIRECT);
    const url = (scope: string[]) => client.generateAuthUrl({ access_type: 'offline', scope, include_granted_scopes: true, state: 's' });
    const first = await completeConsent(url([MEET_SCOPES.created]), { decision: 'allow' });
    await client.getToken(first.searchParams.get('code')!);
    const page = await (await fetch(url([PUBSUB_SCOPE]))).text();
    expect(readConsentForm(page).scopes).toEqual([PUBSUB_SCOPE]);
    expect(page).toContain('View and manage Pub/Sub topics and subscriptions.');
    const second = await completeConsent(url([PUBSUB_SCOPE]), { decision: 'allow' });
    const { tokens } = await client.getToken(second.searchParams.get('code')!);
    expect(tokens.scope?.split(' ').sort()).toEqual([MEET_SCOPES.created, PUBSUB_SCOPE].sort());
  });

  it('reset forgets topics, subscriptions and Workspace Events subscriptions', async () => {
    await p.setUpTopic();
    const space = (await p.h.control.createSpace({ owner: 'ada@quickmeet.test' })).name;
    await (await p.events()).subscriptions.create({ requestBody: { targetResource: `//meet.googleapis.com/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: DEMO_TOPIC } } });
    await p.h.control.reset();
    expect(await p.push.topics()).toEqual([]);
    expect(await p.push.pubsubSubscriptions()).toEqual([]);
    expect(await p.push.workspaceSubscriptions()).toEqual([]);
  });
});

describe('a demo restarted from its state file', () => {
  it('keeps the topic and its grant, unacknowledged events, and the subscription with its pending reminder', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'quickmeet-push-')), 'demo-google.json');
    const start = async () => {
      const emulator = await startEmulator({ stateFile });
      const control = emulatorControl(emulator.baseUrl);
      const token = await control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created, MEET_SCOPES.readonly, PUBSUB_SCOPE]);
      const auth = new OAuth2Client({ clientId: DEMO_CLIENT.clientId });
      auth.setCredentials({ access_token: token.access_token, expiry_date: Date.now() + 86_400_000 });
      const apis = { rootUrl: `${emulator.baseUrl}/`, auth, retry: false } as const;
      return { emulator, control, push: new PushControl(emulator.baseUrl), pubsub: new pubsub_v1.Pubsub(apis), events: new workspaceevents_v1.Workspaceevents(apis) };
    };
    const first = await start();
    await first.pubsub.projects.topics.create({ name: DEMO_TOPIC, requestBody: {} });
    await first.pubsub.projects.topics.setIamPolicy({ resource: DEMO_TOPIC, requestBody: { policy: { bindings: [{ role: 'roles/pubsub.publisher', members: [MEET_PUBLISHER] }] } } });
    await first.pubsub.projects.subscriptions.create({ name: DEMO_SUBSCRIPTION, requestBody: { topic: DEMO_TOPIC } });
    const space = (await first.control.createSpace({ owner: 'ada@quickmeet.test' })).name;
    const created = (await first.events.subscriptions.create({ requestBody: { targetResource: `//meet.googleapis.com/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: DEMO_TOPIC }, ttl: '86400s' } })).data;
    const name = (created.response as { name: string }).name;
    const record = (await first.control.startConference(space)).name;
    await first.control.join(record, { kind: 'anonymousUser', displayName: 'Before restart' });
    await first.emulator.close();

    const second = await start();
    try {
      expect((await second.push.topics()).map((t) => [t.name, t.policy.bindings])).toEqual([[DEMO_TOPIC, [{ role: 'roles/pubsub.publisher', members: [MEET_PUBLISHER] }]]]);
      expect((await second.events.subscriptions.get({ name })).data).toMatchObject({ name, state: 'ACTIVE' });
      const waiting = (await second.pubsub.projects.subscriptions.pull({ subscription: DEMO_SUBSCRIPTION, requestBody: { maxMessages: 10, returnImmediately: true } })).data.receivedMessages ?? [];
      expect(waiting.map((m) => m.message?.attributes?.['ce-type'])).toEqual([JOINED]);
      await second.pubsub.projects.subscriptions.acknowledge({ subscription: DEMO_SUBSCRIPTION, requestBody: { ackIds: waiting.map((m) => m.ackId!) } });
      await second.control.advanceClock(12 * 3600 + 60);
      expect((await second.push.published(DEMO_TOPIC)).map((m) => m.attributes['ce-type'])).toEqual(['google.workspace.events.subscription.v1.expirationReminder']);
    } finally {
      await second.emulator.close();
    }
  });
});

describe('faults on the push methods', () => {
  let p: PushHarness;
  beforeAll(async () => {
    p = await startPushHarness();
    await p.setUpTopic();
  });
  afterAll(() => p.close());

  const pull = async () => {
    const token = await p.h.control.mintToken('ada@quickmeet.test', [PUBSUB_SCOPE]);
    return fetch(`${p.h.baseUrl}/v1/${DEMO_SUBSCRIPTION}:pull`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ maxMessages: 1, returnImmediately: true }),
      signal: AbortSignal.timeout(5_000),
    });
  };

  it.each([
    ['html', async (r: Response) => expect([r.status, r.headers.get('content-type')]).toEqual([502, 'text/html; charset=UTF-8'])],
    ['malformed', async (r: Response) => expect(r.json()).rejects.toThrow()],
    ['wrongTypes', async (r: Response) => expect(await r.json()).toEqual({ name: 42 })],
  ] as const)('%s reaches the client on pubsub.projects.subscriptions.pull', async (kind, check) => {
    await p.h.control.setFaults({ method: 'pubsub.projects.subscriptions.pull', kind });
    await check(await pull());
  });

  it.each(['reset', 'truncated'] as const)('%s breaks the pull’s connection and is logged with status 0 or the cut answer', async (kind) => {
    const since = (await p.h.control.requests()).at(-1)?.seq ?? 0;
    await p.h.control.setFaults({ method: 'pubsub.projects.subscriptions.pull', kind });
    await expect(pull().then((r) => r.text())).rejects.toThrow();
    expect((await p.h.control.requests(since)).map((r) => [r.apiMethod, r.fault])).toEqual([['pubsub.projects.subscriptions.pull', kind]]);
  });

  it('hang leaves a Workspace Events create unanswered until the client gives up; with applyFirst the subscription exists', async () => {
    const space = (await p.h.control.createSpace({ owner: 'ada@quickmeet.test' })).name;
    await p.h.control.setFaults({ method: 'workspaceevents.subscriptions.create', kind: 'hang', applyFirst: true });
    const token = await p.h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.readonly]);
    const call = fetch(`${p.h.baseUrl}/v1/subscriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetResource: `//meet.googleapis.com/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: DEMO_TOPIC } }),
      signal: AbortSignal.timeout(500),
    });
    await expect(call).rejects.toThrow();
    expect((await p.push.workspaceSubscriptions()).map((s) => s.targetResource)).toContain(`//meet.googleapis.com/${space}`);
  });
});
