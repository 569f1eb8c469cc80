import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConferenceFeature, type ConferenceFeature } from '../../../../electron/core/conference/conference-feature';
import { createRecordingsFeature } from '../../../../electron/core/recordings/recordings-feature';
import { createDocumentMeetingRegistry } from '../../../../electron/core/meetings/document-meeting-registry';
import { createNodeFileWriter } from '../../../../electron/adapters/node-file-writer';
import type { AttendeesDiff, Attendee } from '../../../../shared/model/conference';
import type { Settings } from '../../../../shared/model/settings';
import {
  CapturingLogger,
  ControllableSystemEvents,
  MemoryClipboard,
  MemoryDocuments,
  RecordingUrlOpener,
  RecordingEventSink,
  RecordingNotifier,
} from '../../../support/in-memory-ports';
import { FakeAuthSession } from '../../../support/meetings-test-doubles';
import { FakeConferenceApi } from './fake-conference-api';
import { VirtualTime } from './virtual-time';

/** The "during and after" feature over fakes, with virtual time and real export files. */
export async function startHarness(options: { spaces?: string[]; settings?: Partial<Settings>; start?: boolean; meetingsAgeMs?: number; keepWatching?: () => boolean } = {}) {
  const time = new VirtualTime();
  const meet = new FakeConferenceApi(time);
  const documents = new MemoryDocuments();
  const logger = new CapturingLogger();
  const registry = createDocumentMeetingRegistry(documents.factory('meetings'), logger);
  // Made a while ago: the fast look-out right after creating a meeting is tested on its own.
  const at = new Date(time.now() - (options.meetingsAgeMs ?? 10 * 60_000)).toISOString();
  for (const [index, space] of (options.spaces ?? ['spaces/alpha']).entries()) {
    await registry.upsert({ space, meetingUri: `https://meet.google.com/aaa-bbbb-cc${index}`, meetingCode: `aaa-bbbb-cc${index}`, createdAt: at, lastUsedAt: at });
  }
  const events = new RecordingEventSink();
  const notifier = new RecordingNotifier();
  const urlOpener = new RecordingUrlOpener();
  const clipboard = new MemoryClipboard();
  const system = new ControllableSystemEvents();
  const auth = new FakeAuthSession();
  const exportDir = mkdtempSync(join(tmpdir(), 'quickmeet-export-'));
  const settings: Settings = { ...(await import('../../../../shared/model/settings')).DEFAULT_SETTINGS, transcriptFolder: exportDir, ...options.settings };
  // Built as create-core builds them: recordings first, the conference feature on top.
  const common = { meet, registry, auth, events, notifier, clipboard, system, logger, clock: time, timers: time, random: () => 0.5, files: createNodeFileWriter() };
  const recordings = createRecordingsFeature({ ...common, documents: documents.factory, urlOpener, exportFolder: () => settings.transcriptFolder });
  const feature: ConferenceFeature = createConferenceFeature({ ...common, recordings, settings: () => settings, ...(options.keepWatching ? { keepWatching: options.keepWatching } : {}) });
  time.settle = async () => {
    await feature.monitor.loop.whenIdle();
    await recordings.refresher.loop.whenIdle();
  };
  /** Starts both features in create-core's order. */
  const start = async () => {
    await recordings.start();
    await feature.start();
  };
  const stop = () => {
    feature.stop();
    recordings.stop();
  };
  if (options.start !== false) await start();
  await time.advance(0);
  return { time, meet, documents, registry, events, notifier, urlOpener, clipboard, system, auth, feature, recordings, start, stop, settings, exportDir, logger };
}

/** The attendee list as a renderer holding every `attendees.changed` push would have it. */
export function rendererList(events: RecordingEventSink): Map<string, Attendee> {
  const list = new Map<string, Attendee>();
  for (const { event, payload } of events.emitted) {
    if (event !== 'attendees.changed') continue;
    const diff = payload as AttendeesDiff;
    if (diff.reset) list.clear();
    for (const row of diff.upserted) list.set(row.name, row);
    for (const name of diff.removed) list.delete(name);
  }
  return list;
}

/** Every pushed attendees diff, in order. */
export function attendeePushes(events: RecordingEventSink): AttendeesDiff[] {
  return events.emitted.filter((e) => e.event === 'attendees.changed').map((e) => e.payload as AttendeesDiff);
}
