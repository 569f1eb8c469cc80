/** The one Electron IPC channel that carries Quickmeet's wire messages, in both directions. */
export const QUICKMEET_IPC_CHANNEL = 'quickmeet:wire';
