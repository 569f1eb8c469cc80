import type { Meeting } from '../../../shared/model/meeting';
import { AppError } from '../../../shared/ipc/result';
import type { AuthSession } from '../auth/auth-session';
import type { Clock } from '../ports/clock';
import type { ExternalBrowser } from '../ports/external-browser';
import type { MeetApi } from '../ports/meet-api';
import type { LoadableMeetingRegistry } from './document-meeting-registry';
import { parseMeetingInput } from './meeting-input';
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
 * code alias, records it in the registry and opens the canonical meeting URI.
 */
export async function joinMeeting(deps: JoinMeetingDeps, input: string, options: { readonly open?: boolean } = {}): Promise<Meeting> {
  const code = parseMeetingInput(input);
  deps.auth.require('createSpaces');
  await deps.auth.ensureFresh();
  const space = await resolve(deps.meet, code);
  const now = new Date(deps.clock.now()).toISOString();
  const known = deps.registry.get(space.name);
  const meeting = { ...meetingFromSpace(space, now, known?.presetId), createdAt: known?.createdAt ?? now };
  await deps.registry.upsert(meeting);
  if (options.open ?? true) await openMeetingUri(deps.browser, meeting.meetingUri);
  return meeting;
}

async function resolve(meet: MeetApi, code: string) {
  try {
    return await meet.getSpace(`spaces/${code}`);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', `No meeting found for code ${code}: check the code, or it may have expired.`);
    }
    if (error instanceof AppError && error.code === 'INVALID_MEETING_CODE') {
      throw new AppError('INVALID_MEETING_CODE', `The code ${code} looks wrong: Google did not accept it.`);
    }
    throw error;
  }
}
