import { MAX_EXPECTED_PEOPLE, MAX_MEETING_MINUTES } from '../../../shared/model/input-limits';

/** A meeting length in whole minutes, 1 to a day; empty means none. */
export function MinutesInput(props: {
  readonly id: string;
  readonly value: string | number;
  readonly placeholder: string;
  readonly onChange: (text: string) => void;
}) {
  return (
    <input
      id={props.id}
      type="number"
      min={1}
      max={MAX_MEETING_MINUTES}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

/** Expected people, one per line, as long as the list may be (each entry up to 400 characters). */
export function ExpectedPeopleInput(props: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}) {
  return (
    <textarea
      id={props.id}
      rows={3}
      maxLength={MAX_EXPECTED_PEOPLE * 401}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      spellCheck={false}
    />
  );
}
