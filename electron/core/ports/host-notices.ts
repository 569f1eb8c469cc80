import type { Notice } from '../../../shared/model/app-info';

/** Problems the host found outside the core (the demo's Google state file …), for the notice board; earlier ones are replayed to a new listener. */
export interface HostNotices {
  subscribe(listener: (notice: Notice) => void): () => void;
}
