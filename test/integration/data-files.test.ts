/**
 * Every data file in a real app-data folder, through the core as a host builds it: a damaged file is
 * set aside, an unusable one is left alone, the app keeps working, and each gets one notice.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/model/app-info';
import { buildNodeCore } from '../support/node-core';

/** Starts the core on `home` (demo mode, real files), answers the notices it posted and the folder's names, and stops. */
async function startOn(
  home: string,
): Promise<{ notices: ReadonlyArray<Notice>; files: ReadonlyArray<string>; recent: number }> {
  const { node, core } = await buildNodeCore(home);
  try {
    await core.start({ background: false });
    const recent = (await core.handlers['meetings.listRecent']({}, { senderId: 'test' })).length;
    return { notices: core.services.notices.list(), files: readdirSync(home).sort(), recent };
  } finally {
    await core.stop();
    await node.dispose();
  }
}

const freshHome = () => mkdtempSync(join(tmpdir(), 'quickmeet-data-files-'));
// Signed out, the registry is the signed-out namespace's.
const REGISTRY = 'meetings-signed-out.json';

describe('data files under one policy', () => {
  it.each<[string, string | Buffer]>([
    ['garbage', Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x21])],
    ['a truncated document', '{"version":1,"meetings":[{"space":"spaces/a","meetingUri":"https://meet.goo'],
    ['50 MB', Buffer.alloc(50 * 1024 * 1024, 0x20)],
    ['JSON that is no registry', '{"version":1,"meetings":"all of them"}'],
  ])(
    'sets a meetings registry holding %s aside, with a notice, and starts with an empty list',
    async (_case, content) => {
      const home = freshHome();
      writeFileSync(join(home, REGISTRY), content);
      const { notices, files, recent } = await startOn(home);
      expect(recent).toBe(0);
      expect(files).not.toContain(REGISTRY);
      expect(files.filter((name) => name.startsWith(`${REGISTRY}.corrupt-`))).toHaveLength(1);
      expect(notices).toEqual([
        expect.objectContaining({
          id: 'meetings-reset',
          message: expect.stringContaining('Your list of recent meetings could not be used'),
        }),
      ]);
    },
  );

  it.each([
    ['meetings registry', REGISTRY, 'meetings-not-saved'],
    ['demo Google state file', 'demo-google.json', 'demo-state-not-saved'],
  ])(
    'leaves a %s it cannot read (a folder in its place) alone, works in memory, and says so once',
    async (_file, name, notice) => {
      const home = freshHome();
      mkdirSync(join(home, name));
      const { notices, files } = await startOn(home);
      expect(files).toContain(name);
      expect(files.some((file) => file.includes('.corrupt-'))).toBe(false);
      expect(notices).toEqual([expect.objectContaining({ id: notice, message: expect.stringContaining('EISDIR') })]);
    },
  );

  it.skipIf(process.getuid?.() === 0)('leaves a registry without read permission alone', async () => {
    const home = freshHome();
    writeFileSync(join(home, REGISTRY), '{"version":1,"meetings":[]}', { mode: 0o000 });
    const { notices, files } = await startOn(home);
    expect(files).toContain(REGISTRY);
    expect(notices).toEqual([
      expect.objectContaining({ id: 'meetings-not-saved', message: expect.stringContaining('EACCES') }),
    ]);
  });

  it('sets aside a demo Google state whose JSON is not a demo state, and says where it is wrong', async () => {
    const home = freshHome();
    const wrong = JSON.stringify({ version: 1, spaces: 'all of them' });
    writeFileSync(join(home, 'demo-google.json'), wrong);
    const { notices, files } = await startOn(home);
    const aside = files.filter((name) => name.startsWith('demo-google.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(home, aside[0]!), 'utf8')).toBe(wrong);
    expect(notices).toEqual([
      expect.objectContaining({
        id: 'demo-state-reset',
        message: expect.stringMatching(/^Your demo Google state file could not be used \(not a demo state document: spaces: .+\)/),
      }),
    ]);
  });

  it('says so when a damaged account file signs the app out', async () => {
    const home = freshHome();
    writeFileSync(join(home, 'account.json'), '{"email":"ada@quickmeet.te');
    const { notices, files } = await startOn(home);
    expect(files.filter((name) => name.startsWith('account.json.corrupt-'))).toHaveLength(1);
    expect(notices).toEqual([
      expect.objectContaining({
        id: 'account-reset',
        message: expect.stringContaining('Your account file could not be used'),
      }),
    ]);
  });

  it('removes temporary files a crashed process left, and keeps those of a process still writing', async () => {
    const home = freshHome();
    const crashed = 999_999_999; // beyond any pid_max, so never a running process
    const left = [`meetings-signed-out.json.${crashed}.0a1b2c.tmp`, `demo-google.json.${crashed}.tmp`];
    const live = `account.json.${process.ppid}.0a1b2c.tmp`;
    for (const name of [...left, live]) writeFileSync(join(home, name), '{"cut');
    await startOn(home);
    for (const name of left) expect(existsSync(join(home, name)), name).toBe(false);
    expect(existsSync(join(home, live))).toBe(true);
  });
});
