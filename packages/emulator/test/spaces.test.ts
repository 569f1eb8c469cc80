/** spaces.create, get (by name and meeting code), patch with update masks, endActiveConference. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEET_SCOPES } from '../src/control/control-client';
import { googleError, startHarness, valid, type EmulatorHarness } from './emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('spaces', () => {
  it('creates a space with a canonical name, meeting code, URI and effective config', async () => {
    const meet = await h.meet();
    const space = valid('meet.spaces.create', (await meet.spaces.create({ requestBody: {} })).data);
    expect(space.name).toMatch(/^spaces\/[A-Za-z0-9]{12}$/);
    expect(space.meetingCode).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(space.meetingUri).toBe(`https://meet.google.com/${space.meetingCode}`);
    expect(space.config?.accessType).toBe('TRUSTED');
    expect(space).not.toHaveProperty('activeConference');
  });

  it('creates a space with config given by enum name or number', async () => {
    const meet = await h.meet();
    const byName = (await meet.spaces.create({ requestBody: { config: { accessType: 'OPEN' } } })).data;
    expect(byName.config?.accessType).toBe('OPEN');
    const response = await fetch(`${h.baseUrl}/v2/spaces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await h.control.mintToken('ada@quickmeet.test', [MEET_SCOPES.created])).access_token}` },
      body: JSON.stringify({ config: { accessType: 3, moderation: 2 } }),
    });
    const byNumber = valid('meet.spaces.create', (await response.json()) as object) as { config: { accessType: string; moderation: string } };
    expect(byNumber.config.accessType).toBe('RESTRICTED');
    expect(byNumber.config.moderation).toBe('ON');
  });

  it('gets a space by name and by meeting code in any case, always answering the canonical name', async () => {
    const meet = await h.meet();
    const created = (await meet.spaces.create({ requestBody: {} })).data;
    const byName = valid('meet.spaces.get', (await meet.spaces.get({ name: created.name! })).data);
    const byCode = valid('meet.spaces.get', (await meet.spaces.get({ name: `spaces/${created.meetingCode!.toUpperCase()}` })).data);
    expect(byName).toEqual(created);
    expect(byCode.name).toBe(created.name);
  });

  it('answers 404 NOT_FOUND for an unknown space and rejects the code alias on patch', async () => {
    const meet = await h.meet();
    expect(await googleError(meet.spaces.get({ name: 'spaces/nope-nope-nop' }))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    const created = (await meet.spaces.create({ requestBody: {} })).data;
    const patch = meet.spaces.patch({ name: `spaces/${created.meetingCode!}`, updateMask: 'config.accessType', requestBody: { config: { accessType: 'OPEN' } } });
    expect(await googleError(patch)).toMatchObject({ code: 404 });
  });

  it('patches only masked paths, in camelCase or snake_case', async () => {
    const meet = await h.meet();
    const created = (await meet.spaces.create({ requestBody: {} })).data;
    const requestBody = { config: { accessType: 'OPEN', entryPointAccess: 'CREATOR_APP_ONLY' } };
    const camel = valid('meet.spaces.patch', (await meet.spaces.patch({ name: created.name!, updateMask: 'config.accessType', requestBody })).data);
    expect(camel.config).toMatchObject({ accessType: 'OPEN', entryPointAccess: 'ALL' });
    const snake = (await meet.spaces.patch({ name: created.name!, updateMask: 'config.entry_point_access', requestBody })).data;
    expect(snake.config).toMatchObject({ accessType: 'OPEN', entryPointAccess: 'CREATOR_APP_ONLY' });
  });

  it('patches every sent field without a mask, and replaces everything with *', async () => {
    const meet = await h.meet();
    const created = (await meet.spaces.create({ requestBody: { config: { accessType: 'OPEN', moderation: 'ON' } } })).data;
    const merged = (await meet.spaces.patch({ name: created.name!, requestBody: { config: { artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } } } } })).data;
    expect(merged.config).toMatchObject({ accessType: 'OPEN', moderation: 'ON', artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } } });
    const replaced = (await meet.spaces.patch({ name: created.name!, updateMask: '*', requestBody: { config: { accessType: 'RESTRICTED' } } })).data;
    expect(replaced.config).toMatchObject({ accessType: 'RESTRICTED', moderation: 'OFF', artifactConfig: { recordingConfig: { autoRecordingGeneration: 'OFF' } } });
  });

  it('rejects unknown and output-only mask paths, and unknown body fields', async () => {
    const meet = await h.meet();
    const { name } = (await meet.spaces.create({ requestBody: {} })).data;
    expect(await googleError(meet.spaces.patch({ name: name!, updateMask: 'config.colour', requestBody: {} }))).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(await googleError(meet.spaces.patch({ name: name!, updateMask: 'meetingUri', requestBody: {} }))).toMatchObject({ code: 400 });
    const unknown = await googleError(meet.spaces.create({ requestBody: { colour: 'blue' } as object }));
    expect(unknown).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(unknown.message).toContain('Unknown name "colour"');
  });

  it('shows moderation restrictions only while moderation is on, and resets them when it goes off', async () => {
    const meet = await h.meet();
    const on = (await meet.spaces.create({ requestBody: { config: { moderation: 'ON', moderationRestrictions: { chatRestriction: 'HOSTS_ONLY' } } } })).data;
    expect(on.config?.moderationRestrictions?.chatRestriction).toBe('HOSTS_ONLY');
    const off = (await meet.spaces.patch({ name: on.name!, updateMask: 'config.moderation', requestBody: { config: { moderation: 'OFF' } } })).data;
    expect(off.config).not.toHaveProperty('moderationRestrictions');
    const again = (await meet.spaces.patch({ name: on.name!, updateMask: 'config.moderation', requestBody: { config: { moderation: 'ON' } } })).data;
    expect(again.config?.moderationRestrictions?.chatRestriction).toBe('NO_RESTRICTION');
  });

  it('ends the active conference, then answers FAILED_PRECONDITION when none is running', async () => {
    const meet = await h.meet();
    const { name } = (await meet.spaces.create({ requestBody: {} })).data;
    const record = await h.control.startConference(name!);
    expect((await meet.spaces.get({ name: name! })).data.activeConference?.conferenceRecord).toBe(record.name);
    valid('meet.spaces.endActiveConference', (await meet.spaces.endActiveConference({ name: name!, requestBody: {} })).data);
    expect((await meet.spaces.get({ name: name! })).data).not.toHaveProperty('activeConference');
    expect((await meet.conferenceRecords.get({ name: record.name })).data.endTime).toBeDefined();
    expect(await googleError(meet.spaces.endActiveConference({ name: name!, requestBody: {} }))).toMatchObject({ code: 400, status: 'FAILED_PRECONDITION' });
  });
});
