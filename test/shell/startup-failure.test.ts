import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePorts } from '../../electron/host/create-node-ports';
import { logFileIn, reportStartupFailure } from '../../electron/shell/startup-failure';

const root = mkdtempSync(join(tmpdir(), 'quickmeet-startup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What starting the app's Node ports in `dataDir` with `env` raises. */
const failureOf = (dataDir: string, env: Record<string, string>) =>
  createNodePorts({ home: dataDir, env, hold: 'electron' }).then(
    () => undefined,
    (error: unknown) => error,
  );

describe('a failure to start', () => {
  it.each<[string, (dir: string) => Record<string, string>, RegExp]>([
    [
      'a "Web application" client file',
      (dir) => (
        writeFileSync(join(dir, 'oauth-client.json'), JSON.stringify({ web: { client_id: 'x', client_secret: 'y' } })),
        {}
      ),
      /Desktop app/,
    ],
    [
      'a client file that is not JSON',
      (dir) => (writeFileSync(join(dir, 'oauth-client.json'), '{ not json'), {}),
      /oauth-client\.json/,
    ],
    [
      'only one of the two QUICKMEET_GOOGLE_* variables',
      () => ({ QUICKMEET_GOOGLE_CLIENT_ID: 'only-the-id' }),
      /QUICKMEET_GOOGLE_CLIENT_SECRET/,
    ],
  ])(
    'from %s is shown in a dialog and written to the log file, then the app exits with 1',
    async (_name, arrange, detail) => {
      const dataDir = mkdtempSync(join(root, 'data-'));
      const error = await failureOf(dataDir, arrange(dataDir));
      expect(error).toBeDefined();
      const dialogs: Array<[string, string]> = [];
      const exits: number[] = [];
      reportStartupFailure(error, {
        dataDir,
        showErrorBox: (title, content) => void dialogs.push([title, content]),
        exit: (code) => void exits.push(code),
      });
      expect(dialogs).toHaveLength(1);
      const [title, content] = dialogs[0]!;
      expect(title).toBe('Quickmeet cannot use its Google client configuration');
      expect(content).toMatch(detail);
      expect(content).toContain(logFileIn(dataDir));
      expect(exits).toEqual([1]);
      const logged = readFileSync(logFileIn(dataDir), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logged.at(-1)).toMatchObject({ level: 'error', message: 'startup failed', code: 'CONFIG_ERROR' });
    },
  );

  it('for any other reason says the app could not start, with the reason', () => {
    const dataDir = mkdtempSync(join(root, 'other-'));
    const dialogs: string[] = [];
    reportStartupFailure(new Error('EACCES: permission denied'), {
      dataDir,
      showErrorBox: (title, content) => void dialogs.push(`${title}\n${content}`),
      exit: () => undefined,
    });
    expect(dialogs[0]).toMatch(/^Quickmeet could not start\nEACCES: permission denied/);
  });

  it('on a data folder a preview already runs on says so and where, not "could not start"', async () => {
    const dataDir = mkdtempSync(join(root, 'held-'));
    const preview = await createNodePorts({ home: dataDir, env: {}, hold: 'bridge', emulator: { autopilot: false } });
    await preview.announce({ url: 'http://127.0.0.1:4321/#token=abc' });
    const error = await failureOf(dataDir, {});
    await preview.dispose();
    const dialogs: string[] = [];
    reportStartupFailure(error, { dataDir, showErrorBox: (title, content) => void dialogs.push(`${title}\n${content}`), exit: () => undefined });
    expect(dialogs).toEqual([
      `Quickmeet is already running\nQuickmeet is already running on ${dataDir} (in the browser at http://127.0.0.1:4321/#token=abc, process ${process.pid}). ` +
        'Use that one, or stop it first (Ctrl+C in its terminal, or Quit in its tray menu).',
    ]);
  });
});
