import { pathToFileURL } from 'node:url';
import { POLL_INTERVALS_MS } from '../electron/core/conference/conference-monitor';
import { RECENT_ACTIVITY_MS } from '../electron/core/conference/recent-activity';
import { startHarness } from '../test/unit/attendees/support/harness';

const HOUR = 60 * 60 * 1000;

/** Meet API calls made during one simulated hour, on virtual time (the hour runs in milliseconds). */
async function callsInAnHour(setup: (h: Awaited<ReturnType<typeof startHarness>>) => Promise<void> | void): Promise<number> {
  const h = await startHarness();
  await setup(h);
  await h.time.advance(POLL_INTERVALS_MS.discoveryHidden); // let start-up settle
  const before = h.meet.calls.length;
  await h.time.advance(HOUR);
  const calls = h.meet.calls.length - before;
  h.stop();
  return calls;
}

/** Polling cost: idle (target 0), and with a 20-person conference live, window open and closed. */
export async function benchAttendees(): Promise<Record<string, number>> {
  const idle = await callsInAnHour(async (h) => {
    // An ended conference with its files, and a registry last used more than the recent-activity window ago.
    const record = h.meet.startConference('spaces/alpha');
    h.meet.join(record, 'signedinUser', 'Ada');
    h.meet.end(record, ['recording']);
    h.meet.generate(record);
    await h.time.advance(RECENT_ACTIVITY_MS);
  });
  const live = (visible: boolean) =>
    callsInAnHour((h) => {
      const record = h.meet.startConference('spaces/alpha');
      for (let i = 0; i < 20; i += 1) h.meet.join(record, 'signedinUser', `Person ${i}`);
      h.feature.setWindowVisible(visible);
    });
  return {
    idle_calls_per_hour: idle,
    live_window_open_calls_per_hour: await live(true),
    live_window_closed_calls_per_hour: await live(false),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchAttendees();
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
}
