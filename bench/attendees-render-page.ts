// Browser side of the attendee-list benchmark: the real AttendeeList and diff store, 1,000 people,
// and a function that applies a one-person join and renders it synchronously.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Attendee, AttendeesDiff, ParticipantKind } from '../shared/model/conference';
import { AttendeeList } from '../renderer/features/attendees/attendee-list';
import { applyAttendeesDiff, EMPTY_ATTENDEES, type AttendeesState } from '../renderer/features/attendees/attendees-store';

const RECORD = 'conferenceRecords/bench';
const KINDS: ReadonlyArray<ParticipantKind> = ['signedinUser', 'anonymousUser', 'phoneUser'];
const start = Date.parse('2026-11-24T09:00:00Z');

const attendee = (index: number): Attendee => ({
  name: `${RECORD}/participants/p${index}`,
  kind: KINDS[index % 3]!,
  displayName: index % 3 === 2 ? `+1 555-01${String(index % 100).padStart(2, '0')}-XXX` : `Person ${index}`,
  earliestStartTime: new Date(start + index * 1000).toISOString(),
  present: true,
  sessionCount: 1 + (index % 4),
  totalSeconds: 60 + (index % 3600),
});

const diff = (upserted: ReadonlyArray<Attendee>, reset: boolean, presentCount: number): AttendeesDiff => ({
  record: RECORD,
  reset,
  upserted,
  removed: [],
  presentCount,
  stale: false,
});

let state: AttendeesState = EMPTY_ATTENDEES;
const root = createRoot(document.getElementById('root')!);
const render = () => flushSync(() => root.render(createElement(AttendeeList, { state })));

/** Renders the initial list of `count` people. */
function setUp(count: number): void {
  state = applyAttendeesDiff(state, diff(Array.from({ length: count }, (_, i) => attendee(i)), true, count));
  render();
}

/** One person joins: apply the diff, render, and force layout; answers the elapsed milliseconds. */
function joinOne(): number {
  const began = performance.now();
  const next = state.byName.size;
  state = applyAttendeesDiff(state, diff([attendee(next)], false, next + 1));
  render();
  void document.body.getBoundingClientRect().height;
  return performance.now() - began;
}

Object.assign(window, { attendeesBench: { setUp, joinOne } });
