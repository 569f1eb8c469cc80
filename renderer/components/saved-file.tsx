import { quickmeet } from '../api/quickmeet';
import { useAction } from '../api/use-action';
import { ErrorCallout } from './error-callout';

export interface SavedFileProps {
  /** What was saved, e.g. "Transcript saved to". */
  readonly label: string;
  /** The full path the export answered. */
  readonly filePath: string;
}

/** An export just written: where it went, and a button that shows it in the file manager. */
export function SavedFile({ label, filePath }: SavedFileProps) {
  const show = useAction(() => quickmeet().exports.showInFolder({ filePath }));
  return (
    <div className="saved-file" data-testid="saved-file">
      <p className="status" role="status">
        {label} <span className="mono saved-path">{filePath}</span>
      </p>
      <button type="button" className="small" onClick={() => void show.run()} disabled={show.pending}>
        Show in folder
      </button>
      {show.error && <ErrorCallout error={show.error} />}
    </div>
  );
}
