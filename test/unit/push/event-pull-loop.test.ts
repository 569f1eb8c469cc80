import { describe, expect, it } from 'vitest';
import { EventPullLoop } from '../../../electron/core/push/event-pull-loop';
import type { PubSubApi, PulledMessage } from '../../../electron/core/ports/pub-sub-api';
import { waitFor } from './push-harness';

/** One pull the test answers by hand; like a reply already on the wire, it answers even when aborted. */
interface HeldPull {
  readonly subscription: string;
  readonly signal: AbortSignal | undefined;
  answer(messages: ReadonlyArray<PulledMessage>): void;
}

/** The two calls the loop makes, each pull held until the test answers it. */
function heldPubSub() {
  const pulls: HeldPull[] = [];
  const acks: Array<{ subscription: string; ackIds: ReadonlyArray<string> }> = [];
  const api: Pick<PubSubApi, 'pull' | 'acknowledge'> = {
    pull: (subscription, _max, signal) => new Promise((resolve) => pulls.push({ subscription, signal, answer: resolve })),
    acknowledge: async (subscription, ackIds) => void acks.push({ subscription, ackIds }),
  };
  return { api: api as PubSubApi, pulls, acks };
}

function startLoop() {
  const pubsub = heldPubSub();
  const handled: string[] = [];
  const loop = new EventPullLoop({
    pubsub: pubsub.api,
    clock: { now: () => 0 },
    timers: { setTimeout: () => undefined, clearTimeout: () => undefined },
    random: () => 0.5,
    handle: async (messages) => (messages.forEach((m) => handled.push(m.messageId ?? '')), messages.map((m) => m.ackId)),
    onFailure: () => undefined,
    onSuccess: () => undefined,
  });
  return { loop, handled, ...pubsub };
}

const message = (id: string): PulledMessage => ({ ackId: `ack-${id}`, messageId: id, data: '', attributes: {} });

describe('the event pull loop', () => {
  it('keeps the pull in flight when started again on the same subscription, so what it answers is handled and acknowledged', async () => {
    const { loop, handled, pulls, acks } = startLoop();
    loop.start('projects/p/subscriptions/quickmeet-1');
    await waitFor(() => pulls.length === 1, 'the first pull');
    // Every setup ends by starting the loop; a second setup (a new meeting's subscription) must not
    // abandon the pull Google may already be answering.
    loop.start('projects/p/subscriptions/quickmeet-1');
    expect(pulls[0]!.signal?.aborted).toBe(false);
    pulls[0]!.answer([message('joined-1')]);
    await waitFor(() => acks.length === 1, 'the acknowledgement');
    expect(handled).toEqual(['joined-1']);
    expect(acks[0]).toEqual({ subscription: 'projects/p/subscriptions/quickmeet-1', ackIds: ['ack-joined-1'] });
    loop.stop();
  });

  it('cuts the pull short and pulls the new subscription when started on another one', async () => {
    const { loop, handled, pulls } = startLoop();
    loop.start('projects/p/subscriptions/quickmeet-1');
    await waitFor(() => pulls.length === 1, 'the first pull');
    loop.start('projects/q/subscriptions/quickmeet-2');
    expect(pulls[0]!.signal?.aborted).toBe(true);
    pulls[0]!.answer([]);
    await waitFor(() => pulls.length === 2, 'the pull of the new subscription');
    expect(pulls[1]!.subscription).toBe('projects/q/subscriptions/quickmeet-2');
    pulls[1]!.answer([message('started-1')]);
    await waitFor(() => handled.length === 1, 'the event');
    expect(handled).toEqual(['started-1']);
    loop.stop();
  });

  it('pulls again after a pause and a resume on the same subscription', async () => {
    const { loop, pulls } = startLoop();
    loop.start('projects/p/subscriptions/quickmeet-1');
    await waitFor(() => pulls.length === 1, 'the first pull');
    loop.pause();
    expect(pulls[0]!.signal?.aborted).toBe(true);
    pulls[0]!.answer([]);
    loop.start('projects/p/subscriptions/quickmeet-1');
    await waitFor(() => pulls.length === 2, 'a pull after the pause');
    expect(loop.active).toBe(true);
    loop.stop();
  });
});
