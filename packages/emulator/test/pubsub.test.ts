/**
 * Pub/Sub v1 through googleapis' pubsub module: topics with their IAM policy, pull subscriptions,
 * pull held open until a message arrives, acknowledge, modifyAckDeadline, redelivery after the ack
 * deadline on the emulator clock, and the errors Google sends. Every answer is discovery-valid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { MEET_SCOPES } from '../src/control/control-client';
import { googleError, valid } from './emulator-harness';
import { DEMO_TOPIC, MEET_PUBLISHER, startPushHarness, type PushHarness } from './push-harness';

let p: PushHarness;
beforeAll(async () => {
  p = await startPushHarness();
});
afterAll(() => p.close());

let serial = 0;
/** A fresh topic and subscription name per test, so tests share one emulator. */
const names = () => {
  serial += 1;
  return { topic: `projects/quickmeet-demo/topics/t-${serial}`, subscription: `projects/quickmeet-demo/subscriptions/s-${serial}` };
};
const publish = async (topic: string, text: string) => {
  const pubsub = await p.pubsub();
  return valid('pubsub.projects.topics.publish', (await pubsub.projects.topics.publish({ topic, requestBody: { messages: [{ data: Buffer.from(text).toString('base64'), attributes: { k: text } }] } })).data);
};

describe('topics', () => {
  it('create, get and delete, with Google’s errors for a taken name, a bad name, an unknown project and a missing topic', async () => {
    const pubsub = await p.pubsub();
    const { topic } = names();
    expect(valid('pubsub.projects.topics.create', (await pubsub.projects.topics.create({ name: topic, requestBody: { labels: { app: 'quickmeet' } } })).data)).toEqual({ name: topic, labels: { app: 'quickmeet' } });
    expect(valid('pubsub.projects.topics.get', (await pubsub.projects.topics.get({ topic })).data)).toEqual({ name: topic, labels: { app: 'quickmeet' } });
    expect(await googleError(pubsub.projects.topics.create({ name: topic, requestBody: {} }))).toMatchObject({ code: 409, status: 'ALREADY_EXISTS' });
    expect(await googleError(pubsub.projects.topics.create({ name: 'projects/quickmeet-demo/topics/goog-x', requestBody: {} }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(await googleError(pubsub.projects.topics.create({ name: 'projects/someone-else/topics/abc', requestBody: {} }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    expect(valid('pubsub.projects.topics.delete', (await pubsub.projects.topics.delete({ topic })).data)).toEqual({});
    expect(await googleError(pubsub.projects.topics.get({ topic }))).toMatchObject({ code: 404, status: 'NOT_FOUND', message: `Resource not found (resource=${topic.split('/').pop()}).` });
  });

  it('needs the pubsub scope', async () => {
    const meetOnly = await p.pubsub({ scopes: [MEET_SCOPES.created] });
    expect(await googleError(meetOnly.projects.topics.get({ topic: DEMO_TOPIC }))).toMatchObject({ code: 403, status: 'PERMISSION_DENIED', message: 'Request had insufficient authentication scopes.' });
  });

  it('getIamPolicy/setIamPolicy: an empty policy has only an etag; writes need the current etag', async () => {
    const pubsub = await p.pubsub();
    const { topic } = names();
    await pubsub.projects.topics.create({ name: topic, requestBody: {} });
    const empty = valid('pubsub.projects.topics.getIamPolicy', (await pubsub.projects.topics.getIamPolicy({ resource: topic })).data);
    expect(Object.keys(empty)).toEqual(['etag']);
    const bindings = [{ role: 'roles/pubsub.publisher', members: [MEET_PUBLISHER] }];
    const written = valid('pubsub.projects.topics.setIamPolicy', (await pubsub.projects.topics.setIamPolicy({ resource: topic, requestBody: { policy: { etag: empty.etag!, bindings } } })).data);
    expect(written).toMatchObject({ bindings });
    expect(written.etag).not.toBe(empty.etag);
    expect(valid('pubsub.projects.topics.getIamPolicy', (await pubsub.projects.topics.getIamPolicy({ resource: topic })).data)).toEqual(written);
    expect(await googleError(pubsub.projects.topics.setIamPolicy({ resource: topic, requestBody: { policy: { etag: empty.etag!, bindings: [] } } }))).toMatchObject({ code: 409, status: 'ABORTED' });
    expect(await googleError(pubsub.projects.topics.setIamPolicy({ resource: topic, requestBody: { policy: { bindings: [{ role: 'publisher', members: ['x'] }] } } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect((await p.push.topics()).find((t) => t.name === topic)?.policy.bindings).toEqual(bindings);
  });
});

describe('subscriptions', () => {
  it('create (PUT {topic, ackDeadlineSeconds}), get and delete, with Google’s errors', async () => {
    const pubsub = await p.pubsub();
    const { topic, subscription } = names();
    expect(await googleError(pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic } }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    await pubsub.projects.topics.create({ name: topic, requestBody: {} });
    expect(await googleError(pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic, ackDeadlineSeconds: 5 } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    const created = valid('pubsub.projects.subscriptions.create', (await pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic, ackDeadlineSeconds: 20 } })).data);
    expect(created).toMatchObject({ name: subscription, topic, ackDeadlineSeconds: 20, state: 'ACTIVE' });
    expect(valid('pubsub.projects.subscriptions.get', (await pubsub.projects.subscriptions.get({ subscription })).data)).toEqual(created);
    expect(await googleError(pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic } }))).toMatchObject({ code: 409, status: 'ALREADY_EXISTS' });
    expect(await googleError(pubsub.projects.subscriptions.create({ name: `${subscription}x`, requestBody: { topic, pushConfig: { pushEndpoint: 'https://example.com' } } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(valid('pubsub.projects.subscriptions.delete', (await pubsub.projects.subscriptions.delete({ subscription })).data)).toEqual({});
    expect(await googleError(pubsub.projects.subscriptions.get({ subscription }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
  });

  it('a subscription sees only messages published after it was created; deleting the topic detaches it', async () => {
    const pubsub = await p.pubsub();
    const { topic, subscription } = names();
    await pubsub.projects.topics.create({ name: topic, requestBody: {} });
    await publish(topic, 'before');
    await pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic } });
    await publish(topic, 'after');
    const pulled = valid('pubsub.projects.subscriptions.pull', (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 10 } })).data);
    expect(pulled.receivedMessages?.map((m) => m.message?.attributes?.k)).toEqual(['after']);
    await pubsub.projects.topics.delete({ topic });
    expect((await pubsub.projects.subscriptions.get({ subscription })).data.topic).toBe('_deleted-topic_');
  });
});

describe('pull, acknowledge, modifyAckDeadline', () => {
  const setUp = async (ackDeadlineSeconds = 10) => {
    const pubsub = await p.pubsub();
    const { topic, subscription } = names();
    await pubsub.projects.topics.create({ name: topic, requestBody: {} });
    await pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic, ackDeadlineSeconds } });
    return { pubsub, topic, subscription };
  };

  it('pull returns what waits (maxMessages at most), ack removes it, returnImmediately answers {} at once', async () => {
    const { pubsub, topic, subscription } = await setUp();
    const ids = [(await publish(topic, 'one')).messageIds![0], (await publish(topic, 'two')).messageIds![0], (await publish(topic, 'three')).messageIds![0]];
    const first = valid('pubsub.projects.subscriptions.pull', (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 2 } })).data);
    expect(first.receivedMessages?.map((m) => m.message?.messageId)).toEqual(ids.slice(0, 2));
    expect(Buffer.from(first.receivedMessages![0]!.message!.data!, 'base64').toString()).toBe('one');
    const second = valid('pubsub.projects.subscriptions.pull', (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 10 } })).data);
    expect(second.receivedMessages?.map((m) => m.message?.messageId)).toEqual(ids.slice(2));
    const ackIds = [...first.receivedMessages!, ...second.receivedMessages!].map((m) => m.ackId!);
    expect(valid('pubsub.projects.subscriptions.acknowledge', (await pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds } })).data)).toEqual({});
    expect((await p.push.pubsubSubscriptions()).find((s) => s.name === subscription)).toMatchObject({ waiting: 0, outstanding: 0 });
    expect((await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1, returnImmediately: true } })).data).toEqual({});
  });

  it('a pull with nothing to take is held open until a message arrives', async () => {
    const { pubsub, topic, subscription } = await setUp();
    await p.h.control.setSettings({ pullHoldSeconds: 60 });
    try {
      const pulling = pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 5 } });
      await expect.poll(async () => (await p.push.pubsubSubscriptions()).find((s) => s.name === subscription)?.pullsWaiting, { timeout: 10_000 }).toBe(1);
      await publish(topic, 'late');
      const { data } = await pulling;
      expect(data.receivedMessages?.map((m) => m.message?.attributes?.k)).toEqual(['late']);
    } finally {
      await p.h.control.setSettings({ pullHoldSeconds: 1 });
    }
  });

  it('a held pull answers {} when its bound runs out with nothing to take', async () => {
    const { pubsub, subscription } = await setUp();
    expect((await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 5 } })).data).toEqual({});
  });

  it('an unacknowledged message comes back after the ack deadline (emulator clock): same messageId, new ackId; the stale ackId does nothing', async () => {
    const { pubsub, topic, subscription } = await setUp(10);
    await publish(topic, 'again');
    const first = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1 } })).data.receivedMessages![0]!;
    expect((await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1, returnImmediately: true } })).data).toEqual({});
    await p.h.control.advanceClock(11);
    const second = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1, returnImmediately: true } })).data.receivedMessages![0]!;
    expect(second.message).toEqual(first.message);
    expect(second.ackId).not.toBe(first.ackId);
    await pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds: [first.ackId!] } });
    expect((await p.push.pubsubSubscriptions()).find((s) => s.name === subscription)).toMatchObject({ outstanding: 1 });
    await pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds: [second.ackId!] } });
    expect((await p.push.pubsubSubscriptions()).find((s) => s.name === subscription)).toMatchObject({ waiting: 0, outstanding: 0 });
  });

  it('modifyAckDeadline extends a lease, or with 0 hands the message back at once', async () => {
    const { pubsub, topic, subscription } = await setUp(10);
    await publish(topic, 'lease');
    const leased = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1 } })).data.receivedMessages![0]!;
    expect(valid('pubsub.projects.subscriptions.modifyAckDeadline', (await pubsub.projects.subscriptions.modifyAckDeadline({ subscription, requestBody: { ackIds: [leased.ackId!], ackDeadlineSeconds: 60 } })).data)).toEqual({});
    await p.h.control.advanceClock(30);
    expect((await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1, returnImmediately: true } })).data).toEqual({});
    await pubsub.projects.subscriptions.modifyAckDeadline({ subscription, requestBody: { ackIds: [leased.ackId!], ackDeadlineSeconds: 0 } });
    const back = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1, returnImmediately: true } })).data.receivedMessages![0]!;
    expect(back.message?.messageId).toBe(leased.message?.messageId);
    expect(await googleError(pubsub.projects.subscriptions.modifyAckDeadline({ subscription, requestBody: { ackIds: [back.ackId!], ackDeadlineSeconds: 601 } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  });

  it('refuses a missing maxMessages, no ack ids and a malformed ack id', async () => {
    const { pubsub, subscription } = await setUp();
    expect(await googleError(pubsub.projects.subscriptions.pull({ subscription, requestBody: {} }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(await googleError(pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds: [] } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(await googleError(pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds: ['nope'] } }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT', message: 'You have passed an invalid ack ID to the service (ack_id=nope).' });
  });
});

describe('faults and the request log', () => {
  it('a 429 on pull carries Retry-After, a 503 is UNAVAILABLE, and both are logged under the method id', async () => {
    const pubsub = await p.pubsub();
    const { topic, subscription } = names();
    await pubsub.projects.topics.create({ name: topic, requestBody: {} });
    await pubsub.projects.subscriptions.create({ name: subscription, requestBody: { topic } });
    const since = (await p.h.control.requests()).at(-1)?.seq ?? 0;
    await p.h.control.setFaults({ method: 'pubsub.projects.subscriptions.pull', kind: 'status', status: 429, retryAfterSeconds: 3 }, { method: 'pubsub.*', kind: 'status', status: 503 });
    const limited = await googleError(pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 1 } }));
    expect(limited).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(new Headers(limited.headers as HeadersInit).get('retry-after')).toBe('3');
    expect(await googleError(pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds: ['x'.repeat(80)] } }))).toMatchObject({ code: 503, status: 'UNAVAILABLE' });
    const log = await p.h.control.requests(since);
    expect(log.map((r) => [r.apiMethod, r.status, r.fault])).toEqual([
      ['pubsub.projects.subscriptions.pull', 429, 'status'],
      ['pubsub.projects.subscriptions.acknowledge', 503, 'status'],
    ]);
  });
});

describe('closing the emulator', () => {
  it('ends a pull it is holding open', async () => {
    const emulator = await startEmulator({ pullHoldSeconds: 600 });
    try {
      const token = await (await fetch(`${emulator.baseUrl}/emulator/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account: 'ada@quickmeet.test', scopes: ['pubsub'] }) })).json() as { access_token: string };
      const call = (method: string, path: string, body: unknown) =>
        fetch(`${emulator.baseUrl}/v1/projects/quickmeet-demo/${path}`, { method, headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await call('PUT', 'topics/t', {});
      await call('PUT', 'subscriptions/s', { topic: 'projects/quickmeet-demo/topics/t' });
      const pulling = call('POST', 'subscriptions/s:pull', { maxMessages: 1 }).then(
        () => 'answered',
        () => 'cut',
      );
      // The held pull shows up in no log until it ends; close must not wait for its 600 s bound.
      await emulator.close();
      expect(await pulling).toBe('cut');
    } finally {
      await emulator.close().catch(() => undefined);
    }
  });
});
