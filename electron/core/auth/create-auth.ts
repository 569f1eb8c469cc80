import type { NoticeBoard } from '../app/notice-board';
import type { Clock } from '../ports/clock';
import type { DocumentStoreFactory } from '../ports/document-store';
import type { EventSink } from '../ports/event-sink';
import type { UrlOpener } from '../ports/url-opener';
import type { Logger } from '../ports/logger';
import type { OAuthClient } from '../ports/oauth-client';
import type { RedirectListener } from '../ports/redirect-listener';
import type { SecretStore } from '../ports/secret-store';
import { createAccountMemory } from './account-memory';
import { createAuthService, type AuthService } from './auth-service';
import { createTokenVault } from './token-vault';

/** The ports sign-in uses, as `CorePorts` holds them. */
export interface AuthPorts {
  readonly oauth: OAuthClient;
  readonly redirectListener: RedirectListener;
  readonly urlOpener: UrlOpener;
  readonly secrets: SecretStore;
  readonly documents: DocumentStoreFactory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventSink;
}

/** Name of the app-data document that remembers which account is signed in (an email, never a token). */
export const ACCOUNT_DOCUMENT = 'account';

/** Wires the sign-in service from core ports. */
export function createAuth(ports: AuthPorts, notices: NoticeBoard, options: { flowTimeoutMs?: number; signInScopes?: ReadonlyArray<string> } = {}): AuthService {
  return createAuthService({
    oauth: ports.oauth,
    listener: ports.redirectListener,
    urlOpener: ports.urlOpener,
    vault: createTokenVault(ports.secrets, ports.logger),
    memory: createAccountMemory(ports.documents(ACCOUNT_DOCUMENT)),
    clock: ports.clock,
    logger: ports.logger,
    events: ports.events,
    notices,
    ...(options.flowTimeoutMs ? { flowTimeoutMs: options.flowTimeoutMs } : {}),
    ...(options.signInScopes ? { signInScopes: options.signInScopes } : {}),
  });
}
