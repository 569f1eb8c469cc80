/** Why the user must sign in again, in their words: the same text the core and the CLI use. */
export { REAUTH_REASON_TEXT as REAUTH_REASONS } from '../../../shared/model/reauth-reason-text';
