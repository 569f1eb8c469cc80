import { describe, expect, it } from 'vitest';
import { events, requests } from '../../shared/ipc/contract';

describe('live-meeting channels', () => {
  it('accept a plan of one meeting within bounds and refuse anything else', () => {
    const plan = requests['live.plan'].request;
    expect(plan.safeParse({ space: 'spaces/abc', lengthMinutes: 30, expected: ['Bo <bo@example.com>'] }).success).toBe(true);
    expect(plan.safeParse({ space: 'spaces/abc', lengthMinutes: null }).success).toBe(true);
    for (const bad of [
      { space: 'spaces/abc', lengthMinutes: 0 },
      { space: 'spaces/abc', lengthMinutes: 1441 },
      { space: 'spaces/abc', lengthMinutes: 2.5 },
      { space: 'not-a-space', lengthMinutes: 5 },
      { space: 'spaces/abc', expected: Array.from({ length: 101 }, () => 'x') },
      { space: 'spaces/abc', expected: ['x'.repeat(401)] },
      { space: 'spaces/abc', expected: ['   '] },
      { space: 'spaces/abc', extra: true },
    ]) {
      expect(plan.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
    expect(requests['live.copy'].request.safeParse({ what: 'recording' }).success).toBe(true);
    expect(requests['live.copy'].request.safeParse({ what: 'anything' }).success).toBe(false);
  });

  it('push a snapshot that names only the three badges, or null', () => {
    const snapshot = {
      record: 'conferenceRecords/c1', space: 'spaces/s1', startTime: '2026-11-30T09:00:00Z', elapsedMinutes: 3, phase: 'open',
      endAutomatically: false, owner: true, personalRoom: false, badges: ['REC'],
    };
    expect(events['live.changed'].safeParse(snapshot).success).toBe(true);
    expect(events['live.changed'].safeParse(null).success).toBe(true);
    expect(events['live.changed'].safeParse({ ...snapshot, badges: ['LIVE'] }).success).toBe(false);
    expect(events['live.changed'].safeParse({ ...snapshot, token: 'x' }).success).toBe(false);
  });
});
