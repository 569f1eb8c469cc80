/** The proto3 JSON mapping on output: RFC 3339 UTC times, and fields at their default value omitted. */
import { rfc3339Millis } from '@quickmeet/common/rfc3339';

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

/**
 * Parses an RFC 3339 timestamp (any offset) into epoch milliseconds, digits below the millisecond kept
 * as a fraction so `start_time > "…:00.000500Z"` excludes a record that started at `…:00.000Z`;
 * undefined when malformed.
 */
export function parseTimestamp(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/i.test(text)) return undefined;
  const ms = rfc3339Millis(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** snake_case → lowerCamelCase, for field-mask and filter paths. */
export const toCamel = (path: string): string => path.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
