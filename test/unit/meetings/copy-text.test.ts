import { describe, expect, it } from 'vitest';
import { formatCopyText } from '../../../electron/core/meetings/copy-text';
import type { Meeting } from '../../../shared/model/meeting';

const meeting: Meeting = {
  space: 'spaces/abc',
  meetingUri: 'https://meet.google.com/abc-mnop-xyz',
  meetingCode: 'abc-mnop-xyz',
  createdAt: '2026-11-24T09:00:00.000Z',
  lastUsedAt: '2026-11-24T09:00:00.000Z',
};

describe('formatCopyText', () => {
  it('writes the bare URI, the code and a Markdown link', () => {
    expect(formatCopyText(meeting, 'uri')).toBe('https://meet.google.com/abc-mnop-xyz');
    expect(formatCopyText(meeting, 'code')).toBe('abc-mnop-xyz');
    expect(formatCopyText(meeting, 'markdown')).toBe('[Google Meet: abc-mnop-xyz](https://meet.google.com/abc-mnop-xyz)');
  });

  it('writes an invitation without dial-in lines when the space has no phone access', () => {
    const text = formatCopyText(meeting, 'invite');
    expect(text).toContain('Join with Google Meet: https://meet.google.com/abc-mnop-xyz');
    expect(text).not.toContain('PIN');
  });

  it('lists every dial-in number with its PIN in the invitation', () => {
    const withPhones = {
      ...meeting,
      phoneAccess: [
        { phoneNumber: '+46 8 123 456', pin: '123456789', regionCode: 'SE' },
        { phoneNumber: '+1 402-555-0100', pin: '987654321', regionCode: 'US' },
      ],
    };
    const text = formatCopyText(withPhones, 'invite');
    expect(text).toContain('(SE) +46 8 123 456 PIN: 123456789#');
    expect(text).toContain('(US) +1 402-555-0100 PIN: 987654321#');
  });
});
