/** One page of a list method, in Google's envelope: `{<items>: [...], nextPageToken}` (or `{}`). */
import type { RequestContext } from '../http/route';
import { paginate, readPage, type PageLimits } from '../http/page-token';
import { omitDefaults } from '../http/proto-json';

/** Default and maximum page sizes per list, as Google documents them. */
export const PAGE_LIMITS = {
  conferenceRecords: { defaultSize: 25, maxSize: 100 },
  participants: { defaultSize: 100, maxSize: 250 },
  participantSessions: { defaultSize: 100, maxSize: 250 },
  artifacts: { defaultSize: 10, maxSize: 100 },
  membersV2: { defaultSize: 250, maxSize: 500 },
  membersV2beta: { defaultSize: 25, maxSize: 100 },
} as const satisfies Record<string, PageLimits>;

/** Query parameters every paged list takes. */
export const PAGE_PARAMS = ['pageSize', 'pageToken'] as const;

/** Pages an ordered list; the page token is bound to the method, parent and filter. */
export function listPage<T>(
  ctx: RequestContext,
  key: string,
  ordered: ReadonlyArray<T>,
  render: (item: T) => unknown,
  limits: PageLimits,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const scope = `${key}|${ctx.path}|${ctx.query.get('filter') ?? ''}`;
  const page = paginate(ordered, readPage(ctx.query, limits, scope), scope);
  return omitDefaults({ [key]: page.items.map(render), nextPageToken: page.nextPageToken, ...extra });
}
