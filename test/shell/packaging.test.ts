import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/shell/app-identity';
import { REPO_ROOT } from './source-files';

// js-yaml is what electron-builder itself reads electron-builder.yml with.
const yaml = createRequire(join(REPO_ROOT, 'node_modules/app-builder-lib/package.json'))('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  publish: { provider: string };
  linux: { target: string[]; executableName: string; syncDesktopName: boolean };
  deb: { depends: string[] };
  mac: { target: string[] };
  win: { target: string };
}
const config = yaml.load(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('flips the fuses (E19)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      // Unsigned macOS builds with flipped fuses are killed at launch unless re-signed ad hoc.
      resetAdHocDarwinSignature: true,
    });
  });

  it('packs only dist/ into an asar, with keytar unpacked as a native addon', () => {
    expect(config.asar).toBe(true);
    // Beyond package.json only dist/ and keytar's loader and addon; test/shell/packaging-smoke.test.ts checks the result.
    expect(config.files.filter((f) => !f.startsWith('!') && f !== 'package.json' && !f.startsWith('node_modules/keytar/')).every((f) => f.startsWith('dist/'))).toBe(true);
    expect(config.files).toContain('!node_modules/**');
    expect(config.asarUnpack).toContain('node_modules/keytar/**');
  });

  it('names the app and targets deb (with libsecret) before AppImage, dmg + zip (for updates) and nsis', () => {
    expect(config).toMatchObject({ appId: APP_ID, productName: 'Quickmeet' });
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    expect(config.deb.depends).toContain('libsecret-1-0');
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.win.target).toBe('nsis');
    expect(config.publish.provider).toBe('github');
  });

  it('uses one app id for the Windows App User Model ID, the desktop file and the Wayland app_id', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { desktopName: string };
    expect(pkg.desktopName).toBe(`${APP_ID}.desktop`);
    expect(config.linux).toMatchObject({ syncDesktopName: true, executableName: 'quickmeet' });
  });

  it('has the package metadata the deb target requires (author e-mail, homepage)', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { author?: { email?: string }; homepage?: string };
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });

  it('points at the built main that package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(config.files).toContain('dist/electron/**');
  });
});
