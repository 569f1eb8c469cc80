import type { z } from 'zod';
import { appEvents, appRequests } from './channels/app-channels';
import { authEvents, authRequests } from './channels/auth-channels';
import { conferenceEvents, conferenceRequests } from './channels/conference-channels';
import { meetingsEvents, meetingsRequests } from './channels/meetings-channels';
import { pushEvents, pushRequests } from './channels/push-channels';
import { recapEvents, recapRequests } from './channels/recap-channels';
import { liveEvents, liveRequests } from './channels/live-channels';
import { recordingsEvents, recordingsRequests } from './channels/recordings-channels';
import { settingsEvents, settingsRequests } from './channels/settings-channels';
import type { EVENT_CHANNELS, REQUEST_CHANNELS } from './channel-names';

/** Every request channel: name → request schema and response schema. The one source of truth. */
export const requests = {
  ...appRequests,
  ...authRequests,
  ...meetingsRequests,
  ...settingsRequests,
  ...conferenceRequests,
  ...recordingsRequests,
  ...pushRequests,
  ...recapRequests,
  ...liveRequests,
} as const;

/** Every push from main to the renderer: name → payload schema. */
export const events = {
  ...appEvents,
  ...authEvents,
  ...meetingsEvents,
  ...settingsEvents,
  ...conferenceEvents,
  ...recordingsEvents,
  ...pushEvents,
  ...recapEvents,
  ...liveEvents,
} as const;

export type RequestChannel = keyof typeof requests;
export type EventChannel = keyof typeof events;
/** What the sender passes (defaults not yet applied). */
export type RequestOf<C extends RequestChannel> = z.input<(typeof requests)[C]['request']>;
/** What the handler receives after parsing. */
export type ParsedRequestOf<C extends RequestChannel> = z.output<(typeof requests)[C]['request']>;
export type ResponseOf<C extends RequestChannel> = z.output<(typeof requests)[C]['response']>;
export type EventOf<E extends EventChannel> = z.output<(typeof events)[E]>;

// The zod-free name lists (used by the preload) must match the contract exactly, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const requestNamesMatch: Same<(typeof REQUEST_CHANNELS)[number], RequestChannel> = true;
const eventNamesMatch: Same<(typeof EVENT_CHANNELS)[number], EventChannel> = true;
void requestNamesMatch;
void eventNamesMatch;
