/**
 * The proto3 JSON mapping on input: enums by name or by number, `""` as the empty message, unknown
 * fields rejected with Google's "Invalid JSON payload received" message.
 */
import { z } from 'zod';
import { invalidArgument } from '../http/google-error';
import { parseJsonBody, BodyError } from '../http/request-body';

/** An enum field that takes `"OPEN"` or its proto number `1`, always yielding the name. */
export function protoEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((input) => (typeof input === 'number' && Number.isInteger(input) ? (values[input] ?? input) : input), z.enum(values));
}

/** Parses a JSON body against a strict schema; `message` names the proto message for errors. */
export function parseBody<S extends z.ZodType>(raw: string, schema: S, message: string): z.infer<S> {
  let json: unknown;
  try {
    json = parseJsonBody(raw);
  } catch (error) {
    throw invalidArgument((error as BodyError).message);
  }
  // GAPIC's REST transport sends a message with no fields set as the JSON string "" (createSpace({})).
  if (json === '') json = {};
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = [message, ...(issue?.path ?? []).map(String)].join('.');
  if (issue?.code === 'unrecognized_keys') {
    throw invalidArgument(`Invalid JSON payload received. Unknown name "${issue.keys[0] ?? ''}" at '${where}': Cannot find field.`);
  }
  throw invalidArgument(`Invalid value at '${where}': ${issue?.message ?? 'invalid value'}`);
}
