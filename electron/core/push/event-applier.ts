import { AppError } from '../../../shared/ipc/result';
import type { ConferenceMonitor } from '../conference/conference-monitor';
import type { MeetApi } from '../ports/meet-api';
import type { MeetEvent } from './cloud-event';
import { PAYLOAD_KEY } from './meet-event-types';

/** What applying an event reaches: the Meet API for the `get`, and the same core paths polling feeds. */
export interface EventApplierDeps {
  readonly meet: MeetApi;
  readonly monitor: Pick<ConferenceMonitor, 'isLive' | 'applyConferenceRecord' | 'applyParticipant' | 'headCount'>;
  /** Runs the recordings refresh now (it re-reads the artifacts of conferences still pending). */
  readonly refreshRecordings: () => void;
}

/**
 * One Meet event → one REST `get` of the resource it names → the live list, the head-count, the
 * notifications and the recordings menu, through the paths a poll takes. A Meet event carries only the
 * name (`includeResource` is for Chat and Drive), and applying what the `get` answers now makes
 * duplicates and late arrivals harmless: an old `joined` after a `left` re-reads a person who has left.
 */
export async function applyMeetEvent(deps: EventApplierDeps, event: MeetEvent): Promise<void> {
  const record = event.resource.split('/').slice(0, 2).join('/');
  try {
    switch (PAYLOAD_KEY[event.type]) {
      case 'conferenceRecord':
        deps.monitor.applyConferenceRecord(await deps.meet.getConferenceRecord(record));
        return;
      case 'participantSession': {
        // A join may arrive before its conference's `started`: read the conference first.
        if (!deps.monitor.isLive(record)) deps.monitor.applyConferenceRecord(await deps.meet.getConferenceRecord(record));
        // People in a conference nobody follows (several live, none picked) cost no call.
        if (deps.monitor.headCount().conference?.record !== record) return;
        const participant = await deps.meet.getParticipant(event.resource.replace(/\/participantSessions\/[^/]+$/, ''));
        deps.monitor.applyParticipant(record, participant);
        return;
      }
      default:
        deps.refreshRecordings();
    }
  } catch (error) {
    // Gone (Google deletes records 30 days after they end) or not ours to see: nothing to show.
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'PERMISSION_DENIED')) return;
    throw error;
  }
}
