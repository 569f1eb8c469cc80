import { describe, expect, it } from 'vitest';
import { resolveAppDataDir } from '../../../electron/adapters/app-data-dir';

describe('app-data folder', () => {
  it.each<[NodeJS.Platform, Record<string, string>, string]>([
    ['linux', {}, '/home/ada/.config/Quickmeet'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Quickmeet'],
    ['linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ada/.config/Quickmeet'],
    ['darwin', {}, '/home/ada/Library/Application Support/Quickmeet'],
    ['win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada\\AppData\\Roaming\\Quickmeet'],
    ['linux', { QUICKMEET_HOME: '/tmp/isolated' }, '/tmp/isolated'],
    ['darwin', { QUICKMEET_HOME: '/tmp/isolated' }, '/tmp/isolated'],
  ])('on %s with %j is %s', (platform, env, expected) => {
    expect(resolveAppDataDir({ platform, env, home: '/home/ada' })).toBe(expected);
  });
});
