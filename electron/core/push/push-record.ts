import { z } from 'zod';
import type { DocumentStore } from '../ports/document-store';

/** The document that remembers what Quickmeet created in the person's project, per account. */
export const PUSH_DOCUMENT = 'push-state';

/** What exists in the project because of Quickmeet, so it can be kept healthy and removed again. */
export const PushRecord = z.object({
  project: z.string().max(30),
  /** `projects/{p}/topics/{t}`. */
  topic: z.string().max(300),
  /** True when Quickmeet made the topic (and so deletes it); false when it reused one. */
  topicCreated: z.boolean(),
  /** True when Quickmeet added the publisher grant to a topic it reused. */
  grantAdded: z.boolean(),
  /** `projects/{p}/subscriptions/{s}`: this installation's own pull subscription. */
  pullSubscription: z.string().max(300),
  /** The Workspace Events subscriptions, by target. */
  subscriptions: z
    .array(
      z.object({
        name: z.string().max(300),
        target: z.string().max(300),
        expireTime: z.string().max(40).optional(),
        /** Set while Google keeps it suspended (reactivating failed: the cause is not fixed yet). */
        suspensionReason: z.string().max(100).optional(),
      }),
    )
    .max(100),
});
export type PushRecord = z.infer<typeof PushRecord>;

/** Reads the record; a missing or damaged one reads as none (the next setup makes what is missing). */
export async function readPushRecord(store: DocumentStore): Promise<PushRecord | undefined> {
  const parsed = PushRecord.safeParse(await store.read().catch(() => undefined));
  return parsed.success ? parsed.data : undefined;
}
