import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOAuthClientConfig } from '../../../electron/adapters/oauth-client-config';

const installed = { installed: { client_id: '123-abc.apps.googleusercontent.com', client_secret: 'GOCSPX-public', redirect_uris: ['http://localhost'] } };

function dirWith(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'quickmeet-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('OAuth client configuration', () => {
  it('is demo mode with no file and no variables', async () => {
    expect(await loadOAuthClientConfig({ env: {}, appDataDir: dirWith() })).toEqual({ mode: 'demo' });
  });

  it('reads the installed-app JSON from QUICKMEET_OAUTH_CLIENT_FILE first', async () => {
    const dir = dirWith({ 'client.json': JSON.stringify(installed) });
    const config = await loadOAuthClientConfig({ env: { QUICKMEET_OAUTH_CLIENT_FILE: join(dir, 'client.json'), QUICKMEET_GOOGLE_CLIENT_ID: 'other' }, appDataDir: dirWith() });
    expect(config).toEqual({ mode: 'google', clientId: '123-abc.apps.googleusercontent.com', clientSecret: 'GOCSPX-public', source: join(dir, 'client.json') });
  });

  it('reads <app-data>/oauth-client.json, then the environment variables', async () => {
    expect(await loadOAuthClientConfig({ env: {}, appDataDir: dirWith({ 'oauth-client.json': JSON.stringify(installed) }) })).toMatchObject({ mode: 'google', clientId: '123-abc.apps.googleusercontent.com' });
    expect(await loadOAuthClientConfig({ env: { QUICKMEET_GOOGLE_CLIENT_ID: 'id.apps.googleusercontent.com', QUICKMEET_GOOGLE_CLIENT_SECRET: 's' }, appDataDir: dirWith() })).toEqual({
      mode: 'google',
      clientId: 'id.apps.googleusercontent.com',
      clientSecret: 's',
      source: 'environment',
    });
  });

  it.each([
    ['a missing explicit file', { QUICKMEET_OAUTH_CLIENT_FILE: '/no/such/file.json' }, {}, /does not exist/],
    ['a web client', {}, { 'oauth-client.json': JSON.stringify({ web: installed.installed }) }, /Desktop app/],
    ['broken JSON', {}, { 'oauth-client.json': '{"installed":' }, /not valid JSON/],
    ['a client without secret', {}, { 'oauth-client.json': JSON.stringify({ installed: { client_id: 'x' } }) }, /client_secret|expected/],
    ['only one variable', { QUICKMEET_GOOGLE_CLIENT_ID: 'id' }, {}, /both/],
  ])('is a CONFIG_ERROR for %s, never a silent demo mode', async (_label, env, files, message) => {
    await expect(loadOAuthClientConfig({ env, appDataDir: dirWith(files) })).rejects.toMatchObject({ code: 'CONFIG_ERROR', message: expect.stringMatching(message) });
  });
});
