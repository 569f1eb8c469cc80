import type { Meeting } from '../../../shared/model/meeting';
import { AppError } from '../../../shared/ipc/result';
import type { AuthSession } from '../auth/auth-session';
import type { Clock } from '../ports/clock';
import type { ExternalBrowser } from '../ports/external-browser';
import type { MeetApi } from '../ports/meet-api';
import type { LoadableMeetingRegistry } from './document-meeting-registry';
import { parseMeetingInput, shorten } from './meeting-input';
import { openMeetingUri } from './open-meeting';
import { meetingFromSpace } from './space-setup';

/** What joining by code needs. */
export interface JoinMeetingDeps {
  readonly meet: MeetApi;
  readonly auth: AuthSession;
  readonly registry: LoadableMeetingRegistry;
  readonly browser: ExternalBrowser;
  readonly clock: Clock;
}

/**
 * Joins by code or URL: parses the input (look-alikes refused), resolves it with spaces.get on the
 * code alias, records it in the registry and opens the canonical meeting URI. Someone else's
 * meeting cannot be read with the default scope (403), and a signed-out user cannot ask at all:
 * the well-formed code is then opened unverified, since joining needs nothing from the API.
 */
export async function joinMeeting(deps: JoinMeetingDeps, input: string, options: { readonly open?: boolean } = {}): Promise<Meeting> {
  const code = parseMeetingInput(input);
  const now = new Date(deps.clock.now()).toISOString();
  const resolved = await lookUp(deps, code, input);
  const known = deps.registry.get(resolved?.name ?? '') ?? deps.registry.list().find((m) => m.meetingCode === code);
  const found = resolved ? meetingFromSpace(resolved, now, known?.presetId) : (known ?? unverifiedMeeting(code, now));
  const meeting = { ...found, createdAt: known?.createdAt ?? now, lastUsedAt: now };
  await deps.registry.upsert(meeting);
  if (options.open ?? true) await openMeetingUri(deps.browser, meeting.meetingUri);
  return meeting;
}

/** The space behind `code`, or undefined when it cannot be looked up (signed out, not permitted). */
async function lookUp(deps: JoinMeetingDeps, code: string, input: string) {
  if (deps.auth.state().status !== 'signedIn') return undefined;
  try {
    await deps.auth.ensureFresh();
    return await deps.meet.getSpace(`spaces/${code}`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'PERMISSION_DENIED' || error.code === 'SCOPE_MISSING') return undefined;
    if (error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', `No meeting has the code ${code}; check it, or it may have expired. You entered: “${shorten(input.trim())}”.`);
    }
    if (error.code === 'INVALID_MEETING_CODE') {
      throw new AppError('INVALID_MEETING_CODE', `The code ${code} looks wrong: Google did not accept it. You entered: “${shorten(input.trim())}”.`);
    }
    throw error;
  }
}

/** What is known of a meeting Google would not describe: its code and canonical link. */
function unverifiedMeeting(code: string, at: string): Meeting {
  return { space: `spaces/${code}`, meetingUri: `https://meet.google.com/${code}`, meetingCode: code, createdAt: at, lastUsedAt: at };
}
