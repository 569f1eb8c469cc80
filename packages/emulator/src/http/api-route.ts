/**
 * Builds a route of a Google JSON API (Meet, Pub/Sub, Workspace Events): checks Google's system
 * parameters and the method's own query parameters, authenticates the caller, then renders the
 * handler's JSON with `fields` and `prettyPrint` applied (and any API-specific encoding).
 */
import type { EmulatorContext } from '../emulator-context';
import { authenticate, type Caller } from '../meet/caller';
import { invalidArgument } from './google-error';
import { applyFieldSelection, parseFieldSelector, type FieldSelection } from './partial-response';
import type { Reply } from './reply';
import { compileTemplate, type RequestContext, type Route, type RouteFamily } from './route';
import { isSystemParameter, responseFormat, systemParameter, type ResponseFormat } from './system-parameters';

/** What an API handler receives. */
export interface ApiRequest {
  readonly ctx: RequestContext;
  readonly caller: Caller;
  /** The parsed `fields` selector, if any. */
  readonly fields: FieldSelection | undefined;
}

/** One method of a Google API. `query` lists the method's own query parameters. */
export interface ApiMethod {
  readonly verb: string;
  readonly template: string;
  /** The discovery id, e.g. `pubsub.projects.topics.get`; names the method for faults and the log. */
  readonly id: string;
  readonly family: RouteFamily;
  readonly query?: ReadonlyArray<string>;
  /** Turns the selected JSON into what goes on the wire (e.g. enums as numbers); identity by default. */
  readonly encode?: (body: unknown, format: ResponseFormat) => unknown;
}

/** Declares one API method over the emulator context. */
export function apiRoute(emu: EmulatorContext, method: ApiMethod, handler: (request: ApiRequest) => unknown): Route {
  const allowed = new Set(method.query ?? []);
  return {
    verb: method.verb,
    pattern: compileTemplate(method.template),
    id: method.id,
    family: method.family,
    async handle(ctx): Promise<Reply> {
      for (const name of new Set(ctx.query.keys())) {
        if (!allowed.has(name) && !isSystemParameter(name)) {
          throw invalidArgument(`Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`);
        }
      }
      const format = responseFormat(ctx.query);
      const fieldsText = systemParameter(ctx.query, 'fields');
      const fields = fieldsText === null || fieldsText === '' ? undefined : parseFieldSelector(fieldsText);
      const caller = authenticate(ctx, emu.tokens);
      const body = await handler({ ctx, caller, fields });
      const selected = fields === undefined ? body : applyFieldSelection(body, fields);
      const encoded = method.encode === undefined ? selected : method.encode(selected, format);
      return {
        status: 200,
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        text: JSON.stringify(encoded, null, format.pretty ? 2 : undefined),
      };
    },
  };
}
