// Benchmark: re-rendering the live attendee list of 1,000 participants in Chromium when one joins.
// Runs alone (`tsx bench/attendees-render.ts [--json]`) or as a section of `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/ui/chromium-options';
import { percentile, roundMs } from './percentiles';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Figures in milliseconds, named for the bench JSON object. */
export interface AttendeesRenderFigures {
  readonly attendees_render_p50_ms: number;
  readonly attendees_render_p95_ms: number;
  readonly attendees_render_runs: number;
}


/** Renders 1,000 attendees with the real list component, then times `runs` single joins. */
export async function benchAttendeesRender(options: { runs?: number; participants?: number } = {}): Promise<AttendeesRenderFigures> {
  const runs = options.runs ?? 60;
  const bundle = await build({
    entryPoints: [join(root, 'bench/attendees-render-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome140',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const css = ['renderer/components/base.css', 'renderer/features/features.css'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 720 } });
    await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body><div id="root"></div></body></html>`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const timings = await page.evaluate(
      ({ count, runs }) => {
        const bench = (window as unknown as { attendeesBench: { setUp(n: number): void; joinOne(): number } }).attendeesBench;
        bench.setUp(count);
        for (let i = 0; i < 5; i++) bench.joinOne(); // warm-up: JIT and style caches
        return Array.from({ length: runs }, () => bench.joinOne());
      },
      { count: options.participants ?? 1000, runs },
    );
    return {
      attendees_render_p50_ms: roundMs(percentile(timings, 50)),
      attendees_render_p95_ms: roundMs(percentile(timings, 95)),
      attendees_render_runs: runs,
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchAttendeesRender();
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else {
    console.log(`attendee list, 1,000 participants, one joins (${figures.attendees_render_runs} runs, Chromium):`);
    console.log(`  p50 ${figures.attendees_render_p50_ms} ms, p95 ${figures.attendees_render_p95_ms} ms (target p50 ≤ 16 ms)`);
  }
}
