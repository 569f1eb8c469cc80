import type { Artifact, ArtifactKind } from '../../../shared/model/artifact';
import type { Notifier } from '../ports/notifier';

const KIND_TITLES: Readonly<Record<ArtifactKind, string>> = {
  recording: 'Recording ready',
  transcript: 'Transcript ready',
  smartNote: 'Meeting notes ready',
};

/** One notification per artifact that just reached FILE_GENERATED, with an "Open" action. */
export function notifyReady(notifier: Notifier, ready: ReadonlyArray<Artifact>, open: (artifact: Artifact) => void): void {
  for (const artifact of ready) {
    const day = artifact.startTime?.slice(0, 10);
    const where = artifact.meetingCode ?? 'your meeting';
    notifier.notify({
      title: KIND_TITLES[artifact.kind],
      body: day ? `${where}, ${day}` : where,
      actionLabel: 'Open',
      onAction: () => open(artifact),
    });
  }
}
