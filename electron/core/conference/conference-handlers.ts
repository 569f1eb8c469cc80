import type { HandlersFor } from '../../../shared/ipc/handlers';
import { AppError } from '../../../shared/ipc/result';
import type { AttendanceRow, Conference } from '../../../shared/model/conference';
import { accountOf } from '../auth/account-documents';
import type { AuthSession } from '../auth/auth-session';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { FileWriter } from '../ports/file-writer';
import type { MeetApi } from '../ports/meet-api';
import { cachedToConference, type RecordingsCache } from '../recordings/recordings-cache';
import { attendanceToCsv, attendanceToMarkdown } from './attendance-export';
import { readParticipantHistory, summarizeAttendance } from './attendance-summary';
import type { ConferenceMonitor } from './conference-monitor';
import { endConference } from './end-conference';
import { datePart, exportFileName } from '../app/export-file-name';
import { canReadAllConferences, READ_ALL_REASON, requireReadAccess } from '../meetings/read-access';

type ConferenceChannel =
  | 'conference.listLive'
  | 'conference.select'
  | 'conference.end'
  | 'conference.history'
  | 'attendance.summary'
  | 'attendance.export';

/** What the conference channels need. */
export interface ConferenceHandlerDeps {
  readonly meet: MeetApi;
  readonly registry: MeetingRegistry;
  readonly auth: AuthSession;
  readonly monitor: ConferenceMonitor;
  readonly cache: RecordingsCache;
  readonly clipboard: Clipboard;
  readonly files: FileWriter;
  readonly clock: Clock;
  readonly exportFolder: () => string;
}

const HISTORY_LENGTH = 50;
const CACHED_SUMMARIES = 20;

/** Handlers for the current conference, ending it, and attendance afterwards. */
export function createConferenceHandlers(deps: ConferenceHandlerDeps): HandlersFor<ConferenceChannel> {
  const summaries = new Map<string, ReadonlyArray<AttendanceRow>>();

  /**
   * Where a record took place: from what Quickmeet already knows, or one `conferenceRecords.get`. Its own
   * spaces' conferences are all known (live list, cache), so an unknown one is looked up only with read-all access.
   */
  const describe = async (record: string): Promise<Conference> => {
    const live = deps.monitor.listLive().find((conference) => conference.record === record);
    if (live) return live;
    const cached = deps.cache.record(record);
    if (cached) return cachedToConference(cached);
    if (!canReadAllConferences(deps.auth)) throw new AppError('SCOPE_MISSING', READ_ALL_REASON);
    const fetched = await deps.meet.getConferenceRecord(record);
    return { record, space: fetched.space, startTime: fetched.startTime, ...(fetched.endTime ? { endTime: fetched.endTime } : {}) };
  };

  /** The summary; an ended conference never changes, so it is computed once. */
  const summary = async (record: string): Promise<{ conference: Conference; rows: ReadonlyArray<AttendanceRow> }> => {
    const conference = await describe(record);
    requireReadAccess(conference.space, deps.registry, deps.auth);
    // Cached per account: another account signed in since must earn its own copy.
    const key = `${accountOf(deps.auth.state()) ?? ''}\n${record}`;
    const cached = summaries.get(key);
    if (cached) return { conference, rows: cached };
    const rows = summarizeAttendance(await readParticipantHistory(deps.meet, record), deps.clock.now());
    if (conference.endTime) {
      summaries.set(key, rows);
      if (summaries.size > CACHED_SUMMARIES) summaries.delete(summaries.keys().next().value as string);
    }
    return { conference, rows };
  };

  return {
    'conference.listLive': async () => deps.monitor.listLive(),
    'conference.select': async ({ record }) => {
      deps.monitor.select(record);
      return null;
    },
    'conference.end': async ({ space }) => {
      await endConference(deps.meet, deps.registry, space);
      deps.monitor.pollSoon();
      return null;
    },
    'conference.history': async () =>
      deps.cache
        .records()
        .filter((record) => record.endTime)
        .slice(0, HISTORY_LENGTH)
        .map(cachedToConference),
    'attendance.summary': async ({ record }) => (await summary(record)).rows,
    'attendance.export': async ({ record, format }) => {
      const { conference, rows } = await summary(record);
      const label = conference.meetingCode ?? deps.registry.get(conference.space)?.meetingCode ?? conference.space;
      if (format === 'markdown') {
        const text = attendanceToMarkdown(`Attendance: ${label}, ${datePart(conference.startTime)}`, rows);
        await deps.clipboard.writeText(text);
        return { copiedText: text };
      }
      const name = exportFileName(['attendance', label, datePart(conference.startTime)], 'csv');
      return { filePath: await deps.files.writeNewFile(deps.exportFolder(), name, attendanceToCsv(rows)) };
    },
  };
}
