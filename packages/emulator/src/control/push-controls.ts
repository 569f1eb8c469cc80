/**
 * Control endpoints for push delivery: Cloud projects, Pub/Sub topics, subscriptions and what was
 * published, the Meet publisher's grant on a topic, and Workspace Events subscriptions (list, force a
 * suspension). The reminders and expiry follow `clock:advance`.
 */
import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context';
import { notFound } from '../http/google-error';
import { timestamp } from '../http/proto-json';
import type { Route } from '../http/route';
import { parseBody } from '../meet/proto-input';
import { knownProjects } from '../pubsub/cloud-projects';
import { pubsubName } from '../pubsub/pubsub-names';
import { subscriptionJson as pubsubSubscriptionJson } from '../pubsub/pubsub-schemas';
import { MEET_EVENT_PUBLISHER, policyJson, setPublisher } from '../pubsub/topic-policy';
import { subscriptionJson } from '../workspaceevents/subscription-json';
import { SUSPENSION_REASONS } from '../workspaceevents/workspace-state';
import { controlRoute } from './control-route';

const projectBody = z.strictObject({ projectId: z.string().regex(/^[a-z][-a-z0-9]{4,28}[a-z0-9]$/, 'a project id such as my-project-123') });
const memberBody = z.strictObject({ member: z.string().min(1).max(300).default(MEET_EVENT_PUBLISHER) });
const suspendBody = z.strictObject({ reason: z.enum(SUSPENSION_REASONS as [string, ...string[]]).default('OTHER') });

/** The push control routes. */
export function pushControls(emu: EmulatorContext): Route[] {
  const topicOf = (project: string | undefined, topic: string | undefined) => {
    const name = pubsubName(project ?? '', 'topics', topic ?? '');
    return emu.state.pubsub.topics.find((t) => t.name === name) ?? (() => { throw notFound(`No topic ${name}.`); })();
  };
  const publisher = (granted: boolean) => (ctx: Parameters<Parameters<typeof controlRoute>[3]>[0]) => {
    const topic = topicOf(ctx.params.project, ctx.params.topic);
    setPublisher(topic, parseBody(ctx.body, memberBody, 'member').member, granted);
    emu.changed();
    return policyJson(topic);
  };

  return [
    controlRoute('GET', '/projects', 'projects.list', () => ({ projects: [...knownProjects(emu)] })),
    controlRoute('POST', '/projects', 'projects.create', (ctx) => {
      const { projectId } = parseBody(ctx.body, projectBody, 'project');
      if (!knownProjects(emu).has(projectId)) emu.state.projects.push(projectId);
      emu.changed();
      return { projectId };
    }),
    controlRoute('GET', '/pubsub/topics', 'pubsub.topics.list', () => ({
      topics: emu.state.pubsub.topics.map((t) => ({
        name: t.name,
        policy: policyJson(t),
        subscriptions: emu.state.pubsub.subscriptions.filter((s) => s.topic === t.name).map((s) => s.name),
      })),
    })),
    controlRoute('GET', '/pubsub/subscriptions', 'pubsub.subscriptions.list', () => {
      const now = emu.clock.now();
      return {
        subscriptions: emu.state.pubsub.subscriptions.map((s) => ({
          ...pubsubSubscriptionJson(s),
          waiting: s.backlog.filter((m) => m.deadline === undefined || m.deadline <= now).length,
          outstanding: s.backlog.filter((m) => m.deadline !== undefined && m.deadline > now).length,
          pullsWaiting: emu.pubsub.pullsWaiting(s.name),
        })),
      };
    }),
    controlRoute('GET', '/pubsub/messages', 'pubsub.messages.list', (ctx) => ({
      messages: emu.pubsub.publishedTo(ctx.query.get('topic') ?? '').map((m) => ({
        messageId: m.messageId,
        publishTime: timestamp(m.publishTime),
        attributes: m.attributes,
        data: m.data,
        json: decodeJson(m.data),
      })),
    })),
    controlRoute('POST', '/pubsub/projects/{project}/topics/{topic}:grantPublisher', 'pubsub.topics.grantPublisher', publisher(true)),
    controlRoute('POST', '/pubsub/projects/{project}/topics/{topic}:revokePublisher', 'pubsub.topics.revokePublisher', publisher(false)),
    controlRoute('GET', '/workspaceevents/subscriptions', 'workspaceevents.subscriptions.list', () => ({
      subscriptions: emu.state.workspaceSubscriptions.map((s) => ({ ...subscriptionJson(s), account: s.email, clientId: s.clientId })),
    })),
    controlRoute('POST', '/workspaceevents/subscriptions/{subscription}:suspend', 'workspaceevents.subscriptions.suspend', (ctx) => {
      const s = emu.state.workspaceSubscriptions.find((x) => x.id === ctx.params.subscription) ?? (() => { throw notFound('No such subscription.'); })();
      emu.events.suspend(s, parseBody(ctx.body, suspendBody, 'suspend').reason as (typeof SUSPENSION_REASONS)[number]);
      return subscriptionJson(s);
    }),
  ];
}

/** The JSON a message's data holds, or undefined when it holds something else. */
function decodeJson(data: string): unknown {
  try {
    return JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
