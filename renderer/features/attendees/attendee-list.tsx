import { useDeferredValue, useId, useMemo, useState } from 'react';
import { AttendeeRow } from './attendee-row';
import { visibleAttendees, type AttendeeSort, type AttendeesState } from './attendees-store';
import { INPUT_LIMITS } from '../../../shared/model/input-limits';

/** The live list: head-count, stale marker, sort and filter, one keyed memoised row per person. */
export function AttendeeList({ state }: { readonly state: AttendeesState }) {
  const [sort, setSort] = useState<AttendeeSort>('joined');
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const rows = useMemo(() => visibleAttendees(state.byName, sort, deferredFilter), [state.byName, sort, deferredFilter]);
  const filterId = useId();
  const total = state.byName.size;

  return (
    <div className="attendees">
      <div className="attendees-head">
        <p className="headcount" aria-live="polite" data-testid="headcount">
          <strong>{state.presentCount}</strong> in call
          <span className="muted"> · {total} joined so far</span>
        </p>
        {state.stale && (
          <span className="badge badge-stale" role="status">
            Not up to date
            <span className="visually-hidden">: the last update failed, and Quickmeet keeps trying.</span>
          </span>
        )}
      </div>
      <div className="attendees-tools">
        <label htmlFor={filterId} className="visually-hidden">
          Filter attendees
        </label>
        <input id={filterId} type="search" placeholder="Filter by name" maxLength={INPUT_LIMITS.shortText} value={filter} onChange={(event) => setFilter(event.target.value)} />
        <label className="field inline">
          <span>Sort</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as AttendeeSort)}>
            <option value="joined">Join time</option>
            <option value="name">Name</option>
            <option value="time">Time in call</option>
          </select>
        </label>
      </div>
      <ul className="attendee-list" aria-label="Attendees">
        {rows.map((attendee) => (
          <AttendeeRow key={attendee.name} attendee={attendee} />
        ))}
      </ul>
      {rows.length === 0 && <p className="empty">{total === 0 ? 'Nobody has joined yet.' : 'Nobody matches the filter.'}</p>}
    </div>
  );
}
