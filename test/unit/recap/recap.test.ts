import { describe, expect, it } from 'vitest';
import type { Recap } from '../../../shared/model/recap';
import { recapToMarkdown } from '../../../electron/core/recap/recap-markdown';
import { startAfterCall } from './after-call-harness';

const ctx = { senderId: 't' };
const MIN = 60_000;

/** A 30-minute meeting: Ada on time, Bo 6 min late, Kim out and back, a phone caller leaving 10 min early. */
async function meetingEnds() {
  const h = await startAfterCall();
  const record = h.meet.startConference('spaces/alpha');
  const start = Date.parse(h.meet.records.get(record)!.startTime);
  const at = (ms: number) => new Date(start + ms).toISOString();
  const ada = h.meet.join(record, 'signedinUser', 'Ada');
  const kim = h.meet.join(record, 'anonymousUser', 'Guest Kim');
  const phone = h.meet.join(record, 'phoneUser', '+1 ***-***-**42');
  await h.time.advance(6 * MIN);
  const bo = h.meet.join(record, 'signedinUser', 'Bo');
  await h.time.advance(2 * MIN);
  h.meet.leave(kim);
  await h.time.advance(MIN);
  h.meet.rejoin(kim);
  await h.time.advance(11 * MIN);
  h.meet.leave(phone);
  await h.time.advance(10 * MIN);
  h.meet.end(record, ['recording', 'transcript']);
  await h.time.advance(5_000);
  await h.time.advance(5_000);
  return { h, record, start, at, ada, bo, kim };
}

const recapPushes = (h: Awaited<ReturnType<typeof startAfterCall>>) =>
  h.events.emitted.filter((e) => e.event === 'recap.changed').map((e) => e.payload as Recap);

describe('recap after the call', () => {
  it('is written when the followed conference ends: duration, late arrivals, early leavers and rejoins from sessions', async () => {
    const { h, record, at } = await meetingEnds();
    const [recap] = await h.afterCall.handlers['recap.list']({}, ctx);
    expect(recap?.record).toBe(record);
    expect(recap!.durationSeconds).toBe(30 * 60);
    expect(recap!.endTime).toBe(at(30 * MIN));
    const byName = new Map(recap!.attendees.map((a) => [a.displayName, a]));
    expect(byName.get('Ada')).toMatchObject({ totalSeconds: 1800, rejoins: 0 });
    expect(byName.get('Ada')!.lateSeconds).toBeUndefined();
    expect(byName.get('Ada')!.leftEarlySeconds).toBeUndefined();
    expect(byName.get('Bo')).toMatchObject({ lateSeconds: 360, totalSeconds: 1440, rejoins: 0 });
    expect(byName.get('Guest Kim')).toMatchObject({ rejoins: 1, totalSeconds: 1740 });
    expect(byName.get('Guest Kim')!.lateSeconds).toBeUndefined();
    expect(byName.get('+1 ***-***-**42')).toMatchObject({ leftEarlySeconds: 600, totalSeconds: 1200 });
    // Files are listed as they are known; no talk time before a transcript exists.
    expect(recap!.talkTime).toBeUndefined();
    expect(recapPushes(h).at(-1)?.record).toBe(record);
  });

  it('fills in the file links as each file is generated, and the talk time once the transcript is read', async () => {
    const { h, record, start, ada, bo } = await meetingEnds();
    const transcript = h.meet.transcripts.get(record)![0]!.name;
    const t = (s: number) => new Date(start + s * 1000).toISOString();
    h.meet.entries.set(transcript, [
      { name: `${transcript}/entries/1`, participant: ada, text: 'Welcome, everyone.', startTime: t(10), endTime: t(40) },
      { name: `${transcript}/entries/2`, participant: bo, text: 'Sorry I am late.', startTime: t(400), endTime: t(410) },
      { name: `${transcript}/entries/3`, participant: ada, text: 'No problem.', startTime: t(420), endTime: t(425) },
    ]);
    let [recap] = await h.afterCall.handlers['recap.list']({}, ctx);
    expect(recap!.files.map((f) => [f.kind, f.state, f.exportUri])).toEqual([
      ['recording', 'ENDED', undefined],
      ['transcript', 'ENDED', undefined],
    ]);
    h.meet.generate(record);
    await h.time.advance(60_000);
    await h.time.advance(60_000);
    [recap] = await h.afterCall.handlers['recap.list']({}, ctx);
    expect(recap!.files.map((f) => [f.kind, f.exportUri])).toEqual([
      ['recording', 'https://drive.google.com/file/d/f/view'],
      ['transcript', 'https://docs.google.com/document/d/d/view'],
    ]);
    expect(recap!.talkTime).toEqual([
      { speaker: 'Ada', seconds: 35, entries: 2 },
      { speaker: 'Bo', seconds: 10, entries: 1 },
    ]);
  });

  it('copies the recap as Markdown, exactly', async () => {
    const { h, record } = await meetingEnds();
    const { copiedText } = await h.afterCall.handlers['recap.copy']({ record }, ctx);
    const [recap] = await h.afterCall.handlers['recap.list']({}, ctx);
    expect(copiedText).toBe(h.clipboard.text);
    expect(copiedText).toBe(recapToMarkdown(recap!));
    expect(copiedText).toBe(
      [
        `## Recap: aaa-bbbb-cc0, 2026-11-24`,
        '',
        '**Duration:** 30 min',
        '',
        '### Attendance (4)',
        // Same first join: by name.
        '- +1 \\*\\*\\*-\\*\\*\\*-\\*\\*42: 20 min (left 10 min early)',
        '- Ada: 30 min',
        '- Guest Kim: 29 min (rejoined 1×)',
        '- Bo: 24 min (joined 6 min late)',
        '',
        '### Talk time',
        '- Waiting for the transcript.',
        '',
        '### Files',
        '- Recording: processing',
        '- Transcript: processing',
        '',
      ].join('\n'),
    );
  });

  it('writes talk time with shares, links only for https addresses, and escapes names', () => {
    const recap: Recap = {
      record: 'conferenceRecords/r',
      space: 'spaces/s',
      meetingCode: 'abc-mnop-xyz',
      startTime: '2026-11-24T09:00:00Z',
      endTime: '2026-11-24T10:05:00Z',
      durationSeconds: 3900,
      attendees: [],
      talkTime: [
        { speaker: 'Ada [admin](x)', seconds: 90, entries: 3 },
        { speaker: 'Bo', seconds: 30, entries: 1 },
      ],
      files: [
        { kind: 'recording', name: 'conferenceRecords/r/recordings/1', state: 'FILE_GENERATED', exportUri: 'https://drive.google.com/file/d/1/view' },
        { kind: 'transcript', name: 'conferenceRecords/r/transcripts/1', state: 'FILE_GENERATED', exportUri: 'javascript:alert(1)' },
        { kind: 'smartNote', name: 'conferenceRecords/r/smartNotes/1', state: 'STARTED' },
      ],
    };
    expect(recapToMarkdown(recap)).toBe(
      [
        '## Recap: abc-mnop-xyz, 2026-11-24',
        '',
        '**Duration:** 1 h 05 min',
        '',
        '### Attendance (0)',
        '- No one joined.',
        '',
        '### Talk time',
        '- Ada \\[admin\\](x): 1 min (75%)',
        '- Bo: 30 s (25%)',
        '',
        '### Files',
        '- [Recording](https://drive.google.com/file/d/1/view)',
        '- Transcript: ready, no link',
        '- Notes: processing',
        '',
      ].join('\n'),
    );
  });

  it('keeps recaps across a restart, in the account’s own document', async () => {
    const { h, record } = await meetingEnds();
    const names = [...h.documents.files.keys()].filter((name) => name.startsWith('recaps'));
    expect(names).toEqual(['recaps']);
    const saved = JSON.parse(h.documents.files.get('recaps')!) as { version: number; recaps: Recap[] };
    expect(saved.version).toBe(1);
    expect(saved.recaps.map((r) => r.record)).toEqual([record]);
    await h.afterCall.recap.load();
    expect((await h.afterCall.handlers['recap.list']({}, ctx)).map((r) => r.record)).toEqual([record]);
  });
});
