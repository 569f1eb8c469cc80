/**
 * The event types a Meet subscription can ask for, and the lifecycle types every subscription gets
 * (developers.google.com/workspace/events/guides/events-meet and …/events-lifecycle).
 */

/** Which Meet resource an event is about, and the key its payload uses (`{"<key>": {"name": …}}`). */
export type MeetEventResource = 'conferenceRecord' | 'participantSession' | 'recording' | 'transcript' | 'smartNote';

/** The 13 Meet event types, each with the resource its payload names. */
export const MEET_EVENT_TYPES = {
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
} as const satisfies Record<string, MeetEventResource>;

/** A Meet event type. */
export type MeetEventType = keyof typeof MEET_EVENT_TYPES;

/** Lifecycle event types: sent to every subscription without being asked for. */
export const LIFECYCLE_EVENT_TYPES = {
  expirationReminder: 'google.workspace.events.subscription.v1.expirationReminder',
  suspended: 'google.workspace.events.subscription.v1.suspended',
  expired: 'google.workspace.events.subscription.v1.expired',
} as const;
