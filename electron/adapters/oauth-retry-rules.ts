import type { Gaxios, GaxiosOptionsPrepared } from 'gaxios';
import type { OAuthEndpoints } from './google-oauth-endpoints';

/**
 * Explicit retry rules for OAuth requests, which google-auth-library otherwise sends with a retry
 * config that includes POST. A refresh is safe to repeat (a little, with a cap); a code exchange
 * and a revoke are sent once. Meet API calls through the same client are left to their own config.
 */
export function installRetryRules(transporter: Gaxios, endpoints: OAuthEndpoints): void {
  transporter.interceptors.request.add({
    resolved: async (options: GaxiosOptionsPrepared) => {
      const url = options.url.toString().split('?')[0];
      if (url === endpoints.revokeUrl) return once(options);
      if (url !== endpoints.tokenUrl) return options;
      const form = options.data instanceof URLSearchParams ? options.data : options.body instanceof URLSearchParams ? options.body : null;
      if (form?.get('grant_type') !== 'refresh_token') return once(options);
      options.retry = true;
      options.retryConfig = {
        retry: 2,
        noResponseRetries: 1,
        httpMethodsToRetry: ['POST'],
        statusCodesToRetry: [
          [429, 429],
          [500, 599],
        ],
        retryDelayMultiplier: 2,
        maxRetryDelay: 4_000,
        totalTimeout: 30_000,
      };
      return options;
    },
  });
}

function once(options: GaxiosOptionsPrepared): GaxiosOptionsPrepared {
  options.retry = false;
  options.retryConfig = { retry: 0, noResponseRetries: 0 };
  return options;
}
