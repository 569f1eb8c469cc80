import { formatOffset } from '../../shared/time/offset-clock';
import type { TranscriptHit } from '../../shared/model/transcript-search';

/**
 * One line per hit for a terminal: `abc-mnop-xyz 2026-11-30 [00:01:05] Ada: …text…`. Control
 * characters in a speaker's name or text become spaces, so a transcript cannot drive the terminal.
 */
export function searchLines(hits: ReadonlyArray<TranscriptHit>): string[] {
  const clean = (text: string) => text.replace(/\p{Cc}/gu, ' ');
  return hits.map((hit) => {
    const text = hit.snippet.map((part) => clean(part.text)).join('');
    return `${hit.meetingCode ?? hit.record} ${hit.startTime.slice(0, 10)} [${formatOffset(hit.offsetMs)}] ${clean(hit.speaker)}: ${text}`;
  });
}
