import { describe, expect, it } from 'vitest';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { FIRST_RECHECK_MS, RECHECK_INTERVAL_MS } from '../../../electron/core/recordings/recordings-refresher';
import { RECORDINGS_DOCUMENT } from '../../../electron/core/recordings/recordings-feature';
import { startHarness } from '../attendees/support/harness';

const ctx = { senderId: 't' };
const DAY = 24 * 60 * 60 * 1000;

/** A conference that ran with two people and left a recording and a transcript. */
async function endedConference() {
  const h = await startHarness({ start: false });
  const record = h.meet.startConference('spaces/alpha');
  h.meet.join(record, 'signedinUser', 'Ada');
  await h.time.advance(60_000);
  h.meet.end(record, ['recording', 'transcript']);
  return { h, record };
}

describe('recent recordings', () => {
  it('finds a recording after the conference ends and announces it once the file is ready', async () => {
    const h = await startHarness();
    h.feature.setWindowVisible(true);
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada');
    await h.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    h.meet.end(record, ['recording', 'transcript']);
    await h.time.advance(POLL_INTERVALS_MS.attendeesVisible);

    const listed = await h.recordings.handlers['recordings.list']({}, ctx);
    expect(listed.map((a) => [a.kind, a.state, a.meetingCode])).toEqual(
      expect.arrayContaining([['recording', 'ENDED', 'aaa-bbbb-cc0'], ['transcript', 'ENDED', 'aaa-bbbb-cc0']]),
    );
    await expect(h.recordings.handlers['recordings.open']({ name: listed[0]!.name }, ctx)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(h.notifier.shown).toHaveLength(0);

    h.meet.generate(record);
    await h.time.advance(RECHECK_INTERVAL_MS);
    expect(h.notifier.shown.map((n) => n.title).sort()).toEqual(['Recording ready', 'Transcript ready']);
    expect(h.events.last('recordings.changed')?.every((a) => a.state === 'FILE_GENERATED')).toBe(true);
    h.notifier.shown.find((n) => n.title === 'Recording ready')!.onAction!();
    expect(await h.urlOpener.nextOpened(0)).toBe('https://drive.google.com/file/d/f/view');

    // Nothing pending any more: the background refresh stops calling.
    const calls = h.meet.calls.length;
    await h.time.advance(RECHECK_INTERVAL_MS * 10);
    expect(h.meet.calls.filter((c) => c.method !== 'listConferenceRecords').length).toBe(
      h.meet.calls.slice(0, calls).filter((c) => c.method !== 'listConferenceRecords').length,
    );
  });

  it('looks again soon after the end, when files are expected, and slower as the wait grows', async () => {
    const h = await startHarness();
    h.feature.setWindowVisible(true);
    const record = h.meet.startConference('spaces/alpha');
    await h.time.advance(POLL_INTERVALS_MS.discoveryVisible);
    h.meet.end(record, ['recording']);
    await h.time.advance(POLL_INTERVALS_MS.attendeesVisible);
    expect(h.events.last('recordings.changed')?.map((a) => a.state)).toEqual(['ENDED']);

    // A file made 15 s after the end shows within a few seconds, not at the next full minute.
    await h.time.advance(15_000);
    h.meet.generate(record);
    await h.time.advance(FIRST_RECHECK_MS);
    expect(h.events.last('recordings.changed')?.map((a) => a.state)).toEqual(['FILE_GENERATED']);

    // Still processing an hour later: about one check a minute, not one every few seconds.
    const late = h.meet.startConference('spaces/alpha');
    h.meet.end(late, ['transcript']);
    h.recordings.refresher.loop.pollNow();
    await h.time.advance(60 * 60_000);
    const lists = () => h.meet.calls.filter((c) => c.method === 'listTranscripts').length;
    const before = lists();
    await h.time.advance(10 * 60_000);
    expect(lists() - before).toBeLessThanOrEqual(10);
    expect(lists() - before).toBeGreaterThanOrEqual(9);
  });

  it('opens the menu from the cache without a network call', async () => {
    const { h } = await endedConference();
    await h.start();
    await h.time.advance(0);
    const calls = h.meet.calls.length;
    const listed = await h.recordings.handlers['recordings.list']({}, ctx);
    expect(listed.length).toBe(2);
    expect(h.recordings.recent(1)).toHaveLength(1);
    expect(h.meet.calls.length).toBe(calls);
  });

  it('costs calls in proportion to new conferences on each refresh', async () => {
    const { h } = await endedConference();
    await h.start();
    await h.time.advance(0);
    h.meet.generate([...h.meet.records.keys()][0]!);
    await h.time.advance(RECHECK_INTERVAL_MS);
    const before = h.meet.calls.length;
    const second = h.meet.startConference('spaces/alpha');
    h.meet.end(second, ['recording']);
    h.recordings.refresher.loop.pollNow();
    await h.time.advance(0);
    const spent = h.meet.calls.slice(before).map((c) => c.method);
    // One list of new records, three artifact lists for the one new conference.
    expect(spent.sort()).toEqual(['listConferenceRecords', 'listRecordings', 'listSmartNotes', 'listTranscripts']);
    const filter = (h.meet.calls[before]!.args[0] as { filter: string }).filter;
    expect(filter).toMatch(/^start_time>="\d{4}-/);
  });

  it('keeps recordings after Google expires the conference record', async () => {
    const { h, record } = await endedConference();
    await h.start();
    await h.time.advance(0);
    h.meet.expire(record);
    await h.time.advance(31 * DAY);
    h.recordings.refresher.loop.pollNow();
    await h.time.advance(0);
    expect((await h.recordings.handlers['recordings.list']({}, ctx)).map((a) => a.record)).toEqual([record, record]);
    const saved = JSON.parse(h.documents.files.get(RECORDINGS_DOCUMENT)!) as { artifacts: unknown[] };
    expect(saved.artifacts).toHaveLength(2);
    expect(h.time.pendingCount).toBe(0);
  });

  it('opens only https Drive and Docs links', async () => {
    const { h, record } = await endedConference();
    h.meet.generate(record, () => 'https://drive.google.com.evil.example/file');
    await h.start();
    await h.time.advance(0);
    const recording = (await h.recordings.handlers['recordings.list']({}, ctx)).find((a) => a.kind === 'recording')!;
    await expect(h.recordings.handlers['recordings.open']({ name: recording.name }, ctx)).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
    const transcript = (await h.recordings.handlers['recordings.list']({}, ctx)).find((a) => a.kind === 'transcript')!;
    await h.recordings.handlers['recordings.open']({ name: transcript.name }, ctx);
    expect(h.urlOpener.opened).toEqual(['https://docs.google.com/document/d/d/view']);
  });

  it('lists ended conferences as history and survives a corrupt cache file', async () => {
    const { h, record } = await endedConference();
    h.documents.files.set(RECORDINGS_DOCUMENT, JSON.stringify({ version: 7, junk: true }));
    await h.start();
    await h.time.advance(0);
    expect((await h.feature.handlers['conference.history']({}, ctx)).map((c) => c.record)).toEqual([record]);
  });
});

describe('recordings tray menu', () => {
  it('labels each artifact with kind, meeting, date, length and state, and decodes clicks', async () => {
    const { recordingsMenuSection, parseRecordingsMenuId } = await import('../../../electron/core/tray/recordings-menu');
    const base = { record: 'conferenceRecords/r', space: 'spaces/a', meetingCode: 'abc-defg-hij', startTime: '2026-11-24T09:00:00.000Z', endTime: '2026-11-24T09:42:00.000Z' };
    const section = recordingsMenuSection([
      { ...base, name: 'conferenceRecords/r/recordings/1', kind: 'recording', state: 'FILE_GENERATED', exportUri: 'https://drive.google.com/file/d/x/view' },
      { ...base, name: 'conferenceRecords/r/transcripts/1', kind: 'transcript', state: 'ENDED' },
    ]);
    expect(section.kind === 'submenu' && section.items.map((i) => (i.kind === 'action' ? [i.label, i.enabled] : []))).toEqual([
      ['Recording · abc-defg-hij · 2026-11-24 09:00 · 42 min', true],
      ['Transcript · abc-defg-hij · 2026-11-24 09:00 · 42 min · processing…', false],
    ]);
    expect(parseRecordingsMenuId('recording.open:conferenceRecords/r/recordings/1')).toBe('conferenceRecords/r/recordings/1');
    expect(parseRecordingsMenuId('recent.open:spaces/a')).toBeUndefined();
  });
});
