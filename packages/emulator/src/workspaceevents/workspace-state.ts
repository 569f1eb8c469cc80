/** What the emulator remembers of Workspace Events subscriptions (times in epoch milliseconds). */

/** Why a subscription stopped delivering (the discovery document's ErrorType). */
export type SuspensionReason =
  | 'USER_SCOPE_REVOKED'
  | 'APP_SCOPE_REVOKED'
  | 'RESOURCE_DELETED'
  | 'USER_AUTHORIZATION_FAILURE'
  | 'APP_AUTHORIZATION_FAILURE'
  | 'ENDPOINT_PERMISSION_DENIED'
  | 'ENDPOINT_NOT_FOUND'
  | 'ENDPOINT_RESOURCE_EXHAUSTED'
  | 'OTHER';

/** Every suspension reason, in the discovery document's order. */
export const SUSPENSION_REASONS: ReadonlyArray<SuspensionReason> = [
  'USER_SCOPE_REVOKED', 'APP_SCOPE_REVOKED', 'RESOURCE_DELETED', 'USER_AUTHORIZATION_FAILURE', 'APP_AUTHORIZATION_FAILURE',
  'ENDPOINT_PERMISSION_DENIED', 'ENDPOINT_NOT_FOUND', 'ENDPOINT_RESOURCE_EXHAUSTED', 'OTHER',
];

/** A subscription, `subscriptions/{id}`, authorized by one account through one OAuth client. */
export interface StoredWorkspaceSubscription {
  id: string;
  uid: string;
  targetResource: string;
  eventTypes: string[];
  pubsubTopic: string;
  /** The authorizing account and OAuth client. */
  email: string;
  clientId: string;
  /** `users/{id}` of the authorizing account. */
  user: string;
  state: 'ACTIVE' | 'SUSPENDED';
  suspensionReason?: SuspensionReason;
  createTime: number;
  updateTime: number;
  expireTime: number;
}
