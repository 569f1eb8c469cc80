import { z } from 'zod';

/** Upper bounds for IPC payloads: nothing the renderer sends needs more. */
export const MAX_TEXT = 2_000;
export const MAX_SHORT_TEXT = 200;
export const MAX_MESSAGE_BYTES = 256 * 1024;

/** A bounded string for free text such as pasted meeting links. */
export const text = (max = MAX_TEXT) => z.string().max(max);

/** A bounded, non-empty identifier such as `spaces/abc` or a preset id. */
export const resourceName = () => z.string().min(1).max(MAX_SHORT_TEXT);

/** An empty request. */
export const noArgs = z.strictObject({});
