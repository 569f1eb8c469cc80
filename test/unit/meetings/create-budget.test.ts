import { describe, expect, it } from 'vitest';
import { CreateBudget } from '../../../electron/core/meetings/create-budget';
import { ManualClock } from '../../support/in-memory-ports';

describe('CreateBudget', () => {
  it('grants 10 creates in a sliding minute and tells the 11th how long to wait', () => {
    const clock = new ManualClock();
    const budget = new CreateBudget(clock);
    for (let i = 0; i < 10; i++) {
      expect(budget.tryTake().granted).toBe(true);
      clock.advance(1_000);
    }
    expect(budget.tryTake()).toEqual({ granted: false, waitMs: 50_000 });
    clock.advance(50_000);
    expect(budget.tryTake().granted).toBe(true);
    expect(budget.tryTake().granted).toBe(false);
  });

  it('keeps a reserve for user clicks when asked', () => {
    const budget = new CreateBudget(new ManualClock());
    for (let i = 0; i < 8; i++) expect(budget.tryTake(2).granted).toBe(true);
    expect(budget.tryTake(2).granted).toBe(false);
    expect(budget.tryTake().granted).toBe(true);
    expect(budget.remaining()).toBe(1);
  });

  it('blocks every create for the wait Google gave with a 429', () => {
    const clock = new ManualClock();
    const budget = new CreateBudget(clock);
    budget.blockFor(30);
    expect(budget.tryTake()).toEqual({ granted: false, waitMs: 30_000, cause: 'google' });
    clock.advance(30_000);
    expect(budget.tryTake().granted).toBe(true);
  });
});
