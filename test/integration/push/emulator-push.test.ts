import { afterEach, describe, expect, it } from 'vitest';
import { PushControl } from '@quickmeet/emulator';
import type { AttendeesDiff } from '../../../shared/model/conference';
import type { PushStatus } from '../../../shared/model/push-status';
import { answerConsent } from '../../adapters/auth/consent-browser';
import { ctx, startSignedInCore, type SignedInCore } from '../signed-in-core';

/** The demo OAuth client's Cloud project in the emulator. */
const PROJECT = 'quickmeet-demo';
const TOPIC = `projects/${PROJECT}/topics/quickmeet-meet-events`;

/** Turns instant updates on as the settings switch does, answering the Pub/Sub consent in the "browser". */
async function enablePush(h: SignedInCore): Promise<PushStatus> {
  const from = h.urlOpener.opened.length;
  const enabling = h.core.handlers['push.enable']({ project: PROJECT }, ctx);
  await answerConsent(await h.urlOpener.nextOpened(from));
  return enabling;
}

/** Waits (bounded) until `check` holds, polling the state every 20 ms. */
async function until<T>(read: () => Promise<T> | T, check: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const attendeePushes = (h: SignedInCore) => h.events.emitted.filter((e) => e.event === 'attendees.changed').map((e) => e.payload as AttendeesDiff);

describe('instant updates against the emulator (Workspace Events v1 and Pub/Sub v1)', () => {
  let h: SignedInCore | undefined;
  afterEach(async () => h?.stop());

  it('sets up topic, grant and subscriptions, shows a join from its event, reports a suspension, and cleans up', async () => {
    h = await startSignedInCore();
    const push = new PushControl(h.control.baseUrl);
    const { meeting } = await h.core.handlers['meetings.createInstant']({}, ctx);
    const status = await enablePush(h);
    expect(status).toMatchObject({ state: 'healthy', target: 'spaces', subscriptions: 1 });
    const [topic] = await push.topics();
    expect(topic?.name).toBe(TOPIC);
    expect(topic?.policy.bindings).toEqual([{ role: 'roles/pubsub.publisher', members: ['serviceAccount:meet-api-event-push@system.gserviceaccount.com'] }]);
    expect((await push.pubsubSubscriptions()).map((s) => s.topic)).toEqual([TOPIC]);
    const [subscription] = await push.workspaceSubscriptions();
    expect(subscription).toMatchObject({ targetResource: `//meet.googleapis.com/${meeting.space}`, state: 'ACTIVE' });

    // A join reaches the list through its event: one participants.get, no participants.list.
    const record = (await h.control.startConference(meeting.space)).name;
    await until(() => h!.core.services.conference.monitor.headCount().conference?.record, (r) => r === record, 'the conference from its event');
    const logged = (await h.control.requests()).length;
    const grace = await h.control.join(record, { kind: 'anonymousUser', displayName: 'Visitor' });
    await until(() => attendeePushes(h!).flatMap((p) => p.upserted), (rows) => rows.some((row) => row.name === grace.name && row.present), 'the join in the list');
    const since = (await h.control.requests()).slice(logged).map((r) => r.apiMethod);
    expect(since).toContain('meet.conferenceRecords.participants.get');
    expect(since).not.toContain('meet.conferenceRecords.participants.list');
    expect(h.core.services.conference.monitor.headCount().presentCount).toBe(1);

    // Google suspends delivery when the grant goes: the status says why and how to fix it; Try again fixes it.
    await push.setMeetPublisher(TOPIC, false);
    await push.suspend(subscription!.name, 'ENDPOINT_PERMISSION_DENIED');
    await push.setMeetPublisher(TOPIC, true);
    await h.core.handlers['push.retry']({}, ctx);
    expect(h.core.services.push.status()).toMatchObject({ state: 'healthy' });
    expect((await push.workspaceSubscriptions())[0]).toMatchObject({ state: 'ACTIVE' });

    // Switched off: nothing Quickmeet made is left in the project.
    await expect(h.core.handlers['push.disable']({}, ctx)).resolves.toEqual({ state: 'off' });
    expect(await push.workspaceSubscriptions()).toEqual([]);
    expect(await push.pubsubSubscriptions()).toEqual([]);
    expect(await push.topics()).toEqual([]);
  }, 60_000);

  it('is on from the first sign-in in demo mode, against the emulator’s demo project', async () => {
    h = await startSignedInCore({ demoPush: true });
    const push = new PushControl(h.control.baseUrl);
    expect((await h.core.handlers['settings.get']({}, ctx))).toMatchObject({ pushEnabled: true, pushProject: PROJECT });
    const auth = await h.core.handlers['auth.getState']({}, ctx);
    expect(auth.status === 'signedIn' && auth.capabilities).toContain('pushEvents');
    const { meeting } = await h.core.handlers['meetings.createInstant']({}, ctx);
    await until(() => push.workspaceSubscriptions(), (subs) => subs.some((s) => s.targetResource === `//meet.googleapis.com/${meeting.space}`), 'the new meeting’s subscription');
    const record = (await h.control.startConference(meeting.space)).name;
    const guest = await h.control.join(record, { kind: 'phoneUser', displayName: '+1 555 0100' });
    await until(() => attendeePushes(h!).flatMap((p) => p.upserted), (rows) => rows.some((row) => row.name === guest.name), 'the join in the list');
    expect(h.core.services.push.status()).toMatchObject({ state: 'healthy', subscriptions: 1 });
  }, 60_000);

  it('removes everything it made before signing out, while the account can still call Google', async () => {
    h = await startSignedInCore();
    const push = new PushControl(h.control.baseUrl);
    await h.core.handlers['meetings.createInstant']({}, ctx);
    await enablePush(h);
    expect(await push.workspaceSubscriptions()).toHaveLength(1);
    await h.core.handlers['auth.signOut']({}, ctx);
    expect(await push.workspaceSubscriptions()).toEqual([]);
    expect(await push.pubsubSubscriptions()).toEqual([]);
    expect(await push.topics()).toEqual([]);
    expect(h.core.services.push.status()).toEqual({ state: 'off' });
  }, 60_000);

  it('shows the suspension reason and fix when Google suspends the subscription', async () => {
    h = await startSignedInCore();
    const push = new PushControl(h.control.baseUrl);
    await h.core.handlers['meetings.createInstant']({}, ctx);
    await enablePush(h);
    const [subscription] = await push.workspaceSubscriptions();
    await push.suspend(subscription!.name, 'ENDPOINT_RESOURCE_EXHAUSTED');
    const status = await until(() => h!.core.services.push.status(), (s) => s.state === 'suspended', 'the suspended status');
    expect(status).toEqual({ state: 'suspended', reason: 'ENDPOINT_RESOURCE_EXHAUSTED', fix: expect.stringContaining('quota') });
  }, 60_000);

  it('renews on the expiration reminder the emulator clock plays', async () => {
    h = await startSignedInCore();
    const push = new PushControl(h.control.baseUrl);
    await h.core.handlers['meetings.createInstant']({}, ctx);
    await enablePush(h);
    const [before] = await push.workspaceSubscriptions();
    await h.control.advanceClock(6 * 24 * 3600 + 12 * 3600 + 60);
    const [after] = await until(() => push.workspaceSubscriptions(), (subs) => subs[0]?.expireTime !== before?.expireTime, 'the renewal');
    expect(Date.parse(after!.expireTime)).toBeGreaterThan(Date.parse(before!.expireTime));
    await until(() => h!.core.services.push.status(), (s) => s.state === 'healthy', 'healthy again');
    expect(h.events.emitted.filter((e) => e.event === 'push.changed').map((e) => (e.payload as PushStatus).state)).toContain('renewing');
  }, 60_000);

  it('quickmeet events --follow reads each event with its resource through a temporary subscription it deletes', async () => {
    h = await startSignedInCore();
    const { meeting } = await h.core.handlers['meetings.createInstant']({}, ctx);
    await enablePush(h);
    const stop = new AbortController();
    const printed: Array<{ type?: string; resource?: unknown }> = [];
    const following = h.core.services.push.tail.follow((event) => printed.push(event), stop.signal);
    following.catch(() => undefined); // awaited below; a failed expectation must not leave it unhandled
    const push = new PushControl(h.control.baseUrl);
    await until(() => push.pubsubSubscriptions(), (subs) => subs.some((s) => s.name.includes('quickmeet-cli-') && s.pullsWaiting > 0), 'the temporary subscription pulling');
    const record = (await h.control.startConference(meeting.space)).name;
    await until(() => printed, (lines) => lines.some((line) => line.type === 'google.workspace.meet.conference.v2.started'), 'the started event');
    expect(printed.find((line) => line.type === 'google.workspace.meet.conference.v2.started')?.resource).toMatchObject({ name: record });
    stop.abort();
    await following;
    expect((await push.pubsubSubscriptions()).some((s) => s.name.includes('quickmeet-cli-'))).toBe(false);
  }, 60_000);
});
