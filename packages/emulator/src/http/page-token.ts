/** Opaque page tokens bound to the query that produced them, and AIP-158 page-size rules. */
import { createHash } from 'node:crypto';
import { invalidArgument } from './google-error';

/** A list's default and maximum page sizes. */
export interface PageLimits {
  readonly defaultSize: number;
  readonly maxSize: number;
}

/** The page a request asks for. */
export interface PageRequest {
  readonly offset: number;
  readonly size: number;
}

const fingerprint = (scope: string): string => createHash('sha256').update(scope).digest('base64url').slice(0, 12);

/** Reads `pageSize` (≤0 or absent → default, above max → silently capped) and `pageToken`. */
export function readPage(query: URLSearchParams, limits: PageLimits, scope: string): PageRequest {
  const sizeText = query.get('pageSize');
  let size = limits.defaultSize;
  if (sizeText !== null && sizeText !== '') {
    const parsed = Number(sizeText);
    if (!Number.isInteger(parsed)) throw invalidArgument(`Invalid value at 'page_size' (TYPE_INT32), "${sizeText}"`);
    if (parsed < 0) throw invalidArgument('page_size must not be negative.');
    size = parsed === 0 ? limits.defaultSize : Math.min(parsed, limits.maxSize);
  }
  const token = query.get('pageToken');
  if (token === null || token === '') return { offset: 0, size };
  return { offset: decodeToken(token, scope), size };
}

function decodeToken(token: string, scope: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o > 0 && parsed.f === fingerprint(scope)) return parsed.o;
  } catch {
    // fall through to the error below
  }
  throw invalidArgument('The page token is invalid or was issued for a different query.');
}

/** Cuts one page from the full, ordered list; the token is absent on the last page. */
export function paginate<T>(items: ReadonlyArray<T>, page: PageRequest, scope: string): { items: T[]; nextPageToken?: string } {
  const slice = items.slice(page.offset, page.offset + page.size);
  const nextOffset = page.offset + slice.length;
  if (nextOffset >= items.length || slice.length === 0) return { items: slice };
  return { items: slice, nextPageToken: Buffer.from(JSON.stringify({ o: nextOffset, f: fingerprint(scope) })).toString('base64url') };
}
