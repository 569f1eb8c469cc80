import { useEffect, useState } from 'react';
import type { Conference } from '../../../shared/model/conference';
import type { Meeting } from '../../../shared/model/meeting';
import { call, quickmeet } from '../../api/quickmeet';
import type { AttendeesState } from './attendees-store';
import { useAttendees } from './use-attendees';

/** The conference the window follows, the user's pick, and its people. */
export interface FollowedConference {
  readonly current: Conference | undefined;
  readonly choose: (record: string) => void;
  readonly attendees: AttendeesState;
}

/**
 * Which running conference to follow: the user's pick while it runs; otherwise the one in the meeting
 * the user created most recently (the registry is the user's own), else the newest to start.
 */
export function pickConference(conferences: ReadonlyArray<Conference>, chosen: string | undefined, meetings: ReadonlyArray<Meeting>): Conference | undefined {
  const picked = conferences.find((conference) => conference.record === chosen);
  if (picked) return picked;
  const created = (space: string) => meetings.find((meeting) => meeting.space === space)?.createdAt ?? '';
  const mine = conferences.filter((conference) => created(conference.space) !== '');
  const newestMine = [...mine].sort((a, b) => created(b.space).localeCompare(created(a.space)))[0];
  return newestMine ?? conferences[0];
}

/** Follows {@link pickConference}'s choice: tells the core, and collects the attendee list. */
export function useFollowedConference(conferences: ReadonlyArray<Conference>, meetings: ReadonlyArray<Meeting>): FollowedConference {
  const [chosen, setChosen] = useState<string>();
  const current = pickConference(conferences, chosen, meetings);
  const attendees = useAttendees(current?.record);
  const record = current?.record;
  useEffect(() => {
    if (record) void call(() => quickmeet().conference.select({ record }));
  }, [record]);
  return { current, choose: setChosen, attendees };
}
