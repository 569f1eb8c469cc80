import type { LiveMeeting } from '../../../shared/model/live-meeting';
import { mirrorToPageClipboard, quickmeet } from '../../api/quickmeet';
import { useAction } from '../../api/use-action';
import { ErrorCallout } from '../../components/error-callout';

/** "4 of 6 here · missing: Bo, Cy", who matched by name only, and a copy of "Still waiting for Bo and Cy". */
export function MissingPeople({ meeting }: { readonly meeting: LiveMeeting }) {
  const copy = useAction(async () => {
    const result = await quickmeet().live.copy({ what: 'missing' });
    if (result.ok) await mirrorToPageClipboard(result.value.copiedText);
    return result;
  });
  const expected = meeting.expected;
  if (!expected) return null;
  const byName = expected.here.filter((person) => person.byName);
  return (
    <div className="missing-people" data-testid="expected-people">
      <p>
        <strong>
          {expected.here.length} of {expected.total} here
        </strong>
        {expected.missing.length > 0 ? ` · missing: ${expected.missing.join(', ')}` : ' · everyone expected is here'}
      </p>
      {byName.length > 0 && (
        <p className="muted small-text">
          Matched by name only, may be someone else: {byName.map((person) => person.label).join(', ')}
        </p>
      )}
      {expected.missing.length > 0 && (
        <button type="button" className="small" onClick={() => void copy.run()} disabled={copy.pending}>
          Copy “Still waiting…”
        </button>
      )}
      {copy.error && <ErrorCallout error={copy.error} onDismiss={copy.clearError} />}
    </div>
  );
}
