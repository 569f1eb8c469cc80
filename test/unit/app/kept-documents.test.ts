/** The one data-file policy, over a scripted file: missing ≠ unreadable ≠ damaged; failed writes stay in memory; one notice each. */
import { describe, expect, it } from 'vitest';
import { keptDocuments, labelOf } from '../../../electron/core/app/kept-documents';
import { createNoticeBoard } from '../../../electron/core/app/notice-board';
import type { DocumentRead, DocumentStore } from '../../../electron/core/ports/document-store';
import { CapturingLogger, ManualClock, RecordingEventSink } from '../../support/in-memory-ports';

/** A file whose reads and writes the test scripts, recording every write and move. */
class ScriptedFile implements DocumentStore {
  found: DocumentRead = { kind: 'missing' };
  failWrites: Error | undefined;
  failMove: Error | undefined;
  readonly written: unknown[] = [];
  readonly moved: string[] = [];
  read = async () => (this.found.kind === 'document' ? this.found.data : undefined);
  inspect = async () => this.found;
  write = async (value: unknown) => {
    if (this.failWrites) throw this.failWrites;
    this.written.push(value);
    this.found = { kind: 'document', data: value };
  };
  moveAside = async (stamp: string) => {
    if (this.failMove) throw this.failMove;
    this.moved.push(stamp);
    this.found = { kind: 'missing' };
    return `/data/meetings.json.corrupt-${stamp}`;
  };
}

function setUp() {
  const file = new ScriptedFile();
  const events = new RecordingEventSink();
  const notices = createNoticeBoard(events);
  const documents = keptDocuments(() => file, { notices, clock: new ManualClock(), logger: new CapturingLogger() });
  return { file, notices, documents, events };
}

describe('kept documents: one policy for every data file', () => {
  it('reads a missing file as a fresh start, without a notice', async () => {
    const { documents, notices, file } = setUp();
    expect(await documents('meetings').read()).toBeUndefined();
    await documents('meetings').write({ version: 1, meetings: [] });
    expect(file.written).toHaveLength(1);
    expect(notices.list()).toEqual([]);
  });

  it('sets a damaged file aside, says where it went, and starts afresh', async () => {
    const { documents, notices, file } = setUp();
    file.found = { kind: 'corrupt', reason: 'the file is not valid JSON' };
    expect(await documents('meetings-0123456789abcdef').read()).toBeUndefined();
    expect(file.moved).toHaveLength(1);
    expect(notices.list()).toEqual([
      {
        id: 'meetings-reset',
        level: 'warning',
        message: expect.stringMatching(/^Your list of recent meetings could not be used \(the file is not valid JSON\), so Quickmeet started with an empty list\. The old file was kept as \/data\/meetings\.json\.corrupt-/),
      },
    ]);
    await documents('meetings-0123456789abcdef').write({ version: 1, meetings: [] });
    expect(file.written).toHaveLength(1);
  });

  it('leaves an unreadable file alone and keeps working in memory', async () => {
    const { documents, notices, file } = setUp();
    file.found = { kind: 'unreadable', reason: 'cannot read the account file: permission denied (EACCES)' };
    const account = documents('account');
    expect(await account.read()).toBeUndefined();
    await account.write({ email: 'ada@quickmeet.test' });
    expect(file.written).toEqual([]);
    expect(file.moved).toEqual([]);
    expect(await account.read()).toEqual({ email: 'ada@quickmeet.test' });
    expect(notices.list()).toEqual([expect.objectContaining({ id: 'account-not-saved', message: expect.stringContaining('EACCES') })]);
  });

  it('keeps a document whose write failed in memory, with one notice however many writes fail', async () => {
    const { documents, notices, file, events } = setUp();
    file.failWrites = Object.assign(new Error('Could not save meetings: a folder is in the way (EISDIR)'), { code: 'IO_ERROR' });
    const meetings = documents('meetings');
    await expect(meetings.write({ n: 1 })).resolves.toBeUndefined();
    await meetings.write({ n: 2 });
    expect(await meetings.read()).toEqual({ n: 2 });
    expect(notices.list()).toEqual([expect.objectContaining({ id: 'meetings-not-saved', message: expect.stringContaining('EISDIR') })]);
    expect(events.emitted.filter((e) => e.event === 'app.notice')).toHaveLength(1);
  });

  it('sets aside a document whose shape the caller rejects, and never overwrites one it could not keep', async () => {
    const { documents, notices, file } = setUp();
    file.found = { kind: 'document', data: { version: 1, meetings: 'nope' } };
    await documents('meetings').reportDamaged?.('not a list of meetings');
    expect(file.moved).toHaveLength(1);
    expect(notices.list()[0]).toMatchObject({ id: 'meetings-reset', message: expect.stringContaining('not a list of meetings') });

    const second = setUp();
    second.file.found = { kind: 'corrupt', reason: 'an empty file' };
    second.file.failMove = new Error('EACCES');
    await second.documents('recordings').read();
    await second.documents('recordings').write({ version: 1 });
    expect(second.file.written).toEqual([]);
    expect(second.notices.list()).toEqual([expect.objectContaining({ id: 'recordings-not-saved', message: expect.stringContaining('could not be set aside') })]);
  });

  it('names each file for a person, with or without its account suffix', () => {
    expect(labelOf('meetings-0123456789abcdef')).toMatchObject({ id: 'meetings', file: 'list of recent meetings' });
    expect(labelOf('spare-spaces-signed-out')).toMatchObject({ id: 'spare-spaces' });
    expect(labelOf('account')).toMatchObject({ id: 'account', file: 'account file' });
  });
});
