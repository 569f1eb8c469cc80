import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { HEALTH_CHECK_MS } from '../../../electron/core/push/push-feature';
import { rendererList } from '../attendees/support/harness';
import { MEET, startPushHarness, TOPIC, waitFor } from './push-harness';

/** Discovery polls of the conference monitor (the recordings refresh lists records too, with another filter). */
const livePolls = (h: Awaited<ReturnType<typeof startPushHarness>>) =>
  h.meet.calls.filter((c) => c.method === 'listConferenceRecords' && (c.args[0] as { filter?: string }).filter === 'end_time IS NULL').length;

const sessionOf = (participant: string) => `${participant}/participantSessions/s-${participant.split('/').at(-1)}`;

/** A harness with a followed live conference and the poll that found it done. */
async function withLiveConference() {
  const h = await startPushHarness();
  const record = h.meet.startConference('spaces/alpha');
  h.publish(MEET('conference', 'started'), { conferenceRecord: { name: record } });
  await waitFor(() => h.feature.monitor.headCount().conference?.record === record, 'the conference to be followed');
  return { h, record, pullSub: [...h.pubsub.subscriptions.keys()][0]! };
}

describe('instant updates: events', () => {
  it('shows a join in the list, the head-count and a notification at once, with one get and no poll', async () => {
    const { h, record, pullSub } = await withLiveConference();
    const lists = h.meet.count('listParticipants');
    const ada = h.meet.join(record, 'signedinUser', 'Ada Lovelace');
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    await waitFor(() => h.feature.monitor.headCount().presentCount === 1, 'the head-count');
    expect(rendererList(h.events).get(ada)).toMatchObject({ displayName: 'Ada Lovelace', present: true });
    expect(h.notifier.shown.map((n) => n.body)).toEqual(['Ada Lovelace joined the call.']);
    expect(h.meet.count('getParticipant')).toBe(1);
    expect(h.meet.count('listParticipants')).toBe(lists);
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'the acknowledgement');
  });

  it('handles a redelivered event (same ce-id) once: one get, one notification, both acknowledged', async () => {
    const { h, record, pullSub } = await withLiveConference();
    const ada = h.meet.join(record, 'signedinUser', 'Ada');
    const id = h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } }, id);
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'both acknowledgements');
    expect(h.meet.count('getParticipant')).toBe(1);
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.feature.monitor.headCount().presentCount).toBe(1);
  });

  it('ends in the true state whatever order join and leave arrive in', async () => {
    const { h, record, pullSub } = await withLiveConference();
    const ada = h.meet.join(record, 'signedinUser', 'Ada');
    h.meet.leave(ada);
    // The leave is delivered first, the join afterwards (Pub/Sub gives no order).
    h.publish(MEET('participant', 'left'), { participantSession: { name: sessionOf(ada) } });
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'both events');
    expect(rendererList(h.events).get(ada)).toMatchObject({ present: false });
    expect(h.feature.monitor.headCount().presentCount).toBe(0);
    expect(h.notifier.shown).toEqual([]);
  });

  it('reads the conference first when a join arrives before its “started”', async () => {
    const h = await startPushHarness();
    const record = h.meet.startConference('spaces/alpha');
    const ada = h.meet.join(record, 'phoneUser', 'Caller');
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    await waitFor(() => h.feature.monitor.headCount().presentCount === 1, 'the head-count');
    expect(h.feature.monitor.listLive().map((c) => c.record)).toEqual([record]);
    // The late "started" changes nothing.
    h.publish(MEET('conference', 'started'), { conferenceRecord: { name: record } });
    await waitFor(() => h.meet.count('getConferenceRecord') === 2, 'the second get');
    expect(h.feature.monitor.listLive()).toHaveLength(1);
  });

  it('ends the conference on “ended” and refreshes the recordings on “fileGenerated”', async () => {
    const { h, record, pullSub } = await withLiveConference();
    h.meet.end(record, ['recording']);
    h.publish(MEET('conference', 'ended'), { conferenceRecord: { name: record } });
    await waitFor(() => h.feature.monitor.listLive().length === 0, 'the end');
    h.meet.generate(record);
    h.publish(MEET('recording', 'fileGenerated'), { recording: { name: `${record}/recordings/r1` } });
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'the events');
    await h.time.advance(0);
    expect(h.events.last('recordings.changed')?.map((a) => [a.kind, a.state])).toEqual([['recording', 'FILE_GENERATED']]);
  });

  it('acknowledges and logs malformed messages without stopping, then applies the next good one', async () => {
    const { h, record, pullSub } = await withLiveConference();
    const bad: Array<{ data?: string; attributes: Record<string, string> }> = [
      { data: '%%%not base64', attributes: { 'ce-id': 'b1', 'ce-type': MEET('participant', 'joined') } },
      { data: Buffer.from('{not json').toString('base64'), attributes: { 'ce-id': 'b2', 'ce-type': MEET('participant', 'joined') } },
      { data: Buffer.from('{}').toString('base64'), attributes: { 'ce-id': 'b3', 'ce-type': 'google.workspace.meet.unknown.v9.happened' } },
      { data: Buffer.from('{}').toString('base64'), attributes: { 'ce-type': MEET('participant', 'joined') } },
      { data: Buffer.from('{}').toString('base64'), attributes: { 'ce-id': 'b5' } },
      { data: Buffer.from('{"participantSession":{}}').toString('base64'), attributes: { 'ce-id': 'b6', 'ce-type': MEET('participant', 'joined') } },
      { attributes: { 'ce-id': 'b7', 'ce-type': 'google.workspace.events.subscription.v1.suspended' } },
    ];
    for (const message of bad) h.pubsub.publish(TOPIC, message);
    const ada = h.meet.join(record, 'signedinUser', 'Ada');
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'every message acknowledged');
    expect(h.feature.monitor.headCount().presentCount).toBe(1);
    const ignored = h.logger.lines.filter((line) => line.includes('push: message ignored'));
    expect(ignored.map((line) => JSON.parse(line.slice(line.indexOf('{'))).reason)).toEqual([
      'data is not base64',
      'data is not JSON',
      'unknown ce-type google.workspace.meet.unknown.v9.happened',
      'no ce-id attribute',
      'no ce-type attribute',
      `${MEET('participant', 'joined')} without a participantSession name`,
      'data is not JSON',
    ]);
    expect(h.push.status()).toMatchObject({ state: 'healthy' });
  });

  it('leaves an event it could not apply for redelivery, and applies it then', async () => {
    const { h, record, pullSub } = await withLiveConference();
    const ada = h.meet.join(record, 'signedinUser', 'Ada');
    h.meet.failNext('getParticipant', new AppError('UNAVAILABLE', 'Google is having trouble right now.'));
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    await waitFor(() => h.meet.count('getParticipant') === 1, 'the failed get');
    await waitFor(() => h.logger.lines.some((l) => l.includes('push: event not applied')), 'the log line');
    expect(h.pubsub.unacked(pullSub)).toBe(1);
    h.pubsub.redeliver();
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'the redelivered event');
    expect(h.feature.monitor.headCount().presentCount).toBe(1);
  });
});

describe('instant updates: pace and health', () => {
  it('polls only every 60 s while healthy, and at today’s pace again once pulls fail', async () => {
    const { h } = await withLiveConference();
    h.feature.setWindowVisible(true);
    await h.time.advance(0);
    const before = livePolls(h);
    const recordChecks = h.meet.count('getConferenceRecord');
    await h.time.advance(10 * 60_000);
    expect(livePolls(h) - before).toBeLessThanOrEqual(10);
    // The recordings refresh leaves the open conference alone: its end and its files arrive as events.
    expect(h.meet.count('getConferenceRecord')).toBe(recordChecks);

    // Pulls fail: polling returns to the window-open pace.
    h.pubsub.failNext('pull', new AppError('UNAVAILABLE', 'Google is having trouble right now.'), 100);
    h.pubsub.failPending(new AppError('UNAVAILABLE', 'The connection to Google dropped.'));
    await waitFor(() => h.push.status().state === 'failed', 'the failed status');
    expect(h.push.status()).toMatchObject({ message: expect.stringContaining('Events are not arriving') });
    const failedAt = livePolls(h);
    await h.time.advance(60_000);
    expect(livePolls(h) - failedAt).toBeGreaterThanOrEqual(60_000 / POLL_INTERVALS_MS.attendeesVisible - 1);
  });

  it('renews on an expiration reminder and reports a suspension with its reason and fix', async () => {
    const { h, pullSub } = await withLiveConference();
    const [subscription] = h.workspaceEvents.active();
    await h.time.advance(6 * 24 * 60 * 60 * 1000 + 12 * 60 * 60 * 1000);
    h.publish('google.workspace.events.subscription.v1.expirationReminder', { subscription: { name: subscription!.name } });
    await waitFor(() => h.workspaceEvents.count('renewSubscription') === 1, 'the renewal');
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'the reminder acknowledged');
    expect(Date.parse(h.workspaceEvents.subscriptions.get(subscription!.name)!.expireTime!)).toBe(h.time.now() + 7 * 24 * 60 * 60 * 1000);
    expect(h.events.emitted.filter((e) => e.event === 'push.changed').map((e) => (e.payload as { state: string }).state)).toContain('renewing');
    expect(h.push.status()).toMatchObject({ state: 'healthy' });

    h.workspaceEvents.suspend(subscription!.name, 'ENDPOINT_PERMISSION_DENIED');
    h.publish('google.workspace.events.subscription.v1.suspended', { subscription: { name: subscription!.name } });
    await waitFor(() => h.push.status().state === 'suspended', 'the suspension');
    expect(h.push.status()).toEqual({
      state: 'suspended',
      reason: 'ENDPOINT_PERMISSION_DENIED',
      fix: expect.stringContaining('meet-api-event-push@system.gserviceaccount.com'),
    });
    await h.push.handlers['push.retry']({}, { senderId: 'test' });
    expect(h.workspaceEvents.count('reactivateSubscription')).toBe(1);
    expect(h.push.status()).toMatchObject({ state: 'healthy' });
  });

  it('notices a suspension Google could not announce (the topic refuses it) by reading the subscriptions every 15 minutes', async () => {
    const { h } = await withLiveConference();
    const [subscription] = h.workspaceEvents.active();
    h.workspaceEvents.suspend(subscription!.name, 'ENDPOINT_PERMISSION_DENIED');
    await h.time.advance(HEALTH_CHECK_MS);
    await h.push.idle();
    expect(h.push.status()).toMatchObject({ state: 'suspended', reason: 'ENDPOINT_PERMISSION_DENIED' });
    // Polling is back at its usual pace while nothing arrives.
    const before = livePolls(h);
    await h.time.advance(60_000);
    expect(livePolls(h) - before).toBeGreaterThanOrEqual(3);
  });

  it('reports a subscription that stays suspended at start-up, when reactivating it fails', async () => {
    const { h } = await withLiveConference();
    const [subscription] = h.workspaceEvents.active();
    h.push.stop();
    h.workspaceEvents.suspend(subscription!.name, 'USER_SCOPE_REVOKED');
    h.workspaceEvents.failNext('reactivateSubscription', new AppError('BAD_REQUEST', 'The subscription cannot be reactivated yet.'));
    await h.push.start();
    expect(h.push.status()).toMatchObject({ state: 'suspended', reason: 'USER_SCOPE_REVOKED', fix: expect.stringContaining('Sign in again') });
  });

  it('stops pulling across sleep and offline and pulls again on wake', async () => {
    const { h, record, pullSub } = await withLiveConference();
    h.system.setOnline(false);
    await waitFor(() => !h.push.pull.active, 'the pause');
    const pulls = h.pubsub.count('pull');
    const ada = h.meet.join(record, 'signedinUser', 'Ada');
    h.publish(MEET('participant', 'joined'), { participantSession: { name: sessionOf(ada) } });
    await h.time.advance(60_000);
    expect(h.pubsub.count('pull')).toBe(pulls);
    h.system.setOnline(true);
    await waitFor(() => h.pubsub.unacked(pullSub) === 0, 'the event after the wake');
    expect(h.feature.monitor.headCount().presentCount).toBe(1);
  });
});
