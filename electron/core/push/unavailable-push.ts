import { AppError } from '../../../shared/ipc/result';
import type { PubSubApi } from '../ports/pub-sub-api';
import type { WorkspaceEventsApi } from '../ports/workspace-events-api';

const refuse = async (): Promise<never> => {
  throw new AppError('CONFIG_ERROR', 'This Quickmeet was built without instant updates.');
};

/** For hosts that bring no Workspace Events or Pub/Sub client: every call says so, and polling carries on. */
export const unavailablePush: { readonly pubsub: PubSubApi; readonly workspaceEvents: WorkspaceEventsApi } = {
  pubsub: {
    createTopic: refuse,
    deleteTopic: refuse,
    getTopicPolicy: refuse,
    setTopicPolicy: refuse,
    createSubscription: refuse,
    deleteSubscription: refuse,
    pull: refuse,
    acknowledge: refuse,
  },
  workspaceEvents: {
    createSubscription: refuse,
    getSubscription: refuse,
    listSubscriptions: refuse,
    renewSubscription: refuse,
    reactivateSubscription: refuse,
    deleteSubscription: refuse,
  },
};
