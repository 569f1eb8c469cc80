/**
 * Google's system (standard) query parameters, accepted on every method. Google's generated clients
 * spell them with a leading `$` (`$alt=json;enum-encoding=int`, `$prettyPrint=0`); both spellings work.
 */
import { invalidArgument } from './google-error';

const SYSTEM_PARAMETERS: ReadonlySet<string> = new Set([
  'fields', 'prettyPrint', 'alt', 'key', 'access_token', 'oauth_token', 'quotaUser', 'callback', 'uploadType', 'upload_protocol', '$.xgafv',
]);

/** Whether a query parameter is a system parameter, in either spelling. */
export const isSystemParameter = (name: string): boolean => SYSTEM_PARAMETERS.has(name) || (name.startsWith('$') && SYSTEM_PARAMETERS.has(name.slice(1)));

/** A system parameter's value, plain spelling first. */
export const systemParameter = (query: URLSearchParams, name: string): string | null => query.get(name) ?? query.get(`$${name}`);

/** How the answer is written: enums by name (`alt=json`) or by proto number (`alt=json;enum-encoding=int`). */
export interface ResponseFormat {
  readonly enumEncoding: 'name' | 'int';
  readonly pretty: boolean;
}

/** Reads `alt` and `prettyPrint`; anything but JSON (`media`, `proto`) is refused. */
export function responseFormat(query: URLSearchParams): ResponseFormat {
  const alt = systemParameter(query, 'alt') ?? 'json';
  const [format, ...options] = alt.split(';').map((part) => part.trim());
  if (format !== 'json') throw invalidArgument(`The emulator answers only alt=json (got alt=${alt}).`);
  let enumEncoding: ResponseFormat['enumEncoding'] = 'name';
  for (const option of options) {
    if (option === 'enum-encoding=int') enumEncoding = 'int';
    else throw invalidArgument(`Unsupported alt option "${option}" (only enum-encoding=int).`);
  }
  const pretty = systemParameter(query, 'prettyPrint');
  return { enumEncoding, pretty: pretty !== 'false' && pretty !== '0' };
}
