import { afterEach, describe, expect, it } from 'vitest';
import { POLL_INTERVALS_MS } from '../../../electron/core/conference/conference-monitor';
import { startEmulatorFeature } from './emulator-feature';

const ctx = { senderId: 'test' };
let running: Awaited<ReturnType<typeof startEmulatorFeature>> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('ending a conference against the emulator', () => {
  it('treats "nothing is running" (400 FAILED_PRECONDITION) as done, and refreshes the live list at once', async () => {
    const h = (running = await startEmulatorFeature());
    h.feature.setWindowVisible(true);
    const record = await h.control.startConference(h.space.name);
    await h.advance(POLL_INTERVALS_MS.discoveryVisible);
    expect(h.feature.monitor.listLive().map((c) => c.record)).toEqual([record.name]);

    // Everyone left and Meet closed the call a moment before the user clicked "End for everyone".
    await h.control.end(record.name);
    await h.control.clearRequests();
    await expect(h.feature.handlers['conference.end']({ space: h.space.name }, ctx)).resolves.toBeNull();
    const ends = (await h.control.requests()).filter((r) => r.apiMethod === 'meet.spaces.endActiveConference');
    expect(ends.map((r) => r.status)).toEqual([400]);

    // The poll asked for right after ending runs now, not one interval later.
    await h.time.advance(0);
    expect(h.feature.monitor.listLive()).toEqual([]);
  });

  it('still ends a running conference, and still reports a space that does not exist', async () => {
    const h = (running = await startEmulatorFeature());
    const record = await h.control.startConference(h.space.name);
    await h.feature.handlers['conference.end']({ space: h.space.name }, ctx);
    expect(await h.meet.getConferenceRecord(record.name)).toHaveProperty('endTime');
    await expect(h.meet.endActiveConference('spaces/doesNotExist')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
