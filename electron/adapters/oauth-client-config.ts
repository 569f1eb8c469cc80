import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';

/** Which OAuth client Quickmeet talks to: a real Google "Desktop app" client, or the built-in emulator. */
export type OAuthClientConfig =
  | { readonly mode: 'google'; readonly clientId: string; readonly clientSecret: string; readonly source: string }
  | { readonly mode: 'demo' };

/** The file name looked for in the app-data folder. */
export const CLIENT_FILE_NAME = 'oauth-client.json';
const MAX_CLIENT_FILE_BYTES = 64 * 1024;

const InstalledClientFile = z.object({
  installed: z.object({
    client_id: z.string().min(1).max(300).regex(/^[\w.-]+$/, 'client_id has unexpected characters'),
    client_secret: z.string().min(1).max(300),
  }),
});

async function readClientFile(path: string): Promise<OAuthClientConfig> {
  const fail = (why: string) => new AppError('CONFIG_ERROR', `The OAuth client file ${path} ${why}`);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw fail('does not exist.');
  if (info.size > MAX_CLIENT_FILE_BYTES) throw fail('is too large to be a client file.');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw fail('is not valid JSON. Download it again from Google Cloud Console (APIs & Services → Credentials).');
  }
  if (typeof json === 'object' && json !== null && 'web' in json) {
    throw fail('is for a "Web application" client. Create a "Desktop app" OAuth client and download its JSON.');
  }
  const parsed = InstalledClientFile.safeParse(json);
  if (!parsed.success) throw fail(`is not a Desktop app client ("installed" with client_id and client_secret): ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  return { mode: 'google', clientId: parsed.data.installed.client_id, clientSecret: parsed.data.installed.client_secret, source: path };
}

/** Where to look, normally the running process. */
export interface ClientConfigSources {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly appDataDir: string;
}

/**
 * Finds the OAuth client: `QUICKMEET_OAUTH_CLIENT_FILE`, else `<app-data>/oauth-client.json`, else
 * `QUICKMEET_GOOGLE_CLIENT_ID` + `QUICKMEET_GOOGLE_CLIENT_SECRET`; with none of them, demo mode.
 * A source that is present but broken is a `CONFIG_ERROR`, never a silent fall back to demo mode.
 */
export async function loadOAuthClientConfig(sources: ClientConfigSources): Promise<OAuthClientConfig> {
  const env = sources.env ?? process.env;
  const explicitFile = env['QUICKMEET_OAUTH_CLIENT_FILE']?.trim();
  if (explicitFile) return readClientFile(explicitFile);
  const defaultFile = join(sources.appDataDir, CLIENT_FILE_NAME);
  if (await stat(defaultFile).then(() => true, () => false)) return readClientFile(defaultFile);
  const clientId = env['QUICKMEET_GOOGLE_CLIENT_ID']?.trim();
  const clientSecret = env['QUICKMEET_GOOGLE_CLIENT_SECRET']?.trim();
  if (clientId && clientSecret) return { mode: 'google', clientId, clientSecret, source: 'environment' };
  if (clientId || clientSecret) {
    throw new AppError('CONFIG_ERROR', 'Set both QUICKMEET_GOOGLE_CLIENT_ID and QUICKMEET_GOOGLE_CLIENT_SECRET, or neither for demo mode.');
  }
  return { mode: 'demo' };
}
