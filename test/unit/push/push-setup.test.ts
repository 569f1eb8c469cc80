import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { EVENT_PUBLISHER, PUBLISHER_ROLE } from '../../../electron/core/push/meet-event-types';
import { PolicyConflict } from '../../../electron/core/ports/pub-sub-api';
import { PROJECT, startPushHarness, TOPIC, USER_ID, waitFor } from './push-harness';

describe('instant updates: setting up and cleaning up', () => {
  it('creates the topic, grants Google’s publisher, creates its own subscription and one events subscription per space', async () => {
    const h = await startPushHarness();
    expect(h.pubsub.topics.get(TOPIC)?.bindings).toEqual([{ role: PUBLISHER_ROLE, members: [EVENT_PUBLISHER] }]);
    const [pull] = [...h.pubsub.subscriptions.entries()];
    expect(pull?.[0]).toMatch(new RegExp(`^projects/${PROJECT}/subscriptions/quickmeet-[0-9a-f]{8}$`));
    expect(pull?.[1].topic).toBe(TOPIC);
    expect(h.workspaceEvents.active().map((s) => [s.targetResource, s.notificationEndpoint?.pubsubTopic])).toEqual([['//meet.googleapis.com/spaces/alpha', TOPIC]]);
    expect(h.workspaceEvents.active()[0]?.eventTypes).toHaveLength(13);
    expect(h.push.status()).toMatchObject({ state: 'healthy', target: 'spaces', subscriptions: 1 });
    expect(h.events.last('push.changed')).toMatchObject({ state: 'healthy' });
  });

  it('follows every space the user owns through one user subscription when every conference may be read', async () => {
    const h = await startPushHarness({ capabilities: ['createSpaces', 'readAllConferences', 'pushEvents'] });
    expect(h.workspaceEvents.active().map((s) => s.targetResource)).toEqual([`//cloudidentity.googleapis.com/users/${USER_ID}`]);
    expect(h.push.status()).toMatchObject({ state: 'healthy', target: 'user' });
  });

  it('reuses a topic that exists, keeps its other bindings, and writes the grant again when the policy changed underneath', async () => {
    const h = await startPushHarness({ start: false });
    await h.pubsub.createTopic(TOPIC);
    await h.pubsub.setTopicPolicy(TOPIC, { bindings: [{ role: 'roles/pubsub.viewer', members: ['user:bob@example.com'] }] });
    h.pubsub.failNext('setTopicPolicy', new PolicyConflict());
    await h.push.start();
    expect(h.pubsub.count('getTopicPolicy')).toBe(2);
    expect(h.pubsub.topics.get(TOPIC)?.bindings).toEqual([
      { role: 'roles/pubsub.viewer', members: ['user:bob@example.com'] },
      { role: PUBLISHER_ROLE, members: [EVENT_PUBLISHER] },
    ]);
    // Switched off: the reused topic stays, with the grant Quickmeet added taken away again.
    await h.push.handlers['push.disable']({}, { senderId: 'test' });
    expect(h.pubsub.topics.get(TOPIC)?.bindings).toEqual([{ role: 'roles/pubsub.viewer', members: ['user:bob@example.com'] }]);
  });

  it('adopts the subscription that already exists for a target (ALREADY_EXISTS) instead of failing', async () => {
    const h = await startPushHarness({ start: false });
    const earlier = await h.workspaceEvents.createSubscription({ targetResource: '//meet.googleapis.com/spaces/alpha', eventTypes: ['x'], pubsubTopic: TOPIC, ttl: '604800s' });
    await h.push.start();
    expect(h.workspaceEvents.active().map((s) => s.name)).toEqual([earlier.name]);
    expect(h.push.status()).toMatchObject({ state: 'healthy' });
  });

  it('renews at start-up a subscription that expires within a day', async () => {
    const h = await startPushHarness();
    const [subscription] = h.workspaceEvents.active();
    await h.time.advance(6.5 * 24 * 60 * 60 * 1000);
    h.push.stop();
    const before = h.workspaceEvents.count('renewSubscription');
    await h.push.start();
    expect(h.workspaceEvents.count('renewSubscription')).toBe(before + 1);
    expect(Date.parse(h.workspaceEvents.subscriptions.get(subscription!.name)!.expireTime!) - h.time.now()).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it('removes the subscriptions and the topic it created when switched off, and again on sign-out', async () => {
    const h = await startPushHarness();
    await h.push.handlers['push.disable']({}, { senderId: 'test' });
    expect(h.workspaceEvents.active()).toEqual([]);
    expect(h.pubsub.subscriptions.size).toBe(0);
    expect(h.pubsub.topics.size).toBe(0);
    expect(h.push.status()).toEqual({ state: 'off' });

    await h.push.handlers['push.enable']({ project: PROJECT }, { senderId: 'test' });
    expect(h.workspaceEvents.active()).toHaveLength(1);
    await h.signOut();
    expect(h.workspaceEvents.active()).toEqual([]);
    expect(h.pubsub.topics.size).toBe(0);
    expect(h.push.status()).toEqual({ state: 'off' });
  });

  it('asks for the Pub/Sub permission by incremental consent when it is turned on without it', async () => {
    const h = await startPushHarness({ capabilities: ['createSpaces'], settings: { pushEnabled: false, pushProject: '' } });
    expect(h.push.status()).toEqual({ state: 'off' });
    const status = await h.push.handlers['push.enable']({ project: PROJECT }, { senderId: 'test' });
    expect(h.consentRequests).toEqual(['pushEvents']);
    expect(h.settings.current).toMatchObject({ pushEnabled: true, pushProject: PROJECT });
    expect(status).toMatchObject({ state: 'healthy' });
  });

  it('says what failed and how to fix it when Google refuses a step', async () => {
    const h = await startPushHarness({ start: false });
    h.pubsub.failNext('createTopic', new AppError('PERMISSION_DENIED', 'User not authorized to perform this action.'));
    await h.push.start();
    const status = h.push.status();
    expect(status).toMatchObject({ state: 'failed', message: expect.stringContaining(`create the Pub/Sub topic in project ${PROJECT}`) });
    expect(status.state === 'failed' && status.fix).toMatch(/Pub\/Sub Admin/);
    // Nothing was left half-made that a retry cannot finish.
    await h.push.handlers['push.retry']({}, { senderId: 'test' });
    expect(h.push.status()).toMatchObject({ state: 'healthy' });
  });

  it('tries a setup that failed for a passing reason again by itself, after a backoff', async () => {
    const h = await startPushHarness({ start: false });
    h.pubsub.failNext('createTopic', new AppError('UNAVAILABLE', 'Google is having trouble right now.'));
    await h.push.start();
    expect(h.push.status()).toMatchObject({ state: 'failed', fix: expect.stringContaining('tries again by itself') });
    await h.time.advance(5_000);
    await h.push.idle();
    expect(h.push.status()).toMatchObject({ state: 'healthy' });
  });
});

describe('instant updates: a meeting made while setting up', () => {
  it('gets its own subscription even when it appears while the first setup runs', async () => {
    const h = await startPushHarness({ start: false });
    let release: () => void = () => undefined;
    let entered = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    const create = h.pubsub.createTopic.bind(h.pubsub);
    // The first setup has chosen its targets and waits on Google when the meeting is made.
    h.pubsub.createTopic = async (topic) => ((entered = true), await held, create(topic));
    const starting = h.push.start();
    await waitFor(() => entered, 'the setup to reach Pub/Sub');
    const at = new Date(h.time.now()).toISOString();
    await h.registry.upsert({ space: 'spaces/beta', meetingUri: 'https://meet.google.com/bbb-cccc-ddd', meetingCode: 'bbb-cccc-ddd', createdAt: at, lastUsedAt: at });
    release();
    await starting;
    await h.push.idle();
    expect(h.workspaceEvents.active().map((s) => s.targetResource).sort()).toEqual(['//meet.googleapis.com/spaces/alpha', '//meet.googleapis.com/spaces/beta']);
  });
});
