// `npm run bench` prints every section's figures; `npm run bench -- --json` prints ONE JSON object
// merging them, so figures can be tracked over time. Add a section by appending to SECTIONS.
import { benchAttendees } from './attendees';
import { benchAttendeesRender } from './attendees-render';
import { benchInstantMeeting } from './instant-meeting';
import { benchPush, LATENCY_MS } from './push';
import { benchRecordings } from './recordings';
import { benchTranscriptSearch } from './transcript-search';

/** One benchmark section: a name and a function answering flat figures (ms, counts, ratios). */
export interface BenchSection {
  readonly name: string;
  run(): Promise<Readonly<Record<string, number>>>;
}

/** Every section, in print order; keys must be unique across sections. */
export const SECTIONS: ReadonlyArray<BenchSection> = [
  { name: 'instant meeting (click → link on the clipboard)', run: () => benchInstantMeeting() },
  { name: 'attendee polling', run: () => benchAttendees() },
  { name: 'recordings', run: () => benchRecordings() },
  { name: 'attendee list render', run: async () => ({ ...(await benchAttendeesRender()) }) },
  { name: 'instant updates against polling (live 50-person conference, 100 ms round trips)', run: () => benchPush() },
  { name: 'transcript search (200 cached meetings × 1,000 entries)', run: () => benchTranscriptSearch() },
];

/** Targets checked and printed next to the figures (the product's speed goals). */
const TARGETS: ReadonlyArray<{ readonly label: string; readonly met: (f: Record<string, number>) => boolean | undefined }> = [
  { label: 'warm p50 ≤ 25 ms', met: (f) => (f.warm_p50_ms === undefined ? undefined : f.warm_p50_ms <= 25) },
  { label: 'cold p50 ≤ 1.1 × one create round trip', met: (f) => (f.cold_to_rtt_ratio === undefined ? undefined : f.cold_to_rtt_ratio <= 1.1) },
  {
    label: `push join → shown p50 ≤ 3 round trips (${3 * LATENCY_MS} ms)`,
    met: (f) => (f.push_join_to_shown_p50_ms === undefined ? undefined : f.push_join_to_shown_p50_ms <= 3 * LATENCY_MS),
  },
  {
    label: 'push makes ≥ 5× fewer Meet calls an hour than polling',
    met: (f) =>
      f.push_meet_calls_per_hour_live === undefined || f.poll_meet_calls_per_hour_live === undefined
        ? undefined
        : f.poll_meet_calls_per_hour_live >= 5 * f.push_meet_calls_per_hour_live,
  },
  { label: 'attendee list render p50 ≤ 16 ms', met: (f) => (f.attendees_render_p50_ms === undefined ? undefined : f.attendees_render_p50_ms <= 16) },
  { label: 'transcript search p50 ≤ 50 ms', met: (f) => (f.transcript_search_p50_ms === undefined ? undefined : f.transcript_search_p50_ms <= 50) },
  {
    label: 'index update ≤ 100 ms per 1,000 entries',
    met: (f) => (f.index_update_ms_per_1000_entries === undefined ? undefined : f.index_update_ms_per_1000_entries <= 100),
  },
];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const figures: Record<string, number> = {};
  let failed = false;
  for (const section of SECTIONS.filter((s) => only === undefined || s.name.includes(only))) {
    try {
      const result = await section.run();
      Object.assign(figures, result);
      if (!json) {
        console.log(`\n${section.name}`);
        for (const [key, value] of Object.entries(result)) console.log(`  ${key.padEnd(40)} ${value}`);
      }
    } catch (error) {
      failed = true;
      console.error(`bench: section "${section.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (json) {
    console.log(JSON.stringify(figures));
  } else {
    console.log('\ntargets');
    for (const target of TARGETS) {
      const met = target.met(figures);
      if (met !== undefined) console.log(`  ${met ? 'met    ' : 'MISSED '} ${target.label}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
