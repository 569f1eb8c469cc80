import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import { createLiveMeetingFeature } from '../../../electron/core/live/live-meeting-feature';
import type { OwnIdentity } from '../../../electron/core/live/own-identity';
import { createPersonalRooms } from '../../../electron/core/meetings/personal-rooms';
import type { Preset } from '../../../shared/model/preset';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { MemorySettingsSource } from '../../support/meetings-test-doubles';
import { startHarness } from '../attendees/support/harness';

/** The signed-in account's Meet id in these tests. */
export const OWN_USER = 'users/100';

/**
 * The conference feature and the live-meeting feature over the fake Meet API and virtual time: one
 * meeting `spaces/alpha` made with `preset`, followed once its conference starts.
 */
export async function startLiveHarness(
  options: { preset?: Partial<Preset>; ownUser?: string | undefined; meetingsAgeMs?: number } = {},
) {
  const preset: Preset = { id: 'team', name: 'Team', cohosts: [], ...options.preset };
  // The live feature is made after the monitor: the monitor asks it through this late-bound closure.
  let watching = () => false;
  const h = await startHarness({
    start: false,
    keepWatching: () => watching(),
    ...(options.meetingsAgeMs !== undefined ? { meetingsAgeMs: options.meetingsAgeMs } : {}),
  });
  const meeting = h.registry.get('spaces/alpha')!;
  await h.registry.upsert({ ...meeting, presetId: preset.id });
  const settings = new MemorySettingsSource({
    presets: [preset, ...DEFAULT_SETTINGS.presets],
    defaultPresetId: DEFAULT_SETTINGS.defaultPresetId,
  });
  const notices = createNoticeBoard(h.events);
  const rooms = createPersonalRooms(h.documents.factory('personal-rooms'), h.meet, h.registry);
  const identity: OwnIdentity = { userId: async () => ('ownUser' in options ? options.ownUser : OWN_USER) };
  const opened: string[] = [];
  const live = createLiveMeetingFeature({
    meet: h.meet,
    monitor: h.feature.monitor,
    registry: h.registry,
    settings,
    rooms,
    documents: h.documents.factory,
    auth: h.auth,
    identity,
    clipboard: h.clipboard,
    notifier: h.notifier,
    notices,
    events: h.events,
    clock: h.time,
    timers: h.time,
    logger: h.logger,
    openMeeting: async (space) => void opened.push(space),
    endConference: (space) => h.meet.endActiveConference(space),
  });
  watching = () => live.watching();
  const settle = h.time.settle;
  h.time.settle = async () => {
    await settle();
    await live.whenIdle();
  };
  live.start();
  await h.feature.start();
  await h.time.advance(0);
  return { ...h, live, settings, notices, rooms, opened, preset };
}
