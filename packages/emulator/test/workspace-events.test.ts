/**
 * Workspace Events v1 for Meet through googleapis' workspaceevents module: subscriptions as
 * long-running operations, list with its required filter, ALREADY_EXISTS, the 7-day TTL on the
 * emulator clock with reminders and expiry, suspension (missing publisher grant, missing topic,
 * revoked user grant) and reactivate. Every answer is discovery-valid.
 */
import type { workspaceevents_v1 } from 'googleapis/build/src/apis/workspaceevents/v1.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { validateAgainstSchema } from './discovery/discovery-validator';
import { googleError, valid } from './emulator-harness';
import { decodeData, PUBSUB_SCOPE, startPushHarness, type PushHarness } from './push-harness';

let p: PushHarness;
beforeAll(async () => {
  p = await startPushHarness();
});
afterAll(() => p.close());

const JOINED = 'google.workspace.meet.participant.v2.joined';
const LEFT = 'google.workspace.meet.participant.v2.left';
const ADA_USER = '//cloudidentity.googleapis.com/users/100000000000000000001';

let serial = 0;
/** A fresh topic (granted unless told) and pull subscription per test. */
const topicFor = async (grant = true) => {
  serial += 1;
  return p.setUpTopic({ topic: `projects/quickmeet-demo/topics/events-${serial}`, subscription: `projects/quickmeet-demo/subscriptions/app-${serial}`, grant });
};
/** A space Ada's app created (so `meetings.space.created` reaches it). */
const appSpace = async () => (await (await p.h.meet({ scopes: [MEET_SCOPES.created] })).spaces.create({ requestBody: {} })).data.name!.split('/')[1]!;

/** Checks an operation and the Subscription inside it against the discovery schemas; returns the subscription. */
const subscriptionOf = (methodId: string, operation: workspaceevents_v1.Schema$Operation): workspaceevents_v1.Schema$Subscription => {
  valid(methodId, operation);
  expect(operation).toMatchObject({ done: true, response: { '@type': 'type.googleapis.com/google.apps.events.subscriptions.v1.Subscription' } });
  const { '@type': _, ...subscription } = operation.response as Record<string, unknown>;
  expect(validateAgainstSchema('Subscription', subscription, { api: 'workspaceevents' })).toEqual([]);
  return subscription;
};

const create = async (events: workspaceevents_v1.Workspaceevents, body: workspaceevents_v1.Schema$Subscription) =>
  subscriptionOf('workspaceevents.subscriptions.create', (await events.subscriptions.create({ requestBody: body })).data);

describe('create, get, list and operations.get', () => {
  it('a space subscription is a finished operation holding an ACTIVE subscription that expires in 7 days', async () => {
    const events = await p.events({ scopes: [MEET_SCOPES.created] });
    const { topic } = await topicFor();
    const space = await appSpace();
    const now = Date.parse(await p.h.control.now());
    const operation = (await events.subscriptions.create({ requestBody: { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED, LEFT], notificationEndpoint: { pubsubTopic: topic } } })).data;
    const created = subscriptionOf('workspaceevents.subscriptions.create', operation);
    expect(created).toMatchObject({ targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED, LEFT], notificationEndpoint: { pubsubTopic: topic }, state: 'ACTIVE', authority: 'users/100000000000000000001', userAuthority: 'users/100000000000000000001' });
    expect(Date.parse(created.expireTime!) - now).toBeGreaterThanOrEqual(7 * 86_400_000 - 60_000);
    expect(Date.parse(created.expireTime!) - now).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
    expect(valid('workspaceevents.subscriptions.get', (await events.subscriptions.get({ name: created.name! })).data)).toEqual(created);
    expect(valid('workspaceevents.operations.get', (await events.operations.get({ name: operation.name! })).data)).toEqual(operation);
    const listed = valid('workspaceevents.subscriptions.list', (await events.subscriptions.list({ filter: `event_types:"${JOINED}" AND target_resource="//meet.googleapis.com/spaces/${space}"` })).data);
    expect(listed.subscriptions).toEqual([created]);
    expect((await events.subscriptions.list({ filter: `event_types:"google.workspace.meet.conference.v2.started"` })).data).toEqual({});
  });

  it('list requires a filter naming an event type, in the documented grammar', async () => {
    const events = await p.events();
    for (const filter of [undefined, `target_resource="${ADA_USER}"`, `event_types="${JOINED}"`, `event_types:"${JOINED}" AND`, 'nonsense']) {
      expect(await googleError(events.subscriptions.list(filter === undefined ? {} : { filter }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    }
    expect((await events.subscriptions.list({ filter: `( event_types:"${JOINED}" OR event_types:"${LEFT}" ) AND target_resource="${ADA_USER}"` })).status).toBe(200);
  });

  it('a second subscription for the same user and target is ALREADY_EXISTS', async () => {
    const events = await p.events();
    const { topic } = await topicFor();
    const space = await appSpace();
    const body = { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } };
    const preview = subscriptionOf('workspaceevents.subscriptions.create', (await events.subscriptions.create({ validateOnly: true, requestBody: body })).data);
    expect(preview.targetResource).toBe(body.targetResource);
    expect((await p.push.workspaceSubscriptions()).some((s) => s.targetResource === body.targetResource)).toBe(false);
    const first = await create(events, body);
    expect(await googleError(events.subscriptions.create({ requestBody: { ...body, eventTypes: [LEFT] } }))).toMatchObject({ code: 409, status: 'ALREADY_EXISTS', message: expect.stringContaining(first.name!) });
  });

  it('refuses a meeting code as target, unknown event types, no topic, resource payloads, and a TTL past 7 days', async () => {
    const events = await p.events();
    const { topic } = await topicFor();
    const meet = await p.h.meet({ scopes: [MEET_SCOPES.created] });
    const space = (await meet.spaces.create({ requestBody: {} })).data;
    const good = { targetResource: `//meet.googleapis.com/${space.name}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } };
    for (const bad of [
      { ...good, targetResource: `//meet.googleapis.com/spaces/${space.meetingCode}` },
      { ...good, targetResource: '//chat.googleapis.com/spaces/abc' },
      { ...good, eventTypes: ['google.workspace.meet.participant.v2.waved'] },
      { ...good, eventTypes: [] },
      { ...good, notificationEndpoint: {} },
      { ...good, notificationEndpoint: { pubsubTopic: 'meet-events' } },
      { ...good, payloadOptions: { includeResource: true } },
      { ...good, ttl: '604801s' },
      { ...good, ttl: '3600s', expireTime: '2099-01-01T00:00:00Z' },
    ]) {
      expect(await googleError(events.subscriptions.create({ requestBody: bad })), JSON.stringify(bad)).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    }
    expect(await googleError(events.subscriptions.create({ requestBody: { ...good, targetResource: '//meet.googleapis.com/spaces/NoSuchSpace1' } }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
  });

  it('scopes as for Meet: a user target needs meetings.space.readonly and the signed-in user; a foreign space is PERMISSION_DENIED', async () => {
    const { topic } = await topicFor();
    const body = { targetResource: ADA_USER, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } };
    expect(await googleError((await p.events({ scopes: [PUBSUB_SCOPE] })).subscriptions.create({ requestBody: body }))).toMatchObject({ code: 403, status: 'PERMISSION_DENIED', message: 'Request had insufficient authentication scopes.' });
    expect(await googleError((await p.events({ scopes: [MEET_SCOPES.created] })).subscriptions.create({ requestBody: body }))).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    expect(await googleError((await p.events({ account: 'grace@quickmeet.test', scopes: [MEET_SCOPES.readonly] })).subscriptions.create({ requestBody: body }))).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    const foreign = (await p.h.control.createSpace({ owner: 'grace@quickmeet.test' })).name;
    expect(await googleError((await p.events({ scopes: [MEET_SCOPES.created, MEET_SCOPES.readonly] })).subscriptions.create({ requestBody: { ...body, targetResource: `//meet.googleapis.com/${foreign}` } }))).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    const user = await create(await p.events({ scopes: [MEET_SCOPES.readonly] }), body);
    expect(user).toMatchObject({ targetResource: ADA_USER, state: 'ACTIVE' });
  });
});

describe('suspension and reactivate', () => {
  it('without the publisher grant the subscription is SUSPENDED (ENDPOINT_PERMISSION_DENIED); reactivate works once the grant is there', async () => {
    const events = await p.events();
    const { topic } = await topicFor(false);
    const space = await appSpace();
    const created = await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } });
    expect(created).toMatchObject({ state: 'SUSPENDED', suspensionReason: 'ENDPOINT_PERMISSION_DENIED' });
    expect(await googleError(events.subscriptions.reactivate({ name: created.name!, requestBody: {} }))).toMatchObject({ code: 400, status: 'FAILED_PRECONDITION' });
    await p.push.setMeetPublisher(topic, true);
    const reactivated = subscriptionOf('workspaceevents.subscriptions.reactivate', (await events.subscriptions.reactivate({ name: created.name!, requestBody: {} })).data);
    expect(reactivated.state).toBe('ACTIVE');
    expect(reactivated).not.toHaveProperty('suspensionReason');
    expect(await googleError(events.subscriptions.reactivate({ name: created.name!, requestBody: {} }))).toMatchObject({ code: 400, status: 'FAILED_PRECONDITION' });
  });

  it('a topic that does not exist, or lives in another project than the OAuth client, is ENDPOINT_NOT_FOUND', async () => {
    await p.push.addProject('someone-else');
    const pubsub = await p.pubsub();
    await pubsub.projects.topics.create({ name: 'projects/someone-else/topics/theirs', requestBody: {} });
    for (const pubsubTopic of ['projects/quickmeet-demo/topics/never-made', 'projects/someone-else/topics/theirs']) {
      const events = await p.events();
      const space = await appSpace();
      const created = await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic } });
      expect(created).toMatchObject({ state: 'SUSPENDED', suspensionReason: 'ENDPOINT_NOT_FOUND' });
    }
  });

  it('a grant taken away later suspends the subscription at the next event, and nothing reaches the topic', async () => {
    const events = await p.events();
    const { topic } = await topicFor();
    const space = await appSpace();
    const created = await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } });
    await p.push.setMeetPublisher(topic, false);
    const record = await p.h.control.startConference(space);
    await p.h.control.join(record.name, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    expect((await events.subscriptions.get({ name: created.name! })).data).toMatchObject({ state: 'SUSPENDED', suspensionReason: 'ENDPOINT_PERMISSION_DENIED' });
    expect(await p.push.published(topic)).toEqual([]);
  });

  it('the user revoking the grant suspends with USER_SCOPE_REVOKED and sends a `suspended` lifecycle event', async () => {
    const { topic } = await topicFor();
    const minted = await p.h.control.mintToken('katherine@quickmeet.test', [MEET_SCOPES.readonly], { offline: true });
    const auth = p.h.oauthClient();
    auth.setCredentials({ access_token: minted.access_token, expiry_date: Date.now() + 86_400_000 });
    const { workspaceevents_v1: api } = await import('googleapis/build/src/apis/workspaceevents/v1.js');
    const events = new api.Workspaceevents({ rootUrl: `${p.h.baseUrl}/`, auth, retry: false });
    const created = await create(events, { targetResource: '//cloudidentity.googleapis.com/users/100000000000000000004', eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } });
    await p.h.control.revokeTokens({ token: minted.refresh_token! });
    const [stored] = (await p.push.workspaceSubscriptions()).filter((s) => s.name === created.name);
    expect(stored).toMatchObject({ state: 'SUSPENDED', suspensionReason: 'USER_SCOPE_REVOKED' });
    const [event] = await p.push.published(topic);
    expect(event?.attributes).toMatchObject({ 'ce-type': 'google.workspace.events.subscription.v1.suspended', 'ce-source': `//workspaceevents.googleapis.com/${created.name}`, 'ce-subject': `//workspaceevents.googleapis.com/${created.name}` });
    expect(event?.json).toMatchObject({ subscription: { name: created.name, state: 'SUSPENDED', suspensionReason: 'USER_SCOPE_REVOKED' } });
  });
});

describe('expiry on the emulator clock', () => {
  it('reminders go out 12 h and 1 h before expiry; then `expired`, and the subscription is gone', async () => {
    const events = await p.events();
    const { topic } = await topicFor();
    const space = await appSpace();
    const created = await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic }, ttl: '172800s' });
    const types = async () => (await p.push.published(topic)).map((m) => m.attributes['ce-type']);
    await p.h.control.advanceClock(36 * 3600 - 60);
    expect(await types()).toEqual([]);
    await p.h.control.advanceClock(120);
    expect(await types()).toEqual(['google.workspace.events.subscription.v1.expirationReminder']);
    await p.h.control.advanceClock(11 * 3600);
    expect(await types()).toEqual(['google.workspace.events.subscription.v1.expirationReminder', 'google.workspace.events.subscription.v1.expirationReminder']);
    await p.h.control.advanceClock(3600);
    expect((await types()).at(-1)).toBe('google.workspace.events.subscription.v1.expired');
    expect((await p.push.published(topic)).at(-1)?.json).toMatchObject({ subscription: { name: created.name } });
    // Access tokens follow the emulator clock too: sign in again after two days.
    expect(await googleError((await p.events()).subscriptions.get({ name: created.name! }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
  });

  it('patching the ttl renews: the expiry moves and the old reminders do not fire', async () => {
    let events = await p.events();
    const { topic } = await topicFor();
    const space = await appSpace();
    const created = await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic }, ttl: '86400s' });
    await p.h.control.advanceClock(600);
    const renewed = subscriptionOf('workspaceevents.subscriptions.patch', (await events.subscriptions.patch({ name: created.name!, updateMask: 'ttl', requestBody: { ttl: '0s' } })).data);
    const now = Date.parse(await p.h.control.now());
    expect(Date.parse(renewed.expireTime!) - now).toBeGreaterThan(7 * 86_400_000 - 60_000);
    await p.h.control.advanceClock(24 * 3600);
    expect(await p.push.published(topic)).toEqual([]);
    events = await p.events();
    expect((await events.subscriptions.get({ name: created.name! })).data.state).toBe('ACTIVE');
    expect(await googleError(events.subscriptions.patch({ name: created.name!, updateMask: 'targetResource', requestBody: { targetResource: ADA_USER } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(await googleError(events.subscriptions.patch({ name: created.name!, updateMask: 'ttl', requestBody: { ttl: '700000s' } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  });
});

describe('delete', () => {
  it('checks the etag, then deletes; allowMissing makes a second delete succeed', async () => {
    const events = await p.events();
    const { topic } = await topicFor();
    const space = await appSpace();
    const created = await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } });
    expect(await googleError(events.subscriptions.delete({ name: created.name!, etag: 'stale' }))).toMatchObject({ code: 409, status: 'ABORTED' });
    const deleted = valid('workspaceevents.subscriptions.delete', (await events.subscriptions.delete({ name: created.name!, etag: created.etag! })).data);
    expect(deleted).toMatchObject({ done: true, response: { '@type': 'type.googleapis.com/google.protobuf.Empty' } });
    expect(await googleError(events.subscriptions.get({ name: created.name! }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    expect(await googleError(events.subscriptions.delete({ name: created.name! }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    expect((await events.subscriptions.delete({ name: created.name!, allowMissing: true })).data.done).toBe(true);
    // The target is free again.
    expect((await create(events, { targetResource: `//meet.googleapis.com/spaces/${space}`, eventTypes: [JOINED], notificationEndpoint: { pubsubTopic: topic } })).state).toBe('ACTIVE');
  });

  it('faults apply by method id and show in the request log', async () => {
    const events = await p.events();
    const since = (await p.h.control.requests()).at(-1)?.seq ?? 0;
    await p.h.control.setFaults({ method: 'workspaceevents.subscriptions.list', kind: 'status', status: 503 });
    expect(await googleError(events.subscriptions.list({ filter: `event_types:"${JOINED}"` }))).toMatchObject({ code: 503, status: 'UNAVAILABLE' });
    expect((await p.h.control.requests(since)).map((r) => [r.apiMethod, r.status])).toEqual([['workspaceevents.subscriptions.list', 503]]);
  });
});

describe('lifecycle payloads decode', () => {
  it('decodeData reads base64 JSON', () => {
    expect(decodeData(Buffer.from('{"a":1}').toString('base64'))).toEqual({ a: 1 });
  });
});
