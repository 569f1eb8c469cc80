/**
 * Validates JSON bodies against the schemas of Google's discovery documents: Meet v2 plus the
 * unofficial addendum (spaces.members), Workspace Events v1 and Pub/Sub v1 (google/googleapis.dart
 * `discovery/googleapis/{workspaceevents,pubsub}__v1.json`, copied unchanged). Unknown fields, wrong
 * types, bad timestamps and unknown enum values are all reported.
 */
import { readFileSync } from 'node:fs';

interface SchemaNode {
  readonly type?: string;
  readonly $ref?: string;
  readonly format?: string;
  readonly enum?: ReadonlyArray<string>;
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode;
}

interface MethodNode {
  readonly id: string;
  readonly response?: { readonly $ref: string };
  readonly methods?: Record<string, MethodNode>;
}

interface ResourceNode {
  readonly methods?: Readonly<Record<string, MethodNode>>;
  readonly resources?: Readonly<Record<string, ResourceNode>>;
}

const readJson = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as Record<string, unknown>;

const discovery = readJson('./meet-v2.discovery.json') as { schemas: Record<string, SchemaNode>; resources: Record<string, ResourceNode> };
const addendum = (readJson('./meet-unofficial-addendum.json') as { v2: { schemas: Record<string, SchemaNode>; resources: { spaces: ResourceNode } } }).v2;

/** Every Meet schema, official and addendum. */
export const SCHEMAS: Readonly<Record<string, SchemaNode>> = { ...discovery.schemas, ...addendum.schemas };

/** The other APIs' documents; their schema names overlap (both have `Subscription`), so each keeps its own. */
const OTHER_APIS = {
  workspaceevents: readJson('./workspaceevents-v1.discovery.json') as { schemas: Record<string, SchemaNode>; resources: Record<string, ResourceNode> },
  pubsub: readJson('./pubsub-v1.discovery.json') as { schemas: Record<string, SchemaNode>; resources: Record<string, ResourceNode> },
} as const;

/** Which API's schemas a name is read in. */
export type DiscoveryApi = 'meet' | keyof typeof OTHER_APIS;

const schemasOf = (api: DiscoveryApi): Readonly<Record<string, SchemaNode>> => (api === 'meet' ? SCHEMAS : OTHER_APIS[api].schemas);
const apiOfMethod = (methodId: string): DiscoveryApi => {
  const prefix = methodId.split('.', 1)[0];
  return prefix === 'workspaceevents' || prefix === 'pubsub' ? prefix : 'meet';
};

/** Response schema name by method id (e.g. `meet.spaces.get` → `Space`). */
export const RESPONSE_SCHEMA: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const walk = (resource: ResourceNode): void => {
    for (const method of Object.values(resource.methods ?? {})) if (method.response) map.set(method.id, method.response.$ref);
    for (const child of Object.values(resource.resources ?? {})) walk(child);
  };
  for (const resource of Object.values(discovery.resources)) walk(resource);
  walk(addendum.resources.spaces);
  for (const api of Object.values(OTHER_APIS)) for (const resource of Object.values(api.resources)) walk(resource);
  return map;
})();

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** How a body is read: enums by name (`alt=json`) or by number (`alt=json;enum-encoding=int`); v2beta members carry `user`. */
export interface WireOptions {
  readonly enumEncoding?: 'name' | 'int';
  readonly version?: 'v2' | 'v2beta';
  /** The API whose schemas are meant (default Meet). */
  readonly api?: DiscoveryApi;
}

// v2beta's Member has `user` (published protos; no v2beta discovery document exists).
const V2BETA_SCHEMAS: Readonly<Record<string, SchemaNode>> = {
  Member: { ...SCHEMAS.Member, properties: { ...SCHEMAS.Member?.properties, user: { type: 'string' } } },
};

/** Problems found in `value` against schema `name`; empty when valid. */
export function validateAgainstSchema(name: string, value: unknown, options: WireOptions = {}): string[] {
  const problems: string[] = [];
  const schemaOf = (ref: string): SchemaNode | undefined => (options.version === 'v2beta' ? V2BETA_SCHEMAS[ref] : undefined) ?? schemasOf(options.api ?? 'meet')[ref];
  const check = (node: SchemaNode, data: unknown, path: string): void => {
    if (node.$ref !== undefined) {
      const target = schemaOf(node.$ref);
      if (target === undefined) return void problems.push(`${path}: unknown schema ${node.$ref}`);
      return check(target, data, path);
    }
    if (data === null) return void problems.push(`${path}: null (proto3 JSON omits unset fields)`);
    switch (node.type) {
      case 'object': {
        if (typeof data !== 'object' || Array.isArray(data)) return void problems.push(`${path}: expected object, got ${JSON.stringify(data)}`);
        for (const [key, child] of Object.entries(data as Record<string, unknown>)) {
          const property = node.properties?.[key] ?? node.additionalProperties;
          if (property === undefined) problems.push(`${path}.${key}: unknown field`);
          else check(property, child, `${path}.${key}`);
        }
        return;
      }
      case 'array':
        if (!Array.isArray(data)) return void problems.push(`${path}: expected array`);
        if (data.length === 0) problems.push(`${path}: empty array (proto3 JSON omits it)`);
        return data.forEach((item, i) => check(node.items ?? {}, item, `${path}[${i}]`));
      case 'string':
        if (node.enum !== undefined && options.enumEncoding === 'int') {
          // The proto number is the index in the discovery `enum` list.
          if (typeof data !== 'number' || !Number.isInteger(data) || data < 0 || data >= node.enum.length) problems.push(`${path}: ${JSON.stringify(data)} is not a number of ${node.enum.join(', ')}`);
          return;
        }
        if (typeof data !== 'string') return void problems.push(`${path}: expected string, got ${JSON.stringify(data)}`);
        if (node.enum !== undefined && !node.enum.includes(data)) problems.push(`${path}: ${data} is not one of ${node.enum.join(', ')}`);
        if (node.format === 'google-datetime' && !RFC3339_UTC.test(data)) problems.push(`${path}: ${data} is not an RFC 3339 UTC timestamp`);
        return;
      case 'integer':
        if (typeof data !== 'number' || !Number.isInteger(data)) problems.push(`${path}: expected integer`);
        return;
      case 'boolean':
        if (typeof data !== 'boolean') problems.push(`${path}: expected boolean`);
        return;
      default:
        return;
    }
  };
  const schema = schemaOf(name);
  if (schema === undefined) return [`unknown schema ${name}`];
  check(schema, value, name);
  return problems;
}

/** Throws unless `value` is a valid response body of the method with this discovery id. */
export function assertValidResponse(methodId: string, value: unknown, options: WireOptions = {}): void {
  const schema = RESPONSE_SCHEMA.get(methodId);
  if (schema === undefined) throw new Error(`No response schema for ${methodId}`);
  const problems = validateAgainstSchema(schema, value, { api: apiOfMethod(methodId), ...options });
  if (problems.length > 0) throw new Error(`${methodId} response does not match ${schema}:\n${problems.join('\n')}`);
}

/** Every enum-typed property in the schemas, as `[schema, property, values]`. */
export function enumProperties(): Array<readonly [string, string, ReadonlyArray<string>]> {
  const found: Array<readonly [string, string, ReadonlyArray<string>]> = [];
  for (const [schemaName, schema] of Object.entries(SCHEMAS)) {
    for (const [property, node] of Object.entries(schema.properties ?? {})) if (node.enum !== undefined) found.push([schemaName, property, node.enum]);
  }
  return found;
}

/** Reads an `enum-encoding=int` body back into enum names, using the schema's `enum` lists. */
export function enumNumbersToNames(name: string, value: unknown, options: WireOptions = {}): unknown {
  const walk = (node: SchemaNode | undefined, data: unknown): unknown => {
    if (node?.$ref !== undefined) return walk((options.version === 'v2beta' ? V2BETA_SCHEMAS[node.$ref] : undefined) ?? SCHEMAS[node.$ref], data);
    if (node === undefined) return data;
    if (Array.isArray(data)) return data.map((item) => walk(node.items, item));
    if (node.enum !== undefined && typeof data === 'number') return node.enum[data] ?? data;
    if (typeof data !== 'object' || data === null) return data;
    return Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([key, child]) => [key, walk(node.properties?.[key] ?? node.additionalProperties, child)]));
  };
  return walk({ $ref: name }, value);
}
