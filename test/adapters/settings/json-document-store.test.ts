import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createJsonDocumentStoreFactory,
  removeLeftoverTemporaryFiles,
} from '../../../electron/adapters/json-document-store';

describe('JSON document store', () => {
  it('writes atomically with mode 0600 in a 0700 folder and reads back', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'quickmeet-docs-')), 'Quickmeet');
    const account = createJsonDocumentStoreFactory(dir)('account');
    await account.write({ email: 'ada@quickmeet.test' });
    expect(await account.read()).toEqual({ email: 'ada@quickmeet.test' });
    expect(statSync(join(dir, 'account.json')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['account.json']);
  });

  it('reads missing, damaged and oversized documents as undefined (the core tells them apart through inspect)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickmeet-docs-'));
    const docs = createJsonDocumentStoreFactory(dir, { maxBytes: 100 });
    expect(await docs('missing').read()).toBeUndefined();
    writeFileSync(join(dir, 'broken.json'), '{"cut');
    expect(await docs('broken').read()).toBeUndefined();
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ x: 'y'.repeat(200) }));
    expect(await docs('big').read()).toBeUndefined();
  });

  it('refuses names that could leave the folder', () => {
    const docs = createJsonDocumentStoreFactory(tmpdir());
    expect(() => docs('../escape')).toThrow(/Invalid document name/);
  });

  it('fails a write with IO_ERROR and leaves no temporary file behind', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'quickmeet-docs-'));
    writeFileSync(join(parent, 'blocked'), 'x');
    await expect(createJsonDocumentStoreFactory(join(parent, 'blocked'))('account').write({})).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(readdirSync(parent)).toEqual(['blocked']);
  });

  it('flush waits for every write started before it, and for writes chained onto those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickmeet-docs-'));
    const docs = createJsonDocumentStoreFactory(dir);
    const meetings = docs('meetings');
    void docs('spares').write({ spares: ['spaces/a'] });
    void meetings.write({ n: 1 }).then(() => meetings.write({ n: 2 })).then(() => meetings.write({ n: 3 }));
    await docs.flush();
    expect(JSON.parse(readFileSync(join(dir, 'spares.json'), 'utf8'))).toEqual({ spares: ['spaces/a'] });
    expect(JSON.parse(readFileSync(join(dir, 'meetings.json'), 'utf8'))).toEqual({ n: 3 });
    expect(readdirSync(dir).sort()).toEqual(['meetings.json', 'spares.json']);
  });

  it('flush settles even when a write failed, and at once when nothing is being written', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'quickmeet-docs-'));
    writeFileSync(join(parent, 'blocked'), 'x');
    const docs = createJsonDocumentStoreFactory(join(parent, 'blocked'));
    await docs.flush();
    const failed = docs('account').write({});
    await docs.flush();
    await expect(failed).rejects.toMatchObject({ code: 'IO_ERROR' });
  });

  it('tells a missing, unreadable and damaged document apart, and sets a damaged one aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickmeet-docs-'));
    const docs = createJsonDocumentStoreFactory(dir, { maxBytes: 100 });
    expect(await docs('missing').inspect?.()).toEqual({ kind: 'missing' });
    mkdirSync(join(dir, 'folder.json'));
    expect(await docs('folder').inspect?.()).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('EISDIR'),
    });
    await expect(docs('folder').write({})).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining('EISDIR'),
    });
    writeFileSync(join(dir, 'cut.json'), '{"meetings":[');
    expect(await docs('cut').inspect?.()).toEqual({ kind: 'corrupt', reason: 'the file is not valid JSON' });
    const movedTo = await docs('cut').moveAside?.('2026-11-30T10-00-00-000Z');
    expect(movedTo).toBe(join(dir, 'cut.json.corrupt-2026-11-30T10-00-00-000Z'));
    expect(readFileSync(movedTo!, 'utf8')).toBe('{"meetings":[');
    expect(await docs('cut').inspect?.()).toEqual({ kind: 'missing' });
  });

  it('removes the temporary files of crashed writers only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickmeet-docs-'));
    const now = Date.now();
    const names = {
      crashed: 'meetings.json.999999999.00ff00.tmp',
      running: `meetings.json.${process.ppid}.00ff00.tmp`,
      engineOld: 'settings.json.tmp-1234567890abcdef',
      engineFresh: 'settings.json.tmp-0987654321fedcba',
      unrelated: 'notes.tmp',
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    utimesSync(join(dir, names.engineOld), new Date(now - 3_600_000), new Date(now - 3_600_000));
    expect([...(await removeLeftoverTemporaryFiles(dir, now))].sort()).toEqual([names.crashed, names.engineOld].sort());
    expect(readdirSync(dir).sort()).toEqual([names.running, names.engineFresh, names.unrelated].sort());
  });
});
