import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingsView } from '../support/page-objects/recordings-view';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('recordings still being processed', () => {
  let app: QuickmeetApp;
  let recordings: RecordingsView;
  let code: string;
  let processingSeconds: number;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 640 } });
    recordings = new RecordingsView(app.page);
    await app.signIn('ada@quickmeet.test');
    processingSeconds = (await app.control.setSettings({})).artifactProcessingSeconds;
    const link = await app.createInstantMeeting();
    code = link.split('/').pop()!;
    const record = await app.startConference(link);
    await app.control.join(record, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    await app.control.startArtifact(record, 'recordings');
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(1);
    // The recording was running and the transcript is added at the end: both still need their files made.
    await app.control.end(record, { artifacts: ['transcript'] });
    await app.pollNow();
    await app.window.tab('Recordings').click();
  }, 60_000);
  afterAll(async () => app?.close());

  it('shows an ended artifact as processing, which cannot be opened or exported', async () => {
    await expect.poll(() => recordings.rows().filter({ hasText: 'Processing…' }).count()).toBe(2);
    await expect(recordings.openButton('Recording', code).isDisabled()).resolves.toBe(true);
    await expect(recordings.openButton('Transcript', code).isDisabled()).resolves.toBe(true);
    await expect(recordings.row('Transcript', code).getByRole('combobox', { name: /^Export/ }).count()).resolves.toBe(0);
    await app.screenshot('recordings-processing');
  });

  it('stays processing while the emulator has not generated the files yet', async () => {
    await app.control.advanceClock(processingSeconds / 2);
    const since = (await app.control.requests()).at(-1)?.seq ?? 0;
    await app.pollNow();
    // Wait for the re-check itself (its artifact lists in the emulator's log), then for its push to land.
    await expect
      .poll(async () => (await app.control.requests(since)).filter((r) => /^meet\.conferenceRecords\.(recordings|transcripts)\.list$/.test(r.apiMethod)).length)
      .toBeGreaterThanOrEqual(2);
    await app.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    await expect(recordings.rows().filter({ hasText: 'Ready' }).count()).resolves.toBe(0);
  });

  it('turns Ready once the files are generated, and Open hands the Drive or Docs link to the browser', async () => {
    await app.control.advanceClock(processingSeconds);
    await app.pollNow();
    await expect.poll(() => recordings.rows().filter({ hasText: 'Ready' }).count()).toBe(2);
    const opened = app.bridge.devices.urlOpener.opened.length;
    await recordings.openButton('Recording', code).click();
    const url = new URL(await app.bridge.devices.urlOpener.waitForOpened(() => true, opened));
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toBe('drive.google.com');
    await expect(recordings.row('Transcript', code).getByRole('combobox', { name: /^Export/ }).count()).resolves.toBe(1);
    await app.screenshot('recordings-ready');
  });
});
