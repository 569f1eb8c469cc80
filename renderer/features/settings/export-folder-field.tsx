import { useEffect, useId, useState } from 'react';
import { call, quickmeet } from '../../api/quickmeet';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FieldError } from '../../components/field-error';
import { INPUT_LIMITS } from '../../../shared/model/input-limits';

export interface ExportFolderFieldProps {
  readonly saved: string;
  readonly onSave: (folder: string) => Promise<unknown>;
}

/**
 * The export folder: says where files go now (the default folder spelled out), and asks before a
 * folder that does not exist yet, a typo perhaps, is taken (Quickmeet creates it at the first export).
 */
export function ExportFolderField({ saved, onSave }: ExportFolderFieldProps) {
  const [value, setValue] = useState(saved);
  const [where, setWhere] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const id = useId();
  useEffect(() => setValue(saved), [saved]);
  useEffect(() => {
    void call(() => quickmeet().settings.describeExportFolder({ folder: saved })).then(
      (result) => result.ok && setWhere(result.value.path),
    );
  }, [saved]);

  const commit = async () => {
    const folder = value.trim();
    setProblem(undefined);
    if (folder === saved) return;
    const described = await call(() => quickmeet().settings.describeExportFolder({ folder }));
    if (!described.ok) return setProblem(described.error.message);
    if (described.value.problem) return setProblem(described.value.problem);
    if (folder !== '' && !described.value.exists) return setConfirming(described.value.path);
    await onSave(folder);
  };
  return (
    <>
      <label className="field" htmlFor={id}>
        <span>Save exports to (leave empty for the default folder)</span>
      </label>
      <input
        id={id}
        value={value}
        maxLength={INPUT_LIMITS.folder}
        placeholder={where && saved === '' ? where : undefined}
        onChange={(event) => (setValue(event.target.value), setProblem(undefined))}
        onBlur={() => void commit()}
        onKeyDown={(event) => event.key === 'Enter' && void commit()}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-where ${id}-error`}
        spellCheck={false}
      />
      <p id={`${id}-where`} className="muted small-text" data-testid="export-folder">
        {where ? `Transcripts and attendance files are saved in ${where}.` : ''}
      </p>
      <FieldError id={`${id}-error`} message={problem} />
      <ConfirmDialog
        open={confirming !== undefined}
        title="Use a folder that does not exist yet?"
        confirmLabel="Use and create it"
        onConfirm={() => {
          setConfirming(undefined);
          void onSave(value.trim());
        }}
        onCancel={() => (setConfirming(undefined), setValue(saved))}
      >
        <span className="mono">{confirming}</span> does not exist. Quickmeet will create it when it saves the first file
        there. Check the spelling first.
      </ConfirmDialog>
    </>
  );
}
