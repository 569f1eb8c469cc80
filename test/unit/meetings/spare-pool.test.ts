import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { FakeAuthSession } from '../../support/meetings-test-doubles';
import { startMeetings } from './harness';

const presets = [
  { id: 'quick-call', name: 'Quick call', cohosts: [] },
  { id: 'board', name: 'Board', accessType: 'RESTRICTED' as const, cohosts: ['bo@example.com'] },
];

describe('warm spare pool', () => {
  it('keeps one spare per preset and hands it out with no network call', async () => {
    const h = await startMeetings({ keepSpareSpace: true, presets });
    await h.feature.pool.whenIdle();
    expect(h.meet.count('createSpace')).toBe(2);
    expect(h.meet.count('createMember')).toBe(1);
    const callsBefore = h.meet.calls.length;
    h.meet.hold('createSpace');
    const created = await h.feature.instant.create({ presetId: 'board' });
    expect(created.fromSparePool).toBe(true);
    expect(h.clipboard.text).toBe(created.meeting.meetingUri);
    // The only call since the click is the background refill, still held: the click did not wait on it.
    expect(h.meet.calls.slice(callsBefore).map((c) => c.method)).toEqual(['createSpace']);
    h.meet.release('createSpace');
    await h.feature.pool.whenIdle();
    expect(h.meet.count('createSpace')).toBe(3);
    expect(h.feature.pool.size()).toBe(2);
  });

  it('never hands the same spare out twice, even to concurrent takers', async () => {
    const h = await startMeetings({ keepSpareSpace: true });
    await h.feature.pool.whenIdle();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push((await h.feature.instant.create()).meeting.space);
      await h.feature.pool.whenIdle();
    }
    expect(new Set(seen).size).toBe(5);
    const preset = h.settings.get().presets[0]!;
    const both = await Promise.all([h.feature.pool.take(preset, 'ada@quickmeet.test'), h.feature.pool.take(preset, 'ada@quickmeet.test')]);
    expect(both.filter(Boolean)).toHaveLength(1);
  });

  it('remembers unused spares across a restart and does not hand out one already given', async () => {
    const h = await startMeetings({ keepSpareSpace: true });
    await h.feature.pool.whenIdle();
    const first = await h.feature.instant.create();
    await h.feature.pool.whenIdle();
    const again = await h.restart();
    await again.feature.pool.whenIdle();
    expect(again.meet.count('createSpace')).toBe(2);
    const second = await again.feature.instant.create();
    expect(second.fromSparePool).toBe(true);
    expect(second.meeting.space).not.toBe(first.meeting.space);
    expect(again.feature.registry.get(first.meeting.space)).toBeDefined();
  });

  it('patches a spare whose preset config changed, with an update mask', async () => {
    const h = await startMeetings({ keepSpareSpace: true, presets: [{ id: 'quick-call', name: 'Quick call', accessType: 'OPEN', cohosts: [] }] });
    await h.feature.pool.whenIdle();
    h.settings.update({ presets: [{ id: 'quick-call', name: 'Quick call', accessType: 'TRUSTED', moderation: 'ON', cohosts: [] }] });
    await h.feature.pool.whenIdle();
    const patch = h.meet.calls.find((c) => c.method === 'patchSpace');
    expect(patch?.args).toEqual(['spaces/fake1', { accessType: 'TRUSTED', moderation: 'ON' }, 'config.accessType,config.moderation']);
    const created = await h.feature.instant.create();
    expect(created.fromSparePool).toBe(true);
    expect(h.meet.spaces.get(created.meeting.space)?.config).toMatchObject({ accessType: 'TRUSTED', moderation: 'ON' });
    expect(h.meet.count('createSpace')).toBe(2);
  });

  it('discards a spare whose co-hosts changed or whose preset was deleted, and one of another account', async () => {
    const h = await startMeetings({ keepSpareSpace: true, presets });
    await h.feature.pool.whenIdle();
    h.settings.update({ presets: [{ ...presets[1]!, cohosts: ['new@example.com'] }], defaultPresetId: 'board' });
    await h.feature.pool.whenIdle();
    expect(h.meet.count('patchSpace')).toBe(0);
    expect(h.feature.pool.size()).toBe(1);
    const created = await h.feature.instant.create();
    expect(created.meeting.space).toBe('spaces/fake3');
    h.auth.set({ status: 'signedIn', email: 'bea@quickmeet.test', capabilities: ['createSpaces'], persisted: true });
    await h.feature.pool.whenIdle();
    const other = await h.feature.instant.create();
    expect(h.meet.spaces.get(other.meeting.space)).toBeDefined();
    expect(h.feature.pool.size('ada@quickmeet.test')).toBe(1);
  });

  it('refills within the budget, leaving room for clicks, and backs off after a failure', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, cohosts: [] }));
    const h = await startMeetings({ keepSpareSpace: true, presets: many, defaultPresetId: 'p0' });
    await h.feature.pool.whenIdle();
    expect(h.meet.count('createSpace')).toBe(8);
    await h.feature.instant.create({ presetId: 'p11' });
    await h.feature.instant.create({ presetId: 'p10' });
    await expect(h.feature.instant.create({ presetId: 'p9' })).rejects.toMatchObject({ code: 'RATE_LIMITED_LOCALLY' });
    expect(h.meet.count('createSpace')).toBe(10);

    const offline = await startMeetings({ keepSpareSpace: true, presets });
    await offline.feature.pool.whenIdle();
    offline.meet.failNext('createSpace', new AppError('OFFLINE', 'You are offline.'));
    await offline.feature.instant.create();
    await offline.feature.pool.whenIdle();
    expect(offline.meet.count('createSpace')).toBe(3);
  });

  it('spends no budget slot on a refill whose token refresh failed', async () => {
    const auth = new FakeAuthSession();
    auth.ensureFresh = async () => {
      throw new AppError('NEEDS_REAUTH', 'Sign in again.');
    };
    const h = await startMeetings({ keepSpareSpace: true }, { auth });
    await h.feature.pool.whenIdle();
    expect(h.meet.count('createSpace')).toBe(0);
    h.feature.stop();
    auth.ensureFresh = async () => undefined;
    for (let i = 0; i < 10; i++) await h.feature.instant.create();
    expect(h.meet.count('createSpace')).toBe(10);
  });

  it('creates and patches nothing for a short-lived command (refill off), yet hands out a spare it has', async () => {
    const warm = await startMeetings({ keepSpareSpace: true });
    await warm.feature.pool.whenIdle();
    warm.feature.stop();
    const cli = await startMeetings({ keepSpareSpace: true }, { meet: warm.meet, documents: warm.documents, clock: warm.clock, auth: warm.auth }, { refill: false });
    cli.settings.update({ presets: [...cli.settings.get().presets, ...presets] });
    cli.auth.set(cli.auth.state());
    cli.system.resume();
    cli.system.setOnline(true);
    const created = await cli.feature.instant.create();
    await cli.feature.pool.whenIdle();
    expect(created.fromSparePool).toBe(true);
    expect(cli.meet.count('createSpace')).toBe(1);
    expect(cli.meet.count('patchSpace')).toBe(0);
  });
});
