import { describe, expect, it } from 'vitest';
import { QUICK_CALL_PRESET } from '../../../shared/model/preset';
import { startMeetings } from './harness';

const ROOM = { id: 'room', name: 'My room', cohosts: ['bo@example.com'], personalRoom: true } as const;

describe('personal room', () => {
  it('creates the room once, then reuses its one space on every later click', async () => {
    const h = await startMeetings({ keepSpareSpace: false, presets: [QUICK_CALL_PRESET, ROOM] });
    const first = await h.feature.instant.create({ presetId: 'room' });
    const second = await h.feature.instant.create({ presetId: 'room' });
    expect(second.meeting.space).toBe(first.meeting.space);
    expect(h.meet.count('createSpace')).toBe(1);
    // Co-hosts are added when the room is made, not again on each reuse.
    expect(h.meet.count('createMember')).toBe(1);
    expect(second.fromSparePool).toBe(false);
    expect(h.clipboard.text).toBe(first.meeting.meetingUri);
    // Another preset still gets a new space each time.
    const other = await h.feature.instant.create({ presetId: QUICK_CALL_PRESET.id });
    expect(other.meeting.space).not.toBe(first.meeting.space);
  });

  it('survives a restart, and replaces a room Google no longer knows', async () => {
    const h = await startMeetings({ keepSpareSpace: false, presets: [QUICK_CALL_PRESET, ROOM] });
    const first = await h.feature.instant.create({ presetId: 'room' });
    const after = await h.restart();
    expect((await after.feature.instant.create({ presetId: 'room' })).meeting.space).toBe(first.meeting.space);
    h.meet.spaces.delete(first.meeting.space);
    const replaced = await after.feature.instant.create({ presetId: 'room' });
    expect(replaced.meeting.space).not.toBe(first.meeting.space);
    expect((await after.feature.instant.create({ presetId: 'room' })).meeting.space).toBe(replaced.meeting.space);
  });

  it('keeps no spare space for a room preset', async () => {
    const h = await startMeetings({
      keepSpareSpace: true,
      presets: [QUICK_CALL_PRESET, ROOM],
      defaultPresetId: 'room',
    });
    await h.feature.pool.whenIdle();
    expect(h.feature.pool.size()).toBe(1);
    expect(h.meet.count('createSpace')).toBe(1);
    expect((await h.feature.rooms.spaces(h.settings.get().presets)).length).toBe(0);
  });
});
