import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountNamespace } from '../../../electron/core/auth/account-documents';
import { MEETINGS_DOCUMENT } from '../../../electron/core/meetings/meetings-feature';
import { buildNodeCore } from '../../support/node-core';

describe('quitting keeps the last write', () => {
  it('a registry write started just before shutdown is on disk once core.stop() has resolved', async () => {
    const home = mkdtempSync(join(tmpdir(), 'quickmeet-shutdown-'));
    const { node, core } = await buildNodeCore(home);
    try {
      await core.start({ background: false });
      const at = new Date().toISOString();
      const meeting = { space: 'spaces/last', meetingUri: 'https://meet.google.com/abc-mnop-xyz', meetingCode: 'abc-mnop-xyz', createdAt: at, lastUsedAt: at };
      void core.services.meetings.registry.upsert({ ...meeting, space: 'spaces/first' });
      void core.services.meetings.registry.upsert(meeting);
      await core.stop();
      const saved = JSON.parse(readFileSync(join(home, `${MEETINGS_DOCUMENT}-${accountNamespace(null)}.json`), 'utf8')) as { meetings: Array<{ space: string }> };
      expect(saved.meetings.map((m) => m.space)).toEqual(['spaces/last', 'spaces/first']);
    } finally {
      await node.dispose();
    }
  });
});
