import { formatDuration as durationText } from '../../../shared/time/duration-text';
import type { Recap, RecapFile } from '../../../shared/model/recap';

/** Escapes what would turn a name into Markdown formatting or a link. */
function plain(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\*_[\]`<>#|]/g, (c) => `\\${c}`);
}

const FILE_LABELS: Readonly<Record<RecapFile['kind'], string>> = { recording: 'Recording', transcript: 'Transcript', smartNote: 'Notes' };

/** A link only for https addresses: anything else is written as text, so a copied recap cannot carry a script link. */
function fileLine(file: RecapFile): string {
  const label = FILE_LABELS[file.kind];
  if (file.exportUri && /^https:\/\/[^\s()<>]+$/.test(file.exportUri)) return `- [${label}](${file.exportUri})`;
  return `- ${label}: ${file.state === 'FILE_GENERATED' ? 'ready, no link' : 'processing'}`;
}

/** The recap as Markdown for the clipboard: title, duration, attendance, talk time, files. */
export function recapToMarkdown(recap: Recap): string {
  const label = recap.meetingCode ?? recap.space;
  const lines = [`## Recap: ${plain(label)}, ${recap.startTime.slice(0, 10)}`, '', `**Duration:** ${durationText(recap.durationSeconds)}`, ''];
  lines.push(`### Attendance (${recap.attendees.length})`);
  if (recap.attendees.length === 0) lines.push('- No one joined.');
  for (const person of recap.attendees) {
    const notes = [
      person.lateSeconds !== undefined ? `joined ${durationText(person.lateSeconds)} late` : '',
      person.leftEarlySeconds !== undefined ? `left ${durationText(person.leftEarlySeconds)} early` : '',
      person.rejoins > 0 ? `rejoined ${person.rejoins}×` : '',
    ].filter(Boolean);
    lines.push(`- ${plain(person.displayName)}: ${durationText(person.totalSeconds)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
  }
  lines.push('', '### Talk time');
  if (!recap.talkTime) lines.push('- Waiting for the transcript.');
  else if (recap.talkTime.length === 0) lines.push('- No one spoke in the transcript.');
  else {
    const total = recap.talkTime.reduce((sum, speaker) => sum + speaker.seconds, 0);
    for (const speaker of recap.talkTime) {
      const share = total > 0 ? Math.round((speaker.seconds / total) * 100) : 0;
      lines.push(`- ${plain(speaker.speaker)}: ${durationText(speaker.seconds)} (${share}%)`);
    }
  }
  lines.push('', '### Files');
  if (recap.files.length === 0) lines.push('- None.');
  for (const file of recap.files) lines.push(fileLine(file));
  return `${lines.join('\n')}\n`;
}
