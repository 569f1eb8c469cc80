import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import { createMeetingsFeature, type MeetingsFeature } from '../../../electron/core/meetings/meetings-feature';
import type { Settings } from '../../../shared/model/settings';
import { FakeMeetApi } from '../../support/fake-meet-api';
import {
  CapturingLogger,
  ControllableSystemEvents,
  ManualClock,
  MemoryClipboard,
  MemoryDocuments,
  RecordingUrlOpener,
  RecordingEventSink,
  RecordingNotifier,
} from '../../support/in-memory-ports';
import { FakeAuthSession, MemorySettingsSource } from '../../support/meetings-test-doubles';

/** The meetings feature over in-memory ports, with every double exposed to the test. */
export interface MeetingsHarness {
  readonly feature: MeetingsFeature;
  readonly meet: FakeMeetApi;
  readonly auth: FakeAuthSession;
  readonly settings: MemorySettingsSource;
  readonly documents: MemoryDocuments;
  readonly clipboard: MemoryClipboard;
  readonly urlOpener: RecordingUrlOpener;
  readonly notifier: RecordingNotifier;
  readonly events: RecordingEventSink;
  readonly clock: ManualClock;
  readonly system: ControllableSystemEvents;
  /** A second feature over the same documents and API, as after a restart. */
  restart(): Promise<MeetingsHarness>;
}

/** Builds and starts the feature; spares are off unless the test turns them on. */
export async function startMeetings(
  settings: Partial<Settings> = { keepSpareSpace: false },
  shared: Partial<Pick<MeetingsHarness, 'meet' | 'documents' | 'clock' | 'auth'>> = {},
  startOptions: { readonly refill?: boolean } = {},
): Promise<MeetingsHarness> {
  const parts = {
    meet: shared.meet ?? new FakeMeetApi(),
    auth: shared.auth ?? new FakeAuthSession(),
    settings: new MemorySettingsSource(settings),
    documents: shared.documents ?? new MemoryDocuments(),
    clipboard: new MemoryClipboard(),
    urlOpener: new RecordingUrlOpener(),
    notifier: new RecordingNotifier(),
    events: new RecordingEventSink(),
    clock: shared.clock ?? new ManualClock(),
    system: new ControllableSystemEvents(),
  };
  const feature = createMeetingsFeature({ ...parts, documents: parts.documents.factory, logger: new CapturingLogger(), notices: createNoticeBoard(parts.events) });
  await feature.start(startOptions);
  const harness: MeetingsHarness = {
    ...parts,
    feature,
    restart: async () => {
      feature.stop();
      return startMeetings(parts.settings.get(), { meet: parts.meet, documents: parts.documents, clock: parts.clock, auth: parts.auth });
    },
  };
  return harness;
}
