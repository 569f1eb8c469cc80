import fc from 'fast-check';
import { attendanceToMarkdown } from '../../../electron/core/conference/attendance-export';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../electron/core/conference/csv';
import { AppError } from '../../../shared/ipc/result';
import { startHarness } from './support/harness';

const ctx = { senderId: 't' };
const MINUTE = 60_000;

/** Ada: 10 min, leaves 5 min, back 5 min. Bob (phone) 20 min straight. Ended at 20 min. */
async function endedMeeting() {
  const h = await startHarness();
  h.feature.setWindowVisible(true);
  const record = h.meet.startConference('spaces/alpha');
  const ada = h.meet.join(record, 'signedinUser', 'Ada, "the first"');
  h.meet.join(record, 'phoneUser', '+1 555-***-0100');
  await h.time.advance(10 * MINUTE);
  h.meet.leave(ada);
  await h.time.advance(5 * MINUTE);
  h.meet.rejoin(ada);
  await h.time.advance(5 * MINUTE);
  await h.feature.handlers['conference.end']({ space: 'spaces/alpha' }, ctx);
  await h.time.advance(0);
  return { h, record };
}

describe('attendance Markdown in another time zone', () => {
  it('writes clock times in that zone and names it', () => {
    const rows = [{ displayName: 'Ada', kind: 'signedinUser' as const, firstJoin: '2026-03-02T09:00:00Z', lastLeave: '2026-03-02T09:45:00Z', totalSeconds: 2700, sessionCount: 1 }];
    const text = attendanceToMarkdown('Attendance', rows, 'Asia/Tokyo');
    expect(text).toContain('| Ada | Signed in | 18:00 | 18:45 | 0:45:00 | 1 |');
    expect(text).toContain('First join (GMT+9)');
  });
});

describe('ending a conference and the attendance summary', () => {
  // Rows are ordered by first join, then name; both joined at the start here.
  it('ends the conference, then sums each person\'s time across sessions', async () => {
    const { h, record } = await endedMeeting();
    expect(h.meet.count('endActiveConference')).toBe(1);
    expect(h.feature.monitor.listLive()).toEqual([]);
    const rows = await h.feature.handlers['attendance.summary']({ record }, ctx);
    const start = Date.parse(h.meet.records.get(record)!.startTime);
    expect(rows).toEqual([
      { displayName: '+1 555-***-0100', kind: 'phoneUser', firstJoin: new Date(start).toISOString(), lastLeave: new Date(start + 20 * MINUTE).toISOString(), totalSeconds: 20 * 60, sessionCount: 1 },
      { displayName: 'Ada, "the first"', kind: 'signedinUser', firstJoin: new Date(start).toISOString(), lastLeave: new Date(start + 20 * MINUTE).toISOString(), totalSeconds: 15 * 60, sessionCount: 2 },
    ]);
  });

  it('copies Markdown and saves CSV that is escaped and safe from formula injection', async () => {
    const { h, record } = await endedMeeting();
    const markdown = await h.feature.handlers['attendance.export']({ record, format: 'markdown' }, ctx);
    expect(h.clipboard.text).toBe(markdown.copiedText);
    expect(markdown.copiedText).toContain('| Ada, "the first" | Signed in |');
    expect(markdown.copiedText).toContain('| 0:15:00 | 2 |');
    // Clock times in the person's zone, named in the header; no raw UTC timestamps.
    expect(markdown.copiedText).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(markdown.copiedText).toMatch(/\| First join \(.+\) \| Last leave \(.+\) \|/);

    const csv = await h.feature.handlers['attendance.export']({ record, format: 'csv' }, ctx);
    expect(csv.filePath?.startsWith(h.exportDir)).toBe(true);
    const lines = readFileSync(csv.filePath!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Name,Kind,First join,Last leave,Seconds in call,Sessions');
    expect(lines[2]).toMatch(/^"Ada, ""the first""",Signed in,.*,900,2$/);
    expect(lines[1]).toMatch(/^'\+1 555-\*\*\*-0100,Phone,.*,1200,1$/);
    // A second export never overwrites the first.
    const again = await h.feature.handlers['attendance.export']({ record, format: 'csv' }, ctx);
    expect(again.filePath).not.toBe(csv.filePath);
  });

  it('refuses to end a conference for someone who is not the owner, saying why', async () => {
    const h = await startHarness();
    h.meet.notOwner.add('spaces/alpha');
    await expect(h.feature.handlers['conference.end']({ space: 'spaces/alpha' }, ctx)).rejects.toMatchObject({
      code: 'NOT_OWNER',
      message: expect.stringContaining('Only the owner'),
    });
    await expect(h.feature.handlers['conference.end']({ space: 'spaces/elsewhere' }, ctx)).rejects.toBeInstanceOf(AppError);
    expect(h.meet.count('endActiveConference')).toBe(1);
  });

  it('asks for the read-all scope, with the reason, for conferences in foreign spaces', async () => {
    const h = await startHarness();
    const record = h.meet.startConference('spaces/foreign');
    await expect(h.feature.handlers['attendance.summary']({ record }, ctx)).rejects.toMatchObject({
      code: 'SCOPE_MISSING',
      message: expect.stringContaining('did not create'),
    });
    // Refused before Google was asked where that record took place.
    expect(h.meet.count('getConferenceRecord')).toBe(0);
    expect(h.meet.count('listParticipants')).toBe(0);
  });

  it('looks a foreign conference up at Google once the read-all access is granted', async () => {
    const h = await startHarness();
    h.auth.set({ status: 'signedIn', email: 'ada@quickmeet.test', capabilities: ['createSpaces', 'readAllConferences'], persisted: true });
    const record = h.meet.startConference('spaces/foreign');
    h.meet.join(record, 'signedinUser', 'Grace');
    const rows = await h.feature.handlers['attendance.summary']({ record }, ctx);
    expect(rows.map((row) => row.displayName)).toEqual(['Grace']);
    expect(h.meet.count('getConferenceRecord')).toBe(1);
  });
});

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    // The whole set ASVS 5.0 V1.2.10 names, with NUL, and every other control character
    ['\0=1+1', `"'\0=1+1"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u001b[31m', `"'\u001b[31m"`],
    ['\u007f=1', `"'\u007f=1"`],
    ['\u0085=1', `"'\u0085=1"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\u00a0@x', "'\u00a0@x"],
    ['Bob\u0000', '"Bob\u0000"'],
    ['Ada Lovelace', 'Ada Lovelace'],
    ['O’Brien-Smith', 'O’Brien-Smith'],
  ])('%j becomes %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('never lets a cell start with a formula or control character, whatever the name', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', '\u001b', '\u007f', '\u009b', '＝', '＋', '－', '＠', ' =', '\u3000+');
    fc.assert(
      fc.property(risky, fc.string({ maxLength: 20 }), (start, rest) => {
        const cell = csvCell(`${start}${rest}`);
        const content = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(content.startsWith("'")).toBe(true);
      }),
    );
  });
});
