import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingsView } from '../support/page-objects/recordings-view';
import { SettingsView } from '../support/page-objects/settings-view';
import { QuickmeetApp } from '../support/quickmeet-app';

interface Entry {
  readonly participant: string;
  readonly text: string;
  readonly startTime: string;
  readonly endTime: string;
}
type Participant = Record<'signedinUser' | 'anonymousUser' | 'phoneUser', { displayName?: string } | undefined>;

/** `HH:MM:SS`, with `,mmm` for SRT, counted from `origin`. */
const clock = (iso: string, origin: number, millis = false) => {
  const ms = Date.parse(iso) - origin;
  const hms = new Date(ms).toISOString().slice(11, 19);
  return millis ? `${hms},${String(ms % 1000).padStart(3, '0')}` : hms;
};

describe('transcript export from the window', () => {
  let app: QuickmeetApp;
  let recordings: RecordingsView;
  let exportFolder: string;
  let code: string;
  let lines: ReadonlyArray<Entry & { readonly speaker: string }>;
  let origin: number;

  beforeAll(async () => {
    exportFolder = mkdtempSync(join(tmpdir(), 'quickmeet-exports-'));
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 760 } });
    recordings = new RecordingsView(app.page);
    await app.signIn('ada@quickmeet.test');

    const settings = new SettingsView(app.page);
    await app.window.tab('Settings').click();
    await settings.transcriptFolder().fill(exportFolder);
    await settings.transcriptFolder().blur();
    await settings.saved().waitFor();

    await app.window.tab('Meet').click();
    const link = await app.createInstantMeeting();
    code = link.split('/').pop()!;
    const record = await app.startConference(link);
    await app.control.join(record, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    await app.control.join(record, { kind: 'anonymousUser', displayName: 'Visitor_*1*' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(2);
    // Spread the utterances over a minute and a half, so offsets and SRT times are not all zero.
    await app.control.advanceClock(95);
    await app.control.end(record, { artifacts: ['transcript'], generateNow: true });
    await app.pollNow();

    const { transcripts } = await app.meetApi<{ transcripts: Array<{ name: string; startTime: string }> }>(`v2/${record}/transcripts`);
    const [transcript] = transcripts;
    const entries: Entry[] = [];
    let pageToken = '';
    do {
      const page = await app.meetApi<{ transcriptEntries?: Entry[]; nextPageToken?: string }>(`v2/${transcript!.name}/entries?pageToken=${pageToken}`);
      entries.push(...(page.transcriptEntries ?? []));
      pageToken = page.nextPageToken ?? '';
    } while (pageToken);
    const speakers = new Map<string, string>();
    for (const name of new Set(entries.map((entry) => entry.participant))) {
      const participant = await app.meetApi<Participant>(`v2/${name}`);
      const person = participant.signedinUser ?? participant.anonymousUser ?? participant.phoneUser;
      speakers.set(name, person?.displayName ?? '');
    }
    lines = entries.map((entry) => ({ ...entry, speaker: speakers.get(entry.participant)! }));
    origin = Math.min(Date.parse(transcript!.startTime), ...entries.map((entry) => Date.parse(entry.startTime)));
    expect(lines.length).toBeGreaterThan(2);

    await app.window.tab('Recordings').click();
    await recordings.row('Transcript', code).filter({ hasText: 'Ready' }).waitFor();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    rmSync(exportFolder, { recursive: true, force: true });
  });

  it('copies the transcript as Markdown: a title, then one bold timestamped speaker line per entry', async () => {
    await app.page.evaluate(() => navigator.clipboard.writeText(''));
    await recordings.exportTranscript(code, 'markdown');
    await recordings.status().filter({ hasText: 'Transcript copied as Markdown.' }).waitFor();
    const date = lines[0]!.startTime.slice(0, 10);
    const escaped = (name: string) => name.replace(/[*_]/g, (c) => `\\${c}`);
    const expected = [`## Transcript: ${code}, ${date}`, '', ...lines.map((l) => `**[${clock(l.startTime, origin)}] ${escaped(l.speaker)}:** ${l.text}\n`)].join('\n');
    await expect.poll(() => app.pageClipboard()).toBe(expected);
    expect(app.systemClipboard()).toBe(expected);
    expect(expected).toContain('Visitor\\_\\*1\\*');
  });

  it('saves the transcript as plain text where the settings say, and the window shows the path', async () => {
    await recordings.exportTranscript(code, 'text');
    const status = recordings.status().filter({ hasText: `Transcript saved to ${exportFolder}/` });
    await status.waitFor();
    const path = (await status.textContent())!.replace('Transcript saved to ', '');
    expect(path).toMatch(/\.txt$/);
    expect(readFileSync(path, 'utf8')).toBe(lines.map((l) => `[${clock(l.startTime, origin)}] ${l.speaker}: ${l.text}\n`).join(''));
  });

  it('saves the transcript as SRT cues numbered from 1 with start and end times', async () => {
    await recordings.exportTranscript(code, 'srt');
    const status = recordings.status().filter({ hasText: /\.srt$/ });
    await status.waitFor();
    const path = (await status.textContent())!.replace('Transcript saved to ', '');
    expect(path.startsWith(exportFolder)).toBe(true);
    const cues = lines.map((l, i) => `${i + 1}\n${clock(l.startTime, origin, true)} --> ${clock(l.endTime, origin, true)}\n${l.speaker}: ${l.text}\n`);
    expect(readFileSync(path, 'utf8')).toBe(cues.join('\n'));
    expect(readFileSync(path, 'utf8')).toMatch(/00:01:\d\d,\d{3}/);
    await app.screenshot('transcript-export');
  });

  it('shows the saved file in the file manager: the desktop opener gets its folder, and a failing one is said', async () => {
    // The bridge runs in this process, so the real file writer starts this stand-in for xdg-open.
    const bin = mkdtempSync(join(tmpdir(), 'quickmeet-opener-'));
    const calls = join(bin, 'calls');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" >> '${calls}'\nexit "$(cat '${bin}/status' 2>/dev/null || echo 0)"\n`, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const saved = recordings.panel().getByTestId('saved-file');
      const file = (await saved.locator('.saved-path').textContent())!;
      await saved.getByRole('button', { name: 'Show in folder' }).click();
      await expect.poll(() => (existsSync(calls) ? readFileSync(calls, 'utf8') : '')).toBe(`${dirname(file)}\n`);
      await expect(saved.getByRole('alert').count()).resolves.toBe(0);

      writeFileSync(join(bin, 'status'), '3');
      await saved.getByRole('button', { name: 'Show in folder' }).click();
      await saved.getByRole('alert').filter({ hasText: `The file is at ${file}.` }).waitFor();
      await app.screenshot('transcript-show-in-folder-failed');
    } finally {
      process.env.PATH = path;
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
