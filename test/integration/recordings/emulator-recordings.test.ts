import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { listAllPages } from '../../../electron/core/paging/list-all-pages';
import { RECHECK_INTERVAL_MS } from '../../../electron/core/recordings/recordings-refresher';
import { startEmulatorFeature } from '../attendees/emulator-feature';

const ctx = { senderId: 'test' };
const MINUTE = 60_000;
let running: Awaited<ReturnType<typeof startEmulatorFeature>> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A conference with Ada (two sessions) and a guest, recorded and transcribed, ended from Quickmeet. */
async function endedConference() {
  const h = (running = await startEmulatorFeature());
  h.feature.setWindowVisible(true);
  const record = (await h.control.startConference(h.space.name)).name;
  const ada = await h.control.join(record, { kind: 'signedinUser', displayName: 'Ada Lovelace' });
  await h.control.join(record, { kind: 'anonymousUser', displayName: 'Visitor' });
  await h.control.startArtifact(record, 'recordings');
  await h.control.startArtifact(record, 'transcripts');
  await h.advance(10 * MINUTE);
  await h.control.leave(record, ada.name);
  await h.advance(5 * MINUTE);
  await h.control.rejoin(record, ada.name);
  await h.advance(5 * MINUTE);
  await h.feature.handlers['conference.end']({ space: h.space.name }, ctx);
  await h.advance(POLL_INTERVALS_MS.attendeesVisible);
  return { ...h, record, ada };
}

describe('after the meeting, against the emulator', () => {
  it('summarises attendance, lists the recording, and announces it when the file is ready', async () => {
    const h = await endedConference();
    expect(h.feature.monitor.listLive()).toEqual([]);
    const rows = await h.feature.handlers['attendance.summary']({ record: h.record }, ctx);
    const ada = rows.find((r) => r.displayName === 'Ada Lovelace')!;
    expect(ada.sessionCount).toBe(2);
    // The emulator's clock also moves with real time between the test's calls, so the total is what
    // Google's two sessions add up to: at least the 15 simulated minutes, never the 5-minute gap.
    const sessions = await listAllPages((pageToken) => h.meet.listParticipantSessions(h.ada.name, { ...(pageToken ? { pageToken } : {}) }));
    const sessionMs = sessions.map((s) => Date.parse(s.endTime!) - Date.parse(s.startTime)).reduce((a, b) => a + b, 0);
    expect(ada.totalSeconds).toBe(Math.round(sessionMs / 1000));
    expect(ada.totalSeconds).toBeGreaterThanOrEqual(15 * 60);
    expect(rows.find((r) => r.kind === 'anonymousUser')).toMatchObject({ displayName: 'Visitor', sessionCount: 1 });

    const listed = await h.recordings.handlers['recordings.list']({}, ctx);
    expect(listed.map((a) => a.kind).sort()).toEqual(['recording', 'transcript']);
    expect(listed.every((a) => a.state !== 'FILE_GENERATED')).toBe(true);
    await h.advance(RECHECK_INTERVAL_MS * 2);
    const ready = await h.recordings.handlers['recordings.list']({}, ctx);
    expect(ready.every((a) => a.state === 'FILE_GENERATED' && a.exportUri)).toBe(true);
    expect(h.notifier.shown.map((n) => n.title).sort()).toEqual(['Recording ready', 'Transcript ready']);
  });

  it('exports a transcript that matches its entries exactly', async () => {
    const h = await endedConference();
    await h.advance(RECHECK_INTERVAL_MS * 2);
    const transcript = (await h.recordings.handlers['recordings.list']({}, ctx)).find((a) => a.kind === 'transcript')!;
    const entries = await listAllPages((pageToken) => h.meet.listTranscriptEntries(transcript.name, { ...(pageToken ? { pageToken } : {}) }));
    expect(entries.length).toBeGreaterThan(1);
    const names = new Map<string, string>();
    for (const e of entries) {
      const p = await h.meet.getParticipant(e.participant);
      names.set(e.participant, p.signedinUser?.displayName ?? p.anonymousUser?.displayName ?? p.phoneUser?.displayName ?? '');
    }
    const { filePath } = await h.recordings.handlers['transcripts.export']({ name: transcript.name, format: 'text' }, ctx);
    const lines = readFileSync(filePath!, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^\[\d\d:\d\d:\d\d\] /, ''))).toEqual(entries.map((e) => `${names.get(e.participant)}: ${e.text}`));

    const { copiedText } = await h.recordings.handlers['transcripts.export']({ name: transcript.name, format: 'srt', copy: true }, ctx);
    const cueTexts = copiedText!.trimEnd().split('\n\n').map((cue) => cue.split('\n').slice(2).join('\n'));
    expect(cueTexts).toEqual(entries.map((e) => `${names.get(e.participant)}: ${e.text}`));
  });

  it('keeps recordings after the emulator expires the conference record', async () => {
    const h = await endedConference();
    await h.advance(RECHECK_INTERVAL_MS * 2);
    const before = await h.recordings.handlers['recordings.list']({}, ctx);
    await h.control.advanceClock(31 * 24 * 3600);
    await h.renewToken();
    await expect(h.meet.getConferenceRecord(h.record)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    h.recordings.refresher.loop.pollNow();
    await h.time.advance(0);
    expect(await h.recordings.handlers['recordings.list']({}, ctx)).toEqual(before);
    expect((await h.feature.handlers['conference.history']({}, ctx)).map((c) => c.record)).toEqual([h.record]);
  });
});
