import { createListeners } from '../../shared/events/listeners';
import type { Notice } from '../../shared/model/app-info';
import type { HostNotices } from '../core/ports/host-notices';

/** A {@link HostNotices} the host posts to; notices posted before the core subscribes are replayed. */
export interface HostNoticeFeed extends HostNotices {
  post(notice: Notice): void;
}

/** Creates an empty feed. */
export function createHostNoticeFeed(): HostNoticeFeed {
  const posted: Notice[] = [];
  const listeners = createListeners<[notice: Notice]>();
  return {
    post(notice) {
      posted.push(notice);
      listeners.emit(notice);
    },
    subscribe(listener) {
      const remove = listeners.add(listener);
      for (const notice of posted) listener(notice);
      return remove;
    },
  };
}
