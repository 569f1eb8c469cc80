/** The schema validator the conformance tests rely on really rejects bad bodies. */
import { describe, expect, it } from 'vitest';
import { enumNumbersToNames, RESPONSE_SCHEMA, validateAgainstSchema } from './discovery/discovery-validator';

describe('discovery validator', () => {
  it('knows every Meet v2 method, members included', () => {
    expect(RESPONSE_SCHEMA.get('meet.spaces.get')).toBe('Space');
    expect(RESPONSE_SCHEMA.get('meet.spaces.members.list')).toBe('ListMembersResponse');
    expect(RESPONSE_SCHEMA.get('meet.conferenceRecords.transcripts.entries.list')).toBe('ListTranscriptEntriesResponse');
  });

  it('knows the Workspace Events and Pub/Sub methods, each read in its own API’s schemas', () => {
    expect(RESPONSE_SCHEMA.get('workspaceevents.subscriptions.create')).toBe('Operation');
    expect(RESPONSE_SCHEMA.get('pubsub.projects.subscriptions.pull')).toBe('PullResponse');
    // Both APIs have a `Subscription`; each validates against its own.
    expect(validateAgainstSchema('Subscription', { topic: 'projects/p/topics/t', ackDeadlineSeconds: 10 }, { api: 'pubsub' })).toEqual([]);
    expect(validateAgainstSchema('Subscription', { topic: 'projects/p/topics/t' }, { api: 'workspaceevents' }).length).toBeGreaterThan(0);
    expect(validateAgainstSchema('Subscription', { state: 'PAUSED' }, { api: 'workspaceevents' }).length).toBeGreaterThan(0);
  });

  it('accepts a valid body', () => {
    expect(validateAgainstSchema('Recording', { name: 'conferenceRecords/a/recordings/b', state: 'ENDED', startTime: '2026-05-04T09:00:03.512Z' })).toEqual([]);
  });

  it.each([
    ['an unknown field', 'Space', { name: 'spaces/a', colour: 'red' }],
    ['a wrong type', 'ConferenceRecord', { name: 42 }],
    ['a wrong enum value', 'Recording', { state: 'DONE' }],
    ['a nested wrong enum', 'Space', { config: { accessType: 'PUBLIC' } }],
    ['a non-UTC timestamp', 'ConferenceRecord', { startTime: '2026-05-04T09:00:03+02:00' }],
    ['a null', 'ConferenceRecord', { endTime: null }],
    ['an empty list', 'ListConferenceRecordsResponse', { conferenceRecords: [] }],
    ['a list of wrong items', 'ListParticipantsResponse', { participants: [{ signedinUser: { email: 'x' } }] }],
  ])('rejects %s', (_, schema, body) => {
    expect(validateAgainstSchema(schema, body).length).toBeGreaterThan(0);
  });
});

describe('discovery validator under alt=json;enum-encoding=int', () => {
  it('accepts enum numbers in range, nested and in lists', () => {
    const body = { recordings: [{ name: 'conferenceRecords/a/recordings/b', state: 3 }] };
    expect(validateAgainstSchema('ListRecordingsResponse', body, { enumEncoding: 'int' })).toEqual([]);
    expect(validateAgainstSchema('Space', { config: { accessType: 1, moderationRestrictions: { chatRestriction: 2 } } }, { enumEncoding: 'int' })).toEqual([]);
  });

  it.each([
    ['an enum name', 'Recording', { state: 'ENDED' }],
    ['a number past the list', 'Recording', { state: 4 }],
    ['a fraction', 'Space', { config: { accessType: 1.5 } }],
  ])('rejects %s', (_, schema, body) => {
    expect(validateAgainstSchema(schema, body, { enumEncoding: 'int' }).length).toBeGreaterThan(0);
  });

  it('reads numbers back as names through the schema', () => {
    expect(enumNumbersToNames('ListMembersResponse', { members: [{ role: 1, email: 'a@b' }] })).toEqual({ members: [{ role: 'COHOST', email: 'a@b' }] });
  });

  it('knows `user` on v2beta members only', () => {
    expect(validateAgainstSchema('Member', { user: 'users/1' }, { version: 'v2beta' })).toEqual([]);
    expect(validateAgainstSchema('Member', { user: 'users/1' }).length).toBeGreaterThan(0);
  });
});
