import { AppError } from '../../../shared/ipc/result';
import type { Page } from '../ports/meet-api';

/** Far more pages than any conference needs (250 participants each); a guard against a looping token. */
const MAX_PAGES = 400;

/** Follows `nextPageToken` until the last page and returns every item in server order. */
export async function listAllPages<T>(fetchPage: (pageToken: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(token);
    items.push(...result.items);
    token = result.nextPageToken || undefined;
    if (token === undefined) return items;
    if (seenTokens.has(token)) break;
    seenTokens.add(token);
  }
  throw new AppError('UNEXPECTED_RESPONSE', 'Google kept returning more pages than a conference can have.');
}
