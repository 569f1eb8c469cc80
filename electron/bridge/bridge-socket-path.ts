/** Path of the bridge WebSocket that carries the IPC contract; shared by the server and the page script. */
export const BRIDGE_SOCKET_PATH = '/ipc';
