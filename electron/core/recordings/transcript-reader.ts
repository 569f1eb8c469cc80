import { AppError } from '../../../shared/ipc/result';
import { displayNameOf } from '../attendees/attendee-model';
import { listAllPages } from '../paging/list-all-pages';
import type { MeetApi, TranscriptEntry } from '../ports/meet-api';

/** One utterance with its speaker's name resolved. */
export interface SpokenEntry {
  readonly speaker: string;
  readonly text: string;
  readonly startTime: string;
  readonly endTime: string;
}

/** Transcripts kept in memory; entries never change once a transcript is generated. */
const MAX_CACHED_TRANSCRIPTS = 20;

/**
 * Reads transcript entries (every page) and resolves each speaker once through `participants.get`;
 * both are cached, so exporting the same transcript again costs no call.
 */
export class TranscriptReader {
  private readonly speakers = new Map<string, string>();
  private readonly transcripts = new Map<string, ReadonlyArray<SpokenEntry>>();

  constructor(private readonly meet: MeetApi) {}

  async read(transcript: string): Promise<ReadonlyArray<SpokenEntry>> {
    const cached = this.transcripts.get(transcript);
    if (cached) return cached;
    const entries = await listAllPages((pageToken) =>
      this.meet.listTranscriptEntries(transcript, { pageSize: 100, ...(pageToken ? { pageToken } : {}) }),
    );
    const spoken: SpokenEntry[] = [];
    for (const entry of entries) spoken.push(await this.resolve(entry));
    this.transcripts.set(transcript, spoken);
    if (this.transcripts.size > MAX_CACHED_TRANSCRIPTS) this.transcripts.delete(this.transcripts.keys().next().value as string);
    return spoken;
  }

  private async resolve(entry: TranscriptEntry): Promise<SpokenEntry> {
    return { speaker: await this.speakerName(entry.participant), text: entry.text, startTime: entry.startTime, endTime: entry.endTime };
  }

  private async speakerName(participant: string): Promise<string> {
    const known = this.speakers.get(participant);
    if (known !== undefined) return known;
    let name: string;
    try {
      name = displayNameOf(await this.meet.getParticipant(participant));
    } catch (error) {
      // A speaker whose record is gone still gets a line, just without a name.
      if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      name = 'Unknown speaker';
    }
    this.speakers.set(participant, name);
    return name;
  }
}
