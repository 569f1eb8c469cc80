/**
 * The channel names alone, without schemas, so the sandboxed preload can expose them without
 * bundling the schema library. `contract.ts` fails to compile if these drift from the contract.
 */
export const REQUEST_CHANNELS = [
  'app.getInfo',
  'app.setWindowVisible',
  'app.listNotices',
  'app.dismissNotice',
  'auth.getState',
  'auth.signIn',
  'auth.cancelSignIn',
  'auth.signOut',
  'auth.requestCapability',
  'meetings.createInstant',
  'meetings.listRecent',
  'meetings.copyLink',
  'meetings.open',
  'meetings.join',
  'settings.get',
  'settings.update',
  'presets.save',
  'presets.delete',
  'settings.describeExportFolder',
  'exports.showInFolder',
  'conference.listLive',
  'conference.select',
  'conference.end',
  'conference.history',
  'attendance.summary',
  'attendance.export',
  'recordings.list',
  'recordings.open',
  'transcripts.export',
  'live.get',
  'live.plan',
  'live.copy',
] as const;

export const EVENT_CHANNELS = [
  'app.notice',
  'auth.changed',
  'meetings.changed',
  'settings.changed',
  'conference.liveChanged',
  'attendees.changed',
  'recordings.changed',
  'live.changed',
] as const;
