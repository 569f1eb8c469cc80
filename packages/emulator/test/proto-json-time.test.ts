import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../src/http/proto-json';

describe('timestamps in filters', () => {
  it('the emulator compares filter times below the millisecond', () => {
    expect(parseTimestamp('2024-05-01T10:00:00.000500Z')! > parseTimestamp('2024-05-01T10:00:00Z')!).toBe(true);
    expect(parseTimestamp('2024-05-01T10:00:00.000500Z')! < parseTimestamp('2024-05-01T10:00:00.001Z')!).toBe(true);
    expect(parseTimestamp('2024-05-01 10:00:00Z')).toBeUndefined();
  });
});
