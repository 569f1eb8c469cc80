/** The demo's Google state file under the app's data-file policy: no timer crashes, nothing lost silently. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEET_SCOPES, startEmulator } from '../src/index';
import { emptyState } from '../src/state/emulator-state';
import { createStateSaver, loadStateFile, type StateFileProblem } from '../src/state/state-file';

const folder = () => mkdtempSync(join(tmpdir(), 'quickmeet-state-'));

describe('emulator state file', () => {
  it('starts fresh on a missing file and writes it once changed', async () => {
    const path = join(folder(), 'demo-google.json');
    const problems: StateFileProblem[] = [];
    const loaded = await loadStateFile(path, (p) => problems.push(p));
    expect(loaded).toEqual({ state: emptyState(), writable: true });
    const saver = createStateSaver(path, () => loaded.state, { report: (p) => problems.push(p) });
    saver.changed();
    saver.flush();
    expect(existsSync(path)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('sets a damaged file aside and reports it', async () => {
    const dir = folder();
    const path = join(dir, 'demo-google.json');
    writeFileSync(path, '{"version":1,"spaces":[');
    const problems: StateFileProblem[] = [];
    expect((await loadStateFile(path, (p) => problems.push(p))).writable).toBe(true);
    expect(problems).toEqual([
      {
        kind: 'reset',
        reason: 'the file is not valid JSON',
        movedTo: expect.stringContaining('demo-google.json.corrupt-'),
      },
    ]);
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
  });

  it('loads back everything a running emulator wrote (spaces, conferences, people, artifacts, tokens, clock)', async () => {
    const path = join(folder(), 'demo-google.json');
    const first = await startEmulator({ stateFile: path, artifactProcessingSeconds: 0 });
    await first.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created], { offline: true });
    const space = await first.control.createSpace({ owner: 'ada@quickmeet.test' });
    const record = await first.control.startConference(space.name);
    await first.control.join(record.name, { kind: 'signedinUser', account: 'grace@quickmeet.test' });
    await first.control.join(record.name, { kind: 'phoneUser', displayName: 'A phone' });
    await first.control.end(record.name, { artifacts: ['recording', 'transcript', 'smartNote'], generateNow: true });
    await first.control.advanceClock(60);
    await first.close();
    const written: unknown = JSON.parse(readFileSync(path, 'utf8'));

    const problems: StateFileProblem[] = [];
    const loaded = await loadStateFile(path, (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(loaded.state).toEqual(written);
    expect(loaded.state.spaces).toHaveLength(1);
    expect(loaded.state.participants).toHaveLength(2);
    expect(loaded.state.artifacts.map((a) => a.type).sort()).toEqual(['recording', 'smartNote', 'transcript']);
    expect(loaded.state.transcriptEntries.length).toBeGreaterThan(0);
    expect(loaded.state.clockOffsetMs).toBeGreaterThanOrEqual(60_000);
  });

  it.each([
    ['a field of the wrong type', (s: Record<string, unknown>) => ({ ...s, spaces: [{ ...(s.spaces as object[])[0], createdAt: 'yesterday' }] }), 'spaces[0].createdAt'],
    ['an enum value the emulator never stores', (s: Record<string, unknown>) => ({ ...s, participants: [{ ...(s.participants as object[])[0], kind: 'robot' }] }), 'participants[0].kind'],
    ['a list that is not a list', (s: Record<string, unknown>) => ({ ...s, refreshTokens: {} }), 'refreshTokens'],
    ['another version', (s: Record<string, unknown>) => ({ ...s, version: 2 }), 'version'],
    ['not an object', () => [1, 2, 3], 'the document'],
  ])('sets aside JSON that is not a demo state (%s), byte for byte, and says where it is wrong', async (_, damage, where) => {
    const dir = folder();
    const path = join(dir, 'demo-google.json');
    const emulator = await startEmulator({ stateFile: path });
    const space = await emulator.control.createSpace();
    await emulator.control.join((await emulator.control.startConference(space.name)).name, { kind: 'anonymousUser', displayName: 'Guest' });
    await emulator.close();
    const damaged = JSON.stringify(damage(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>));
    writeFileSync(path, damaged);

    const problems: StateFileProblem[] = [];
    const loaded = await loadStateFile(path, (p) => problems.push(p));
    expect(loaded).toEqual({ state: emptyState(), writable: true });
    expect(problems).toEqual([{ kind: 'reset', reason: expect.stringContaining(`not a demo state document: ${where}`), movedTo: expect.stringContaining('demo-google.json.corrupt-') }]);
    const [problem] = problems;
    expect(problem?.kind === 'reset' && readFileSync(problem.movedTo, 'utf8')).toBe(damaged);
    expect(existsSync(path)).toBe(false);
  });

  it('fills the clock offset and sequence of an older file that lacks them', async () => {
    const path = join(folder(), 'demo-google.json');
    const { clockOffsetMs: _, seq: __, ...older } = emptyState();
    writeFileSync(path, JSON.stringify(older));
    const problems: StateFileProblem[] = [];
    expect((await loadStateFile(path, (p) => problems.push(p))).state).toEqual(emptyState());
    expect(problems).toEqual([]);
  });

  it('leaves a folder in the file’s place alone and never writes over it', async () => {
    const path = join(folder(), 'demo-google.json');
    mkdirSync(path);
    const problems: StateFileProblem[] = [];
    const loaded = await loadStateFile(path, (p) => problems.push(p));
    expect(loaded.writable).toBe(false);
    expect(problems).toEqual([{ kind: 'notSaved', reason: expect.stringContaining('EISDIR') }]);
    const saver = createStateSaver(path, () => loaded.state, {
      writable: loaded.writable,
      report: (p) => problems.push(p),
    });
    saver.changed();
    saver.flush();
    expect(problems).toHaveLength(1);
  });

  it('reports a write that fails on its timer once, instead of crashing the process', async () => {
    const dir = folder();
    const path = join(dir, 'demo-google.json');
    const problems: StateFileProblem[] = [];
    const reported = new Promise<void>((resolve) => {
      const saver = createStateSaver(path, () => emptyState(), {
        debounceMs: 0,
        report: (p) => (problems.push(p), resolve()),
      });
      // The folder the file belongs in is now a file: every write fails (ENOTDIR).
      rmSync(dir, { recursive: true });
      writeFileSync(dir, 'in the way');
      saver.changed();
    });
    await reported;
    expect(problems).toEqual([
      { kind: 'notSaved', reason: expect.stringMatching(/^cannot save the demo state file: .*\((ENOTDIR|EEXIST)\)$/) },
    ]);
  });
});
