/**
 * Cells a spreadsheet could read as a formula (OWASP "CSV Injection"; ASVS 5.0 V1.2.10 names
 * `=` `+` `-` `@`, tab and NUL): a first character that is one of those, any other control character
 * (C0, DEL, C1: CR, LF, ESC …), their full-width forms (`＝` `＋` `－` `＠`, which some locales
 * convert), or white space before any of them (spreadsheets may trim it on import).
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^\p{Cc}/u;
const NEEDS_QUOTES = /[",\p{Cc}]|^\s|\s$/u;

/**
 * One CSV cell (RFC 4180): prefixed with `'` when it would otherwise start a formula in Excel,
 * LibreOffice or Sheets, and quoted when it holds a comma, quote, line break or other control character.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
