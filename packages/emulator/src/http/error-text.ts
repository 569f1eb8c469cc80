/** Longest error message the emulator sends: enough for any real explanation, never a copy of a large input. */
export const MAX_ERROR_MESSAGE = 300;

/**
 * Shortens an error message that quotes caller input (an unknown field name, a bad filter, a grant
 * type) so a 900 KB request does not come back as a 900 KB error, and a log never holds it.
 */
export function boundedMessage(message: string): string {
  if (message.length <= MAX_ERROR_MESSAGE) return message;
  return `${message.slice(0, MAX_ERROR_MESSAGE)}… (${message.length - MAX_ERROR_MESSAGE} more characters)`;
}
