import { LIFECYCLE_EVENT_TYPES as LIFECYCLE, MEET_EVENT_TYPES as MEET_EVENTS, type MeetEventType } from '@quickmeet/common/workspace-events';

export type { MeetEventType };

/** The Meet event types a subscription asks for (Workspace Events "events-meet"; REFERENCE §13.4). */
export const MEET_EVENT_TYPES = Object.keys(MEET_EVENTS) as ReadonlyArray<MeetEventType>;

/** Lifecycle events arrive on the same topic without being asked for. */
export const LIFECYCLE_EVENT_TYPES = Object.values(LIFECYCLE);
export type LifecycleEventType = (typeof LIFECYCLE)[keyof typeof LIFECYCLE];

/** The payload key each Meet event carries its resource under (note the singular `smartNote`). */
export const PAYLOAD_KEY = MEET_EVENTS;

/** Google's publisher for Workspace events: it needs `roles/pubsub.publisher` on the topic. */
export const EVENT_PUBLISHER = 'serviceAccount:meet-api-event-push@system.gserviceaccount.com';
export const PUBLISHER_ROLE = 'roles/pubsub.publisher';

/** Meet subscriptions without resource data last at most 7 days; renewing asks for the full week again. */
export const SUBSCRIPTION_TTL = `${7 * 24 * 60 * 60}s`;

/** Target for every space a user owns or organises; `{user}` is the numeric id (OpenID `sub`, `signedinUser.user`). */
export const userTarget = (userId: string): string => `//cloudidentity.googleapis.com/users/${userId}`;
/** Target for one space; `spaces/{id}` is its resource name, not its meeting code. */
export const spaceTarget = (space: string): string => `//meet.googleapis.com/${space}`;
