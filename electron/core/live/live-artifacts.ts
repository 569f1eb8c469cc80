import type { LiveBadge } from '../../../shared/model/live-meeting';
import type { ArtifactKind } from '../../../shared/model/artifact';
import type { Conference } from '../../../shared/model/conference';
import type { MeetApi } from '../ports/meet-api';
import { listArtifacts } from '../recordings/artifact-listing';

/** Each artifact kind's badge, in the order they show. */
export const BADGES: ReadonlyArray<readonly [ArtifactKind, LiveBadge]> = [
  ['recording', 'REC'],
  ['transcript', 'TXT'],
  ['smartNote', 'NOTES'],
];

/** Artifacts of a running conference are listed at most this often (three list calls each time). */
export const ARTIFACT_CHECK_MS = 10_000;

/**
 * What is being recorded in the followed conference: its recordings, transcripts and smart notes
 * (the recordings feature's own listing) with state `STARTED`, read while the conference runs.
 */
export class LiveArtifacts {
  private record: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private running: ReadonlyArray<LiveBadge> = [];

  constructor(private readonly meet: MeetApi) {}

  /** Badges of the followed conference at the last check. */
  badges(record: string | undefined): ReadonlyArray<LiveBadge> {
    return record !== undefined && record === this.record ? this.running : [];
  }

  /** Lists the conference's artifacts when the last check is older than {@link ARTIFACT_CHECK_MS}; answers true when the badges changed. */
  async refresh(conference: Conference | undefined, now: number): Promise<boolean> {
    if (conference?.record !== this.record) {
      const had = this.running.length > 0;
      this.record = conference?.record;
      this.running = [];
      this.checkedAt = Number.NEGATIVE_INFINITY;
      if (!conference) return had;
    }
    if (!conference || now - this.checkedAt < ARTIFACT_CHECK_MS) return false;
    this.checkedAt = now;
    const artifacts = await listArtifacts(this.meet, {
      name: conference.record,
      space: conference.space,
      startTime: conference.startTime,
    });
    if (this.record !== conference.record) return false;
    const started = new Set(
      artifacts.filter((artifact) => artifact.state === 'STARTED').map((artifact) => artifact.kind),
    );
    const next = BADGES.filter(([kind]) => started.has(kind)).map(([, badge]) => badge);
    const changed = next.join() !== this.running.join();
    this.running = next;
    return changed;
  }
}

/** "This meeting is being recorded" (or transcribed, or Gemini takes notes), for the one-click copy. */
export function recordingNoticeText(badges: ReadonlyArray<LiveBadge>): string {
  const doing = [
    badges.includes('REC') ? 'recorded' : undefined,
    badges.includes('TXT') ? 'transcribed' : undefined,
  ].filter((what): what is string => what !== undefined);
  const verbs = doing.length === 0 ? '' : `This meeting is being ${doing.join(' and ')}.`;
  const notes = badges.includes('NOTES') ? 'Gemini is taking notes.' : '';
  return [verbs, notes].filter(Boolean).join(' ') || 'Nothing in this meeting is being recorded.';
}
