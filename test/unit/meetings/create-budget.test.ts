import { describe, expect, it } from 'vitest';
import { CreateBudget, createMemoryLedger } from '../../../electron/core/meetings/create-budget';
import { ManualClock } from '../../support/in-memory-ports';

describe('CreateBudget', () => {
  it('grants 10 creates in a sliding minute and tells the 11th how long to wait', async () => {
    const clock = new ManualClock();
    const budget = new CreateBudget(clock);
    for (let i = 0; i < 10; i++) {
      expect((await budget.tryTake()).granted).toBe(true);
      clock.advance(1_000);
    }
    expect(await budget.tryTake()).toEqual({ granted: false, waitMs: 50_000 });
    clock.advance(50_000);
    expect((await budget.tryTake()).granted).toBe(true);
    expect((await budget.tryTake()).granted).toBe(false);
  });

  it('keeps a reserve for user clicks when asked', async () => {
    const budget = new CreateBudget(new ManualClock());
    for (let i = 0; i < 8; i++) expect((await budget.tryTake(2)).granted).toBe(true);
    expect((await budget.tryTake(2)).granted).toBe(false);
    expect((await budget.tryTake()).granted).toBe(true);
    expect(await budget.remaining()).toBe(1);
  });

  it('blocks every create for the wait Google gave with a 429', async () => {
    const clock = new ManualClock();
    const budget = new CreateBudget(clock);
    await budget.blockFor(30);
    expect(await budget.tryTake()).toEqual({ granted: false, waitMs: 30_000, cause: 'google' });
    clock.advance(30_000);
    expect((await budget.tryTake()).granted).toBe(true);
  });

  it('gives back exactly the slot a request that never left had taken', async () => {
    const clock = new ManualClock();
    const budget = new CreateBudget(clock, 2);
    const first = await budget.tryTake();
    clock.advance(1_000);
    const second = await budget.tryTake();
    expect(second.granted && first.granted).toBe(true);
    if (first.granted) await budget.release(first.at);
    expect(await budget.remaining()).toBe(1);
    clock.advance(59_500);
    // The slot left is the second one (taken 1 s later): it has 500 ms to go.
    await budget.tryTake();
    expect(await budget.tryTake()).toEqual({ granted: false, waitMs: 500 });
  });

  it('is one budget for every holder of the same ledger, as for two processes sharing the file', async () => {
    const clock = new ManualClock();
    const ledger = createMemoryLedger();
    const app = new CreateBudget(clock, 10, ledger);
    const cli = new CreateBudget(clock, 10, ledger);
    const granted = await Promise.all(Array.from({ length: 15 }, (_, i) => (i % 2 ? app : cli).tryTake()));
    expect(granted.filter((d) => d.granted)).toHaveLength(10);
    await app.blockFor(20);
    expect(await cli.tryTake()).toMatchObject({ granted: false, waitMs: 20_000 });
  });
});
