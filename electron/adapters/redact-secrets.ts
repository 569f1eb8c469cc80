/** Token shapes Google uses (and the emulator imitates): access `ya29.…`, refresh `1//…`, codes `4/…`. */
const SECRET_PATTERNS: ReadonlyArray<RegExp> = [
  /ya29\.[\w.-]+/g,
  /1\/\/[\w.-]+/g,
  /\b4\/[\w.-]{10,}/g,
  /(access_token|refresh_token|code|code_verifier|client_secret)=[^&\s"]+/g,
  /Bearer\s+[\w.~+/=-]+/g,
];

/** Replaces anything shaped like a token so it can never reach a log file. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((out, pattern) => out.replace(pattern, '[redacted]'), text);
}
