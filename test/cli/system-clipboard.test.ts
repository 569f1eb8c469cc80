import { describe, expect, it } from 'vitest';
import { SystemClipboard } from '../../electron/adapters/system-clipboard';

describe('the CLI clipboard', () => {
  it('says why nothing was copied when the session has no clipboard', async () => {
    const said: string[] = [];
    await new SystemClipboard([], (why) => said.push(why)).writeText('https://meet.google.com/abc-mnop-xyz');
    expect(said).toEqual(['this session has no clipboard (neither DISPLAY nor WAYLAND_DISPLAY is set)']);
  });

  it('says which tools failed, and says nothing once one of them worked', async () => {
    const said: string[] = [];
    const failing = [
      { command: 'quickmeet-no-such-tool', args: [] },
      { command: 'sh', args: ['-c', 'cat >/dev/null; exit 1'] },
    ];
    await new SystemClipboard(failing, (why) => said.push(why)).writeText('x');
    expect(said).toEqual(['no clipboard tool worked (tried quickmeet-no-such-tool, sh; install wl-clipboard, xclip or xsel)']);
    await new SystemClipboard([...failing, { command: 'sh', args: ['-c', 'cat >/dev/null'] }], (why) => said.push(why)).writeText('x');
    expect(said).toHaveLength(1);
  });
});
