/** Every Meet v2/v2beta route. */
import type { EmulatorContext } from '../emulator-context';
import type { Route } from '../http/route';
import { createAccessPolicy, type AccessPolicy } from './access-policy';
import { artifactsRoutes } from './artifacts-routes';
import { conferenceRecordsRoutes } from './conference-records-routes';
import { membersRoutes } from './members-routes';
import { participantsRoutes } from './participants-routes';
import { spacesRoutes } from './spaces-routes';

/** The access policy over the emulator's state (its queries read the one state object, which a reset empties in place). */
export const accessPolicyOf = (emu: EmulatorContext): AccessPolicy => createAccessPolicy(emu.queries);

/** Builds the Meet routes over the emulator context. */
export function createMeetRoutes(emu: EmulatorContext, policy: AccessPolicy = accessPolicyOf(emu)): Route[] {
  return [
    ...spacesRoutes(emu, policy),
    ...membersRoutes(emu, policy),
    ...conferenceRecordsRoutes(emu, policy),
    ...participantsRoutes(emu, policy),
    ...artifactsRoutes(emu, policy),
  ];
}
