import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { CliRuntime } from '../../electron/cli/cli-runtime';
import type { RuntimeFactory } from '../../electron/cli/program';
import { MEET, startPushHarness, TOPIC, waitFor } from '../unit/push/push-harness';

/** The CLI on a runtime whose events come from instant updates over in-memory Pub/Sub and Workspace Events. */
async function eventsCli(args: string[]) {
  const h = await startPushHarness();
  const out: string[] = [];
  const err: string[] = [];
  let closed = false;
  let interrupt: () => void = () => undefined;
  const open: RuntimeFactory = async () => ({ events: h.push.tail, close: async () => void (closed = true) }) as unknown as CliRuntime;
  const onInterrupt = (listener: () => void) => ((interrupt = listener), () => void (interrupt = () => undefined));
  const done = runCli(['node', 'quickmeet', 'events', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) }, open, onInterrupt);
  return { h, out, err, done, closed: () => closed, interrupt: () => interrupt() };
}

describe('quickmeet events', () => {
  it('--follow prints one NDJSON line per event with the resource fetched, and on Ctrl+C deletes its temporary subscription and exits 0', async () => {
    const run = await eventsCli(['--follow']);
    await waitFor(() => [...run.h.pubsub.subscriptions.keys()].some((name) => name.includes('quickmeet-cli-')), 'the temporary subscription');
    const temporary = [...run.h.pubsub.subscriptions.keys()].find((name) => name.includes('quickmeet-cli-'))!;
    expect(run.h.pubsub.subscriptions.get(temporary)?.topic).toBe(TOPIC);

    const record = run.h.meet.startConference('spaces/alpha');
    const ada = run.h.meet.join(record, 'signedinUser', 'Ada Lovelace');
    run.h.publish(MEET('conference', 'started'), { conferenceRecord: { name: record } }, 'e1');
    run.h.publish(MEET('participant', 'joined'), { participantSession: { name: `${ada}/participantSessions/s1` } }, 'e2');
    run.h.pubsub.publish(TOPIC, { data: '***', attributes: { 'ce-id': 'e3', 'ce-type': MEET('participant', 'joined') } });
    await waitFor(() => run.out.length === 3, 'three lines');
    const lines = run.out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'e1', type: MEET('conference', 'started'), name: record, resource: { name: record, space: 'spaces/alpha' } });
    expect(lines[1]).toMatchObject({ id: 'e2', type: MEET('participant', 'joined'), resource: { name: ada, signedinUser: { displayName: 'Ada Lovelace' } } });
    expect(lines[2]).toEqual({ id: 'e3', problem: 'data is not base64' });

    run.interrupt(); // Ctrl+C
    expect(await run.done).toBe(0);
    expect(run.h.pubsub.subscriptions.has(temporary)).toBe(false);
    expect(run.closed()).toBe(true);
    // The app's own subscription still holds every event for the app.
    const [own] = [...run.h.pubsub.subscriptions.keys()];
    expect(own).toMatch(/quickmeet-[0-9a-f]{8}$/);
  });

  it('--once prints what waits on the app’s subscription, leaves it for the app, and exits', async () => {
    const run = await eventsCli([]);
    const first = await run.done;
    expect(first).toBe(0);
    expect(run.out).toEqual([]);

    const h = run.h;
    h.push.stop(); // the app is not running: messages wait on its subscription
    await waitFor(() => !h.push.pull.active, 'the app to stop pulling');
    const record = h.meet.startConference('spaces/alpha');
    h.publish(MEET('conference', 'started'), { conferenceRecord: { name: record } }, 'w1');
    const out: string[] = [];
    const status = await runCli(['node', 'quickmeet', 'events', '--once'], { out: (l) => out.push(l), err: () => undefined }, async () => ({ events: h.push.tail, close: async () => undefined }) as unknown as CliRuntime);
    expect(status).toBe(0);
    expect(out.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ id: 'w1', name: record })]);
    expect(h.pubsub.unacked([...h.pubsub.subscriptions.keys()][0]!)).toBe(1);
  });

  it('says instant updates are off when they were never set up', async () => {
    const h = await startPushHarness({ settings: { pushEnabled: false, pushProject: '' } });
    const err: string[] = [];
    const status = await runCli(['node', 'quickmeet', 'events', '--once'], { out: () => undefined, err: (l) => err.push(l) }, async () => ({ events: h.push.tail, close: async () => undefined }) as unknown as CliRuntime);
    expect(status).not.toBe(0);
    expect(err).toEqual([expect.stringMatching(/^quickmeet: Instant updates are not set up/)]);
  });
});
