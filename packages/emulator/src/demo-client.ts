/** The OAuth client every emulator knows: the one the Quickmeet demo build ships. */
export const DEMO_CLIENT_ID = 'quickmeet-demo.apps.googleusercontent.com';

/** Its (public, RFC 8252 §8.5) client secret. */
export const DEMO_CLIENT_SECRET = 'GOCSPX-quickmeet-demo';
