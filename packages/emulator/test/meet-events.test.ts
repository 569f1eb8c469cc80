/**
 * The conference simulation publishes the 13 Meet event types as CloudEvents in the Pub/Sub binding
 * to every matching ACTIVE subscription (space target or the owner's user target), read back the way
 * an app reads them: googleapis' pubsub pull, then a Meet REST get of the named resource.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_EVENT_TYPES } from '../src/workspaceevents/event-types';
import { MEET_SCOPES } from '../src/control/control-client';
import { decodeData, startPushHarness, type PushHarness } from './push-harness';

let p: PushHarness;
beforeAll(async () => {
  p = await startPushHarness({ artifactProcessingSeconds: 15 });
});
afterAll(() => p.close());

const ALL_TYPES = Object.keys(MEET_EVENT_TYPES);
let serial = 0;
const topicFor = () => {
  serial += 1;
  return p.setUpTopic({ topic: `projects/quickmeet-demo/topics/meet-${serial}`, subscription: `projects/quickmeet-demo/subscriptions/meet-${serial}`, ackDeadlineSeconds: 30 });
};
const subscribe = async (targetResource: string, pubsubTopic: string, eventTypes: ReadonlyArray<string> = ALL_TYPES) => {
  const events = await p.events({ scopes: [MEET_SCOPES.created, MEET_SCOPES.readonly] });
  return (await events.subscriptions.create({ requestBody: { targetResource, eventTypes: [...eventTypes], notificationEndpoint: { pubsubTopic } } })).data;
};
/** Pulls and acknowledges everything waiting on a subscription. */
const drain = async (subscription: string) => {
  const pubsub = await p.pubsub();
  const messages = [];
  for (;;) {
    const received = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 100, returnImmediately: true } })).data.receivedMessages ?? [];
    if (received.length === 0) return messages;
    await pubsub.projects.subscriptions.acknowledge({ subscription, requestBody: { ackIds: received.map((m) => m.ackId!) } });
    messages.push(...received.map((m) => m.message!));
  }
};
/** Plays a whole meeting in a space: every event type happens at least once. */
const playMeeting = async (space: string) => {
  const c = p.h.control;
  const record = (await c.startConference(space)).name;
  const guest = await c.join(record, { kind: 'anonymousUser', displayName: 'Guest Kim' });
  await c.leave(record, guest.name);
  for (const collection of ['recordings', 'transcripts', 'smartNotes'] as const) await c.stopArtifact((await c.startArtifact(record, collection)).name);
  await c.join(record, { kind: 'signedinUser', account: 'grace@quickmeet.test' });
  await c.end(record);
  await c.advanceClock(16);
  return record;
};

describe('Meet events as CloudEvents', () => {
  it('a space subscription gets all 13 types, each a CloudEvent naming a resource the Meet API returns', async () => {
    const { topic, subscription } = await topicFor();
    const meet = await p.h.meet({ scopes: [MEET_SCOPES.created] });
    const space = (await meet.spaces.create({ requestBody: {} })).data.name!;
    const target = `//meet.googleapis.com/${space}`;
    await subscribe(target, topic);
    const record = await playMeeting(space);
    const messages = await drain(subscription);
    expect(new Set(messages.map((m) => m.attributes!['ce-type']))).toEqual(new Set(ALL_TYPES));
    expect(new Set(messages.map((m) => m.attributes!['ce-id'])).size).toBe(messages.length);
    for (const message of messages) {
      const type = message.attributes!['ce-type'] as keyof typeof MEET_EVENT_TYPES;
      const key = MEET_EVENT_TYPES[type];
      const data = decodeData(message.data) as Record<string, { name: string }>;
      expect(Object.keys(data)).toEqual([key]);
      const name = data[key]!.name;
      expect(name.startsWith(`conferenceRecords/${record.split('/')[1]}`)).toBe(true);
      expect(message.attributes).toEqual({
        'ce-specversion': '1.0',
        'ce-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
        'ce-type': type,
        'ce-source': target,
        'ce-subject': `//meet.googleapis.com/${name}`,
        'ce-time': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        'content-type': 'application/json',
      });
      // What an app does next: fetch the named resource through the Meet REST API.
      const fetched =
        key === 'conferenceRecord' ? await meet.conferenceRecords.get({ name })
        : key === 'participantSession' ? await meet.conferenceRecords.participants.participantSessions.get({ name })
        : key === 'recording' ? await meet.conferenceRecords.recordings.get({ name })
        : key === 'transcript' ? await meet.conferenceRecords.transcripts.get({ name })
        : await meet.conferenceRecords.smartNotes.get({ name });
      expect(fetched.data.name).toBe(name);
    }
    const order = messages.map((m) => m.attributes!['ce-type']);
    expect(order.indexOf('google.workspace.meet.conference.v2.started')).toBe(0);
    expect(order.indexOf('google.workspace.meet.conference.v2.ended')).toBeLessThan(order.indexOf('google.workspace.meet.recording.v2.fileGenerated'));
  });

  it('a user subscription gets the events of every space the user owns, however it was made, and no one else’s', async () => {
    const { topic, subscription } = await topicFor();
    await subscribe('//cloudidentity.googleapis.com/users/100000000000000000001', topic, ['google.workspace.meet.participant.v2.joined']);
    const own = (await p.h.control.createSpace({ owner: 'ada@quickmeet.test', clientId: 'another-app.apps.googleusercontent.com' })).name;
    const graces = (await p.h.control.createSpace({ owner: 'grace@quickmeet.test' })).name;
    for (const space of [own, graces]) {
      const record = (await p.h.control.startConference(space)).name;
      await p.h.control.join(record, { kind: 'phoneUser', displayName: '+1 415 555 0100' });
    }
    const messages = await drain(subscription);
    expect(messages.map((m) => m.attributes!['ce-type'])).toEqual(['google.workspace.meet.participant.v2.joined']);
    expect(messages[0]!.attributes!['ce-source']).toBe('//cloudidentity.googleapis.com/users/100000000000000000001');
    expect(messages[0]!.attributes!['ce-subject']).toMatch(/^\/\/meet\.googleapis\.com\/conferenceRecords\/[^/]+\/participants\/[^/]+\/participantSessions\/[^/]+$/);
  });

  it('a redelivered event keeps its messageId and ce-id, so the app can drop the duplicate', async () => {
    const { topic, subscription } = await topicFor();
    const meet = await p.h.meet({ scopes: [MEET_SCOPES.created] });
    const space = (await meet.spaces.create({ requestBody: {} })).data.name!;
    await subscribe(`//meet.googleapis.com/${space}`, topic, ['google.workspace.meet.conference.v2.started']);
    await p.h.control.startConference(space);
    const pubsub = await p.pubsub();
    const first = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 10 } })).data.receivedMessages!;
    expect(first).toHaveLength(1);
    await p.h.control.advanceClock(31);
    const again = (await pubsub.projects.subscriptions.pull({ subscription, requestBody: { maxMessages: 10, returnImmediately: true } })).data.receivedMessages!;
    expect(again.map((m) => [m.message!.messageId, m.message!.attributes!['ce-id']])).toEqual(first.map((m) => [m.message!.messageId, m.message!.attributes!['ce-id']]));
    expect(again[0]!.ackId).not.toBe(first[0]!.ackId);
  });

  it('a suspended subscription gets nothing until it is reactivated', async () => {
    const { topic, subscription } = await topicFor();
    const meet = await p.h.meet({ scopes: [MEET_SCOPES.created] });
    const space = (await meet.spaces.create({ requestBody: {} })).data.name!;
    const created = await subscribe(`//meet.googleapis.com/${space}`, topic, ['google.workspace.meet.participant.v2.joined']);
    const name = (created.response as { name: string }).name;
    await p.push.suspend(name, 'OTHER');
    expect((await drain(subscription)).map((m) => m.attributes!['ce-type'])).toEqual(['google.workspace.events.subscription.v1.suspended']);
    const record = (await p.h.control.startConference(space)).name;
    await p.h.control.join(record, { kind: 'anonymousUser', displayName: 'Early' });
    expect(await drain(subscription)).toEqual([]);
    await (await p.events()).subscriptions.reactivate({ name, requestBody: {} });
    await p.h.control.join(record, { kind: 'anonymousUser', displayName: 'Late' });
    expect((await drain(subscription)).map((m) => m.attributes!['ce-type'])).toEqual(['google.workspace.meet.participant.v2.joined']);
  });
});
