import { LIFECYCLE_EVENT_TYPES, MEET_EVENT_TYPES } from '@quickmeet/common/workspace-events';

export { LIFECYCLE_EVENT_TYPES, MEET_EVENT_TYPES, type MeetEventResource, type MeetEventType } from '@quickmeet/common/workspace-events';

/** Whether `type` may be listed in a Meet subscription's `eventTypes`. */
export const isSubscribableType = (type: string): boolean =>
  Object.hasOwn(MEET_EVENT_TYPES, type) || Object.values<string>(LIFECYCLE_EVENT_TYPES).includes(type);
