import type { SnippetPart } from '../../../shared/model/transcript-search';

/** Words as the index splits them: letters and digits in any script. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Characters of context kept before the first match, and the most a snippet holds. */
const BEFORE = 60;
const LENGTH = 200;

/**
 * A short piece of `text` around its first matched word, split into parts whose `hit` marks the words
 * the search matched (`terms`, lower-cased as the index stores them). Plain text only: the window
 * renders hits as elements, never as HTML.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  const hits: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.has(match[0].toLowerCase())) hits.push({ start: match.index, end: match.index + match[0].length });
  }
  const first = hits[0]?.start ?? 0;
  let from = Math.max(0, first - BEFORE);
  // Start on a word boundary, so the snippet does not open with half a word.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, from + LENGTH);
  if (to < text.length) to = text.lastIndexOf(' ', to) > first ? text.lastIndexOf(' ', to) : to;
  const parts: SnippetPart[] = [];
  const push = (part: string, hit: boolean) => {
    if (part.length === 0) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) parts[parts.length - 1] = { text: last.text + part, hit };
    else parts.push({ text: part, hit });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const hit of hits.filter((h) => h.start >= from && h.end <= to)) {
    push(text.slice(at, hit.start), false);
    push(text.slice(hit.start, hit.end), true);
    at = hit.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return parts;
}
