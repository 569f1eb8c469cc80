import { useState } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import type { RemoteState } from '../../api/use-remote-state';
import { ErrorCallout } from '../../components/error-callout';
import { formatDateTime } from '../../components/format';

const SHOWN = 8;

/** Recent meetings, each with Copy and Open. */
export function RecentMeetings({ recent }: { readonly recent: RemoteState<ReadonlyArray<Meeting>> }) {
  const [copied, setCopied] = useState<string>();
  const copy = useAction((space: string) => quickmeet().meetings.copyLink({ space }));
  const open = useAction((space: string) => quickmeet().meetings.open({ space }));
  // Ordered by when each meeting was made, not last used: copying one must not move rows under the pointer.
  const meetings = [...(recent.value?.slice(0, SHOWN) ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const runCopy = async (space: string) => {
    const result = await copy.run(space);
    if (!result?.ok) return;
    await mirrorToPageClipboard(result.value.copiedText);
    setCopied(space);
  };
  const error = copy.error ?? open.error ?? recent.error;
  return (
    <section className="panel" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent meetings</h2>
      {meetings.length === 0 && !recent.loading && !recent.error && <p className="empty">No meetings yet. Press New meeting above, or join one by its code.</p>}
      <ul className="plain-list" aria-label="Recent meetings">
        {meetings.map((meeting) => (
          <li key={meeting.space} className="recent-row">
            <span className="recent-text">
              <span className="mono">{meeting.meetingCode}</span>
              <span className="muted small-text">{formatDateTime(meeting.createdAt)}</span>
            </span>
            <button type="button" className="small copy-button" onClick={() => void runCopy(meeting.space)} aria-label={`Copy link of ${meeting.meetingCode}`}>
              {copied === meeting.space ? 'Copied ✓' : 'Copy'}
            </button>
            <button type="button" className="small" onClick={() => void open.run(meeting.space)} aria-label={`Open ${meeting.meetingCode}`}>
              Open
            </button>
          </li>
        ))}
      </ul>
      {error && <ErrorCallout error={error} onRetry={recent.reload} />}
    </section>
  );
}
