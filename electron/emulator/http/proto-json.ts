/** The proto3 JSON mapping on output: RFC 3339 UTC times, and fields at their default value omitted. */

/** Epoch milliseconds as an RFC 3339 UTC timestamp (`2026-05-04T09:00:03.512Z`). */
export const timestamp = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * Drops every field holding its default: undefined, null, '', 0, false, [] and {} (recursively),
 * so an empty list response is `{}` and an ongoing record has no `endTime` key.
 */
export function omitDefaults<T>(value: T): T {
  return (prune(value) ?? {}) as T;
}

function prune(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => prune(item) ?? {});
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => [key, prune(child)] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/** Parses an RFC 3339 timestamp (any offset) into epoch milliseconds; undefined when malformed. */
export function parseTimestamp(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i.test(text)) return undefined;
  const ms = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** snake_case → lowerCamelCase, for field-mask and filter paths. */
export const toCamel = (path: string): string => path.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
