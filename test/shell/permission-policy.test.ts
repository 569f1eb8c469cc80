import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  applyPermissionPolicy,
  type PermissionCheckHandler as CheckHandler,
  type PermissionRequestHandler as RequestHandler,
  type PermissionSession,
} from '../../electron/shell/permission-policy';

/** Every permission name in the installed Electron's typings, so a new Electron's new names are covered. */
function permissionNamesFromTypings(): string[] {
  const typings = readFileSync(createRequire(import.meta.url).resolve('electron/electron.d.ts'), 'utf8');
  const signature = /setPermissionRequestHandler\(handler: \(\(webContents: WebContents, permission: ([^,]+(?:\|[^,]+)*),/.exec(typings);
  if (!signature?.[1]) throw new Error('setPermissionRequestHandler signature not found in electron.d.ts');
  return [...signature[1].matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

function installed() {
  const session: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  const fake: PermissionSession = {
    setPermissionRequestHandler: (h) => void (session.request = h ?? undefined),
    setPermissionCheckHandler: (h) => void (session.check = h ?? undefined),
    setDevicePermissionHandler: (h) => void (session.device = (h ?? undefined) as (() => boolean) | undefined),
  };
  applyPermissionPolicy(fake);
  const ask = (permission: string, requestingUrl: string, isMainFrame = true) =>
    new Promise<boolean>((resolve) =>
      session.request!(undefined as never, permission as Parameters<RequestHandler>[1], resolve, { requestingUrl, isMainFrame }),
    );
  const check = (permission: string, requestingUrl: string, isMainFrame = true) =>
    session.check!(null, permission as Parameters<CheckHandler>[1], 'app://bundle', { requestingUrl, isMainFrame });
  return { ask, check, session };
}

const names = permissionNamesFromTypings();
const denied = names.filter((n) => !ALLOWED_PERMISSIONS.has(n as never));

describe('permission policy (E5)', () => {
  it('knows the permission names of the installed Electron', () => {
    expect(names.length).toBeGreaterThan(30);
    expect(names).toEqual(expect.arrayContaining(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']));
  });

  it.each(denied)('denies the request and the check for %s, even from the app itself', async (permission) => {
    const { ask, check } = installed();
    expect(await ask(permission, 'app://bundle/index.html')).toBe(false);
    expect(check(permission, 'app://bundle/index.html')).toBe(false);
  });

  it('grants only the allow-listed sanitized clipboard write, and only to the app main frame', async () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
    const { ask, check } = installed();
    expect(await ask('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(await ask('clipboard-sanitized-write', 'app://bundle/index.html', false)).toBe(false);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://meet.google.com/')).toBe(false);
  });

  it('denies unknown names and every device (HID, serial, USB)', async () => {
    const { ask, session } = installed();
    expect(await ask('some-future-permission', 'app://bundle/index.html')).toBe(false);
    expect(session.device?.()).toBe(false);
  });
});
