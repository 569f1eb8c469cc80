import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodePorts } from '../../electron/host/create-node-ports';
import { createCore } from '../../electron/core/create-core';
import type { SystemEvents } from '../../electron/core/ports/system-events';
import { answerConsent } from '../adapters/auth/consent-browser';
import { EmulatorControl, type EmulatorOptions } from '@quickmeet/emulator';
import { MemoryClipboard, MemorySecretStore, RecordingUrlOpener, RecordingEventSink, RecordingNotifier } from '../support/in-memory-ports';

/** The request context of every test call. */
export const ctx = { senderId: 'test' };

/**
 * The whole core as a Node host builds it (real adapters, files in a fresh app-data folder, the
 * in-process emulator without autopilot), started and signed in through the consent page.
 */
export async function startSignedInCore(options: { readonly system?: SystemEvents; readonly demoPush?: boolean; readonly emulator?: EmulatorOptions } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'quickmeet-core-'));
  const node = await createNodePorts({ home, env: {}, emulator: { autopilot: false, ...options.emulator }, ...(options.demoPush ? { demoPush: true } : {}) });
  const urlOpener = new RecordingUrlOpener();
  const events = new RecordingEventSink();
  const core = createCore({
    ...node.ports,
    ...(options.system ? { system: options.system } : {}),
    appInfo: { version: '0.0.0-test', demoMode: true, host: 'bridge', platform: process.platform },
    secrets: new MemorySecretStore(),
    clipboard: new MemoryClipboard(),
    urlOpener,
    notifier: new RecordingNotifier(),
    events,
  });
  await core.start();
  const signIn = core.handlers['auth.signIn']({}, ctx);
  await answerConsent(await urlOpener.nextOpened(0));
  await signIn;
  return {
    home,
    core,
    urlOpener,
    events,
    control: new EmulatorControl(node.emulator!.baseUrl),
    async stop() {
      await core.stop();
      await node.dispose();
    },
  };
}

/** What {@link startSignedInCore} answers. */
export type SignedInCore = Awaited<ReturnType<typeof startSignedInCore>>;
