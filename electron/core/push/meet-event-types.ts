/** The Meet event types a subscription asks for (Workspace Events "events-meet"; REFERENCE §13.4). */
export const MEET_EVENT_TYPES = [
  'google.workspace.meet.conference.v2.started',
  'google.workspace.meet.conference.v2.ended',
  'google.workspace.meet.participant.v2.joined',
  'google.workspace.meet.participant.v2.left',
  'google.workspace.meet.recording.v2.started',
  'google.workspace.meet.recording.v2.ended',
  'google.workspace.meet.recording.v2.fileGenerated',
  'google.workspace.meet.transcript.v2.started',
  'google.workspace.meet.transcript.v2.ended',
  'google.workspace.meet.transcript.v2.fileGenerated',
  'google.workspace.meet.smartNote.v2.started',
  'google.workspace.meet.smartNote.v2.ended',
  'google.workspace.meet.smartNote.v2.fileGenerated',
] as const;
export type MeetEventType = (typeof MEET_EVENT_TYPES)[number];

/** Lifecycle events arrive on the same topic without being asked for. */
export const LIFECYCLE_EVENT_TYPES = [
  'google.workspace.events.subscription.v1.expirationReminder',
  'google.workspace.events.subscription.v1.suspended',
  'google.workspace.events.subscription.v1.expired',
] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];

/** The payload key each Meet event carries its resource under (note the singular `smartNote`). */
export const PAYLOAD_KEY: Readonly<Record<MeetEventType, 'conferenceRecord' | 'participantSession' | 'recording' | 'transcript' | 'smartNote'>> = {
  'google.workspace.meet.conference.v2.started': 'conferenceRecord',
  'google.workspace.meet.conference.v2.ended': 'conferenceRecord',
  'google.workspace.meet.participant.v2.joined': 'participantSession',
  'google.workspace.meet.participant.v2.left': 'participantSession',
  'google.workspace.meet.recording.v2.started': 'recording',
  'google.workspace.meet.recording.v2.ended': 'recording',
  'google.workspace.meet.recording.v2.fileGenerated': 'recording',
  'google.workspace.meet.transcript.v2.started': 'transcript',
  'google.workspace.meet.transcript.v2.ended': 'transcript',
  'google.workspace.meet.transcript.v2.fileGenerated': 'transcript',
  'google.workspace.meet.smartNote.v2.started': 'smartNote',
  'google.workspace.meet.smartNote.v2.ended': 'smartNote',
  'google.workspace.meet.smartNote.v2.fileGenerated': 'smartNote',
};

/** Google's publisher for Workspace events: it needs `roles/pubsub.publisher` on the topic. */
export const EVENT_PUBLISHER = 'serviceAccount:meet-api-event-push@system.gserviceaccount.com';
export const PUBLISHER_ROLE = 'roles/pubsub.publisher';

/** Meet subscriptions without resource data last at most 7 days; renewing asks for the full week again. */
export const SUBSCRIPTION_TTL = `${7 * 24 * 60 * 60}s`;

/** Target for every space a user owns or organises; `{user}` is the numeric id (OpenID `sub`, `signedinUser.user`). */
export const userTarget = (userId: string): string => `//cloudidentity.googleapis.com/users/${userId}`;
/** Target for one space; `spaces/{id}` is its resource name, not its meeting code. */
export const spaceTarget = (space: string): string => `//meet.googleapis.com/${space}`;
