/** Names under which OAuth secrets travel in forms, query strings and JSON bodies. */
const SECRET_FIELDS = 'access_token|refresh_token|id_token|code|code_verifier|client_secret';
/** In JSON the same names, but not `code`, which is also every error's code ("NOT_FOUND"); a code's value is caught by its `4/` shape. */
const SECRET_JSON_FIELDS = 'access_token|refresh_token|id_token|code_verifier|client_secret';

/**
 * Token shapes Google uses (and the emulator imitates): access `ya29.…`, refresh `1//…`, codes `4/…`,
 * also URL-encoded (`1%2F%2F…`, `code%3D4%2F…`), as form or query fields, and as JSON fields, also
 * inside a JSON string that was itself serialised (`\"client_secret\":\"…\"`).
 */
const SECRET_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ya29\.[\w.%-]+/g, '[redacted]'],
  [/\b1(?:\/|%2F){2}[\w.%-]+/gi, '[redacted]'],
  [/\b4(?:\/|%2F)[\w.%-]{10,}/gi, '[redacted]'],
  [new RegExp(`(${SECRET_FIELDS})(=|%3D)[^&\\s"]+`, 'gi'), '$1$2[redacted]'],
  [new RegExp(`(\\\\?"(?:${SECRET_JSON_FIELDS})\\\\?"\\s*:\\s*\\\\?")(?:[^"\\\\]|\\\\(?!"))*`, 'gi'), '$1[redacted]'],
  [/Bearer(\s|%20|\+)+[\w.~+/=%-]+/gi, 'Bearer [redacted]'],
];

/** Replaces anything shaped like a token so it can never reach a log file. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
