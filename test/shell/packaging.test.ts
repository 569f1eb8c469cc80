import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  linux: { target: string[] };
  deb: { depends: string[] };
  mac: { target: string };
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
    });
  });

  it('packs only dist/ into an asar, with keytar unpacked as a native addon', () => {
    expect(config.asar).toBe(true);
    expect(config.files.filter((f) => !f.startsWith('!') && f !== 'package.json').every((f) => f.startsWith('dist/'))).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/keytar/**');
  });

  it('names the app and targets AppImage + deb (with libsecret), dmg and nsis', () => {
    expect(config).toMatchObject({ appId: expect.stringMatching(/^[a-z]+(\.[a-z]+)+$/), productName: 'Quickmeet' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.deb.depends).toContain('libsecret-1-0');
    expect([config.mac.target, config.win.target]).toEqual(['dmg', 'nsis']);
  });

  it('points at the built main that package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(config.files).toContain('dist/electron/**');
  });
});
