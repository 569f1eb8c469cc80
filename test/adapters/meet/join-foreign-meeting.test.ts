import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingsFeature, type MeetingsFeature } from '../../../electron/core/meetings/meetings-feature';
import { emulatorControl } from '@quickmeet/emulator';
import { CapturingLogger, ManualClock, MemoryClipboard, MemoryDocuments, RecordingUrlOpener, RecordingNotifier } from '../../support/in-memory-ports';
import { FakeAuthSession, MemorySettingsSource } from '../../support/meetings-test-doubles';
import { startMeetEmulator, type MeetEmulator } from './emulator-harness';

// Join by code against the emulator, which answers a created-scope spaces.get on someone else's space with 403.
describe('join by code a meeting another account created (emulator)', () => {
  let google: MeetEmulator;
  let feature: MeetingsFeature;
  let urlOpener: RecordingUrlOpener;

  beforeAll(async () => {
    google = await startMeetEmulator();
    urlOpener = new RecordingUrlOpener();
    feature = createMeetingsFeature({
      meet: await google.client(),
      auth: new FakeAuthSession('ada@quickmeet.test'),
      settings: new MemorySettingsSource({ keepSpareSpace: false }),
      documents: new MemoryDocuments().factory,
      clipboard: new MemoryClipboard(),
      notifier: new RecordingNotifier(),
      urlOpener,
      clock: new ManualClock(),
      logger: new CapturingLogger(),
    });
    await feature.start();
  });
  afterAll(async () => {
    feature.stop();
    await google.emulator.close();
  });

  it("opens grace's meeting for ada although spaces.get is denied, and records it", async () => {
    const grace = await emulatorControl(google.emulator.baseUrl).createSpace({ owner: 'grace@quickmeet.test', clientId: 'another-app.apps.googleusercontent.com' });
    const meeting = await feature.handlers['meetings.join']({ input: `Join here: ${grace.meetingUri}` }, { senderId: 't' });
    expect(await google.attempts('meet.spaces.get')).toBeGreaterThan(0);
    expect(meeting.meetingUri).toBe(`https://meet.google.com/${grace.meetingCode}`);
    expect(urlOpener.opened).toEqual([`https://meet.google.com/${grace.meetingCode}`]);
    expect(feature.registry.list()[0]?.meetingCode).toBe(grace.meetingCode);
  });

  it('still resolves a space ada created with spaces.get, and reports an unknown code as not found', async () => {
    const own = await feature.instant.create({ startNow: false });
    const joined = await feature.handlers['meetings.join']({ input: own.meeting.meetingCode }, { senderId: 't' });
    expect(joined.space).toBe(own.meeting.space);
    await expect(feature.handlers['meetings.join']({ input: 'qqq-qqqq-qqq' }, { senderId: 't' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('You entered: “qqq-qqqq-qqq”'),
    });
  });
});
