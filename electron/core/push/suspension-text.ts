/**
 * What each `suspensionReason` (workspaceevents-v1 discovery, Subscription.suspensionReason) means for
 * the person, and what fixes it. After the fix, "Try again" reactivates the subscription.
 */
const FIXES: Readonly<Record<string, string>> = {
  USER_SCOPE_REVOKED: 'You removed a permission Quickmeet needs. Sign in again and allow Meet access, then choose Try again.',
  APP_SCOPE_REVOKED: 'Your Workspace administrator withdrew a permission from this app. Ask them to allow it again, then choose Try again.',
  RESOURCE_DELETED: 'The meeting space or account being followed no longer exists. Choose Try again to follow what remains.',
  USER_AUTHORIZATION_FAILURE: 'Your account can no longer see these meetings. Check you are signed in with the right account, then choose Try again.',
  APP_AUTHORIZATION_FAILURE: 'This app can no longer see these meetings. Check the OAuth client’s project, then choose Try again.',
  ENDPOINT_PERMISSION_DENIED:
    'Google may not publish to the topic: give meet-api-event-push@system.gserviceaccount.com the Pub/Sub Publisher role on it (Quickmeet does this when you choose Try again).',
  ENDPOINT_NOT_FOUND: 'The Pub/Sub topic was deleted. Choose Try again and Quickmeet creates it again.',
  ENDPOINT_RESOURCE_EXHAUSTED: 'The topic hit a Pub/Sub quota or rate limit. Check the project’s Pub/Sub quotas, then choose Try again.',
};

/** The fix for `reason`, in words; unknown reasons get the general advice. */
export function suspensionFix(reason: string | undefined): string {
  return (reason && FIXES[reason]) ?? 'Google stopped sending events for an unnamed reason. Choose Try again; if it recurs, turn instant updates off and on.';
}
