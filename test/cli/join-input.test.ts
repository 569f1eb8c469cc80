import { describe, expect, it } from 'vitest';
import { startDemoRuntime } from '../../electron/cli/demo-runtime';
import { EXIT } from '../../electron/cli/exit-codes';
import { runCli } from '../../electron/cli/main';

describe('quickmeet join on real pasted text', () => {
  it('refuses a Meet link that is not a meeting with one line saying what it is, and a bad-input status', async () => {
    const err: string[] = [];
    const status = await runCli(['node', 'quickmeet', 'join', 'Start one here: https://meet.google.com/new.', '--demo'], { out: () => undefined, err: (l) => err.push(l) }, () =>
      startDemoRuntime(),
    );
    expect(status).toBe(EXIT.usage);
    expect(err).toEqual([expect.stringMatching(/^quickmeet: “https:\/\/meet\.google\.com\/new” is Google Meet’s link for starting a new meeting/)]);
  });
});
