import type { Notice } from '../../../shared/model/app-info';

/** Told once when the keychain cannot hold the sign-in: it lasts this session, and nothing went to disk. */
export const KEYCHAIN_UNAVAILABLE_NOTICE: Notice = {
  id: 'keychain-unavailable',
  level: 'warning',
  message:
    'The system keychain is not available, so Quickmeet cannot remember your sign-in. You are signed in for this session only and will have to sign in again next time; nothing was saved to disk.',
};

/** Told once when the keychain could not be read at start, so the saved sign-in could not be used. */
export const KEYCHAIN_UNREADABLE_NOTICE: Notice = {
  id: 'keychain-unreadable',
  level: 'warning',
  message: 'The system keychain is not available, so Quickmeet could not load your saved sign-in. Sign in again, or unlock the keychain and restart.',
};
