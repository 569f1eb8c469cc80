/** Evaluates a parsed filter against one resource, with the fields each list method allows. */
import { invalidArgument } from './google-error';
import { parseFilter, type FilterNode, type FilterOp } from './filter-parser';
import { parseTimestamp } from './proto-json';

/** A filterable field: a time (epoch ms, maybe unset) or a string. */
export type FilterField<T> =
  | { readonly type: 'time'; get(item: T): number | undefined }
  | { readonly type: 'string'; readonly caseInsensitive?: boolean; get(item: T): string | undefined };

/** The filterable fields of one list method, by snake_case name. */
export type FilterFields<T> = Readonly<Record<string, FilterField<T>>>;

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const compare = (left: number | string, op: FilterOp, right: number | string): boolean => {
  switch (op) {
    case '=':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
};

/** Parses `filter` and returns a predicate; throws INVALID_ARGUMENT for unknown fields or bad values. */
export function compileFilter<T>(text: string | null, fields: FilterFields<T>): (item: T) => boolean {
  if (text === null || text.trim() === '') return () => true;
  const root = parseFilter(text);
  const fieldOf = (name: string): FilterField<T> => {
    const field = fields[snake(name)];
    if (field === undefined) throw invalidArgument(`Invalid filter: field "${name}" cannot be filtered on in this list.`);
    return field;
  };
  // Validate every leaf once, up front, so a bad filter fails even on an empty list.
  const build = (node: FilterNode): ((item: T) => boolean) => {
    switch (node.kind) {
      case 'and': {
        const parts = node.items.map(build);
        return (item) => parts.every((p) => p(item));
      }
      case 'or': {
        const parts = node.items.map(build);
        return (item) => parts.some((p) => p(item));
      }
      case 'not': {
        const inner = build(node.item);
        return (item) => !inner(item);
      }
      case 'null': {
        const field = fieldOf(node.field);
        return (item) => (field.get(item) === undefined) !== node.negated;
      }
      case 'compare': {
        const field = fieldOf(node.field);
        if (field.type === 'time') {
          const wanted = parseTimestamp(node.value);
          if (wanted === undefined) throw invalidArgument(`Invalid filter: "${node.value}" is not an RFC 3339 timestamp.`);
          // A comparison on an unset time is false; only IS NULL matches it.
          return (item) => {
            const value = field.get(item);
            return value !== undefined && compare(value, node.op, wanted);
          };
        }
        if (node.op !== '=' && node.op !== '!=') throw invalidArgument(`Invalid filter: ${node.field} supports only = and !=.`);
        const norm = (s: string): string => (field.caseInsensitive ? s.toLowerCase() : s);
        return (item) => {
          const value = field.get(item);
          return value !== undefined && compare(norm(value), node.op, norm(node.value));
        };
      }
    }
  };
  return build(root);
}
