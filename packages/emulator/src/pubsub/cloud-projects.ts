/**
 * The Google Cloud projects the emulator knows: the demo project of the demo OAuth client, the
 * projects of registered clients, and any added through the control API. Pub/Sub resources live in
 * a project; a Workspace Events subscription's topic must live in its OAuth client's project.
 */
import { DEMO_CLIENT_ID } from '../demo-client';
import type { EmulatorContext, OAuthClientRegistration } from '../emulator-context';
import { projectNotFound } from './pubsub-names';

/** The Cloud project of the demo OAuth client, where demo mode keeps its topic and subscription. */
export const DEMO_PROJECT_ID = 'quickmeet-demo';

/** The project an OAuth client belongs to (undefined for a client registered without one). */
export function projectOfClient(clients: ReadonlyArray<OAuthClientRegistration>, clientId: string): string | undefined {
  if (clientId === DEMO_CLIENT_ID) return DEMO_PROJECT_ID;
  return clients.find((c) => c.clientId === clientId)?.projectId;
}

/** Every project id the emulator serves. */
export function knownProjects(emu: EmulatorContext): ReadonlySet<string> {
  const fromClients = emu.settings.clients.map((c) => c.projectId).filter((p): p is string => p !== undefined);
  return new Set([DEMO_PROJECT_ID, ...fromClients, ...emu.state.projects]);
}

/** Throws Google's 404 unless the project exists. */
export function assertProject(emu: EmulatorContext, project: string): void {
  if (!knownProjects(emu).has(project)) throw projectNotFound(project);
}
