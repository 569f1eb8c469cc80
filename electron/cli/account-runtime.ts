import { createNodePorts } from '../adapters/create-node-ports';
import { resolveAppDataDir } from '../adapters/app-data-dir';
import { createCore } from '../core/create-core';
import type { ExternalBrowser } from '../core/ports/external-browser';
import type { CliRuntime } from './cli-runtime';
import { silentNotifier, stderrNotices } from './cli-ports';
import { SystemBrowser } from '../adapters/system-browser';
import { SystemClipboard } from '../adapters/system-clipboard';

/**
 * The runtime for the user's own account: the same core, app-data folder, keychain entry and OAuth
 * client as the tray app (demo mode when no Google client is configured), without background polling.
 */
export async function startAccountRuntime(print: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<CliRuntime> {
  const home = resolveAppDataDir();
  const node = await createNodePorts({ home });
  const clipboard = new SystemClipboard();
  // In demo mode the consent page is on the emulator's own loopback origin.
  const system = new SystemBrowser(node.emulator ? { demoOrigin: node.emulator.baseUrl } : {});
  // The URL is printed too, for terminals where no browser can be started.
  const browser: ExternalBrowser = {
    open: async (url) => {
      print(`Opening ${url}`);
      await system.open(url).catch(() => print('Open that address in your browser to continue.'));
    },
  };
  let core: ReturnType<typeof createCore> | undefined;
  try {
    core = createCore({
      ...node.ports,
      appInfo: { version: process.env.npm_package_version ?? '0.1.0', demoMode: node.demoMode, host: 'cli', platform: process.platform },
      clipboard,
      browser,
      notifier: silentNotifier,
      events: stderrNotices(print),
    });
    await core.start({ background: false });
  } catch (error) {
    // Close what was started (the demo emulator keeps the process alive), then report the failure.
    await core?.stop().catch(() => undefined);
    await node.dispose();
    throw error;
  }
  const { auth, meetings, settings } = core.services;
  return {
    meetings,
    settings,
    clipboard,
    target: node.demoMode ? `demo mode, emulator at ${node.emulator?.baseUrl}` : 'Google',
    authState: () => auth.state(),
    signIn: () => auth.signIn(),
    signOut: async () => void (await auth.signOut()),
    close: async () => {
      await core.stop();
      await node.dispose();
    },
  };
}
