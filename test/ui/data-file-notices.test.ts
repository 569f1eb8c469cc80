/** What a person sees when Quickmeet finds its data files damaged: a notice per file, and an app that works. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuickmeetApp } from '../support/quickmeet-app';

describe('damaged data files', () => {
  let app: QuickmeetApp;
  const home = mkdtempSync(join(tmpdir(), 'quickmeet-home-'));

  beforeAll(async () => {
    writeFileSync(join(home, 'account.json'), '{"email":"ada@quickmeet.te');
    writeFileSync(join(home, 'meetings-signed-out.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    app = await QuickmeetApp.launch({ bridge: { home } });
  }, 60_000);
  afterAll(async () => app?.close());

  it('shows one notice per damaged file, keeps the old files, and still signs in and creates meetings', async () => {
    const notices = app.page.getByRole('list', { name: 'Notices' });
    await notices.getByText(/^Your account file could not be used \(the file is not valid JSON\)/).waitFor();
    await notices.getByText(/^Your list of recent meetings could not be used/).waitFor();
    await expect(notices.getByRole('listitem').count()).resolves.toBe(2);
    expect(readdirSync(home).filter((name) => name.includes('.corrupt-'))).toHaveLength(2);
    await app.screenshot('data-file-notices');
    await app.signIn('ada@quickmeet.test');
    expect(await app.createInstantMeeting()).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});
