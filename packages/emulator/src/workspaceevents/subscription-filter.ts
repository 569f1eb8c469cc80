/**
 * The filter subscriptions.list requires: `event_types:"…"` clauses (at least one), joined with OR,
 * optionally ANDed with `target_resource="…"`, with parentheses. Anything else is INVALID_ARGUMENT,
 * as the method's reference says.
 */
import { invalidArgument } from '../http/google-error';
import type { StoredWorkspaceSubscription } from './workspace-state';

type Node =
  | { readonly kind: 'and' | 'or'; readonly items: ReadonlyArray<Node> }
  | { readonly kind: 'eventType'; readonly value: string }
  | { readonly kind: 'target'; readonly value: string };

const TOKEN = /\s*(?:(\()|(\))|(AND|OR)\b|(event_types|eventTypes|target_resource|targetResource)\s*([:=])\s*"((?:[^"\\]|\\.)*)")/y;

/** Parses a list filter into a predicate; throws INVALID_ARGUMENT for a missing or malformed filter. */
export function compileSubscriptionFilter(text: string | null): (s: StoredWorkspaceSubscription) => boolean {
  if (text === null || text.trim() === '') throw invalidArgument('A filter is required, with at least one event type, e.g. event_types:"google.workspace.meet.participant.v2.joined".');
  const fail = (why: string): never => {
    throw invalidArgument(`Invalid filter "${text}": ${why}.`);
  };
  type Token = { kind: 'open' | 'close' | 'and' | 'or' } | { kind: 'term'; node: Node };
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) return fail(`unexpected text at position ${start}`);
    const [, open, close, word, field, op, value] = match;
    if (open !== undefined) tokens.push({ kind: 'open' });
    else if (close !== undefined) tokens.push({ kind: 'close' });
    else if (word !== undefined) tokens.push({ kind: word === 'AND' ? 'and' : 'or' });
    else if (field === 'event_types' || field === 'eventTypes') {
      if (op !== ':') fail('event_types takes ":" (has)');
      tokens.push({ kind: 'term', node: { kind: 'eventType', value: value!.replace(/\\(.)/g, '$1') } });
    } else {
      if (op !== '=') fail('target_resource takes "="');
      tokens.push({ kind: 'term', node: { kind: 'target', value: value!.replace(/\\(.)/g, '$1') } });
    }
  }
  let pos = 0;
  // AND binds looser than OR, as in the documented examples.
  const chain = (kind: 'and' | 'or', next: () => Node) => (): Node => {
    const items = [next()];
    while (tokens[pos]?.kind === kind) {
      pos += 1;
      items.push(next());
    }
    return items.length === 1 ? items[0]! : { kind, items };
  };
  const disjunction = chain('or', () => factor());
  const expression = chain('and', disjunction);
  const factor = (): Node => {
    const token = tokens[pos++];
    if (token?.kind === 'term') return token.node;
    if (token?.kind !== 'open') return fail('expected event_types:"…", target_resource="…" or (');
    const inner = expression();
    if (tokens[pos++]?.kind !== 'close') fail('missing )');
    return inner;
  };
  const root = expression();
  if (pos !== tokens.length) fail('unexpected text after the expression');
  const mentionsType = (node: Node): boolean => node.kind === 'eventType' || ((node.kind === 'and' || node.kind === 'or') && node.items.some(mentionsType));
  if (!mentionsType(root)) fail('specify at least one event type');
  const test = (node: Node, s: StoredWorkspaceSubscription): boolean => {
    switch (node.kind) {
      case 'and':
        return node.items.every((item) => test(item, s));
      case 'or':
        return node.items.some((item) => test(item, s));
      case 'eventType':
        return s.eventTypes.includes(node.value);
      case 'target':
        return s.targetResource === node.value;
    }
  };
  return (s) => test(root, s);
}
