import { z } from 'zod';
import { PushProject, PushStatus } from '../../model/push-status';
import { request } from '../define';
import { noArgs } from '../limits';

/** Instant updates: Workspace Events subscriptions for Meet, read through the person's own Pub/Sub topic. */
export const pushRequests = {
  'push.getStatus': request(noArgs, PushStatus),
  /**
   * Turns instant updates on for `project`: asks Google for the Pub/Sub permission (incremental consent)
   * when it is missing, saves the choice, then sets everything up; answers the status once set up.
   */
  'push.enable': request(z.strictObject({ project: PushProject.refine((value) => value !== '', 'Enter the project id.') }), PushStatus),
  /** Turns instant updates off and removes what Quickmeet created in the project. */
  'push.disable': request(noArgs, PushStatus),
  /** Tries the setup again (after fixing what a suspension or failure named). */
  'push.retry': request(noArgs, PushStatus),
} as const;

/** Instant-updates pushes. */
export const pushEvents = {
  'push.changed': PushStatus,
} as const;
