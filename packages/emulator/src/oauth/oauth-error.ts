/** RFC 6749 §5.2 error responses of the token and revoke endpoints: `{error, error_description}`. */
import { boundedMessage } from '../http/error-text';
import { jsonReply, type Reply } from '../http/reply';

/** The RFC 6749 error codes the emulator uses. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope' | 'invalid_token';

/** A failure at an OAuth endpoint; `invalid_client` answers 401, everything else 400. */
export class OAuthError extends Error {
  readonly description: string;

  constructor(
    readonly code: OAuthErrorCode,
    description: string,
  ) {
    super(boundedMessage(description));
    this.description = this.message;
    this.name = 'OAuthError';
  }
}

/** Renders an OAuth error; token responses are never cached. */
export const oauthErrorReply = (error: OAuthError): Reply =>
  jsonReply({ error: error.code, error_description: error.description }, error.code === 'invalid_client' ? 401 : 400, {
    'cache-control': 'no-store',
    pragma: 'no-cache',
  });
