/**
 * Builds Meet routes: checks Google's system parameters and the method's own query parameters,
 * authenticates the caller, then renders the handler's JSON with `fields`, `prettyPrint` and the
 * enum encoding `alt` asks for applied.
 */
import type { EmulatorContext } from '../emulator-context';
import { invalidArgument } from '../http/google-error';
import { applyFieldSelection, parseFieldSelector, type FieldSelection } from '../http/partial-response';
import type { Reply } from '../http/reply';
import { compileTemplate, type RequestContext, type Route } from '../http/route';
import { isSystemParameter, responseFormat, systemParameter } from '../http/system-parameters';
import { authenticate, type Caller } from './caller';
import { enumsAsNumbers } from './meet-enums';
import type { ApiVersion } from './resource-json';

/** What a Meet handler receives. */
export interface MeetRequest {
  readonly ctx: RequestContext;
  readonly caller: Caller;
  readonly version: ApiVersion;
  /** The parsed `fields` selector, if any. */
  readonly fields: FieldSelection | undefined;
}

/** Declares one Meet method. `query` lists the method's own query parameters. */
export function meetRoute(
  emu: EmulatorContext,
  verb: string,
  template: string,
  id: string,
  handler: (request: MeetRequest) => unknown,
  query: ReadonlyArray<string> = [],
): Route {
  const allowed = new Set(query);
  return {
    verb,
    pattern: compileTemplate(template),
    id,
    family: 'meet',
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
      const version = (ctx.params.version ?? 'v2') as ApiVersion;
      const body = await handler({ ctx, caller, version, fields });
      const selected = fields === undefined ? body : applyFieldSelection(body, fields);
      const encoded = format.enumEncoding === 'int' ? enumsAsNumbers(selected) : selected;
      return {
        status: 200,
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        text: JSON.stringify(encoded, null, format.pretty ? 2 : undefined),
      };
    },
  };
}
