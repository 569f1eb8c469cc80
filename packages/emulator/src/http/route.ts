/** Routes: a verb, a path template compiled to a regular expression, and a handler. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './reply';

/** Which surface a route belongs to; decides error shapes, faults and logging. */
export type RouteFamily = 'meet' | 'pubsub' | 'workspaceevents' | 'oauth' | 'control';

/** Everything a handler may read about a request. */
export interface RequestContext {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly params: Readonly<Record<string, string>>;
  /** Aborts when the client goes away or the emulator closes (a held-open pull stops waiting). */
  readonly signal?: AbortSignal;
}

/** One route. `id` names the method for faults and the request log, e.g. `meet.spaces.get`. */
export interface Route {
  readonly verb: string;
  readonly pattern: RegExp;
  readonly id: string;
  readonly family: RouteFamily;
  handle(ctx: RequestContext): Promise<Reply> | Reply;
}

/**
 * Compiles `/{version}/spaces/{space}:endActiveConference` into a regular expression with named
 * groups; `{version}` matches `v2` or `v2beta`, other placeholders one path segment without `:`.
 */
export function compileTemplate(template: string): RegExp {
  const source = template
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
      if (name === 'version') return '(?<version>v2|v2beta)';
      if (name !== undefined) return `(?<${name}>[^/:]+)`;
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The result of looking a request up: a route, a path that exists for other verbs, or nothing. */
export type RouteMatch = { readonly route: Route; readonly params: Record<string, string> } | { readonly route?: undefined; readonly allowed: string[] };

/** Finds the route for a verb and a decoded path. */
export function matchRoute(routes: ReadonlyArray<Route>, verb: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    if (route.verb === verb) return { route, params: { ...match.groups } };
    allowed.push(route.verb);
  }
  return { allowed };
}
