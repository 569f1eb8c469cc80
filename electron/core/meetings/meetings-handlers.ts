import type { HandlersFor } from '../../../shared/ipc/handlers';
import { AppError } from '../../../shared/ipc/result';
import type { AuthSession } from '../auth/auth-session';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import type { UrlOpener } from '../ports/url-opener';
import type { MeetApi } from '../ports/meet-api';
import { formatCopyText } from './copy-text';
import type { LoadableMeetingRegistry } from './document-meeting-registry';
import type { InstantMeetings } from './instant-meeting';
import type { NoticeBoard } from '../app/notice-board';
import { joinMeeting } from './join-meeting';
import type { MeetingSettingsSource } from './meeting-settings';
import { openMeetingUri } from './open-meeting';

/** The channels this domain answers. */
export type MeetingsChannel = 'meetings.createInstant' | 'meetings.listRecent' | 'meetings.copyLink' | 'meetings.open' | 'meetings.join';

/** What the meetings handlers need. */
export interface MeetingsHandlerDeps {
  readonly instant: InstantMeetings;
  readonly registry: LoadableMeetingRegistry;
  readonly settings: MeetingSettingsSource;
  readonly meet: MeetApi;
  readonly auth: AuthSession;
  readonly clipboard: Clipboard;
  readonly urlOpener: UrlOpener;
  readonly clock: Clock;
  /** Where a join's late "not found" is said. */
  readonly notices?: NoticeBoard;
  readonly lookupGraceMs?: number;
}

/** IPC handlers for instant meetings, the recent list, copy/open again and join by code. */
export function createMeetingsHandlers(deps: MeetingsHandlerDeps): HandlersFor<MeetingsChannel> {
  const known = (space: string) => {
    const meeting = deps.registry.get(space);
    if (!meeting) throw new AppError('NOT_FOUND', 'That meeting is not in your recent meetings.');
    return meeting;
  };
  const nowIso = () => new Date(deps.clock.now()).toISOString();
  return {
    'meetings.createInstant': (request) => deps.instant.create(request),
    'meetings.listRecent': async () => deps.registry.list(),
    'meetings.copyLink': async ({ space, format }) => {
      const meeting = known(space);
      const copiedText = formatCopyText(meeting, format ?? deps.settings.get().copyFormat);
      await deps.clipboard.writeText(copiedText);
      await deps.registry.touch(space, nowIso());
      return { copiedText };
    },
    'meetings.open': async ({ space }) => {
      await openMeetingUri(deps.urlOpener, known(space).meetingUri);
      await deps.registry.touch(space, nowIso());
      return null;
    },
    'meetings.join': ({ input }) => joinMeeting(deps, input),
  };
}
