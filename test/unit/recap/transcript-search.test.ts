import { describe, expect, it } from 'vitest';
import { createTranscriptSearch } from '../../../electron/core/transcript-search/transcript-search';
import { snippetOf } from '../../../electron/core/transcript-search/snippet';
import type { TranscriptReader } from '../../../electron/core/recordings/transcript-reader';
import { startAfterCall } from './after-call-harness';

const ctx = { senderId: 't' };

/** A conference whose transcript of three speakers is generated and cached. */
async function transcriptCached(account = 'ada@example.com') {
  let current: string | null = account;
  const h = await startAfterCall({ account: () => current });
  const record = h.meet.startConference('spaces/alpha');
  const start = Date.parse(h.meet.records.get(record)!.startTime);
  const ada = h.meet.join(record, 'signedinUser', 'Ada');
  const bo = h.meet.join(record, 'signedinUser', 'Bo');
  const kim = h.meet.join(record, 'anonymousUser', 'Guest <b>Kim</b>');
  await h.time.advance(5 * 60_000);
  h.meet.end(record, ['transcript']);
  const transcript = h.meet.transcripts.get(record)![0]!.name;
  const t = (s: number) => new Date(start + s * 1000).toISOString();
  const lines: Array<[string, string, number]> = [
    [ada, 'Good morning. The release checklist is first.', 5],
    [bo, 'The installer is signed and the build is green.', 65],
    [kim, 'What happens when the keychain is locked? <img src=x onerror=alert(1)>', 125],
    [ada, 'We keep the session in memory and tell the user about the keychain.', 185],
  ];
  h.meet.entries.set(transcript, lines.map(([participant, text, s], i) => ({ name: `${transcript}/entries/${i}`, participant, text, startTime: t(s), endTime: t(s + 20) })));
  h.meet.generate(record);
  await h.time.advance(60_000);
  await h.time.advance(60_000);
  return { h, record, transcript, switchTo: (next: string | null) => (current = next) };
}

/** A second search over the same kept files, as after a restart of the app. */
function restartedSearch(h: Awaited<ReturnType<typeof startAfterCall>>, reader: TranscriptReader = h.recordings.transcripts) {
  return createTranscriptSearch({
    cache: h.recordings.cache,
    reader,
    documents: h.documents.factory,
    indexDocuments: h.documents.factory,
    account: () => 'ada@example.com',
    logger: h.logger,
  });
}

describe('transcript search', () => {
  it('finds cached entries with speaker, offset and a snippet whose matched words are marked', async () => {
    const { h, transcript, record } = await transcriptCached();
    const hits = await h.afterCall.handlers['transcripts.search']({ query: 'keychain' }, ctx);
    expect(hits.map((hit) => [hit.speaker, hit.entry, hit.offsetMs])).toEqual(
      expect.arrayContaining([
        ['Guest <b>Kim</b>', 2, 125_000],
        ['Ada', 3, 185_000],
      ]),
    );
    expect(hits).toHaveLength(2);
    const kim = hits.find((hit) => hit.entry === 2)!;
    expect(kim).toMatchObject({ transcript, record, meetingCode: 'aaa-bbbb-cc0' });
    expect(kim.snippet).toEqual([
      { text: 'What happens when the ', hit: false },
      { text: 'keychain', hit: true },
      { text: ' is locked? <img src=x onerror=alert(1)>', hit: false },
    ]);
  });

  it('matches word prefixes, and every word of the query must match', async () => {
    const { h } = await transcriptCached();
    const prefix = await h.afterCall.handlers['transcripts.search']({ query: 'instal' }, ctx);
    expect(prefix.map((hit) => hit.speaker)).toEqual(['Bo']);
    expect(prefix[0]!.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['installer']);
    const both = await h.afterCall.handlers['transcripts.search']({ query: 'keychain memory' }, ctx);
    expect(both.map((hit) => hit.entry)).toEqual([3]);
    expect(await h.afterCall.handlers['transcripts.search']({ query: 'keychain banana' }, ctx)).toEqual([]);
    expect(await h.afterCall.handlers['transcripts.search']({ query: '   ' }, ctx)).toEqual([]);
  });

  it('survives Google’s expiry and a restart: the local copy answers without a single call to Google', async () => {
    const { h, record, transcript } = await transcriptCached();
    h.meet.expire(record);
    const calls = h.meet.count();
    const unreachable = { read: () => Promise.reject(new Error('no network')) } as unknown as TranscriptReader;
    const restarted = restartedSearch(h, unreachable);
    expect((await restarted.search('release')).map((hit) => hit.transcript)).toEqual([transcript]);
    const full = await restarted.read(transcript);
    expect(full.entries.map((entry) => entry.speaker)).toEqual(['Ada', 'Bo', 'Guest <b>Kim</b>', 'Ada']);
    expect(full.entries[1]).toMatchObject({ offsetMs: 65_000, durationMs: 20_000 });
    expect(h.meet.count()).toBe(calls);
  });

  it('rebuilds a damaged index file from the cached entries', async () => {
    const { h, transcript } = await transcriptCached();
    const indexName = [...h.documents.files.keys()].find((name) => name.startsWith('transcript-index-'))!;
    for (const damaged of ['{"version":1,"format":"minisearch-7/x/prefix-and","keys":[0],"index":{"nonsense":true}}', '[1,2,3]']) {
      h.documents.files.set(indexName, damaged);
      const restarted = restartedSearch(h);
      expect((await restarted.search('checklist')).map((hit) => [hit.transcript, hit.entry])).toEqual([[transcript, 0]]);
      expect(JSON.parse(h.documents.files.get(indexName)!)).toMatchObject({ version: 1, keys: [0] });
    }
  });

  it('after a restart, adds a new transcript to the restored index once, and finds old and new lines', async () => {
    const { h } = await transcriptCached();
    // The running instance stops listening: the restarted one alone keeps the archive from here.
    h.afterCall.stop();
    const restarted = restartedSearch(h);
    // Nothing new: the index file is not even read.
    await restarted.sync();
    const record = h.meet.startConference('spaces/alpha');
    const cy = h.meet.join(record, 'signedinUser', 'Cy');
    await h.time.advance(60_000);
    h.meet.end(record, ['transcript']);
    const transcript = h.meet.transcripts.get(record)![0]!.name;
    const at = new Date(h.time.now()).toISOString();
    h.meet.entries.set(transcript, [{ name: `${transcript}/entries/0`, participant: cy, text: 'The checklist again, and the roadmap.', startTime: at, endTime: at }]);
    h.meet.generate(record);
    await h.time.advance(60_000);
    await h.time.advance(60_000);
    await restarted.sync();
    expect((await restarted.search('checklist')).map((hit) => hit.speaker).sort()).toEqual(['Ada', 'Cy']);
    expect((await restarted.search('roadmap')).map((hit) => hit.transcript)).toEqual([transcript]);
  });

  it('keeps each account’s transcripts apart', async () => {
    const { h, switchTo } = await transcriptCached();
    switchTo('bo@example.com');
    h.afterCall.search.reset();
    expect(await h.afterCall.handlers['transcripts.search']({ query: 'keychain' }, ctx)).toEqual([]);
    switchTo('ada@example.com');
    h.afterCall.search.reset();
    expect(await h.afterCall.handlers['transcripts.search']({ query: 'keychain' }, ctx)).toHaveLength(2);
  });
});

describe('snippets', () => {
  it('cuts long text around the first match on word boundaries, with ellipses', () => {
    const text = `${'lorem '.repeat(30)}the needle is here ${'ipsum '.repeat(60)}`;
    const parts = snippetOf(text, new Set(['needle']));
    expect(parts[0]!.text.startsWith('…lorem')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(parts.filter((part) => part.hit)).toEqual([{ text: 'needle', hit: true }]);
    expect(parts.map((part) => part.text).join('').length).toBeLessThan(220);
  });

  it('marks every matched word, in any letter case and script', () => {
    expect(snippetOf('Über uns: ÜBER alles', new Set(['über']))).toEqual([
      { text: 'Über', hit: true },
      { text: ' uns: ', hit: false },
      { text: 'ÜBER', hit: true },
      { text: ' alles', hit: false },
    ]);
  });
});
