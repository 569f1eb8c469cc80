/** The contract's limits hold on both ends: the page never sends what the main side would refuse. */
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/ipc/client';
import { requests } from '../../shared/ipc/contract';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import type { Handlers } from '../../shared/ipc/handlers';
import { MAX_MESSAGE_BYTES, TOO_LARGE } from '../../shared/ipc/limits';
import type { WireMessage } from '../../shared/ipc/wire';
import { COHOSTS_TEXT_MAX, INPUT_LIMITS } from '../../shared/model/input-limits';
import { Preset } from '../../shared/model/preset';
import { Settings } from '../../shared/model/settings';

describe('request limits', () => {
  it('answers an oversized request with BAD_REQUEST on the page side, without putting it on the transport', async () => {
    const sent: WireMessage[] = [];
    const api = createClient({ send: (message) => void sent.push(message), onMessage: () => () => undefined });
    const answer = await api.meetings.join({ input: 'x'.repeat(MAX_MESSAGE_BYTES + 1) });
    expect(answer).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: TOO_LARGE } });
    expect(sent).toEqual([]);
  });

  it('gives the same answer the dispatcher gives a payload that reaches it', async () => {
    const dispatch = createDispatcher({} as Handlers);
    const answer = await dispatch('meetings.join', { input: 'x'.repeat(300 * 1024) }, { senderId: 'test' });
    expect(answer).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: TOO_LARGE } });
  });

  it('uses one set of numbers for the schemas and the renderer’s maxLength attributes', () => {
    expect(requests['meetings.join'].request.shape.input.maxLength).toBe(INPUT_LIMITS.text);
    expect(Settings.shape.shortcut.maxLength).toBe(INPUT_LIMITS.shortcut);
    expect(Settings.shape.transcriptFolder.maxLength).toBe(INPUT_LIMITS.folder);
    expect(Preset.shape.name.maxLength).toBe(INPUT_LIMITS.presetName);
    expect(requests['transcripts.search'].request.shape.query.maxLength).toBe(INPUT_LIMITS.searchQuery);
    // Fifty longest e-mails, one per line, fit the co-host box; one more character would not parse.
    expect(COHOSTS_TEXT_MAX).toBe(INPUT_LIMITS.cohosts * (INPUT_LIMITS.email + 1));
  });

  it('refuses after-call requests the schemas do not allow, before any handler runs', async () => {
    const dispatch = createDispatcher({} as Handlers);
    const refused = [
      ['transcripts.search', { query: 'x'.repeat(INPUT_LIMITS.searchQuery + 1) }],
      ['transcripts.search', { query: 'ok', limit: 101 }],
      ['transcripts.search', { query: 'ok', extra: true }],
      ['transcripts.read', { name: 'conferenceRecords/a/recordings/b' }],
      ['transcripts.read', { name: '../../etc/passwd' }],
      ['recap.copy', { record: 'spaces/abc' }],
    ] as const;
    for (const [channel, payload] of refused) {
      const answer = await dispatch(channel, payload, { senderId: 'test' });
      expect(answer.ok ? 'ok' : answer.error.code).toBe('BAD_REQUEST');
    }
  });
});
