/** The 10-a-minute create budget is one budget for every Quickmeet process of a user, through a lock file. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileCreateLedger } from '../../../electron/adapters/file-create-ledger';
import { CreateBudget } from '../../../electron/core/meetings/create-budget';
import { systemClock } from '../../../electron/core/ports/clock';

/** A separate process (as a `quickmeet new` would be) that asks the shared budget for `count` slots at once; answers how many it got. */
function takeInAnotherProcess(file: string, count: number): Promise<number> {
  const script = `
    const { createFileCreateLedger } = await import(${JSON.stringify(new URL('../../../electron/adapters/file-create-ledger.ts', import.meta.url).href)});
    const { CreateBudget } = await import(${JSON.stringify(new URL('../../../electron/core/meetings/create-budget.ts', import.meta.url).href)});
    const budget = new CreateBudget({ now: () => Date.now() }, 10, createFileCreateLedger(${JSON.stringify(file)}));
    const decisions = await Promise.all(Array.from({ length: ${count} }, () => budget.tryTake()));
    process.stdout.write(String(decisions.filter((d) => d.granted).length));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`exited ${code}`)))));
}

describe('create budget shared through the app-data folder', () => {
  it('grants 10 creates a minute in all among concurrent processes, not 10 each', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'quickmeet-budget-')), 'create-budget.json');
    const granted = await Promise.all([takeInAnotherProcess(file, 6), takeInAnotherProcess(file, 6), takeInAnotherProcess(file, 6)]);
    expect(granted.reduce((a, b) => a + b, 0)).toBe(10);
    const here = new CreateBudget(systemClock, 10, createFileCreateLedger(file));
    expect(await here.remaining()).toBe(0);
    expect(await here.tryTake()).toMatchObject({ granted: false });
    // No lock is left behind.
    expect(readdirSync(join(file, '..')).sort()).toEqual(['create-budget.json']);
  });

  it('carries on for this process alone when the folder cannot hold the lock', async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'quickmeet-budget-')), 'a-file');
    writeFileSync(blocked, 'in the way');
    const budget = new CreateBudget(systemClock, 2, createFileCreateLedger(join(blocked, 'create-budget.json')));
    expect((await budget.tryTake()).granted).toBe(true);
    expect((await budget.tryTake()).granted).toBe(true);
    expect((await budget.tryTake()).granted).toBe(false);
  });
});
