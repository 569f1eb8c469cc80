import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodePorts } from '../../../electron/host/create-node-ports';
import { createCore } from '../../../electron/core/create-core';
import { MemoryClipboard, MemorySecretStore, RecordingUrlOpener, RecordingEventSink, RecordingNotifier } from '../../support/in-memory-ports';
import { answerConsent } from './consent-browser';

const ctx = { senderId: 'test' };

/** The whole core over real files in `home` and the in-process emulator, as a Node host builds it. */
async function startCore(home: string) {
  const node = await createNodePorts({ home, env: {}, emulator: { autopilot: false } });
  const urlOpener = new RecordingUrlOpener();
  const core = createCore({
    ...node.ports,
    appInfo: { version: '0.0.0-test', demoMode: true, host: 'bridge', platform: process.platform },
    secrets: new MemorySecretStore(),
    clipboard: new MemoryClipboard(),
    urlOpener,
    notifier: new RecordingNotifier(),
    events: new RecordingEventSink(),
  });
  await core.start({ background: false });
  return {
    core,
    async signInAs(account: string) {
      const from = urlOpener.opened.length;
      const signIn = core.handlers['auth.signIn']({}, ctx);
      await answerConsent(await urlOpener.nextOpened(from), { account });
      return signIn;
    },
    async stop() {
      await core.stop();
      await node.dispose();
    },
  };
}

describe('one account never sees another account’s meetings on the same computer', () => {
  const running: Array<{ stop(): Promise<void> }> = [];
  afterEach(async () => {
    for (const app of running.splice(0)) await app.stop();
  });

  it('B, signing in after A signed out and the app restarted, sees none of A’s recent meetings; A sees them again', async () => {
    const home = mkdtempSync(join(tmpdir(), 'quickmeet-accounts-'));
    const first = await startCore(home);
    running.push(first);
    await first.signInAs('ada@quickmeet.test');
    const { meeting } = await first.core.handlers['meetings.createInstant']({}, ctx);
    expect((await first.core.handlers['meetings.listRecent']({}, ctx)).map((m) => m.space)).toEqual([meeting.space]);
    await first.core.handlers['auth.signOut']({}, ctx);
    await first.stop();
    running.pop();

    const second = await startCore(home);
    running.push(second);
    await expect(second.core.handlers['meetings.listRecent']({}, ctx)).resolves.toEqual([]);
    await second.signInAs('grace@quickmeet.test');
    await expect(second.core.handlers['meetings.listRecent']({}, ctx)).resolves.toEqual([]);
    expect(second.core.services.meetings.registry.get(meeting.space)).toBeUndefined();
    await second.core.handlers['auth.signOut']({}, ctx);
    await second.stop();
    running.pop();

    const third = await startCore(home);
    running.push(third);
    await third.signInAs('ada@quickmeet.test');
    await third.core.services.meetings.registry.load();
    expect(third.core.services.meetings.registry.get(meeting.space)).toBeDefined();
    expect(readdirSync(home, { recursive: true }).join('\n')).not.toContain('@');
  });

  it('switches the recent meetings within one run when another account signs in, and back', async () => {
    const app = await startCore(mkdtempSync(join(tmpdir(), 'quickmeet-accounts-')));
    running.push(app);
    const recent = async () => (await app.core.handlers['meetings.listRecent']({}, ctx)).map((m) => m.space);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

    await app.signInAs('ada@quickmeet.test');
    const { meeting } = await app.core.handlers['meetings.createInstant']({}, ctx);
    await app.core.handlers['auth.signOut']({}, ctx);
    await settled();
    expect(await recent()).toEqual([]);

    await app.signInAs('grace@quickmeet.test');
    await settled();
    expect(await recent()).toEqual([]);
    await app.core.handlers['auth.signOut']({}, ctx);

    await app.signInAs('ada@quickmeet.test');
    await settled();
    expect(await recent()).toEqual([meeting.space]);
  });
});
