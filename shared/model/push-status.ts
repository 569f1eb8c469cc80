import { z } from 'zod';
import { CLOUD_PROJECT_ID } from './input-limits';


/** The project field of the settings: empty, or a valid project id. */
export const PushProject = z
  .string()
  .max(30)
  .refine((value) => value === '' || CLOUD_PROJECT_ID.test(value), {
    message: 'A Google Cloud project id has 6 to 30 lower-case letters, digits or hyphens, starts with a letter and does not end with a hyphen.',
  });

/** How instant updates (Workspace Events delivered through Pub/Sub) stand, as the window and the CLI show it. */
export const PushStatus = z.discriminatedUnion('state', [
  /** Switched off: Quickmeet polls at its ordinary pace. */
  z.strictObject({ state: z.literal('off') }),
  /** Creating or checking the topic, the grant and the subscriptions. */
  z.strictObject({ state: z.literal('settingUp'), step: z.string().max(200) }),
  /** Events arrive; polling has dropped to a slow reconcile. */
  z.strictObject({
    state: z.literal('healthy'),
    /** `user`: one subscription for every space the user owns; `spaces`: one per followed space. */
    target: z.enum(['user', 'spaces']),
    subscriptions: z.number().int().min(0).max(1000),
    /** When the subscription that expires first does so (it is renewed before then). */
    expireTime: z.string().max(40).optional(),
  }),
  /** A subscription is being renewed (its expiry is near). */
  z.strictObject({ state: z.literal('renewing') }),
  /** Google stopped delivering: why, and what the person can do. Polling is back at its ordinary pace. */
  z.strictObject({ state: z.literal('suspended'), reason: z.string().max(100), fix: z.string().max(500) }),
  /** Setting up or pulling failed: what happened and what to do. Polling is back at its ordinary pace. */
  z.strictObject({ state: z.literal('failed'), message: z.string().max(500), fix: z.string().max(500).optional() }),
]);
export type PushStatus = z.infer<typeof PushStatus>;
