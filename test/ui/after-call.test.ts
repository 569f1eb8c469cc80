import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration } from '../../shared/time/duration-text';
import { seriousViolations } from '../support/axe-violations';
import { QuickmeetApp } from '../support/quickmeet-app';

type Listed = { recordings?: Array<{ driveDestination?: { exportUri?: string } }>; transcripts?: Array<{ docsDestination?: { exportUri?: string } }> };

describe('after the call: the recap card and transcript search', () => {
  let app: QuickmeetApp;
  let code: string;
  let record: string;
  let adaName: string;

  beforeAll(async () => {
    app = await QuickmeetApp.launch({ viewport: { width: 420, height: 1100 } });
    await app.signIn('ada@quickmeet.test');
    adaName = (await app.control.accounts()).find((a) => a.email === 'ada@quickmeet.test')!.name;
    const link = await app.createInstantMeeting();
    code = link.split('/').pop()!;
    record = await app.startConference(link);
    await app.control.join(record, { kind: 'signedinUser', account: 'ada@quickmeet.test' });
    const visitor = await app.control.join(record, { kind: 'anonymousUser', displayName: 'Visitor <img src=x onerror=alert(1)>' });
    const desk = await app.control.join(record, { kind: 'phoneUser', displayName: 'Front desk' });
    await app.window.tab('Live').click();
    await app.pollNow();
    await app.waitForAttendees(3);
    // Bo arrives three minutes in; the visitor drops out and comes back; the front desk leaves three minutes before the end.
    await app.control.advanceClock(180);
    await app.control.join(record, { kind: 'anonymousUser', displayName: 'Bo Late' });
    await app.control.leave(record, visitor.name);
    await app.control.rejoin(record, visitor.name);
    await app.control.advanceClock(120);
    await app.control.leave(record, desk.name);
    await app.control.advanceClock(180);
    await app.control.end(record, { artifacts: ['recording', 'transcript'] });
    await app.pollNow();
  }, 90_000);
  afterAll(async () => app?.close());

  const card = () => app.page.getByTestId('recap-card');

  it('shows the recap when the followed meeting ends: duration, late arrival, early leaver, rejoin; files still processing', async () => {
    await card().getByRole('list', { name: 'Attendance' }).getByText('Bo Late').waitFor();
    const people = card().getByRole('list', { name: 'Attendance' }).getByRole('listitem');
    await expect(people.count()).resolves.toBe(4);
    await expect(people.filter({ hasText: 'Bo Late' }).textContent()).resolves.toContain('3 min late');
    await expect(people.filter({ hasText: 'Front desk' }).textContent()).resolves.toContain('left 3 min early');
    await expect(people.filter({ hasText: 'Visitor' }).textContent()).resolves.toContain('rejoined 1×');
    await expect(people.filter({ hasText: adaName }).locator('.badge').count()).resolves.toBe(0);
    // The visitor's name stays text: no element is made from it.
    await expect(card().locator('img').count()).resolves.toBe(0);
    await expect(card().locator('.recap-duration strong').textContent()).resolves.toBe('8 min');
    await expect(card().getByRole('list', { name: 'Files' }).getByText('Processing…').count()).resolves.toBe(2);
    await card().getByText('Talk time appears once the transcript is ready.').waitFor();
    await app.screenshot('recap-processing');
  });

  it('fills in the links and the talk time once Google has generated the files, and copies the recap as Markdown', async () => {
    await app.control.advanceClock(3_600);
    await app.pollNow();
    const files = card().getByRole('list', { name: 'Files' });
    await files.getByRole('button', { name: 'Open recording' }).waitFor();
    await files.getByRole('button', { name: 'Open transcript' }).waitFor();
    const talkRows = card().getByRole('list', { name: 'Talk time' }).getByRole('listitem');
    await expect.poll(() => talkRows.count()).toBe(4);

    const listed = async (collection: 'recordings' | 'transcripts') => app.meetApi<Listed>(`v2/${record}/${collection}`);
    const recording = (await listed('recordings')).recordings![0]!.driveDestination!.exportUri!;
    const transcript = (await listed('transcripts')).transcripts![0]!.docsDestination!.exportUri!;
    const { startTime } = await app.meetApi<{ startTime: string }>(`v2/${record}`);
    // Talk time as Google's entries give it: per speaker, the sum of each line's length in time.
    const transcriptName = (await app.meetApi<{ transcripts: Array<{ name: string }> }>(`v2/${record}/transcripts`)).transcripts[0]!.name;
    const entries = (await app.meetApi<{ transcriptEntries: Array<{ participant: string; startTime: string; endTime: string }> }>(`v2/${transcriptName}/entries?pageSize=100`)).transcriptEntries;
    const names = new Map<string, string>();
    for (const participant of new Set(entries.map((e) => e.participant))) {
      const found = await app.meetApi<Record<string, { displayName?: string } | undefined>>(`v2/${participant}`);
      names.set(participant, (found.signedinUser ?? found.anonymousUser ?? found.phoneUser)!.displayName!);
    }
    const talk = new Map<string, number>();
    for (const e of entries) talk.set(names.get(e.participant)!, (talk.get(names.get(e.participant)!) ?? 0) + Date.parse(e.endTime) - Date.parse(e.startTime));
    const seconds = [...talk].map(([name, ms]) => [name, Math.round(ms / 1000)] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = seconds.reduce((sum, [, s]) => sum + s, 0);
    expect(seconds.map(([name]) => name)).toEqual([adaName, 'Visitor <img src=x onerror=alert(1)>', 'Front desk', 'Bo Late']);
    const escape = (name: string) => name.replace(/[\\*_[\]`<>#|]/g, (c) => `\\${c}`);
    const expected = [
      `## Recap: ${code}, ${startTime.slice(0, 10)}`,
      '',
      '**Duration:** 8 min',
      '',
      '### Attendance (4)',
      `- ${escape(adaName)}: 8 min`,
      `- ${escape('Visitor <img src=x onerror=alert(1)>')}: 8 min (rejoined 1×)`,
      '- Front desk: 5 min (left 3 min early)',
      '- Bo Late: 5 min (joined 3 min late)',
      '',
      '### Talk time',
      ...seconds.map(([name, s]) => `- ${escape(name)}: ${formatDuration(s)} (${Math.round((s / total) * 100)}%)`),
      '',
      '### Files',
      `- [Recording](${recording})`,
      `- [Transcript](${transcript})`,
      '',
    ].join('\n');
    await app.page.evaluate(() => navigator.clipboard.writeText(''));
    await card().getByRole('button', { name: 'Copy recap' }).click();
    await card().getByRole('status').filter({ hasText: 'Recap copied as Markdown.' }).waitFor();
    await expect.poll(() => app.pageClipboard()).toBe(expected);
    expect(app.systemClipboard()).toBe(expected);
    await expect(seriousViolations(app)).resolves.toEqual([]);
    await app.screenshot('recap');
  });

  it('finds what was said in the kept transcript, with speaker, offset and highlighted words, safely', async () => {
    await app.window.tab('Recordings').click();
    const box = app.page.getByRole('searchbox', { name: 'Words to find in transcripts' });
    await box.fill('release check');
    const results = app.page.getByRole('list', { name: 'Transcript matches' }).getByRole('listitem');
    await results.first().waitFor();
    await expect(results.count()).resolves.toBe(1);
    const hit = results.first();
    await expect(hit.locator('mark').allTextContents()).resolves.toEqual(['release', 'checklist']);
    await expect(hit.textContent()).resolves.toContain('Sure. First item is the release checklist.');
    // Line 2 of 8, spoken by the second person in: the visitor, whose name shows as text.
    await expect(hit.locator('.search-hit-speaker').textContent()).resolves.toBe('Visitor <img src=x onerror=alert(1)>');
    await expect(hit.locator('img').count()).resolves.toBe(0);
    await expect(hit.locator('.mono').textContent()).resolves.toBe('00:01:00');
    await box.fill('zebra');
    await app.page.getByText('Nothing said in a kept transcript matches “zebra”.').waitFor();
    await box.fill('installer');
    await results.filter({ hasText: 'installer' }).first().waitFor();
    await expect(seriousViolations(app)).resolves.toEqual([]);
    await app.screenshot('transcript-search');
  });

  it('opens the transcript at the entry a result points to', async () => {
    await app.page.getByRole('list', { name: 'Transcript matches' }).getByRole('button').first().click();
    const entries = app.page.getByRole('list', { name: 'Transcript entries' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(8);
    const current = app.page.locator('.transcript-entry[aria-current="true"]');
    await expect(current.textContent()).resolves.toContain('The build is green and the installer is signed.');
    await expect(current.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(seriousViolations(app)).resolves.toEqual([]);
    await app.screenshot('transcript-at-entry');
    await app.page.getByRole('button', { name: 'Back to results' }).click();
    await expect(app.page.getByRole('searchbox', { name: 'Words to find in transcripts' }).inputValue()).resolves.toBe('installer');
  });

  it('still finds and opens the transcript after Google has deleted the conference (30 days)', async () => {
    await app.control.advanceClock(31 * 24 * 3600);
    await expect(app.meetApi(`v2/${record}`)).rejects.toThrow(/404/);
    await app.pollNow();
    const box = app.page.getByRole('searchbox', { name: 'Words to find in transcripts' });
    await box.fill('thursday');
    const results = app.page.getByRole('list', { name: 'Transcript matches' }).getByRole('listitem');
    await results.filter({ hasText: 'Sounds right. Let us ship it on Thursday.' }).waitFor();
    await results.first().getByRole('button').click();
    const current = app.page.locator('.transcript-entry[aria-current="true"]');
    await expect(current.textContent()).resolves.toContain('Thursday');
    await expect(app.page.getByRole('list', { name: 'Transcript entries' }).getByRole('listitem').count()).resolves.toBe(8);
    await app.page.getByRole('button', { name: 'Back to results' }).click();
    // The recap stays in the history too.
    await app.window.tab('Live').click();
    await card().getByRole('list', { name: 'Attendance' }).getByText('Bo Late').waitFor();
  });
});
