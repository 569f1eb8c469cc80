/**
 * Pub/Sub v1 REST (projects.topics create/get/delete/publish/getIamPolicy/setIamPolicy,
 * projects.subscriptions create/get/delete/pull/acknowledge/modifyAckDeadline), as documented at
 * cloud.google.com/pubsub/docs/reference/rest. Scope: `https://www.googleapis.com/auth/pubsub`.
 */
import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context';
import { apiRoute, type ApiRequest } from '../http/api-route';
import { insufficientScopes, invalidArgument } from '../http/google-error';
import type { Route } from '../http/route';
import { parseBody } from '../meet/proto-input';
import { SCOPES } from '../oauth/scopes';
import { ACK_ID } from './pubsub-broker';
import { assertProject } from './cloud-projects';
import { DELETED_TOPIC, parseTopicName, pubsubName, resourceExists, resourceNotFound } from './pubsub-names';
import type { StoredPubsubSubscription, StoredTopic } from './pubsub-state';
import { policyInput, policyJson, setPolicy } from './topic-policy';
import { ackInput, modifyAckInput, publishInput, pullInput, subscriptionInput, subscriptionJson, topicInput } from './pubsub-schemas';

/** Ack deadlines Pub/Sub accepts on a subscription, and its default. */
const ACK_DEADLINE = { min: 10, max: 600, default: 10 } as const;

/** The Pub/Sub routes. */
export function pubsubRoutes(emu: EmulatorContext): Route[] {
  const state = () => emu.state.pubsub;
  const route = (verb: string, path: string, id: string, handler: (request: ApiRequest) => unknown, query: ReadonlyArray<string> = []): Route =>
    apiRoute(emu, { verb, template: `/v1/projects/{project}/${path}`, id: `pubsub.projects.${id}`, family: 'pubsub', query }, (request) => {
      if (!request.caller.scopes.includes(SCOPES.pubsub)) throw insufficientScopes();
      assertProject(emu, request.ctx.params.project ?? '');
      return handler(request);
    });

  const topicOf = ({ ctx }: ApiRequest): StoredTopic => {
    const name = pubsubName(ctx.params.project ?? '', 'topics', ctx.params.topic ?? '');
    return state().topics.find((t) => t.name === name) ?? (() => { throw resourceNotFound(name); })();
  };
  const subscriptionOf = ({ ctx }: ApiRequest): StoredPubsubSubscription => {
    const name = pubsubName(ctx.params.project ?? '', 'subscriptions', ctx.params.subscription ?? '');
    return state().subscriptions.find((s) => s.name === name) ?? (() => { throw resourceNotFound(name); })();
  };
  const checkAckIds = (ackIds: ReadonlyArray<string>): void => {
    if (ackIds.length === 0) throw invalidArgument('No ack ids specified.');
    const bad = ackIds.find((id) => !ACK_ID.test(id));
    if (bad !== undefined) throw invalidArgument(`You have passed an invalid ack ID to the service (ack_id=${bad}).`);
  };

  return [
    route('PUT', 'topics/{topic}', 'topics.create', ({ ctx }) => {
      const name = pubsubName(ctx.params.project ?? '', 'topics', ctx.params.topic ?? '');
      const body = parseBody(ctx.body, topicInput, 'topic');
      if (body.name !== undefined && body.name !== name) throw invalidArgument(`The topic name in the body (${body.name}) does not match the URL (${name}).`);
      if (state().topics.some((t) => t.name === name)) throw resourceExists(name);
      const topic: StoredTopic = { name, createdAt: emu.clock.now(), bindings: [], policyVersion: 0, ...(body.labels ? { labels: body.labels } : {}) };
      state().topics.push(topic);
      emu.changed();
      return { name, ...(topic.labels ? { labels: topic.labels } : {}) };
    }),
    route('GET', 'topics/{topic}', 'topics.get', (request) => {
      const topic = topicOf(request);
      return { name: topic.name, ...(topic.labels ? { labels: topic.labels } : {}) };
    }),
    route('DELETE', 'topics/{topic}', 'topics.delete', (request) => {
      const topic = topicOf(request);
      state().topics = state().topics.filter((t) => t !== topic);
      // Subscriptions outlive their topic, detached from it, as in Pub/Sub.
      for (const subscription of state().subscriptions.filter((s) => s.topic === topic.name)) {
        subscription.topic = DELETED_TOPIC;
        emu.pubsub.wake(subscription.name);
      }
      emu.changed();
      return {};
    }),
    route('GET', 'topics/{topic}:getIamPolicy', 'topics.getIamPolicy', (request) => policyJson(topicOf(request)), ['options.requestedPolicyVersion']),
    route('POST', 'topics/{topic}:setIamPolicy', 'topics.setIamPolicy', (request) => {
      const topic = topicOf(request);
      const body = parseBody(request.ctx.body, z.strictObject({ policy: policyInput, updateMask: z.string().optional() }), 'SetIamPolicyRequest');
      setPolicy(topic, body.policy);
      emu.changed();
      return policyJson(topic);
    }),
    route('POST', 'topics/{topic}:publish', 'topics.publish', (request) => {
      const topic = topicOf(request);
      const body = parseBody(request.ctx.body, publishInput, 'PublishRequest');
      if (body.messages.some((m) => (m.data ?? '') === '' && Object.keys(m.attributes ?? {}).length === 0)) {
        throw invalidArgument('Some messages in the publish request are empty. Each message must contain a non-empty data field, or at least one attribute.');
      }
      const ids = body.messages.map((m) => emu.pubsub.publish(topic.name, { data: m.data ?? '', attributes: m.attributes ?? {} }).messageId);
      return { messageIds: ids };
    }),

    route('PUT', 'subscriptions/{subscription}', 'subscriptions.create', ({ ctx }) => {
      const name = pubsubName(ctx.params.project ?? '', 'subscriptions', ctx.params.subscription ?? '');
      const body = parseBody(ctx.body, subscriptionInput, 'subscription');
      if (body.name !== undefined && body.name !== name) throw invalidArgument(`The subscription name in the body (${body.name}) does not match the URL (${name}).`);
      parseTopicName(body.topic);
      if (!state().topics.some((t) => t.name === body.topic)) throw resourceNotFound(body.topic);
      if (state().subscriptions.some((s) => s.name === name)) throw resourceExists(name);
      const ackDeadlineSeconds = body.ackDeadlineSeconds === undefined || body.ackDeadlineSeconds === 0 ? ACK_DEADLINE.default : body.ackDeadlineSeconds;
      if (ackDeadlineSeconds < ACK_DEADLINE.min || ackDeadlineSeconds > ACK_DEADLINE.max) {
        throw invalidArgument(`Invalid ack deadline given: ${ackDeadlineSeconds}. The ack deadline must be between ${ACK_DEADLINE.min} and ${ACK_DEADLINE.max} seconds.`);
      }
      const subscription: StoredPubsubSubscription = { name, topic: body.topic, ackDeadlineSeconds, createdAt: emu.clock.now(), backlog: [], ...(body.labels ? { labels: body.labels } : {}) };
      state().subscriptions.push(subscription);
      emu.changed();
      return subscriptionJson(subscription);
    }),
    route('GET', 'subscriptions/{subscription}', 'subscriptions.get', (request) => subscriptionJson(subscriptionOf(request))),
    route('DELETE', 'subscriptions/{subscription}', 'subscriptions.delete', (request) => {
      const subscription = subscriptionOf(request);
      state().subscriptions = state().subscriptions.filter((s) => s !== subscription);
      emu.pubsub.wake(subscription.name);
      emu.changed();
      return {};
    }),
    route('POST', 'subscriptions/{subscription}:pull', 'subscriptions.pull', async (request) => {
      const body = parseBody(request.ctx.body, pullInput, 'PullRequest');
      if (body.maxMessages === undefined || body.maxMessages <= 0) throw invalidArgument('max_messages must be a positive integer.');
      const until = Date.now() + emu.settings.pullHoldSeconds * 1000;
      for (;;) {
        // Looked up again after each wait: the subscription may have been deleted meanwhile (then 404).
        // Pub/Sub returns at most 1000 messages a pull, whatever maxMessages asks for.
        const received = emu.pubsub.take(subscriptionOf(request), Math.min(body.maxMessages, 1000));
        if (received.length > 0) return { receivedMessages: received };
        if (body.returnImmediately === true || request.ctx.signal?.aborted === true || Date.now() >= until) return {};
        await emu.pubsub.waitForMessages(subscriptionOf(request).name, until - Date.now(), request.ctx.signal);
      }
    }),
    route('POST', 'subscriptions/{subscription}:acknowledge', 'subscriptions.acknowledge', (request) => {
      const subscription = subscriptionOf(request);
      const body = parseBody(request.ctx.body, ackInput, 'AcknowledgeRequest');
      checkAckIds(body.ackIds);
      emu.pubsub.acknowledge(subscription, body.ackIds);
      return {};
    }),
    route('POST', 'subscriptions/{subscription}:modifyAckDeadline', 'subscriptions.modifyAckDeadline', (request) => {
      const subscription = subscriptionOf(request);
      const body = parseBody(request.ctx.body, modifyAckInput, 'ModifyAckDeadlineRequest');
      checkAckIds(body.ackIds);
      if (body.ackDeadlineSeconds < 0 || body.ackDeadlineSeconds > ACK_DEADLINE.max) {
        throw invalidArgument(`Invalid ack deadline given: ${body.ackDeadlineSeconds}. The ack deadline must be between 0 and ${ACK_DEADLINE.max} seconds.`);
      }
      emu.pubsub.modifyAckDeadline(subscription, body.ackIds, body.ackDeadlineSeconds);
      return {};
    }),
  ];
}
