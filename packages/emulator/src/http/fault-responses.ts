/** How each injected fault looks on the wire. */
import type { ServerResponse } from 'node:http';
import type { ActiveFault } from '../control/fault-plan';
import { googleErrorReply, GoogleApiError, type CanonicalStatus } from './google-error';
import type { Reply } from './reply';

const STATUS_NAMES: Readonly<Record<number, CanonicalStatus>> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 501: 'UNIMPLEMENTED', 503: 'UNAVAILABLE', 504: 'DEADLINE_EXCEEDED',
};
const MESSAGES: Partial<Record<CanonicalStatus, string>> = {
  RESOURCE_EXHAUSTED: 'Resource has been exhausted (e.g. check quota).',
  INTERNAL: 'Internal error encountered.',
  UNAVAILABLE: 'The service is currently unavailable.',
};

/** A Google error status (429 with Retry-After, 500, 503 …) in the envelope of the route's family. */
export function statusFaultReply(fault: ActiveFault, family: string): Reply {
  const status = fault.status ?? 503;
  const canonical = STATUS_NAMES[status] ?? 'INTERNAL';
  const retryAfter = fault.retryAfterSeconds ?? (status === 429 ? 1 : undefined);
  const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
  if (family === 'oauth') return { status, headers, json: { error: status === 503 ? 'temporarily_unavailable' : 'server_error', error_description: MESSAGES[canonical] ?? 'Backend Error' } };
  const reply = googleErrorReply(new GoogleApiError(canonical, MESSAGES[canonical] ?? `Injected ${status}.`, status === 429 ? 'RATE_LIMIT_EXCEEDED' : undefined, headers));
  return { ...reply, status };
}

/** A proxy's HTML error page (default 502). */
export const htmlFaultReply = (fault: ActiveFault): Reply => {
  const status = fault.status ?? 502;
  return {
    status,
    headers: { 'content-type': 'text/html; charset=UTF-8', ...(fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) }) },
    text: `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error ${status} (Server Error)!!1</title><p><b>${status}.</b> <ins>That’s an error.</ins><p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That’s all we know.</ins></html>`,
  };
};

/** A 200 whose JSON does not parse. */
export const malformedReply = (): Reply => ({ status: 200, headers: { 'content-type': 'application/json; charset=UTF-8' }, text: '{"name": "spaces/abc", "config": {"accessType": ' });

/** The real reply with every top-level value given the wrong JSON type (valid JSON, wrong shape). */
export function wrongTypesReply(real: Reply): Reply {
  let json: unknown = real.json;
  if (json === undefined && real.text !== undefined) {
    try {
      json = JSON.parse(real.text) as unknown;
    } catch {
      json = {};
    }
  }
  const entries = Object.entries(typeof json === 'object' && json !== null ? json : {});
  const wrong = Object.fromEntries(entries.map(([k, v]) => [k, typeof v === 'string' ? 12345 : Array.isArray(v) ? 'not-a-list' : typeof v === 'object' ? true : 'not-a-number']));
  return { status: 200, headers: { 'content-type': 'application/json; charset=UTF-8' }, text: JSON.stringify(entries.length === 0 ? { name: 42 } : wrong) };
}

/** Sends the headers and the first half of the body, then cuts the connection. */
export function sendTruncated(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  const bytes = Buffer.from(body);
  res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}
