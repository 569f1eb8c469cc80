import { describe, expect, it } from 'vitest';
import { parseMeetingInput } from '../../../electron/core/meetings/meeting-input';

describe('parseMeetingInput: a Meet host inside another scheme’s URL (F29)', () => {
  it.each([
    'javascript:alert(1)//meet.google.com/abc-mnop-xyz',
    'vbscript:msgbox(1)//meet.google.com/abc-mnop-xyz',
    'data:text/html;base64,PHA+//meet.google.com/abc-mnop-xyz',
    '//meet.google.com/abc-mnop-xyz',
  ])('refuses %j instead of taking the code from its path', (input) => {
    expect(() => parseMeetingInput(input)).toThrow(expect.objectContaining({ code: 'INVALID_MEETING_CODE' }));
  });

  it.each([
    ['Link:https://meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz (https://meet.google.com/abc-mnop-xyz)', 'abc-mnop-xyz'],
  ])('still accepts %j', (input, code) => {
    expect(parseMeetingInput(input)).toBe(code);
  });
});
