/** What Google's Meet client (`@google-apps/meet`, REST transport) sees when the emulator refuses a call: Google's canonical codes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { rejection, startGapicHarness, type GapicHarness } from './gapic-harness';

let g: GapicHarness;
beforeAll(async () => {
  g = await startGapicHarness();
});
afterAll(() => g.close());

/** The last exchange's envelope, as the emulator wrote it. */
const lastEnvelope = (): { code: number; status: string; message: string } => {
  const [exchange] = g.tap.since(g.tap.count() - 1);
  return (JSON.parse(exchange!.responseBody) as { error: { code: number; status: string; message: string } }).error;
};

describe.each(['v2', 'v2beta'] as const)('%s: canonical codes as the client sees them', (version) => {
  it('NOT_FOUND: an unknown space, record or recording', async () => {
    const { spaces, records } = await g.clients(version);
    for (const call of [spaces.getSpace({ name: 'spaces/doesNotExist1' }), records.getConferenceRecord({ name: 'conferenceRecords/nope' }), records.getRecording({ name: 'conferenceRecords/nope/recordings/nope' })]) {
      expect(await rejection(call)).toEqual({ status: 'NOT_FOUND', httpStatus: 404, message: lastEnvelope().message });
    }
  });

  it('PERMISSION_DENIED: another app\'s space, and a scope the token lacks', async () => {
    const { spaces } = await g.clients(version);
    const foreign = await g.h.control.createSpace({ owner: 'ada@quickmeet.test', clientId: 'meet-ui' });
    expect(await rejection(spaces.getSpace({ name: foreign.name }))).toMatchObject({ status: 'PERMISSION_DENIED', httpStatus: 403 });
    const reader = await g.clients(version, { scopes: [MEET_SCOPES.readonly] });
    expect(await rejection(reader.spaces.createSpace({}))).toEqual({ status: 'PERMISSION_DENIED', httpStatus: 403, message: 'Request had insufficient authentication scopes.' });
  });

  it('UNAUTHENTICATED: an unknown token, and one revoked after the client was built', async () => {
    const stranger = await g.clients(version, { token: 'ya29.not-a-token' });
    expect(await rejection(stranger.spaces.createSpace({}))).toMatchObject({ status: 'UNAUTHENTICATED', httpStatus: 401 });
    const token = (await g.h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token;
    const revoked = await g.clients(version, { token });
    await revoked.spaces.createSpace({});
    await g.h.control.revokeTokens({ token });
    expect(await rejection(revoked.spaces.createSpace({}))).toMatchObject({ status: 'UNAUTHENTICATED', httpStatus: 401 });
  });

  it('INVALID_ARGUMENT: a filter the grammar refuses, a foreign page token, an unknown mask path', async () => {
    const { spaces, records } = await g.clients(version);
    expect(await rejection(records.listConferenceRecords({ filter: 'start_time >= 2024' }))).toMatchObject({ status: 'INVALID_ARGUMENT', httpStatus: 400 });
    expect(await rejection(records.listConferenceRecords({ pageToken: 'not-a-token' }))).toMatchObject({ status: 'INVALID_ARGUMENT', httpStatus: 400 });
    const [space] = await spaces.createSpace({});
    expect(await rejection(spaces.updateSpace({ space: { name: space.name }, updateMask: { paths: ['config.nonsense'] } }))).toMatchObject({ status: 'INVALID_ARGUMENT', httpStatus: 400 });
  });

  it('FAILED_PRECONDITION: ending a conference in an idle space', async () => {
    const { spaces } = await g.clients(version);
    const [space] = await spaces.createSpace({});
    expect(await rejection(spaces.endActiveConference({ name: space.name }))).toEqual({ status: 'FAILED_PRECONDITION', httpStatus: 400, message: 'There is no active conference in this space.' });
  });
});
