/** Every Meet v2/v2beta route. */
import type { EmulatorContext } from '../emulator-context';
import type { Route } from '../http/route';
import { createAccessPolicy } from './access-policy';
import { artifactsRoutes } from './artifacts-routes';
import { conferenceRecordsRoutes } from './conference-records-routes';
import { membersRoutes } from './members-routes';
import { participantsRoutes } from './participants-routes';
import { spacesRoutes } from './spaces-routes';

/** Builds the Meet routes over the emulator context. */
export function createMeetRoutes(emu: EmulatorContext): Route[] {
  // The policy reads through `emu.queries` on each call, so a reset state is picked up.
  const policy = createAccessPolicy(new Proxy({} as EmulatorContext['queries'], { get: (_, key) => emu.queries[key as keyof EmulatorContext['queries']] }));
  return [
    ...spacesRoutes(emu, policy),
    ...membersRoutes(emu, policy),
    ...conferenceRecordsRoutes(emu, policy),
    ...participantsRoutes(emu, policy),
    ...artifactsRoutes(emu, policy),
  ];
}
