import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { startDemoRuntime } from '../../electron/cli/demo-runtime';
import { buildProgram, type RuntimeFactory } from '../../electron/cli/program';

/** Runs the CLI in-process against a fresh demo emulator and captures its two streams. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const runtimes: string[] = [];
  const open: RuntimeFactory = async ({ demo }) => {
    runtimes.push(demo ? 'demo' : 'account');
    const runtime = await startDemoRuntime();
    // No desktop in tests: a recorded clipboard stands in, so nothing leaks to the developer's.
    (runtime.clipboard as { writeText: (t: string) => Promise<void> }).writeText = async (text) => void out.push(`[clipboard] ${text}`);
    return runtime;
  };
  const status = await runCli(['node', 'quickmeet', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, open);
  return { status, out, err, runtimes };
}

describe('quickmeet CLI (--demo, real emulator)', () => {
  it('declares --demo once, globally, and lists it in every command\'s help', async () => {
    const program = buildProgram(() => Promise.reject(new Error('no runtime')), { out: () => undefined, err: () => undefined });
    const declared = [program, ...program.commands].flatMap((command) => command.options.filter((option) => option.long === '--demo'));
    expect(declared).toHaveLength(1);
    const help = await cli('new', '--help');
    expect(help.status).toBe(0);
    expect(help.out.join('\n')).toMatch(/--demo/);
    expect(help.runtimes).toEqual([]);
  });

  it('new prints the link, copies it and exits 0', async () => {
    const run = await cli('new', '--demo');
    expect(run.status).toBe(0);
    expect(run.runtimes).toEqual(['demo']);
    const link = run.out.at(-1) ?? '';
    expect(link).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(run.out).toContain(`[clipboard] ${link}`);
    expect(run.err).toEqual([]);
  });

  it('new honours --format and --preset by name', async () => {
    const run = await cli('--demo', 'new', '--format', 'markdown', '--preset', 'quick call');
    expect(run.status).toBe(0);
    expect(run.out.at(-1)).toMatch(/^\[Google Meet: [a-z-]+\]\(https:\/\/meet\.google\.com\/[a-z-]+\)$/);
  });

  it('fails with one line on stderr and a usage status for bad input', async () => {
    const lookAlike = await cli('join', 'https://meet.google.com.evil.com/abc-mnop-xyz', '--demo');
    expect(lookAlike.status).toBe(2);
    expect(lookAlike.err).toHaveLength(1);
    expect(lookAlike.err[0]).toMatch(/^quickmeet: .*not a https:\/\/meet\.google\.com link/);
    const unknownPreset = await cli('new', '--preset', 'nope', '--demo');
    expect(unknownPreset.status).toBe(2);
    expect(unknownPreset.err[0]).toMatch(/No preset “nope”/);
    const badFormat = await cli('new', '--format', 'bogus', '--demo');
    expect(badFormat.status).toBe(2);
    expect(badFormat.err).toHaveLength(1);
  });

  it('join resolves an unknown code as not found and status names the demo account', async () => {
    const missing = await cli('join', 'zzz-zzzz-zzz', '--demo');
    expect(missing.status).toBe(2);
    expect(missing.err[0]).toMatch(/^quickmeet: No meeting has the code zzz-zzzz-zzz; .*You entered: “zzz-zzzz-zzz”/);
    const status = await cli('status', '--demo');
    expect(status.out.slice(-2)).toEqual([
      expect.stringMatching(/^Signed in as ada@quickmeet\.test \(demo emulator at http:\/\/127\.0\.0\.1:\d+\)$/),
      expect.stringMatching(/^Data folder: .*quickmeet-demo-\w+$/),
    ]);
  });
});
