import type { AttendanceRow, ParticipantKind } from '../../../shared/model/conference';
import { toCsv } from './csv';

const KIND_LABELS: Readonly<Record<ParticipantKind, string>> = {
  signedinUser: 'Signed in',
  anonymousUser: 'Guest',
  phoneUser: 'Phone',
};

/** `h:mm:ss`, the way a time in a call reads in an exported table (the window's glanceable "1 h 05 min" is `formatDuration`). */
function formatClockDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A Markdown table cell: pipes and backslashes escaped, line breaks flattened. */
function markdownCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Clock times in `timeZone` (the computer's own unless given), e.g. "14:05", and the zone's short
 * name for the header, e.g. "CET": people read a meeting's times in their own zone, not in UTC.
 */
function localTimes(timeZone: string | undefined) {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });
  const zone =
    new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return { at: (iso: string) => time.format(new Date(iso)), zone };
}

/** The summary as a Markdown table, for the clipboard; times in the person's time zone. CSV keeps RFC 3339 for machines. */
export function attendanceToMarkdown(title: string, rows: ReadonlyArray<AttendanceRow>, timeZone?: string): string {
  const { at, zone } = localTimes(timeZone);
  const suffix = zone ? ` (${zone})` : '';
  const lines = [
    `## ${markdownCell(title)}`,
    '',
    `| Name | Kind | First join${suffix} | Last leave${suffix} | Time in call | Sessions |`,
    '| --- | --- | --- | --- | --- | ---: |',
    ...rows.map(
      (row) =>
        `| ${markdownCell(row.displayName)} | ${KIND_LABELS[row.kind]} | ${at(row.firstJoin)} | ${row.lastLeave ? at(row.lastLeave) : 'still in the call'} | ${formatClockDuration(row.totalSeconds)} | ${row.sessionCount} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

/** The summary as CSV with a header row; seconds as a plain number so spreadsheets can sum them. */
export function attendanceToCsv(rows: ReadonlyArray<AttendanceRow>): string {
  return toCsv([
    ['Name', 'Kind', 'First join', 'Last leave', 'Seconds in call', 'Sessions'],
    ...rows.map((row) => [row.displayName, KIND_LABELS[row.kind], row.firstJoin, row.lastLeave ?? '', row.totalSeconds, row.sessionCount]),
  ]);
}
