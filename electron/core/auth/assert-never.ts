/** Makes a `switch` over a discriminated union exhaustive: a new variant fails to compile here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected variant: ${JSON.stringify(value)}`);
}
