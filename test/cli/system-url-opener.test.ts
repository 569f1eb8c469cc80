import { describe, expect, it } from 'vitest';
import { type OpenerCommand, SystemUrlOpener, launchOpener, openerCommand } from '../../electron/adapters/system-url-opener';

const SIGN_IN = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=x&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000&scope=a%20b&state=s&calc=1';

/** A system browser on `platform` that records what it would start instead of starting it. */
function recordingOpener(platform: NodeJS.Platform, demoOrigin?: string) {
  const started: OpenerCommand[] = [];
  const urlOpener = new SystemUrlOpener(demoOrigin ? { demoOrigin } : {}, platform, async (opener) => void started.push(opener));
  return { urlOpener, started };
}

describe('system browser', () => {
  it('passes the URL as one argument to the platform opener, with no shell on Windows', async () => {
    expect(openerCommand(SIGN_IN, 'linux')).toEqual({ command: 'xdg-open', args: [SIGN_IN] });
    expect(openerCommand(SIGN_IN, 'darwin')).toEqual({ command: 'open', args: [SIGN_IN] });
    expect(openerCommand(SIGN_IN, 'win32')).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', SIGN_IN] });
    const windows = recordingOpener('win32');
    await windows.urlOpener.open(SIGN_IN);
    expect(windows.started).toEqual([{ command: 'rundll32', args: ['url.dll,FileProtocolHandler', SIGN_IN] }]);
  });

  it('refuses anything not on the allow-list before starting a process', async () => {
    const { urlOpener, started } = recordingOpener('win32');
    for (const url of [
      'https://evil.example/',
      'https://meet.google.com.evil.com/abc-mnop-xyz',
      'http://meet.google.com/abc-mnop-xyz',
      'file:///etc/passwd',
      'https://x" & calc & "',
      'http://127.0.0.1:4000/o/oauth2/v2/auth',
    ]) {
      await expect(urlOpener.open(url)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(started).toEqual([]);
  });

  it("opens the demo emulator's consent page only on its exact origin", async () => {
    const { urlOpener, started } = recordingOpener('linux', 'http://127.0.0.1:4000');
    await urlOpener.open('http://127.0.0.1:4000/o/oauth2/v2/auth?state=s');
    await expect(urlOpener.open('http://127.0.0.1:4001/o/oauth2/v2/auth')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await urlOpener.open('https://meet.google.com/abc-mnop-xyz');
    expect(started.map((s) => s.args[0])).toEqual(['http://127.0.0.1:4000/o/oauth2/v2/auth?state=s', 'https://meet.google.com/abc-mnop-xyz']);
  });

  it('reports an opener that exits with a failure (xdg-open without a desktop exits 3) as not opened', async () => {
    await expect(launchOpener({ command: 'sh', args: ['-c', 'exit 3'] })).rejects.toThrow('sh failed (exit status 3)');
    await expect(launchOpener({ command: 'quickmeet-no-such-opener', args: [] })).rejects.toThrow('Could not start quickmeet-no-such-opener');
    await expect(launchOpener({ command: 'sh', args: ['-c', 'exit 0'] })).resolves.toBeUndefined();
  });

  it('counts an opener still running (a browser started in the foreground) as opened, and does not wait for it', async () => {
    // Resolves after its grace period although the child runs on; the child is detached and left alone.
    await expect(launchOpener({ command: 'sleep', args: ['3'] }, 50)).resolves.toBeUndefined();
  });
});

