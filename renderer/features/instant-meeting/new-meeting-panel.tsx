import { useEffect, useId, useState } from 'react';
import type { CopyFormat, CreatedMeeting, Meeting } from '../../../shared/model/meeting';
import type { Settings } from '../../../shared/model/settings';
import { call, mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';
import { PlusIcon } from '../../components/plus-icon';
import { Spinner } from '../../components/spinner';
import { MeetingLinkCard } from './meeting-link-card';
import { useCopyShortcut, useEnterCreates } from './use-copy-shortcut';

export interface NewMeetingPanelProps {
  readonly settings: Settings | undefined;
  /** The most recent meeting, shown until a new one is created. */
  readonly latest: Meeting | undefined;
}

/** The headline: one button that creates a meeting and puts its link on the clipboard. */
export function NewMeetingPanel({ settings, latest }: NewMeetingPanelProps) {
  const [presetId, setPresetId] = useState<string>();
  const [startNow, setStartNow] = useState<boolean>();
  const [created, setCreated] = useState<CreatedMeeting>();
  const [status, setStatus] = useState('');
  const [copiedAt, setCopiedAt] = useState<string>();
  // False after the last New meeting failed or was given up on: the card then holds an older link.
  const [lastCreateWorked, setLastCreateWorked] = useState(true);
  // A picked preset that was deleted since falls back to the default one.
  const chosenPreset = settings?.presets.some((preset) => preset.id === presetId) ? presetId : settings?.defaultPresetId;
  const chosenStartNow = startNow ?? settings?.openAfterCreate ?? false;
  // While New meeting runs, the card keeps the link it showed at the click: the new meeting can reach
  // the recent list (a push) before the create call answers, and must not be shown as "Last meeting".
  const [shownAtClick, setShownAtClick] = useState<Meeting>();
  const shown = created?.meeting ?? latest;
  const pickerId = useId();

  const create = useAction(() => quickmeet().meetings.createInstant({ presetId: chosenPreset, startNow: chosenStartNow }));
  const copy = useAction((space: string) => quickmeet().meetings.copyLink({ space }));
  const open = useAction((space: string) => quickmeet().meetings.open({ space }));
  const meeting = create.pending ? shownAtClick : shown;

  // The one place this choice is made: it is remembered (the tray and the shortcut follow it too).
  const chooseWhen = (now: boolean) => {
    setStartNow(now);
    void call(() => quickmeet().settings.update({ openAfterCreate: now }));
  };
  const runCreate = async () => {
    setStatus('Creating a meeting…');
    setCopiedAt(undefined);
    setShownAtClick(shown);
    const result = await create.run();
    if (!result) return;
    setLastCreateWorked(result.ok);
    if (!result.ok) {
      return setStatus(result.error.code === 'CANCELLED' ? 'Stopped waiting. If Google made the meeting after all, it appears under Recent meetings.' : '');
    }
    setCreated(result.value);
    setCopiedAt(result.value.meeting.space);
    await mirrorToPageClipboard(result.value.copiedText);
    setStatus(copiedStatus(settings?.copyFormat, result.value.meeting));
  };
  const runCopy = async () => {
    if (!meeting) return;
    const result = await copy.run(meeting.space);
    if (!result?.ok) return;
    await mirrorToPageClipboard(result.value.copiedText);
    setCopiedAt(meeting.space);
    setStatus(copiedStatus(settings?.copyFormat, meeting));
  };
  // The card shows the new meeting only after New meeting worked; while it runs or after it failed, the
  // older link is marked as such, and Ctrl/Cmd+C does not copy it as if it were new.
  const previous = !created || create.pending || !lastCreateWorked;
  useEnterCreates(() => void runCreate());
  useCopyShortcut(meeting && !create.pending && lastCreateWorked ? () => void runCopy() : undefined);
  useEffect(() => {
    if (!copiedAt) return;
    const timer = setTimeout(() => setCopiedAt(undefined), 2500);
    return () => clearTimeout(timer);
  }, [copiedAt]);

  const failed = create.error ? { action: create, retry: runCreate } : copy.error ? { action: copy, retry: runCopy } : { action: open, retry: undefined };
  return (
    <section className="panel new-meeting" aria-labelledby="new-meeting-title">
      <h2 id="new-meeting-title" className="visually-hidden">New meeting</h2>
      <button type="button" className="primary hero" onClick={() => void runCreate()} disabled={create.pending} autoFocus aria-keyshortcuts="Enter">
        {create.pending ? <Spinner /> : <PlusIcon />}
        {create.pending ? 'Creating…' : 'New meeting'}
      </button>
      {create.pending && (
        <button type="button" className="small quiet cancel-wait" onClick={create.abandon}>
          Stop waiting
        </button>
      )}
      <div className="options-row">
        <span className="field inline">
          <label htmlFor={pickerId}>Preset</label>
          <select id={pickerId} value={chosenPreset ?? ''} onChange={(event) => setPresetId(event.target.value)} disabled={!settings}>
            {settings?.presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </select>
        </span>
        <fieldset className="segmented" aria-label="When">
          <label>
            <input type="radio" name="when" checked={chosenStartNow} onChange={() => chooseWhen(true)} />
            <span>Start now</span>
          </label>
          <label>
            <input type="radio" name="when" checked={!chosenStartNow} onChange={() => chooseWhen(false)} />
            <span>For later</span>
          </label>
        </fieldset>
      </div>
      {meeting && (
        <MeetingLinkCard meeting={meeting} copied={copiedAt === meeting.space} previous={previous} onCopy={() => void runCopy()} onOpen={() => void open.run(meeting.space)} />
      )}
      {created && created.cohostFailures.length > 0 && (
        <div className="callout callout-warning" role="alert">
          <p className="callout-title">The meeting was created, but some co-hosts could not be added:</p>
          <ul>
            {created.cohostFailures.map((failure) => (
              <li key={failure.email}>
                <strong>{failure.email}</strong>: {failure.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failed.action.error && (
        <ErrorCallout error={failed.action.error} onRetry={failed.retry && (() => void failed.retry())} onDismiss={failed.action.clearError} />
      )}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** What the clipboard holds now, in the format the settings chose, said as it is. */
export function copiedStatus(format: CopyFormat | undefined, meeting: Meeting): string {
  switch (format) {
    case 'code':
      return `Meeting code copied: ${meeting.meetingCode}`;
    case 'markdown':
      return `Markdown link to ${meeting.meetingCode} copied.`;
    case 'invite':
      return `Invitation to ${meeting.meetingCode} copied${(meeting.phoneAccess ?? []).length > 0 ? ', with dial-in numbers' : ''}.`;
    default:
      return `Meeting link copied: ${meeting.meetingUri}`;
  }
}
