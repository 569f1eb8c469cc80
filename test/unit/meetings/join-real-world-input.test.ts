import { describe, expect, it } from 'vitest';
import { startMeetings } from './harness';

/** Joins `input` in a core whose Google knows a space with `code`; answers the URL opened last. */
async function join(input: string, code: string) {
  const h = await startMeetings();
  h.meet.spaces.set('spaces/known', { name: 'spaces/known', meetingUri: `https://meet.google.com/${code}`, meetingCode: code });
  const meeting = await h.feature.handlers['meetings.join']({ input }, { senderId: 't' });
  return { meeting, opened: h.urlOpener.opened.at(-1) };
}

describe('the Join box and quickmeet join take real pasted text (issue rows)', () => {
  it.each([
    ['Join at meet.google.com/abc-mnop-xyz.', 'abc-mnop-xyz'],
    ['See https://meet.google.com/abc-mnop-xyz, thanks', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz!', 'abc-mnop-xyz'],
    ['Room: https://meet.google.com/abc-mnop-xyz;', 'abc-mnop-xyz'],
    ['abcd-efgh-ijkl', 'abcd-efgh-ijkl'],
    ['GCCRNACNJC', 'gcc-rnac-njc'],
    ['http://meet.google.com/gcc-rnac-njc', 'gcc-rnac-njc'],
  ])('%j joins %s at its https link', async (input, code) => {
    const { meeting, opened } = await join(input, code);
    expect(meeting.meetingCode).toBe(code);
    expect(opened).toBe(`https://meet.google.com/${code}`);
  });

  it.each([
    ['https://meet.google.com/landing', /home page/],
    ['https://meet.google.com/new', /starting a new meeting/],
    ['https://meet.google.com/lookup/teamsync', /nickname link/],
  ])('refuses %j saying what it is, before any request', async (input, what) => {
    const h = await startMeetings();
    await expect(h.feature.handlers['meetings.join']({ input }, { senderId: 't' })).rejects.toMatchObject({ code: 'INVALID_MEETING_CODE', message: expect.stringMatching(what) });
    expect(h.meet.calls).toEqual([]);
    expect(h.urlOpener.opened).toEqual([]);
  });
});
