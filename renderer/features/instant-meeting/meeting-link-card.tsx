import type { Meeting } from '../../../shared/model/meeting';

export interface MeetingLinkCardProps {
  readonly meeting: Meeting;
  readonly copied: boolean;
  /** True when this is not the outcome of the last New meeting (it is running, failed, or was never pressed). */
  readonly previous: boolean;
  readonly onCopy: () => void;
  readonly onOpen: () => void;
}

/** The current meeting link with Copy and Open; Ctrl/Cmd+C copies it too. An older one is greyed and says so. */
export function MeetingLinkCard({ meeting, copied, previous, onCopy, onOpen }: MeetingLinkCardProps) {
  return (
    <div className={`link-card${previous ? ' previous' : ''}`} data-testid="meeting-link" data-previous={previous || undefined}>
      {previous && <p className="link-label">Last meeting</p>}
      <a href={meeting.meetingUri} className="link-uri" onClick={(event) => (event.preventDefault(), onOpen())}>
        {meeting.meetingUri.replace(/^https:\/\//, '')}
      </a>
      <div className="link-actions">
        <span className="link-code">Code {meeting.meetingCode}</span>
        <button type="button" className="copy-button" onClick={onCopy} aria-keyshortcuts={previous ? undefined : 'Control+C Meta+C'} title={previous ? undefined : 'Copy link (Ctrl/⌘+C)'}>
          {copied ? 'Copied ✓' : 'Copy'}
        </button>
        <button type="button" onClick={onOpen}>
          Open
        </button>
      </div>
    </div>
  );
}
