import { z } from 'zod';

/** A Workspace Events subscription as Google sends it (unknown fields kept out of the core). */
export const EventsSubscriptionJson = z.looseObject({
  name: z.string().min(1).max(300),
  targetResource: z.string().max(300),
  eventTypes: z.array(z.string().max(200)).max(50).optional(),
  notificationEndpoint: z.looseObject({ pubsubTopic: z.string().max(300).optional() }).optional(),
  state: z.enum(['STATE_UNSPECIFIED', 'ACTIVE', 'SUSPENDED', 'DELETED']).optional(),
  suspensionReason: z.string().max(100).optional(),
  expireTime: z.string().max(40).optional(),
  etag: z.string().max(200).optional(),
});

/** A long-running operation (google.longrunning.Operation). */
export const OperationJson = z.looseObject({
  name: z.string().max(300).optional(),
  done: z.boolean().optional(),
  error: z.looseObject({ code: z.number().optional(), message: z.string().max(2000).optional() }).optional(),
  response: z.unknown().optional(),
});

export const SubscriptionListJson = z.looseObject({
  subscriptions: z.array(EventsSubscriptionJson).max(100).optional(),
  nextPageToken: z.string().max(2000).optional(),
});

export const IamPolicyJson = z.looseObject({
  version: z.number().optional(),
  etag: z.string().max(200).optional(),
  bindings: z.array(z.looseObject({ role: z.string().max(200), members: z.array(z.string().max(300)).max(1500) })).max(1500).optional(),
});

export const PullJson = z.looseObject({
  receivedMessages: z
    .array(
      z.looseObject({
        ackId: z.string().min(1).max(2000),
        message: z.looseObject({
          data: z.string().optional(),
          attributes: z.record(z.string().max(300), z.string().max(2000)).optional(),
          messageId: z.string().max(200).optional(),
          publishTime: z.string().max(40).optional(),
        }),
      }),
    )
    .max(1000)
    .optional(),
});

export const AnyJson = z.unknown();
