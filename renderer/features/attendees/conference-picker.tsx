import { useId } from 'react';
import type { Conference } from '../../../shared/model/conference';
import { formatTime } from '../../components/format';

export interface ConferencePickerProps {
  readonly conferences: ReadonlyArray<Conference>;
  readonly selected: string | undefined;
  readonly onSelect: (record: string) => void;
}

/** Shown when several conferences run at once: one compact choice of which to follow, however many run. */
export function ConferencePicker({ conferences, selected, onSelect }: ConferencePickerProps) {
  const id = useId();
  return (
    <div className="field picker">
      <label htmlFor={id}>{conferences.length} meetings are running. Following:</label>
      <select id={id} value={selected ?? ''} onChange={(event) => onSelect(event.target.value)}>
        {conferences.map((conference) => (
          <option key={conference.record} value={conference.record}>
            {`${conference.meetingCode ?? conference.space} · since ${formatTime(conference.startTime)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
