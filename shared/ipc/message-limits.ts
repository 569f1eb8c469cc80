/** The largest request payload, in characters of JSON; nothing the renderer sends needs more. Zod-free, for the preload. */
export const MAX_MESSAGE_BYTES = 256 * 1024;

/** What the client and the dispatcher both answer for a request above {@link MAX_MESSAGE_BYTES}. */
export const TOO_LARGE = 'The request is too large.';
