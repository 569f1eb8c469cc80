import type { Meeting } from '../../../shared/model/meeting';

/**
 * Every space Quickmeet created or opened (the API has no spaces.list). Attendees and recordings
 * start from it. Persisted in the app-data folder.
 */
export interface MeetingRegistry {
  /** Newest `lastUsedAt` first. */
  list(): ReadonlyArray<Meeting>;
  get(space: string): Meeting | undefined;
  /** Adds or updates a meeting and moves it to the front. */
  upsert(meeting: Meeting): Promise<void>;
  onChange(listener: (meetings: ReadonlyArray<Meeting>) => void): () => void;
}
