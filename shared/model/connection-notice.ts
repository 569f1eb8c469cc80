import type { Notice } from './app-info';

/**
 * Posted by the window itself when its connection to Quickmeet's core drops: the data shown is stale.
 * In its own file without zod, so the renderer bundle does not pull in the schema library for it.
 */
export const CONNECTION_LOST_NOTICE: Notice = {
  id: 'connection-lost',
  level: 'error',
  message: 'Lost the connection to Quickmeet (not to Google). What this window shows may be out of date: reload it.',
};

/**
 * Posted instead when the page never reached Quickmeet: opened without its secret (the address lacks
 * `#token=…`), or with one from an earlier run. Reloading does not help; the full address does.
 */
export const NEVER_CONNECTED_NOTICE: Notice = {
  id: 'never-connected',
  level: 'error',
  message:
    'This page cannot reach Quickmeet: it needs the full address, with its secret (…/#token=…), that `npm run demo`, `npm start` or `npm run preview` printed in the terminal. Open that address; if Quickmeet has stopped, start it again.',
};

/** The notices that mean the window has no connection to the core: they are the one message it shows about it. */
export const CONNECTION_NOTICE_IDS: ReadonlyArray<string> = [CONNECTION_LOST_NOTICE.id, NEVER_CONNECTED_NOTICE.id];
