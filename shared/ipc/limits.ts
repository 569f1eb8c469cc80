import { z } from 'zod';
import { INPUT_LIMITS } from '../model/input-limits';

/** Upper bounds for IPC payloads: nothing the renderer sends needs more. */
export const MAX_TEXT = INPUT_LIMITS.text;
export const MAX_SHORT_TEXT = INPUT_LIMITS.shortText;
export { MAX_MESSAGE_BYTES, TOO_LARGE } from './message-limits';

/** A bounded string for free text such as pasted meeting links. */
export const text = (max = MAX_TEXT) => z.string().max(max);

/** A bounded, non-empty identifier such as `spaces/abc` or a preset id. */
export const resourceName = () => z.string().min(1).max(MAX_SHORT_TEXT);

/** An empty request. */
export const noArgs = z.strictObject({});
