import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGoogleapisMeetClient } from '../../../electron/adapters/googleapis-meet-client';
import { createNodeFileWriter } from '../../../electron/adapters/node-file-writer';
import { createConferenceFeature } from '../../../electron/core/conference/conference-feature';
import { createRecordingsFeature } from '../../../electron/core/recordings/recordings-feature';
import { createDocumentMeetingRegistry } from '../../../electron/core/meetings/document-meeting-registry';
import { emulatorControl, MEET_SCOPES, startEmulator } from '@quickmeet/emulator';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import {
  CapturingLogger,
  ControllableSystemEvents,
  MemoryClipboard,
  MemoryDocuments,
  RecordingUrlOpener,
  RecordingEventSink,
  RecordingNotifier,
} from '../../support/in-memory-ports';
import { FakeAuthSession } from '../../support/meetings-test-doubles';
import { VirtualTime } from '../../unit/attendees/support/virtual-time';

/**
 * The feature against the real emulator through the googleapis Meet adapter. Polling runs on virtual
 * time (timers fire when the test says); each poll's HTTP calls finish before time moves on.
 */
export async function startEmulatorFeature() {
  const emulator = await startEmulator({ artifactProcessingSeconds: 60 });
  const control = emulatorControl(emulator.baseUrl);
  let accessToken = (await control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token;
  const time = new VirtualTime(Date.parse(await control.now()));
  // Retries inside the adapter wait on virtual time too, so a Retry-After costs no real seconds.
  const meet = createGoogleapisMeetClient({
    tokens: { accessToken: async () => accessToken },
    rootUrl: `${emulator.baseUrl}/`,
    retryEnvironment: { now: time.now, sleep: async () => undefined, random: () => 0 },
  });
  const documents = new MemoryDocuments();
  const logger = new CapturingLogger();
  const registry = createDocumentMeetingRegistry(documents.factory('meetings'), logger);
  const space = await meet.createSpace();
  const at = new Date(time.now()).toISOString();
  await registry.upsert({ space: space.name, meetingUri: space.meetingUri, meetingCode: space.meetingCode, createdAt: at, lastUsedAt: at });
  const events = new RecordingEventSink();
  const notifier = new RecordingNotifier();
  const clipboard = new MemoryClipboard();
  const system = new ControllableSystemEvents();
  const exportDir = mkdtempSync(join(tmpdir(), 'quickmeet-export-'));
  // Built and started as create-core does: recordings first, the conference feature on top.
  const common = { meet, registry, auth: new FakeAuthSession(), events, notifier, clipboard, system, logger, clock: time, timers: time, random: () => 0.5, files: createNodeFileWriter() };
  const recordings = createRecordingsFeature({ ...common, documents: documents.factory, urlOpener: new RecordingUrlOpener(), exportFolder: () => exportDir });
  const feature = createConferenceFeature({ ...common, recordings, settings: () => ({ ...DEFAULT_SETTINGS, transcriptFolder: exportDir }) });
  time.settle = async () => {
    await feature.monitor.loop.whenIdle();
    await recordings.refresher.loop.whenIdle();
  };
  await recordings.start();
  await feature.start();
  /** Moves both clocks: the app's virtual time and the emulator's. */
  const advance = async (ms: number) => {
    await control.advanceClock(ms / 1000);
    await time.advance(ms);
  };
  /** A new access token, after moving the emulator's clock past the old one's expiry. */
  const renewToken = async () => {
    const fresh = await control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created]);
    accessToken = fresh.access_token;
  };
  const close = async () => {
    feature.stop();
    recordings.stop();
    await emulator.close();
  };
  return { emulator, control, meet, space, time, advance, registry, events, notifier, clipboard, system, feature, recordings, documents, exportDir, renewToken, close };
}
