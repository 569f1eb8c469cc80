import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import type { Handlers } from '../../../shared/ipc/handlers';
import { startHarness } from './support/harness';

const ctx = { senderId: 't' };

/** The feature's real handlers behind the real dispatcher, as a window reaches them. */
async function dispatcher() {
  const h = await startHarness();
  return { h, dispatch: createDispatcher(h.feature.handlers as unknown as Handlers) };
}

describe('conference channels refuse malformed resource names', () => {
  it.each([
    ['conference.select', { record: 'spaces/alpha' }],
    ['conference.select', { record: 'conferenceRecords/' }],
    ['conference.select', { record: 'conferenceRecords/a/participants/b' }],
    ['conference.select', { record: 'conferenceRecords/../../etc' }],
    ['attendance.summary', { record: 'conferenceRecords/rec1?fields=*' }],
    ['attendance.export', { record: 'conferenceRecords/rec 1', format: 'csv' }],
    ['conference.end', { space: 'conferenceRecords/rec1' }],
    ['conference.end', { space: 'spaces/alpha/members/x' }],
    ['conference.end', { space: 'spaces/alpha\n' }],
  ])('%s %j → BAD_REQUEST, and Google is not asked', async (channel, payload) => {
    const { h, dispatch } = await dispatcher();
    const before = h.meet.count();
    const result = await dispatch(channel, payload, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(h.meet.count()).toBe(before);
  });

  it('accepts well-formed names, meeting-code space aliases included', async () => {
    const { h, dispatch } = await dispatcher();
    h.auth.set({ status: 'signedIn', email: 'ada@quickmeet.test', capabilities: ['createSpaces', 'readAllConferences'], persisted: true });
    const record = h.meet.startConference('spaces/alpha');
    expect(await dispatch('attendance.summary', { record }, ctx)).toMatchObject({ ok: true });
    // Well-formed but unknown: the handler answers, not the schema.
    expect(await dispatch('conference.select', { record: 'conferenceRecords/no_such-1' }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('conference.end', { space: 'spaces/abc-mnop-xyz' }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_OWNER' } });
  });
});
