import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SpokenEntry } from '../../../electron/core/recordings/transcript-reader';
import { startHarness } from '../attendees/support/harness';

const ctx = { senderId: 't' };

/** A generated transcript with entries over more than one page, in a conference of two speakers. */
async function transcriptReady() {
  const h = await startHarness({ start: false });
  const record = h.meet.startConference('spaces/alpha');
  const ada = h.meet.join(record, 'signedinUser', 'Ada *Lovelace*');
  const guest = h.meet.join(record, 'anonymousUser', 'Guest Speaker');
  h.meet.end(record, ['transcript']);
  h.meet.generate(record);
  const transcript = h.meet.transcripts.get(record)![0]!.name;
  const start = Date.parse(h.meet.records.get(record)!.startTime);
  const at = (s: number) => new Date(start + s * 1000).toISOString();
  const texts = ['Hello, everyone.', 'Hi Ada -- glad to be here!', 'Line one\nline two', '1, 2, 3: "quoted"', ...Array.from({ length: 12 }, (_, i) => `Point ${i}.`)];
  h.meet.entries.set(transcript, texts.map((text, i) => ({
    name: `${transcript}/entries/e${i}`, participant: i % 2 === 0 ? ada : guest, text, languageCode: 'en-US', startTime: at(i * 4 + 1), endTime: at(i * 4 + 3.5),
  })));
  await h.start();
  await h.time.advance(0);
  const expected: SpokenEntry[] = texts.map((text, i) => ({ speaker: i % 2 === 0 ? 'Ada *Lovelace*' : 'Guest Speaker', text, startTime: at(i * 4 + 1), endTime: at(i * 4 + 3.5) }));
  return { h, transcript, expected };
}

/** `00:MM:SS` for a whole number of seconds under an hour. */
const clock = (seconds: number) =>
  `00:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
const offset = (i: number) => clock(i * 4 + 1);

describe('transcript export', () => {
  it('writes plain text with one line per entry, exactly', async () => {
    const { h, transcript, expected } = await transcriptReady();
    const { filePath } = await h.recordings.handlers['transcripts.export']({ name: transcript, format: 'text' }, ctx);
    expect(filePath).toMatch(/\.txt$/);
    const text = readFileSync(filePath!, 'utf8');
    expect(text).toBe(expected.map((e, i) => `[${offset(i)}] ${e.speaker}: ${e.text}\n`).join(''));
  });

  it('writes SRT cues whose times and texts match the entries', async () => {
    const { h, transcript, expected } = await transcriptReady();
    const { filePath } = await h.recordings.handlers['transcripts.export']({ name: transcript, format: 'srt' }, ctx);
    const cues = readFileSync(filePath!, 'utf8').trimEnd().split('\n\n');
    expect(cues).toHaveLength(expected.length);
    cues.forEach((cue, i) => {
      const [index, times, ...text] = cue.split('\n');
      expect(index).toBe(String(i + 1));
      const s = i * 4 + 1;
      const end = s + 2.5;
      const fmt = (x: number) => `${clock(x)},${String(Math.round((x % 1) * 1000)).padStart(3, '0')}`;
      expect(times).toBe(`${fmt(s)} --> ${fmt(end)}`);
      expect(text.join('\n')).toBe(`${expected[i]!.speaker}: ${expected[i]!.text}`);
    });
  });

  it('copies Markdown with escaped speaker names and unchanged text; a second export costs no call', async () => {
    const { h, transcript, expected } = await transcriptReady();
    const { copiedText } = await h.recordings.handlers['transcripts.export']({ name: transcript, format: 'markdown', copy: true }, ctx);
    expect(h.clipboard.text).toBe(copiedText);
    const body = copiedText!.split('\n\n').slice(1).map((block) => block.trimEnd());
    expect(body).toEqual(expected.map((e, i) => `**[${offset(i)}] ${e.speaker.replaceAll('*', '\\*')}:** ${e.text}`));
    expect(h.meet.count('getParticipant')).toBe(2); // one per speaker, then cached
    const calls = h.meet.calls.length;
    await h.recordings.handlers['transcripts.export']({ name: transcript, format: 'srt', copy: true }, ctx);
    expect(h.meet.calls.length).toBe(calls);
  });
});
