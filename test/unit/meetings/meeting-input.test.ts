import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMeetingInput } from '../../../electron/core/meetings/meeting-input';

describe('parseMeetingInput', () => {
  it.each([
    ['abc-mnop-xyz', 'abc-mnop-xyz'],
    ['  ABC-MNOP-XYZ  ', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz?authuser=1&hs=179', 'abc-mnop-xyz'],
    ['meet.google.com/abc-mnop-xyz/', 'abc-mnop-xyz'],
    ['Join: <https://meet.google.com/abc-mnop-xyz>.', 'abc-mnop-xyz'],
    ['[Standup](https://meet.google.com/abc-mnop-xyz)', 'abc-mnop-xyz'],
    [
      'Join with Google Meet: https://meet.google.com/qrs-tuvw-xyz\nLearn more: https://support.google.com/a/users/answer/9282720',
      'qrs-tuvw-xyz',
    ],
    ['the code is abc-mnop-xyz, see you', 'abc-mnop-xyz'],
    // Google documents letter groups joined by hyphens, not only 3-4-3.
    ['abc-mnop-xyzz', 'abc-mnop-xyzz'],
    ['ab-mnop-xyz', 'ab-mnop-xyz'],
    ['http://meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
  ])('accepts %j', (input, code) => {
    expect(parseMeetingInput(input)).toBe(code);
  });

  it.each([
    'https://meet.google.com.evil.com/abc-mnop-xyz',
    'meet.google.com.evil.com/abc-mnop-xyz',
    'ftp://meet.google.com/abc-mnop-xyz',
    'https://evil.com#@meet.google.com/abc-mnop-xyz',
    'https://user@meet.google.com/abc-mnop-xyz',
    'https://meet.google.com:8443/abc-mnop-xyz',
    'https://meet.evil.com/abc-mnop-xyz',
    'https://evil.com/abc-mnop-xyz',
    'abc_mnop_xyz',
    'abc-mnop-xyz1',
    '',
    'hello',
  ])('refuses %j with INVALID_MEETING_CODE, quoting the input', (input) => {
    let thrown: unknown;
    try {
      parseMeetingInput(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'INVALID_MEETING_CODE' });
    if (input.trim() !== '') expect((thrown as Error).message).toContain(input.trim().slice(0, 40));
  });

  it('never accepts a code carried only by a host other than meet.google.com', () => {
    const host = fc.stringMatching(/^[a-z]{1,8}(\.[a-z]{2,6}){1,2}$/).filter((h) => h !== 'meet.google.com');
    fc.assert(
      fc.property(host, fc.constantFrom('https', 'http', 'ftp'), (h, scheme) => {
        expect(() => parseMeetingInput(`${scheme}://${h}/abc-mnop-xyz`)).toThrow();
        expect(() => parseMeetingInput(`${scheme}://meet.google.com.${h}/abc-mnop-xyz`)).toThrow();
      }),
    );
  });
});
