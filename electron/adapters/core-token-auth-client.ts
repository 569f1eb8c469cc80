import { AuthClient, gaxios } from 'google-auth-library';
import type { AccessTokenSource } from '../core/ports/access-token';

/**
 * The `auth` googleapis sends its requests through: each request carries the core's fresh token, and
 * a 401 (a token Google stopped accepting before its expiry) gets one replay with a token the core
 * refreshed. Nothing here refreshes or stores a token.
 */
export class CoreTokenAuthClient extends AuthClient {
  readonly #tokens: AccessTokenSource;

  constructor(tokens: AccessTokenSource) {
    super();
    this.#tokens = tokens;
  }

  override async request<T>(options: gaxios.GaxiosOptions): gaxios.GaxiosPromise<T> {
    const token = await this.#tokens.accessToken();
    try {
      return await this.#send<T>(options, token);
    } catch (error) {
      if (!(error instanceof gaxios.GaxiosError) || error.response?.status !== 401) throw error;
      const replacement = await this.#tokens.accessToken(token);
      if (replacement === token) throw error;
      return this.#send<T>(options, replacement);
    }
  }

  override async getRequestHeaders(): Promise<Headers> {
    return new Headers({ authorization: `Bearer ${await this.#tokens.accessToken()}` });
  }

  override async getAccessToken(): Promise<{ token: string }> {
    return { token: await this.#tokens.accessToken() };
  }

  #send<T>(options: gaxios.GaxiosOptions, token: string): gaxios.GaxiosPromise<T> {
    return this.transporter.request<T>({ ...options, headers: gaxios.Gaxios.mergeHeaders(options.headers, { authorization: `Bearer ${token}` }) });
  }
}
