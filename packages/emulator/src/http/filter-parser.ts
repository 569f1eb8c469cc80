/**
 * The AIP-160 filter dialect Meet documents (`=`, `>=`, `<=`, `AND`, `IS NULL`, quoted RFC 3339
 * times), plus the tolerant superset the reference recommends: `!=`, `<`, `>`, `OR` (binding
 * tighter than AND), `NOT`, `IS NOT NULL` and parentheses.
 */
import { invalidArgument } from './google-error';

/** A comparison operator. */
export type FilterOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A parsed filter expression. */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly items: ReadonlyArray<FilterNode> }
  | { readonly kind: 'not'; readonly item: FilterNode }
  | { readonly kind: 'null'; readonly field: string; readonly negated: boolean }
  | { readonly kind: 'compare'; readonly field: string; readonly op: FilterOp; readonly value: string };

type Token = { type: 'word' | 'string' | 'op' | 'paren'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const space = /^\s+/.exec(rest);
    if (space) {
      pos += space[0].length;
      continue;
    }
    const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
    const op = /^(!=|<=|>=|=|<|>)/.exec(rest);
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (quoted) tokens.push({ type: 'string', text: quoted[1]!.replace(/\\(.)/g, '$1') });
    else if (op) tokens.push({ type: 'op', text: op[0] });
    else if (rest[0] === '(' || rest[0] === ')') tokens.push({ type: 'paren', text: rest[0] });
    else if (word) tokens.push({ type: 'word', text: word[0] });
    else throw invalidArgument(`Invalid filter: unexpected character at position ${pos}.`);
    pos += (quoted ?? op ?? word)?.[0].length ?? 1;
  }
  return tokens;
}

/** Parses a filter string; throws INVALID_ARGUMENT on a syntax error. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (word: string): boolean => peek()?.type === 'word' && peek()?.text.toUpperCase() === word;
  const fail = (what: string): never => {
    throw invalidArgument(`Invalid filter "${text}": ${what}.`);
  };

  const expression = (): FilterNode => {
    const items = [sequence()];
    while (isWord('AND')) {
      pos += 1;
      items.push(sequence());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const sequence = (): FilterNode => {
    const items = [factor()];
    while (isWord('OR')) {
      pos += 1;
      items.push(factor());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };
  const factor = (): FilterNode => {
    if (isWord('NOT')) {
      pos += 1;
      return { kind: 'not', item: factor() };
    }
    if (peek()?.text === '(' && peek()?.type === 'paren') {
      pos += 1;
      const inner = expression();
      if (peek()?.text !== ')') fail('missing )');
      pos += 1;
      return inner;
    }
    return term();
  };
  const term = (): FilterNode => {
    const field = peek();
    if (field?.type !== 'word') return fail('expected a field name');
    pos += 1;
    if (isWord('IS')) {
      pos += 1;
      const negated = isWord('NOT');
      if (negated) pos += 1;
      if (!isWord('NULL')) fail('expected NULL after IS');
      pos += 1;
      return { kind: 'null', field: field.text, negated };
    }
    const op = peek();
    if (op?.type !== 'op') return fail(`expected an operator after ${field.text}`);
    pos += 1;
    const value = peek();
    if (value?.type !== 'string') return fail('values must be quoted strings');
    pos += 1;
    return { kind: 'compare', field: field.text, op: op.text as FilterOp, value: value.text };
  };

  if (tokens.length === 0) return { kind: 'and', items: [] };
  const node = expression();
  if (pos !== tokens.length) fail(`unexpected "${peek()?.text ?? ''}"`);
  return node;
}
