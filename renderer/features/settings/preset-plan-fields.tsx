import { useId } from 'react';
import type { Preset } from '../../../shared/model/preset';
import { MAX_MEETING_MINUTES } from '../../../shared/model/input-limits';
import { ExpectedPeopleInput, MinutesInput } from '../live-meeting/plan-inputs';

interface PresetPlanFieldsProps {
  readonly draft: Preset;
  readonly onChange: (preset: Preset) => void;
  readonly expected: string;
  readonly onExpectedChange: (text: string) => void;
}

/** "During the meeting": planned length, ending by itself, expected people, and the personal room. */
export function PresetPlanFields({ draft, onChange, expected, onExpectedChange }: PresetPlanFieldsProps) {
  const id = useId();
  const setLength = (text: string) => {
    const minutes = Number.parseInt(text, 10);
    const { lengthMinutes: _old, endAutomatically: _end, ...rest } = draft;
    onChange(
      Number.isFinite(minutes) && minutes > 0
        ? {
            ...rest,
            lengthMinutes: Math.min(minutes, MAX_MEETING_MINUTES),
            ...(draft.endAutomatically ? { endAutomatically: true } : {}),
          }
        : rest,
    );
  };
  const flag = (key: 'endAutomatically' | 'personalRoom', on: boolean) => {
    const { [key]: _old, ...rest } = draft;
    onChange(on ? { ...rest, [key]: true } : rest);
  };
  return (
    <fieldset className="preset-group">
      <legend>During the meeting</legend>
      <div className="preset-grid">
        <div className="field">
          <label htmlFor={`${id}-length`}>Length in minutes</label>
          <MinutesInput
            id={`${id}-length`}
            placeholder="No limit"
            value={draft.lengthMinutes ?? ''}
            onChange={setLength}
          />
        </div>
      </div>
      <label className="field checkbox-field">
        <input
          type="checkbox"
          checked={draft.endAutomatically === true}
          disabled={draft.lengthMinutes === undefined}
          onChange={(event) => flag('endAutomatically', event.target.checked)}
        />
        <span>End for everyone automatically at this length</span>
      </label>
      <label className="field checkbox-field">
        <input
          type="checkbox"
          checked={draft.personalRoom === true}
          onChange={(event) => flag('personalRoom', event.target.checked)}
        />
        <span>Personal room: reuse one meeting, ring when someone waits in it</span>
      </label>
      <label className="field" htmlFor={`${id}-expected`}>
        <span>Expected people besides co-hosts (one per line: e-mail, name, or Name &lt;e-mail&gt;)</span>
      </label>
      <ExpectedPeopleInput id={`${id}-expected`} value={expected} onChange={onExpectedChange} />
      <p className="muted small-text">
        Without a length nothing warns or ends; only “end automatically” ever ends a meeting by itself.
      </p>
    </fieldset>
  );
}
