import type { UrlOpener } from '../core/ports/url-opener';
import type { SecretStore } from '../core/ports/secret-store';
import { createHost, type Host, type HostOptions } from '../host/start-host';
import type { CliRuntime } from './cli-runtime';
import { silentNotifier, stderrNotices } from './cli-ports';
import { SystemUrlOpener } from '../adapters/system-url-opener';
import { SystemClipboard } from '../adapters/system-clipboard';

/** What differs between the CLI's two runs: the app's own account, or a throw-away demo (`--demo`). */
export interface CliHostOptions extends Pick<HostOptions, 'home' | 'forceDemo' | 'emulator'> {
  readonly print: (line: string) => void;
  /** Keeps secrets somewhere other than the keychain (the demo's, for this run only). */
  readonly secrets?: SecretStore;
  /** Runs once the host is built and before the core starts (the demo signs its account in here). */
  readonly prepare?: (host: Host) => Promise<void>;
  /** Closes what the run made besides the host (the demo's temporary folder). */
  readonly cleanup?: () => Promise<void>;
  /** For `status`: where requests go. */
  readonly describe: (emulatorUrl: string | undefined) => string;
}

/** The CLI on the same host as the tray app, without background polling; each command opens and closes one. */
export async function startCliHost(options: CliHostOptions): Promise<CliRuntime> {
  const { print } = options;
  const clipboard = new SystemClipboard(undefined, (why) => print(`quickmeet: the link was not copied: ${why}.`));
  const host = await createHost({
    ...(options.home ? { home: options.home } : {}),
    host: 'cli',
    version: process.env.npm_package_version ?? '0.1.0',
    ...(options.forceDemo ? { forceDemo: true } : {}),
    ...(options.emulator ? { emulator: options.emulator } : {}),
    devices: ({ demoOrigin }) => {
      // In demo mode the consent page is on the emulator's own loopback origin.
      const system = new SystemUrlOpener(demoOrigin ? { demoOrigin } : {});
      // The URL is printed too, for terminals where no browser can be started.
      const urlOpener: UrlOpener = {
        open: async (url) => {
          print(`Opening ${url}`);
          await system.open(url).catch(() => print('Open that address in your browser to continue.'));
        },
      };
      return { clipboard, urlOpener, notifier: silentNotifier, ...(options.secrets ? { secrets: options.secrets } : {}) };
    },
  });
  host.on('app.notice', stderrNotices(print));
  const close = async () => {
    await host.stop();
    await options.cleanup?.();
  };
  try {
    await options.prepare?.(host);
    await host.start({ background: false });
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  const { auth, meetings, settings, push } = host.core.services;
  return {
    api: host.api('cli'),
    meetings,
    settings,
    clipboard,
    events: push.tail,
    target: options.describe(host.node.emulator?.baseUrl),
    dataDir: host.node.dataDir,
    authState: () => auth.state(),
    signIn: () => auth.signIn(),
    signOut: async () => void (await auth.signOut()),
    close,
  };
}

/**
 * The runtime for the user's own account: the same core, data folder, keychain entry and OAuth client
 * as the tray app (demo mode, in the same demo folder, when no Google client is configured), without
 * background polling.
 */
export function startAccountRuntime(print: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<CliRuntime> {
  return startCliHost({
    print,
    describe: (emulatorUrl) => (emulatorUrl ? `demo mode, emulator at ${emulatorUrl}` : 'Google'),
  });
}
