import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstStart, lastEnd, secondsInCall } from '../../../electron/core/attendees/session-time';
import { summarizeAttendance } from '../../../electron/core/conference/attendance-summary';
import { findLiveConferences } from '../../../electron/core/conference/live-conference-finder';
import { createDocumentMeetingRegistry } from '../../../electron/core/meetings/document-meeting-registry';
import type { MeetingRegistry } from '../../../electron/core/meetings/meeting-registry';
import type { AuthSession } from '../../../electron/core/auth/auth-session';
import type { MeetApi } from '../../../electron/core/ports/meet-api';
import { RecordingsCache } from '../../../electron/core/recordings/recordings-cache';
import { visibleAttendees } from '../../../renderer/features/attendees/attendees-store';
import { compareRfc3339, earliestRfc3339, latestRfc3339, rfc3339Millis } from '../../../shared/time/rfc3339';
import { CapturingLogger, MemoryDocuments } from '../../support/in-memory-ports';

const session = (startTime: string, endTime?: string) => ({ name: `s-${startTime}`, startTime, ...(endTime ? { endTime } : {}) });

describe('the issue’s rows: Google’s 0, 3, 6 or 9 fractional digits', () => {
  it('picks …10:00:00Z as the earlier of it and …10:00:00.250Z', () => {
    expect(firstStart([session('2024-05-01T10:00:00.250Z', '2024-05-01T11:00:00Z'), session('2024-05-01T10:00:00Z', '2024-05-01T10:10:00Z')])).toBe(
      '2024-05-01T10:00:00Z',
    );
  });

  it('picks …10:30:05.900Z as the later of it and …10:30:05Z', () => {
    expect(lastEnd([session('2024-05-01T10:00:00Z', '2024-05-01T10:30:05Z'), session('2024-05-01T10:01:00Z', '2024-05-01T10:30:05.900Z')])).toBe(
      '2024-05-01T10:30:05.900Z',
    );
  });
});

describe('compareRfc3339', () => {
  it.each([
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.250Z', -1],
    ['2024-05-01T10:00:00.1Z', '2024-05-01T10:00:00.099999999Z', 1],
    ['2024-05-01T10:00:00.000001Z', '2024-05-01T10:00:00.000000001Z', 1],
    ['2024-05-01T10:00:00.500000Z', '2024-05-01T10:00:00.5Z', 0],
    ['2024-05-01T10:00:00.123456789Z', '2024-05-01T10:00:00.123456788Z', 1],
    ['2024-05-01T12:00:00+02:00', '2024-05-01T10:00:00.001Z', -1],
    ['2024-05-01t10:00:00z', '2024-05-01T10:00:00.000Z', 0],
    ['not a time', '2024-05-01T10:00:00Z', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(compareRfc3339(a, b)).toBe(sign);
    expect(compareRfc3339(b, a)).toBe(-sign || 0);
  });

  it('orders generated timestamps of mixed precision exactly as their instants', () => {
    const instant = fc.tuple(fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }), fc.integer({ min: 0, max: 999_999_999 }));
    const written = fc.tuple(instant, fc.constantFrom(0, 3, 6, 9)).map(([[seconds, nanos], digits]) => {
      const kept = digits === 0 ? 0 : Math.floor(nanos / 10 ** (9 - digits)) * 10 ** (9 - digits);
      const base = new Date(seconds * 1000).toISOString().slice(0, 19);
      const fraction = digits === 0 ? '' : `.${String(kept).padStart(9, '0').slice(0, digits)}`;
      return { text: `${base}${fraction}Z`, value: BigInt(seconds) * 1_000_000_000n + BigInt(kept) };
    });
    fc.assert(
      fc.property(fc.array(written, { minLength: 2, maxLength: 12 }), (stamps) => {
        const sorted = [...stamps].sort((a, b) => compareRfc3339(a.text, b.text));
        for (let i = 1; i < sorted.length; i += 1) expect(sorted[i - 1]!.value <= sorted[i]!.value).toBe(true);
        const values = stamps.map((s) => s.value);
        const min = values.reduce((a, b) => (b < a ? b : a));
        const max = values.reduce((a, b) => (b > a ? b : a));
        expect(stamps.find((s) => s.text === earliestRfc3339(stamps.map((x) => x.text)))?.value).toBe(min);
        expect(stamps.find((s) => s.text === latestRfc3339(stamps.map((x) => x.text)))?.value).toBe(max);
      }),
      { numRuns: 300 },
    );
  });

  it('reads sub-millisecond digits as a fraction of a millisecond', () => {
    expect(rfc3339Millis('1970-01-01T00:00:01.000500Z')).toBe(1000.5);
    expect(rfc3339Millis('1970-01-01T00:00:01Z')).toBe(1000);
    expect(rfc3339Millis('2024-05-01T10:00:60Z')).toBeNaN();
  });
});

describe('every place that orders timestamps', () => {
  it('the attendance summary orders people by first join, by time', () => {
    const participant = (name: string, earliestStartTime: string) => ({ name: `p/${name}`, earliestStartTime, latestEndTime: '2024-05-01T11:00:00Z', anonymousUser: { displayName: name } });
    const rows = summarizeAttendance(
      [
        { participant: participant('Bo', '2024-05-01T10:00:00.250Z'), sessions: [session('2024-05-01T10:00:00.250Z', '2024-05-01T11:00:00Z')] },
        { participant: participant('Al', '2024-05-01T10:00:00.5Z'), sessions: [session('2024-05-01T10:00:00.5Z', '2024-05-01T11:00:00Z')] },
        { participant: participant('Cy', '2024-05-01T10:00:00Z'), sessions: [session('2024-05-01T10:00:00Z', '2024-05-01T11:00:00Z')] },
      ],
      Date.parse('2024-05-01T12:00:00Z'),
    );
    expect(rows.map((row) => row.displayName)).toEqual(['Cy', 'Bo', 'Al']);
  });

  it('time in call counts sessions of mixed precision', () => {
    expect(secondsInCall([session('2024-05-01T10:00:00.500000Z', '2024-05-01T10:00:10Z'), session('2024-05-01T10:00:09.999999999Z', '2024-05-01T10:00:20.5Z')], 0)).toBe(20);
  });

  it('the recordings cache lists newest first and remembers the latest start seen', () => {
    const cache = new RecordingsCache({ read: async () => undefined, write: async () => undefined });
    const record = (name: string, startTime: string) => ({ name, space: 'spaces/s', startTime });
    cache.upsertRecord(record('r/late', '2024-05-01T10:30:05.900Z'));
    cache.upsertRecord(record('r/early', '2024-05-01T10:30:05Z'));
    cache.upsertRecord(record('r/middle', '2024-05-01T10:30:05.000001Z'));
    expect(cache.records().map((r) => r.name)).toEqual(['r/late', 'r/middle', 'r/early']);
    expect(cache.lastSeenStartTime).toBe('2024-05-01T10:30:05.900Z');
  });

  it('the meeting registry loads newest used first', async () => {
    const docs = new MemoryDocuments();
    const meeting = (code: string, lastUsedAt: string) => ({ space: `spaces/${code}`, meetingUri: `https://meet.google.com/${code}`, meetingCode: code, createdAt: lastUsedAt, lastUsedAt });
    await docs.factory('meetings').write({ version: 1, meetings: [meeting('aaa-aaaa-aaa', '2024-05-01T10:00:00Z'), meeting('bbb-bbbb-bbb', '2024-05-01T10:00:00.250Z')] });
    const registry = createDocumentMeetingRegistry(docs.factory('meetings'), new CapturingLogger());
    await registry.load();
    expect(registry.list().map((m) => m.meetingCode)).toEqual(['bbb-bbbb-bbb', 'aaa-aaaa-aaa']);
  });

  it('live conferences are listed newest first', async () => {
    const records = [
      { name: 'conferenceRecords/a', space: 'spaces/s', startTime: '2024-05-01T10:00:00Z' },
      { name: 'conferenceRecords/b', space: 'spaces/s', startTime: '2024-05-01T10:00:00.000001Z' },
    ];
    const meet = { listConferenceRecords: async () => ({ items: records }) } as unknown as MeetApi;
    const registry = { get: () => ({}), list: () => [] } as unknown as MeetingRegistry;
    const live = await findLiveConferences(meet, registry, {} as AuthSession);
    expect(live.map((c) => c.record)).toEqual(['conferenceRecords/b', 'conferenceRecords/a']);
  });

  it('the window sorts attendees by join time, by time', () => {
    const attendee = (name: string, earliestStartTime: string) =>
      [name, { name, kind: 'anonymousUser' as const, displayName: name, earliestStartTime, present: true, sessionCount: 1, totalSeconds: 1 }] as const;
    const rows = visibleAttendees(new Map([attendee('late', '2024-05-01T10:00:00.250Z'), attendee('early', '2024-05-01T10:00:00Z')]), 'joined', '');
    expect(rows.map((a) => a.name)).toEqual(['early', 'late']);
  });
});
