/** Every Google OAuth route: authorization (consent page), token, revoke, tokeninfo, userinfo. */
import type { EmulatorContext } from '../emulator-context';
import type { Route } from '../http/route';
import { authorizeRoutes } from './authorize-routes';
import { identityRoutes } from './identity-routes';
import { tokenRoutes } from './token-routes';

/** Builds the OAuth routes over the emulator context. */
export const createOAuthRoutes = (emu: EmulatorContext): Route[] => [...authorizeRoutes(emu), ...tokenRoutes(emu), ...identityRoutes(emu)];
