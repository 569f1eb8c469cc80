import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpaceJson } from '../../../electron/adapters/meet-response-schemas';
import { startMeetEmulator, type MeetEmulator } from './emulator-harness';

let emu: MeetEmulator;
beforeAll(async () => {
  emu = await startMeetEmulator();
});
afterAll(async () => emu.emulator.close());

const space = (meetingCode: string, meetingUri = `https://meet.google.com/${meetingCode}`) => ({ name: 'spaces/jQCFfuBOdN5z', meetingUri, meetingCode });

describe('meeting codes of every documented shape (letter groups, ≤ 128 characters)', () => {
  it.each(['abc-mnop-xyz', 'abcd-efgh-ijkl', 'ab-cd', `${'a'.repeat(60)}-${'b'.repeat(67)}`])('reads a Space whose code is %s', (code) => {
    expect(SpaceJson.parse(space(code)).meetingCode).toBe(code);
  });

  it.each([
    ['upper case', space('ABC-MNOP-XYZ')],
    ['digits', space('abc-mnop-xy1')],
    ['longer than 128', space(`${'a'.repeat(64)}-${'b'.repeat(64)}`)],
    ['a URI on another host', space('abcd-efgh-ijkl', 'https://meet.google.com.evil.com/abcd-efgh-ijkl')],
    ['a URI that does not carry the code', space('abcd-efgh-ijkl', 'https://meet.google.com/abc-mnop-xyz')],
  ])('still refuses %s', (_why, json) => {
    expect(SpaceJson.safeParse(json).success).toBe(false);
  });

  it('gets a space by a 4-4-4 code alias and by name through the real client', async () => {
    const created = await emu.control.createSpace({ meetingCode: 'abcd-efgh-ijkl' });
    expect(created.meetingCode).toBe('abcd-efgh-ijkl');
    const meet = await emu.client();
    const byCode = await meet.getSpace('spaces/ABCD-EFGH-IJKL');
    expect(byCode).toMatchObject({ name: created.name, meetingCode: 'abcd-efgh-ijkl', meetingUri: 'https://meet.google.com/abcd-efgh-ijkl' });
    expect((await meet.getSpace(created.name)).meetingCode).toBe('abcd-efgh-ijkl');
  });
});
