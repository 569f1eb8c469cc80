import type { Meeting } from '../../../shared/model/meeting';
import type { Preset } from '../../../shared/model/preset';
import { AppError } from '../../../shared/ipc/result';
import type { MeetApi, MeetSpace } from '../ports/meet-api';
import { presetToSpaceConfig } from './preset-space-config';

/** A co-host who could not be added, and why; the space itself exists. */
export interface CohostFailure {
  readonly email: string;
  readonly message: string;
}

/** spaces.create with the preset's config: exactly one POST, never retried (the adapter guarantees it). */
export function createSpaceForPreset(meet: MeetApi, preset: Preset): Promise<MeetSpace> {
  return meet.createSpace(presetToSpaceConfig(preset));
}

/** Adds every co-host with role COHOST; one failure does not stop the others. */
export async function addCohosts(
  meet: MeetApi,
  space: string,
  emails: ReadonlyArray<string>,
): Promise<ReadonlyArray<CohostFailure>> {
  const outcomes = await Promise.allSettled(emails.map((email) => meet.createMember(space, { email, role: 'COHOST' })));
  return outcomes.flatMap((outcome, index) =>
    outcome.status === 'fulfilled'
      ? []
      : [{ email: emails[index] ?? '', message: outcome.reason instanceof AppError ? outcome.reason.message : 'Could not add this co-host.' }],
  );
}

/** The registry entry for a space. */
export function meetingFromSpace(space: MeetSpace, at: string, presetId?: string): Meeting {
  const phoneAccess = (space.phoneAccess ?? []).flatMap((p) =>
    p.phoneNumber && p.pin
      ? [{ phoneNumber: p.phoneNumber, pin: p.pin, ...(p.regionCode ? { regionCode: p.regionCode } : {}), ...(p.languageCode ? { languageCode: p.languageCode } : {}) }]
      : [],
  );
  return {
    space: space.name,
    meetingUri: space.meetingUri,
    meetingCode: space.meetingCode,
    ...(presetId ? { presetId } : {}),
    createdAt: at,
    lastUsedAt: at,
    ...(phoneAccess.length > 0 ? { phoneAccess } : {}),
  };
}
