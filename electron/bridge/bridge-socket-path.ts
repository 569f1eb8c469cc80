/** Path of the bridge WebSocket that carries the IPC contract; shared by the server and the page script. */
export const BRIDGE_SOCKET_PATH = '/ipc';

/** The subprotocol the page and the bridge speak: the IPC contract as JSON text frames. */
export const BRIDGE_SOCKET_PROTOCOL = 'quickmeet.ipc.v1';

/** The page presents the per-run secret as a second subprotocol, `quickmeet.secret.<secret>`, in the handshake. */
export const BRIDGE_SECRET_PROTOCOL_PREFIX = 'quickmeet.secret.';
