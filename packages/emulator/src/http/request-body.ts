/** Reads a request body with a size cap, and parses it as JSON or as an HTML/OAuth form. */
import type { IncomingMessage } from 'node:http';

/** Bodies above this are refused; nothing the API takes comes close. */
export const MAX_BODY_BYTES = 1_000_000;

/** The media type of a Content-Type header without its parameters, lower-cased (RFC 9110 §8.3.1). */
export const mediaTypeOf = (header: string | undefined): string => (header ?? '').split(';', 1)[0]!.trim().toLowerCase();

/** Thrown when a body is too large or unreadable. */
export class BodyError extends Error {}

/** Reads the whole body as UTF-8. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(`Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; an empty body is `{}`. Throws BodyError on bad JSON. */
export function parseJsonBody(raw: string): unknown {
  if (raw.trim().length === 0) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new BodyError(`Invalid JSON payload received. ${(error as Error).message}`);
  }
}

/** Parses `application/x-www-form-urlencoded` (or JSON, which Google's token endpoint also takes) into a flat map. */
export function parseFormBody(raw: string, contentType: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, value: string): void => void out.set(key, [...(out.get(key) ?? []), value]);
  if (mediaTypeOf(contentType) === 'application/json') {
    const json = parseJsonBody(raw);
    if (typeof json === 'object' && json !== null) for (const [k, v] of Object.entries(json)) if (typeof v === 'string') add(k, v);
    return out;
  }
  for (const [key, value] of new URLSearchParams(raw)) add(key, value);
  return out;
}
