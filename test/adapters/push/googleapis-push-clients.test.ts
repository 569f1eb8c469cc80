import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CLIENT, DEMO_PROJECT_ID, PushControl } from '@quickmeet/emulator';
import { createGoogleapisPubSubClient } from '../../../electron/adapters/googleapis-pub-sub-client';
import { createGoogleapisWorkspaceEventsClient } from '../../../electron/adapters/googleapis-workspace-events-client';
import { PolicyConflict } from '../../../electron/core/ports/pub-sub-api';
import { SubscriptionExists } from '../../../electron/core/ports/workspace-events-api';
import type { AccessTokenSource } from '../../../electron/core/ports/access-token';
import { fixedToken } from '../../support/in-memory-ports';
import { CREATED_SCOPE, emulatorPerFile, instantRetries, type MeetEmulator } from '../meet/emulator-harness';

const PUBSUB_SCOPE = 'https://www.googleapis.com/auth/pubsub';
const TOPIC = `projects/${DEMO_PROJECT_ID}/topics/adapter-test`;
const PULL = `projects/${DEMO_PROJECT_ID}/subscriptions/adapter-test`;
const PUBLISHER = { role: 'roles/pubsub.publisher', members: ['serviceAccount:meet-api-event-push@system.gserviceaccount.com'] };

const shared = emulatorPerFile();
let emu: MeetEmulator;
beforeEach(() => {
  emu = shared();
});

const token = async () => (await emu.control.mintToken('ada@quickmeet.test', [CREATED_SCOPE, PUBSUB_SCOPE], { clientId: DEMO_CLIENT.clientId })).access_token;
const clients = async (options: { tokens?: AccessTokenSource; timeoutMs?: number } = {}) => {
  const tokens = options.tokens ?? fixedToken(await token());
  const common = { tokens, rootUrl: `${emu.emulator.baseUrl}/`, retryEnvironment: instantRetries(), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  return { pubsub: createGoogleapisPubSubClient(common), events: createGoogleapisWorkspaceEventsClient({ ...common, sleep: async () => undefined }) };
};

describe('Pub/Sub and Workspace Events clients against the emulator', () => {
  it('creates or reuses a topic, writes the grant with its etag, pulls and acknowledges a Meet event', async () => {
    const { pubsub, events } = await clients();
    expect(await pubsub.createTopic(TOPIC)).toBe(true);
    expect(await pubsub.createTopic(TOPIC)).toBe(false);
    const policy = await pubsub.getTopicPolicy(TOPIC);
    await pubsub.setTopicPolicy(TOPIC, { ...policy, bindings: [PUBLISHER] });
    // The etag read before that write is stale now: 409 ABORTED.
    await expect(pubsub.setTopicPolicy(TOPIC, { ...policy, bindings: [] })).rejects.toBeInstanceOf(PolicyConflict);
    expect(await pubsub.createSubscription(PULL, TOPIC, 30)).toBe(true);
    expect(await pubsub.createSubscription(PULL, TOPIC, 30)).toBe(false);

    const space = await emu.control.createSpace({ owner: 'ada@quickmeet.test', clientId: DEMO_CLIENT.clientId });
    const target = `//meet.googleapis.com/${space.name}`;
    const created = await events.createSubscription({ targetResource: target, eventTypes: ['google.workspace.meet.conference.v2.started'], pubsubTopic: TOPIC, ttl: '86400s' });
    expect(created).toMatchObject({ targetResource: target, state: 'ACTIVE' });
    await expect(events.createSubscription({ targetResource: target, eventTypes: ['google.workspace.meet.conference.v2.started'], pubsubTopic: TOPIC, ttl: '86400s' })).rejects.toBeInstanceOf(SubscriptionExists);
    expect((await events.listSubscriptions(`event_types:"google.workspace.meet.conference.v2.started" AND target_resource="${target}"`)).map((s) => s.name)).toEqual([created.name]);
    const renewed = await events.renewSubscription(created.name, '604800s');
    expect(Date.parse(renewed.expireTime!)).toBeGreaterThan(Date.parse(created.expireTime!));

    await emu.control.startConference(space.name);
    const [message] = await pubsub.pull(PULL, 10);
    expect(message?.attributes?.['ce-type']).toBe('google.workspace.meet.conference.v2.started');
    await pubsub.acknowledge(PULL, [message!.ackId]);
    expect((await new PushControl(emu.emulator.baseUrl).pubsubSubscriptions()).find((s) => s.name === PULL)).toMatchObject({ waiting: 0, outstanding: 0 });

    await events.deleteSubscription(created.name);
    await events.deleteSubscription(created.name); // allowMissing: already gone is done
    await pubsub.deleteSubscription(PULL);
    await pubsub.deleteTopic(TOPIC);
  });

  it('cuts a held pull short when asked', async () => {
    const { pubsub } = await clients();
    await pubsub.createTopic(`${TOPIC}-held`);
    await pubsub.createSubscription(`${PULL}-held`, `${TOPIC}-held`, 30);
    const abort = new AbortController();
    const pulling = pubsub.pull(`${PULL}-held`, 10, abort.signal);
    setTimeout(() => abort.abort(), 50);
    await expect(pulling).rejects.toBeDefined();
  });
});

describe('the fault matrix on the push request paths (F1, F3–F7, F9, F12, F33)', () => {
  it('retries a GET through two 503s (F4), gives up on a 500 burst with the API named (F3), and waits Retry-After on a 429 (F1)', async () => {
    const { events, pubsub } = await clients();
    await pubsub.createTopic(`${TOPIC}-f`);
    await emu.fault({ method: 'pubsub.projects.topics.getIamPolicy', kind: 'status', status: 503, count: 2 });
    await expect(pubsub.getTopicPolicy(`${TOPIC}-f`)).resolves.toMatchObject({ bindings: [] });
    expect(await emu.attempts('pubsub.projects.topics.getIamPolicy')).toBe(3);
    await emu.fault({ method: 'workspaceevents.subscriptions.get', kind: 'status', status: 500, count: 10 });
    await expect(events.getSubscription('subscriptions/x')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await emu.fault({ method: 'pubsub.projects.subscriptions.pull', kind: 'status', status: 429, retryAfterSeconds: 7, count: 1 });
    // A pull is tried once (the pull loop backs off itself) and passes the wait on.
    await expect(pubsub.pull(`${PULL}-none`, 1)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', retryAfterSeconds: 7 });
    expect(await emu.attempts('pubsub.projects.subscriptions.pull')).toBe(1);
  });

  it('sends writes once: a 503 on create is a clear error (F5), a reset on create is "may or may not have been created" (F7)', async () => {
    const { events, pubsub } = await clients();
    await emu.fault({ method: 'workspaceevents.subscriptions.create', kind: 'status', status: 503, count: 2 });
    await expect(events.createSubscription({ targetResource: '//meet.googleapis.com/spaces/x', eventTypes: ['google.workspace.meet.conference.v2.started'], pubsubTopic: TOPIC, ttl: '0s' })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await emu.attempts('workspaceevents.subscriptions.create')).toBe(1);
    await emu.fault({ method: 'pubsub.projects.topics.create', kind: 'reset', count: 1 });
    await expect(pubsub.createTopic(`${TOPIC}-reset`)).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN', message: expect.stringContaining('the Pub/Sub resource may or may not have been created') });
    expect(await emu.attempts('pubsub.projects.topics.create')).toBe(1);
  });

  it('times out a silent call (F6) and refuses a malformed 200 (F9)', async () => {
    const { events } = await clients({ timeoutMs: 300 });
    await emu.fault({ method: 'workspaceevents.subscriptions.list', kind: 'hang', count: 10 });
    await expect(events.listSubscriptions('event_types:"google.workspace.meet.conference.v2.started"')).rejects.toMatchObject({ code: expect.stringMatching(/TIMEOUT|UNAVAILABLE/) });
    await emu.control.clearFaults();
    await emu.fault({ method: 'workspaceevents.subscriptions.list', kind: 'malformed', count: 10 });
    await expect(events.listSubscriptions('event_types:"google.workspace.meet.conference.v2.started"')).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
  });

  it('replays once with a refreshed token after a 401 (F12), and words 403 and 404 for Pub/Sub (F33)', async () => {
    const good = await token();
    let asked = 0;
    const tokens: AccessTokenSource = { accessToken: async (refused) => ((asked += 1), refused ? good : 'stale-token') };
    const { pubsub } = await clients({ tokens });
    expect(await pubsub.createTopic(`${TOPIC}-401`)).toBe(true);
    expect(asked).toBe(2);
    const onlyMeet = await clients({ tokens: fixedToken((await emu.control.mintToken('ada@quickmeet.test', [CREATED_SCOPE])).access_token) });
    await expect(onlyMeet.pubsub.createTopic(`${TOPIC}-scope`)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(pubsub.getTopicPolicy(`projects/${DEMO_PROJECT_ID}/topics/missing`)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'The Pub/Sub topic, subscription or project was not found.' });
  });
});
