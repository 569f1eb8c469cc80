import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';

const BADGE_TITLES = { REC: 'Being recorded', TXT: 'Being transcribed', NOTES: 'Gemini is taking notes' } as const;

/** REC, TXT, NOTES while they run, and one click to copy "This meeting is being recorded". */
export function LiveBadges({ meeting }: { readonly meeting: LiveMeeting }) {
  const copy = useAction(async () => {
    const result = await quickmeet().live.copy({ what: 'recording' });
    if (result.ok) await mirrorToPageClipboard(result.value.copiedText);
    return result;
  });
  if (meeting.badges.length === 0) return null;
  return (
    <div className="live-badges" role="group" aria-label="Being recorded">
      {meeting.badges.map((badge) => (
        <span key={badge} className={`badge live-badge badge-${badge}`} title={BADGE_TITLES[badge]}>
          {badge}
        </span>
      ))}
      <button type="button" className="small" onClick={() => void copy.run()} disabled={copy.pending}>
        Copy notice
      </button>
      {copy.error && <ErrorCallout error={copy.error} onDismiss={copy.clearError} />}
    </div>
  );
}
