import type { Meeting } from '../../../shared/model/meeting';

export interface MeetingLinkCardProps {
  readonly meeting: Meeting;
  readonly copied: boolean;
  readonly onCopy: () => void;
  readonly onOpen: () => void;
}

/** The current meeting link with Copy and Open; Ctrl/Cmd+C copies it too. */
export function MeetingLinkCard({ meeting, copied, onCopy, onOpen }: MeetingLinkCardProps) {
  return (
    <div className="link-card" data-testid="meeting-link">
      <a href={meeting.meetingUri} className="link-uri" onClick={(event) => (event.preventDefault(), onOpen())}>
        {meeting.meetingUri.replace(/^https:\/\//, '')}
      </a>
      <div className="link-actions">
        <span className="link-code">Code {meeting.meetingCode}</span>
        <button type="button" onClick={onCopy} aria-keyshortcuts="Control+C Meta+C" title="Copy link (Ctrl/⌘+C)">
          {copied ? 'Copied ✓' : 'Copy'}
        </button>
        <button type="button" onClick={onOpen}>
          Open
        </button>
      </div>
    </div>
  );
}
