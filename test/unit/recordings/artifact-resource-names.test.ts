import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import type { Handlers } from '../../../shared/ipc/handlers';
import { startHarness } from '../attendees/support/harness';

const ctx = { senderId: 't' };

describe('recordings channels refuse malformed artifact names', () => {
  it.each([
    ['recordings.open', { name: 'conferenceRecords/c1' }],
    ['recordings.open', { name: 'conferenceRecords/c1/participants/p1' }],
    ['recordings.open', { name: 'conferenceRecords/c1/recordings/r1/extra' }],
    ['recordings.open', { name: 'https://drive.google.com/file/d/f1' }],
    ['transcripts.export', { name: 'conferenceRecords/c1/transcripts/t1/entries/e1', format: 'text' }],
    ['transcripts.export', { name: 'conferenceRecords/c 1/transcripts/t1', format: 'srt' }],
  ])('%s %j → BAD_REQUEST', async (channel, payload) => {
    const h = await startHarness();
    const result = await createDispatcher(h.recordings.handlers as unknown as Handlers)(channel, payload, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(h.urlOpener.opened).toHaveLength(0);
  });

  it.each(['recordings', 'transcripts', 'smartNotes'])('a well-formed %s name reaches the handler', async (collection) => {
    const h = await startHarness();
    const result = await createDispatcher(h.recordings.handlers as unknown as Handlers)('recordings.open', { name: `conferenceRecords/c-1/${collection}/a_1` }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
