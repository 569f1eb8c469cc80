/**
 * Google's `fields` partial-response selector: `a,b/c,d(e,f),*`. Selecting a list field applies the
 * sub-selection to each element.
 */
import { GoogleApiError } from './google-error';

/** A parsed selector: each key maps to its sub-selection, or `true` for the whole value. */
export type FieldSelection = Map<string, FieldSelection | true>;

/** Parses a `fields` value; throws INVALID_ARGUMENT on bad syntax. */
export function parseFieldSelector(text: string): FieldSelection {
  let pos = 0;
  const fail = (): never => {
    throw new GoogleApiError('INVALID_ARGUMENT', `Invalid field selection ${text}`);
  };
  const parseList = (): FieldSelection => {
    const selection: FieldSelection = new Map();
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const name = /^[A-Za-z_*][A-Za-z0-9_*]*/.exec(text.slice(pos))?.[0] ?? fail();
        pos += name.length;
        path.push(name);
        if (text[pos] !== '/') break;
        pos += 1;
      }
      let leaf: FieldSelection | true = true;
      if (text[pos] === '(') {
        pos += 1;
        leaf = parseList();
        if (text[pos] !== ')') fail();
        pos += 1;
      }
      merge(selection, path, leaf);
      if (text[pos] !== ',') break;
      pos += 1;
      while (text[pos] === ' ') pos += 1;
    }
    return selection;
  };
  const result = parseList();
  if (pos !== text.length) fail();
  return result;
}

function merge(into: FieldSelection, path: ReadonlyArray<string>, leaf: FieldSelection | true): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const existing = into.get(head);
  if (rest.length === 0) {
    if (existing instanceof Map && leaf instanceof Map) for (const [k, v] of leaf) existing.set(k, v);
    else into.set(head, existing === true ? true : leaf);
    return;
  }
  if (existing === true) return;
  const child: FieldSelection = existing ?? new Map();
  into.set(head, child);
  merge(child, rest, leaf);
}

/** Keeps only the selected fields of a JSON value. */
export function applyFieldSelection(value: unknown, selection: FieldSelection): unknown {
  if (Array.isArray(value)) return value.map((item) => applyFieldSelection(item, selection));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const wanted = selection.get(key) ?? selection.get('*');
    if (wanted === undefined) continue;
    out[key] = wanted === true ? child : applyFieldSelection(child, wanted);
  }
  return out;
}

/** Whether a selector names a top-level field (used for `totalSize`, which appears only when asked). */
export const selectsField = (selection: FieldSelection | undefined, field: string): boolean => selection?.has(field) === true;
