import type { CopyFormat, Meeting } from '../../../shared/model/meeting';

/** The text put on the clipboard for a meeting, in one of the four formats the settings offer. */
export function formatCopyText(meeting: Meeting, format: CopyFormat): string {
  switch (format) {
    case 'uri':
      return meeting.meetingUri;
    case 'code':
      return meeting.meetingCode;
    case 'markdown':
      return `[Google Meet: ${meeting.meetingCode}](${meeting.meetingUri})`;
    case 'invite':
      return invitation(meeting);
  }
}

/** Google-style invitation text; dial-in lines only when the space has phone access. */
function invitation(meeting: Meeting): string {
  const lines = [`Join with Google Meet: ${meeting.meetingUri}`, `Meeting code: ${meeting.meetingCode}`];
  const phones = meeting.phoneAccess ?? [];
  if (phones.length > 0) {
    lines.push('', 'Join by phone:');
    for (const phone of phones) {
      const region = phone.regionCode ? `(${phone.regionCode}) ` : '';
      lines.push(`${region}${phone.phoneNumber} PIN: ${phone.pin}#`);
    }
  }
  return lines.join('\n');
}
