/** A safe file name: letters, digits, dash, dot and underscore only, no leading dot, bounded length. */
export function exportFileName(parts: ReadonlyArray<string>, extension: string): string {
  const stem = parts
    .map((part) => part.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '')
    .join('-')
    .slice(0, 120);
  return `${stem || 'export'}.${extension}`;
}

/** `2026-11-24` from an ISO timestamp, for file names. */
export function datePart(iso: string | undefined): string {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '';
}
