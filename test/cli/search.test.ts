import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { CliRuntime } from '../../electron/cli/cli-runtime';
import type { RuntimeFactory } from '../../electron/cli/program';
import { startDemoRuntime } from '../../electron/cli/demo-runtime';
import type { TranscriptHit } from '../../shared/model/transcript-search';

const hit = (over: Partial<TranscriptHit> = {}): TranscriptHit => ({
  transcript: 'conferenceRecords/r1/transcripts/t1',
  record: 'conferenceRecords/r1',
  meetingCode: 'abc-mnop-xyz',
  startTime: '2026-11-24T09:00:00Z',
  entry: 3,
  speaker: 'Ada',
  offsetMs: 65_500,
  snippet: [
    { text: 'the ', hit: false },
    { text: 'keychain', hit: true },
    { text: ' is locked', hit: false },
  ],
  score: 4.2,
  ...over,
});

/** The CLI over a runtime whose search answers `hits` and records the requests. */
async function cli(hits: ReadonlyArray<TranscriptHit>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const requests: unknown[] = [];
  const open: RuntimeFactory = async () =>
    ({
      api: { transcripts: { search: async (request: unknown) => (requests.push(request), hits) } },
      close: async () => undefined,
    }) as unknown as CliRuntime;
  const status = await runCli(['node', 'quickmeet', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, open);
  return { status, out, err, requests };
}

describe('quickmeet search', () => {
  it('prints one line per match: meeting, date, offset, speaker, snippet', async () => {
    const run = await cli([hit(), hit({ speaker: 'Bo\u001b[31m', offsetMs: 3_725_000, meetingCode: undefined })], 'search', 'keychain');
    expect(run.status).toBe(0);
    expect(run.requests).toEqual([{ query: 'keychain', limit: 20 }]);
    expect(run.out).toEqual([
      'abc-mnop-xyz 2026-11-24 [00:01:05] Ada: the keychain is locked',
      'conferenceRecords/r1 2026-11-24 [01:02:05] Bo [31m: the keychain is locked',
    ]);
  });

  it('prints JSON with --json, and says when nothing matches', async () => {
    const json = await cli([hit()], 'search', 'keychain', '--json', '--limit', '5');
    expect(json.requests).toEqual([{ query: 'keychain', limit: 5 }]);
    const [parsed] = JSON.parse(json.out.join('\n')) as Array<Record<string, unknown>>;
    const { score: _score, ...expected } = hit();
    expect(parsed).toEqual({ ...expected, text: 'the keychain is locked' });
    const none = await cli([], 'search', 'banana');
    expect(none.out).toEqual(['No transcript line matches “banana”.']);
    const bad = await cli([], 'search', 'x', '--limit', '0');
    expect(bad.status).toBe(2);
    expect(bad.err[0]).toMatch(/--limit must be/);
  });

  it('searches the local copy of the demo account through the contract', async () => {
    const out: string[] = [];
    const status = await runCli(['node', 'quickmeet', 'search', 'release', '--demo', '--json'], { out: (l) => out.push(l), err: () => undefined }, () => startDemoRuntime());
    expect(status).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([]);
  });
});
