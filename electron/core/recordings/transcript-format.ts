import type { TranscriptFormat } from '../../../shared/model/artifact';
import type { SpokenEntry } from './transcript-reader';
import { formatOffset } from '../../../shared/time/offset-clock';

/** Milliseconds from `origin` to `iso`, never negative. */
function offsetMs(iso: string, origin: number): number {
  return Math.max(0, Date.parse(iso) - origin);
}

/** Backslash-escapes characters that would turn a speaker name into Markdown formatting. */
function markdownName(name: string): string {
  return name.replace(/[\\*_[\]`<>#]/g, (c) => `\\${c}`);
}

/** The time every offset counts from: the transcript's start, or the first entry if earlier. */
export function transcriptOrigin(entries: ReadonlyArray<SpokenEntry>, transcriptStart?: string): number {
  const starts = entries.map((entry) => Date.parse(entry.startTime));
  if (transcriptStart) starts.push(Date.parse(transcriptStart));
  const valid = starts.filter(Number.isFinite);
  return valid.length > 0 ? Math.min(...valid) : 0;
}

/**
 * The transcript as text in one of three formats. Each entry's text is written unchanged (SRT only
 * folds blank lines, which would end a cue), in the order Google returned them.
 */
export function formatTranscript(
  format: TranscriptFormat,
  title: string,
  entries: ReadonlyArray<SpokenEntry>,
  transcriptStart?: string,
): string {
  const origin = transcriptOrigin(entries, transcriptStart);
  switch (format) {
    case 'markdown':
      return [
        `## ${title}`,
        '',
        ...entries.map((e) => `**[${formatOffset(offsetMs(e.startTime, origin))}] ${markdownName(e.speaker)}:** ${e.text}\n`),
      ].join('\n');
    case 'text':
      return entries.map((e) => `[${formatOffset(offsetMs(e.startTime, origin))}] ${e.speaker}: ${e.text}\n`).join('');
    case 'srt':
      return entries
        .map((e, index) => {
          const start = offsetMs(e.startTime, origin);
          const end = Math.max(start, offsetMs(e.endTime, origin));
          const text = `${e.speaker}: ${e.text}`.replace(/\r\n?/g, '\n').replace(/\n\s*\n/g, '\n');
          return `${index + 1}\n${formatOffset(start, true)} --> ${formatOffset(end, true)}\n${text}\n`;
        })
        .join('\n');
  }
}
