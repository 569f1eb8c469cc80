import type { AppErrorInfo } from '../../../shared/ipc/result';
import type { AuthState } from '../../../shared/model/auth-state';
import type { Meeting } from '../../../shared/model/meeting';
import type { Preset } from '../../../shared/model/preset';

/** How many recent meetings the tray menu lists. */
export const TRAY_RECENT_LIMIT = 5;

/** One menu entry; ids are stable so the shell maps clicks back with {@link parseTrayCommand}. */
export type TrayMenuItem =
  | { readonly kind: 'action'; readonly id: string; readonly label: string; readonly enabled: boolean }
  | { readonly kind: 'separator'; readonly id: string }
  | { readonly kind: 'submenu'; readonly id: string; readonly label: string; readonly enabled: boolean; readonly items: ReadonlyArray<TrayMenuItem> };

/** Which icon the shell shows. */
export type TrayIcon = 'signed-out' | 'idle' | 'busy' | 'error' | 'live';

/** What the shell draws: icon, tooltip, title (macOS menu-bar text) and the context menu. */
export interface TrayModel {
  readonly icon: TrayIcon;
  readonly tooltip: string;
  readonly title: string;
  readonly menu: ReadonlyArray<TrayMenuItem>;
}

/** The app state the tray reflects. */
export interface TrayState {
  readonly auth: AuthState;
  readonly presets: ReadonlyArray<Preset>;
  readonly recent: ReadonlyArray<Meeting>;
  readonly creating: boolean;
  readonly lastError?: AppErrorInfo;
  readonly demoMode: boolean;
  /** Where the meeting clock goes: the title beside the icon (macOS) or the tooltip (the platform policy says). */
  readonly meetingClock?: 'title' | 'tooltip';
  /** Contributions of other features: the attendees head-count and extra sections (recordings). */
  readonly extensions?: {
    /** People in the selected live meeting; shown in title and tooltip, and switches to the live icon. */
    readonly headCount?: number;
    /** Submenus or items inserted after the recent meetings, e.g. a "Recordings" submenu. */
    readonly sections?: ReadonlyArray<TrayMenuItem>;
    /** The followed meeting: time since it started ("0:12"), "time's up", and what is being recorded. */
    readonly meeting?: { readonly clock: string; readonly over: boolean; readonly badges: ReadonlyArray<string> };
  };
}

/** A click decoded from a menu item id. */
export type TrayCommand =
  | { readonly type: 'newMeeting'; readonly presetId?: string }
  | { readonly type: 'copyLastLink' }
  | { readonly type: 'joinByCode' }
  | { readonly type: 'copyMeeting'; readonly space: string }
  | { readonly type: 'openMeeting'; readonly space: string }
  | { readonly type: 'openSettings' }
  | { readonly type: 'openWindow' }
  | { readonly type: 'showLogs' }
  | { readonly type: 'about' }
  | { readonly type: 'signIn' }
  | { readonly type: 'signOut' }
  | { readonly type: 'copyRecordingNotice' }
  | { readonly type: 'quit' };

/** Maps app state to the tray: pure, so the shell only applies it and tests run in Node. */
export function buildTrayModel(state: TrayState): TrayModel {
  const signedIn = state.auth.status === 'signedIn';
  const canCreate = signedIn && state.auth.capabilities.includes('createSpaces') && !state.creating;
  const last = state.recent[0];
  const meeting = state.extensions?.meeting;
  const recent = state.recent.slice(0, TRAY_RECENT_LIMIT);
  const menu: TrayMenuItem[] = [
    action('meeting.new', state.creating ? 'Creating meeting…' : 'New meeting', canCreate),
    submenu('meeting.presets', 'New meeting with preset', canCreate && state.presets.length > 0, state.presets.map((p) => action(`meeting.new:${p.id}`, p.name, canCreate))),
    action('meeting.copyLast', 'Copy last link', last !== undefined),
    action('meeting.join', 'Join by code…', signedIn),
    { kind: 'separator', id: 'sep.recent' },
    submenu(
      'meeting.recent',
      'Recent meetings',
      recent.length > 0,
      recent.map((m) =>
        submenu(`recent:${m.space}`, m.meetingCode, true, [action(`recent.copy:${m.space}`, 'Copy link', true), action(`recent.open:${m.space}`, 'Open', true)]),
      ),
    ),
    ...(state.extensions?.sections ?? []),
    ...(meeting && meeting.badges.length > 0 ? [action('live.copyRecording', 'Copy “This meeting is being recorded”', true)] : []),
    { kind: 'separator', id: 'sep.app' },
    action('app.open', 'Open Quickmeet', true),
    action('app.settings', 'Settings…', true),
    signedIn || state.auth.status === 'needsReauth' ? action('auth.signOut', 'Sign out', true) : action('auth.signIn', 'Sign in…', state.auth.status !== 'waitingForBrowser'),
    action('app.logs', 'Show logs', true),
    action('app.about', 'About Quickmeet', true),
    action('app.quit', 'Quit Quickmeet', true),
  ];
  return { icon: icon(state), tooltip: tooltip(state), title: title(state), menu };
}

/** The menu-bar text: head-count, then (macOS) the clock and the badges, e.g. "4 · 0:12 · REC". */
function title(state: TrayState): string {
  const headCount = state.extensions?.headCount;
  const meeting = state.extensions?.meeting;
  const parts = headCount !== undefined ? [String(headCount)] : [];
  if (meeting && state.meetingClock === 'title') parts.push(meeting.over ? `${meeting.clock} ⏰` : meeting.clock, ...meeting.badges);
  return parts.join(' · ');
}

/** ", 0:12 since it started, time's up; REC TXT" for the tooltip, or nothing. */
function meetingTooltip(state: TrayState): string {
  const meeting = state.extensions?.meeting;
  if (!meeting) return '';
  const clock = state.meetingClock === 'tooltip' ? `, ${meeting.clock} since it started${meeting.over ? ", time's up" : ''}` : '';
  const badges = meeting.badges.length > 0 ? `; ${meeting.badges.join(' ')}` : '';
  return `${clock}${badges}`;
}

/** Decodes a menu item id; undefined for ids that are not commands (submenus, separators, unknown). */
export function parseTrayCommand(id: string): TrayCommand | undefined {
  const [head, arg] = splitOnce(id);
  switch (head) {
    case 'meeting.new':
      return arg === undefined ? { type: 'newMeeting' } : { type: 'newMeeting', presetId: arg };
    case 'meeting.copyLast':
      return { type: 'copyLastLink' };
    case 'meeting.join':
      return { type: 'joinByCode' };
    case 'recent.copy':
      return arg ? { type: 'copyMeeting', space: arg } : undefined;
    case 'recent.open':
      return arg ? { type: 'openMeeting', space: arg } : undefined;
    case 'app.settings':
      return { type: 'openSettings' };
    case 'app.open':
      return { type: 'openWindow' };
    case 'app.logs':
      return { type: 'showLogs' };
    case 'app.about':
      return { type: 'about' };
    case 'auth.signIn':
      return { type: 'signIn' };
    case 'auth.signOut':
      return { type: 'signOut' };
    case 'live.copyRecording':
      return { type: 'copyRecordingNotice' };
    case 'app.quit':
      return { type: 'quit' };
    default:
      return undefined;
  }
}

function icon(state: TrayState): TrayIcon {
  if (state.creating) return 'busy';
  if (state.auth.status !== 'signedIn') return 'signed-out';
  if (state.lastError) return 'error';
  return state.extensions?.headCount !== undefined ? 'live' : 'idle';
}

function tooltip(state: TrayState): string {
  const base = state.demoMode ? 'Quickmeet (demo)' : 'Quickmeet';
  if (state.creating) return `${base} — creating a meeting…`;
  switch (state.auth.status) {
    case 'signedOut':
      return `${base} — not signed in`;
    case 'waitingForBrowser':
      return `${base} — finish signing in in your browser`;
    case 'needsReauth':
      return `${base} — sign in again as ${state.auth.email}`;
    case 'signedIn':
      break;
  }
  if (state.lastError) return `${base} — ${state.lastError.message}`;
  const count = state.extensions?.headCount;
  const people = count === undefined ? '' : ` — ${count} ${count === 1 ? 'person' : 'people'} in the meeting${meetingTooltip(state)}`;
  return `${base} — ${state.auth.email}${people}. Click for a new meeting.`;
}

function action(id: string, label: string, enabled: boolean): TrayMenuItem {
  return { kind: 'action', id, label, enabled };
}

function submenu(id: string, label: string, enabled: boolean, items: ReadonlyArray<TrayMenuItem>): TrayMenuItem {
  return { kind: 'submenu', id, label, enabled, items };
}

function splitOnce(id: string): [string, string | undefined] {
  const at = id.indexOf(':');
  return at < 0 ? [id, undefined] : [id.slice(0, at), id.slice(at + 1)];
}
