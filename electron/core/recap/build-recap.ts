import type { Artifact } from '../../../shared/model/artifact';
import type { AttendanceRow, Conference } from '../../../shared/model/conference';
import type { Recap, RecapAttendee, RecapFile, RecapSpeaker } from '../../../shared/model/recap';
import { rfc3339Millis } from '../../../shared/time/rfc3339';

/** Joining this long after the start is not late, leaving this long before the end is not early: people settle in. */
export const RECAP_GRACE_MS = 2 * 60_000;

/** An utterance as the transcript cache keeps it: who spoke, for how long. */
export interface SpokenLine {
  readonly speaker: string;
  readonly durationMs: number;
}

const secondsBetween = (from: number, to: number) => Math.max(0, Math.round((to - from) / 1000));

/** One attendance row measured against the conference's start and end. */
function attendeeOf(row: AttendanceRow, start: number, end: number): RecapAttendee {
  const joined = rfc3339Millis(row.firstJoin);
  const left = row.lastLeave ? rfc3339Millis(row.lastLeave) : end;
  const late = joined - start > RECAP_GRACE_MS ? secondsBetween(start, joined) : undefined;
  const early = end - left > RECAP_GRACE_MS ? secondsBetween(left, end) : undefined;
  return {
    displayName: row.displayName,
    kind: row.kind,
    firstJoin: row.firstJoin,
    ...(row.lastLeave ? { lastLeave: row.lastLeave } : {}),
    totalSeconds: row.totalSeconds,
    ...(late !== undefined ? { lateSeconds: late } : {}),
    ...(early !== undefined ? { leftEarlySeconds: early } : {}),
    rejoins: Math.max(0, row.sessionCount - 1),
  };
}

/** The recap of an ended conference from its attendance; talk time and files are added as they arrive. */
export function buildRecap(conference: Conference & { readonly endTime: string }, rows: ReadonlyArray<AttendanceRow>): Recap {
  const start = rfc3339Millis(conference.startTime);
  const end = rfc3339Millis(conference.endTime);
  return {
    record: conference.record,
    space: conference.space,
    ...(conference.meetingCode ? { meetingCode: conference.meetingCode } : {}),
    startTime: conference.startTime,
    endTime: conference.endTime,
    durationSeconds: secondsBetween(start, end),
    attendees: rows.map((row) => attendeeOf(row, start, end)),
    files: [],
  };
}

/** Seconds each speaker talked, most first; ties by name. */
export function talkTimeOf(lines: ReadonlyArray<SpokenLine>): RecapSpeaker[] {
  const totals = new Map<string, { ms: number; entries: number }>();
  for (const line of lines) {
    const total = totals.get(line.speaker) ?? { ms: 0, entries: 0 };
    totals.set(line.speaker, { ms: total.ms + Math.max(0, line.durationMs), entries: total.entries + 1 });
  }
  return [...totals]
    .map(([speaker, total]) => ({ speaker, seconds: Math.round(total.ms / 1000), entries: total.entries }))
    .sort((a, b) => b.seconds - a.seconds || a.speaker.localeCompare(b.speaker));
}

const FILE_ORDER: Readonly<Record<RecapFile['kind'], number>> = { recording: 0, transcript: 1, smartNote: 2 };

/** The conference's files as the cache knows them now: each link fills in once its file is generated. */
export function filesOf(record: string, artifacts: ReadonlyArray<Artifact>): RecapFile[] {
  return artifacts
    .filter((artifact) => artifact.record === record)
    .map((artifact) => ({
      kind: artifact.kind,
      name: artifact.name,
      state: artifact.state,
      ...(artifact.state === 'FILE_GENERATED' && artifact.exportUri ? { exportUri: artifact.exportUri } : {}),
    }))
    .sort((a, b) => FILE_ORDER[a.kind] - FILE_ORDER[b.kind] || a.name.localeCompare(b.name));
}
