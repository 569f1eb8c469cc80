import type { Meeting } from '../../../shared/model/meeting';
import { AppError } from '../../../shared/ipc/result';
import type { NoticeBoard } from '../app/notice-board';
import type { AuthSession } from '../auth/auth-session';
import type { Clock } from '../ports/clock';
import type { UrlOpener } from '../ports/url-opener';
import type { MeetApi, MeetSpace } from '../ports/meet-api';
import type { LoadableMeetingRegistry } from './document-meeting-registry';
import { parseMeetingInput, shorten } from './meeting-input';
import { openMeetingUri } from './open-meeting';
import { meetingFromSpace } from './space-setup';

/** How long join waits for Google's answer before opening the link anyway (the check goes on in the background). */
export const LOOKUP_GRACE_MS = 1_500;

/** What joining by code needs. */
export interface JoinMeetingDeps {
  readonly meet: MeetApi;
  readonly auth: AuthSession;
  readonly registry: LoadableMeetingRegistry;
  readonly urlOpener: UrlOpener;
  readonly clock: Clock;
  /** Where a "no such meeting" learned after the link was opened is said. */
  readonly notices?: NoticeBoard;
  /** {@link LOOKUP_GRACE_MS} unless a test says otherwise. */
  readonly lookupGraceMs?: number;
}

/** Answers that mean "Google could not tell now", not "there is no such meeting": the link opens unverified. */
const UNSURE = new Set(['PERMISSION_DENIED', 'SCOPE_MISSING', 'OFFLINE', 'TIMEOUT', 'UNAVAILABLE', 'QUOTA_EXCEEDED', 'UNEXPECTED_RESPONSE', 'NEEDS_REAUTH', 'NOT_SIGNED_IN']);

type Lookup = { readonly space: MeetSpace | undefined } | { readonly refused: AppError };

/**
 * Joins by code or URL: parses the input (look-alikes refused), then asks Google about the code with
 * spaces.get, but waits at most {@link LOOKUP_GRACE_MS}: opening a link needs nothing from the API.
 * A quick "not found" is said once and nothing opens; a slow, failed or refused lookup opens the
 * canonical link at once, and the answer, when it comes, completes the registry entry or is said as
 * a notice. Someone else's meeting cannot be read with the default scope (403): it opens unverified.
 */
export async function joinMeeting(deps: JoinMeetingDeps, input: string): Promise<Meeting> {
  const code = parseMeetingInput(input);
  const now = new Date(deps.clock.now()).toISOString();
  const lookup = lookUp(deps, code, input);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), deps.lookupGraceMs ?? LOOKUP_GRACE_MS)));
  const early = await Promise.race([lookup, grace]);
  clearTimeout(timer);
  if (early && 'refused' in early) throw early.refused;
  const resolved = early?.space;
  const known = deps.registry.get(resolved?.name ?? '') ?? deps.registry.list().find((m) => m.meetingCode === code);
  const found = resolved ? meetingFromSpace(resolved, now, known?.presetId) : (known ?? unverifiedMeeting(code, now));
  const meeting = { ...found, createdAt: known?.createdAt ?? now, lastUsedAt: now };
  await deps.registry.upsert(meeting);
  await openMeetingUri(deps.urlOpener, meeting.meetingUri);
  if (early === undefined) void finishInBackground(deps, lookup, meeting);
  return meeting;
}

/** The late answer of a lookup that outlived the grace period. */
async function finishInBackground(deps: JoinMeetingDeps, lookup: Promise<Lookup>, opened: Meeting): Promise<void> {
  const late = await lookup;
  if ('refused' in late) {
    deps.notices?.post({ id: `join-not-found:${opened.meetingCode}`, level: 'warning', message: late.refused.message });
    return;
  }
  if (!late.space || deps.registry.get(late.space.name)) return;
  const current = deps.registry.get(opened.space);
  if (!current) return;
  const meeting = { ...meetingFromSpace(late.space, current.lastUsedAt, current.presetId), createdAt: current.createdAt };
  await deps.registry.replace(opened.space, meeting).catch(() => undefined);
}

/** The space behind `code`; `space: undefined` when Google cannot tell now; `refused` when there is no such meeting. */
async function lookUp(deps: JoinMeetingDeps, code: string, input: string): Promise<Lookup> {
  if (deps.auth.state().status !== 'signedIn') return { space: undefined };
  try {
    await deps.auth.ensureFresh();
    return { space: await deps.meet.getSpace(`spaces/${code}`) };
  } catch (error) {
    if (!(error instanceof AppError) || UNSURE.has(error.code)) return { space: undefined };
    if (error.code === 'NOT_FOUND') {
      return { refused: new AppError('NOT_FOUND', `No meeting has the code ${code}; check it, or it may have expired. You entered: “${shorten(input.trim())}”.`) };
    }
    if (error.code === 'INVALID_MEETING_CODE') {
      return { refused: new AppError('INVALID_MEETING_CODE', `The code ${code} looks wrong: Google did not accept it. You entered: “${shorten(input.trim())}”.`) };
    }
    return { space: undefined };
  }
}

/** What is known of a meeting Google would not describe: its code and canonical link. */
function unverifiedMeeting(code: string, at: string): Meeting {
  return { space: `spaces/${code}`, meetingUri: `https://meet.google.com/${code}`, meetingCode: code, createdAt: at, lastUsedAt: at };
}
