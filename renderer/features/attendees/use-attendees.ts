import { useEffect, useReducer } from 'react';
import { quickmeet } from '../../api/quickmeet';
import { applyAttendeesDiff, EMPTY_ATTENDEES, type AttendeesState } from './attendees-store';

/** The live attendee list of `record`, built from `attendees.changed` diffs. */
export function useAttendees(record: string | undefined): AttendeesState {
  const [state, apply] = useReducer(applyAttendeesDiff, EMPTY_ATTENDEES);
  useEffect(() => quickmeet().on('attendees.changed', apply), []);
  return state.record === record ? state : EMPTY_ATTENDEES;
}
