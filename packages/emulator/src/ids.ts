/** Random identifiers and tokens shaped like Google's, so a leaked one is easy to recognise. */
import { randomBytes, randomInt } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

function pick(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A case-sensitive space id like `jQCFfuBOdN5z`. */
export const newSpaceId = (): string => pick(ALNUM, 12);

/** A meeting code like `abc-mnop-xyz`. */
export const newMeetingCode = (): string => `${pick(LOWER, 3)}-${pick(LOWER, 4)}-${pick(LOWER, 3)}`;

/** A long opaque id, as Google uses for conference records. */
export const newLongId = (): string => randomBytes(30).toString('base64url');

/** A short opaque id for participants, sessions, artifacts and entries. */
export const newShortId = (): string => pick(ALNUM, 16);

/** A Drive or Docs file id. */
export const newFileId = (): string => `1${pick(ALNUM + '-_', 32)}`;

/** An access token, `ya29.` + random. */
export const newAccessToken = (): string => `ya29.${randomBytes(48).toString('base64url')}`;

/** A refresh token, `1//` + random. */
export const newRefreshToken = (): string => `1//0${randomBytes(48).toString('base64url')}`;

/** An authorization code, `4/0` + random (Google's shape). */
export const newAuthCode = (): string => `4/0${randomBytes(32).toString('base64url')}`;

/** A 21-digit numeric user id for `users/{id}`. */
export const newUserNumber = (): string => `1${pick('0123456789', 20)}`;
