/**
 * Faults injected per method (route id such as `meet.spaces.create`, `oauth.token`, a prefix such as
 * `meet.*`, or `*`): error statuses, HTML error pages, hangs, connection resets, truncated, malformed
 * or wrongly typed bodies. Each fault fires `count` times (so "503 twice then OK" is count 2).
 */
import { z } from 'zod';

/** A fault as the control API takes it. */
export const faultSpec = z.strictObject({
  method: z.string().min(1).max(200),
  kind: z.enum(['status', 'html', 'hang', 'reset', 'truncated', 'malformed', 'wrongTypes']),
  status: z.number().int().min(400).max(599).optional(),
  retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
  count: z.number().int().min(1).max(1_000_000).default(1),
  /** For `hang` and `reset`: run the real handler first, so the write happened but the answer is lost. */
  applyFirst: z.boolean().default(false),
});

/** A parsed fault spec. */
export type FaultSpec = z.infer<typeof faultSpec>;

/** A registered fault and how many times it will still fire. */
export interface ActiveFault extends FaultSpec {
  readonly id: number;
  remaining: number;
}

/** Whether a fault's method pattern covers a route id. */
export const faultCovers = (pattern: string, routeId: string): boolean =>
  pattern === '*' || pattern === routeId || (pattern.endsWith('*') && routeId.startsWith(pattern.slice(0, -1)));

/** Creates an empty fault plan. */
export function createFaultPlan() {
  let faults: ActiveFault[] = [];
  let nextId = 1;
  return {
    /** Registers a fault. */
    add(spec: FaultSpec): ActiveFault {
      const fault: ActiveFault = { ...spec, id: nextId++, remaining: spec.count };
      faults.push(fault);
      return fault;
    },
    /** Takes one firing of the first fault covering `routeId`, if any. */
    take(routeId: string): ActiveFault | undefined {
      const fault = faults.find((f) => f.remaining > 0 && faultCovers(f.method, routeId));
      if (fault === undefined) return undefined;
      fault.remaining -= 1;
      faults = faults.filter((f) => f.remaining > 0);
      return fault;
    },
    /** Faults that will still fire. */
    list: (): ReadonlyArray<ActiveFault> => faults,
    /** Removes every fault. */
    clear(): void {
      faults = [];
    },
  };
}

/** The fault plan's interface. */
export type FaultPlan = ReturnType<typeof createFaultPlan>;
