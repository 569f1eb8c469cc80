/** The schema validator the conformance tests rely on really rejects bad bodies. */
import { describe, expect, it } from 'vitest';
import { RESPONSE_SCHEMA, validateAgainstSchema } from './discovery/discovery-validator';

describe('discovery validator', () => {
  it('knows every Meet v2 method, members included', () => {
    expect(RESPONSE_SCHEMA.get('meet.spaces.get')).toBe('Space');
    expect(RESPONSE_SCHEMA.get('meet.spaces.members.list')).toBe('ListMembersResponse');
    expect(RESPONSE_SCHEMA.get('meet.conferenceRecords.transcripts.entries.list')).toBe('ListTranscriptEntriesResponse');
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
