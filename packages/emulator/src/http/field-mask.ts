/**
 * `updateMask` (google.protobuf.FieldMask) handling: comma-separated dot paths in either
 * snake_case or lowerCamelCase, `*` for everything, absent or empty for "every field sent".
 */
import { invalidArgument } from './google-error';
import { toCamel } from './proto-json';

/** A parsed mask: explicit camelCase paths, `*`, or `none` (absent, empty or only `""`). */
export type UpdateMask = { readonly kind: 'none' } | { readonly kind: 'all' } | { readonly kind: 'paths'; readonly paths: ReadonlyArray<string> };

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the `updateMask` query value. */
export function parseUpdateMask(text: string | null): UpdateMask {
  const paths = (text ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '""');
  if (paths.length === 0) return { kind: 'none' };
  if (paths.includes('*')) {
    if (paths.length > 1) throw invalidArgument('updateMask "*" cannot be combined with other paths.');
    return { kind: 'all' };
  }
  return { kind: 'paths', paths: paths.map((p) => p.split('.').map(toCamel).join('.')) };
}

/** Checks that every path names a field of `shape` (a tree of the updatable fields). */
export function assertPathsExist(paths: ReadonlyArray<string>, shape: Tree, outputOnly: ReadonlySet<string>): void {
  for (const path of paths) {
    const [head] = path.split('.');
    if (head !== undefined && outputOnly.has(head)) throw invalidArgument(`updateMask path "${path}" names an output-only field.`);
    let node: unknown = shape;
    for (const part of path.split('.')) {
      if (!isTree(node) || !(part in node)) throw invalidArgument(`updateMask path "${path}" is not a field of this resource.`);
      node = node[part];
    }
  }
}

/** Reads the value at a dot path. */
export function getPath(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) node = isTree(node) ? node[part] : undefined;
  return node;
}

/** Writes a value at a dot path, creating objects on the way. */
export function setPath(tree: Tree, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    if (!isTree(node[part])) node[part] = {};
    node = node[part] as Tree;
  }
  node[parts[parts.length - 1]!] = value;
}

/** Copies every leaf of `patch` for which `carriesValue` holds onto `target` (the mask-less update). */
export function mergeLeaves(target: Tree, patch: Tree, carriesValue: (leaf: unknown) => boolean): void {
  for (const [key, value] of Object.entries(patch)) {
    if (isTree(value)) {
      if (!isTree(target[key])) target[key] = {};
      mergeLeaves(target[key] as Tree, value, carriesValue);
    } else if (carriesValue(value)) target[key] = value;
  }
}

/** A deep copy of plain JSON data. */
export const cloneJson = <T>(value: T): T => structuredClone(value);
