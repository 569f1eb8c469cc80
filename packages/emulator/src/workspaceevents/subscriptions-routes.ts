/**
 * Workspace Events v1 for Meet targets: subscriptions create/get/list/patch/delete/reactivate (writes
 * answer with a finished long-running operation) and operations.get, as the discovery document
 * (workspaceevents v1) describes them. A caller needs a Meet scope; the target decides which
 * (see `assertCanWatch`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context';
import { apiRoute, type ApiRequest } from '../http/api-route';
import { parseUpdateMask } from '../http/field-mask';
import { failedPrecondition, GoogleApiError, insufficientScopes, invalidArgument, notFound, permissionDenied } from '../http/google-error';
import type { Route } from '../http/route';
import type { AccessPolicy } from '../meet/access-policy';
import type { Caller } from '../meet/caller';
import { listPage } from '../meet/list-response';
import { parseBody } from '../meet/proto-input';
import { findAccount } from '../demo-accounts';
import { compileSubscriptionFilter } from './subscription-filter';
import { checkPayloadOptions, expiryOf, parseEventTypes, parseTarget, parseTopic, subscriptionInput, type SubscriptionInput } from './subscription-input';
import { emptyOperation, subscriptionEtag, subscriptionJson, subscriptionOperation } from './subscription-json';
import type { StoredWorkspaceSubscription } from './workspace-state';

const UPDATABLE = new Set(['ttl', 'expireTime', 'eventTypes']);
const IMMUTABLE = ['targetResource', 'notificationEndpoint', 'payloadOptions'] as const;

/** The Workspace Events routes. */
export function workspaceEventsRoutes(emu: EmulatorContext, policy: AccessPolicy): Route[] {
  const route = (verb: string, template: string, id: string, handler: (request: ApiRequest) => unknown, query: ReadonlyArray<string> = []): Route =>
    apiRoute(emu, { verb, template, id: `workspaceevents.${id}`, family: 'workspaceevents', query }, (request) => {
      if (!request.caller.created && !request.caller.readonly) throw insufficientScopes();
      return handler(request);
    });
  const ownerKey = (caller: Caller): string => `${caller.email}|${caller.clientId}`;
  const owned = (caller: Caller) => emu.state.workspaceSubscriptions.filter((s) => s.email === caller.email && s.clientId === caller.clientId);
  const find = (id: string | undefined): StoredWorkspaceSubscription | undefined => emu.state.workspaceSubscriptions.find((s) => s.id === id);
  const mine = ({ ctx, caller }: ApiRequest): StoredWorkspaceSubscription => {
    const s = find(ctx.params.subscription) ?? (() => { throw notFound(); })();
    if (s.email !== caller.email || s.clientId !== caller.clientId) throw permissionDenied();
    return s;
  };
  const bool = (ctx: ApiRequest['ctx'], name: string): boolean => ctx.query.get(name) === 'true';
  const operation = (caller: Caller, make: (id: string) => Record<string, unknown>) => emu.events.recordOperation(ownerKey(caller), make);

  /**
   * A space target needs the right to read the space's conference records (`meetings.space.created`
   * for spaces this app made for the user, `meetings.space.readonly` for spaces the user owns or
   * joined); a user target covers every space the user owns, so it takes `meetings.space.readonly`,
   * and only the signed-in user's own id.
   */
  const assertCanWatch = (caller: Caller, body: SubscriptionInput): string => {
    const target = parseTarget(body.targetResource);
    if (target.kind === 'user') {
      if (!caller.readonly) throw insufficientScopes();
      if (findAccount(caller.email)?.user !== target.user) throw permissionDenied('A user subscription can only target the signed-in user.');
    } else {
      const space = emu.queries.spaceById(target.space) ?? (() => { throw notFound(`Space spaces/${target.space} was not found.`); })();
      policy.assertCanWatchSpace(caller, space);
    }
    return body.targetResource!;
  };

  return [
    route('POST', '/v1/subscriptions', 'subscriptions.create', ({ ctx, caller }) => {
      const body = parseBody(ctx.body, subscriptionInput, 'subscription');
      const targetResource = assertCanWatch(caller, body);
      const eventTypes = parseEventTypes(body.eventTypes);
      const pubsubTopic = parseTopic(body);
      checkPayloadOptions(body);
      const now = emu.clock.now();
      const expireTime = expiryOf(body, now);
      const existing = owned(caller).find((s) => s.targetResource === targetResource);
      if (existing !== undefined) throw new GoogleApiError('ALREADY_EXISTS', `A subscription for this target and user already exists: subscriptions/${existing.id}.`);
      const user = findAccount(caller.email)?.user ?? `users/${caller.email}`;
      const s: StoredWorkspaceSubscription = { id: randomBytes(18).toString('base64url'), uid: randomUUID(), targetResource, eventTypes, pubsubTopic, email: caller.email, clientId: caller.clientId, user, state: 'ACTIVE', createTime: now, updateTime: now, expireTime };
      if (bool(ctx, 'validateOnly')) return operation(caller, (id) => subscriptionOperation(id, subscriptionJson(s), 'CreateSubscriptionMetadata'));
      emu.state.workspaceSubscriptions.push(s);
      emu.changed();
      emu.events.arm(s);
      emu.events.checkEndpoint(s);
      return operation(caller, (id) => subscriptionOperation(id, subscriptionJson(s), 'CreateSubscriptionMetadata'));
    }, ['validateOnly']),

    route('GET', '/v1/subscriptions/{subscription}', 'subscriptions.get', (request) => subscriptionJson(mine(request))),

    route('GET', '/v1/subscriptions', 'subscriptions.list', ({ ctx, caller }) => {
      const matches = compileSubscriptionFilter(ctx.query.get('filter'));
      const items = owned(caller).filter(matches).sort((a, b) => a.createTime - b.createTime);
      return listPage(ctx, 'subscriptions', items, subscriptionJson, { defaultSize: 50, maxSize: 100 });
    }, ['filter', 'pageSize', 'pageToken']),

    route('PATCH', '/v1/subscriptions/{subscription}', 'subscriptions.patch', (request) => {
      const s = mine(request);
      const body = parseBody(request.ctx.body, subscriptionInput, 'subscription');
      for (const field of IMMUTABLE) {
        if (body[field] !== undefined && JSON.stringify(body[field]) !== JSON.stringify(subscriptionJson(s)[field])) throw invalidArgument(`${field} is immutable.`);
      }
      const mask = parseUpdateMask(request.ctx.query.get('updateMask'));
      const paths = mask.kind === 'paths' ? mask.paths : mask.kind === 'all' ? [...UPDATABLE] : (['ttl', 'expireTime', 'eventTypes'] as const).filter((f) => body[f] !== undefined);
      const unknown = paths.find((p) => !UPDATABLE.has(p));
      if (unknown !== undefined) throw invalidArgument(`updateMask path "${unknown}" cannot be updated; only ttl, expire_time and event_types can.`);
      const now = emu.clock.now();
      const next = { ...s };
      if (paths.includes('ttl') || paths.includes('expireTime')) next.expireTime = expiryOf({ ...(paths.includes('ttl') ? { ttl: body.ttl } : {}), ...(paths.includes('expireTime') ? { expireTime: body.expireTime } : {}) }, now);
      if (paths.includes('eventTypes')) next.eventTypes = parseEventTypes(body.eventTypes);
      next.updateTime = now;
      if (bool(request.ctx, 'validateOnly')) return operation(request.caller, (id) => subscriptionOperation(id, subscriptionJson(next), 'UpdateSubscriptionMetadata'));
      Object.assign(s, next);
      emu.changed();
      emu.events.arm(s);
      return operation(request.caller, (id) => subscriptionOperation(id, subscriptionJson(s), 'UpdateSubscriptionMetadata'));
    }, ['updateMask', 'validateOnly']),

    route('DELETE', '/v1/subscriptions/{subscription}', 'subscriptions.delete', (request) => {
      const { ctx, caller } = request;
      if (find(ctx.params.subscription) === undefined && bool(ctx, 'allowMissing')) return operation(caller, (id) => emptyOperation(id, 'DeleteSubscriptionMetadata'));
      const s = mine(request);
      const etag = ctx.query.get('etag');
      if (etag !== null && etag !== '' && etag !== subscriptionEtag(s)) throw new GoogleApiError('ABORTED', 'The etag does not match the subscription\'s current etag.');
      if (!bool(ctx, 'validateOnly')) {
        emu.events.disarm(s.id);
        emu.state.workspaceSubscriptions = emu.state.workspaceSubscriptions.filter((other) => other !== s);
        emu.changed();
      }
      return operation(caller, (id) => emptyOperation(id, 'DeleteSubscriptionMetadata'));
    }, ['allowMissing', 'etag', 'validateOnly']),

    route('POST', '/v1/subscriptions/{subscription}:reactivate', 'subscriptions.reactivate', (request) => {
      const s = mine(request);
      parseBody(request.ctx.body, z.strictObject({}), 'ReactivateSubscriptionRequest');
      if (s.state !== 'SUSPENDED') throw failedPrecondition('The subscription is not suspended.');
      const problem = emu.events.endpointProblem(s);
      if (problem !== undefined) throw failedPrecondition(`The subscription cannot be reactivated: ${problem} (the topic ${s.pubsubTopic} must exist in the OAuth client's project and grant roles/pubsub.publisher to meet-api-event-push@system.gserviceaccount.com).`);
      // The caller's live token is the user's renewed grant (a revoked one could not make this call).
      s.state = 'ACTIVE';
      delete s.suspensionReason;
      s.updateTime = emu.clock.now();
      emu.changed();
      return operation(request.caller, (id) => subscriptionOperation(id, subscriptionJson(s)));
    }),

    route('GET', '/v1/operations/{operation}', 'operations.get', ({ ctx, caller }) => {
      const found = emu.events.operation(ctx.params.operation ?? '');
      if (found === undefined || found.owner !== ownerKey(caller)) throw notFound();
      return found.json;
    }),
  ];
}
