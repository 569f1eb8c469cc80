import type { MeetApi, ParticipantSession } from '../ports/meet-api';
import { listAllPages } from './list-all-pages';

/** Every session of one participant (`conferenceRecords/…/participants/…`), across all pages. */
export function listAllSessions(meet: MeetApi, participant: string): Promise<ParticipantSession[]> {
  return listAllPages((pageToken) => meet.listParticipantSessions(participant, { pageSize: 250, ...(pageToken ? { pageToken } : {}) }));
}

/** Runs `work` on `items`, `size` at a time (so a big call never fans out into hundreds of requests at once). */
export async function inBatches<T, R>(items: ReadonlyArray<T>, size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}
