import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS } from '../../../electron/core/polling/backoff';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { RECENT_ACTIVITY_MS } from '../../../electron/core/conference/recent-activity';
import { AppError } from '../../../shared/ipc/result';
import { attendeePushes, rendererList, startHarness } from './support/harness';

const VISIBLE = POLL_INTERVALS_MS.attendeesVisible;
const HOUR = 60 * 60 * 1000;

/** A harness with a live conference followed and the window open. */
async function following() {
  const h = await startHarness();
  h.feature.setWindowVisible(true);
  const record = h.meet.startConference('spaces/alpha');
  const ada = h.meet.join(record, 'signedinUser', 'Ada');
  await h.time.advance(VISIBLE);
  expect(rendererList(h.events).size).toBe(1);
  return { ...h, record, ada };
}

describe('adaptive polling', () => {
  it('backs off on 429 honouring Retry-After, marks the list stale, then recovers', async () => {
    const h = await following();
    h.meet.failNext('listConferenceRecords', new AppError('QUOTA_EXCEEDED', 'Quota exceeded.', { retryAfterSeconds: 30 }), 5);
    const before = h.meet.count('listConferenceRecords');
    await h.time.advance(VISIBLE);
    expect(attendeePushes(h.events).at(-1)).toMatchObject({ stale: true, upserted: [] });
    expect(h.feature.headCount.headCount().stale).toBe(true);
    expect(rendererList(h.events).size).toBe(1); // last good data kept

    // Nothing before Retry-After has passed: no request storm.
    await h.time.advance(29_000);
    expect(h.meet.count('listConferenceRecords') - before).toBe(1);
    // The five failures take a growing, capped wait; count every attempt.
    await h.time.advance(10 * 60 * 1000);
    const attempts = h.meet.count('listConferenceRecords') - before;
    expect(attempts).toBeGreaterThanOrEqual(6);
    expect(attempts).toBeLessThanOrEqual(6 + Math.ceil((10 * 60 * 1000) / VISIBLE));
    expect(attendeePushes(h.events).at(-1)!.stale).toBe(false);
    expect(h.feature.headCount.headCount().stale).toBe(false);
    expect(h.logger.lines.some((l) => l.includes('QUOTA_EXCEEDED'))).toBe(true);
  });

  it('waits at most the backoff cap even when Google asks for longer', async () => {
    const h = await following();
    h.meet.failNext('listConferenceRecords', new AppError('QUOTA_EXCEEDED', 'Quota exceeded.', { retryAfterSeconds: 3600 }));
    await h.time.advance(VISIBLE);
    const at = h.meet.count('listConferenceRecords');
    await h.time.advance(MAX_BACKOFF_MS * 1.2 + 1);
    expect(h.meet.count('listConferenceRecords')).toBeGreaterThan(at);
  });

  it('makes no call while asleep and polls again at once on wake', async () => {
    const h = await following();
    h.system.suspend();
    const before = h.meet.calls.length;
    h.time.jump(2 * HOUR);
    await h.time.advance(HOUR);
    expect(h.meet.calls.length).toBe(before);
    h.meet.join(h.record, 'anonymousUser', 'While asleep');
    h.system.resume();
    await h.time.advance(1_500); // resume jitter is at most 1.5 s
    expect(h.meet.calls.length).toBeGreaterThan(before);
    expect([...rendererList(h.events).values()].map((r) => r.displayName)).toContain('While asleep');
  });

  it('drops a poll that was in flight when the machine slept', async () => {
    const h = await following();
    const pushes = attendeePushes(h.events).length;
    // Suspend while the poll is running: the fake answers after the suspend is seen.
    const original = h.meet.listParticipants.bind(h.meet);
    h.meet.listParticipants = async (...args) => {
      h.system.suspend();
      return original(...args);
    };
    h.meet.join(h.record, 'anonymousUser', 'Late');
    await h.time.advance(VISIBLE);
    expect(attendeePushes(h.events).length).toBe(pushes);
    h.meet.listParticipants = original;
    h.system.resume();
    await h.time.advance(1_500);
    expect([...rendererList(h.events).values()].map((r) => r.displayName)).toContain('Late');
  });

  it('pauses offline and resumes when back online', async () => {
    const h = await following();
    h.system.setOnline(false);
    const before = h.meet.calls.length;
    await h.time.advance(HOUR);
    expect(h.meet.calls.length).toBe(before);
    h.system.setOnline(true);
    await h.time.advance(1_500);
    expect(h.meet.calls.length).toBeGreaterThan(before);
  });

  it('makes zero calls when nothing is live and no space was used recently', async () => {
    const h = await startHarness();
    await h.time.advance(RECENT_ACTIVITY_MS); // the registry entry ages out
    const before = h.meet.calls.length;
    h.feature.setWindowVisible(true);
    h.feature.setWindowVisible(false);
    await h.time.advance(HOUR);
    expect(h.meet.calls.length - before).toBe(0);
    expect(h.time.pendingCount).toBe(0);
  });

  it('starts looking again as soon as a space is created or opened', async () => {
    const h = await startHarness();
    await h.time.advance(RECENT_ACTIVITY_MS + HOUR);
    const before = h.meet.count('listConferenceRecords');
    const meeting = h.registry.list()[0]!;
    await h.registry.upsert({ ...meeting, lastUsedAt: new Date(h.time.now()).toISOString() });
    await h.time.advance(0);
    expect(h.meet.count('listConferenceRecords')).toBe(before + 1);
  });

  it('makes no call when signed out', async () => {
    const h = await startHarness();
    h.auth.set({ status: 'signedOut' });
    const before = h.meet.calls.length;
    h.meet.startConference('spaces/alpha');
    await h.time.advance(HOUR);
    expect(h.meet.calls.length).toBe(before);
  });
});
