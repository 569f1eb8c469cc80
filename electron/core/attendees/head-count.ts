import type { Conference } from '../../../shared/model/conference';

/** What the tray shows: how many people are in the current conference. */
export interface HeadCount {
  /** The conference being followed, if any. */
  readonly conference?: Conference;
  /** People in the call now; 0 without a current conference. */
  readonly presentCount: number;
  /** Conferences running now in the user's spaces (more than one means the user picks). */
  readonly liveCount: number;
  /** True while polling fails and the count is the last good one. */
  readonly stale: boolean;
}

/** Read side for the tray model: a getter plus change notifications. */
export interface HeadCountSource {
  headCount(): HeadCount;
  /** Called whenever the head-count, the current conference or staleness changes; returns unsubscribe. */
  onHeadCountChange(listener: (headCount: HeadCount) => void): () => void;
}

/** Equality on what the tray draws, so listeners hear only real changes. */
export function sameHeadCount(a: HeadCount, b: HeadCount): boolean {
  return (
    a.conference?.record === b.conference?.record &&
    a.presentCount === b.presentCount &&
    a.liveCount === b.liveCount &&
    a.stale === b.stale
  );
}
