/** Where an OAuth client sends the user and its token requests. */
export interface OAuthEndpoints {
  readonly authorizationUrl: string;
  readonly tokenUrl: string;
  readonly revokeUrl: string;
  readonly userInfoUrl: string;
  readonly tokenInfoUrl: string;
}

/** Google's production endpoints for installed apps. */
export const GOOGLE_ENDPOINTS: OAuthEndpoints = {
  authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
  userInfoUrl: 'https://openidconnect.googleapis.com/v1/userinfo',
  tokenInfoUrl: 'https://oauth2.googleapis.com/tokeninfo',
};

/** The same endpoints on the built-in emulator (demo mode and tests), all on its one loopback origin. */
export function emulatorEndpoints(baseUrl: string): OAuthEndpoints {
  const at = (path: string) => new URL(path, baseUrl).toString();
  return {
    authorizationUrl: at('/o/oauth2/v2/auth'),
    tokenUrl: at('/token'),
    revokeUrl: at('/revoke'),
    userInfoUrl: at('/v1/userinfo'),
    tokenInfoUrl: at('/tokeninfo'),
  };
}
