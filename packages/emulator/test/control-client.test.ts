/**
 * The control API is a public contract: every route the emulator serves is in docs/reference.md, and
 * the typed control client (EmulatorControl, PushControl) reaches every documented route.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EmulatorControlError, MEET_SCOPES, PushControl } from '../src/control/control-client';
import { startHarness, type EmulatorHarness } from './emulator-harness';

const packageDir = new URL('..', import.meta.url).pathname;

/** `GET /spaces/{}:startConference`: a route with every path parameter written `{}`. */
const normal = (method: string, template: string): string => `${method} ${template.replace(/\{[^}]*\}/g, '{}')}`;

/** The routes the sources declare with controlRoute(method, template, …). */
function servedRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/controlRoute\('(GET|POST|PATCH|DELETE)', '([^']+)'/g)) found.push(normal(m[1]!, m[2]!));
    }
  };
  walk(join(packageDir, 'src'));
  return [...new Set(found)].sort();
}

/** The routes the reference's control tables document, as `METHOD /template` (the /emulator/v1 prefix dropped). */
function documentedRoutes(): Array<{ method: string; template: string }> {
  const doc = readFileSync(join(packageDir, 'docs/reference.md'), 'utf8');
  const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
  const routes = rows.flatMap((row) =>
    // `\|` is a `|` inside a cell ({recordings\|transcripts\|smartNotes}).
    [...row.replace(/\\\|/g, '\0').split('|')[1]!.replace(/\0/g, '|').matchAll(/(GET|POST|PATCH|DELETE) \/emulator\/v1(\/[^`?,\s]*)/g)].map((m) => ({ method: m[1]!, template: m[2]! })),
  );
  return routes;
}

/** A documented template as a pattern over concrete paths: `{a|b}` is one of the words, `{x}` one segment. */
const templatePattern = (template: string): RegExp =>
  new RegExp(
    `^${template
      .split(/(\{[^}]*\})/)
      .map((part) => (part.startsWith('{') ? (part.includes('|') ? `(?:${part.slice(1, -1)})` : '[^/]+') : part.replace(/[.*+?^$()[\]\\]/g, '\\$&')))
      .join('')}$`,
  );

let h: EmulatorHarness;
const calls: Array<{ method: string; path: string; status: number; body: unknown }> = [];
beforeAll(async () => {
  h = await startHarness();
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.pathname.startsWith('/emulator/v1/'))
      calls.push({ method: init?.method ?? 'GET', path: url.pathname.slice('/emulator/v1'.length), status: response.status, body: await response.clone().json() });
    return response;
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await h.close();
});

describe('the control API contract', () => {
  it('documents every route the emulator serves, and no other', () => {
    const documented = [...new Set(documentedRoutes().map((r) => normal(r.method, r.template)))].sort();
    expect(documented.length).toBeGreaterThan(20);
    expect(documented).toEqual(servedRoutes());
  });

  it('the typed client reaches every documented route', async () => {
    const c = h.control;
    const push = new PushControl(h.baseUrl);
    // A failure that is not "no such route" still shows the client found the route.
    const reach = <T>(call: Promise<T>): Promise<T | undefined> =>
      call.catch((error: unknown) => {
        expect(error).toBeInstanceOf(EmulatorControlError);
        expect(JSON.stringify((error as EmulatorControlError).body)).not.toContain('was not found on this server');
        return undefined;
      });

    expect((await c.accounts()).length).toBeGreaterThan(0);
    const minted = await c.mintToken('ada@quickmeet.test', [MEET_SCOPES.created], { offline: true });
    await c.grants();
    await c.revokeTokens({ token: minted.access_token });
    const space = await c.createSpace();
    expect((await c.spaces()).map((s) => s.name)).toContain(space.name);
    const record = await c.startConference(space.name);
    const person = await c.join(record.name, { kind: 'anonymousUser', displayName: 'Guest' });
    await c.leave(record.name, person.name);
    await c.rejoin(record.name, person.name);
    const recording = await c.startArtifact(record.name, 'recordings');
    await c.stopArtifact(recording.name);
    await c.end(record.name, { artifacts: ['transcript'] });
    const scenarioSpace = await c.createSpace();
    await c.playScenario(scenarioSpace.name, 'no-show');
    await c.setFaults({ method: 'meet.spaces.get', kind: 'status', status: 503 });
    expect(await c.faults()).toEqual([expect.objectContaining({ method: 'meet.spaces.get', remaining: 1 })]);
    await c.clearFaults();
    await c.requests();
    await c.clearRequests();
    await c.now();
    await c.advanceClock(1);
    expect(await c.settings()).toEqual(await c.setSettings({ latencyMs: 0 }));
    await push.addProject('other-project');
    expect(await push.projects()).toContain('other-project');
    await push.topics();
    await push.pubsubSubscriptions();
    await push.published('projects/quickmeet-demo/topics/none');
    await reach(push.setMeetPublisher('projects/quickmeet-demo/topics/none', true));
    await reach(push.setMeetPublisher('projects/quickmeet-demo/topics/none', false));
    await push.workspaceSubscriptions();
    await reach(push.suspend('subscriptions/none', 'OTHER'));
    await c.reset();

    const missing = documentedRoutes().filter(({ method, template }) => !calls.some((call) => call.method === method && templatePattern(template).test(call.path)));
    expect(missing).toEqual([]);
  });
});
