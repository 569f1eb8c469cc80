/** Power and network hints from the OS (Electron powerMonitor/net in the shell; driven by tests elsewhere). */
export interface SystemEvents {
  onSuspend(listener: () => void): () => void;
  onResume(listener: () => void): () => void;
  onOnlineChange(listener: (online: boolean) => void): () => void;
  isOnline(): boolean;
}
