/** Recaps on disk: the real atomic JSON store under the core's document policy. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createJsonDocumentStoreFactory } from '../../../electron/adapters/json-document-store';
import { keptDocuments } from '../../../electron/core/app/kept-documents';
import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import { readRecaps, RecapStore } from '../../../electron/core/recap/recap-store';
import type { Recap } from '../../../shared/model/recap';
import { CapturingLogger, ManualClock, RecordingEventSink } from '../../support/in-memory-ports';

const recap = (n: number): Recap => ({
  record: `conferenceRecords/r${n}`,
  space: 'spaces/s',
  startTime: `2026-11-2${n}T09:00:00Z`,
  endTime: `2026-11-2${n}T09:30:00Z`,
  durationSeconds: 1800,
  attendees: [{ displayName: 'Ada', kind: 'signedinUser', firstJoin: `2026-11-2${n}T09:00:00Z`, totalSeconds: 1800, rejoins: 0 }],
  files: [],
});

const dirs: string[] = [];
function open() {
  const dir = mkdtempSync(join(tmpdir(), 'quickmeet-recaps-'));
  dirs.push(dir);
  const events = new RecordingEventSink();
  const notices = createNoticeBoard(events);
  const documents = keptDocuments(createJsonDocumentStoreFactory(dir), { notices, clock: new ManualClock(), logger: new CapturingLogger() });
  return { dir, notices, store: () => new RecapStore(documents('recaps')), documents };
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('recap store', () => {
  it('writes recaps newest first and reads them back after a restart', async () => {
    const { store, dir, documents } = open();
    const first = store();
    await first.load();
    await first.put(recap(1));
    await first.put(recap(3));
    await first.put({ ...recap(1), durationSeconds: 60 });
    await documents.flush?.();
    const second = store();
    await second.load();
    expect(second.list().map((r) => [r.record, r.durationSeconds])).toEqual([
      ['conferenceRecords/r3', 1800],
      ['conferenceRecords/r1', 60],
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'recaps.json'), 'utf8')).version).toBe(1);
  });

  it('sets a file that is not JSON aside before starting afresh: nothing is lost, and a notice says so', async () => {
    const { store, dir, notices } = open();
    writeFileSync(join(dir, 'recaps.json'), '{"version":1,"recaps":[');
    const recaps = store();
    await recaps.load();
    expect(recaps.list()).toEqual([]);
    const aside = readdirSync(dir).filter((name) => name.startsWith('recaps.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe('{"version":1,"recaps":[');
    expect(notices.list().map((n) => n.id)).toContain('recaps-reset');
  });

  it('keeps the recaps that still parse, and keeps a copy of the whole file before writing', async () => {
    const { store, dir } = open();
    const original = JSON.stringify({ version: 1, recaps: [recap(2), { record: 42 }, recap(1)] });
    writeFileSync(join(dir, 'recaps.json'), original);
    const recaps = store();
    await recaps.load();
    expect(recaps.list().map((r) => r.record)).toEqual(['conferenceRecords/r2', 'conferenceRecords/r1']);
    const aside = readdirSync(dir).filter((name) => name.startsWith('recaps.json.corrupt-'));
    expect(aside.map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual([original]);
    await recaps.put(recap(4));
    expect(existsSync(join(dir, 'recaps.json'))).toBe(true);
  });

  it('reads known versions and refuses a newer one instead of overwriting it silently', () => {
    expect(readRecaps(undefined)).toEqual({ recaps: [] });
    expect(readRecaps({ version: 1, recaps: [recap(1)] })).toEqual({ recaps: [recap(1)] });
    expect(readRecaps({ version: 9, recaps: [] }).damaged).toMatch(/newer Quickmeet/);
    expect(readRecaps([recap(1)]).damaged).toBe('not a list of recaps');
  });
});
