import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TranscriptArchive } from '../electron/core/transcript-search/transcript-archive';
import { TranscriptIndex } from '../electron/core/transcript-search/transcript-index';
import { createTranscriptSearch } from '../electron/core/transcript-search/transcript-search';
import type { RecordingsCache } from '../electron/core/recordings/recordings-cache';
import type { TranscriptReader } from '../electron/core/recordings/transcript-reader';
import type { CachedEntry } from '../shared/model/transcript-search';
import { CapturingLogger, MemoryDocuments } from '../test/support/in-memory-ports';
import { percentile } from './percentiles';

const MEETINGS = 200;
const ENTRIES = 1_000;
const QUERIES = 200;
const UPDATES = 20;
const ACCOUNT = 'bench@example.com';

/** A deterministic generator, so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

/**
 * Meeting talk from a 6,000-word vocabulary with a Zipf-like spread (a few words everywhere, most
 * rare), 8-30 words an utterance, 2-8 speakers a meeting.
 */
function corpus() {
  const next = random(42);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const vocabulary = Array.from({ length: 6_000 }, () => Array.from({ length: 3 + Math.floor(next() * 7) }, () => letters[Math.floor(next() * 26)]).join(''));
  const word = () => vocabulary[Math.floor(Math.pow(next(), 2.2) * vocabulary.length)]!;
  const meeting = (): CachedEntry[] => {
    const speakers = Array.from({ length: 2 + Math.floor(next() * 7) }, (_, i) => `Speaker ${i + 1}`);
    return Array.from({ length: ENTRIES }, (_, i) => ({
      speaker: speakers[Math.floor(next() * speakers.length)]!,
      text: Array.from({ length: 8 + Math.floor(next() * 23) }, word).join(' '),
      offsetMs: i * 4_000,
      durationMs: 3_500,
    }));
  };
  // Queries people type: one or two words, common and rare, some cut short (prefix search).
  const queries = Array.from({ length: QUERIES }, (_, i) => {
    const pick = () => vocabulary[Math.floor(next() * (i % 2 === 0 ? 300 : vocabulary.length))]!;
    const first = pick();
    if (i % 3 === 0) return first.slice(0, Math.max(3, first.length - 2));
    return i % 3 === 1 ? `${first} ${pick()}` : first;
  });
  return { meeting, queries };
}

/** Search over 200 cached meetings of 1,000 entries: index rebuild from the archive, restore, search, update. */
export async function benchTranscriptSearch(): Promise<Record<string, number>> {
  const { meeting, queries } = corpus();
  const documents = new MemoryDocuments();
  const archive = new TranscriptArchive(documents.factory, ACCOUNT);
  for (let i = 0; i < MEETINGS; i += 1) {
    await archive.add({ transcript: `conferenceRecords/r${i}/transcripts/t${i}`, record: `conferenceRecords/r${i}`, startTime: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString() }, meeting());
  }
  const open = () =>
    createTranscriptSearch({
      cache: { artifacts: () => [] } as unknown as RecordingsCache,
      reader: {} as TranscriptReader,
      documents: documents.factory,
      indexDocuments: documents.factory,
      account: () => ACCOUNT,
      logger: new CapturingLogger(),
    });

  // First use with no index file: built from the archive, then saved.
  let started = performance.now();
  const fresh = open();
  await fresh.search('warm');
  const rebuildMs = performance.now() - started;
  const indexName = [...documents.files.keys()].find((name) => name.startsWith('transcript-index-'))!;
  const indexBytes = documents.files.get(indexName)!.length;

  // A restart: the saved index is restored.
  started = performance.now();
  const search = open();
  await search.search('warm');
  const restoreMs = performance.now() - started;

  const samples: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += (await search.search(query, 50)).length;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);

  const index = TranscriptIndex.empty();
  const updates: number[] = [];
  // CPU time too: on a machine shared with other work, wall time also counts the waits for a core.
  const cpu: number[] = [];
  for (let i = 0; i < UPDATES; i += 1) {
    const entries = meeting();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    index.add(i, entries);
    const used = process.cpuUsage(cpuStart);
    updates.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }

  return {
    transcript_entries_indexed: MEETINGS * ENTRIES,
    transcript_search_p50_ms: Number(percentile(samples, 50).toFixed(3)),
    transcript_search_p95_ms: Number(percentile(samples, 95).toFixed(3)),
    transcript_search_hits_per_query: Number((hits / queries.length).toFixed(1)),
    index_update_ms_per_1000_entries: Number(percentile(updates, 50).toFixed(2)),
    index_update_cpu_ms_per_1000_entries: Number(percentile(cpu, 50).toFixed(2)),
    transcript_index_rebuild_ms: Math.round(rebuildMs),
    transcript_index_restore_ms: Math.round(restoreMs),
    transcript_index_file_mb: Number((indexBytes / 1_000_000).toFixed(1)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchTranscriptSearch();
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
}
