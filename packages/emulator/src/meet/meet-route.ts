/**
 * Builds Meet routes on the shared Google API route: authenticated caller, system and method query
 * parameters, `fields`, and the enum encoding `alt` asks for (names, or numbers for GAPIC's
 * `enum-encoding=int`).
 */
import type { EmulatorContext } from '../emulator-context';
import { apiRoute } from '../http/api-route';
import type { FieldSelection } from '../http/partial-response';
import type { RequestContext, Route } from '../http/route';
import type { Caller } from './caller';
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
  return apiRoute(
    emu,
    { verb, template, id, family: 'meet', query, encode: (body, format) => (format.enumEncoding === 'int' ? enumsAsNumbers(body) : body) },
    ({ ctx, caller, fields }) => handler({ ctx, caller, version: (ctx.params.version ?? 'v2') as ApiVersion, fields }),
  );
}
