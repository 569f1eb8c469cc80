import type { Conference } from '../../../shared/model/conference';
import { formatTime } from '../../components/format';

export interface ConferencePickerProps {
  readonly conferences: ReadonlyArray<Conference>;
  readonly selected: string | undefined;
  readonly onSelect: (record: string) => void;
}

/** Shown when several conferences run at once: the user picks the one to follow. */
export function ConferencePicker({ conferences, selected, onSelect }: ConferencePickerProps) {
  return (
    <fieldset className="picker">
      <legend>{conferences.length} meetings are running. Follow:</legend>
      {conferences.map((conference) => (
        <label key={conference.record} className="picker-option">
          <input type="radio" name="live-conference" checked={selected === conference.record} onChange={() => onSelect(conference.record)} />
          <span className="mono">{conference.meetingCode ?? conference.space}</span>
          <span className="muted small-text">since {formatTime(conference.startTime)}</span>
        </label>
      ))}
    </fieldset>
  );
}
