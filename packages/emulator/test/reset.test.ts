/** Reset empties the one state object in place: every module that holds it sees the reset. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatorClock } from '../src/clock/emulator-clock';
import { createTokenService } from '../src/oauth/token-service';
import { createConferenceSimulator } from '../src/simulation/conference-simulator';
import { defaultSpaceConfig } from '../src/meet/space-config-defaults';
import { clearState, emptyState, type EmulatorState, type StoredSpace } from '../src/state/emulator-state';
import { createStateQueries } from '../src/state/state-queries';
import { MEET_SCOPES } from '../src/control/control-client';
import { startHarness } from './emulator-harness';

/** Adds a space to the state as spaces.create does. */
function addSpace(state: EmulatorState, id: string): StoredSpace {
  const space: StoredSpace = { id, meetingCode: `${id}-abcd-efg`, ownerEmail: 'ada@quickmeet.test', creatorClientId: 'client', createdAt: 0, config: defaultSpaceConfig() };
  state.spaces.push(space);
  return space;
}

describe('clearState', () => {
  it('empties the object the services hold, keeps it the same object, and keeps the clock', () => {
    const state: EmulatorState = emptyState();
    const clock = createEmulatorClock(5_000);
    const queries = createStateQueries(state, clock);
    const tokens = createTokenService(state, clock, { accessTokenTtlSeconds: 3600, refreshTokenCap: 100 }, () => undefined);
    const simulator = createConferenceSimulator({ state, clock, queries, processingMs: () => 0, changed: () => undefined });

    const minted = tokens.mint('ada@quickmeet.test', 'client', [MEET_SCOPES.created], true);
    const space = addSpace(state, 'first');
    const conference = simulator.start(space);
    simulator.join(conference, { kind: 'anonymousUser', displayName: 'Guest' });
    expect(queries.spaceById(space.id)).toBe(space);
    expect(tokens.checkBearer(minted.accessToken)).toMatchObject({ email: 'ada@quickmeet.test' });
    state.clockOffsetMs = clock.offsetMs();

    clearState(state, clock.offsetMs());

    expect(state).toEqual({ ...emptyState(), clockOffsetMs: 5_000 });
    expect(queries.spaceById(space.id)).toBeUndefined();
    expect(queries.conference(conference.id)).toBeUndefined();
    expect(queries.participantsOf(conference.id)).toEqual([]);
    expect(tokens.checkBearer(minted.accessToken)).toBe('unknown');
    expect(tokens.grants()).toEqual([]);
    // The services keep working on the emptied object.
    const again = addSpace(state, 'second');
    expect(queries.spaceById(again.id)).toBe(again);
    expect(state.spaces).toEqual([again]);
  });
});

describe('reset through the control API', () => {
  it('is seen by the Meet API, the OAuth endpoints, the control API and the state file', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'emulator-reset-')), 'state.json');
    const h = await startHarness({ stateFile });
    try {
      const meet = await h.meet();
      const space = (await meet.spaces.create({ requestBody: {} })).data;
      const record = await h.control.startConference(space.name!);
      await h.control.join(record.name, { kind: 'signedinUser', displayName: 'Someone' });
      const minted = await h.control.mintToken('grace@quickmeet.test', [MEET_SCOPES.readonly], { offline: true });
      await h.control.advanceClock(120);
      const before = await h.control.now();

      await h.control.reset();

      expect(await h.control.grants()).toEqual([]);
      await expect(meet.spaces.get({ name: space.name! })).rejects.toMatchObject({ status: 401 });
      const fresh = await h.meet();
      await expect(fresh.spaces.get({ name: space.name! })).rejects.toMatchObject({ status: 404 });
      await expect(fresh.conferenceRecords.get({ name: record.name })).rejects.toMatchObject({ status: 404 });
      const refreshed = await fetch(`${h.baseUrl}/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: minted.refresh_token!, client_id: 'quickmeet-demo.apps.googleusercontent.com', client_secret: 'GOCSPX-quickmeet-demo' }),
      });
      expect(refreshed.status).toBe(400);
      // The clock is not turned back.
      expect(Date.parse(await h.control.now())).toBeGreaterThanOrEqual(Date.parse(before));
      // The new state is usable and is what the file gets.
      const after = (await fresh.spaces.create({ requestBody: {} })).data;
      await h.emulator.close();
      const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as EmulatorState;
      expect(saved.spaces.map((s) => `spaces/${s.id}`)).toEqual([after.name]);
      expect(saved.conferences).toEqual([]);
      expect(saved.participants).toEqual([]);
      expect(saved.refreshTokens.every((r) => r.email === 'ada@quickmeet.test')).toBe(true);
    } finally {
      await h.close();
    }
  });
});
