import { z } from 'zod';

/** Facts about the running app that the window shows. */
export const AppInfo = z.strictObject({
  version: z.string().max(40),
  /** True when no Google OAuth client is configured and the built-in emulator stands in for Google. */
  demoMode: z.boolean(),
  /** Which host runs the core: the Electron shell or the Node browser bridge. */
  host: z.enum(['electron', 'bridge', 'cli']),
  platform: z.string().max(40),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The longest notice message; notices built from outside text are cut to fit. */
export const MAX_NOTICE_MESSAGE = 1_000;

/** A one-time message for the user: settings reset, keychain unavailable, shortcut refused … */
export const Notice = z.strictObject({
  id: z.string().max(100),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string().max(MAX_NOTICE_MESSAGE),
});
export type Notice = z.infer<typeof Notice>;

