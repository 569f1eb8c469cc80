import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodePorts, type NodePorts } from '../../electron/host/create-node-ports';
import { createCore, type Core } from '../../electron/core/create-core';
import { answerConsent } from '../adapters/auth/consent-browser';
import { EmulatorControl } from '@quickmeet/emulator';
import { MemoryClipboard, MemorySecretStore, RecordingUrlOpener, RecordingEventSink, RecordingNotifier } from '../support/in-memory-ports';

const ctx = { senderId: 'test' };

/** Waits (up to 5 s) for a condition that the core's background work makes true. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5_000) throw new Error('condition not reached in 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The whole core, built as a host builds it (real adapters, in-process emulator), in plain Node. */
describe('the core in plain Node', () => {
  let node: NodePorts;
  let core: Core;
  const home = mkdtempSync(join(tmpdir(), 'quickmeet-core-'));
  const clipboard = new MemoryClipboard();
  const urlOpener = new RecordingUrlOpener();
  const events = new RecordingEventSink();

  beforeAll(async () => {
    node = await createNodePorts({ home, env: {}, emulator: { autopilot: false } });
    core = createCore({
      ...node.ports,
      appInfo: { version: '0.0.0-test', demoMode: node.demoMode, host: 'bridge', platform: process.platform },
      secrets: new MemorySecretStore(),
      clipboard,
      urlOpener,
      notifier: new RecordingNotifier(),
      events,
    });
    await core.start();
  });
  afterAll(async () => {
    await core.stop();
    await node.dispose();
  });

  it('starts in demo mode without a Google client and answers every domain', async () => {
    expect(node.demoMode).toBe(true);
    expect(await core.handlers['app.getInfo']({}, ctx)).toMatchObject({ demoMode: true });
    expect(await core.handlers['auth.getState']({}, ctx)).toEqual({ status: 'signedOut' });
    expect((await core.handlers['settings.get']({}, ctx)).presets[0]?.name).toBe('Quick call');
    expect(await core.handlers['meetings.listRecent']({}, ctx)).toEqual([]);
    expect(await core.handlers['recordings.list']({}, ctx)).toEqual([]);
    await expect(core.handlers['meetings.createInstant']({}, ctx)).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('signs in through the consent page, creates a meeting and follows its conference', async () => {
    const signIn = core.handlers['auth.signIn']({}, ctx);
    await answerConsent(await urlOpener.nextOpened(0));
    expect(await signIn).toMatchObject({ status: 'signedIn', email: 'ada@quickmeet.test' });

    const created = await core.handlers['meetings.createInstant']({}, ctx);
    expect(clipboard.text).toBe(created.meeting.meetingUri);
    expect(created.meeting.meetingUri).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(events.last('meetings.changed')?.[0]?.space).toBe(created.meeting.space);

    const control = new EmulatorControl(node.emulator!.baseUrl);
    const record = await control.startConference(created.meeting.space);
    await control.join(record.name, { kind: 'anonymousUser', displayName: 'Guest One' });
    // Opening the window polls at once; the live conference and its attendee arrive as pushes.
    await core.handlers['app.setWindowVisible']({ visible: true }, ctx);
    await until(() => events.last('conference.liveChanged')?.length === 1);
    expect((await core.handlers['conference.listLive']({}, ctx)).map((c) => c.record)).toEqual([record.name]);
    await until(() => events.last('attendees.changed')?.presentCount === 1);

    // The app-data folder holds documents, logs, the shared create budget and the demo's Google state, and no token anywhere.
    // Per-account documents carry a digest of the e-mail, never the address itself.
    const allowed = /^(account\.json|create-budget\.json|demo-google\.json|logs|settings\.json|(meetings|spare-spaces|recordings-cache)-([0-9a-f]{16}|signed-out)\.json)$/;
    // The spare space refilled after the click may still be under way (the create budget's `.lock` held
    // while it spends a slot, a `.tmp` beside its document while it is saved): list once it landed.
    let present: string[] = [];
    for (let settled = false; !settled; ) {
      await node.ports.documents.flush?.();
      present = readdirSync(home);
      settled = !present.some((name) => name.endsWith('.tmp') || name.endsWith('.lock'));
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(present.filter((name) => !allowed.test(name))).toEqual([]);
    expect(present).toEqual(expect.arrayContaining(['account.json', 'logs', expect.stringMatching(/^meetings-[0-9a-f]{16}\.json$/)]));
    const everything = present
      .map((name) => (name === 'logs' ? join(home, 'logs', 'quickmeet.log') : join(home, name)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(everything).toContain(created.meeting.space);
    expect(everything).not.toMatch(/ya29\.|1\/\//);
  });
});
