/**
 * Google Meet meeting codes. Google documents a code as a typeable, case-insensitive alias of a space,
 * at most 128 characters (Meet v2 `spaces.get`, `name`); the codes it hands out are lower-case letter
 * groups joined by hyphens. `abc-mnop-xyz` (3-4-3) is only the common shape.
 */

/** The longest meeting code Google documents. */
export const MEETING_CODE_MAX_LENGTH = 128;

const CODE_SHAPE = /^[a-z]+(?:-[a-z]+)+$/;

/** True for a meeting code as Google writes it: lower-case letter groups joined by hyphens, ≤ 128 characters. */
export function isMeetingCode(value: string): boolean {
  return value.length <= MEETING_CODE_MAX_LENGTH && CODE_SHAPE.test(value);
}
