import { AppError } from '../../../shared/ipc/result';
import type { MeetingRegistry } from '../meetings/meeting-registry';
import type { MeetApi } from '../ports/meet-api';

const NOT_OWNER_MESSAGE =
  'Only the owner of this meeting can end it for everyone. You can still leave the call in Meet.';

/**
 * Ends the running conference of `space` for everyone (`spaces.endActiveConference`). The renderer
 * asks for confirmation first. Only the space's owner may; Google's refusal becomes NOT_OWNER.
 */
export async function endConference(meet: MeetApi, registry: MeetingRegistry, space: string): Promise<void> {
  // Only meetings in the registry (the newest 200 Quickmeet created or joined) are ended; others are refused
  // without a call. Being in it does not prove ownership (joined meetings are there too): Google's 403 decides.
  if (!registry.get(space)) throw new AppError('NOT_OWNER', NOT_OWNER_MESSAGE);
  try {
    await meet.endActiveConference(space);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'PERMISSION_DENIED') {
      throw new AppError('NOT_OWNER', NOT_OWNER_MESSAGE, { cause: error });
    }
    if (error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'That meeting no longer exists.', { cause: error });
    throw error;
  }
}
