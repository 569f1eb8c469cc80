import { requests, type RequestChannel } from './contract';
import type { Handlers, RequestContext } from './handlers';
import { AppError, fail, ok, type Result } from './result';
import { MAX_MESSAGE_BYTES, TOO_LARGE } from './limits';

/** Per-channel flood guard: a token bucket refilled continuously. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface DispatcherOptions {
  readonly rateLimit?: RateLimit;
  /** Clock in ms, injectable for tests. */
  readonly now?: () => number;
  /** Called with the channel and error for failures that are not `AppError` (bugs); never the payload. */
  readonly onInternalError?: (channel: string, error: unknown) => void;
  /** Also check responses against their schema (on in tests and development). */
  readonly validateResponses?: boolean;
}

/** Turns untrusted (channel, payload) pairs into validated handler calls that always answer a Result. */
export type Dispatch = (channel: unknown, payload: unknown, context: RequestContext) => Promise<Result<unknown>>;

const isRequestChannel = (channel: unknown): channel is RequestChannel =>
  typeof channel === 'string' && Object.hasOwn(requests, channel);

/** Builds the dispatcher that every host puts behind its transport. */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const limit = options.rateLimit ?? { perSecond: 50, burst: 100 };
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const take = (channel: string): boolean => {
    const t = now();
    const bucket = buckets.get(channel) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
    bucket.at = t;
    buckets.set(channel, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  return async (channel, payload, context) => {
    if (!isRequestChannel(channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: 'Unknown request.' });
    }
    if (!take(channel)) {
      return fail({ code: 'BUSY', message: 'Too many requests; slow down.', retryAfterSeconds: 1 });
    }
    if (exceedsSize(payload)) {
      return fail({ code: 'BAD_REQUEST', message: TOO_LARGE });
    }
    const parsed = requests[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      return fail({ code: 'BAD_REQUEST', message: `Invalid request${where}: ${first?.message ?? 'bad shape'}.` });
    }
    try {
      const handler = handlers[channel] as (req: unknown, ctx: RequestContext) => Promise<unknown>;
      const value = await handler(parsed.data, context);
      if (options.validateResponses) {
        const checked = requests[channel].response.safeParse(value);
        if (!checked.success) throw new Error(`response of ${channel} breaks the contract: ${checked.error.message}`);
      }
      return ok(value);
    } catch (error) {
      if (error instanceof AppError) return fail(error.toInfo());
      options.onInternalError?.(channel, error);
      return fail({ code: 'INTERNAL', message: 'Something went wrong inside Quickmeet.' });
    }
  };
}

/** Rejects oversized or absurdly deep payloads before any parsing work. */
function exceedsSize(payload: unknown): boolean {
  let budget = MAX_MESSAGE_BYTES;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: payload, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > 32) return true;
    if (typeof value === 'string') budget -= value.length;
    else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      budget -= entries.length * 8;
      for (const [key, child] of entries) {
        budget -= key.length;
        stack.push({ value: child, depth: depth + 1 });
      }
    } else budget -= 8;
    if (budget < 0) return true;
  }
  return false;
}
