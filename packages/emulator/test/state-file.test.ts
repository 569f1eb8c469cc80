/** The demo's Google state file under the app's data-file policy: no timer crashes, nothing lost silently. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
