import { createNodePorts, type NodePorts } from '../../electron/host/create-node-ports';
import { createCore, type Core } from '../../electron/core/create-core';
import {
  MemoryClipboard,
  MemorySecretStore,
  RecordingUrlOpener,
  RecordingEventSink,
  RecordingNotifier,
} from './in-memory-ports';

/** The core as a Node host builds it on the app-data folder `home` (real files, demo emulator), with in-memory desktop devices and keychain. */
export async function buildNodeCore(home: string): Promise<{ node: NodePorts; core: Core }> {
  const node = await createNodePorts({ home, env: {}, forceDemo: true, emulator: { autopilot: false } });
  const core = createCore({
    ...node.ports,
    appInfo: { version: '0.0.0-test', demoMode: true, host: 'bridge', platform: process.platform },
    secrets: new MemorySecretStore(),
    clipboard: new MemoryClipboard(),
    urlOpener: new RecordingUrlOpener(),
    notifier: new RecordingNotifier(),
    events: new RecordingEventSink(),
  });
  return { node, core };
}
