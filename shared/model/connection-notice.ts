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
