import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { recordingsMenuSection } from '../electron/core/tray/recordings-menu';
import { startHarness } from '../test/unit/attendees/support/harness';

const CONFERENCES = 300;
const OPENS = 2_000;

/** p50 and p95 of a sorted sample, in milliseconds. */
function percentile(sorted: ReadonlyArray<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Opening the recordings menu from the cache: time per open and the number of Meet calls it made. */
export async function benchRecordings(): Promise<Record<string, number>> {
  const h = await startHarness({ start: false });
  for (let i = 0; i < CONFERENCES; i += 1) {
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada');
    await h.time.advance(60_000);
    h.meet.end(record, ['recording', 'transcript', 'smartNote']);
    h.meet.generate(record);
  }
  await h.start();
  await h.time.advance(0);
  const cached = h.recordings.cache.artifacts().length;
  const callsBefore = h.meet.calls.length;
  const samples: number[] = [];
  for (let i = 0; i < OPENS; i += 1) {
    const start = performance.now();
    recordingsMenuSection(h.recordings.recent(8));
    await h.recordings.handlers['recordings.list']({}, { senderId: 'bench' });
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  h.stop();
  return {
    recordings_cached: cached,
    menu_open_from_cache_p50_ms: Number(percentile(samples, 0.5).toFixed(4)),
    menu_open_from_cache_p95_ms: Number(percentile(samples, 0.95).toFixed(4)),
    menu_open_network_calls: h.meet.calls.length - callsBefore,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchRecordings();
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
}
