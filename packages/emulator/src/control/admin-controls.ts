/** Control endpoints for the harness: request log, faults, clock, settings and reset. */
import { z } from 'zod';
import type { EmulatorContext } from '../emulator-context';
import type { Route } from '../http/route';
import { parseBody } from '../meet/proto-input';
import { controlRoute } from './control-route';
import { faultSpec, type FaultPlan } from './fault-plan';
import type { RequestLog } from './request-log';

const advanceBody = z.strictObject({ seconds: z.number().min(0).max(10 * 365 * 86_400) });
const settingsBody = z.strictObject({
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  artifactProcessingSeconds: z.number().min(0).max(86_400).optional(),
  pullHoldSeconds: z.number().min(0).max(600).optional(),
});

/** The admin control routes; `reset` empties the state, the log and the faults. */
export function adminControls(emu: EmulatorContext, faults: FaultPlan, log: RequestLog, reset: () => void): Route[] {
  const clockNow = () => ({ now: new Date(emu.clock.now()).toISOString() });
  const settings = () => ({ latencyMs: emu.settings.latencyMs, artifactProcessingSeconds: emu.settings.artifactProcessingSeconds, pullHoldSeconds: emu.settings.pullHoldSeconds });
  return [
    controlRoute('GET', '/requests', 'requests.list', (ctx) => ({ requests: log.since(Number(ctx.query.get('since') ?? 0) || 0) })),
    controlRoute('DELETE', '/requests', 'requests.clear', () => {
      log.clear();
      return {};
    }),
    controlRoute('GET', '/faults', 'faults.list', () => ({ faults: faults.list() })),
    controlRoute('POST', '/faults', 'faults.add', (ctx) => faults.add(parseBody(ctx.body, faultSpec, 'fault'))),
    controlRoute('DELETE', '/faults', 'faults.clear', () => {
      faults.clear();
      return {};
    }),
    controlRoute('GET', '/clock', 'clock.get', clockNow),
    controlRoute('POST', '/clock:advance', 'clock.advance', (ctx) => {
      emu.clock.advance(parseBody(ctx.body, advanceBody, 'advance').seconds * 1000);
      emu.state.clockOffsetMs = emu.clock.offsetMs();
      if (emu.queries.purgeExpired()) emu.changed();
      emu.changed();
      return clockNow();
    }),
    controlRoute('GET', '/settings', 'settings.get', settings),
    controlRoute('PATCH', '/settings', 'settings.update', (ctx) => {
      const body = parseBody(ctx.body, settingsBody, 'settings');
      if (body.latencyMs !== undefined) emu.settings.latencyMs = body.latencyMs;
      if (body.artifactProcessingSeconds !== undefined) emu.settings.artifactProcessingSeconds = body.artifactProcessingSeconds;
      if (body.pullHoldSeconds !== undefined) emu.settings.pullHoldSeconds = body.pullHoldSeconds;
      return settings();
    }),
    controlRoute('POST', '/reset', 'reset', () => {
      reset();
      return {};
    }),
  ];
}
