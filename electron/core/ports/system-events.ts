/**
 * The one sleep threshold: a timer that fires this much later than due means the machine slept, and
 * two wake-up reports closer than this are one wake-up.
 */
export const SLEEP_GAP_MS = 30_000;

/** Power and network hints from the OS (Electron powerMonitor/net in the shell; driven by tests elsewhere). */
export interface SystemEvents {
  onSuspend(listener: () => void): () => void;
  onResume(listener: () => void): () => void;
  onOnlineChange(listener: (online: boolean) => void): () => void;
  isOnline(): boolean;
}
